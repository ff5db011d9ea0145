//! The page's components, one per file with its props.

pub mod actors;
pub mod app;
pub mod article;
pub mod article_block;
pub mod article_input;
pub mod claims;
pub mod editor;
pub mod embed;
pub mod figures;
pub mod file_input;
pub mod results;
pub mod status_bar;
pub mod timeline;
pub mod toolbar;
pub mod words;
