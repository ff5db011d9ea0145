//! The results side: the article view, timeline, actors, claims, figures and words,
//! all from one analysis; or the empty state with a short how-to.

use crate::components::{
    actors::Actors, article::ArticleView, claims::Claims, figures::Figures, timeline::Timeline, words::Words,
};
use crate::context::{use_analysis, PanelHandle};
use crate::i18n::t;
use yew::prelude::*;

/// Lists (events, claims, figures, actor cards) show at most this many items: a long
/// text can have thousands, and rendering them all would freeze the page for seconds.
/// The counts in the headings stay complete, and a note says the lists are cut.
pub const LIST_LIMIT: usize = 300;

#[derive(Properties, PartialEq, Default)]
pub struct ResultsProps {
    /// The panels to show (names from [`crate::embed::PANELS`]); `None`: all.
    #[prop_or_default]
    pub panels: Option<Vec<String>>,
}

/// All views (or the chosen ones), or an empty state.
#[function_component]
pub fn Results(props: &ResultsProps) -> Html {
    let h = use_analysis();
    let lang = h.state.lang;
    let long_lists = h.state.analysis.as_ref().is_some_and(|a| {
        [a.events.len(), a.claims.len(), a.quantities.len(), a.entities.len()].iter().any(|&n| n > LIST_LIMIT)
    });
    let show = |name: &str| props.panels.as_ref().is_none_or(|p| p.iter().any(|x| x == name));
    // The panels appear one per task (the article first; a few milliseconds apart), so
    // that no single task builds all of them: together they take longer than a task
    // should even for a short article (see crate::steps).
    let step = crate::steps::use_steps(crate::steps::identity(h.state.analysis.as_ref()), 6);
    let shown = |name: &str, order: usize| show(name) && step > order;
    if h.state.analysis.is_none() {
        return html! {
            <section class="results empty" aria-label={t(lang, "how_title")}>
                <h2>{t(lang, "how_title")}</h2>
                <p>{t(lang, "how")}</p>
            </section>
        };
    }
    html! {
        <ContextProvider<PanelHandle> context={PanelHandle::new(h.clone())}>
        <section class="results" aria-label="Results" data-testid="results">
            if long_lists { <p class="note" data-testid="list-limit">{t(lang, "list_limit")}</p> }
            if shown("article", 0) { <ArticleView /> }
            if shown("timeline", 1) { <Timeline /> }
            if shown("actors", 2) { <Actors /> }
            if shown("claims", 3) { <Claims /> }
            if shown("figures", 4) { <Figures /> }
            if shown("words", 5) { <Words /> }
        </section>
        </ContextProvider<PanelHandle>>
    }
}
