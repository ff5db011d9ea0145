//! Titles in 《》 name a work: a book, film, game, law, report or programme, all
//! products in NewsLens's types (`GOLD_FORMAT`: laws and reports are products). The
//! marks are the evidence, so the whole title is one name and the names inside it
//! (北京市 in 《北京市住房管理办法》) are part of it; titles that end like a newspaper
//! are media organizations (`media`), not works.
use super::prelude::*;

/// The longest title read as one name; a longer run between the marks is a headline.
const MAX_TITLE: usize = 40;

/// Works in 《》.
pub(super) fn find(s: &Scan<'_>, cands: &mut Vec<Candidate>) {
    let text = s.text;
    let chars = s.chars;
    let n = s.n;
    for (i, &c) in chars.iter().enumerate() {
        if c != '《' {
            continue;
        }
        let Some(close) = (i + 1..n.min(i + 2 + MAX_TITLE)).find(|&k| matches!(chars[k], '》' | '《' | '\n')) else {
            continue;
        };
        if chars[close] != '》' || close < i + 2 {
            continue;
        }
        let inner = &chars[i + 1..close];
        let media = MEDIA_ENDINGS.iter().any(|e| text.norm_has_before(close, e));
        if media || inner.iter().any(|&c| matches!(c, '。' | '！' | '？' | '!' | '?')) {
            continue;
        }
        cands.push(Candidate {
            start: i + 1,
            end: close,
            kind: EntityKind::Product,
            signal: Signal::Suffix,
            entry: None,
        });
    }
}
