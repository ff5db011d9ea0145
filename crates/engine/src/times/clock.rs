//! Clock times: `下午三点十五`, `15:30`, `3pm`, `十一点`, `8点钟`, `3时1刻`. After a day
//! they extend its span (the value stays the day); standing alone they are a family of
//! their own whose value is the day of the date told last, else the reference date.

use super::lexicon::{CLOCK_OPENERS, DAYPARTS, HOUR_CLOSERS, HOUR_MARKERS, MERIDIEMS, NOT_HOURS, RANGE_MARKS};
use super::{skip_sp, Scanner, Val};
use crate::numbers::NumKind;

/// A clock time standing alone (下午三点, 15:30, 15点20分到16点30): the day of the
/// most recent explicit date, else the reference date, at day precision.
pub(super) fn scan(s: &Scanner<'_>, i: usize) -> Option<(usize, Val)> {
    let mut end = s.clock(i, false)?;
    let j = skip_sp(s.chars, end);
    if s.chars.get(j).is_some_and(|c| RANGE_MARKS.contains(c)) {
        if let Some(e2) = s.clock(skip_sp(s.chars, j + 1), true) {
            end = e2;
        }
    }
    let v = match &s.last_explicit {
        Some(Val::Day(d)) => Val::Day(*d),
        _ => s.reference.map(Val::Day).unwrap_or(Val::Vague),
    };
    Some((end, v))
}

impl Scanner<'_> {
    /// Extends a day expression over a following time of day (上午, 下午3点, 的3时1刻).
    pub(super) fn daypart(&self, end: usize) -> usize {
        let j = skip_sp(self.chars, end);
        let k = if self.has(j, "的") { j + 1 } else { j };
        if let Some(e) = self.clock(k, true) {
            return e;
        }
        match self.first_of(j, &DAYPARTS) {
            Some(p) => j + p.chars().count(),
            None => end,
        }
    }

    /// A clock time at `i`: `下午三点十五`, `15:30`, `3pm`, `十一点`, `8点钟`, `3时1刻`.
    /// `after_day` relaxes the checks for a clock that follows a date (where `3点5` is a
    /// time, not the decimal 3.5). Returns the end.
    pub(super) fn clock(&self, i: usize, after_day: bool) -> Option<usize> {
        let c = self.chars;
        let mut p = i;
        let mut part = false;
        if let Some(d) = DAYPARTS.iter().chain(CLOCK_OPENERS.iter()).find(|d| self.has(p, d)) {
            p += d.chars().count();
            part = true;
        }
        let h = self.num(p)?;
        if h.value.fract() != 0.0 || h.value > 24.0 || h.len > 3 || (p > 0 && c[p - 1].is_ascii_digit()) {
            return None;
        }
        let j = h.end;
        // 15:30, 11:00时, 3:15PM
        if h.kind == NumKind::Arabic && c.get(j) == Some(&':') {
            return self.colon_time(j);
        }
        if h.kind == NumKind::Arabic {
            if let Some(e) = self.meridiem(j) {
                return Some(e);
            }
        }
        if !matches!(c.get(j), Some('点' | '时')) || NOT_HOURS.iter().any(|w| self.has(j, w)) {
            return None;
        }
        let e = j + 1;
        if HOUR_CLOSERS.iter().any(|w| self.has(e, w)) {
            return Some(e + 1);
        }
        if let Some(m) = self.num(e) {
            if self.has(m.end, "刻") && (1.0..=3.0).contains(&m.value) {
                return Some(m.end + 1);
            }
            if self.has(m.end, "分") && m.value < 60.0 {
                return Some(m.end + 1 + usize::from(self.has(m.end + 1, "钟")));
            }
            // 下午三点十五: minutes without 分 only after a day part or a date; elsewhere a
            // number after 点 is a decimal (二十七点三, 零点五, 24点5度).
            if (part || after_day) && m.value < 60.0 && m.value.fract() == 0.0 && !self.has(m.end, "度") {
                return Some(m.end);
            }
            return None;
        }
        if part || after_day {
            return Some(e);
        }
        // A bare hour needs something that marks a time (十一点的事, 八点左右, 三点前).
        let next = c.get(e).copied();
        let marked = next.is_none_or(|x| !crate::text::is_han(x) && !x.is_ascii_alphanumeric())
            || HOUR_MARKERS.iter().any(|w| self.has(e, w));
        marked.then_some(e)
    }

    /// The minutes (and seconds) after an hour and the `:` at `j` (`15:30`, `11:00时`,
    /// `3:15PM`, `8:05:30`): the clock's end.
    fn colon_time(&self, j: usize) -> Option<usize> {
        let c = self.chars;
        let m = self.num(j + 1).filter(|m| m.kind == NumKind::Arabic && m.len == 2 && m.value < 60.0)?;
        let mut e = m.end;
        if c.get(e) == Some(&':') {
            e = self.num(e + 1).filter(|s| s.kind == NumKind::Arabic && s.len == 2)?.end;
        }
        if c.get(e).is_some_and(|x| x.is_ascii_digit()) {
            return None;
        }
        Some(self.meridiem(e).unwrap_or(if self.has(e, "时") { e + 1 } else { e }))
    }

    /// `pm`, `p.m.`, `am`, `a`, `p` right after an hour: its end.
    fn meridiem(&self, j: usize) -> Option<usize> {
        let c = self.chars;
        let word: String = c[j.min(c.len())..].iter().take_while(|x| x.is_ascii_alphabetic() || **x == '.').collect();
        let w = word.trim_end_matches('.').to_ascii_lowercase();
        MERIDIEMS.contains(&w.as_str()).then(|| j + word.chars().count())
    }
}
