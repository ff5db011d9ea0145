//! Relations: the actor graph — affiliation and ownership phrases found with the
//! entities, and weighted co-occurrence within sentences.

use crate::analysis::Relation;
use crate::entities::Extracted;
use std::collections::BTreeMap;

fn sentence_of(sentences: &[(usize, usize)], pos: usize) -> usize {
    sentences.iter().position(|&(s, e)| s <= pos && pos < e).unwrap_or(0)
}

/// Builds the relations; evidence lists sentence indices, so a co-occurrence's weight
/// is its evidence count.
pub fn build(sentences: &[(usize, usize)], ex: &Extracted) -> Vec<Relation> {
    let mut typed: BTreeMap<(usize, usize, &'static str), Vec<usize>> = BTreeMap::new();
    for &(p, o, at) in &ex.affiliations {
        typed.entry((p, o, "affiliated_with")).or_default().push(sentence_of(sentences, at));
    }
    for &(c, o, at) in &ex.part_of {
        typed.entry((c, o, "part_of")).or_default().push(sentence_of(sentences, at));
    }
    for (si, &(s, e)) in sentences.iter().enumerate() {
        let mut present: Vec<usize> = ex.spans.iter().filter(|m| m.0 >= s && m.1 <= e).map(|m| m.2).collect();
        present.sort_unstable();
        present.dedup();
        for (a_i, &a) in present.iter().enumerate() {
            for &b in &present[a_i + 1..] {
                typed.entry((a, b, "cooccurs")).or_default().push(si);
            }
        }
    }
    typed
        .into_iter()
        .map(|((a, b, kind), mut ev)| {
            ev.dedup();
            Relation {
                source: ex.entities[a].id.clone(),
                target: ex.entities[b].id.clone(),
                kind: kind.to_string(),
                evidence: ev,
            }
        })
        .collect()
}
