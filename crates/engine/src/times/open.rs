//! Open intervals up to the reference date: a date followed by `以来`, `至今`, `迄今`
//! (`2013年以来`, `去年10月至今`) is the interval from it to the reference date
//! (`2013/2018-09-27`); a start after the reference date, or any start without one,
//! opens an interval with no end (`2020-01-01/..`).
//!
//! A start told with `起` or between `从`/`自` and `开始` (`6月起`, `自1997年起`,
//! `从3月开始`) joins the mention but keeps the date's value: what begins then is
//! placed at its start, as the team's gold annotates it (`6月起率先纳入` is June).

use super::lexicon::{FROM_WORDS, NOT_FROM, SINCE_WORDS};
use super::{skip_sp, Scanner, Val};
use crate::analysis::TimeKind;

impl Scanner<'_> {
    /// The date `val` read at `[start, end)`, widened into an open interval when a word
    /// of [`SINCE_WORDS`] follows it (or `开始` with `从`/`自` before it).
    #[inline(never)]
    pub(super) fn open_interval(&self, start: usize, end: usize, val: Val) -> (usize, Val) {
        let (Some(v), TimeKind::Date | TimeKind::Interval) = val.edtf() else { return (end, val) };
        if v.starts_with('X') || v.contains("..") {
            return (end, val);
        }
        let j = skip_sp(self.chars, end);
        let from_before = start > 0 && matches!(self.chars[start - 1], '从' | '自');
        let starts = FROM_WORDS.iter().find(|w| self.has(j, w) && (from_before || **w == "起"));
        if let Some(w) = starts.filter(|_| !NOT_FROM.iter().any(|n| self.has(j, n))) {
            return (j + w.chars().count(), val);
        }
        let Some(word) = SINCE_WORDS.iter().find(|w| self.has(j, w)) else { return (end, val) };
        let from = v.split('/').next().unwrap_or(&v).to_string();
        let until = match self.reference.map(|d| d.to_string()) {
            Some(r) if from.as_str() <= r.as_str() => r,
            _ => "..".to_string(),
        };
        (j + word.chars().count(), Val::Text(format!("{from}/{until}"), TimeKind::Interval))
    }
}
