//! The tagger's features: hashed keys of templates over a sentence's normalized chars
//! (uni-, bi- and trigrams in a ±3 window, character classes), the jieba word each
//! char sits in (its position, length and POS, the word and its neighbours), gazetteer
//! matches, surnames and titles. Training reads them key by key ([`features`]); a
//! loaded model finds the same weights group by group (`packed`), so the key layout
//! defined here is shared by both.

use super::Context;
use crate::segment::{Pos, Token};
use crate::text::is_han;

/// A feature key is a template id in its low [`TID_BITS`] bits under a hash of the
/// chars the template reads (the feature's *group*). Templates that read the same
/// n-gram at different offsets (the char before, the char itself, the char after…)
/// hash the n-gram alike, so the tagger finds all of them with one lookup per n-gram
/// instead of one per template and offset: table lookups dominate tagging time.
/// 22 group bits (4.2 M groups) are plenty for the tens of thousands of groups a model
/// keeps (an unseen n-gram meets a kept one with a chance of about 2%, and training
/// sees the same collisions).
pub(super) const TID_BITS: u32 = 6;
pub(super) const GROUP_BITS: u32 = 22;
pub(super) const GROUP_MASK: u64 = (1 << GROUP_BITS) - 1;
pub(super) const KEY_MASK: u64 = (1 << (GROUP_BITS + TID_BITS)) - 1;

/// The unigram templates: template id, and the offset of the char it reads.
pub(super) const UNI: [(u8, isize); 7] = [(1, 0), (2, -1), (3, 1), (4, -2), (5, 2), (22, -3), (23, 3)];
/// The bigram templates: template id, and the offset of the bigram's first char.
pub(super) const BI: [(u8, isize); 4] = [(6, -1), (7, 0), (8, -2), (9, 1)];
/// The trigram templates: template id, and the offset of the trigram's first char.
pub(super) const TRI: [(u8, isize); 3] = [(11, -1), (24, -2), (25, 0)];
/// The word templates, `WORD + 4 × w + p`: the jieba word of length at most 4 that the
/// char sits in (`w` 0), the one before it (1) or after it (2), with the char's
/// position `p` (B, M, E, S) in its own word.
pub(super) const WORD: u8 = 32;
/// Hash seeds of the n-gram and word groups (above every template id).
pub(super) const UNI_SEED: u8 = 64;
pub(super) const BI_SEED: u8 = 65;
pub(super) const TRI_SEED: u8 = 66;
pub(super) const WORD_SEED: u8 = 67;

/// The index of a char's position in its word in [`WORD_POSITIONS`] (S for any other).
pub(super) fn word_position(wp: char) -> u8 {
    WORD_POSITIONS.iter().position(|&p| p == wp).unwrap_or(3) as u8
}

/// FNV-1a over a seed and some chars, with the bits spread at the end.
#[inline]
pub(super) fn hash(seed: u8, parts: impl Iterator<Item = char>) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325 ^ u64::from(seed);
    h = h.wrapping_mul(0x100_0000_01b3);
    for c in parts {
        h ^= c as u64;
        h = h.wrapping_mul(0x100_0000_01b3);
    }
    h ^= h >> 29;
    h = h.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    h ^ (h >> 32)
}

/// The key of template `tid` in the group hashed `group`.
#[inline]
pub(super) fn compose(group: u64, tid: u8) -> u64 {
    ((group & GROUP_MASK) << TID_BITS) | u64::from(tid)
}

/// The key of a template read on its own.
pub(super) fn single(tid: u8, parts: &[char]) -> u64 {
    compose(hash(tid, parts.iter().copied()), tid)
}

pub(super) fn class(c: char) -> char {
    // Asked for every char of every sentence, and `is_alphanumeric` walks Unicode
    // tables for CJK punctuation: the Basic Multilingual Plane is classified once.
    static BMP: std::sync::OnceLock<Vec<u8>> = std::sync::OnceLock::new();
    let table =
        BMP.get_or_init(|| (0..=0xFFFFu32).map(|u| char::from_u32(u).map_or(b'P', |c| classify(c) as u8)).collect());
    match table.get(c as usize) {
        Some(&k) => char::from(k),
        None => classify(c),
    }
}

/// The class of a char: Han, digit, upper- or lowercase Latin, space, other letter or
/// digit, punctuation.
fn classify(c: char) -> char {
    if is_han(c) {
        'H'
    } else if c.is_ascii_digit() || crate::numbers::is_chinese_numeral(c) && !is_han(c) {
        'D'
    } else if c.is_ascii_alphabetic() {
        if c.is_ascii_uppercase() {
            'U'
        } else {
            'L'
        }
    } else if c.is_whitespace() {
        'S'
    } else if c.is_alphanumeric() {
        'A'
    } else {
        'P'
    }
}

/// Per-sentence facts the features read, found once in linear passes.
pub(super) struct Facts<'a> {
    /// The sentence's chars with three boundary marks on each side.
    pub(super) padded: Vec<char>,
    /// Per char: position in its word (B, M, E, S), word length (at most 5), POS, and
    /// token index.
    pub(super) word: Vec<(char, usize, &'a Pos, usize)>,
    /// Per char: gazetteer type (P, O, L, X or -) and B/I.
    pub(super) gaz: Vec<(char, char)>,
    /// Per char index (and one past the end): where a title starting there ends.
    pub(super) title_end: Vec<Option<usize>>,
    /// Whether a title of at most 8 chars ends at a char index (as
    /// `Gazetteer::title_ending_at` asks).
    pub(super) title_ends_here: Vec<bool>,
}

/// Chars in the padded view before the sentence's first char.
pub(super) const PAD: usize = 3;

impl<'a> Facts<'a> {
    pub(super) fn new(ctx: &Context<'a>) -> Facts<'a> {
        let c = ctx.chars;
        let n = c.len();
        let mut padded = Vec::with_capacity(n + 2 * PAD);
        padded.extend_from_slice(&['⊢'; PAD]);
        padded.extend_from_slice(c);
        padded.extend_from_slice(&['⊣'; PAD]);
        static X: std::sync::OnceLock<Pos> = std::sync::OnceLock::new();
        let x = X.get_or_init(|| Pos::new("x"));
        let mut word: Vec<(char, usize, &Pos, usize)> = vec![('S', 1, x, 0); n];
        for (ti, t) in ctx.tokens.iter().enumerate() {
            let (start, end) = (t.start - ctx.offset, t.end - ctx.offset);
            let len = end - start;
            for i in start..end.min(n) {
                let pos = if len == 1 {
                    'S'
                } else if i == start {
                    'B'
                } else if i + 1 == end {
                    'E'
                } else {
                    'M'
                };
                word[i] = (pos, len.min(5), &t.pos, ti);
            }
        }
        let mut gaz: Vec<(char, char)> = vec![('-', '-'); n];
        let mut i = 0;
        while i < n {
            match ctx.gaz.name_in(c, i) {
                Some((end, kind)) => {
                    let k = match kind {
                        "person" => 'P',
                        "organization" => 'O',
                        "place" => 'L',
                        _ => 'X',
                    };
                    for (j, g) in gaz.iter_mut().enumerate().take(end).skip(i) {
                        *g = (k, if j == i { 'B' } else { 'I' });
                    }
                    i = end;
                }
                None => i += 1,
            }
        }
        let title_end: Vec<Option<usize>> = (0..=n).map(|i| ctx.gaz.title_at(c, i)).collect();
        let mut title_ends_here = vec![false; n + 1];
        for (s, e) in title_end.iter().enumerate() {
            if let Some(e) = *e {
                if e > s && e - s <= 8 {
                    title_ends_here[e] = true;
                }
            }
        }
        Facts { padded, word, gaz, title_end, title_ends_here }
    }

    /// The char at offset `i` of the sentence; boundary marks up to 3 chars outside.
    #[inline]
    pub(super) fn at(&self, i: isize) -> char {
        self.padded[(i + PAD as isize) as usize]
    }

    /// The chars of token `t` (sentence-local offsets), if it is a word the word
    /// templates read: at most 4 chars, inside the sentence.
    pub(super) fn word_chars<'c>(&self, ctx: &Context<'c>, t: &Token) -> Option<&'c [char]> {
        let n = ctx.chars.len();
        let (start, end) = (t.start - ctx.offset, t.end - ctx.offset);
        (end - start <= 4 && end <= n).then(|| &ctx.chars[start..end])
    }

    /// Pushes the keys of the templates read on their own at position `i`.
    fn singles(&self, ctx: &Context<'_>, i: usize, keys: &mut Vec<u64>) {
        let ii = i as isize;
        let (c0, p1, n1) = (self.at(ii), self.at(ii - 1), self.at(ii + 1));
        let (wp, wl, pos, ti) = self.word[i];
        let g = self.gaz[i];
        keys.extend_from_slice(&[
            single(0, &[]),
            single(10, &[p1, n1]),
            single(12, &[class(p1), class(c0), class(n1)]),
            single(13, &[wp, char::from(b'0' + wl as u8)]),
            compose(hash(14, std::iter::once(wp).chain(pos.chars())), 14),
            single(15, &[g.0, g.1]),
            single(16, &[g.0, g.1, wp]),
        ]);
        if ctx.gaz.surname_at(ctx.chars, i).is_some() {
            keys.push(single(18, &[wp]));
        }
        if i > 0 && self.title_ends_here[i] {
            keys.push(single(19, &[]));
        }
        if self.title_end[i + 1].is_some() {
            keys.push(single(20, &[]));
        }
        if i > 0 && self.word[i - 1].3 != ti {
            // The previous word's POS, across the boundary.
            keys.push(compose(hash(21, self.word[i - 1].2.chars()), 21));
        }
    }
}

/// Feature keys for every position of a sentence.
pub fn features(ctx: &Context<'_>) -> Vec<Vec<u64>> {
    let mut out = Vec::with_capacity(ctx.chars.len());
    each_position(ctx, |_, keys| out.push(keys.to_vec()));
    out
}

/// Calls `f(i, keys)` with the feature keys of every position `i` of the sentence in
/// turn, from one reused buffer: the training view of the features. A loaded model
/// finds the same weights group by group (`Packed::emissions`).
fn each_position(ctx: &Context<'_>, mut f: impl FnMut(usize, &[u64])) {
    let facts = Facts::new(ctx);
    let gram =
        |seed: u8, tid: u8, from: isize, len: isize| compose(hash(seed, (from..from + len).map(|j| facts.at(j))), tid);
    let mut keys: Vec<u64> = Vec::with_capacity(32);
    for i in 0..ctx.chars.len() {
        let ii = i as isize;
        keys.clear();
        facts.singles(ctx, i, &mut keys);
        keys.extend(UNI.iter().map(|&(tid, d)| gram(UNI_SEED, tid, ii + d, 1)));
        keys.extend(BI.iter().map(|&(tid, d)| gram(BI_SEED, tid, ii + d, 2)));
        keys.extend(TRI.iter().map(|&(tid, d)| gram(TRI_SEED, tid, ii + d, 3)));
        // The char's own word and the words around it (jieba): a name is often framed
        // by the same words (表示, 记者, 董事长 …).
        let (wp, _, _, ti) = facts.word[i];
        if ctx.tokens.get(ti).is_some() {
            let p = word_position(wp);
            for (w, other) in [(0u8, Some(ti)), (1, ti.checked_sub(1)), (2, Some(ti + 1))] {
                if let Some(chars) = other.and_then(|k| ctx.tokens.get(k)).and_then(|t| facts.word_chars(ctx, t)) {
                    keys.push(compose(hash(WORD_SEED, chars.iter().copied()), WORD + 4 * w + p));
                }
            }
        }
        f(i, &keys);
    }
}

/// The character classes of template 12, in index order.
pub(super) const CLASSES: [char; 7] = ['H', 'D', 'U', 'L', 'S', 'A', 'P'];
/// Gazetteer types and B/I marks of templates 15 and 16, in index order.
pub(super) const GAZ_TYPES: [char; 5] = ['-', 'P', 'O', 'L', 'X'];
pub(super) const GAZ_MARKS: [char; 3] = ['-', 'B', 'I'];
pub(super) const WORD_POSITIONS: [char; 4] = ['B', 'M', 'E', 'S'];
