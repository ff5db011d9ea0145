//! The results side: the article view, timeline, actors, claims, figures and words,
//! all from one analysis; or the empty state with a short how-to.

use crate::components::{
    actors::Actors, article::ArticleView, claims::Claims, figures::Figures, timeline::Timeline, words::Words,
};
use crate::context::use_analysis;
use crate::i18n::t;
use yew::prelude::*;

/// All views, or an empty state.
#[function_component]
pub fn Results() -> Html {
    let h = use_analysis();
    let lang = h.state.lang;
    if h.state.analysis.is_none() {
        return html! {
            <section class="results empty" aria-label={t(lang, "how_title")}>
                <h2>{t(lang, "how_title")}</h2>
                <p>{t(lang, "how")}</p>
            </section>
        };
    }
    html! {
        <section class="results" aria-label="Results" data-testid="results">
            <ArticleView />
            <Timeline />
            <Actors />
            <Claims />
            <Figures />
            <Words />
        </section>
    }
}
