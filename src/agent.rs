//! The analysis worker: a yew-agent reactor that owns the [`Analyzer`] off the main
//! thread. The page stays responsive while the dictionary loads (~0.5 s) and while
//! long texts are analyzed.

use futures::{FutureExt, SinkExt, StreamExt};
use newslens_engine::{Analyzer, Config, Date, Document};
use serde::{Deserialize, Serialize};
use yew_agent::prelude::*;

/// A request from the page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum WorkerInput {
    /// Analyze `text`; `date` is `YYYY-MM-DD` or `None` (then a date line is looked for).
    Analyze { id: u32, text: String, date: Option<String> },
}

/// An answer from the worker.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum WorkerOutput {
    /// The analyzer is loaded; `load_ms` is how long that took.
    Ready { load_ms: f64 },
    /// The analysis of request `id`, as schema `newslens/1` JSON, and the words and key
    /// terms for the Words view (JSON of [`Words`]).
    Result { id: u32, json: String, words: String, ms: f64 },
    /// Request `id` could not be analyzed.
    Failed { id: u32, message: String },
}

/// The segmentation and key terms of a text, for the Words view.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Words {
    /// `(start, end, POS)` in chars of the original text.
    pub tokens: Vec<(usize, usize, String)>,
    /// Key terms as written, with their TextRank weight.
    pub keywords: Vec<(String, f64)>,
}

/// Texts above this size are refused with a message instead of being analyzed.
pub const MAX_TEXT_BYTES: usize = 2 * 1024 * 1024;

fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// The worker's reactor: loads the analyzer once, then answers requests in order,
/// skipping requests that a newer one has already replaced.
#[reactor]
pub async fn AnalysisReactor(mut scope: ReactorScope<WorkerInput, WorkerOutput>) {
    let t0 = now_ms();
    let analyzer = Analyzer::new(Config::default());
    if scope.send(WorkerOutput::Ready { load_ms: now_ms() - t0 }).await.is_err() {
        return;
    }
    while let Some(mut msg) = scope.next().await {
        // Drain what queued up while we were busy: only the newest text matters.
        while let Some(Some(newer)) = scope.next().now_or_never() {
            msg = newer;
        }
        let WorkerInput::Analyze { id, text, date } = msg;
        let out = analyze(&analyzer, id, &text, date.as_deref());
        if scope.send(out).await.is_err() {
            return;
        }
    }
}

/// Runs one request; every failure becomes a message, never a panic.
pub fn analyze(analyzer: &Analyzer, id: u32, text: &str, date: Option<&str>) -> WorkerOutput {
    if text.len() > MAX_TEXT_BYTES {
        return WorkerOutput::Failed {
            id,
            message: format!("The text is {} bytes; NewsLens analyzes up to {} bytes.", text.len(), MAX_TEXT_BYTES),
        };
    }
    let reference_date = match date.filter(|d| !d.is_empty()) {
        Some(d) => match Date::parse(d) {
            Some(d) => Some(d),
            None => return WorkerOutput::Failed { id, message: format!("'{d}' is not a valid date (YYYY-MM-DD).") },
        },
        None => None,
    };
    let t0 = now_ms();
    let analysis = analyzer.analyze(&Document { text, reference_date });
    let words = Words {
        tokens: analyzer.segment(text).into_iter().map(|t| (t.start, t.end, t.pos)).collect(),
        keywords: analyzer.keywords(text, 15),
    };
    match (serde_json::to_string(&analysis), serde_json::to_string(&words)) {
        (Ok(json), Ok(words)) => WorkerOutput::Result { id, json, words, ms: now_ms() - t0 },
        (Err(e), _) | (_, Err(e)) => WorkerOutput::Failed { id, message: e.to_string() },
    }
}
