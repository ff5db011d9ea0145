//! Fuzz target: the whole analysis on arbitrary text, with and without a reference
//! date, and the same text analyzed in small chunks and merged (as the browser does
//! for long texts). Checks the invariants too: every span inside the text and equal
//! to its text, every id and index resolving.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newslens_engine::chunks::{chunks, merge};
use newslens_engine::{Analysis, Analyzer, Config, Date, Document};
use std::sync::OnceLock;

fn analyzer() -> &'static Analyzer {
    static A: OnceLock<Analyzer> = OnceLock::new();
    A.get_or_init(|| Analyzer::new(Config::default()))
}

fn check(a: &Analysis, chars: &[char]) {
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
    let ids: Vec<&str> = a.entities.iter().map(|e| e.id.as_str()).collect();
    for r in &a.relations {
        assert!(ids.contains(&r.source.as_str()) && ids.contains(&r.target.as_str()));
        assert!(r.evidence.iter().all(|&s| s < a.sentences.len()));
    }
    for ev in &a.events {
        assert!(ev.time < a.times.len());
        assert!(ev.actors.iter().all(|x| ids.contains(&x.as_str())));
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let date = if data.len() % 2 == 0 { Date::parse("2025-10-24") } else { None };
    let a = analyzer().analyze(&Document { text, reference_date: date });
    let chars: Vec<char> = text.chars().collect();
    check(&a, &chars);
    if chars.len() > 32 {
        let parts = chunks(text, 32)
            .into_iter()
            .map(|(s, e)| {
                let piece: String = chars[s..e].iter().collect();
                (s, analyzer().analyze(&Document { text: &piece, reference_date: date }))
            })
            .collect();
        check(&merge(parts), &chars);
    }
});
