//! Script normalization: a folded, Simplified view of the text with the same char count.
//!
//! Every later stage reads [`Text::norm`], where full-width ASCII is folded to
//! half-width and Traditional characters are mapped to Simplified one character to one
//! character. Because the mapping never changes the number of chars, an index into the
//! normalized text is also an index into the original: offsets need no translation.

use crate::analysis::Script;
use std::collections::{HashMap, HashSet};

/// The Traditional→Simplified table (OpenCC data, see `data/t2s.txt`).
static T2S_DATA: &str = include_str!("../data/t2s.txt");

/// Character conversion tables, built once per analyzer.
#[derive(Debug, Clone)]
pub struct ScriptTables {
    t2s: HashMap<char, char>,
    simplified_only: HashSet<char>,
    /// The same set for the Basic Multilingual Plane as a bitmap (asked for every Han
    /// char of every text by [`detect_script`]).
    simplified_only_bmp: CharSet,
    /// The same mapping for the Basic Multilingual Plane as a direct table (128 KB):
    /// `bmp[c]` is `c`'s Simplified form, or 0 where the map must be asked (a form
    /// outside the plane). Every char of every text is looked up here, and a hash
    /// lookup per char was a noticeable part of segmentation.
    bmp: Vec<u16>,
}

impl ScriptTables {
    /// Parses the embedded table.
    pub fn new() -> ScriptTables {
        let mut t2s = HashMap::new();
        for line in T2S_DATA.lines() {
            if line.starts_with('#') {
                continue;
            }
            let mut cs = line.chars();
            if let (Some(t), Some(s), None) = (cs.next(), cs.next(), cs.next()) {
                t2s.insert(t, s);
            }
        }
        let simplified_only: HashSet<char> = t2s.values().copied().filter(|s| !t2s.contains_key(s)).collect();
        let mut simplified_only_bmp = CharSet::default();
        for &c in &simplified_only {
            simplified_only_bmp.insert(c);
        }
        let mut bmp: Vec<u16> = (0..=u16::MAX).collect();
        for (&t, &s) in &t2s {
            if let Ok(t) = u16::try_from(u32::from(t)) {
                bmp[usize::from(t)] = u16::try_from(u32::from(s)).unwrap_or(0);
            }
        }
        ScriptTables { t2s, simplified_only, simplified_only_bmp, bmp }
    }

    /// The Simplified form of a char (itself if it has none).
    #[inline]
    fn to_simplified(&self, c: char) -> char {
        if let Some(&m) = self.bmp.get(c as usize) {
            if m != 0 {
                return char::from_u32(u32::from(m)).unwrap_or(c);
            }
        }
        self.t2s.get(&c).copied().unwrap_or(c)
    }

    /// Folds width variants and converts one character to Simplified.
    pub fn fold(&self, c: char) -> char {
        self.to_simplified(fold_width(c))
    }

    /// Converts a string (used for dictionaries and evaluation keys).
    pub fn fold_str(&self, s: &str) -> String {
        s.chars().map(|c| self.fold(c)).collect()
    }

    /// Whether the char is a Traditional-only form.
    pub fn is_traditional(&self, c: char) -> bool {
        match self.bmp.get(c as usize) {
            Some(&m) if m != 0 => u32::from(m) != c as u32,
            _ => self.t2s.contains_key(&c),
        }
    }

    /// Whether the char is a Simplified-only form.
    pub fn is_simplified(&self, c: char) -> bool {
        if (c as u32) < 0x1_0000 {
            self.simplified_only_bmp.contains(c)
        } else {
            self.simplified_only.contains(&c)
        }
    }
}

impl Default for ScriptTables {
    fn default() -> Self {
        ScriptTables::new()
    }
}

/// Full-width ASCII (U+FF01–U+FF5E) and the ideographic space to their ASCII forms;
/// the middle dots that join the parts of a transliterated name (Taiwan's `‧`, the
/// katakana `・`, its half-width form) to `·`; the radical `丶` typed for `、` to `、`.
pub fn fold_width(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' => ' ',
        '\u{2027}' | '\u{30FB}' | '\u{FF65}' => '·',
        // 丶, a radical some writers type for the enumeration comma (吐露港丶维港).
        '\u{4E36}' => '、',
        _ => c,
    }
}

/// Whether `c` is a CJK ideograph (the blocks news text uses).
pub fn is_han(c: char) -> bool {
    matches!(c as u32,
        0x4E00..=0x9FFF | 0x3400..=0x4DBF | 0x20000..=0x2EBEF | 0xF900..=0xFAFF | 0x30000..=0x3134F)
}

/// The original text with its normalized view.
#[derive(Debug, Clone)]
pub struct Text<'a> {
    pub original: &'a str,
    /// Original characters.
    pub chars: Vec<char>,
    /// Normalized characters, `norm.len() == chars.len()`.
    pub norm: Vec<char>,
    /// `norm` as a string, for the segmenter.
    pub norm_string: String,
    /// Byte offset in `norm_string` of each char, plus the total length at the end.
    norm_bytes: Vec<usize>,
}

impl<'a> Text<'a> {
    pub fn new(original: &'a str, tables: &ScriptTables) -> Text<'a> {
        let chars: Vec<char> = original.chars().collect();
        let norm: Vec<char> = chars.iter().map(|&c| tables.fold(c)).collect();
        let norm_string: String = norm.iter().collect();
        let mut norm_bytes = Vec::with_capacity(norm.len() + 1);
        let mut b = 0;
        for c in &norm {
            norm_bytes.push(b);
            b += c.len_utf8();
        }
        norm_bytes.push(b);
        Text { original, chars, norm, norm_string, norm_bytes }
    }

    pub fn len(&self) -> usize {
        self.chars.len()
    }

    pub fn is_empty(&self) -> bool {
        self.chars.is_empty()
    }

    /// The char index of a byte offset into `norm_string` (which must be a boundary).
    pub fn char_at_norm_byte(&self, byte: usize) -> usize {
        self.norm_bytes.partition_point(|&b| b < byte)
    }

    /// The original text of a char span.
    pub fn slice(&self, start: usize, end: usize) -> String {
        self.chars[start..end].iter().collect()
    }

    /// The normalized text of a char span.
    pub fn norm_slice(&self, start: usize, end: usize) -> &str {
        &self.norm_string[self.norm_bytes[start]..self.norm_bytes[end]]
    }

    /// The normalized form of a phrase copied from the original text (a role, a
    /// name): the normalized chars of its first occurrence, or the phrase itself when
    /// it does not occur.
    pub fn normalized_form(&self, phrase: &str) -> Vec<char> {
        let orig: Vec<char> = phrase.chars().collect();
        let n = orig.len();
        if n == 0 || n > self.chars.len() {
            return orig;
        }
        (0..=self.chars.len() - n)
            .find(|&i| self.chars[i..i + n] == orig[..])
            .map_or(orig, |i| self.norm[i..i + n].to_vec())
    }

    /// Whether the normalized text has `pat` at char index `at`.
    #[inline]
    pub fn norm_has_at(&self, at: usize, pat: &str) -> bool {
        has_at(&self.norm, at, pat)
    }

    /// Whether the normalized text ends with `pat` right before char index `end`.
    pub fn norm_has_before(&self, end: usize, pat: &str) -> bool {
        let n = pat.chars().count();
        end >= n && self.norm_has_at(end - n, pat)
    }
}

/// Whether `chars` has `pat` at index `at`. Most calls fail on the first character
/// (stages ask at every position), so that one is compared before anything else.
#[inline]
pub fn has_at(chars: &[char], at: usize, pat: &str) -> bool {
    let mut p = pat.chars();
    match (p.next(), chars.get(at)) {
        (Some(first), Some(&c)) if first == c => {}
        (None, _) => return true,
        _ => return false,
    }
    let mut rest = chars[at + 1..].iter();
    p.all(|q| rest.next() == Some(&q))
}

/// A set of chars from the Basic Multilingual Plane as a bitmap (8 KB): one load and
/// a mask per membership test, for filters asked at every position of a text.
#[derive(Clone)]
pub struct CharSet {
    bits: Box<[u64; 1024]>,
}

impl CharSet {
    /// The set of the chars of `chars` (chars beyond the BMP are never members).
    pub fn new(chars: &str) -> CharSet {
        let mut bits = Box::new([0u64; 1024]);
        for c in chars.chars().filter(|&c| (c as u32) < 0x1_0000) {
            bits[c as usize >> 6] |= 1 << (c as u32 & 63);
        }
        CharSet { bits }
    }

    #[inline]
    pub fn contains(&self, c: char) -> bool {
        let u = c as u32;
        u < 0x1_0000 && self.bits[u as usize >> 6] & (1 << (u & 63)) != 0
    }

    /// Adds a char (beyond the BMP: ignored, see [`CharSet::may_contain`]).
    pub fn insert(&mut self, c: char) {
        if (c as u32) < 0x1_0000 {
            self.bits[c as usize >> 6] |= 1 << (c as u32 & 63);
        }
    }

    /// Whether `c` may be a member of a set of chars inserted one by one: false only
    /// for BMP chars that are not in it (chars beyond the BMP are not tracked). A
    /// prefilter before a hash lookup that usually fails.
    #[inline]
    pub fn may_contain(&self, c: char) -> bool {
        (c as u32) >= 0x1_0000 || self.contains(c)
    }
}

impl Default for CharSet {
    fn default() -> CharSet {
        CharSet { bits: Box::new([0u64; 1024]) }
    }
}

impl std::fmt::Debug for CharSet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("CharSet")
    }
}

/// A fixed word list indexed by first character, so "which of these words starts here"
/// costs one hash lookup instead of a comparison per word (stages ask it at every
/// position of the text).
pub struct Lexicon {
    by_first: crate::hash::CharMap<Vec<(Vec<char>, &'static str)>>,
    /// The first chars, to skip the hash lookup at most positions.
    firsts: CharSet,
}

impl Lexicon {
    pub fn new(words: &[&'static str]) -> Lexicon {
        let mut by_first: crate::hash::CharMap<Vec<(Vec<char>, &'static str)>> = Default::default();
        let mut firsts = CharSet::default();
        for &w in words {
            let cs: Vec<char> = w.chars().collect();
            if let Some(&c) = cs.first() {
                firsts.insert(c);
                by_first.entry(c).or_default().push((cs, w));
            }
        }
        Lexicon { by_first, firsts }
    }

    /// The longest word of the list that starts at char `i` of `chars` (the first
    /// listed among equally long ones).
    pub fn longest_at(&self, chars: &[char], i: usize) -> Option<&'static str> {
        let c = chars.get(i)?;
        if !self.firsts.may_contain(*c) {
            return None;
        }
        let words = self.by_first.get(c)?;
        let mut best: Option<&(Vec<char>, &'static str)> = None;
        for w in words {
            if chars.get(i..i + w.0.len()) == Some(w.0.as_slice()) && best.is_none_or(|b| w.0.len() > b.0.len()) {
                best = Some(w);
            }
        }
        best.map(|b| b.1)
    }
}

/// Declares a function returning the [`Lexicon`] of a constant word list, built once.
#[macro_export]
macro_rules! lexicon {
    ($vis:vis $fn_name:ident, $words:expr) => {
        $vis fn $fn_name() -> &'static $crate::text::Lexicon {
            static LEXICON: std::sync::OnceLock<$crate::text::Lexicon> = std::sync::OnceLock::new();
            LEXICON.get_or_init(|| $crate::text::Lexicon::new($words))
        }
    };
}

/// Detects the script.
pub fn detect_script(text: &str, tables: &ScriptTables) -> Script {
    let (mut han, mut trad, mut simp, mut latin) = (0usize, 0usize, 0usize, 0usize);
    for c in text.chars() {
        if is_han(c) {
            han += 1;
            if tables.is_traditional(c) {
                trad += 1;
            } else if tables.is_simplified(c) {
                simp += 1;
            }
        } else if c.is_ascii_alphabetic() {
            latin += 1;
        }
    }
    if han == 0 {
        return if latin > 0 { Script::Latin } else { Script::Simplified };
    }
    let marked = trad + simp;
    if marked == 0 {
        return Script::Simplified;
    }
    let share = trad as f64 / marked as f64;
    if share >= 0.85 {
        Script::Traditional
    } else if share <= 0.15 {
        Script::Simplified
    } else {
        Script::Mixed
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn has_at_agrees_with_a_char_by_char_comparison() {
        // The empty pattern is found anywhere.
        let naive = |chars: &[char], at: usize, pat: &str| {
            let p: Vec<char> = pat.chars().collect();
            p.is_empty() || chars.get(at..at + p.len()) == Some(p.as_slice())
        };
        let text: Vec<char> = "a年ab去年9月 é€𠀀𠀁中文Ü年年".chars().collect();
        let pats = [
            "",
            "a",
            "ab",
            "年",
            "去年",
            "去年9月",
            "年9",
            "é",
            "€",
            "𠀀",
            "𠀀𠀁",
            "𠀁",
            "中文Ü",
            "Ü年年",
            "年年年",
            "b",
            "ä",
            "₤",
            "𠀂",
        ];
        for at in 0..=text.len() + 1 {
            for p in pats {
                assert_eq!(has_at(&text, at, p), naive(&text, at, p), "{p:?} at {at}");
            }
        }
    }

    #[test]
    fn the_direct_table_agrees_with_the_map_for_every_char() {
        let t = ScriptTables::new();
        for c in (0..=0x3_FFFF).filter_map(char::from_u32) {
            assert_eq!(t.fold(c), t.t2s.get(&fold_width(c)).copied().unwrap_or(fold_width(c)), "{c:?}");
            assert_eq!(t.is_traditional(c), t.t2s.contains_key(&c), "{c:?}");
        }
    }

    #[test]
    fn conversion_keeps_char_count() {
        let t = ScriptTables::new();
        let s = "亞馬遜週四宣佈，數據中心集羣";
        let text = Text::new(s, &t);
        assert_eq!(text.norm_string, "亚马逊周四宣布,数据中心集群");
        assert_eq!(text.norm.len(), text.chars.len());
        let w = Text::new("ＡＢＣ　１２３", &t);
        assert_eq!(w.norm_string, "ABC 123");
    }

    #[test]
    fn hong_kong_and_taiwan_variants_and_name_dots_fold() {
        let t = ScriptTables::new();
        // 衞 (Hong Kong) and 衛 (Taiwan) are one char; 裡 is 裏's Taiwan form.
        assert_eq!(Text::new("衞生署與衛生署，家裡", &t).norm_string, "卫生署与卫生署,家里");
        // The dots between a transliteration's parts, and 丶 typed for 、.
        assert_eq!(Text::new("約翰‧柯比、謝爾蓋・紹伊古丶普京", &t).norm_string, "约翰·柯比、谢尔盖·绍伊古、普京");
    }

    #[test]
    fn detects_scripts() {
        let t = ScriptTables::new();
        assert_eq!(detect_script("亞馬遜週四宣佈這項計畫", &t), Script::Traditional);
        assert_eq!(detect_script("亚马逊周四宣布这项计划", &t), Script::Simplified);
        assert_eq!(detect_script("Amazon said on Thursday", &t), Script::Latin);
        assert_eq!(detect_script("亞馬遜週四宣佈，亚马逊周四宣布", &t), Script::Mixed);
    }

    #[test]
    fn maps_norm_bytes_to_chars() {
        let t = ScriptTables::new();
        let text = Text::new("a亞b", &t);
        assert_eq!(text.char_at_norm_byte(0), 0);
        assert_eq!(text.char_at_norm_byte(1), 1);
        assert_eq!(text.char_at_norm_byte(4), 2);
        assert_eq!(text.char_at_norm_byte(5), 3);
    }

    #[test]
    fn char_set_membership() {
        let set = CharSet::new("年月a\u{ffff}\u{20000}");
        for c in ['年', '月', 'a', '\u{ffff}'] {
            assert!(set.contains(c), "{c}");
        }
        for c in ['日', 'b', '\0', '\u{20000}', '\u{10ffff}'] {
            assert!(!set.contains(c), "{c}");
        }
    }
}
