//! A unit after its parent organization is one name: 新加坡国立大学 + 商学院.
use super::prelude::*;

/// Organization + unit.
pub(super) fn find(s: &Scan<'_>, cands: &mut Vec<Candidate>) {
    let text = s.text;
    let orgs: Vec<(usize, usize)> = cands
        .iter()
        .filter(|c| c.kind == EntityKind::Organization && c.signal <= Signal::Gazetteer)
        .map(|c| (c.start, c.end))
        .collect();
    let mut by_start: HashMap<usize, Vec<usize>> = HashMap::new();
    for &(s2, e2) in &orgs {
        by_start.entry(s2).or_default().push(e2);
    }
    for &(s1, e1) in &orgs {
        for &e2 in by_start.get(&e1).map(Vec::as_slice).unwrap_or(&[]) {
            let s2 = e1;
            if e2 - s2 <= 6 && UNIT_ENDINGS.iter().any(|u| text.norm_has_before(e2, u)) {
                cands.push(Candidate {
                    start: s1,
                    end: e2,
                    kind: EntityKind::Organization,
                    signal: Signal::Latin,
                    entry: None,
                });
            }
        }
    }
}
