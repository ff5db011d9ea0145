//! Anaphora: words that point to the date just told (`当天`, `同日`, `当时`, `同年`,
//! `同月`) or to the day or year after it (`次日`, `第二天`, `隔年`). Without a date
//! told before, they have no value.

use super::lexicon::{Next, Same, NEXT_WORDS, SAME_WORDS};
use super::{Scanner, Val};

/// 当天, 同日, 当时, 当晚: the most recent explicit date; 隔年, 次日: one after it.
pub(super) fn scan(s: &Scanner<'_>, i: usize) -> Option<(usize, Val)> {
    if let Some(&(pat, next)) = NEXT_WORDS.iter().find(|(p, _)| s.has(i, p)) {
        let end = i + pat.chars().count();
        let v = match (&s.last_explicit, next) {
            (Some(Val::Year(y)), Next::Year) => Val::Year(y + 1),
            (Some(Val::Month(y, _)), Next::Year) => Val::Year(y + 1),
            (Some(Val::Day(d)), Next::Year) => Val::Year(d.year() + 1),
            (Some(Val::Day(d)), Next::Day) => d.add_days(1).map(Val::Day).unwrap_or(Val::Vague),
            _ => Val::Vague,
        };
        return Some((end, v));
    }
    let &(pat, same) = SAME_WORDS.iter().find(|(p, _)| s.has(i, p))?;
    let end = i + pat.chars().count();
    let v = match (&s.last_explicit, same) {
        (Some(Val::Day(d)), Same::Year) => Val::Year(d.year()),
        (Some(Val::Month(y, _)), Same::Year) => Val::Year(*y),
        (Some(Val::Day(d)), Same::Month) => Val::Month(d.year(), d.month()),
        (Some(v), Same::Year | Same::Then) => v.clone(),
        (Some(v @ Val::Day(_)), _) => v.clone(),
        _ => Val::Vague,
    };
    Some((end, v))
}
