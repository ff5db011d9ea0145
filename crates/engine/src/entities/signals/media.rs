//! Titles in 《》 that end like a newspaper or magazine (《纽约时报》) name a media
//! organization.
use super::prelude::*;

/// Media titles in 《》.
pub(super) fn find(s: &Scan<'_>, cands: &mut Vec<Candidate>) {
    let text = s.text;
    let chars = s.chars;
    let n = s.n;
    for (i, &c) in chars.iter().enumerate() {
        if c != '《' {
            continue;
        }
        if let Some(close) = (i + 1..n.min(i + 20)).find(|&k| chars[k] == '》') {
            if close > i + 1 && MEDIA_ENDINGS.iter().any(|e| text.norm_has_before(close, e)) {
                cands.push(Candidate {
                    start: i + 1,
                    end: close,
                    kind: EntityKind::Organization,
                    signal: Signal::Suffix,
                    entry: None,
                });
            }
        }
    }
}
