//! Settles the candidates into accepted mentions: an organization named by a suffix
//! (or a learned organization that extends a place: 美国海军, 香港证监会) swallows the
//! names inside it, then overlaps go to the stronger, then the longer, then the
//! earlier candidate.

use super::scan::Scan;
use super::{Candidate, Signal};
use crate::analysis::EntityKind;

/// The accepted mentions, disjoint, in order of strength.
pub(super) fn resolve(s: &Scan<'_>, mut cands: Vec<Candidate>) -> Vec<Candidate> {
    swallow_inner_names(&mut cands);
    let n = s.n;
    cands.sort_by(|a, b| {
        b.signal.cmp(&a.signal).then((b.end - b.start).cmp(&(a.end - a.start))).then(a.start.cmp(&b.start))
    });
    let mut taken = vec![false; n];
    let mut accepted: Vec<Candidate> = Vec::new();
    for c in cands {
        if c.end > c.start && !taken[c.start..c.end].iter().any(|&t| t) {
            taken[c.start..c.end].iter_mut().for_each(|t| *t = true);
            accepted.push(c);
        }
    }
    accepted
}

/// Whether candidate `k` frames the names inside it: an organization named by a suffix,
/// or a learned organization that starts with a place and goes on (美国海军, 广州某某珠宝
/// 有限公司: the place is part of the name, not a neighbour of it).
fn frames(cands: &[Candidate], by_start: &[usize], k: usize) -> bool {
    let c = &cands[k];
    match c.signal {
        Signal::Suffix => true,
        Signal::Model if matches!(c.kind, EntityKind::Organization | EntityKind::Place) => {
            let from = by_start.partition_point(|&j| cands[j].start < c.start);
            by_start[from..].iter().take_while(|&&j| cands[j].start == c.start).any(|&j| {
                let p = &cands[j];
                p.kind == EntityKind::Place && p.end < c.end && p.signal != Signal::Model
            })
        }
        _ => false,
    }
}

/// An organization named by a suffix (台湾经济研究院, 华为技术公司) swallows the names
/// inside it (see [`frames`]); when it starts with a known organization it is another
/// name of it.
/// (Candidates are looked up through an index by start and dropped by a flag, so a long
/// text with thousands of each costs no scan per organization.)
fn swallow_inner_names(cands: &mut Vec<Candidate>) {
    let mut by_start: Vec<usize> = (0..cands.len()).collect();
    by_start.sort_by_key(|&k| (cands[k].start, k));
    let suffixed: Vec<(usize, usize)> =
        (0..cands.len()).filter(|&k| frames(cands, &by_start, k)).map(|k| (cands[k].start, cands[k].end)).collect();
    let mut dropped = vec![false; cands.len()];
    for (s, e) in suffixed {
        // Every candidate inside [s, e] starts in it.
        let from = by_start.partition_point(|&k| cands[k].start < s);
        let to = by_start.partition_point(|&k| cands[k].start <= e);
        let inside = &by_start[from..to];
        // The first such organization in candidate order (`inside` is in it per start).
        let inner = inside
            .iter()
            .copied()
            .filter(|&k| {
                let c = &cands[k];
                !dropped[k]
                    && c.signal == Signal::Gazetteer
                    && c.start == s
                    && c.end < e
                    && c.kind == EntityKind::Organization
            })
            .min()
            .and_then(|k| cands[k].entry);
        for &k in inside {
            let c = &cands[k];
            if c.end <= e && (c.start, c.end) != (s, e) {
                dropped[k] = true;
            }
        }
        if let Some(id) = inner {
            for &k in inside {
                if !dropped[k] && (cands[k].start, cands[k].end) == (s, e) {
                    cands[k].entry = Some(id);
                }
            }
        }
    }
    let mut keep = dropped.iter().map(|d| !d);
    cands.retain(|_| keep.next().unwrap_or(true));
}
