//! Events: every sentence that carries a normalized date becomes a timeline entry, one
//! per dated time in it, with the entities taking part: the ones named in the sentence,
//! the people that its pronouns (他, 她) and bare titles (总统, 董事长) point to, and —
//! when it names nobody — the subject carried over from the sentence before.

use crate::analysis::{Entity, Event, TimeMention};
use crate::gazetteer::CharMap;
use crate::text::Text;

/// Third-person pronouns that stand for a person (not 他们, 其他).
const PRONOUNS: &[&str] = &["他", "她"];

/// Builds the events, sorted chronologically (same dates keep text order).
pub fn extract(
    text: &Text<'_>,
    sentences: &[(usize, usize)],
    times: &[TimeMention],
    entities: &[Entity],
) -> Vec<Event> {
    let mut out: Vec<Event> = Vec::new();
    let look = Lookup::new(text, entities);
    // Actors per sentence, computed once (a sentence may carry many dated times).
    let mut cache: std::collections::HashMap<usize, Vec<String>> = std::collections::HashMap::new();
    let mut seen: std::collections::HashSet<(usize, String)> = std::collections::HashSet::new();
    for (ti, t) in times.iter().enumerate() {
        let Some(value) = &t.value else { continue };
        if t.kind == "duration" {
            continue;
        }
        let si = sentences.partition_point(|&(_, e)| e <= t.start);
        let Some(&(s, e)) = sentences.get(si).filter(|&&(s, _)| s <= t.start) else { continue };
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

/// What the actor search needs about the whole text, computed once.
struct Lookup<'e> {
    entities: &'e [Entity],
    /// Chars covered by some entity mention.
    covered: Vec<bool>,
    /// `(entity index, role in normalized form)` for every person's role of two or more
    /// characters, by the role's first char (asked at every char of a dated sentence).
    roles: CharMap<Vec<(usize, Vec<char>)>>,
    /// `(start, end, entity index)` of every mention, sorted: the mentions of a
    /// sentence are a run found by binary search, not a search per entity.
    mentions: Vec<(usize, usize, usize)>,
    /// `(mention end, entity index)` of every person mention, sorted.
    person_ends: Vec<(usize, usize)>,
}

impl<'e> Lookup<'e> {
    fn new(text: &Text<'_>, entities: &'e [Entity]) -> Lookup<'e> {
        let mut covered = vec![false; text.norm.len()];
        for m in entities.iter().flat_map(|en| &en.mentions) {
            covered[m.start..m.end].iter_mut().for_each(|c| *c = true);
        }
        let mut roles: CharMap<Vec<(usize, Vec<char>)>> = CharMap::default();
        for (ei, en) in entities.iter().enumerate().filter(|(_, en)| en.kind == "person") {
            for r in &en.roles {
                // Roles are copied from the text: fold them through their first source span.
                let norm = text.normalized_form(r);
                if norm.len() >= 2 {
                    roles.entry(norm[0]).or_default().push((ei, norm));
                }
            }
        }
        let mut mentions: Vec<(usize, usize, usize)> = entities
            .iter()
            .enumerate()
            .flat_map(|(ei, en)| en.mentions.iter().map(move |m| (m.start, m.end, ei)))
            .collect();
        // Stable: an entity's mentions with the same start stay in their order.
        mentions.sort_by_key(|&(start, _, ei)| (start, ei));
        let mut person_ends: Vec<(usize, usize)> = entities
            .iter()
            .enumerate()
            .filter(|(_, en)| en.kind == "person")
            .flat_map(|(ei, en)| en.mentions.iter().map(move |m| (m.end, ei)))
            .collect();
        person_ends.sort_unstable();
        Lookup { entities, covered, roles, mentions, person_ends }
    }
}

/// Entity ids taking part in the sentence `[s, e)`, in order of first mention.
fn actors_in(text: &Text<'_>, look: &Lookup<'_>, s: usize, e: usize) -> Vec<String> {
    let mut found: Vec<(usize, String)> = Vec::new();
    // Each entity's first mention starting in the sentence counts if it ends in it.
    let mut seen: Vec<usize> = Vec::new();
    let from = look.mentions.partition_point(|m| m.0 < s);
    for &(start, end, ei) in look.mentions[from..].iter().take_while(|m| m.0 < e) {
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
        for (ei, role) in look.roles.get(&chars[i]).map(Vec::as_slice).unwrap_or(&[]) {
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
