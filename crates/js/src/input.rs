//! The input policy, defined once for both faces of the engine in the browser: the JS
//! API's `analyze` and the web app's worker refuse the same texts and the same dates.
//! Each words its own message (the API names its option, the app speaks to a reader),
//! so the checks return what was wrong, not the words.

use newslens_engine::Date;

/// Texts above this many UTF-8 bytes are refused (the JS API's caller may raise it).
pub const MAX_TEXT_BYTES: usize = 2 * 1024 * 1024;

/// Why an input is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal<'a> {
    /// The text is `bytes` long, over the limit of `limit` bytes.
    TooLong { bytes: usize, limit: usize },
    /// The reference date as given, which is not a real `YYYY-MM-DD` date.
    BadDate(&'a str),
}

/// Whether `text` is within `limit` bytes.
pub fn check_size(text: &str, limit: usize) -> Result<(), Refusal<'static>> {
    match text.len() {
        bytes if bytes > limit => Err(Refusal::TooLong { bytes, limit }),
        _ => Ok(()),
    }
}

/// The reference date: `YYYY-MM-DD`, or absent or empty for none (then the engine
/// looks for a date line in the text).
pub fn reference_date(date: Option<&str>) -> Result<Option<Date>, Refusal<'_>> {
    match date.filter(|d| !d.is_empty()) {
        None => Ok(None),
        Some(d) => Date::parse(d).map(Some).ok_or(Refusal::BadDate(d)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_and_dates_are_checked() {
        assert_eq!(check_size("abc", 2), Err(Refusal::TooLong { bytes: 3, limit: 2 }));
        assert_eq!(check_size("abc", 3), Ok(()));
        assert_eq!(reference_date(None), Ok(None));
        assert_eq!(reference_date(Some("")), Ok(None));
        assert_eq!(reference_date(Some("2025-02-30")), Err(Refusal::BadDate("2025-02-30")));
        assert_eq!(reference_date(Some("2025-10-24")), Ok(Date::parse("2025-10-24")));
    }
}
