//! Day references: a day of the month told alone (`3日`, `当地时间6日午间`, `中新网
//! 3日电`) and a day word with its day in brackets (`前日(9日)`, `今(1日)天`).
//!
//! A day alone is in the month of the date told last; without one, it is the most
//! recent such day on or before the reference date (news reports the days just
//! past: `30日` told on 2019-08-02 is July 30), unless a future cue (`将`) stands
//! just before it. Days followed by a direction or a unit of their own (`3日前`,
//! `3日内`, `30日元`) are not days of the month.

use super::lexicon::{FUTURE_CUES, NOT_A_LONE_DAY};
use super::{Scanner, Val};
use crate::date::Date;
use crate::numbers::NumKind;

impl Scanner<'_> {
    /// A day of the month alone at `i` (`3日`): its end and value.
    pub(super) fn lone_day(&self, i: usize) -> Option<(usize, Val)> {
        let c = self.chars;
        let n = self.num(i)?;
        let before = i.checked_sub(1).map(|k| c[k]);
        // Not inside a number nor after a month (2月30日 is no date, and no 30日 either).
        let glued =
            before.is_some_and(|b| b.is_ascii_digit() || crate::numbers::is_chinese_numeral(b) || "第月".contains(b));
        if glued || n.value.fract() != 0.0 || !(1.0..=31.0).contains(&n.value) || n.len > 3 {
            return None;
        }
        if n.kind == NumKind::Arabic && n.len > 2 || c.get(n.end) != Some(&'日') {
            return None;
        }
        if NOT_A_LONE_DAY.iter().any(|w| self.has(n.end + 1, w)) {
            return None;
        }
        let end = n.end + 1;
        let day = n.value as u32;
        let Some(v) = self.day_of_month(i, day) else { return Some((end, Val::Vague)) };
        Some((end, v))
    }

    /// Day `day` in the month of the date told last, else the latest on or before the
    /// reference date (the next after a future cue).
    fn day_of_month(&self, i: usize, day: u32) -> Option<Val> {
        let told = match self.last_explicit.as_ref() {
            Some(Val::Day(d)) => Some((d.year(), d.month())),
            Some(Val::Month(y, m)) => Some((*y, *m)),
            _ => None,
        };
        if let Some((y, m)) = told {
            return Date::new(y, m, day).map(Val::Day);
        }
        let r = self.reference?;
        let future = FUTURE_CUES.iter().any(|w| self.has_before(i, w));
        let this = Date::new(r.year(), r.month(), day);
        let shift = if future { 1 } else { -1 };
        let keep = this.is_some_and(|d| if future { d >= r } else { d <= r });
        if keep {
            return this.map(Val::Day);
        }
        // The month before (or after) that has the day: 31日 skips a 30-day month.
        (1..=3)
            .find_map(|k| {
                let (y, m) = super::shift_month(r, shift * k);
                Date::new(y, m, day)
            })
            .map(Val::Day)
    }

    /// `(9日)` after a day word (`前日(9日)`, `今(1日)天`): the end and the day in the
    /// month of `d` nearest to it.
    pub(super) fn bracketed_day(&self, p: usize, d: Date) -> Option<(usize, Date)> {
        if !self.has(p, "(") {
            return None;
        }
        let n = self.num(p + 1).filter(|n| n.value.fract() == 0.0 && (1.0..=31.0).contains(&n.value))?;
        let mut e = n.end;
        if self.has(e, "日") || self.has(e, "号") {
            e += 1;
        }
        if !self.has(e, ")") {
            return None;
        }
        let day = n.value as u32;
        let candidates = [0, -1, 1].map(|k| super::shift_month(d, k)).map(|(y, m)| Date::new(y, m, day));
        let best = candidates.into_iter().flatten().min_by_key(|c| (c.to_days() - d.to_days()).abs())?;
        Some((e + 1, best))
    }
}
