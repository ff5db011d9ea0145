//! The wasm-bindgen exports: the [`Engine`] class that `newslens.js` wraps.

use crate::dto;
use crate::input::{self, Refusal};
use newslens_engine::{Analyzer, Config, Date, Document};
use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Texts above this many UTF-8 bytes are refused unless the caller raises the limit:
/// the same policy as the app ([`input::MAX_TEXT_BYTES`]).
pub const DEFAULT_MAX_BYTES: usize = input::MAX_TEXT_BYTES;

/// A loaded analyzer.
#[wasm_bindgen]
pub struct Engine {
    analyzer: Analyzer,
}

/// Plain objects (not `Map`s) and `null` for absent values, like `JSON.parse` gives.
fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    value.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).map_err(|e| JsError::new(&e.to_string()))
}

/// Checks the input policy; the message is shown to the API's caller as an `Error`.
pub fn check_input(text: &str, max_bytes: usize) -> Result<(), String> {
    input::check_size(text, max_bytes).map_err(message)
}

/// Parses the `referenceDate` option (`YYYY-MM-DD`, empty or absent for none).
pub fn parse_date(date: Option<&str>) -> Result<Option<Date>, String> {
    input::reference_date(date).map_err(message)
}

/// A refusal in the API's words (naming the option to change).
fn message(refusal: Refusal) -> String {
    match refusal {
        Refusal::TooLong { bytes, limit } => {
            format!("the text is {bytes} bytes; the limit is {limit} bytes (option maxBytes)")
        }
        Refusal::BadDate(d) => format!("referenceDate '{d}' is not a real date YYYY-MM-DD"),
    }
}

#[wasm_bindgen]
impl Engine {
    /// Builds the analyzer from a dictionary text (packed `NLDICT2`, as shipped, or jieba's
    /// plain `word freq tag` lines) and, optionally, NER model bytes.
    #[wasm_bindgen(constructor)]
    pub fn new(dictionary: &str, model: Option<Vec<u8>>) -> Result<Engine, JsError> {
        let mut analyzer = Analyzer::with_dictionary(Config::default(), dictionary).map_err(|e| JsError::new(&e))?;
        if let Some(bytes) = model {
            analyzer.load_ner(&bytes).map_err(|e| JsError::new(&e))?;
        }
        Ok(Engine { analyzer })
    }

    /// Whether the NER model is loaded.
    #[wasm_bindgen(js_name = hasModel)]
    pub fn has_model(&self) -> bool {
        self.analyzer.has_ner()
    }

    /// Analyzes `text` against `reference_date` (`YYYY-MM-DD`, or empty to look for a
    /// date line in the text). Returns the analysis as a plain object.
    pub fn analyze(
        &self,
        text: &str,
        reference_date: Option<String>,
        max_bytes: Option<usize>,
    ) -> Result<JsValue, JsError> {
        check_input(text, max_bytes.unwrap_or(DEFAULT_MAX_BYTES)).map_err(|e| JsError::new(&e))?;
        let reference_date = parse_date(reference_date.as_deref()).map_err(|e| JsError::new(&e))?;
        let analysis = self.analyzer.analyze(&Document { text, reference_date });
        to_js(&dto::AnalysisDto::new(analysis, text))
    }

    /// The segmentation alone: `[{ start, end, pos }]` with UTF-16 offsets.
    pub fn segment(&self, text: &str) -> Result<JsValue, JsError> {
        to_js(&dto::tokens(self.analyzer.segment(text), text))
    }

    /// Where each word of the segmentation ends, as UTF-16 offsets: one typed array
    /// instead of one JavaScript string per word (`newslens.js` slices the words out of
    /// the caller's string, which JavaScript does without copying).
    #[wasm_bindgen(js_name = wordEnds)]
    pub fn word_ends(&self, text: &str) -> Vec<u32> {
        // Words come in order: one pass over the chars turns their ends into UTF-16
        // offsets (no offset table for the whole text).
        let spans = self.analyzer.word_spans(text);
        crate::offsets::utf16_of_ascending(text, spans.into_iter().map(|(_, end)| end))
    }

    /// The number of words of the segmentation: segmentation speed without the cost of
    /// handing every word to JavaScript.
    #[wasm_bindgen(js_name = countWords)]
    pub fn count_words(&self, text: &str) -> usize {
        self.analyzer.word_spans(text).len()
    }

    /// The article's key terms, best first: `[[term, weight]]`.
    pub fn keywords(&self, text: &str, top: usize) -> Result<JsValue, JsError> {
        to_js(&self.analyzer.keywords(text, top))
    }
}

/// The size of the engine's wasm memory in bytes (for memory benchmarks: it grows
/// when the allocator needs more and never shrinks).
#[wasm_bindgen(js_name = memoryBytes)]
pub fn memory_bytes() -> f64 {
    wasm_bindgen::memory()
        .unchecked_into::<js_sys::WebAssembly::Memory>()
        .buffer()
        .unchecked_into::<js_sys::ArrayBuffer>()
        .byte_length() as f64
}

/// The engine's schema version and the package version.
#[wasm_bindgen]
pub fn version() -> String {
    format!("{} {}", newslens_engine::SCHEMA, env!("CARGO_PKG_VERSION"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn input_policy_and_dates_give_messages() {
        assert!(check_input("abc", 2).unwrap_err().contains("limit is 2 bytes"));
        assert!(check_input("abc", 3).is_ok());
        assert_eq!(parse_date(Some("")).unwrap(), None);
        assert_eq!(parse_date(None).unwrap(), None);
        assert!(parse_date(Some("2025-02-30")).unwrap_err().contains("2025-02-30"));
        assert_eq!(parse_date(Some("2025-10-24")).unwrap(), Date::parse("2025-10-24"));
    }
}
