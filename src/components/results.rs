//! The results side: the article view, timeline, actors, claims, figures and words,
//! all from one analysis; or the empty state with a short how-to.

use crate::components::{
    actors::Actors, article::ArticleView, claims::Claims, figures::Figures, timeline::Timeline, words::Words,
};
use crate::context::{use_analysis, PanelHandle};
use crate::i18n::{t, Key};
use crate::panel::Panel;
use yew::prelude::*;

/// Lists (events, claims, figures, actor cards) show at most this many items: a long
/// text can have thousands, and rendering them all would freeze the page for seconds.
/// The counts in the headings stay complete, and a note says the lists are cut.
pub const LIST_LIMIT: usize = 300;

#[derive(Properties, PartialEq, Default)]
pub struct ResultsProps {
    /// The panels to show; `None`: all.
    #[prop_or_default]
    pub panels: Option<Vec<Panel>>,
}

/// All views (or the chosen ones), or an empty state.
#[function_component]
pub fn Results(props: &ResultsProps) -> Html {
    let h = use_analysis();
    let lang = h.state.lang;
    let long_lists = h.state.analysis.as_ref().is_some_and(|a| {
        [a.events.len(), a.claims.len(), a.quantities.len(), a.entities.len()].iter().any(|&n| n > LIST_LIMIT)
    });
    // No date given, none in the text or the file: the worker used today's (said on
    // the full page; an embed shows only the panels its host asked for).
    let no_date = h.state.analysis.as_ref().filter(|_| props.panels.is_none()).and_then(|a| {
        (a.reference_date_source == newslens_engine::DateSource::None)
            .then(|| a.reference_date.clone().unwrap_or_default())
    });
    let show = |panel: Panel| props.panels.as_ref().is_none_or(|p| p.contains(&panel));
    // The panels take a new analysis one per task (the article first, a few
    // milliseconds apart): together they take longer than a task should even for a
    // short article (see crate::steps). Each panel reads its own context, which moves
    // to the new state at its step, so a panel keeps showing the last analysis until
    // then: nothing collapses and the page does not jump while the user types.
    let current = PanelHandle::new(h.clone());
    let step = crate::steps::use_steps(crate::steps::identity(h.state.analysis.as_ref()), Panel::ALL.len());
    let delivered = use_mut_ref(|| vec![None::<PanelHandle>; Panel::ALL.len()]);
    if h.state.analysis.is_none() {
        // A later analysis mounts its panels step by step again.
        delivered.borrow_mut().iter_mut().for_each(|d| *d = None);
        return html! {
            <section class="results empty" aria-label={t(lang, Key::HowTitle)}>
                <h2>{t(lang, Key::HowTitle)}</h2>
                <p>{t(lang, Key::How)}</p>
            </section>
        };
    }
    let delivered: Vec<Option<PanelHandle>> = {
        let mut d = delivered.borrow_mut();
        // Panels whose step has come, and panels already on this analysis (a selection,
        // a sort or the language changed), show the current state at once.
        for (k, slot) in d.iter_mut().enumerate() {
            if k < step || slot.as_ref().is_some_and(|s| s.same_analysis(&current)) {
                *slot = Some(current.clone());
            }
        }
        d.clone()
    };
    let panel = |k: usize| -> Html {
        let Some(context) = delivered[k].clone().filter(|_| show(Panel::ALL[k])) else { return html! {} };
        let view = match Panel::ALL[k] {
            Panel::Article => html! { <ArticleView /> },
            Panel::Timeline => html! { <Timeline /> },
            Panel::Actors => html! { <Actors /> },
            Panel::Claims => html! { <Claims /> },
            Panel::Figures => html! { <Figures /> },
            Panel::Words => html! { <Words /> },
        };
        // Six children always (some empty): their positions never shift.
        html! { <ContextProvider<PanelHandle> {context}>{view}</ContextProvider<PanelHandle>> }
    };
    html! {
        <section class="results" aria-label="Results" data-testid="results">
            if let Some(today) = no_date {
                <p class="note warn" role="note" data-testid="no-date">{crate::i18n::fill(lang, Key::NoDate, &today)}</p>
            }
            if long_lists { <p class="note" data-testid="list-limit">{t(lang, Key::ListLimit)}</p> }
            { for (0..Panel::ALL.len()).map(panel) }
        </section>
    }
}
