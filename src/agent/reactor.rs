//! The worker's reactor: the loop that owns the [`Analyzer`] off the main thread. It
//! loads the dictionary and the model, warms the engine up while the page is idle,
//! and answers requests in order, skipping those a newer one has replaced; long texts
//! go chunk by chunk with progress in between.

use super::messages::{Words, WorkerInput, WorkerOutput};
use super::request::{against_today, analyze, check_request, now_ms, result, run, CHUNK_CHARS};
use futures::{FutureExt, SinkExt, StreamExt};
use newslens_engine::{Analyzer, Config, Date, DateSource, Document};
use yew_agent::prelude::*;

/// Analyses of the sample article the worker runs after loading, while idle, and how
/// long it waits for a request first.
const WARM_UP_RUNS: usize = 12;
const WARM_UP_AFTER_MS: u32 = 1_500;

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

/// The page went away: the reactor ends.
struct Closed;

/// The worker's reactor: loads the analyzer once, then answers requests in order,
/// skipping requests that a newer one has already replaced.
#[reactor]
pub async fn AnalysisReactor(mut scope: ReactorScope<WorkerInput, WorkerOutput>) {
    let Some(WorkerInput::Load { dictionary, model }) = scope.next().await else { return };
    let t0 = now_ms();
    let (analyzer, model) = match load(&dictionary, &model).await {
        Ok(loaded) => loaded,
        Err(message) => return unavailable(&mut scope, message).await,
    };
    if scope.send(WorkerOutput::Ready { load_ms: now_ms() - t0, model }).await.is_err() {
        return;
    }
    let Ok(next) = warm_up(&analyzer, &mut scope).await else { return };
    let _ = serve(&analyzer, &mut scope, next).await;
}

/// Fetches the dictionary and the model and builds the analyzer: the analyzer and
/// whether the model loaded, or why there is no analyzer.
async fn load(dictionary: &str, model: &str) -> Result<(Analyzer, bool), String> {
    // The dictionary and the model are separate, cacheable assets: fetch both at once.
    let (dictionary, model) = futures::join!(fetch_bytes(dictionary), fetch_bytes(model));
    let mut analyzer = dictionary
        .ok_or_else(|| "the dictionary could not be downloaded".to_string())
        .and_then(|bytes| String::from_utf8(bytes).map_err(|_| "the dictionary is not UTF-8 text".to_string()))
        .and_then(|text| Analyzer::with_dictionary(Config::default(), &text))?;
    let model = model.is_some_and(|bytes| analyzer.load_ner(&bytes).is_ok());
    Ok((analyzer, model))
}

/// Without an analyzer: stays alive and says why on every request (a dead worker would
/// be restarted in a loop by the watchdog).
async fn unavailable(scope: &mut ReactorScope<WorkerInput, WorkerOutput>, message: String) {
    let _ = scope.send(WorkerOutput::Unavailable { message: message.clone() }).await;
    while let Some(msg) = scope.next().await {
        if let WorkerInput::Analyze { id, .. } = msg {
            let _ = scope.send(WorkerOutput::Failed { id, message: message.clone() }).await;
        }
    }
}

/// Warms the engine up: V8 first runs wasm as baseline code and optimizes the
/// functions that run hot, in the background. A few analyses of the sample article
/// once the page has been idle for a while get the engine's hot functions optimized
/// before the user's first long text (a first 1 MB analysis took 790 ms cold, 530–580
/// ms once warm). Not at once: on two cores the optimizing compiler then competes with
/// the page's own start. A request skips or stops it, and is returned to take next.
async fn warm_up(
    analyzer: &Analyzer,
    scope: &mut ReactorScope<WorkerInput, WorkerOutput>,
) -> Result<Option<WorkerInput>, Closed> {
    let idle = gloo_timers::future::TimeoutFuture::new(WARM_UP_AFTER_MS);
    match futures::future::select(scope.next(), idle).await {
        futures::future::Either::Left((Some(m), _)) => return Ok(Some(m)),
        futures::future::Either::Left((None, _)) => return Err(Closed),
        futures::future::Either::Right(_) => {}
    }
    for _ in 0..WARM_UP_RUNS {
        match scope.next().now_or_never() {
            Some(Some(m)) => return Ok(Some(m)),
            Some(None) => return Err(Closed),
            None => {}
        }
        let _ = analyzer.analyze(&Document { text: crate::sample::SAMPLE_TEXT, reference_date: None });
        gloo_timers::future::TimeoutFuture::new(0).await;
    }
    Ok(None)
}

/// Answers requests until the page goes away, starting with `next` if one is waiting.
async fn serve(
    analyzer: &Analyzer,
    scope: &mut ReactorScope<WorkerInput, WorkerOutput>,
    mut next: Option<WorkerInput>,
) -> Result<(), Closed> {
    loop {
        // A request that arrived while a long text was being analyzed (or while
        // warming up) comes first.
        let mut msg = match next.take() {
            Some(m) => m,
            None => scope.next().await.ok_or(Closed)?,
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
            analyze(analyzer, id, &text, date.as_deref())
        } else {
            match analyze_in_chunks(analyzer, scope, id, &text, date.as_deref()).await {
                Chunked::Done(out) => out,
                Chunked::Replaced(newer) => {
                    next = Some(newer);
                    continue;
                }
                Chunked::Closed => return Err(Closed),
            }
        };
        scope.send(out).await.map_err(|_| Closed)?;
    }
}

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
        let mut a = run(analyzer, piece, reference_date);
        // A date line found in the first chunk dates the whole text; without one,
        // today does (the first chunk says so: see `against_today`).
        if k == 0 && reference_date.is_none() {
            if a.reference_date_source == DateSource::None {
                a = against_today(analyzer, piece, a);
            }
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
    Chunked::Done(result(id, &analysis, &words, t0))
}
