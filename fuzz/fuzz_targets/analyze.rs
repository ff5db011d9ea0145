//! Fuzz target: the whole analysis on arbitrary text, with and without a reference
//! date, and the same text analyzed in small chunks and merged (as the browser does
//! for long texts). Checks the invariants too: every span inside the text and equal
//! to its text, every id and index resolving.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newslens_engine::chunks::{chunks, merge};
use newslens_engine::{Analyzer, Config, Date, Document};
use std::sync::OnceLock;

fn analyzer() -> &'static Analyzer {
    static A: OnceLock<Analyzer> = OnceLock::new();
    A.get_or_init(|| Analyzer::new(Config::default()))
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let date = if data.len() % 2 == 0 { Date::parse("2025-10-24") } else { None };
    let a = analyzer().analyze(&Document { text, reference_date: date });
    a.check(text).unwrap();
    let chars: Vec<char> = text.chars().collect();
    if chars.len() > 32 {
        let parts = chunks(text, 32)
            .into_iter()
            .map(|(s, e)| {
                let piece: String = chars[s..e].iter().collect();
                (s, analyzer().analyze(&Document { text: &piece, reference_date: date }))
            })
            .collect();
        merge(parts).check(text).unwrap();
    }
});
