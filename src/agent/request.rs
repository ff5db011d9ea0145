//! One request's work, without the reactor: the input checks and the analysis of a
//! text into the answer the page gets. The reactor calls it for short texts, and the
//! wasm tests call it directly.

use super::messages::{AnalysisParts, Words, WorkerOutput};
use newslens_engine::{Analysis, Analyzer, Date, DateSource, Document};
use newslens_js::input::{self, Refusal};

/// The Words view shows the segmentation of texts up to this many characters (for a
/// longer text the token list would be megabytes of messages for a study view); key
/// terms are computed for any text.
pub const WORDS_MAX_CHARS: usize = 100_000;

/// Texts longer than this many characters are analyzed in chunks of about this size,
/// with progress messages and a chance to stop between chunks.
pub const CHUNK_CHARS: usize = 50_000;

/// Texts above this size are refused with a message instead of being analyzed (the
/// JS API's limit too).
pub use newslens_js::input::MAX_TEXT_BYTES;

pub(super) fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// Checks a request's size and date (the policy of [`newslens_js::input`]): the
/// reference date, or the message to answer.
pub(super) fn check_request(id: u32, text: &str, date: Option<&str>) -> Result<Option<Date>, WorkerOutput> {
    input::check_size(text, MAX_TEXT_BYTES)
        .and_then(|()| input::reference_date(date))
        .map_err(|refusal| WorkerOutput::Failed { id, message: message(refusal) })
}

/// A refusal in the reader's words.
fn message(refusal: Refusal) -> String {
    match refusal {
        Refusal::TooLong { bytes, limit } => {
            format!("The text is {bytes} bytes; NewsLens analyzes up to {limit} bytes.")
        }
        Refusal::BadDate(d) => format!("'{d}' is not a valid date (YYYY-MM-DD)."),
    }
}

/// One analysis; a single call site, so the engine's pipeline is not inlined twice.
#[inline(never)]
pub(super) fn run(analyzer: &Analyzer, text: &str, reference_date: Option<Date>) -> Analysis {
    analyzer.analyze(&Document { text, reference_date })
}

/// Today's date in the user's time zone.
pub(super) fn today() -> Option<Date> {
    let d = js_sys::Date::new_0();
    Date::parse(&format!("{:04}-{:02}-{:02}", d.get_full_year(), d.get_month() + 1, d.get_date()))
}

/// An analysis of a text with no date of its own (none given, no date line), done
/// again against today when it has relative times to resolve: its reference date is
/// today and its source stays [`DateSource::None`], so the page says the date is a
/// stand-in.
pub(super) fn against_today(analyzer: &Analyzer, text: &str, analysis: Analysis) -> Analysis {
    let Some(today) = today() else { return analysis };
    let mut a =
        if analysis.times.iter().any(|t| t.value.is_none()) { run(analyzer, text, Some(today)) } else { analysis };
    a.reference_date = Some(today.to_string());
    a.reference_date_source = DateSource::None;
    a
}

/// Runs one request; every failure becomes a message, never a panic.
pub fn analyze(analyzer: &Analyzer, id: u32, text: &str, date: Option<&str>) -> WorkerOutput {
    let reference_date = match check_request(id, text, date) {
        Ok(d) => d,
        Err(failed) => return failed,
    };
    let t0 = now_ms();
    let mut analysis = run(analyzer, text, reference_date);
    if analysis.reference_date_source == DateSource::None {
        analysis = against_today(analyzer, text, analysis);
    }
    let words = Words {
        tokens: if text.chars().count() <= WORDS_MAX_CHARS {
            analyzer.segment(text).into_iter().map(|t| (t.start, t.end, t.pos.to_string())).collect()
        } else {
            Vec::new()
        },
        keywords: analyzer.keywords(text, 15),
    };
    result(id, &analysis, &words, t0)
}

/// The answer to request `id`: the analysis and words as JSON, and the milliseconds
/// since `t0`; a serialization failure becomes a message.
pub(super) fn result(id: u32, analysis: &Analysis, words: &Words, t0: f64) -> WorkerOutput {
    match (AnalysisParts::from_analysis(analysis), serde_json::to_string(words)) {
        (Ok(json), Ok(words)) => WorkerOutput::Result { id, json, words, ms: now_ms() - t0 },
        (Err(e), _) | (_, Err(e)) => WorkerOutput::Failed { id, message: e.to_string() },
    }
}
