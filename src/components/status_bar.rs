//! The status line: dictionary loading, analyzing, ready with timings, or an error.

use crate::context::use_analysis;
use crate::i18n::{t, Key};
use crate::state::Status;
use yew::prelude::*;

/// Shows what the worker is doing.
#[function_component]
pub fn StatusBar() -> Html {
    let h = use_analysis();
    let s = &*h.state;
    let lang = s.lang;
    let (class, text) = match &s.status {
        Status::Loading => ("status loading", t(lang, Key::Loading).to_string()),
        Status::Analyzing => match s.progress {
            // A long text goes in chunks; editing it again stops this analysis.
            Some((done, total)) => (
                "status busy",
                format!("{} {}% · {}", t(lang, Key::Analyzing), done * 100 / total.max(1), t(lang, Key::EditCancels)),
            ),
            None => ("status busy", t(lang, Key::Analyzing).to_string()),
        },
        Status::Ready => {
            let mut text = String::from(t(lang, Key::Ready));
            if !s.model {
                text.push_str(&format!(" · {}", t(lang, Key::NoModel)));
            }
            if let Some(ms) = s.load_ms {
                text.push_str(&format!(" · {ms:.0} ms"));
            }
            if let Some(ms) = s.analyze_ms {
                text.push_str(&format!(" · {ms:.0} ms"));
            }
            ("status ready", text)
        }
        Status::Error(m) => ("status error", m.clone()),
    };
    html! {
        <div class={class} role="status" aria-live="polite" data-testid="status"
             data-model={s.model.to_string()} data-progress={s.progress.map(|(d, n)| format!("{d}/{n}"))} data-analysis-ms={s.analyze_ms.map(|m| format!("{m:.1}"))}
             data-load-ms={s.load_ms.map(|m| format!("{m:.0}"))} data-state={match &s.status { Status::Loading => "loading", Status::Analyzing => "analyzing", Status::Ready => "ready", Status::Error(_) => "error" }}>
            if matches!(s.status, Status::Loading | Status::Analyzing) { <span class="spinner" aria-hidden="true"></span> }
            { text }
        </div>
    }
}
