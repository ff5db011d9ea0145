//! Events: every sentence that carries a normalized date becomes a timeline entry, one
//! per dated time in it, with the entities taking part: the ones named in the sentence,
//! the people that its pronouns (他, 她) and bare titles (总统, 董事长) point to, and —
//! when it names nobody — the subject carried over from the sentence before.

use crate::analysis::{Entity, Event, TimeKind, TimeMention};
use crate::context::{Doc, EntityIndex};
use crate::text::Text;

/// Third-person pronouns that stand for a person (not 他们, 其他).
const PRONOUNS: &[&str] = &["他", "她"];

/// Builds the events, sorted chronologically (same dates keep text order).
pub(crate) fn extract(doc: &Doc<'_>, index: &EntityIndex<'_>, times: &[TimeMention]) -> Vec<Event> {
    let text = &doc.text;
    let sentences = doc.sentences.spans();
    let mut out: Vec<Event> = Vec::new();
    let look = Lookup::new(text, index);
    // Actors per sentence, computed once (a sentence may carry many dated times).
    let mut cache: std::collections::HashMap<usize, Vec<String>> = std::collections::HashMap::new();
    let mut seen: std::collections::HashSet<(usize, String)> = std::collections::HashSet::new();
    for (ti, t) in times.iter().enumerate() {
        let Some(value) = &t.value else { continue };
        if t.kind == TimeKind::Duration {
            continue;
        }
        let Some(si) = doc.sentences.holding(t.start) else { continue };
        let (s, e) = sentences[si];
        let date = event_date(value);
        if !seen.insert((s, date.clone())) {
            continue;
        }
        let mut actors = |k: usize| -> Vec<String> {
            cache.entry(k).or_insert_with(|| actors_in(text, &look, sentences[k].0, sentences[k].1)).clone()
        };
        let mut ids = actors(si);
        if ids.is_empty() {
            // A sentence that names nobody continues the subject of the last sentence that
            // named someone (up to three sentences back).
            for k in (si.saturating_sub(3)..si).rev() {
                if let Some(first) = actors(k).into_iter().next() {
                    ids.push(first);
                    break;
                }
            }
        }
        out.push(Event { date: Some(date), time: ti, sentence: text.slice(s, e), start: s, end: e, actors: ids });
    }
    out.sort_by(|a, b| a.date.cmp(&b.date).then(a.start.cmp(&b.start)));
    out
}

/// The date an event is placed at: the value itself, except that a span reaching over
/// several years or up to now (`2012-11/2025-09-18`, 十四五 `2021/2025`) starts the
/// event, and a part of one month (`8月底` = `2023-08-21/2023-08-31`) is that month.
pub fn event_date(value: &str) -> String {
    let Some((a, b)) = value.split_once('/') else { return value.to_string() };
    if a.is_empty() || a == ".." {
        return value.to_string();
    }
    let year = |s: &str| s.get(..4).map(str::to_string);
    if a.len() == 10 && b.len() == 10 && a[..7] == b[..7] {
        let (d1, d2) = (&a[8..], &b[8..]);
        let month_part = matches!((d1, d2), ("01", "10") | ("11", "20")) || d1 == "21" && d2 >= "28";
        if month_part {
            return a[..7].to_string();
        }
        return value.to_string();
    }
    if b == ".." || year(a) != year(b) {
        return a.to_string();
    }
    value.to_string()
}

/// What the actor search needs besides the entity index, computed once.
struct Lookup<'e> {
    index: &'e EntityIndex<'e>,
    entities: &'e [Entity],
    /// Chars covered by some entity mention.
    covered: Vec<bool>,
    /// `(mention end, entity index)` of every person mention, sorted.
    person_ends: Vec<(usize, usize)>,
}

impl<'e> Lookup<'e> {
    fn new(text: &Text<'_>, index: &'e EntityIndex<'e>) -> Lookup<'e> {
        let entities = index.entities;
        let mut covered = vec![false; text.norm.len()];
        for &(s, e, _) in &index.mentions {
            covered[s..e].iter_mut().for_each(|c| *c = true);
        }
        let mut person_ends: Vec<(usize, usize)> =
            index.mentions.iter().filter(|m| index.is_person(m.2)).map(|&(_, end, ei)| (end, ei)).collect();
        person_ends.sort_unstable();
        Lookup { index, entities, covered, person_ends }
    }
}

/// Entity ids taking part in the sentence `[s, e)`, in order of first mention.
fn actors_in(text: &Text<'_>, look: &Lookup<'_>, s: usize, e: usize) -> Vec<String> {
    let mut found: Vec<(usize, String)> = Vec::new();
    // Each entity's first mention starting in the sentence counts if it ends in it.
    let mut seen: Vec<usize> = Vec::new();
    for &(start, end, ei) in look.index.starting_in(s, e) {
        if seen.contains(&ei) {
            continue;
        }
        seen.push(ei);
        if end <= e {
            found.push((start, look.entities[ei].id.clone()));
        }
    }
    let chars = &text.norm;
    for i in s..e {
        // 他/她 (not 他们, 其他): the person mentioned last before it.
        let pronoun = PRONOUNS.iter().any(|p| text.norm_has_at(i, p))
            && chars.get(i + 1) != Some(&'们')
            && !(i > 0 && chars[i - 1] == '其');
        if pronoun {
            let k = look.person_ends.partition_point(|&(end, _)| end <= i);
            if let Some(&(_, ei)) = k.checked_sub(1).and_then(|k| look.person_ends.get(k)) {
                found.push((i, look.entities[ei].id.clone()));
            }
            continue;
        }
        // A bare title (总统, 董事长) stands for the person who holds it in this text.
        if look.covered[i] {
            continue;
        }
        for &k in look.index.roles_by_first.get(&chars[i]).map(Vec::as_slice).unwrap_or(&[]) {
            let (ei, role) = &look.index.person_roles[k];
            if chars.get(i..i + role.len()) == Some(role.as_slice()) {
                found.push((i, look.entities[*ei].id.clone()));
            }
        }
    }
    found.sort();
    let mut ids: Vec<String> = Vec::new();
    for (_, id) in found {
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    ids
}

#[cfg(test)]
mod tests {
    use super::event_date;

    #[test]
    fn spans_over_years_or_to_now_start_the_event_and_month_parts_are_months() {
        assert_eq!(event_date("2012-11/2025-09-18"), "2012-11");
        assert_eq!(event_date("2021/2025"), "2021");
        assert_eq!(event_date("2023-10/2025-10"), "2023-10");
        assert_eq!(event_date("2023-08-21/2023-08-31"), "2023-08");
        assert_eq!(event_date("2023-08-01/2023-08-10"), "2023-08");
        // Kept as written: quarters, explicit day ranges, open starts, points.
        assert_eq!(event_date("2018-07/2018-09"), "2018-07/2018-09");
        assert_eq!(event_date("2025-10-25/2025-10-27"), "2025-10-25/2025-10-27");
        assert_eq!(event_date("../2020"), "../2020");
        assert_eq!(event_date("2022-11-30"), "2022-11-30");
    }
}
