//! Parts of periods: quarters written without `第` (`一季度`, `2021年三季度`,
//! `一季度末`), parts of a year or month told alone, in the reference year or month
//! (`年初`, `年中`, `年底`, `上半年`, `首季`, `首月`, `月初`, `下旬`), and slices of a
//! month after it (`5月前3天`, `上月最后三天`, `6月第二周`, `下月第三周`).
//!
//! Values (the README's conventions table): a quarter is its three months; its
//! beginning or end (`季度初`, `季度末`) its first or last month; `年初` January,
//! `年中` June–July, `年底`/`年末` December; `月初`/`上旬` days 1–10, `月中`/`中旬`
//! 11–20, `月底`/`下旬` 21 to the month's end. The N-th week of a month is the
//! Monday-first week holding its day 7N−6 (Duckling's reading: the first week holds
//! the 1st).

use super::absolute::quarter;
use super::lexicon::{
    FUTURE_CUES, LONE_PART_SECONDS, MONTH_PARTS, NOT_PART_OPENERS, QUARTER_EDGES, WEEK_UNITS, YEAR_PARTS,
};
use super::{weekday_char, Scanner, Val};
use crate::analysis::TimeKind;
use crate::date::{days_in_month, Date};

impl Scanner<'_> {
    /// Quarter `N季度` (or `第N季(度)`) of year `y` at `p`, with `初`/`末` after it.
    pub(super) fn quarter_of(&self, p: usize, y: i32) -> Option<(usize, Val)> {
        let ordinal = self.has(p, "第");
        let n = self.num(p + usize::from(ordinal))?;
        if !(1.0..=4.0).contains(&n.value) || n.value.fract() != 0.0 {
            return None;
        }
        let k = n.value as u32;
        let end = if self.has(n.end, "季度") {
            n.end + 2
        } else if ordinal && self.has(n.end, "季") {
            n.end + 1
        } else {
            return None;
        };
        if let Some(&(w, last)) = QUARTER_EDGES.iter().find(|(w, _)| self.has(end, w)) {
            let m = if last { 3 * k } else { 3 * k - 2 };
            return Some((end + w.chars().count(), Val::Month(y, m)));
        }
        Some((end, quarter(y, k)))
    }

    /// A quarter without a year (`一季度`, `四季度末`): the latest begun by the reference
    /// date, as a bare weekday is.
    pub(super) fn lone_quarter(&self, i: usize) -> Option<(usize, Val)> {
        let before = i.checked_sub(1).map(|k| self.chars[k]);
        if before.is_some_and(|b| b.is_ascii_digit() || crate::numbers::is_chinese_numeral(b) || b == '前') {
            return None;
        }
        let Some(r) = self.reference else { return self.quarter_of(i, 2000).map(|(end, _)| (end, Val::Vague)) };
        let (end, v) = self.quarter_of(i, r.year())?;
        // The latest such quarter begun by the reference date (四季度 told in January is
        // last year's), the next one after a future cue.
        let begun = |v: &Val| v.edtf().0.is_some_and(|s| s.get(..7).is_some_and(|m| m <= &r.to_string()[..7]));
        let future = FUTURE_CUES.iter().any(|w| self.has_before(i, w));
        if begun(&v) || future {
            return Some((end, v));
        }
        self.quarter_of(i, r.year() - 1)
    }

    /// A part of a year or month told alone (`年底`, `上半年`, `首季`, `下旬`): in the
    /// reference year or month. Those starting with `年`/`月` not after a count or a
    /// word that ends with them (`预计年中`, not `多年中`).
    pub(super) fn lone_part(&self, i: usize) -> Option<(usize, Val)> {
        if !self.chars.get(i + 1).is_some_and(|c| LONE_PART_SECONDS.contains(*c)) {
            return None;
        }
        let opened = i == 0 || {
            let b = self.chars[i - 1];
            !NOT_PART_OPENERS.contains(b) && !crate::numbers::is_chinese_numeral(b) && !b.is_ascii_digit()
        };
        let guarded = |pat: &str| pat.starts_with(['年', '月']) && !opened;
        if let Some(&(pat, a, b)) = YEAR_PARTS.iter().find(|(p, ..)| self.has(i, p)) {
            if guarded(pat) {
                return None;
            }
            let end = i + pat.chars().count();
            let Some(y) = self.reference.map(|d| d.year()) else { return Some((end, Val::Vague)) };
            let v = if a == b { format!("{y:04}-{a:02}") } else { format!("{y:04}-{a:02}/{y:04}-{b:02}") };
            return Some((end, Val::written(v)));
        }
        let &(pat, _) = MONTH_PARTS.iter().find(|(p, _)| p.chars().count() == 2 && self.has(i, p))?;
        if guarded(pat) {
            return None;
        }
        let Some(d) = self.reference else { return Some((i + 2, Val::Vague)) };
        // month_part reads the part after the month's end: start one char before it
        // for the words that begin with 月.
        let at = if pat.starts_with('月') { i + 1 } else { i };
        let (end, v) = self.month_part(at, d.year(), d.month())?;
        Some((end, v))
    }

    /// Slices of month `m` of year `y` after it, at `p`: its first or last N days
    /// (`前3天`, `头三天`, `最后三天`) and its N-th week (`第二周`).
    pub(super) fn month_slice(&self, p: usize, y: i32, m: u32) -> Option<(usize, Val)> {
        let last = days_in_month(y, m);
        let (from_end, q) = if self.has(p, "最后") {
            (true, p + 2)
        } else if self.has(p, "前") || self.has(p, "头") {
            (false, p + 1)
        } else if self.has(p, "第") {
            return self.week_of_month(p + 1, y, m);
        } else {
            return None;
        };
        let n = self.num(q).filter(|n| n.value.fract() == 0.0 && n.value >= 1.0 && n.value <= f64::from(last))?;
        let unit = ["天", "日"].iter().find(|u| self.has(n.end, u))?;
        let count = n.value as u32;
        let (a, b) = if from_end { (last + 1 - count, last) } else { (1, count) };
        let v = format!("{y:04}-{m:02}-{a:02}/{y:04}-{m:02}-{b:02}");
        Some((n.end + unit.chars().count(), Val::Text(v, TimeKind::Interval)))
    }

    /// `二周`, `三个星期` after `第` at `q`: the Monday-first week of the month holding
    /// its day 7N−6 (not followed by a weekday: `第一个星期一` is a day).
    fn week_of_month(&self, q: usize, y: i32, m: u32) -> Option<(usize, Val)> {
        let n = self.num(q).filter(|n| n.value.fract() == 0.0 && (1.0..=5.0).contains(&n.value))?;
        let k = n.end + usize::from(self.has(n.end, "个"));
        let unit = self.first_of(k, &WEEK_UNITS)?;
        let end = k + unit.chars().count();
        if self.chars.get(end).is_some_and(|&c| weekday_char(c).is_some()) {
            return None;
        }
        let day = Date::new(y, m, 7 * n.value as u32 - 6)?;
        let monday = day.add_days(1 - i64::from(day.weekday()))?;
        Some((end, Val::Text(format!("{}/{}", monday, monday.add_days(6)?), TimeKind::Interval)))
    }
}

#[cfg(test)]
mod tests {
    use super::super::lexicon::{LONE_PART_FIRSTS, LONE_PART_SECONDS, MONTH_PARTS, YEAR_PARTS};

    /// The quick refusals know every part's first and second chars.
    #[test]
    fn lone_part_chars_cover_the_lists() {
        let words = YEAR_PARTS.iter().map(|p| p.0).chain(MONTH_PARTS.iter().map(|p| p.0));
        for w in words.filter(|w| w.chars().count() == 2) {
            let mut cs = w.chars();
            let (a, b) = (cs.next().unwrap(), cs.next().unwrap());
            assert!(LONE_PART_SECONDS.contains(b), "{w}");
            assert!(LONE_PART_FIRSTS.contains(a) || "上下".contains(a), "{w}");
        }
    }
}
