//! Relative expressions, counted from the reference date: day words (`今天`, `寻日`,
//! `大后天`), year words with what follows them (`去年9月`, `今年上半年`), months
//! (`上上个月五号`), quarters (`下个季度`, `前三季度`), weeks (`下下周一`, `本周末`) and
//! bare weekdays (`周四`: the most recent one, or the next one after a future cue).
//! Without a reference date they are recognized with no value.

use super::absolute::quarter;
use super::lexicon::{
    BOUND_DAY_OPENERS, BOUND_DAY_WORDS, DAY_WORDS, FUTURE_CUES, LONE_PART_FIRSTS, QUARTER_UNITS, THIS_WORDS,
    WEEK_UNITS, YEAR_WORDS,
};
use super::{is_day_mark, shift_month, skip_sp, weekday_char, Scanner, Val};
use crate::analysis::TimeKind;
use crate::date::Date;

/// Relative expressions: days, years, months, quarters, weeks and weekdays.
pub(super) fn scan(s: &Scanner<'_>, i: usize) -> Option<(usize, Val)> {
    // Parts told alone are all that start at these (frequent) chars.
    if s.chars.get(i).is_some_and(|c| LONE_PART_FIRSTS.contains(*c)) {
        return s.lone_part(i);
    }
    s.day_word(i)
        .or_else(|| s.decade(i))
        .or_else(|| s.numbered_today(i))
        .or_else(|| s.numbered_year(i))
        .or_else(|| s.year_word(i))
        .or_else(|| s.relative_month(i))
        .or_else(|| s.relative_quarter(i))
        .or_else(|| s.relative_week(i))
        .or_else(|| s.bare_weekday(i))
        .or_else(|| s.lone_part(i))
}

/// The interval from Saturday to Sunday of the week starting on `monday`.
fn weekend(monday: Date) -> Option<Val> {
    Some(Val::Text(format!("{}/{}", monday.add_days(5)?, monday.add_days(6)?), TimeKind::Interval))
}

impl Scanner<'_> {
    /// Day words (`今天`, `寻日`, `大后天`, `今晚`); `前日`/`后日` only as whole words
    /// (not 提前日期, 最后日).
    fn day_word(&self, i: usize) -> Option<(usize, Val)> {
        for (pat, offset) in DAY_WORDS {
            if self.has(i, pat) {
                if BOUND_DAY_WORDS.contains(&pat)
                    && i > 0
                    && crate::text::is_han(self.chars[i - 1])
                    && !BOUND_DAY_OPENERS.contains(self.chars[i - 1])
                {
                    continue;
                }
                let end = i + pat.chars().count();
                let Some(d) = self.reference.and_then(|d| d.add_days(offset)) else { return Some((end, Val::Vague)) };
                // 前日(9日): the day in brackets says which.
                return Some(self.bracketed_day(end, d).map_or((end, Val::Day(d)), |(e, b)| (e, Val::Day(b))));
            }
        }
        None
    }

    /// 今(4)日, 今(1日)天: the 4th, the 1st of the reference month.
    fn numbered_today(&self, i: usize) -> Option<(usize, Val)> {
        if !self.has(i, "今(") {
            return None;
        }
        let n = self.num(i + 2)?;
        let end = if self.has(n.end, ")日") || self.has(n.end, ")天") {
            n.end + 2
        } else if self.has(n.end, "日)天") || self.has(n.end, "日)日") {
            n.end + 3
        } else {
            return None;
        };
        let r = self.reference;
        let v = r.and_then(|d| Date::new(d.year(), d.month(), n.value as u32)).map(Val::Day).unwrap_or(Val::Vague);
        Some((end, v))
    }

    /// 去(2024)年, 今(2025)年: the year in brackets, with what follows it as after a
    /// year (去(2024)年底).
    fn numbered_year(&self, i: usize) -> Option<(usize, Val)> {
        if !["今(", "去(", "明("].iter().any(|w| self.has(i, w)) {
            return None;
        }
        let n = self.num(i + 2).filter(|n| n.len == 4 && n.value.fract() == 0.0)?;
        if !self.has(n.end, ")年") {
            return None;
        }
        let (y, end) = (n.value as i32, n.end + 2);
        Some(self.part_of_year(end, y).unwrap_or((end, Val::Year(y))))
    }

    /// Year words and what follows them: 去年, 去年9月, 今年3月5日, 今年上半年,
    /// 去年年底, 上年末, 去年腊月.
    fn year_word(&self, i: usize) -> Option<(usize, Val)> {
        let &(pat, offset) = YEAR_WORDS.iter().find(|(p, _)| self.has(i, p))?;
        let end = i + pat.chars().count();
        let Some(year) = self.reference.map(|d| d.year() + offset) else {
            // No reference: still take the month and day along (去年9月), valueless.
            let whole = self.absolute(skip_sp(self.chars, end)).map_or(end, |(e, _)| e);
            return Some((whole, Val::Vague));
        };
        if let Some(m) = self.num(skip_sp(self.chars, end)) {
            let j = skip_sp(self.chars, m.end);
            if self.chars.get(j) == Some(&'月') && (1.0..=12.0).contains(&m.value) {
                let month = m.value as u32;
                if let Some(d) = self.num(skip_sp(self.chars, j + 1)) {
                    let k = skip_sp(self.chars, d.end);
                    if is_day_mark(self.chars.get(k)) {
                        return Date::new(year, month, d.value as u32).map(|dt| (k + 1, Val::Day(dt)));
                    }
                }
                return Some(self.month_part(j + 1, year, month).unwrap_or((j + 1, Val::Month(year, month))));
            }
        }
        if let Some(rr) = self.part_of_year(end, year) {
            return Some(rr);
        }
        if let Some(e) = self.lunar_month(end) {
            return Some((e, Val::Vague));
        }
        Some((end, Val::Year(year)))
    }

    /// Months: 本月, 这个月, 今个月, 上(上)个月, 下(下)个月, with an optional day or part.
    fn relative_month(&self, i: usize) -> Option<(usize, Val)> {
        let (end, offset) = self.shifted_unit(i, &["月"])?;
        let Some(d) = self.reference else { return Some((end, Val::Vague)) };
        let (y, m) = shift_month(d, offset);
        if let Some(n) = self.num(skip_sp(self.chars, end)) {
            let k = skip_sp(self.chars, n.end);
            if is_day_mark(self.chars.get(k)) {
                return Date::new(y, m, n.value as u32).map(|dt| (k + 1, Val::Day(dt)));
            }
        }
        Some(self.month_part(end, y, m).unwrap_or((end, Val::Month(y, m))))
    }

    /// Quarters: 本季度, 上个季度, 下下个季度; 前季 / 前一季 (the one before the
    /// reference quarter); 前三季度 / 第二季度 without a year (the reference year's).
    fn relative_quarter(&self, i: usize) -> Option<(usize, Val)> {
        let r = self.reference;
        let quarter_from = |d: Date, offset: i32| {
            let q = d.year() * 4 + (d.month() as i32 - 1) / 3 + offset;
            quarter(q.div_euclid(4), q.rem_euclid(4) as u32 + 1)
        };
        if let Some((end, offset)) = self.shifted_unit(i, &QUARTER_UNITS) {
            let Some(d) = r else { return Some((end, Val::Vague)) };
            return Some((end, quarter_from(d, offset)));
        }
        if self.has(i, "前季") || self.has(i, "前一季") {
            let end = i + if self.has(i, "前季") { 2 } else { 3 } + usize::from(self.has(i + 3, "度"));
            let Some(d) = r else { return Some((end, Val::Vague)) };
            return Some((end, quarter_from(d, -1)));
        }
        if self.has(i, "前") || self.has(i, "第") {
            if let (Some(d), Some(n)) = (r, self.num(i + 1)) {
                let quarters = (self.has(n.end, "季") || self.has(n.end, "个季")) && (1.0..=4.0).contains(&n.value);
                // 前10月: the year's first ten months (前10个月 counts back from today).
                let months = self.has(i, "前") && self.has(n.end, "月") && (1.0..=12.0).contains(&n.value);
                if quarters || months {
                    return self.part_of_year(i, d.year());
                }
            }
        }
        None
    }

    /// Weeks: 本周一, 这礼拜, 今个星期三, 上周, 下下周一, 本周末.
    fn relative_week(&self, i: usize) -> Option<(usize, Val)> {
        let (j, w) = self.shifted_unit(i, &WEEK_UNITS)?;
        let day_word = self.chars.get(j).and_then(|&c| weekday_char(c)).map(|d| (d, j + 1));
        let Some(d) = self.reference else { return Some((day_word.map(|x| x.1).unwrap_or(j), Val::Vague)) };
        let monday = d.add_days(-(i64::from(d.weekday()) - 1) + 7 * i64::from(w))?;
        if self.has(j, "末") {
            return Some((j + 1, weekend(monday)?));
        }
        Some(match day_word {
            Some((wd, end)) => (end, Val::Day(monday.add_days(i64::from(wd) - 1)?)),
            None => (j, Val::Text(format!("{}/{}", monday, monday.add_days(6)?), TimeKind::Interval)),
        })
    }

    /// Bare weekdays: 周四, 星期五 (the most recent, or the next after a future cue);
    /// 周末 (the weekend of the reference week).
    fn bare_weekday(&self, i: usize) -> Option<(usize, Val)> {
        let p = self.first_of(i, &WEEK_UNITS)?;
        let k = i + p.chars().count();
        // 周期, 周年, 周边… are not weekdays: require a weekday char.
        let wd = weekday_char(*self.chars.get(k)?)?;
        let end = k + 1;
        let Some(d) = self.reference else { return Some((end, Val::Vague)) };
        if wd == 7 && self.chars.get(end - 1) == Some(&'末') {
            let monday = d.add_days(-(i64::from(d.weekday()) - 1))?;
            return Some((end, weekend(monday)?));
        }
        let future = FUTURE_CUES.iter().any(|c| self.has_before(i, c));
        let diff = i64::from(wd) - i64::from(d.weekday());
        let offset = if future {
            if diff > 0 {
                diff
            } else {
                diff + 7
            }
        } else if diff <= 0 {
            diff
        } else {
            diff - 7
        };
        Some((end, Val::Day(d.add_days(offset)?)))
    }

    /// A unit shifted from the reference one: `这(一/个)`, `本`, `今个` (0), `上(个)` (−1),
    /// `上上(个)` (−2), `下(个)` (+1), `下下(个)` (+2) … before one of `units`. Returns
    /// the end and the shift.
    fn shifted_unit(&self, i: usize, units: &[&str]) -> Option<(usize, i32)> {
        let c = self.chars;
        let mut j = i;
        let mut shift = 0i32;
        let mut prefixed = false;
        if let Some(pat) = self.first_of(j, &THIS_WORDS) {
            j += pat.chars().count();
            prefixed = true;
        }
        if !prefixed {
            while j < c.len() && (c[j] == '上' || c[j] == '下') && j - i < 3 {
                shift += if c[j] == '上' { -1 } else { 1 };
                j += 1;
                prefixed = true;
            }
            if prefixed && c.get(j) == Some(&'个') {
                j += 1;
            }
        }
        if !prefixed {
            return None;
        }
        let unit = self.first_of(j, units)?;
        // 上月 and 下月 are months, but 下周期 is not a week, nor 本周年 a weekday.
        let end = j + unit.chars().count();
        if unit == "周" && (self.has(end, "年") || self.has(end, "期") || self.has(end, "边")) {
            return None;
        }
        Some((end, shift))
    }
}
