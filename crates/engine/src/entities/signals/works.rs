//! Titles in 《》. One that ends like a newspaper or magazine (《纽约时报》) names a media
//! organization; any other names a work: a book, film, game, law, report or programme,
//! all products in NewsLens's types (`GOLD_FORMAT`: laws and reports are products). The
//! marks are the evidence, so the whole title is one name and the names inside it
//! (北京市 in 《北京市住房管理办法》) are part of it.
use super::prelude::*;

/// The longest title read as one name; a longer run between the marks is a headline.
const MAX_TITLE: usize = 40;
/// The longest media title.
const MAX_MEDIA: usize = 18;

/// Media and works in 《》.
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
        let media = MEDIA_ENDINGS.iter().any(|e| text.norm_has_before(close, e));
        let kind = if media && close - i - 1 <= MAX_MEDIA {
            EntityKind::Organization
        } else if !media && !chars[i + 1..close].iter().any(|&c| matches!(c, '。' | '！' | '？' | '!' | '?')) {
            EntityKind::Product
        } else {
            continue;
        };
        cands.push(Candidate { start: i + 1, end: close, kind, signal: Signal::Suffix, entry: None });
    }
}
