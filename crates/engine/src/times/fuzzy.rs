//! Fuzzy counts of units (`十多天前`, `三十几年前`, `几百年后`, `两年多前`): the
//! bounds of the count, which make a point before or after the reference date an
//! interval at the unit's grain (`十多天前` told on 2019-08-16 is 11 to 19 days back,
//! `2019-07-28/2019-08-05`).
//!
//! Bounds: `N多`/`N余` with N a round number (十, 三十, 一百) is N+1 to N+step−1 where
//! step is the largest power of ten dividing N (十多 11–19, 一百多 101–199); with any
//! other N it is N to N+1 (两年多: more than two years, less than three). `N几` is
//! N+1 to N+9 (三十几 31–39); `几十`, `几百` are 2 to 9 tens or hundreds; `几` alone 2 to
//! 9. (Ranges, not Duckling's or JioNLP's: neither documents a reading of them.)

use super::Scanner;
use crate::numbers::{Num, NumKind};

/// The bounds of a fuzzy count, in units.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Bounds {
    pub(super) low: i64,
    pub(super) high: i64,
}

/// The largest power of ten (up to 10,000) dividing `n`, 1 for none.
fn step_of(n: i64) -> i64 {
    let mut step = 1;
    while step < 10_000 && n % (step * 10) == 0 {
        step *= 10;
    }
    step
}

impl Scanner<'_> {
    /// `几`, `几十`, `几百` at `p`: a number standing for the count (its low end), its
    /// bounds, and where the unit may start.
    pub(super) fn few(&self, p: usize) -> Option<(Num, Bounds)> {
        if !self.has(p, "几") {
            return None;
        }
        let magnitude = match self.chars.get(p + 1) {
            Some('十') => 10,
            Some('百') => 100,
            Some('千') => 1000,
            Some('万') => 10_000,
            _ => 1,
        };
        let len = if magnitude > 1 { 2 } else { 1 };
        let n = Num { value: (2 * magnitude) as f64, end: p + len, kind: NumKind::Chinese, len };
        Some((n, Bounds { low: 2 * magnitude, high: 9 * magnitude }))
    }
}

/// The bounds of the count `n` followed by `多`/`余` (`more`) or `几` (`some`).
pub(super) fn bounds_after(n: &Num, marker: char) -> Option<Bounds> {
    if n.value.fract() != 0.0 {
        return None;
    }
    let v = n.value as i64;
    let step = step_of(v);
    match marker {
        '多' | '余' if step > 1 => Some(Bounds { low: v + 1, high: v + step - 1 }),
        '多' | '余' => Some(Bounds { low: v, high: v + 1 }),
        '几' if step > 1 => Some(Bounds { low: v + 1, high: v + 9 * step / 10 }),
        _ => None,
    }
}
