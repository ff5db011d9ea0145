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
    /// Makes the worker panic: the page sends it only for the robustness test
    /// (`?debug=panic`), to check that a dead worker is replaced and the text kept.
    DebugPanic,
}

/// An answer from the worker.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum WorkerOutput {
    /// The analyzer is loaded; `load_ms` is how long that took; `model` says whether
    /// the NER model was loaded too (without it, the rules still work).
    Ready { load_ms: f64, model: bool },
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

/// Fetches a file next to the worker script; `None` on any failure.
async fn fetch_bytes(url: &str) -> Option<Vec<u8>> {
    use wasm_bindgen::JsCast;
    let scope: web_sys::WorkerGlobalScope = js_sys::global().dyn_into().ok()?;
    // The worker runs from a blob: URL, so resolve against the page's origin (the
    // worker script itself is served from the site root too).
    let absolute = format!("{}/{url}", scope.location().origin());
    let resp = wasm_bindgen_futures::JsFuture::from(scope.fetch_with_str(&absolute)).await.ok()?;
    let resp: web_sys::Response = resp.dyn_into().ok()?;
    if !resp.ok() {
        return None;
    }
    let buf = wasm_bindgen_futures::JsFuture::from(resp.array_buffer().ok()?).await.ok()?;
    Some(js_sys::Uint8Array::new(&buf).to_vec())
}

/// The worker's reactor: loads the analyzer once, then answers requests in order,
/// skipping requests that a newer one has already replaced.
#[reactor]
pub async fn AnalysisReactor(mut scope: ReactorScope<WorkerInput, WorkerOutput>) {
    let t0 = now_ms();
    // The NER model is a separate, cacheable asset: fetch it while nothing else runs.
    let model = fetch_bytes("ner.bin").await;
    let mut analyzer = Analyzer::new(Config::default());
    let model = model.is_some_and(|bytes| analyzer.load_ner(&bytes).is_ok());
    if scope.send(WorkerOutput::Ready { load_ms: now_ms() - t0, model }).await.is_err() {
        return;
    }
    while let Some(mut msg) = scope.next().await {
        // Drain what queued up while we were busy: only the newest text matters.
        while let Some(Some(newer)) = scope.next().now_or_never() {
            msg = newer;
        }
        let WorkerInput::Analyze { id, text, date } = msg else {
            panic!("debug panic requested by the page");
        };
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
