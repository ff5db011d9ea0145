//! Durations and what is counted in units: lengths of time (`约 15 个小时` →
//! `PT15H`, `十年` → `P10Y`), points that many units before or after the reference
//! date (`两个月前`, `三年后`: counted from the date just told when the text narrates
//! one) and spans of whole units next to the reference one (`前两天`, `下三周`).

use super::fuzzy::{bounds_after, Bounds};
use super::lexicon::{Unit, ABOUT, ABOUT_YEARS, DIRECTIONS, DURATION_UNITS, NOT_A_DURATION, UNITS_AWAY, WITHIN};
use super::{shift_month, skip_sp, weekday_char, Scanner, Val};
use crate::analysis::TimeKind;
use crate::date::Date;
use crate::numbers::{Num, NumKind};

/// A count of units read at a position, with what stands around it.
struct Count {
    /// Where the expression starts.
    start: usize,
    /// Where the number starts (after `约`, `前`…).
    number_at: usize,
    /// −1 or +1 after `前`/`上` or `下`/`后` (`前两天`), else 0.
    span_dir: i64,
    n: Num,
    /// The unit's word and unit.
    word: &'static str,
    unit: Unit,
    /// Where the unit ends.
    end: usize,
    /// `前`, `之后`… after the unit.
    direction: Option<&'static str>,
    /// The bounds of a fuzzy count (`十多`, `几百`).
    fuzzy: Option<Bounds>,
}

/// Durations: 约 15 个小时, 十年, 两小时, 三天, 六个月; relative points `N天前`,
/// `N个月后`, `N年前`, `两星期之前` (the week N weeks away); and relative spans
/// `前两天`, `上二个月`, `下三周`, `后三个月` (the N units before or after the
/// reference one).
pub(super) fn scan(s: &Scanner<'_>, i: usize) -> Option<(usize, Val)> {
    let k = s.count(i)?;
    let whole = k.n.value.fract() == 0.0;
    if let (Some(dir_word), true, 0) = (k.direction, whole, k.span_dir) {
        return s.units_from(&k, dir_word);
    }
    if k.span_dir != 0 {
        if !whole || s.has(k.end, "前") || s.has(k.end, "后") {
            return None;
        }
        // 前两小时, 下三分钟: within the reference day (its hours are not known).
        if k.unit.is_time() {
            return Some((k.end, s.reference.map_or(Val::Vague, Val::Day)));
        }
        return s.units_next_to(&k);
    }
    // 45分钟以内: within the reference day.
    if let Some(w) = WITHIN.iter().find(|w| k.unit.is_time() && s.has(k.end, w)) {
        return Some((k.end + w.chars().count(), s.reference.map_or(Val::Vague, Val::Day)));
    }
    if NOT_A_DURATION.contains(&k.word) {
        return None;
    }
    let value = if whole { format!("{}", k.n.value as i64) } else { format!("{}", k.n.value) };
    let code = k.unit.code();
    let v = if k.unit.is_time() { format!("PT{value}{code}") } else { format!("P{value}{code}") };
    Some((k.end, Val::Text(v, TimeKind::Duration)))
}

impl Scanner<'_> {
    /// The count of units at `i`, if it can be a duration, a point or a span.
    fn count(&self, i: usize) -> Option<Count> {
        let c = self.chars;
        let mut p = i;
        let mut span_dir = 0;
        if let Some(&(pre, dir)) = UNITS_AWAY.iter().find(|(pre, _)| self.has(i, pre) && self.num(i + 1).is_some()) {
            p = i + pre.chars().count();
            span_dir = dir;
        }
        if span_dir == 0 {
            if let Some(pre) = self.first_of(i, &ABOUT) {
                p = skip_sp(c, i + pre.chars().count());
            }
        }
        let (n, mut fuzzy) = match self.few(p) {
            Some((n, b)) => (n, Some(b)),
            None => (self.num(p)?, None),
        };
        if n.value <= 0.0 || n.value > 10_000.0 {
            return None;
        }
        let mut j = skip_sp(c, n.end);
        if let Some(&m) = c.get(j).filter(|&&m| matches!(m, '多' | '余' | '几')) {
            fuzzy = fuzzy.or(bounds_after(&n, m));
            j += 1;
        }
        if self.has(j, "个") {
            j += 1;
        }
        j = skip_sp(c, j);
        let &(word, unit) = DURATION_UNITS.iter().find(|(u, _)| self.has(j, u))?;
        let mut end = j + word.chars().count();
        // 两年多前: more than two years back.
        if fuzzy.is_none() && self.has(end, "多") && DIRECTIONS.iter().any(|w| self.has(end + 1, w)) {
            fuzzy = bounds_after(&Num { value: n.value.floor() + 0.5, ..n }, '多')
                .or(Some(Bounds { low: n.value as i64, high: n.value as i64 + 1 }));
            end += 1;
        }
        // 九月 is a month and 三日 a date: months need 个 (or a direction), days written
        // 日 need a direction after them.
        let direction = self.first_of(end, &DIRECTIONS);
        let undirected = span_dir == 0 && direction.is_none();
        // 几天, 几十年: a count too vague for a duration; only a point (几天前) has a value.
        if undirected && self.has(p, "几") {
            return None;
        }
        if word == "月" && !self.has(j - 1, "个") && undirected {
            return None;
        }
        if (word == "日" || word == "秒") && undirected {
            return None;
        }
        // 两个钟之前: hours, only after 个 and before a direction.
        if word == "钟" && (undirected || !self.has(j - 1, "个")) {
            return None;
        }
        // 二〇二三年 and 2023年 are years, not durations.
        if word == "年" && (n.kind == NumKind::ChineseDigits || n.kind == NumKind::Arabic && n.len == 4) {
            return None;
        }
        if word == "周" && (self.has(end, "年") || c.get(end).is_some_and(|&x| weekday_char(x).is_some())) {
            return None;
        }
        Some(Count { start: i, number_at: p, span_dir, n, word, unit, end, direction, fuzzy })
    }

    /// N units before or after the reference date (`三年前`, `两个月后`): a point at the
    /// unit's precision, after `dir_word`.
    fn units_from(&self, k: &Count, dir_word: &str) -> Option<(usize, Val)> {
        let r = self.reference;
        let count = k.n.value as i64;
        let sign: i64 = if dir_word.ends_with('前') { -1 } else { 1 };
        let stop = k.end + dir_word.chars().count();
        // 百年后的今天: today, seen from a past event.
        if sign > 0 && self.has(stop, "的今天") {
            return Some((stop + 3, r.map(Val::Day).unwrap_or(Val::Vague)));
        }
        // In a narrative, `三年后` counts from the date just told (2022年…近三年后 is
        // 2025), else from the reference date.
        let base = if sign > 0 { self.last_explicit_date().or(r) } else { r };
        let Some(d) = base else { return Some((stop, Val::Vague)) };
        if let Some(b) = k.fuzzy.filter(|_| !k.unit.is_time()) {
            return Some((stop, self.fuzzy_point(k.unit, d, sign, b)?));
        }
        let approx = k.number_at > k.start && ABOUT_YEARS.iter().any(|w| self.has(k.start, w));
        if approx && k.unit == Unit::Year {
            return Some((stop, Val::Text(format!("{:04}~", d.year() + (sign * count) as i32), TimeKind::Date)));
        }
        let v = match k.unit {
            Unit::Year => Val::Year(d.year() + (sign * count) as i32),
            Unit::Month => {
                let (y, m) = shift_month(d, (sign * count) as i32);
                Val::Month(y, m)
            }
            Unit::Week => {
                let monday = d.add_days(-(i64::from(d.weekday()) - 1) + 7 * sign * count)?;
                Val::Text(format!("{}/{}", monday, monday.add_days(6)?), TimeKind::Interval)
            }
            Unit::Day => Val::Day(d.add_days(sign * count)?),
            // Hours and minutes away stay on the reference day at day precision.
            Unit::Hour | Unit::Minute | Unit::Second => Val::Day(d),
        };
        Some((stop, v))
    }

    /// A fuzzy count of units before (`sign` −1) or after `d`: the interval between its
    /// bounds, at the unit's grain.
    fn fuzzy_point(&self, unit: Unit, d: Date, sign: i64, b: Bounds) -> Option<Val> {
        let (near, far) = (sign * b.low, sign * b.high);
        let (a, z) = if sign < 0 { (far, near) } else { (near, far) };
        let v = match unit {
            Unit::Year => format!("{:04}/{:04}", d.year() + a as i32, d.year() + z as i32),
            Unit::Month => {
                let ((y1, m1), (y2, m2)) =
                    (shift_month(d, i32::try_from(a).ok()?), shift_month(d, i32::try_from(z).ok()?));
                format!("{y1:04}-{m1:02}/{y2:04}-{m2:02}")
            }
            Unit::Week => format!("{}/{}", d.add_days(7 * a)?, d.add_days(7 * z)?),
            _ => format!("{}/{}", d.add_days(a)?, d.add_days(z)?),
        };
        Some(Val::Text(v, TimeKind::Interval))
    }

    /// The N whole units before or after the reference one (`前两天`, `下三周`).
    fn units_next_to(&self, k: &Count) -> Option<(usize, Val)> {
        let count = k.n.value as i64;
        let Some(d) = self.reference else { return Some((k.end, Val::Vague)) };
        let (first, last) = if k.span_dir < 0 { (-count, -1) } else { (1, count) };
        let v = match k.unit {
            Unit::Year => format!("{:04}/{:04}", d.year() + first as i32, d.year() + last as i32),
            Unit::Month => {
                let (y1, m1) = shift_month(d, first as i32);
                let (y2, m2) = shift_month(d, last as i32);
                format!("{y1:04}-{m1:02}/{y2:04}-{m2:02}")
            }
            Unit::Week => {
                let monday = d.add_days(-(i64::from(d.weekday()) - 1))?;
                format!("{}/{}", monday.add_days(7 * first)?, monday.add_days(7 * last + 6)?)
            }
            _ => format!("{}/{}", d.add_days(first)?, d.add_days(last)?),
        };
        Some((k.end, Val::Text(v, TimeKind::Interval)))
    }
}
