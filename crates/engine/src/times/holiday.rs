//! Holidays: fixed ones of the Gregorian calendar (`元旦`, `国庆`, `五一`, `双十节`),
//! festivals of the lunar calendar (`春节`, `元宵`, `端午`, `中秋`, `重阳`, `除夕`) and
//! the solar term `清明`, placed by [`super::lunar`]; school holidays (`暑假`, `寒假`)
//! as their months.
//!
//! A holiday without a year is its next occurrence on or after the reference date
//! (Duckling's convention: `春节` told on 2025-09-25 is 2026-02-17); after a year
//! (`2019年春节`, `去年中秋`, `明年国庆`, read by the absolute and relative scanners
//! through [`Scanner::holiday_of`]) it is that year's. `前` before it makes an open
//! interval ending on it (`春节前` → `../2026-02-17`), `后` one starting on it, and
//! `前夕` the day before it.

use super::lexicon::{Around, Holiday, AROUND_HOLIDAY, GUARDED_HOLIDAYS, HOLIDAYS, HOLIDAY_CUES, HOLIDAY_SECONDS};
use super::{lunar, Scanner, Val};
use crate::analysis::TimeKind;
use crate::date::{days_in_month, Date};

/// A holiday at `i`: its next occurrence on or after the reference date.
pub(super) fn scan(s: &Scanner<'_>, i: usize) -> Option<(usize, Val)> {
    let (end, h) = s.holiday_name(i)?;
    let Some(r) = s.reference else { return Some((s.around(end).0, Val::Vague)) };
    let h = s.localized(h);
    let this = within(h, r.year())?;
    let v = if last_day(&this).is_some_and(|d| d >= r) { this } else { within(h, r.year() + 1)? };
    Some(s.placed(end, v))
}

/// The holiday `h` in the Gregorian year `y`.
fn within(h: Holiday, y: i32) -> Option<Val> {
    let day = match h {
        Holiday::Solar(m, d) => Date::new(y, m, d)?,
        Holiday::National => Date::new(y, 10, 1)?,
        // 腊八 of lunar year y−1 falls in January of y.
        Holiday::Lunar(m, d) => {
            [y - 1, y].iter().find_map(|&ly| lunar::to_gregorian(ly, m, false, d).filter(|g| g.year() == y))?
        }
        Holiday::Eve => lunar::new_years_eve(y - 1)?,
        Holiday::Qingming => lunar::qingming(y)?,
        Holiday::Months(a, b) => return Some(Val::written(format!("{y:04}-{a:02}/{y:04}-{b:02}"))),
    };
    Some(Val::Day(day))
}

/// The last day of a holiday's value.
fn last_day(v: &Val) -> Option<Date> {
    match v {
        Val::Day(d) => Some(*d),
        Val::Text(t, _) => {
            let (y, m) = t.rsplit('/').next()?.split_once('-')?;
            let (y, m) = (y.parse().ok()?, m.parse().ok()?);
            Date::new(y, m, days_in_month(y, m))
        }
        _ => None,
    }
}

impl Scanner<'_> {
    /// A holiday's name at `i`: its end and the holiday.
    fn holiday_name(&self, i: usize) -> Option<(usize, Holiday)> {
        // Most chars a holiday starts with (国, 大, 中, 新) start no holiday: a name is
        // compared only where its second char follows.
        if !self.chars.get(i + 1).is_some_and(|&c| HOLIDAY_SECONDS.contains(c)) {
            return None;
        }
        let &(pat, h) = HOLIDAYS.iter().find(|(p, _)| self.has(i, p))?;
        let end = i + pat.chars().count();
        if GUARDED_HOLIDAYS.contains(&pat) {
            let numeral_before = i > 0 && crate::numbers::is_chinese_numeral(self.chars[i - 1]);
            if numeral_before || !self.chars.get(end).is_some_and(|&c| HOLIDAY_CUES.contains(c)) {
                return None;
            }
        }
        Some((end, h))
    }

    /// The holiday named at `p` in year `y` (`2019年春节`, `去年中秋`).
    pub(super) fn holiday_of(&self, p: usize, y: i32) -> Option<(usize, Val)> {
        let (end, h) = self.holiday_name(p)?;
        Some(self.placed(end, within(self.localized(h), y)?))
    }

    /// National Day is 10-10 in a text that counts 民国 years (a Taiwanese one).
    fn localized(&self, h: Holiday) -> Holiday {
        if h == Holiday::National && self.minguo_text() {
            Holiday::Solar(10, 10)
        } else {
            h
        }
    }

    /// The word after a holiday that places a time around it, and the end.
    fn around(&self, end: usize) -> (usize, Option<Around>) {
        match AROUND_HOLIDAY.iter().find(|(w, _)| self.has(end, w)) {
            Some(&(w, a)) => (end + w.chars().count(), Some(a)),
            None => (end, None),
        }
    }

    /// The value `v` of a holiday ending at `end`, with what places a time around it.
    fn placed(&self, end: usize, v: Val) -> (usize, Val) {
        let (stop, around) = self.around(end);
        let Some(around) = around else { return (end, v) };
        let (first, last) = match &v {
            Val::Day(d) => (d.to_string(), d.to_string()),
            Val::Text(t, _) => match t.split_once('/') {
                Some((a, b)) => (a.to_string(), b.to_string()),
                None => (t.clone(), t.clone()),
            },
            _ => return (end, v),
        };
        let placed = match (around, &v) {
            (Around::Eve, Val::Day(d)) => return d.add_days(-1).map_or((end, v.clone()), |e| (stop, Val::Day(e))),
            (Around::Eve, _) => return (end, v),
            (Around::Before, _) => format!("../{first}"),
            (Around::After, _) => format!("{last}/.."),
        };
        (stop, Val::Text(placed, TimeKind::Interval))
    }
}

#[cfg(test)]
mod tests {
    use super::super::lexicon::{HOLIDAYS, HOLIDAY_SECONDS};

    /// The quick refusal knows every name's second char.
    #[test]
    fn holiday_seconds_cover_the_names() {
        for (name, _) in HOLIDAYS {
            let second = name.chars().nth(1).unwrap();
            assert!(HOLIDAY_SECONDS.contains(second), "{name}");
        }
    }
}
