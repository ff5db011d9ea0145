//! NewsLens web app: a Yew single-page app whose analysis runs in a Web Worker.
//!
//! `bin/app.rs` renders [`components::app::App`]; `bin/worker.rs` registers
//! [`agent::AnalysisReactor`]. State lives in [`state`] (a reducer), reached through
//! the context and hook in [`context`].

pub mod agent;
pub mod assets;
pub mod components;
pub mod context;
pub mod embed;
pub mod files;
pub mod graph;
pub mod highlight;
pub mod html_text;
pub mod i18n;
pub mod panel;
pub mod paragraphs;
pub mod sample;
pub mod share;
pub mod state;
pub mod steps;
pub mod storage;

/// Offset conversion at the JavaScript boundary: one implementation, in the JS crate,
/// for the JS API and the app alike.
pub use newslens_js::offsets;
