//! Shared test helpers: one analyzer per test binary, and a compact text rendering of
//! an analysis for golden tests.
#![allow(dead_code)]

use newslens_engine::{Analysis, Analyzer, Config, Date, Document, MentionKind, RelationKind};
use std::fmt::Write;
use std::sync::OnceLock;

pub fn analyzer() -> &'static Analyzer {
    static A: OnceLock<Analyzer> = OnceLock::new();
    A.get_or_init(|| Analyzer::new(Config::default()))
}

pub fn analyze(text: &str, date: &str) -> Analysis {
    analyzer().analyze(&Document { text, reference_date: Date::parse(date) })
}

/// The golden check: the rendering of `input`'s analysis (dated 2025-10-24) against the
/// expectation.
pub fn check(input: &str, expect: expect_test::Expect) {
    expect.assert_eq(&render(&analyze(input, "2025-10-24")));
}

/// One line per finding, stable and readable in `expect![...]` blocks.
pub fn render(a: &Analysis) -> String {
    let mut out = String::new();
    let name = |id: &str| a.entities.iter().find(|e| e.id == id).map(|e| e.name.clone()).unwrap_or_default();
    for e in &a.entities {
        write!(out, "{} {}", e.kind, e.name).unwrap();
        if !e.aliases.is_empty() {
            write!(out, " aka {}", e.aliases.join("|")).unwrap();
        }
        if !e.roles.is_empty() {
            write!(out, " roles {}", e.roles.join("|")).unwrap();
        }
        // Name mentions counted; references (他, 總統) listed after them.
        let names = e.mentions.iter().filter(|m| m.kind == MentionKind::Name).count();
        write!(out, " x{names}").unwrap();
        let refs: Vec<String> = e
            .mentions
            .iter()
            .filter(|m| m.kind != MentionKind::Name)
            .map(|m| format!("{}:{}", m.kind, m.text))
            .collect();
        if !refs.is_empty() {
            write!(out, " refs {}", refs.join("|")).unwrap();
        }
        writeln!(out).unwrap();
    }
    for r in a.relations.iter().filter(|r| r.kind != RelationKind::Cooccurs) {
        writeln!(out, "{} {} -> {}", r.kind, name(&r.source), name(&r.target)).unwrap();
    }
    for t in &a.times {
        writeln!(out, "time {} = {} ({})", t.text, t.value.as_deref().unwrap_or("null"), t.kind).unwrap();
    }
    for q in &a.quantities {
        let v = q.value.map(|v| v.to_string()).unwrap_or_else(|| "~".into());
        writeln!(out, "{} {} = {} {}", q.kind, q.text, v, q.unit.as_deref().unwrap_or("")).unwrap();
    }
    for c in &a.claims {
        writeln!(
            out,
            "claim [{}] {} {}: {}{}",
            c.source_kind,
            c.speaker_text,
            c.cue,
            c.content,
            if c.quoted { " (quoted)" } else { "" }
        )
        .unwrap();
    }
    out
}

/// The claims, one line each: `[kind] speaker phrase -> speaker entity cue: content`.
pub fn render_claims(a: &Analysis) -> String {
    let name = |id: &Option<String>| {
        id.as_ref().and_then(|id| a.entities.iter().find(|e| &e.id == id)).map(|e| e.name.clone())
    };
    let mut out = String::new();
    for c in &a.claims {
        out.push_str(&format!(
            "[{}] {} -> {} {}: {}{}\n",
            c.source_kind,
            c.speaker_text,
            name(&c.speaker).unwrap_or_else(|| "-".into()),
            c.cue,
            c.content,
            if c.quoted { " (quoted)" } else { "" }
        ));
    }
    out
}
