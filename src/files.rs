//! Files opened or dropped into the article input: which kinds are taken, the checks
//! on their bytes (size, binary, encoding) and the dates they state. Pure functions,
//! tested natively; reading the file is the page's ([`crate::components::file_input`]),
//! taking a web page's article is [`crate::html_text`]'s.
//!
//! A file's content is data, never markup: it only ever becomes the text of the input.

use newslens_engine::Date;

/// The kinds of file the input takes, from the name's extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// Plain text or Markdown, taken as written (Markdown's few marks do not disturb
    /// the analysis, and stripping them would cost the page weight).
    Text,
    /// A saved web page: its article is taken ([`crate::html_text`]).
    Html,
}

impl FileKind {
    /// The kind for a file name (`.txt`, `.md`, `.html`, `.htm`, any case).
    pub fn from_name(name: &str) -> Option<FileKind> {
        let ext = name.rsplit_once('.')?.1.to_ascii_lowercase();
        match ext.as_str() {
            "txt" | "md" | "markdown" => Some(FileKind::Text),
            "html" | "htm" => Some(FileKind::Html),
            _ => None,
        }
    }
}

/// Why a file was not loaded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileError {
    /// Not `.txt`, `.md`, `.html` or `.htm`.
    Unsupported,
    /// Over the size limit the analysis takes.
    TooLarge { bytes: usize },
    /// NUL bytes or mostly control characters: not a text file.
    Binary,
    /// A UTF-16 byte-order mark: saved as UTF-16, not UTF-8.
    Utf16,
    /// Not valid UTF-8.
    NotUtf8,
    /// No text in it (or no article text in a page).
    Empty,
    /// The browser could not read it.
    Unreadable,
}

/// The text of a file's bytes: UTF-8 (a UTF-8 byte-order mark dropped, line ends made
/// `\n`), or why not.
pub fn decode(bytes: &[u8], limit: usize) -> Result<String, FileError> {
    if bytes.len() > limit {
        return Err(FileError::TooLarge { bytes: bytes.len() });
    }
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(FileError::Utf16);
    }
    let bytes = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
    // A text file has no NUL and few control characters besides tab and line ends.
    let head = &bytes[..bytes.len().min(8192)];
    let control = head.iter().filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C)).count();
    if head.contains(&0) || control * 10 > head.len() {
        return Err(FileError::Binary);
    }
    let text = std::str::from_utf8(bytes).map_err(|_| FileError::NotUtf8)?;
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    if text.trim().is_empty() {
        return Err(FileError::Empty);
    }
    Ok(text)
}

/// The day of a date or date-time value (`2024-05-03T08:00:00+08:00` → `2024-05-03`,
/// the day as the page states it), if it is a valid one.
pub fn day_of(value: &str) -> Option<String> {
    let day = value.trim().get(..10)?;
    Date::parse(day).map(|_| day.to_string())
}

/// The `datePublished` of a JSON-LD block (an object, an array of them or an
/// `@graph`), read as data with serde; `None` for invalid JSON.
pub fn json_ld_date(json: &str) -> Option<String> {
    /// The part of a JSON-LD object that matters here (a typed reading keeps the
    /// app small: no generic JSON values).
    #[derive(serde::Deserialize)]
    struct Ld {
        #[serde(rename = "datePublished", default)]
        date: Option<String>,
        #[serde(rename = "@graph", default)]
        graph: Vec<Ld>,
    }
    fn find(items: &[Ld]) -> Option<String> {
        items.iter().find_map(|l| l.date.as_deref().and_then(day_of).or_else(|| find(&l.graph)))
    }
    let json = json.trim();
    if json.starts_with('[') {
        find(&serde_json::from_str::<Vec<Ld>>(json).ok()?)
    } else {
        find(&[serde_json::from_str::<Ld>(json).ok()?])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_come_from_the_extension() {
        assert_eq!(FileKind::from_name("新聞.TXT"), Some(FileKind::Text));
        assert_eq!(FileKind::from_name("a.b.md"), Some(FileKind::Text));
        assert_eq!(FileKind::from_name("page.htm"), Some(FileKind::Html));
        assert_eq!(FileKind::from_name("photo.png"), None);
        assert_eq!(FileKind::from_name("README"), None);
    }

    #[test]
    fn bytes_are_checked_before_they_become_text() {
        assert_eq!(decode("\u{feff}市議會\r\n表示".as_bytes(), 100), Ok("市議會\n表示".to_string()));
        assert_eq!(decode(b"abc", 2), Err(FileError::TooLarge { bytes: 3 }));
        assert_eq!(decode(&[0xFF, 0xFE, b'a', 0], 100), Err(FileError::Utf16));
        assert_eq!(decode(b"PK\x03\x04\0\0", 100), Err(FileError::Binary));
        assert_eq!(decode(&[1, 2, 3, 4, b'a', b'b'], 100), Err(FileError::Binary));
        assert_eq!(decode(&[b'a', 0xC3, 0x28], 100), Err(FileError::NotUtf8));
        assert_eq!(decode(b" \n\t", 100), Err(FileError::Empty));
    }

    #[test]
    fn dates_are_days_or_nothing() {
        assert_eq!(day_of("2024-05-03T08:00:00+08:00").as_deref(), Some("2024-05-03"));
        assert_eq!(day_of(" 2024-05-03 ").as_deref(), Some("2024-05-03"));
        assert_eq!(day_of("2024-13-03"), None);
        assert_eq!(day_of("May 3"), None);
        let ld = r#"{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2024-05-03T08:00:00+08:00"}]}"#;
        assert_eq!(json_ld_date(ld).as_deref(), Some("2024-05-03"));
        assert_eq!(json_ld_date("[{\"datePublished\":\"2023-01-02\"}]").as_deref(), Some("2023-01-02"));
        assert_eq!(json_ld_date("{not json"), None);
    }
}
