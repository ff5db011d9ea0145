//! Every case of the bad-input catalogue goes through the engine without a
//! panic, in bounded time, with valid offsets. The multi-megabyte case runs in release
//! builds only (`cargo test --release`), where it takes seconds; debug builds would
//! take minutes.

mod catalogue;
mod common;

fn check(name: &str, text: &str) {
    let t0 = std::time::Instant::now();
    let a = common::analyze(text, "2025-10-24");
    let chars: Vec<char> = text.chars().collect();
    for e in &a.entities {
        for m in &e.mentions {
            assert!(m.start < m.end && m.end <= chars.len(), "{name}: mention {}..{}", m.start, m.end);
            assert_eq!(chars[m.start..m.end].iter().collect::<String>(), m.text, "{name}");
        }
    }
    for t in &a.times {
        assert_eq!(chars[t.start..t.end].iter().collect::<String>(), t.text, "{name}");
    }
    for c in &a.claims {
        assert_eq!(chars[c.start..c.end].iter().collect::<String>(), c.content, "{name}");
    }
    eprintln!("{name}: {} chars, {} entities, {:?}", chars.len(), a.entities.len(), t0.elapsed());
}

#[test]
fn every_catalogue_case_is_analyzed() {
    for (name, text) in catalogue::cases(!cfg!(debug_assertions)) {
        check(name, &text);
    }
}
