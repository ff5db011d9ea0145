//! The date line: a publication date found in the text itself, the reference date of
//! relative expressions when the user gives none.

use super::lexicon::DATELINE_CUES;
use super::{Scanner, Val};
use crate::date::Date;
use crate::text::Text;

/// Finds a publication date in the text: a short line with a full date and a date-line
/// word (`发布时间`, `日期`, `电`), or a line that is only a date.
pub fn find_dateline(text: &Text<'_>) -> Option<Date> {
    let mut start = 0;
    for (li, line) in text.norm_string.split('\n').enumerate() {
        let len = line.chars().count();
        let trimmed = line.trim();
        let cue = DATELINE_CUES.iter().any(|c| trimmed.contains(c));
        if (li < 8 || cue) && len <= 60 {
            let sub: Vec<char> = line.chars().collect();
            let s = Scanner::new(&sub, None, None);
            for i in 0..sub.len() {
                if let Some((_, Val::Day(d))) = s.absolute(i) {
                    let only_date = trimmed.chars().count() <= 20;
                    if cue || only_date {
                        return Some(d);
                    }
                }
            }
        }
        start += len + 1;
        if start > 4000 {
            break;
        }
    }
    None
}
