//! Relations: the actor graph — affiliation and ownership phrases found with the
//! entities, and weighted co-occurrence within sentences.

use crate::analysis::{Relation, RelationKind};
use crate::context::Sentences;
use crate::entities::Extracted;
use std::collections::BTreeMap;

/// Builds the relations; evidence lists sentence indices, so a co-occurrence's weight
/// is its evidence count.
pub(crate) fn build(sentences: &Sentences, ex: &Extracted) -> Vec<Relation> {
    // A phrase outside every sentence (none is, in practice) counts for the first.
    let sentence_of = |pos: usize| sentences.holding(pos).unwrap_or(0);
    let mut typed: BTreeMap<(usize, usize, RelationKind), Vec<usize>> = BTreeMap::new();
    for &(p, o, at) in &ex.affiliations {
        typed.entry((p, o, RelationKind::AffiliatedWith)).or_default().push(sentence_of(at));
    }
    for &(c, o, at) in &ex.part_of {
        typed.entry((c, o, RelationKind::PartOf)).or_default().push(sentence_of(at));
    }
    // Spans are sorted by start: each sentence takes the run of spans inside it.
    for (si, &(s, e)) in sentences.spans().iter().enumerate() {
        let from = ex.spans.partition_point(|m| m.0 < s);
        let mut present: Vec<usize> =
            ex.spans[from..].iter().take_while(|m| m.0 < e).filter(|m| m.1 <= e).map(|m| m.2).collect();
        present.sort_unstable();
        present.dedup();
        for (a_i, &a) in present.iter().enumerate() {
            for &b in &present[a_i + 1..] {
                typed.entry((a, b, RelationKind::Cooccurs)).or_default().push(si);
            }
        }
    }
    typed
        .into_iter()
        .map(|((a, b, kind), mut ev)| {
            ev.dedup();
            Relation { source: ex.entities[a].id.clone(), target: ex.entities[b].id.clone(), kind, evidence: ev }
        })
        .collect()
}
