//! Named sites: a proper name before a word for a kind of site (汤山 + 温泉, 浦口 +
//! 校区, 桃园 + 机场, 奥斯曼 + 帝国) is a place. The head alone is a common noun (`GENERIC_PLACES`
//! holds the ones the dictionary tags as names); with a name before it, it names one site.
use super::prelude::*;

/// Proper name + site word.
pub(super) fn find(s: &Scan<'_>, cands: &mut Vec<Candidate>) {
    let text = s.text;
    let tokens = s.tokens;
    for (ti, t) in tokens.iter().enumerate().skip(1) {
        let word = text.norm_slice(t.start, t.end);
        if !SITE_HEADS.contains(&word) {
            continue;
        }
        let before = &tokens[ti - 1];
        let name = &s.chars[before.start..before.end];
        if before.end != t.start || name.len() < 2 || !name.iter().all(|&c| is_han(c)) {
            continue;
        }
        let proper = is_proper(before) || (!before.known && before.pos == "x");
        if !proper || s.is_generic(before.start, before.end) {
            continue;
        }
        cands.push(Candidate {
            start: before.start,
            end: t.end,
            kind: EntityKind::Place,
            signal: Signal::Suffix,
            entry: None,
        });
    }
}
