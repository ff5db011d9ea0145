//! Decades and centuries (`90年代`, `1960年代`, `20世纪90年代`, `上世纪八十年代`,
//! `21世纪`) and years written short (`12年6月1日`, `98年`, `九八年`; `108年3月` in a
//! Taiwanese text, which counts 民国 years).
//!
//! A decade is the interval of its ten years (`1990/1999`); one without its century is
//! the latest that starts by the reference year (`20年代` told in 2025 is the 2020s).
//! A century is `1900/1999` for `20世纪`. A two-digit year is in the century that puts
//! it at most ten years after the reference year (`12年` is 2012, `98年` 1998); alone
//! (`98年`, not `建国70年`) it is a year only in Chinese digits (`九八年`) or after a
//! word that introduces a time (`在98年`).

use super::lexicon::{CENTURY_WORDS, NOT_A_LONE_YEAR, SHORT_YEAR_OPENERS};
use super::{skip_sp, Scanner, Val};
use crate::analysis::TimeKind;
use crate::numbers::{Num, NumKind};

/// An interval of years.
fn years(a: i32, b: i32) -> Val {
    Val::Text(format!("{a:04}/{b:04}"), TimeKind::Interval)
}

impl Scanner<'_> {
    /// A decade or century at `i`, with an optional century before the decade.
    pub(super) fn decade(&self, i: usize) -> Option<(usize, Val)> {
        let (century, p) = match self.century(i) {
            Some((c, p)) => (Some(c), p),
            None => (None, i),
        };
        let decade = self.num(p).filter(|n| self.has(n.end, "年代") && n.value.fract() == 0.0);
        let Some(n) = decade else {
            // 21世纪 alone: its hundred years.
            let c = century?;
            return (p > i).then(|| (p, years(100 * (c - 1), 100 * (c - 1) + 99)));
        };
        let v = n.value as i32;
        let end = n.end + 2;
        if n.len == 4 && v % 10 == 0 && (1000..=2900).contains(&v) && century.is_none() {
            return Some((end, years(v, v + 9)));
        }
        if !(0..=90).contains(&v) || v % 10 != 0 {
            return None;
        }
        let start = match century {
            Some(c) => 100 * (c - 1) + v,
            None => {
                let r = self.reference.map_or(2000, |d| d.year());
                let mut y = r.div_euclid(100) * 100 + v;
                if y > r {
                    y -= 100;
                }
                y
            }
        };
        Some((end, years(start, start + 9)))
    }

    /// `20世纪`, `上世纪`, `本世纪` at `i`: the century's number and its end.
    fn century(&self, i: usize) -> Option<(i32, usize)> {
        if let Some(&(w, shift)) = CENTURY_WORDS.iter().find(|(w, _)| self.has(i, w)) {
            let now = self.reference.map_or(21, |d| d.year().div_euclid(100) + 1);
            return Some((now + shift, i + w.chars().count()));
        }
        let n = self.num(i).filter(|n| n.value.fract() == 0.0 && (1.0..=30.0).contains(&n.value))?;
        self.has(n.end, "世纪").then(|| (n.value as i32, n.end + 2))
    }

    /// A year written short before `年` at `j` (`12年6月`, `九八年`, `在98年`; `108年3月`
    /// in a text that counts 民国 years): the year.
    pub(super) fn short_year(&self, n: Num, j: usize) -> Option<i32> {
        if n.value.fract() != 0.0 || !(n.kind == NumKind::Arabic || n.kind == NumKind::ChineseDigits) {
            return None;
        }
        let v = n.value as i32;
        let month_after = self.num(skip_sp(self.chars, j + 1)).is_some_and(|m| {
            self.chars.get(skip_sp(self.chars, m.end)) == Some(&'月') && (1.0..=12.0).contains(&m.value)
        });
        let start = n.end - n.len;
        if n.len == 3 || n.len == 2 && self.minguo_text() {
            return (month_after && n.kind == NumKind::Arabic).then_some(1911 + v);
        }
        if n.len != 2 {
            return None;
        }
        // 是30年前, ，12年来: counts of years, not years.
        let counted = NOT_A_LONE_YEAR.iter().any(|w| self.has(j + 1, w));
        let opened = (start == 0 || SHORT_YEAR_OPENERS.contains(self.chars[start - 1])) && !counted;
        (month_after || n.kind == NumKind::ChineseDigits && !counted || opened).then(|| self.two_digit_year(v))
    }

    /// The year of a two-digit year: at most ten years after the reference year.
    fn two_digit_year(&self, v: i32) -> i32 {
        match self.reference {
            Some(r) if 2000 + v <= r.year() + 10 => 2000 + v,
            Some(_) => 1900 + v,
            None if v < 69 => 2000 + v,
            None => 1900 + v,
        }
    }

    /// Whether the text counts 民国 years (a Taiwanese text).
    pub(super) fn minguo_text(&self) -> bool {
        *self.minguo.get_or_init(|| self.chars.windows(2).any(|w| w == ['民', '国']))
    }
}
