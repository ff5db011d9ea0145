//! The NewsLens engine for JavaScript: the wasm-bindgen exports under `dist/lib/`.
//!
//! This is the low-level face: `newslens.js` (the package's entry, hand-written) fetches
//! the dictionary and the model and wraps [`Engine`] in the documented API
//! (`NewsLens.load`, `analyzer.analyze`, `analyzer.analyzeAsync`). Results cross the
//! boundary as plain JavaScript objects built from the camelCase DTOs in [`dto`], with
//! UTF-16 offsets ([`offsets`]), never as wasm classes.
//!
//! Without the `exports` feature (the web app's build) it is the shared boundary code
//! alone: the DTOs, the offset conversion and the input policy ([`input`]).

pub mod dto;
pub mod input;
pub mod offsets;

#[cfg(feature = "exports")]
mod exports;
#[cfg(feature = "exports")]
pub use exports::*;
