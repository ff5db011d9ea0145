//! The packed dictionary format, `NLDICT2`: the segmentation dictionary as the web page
//! downloads it, about 30 % smaller after gzip than jieba's plain `word freq tag` lines,
//! and lossless: it unpacks to the same entries, in the same order.
//!
//! Why: the dictionary is the page's heaviest download. Its plain lines repeat what
//! gzip codes badly: the first chars of sorted words (一一, 一一二, 一一列举…), a
//! frequency in decimal digits and a tag after every word. Packed, each kind of value
//! sits in its own line, where gzip finds one kind of statistics at a time.
//!
//! The text, five lines (UTF-8, each ending in `\n`); the plain lines `一 100 m`,
//! `一二 7 nr` and `二 20` pack to:
//!
//! ```text
//! NLDICT2 n=3
//! m nr
//! 0一1二0二
//! q5(5
//! "#!
//! ```
//!
//! 1. The header: `NLDICT2 n=` and the number of entries. No plain dictionary starts
//!    so (jieba would reject `n=…` as a frequency), which is how [`is_packed`] tells the
//!    two apart.
//! 2. The tags, separated by single spaces; entry tag code `k` is the `k`-th (from 1),
//!    code 0 is an entry without a tag.
//! 3. The words, front-coded: per entry, how many chars it shares with the previous
//!    word (decimal) and then the rest of it, never empty. A digit or `\` in a word is
//!    written after a `\`, so the next digit always starts the next entry.
//! 4. The frequencies, one number per entry (see below).
//! 5. The tag codes, one number per entry.
//!
//! A number is written in printable ASCII, `!` to `~` (94 chars): the last char is one
//! of the first 80 (`!` to `p`), the low part of the number; any before it are of the
//! other 14 (`q` to `~`), the high part in bijective base 14. Numbers below 80 take one
//! char, below 1,200 two: most frequencies and every tag take one or two chars, with no
//! separator.
//!
//! An entry here is what jieba reads from a plain line: the first whitespace-separated
//! field (the word), the second as a whole number (0 when absent), the third (no tag
//! when absent); blank lines and further fields are ignored, as jieba ignores them.
//! [`unpack`] writes the lines back as `word freq tag` (`word freq` without a tag); a
//! dictionary written so, as `make dict` writes it, comes back byte for byte.

use std::io::{self, BufRead, Read};

/// How a packed dictionary starts (the entry count follows).
pub const MAGIC: &str = "NLDICT2 n=";

/// The first char of the number alphabet, and how many chars end a number.
const FIRST: u8 = b'!';
const ENDS: u64 = 80;
/// How many chars continue a number: the rest of `!` to `~`.
const MORE: u64 = 94 - ENDS;

/// One dictionary entry, as jieba reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub word: String,
    pub freq: u64,
    /// Empty: no tag.
    pub tag: String,
}

/// Whether `text` is a packed dictionary (by its header) rather than plain lines.
pub fn is_packed(text: &str) -> bool {
    text.starts_with(MAGIC)
}

/// The entries of a dictionary in either format, in order.
pub fn entries(text: &str) -> Result<Vec<Entry>, String> {
    if !is_packed(text) {
        return parse_plain(text);
    }
    let mut decoder = Decoder::new(text)?;
    let mut out = Vec::new();
    while let Some((word, freq, tag)) = decoder.next_entry()? {
        out.push(Entry { word: word.to_string(), freq, tag: tag.to_string() });
    }
    Ok(out)
}

/// The entries of a plain dictionary, read as jieba reads them (see the module docs);
/// fails on a frequency that is not a whole number, as jieba does.
pub fn parse_plain(text: &str) -> Result<Vec<Entry>, String> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let mut fields = line.split_whitespace();
        let Some(word) = fields.next() else { continue };
        let freq = match fields.next() {
            Some(f) => f.parse().map_err(|_| format!("line {}: frequency '{f}' is not a whole number", n + 1))?,
            None => 0,
        };
        let tag = fields.next().unwrap_or("");
        out.push(Entry { word: word.to_string(), freq, tag: tag.to_string() });
    }
    Ok(out)
}

/// Packs a plain dictionary (see the module docs for what is kept).
pub fn pack(plain: &str) -> Result<String, String> {
    Ok(pack_entries(&parse_plain(plain)?))
}

/// Packs entries whose words are not empty and, like their tags, hold no whitespace
/// (what [`parse_plain`] yields); such entries come back unchanged from [`entries`].
pub fn pack_entries(entries: &[Entry]) -> String {
    let mut tags: Vec<&str> = entries.iter().map(|e| e.tag.as_str()).filter(|t| !t.is_empty()).collect();
    tags.sort_unstable();
    tags.dedup();
    let mut words = String::new();
    let (mut freqs, mut codes) = (String::new(), String::new());
    let mut prev = "";
    for e in entries {
        // Shared chars, leaving at least one char of the word to write.
        let shared = prev.chars().zip(e.word.chars()).take_while(|(a, b)| a == b).count();
        let shared = shared.min(e.word.chars().count().saturating_sub(1));
        words.push_str(&shared.to_string());
        for c in e.word.chars().skip(shared) {
            if c.is_ascii_digit() || c == '\\' {
                words.push('\\');
            }
            words.push(c);
        }
        prev = &e.word;
        write_number(&mut freqs, e.freq);
        let code = if e.tag.is_empty() { 0 } else { tags.binary_search(&e.tag.as_str()).map_or(0, |i| i + 1) };
        write_number(&mut codes, code as u64);
    }
    format!("{MAGIC}{}\n{}\n{words}\n{freqs}\n{codes}\n", entries.len(), tags.join(" "))
}

/// A packed dictionary as plain lines, `word freq tag` (`word freq` without a tag).
pub fn unpack(packed: &str) -> Result<String, String> {
    let mut lines = PlainLines::new(packed)?;
    let mut out = String::with_capacity(packed.len() * 2);
    lines.read_to_string(&mut out).map_err(|e| e.to_string())?;
    Ok(out)
}

/// Appends `n` in the number alphabet (see the module docs).
fn write_number(out: &mut String, n: u64) {
    let mut high = n / ENDS;
    let mut digits = [0u8; 24];
    let mut len = 0;
    while high > 0 {
        high -= 1;
        digits[len] = (high % MORE) as u8;
        len += 1;
        high /= MORE;
    }
    for &d in digits[..len].iter().rev() {
        out.push(char::from(FIRST + ENDS as u8 + d));
    }
    out.push(char::from(FIRST + (n % ENDS) as u8));
}

/// Reads one number from the front of `bytes`.
fn read_number(bytes: &mut &[u8]) -> Result<u64, &'static str> {
    let mut high: u64 = 0;
    loop {
        let (&b, rest) = bytes.split_first().ok_or("the line ends in the middle of the entries")?;
        *bytes = rest;
        let d = u64::from(b.wrapping_sub(FIRST));
        if d >= ENDS + MORE {
            return Err("a char outside '!' to '~'");
        }
        let value = if d < ENDS {
            high.checked_mul(ENDS).and_then(|h| h.checked_add(d))
        } else {
            high.checked_mul(MORE).and_then(|h| h.checked_add(d - ENDS + 1))
        };
        let value = value.ok_or("a number too large")?;
        if d < ENDS {
            return Ok(value);
        }
        high = value;
    }
}

/// Reads a packed dictionary entry by entry, checking it as it goes.
pub struct Decoder<'a> {
    tags: Vec<&'a str>,
    words: &'a str,
    freqs: &'a [u8],
    codes: &'a [u8],
    count: usize,
    done: usize,
    /// The current word (the previous one until the next entry is read).
    word: String,
}

impl<'a> Decoder<'a> {
    /// Reads the header and splits the sections; fails with a message when they are
    /// not there.
    pub fn new(text: &'a str) -> Result<Decoder<'a>, String> {
        let bad = |what: &str| format!("packed dictionary: {what}");
        let body = text.strip_prefix(MAGIC).ok_or_else(|| bad("no NLDICT2 header"))?;
        let mut lines = body.split('\n').map(|l| l.strip_suffix('\r').unwrap_or(l));
        let mut line = |what: &str| lines.next().ok_or_else(|| bad(&format!("the {what} line is missing")));
        let (count, tags, words, freqs, codes) =
            (line("header")?, line("tags")?, line("words")?, line("frequencies")?, line("tag codes")?);
        match (lines.next(), lines.next()) {
            (None, _) | (Some(""), None) => {}
            _ => return Err(bad("text after the tag codes line")),
        }
        let count = count.parse().map_err(|_| bad(&format!("entry count '{count}' is not a whole number")))?;
        let tags: Vec<&str> = if tags.is_empty() { Vec::new() } else { tags.split(' ').collect() };
        if tags.iter().any(|t| t.is_empty() || t.contains(char::is_whitespace)) {
            return Err(bad("an empty tag or whitespace in a tag"));
        }
        let (freqs, codes) = (freqs.as_bytes(), codes.as_bytes());
        Ok(Decoder { tags, words, freqs, codes, count, done: 0, word: String::new() })
    }

    /// The next entry as `(word, freq, tag)` (tag empty: none), or `None` after the
    /// last one, once every section is checked to end there.
    pub fn next_entry(&mut self) -> Result<Option<(&str, u64, &'a str)>, String> {
        if self.done == self.count {
            let left =
                [("words", self.words.len()), ("frequencies", self.freqs.len()), ("tag codes", self.codes.len())];
            return match left.iter().find(|(_, n)| *n > 0) {
                Some((what, _)) => {
                    Err(format!("packed dictionary: the {what} line has more than {} entries", self.count))
                }
                None => Ok(None),
            };
        }
        let (n, count) = (self.done + 1, self.count);
        let at = |e: &str| format!("packed dictionary, entry {n} of {count}: {e}");
        self.next_word().map_err(|e| at(&e))?;
        let freq = read_number(&mut self.freqs).map_err(|e| at(&format!("frequencies: {e}")))?;
        let code = read_number(&mut self.codes).map_err(|e| at(&format!("tag codes: {e}")))?;
        let tag = match code {
            0 => "",
            k => *usize::try_from(k - 1)
                .ok()
                .and_then(|i| self.tags.get(i))
                .ok_or_else(|| at(&format!("tag code {k}, but the tags line has {}", self.tags.len())))?,
        };
        self.done += 1;
        Ok(Some((&self.word, freq, tag)))
    }

    /// Replaces the word by the next one from the words line.
    fn next_word(&mut self) -> Result<(), String> {
        let digits = self.words.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 {
            return Err(if self.words.is_empty() {
                "the words line ends early".into()
            } else {
                "words: no shared-char count".into()
            });
        }
        let shared: usize = self.words[..digits].parse().map_err(|_| "words: a shared-char count too large")?;
        let cut = self.word.char_indices().map(|(i, _)| i).chain([self.word.len()]).nth(shared);
        let cut = cut.ok_or_else(|| format!("words: shares {shared} chars with a shorter word"))?;
        self.word.truncate(cut);
        let kept = self.word.len();
        let rest = &self.words[digits..];
        let mut chars = rest.char_indices();
        let mut end = rest.len();
        while let Some((i, c)) = chars.next() {
            match c {
                '0'..='9' => {
                    end = i;
                    break;
                }
                '\\' => match chars.next() {
                    Some((_, e @ ('0'..='9' | '\\'))) => self.word.push(e),
                    _ => return Err("words: '\\' before something other than a digit or '\\'".into()),
                },
                c if c.is_whitespace() => return Err("words: whitespace in a word".into()),
                c => self.word.push(c),
            }
        }
        if self.word.len() == kept {
            return Err("words: nothing after the shared-char count".into());
        }
        self.words = &rest[end..];
        Ok(())
    }
}

/// A packed dictionary read as plain lines `word freq tag\n`, one entry at a time, for
/// jieba's loader (no plain copy of the whole dictionary in memory). A malformed entry
/// is an [`io::ErrorKind::InvalidData`] error with the decoder's message.
pub struct PlainLines<'a> {
    decoder: Decoder<'a>,
    line: String,
    pos: usize,
}

impl<'a> PlainLines<'a> {
    pub fn new(packed: &'a str) -> Result<PlainLines<'a>, String> {
        Ok(PlainLines { decoder: Decoder::new(packed)?, line: String::new(), pos: 0 })
    }
}

impl BufRead for PlainLines<'_> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        if self.pos == self.line.len() {
            self.line.clear();
            self.pos = 0;
            let next = self.decoder.next_entry().map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))?;
            if let Some((word, freq, tag)) = next {
                use std::fmt::Write;
                let _ = write!(self.line, "{word} {freq}");
                if !tag.is_empty() {
                    self.line.push(' ');
                    self.line.push_str(tag);
                }
                self.line.push('\n');
            }
        }
        Ok(&self.line.as_bytes()[self.pos..])
    }

    fn consume(&mut self, amt: usize) {
        self.pos = (self.pos + amt).min(self.line.len());
    }
}

impl Read for PlainLines<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let available = self.fill_buf()?;
        let n = available.len().min(buf.len());
        buf[..n].copy_from_slice(&available[..n]);
        self.consume(n);
        Ok(n)
    }
}

#[cfg(test)]
mod tests;
