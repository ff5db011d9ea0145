//! What every entity signal reads: the document's text and words, and the per-document
//! lookups the rules share (titles by position, surnames at word starts, the generic
//! words), built once per text in [`Scan::new`] — plus the small word-level tests
//! (a Latin word, a ticker, a proper noun) the signals have in common.

use super::lexicon::{
    char_lists, latin_org_suffix, CharLists, GENERIC, GENERIC_PLACES, LATIN_STOP, PLACE_GENERIC_HEADS,
};
use crate::analysis::{EntityKind, Script};
use crate::context::{Doc, Sentences};
use crate::gazetteer::Gazetteer;
use crate::hash::CharHasher;
use crate::segment::Token;
use crate::text::{is_han, Lexicon, Text};
use std::cell::OnceCell;
use std::collections::HashSet;
use std::hash::BuildHasherDefault;

/// One document as the entity signals see it.
pub(super) struct Scan<'s> {
    pub text: &'s Text<'s>,
    /// The normalized chars ([`Text::norm`]).
    pub chars: &'s [char],
    pub n: usize,
    pub tokens: &'s [Token],
    pub boundary: &'s [bool],
    pub sentences: &'s Sentences,
    pub script: Script,
    pub gaz: &'s Gazetteer,
    /// The learned tagger's mentions `(start, end, type)`.
    pub learned: &'s [(usize, usize, EntityKind)],
    pub titles: TitleIndex,
    /// Surname lengths at word starts, looked up once: several rules ask.
    pub surname: Vec<Option<usize>>,
    /// [`GENERIC`] as a set: asked of every token (a fast hash; the default SipHash
    /// showed in the profile).
    pub generic: HashSet<&'static str, BuildHasherDefault<CharHasher>>,
    pub lists: &'static CharLists,
    /// Built on first use (a text without learned mentions may never ask).
    spans: OnceCell<TokenSpans>,
}

impl<'s> Scan<'s> {
    pub fn new(doc: &'s Doc<'s>, gaz: &'s Gazetteer, learned: &'s [(usize, usize, EntityKind)]) -> Scan<'s> {
        let chars = &doc.text.norm[..];
        let n = chars.len();
        let boundary = &doc.boundary[..];
        let surname =
            (0..n).map(|i| if boundary[i] && is_han(chars[i]) { gaz.surname_at(chars, i) } else { None }).collect();
        Scan {
            text: &doc.text,
            chars,
            n,
            tokens: &doc.tokens,
            boundary,
            sentences: &doc.sentences,
            script: doc.script,
            gaz,
            learned,
            titles: TitleIndex::new(gaz, chars),
            surname,
            generic: GENERIC.iter().chain(GENERIC_PLACES).copied().collect(),
            lists: char_lists(),
            spans: OnceCell::new(),
        }
    }

    /// The tokens' starts and ends as compact arrays.
    pub fn spans(&self) -> &TokenSpans {
        self.spans.get_or_init(|| TokenSpans::new(self.tokens))
    }

    /// Whether `[s, e)` is a generic word.
    pub fn is_generic(&self, s: usize, e: usize) -> bool {
        self.generic.contains(self.text.norm_slice(s, e))
    }

    /// Whether a title or an honorific starts at `i`.
    pub fn title_or_honorific_at(&self, i: usize) -> bool {
        self.titles.at(i).is_some() || has_any_at(self.text, i, super::lexicon::honorifics()).is_some()
    }

    /// Whether token `t` may be (the start of) a Chinese name: Han characters (or the
    /// middle dot of transliterations) only, not a generic word, not after a
    /// demonstrative.
    pub fn may_name(&self, t: &Token) -> bool {
        // The token's chars (tokens are slices of the normalized text).
        let w = &self.chars[t.start..t.end];
        debug_assert!(t.word.chars().eq(w.iter().copied()), "{} at {}", t.word, t.start);
        w.iter().all(|&c| is_han(c) || c == '·')
            && !self.is_generic(t.start, t.end)
            && !self.after_demonstrative(t.start)
    }

    /// Whether `[start, end)` is a place and a bare generic head (美国公司, 日本公司): a
    /// phrase, not a company's name.
    pub fn place_with_generic_head(&self, start: usize, end: usize) -> bool {
        let span = self.text.norm_slice(start, end);
        PLACE_GENERIC_HEADS.iter().any(|h| {
            span.ends_with(h) && {
                let p = end - h.chars().count();
                p > start && self.gaz.place_at(self.text, start, p)
            }
        })
    }

    /// Whether a demonstrative stands right before `i` (这段时间: 段 is a measure).
    pub fn after_demonstrative(&self, i: usize) -> bool {
        i > 0 && self.lists.demonstratives.contains(self.chars[i - 1])
    }
}

/// The end of the longest word of `list` at char `i`.
pub(super) fn has_any_at(text: &Text<'_>, i: usize, list: &Lexicon) -> Option<usize> {
    list.longest_at(&text.norm, i).map(|w| i + w.chars().count())
}

pub(super) fn has_any_before(text: &Text<'_>, end: usize, list: &[&str]) -> bool {
    list.iter().any(|w| text.norm_has_before(end, w))
}

pub(super) fn skip_spaces(chars: &[char], mut i: usize) -> usize {
    while i < chars.len() && chars[i] == ' ' {
        i += 1;
    }
    i
}

pub(super) fn skip_spaces_back(chars: &[char], mut i: usize) -> usize {
    while i > 0 && chars[i - 1] == ' ' {
        i -= 1;
    }
    i
}

/// A Latin word: `[A-Za-z0-9]` with inner `.'’:&-`, plus a final `.` for abbreviations.
pub(super) fn latin_word(chars: &[char], i: usize) -> Option<usize> {
    if !chars.get(i)?.is_ascii_alphanumeric() || (i > 0 && chars[i - 1].is_ascii_alphanumeric()) {
        return None;
    }
    let mut j = i;
    while j < chars.len() {
        let c = chars[j];
        let inner = matches!(c, '.' | '\'' | '’' | ':' | '&' | '-')
            && chars.get(j + 1).is_some_and(|n| n.is_ascii_alphanumeric());
        if c.is_ascii_alphanumeric() || inner {
            j += 1;
        } else {
            break;
        }
    }
    let word: String = chars[i..j].iter().collect();
    if chars.get(j) == Some(&'.') && latin_org_suffix(&format!("{word}.")) {
        j += 1;
    }
    Some(j)
}

/// Stock tickers (`QCOM.O`, `4502.T`, `SHP.L`) stand beside names; they are not names.
pub(super) fn is_ticker(word: &str) -> bool {
    word.split_once('.').is_some_and(|(a, b)| {
        !a.is_empty()
            && a.len() <= 6
            && a.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
            && (1..=2).contains(&b.len())
            && b.chars().all(|c| c.is_ascii_uppercase())
    })
}

pub(super) fn qualifies(word: &str) -> bool {
    // 5G, 4G: technology generations, not names.
    let generation =
        word.len() <= 3 && word.ends_with('G') && word[..word.len() - 1].chars().all(|c| c.is_ascii_digit());
    !generation
        && !is_ticker(word)
        && word.chars().any(|c| c.is_ascii_uppercase())
        && word.chars().any(|c| c.is_ascii_alphabetic())
        && !LATIN_STOP.contains(&word)
        && !LATIN_STOP.contains(&word.trim_end_matches('.'))
}

pub(super) fn is_proper(t: &Token) -> bool {
    matches!(t.pos.as_str(), "ns" | "nt" | "nz" | "nr" | "nrt" | "nrfg" | "eng")
}

pub(super) fn is_common_noun(t: &Token) -> bool {
    matches!(t.pos.as_str(), "n" | "vn" | "nz" | "an") && t.word.chars().all(is_han)
}

/// The token that ends exactly at `end` (tokens are sorted and contiguous).
pub(super) fn token_ending_at(tokens: &[Token], end: usize) -> Option<&Token> {
    let k = tokens.partition_point(|t| t.end < end);
    tokens.get(k).filter(|t| t.end == end)
}

/// The role titles of one text, looked up once per position: the title starting at each
/// char and the longest title ending at each char.
pub(super) struct TitleIndex {
    /// Per char: the end of the longest title starting there, or [`TitleIndex::NONE`]
    /// (four bytes a char, not sixteen: the rules read it at random places of long
    /// texts, and the smaller arrays stay in cache).
    at: Vec<u32>,
    /// Per char index: the start of the longest title ending there, or `NONE`.
    ending: Vec<u32>,
}

impl TitleIndex {
    const NONE: u32 = u32::MAX;

    fn new(gaz: &Gazetteer, chars: &[char]) -> TitleIndex {
        let n = chars.len();
        let at: Vec<u32> = (0..n).map(|i| gaz.title_at(chars, i).map_or(Self::NONE, |e| e as u32)).collect();
        let mut ending = vec![Self::NONE; n + 1];
        for (s, &e) in at.iter().enumerate() {
            let e = e as usize;
            // Ascending starts: the first one seen is the longest title ending there.
            if e != Self::NONE as usize && e - s <= 8 && ending[e] == Self::NONE {
                ending[e] = s as u32;
            }
        }
        TitleIndex { at, ending }
    }

    /// The end of the longest title starting at `i`.
    pub fn at(&self, i: usize) -> Option<usize> {
        self.at.get(i).filter(|&&e| e != Self::NONE).map(|&e| e as usize)
    }

    /// The start of the longest title ending at `end`.
    pub fn ending(&self, end: usize) -> Option<usize> {
        self.ending.get(end).filter(|&&s| s != Self::NONE).map(|&s| s as usize)
    }
}

/// The tokens' starts and ends as compact arrays: binary searches over them stay in
/// cache (a `Token` is about ninety bytes, and a search over a long text's tokens
/// missed the cache at nearly every step).
pub(super) struct TokenSpans {
    starts: Vec<u32>,
    ends: Vec<u32>,
}

impl TokenSpans {
    fn new(tokens: &[Token]) -> TokenSpans {
        TokenSpans {
            starts: tokens.iter().map(|t| t.start as u32).collect(),
            ends: tokens.iter().map(|t| t.end as u32).collect(),
        }
    }

    /// How many tokens start before char `i` (the index of the first starting there or
    /// later).
    pub fn starting_before(&self, i: usize) -> usize {
        self.starts.partition_point(|&s| (s as usize) < i)
    }

    /// How many tokens end at or before char index `end`.
    pub fn ending_by(&self, end: usize) -> usize {
        self.ends.partition_point(|&e| e as usize <= end)
    }
}
