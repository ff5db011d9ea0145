//! The NewsLens engine for Python: the native module `newslens._native` of the `newslens`
//! wheel (PyO3, abi3 for CPython ≥ 3.9, built by maturin; `make python`).
//!
//! Why a native module and not the CLI in a subprocess: batch jobs (pandas, Spark) analyze
//! thousands of articles per process, so the analyzer — dictionary, gazetteer and the NER
//! model, compiled in — is built once per process (`analyzer()`, lazily) and the texts are
//! analyzed on all cores with the GIL released (`batch.rs`).
//!
//! The analysis crosses the boundary as the CLI's JSON text (`newslens analyze`), which
//! the package's `__init__.py` parses with `json.loads`: the Python result is exactly the
//! CLI's output, and its offsets are the engine's char indices, which are Python's
//! code-point indices (`text[m["start"]:m["end"]]` is the mention). Bad input is a
//! `TypeError` (not a `str`) or a `ValueError` (oversize text, impossible date), checked
//! before any work, never a panic.

mod batch;

use newslens_engine::{Analyzer, Config, Date, Document};
use pyo3::exceptions::{PyRuntimeError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::PyString;
use std::sync::OnceLock;

/// Texts above this many UTF-8 bytes are refused (the CLI's default `--max-bytes`).
pub const MAX_TEXT_BYTES: usize = 10 * 1024 * 1024;

/// The NER model the CLI uses by default (`models/ner.bin`), compiled in so the wheel is
/// self-contained and its analyses equal the CLI's.
static MODEL: &[u8] = include_bytes!("../../../models/ner.bin");

/// The process's analyzer, built on first use.
static ANALYZER: OnceLock<Result<Analyzer, String>> = OnceLock::new();

/// The analyzer with the built-in dictionary and the bundled model, built once per
/// process (called without the GIL: building takes a moment and other Python threads
/// may run meanwhile).
fn analyzer() -> PyResult<&'static Analyzer> {
    let built = ANALYZER.get_or_init(|| {
        let mut a = Analyzer::new(Config::default());
        a.load_ner(MODEL).map_err(|e| format!("the bundled NER model does not load: {e}"))?;
        Ok(a)
    });
    built.as_ref().map_err(|e| PyRuntimeError::new_err(e.clone()))
}

/// The Python type's name of `obj`, for messages.
fn type_name(obj: &Bound<'_, PyAny>) -> String {
    obj.get_type().name().map(|n| n.to_string()).unwrap_or_else(|_| "?".into())
}

/// `obj` as text within the size limit; `what` names the argument in messages.
fn text_arg(obj: &Bound<'_, PyAny>, what: &str) -> PyResult<String> {
    let s = obj
        .downcast::<PyString>()
        .map_err(|_| PyTypeError::new_err(format!("{what} must be str, not {}", type_name(obj))))?;
    let text = s.to_cow().map_err(|e| PyValueError::new_err(format!("{what} is not valid Unicode: {e}")))?;
    if text.len() > MAX_TEXT_BYTES {
        return Err(PyValueError::new_err(format!(
            "{what} is {} bytes of UTF-8; the limit is {MAX_TEXT_BYTES} bytes (newslens.MAX_TEXT_BYTES)",
            text.len()
        )));
    }
    Ok(text.into_owned())
}

/// The reference date: `None` or `""` for none (a date line in the text is then used),
/// else a real `YYYY-MM-DD` date.
fn date_arg(obj: Option<&Bound<'_, PyAny>>, what: &str) -> PyResult<Option<Date>> {
    let Some(obj) = obj.filter(|o| !o.is_none()) else { return Ok(None) };
    let s = obj.downcast::<PyString>().map_err(|_| {
        PyTypeError::new_err(format!("{what} must be a str YYYY-MM-DD or None, not {}", type_name(obj)))
    })?;
    let d = s.to_cow()?;
    if d.is_empty() {
        return Ok(None);
    }
    Date::parse(&d)
        .map(Some)
        .ok_or_else(|| PyValueError::new_err(format!("{what} '{d}' is not a real date YYYY-MM-DD")))
}

/// One analysis as the CLI's JSON.
fn analysis_json(analyzer: &Analyzer, text: &str, date: Option<Date>) -> Result<String, String> {
    let a = analyzer.analyze(&Document { text, reference_date: date });
    serde_json::to_string(&a).map_err(|e| e.to_string())
}

/// `analyze(text, date=None) -> str`: the analysis of one text as JSON.
#[pyfunction]
#[pyo3(signature = (text, date=None))]
fn analyze_json(py: Python<'_>, text: &Bound<'_, PyAny>, date: Option<&Bound<'_, PyAny>>) -> PyResult<String> {
    let text = text_arg(text, "text")?;
    let date = date_arg(date, "date")?;
    let out = py.allow_threads(|| {
        let analyzer = analyzer()?;
        batch::guarded(|| analysis_json(analyzer, &text, date)).map_err(PyRuntimeError::new_err)
    })?;
    Ok(out)
}

/// `analyze_many(texts, dates, jobs) -> list[str]`: the analyses in input order, on
/// `jobs` threads without the GIL. Every input is checked before any is analyzed.
#[pyfunction]
#[pyo3(signature = (texts, dates=None, jobs=None))]
fn analyze_many_json(
    py: Python<'_>,
    texts: &Bound<'_, PyAny>,
    dates: Option<&Bound<'_, PyAny>>,
    jobs: Option<&Bound<'_, PyAny>>,
) -> PyResult<Vec<String>> {
    let items = sequence_arg(texts, "texts")?;
    let texts: Vec<String> =
        items.iter().enumerate().map(|(i, t)| text_arg(t, &format!("texts[{i}]"))).collect::<PyResult<_>>()?;
    let dates: Vec<Option<Date>> = match dates.filter(|d| !d.is_none()) {
        None => vec![None; texts.len()],
        Some(d) => {
            let items = sequence_arg(d, "dates")?;
            if items.len() != texts.len() {
                return Err(PyValueError::new_err(format!(
                    "dates has {} items but texts has {}: give one date (or None) per text",
                    items.len(),
                    texts.len()
                )));
            }
            items.iter().enumerate().map(|(i, d)| date_arg(Some(d), &format!("dates[{i}]"))).collect::<PyResult<_>>()?
        }
    };
    let jobs = jobs_arg(jobs)?;
    py.allow_threads(|| {
        let analyzer = analyzer()?;
        let results = batch::run(texts.len(), jobs, |i| analysis_json(analyzer, &texts[i], dates[i]));
        results
            .into_iter()
            .enumerate()
            .map(|(i, r)| r.map_err(|e| PyRuntimeError::new_err(format!("texts[{i}]: {e}"))))
            .collect()
    })
}

/// A list or tuple (or any iterable) as its items.
fn sequence_arg<'py>(obj: &Bound<'py, PyAny>, what: &str) -> PyResult<Vec<Bound<'py, PyAny>>> {
    if obj.is_instance_of::<PyString>() {
        return Err(PyTypeError::new_err(format!("{what} must be a list of str, not a single str")));
    }
    let iter =
        obj.try_iter().map_err(|_| PyTypeError::new_err(format!("{what} must be a list, not {}", type_name(obj))))?;
    iter.collect()
}

/// The number of threads: `None` for every core, else a positive int.
fn jobs_arg(jobs: Option<&Bound<'_, PyAny>>) -> PyResult<usize> {
    let Some(obj) = jobs.filter(|j| !j.is_none()) else {
        return Ok(std::thread::available_parallelism().map_or(1, |n| n.get()));
    };
    if obj.is_instance_of::<pyo3::types::PyBool>() {
        return Err(PyTypeError::new_err("jobs must be an int or None, not bool"));
    }
    let n: i64 = obj
        .extract()
        .map_err(|_| PyTypeError::new_err(format!("jobs must be an int or None, not {}", type_name(obj))))?;
    match usize::try_from(n) {
        Ok(n) if n >= 1 => Ok(n),
        _ => Err(PyValueError::new_err(format!("jobs must be at least 1, not {n}"))),
    }
}

/// One word: its text as written, its normalized form, its POS tag, its char offsets.
type Word = (String, String, String, usize, usize);

/// `segment(text) -> list[(text, word, pos, start, end)]`: the words as written, in the
/// normalized form the segmenter saw, their POS tags and char offsets.
#[pyfunction]
fn segment_tuples(py: Python<'_>, text: &Bound<'_, PyAny>) -> PyResult<Vec<Word>> {
    let text = text_arg(text, "text")?;
    py.allow_threads(|| {
        let analyzer = analyzer()?;
        batch::guarded(|| Ok(words(analyzer, &text))).map_err(PyRuntimeError::new_err)
    })
}

/// The segmentation of `text` with each word's original text.
fn words(analyzer: &Analyzer, text: &str) -> Vec<Word> {
    // Char offsets → byte offsets, once.
    let mut bytes: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
    bytes.push(text.len());
    analyzer
        .segment(text)
        .into_iter()
        .map(|t| {
            let original = text[bytes[t.start]..bytes[t.end]].to_string();
            (original, t.word, t.pos.to_string(), t.start, t.end)
        })
        .collect()
}

/// The native module; the public API is the Python package around it.
#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("MAX_TEXT_BYTES", MAX_TEXT_BYTES)?;
    m.add("SCHEMA", newslens_engine::SCHEMA)?;
    m.add_function(wrap_pyfunction!(analyze_json, m)?)?;
    m.add_function(wrap_pyfunction!(analyze_many_json, m)?)?;
    m.add_function(wrap_pyfunction!(segment_tuples, m)?)?;
    Ok(())
}
