//! The status line: dictionary loading, analyzing, ready with timings, or an error.

use crate::context::use_analysis;
use crate::state::Status;
use yew::prelude::*;

/// Shows what the worker is doing.
#[function_component]
pub fn StatusBar() -> Html {
    let h = use_analysis();
    let s = &*h.state;
    let (class, text) = match &s.status {
        Status::Loading => ("status loading", "Loading dictionary…".to_string()),
        Status::Analyzing => ("status busy", "Analyzing…".to_string()),
        Status::Ready => {
            let mut t = String::from("Ready");
            if let Some(ms) = s.load_ms {
                t.push_str(&format!(" · dictionary loaded in {ms:.0} ms"));
            }
            if let Some(ms) = s.analyze_ms {
                t.push_str(&format!(" · last analysis {ms:.0} ms"));
            }
            ("status ready", t)
        }
        Status::Error(m) => ("status error", m.clone()),
    };
    html! {
        <div class={class} role="status" aria-live="polite" data-testid="status"
             data-state={match &s.status { Status::Loading => "loading", Status::Analyzing => "analyzing", Status::Ready => "ready", Status::Error(_) => "error" }}>
            if matches!(s.status, Status::Loading | Status::Analyzing) { <span class="spinner" aria-hidden="true"></span> }
            { text }
        </div>
    }
}
