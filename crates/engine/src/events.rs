//! Events: every sentence that carries a normalized date becomes a timeline entry, one
//! per dated time in it, with the entities taking part: the ones named in the sentence,
//! the ones its references (他, 总统, 该公司: the context's `references`) stand for, and
//! — when it names nobody — the subject carried over from the sentence before. A pair
//! phrase (`兩家公司`, `雙方`, `兩國`) stands for the last two entities of its kind
//! mentioned before it ([`PAIRS`]).

use crate::analysis::{Entity, EntityKind, Event, TimeKind, TimeMention};
use crate::context::{Doc, EntityIndex};

/// Builds the events, sorted chronologically (same dates keep text order).
pub(crate) fn extract(doc: &Doc<'_>, index: &EntityIndex<'_>, times: &[TimeMention]) -> Vec<Event> {
    let text = &doc.text;
    let sentences = doc.sentences.spans();
    let mut out: Vec<Event> = Vec::new();
    let look = Lookup { index, entities: index.entities, norm: &text.norm };
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
            cache.entry(k).or_insert_with(|| actors_in(&look, sentences[k].0, sentences[k].1)).clone()
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

/// The date an event is placed at: the value itself, except that a time of day is left
/// out (the timeline's grain is the day: `2023-09-01T14:00` and `18:00/22:00` of one
/// day are `2023-09-01`), a span reaching over several years or up to now
/// (`2012-11/2025-09-18`, 十四五 `2021/2025`) starts the event, and a part of one month
/// (`8月底` = `2023-08-21/2023-08-31`) is that month.
pub fn event_date(value: &str) -> String {
    let day = |s: &str| s.split_once('T').map_or(s, |(d, _)| d).to_string();
    let Some((a, b)) = value.split_once('/') else { return day(value) };
    let (a, b) = (day(a), day(b));
    if a == b {
        return a;
    }
    let (a, b) = (a.as_str(), b.as_str());
    if a.is_empty() || a == ".." {
        return format!("{a}/{b}");
    }
    let year = |s: &str| s.get(..4).map(str::to_string);
    if a.len() == 10 && b.len() == 10 && a[..7] == b[..7] {
        let (d1, d2) = (&a[8..], &b[8..]);
        let month_part = matches!((d1, d2), ("01", "10") | ("11", "20")) || d1 == "21" && d2 >= "28";
        if month_part {
            return a[..7].to_string();
        }
        return format!("{a}/{b}");
    }
    if b == ".." || year(a) != year(b) {
        return a.to_string();
    }
    format!("{a}/{b}")
}

/// Phrases that stand for two entities named before (Simplified; the text is read
/// through its normalized view), with the kinds they may be: organizations for
/// `两家公司`, places for `两国`, people for `两人`, any actor for `双方`.
const PAIRS: &[(&str, Pair)] = &[
    ("两家公司", Pair::Organizations),
    ("两公司", Pair::Organizations),
    ("两家企业", Pair::Organizations),
    ("两国", Pair::Places),
    ("两人", Pair::People),
    ("二人", Pair::People),
    ("双方", Pair::Actors),
];

/// What a pair phrase stands for.
#[derive(Clone, Copy)]
enum Pair {
    Organizations,
    Places,
    People,
    Actors,
}

impl Pair {
    fn admits(self, kind: EntityKind) -> bool {
        match self {
            Pair::Organizations => kind == EntityKind::Organization,
            Pair::Places => kind == EntityKind::Place,
            Pair::People => kind == EntityKind::Person,
            Pair::Actors => matches!(kind, EntityKind::Person | EntityKind::Organization | EntityKind::Place),
        }
    }
}

crate::lexicon!(pair_words, &PAIRS.iter().map(|p| p.0).collect::<Vec<_>>());

/// The entities a pair phrase in `[s, e)` stands for: per phrase, the last two distinct
/// entities of its kind mentioned before it.
fn pairs_in(look: &Lookup<'_>, c: &[char], s: usize, e: usize, found: &mut Vec<(usize, String)>) {
    let mut i = s;
    while i < e {
        let Some(w) = pair_words().longest_at(c, i) else {
            i += 1;
            continue;
        };
        let Some(&(_, pair)) = PAIRS.iter().find(|p| p.0 == w) else { break };
        let mut two: Vec<usize> = Vec::new();
        for m in look.index.starting_before(i).iter().rev() {
            if pair.admits(look.entities[m.2].kind) && !two.contains(&m.2) {
                two.push(m.2);
                if two.len() == 2 {
                    break;
                }
            }
        }
        if two.len() == 2 {
            found.extend(two.into_iter().map(|ei| (i, look.entities[ei].id.clone())));
        }
        i += w.chars().count();
    }
}

/// What the actor search reads.
struct Lookup<'e> {
    index: &'e EntityIndex<'e>,
    entities: &'e [Entity],
    norm: &'e [char],
}

/// Entity ids taking part in the sentence `[s, e)`, in order of first mention.
fn actors_in(look: &Lookup<'_>, s: usize, e: usize) -> Vec<String> {
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
    // The references in the sentence (他, 總統, 該公司): their entities take part too.
    for r in look.index.references_in(s, e).iter().filter(|r| r.end <= e) {
        found.push((r.start, look.entities[r.entity].id.clone()));
    }
    pairs_in(look, look.norm, s, e, &mut found);
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

    #[test]
    fn a_time_of_day_is_left_out_of_the_event_date() {
        assert_eq!(event_date("2023-09-01T14:00"), "2023-09-01");
        assert_eq!(event_date("2023-09-01T18:00/2023-09-01T22:00"), "2023-09-01");
        assert_eq!(event_date("2025-09-21T17:00/2025-09-22T05:00"), "2025-09-21/2025-09-22");
        assert_eq!(event_date("2020-01-01/.."), "2020-01-01");
    }
}
