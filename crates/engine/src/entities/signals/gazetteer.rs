//! Known names: the gazetteer's entries (with their bilingual aliases) wherever they
//! stand on word boundaries, and 我国 ("our country") as the news' home country.
use super::prelude::*;

/// Gazetteer names on word boundaries; a known Latin name takes a legal suffix along.
pub(super) fn find(s: &Scan<'_>, cands: &mut Vec<Candidate>) {
    let (text, chars, n, boundary, gaz) = (s.text, s.chars, s.n, s.boundary, s.gaz);
    let mut i = 0;
    while i < n {
        if let Some((mut end, id)) = gaz.name_at(text, i, |s, e| boundary[s] && boundary[e]) {
            // A known Latin name followed by a legal suffix (Anthropic PBC) takes it along.
            let after = skip_spaces(chars, end);
            if after > end {
                if let Some(we) = latin_word(chars, after) {
                    let w: String = chars[after..we].iter().collect();
                    if latin_org_suffix(&w) {
                        end = we;
                    }
                }
            }
            cands.push(Candidate {
                start: i,
                end,
                kind: gaz.entries[id].kind,
                signal: Signal::Gazetteer,
                entry: Some(id),
            });
            i = end;
        } else {
            i += 1;
        }
    }
}

/// 我国 ("our country") names the home country of the news: China in Simplified text,
/// Taiwan in Traditional (or mixed) text — by the script of the whole text, so a
/// Simplified article with a few characters the conversion table also knows stays
/// Chinese.
pub(super) fn home_country(s: &Scan<'_>, cands: &mut Vec<Candidate>) {
    let (chars, n, boundary, gaz) = (s.chars, s.n, s.boundary, s.gaz);
    let traditional = matches!(s.script, Script::Traditional | Script::Mixed);
    let home = gaz.entry_named(if traditional { "台湾" } else { "中国" });
    if let Some(id) = home {
        for i in 0..n.saturating_sub(1) {
            if chars[i] == '我' && chars[i + 1] == '国' && boundary[i] && boundary[i + 2] {
                cands.push(Candidate {
                    start: i,
                    end: i + 2,
                    kind: EntityKind::Place,
                    signal: Signal::Gazetteer,
                    entry: Some(id),
                });
            }
        }
    }
}
