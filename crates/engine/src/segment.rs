//! Segmentation: jieba-rs words with POS tags and char offsets into the original text.

use crate::text::Text;
use jieba_rs::Jieba;
use serde::{Deserialize, Serialize};

/// One word of the segmentation. Offsets are char indices into the original text;
/// `word` is the normalized (Simplified, half-width) form the segmenter saw.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub word: String,
    /// jieba's POS tag (`nr` person name, `ns` place, `nt` organization, `v` verb, `x` other…).
    pub pos: Pos,
    /// Whether the word is in the dictionary (false: found by the HMM, often a new name).
    pub known: bool,
}

/// A POS tag without an allocation of its own: jieba's tags (and this crate's `nnt`,
/// role titles) are shared static strings, so a token costs one allocation (its word)
/// instead of two, and reading a tag is a pointer, not a heap string per token. A tag
/// outside that set (from a custom dictionary) is kept as an owned string.
#[derive(Clone, PartialEq, Eq, Hash, Default)]
pub struct Pos {
    name: std::borrow::Cow<'static, str>,
    /// The index in [`KNOWN_TAGS`] plus one; 0 for another tag.
    known: u8,
}

/// Every tag of jieba's dictionary and tagger, sorted.
pub const KNOWN_TAGS: [&str; 57] = [
    "a", "ad", "ag", "an", "b", "c", "d", "df", "dg", "e", "eng", "f", "g", "h", "i", "j", "k", "l", "m", "mg", "mq",
    "n", "ng", "nnt", "nr", "nrfg", "nrt", "ns", "nt", "nz", "o", "p", "q", "r", "rg", "rr", "rz", "s", "t", "tg", "u",
    "ud", "ug", "uj", "ul", "uv", "uz", "v", "vd", "vg", "vi", "vn", "vq", "x", "y", "z", "zg",
];

/// A tag of at most four ASCII bytes as a number that sorts like the tag.
const fn pack(tag: &[u8]) -> u32 {
    let mut key = 0u32;
    let mut i = 0;
    while i < 4 {
        key = (key << 8) | if i < tag.len() { tag[i] as u32 } else { 0 };
        i += 1;
    }
    key
}

/// [`KNOWN_TAGS`] packed, for a binary search over numbers.
const KNOWN_KEYS: [u32; KNOWN_TAGS.len()] = {
    let mut keys = [0; KNOWN_TAGS.len()];
    let mut i = 0;
    while i < keys.len() {
        keys[i] = pack(KNOWN_TAGS[i].as_bytes());
        i += 1;
    }
    keys
};

impl Pos {
    pub fn new(tag: &str) -> Pos {
        let found = (tag.len() <= 4)
            .then(|| KNOWN_KEYS.binary_search(&pack(tag.as_bytes())).ok())
            .flatten()
            .filter(|&k| KNOWN_TAGS[k] == tag);
        match found {
            Some(k) => Pos { name: std::borrow::Cow::Borrowed(KNOWN_TAGS[k]), known: k as u8 + 1 },
            None => Pos { name: std::borrow::Cow::Owned(tag.to_string()), known: 0 },
        }
    }

    pub fn as_str(&self) -> &str {
        &self.name
    }

    /// The tag's index in [`KNOWN_TAGS`], if it is one of them.
    pub fn known_index(&self) -> Option<usize> {
        usize::from(self.known).checked_sub(1)
    }
}

impl std::ops::Deref for Pos {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl PartialEq<str> for Pos {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Pos {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl std::fmt::Display for Pos {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::fmt::Debug for Pos {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(self.as_str(), f)
    }
}

impl From<Pos> for String {
    fn from(p: Pos) -> String {
        p.as_str().to_string()
    }
}

impl Serialize for Pos {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Pos {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Pos, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        Ok(Pos::new(&s))
    }
}

/// Segments the normalized text. The tokens cover the text without gaps.
pub fn segment(jieba: &Jieba, text: &Text<'_>) -> Vec<Token> {
    jieba
        .tag(&text.norm_string, true)
        .into_iter()
        .map(|t| Token {
            start: t.start,
            end: t.end,
            word: t.word.to_string(),
            pos: Pos::new(t.tag),
            // A tag other than jieba's guesses for words outside its dictionary (`m`
            // numbers, `eng` Latin, `x` the rest; its POS model, which would guess
            // more, is not compiled in) comes from the dictionary: only those words
            // need the lookup.
            known: !matches!(t.tag, "m" | "eng" | "x") || jieba.has_word(t.word),
        })
        .collect()
}

/// Sentence spans: a sentence ends after `。！？!?` (with any closing quotes that follow),
/// or at a line break. Whitespace between sentences belongs to no sentence.
pub fn sentences(text: &Text<'_>) -> Vec<(usize, usize)> {
    let n = text.norm.len();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    let mut depth: i32 = 0;
    while i < n {
        let c = text.norm[i];
        match c {
            '“' | '「' | '『' => depth += 1,
            '”' | '」' | '』' => depth = (depth - 1).max(0),
            _ => {}
        }
        let hard = c == '\n' || c == '\r';
        let soft = matches!(c, '。' | '!' | '?' | '！' | '？') && depth == 0;
        if hard || soft {
            let mut end = if hard { i } else { i + 1 };
            if soft {
                while end < n && matches!(text.norm[end], '”' | '」' | '』' | '"' | ')') {
                    end += 1;
                }
            }
            push_trimmed(text, start, end, &mut out);
            start = end.max(i + 1);
            i = start;
            depth = 0;
            continue;
        }
        i += 1;
    }
    push_trimmed(text, start, n, &mut out);
    out
}

fn push_trimmed(text: &Text<'_>, mut s: usize, mut e: usize, out: &mut Vec<(usize, usize)>) {
    while s < e && text.norm[s].is_whitespace() {
        s += 1;
    }
    while e > s && text.norm[e - 1].is_whitespace() {
        e -= 1;
    }
    if e > s {
        out.push((s, e));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pos_shares_known_tags_and_keeps_any_other() {
        assert!(KNOWN_TAGS.windows(2).all(|w| w[0] < w[1]), "sorted, no repeats");
        for tag in ["x", "nr", "eng", "nrfg", "nnt", "", "自定义", "abcdefgh"] {
            let p = Pos::new(tag);
            assert_eq!(p.as_str(), tag);
            assert!(p == tag && p.starts_with(tag) && format!("{p}") == tag);
        }
        assert!(KNOWN_KEYS.windows(2).all(|w| w[0] < w[1]), "packed keys sort like the tags");
        for (k, tag) in KNOWN_TAGS.iter().enumerate() {
            assert!(matches!(Pos::new(tag).name, std::borrow::Cow::Borrowed(_)));
            assert_eq!(Pos::new(tag).known_index(), Some(k));
        }
        for other in ["zz", "n\0", "nrfgx", "自定义", ""] {
            assert!(matches!(Pos::new(other).name, std::borrow::Cow::Owned(_)));
            assert_eq!(Pos::new(other).known_index(), None);
        }
        assert_ne!(Pos::new("nr"), Pos::new("nrt"));
    }

    #[cfg(feature = "embedded-dict")]
    #[test]
    fn known_means_in_the_dictionary() {
        let tables = crate::text::ScriptTables::new();
        let jieba = Jieba::with_dict(&mut crate::dictfmt::unpack(crate::DICTIONARY).unwrap().as_bytes()).unwrap();
        let text = "輝達(Nvidia)執行長黃仁勳週四在台北表示，公司將投資40億美元；鄂尔多斯市的张三丰说 AI 很好, 2025年。";
        let t = Text::new(text, &tables);
        let tokens = segment(&jieba, &t);
        assert!(tokens.iter().any(|t| t.known) && tokens.iter().any(|t| !t.known));
        for t in &tokens {
            assert_eq!(t.known, jieba.has_word(&t.word), "{} /{}", t.word, t.pos);
        }
    }

    #[test]
    fn pos_serializes_as_a_string() {
        let t = Token { start: 0, end: 2, word: "台北".into(), pos: Pos::new("ns"), known: true };
        let json = serde_json::to_string(&t).unwrap();
        assert!(json.contains(r#""pos":"ns""#), "{json}");
        assert_eq!(serde_json::from_str::<Token>(&json).unwrap(), t);
    }
}
