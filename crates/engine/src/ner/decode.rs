//! Decoding: the best tag sequence under the emission and transition scores
//! (first-order Viterbi, with I-X allowed only after B-X or I-X), and the mentions a
//! BIO tag sequence spells.

// Tag-indexed arrays (`[f32; T]`, the transition matrix) read most clearly with
// explicit tag indices.
#![allow(clippy::needless_range_loop)]

use super::T;
use crate::analysis::EntityKind;

/// The entity kind of a tag index (`None` for O).
pub fn tag_type(tag: usize) -> Option<EntityKind> {
    match tag {
        1 | 2 => Some(EntityKind::Person),
        3 | 4 => Some(EntityKind::Organization),
        5 | 6 => Some(EntityKind::Place),
        7 | 8 => Some(EntityKind::Product),
        _ => None,
    }
}

/// Whether `to` may follow `from` (an I tag only after its B tag or itself).
fn allowed(from: Option<usize>, to: usize) -> bool {
    if to > 0 && to.is_multiple_of(2) {
        from.is_some_and(|f| f == to || f == to - 1)
    } else {
        true
    }
}

/// Best tag sequence for per-position emission scores and transitions.
pub(super) fn viterbi(emit: &[[f32; T]], trans: &[[f32; T]; T]) -> Vec<usize> {
    let n = emit.len();
    if n == 0 {
        return Vec::new();
    }
    let neg = f32::NEG_INFINITY;
    // Forbidden transitions score minus infinity (a sum with minus infinity never wins);
    // the loop below skips them anyway.
    let mut tr = [[neg; T]; T];
    for p in 0..T {
        for t in 0..T {
            if allowed(Some(p), t) {
                tr[p][t] = trans[p][t];
            }
        }
    }
    let mut score = [neg; T];
    for t in 0..T {
        if allowed(None, t) {
            score[t] = emit[0][t];
        }
    }
    // The tags each tag may follow: every tag before O or a B tag, only its own B and
    // itself before an I tag (the forbidden rest need not be tried).
    let preds: [Vec<usize>; T] = std::array::from_fn(|t| (0..T).filter(|&p| allowed(Some(p), t)).collect());
    let mut back = vec![[0u8; T]; n];
    for i in 1..n {
        let mut next = [neg; T];
        for t in 0..T {
            let mut best = (neg, 0u8);
            for &p in &preds[t] {
                let s = score[p] + tr[p][t];
                if s > best.0 {
                    best = (s, p as u8);
                }
            }
            if best.0 > neg {
                next[t] = best.0 + emit[i][t];
                back[i][t] = best.1;
            }
        }
        score = next;
    }
    let mut t = (0..T).max_by(|&a, &b| score[a].total_cmp(&score[b])).unwrap_or(0);
    let mut out = vec![0; n];
    for i in (0..n).rev() {
        out[i] = t;
        t = usize::from(back[i][t]);
    }
    out
}

/// The spans `(start, end, kind)` of a BIO tag sequence.
pub fn spans(tags: &[usize]) -> Vec<(usize, usize, EntityKind)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < tags.len() {
        if let Some(ty) = tag_type(tags[i]).filter(|_| tags[i] % 2 == 1) {
            let mut j = i + 1;
            while j < tags.len() && tags[j] == tags[i] + 1 {
                j += 1;
            }
            out.push((i, j, ty));
            i = j;
        } else {
            i += 1;
        }
    }
    out
}
