//! Spans: ranges between two dates (`2018年至2021年`, `10月25日至27日`,
//! `20日11点至17点`), read after an absolute date, and spans back or forward from the
//! reference date (`过去两年`, `近三年`, `未来10年`), a family of their own.

use super::lexicon::{RANGE_MARKS, SPAN_OPENERS};
use super::{is_day_mark, skip_sp, Scanner, Val};
use crate::analysis::TimeKind;
use crate::date::{days_in_month, Date};
use crate::numbers::{Num, NumKind};

/// Spans relative to the reference date: 过去两年, 近三年, 未来10年.
pub(super) fn scan(s: &Scanner<'_>, i: usize) -> Option<(usize, Val)> {
    let (dir, len) = SPAN_OPENERS.iter().find(|(p, _)| s.has(i, p)).map(|(p, d)| (*d, p.chars().count()))?;
    let at = skip_sp(s.chars, i + len);
    // 过去半年: six months.
    let half = s.has(at, "半年").then_some(Num { value: 6.0, end: at + 1, kind: NumKind::Chinese, len: 1 });
    let n = half.or_else(|| s.num(at))?;
    // 近1962年 is near a year, not a span of 1962 years.
    if n.len == 4 && matches!(n.kind, NumKind::Arabic | NumKind::ChineseDigits) {
        return None;
    }
    let mut j = skip_sp(s.chars, n.end);
    if s.has(j, "多") || s.has(j, "余") {
        j += 1;
    }
    let (unit, ulen) = if half.is_some() {
        ('M', 1)
    } else if s.has(j, "年") {
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
    /// The date `first`, read up to `end`, or the range it starts: a second date after a
    /// range mark (2018年至2021年, 10月25日至27日, 9月21号下午5点~9月22号上午5点). A
    /// range of hours in the same day (20日11点至17点) is read with the first clock.
    pub(super) fn range_from(&self, end: usize, first: Val) -> (usize, Val) {
        let j = skip_sp(self.chars, end);
        if !self.chars.get(j).is_some_and(|c| RANGE_MARKS.contains(c)) {
            return (end, first);
        }
        let k = skip_sp(self.chars, j + 1);
        if let Some((end2, second)) = self.second_end(k, &first) {
            let (end2, second) = if second.is_day() { self.timed(end2, second) } else { (end2, second) };
            if let (Some(a), Some(b)) = (first.edtf().0, second.edtf().0) {
                if first.edtf().1 == TimeKind::Date && second.edtf().1 == TimeKind::Date {
                    return (end2, Val::Text(format!("{a}/{b}"), TimeKind::Interval));
                }
            }
        }
        (end, first)
    }

    /// The second end of a range at `k`: a date that takes the first end's year when it
    /// has none (`2019年2月至6月`), the next year when it would come before the first
    /// (`12月28日至1月3日`), or a day of the first end's month (`3月5日到7日`).
    fn second_end(&self, k: usize, first: &Val) -> Option<(usize, Val)> {
        let year = match first {
            Val::Day(d) | Val::At(d, ..) => Some(d.year()),
            Val::Month(y, _) => Some(*y),
            _ => None,
        };
        let read = |y: Option<i32>| {
            self.year_of_range.set(y);
            let r = self.absolute(k);
            self.year_of_range.set(None);
            r
        };
        let second = read(year);
        // A second end without a year of its own that would come first: the next year.
        if let (Some((_, v)), Some(y)) = (&second, year) {
            if first.edtf().0 > v.edtf().0 {
                if let Some(next) = read(y.checked_add(1)).filter(|(_, w)| w != v) {
                    return Some(next);
                }
            }
        }
        second.or_else(|| self.day_only(k, first))
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
            Val::Day(f) | Val::At(f, ..) => Some((j + 1, Val::Day(Date::new(f.year(), f.month(), d)?))),
            Val::MonthDay(m, _) if d >= 1 && d <= days_in_month(2000, *m) => Some((j + 1, Val::MonthDay(*m, d))),
            _ => None,
        }
    }
}
