//! Page components, one per file with its props.

pub mod app;
pub mod editor;
pub mod results;
pub mod status_bar;
