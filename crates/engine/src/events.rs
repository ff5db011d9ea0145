//! Events: every clause that carries a normalized date becomes a timeline entry with
//! the entities mentioned in it (plus the subject carried over from the sentence's
//! earlier clauses when the clause names none).

use crate::analysis::{Entity, Event, TimeMention};
use crate::text::Text;

/// Builds the events, sorted chronologically (undated-in-text order kept stable).
pub fn extract(
    text: &Text<'_>,
    sentences: &[(usize, usize)],
    times: &[TimeMention],
    entities: &[Entity],
) -> Vec<Event> {
    let mut out = Vec::new();
    for (ti, t) in times.iter().enumerate() {
        let Some(value) = &t.value else { continue };
        if t.kind == "duration" {
            continue;
        }
        let Some(&(s, e)) = sentences.iter().find(|&&(s, e)| s <= t.start && t.start < e) else { continue };
        let mut actors: Vec<(usize, String)> = Vec::new();
        for en in entities {
            if let Some(m) = en.mentions.iter().find(|m| m.start >= s && m.end <= e) {
                actors.push((m.start, en.id.clone()));
            }
        }
        actors.sort();
        let mut ids: Vec<String> = Vec::new();
        for (_, id) in actors {
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
        out.push(Event {
            date: Some(value.clone()),
            time: ti,
            sentence: text.slice(s, e),
            start: s,
            end: e,
            actors: ids,
        });
    }
    out.sort_by(|a, b| a.date.cmp(&b.date).then(a.start.cmp(&b.start)));
    out
}
