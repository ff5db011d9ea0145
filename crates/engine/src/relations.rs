//! Relations: the actor graph — affiliation and ownership phrases found with the
//! entities, and weighted co-occurrence within sentences.

use crate::analysis::Relation;
use crate::entities::Extracted;
use std::collections::BTreeMap;

fn sentence_of(sentences: &[(usize, usize)], pos: usize) -> usize {
    // Sentences are sorted and disjoint: the first that ends after `pos`.
    let k = sentences.partition_point(|&(_, e)| e <= pos);
    if sentences.get(k).is_some_and(|&(s, _)| s <= pos) {
        k
    } else {
        0
    }
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
    // Spans are sorted by start: each sentence takes the run of spans inside it.
    for (si, &(s, e)) in sentences.iter().enumerate() {
        let from = ex.spans.partition_point(|m| m.0 < s);
        let mut present: Vec<usize> =
            ex.spans[from..].iter().take_while(|m| m.0 < e).filter(|m| m.1 <= e).map(|m| m.2).collect();
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
