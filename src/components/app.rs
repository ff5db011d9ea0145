//! The root component: the worker provider, the analysis context and the page layout.

use crate::agent::AnalysisReactor;
use crate::components::{editor::Editor, results::Results, status_bar::StatusBar};
use crate::context::AnalysisProvider;
use yew::prelude::*;
use yew_agent::reactor::ReactorProvider;

/// Today's date in the browser's time zone, `YYYY-MM-DD`.
pub fn today() -> String {
    let d = js_sys::Date::new_0();
    format!("{:04}-{:02}-{:02}", d.get_full_year(), d.get_month() + 1, d.get_date())
}

/// The whole page.
#[function_component]
pub fn App() -> Html {
    html! {
        <ReactorProvider<AnalysisReactor> path="/worker.js" lazy={false}>
            <AnalysisProvider initial_date={today()}>
                <header class="top">
                    <h1 class="brand">{"NewsLens"}</h1>
                    <p class="tagline">{"Who, when and who said what — analyzed entirely in your browser."}</p>
                </header>
                <StatusBar />
                <main class="layout">
                    <Editor />
                    <Results />
                </main>
                <footer class="foot">{"Nothing you paste leaves this page."}</footer>
            </AnalysisProvider>
        </ReactorProvider<AnalysisReactor>>
    }
}
