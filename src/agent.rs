//! The analysis worker: a yew-agent reactor that owns the [`Analyzer`] off the main
//! thread. The page stays responsive while the dictionary loads (~0.5 s) and while
//! long texts are analyzed.

use futures::{FutureExt, SinkExt, StreamExt};
use newslens_engine::{Analysis, Analyzer, Config, Date, Document};
use serde::{Deserialize, Serialize};
use yew_agent::prelude::*;

/// A request from the page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum WorkerInput {
    /// The first message: where the dictionary and the NER model are (absolute URLs;
    /// their names carry content hashes, so the page tells the worker).
    Load { dictionary: String, model: String },
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
    /// The analysis of request `id`, as schema `newslens/1` JSON in [`AnalysisParts`],
    /// and the words and key terms for the Words view (JSON of [`Words`]).
    Result { id: u32, json: AnalysisParts, words: String, ms: f64 },
    /// Request `id` could not be analyzed.
    Failed { id: u32, message: String },
    /// The dictionary could not be loaded: nothing can be analyzed.
    Unavailable { message: String },
    /// A long text is analyzed in chunks: `done` of `total` are finished.
    Progress { id: u32, done: usize, total: usize },
}

/// An analysis as JSON in parts: the analysis with its long lists left empty, then each
/// list on its own, so that the page can read a long text's result list by list, a
/// task each, instead of parsing megabytes of JSON in one. Lists not split off stay in
/// the first part, so nothing is lost when `Analysis` grows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AnalysisParts(pub Vec<String>);

impl AnalysisParts {
    /// How many lists are sent apart, after the first part: sentences, entities,
    /// relations, times, quantities, claims, events (in that order).
    const LISTS: usize = 7;

    pub fn from_analysis(a: &Analysis) -> serde_json::Result<AnalysisParts> {
        let mut head = a.clone();
        let lists: [String; Self::LISTS] = [
            serde_json::to_string(&std::mem::take(&mut head.sentences))?,
            serde_json::to_string(&std::mem::take(&mut head.entities))?,
            serde_json::to_string(&std::mem::take(&mut head.relations))?,
            serde_json::to_string(&std::mem::take(&mut head.times))?,
            serde_json::to_string(&std::mem::take(&mut head.quantities))?,
            serde_json::to_string(&std::mem::take(&mut head.claims))?,
            serde_json::to_string(&std::mem::take(&mut head.events))?,
        ];
        let mut parts = vec![serde_json::to_string(&head)?];
        parts.extend(lists);
        Ok(AnalysisParts(parts))
    }

    /// Total JSON bytes.
    pub fn len(&self) -> usize {
        self.0.iter().map(String::len).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Reads the first part.
    pub fn head(&self) -> Result<Analysis, String> {
        let first = self.0.first().ok_or("an empty result")?;
        serde_json::from_str(first).map_err(|e| e.to_string())
    }

    /// Reads list part `k` (1 ≤ k < the number of parts) into `a`.
    pub fn read_list(&self, k: usize, a: &mut Analysis) -> Result<(), String> {
        let json = self.0.get(k).ok_or("a missing part")?;
        let e = |e: serde_json::Error| e.to_string();
        match k {
            1 => a.sentences = serde_json::from_str(json).map_err(e)?,
            2 => a.entities = serde_json::from_str(json).map_err(e)?,
            3 => a.relations = serde_json::from_str(json).map_err(e)?,
            4 => a.times = serde_json::from_str(json).map_err(e)?,
            5 => a.quantities = serde_json::from_str(json).map_err(e)?,
            6 => a.claims = serde_json::from_str(json).map_err(e)?,
            7 => a.events = serde_json::from_str(json).map_err(e)?,
            _ => return Err(format!("an unknown part {k}")),
        }
        Ok(())
    }

    /// Reads the whole analysis at once.
    pub fn analysis(&self) -> Result<Analysis, String> {
        let mut a = self.head()?;
        for k in 1..self.0.len() {
            self.read_list(k, &mut a)?;
        }
        Ok(a)
    }
}

/// The segmentation and key terms of a text, for the Words view.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Words {
    /// `(start, end, POS)` in chars of the original text.
    pub tokens: Vec<(usize, usize, String)>,
    /// Key terms as written, with their TextRank weight.
    pub keywords: Vec<(String, f64)>,
}

/// The Words view shows the segmentation of texts up to this many characters (for a
/// longer text the token list would be megabytes of messages for a study view); key
/// terms are computed for any text.
pub const WORDS_MAX_CHARS: usize = 100_000;

/// Analyses of the sample article the worker runs after loading, while idle, and how
/// long it waits for a request first.
const WARM_UP_RUNS: usize = 12;
const WARM_UP_AFTER_MS: u32 = 1_500;

/// Texts above this size are refused with a message instead of being analyzed.
pub const MAX_TEXT_BYTES: usize = 2 * 1024 * 1024;

fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// Fetches an absolute URL; `None` on any failure.
async fn fetch_bytes(url: &str) -> Option<Vec<u8>> {
    use wasm_bindgen::JsCast;
    let scope: web_sys::WorkerGlobalScope = js_sys::global().dyn_into().ok()?;
    let resp = wasm_bindgen_futures::JsFuture::from(scope.fetch_with_str(url)).await.ok()?;
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
    let Some(WorkerInput::Load { dictionary, model }) = scope.next().await else { return };
    let t0 = now_ms();
    // The dictionary and the model are separate, cacheable assets: fetch both at once.
    let (dictionary, model) = futures::join!(fetch_bytes(&dictionary), fetch_bytes(&model));
    let analyzer = dictionary
        .ok_or_else(|| "the dictionary could not be downloaded".to_string())
        .and_then(|bytes| String::from_utf8(bytes).map_err(|_| "the dictionary is not UTF-8 text".to_string()))
        .and_then(|text| Analyzer::with_dictionary(Config::default(), &text));
    let mut analyzer = match analyzer {
        Ok(a) => a,
        Err(message) => {
            // Stay alive and say why on every request: a dead worker would be restarted
            // in a loop by the watchdog.
            let _ = scope.send(WorkerOutput::Unavailable { message: message.clone() }).await;
            while let Some(msg) = scope.next().await {
                if let WorkerInput::Analyze { id, .. } = msg {
                    let _ = scope.send(WorkerOutput::Failed { id, message: message.clone() }).await;
                }
            }
            return;
        }
    };
    let model = model.is_some_and(|bytes| analyzer.load_ner(&bytes).is_ok());
    if scope.send(WorkerOutput::Ready { load_ms: now_ms() - t0, model }).await.is_err() {
        return;
    }
    // A request that arrived while a long text was being analyzed (or while warming
    // up), to take next.
    let mut next: Option<WorkerInput> = None;
    // Warm up: V8 first runs wasm as baseline code and optimizes the functions that run
    // hot, in the background. A few analyses of the sample article once the page has
    // been idle for a while get the engine's hot functions optimized before the user's
    // first long text (a first 1 MB analysis took 790 ms cold, 530–580 ms once warm).
    // Not at once: on two cores the optimizing compiler then competes with the page's
    // own start. A request skips or stops it.
    {
        let idle = gloo_timers::future::TimeoutFuture::new(WARM_UP_AFTER_MS);
        match futures::future::select(scope.next(), idle).await {
            futures::future::Either::Left((Some(m), _)) => next = Some(m),
            futures::future::Either::Left((None, _)) => return,
            futures::future::Either::Right(_) => {}
        }
    }
    for _ in 0..if next.is_some() { 0 } else { WARM_UP_RUNS } {
        match scope.next().now_or_never() {
            Some(Some(m)) => {
                next = Some(m);
                break;
            }
            Some(None) => return,
            None => {}
        }
        let _ = analyzer.analyze(&Document { text: crate::sample::SAMPLE_TEXT, reference_date: None });
        gloo_timers::future::TimeoutFuture::new(0).await;
    }
    loop {
        let mut msg = match next.take() {
            Some(m) => m,
            None => match scope.next().await {
                Some(m) => m,
                None => return,
            },
        };
        // Drain what queued up while we were busy: only the newest text matters.
        while let Some(Some(newer)) = scope.next().now_or_never() {
            msg = newer;
        }
        let (id, text, date) = match msg {
            WorkerInput::Analyze { id, text, date } => (id, text, date),
            WorkerInput::Load { .. } => continue,
            WorkerInput::DebugPanic => panic!("debug panic requested by the page"),
        };
        let out = if text.chars().count() <= CHUNK_CHARS {
            analyze(&analyzer, id, &text, date.as_deref())
        } else {
            match analyze_in_chunks(&analyzer, &mut scope, id, &text, date.as_deref()).await {
                Chunked::Done(out) => out,
                Chunked::Replaced(newer) => {
                    next = Some(newer);
                    continue;
                }
                Chunked::Closed => return,
            }
        };
        if scope.send(out).await.is_err() {
            return;
        }
    }
}

/// Texts longer than this many characters are analyzed in chunks of about this size,
/// with progress messages and a chance to stop between chunks.
pub const CHUNK_CHARS: usize = 50_000;

/// How a chunked analysis ended.
enum Chunked {
    Done(WorkerOutput),
    /// A newer request arrived: this one is dropped.
    Replaced(WorkerInput),
    /// The page went away.
    Closed,
}

/// Analyzes a long text chunk by chunk (see [`newslens_engine::chunks`]): after each
/// chunk it reports progress and yields to the event loop, and it stops as soon as a
/// newer request is waiting (the user edited again), so that one starts at once.
async fn analyze_in_chunks(
    analyzer: &Analyzer,
    scope: &mut ReactorScope<WorkerInput, WorkerOutput>,
    id: u32,
    text: &str,
    date: Option<&str>,
) -> Chunked {
    let mut reference_date = match check_request(id, text, date) {
        Ok(d) => d,
        Err(failed) => return Chunked::Done(failed),
    };
    let t0 = now_ms();
    let ranges = newslens_engine::chunks::chunks(text, CHUNK_CHARS);
    let mut bytes: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
    bytes.push(text.len());
    let mut parts = Vec::with_capacity(ranges.len());
    for (k, &(s, e)) in ranges.iter().enumerate() {
        let piece = &text[bytes[s]..bytes[e]];
        let a = analyzer.analyze(&Document { text: piece, reference_date });
        // A date line found in the first chunk dates the whole text.
        if k == 0 && reference_date.is_none() {
            reference_date = a.reference_date.as_deref().and_then(Date::parse);
        }
        parts.push((s, a));
        if scope.send(WorkerOutput::Progress { id, done: k + 1, total: ranges.len() }).await.is_err() {
            return Chunked::Closed;
        }
        gloo_timers::future::TimeoutFuture::new(0).await;
        if let Some(newer) = scope.next().now_or_never() {
            return match newer {
                Some(m) => Chunked::Replaced(m),
                None => Chunked::Closed,
            };
        }
    }
    let analysis = newslens_engine::chunks::merge(parts);
    let words = Words { tokens: Vec::new(), keywords: analyzer.keywords(&text[..bytes[ranges[0].1]], 15) };
    Chunked::Done(match (AnalysisParts::from_analysis(&analysis), serde_json::to_string(&words)) {
        (Ok(json), Ok(words)) => WorkerOutput::Result { id, json, words, ms: now_ms() - t0 },
        (Err(e), _) | (_, Err(e)) => WorkerOutput::Failed { id, message: e.to_string() },
    })
}

/// Checks a request's size and date: the reference date, or the message to answer.
fn check_request(id: u32, text: &str, date: Option<&str>) -> Result<Option<Date>, WorkerOutput> {
    if text.len() > MAX_TEXT_BYTES {
        return Err(WorkerOutput::Failed {
            id,
            message: format!("The text is {} bytes; NewsLens analyzes up to {} bytes.", text.len(), MAX_TEXT_BYTES),
        });
    }
    match date.filter(|d| !d.is_empty()) {
        Some(d) => match Date::parse(d) {
            Some(d) => Ok(Some(d)),
            None => Err(WorkerOutput::Failed { id, message: format!("'{d}' is not a valid date (YYYY-MM-DD).") }),
        },
        None => Ok(None),
    }
}

/// Runs one request; every failure becomes a message, never a panic.
pub fn analyze(analyzer: &Analyzer, id: u32, text: &str, date: Option<&str>) -> WorkerOutput {
    let reference_date = match check_request(id, text, date) {
        Ok(d) => d,
        Err(failed) => return failed,
    };
    let t0 = now_ms();
    let analysis = analyzer.analyze(&Document { text, reference_date });
    let words = Words {
        tokens: if text.chars().count() <= WORDS_MAX_CHARS {
            analyzer.segment(text).into_iter().map(|t| (t.start, t.end, t.pos.to_string())).collect()
        } else {
            Vec::new()
        },
        keywords: analyzer.keywords(text, 15),
    };
    match (AnalysisParts::from_analysis(&analysis), serde_json::to_string(&words)) {
        (Ok(json), Ok(words)) => WorkerOutput::Result { id, json, words, ms: now_ms() - t0 },
        (Err(e), _) | (_, Err(e)) => WorkerOutput::Failed { id, message: e.to_string() },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn analysis_parts_read_back_to_the_same_analysis() {
        let text = "亞馬遜執行長 Andy Jassy 週四表示，公司去年營收成長 12%。分析師說：「這是好消息。」\n".repeat(20);
        let a = Analyzer::new(Config::default())
            .analyze(&Document { text: &text, reference_date: Date::parse("2025-10-24") });
        assert!(!a.entities.is_empty() && !a.times.is_empty() && !a.claims.is_empty() && !a.events.is_empty());
        let parts = AnalysisParts::from_analysis(&a).expect("serializes");
        assert_eq!(parts.0.len(), 1 + AnalysisParts::LISTS);
        let head = parts.head().expect("head");
        assert!(head.entities.is_empty() && head.sentences.is_empty() && head.events.is_empty());
        assert_eq!(head.claim_summary, a.claim_summary);
        assert_eq!(parts.analysis().expect("reads"), a);
        // Bad parts are errors, not panics.
        let mut broken = parts.clone();
        broken.0[2] = "{".into();
        assert!(broken.analysis().is_err());
        assert!(AnalysisParts(Vec::new()).analysis().is_err());
        assert!(parts.read_list(99, &mut head.clone()).is_err());
    }
}
