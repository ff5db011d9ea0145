//! Fuzz target: the whole analysis on arbitrary text, with and without a reference
//! date. Checks the invariants too: every span inside the text and equal to its text.
#![no_main]

use libfuzzer_sys::fuzz_target;
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
    let chars: Vec<char> = text.chars().collect();
    let span = |s: usize, e: usize| -> String {
        assert!(s <= e && e <= chars.len());
        chars[s..e].iter().collect()
    };
    for e in &a.entities {
        for m in &e.mentions {
            assert_eq!(span(m.start, m.end), m.text);
        }
    }
    for t in &a.times {
        assert_eq!(span(t.start, t.end), t.text);
    }
    for q in &a.quantities {
        assert_eq!(span(q.start, q.end), q.text);
    }
    for c in &a.claims {
        assert_eq!(span(c.start, c.end), c.content);
    }
});
