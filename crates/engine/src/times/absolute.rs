//! Absolute dates: year-month-day in Chinese (`2022 年 11 月 30 日`, `民国113年`),
//! ISO (`2025-10-24`), English month/day (`12/3`, `3/3/2015`), compact (`20240307`),
//! the n-th weekday of a month (`十月第一个星期一`), and the parts of a year or month
//! after it (`第三季度`, `上半年`, `年底`, `中旬`). The relative scanners read the
//! same parts after `今年`, `上个月`.
//!
//! The family's entry reads a date, a time of day after a day, and the range the date
//! starts ([`Scanner::range_from`]).

use super::lexicon::{
    Third, FRACTION_CLOSERS, FRACTION_OPENERS, MONTH_PARTS, NOT_A_BARE_DAY, NOT_A_COMPACT_DATE, NOT_YEAR_ENDS,
    WEEK_UNITS, YEAR_ENDS, YEAR_PARTS,
};
use super::{is_day_mark, skip_sp, weekday_char, Scanner, Val};
use crate::analysis::TimeKind;
use crate::date::{days_in_month, Date};
use crate::numbers::{Num, NumKind};

/// The family's entry: an absolute date at `i`, extended over a time of day after a
/// day and over the range it starts.
pub(super) fn scan(s: &Scanner<'_>, i: usize) -> Option<(usize, Val)> {
    let (end, first) = s.decade(i).or_else(|| s.absolute(i)).or_else(|| s.lone_day(i)).or_else(|| s.lone_quarter(i))?;
    let (end, first) = if first.is_day() { s.timed(end, first) } else { (end, first) };
    Some(s.range_from(end, first))
}

/// The interval of quarter `k` (1 to 4) of year `y`.
pub(super) fn quarter(y: i32, k: u32) -> Val {
    Val::Text(format!("{y:04}-{:02}/{y:04}-{:02}", 3 * k - 2, 3 * k), TimeKind::Interval)
}

impl Scanner<'_> {
    /// Year-month-day, year-month, year, month-day, ISO dates, 民国 years, quarters and halves.
    pub(super) fn absolute(&self, i: usize) -> Option<(usize, Val)> {
        let c = self.chars;
        let (year, after_year) = if self.has(i, "民国") {
            let (y, p) = self.minguo_year(i)?;
            (Some(y), p)
        } else if let Some(n) = self.num(i) {
            if let Some(r) = self.numeric_date(i, n) {
                return Some(r);
            }
            match self.year_number(n) {
                Some((y, p)) => (Some(y), p),
                None => (None, i),
            }
        } else {
            (None, i)
        };
        // Month (and day), after a year or alone; spaces only after a year, so that no
        // expression starts with one.
        let q = if year.is_some() { skip_sp(c, after_year) } else { after_year };
        if let Some(m) = self.num(q) {
            let j = skip_sp(c, m.end);
            if c.get(j) == Some(&'月') && m.value.fract() == 0.0 && m.len <= 3 && !self.has(j + 1, "份额") {
                return self.month_date(year, m, j);
            }
        }
        let y = year?;
        // Quarters and halves after a year.
        if let Some(r) = self.part_of_year(after_year, y) {
            return Some(r);
        }
        Some((after_year, Val::Year(y)))
    }

    /// `民国113年` at `i`: the Gregorian year and where the rest of the date starts.
    fn minguo_year(&self, i: usize) -> Option<(i32, usize)> {
        let n = self.num(skip_sp(self.chars, i + 2))?;
        let j = skip_sp(self.chars, n.end);
        if self.chars.get(j) != Some(&'年') || n.value < 1.0 || n.value > 200.0 {
            return None;
        }
        Some((1911 + n.value as i32, j + 1))
    }

    /// A date written in digits and separators, starting with the number `n` at `i`:
    /// ISO-like (`2025-10-24`, `2025/10/24`, `2025.10.24`), `12/3`, `20240307`.
    fn numeric_date(&self, i: usize, n: Num) -> Option<(usize, Val)> {
        if n.kind != NumKind::Arabic || n.value.fract() != 0.0 {
            return None;
        }
        if n.len == 4 {
            if let Some(r) = self.iso(n) {
                return Some(r);
            }
        }
        if i == 0 || !self.chars[i - 1].is_ascii_digit() {
            return self.slash_date(n).or_else(|| self.compact_date(n));
        }
        None
    }

    /// A year written as four digits before `年` (not `年代`): the year and where the
    /// rest of the date starts.
    fn year_number(&self, n: Num) -> Option<(i32, usize)> {
        let j = skip_sp(self.chars, n.end);
        if self.chars.get(j) != Some(&'年') || self.has(j + 1, "代") {
            return None;
        }
        let yearish = (n.kind == NumKind::Arabic && n.len == 4 && n.value.fract() == 0.0)
            || (n.kind == NumKind::ChineseDigits && n.len == 4);
        if yearish {
            return Some((n.value as i32, j + 1));
        }
        // Short years: 12年6月1日, 九八年, 在98年.
        self.short_year(n, j).map(|y| (y, j + 1))
    }

    /// The date of month number `m` whose `月` is at `j`, after `year` if one was read:
    /// a day, the n-th weekday or a part of the month, or the month. `None` for a month
    /// or day that does not exist.
    fn month_date(&self, year: Option<i32>, m: Num, j: usize) -> Option<(usize, Val)> {
        let c = self.chars;
        let month = m.value as u32;
        if !(1..=12).contains(&month) {
            return None;
        }
        let p2 = skip_sp(c, j + 1);
        let y = year.or_else(|| self.year_of_range.get()).or_else(|| self.reference.map(|r| r.year()));
        if let Some(d) = self.num(p2) {
            let k = skip_sp(c, d.end);
            let suffixed = is_day_mark(c.get(k));
            // 10月22出生, 1月3至2月10: a day without 日 where no unit follows.
            let bare_day = !suffixed
                && d.kind == NumKind::Arabic
                && d.len <= 2
                && c.get(k).is_none_or(|&x| {
                    !x.is_ascii_alphanumeric() && !crate::numbers::is_chinese_numeral(x) && !NOT_A_BARE_DAY.contains(x)
                });
            if (suffixed || bare_day) && d.value.fract() == 0.0 {
                let day = d.value as u32;
                let end = if suffixed { k + 1 } else { d.end };
                return match y {
                    Some(y) => Date::new(y, month, day).map(|dt| (end, Val::Day(dt))),
                    None => (day >= 1 && day <= days_in_month(2000, month)).then_some((end, Val::MonthDay(month, day))),
                };
            }
        }
        let Some(y) = y else { return Some((j + 1, Val::Text(format!("XXXX-{month:02}"), TimeKind::Date))) };
        if let Some(r) = self.nth_weekday(j + 1, y, month).or_else(|| self.month_part(j + 1, y, month)) {
            return Some(r);
        }
        Some((j + 1, Val::Month(y, month)))
    }

    /// `12/3`, `2/15`, `3/3/2015`, `10/31/74`: month/day(/year), as written in English.
    /// Not after words that introduce fractions (约1/3, 占1/4) nor before 的/倍.
    fn slash_date(&self, m: Num) -> Option<(usize, Val)> {
        let c = self.chars;
        if m.len > 2 || !(1.0..=12.0).contains(&m.value) || c.get(m.end) != Some(&'/') {
            return None;
        }
        let start = m.end - m.len;
        if start > 0 && FRACTION_OPENERS.contains(c[start - 1]) {
            return None;
        }
        let d = self.num(m.end + 1).filter(|d| d.kind == NumKind::Arabic && d.len <= 2 && d.value.fract() == 0.0)?;
        let mut end = d.end;
        let mut year = self.reference.map(|r| r.year());
        if c.get(end) == Some(&'/') {
            let y = self.num(end + 1).filter(|y| y.kind == NumKind::Arabic && (y.len == 2 || y.len == 4))?;
            let v = y.value as i32;
            year = Some(if y.len == 4 {
                v
            } else if v <= 50 {
                2000 + v
            } else {
                1900 + v
            });
            end = y.end;
        }
        if c.get(end).is_some_and(|&x| {
            x.is_ascii_alphanumeric() || x == '/' || x == '%' || x == '.' || FRACTION_CLOSERS.contains(x)
        }) {
            return None;
        }
        let (month, day) = (m.value as u32, d.value as u32);
        match year {
            Some(y) => Date::new(y, month, day).map(|dt| (end, Val::Day(dt))),
            None => (day >= 1 && day <= days_in_month(2000, month)).then_some((end, Val::MonthDay(month, day))),
        }
    }

    /// `20240307`: eight digits that make a real date between 1900 and 2100, standing
    /// alone (not part of a longer number or followed by a unit).
    fn compact_date(&self, n: Num) -> Option<(usize, Val)> {
        let c = self.chars;
        if n.len != 8 || c.get(n.end).is_some_and(|&x| x.is_ascii_digit() || NOT_A_COMPACT_DATE.contains(x)) {
            return None;
        }
        let v = n.value as i64;
        let (y, m, d) = ((v / 10_000) as i32, (v / 100 % 100) as u32, (v % 100) as u32);
        if !(1900..=2100).contains(&y) {
            return None;
        }
        Date::new(y, m, d).map(|dt| (n.end, Val::Day(dt)))
    }

    /// `十月(的)第一个星期一`: the n-th such weekday of the month.
    fn nth_weekday(&self, p: usize, y: i32, m: u32) -> Option<(usize, Val)> {
        let mut q = p;
        if self.has(q, "的") {
            q += 1;
        }
        if !self.has(q, "第") {
            return None;
        }
        let n = self.num(q + 1)?;
        let mut k = n.end;
        if self.has(k, "个") {
            k += 1;
        }
        let unit = self.first_of(k, &WEEK_UNITS)?;
        k += unit.chars().count();
        let wd = weekday_char(*self.chars.get(k)?)?;
        let first = Date::new(y, m, 1)?;
        let offset = (i64::from(wd) - i64::from(first.weekday())).rem_euclid(7) + 7 * (n.value as i64 - 1);
        let d = first.add_days(offset)?;
        (d.month() == m).then_some((k + 1, Val::Day(d)))
    }

    /// `2025-10-24`, `2025/10/24`, `2025.10.24` from the year `y`.
    fn iso(&self, y: Num) -> Option<(usize, Val)> {
        let c = self.chars;
        let sep = *c.get(y.end)?;
        if !matches!(sep, '-' | '/' | '.') {
            return None;
        }
        let m = self.num(y.end + 1).filter(|m| m.kind == NumKind::Arabic && m.len <= 2)?;
        if c.get(m.end) != Some(&sep) {
            return None;
        }
        let d = self.num(m.end + 1).filter(|d| d.kind == NumKind::Arabic && d.len <= 2)?;
        if c.get(d.end).is_some_and(|x| x.is_ascii_digit()) {
            return None;
        }
        Some((d.end, Val::Day(Date::new(y.value as i32, m.value as u32, d.value as u32)?)))
    }

    /// `第二季(度)`, `上半年`, `下半年`, `前三季度`, `年底`, `年初` after a year.
    pub(super) fn part_of_year(&self, p: usize, y: i32) -> Option<(usize, Val)> {
        let c = self.chars;
        let q = skip_sp(c, p);
        if let Some(r) = self.quarter_of(q, y) {
            return Some(r);
        }
        if self.has(q, "前") {
            let n = self.num(q + 1)?;
            // 2018年前九个月, 今年前8个月, 前10月: January to the N-th month.
            let months_end = if self.has(n.end, "个月") {
                Some(n.end + 2)
            } else if self.has(n.end, "月") {
                Some(n.end + 1)
            } else {
                None
            };
            if let Some(end) = months_end.filter(|_| (1.0..=12.0).contains(&n.value) && n.value.fract() == 0.0) {
                return Some((end, Val::Text(format!("{y:04}-01/{y:04}-{:02}", n.value as u32), TimeKind::Interval)));
            }
            let q_at = n.end + usize::from(self.has(n.end, "个"));
            if self.has(q_at, "季") && (1.0..=4.0).contains(&n.value) {
                let k = n.value as u32;
                let end = q_at + 1 + usize::from(self.has(q_at + 1, "度"));
                return Some((end, Val::Text(format!("{y:04}-01/{y:04}-{:02}", 3 * k), TimeKind::Interval)));
            }
        }
        if c.get(p.wrapping_sub(1)) == Some(&'年') {
            for (pat, month) in YEAR_ENDS {
                if self.has(p, pat) && !NOT_YEAR_ENDS.iter().any(|w| self.has(p, w)) {
                    return Some((p + 1, Val::Text(format!("{y:04}-{month:02}"), TimeKind::Date)));
                }
            }
        }
        for (pat, from, to) in YEAR_PARTS {
            if self.has(q, pat) {
                let v =
                    if from == to { format!("{y:04}-{from:02}") } else { format!("{y:04}-{from:02}/{y:04}-{to:02}") };
                return Some((q + pat.chars().count(), Val::written(v)));
            }
        }
        self.holiday_of(q, y)
    }

    /// Parts of a month after it: 上旬 (1–10), 中旬 (11–20), 下旬 / 月底 / 月末 (21–end),
    /// 月初 (1–10), 月中 (11–20).
    pub(super) fn month_part(&self, end: usize, y: i32, m: u32) -> Option<(usize, Val)> {
        if let Some(r) = self.month_slice(end, y, m) {
            return Some(r);
        }
        let last = days_in_month(y, m);
        for (pat, third) in MONTH_PARTS {
            // 底/末/初 alone only right after 月 (12月底, 3月初).
            if pat.chars().count() == 1 && self.chars.get(end.wrapping_sub(1)) != Some(&'月') {
                continue;
            }
            if self.has(end, pat) {
                let (a, b) = match third {
                    Third::Early => (1, 10),
                    Third::Middle => (11, 20),
                    Third::Late => (21, last),
                };
                let v = format!("{y:04}-{m:02}-{a:02}/{y:04}-{m:02}-{b:02}");
                return Some((end + pat.chars().count(), Val::Text(v, TimeKind::Interval)));
            }
        }
        None
    }
}
