//! Persons vouched for by a title: a surname + given name followed by a title or an
//! honorific where the segmenter split the name (蒋/渭水/先生), and a name right after a
//! title (董事长魏哲家, 发言人毛宁).
use super::prelude::*;

/// Surname + given name + title or honorific.
pub(super) fn find(s: &Scan<'_>, cands: &mut Vec<Candidate>) {
    let chars = s.chars;
    let n = s.n;
    let tokens = s.tokens;
    let boundary = s.boundary;
    let titles = &s.titles;
    let surname = &s.surname;
    let lists = s.lists;
    let is_generic = |a: usize, b: usize| s.is_generic(a, b);
    let title_or_honorific_at = |i: usize| s.title_or_honorific_at(i);
    let after_demonstrative = |i: usize| s.after_demonstrative(i);
    let spans = || s.spans();
    for i in 0..n {
        let Some(sl) = surname[i] else { continue };
        if after_demonstrative(i) {
            continue;
        }
        for l in [sl + 2, sl + 1] {
            let e = i + l;
            if e > n || !boundary[e] || !chars[i..e].iter().all(|&c| is_han(c)) || !title_or_honorific_at(e) {
                continue;
            }
            if lists.not_name_end.contains(chars[e - 1]) || titles.at(i + sl).is_some_and(|te| te <= e) {
                continue;
            }
            let at_i = spans().starting_before(i);
            let starting = || tokens[at_i..].iter().take_while(|t| t.start == i);
            let single = starting().find(|t| t.end == e);
            // The surname must stand as a name part, not as a preposition (向酒家负责人).
            let surname_token = starting().any(|t| t.end == i + sl && (t.pos.starts_with('n') || !t.known));
            let ok = match single {
                Some(t) => t.pos.starts_with("nr") || !t.known,
                None => surname_token,
            };
            if ok && !is_generic(i, e) {
                cands.push(Candidate { start: i, end: e, kind: EntityKind::Person, signal: Signal::Pos, entry: None });
                break;
            }
        }
    }
}

/// A surname right after a title starts a name.
pub(super) fn after_title(s: &Scan<'_>, cands: &mut Vec<Candidate>) {
    let chars = s.chars;
    let n = s.n;
    let boundary = s.boundary;
    let gaz = s.gaz;
    let titles = &s.titles;
    let lists = s.lists;
    let is_generic = |a: usize, b: usize| s.is_generic(a, b);
    for i in 0..n {
        let Some(p) = titles.at(i) else { continue };
        let glued = chars[p - 1] == '长';
        if p >= n || i > 0 && !boundary[i] && !glued || !(boundary[p] || glued) {
            continue;
        }
        let Some(sl) = gaz.surname_at(chars, p).or_else(|| lists.translit.contains(chars[p]).then_some(1)) else {
            continue;
        };
        let translit_only = gaz.surname_at(chars, p).is_none();
        // A surname the segmenter reads as a word of its own that is no noun is a
        // preposition or an adverb, not a name part (记者向酒家负责人求证).
        let at_p = s.spans().starting_before(p);
        let not_a_name_part = s.tokens[at_p..]
            .iter()
            .take_while(|t| t.start == p)
            .any(|t| t.end == p + sl && t.known && !t.pos.starts_with('n'));
        if !translit_only && not_a_name_part {
            continue;
        }
        // The segmenter may glue a following verb to the given name (陈立/文说): a
        // character that commonly follows names closes a three-character name anyway.
        let closes = |k: usize| k < n && (lists.not_name_end.contains(chars[k]) || SAYING_STARTS.contains(chars[k]));
        let len = [sl + 2, sl + 1].into_iter().find(|&l| {
            p + l <= n
                && (boundary[p + l] || (l == sl + 2 && closes(p + l)))
                && chars[p..p + l].iter().all(|&c| is_han(c))
                && !lists.not_name_end.contains(chars[p + l - 1])
                && (!translit_only || chars[p..p + l].iter().all(|c| lists.translit.contains(*c)))
        });
        if let Some(l) = len {
            if !is_generic(p, p + l) && titles.at(p).is_none() {
                cands.push(Candidate {
                    start: p,
                    end: p + l,
                    kind: EntityKind::Person,
                    signal: Signal::Pos,
                    entry: None,
                });
            }
        }
    }
}
