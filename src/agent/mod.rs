//! The analysis worker: a yew-agent reactor that owns the
//! [`Analyzer`](newslens_engine::Analyzer) off the main thread, so the page stays
//! responsive while the dictionary loads (~0.5 s) and while long texts are analyzed.
//!
//! One module per job: [`messages`] is the protocol both sides of the bridge speak,
//! [`reactor`] the worker's loop, [`request`] the work of one request (checks,
//! analysis, the answer).

pub mod messages;
pub mod reactor;
pub mod request;

pub use messages::{AnalysisParts, Words, WorkerInput, WorkerOutput};
pub use reactor::AnalysisReactor;
pub use request::{analyze, CHUNK_CHARS, MAX_TEXT_BYTES, WORDS_MAX_CHARS};
