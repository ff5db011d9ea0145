//! Named periods, vague words and lunar months: a small table of periods with
//! approximate values (`疫情前`, `十四五`, `十八大`), vague expressions recognized
//! without a value (`近日`, `目前`), and lunar months (`腊月`, `正月十五`), which have no
//! Gregorian value here.

use super::lexicon::{COUNTED_AFTER_BIG, LUNAR_MONTHS, NAMED_PERIODS, VAGUE};
use super::{Scanner, Val};

/// A named period, a vague word or a lunar month at `i`.
pub(super) fn scan(s: &Scanner<'_>, i: usize) -> Option<(usize, Val)> {
    if let Some(&(pat, v)) = NAMED_PERIODS.iter().find(|(p, _)| s.has(i, p)) {
        let end = i + pat.chars().count();
        // 二十大类产品 counts twenty large classes: no congress.
        let counted = pat.ends_with('大') && s.chars.get(end).is_some_and(|c| COUNTED_AFTER_BIG.contains(*c));
        if !counted {
            return Some((end, Val::written(v.to_string())));
        }
    }
    if let Some(pat) = s.first_of(i, &VAGUE) {
        return Some((i + pat.chars().count(), Val::Vague));
    }
    // Lunar months (腊月, 正月十五, 腊月18): recognized, but with no Gregorian value.
    s.lunar_month(i).map(|end| (end, Val::Vague))
}

impl Scanner<'_> {
    /// A lunar month with an optional day (`腊月`, `正月十五`, `腊月初八`, `腊月18`): its end.
    pub(super) fn lunar_month(&self, i: usize) -> Option<usize> {
        let pat = self.first_of(i, &LUNAR_MONTHS)?;
        let mut end = i + pat.chars().count();
        let k = if self.has(end, "初") { end + 1 } else { end };
        if let Some(d) = self.num(k).filter(|d| d.value >= 1.0 && d.value <= 30.0 && d.value.fract() == 0.0) {
            // 腊月18000吨 is a month and a quantity, not a day.
            if !self.chars.get(d.end).is_some_and(|c| c.is_ascii_digit()) && d.len <= 3 {
                end = d.end;
            }
        }
        Some(end)
    }
}
