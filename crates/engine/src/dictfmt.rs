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
    let mut out = String::with_capacity(packed.len() * 2);
    Decoder::new(packed)?.write_lines(&mut out)?;
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

/// Appends `n` in decimal.
fn write_decimal(out: &mut String, mut n: u64) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend(digits[at..].iter().map(|&d| char::from(d)));
}

/// A malformed packed dictionary's message (out of line: the decoder stays small).
#[cold]
#[inline(never)]
fn fail(entry: Option<(usize, usize)>, what: &str, detail: &str) -> String {
    match entry {
        Some((n, count)) => format!("packed dictionary, entry {n} of {count}: {what}{detail}"),
        None => format!("packed dictionary: {what}{detail}"),
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
        let body = text.strip_prefix(MAGIC).ok_or_else(|| fail(None, "no NLDICT2 header", ""))?;
        let mut lines = body.split('\n').map(|l| l.strip_suffix('\r').unwrap_or(l));
        let mut line = |what: &str| lines.next().ok_or_else(|| fail(None, what, " line is missing"));
        let (count, tags, words, freqs, codes) = (
            line("the header")?,
            line("the tags")?,
            line("the words")?,
            line("the frequencies")?,
            line("the tag codes")?,
        );
        match (lines.next(), lines.next()) {
            (None, _) | (Some(""), None) => {}
            _ => return Err(fail(None, "text after the tag codes line", "")),
        }
        let count = count.parse().map_err(|_| fail(None, "the entry count is not a whole number: ", count))?;
        let tags: Vec<&str> = if tags.is_empty() { Vec::new() } else { tags.split(' ').collect() };
        if tags.iter().any(|t| t.is_empty() || t.contains(char::is_whitespace)) {
            return Err(fail(None, "an empty tag or whitespace in a tag", ""));
        }
        let (freqs, codes) = (freqs.as_bytes(), codes.as_bytes());
        Ok(Decoder { tags, words, freqs, codes, count, done: 0, word: String::new() })
    }

    /// The next entry as `(word, freq, tag)` (tag empty: none), or `None` after the
    /// last one, once every section is checked to end there.
    pub fn next_entry(&mut self) -> Result<Option<(&str, u64, &'a str)>, String> {
        if self.done == self.count {
            let ended = [
                ("the words", self.words.is_empty()),
                ("the frequencies", self.freqs.is_empty()),
                ("the tag codes", self.codes.is_empty()),
            ];
            return match ended.iter().find(|(_, ended)| !ended) {
                Some((what, _)) => Err(fail(None, what, " line has more entries than the header says")),
                None => Ok(None),
            };
        }
        let at = Some((self.done + 1, self.count));
        self.next_word().map_err(|e| fail(at, "words: ", e))?;
        let freq = read_number(&mut self.freqs).map_err(|e| fail(at, "frequencies: ", e))?;
        let code = read_number(&mut self.codes).map_err(|e| fail(at, "tag codes: ", e))?;
        let tag = match code {
            0 => "",
            k => *usize::try_from(k - 1)
                .ok()
                .and_then(|i| self.tags.get(i))
                .ok_or_else(|| fail(at, "tag codes: ", "a code past the tags line"))?,
        };
        self.done += 1;
        Ok(Some((&self.word, freq, tag)))
    }

    /// Appends the entries left as plain lines to `out`.
    fn write_lines(&mut self, out: &mut String) -> Result<(), String> {
        while let Some((word, freq, tag)) = self.next_entry()? {
            out.push_str(word);
            out.push(' ');
            write_decimal(out, freq);
            if !tag.is_empty() {
                out.push(' ');
                out.push_str(tag);
            }
            out.push('\n');
        }
        Ok(())
    }

    /// Replaces the word by the next one from the words line.
    fn next_word(&mut self) -> Result<(), &'static str> {
        let bytes = self.words.as_bytes();
        let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
        if digits == 0 {
            return Err(if bytes.is_empty() { "the line ends early" } else { "no shared-char count" });
        }
        let shared: usize = self.words[..digits].parse().map_err(|_| "a shared-char count too large")?;
        let cut = self.word.char_indices().map(|(i, _)| i).chain([self.word.len()]).nth(shared);
        self.word.truncate(cut.ok_or("more shared chars than the previous word has")?);
        let kept = self.word.len();
        // The rest runs to the next digit that is not escaped. UTF-8 multi-byte chars
        // hold no ASCII byte, so the bytes can be scanned and the text cut at any ASCII
        // byte found.
        let (mut at, mut from) = (digits, digits);
        while let Some(&b) = bytes.get(at) {
            if b.is_ascii_digit() {
                break;
            }
            if b == b'\\' {
                if !bytes.get(at + 1).is_some_and(|e| e.is_ascii_digit() || *e == b'\\') {
                    return Err("'\\' before something other than a digit or '\\'");
                }
                self.word.push_str(&self.words[from..at]);
                from = at + 1;
                at += 1;
            }
            at += 1;
        }
        self.word.push_str(&self.words[from..at]);
        self.words = &self.words[at..];
        let rest = &self.word[kept..];
        if rest.is_empty() {
            return Err("nothing after the shared-char count");
        }
        if rest.contains(char::is_whitespace) {
            return Err("whitespace in a word");
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests;
