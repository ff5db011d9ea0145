//! Chinese names from the segmenter's POS tags: persons (`nr`) checked against surnames,
//! titles and transliteration characters, places with a place suffix, organizations
//! with an organization ending; and a place name split from its one-char suffix.
use super::prelude::*;

/// POS-tagged names (persons, places, organizations).
pub(super) fn find(s: &Scan<'_>, cands: &mut Vec<Candidate>) {
    let text = s.text;
    let chars = s.chars;
    let tokens = s.tokens;
    let gaz = s.gaz;
    let titles = &s.titles;
    let lists = s.lists;
    let title_or_honorific_at = |i: usize| s.title_or_honorific_at(i);
    for (ti, t) in tokens.iter().enumerate() {
        if !s.may_name(t) {
            continue;
        }
        let w = &chars[t.start..t.end];
        let kind = match t.pos.as_str() {
            "nr" | "nrfg" | "nrt" => {
                // jieba's dictionary tags many common two-character words as names (顾问,
                // 高昂), so a two-character name must be new to the dictionary or stand
                // next to a title (川普总统, 习近平总书记); longer ones may be known.
                // A title is never a name, even after another title (专家顾问).
                if titles.at(t.start) == Some(t.end) {
                    continue;
                }
                let titled = titles.ending(t.start).is_some() || title_or_honorific_at(t.end);
                let fresh = !t.known || w.len() >= 3 || titled;
                let chinese_name = gaz.surname_at(w, 0).is_some_and(|sl| (2..=3 + sl - 1).contains(&w.len()));
                let translit = || w.iter().all(|c| lists.translit.contains(*c));
                let person = (chinese_name && fresh)
                    || (t.pos != "nrt" && w.contains(&'·'))
                    // Without a surname, a title after the word vouches only for a new
                    // word or a transliteration (小提琴教授 is a violin professor).
                    || ((2..=4).contains(&w.len()) && title_or_honorific_at(t.end) && (!t.known || translit()))
                    || ((2..=5).contains(&w.len()) && fresh && translit());
                person.then_some(EntityKind::Person)
            }
            // jieba tags many common words ns; alone, only names with a place suffix count.
            "ns" if w.len() >= 2 && PLACE_SUFFIXES.contains(&w[w.len() - 1]) => Some(EntityKind::Place),
            "nt" if w.len() >= 2
                && (lists.org_end.contains(w[w.len() - 1]) || ORG_SUFFIXES.iter().any(|s| t.word.ends_with(s)))
                && !s.place_with_generic_head(t.start, t.end) =>
            {
                Some(EntityKind::Organization)
            }
            _ => None,
        };
        if let Some(kind) = kind {
            cands.push(Candidate { start: t.start, end: t.end, kind, signal: Signal::Pos, entry: None });
            // A dictionary organization after its place (巴拿马 + 海事局) is named as a
            // suffixed one — unless it is a known name of its own (美国 + 微软公司: the
            // place only says where it is), a government body aside (印度 + 外交部).
            let k = super::suffixes::place_prefix(s, ti, 1);
            let known = gaz
                .name_at(text, t.start, |_, _| true)
                .is_some_and(|(_, id)| gaz.entries[id].kind == EntityKind::Organization)
                && !GOVERNMENT_ENDINGS.iter().any(|g| t.word.ends_with(g));
            if kind == EntityKind::Organization && k < ti && !known {
                let start = tokens[k].start;
                cands.push(Candidate { start, end: t.end, kind, signal: Signal::Suffix, entry: None });
            }
        }
        // A place name the segmenter split from its suffix: 亚利桑纳/州.
        if t.pos == "ns" && w.len() >= 2 && !gaz.place_at(text, t.start, t.end) {
            if let Some(next) = tokens.get(ti + 1).filter(|n| n.start == t.end && n.word.chars().count() == 1) {
                if next.word.chars().next().is_some_and(|c| SPLIT_PLACE_SUFFIXES.contains(c)) {
                    cands.push(Candidate {
                        start: t.start,
                        end: next.end,
                        kind: EntityKind::Place,
                        signal: Signal::Pos,
                        entry: None,
                    });
                }
            }
        }
    }
}
