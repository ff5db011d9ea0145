//! Spans: ranges between two dates (`2018年至2021年`, `10月25日至27日`,
//! `20日11点至17点`), read after an absolute date, and spans back or forward from the
//! reference date (`过去两年`, `近三年`, `未来10年`), a family of their own.

use super::lexicon::{RANGE_MARKS, SPAN_OPENERS};
use super::{is_day_mark, skip_sp, Scanner, Val};
use crate::analysis::TimeKind;
use crate::date::{days_in_month, Date};

/// Spans relative to the reference date: 过去两年, 近三年, 未来10年.
pub(super) fn scan(s: &Scanner<'_>, i: usize) -> Option<(usize, Val)> {
    let (dir, len) = SPAN_OPENERS.iter().find(|(p, _)| s.has(i, p)).map(|(p, d)| (*d, p.chars().count()))?;
    let n = s.num(skip_sp(s.chars, i + len))?;
    let mut j = skip_sp(s.chars, n.end);
    if s.has(j, "多") || s.has(j, "余") {
        j += 1;
    }
    let (unit, ulen) = if s.has(j, "年") {
        ('Y', 1)
    } else if s.has(j, "个月") {
        ('M', 2)
    } else {
        return None;
    };
    let end = j + ulen;
    // 近三年后 is not a span back from today.
    if s.has(end, "后") || s.has(end, "前") {
        return None;
    }
    let Some(d) = s.reference else { return Some((end, Val::Vague)) };
    // A number too large for a calendar (a run of numerals) reaches no month.
    let months = i32::try_from(n.value as i64).ok().and_then(|v| v.checked_mul(if unit == 'Y' { 12 } else { 1 }))?;
    let total = (d.year() * 12 + d.month() as i32 - 1).checked_add(dir.checked_mul(months)?)?;
    let (y, m) = (total.div_euclid(12), total.rem_euclid(12) + 1);
    let other = format!("{y:04}-{m:02}");
    let now = format!("{:04}-{:02}", d.year(), d.month());
    let v = if dir < 0 { format!("{other}/{now}") } else { format!("{now}/{other}") };
    Some((end, Val::Text(v, TimeKind::Interval)))
}

impl Scanner<'_> {
    /// The date `first`, read at `[i, end)`, or the range it starts: a second date
    /// after a range mark (2018年至2021年, 10月25日至27日, 9月21号下午5点~9月22号上午5点)
    /// or a second hour in the same day (20日11点至17点).
    pub(super) fn range_from(&self, i: usize, end: usize, first: Val) -> (usize, Val) {
        let j = skip_sp(self.chars, end);
        if !self.chars.get(j).is_some_and(|c| RANGE_MARKS.contains(c)) {
            return (end, first);
        }
        let k = skip_sp(self.chars, j + 1);
        if let Some((end2, second)) = self.absolute(k).or_else(|| self.day_only(k, &first)) {
            let end2 = if second.is_day() { self.daypart(end2) } else { end2 };
            if let (Some(a), Some(b)) = (first.edtf().0, second.edtf().0) {
                if first.edtf().1 == TimeKind::Date && second.edtf().1 == TimeKind::Date {
                    return (end2, Val::Text(format!("{a}/{b}"), TimeKind::Interval));
                }
            }
        }
        // 20日11点至17点: a range of hours within the day.
        if first.is_day() && self.clock_inside(i, end) {
            if let Some(end2) = self.clock(k, true) {
                return (end2, first);
            }
        }
        (end, first)
    }

    /// Whether a clock time ends the span `[i, end)` (so a following clock continues it).
    fn clock_inside(&self, i: usize, end: usize) -> bool {
        (i..end).any(|k| self.clock(k, false) == Some(end))
    }

    /// `27日` after `10月25日至`: the day in the first date's month.
    fn day_only(&self, i: usize, first: &Val) -> Option<(usize, Val)> {
        let n = self.num(i)?;
        let j = skip_sp(self.chars, n.end);
        if !is_day_mark(self.chars.get(j)) {
            return None;
        }
        let d = n.value as u32;
        match first {
            Val::Day(f) => Some((j + 1, Val::Day(Date::new(f.year(), f.month(), d)?))),
            Val::MonthDay(m, _) if d >= 1 && d <= days_in_month(2000, *m) => Some((j + 1, Val::MonthDay(*m, d))),
            _ => None,
        }
    }
}
