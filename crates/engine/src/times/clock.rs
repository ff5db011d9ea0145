//! Clock times: `下午三点十五`, `15:30`, `3pm`, `十一点`, `8点钟`, `3时1刻`, `3时许`.
//! After a day they extend its span and make it a date-time (`3日下午3时半` →
//! `2019-08-03T15:30`); standing alone they are a family of their own, on the day of
//! the date told last, else the reference date. A range of hours within the day
//! (`晚上6时至10时`) is an interval of date-times; its second end keeps the first's
//! half of the day.

use super::lexicon::{
    CLOCK_OPENERS, DAYPARTS, EVENING_WORDS, FIVE_MINUTE_LINKS, HOUR_CLOSERS, HOUR_MARKERS, MERIDIEMS, NIGHT_WORDS,
    NOON_WORDS, NOT_HOURS, RANGE_MARKS,
};
use super::{skip_sp, Scanner, Val};
use crate::date::Date;
use crate::numbers::NumKind;

/// A clock time read at a position.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Clock {
    pub(super) end: usize,
    /// 0–24, after the day part (`下午3点` is 15).
    pub(super) hour: u32,
    pub(super) minute: u32,
    /// Whether a day part or meridiem said which half of the day it is.
    pub(super) halved: bool,
}

/// A clock time standing alone (下午三点, 15:30, 15点20分到16点30): on the day of the
/// most recent explicit date, else the reference date.
pub(super) fn scan(s: &Scanner<'_>, i: usize) -> Option<(usize, Val)> {
    let c = s.clock_at(i, false, false)?;
    let day = match &s.last_explicit {
        Some(Val::Day(d)) => Some(*d),
        _ => s.reference,
    };
    let Some(day) = day else {
        let end = s.clock_range(c, None).map_or(c.end, |(e, _)| e);
        return Some((end, Val::Vague));
    };
    Some(s.clock_range(c, Some(day)).unwrap_or((c.end, Val::At(day, c.hour, c.minute))))
}

impl Scanner<'_> {
    /// A day expression `val` ending at `end`, extended over a following time of day:
    /// a clock makes it a date-time (上午9时, 的3时1刻, and a range of hours after it),
    /// a day part alone (上午, 晚上) only widens the span.
    #[inline(never)]
    pub(super) fn timed(&self, end: usize, val: Val) -> (usize, Val) {
        let j = skip_sp(self.chars, end);
        let k = if self.has(j, "的") { j + 1 } else { j };
        // 今晚8点, 当晚7时: the evening the day word names.
        let evening = end > 0 && matches!(self.chars[end - 1], '晚' | '夜');
        if let Some(c) = self.clock_at(k, true, evening) {
            let day = match val {
                Val::Day(d) => Some(d),
                _ => None,
            };
            if let Some(r) = day.and_then(|d| self.clock_range(c, Some(d))) {
                return r;
            }
            let v = match val {
                Val::Day(d) => Val::At(d, c.hour, c.minute),
                Val::MonthDay(m, d) => Val::written(format!("XXXX-{m:02}-{d:02}T{:02}:{:02}", c.hour, c.minute)),
                other => other,
            };
            return (c.end, v);
        }
        match (self.first_of(j, &DAYPARTS), val) {
            // 今天中午: noon.
            (Some("中午"), Val::Day(d)) => (j + 2, Val::At(d, 12, 0)),
            (Some(p), val) => (j + p.chars().count(), val),
            (None, val) => (end, val),
        }
    }

    /// The clock `first` on `day` and a second one after a range mark (`6时至10时`):
    /// the interval's end and value.
    pub(super) fn clock_range(&self, first: Clock, day: Option<Date>) -> Option<(usize, Val)> {
        let j = skip_sp(self.chars, first.end);
        if !self.chars.get(j).is_some_and(|c| RANGE_MARKS.contains(c)) {
            return None;
        }
        let mut second = self.clock_at(skip_sp(self.chars, j + 1), true, false)?;
        // 下午3点至5点: the second end keeps the first's half of the day.
        if !second.halved && first.hour >= 12 && second.hour < 12 {
            second.hour += 12;
        }
        let Some(d) = day else { return Some((second.end, Val::Vague)) };
        let v = format!("{}T{:02}:{:02}/{}T{:02}:{:02}", d, first.hour, first.minute, d, second.hour, second.minute);
        Some((second.end, Val::written(v)))
    }

    /// A clock time at `i`: `下午三点十五`, `15:30`, `3pm`, `十一点`, `8点钟`, `3时1刻`.
    /// `after_day` relaxes the checks for a clock that follows a date (where `3点5` is a
    /// time, not the decimal 3.5); `evening` says the day before it was an evening.
    pub(super) fn clock_at(&self, i: usize, after_day: bool, evening: bool) -> Option<Clock> {
        let c = self.chars;
        let mut p = i;
        let mut part = None;
        if let Some(d) = DAYPARTS.iter().chain(CLOCK_OPENERS.iter()).find(|d| self.has(p, d)) {
            p = super::skip_sp(c, p + d.chars().count());
            part = Some(*d);
        }
        let h = self.num(p)?;
        if h.value.fract() != 0.0 || h.value > 24.0 || h.len > 3 || (p > 0 && c[p - 1].is_ascii_digit()) {
            return None;
        }
        let raw = h.value as u32;
        let part = part.or(evening.then_some("晚"));
        let at = |end: usize, minute: u32| Some(Clock { end, hour: hour24(raw, part), minute, halved: part.is_some() });
        let j = h.end;
        // 15:30, 11:00时, 3:15PM
        if h.kind == NumKind::Arabic && c.get(j) == Some(&':') {
            let (end, minute, pm) = self.colon_time(j)?;
            return Some(Clock {
                end,
                hour: meridiem_hour(hour24(raw, part), pm),
                minute,
                halved: part.is_some() || pm.is_some(),
            });
        }
        if h.kind == NumKind::Arabic {
            if let Some((e, pm)) = self.meridiem(j) {
                return Some(Clock { end: e, hour: meridiem_hour(raw, Some(pm)), minute: 0, halved: true });
            }
        }
        if !matches!(c.get(j), Some('点' | '时')) || NOT_HOURS.iter().any(|w| self.has(j, w)) {
            return None;
        }
        let e = j + 1;
        if let Some(w) = HOUR_CLOSERS.iter().find(|w| self.has(e, w)) {
            return at(e + w.chars().count(), if *w == "半" { 30 } else { 0 });
        }
        // Elsewhere a number after 点 is a decimal (二十七点三, 零点五).
        if let Some((end, minute, marked)) = self.five_minutes(e) {
            if marked || part.is_some() || after_day {
                return at(end, minute);
            }
        }
        if let Some(m) = self.num(e) {
            let minute = m.value as u32;
            if self.has(m.end, "刻") && (1.0..=3.0).contains(&m.value) {
                return at(m.end + 1, 15 * minute);
            }
            if self.has(m.end, "分") && m.value < 60.0 && m.value.fract() == 0.0 {
                return at(m.end + 1 + usize::from(self.has(m.end + 1, "钟")), minute);
            }
            // 下午三点十五: minutes without 分 only after a day part or a date; elsewhere a
            // number after 点 is a decimal (二十七点三, 零点五, 24点5度).
            if (part.is_some() || after_day) && m.value < 60.0 && m.value.fract() == 0.0 && !self.has(m.end, "度") {
                return at(m.end, minute);
            }
            return None;
        }
        if part.is_some() || after_day {
            return at(e, 0);
        }
        // A bare hour needs something that marks a time (十一点的事, 八点左右, 三点前).
        let next = c.get(e).copied();
        let marked = next.is_none_or(|x| !crate::text::is_han(x) && !x.is_ascii_alphanumeric())
            || HOUR_MARKERS.iter().any(|w| self.has(e, w));
        if marked {
            at(e, 0)
        } else {
            None
        }
    }

    /// Cantonese minutes in fives after `點` at `e`: `三點三` (3:15), `三點踏三`, `三點搭半`,
    /// `三點一個字` (3:05): a single numeral from 1 to 11 counts five minutes (字).
    /// Also says whether a Cantonese word marks it (`踏`, `个字`).
    fn five_minutes(&self, e: usize) -> Option<(usize, u32, bool)> {
        let linked = self.first_of(e, &FIVE_MINUTE_LINKS);
        let p = e + linked.map_or(0, |w| w.chars().count());
        if linked.is_some() && self.has(p, "半") {
            return Some((p + 1, 30, true));
        }
        let n = self.num(p).filter(|n| n.kind == NumKind::Chinese && n.len == 1 && (1.0..=11.0).contains(&n.value))?;
        if self.has(n.end, "分") || self.has(n.end, "刻") {
            return None;
        }
        let word = self.has(n.end, "个字");
        let end = n.end + if word { 2 } else { 0 };
        Some((end, 5 * n.value as u32, linked.is_some() || word))
    }

    /// The minutes (and seconds) after an hour and the `:` at `j` (`15:30`, `11:00时`,
    /// `3:15PM`, `8:05:30`): the clock's end, its minutes and a meridiem after it.
    fn colon_time(&self, j: usize) -> Option<(usize, u32, Option<bool>)> {
        let c = self.chars;
        let m = self.num(j + 1).filter(|m| m.kind == NumKind::Arabic && m.len == 2 && m.value < 60.0)?;
        let mut e = m.end;
        if c.get(e) == Some(&':') {
            e = self.num(e + 1).filter(|s| s.kind == NumKind::Arabic && s.len == 2)?.end;
        }
        if c.get(e).is_some_and(|x| x.is_ascii_digit()) {
            return None;
        }
        let minute = m.value as u32;
        Some(match self.meridiem(e) {
            Some((end, pm)) => (end, minute, Some(pm)),
            None => (if self.has(e, "时") { e + 1 } else { e }, minute, None),
        })
    }

    /// `pm`, `p.m.`, `am`, `a`, `p` right after an hour: its end and whether it is `p`.
    fn meridiem(&self, j: usize) -> Option<(usize, bool)> {
        let c = self.chars;
        let word: String = c[j.min(c.len())..].iter().take_while(|x| x.is_ascii_alphabetic() || **x == '.').collect();
        let w = word.trim_end_matches('.').to_ascii_lowercase();
        MERIDIEMS.contains(&w.as_str()).then(|| (j + word.chars().count(), w.starts_with('p')))
    }
}

/// The hour `h` of the day part `part` on a 24-hour clock (`下午3点` 15, `中午1点` 13,
/// `深夜11点` 23, `凌晨12点` 0).
fn hour24(h: u32, part: Option<&str>) -> u32 {
    let Some(p) = part else { return h };
    let evening = EVENING_WORDS.contains(&p) && h < 12;
    let night = NIGHT_WORDS.contains(&p) && (6..12).contains(&h);
    let after_noon = NOON_WORDS.contains(&p) && h <= 5;
    if evening || night || after_noon {
        h + 12
    } else if p == "凌晨" && h == 12 {
        0
    } else {
        h
    }
}

/// The hour after an English meridiem (`3pm` 15, `12am` 0).
fn meridiem_hour(h: u32, pm: Option<bool>) -> u32 {
    match pm {
        Some(true) if h < 12 => h + 12,
        Some(false) if h == 12 => 0,
        _ => h,
    }
}
