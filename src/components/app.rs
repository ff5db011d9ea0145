//! The root component: the worker provider, the analysis context and the page layout.
//! At start it restores a shared article from the URL fragment, else the saved draft.

use crate::agent::AnalysisReactor;
use crate::components::embed::{EmbedView, EmbedViewProps};
use crate::components::{editor::Editor, results::Results, status_bar::StatusBar, toolbar::Toolbar};
use crate::context::{use_analysis, AnalysisProvider};
use crate::i18n::{t, Key};
use yew::prelude::*;
use yew_agent::reactor::ReactorProvider;

/// The header, toolbar, status, editor and results.
#[function_component]
fn Page() -> Html {
    let h = use_analysis();
    let lang = h.state.lang;
    // Drawn in the task after the providers (which spawn the worker and read the
    // draft), so the two halves of the first render are two short tasks; the static
    // skeleton stays until then.
    let step = crate::steps::use_steps(1, 2);
    use_effect_with(step, |&step| {
        if step == 2 {
            remove_skeleton();
        }
    });
    let (ondragover, ondrop) = crate::components::file_input::use_drop();
    if step < 2 {
        return html! {};
    }
    html! {
        <>
            <header class="top">
                <div>
                    <h1 class="brand">{"NewsLens"}</h1>
                    <p class="tagline">{t(lang, Key::Tagline)}</p>
                </div>
                <Toolbar />
            </header>
            <StatusBar />
            <main class="layout" {ondragover} {ondrop}>
                <Editor />
                <Results />
            </main>
            <footer class="foot">{t(lang, Key::Private)}</footer>
        </>
    }
}

/// The page inside another page's iframe: the chosen panels only, fed by messages.
#[function_component]
fn Embedded(props: &EmbedViewProps) -> Html {
    let p = &props.params;
    let lang = p.lang.unwrap_or_else(crate::storage::browser_lang);
    crate::storage::set_document_lang(lang);
    if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = root.set_attribute("data-embed", "");
        if !p.theme.is_empty() {
            let _ = root.set_attribute("data-theme", &p.theme);
        }
    }
    let generation = use_state(|| 0u32);
    let on_lost = {
        let generation = generation.clone();
        Callback::from(move |_| generation.set(*generation + 1))
    };
    let worker = use_memo((), |_| crate::assets::assets().worker);
    html! {
        <ReactorProvider<AnalysisReactor> key={*generation} path={AttrValue::from((*worker).clone())} lazy={false}>
            <AnalysisProvider initial_date={p.date.clone()} {lang} {on_lost} restarted={*generation > 0} persist={false}>
                <EmbedView params={p.clone()} />
            </AnalysisProvider>
        </ReactorProvider<AnalysisReactor>>
    }
}

/// The whole page (or, with `?embed=1`, the embed view).
#[function_component]
pub fn App() -> Html {
    let embed = use_memo((), |_| crate::embed::params());
    let embedded = embed.is_some();
    use_effect_with(embedded, |&embedded| {
        if embedded {
            remove_skeleton();
        }
    });
    if let Some(params) = &*embed {
        return html! { <Embedded params={params.clone()} /> };
    }
    html! { <Standalone /> }
}

/// The standalone page: editor and all views.
#[function_component]
fn Standalone() -> Html {
    let lang = crate::storage::browser_lang();
    crate::storage::set_document_lang(lang);
    let (text, date) = match crate::storage::shared_article() {
        // No date unless one was given: the text's date line, a file's date or, with
        // a notice, today's then stand in (a field filled with today would hide them).
        Some((text, date)) => (text, date),
        None => {
            let (draft, saved_date) = crate::storage::load_draft();
            (draft.unwrap_or_default(), saved_date.unwrap_or_default())
        }
    };
    // A new generation remounts the provider, which spawns a new worker: how a worker
    // that died (a panic) is replaced. The text comes back from the draft store.
    let generation = use_state(|| 0u32);
    let on_lost = {
        let generation = generation.clone();
        Callback::from(move |_| generation.set(*generation + 1))
    };
    let (text, date) = if *generation > 0 {
        let (draft, saved_date) = crate::storage::load_draft();
        (draft.unwrap_or(text), saved_date.unwrap_or(date))
    } else {
        (text, date)
    };
    let debug_panic = *generation == 0
        && web_sys::window().and_then(|w| w.location().search().ok()).is_some_and(|q| q.contains("debug=panic"));
    let worker = use_memo((), |_| crate::assets::assets().worker);
    html! {
        <ReactorProvider<AnalysisReactor> key={*generation} path={AttrValue::from((*worker).clone())} lazy={false}>
            <AnalysisProvider initial_date={date} initial_text={text} {lang} {on_lost}
                              restarted={*generation > 0} {debug_panic}>
                <Page />
            </AnalysisProvider>
        </ReactorProvider<AnalysisReactor>>
    }
}

/// Removes the static skeleton of index.html: it has done its job once the app has
/// drawn the page.
fn remove_skeleton() {
    if let Some(el) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("skeleton")) {
        el.remove();
    }
}
