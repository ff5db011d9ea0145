//! Short forms of the long Chinese organization names found (北邮 for 北京邮电大学):
//! a later signal, run over the accepted mentions (it looks for free words).

use super::prelude::*;

/// Finds short forms of the long Chinese organization names found so far (北邮 for
/// 北京邮电大学, 北大 for 北京大学): a free word of two or three characters, made of the
/// long name's characters in order and starting with its first one. `merge` joins them.
pub(in crate::entities) fn find(s: &Scan<'_>, accepted: &mut Vec<Candidate>) {
    let (text, tokens, gaz) = (s.text, s.tokens, s.gaz);
    let chars = &text.norm;
    let long: Vec<&[char]> = accepted
        .iter()
        .filter(|c| c.kind == EntityKind::Organization && c.end - c.start >= 4)
        .map(|c| &chars[c.start..c.end])
        .filter(|w| w.iter().all(|&ch| is_han(ch)))
        .collect();
    // Each distinct long name once: a name repeated a thousand times is one name.
    let mut long = long;
    long.sort_unstable();
    long.dedup();
    if long.is_empty() {
        return;
    }
    let mut covered = vec![false; chars.len()];
    for c in accepted.iter() {
        covered[c.start..c.end].iter_mut().for_each(|x| *x = true);
    }
    let mut found = Vec::new();
    for t in tokens {
        let w = &chars[t.start..t.end];
        let len = w.len();
        let free = !covered[t.start..t.end].iter().any(|&x| x);
        let nounish = matches!(t.pos.as_str(), "j" | "nt" | "nz" | "ns") || !t.known;
        if !(2..=3).contains(&len) || !free || !nounish || !w.iter().all(|&c| is_han(c)) {
            continue;
        }
        if GENERIC.contains(&t.word.as_str()) || gaz.place_at(text, t.start, t.end) {
            continue;
        }
        let is_abbrev = long.iter().any(|l| {
            let mut rest = l.iter();
            l[0] == w[0] && l.len() >= len + 2 && !l.starts_with(w) && w.iter().all(|c| rest.any(|x| x == c))
        });
        if is_abbrev {
            found.push(Candidate {
                start: t.start,
                end: t.end,
                kind: EntityKind::Organization,
                signal: Signal::Pos,
                entry: None,
            });
        }
    }
    accepted.extend(found);
}
