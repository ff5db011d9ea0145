//! The worker's messages: what the page asks ([`WorkerInput`]) and what the worker
//! answers ([`WorkerOutput`]: readiness, results, failures, progress), with the
//! payloads they carry. Both sides of the bridge read this module; the reactor that
//! answers lives apart in [`super::reactor`].

use newslens_engine::Analysis;
use serde::{Deserialize, Serialize};

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

#[cfg(test)]
mod tests {
    use super::*;
    use newslens_engine::{Analyzer, Config, Date, Document};

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
