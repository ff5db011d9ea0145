//! Long texts in pieces: cutting a text into chunks at line or sentence ends, and
//! merging the chunks' analyses into one. The browser analyzes a long text chunk by
//! chunk so it can report progress and drop the work when the user edits again; the
//! merged analysis has one entity per kind and name across chunks, offsets into the
//! whole text, and every id and index re-based.

use crate::analysis::{Analysis, ClaimSummary, EntityKind, RelationKind, Script};
use std::collections::HashMap;

/// Char ranges `[start, end)` covering `text`, each at most about `max_chars` long,
/// cut after a line break if one is in the last quarter of the chunk, else after a
/// sentence end, else anywhere.
pub fn chunks(text: &str, max_chars: usize) -> Vec<(usize, usize)> {
    let chars: Vec<char> = text.chars().collect();
    let n = chars.len();
    let max = max_chars.max(16);
    let mut out = Vec::new();
    let mut start = 0;
    while start < n {
        let limit = (start + max).min(n);
        let mut end = limit;
        if limit < n {
            let window = start + max * 3 / 4..limit;
            let after = |f: &dyn Fn(char) -> bool| window.clone().rev().find(|&i| f(chars[i])).map(|i| i + 1);
            end = after(&|c| c == '\n')
                .or_else(|| after(&|c| matches!(c, '。' | '！' | '？' | '!' | '?' | '.')))
                .unwrap_or(limit);
        }
        out.push((start, end));
        start = end;
    }
    out
}

/// Merges the analyses of consecutive chunks, each given with its start (in chars) in
/// the whole text, into the analysis of the whole text.
pub fn merge(parts: Vec<(usize, Analysis)>) -> Analysis {
    let mut out = Analysis::default();
    let mut entity_at: HashMap<(EntityKind, String), usize> = HashMap::new();
    let mut relation_at: HashMap<(String, String, RelationKind), usize> = HashMap::new();
    let mut summary = ClaimSummary::default();
    let mut scripts: Vec<Script> = Vec::new();
    for (i, (shift, part)) in parts.into_iter().enumerate() {
        if i == 0 {
            out.schema = part.schema.clone();
            out.reference_date = part.reference_date.clone();
            out.reference_date_source = part.reference_date_source;
        }
        if !scripts.contains(&part.script) {
            scripts.push(part.script);
        }
        let sentence_base = out.sentences.len();
        let time_base = out.times.len();
        out.sentences.extend(part.sentences.iter().map(|s| crate::Span { start: s.start + shift, end: s.end + shift }));
        // Entities: the same kind and name is the same actor in every chunk.
        let mut ids: HashMap<String, String> = HashMap::new();
        for mut e in part.entities {
            let key = (e.kind, e.name.clone());
            for m in &mut e.mentions {
                m.start += shift;
                m.end += shift;
            }
            let k = match entity_at.get(&key) {
                Some(&k) => {
                    let target = &mut out.entities[k];
                    for a in e.aliases {
                        if !target.aliases.contains(&a) {
                            target.aliases.push(a);
                        }
                    }
                    for r in e.roles {
                        if !target.roles.contains(&r) {
                            target.roles.push(r);
                        }
                    }
                    target.mentions.extend(e.mentions);
                    k
                }
                None => {
                    let k = out.entities.len();
                    entity_at.insert(key, k);
                    out.entities.push(crate::Entity { id: format!("e{}", k + 1), ..e.clone() });
                    k
                }
            };
            ids.insert(e.id, out.entities[k].id.clone());
        }
        let id = |old: &str| ids.get(old).cloned().unwrap_or_else(|| old.to_string());
        for r in part.relations {
            let (source, target) = (id(&r.source), id(&r.target));
            let evidence: Vec<usize> = r.evidence.iter().map(|s| s + sentence_base).collect();
            let key = (source.clone(), target.clone(), r.kind);
            match relation_at.get(&key) {
                Some(&k) => out.relations[k].evidence.extend(evidence),
                None => {
                    relation_at.insert(key, out.relations.len());
                    out.relations.push(crate::Relation { source, target, kind: r.kind, evidence });
                }
            }
        }
        out.times.extend(part.times.into_iter().map(|mut t| {
            t.start += shift;
            t.end += shift;
            t
        }));
        out.quantities.extend(part.quantities.into_iter().map(|mut q| {
            q.start += shift;
            q.end += shift;
            q
        }));
        out.claims.extend(part.claims.into_iter().map(|mut c| {
            c.start += shift;
            c.end += shift;
            c.speaker = c.speaker.map(|s| id(&s));
            c
        }));
        summary.named += part.claim_summary.named;
        summary.organization += part.claim_summary.organization;
        summary.group += part.claim_summary.group;
        summary.anonymous += part.claim_summary.anonymous;
        out.events.extend(part.events.into_iter().map(|mut ev| {
            ev.start += shift;
            ev.end += shift;
            ev.time += time_base;
            ev.actors = ev.actors.iter().map(|a| id(a)).collect();
            ev
        }));
    }
    for e in &mut out.entities {
        e.mentions.sort_by_key(|m| (m.start, m.end));
    }
    out.claim_summary = summary;
    out.script = match scripts.as_slice() {
        [one] => *one,
        many if many.contains(&Script::Traditional) && many.contains(&Script::Simplified) => Script::Mixed,
        many => many.iter().find(|s| **s != Script::Latin).or(many.first()).copied().unwrap_or_default(),
    };
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunks_cover_the_text_and_prefer_line_ends() {
        let text = "第一行。\n".repeat(100);
        let c = chunks(&text, 64);
        assert_eq!(c.first().map(|c| c.0), Some(0));
        assert_eq!(c.last().map(|c| c.1), Some(text.chars().count()));
        for w in c.windows(2) {
            assert_eq!(w[0].1, w[1].0);
        }
        let chars: Vec<char> = text.chars().collect();
        assert!(c[..c.len() - 1].iter().all(|&(_, e)| chars[e - 1] == '\n'));
        assert!(c.iter().all(|&(s, e)| e > s && e - s <= 64));
        assert!(chunks("", 64).is_empty());
        // No break anywhere: cut at the limit.
        assert_eq!(chunks(&"字".repeat(100), 40), vec![(0, 40), (40, 80), (80, 100)]);
    }
}
