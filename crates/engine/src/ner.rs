//! NER: a learned character tagger (PER, ORG, LOC in BIO tags) whose mentions join the
//! rule signals in [`crate::entities`].
//!
//! The model is a structured averaged perceptron with first-order Viterbi decoding: a
//! linear model over sparse, hashed features — character n-grams around the position,
//! character classes, the jieba word the character sits in (its position in the word,
//! length and POS tag), gazetteer matches, surnames and titles. It trains in minutes on
//! two cores, decodes in linear time, and after pruning and 8-bit quantization fits in
//! well under a megabyte gzipped: the point of the design (BiLSTM or BERT taggers are
//! far too heavy for a web page). Features are computed on the normalized (Simplified)
//! view, so one model reads Traditional and Simplified text alike.
//!
//! Model file (`NLNER3`, little-endian): magic, tag count, scale (f32), the
//! tag-transition matrix (f32), the feature count; then the sorted 28-bit feature keys
//! as LEB128 deltas, one byte per feature with a bit per nonzero tag weight, and the
//! nonzero `i8` weights tag by tag.

// Tag-indexed arrays (`[f32; T]`, the transition matrix) read most clearly with
// explicit tag indices.
#![allow(clippy::needless_range_loop)]

use crate::gazetteer::Gazetteer;
use crate::segment::{Pos, Token, KNOWN_TAGS};
use crate::text::is_han;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// The tags, BIO over three types.
pub const TAGS: [&str; 7] = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"];
const T: usize = TAGS.len();
const MAGIC: &[u8; 6] = b"NLNER3";

/// A feature key is a template id in its low [`TID_BITS`] bits under a hash of the
/// chars the template reads (the feature's *group*). Templates that read the same
/// n-gram at different offsets (the char before, the char itself, the char after…)
/// hash the n-gram alike, so the tagger finds all of them with one lookup per n-gram
/// instead of one per template and offset: table lookups dominate tagging time.
/// 22 group bits (4.2 M groups) are plenty for the tens of thousands of groups a model
/// keeps (an unseen n-gram meets a kept one with a chance of about 2%, and training
/// sees the same collisions).
const TID_BITS: u32 = 6;
const GROUP_BITS: u32 = 22;
const GROUP_MASK: u64 = (1 << GROUP_BITS) - 1;
const KEY_MASK: u64 = (1 << (GROUP_BITS + TID_BITS)) - 1;

/// The unigram templates: template id, and the offset of the char it reads.
const UNI: [(u8, isize); 7] = [(1, 0), (2, -1), (3, 1), (4, -2), (5, 2), (22, -3), (23, 3)];
/// The bigram templates: template id, and the offset of the bigram's first char.
const BI: [(u8, isize); 4] = [(6, -1), (7, 0), (8, -2), (9, 1)];
/// The trigram templates: template id, and the offset of the trigram's first char.
const TRI: [(u8, isize); 3] = [(11, -1), (24, -2), (25, 0)];
/// The word templates, `WORD + 4 × w + p`: the jieba word of length at most 4 that the
/// char sits in (`w` 0), the one before it (1) or after it (2), with the char's
/// position `p` (B, M, E, S) in its own word.
const WORD: u8 = 32;
/// Hash seeds of the n-gram and word groups (above every template id).
const UNI_SEED: u8 = 64;
const BI_SEED: u8 = 65;
const TRI_SEED: u8 = 66;
const WORD_SEED: u8 = 67;

/// Where a template's weights live in a loaded model.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Member {
    /// A template read on its own (bias, character classes, gazetteer, POS…).
    Single,
    /// Template 10, the chars before and after: a large set of its own, so the small
    /// templates' table stays in cache.
    Skip,
    Uni(usize),
    Bi(usize),
    Tri(usize),
    Word(usize),
}

fn member(tid: u8) -> Member {
    let find = |set: &[(u8, isize)]| set.iter().position(|&(t, _)| t == tid);
    if let Some(m) = find(&UNI) {
        Member::Uni(m)
    } else if let Some(m) = find(&BI) {
        Member::Bi(m)
    } else if let Some(m) = find(&TRI) {
        Member::Tri(m)
    } else if (WORD..WORD + 12).contains(&tid) {
        Member::Word(usize::from(tid - WORD))
    } else if tid == 10 {
        Member::Skip
    } else {
        Member::Single
    }
}

/// The index of a char's position in its word in [`WORD_POSITIONS`] (S for any other).
fn word_position(wp: char) -> u8 {
    WORD_POSITIONS.iter().position(|&p| p == wp).unwrap_or(3) as u8
}

/// The entity type of a tag index (`None` for O).
pub fn tag_type(tag: usize) -> Option<&'static str> {
    match tag {
        1 | 2 => Some("PER"),
        3 | 4 => Some("ORG"),
        5 | 6 => Some("LOC"),
        _ => None,
    }
}

/// Whether `to` may follow `from` (I-X only after B-X or I-X).
fn allowed(from: Option<usize>, to: usize) -> bool {
    match to {
        2 | 4 | 6 => from.is_some_and(|f| f == to || f == to - 1),
        _ => true,
    }
}

/// A hasher that passes through keys that already are hashes.
#[derive(Default, Clone, Copy)]
pub struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | u64::from(b);
        }
    }
    fn write_u32(&mut self, n: u32) {
        self.0 = u64::from(n).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

type IdMap<V> = HashMap<u64, V, BuildHasherDefault<IdHasher>>;

/// FNV-1a over a seed and some chars, with the bits spread at the end.
#[inline]
fn hash(seed: u8, parts: impl Iterator<Item = char>) -> u64 {
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
fn compose(group: u64, tid: u8) -> u64 {
    ((group & GROUP_MASK) << TID_BITS) | u64::from(tid)
}

/// The key of a template read on its own.
fn single(tid: u8, parts: &[char]) -> u64 {
    compose(hash(tid, parts.iter().copied()), tid)
}

fn class(c: char) -> char {
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

/// Everything the features read about a sentence.
pub struct Context<'a> {
    /// Normalized chars of the sentence.
    pub chars: &'a [char],
    /// Jieba tokens of the sentence, in order, none past its end; their offsets are
    /// `offset` more than the sentence's (so a text's tokens need no copying).
    pub tokens: &'a [Token],
    pub offset: usize,
    pub gaz: &'a Gazetteer,
}

/// Per-sentence facts the features read, found once in linear passes.
struct Facts<'a> {
    /// The sentence's chars with three boundary marks on each side.
    padded: Vec<char>,
    /// Per char: position in its word (B, M, E, S), word length (at most 5), POS, and
    /// token index.
    word: Vec<(char, usize, &'a Pos, usize)>,
    /// Per char: gazetteer type (P, O, L, X or -) and B/I.
    gaz: Vec<(char, char)>,
    /// Per char index (and one past the end): where a title starting there ends.
    title_end: Vec<Option<usize>>,
    /// Whether a title of at most 8 chars ends at a char index (as
    /// `Gazetteer::title_ending_at` asks).
    title_ends_here: Vec<bool>,
}

/// Chars in the padded view before the sentence's first char.
const PAD: usize = 3;

impl<'a> Facts<'a> {
    fn new(ctx: &Context<'a>) -> Facts<'a> {
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
    fn at(&self, i: isize) -> char {
        self.padded[(i + PAD as isize) as usize]
    }

    /// The chars of token `t` (sentence-local offsets), if it is a word the word
    /// templates read: at most 4 chars, inside the sentence.
    fn word_chars<'c>(&self, ctx: &Context<'c>, t: &Token) -> Option<&'c [char]> {
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
/// finds the same weights group by group ([`Packed::emissions`]).
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

/// Feature weights: exact (during training) or packed (a loaded model file).
enum Weights {
    Exact(IdMap<[f32; T]>),
    Packed(Box<Packed>),
}

/// A loaded model's weights: 8-bit, in open-addressing tables of groups, one table per
/// kind of group, each slot holding the weights of every template of its group so one
/// lookup touches one cache line.
struct Packed {
    uni: Table,
    bi: Table,
    tri: Table,
    word: Table,
    skip: Table,
    single: Table,
    dense: Dense,
    scale: f32,
}

/// The character classes of template 12, in index order.
const CLASSES: [char; 7] = ['H', 'D', 'U', 'L', 'S', 'A', 'P'];
/// Gazetteer types and B/I marks of templates 15 and 16, in index order.
const GAZ_TYPES: [char; 5] = ['-', 'P', 'O', 'L', 'X'];
const GAZ_MARKS: [char; 3] = ['-', 'B', 'I'];
const WORD_POSITIONS: [char; 4] = ['B', 'M', 'E', 'S'];

fn class_index(c: char) -> usize {
    CLASSES.iter().position(|&k| k == c).unwrap_or(6)
}

fn gaz_index(g: (char, char)) -> usize {
    let at = |set: &[char], c: char| set.iter().position(|&k| k == c).unwrap_or(0);
    at(&GAZ_TYPES, g.0) * 3 + at(&GAZ_MARKS, g.1)
}

/// The weights of the templates with few possible values, read from arrays by index
/// instead of hashed and looked up: every char reads them. Filled at load time from
/// the same keys [`features`] makes.
struct Dense {
    bias: [i16; L],
    /// Template 12 by the classes of the previous, current and next char.
    class3: Vec<[i8; L]>,
    /// Template 13 by word position and word length (1 to 5).
    word_len: [[i8; L]; 20],
    /// Template 15 by gazetteer type and mark.
    gaz: [[i8; L]; 15],
    /// Template 16 by gazetteer type and mark, and word position.
    gaz_wp: [[i8; L]; 60],
    /// Template 18 by word position.
    surname: [[i8; L]; 4],
    /// Templates 19 and 20.
    title_ends: [i8; L],
    title_starts: [i8; L],
    /// Template 14 by word position and POS tag (one of [`KNOWN_TAGS`]; other tags
    /// are looked up by key).
    wp_pos: Vec<[i8; L]>,
    /// Template 21 by the previous word's POS tag (the same way).
    prev_pos: Vec<[i8; L]>,
}

impl Dense {
    fn new(singles: &Table) -> Dense {
        let w = |key: u64| singles.weights((key & KEY_MASK) as u32, 0).copied().unwrap_or([0; L]);
        let mut class3 = vec![[0; L]; 7 * 7 * 7];
        for (i, c) in class3.iter_mut().enumerate() {
            *c = w(single(12, &[CLASSES[i / 49], CLASSES[i / 7 % 7], CLASSES[i % 7]]));
        }
        let mut d = Dense {
            bias: w(single(0, &[])).map(i16::from),
            class3,
            word_len: [[0; L]; 20],
            gaz: [[0; L]; 15],
            gaz_wp: [[0; L]; 60],
            surname: [[0; L]; 4],
            title_ends: w(single(19, &[])),
            title_starts: w(single(20, &[])),
            wp_pos: WORD_POSITIONS
                .iter()
                .flat_map(|&wp| {
                    KNOWN_TAGS.iter().map(move |tag| w(compose(hash(14, std::iter::once(wp).chain(tag.chars())), 14)))
                })
                .collect(),
            prev_pos: KNOWN_TAGS.iter().map(|tag| w(compose(hash(21, tag.chars()), 21))).collect(),
        };
        for (p, &wp) in WORD_POSITIONS.iter().enumerate() {
            for len in 1..=5u8 {
                d.word_len[p * 5 + usize::from(len) - 1] = w(single(13, &[wp, char::from(b'0' + len)]));
            }
            d.surname[p] = w(single(18, &[wp]));
            for (g, (&ty, &mark)) in GAZ_TYPES.iter().flat_map(|t| GAZ_MARKS.iter().map(move |m| (t, m))).enumerate() {
                d.gaz[g] = w(single(15, &[ty, mark]));
                d.gaz_wp[g * 4 + p] = w(single(16, &[ty, mark, wp]));
            }
        }
        d
    }
}

/// An open-addressing table of groups: a compact index (8 bytes a slot, so the
/// slots the tagger probes, mostly for n-grams the model does not know, stay in
/// cache) pointing into an array of the weight rows the group's members have.
struct Table {
    index: Vec<Slot>,
    rows: Vec<[i8; L]>,
    mask: usize,
}

#[derive(Clone, Copy, Default)]
struct Slot {
    /// The group's key plus one (0 marks an empty slot).
    key: u32,
    /// The group's first row (high 20 bits) and a bit per member that has a row
    /// (low 12 bits, members in order).
    at: u32,
}

/// A group found in a table: its rows start at `first`, one per set bit of `members`.
#[derive(Clone, Copy)]
struct Found {
    first: u32,
    members: u32,
}

impl Found {
    /// The row of member `m`, if it has one.
    #[inline]
    fn row(self, m: usize) -> Option<usize> {
        (self.members & (1 << m) != 0).then(|| (self.first + (self.members & ((1 << m) - 1)).count_ones()) as usize)
    }
}

impl Table {
    fn slot(key: u32, mask: usize) -> usize {
        (key.wrapping_mul(0x9E37_79B1) as usize) & mask
    }

    /// A table of `(group key, member, weights)` entries (members below 12).
    fn new(entries: &[(u32, usize, [i8; L])]) -> Table {
        let mut sorted = entries.to_vec();
        sorted.sort_unstable_by_key(|e| (e.0, e.1));
        sorted.dedup_by_key(|e| (e.0, e.1));
        let groups = sorted.windows(2).filter(|w| w[0].0 != w[1].0).count() + usize::from(!sorted.is_empty());
        // At most about 70% full: short probe runs in a small index.
        let cap = (groups * 10 / 7 + 1).next_power_of_two().max(16);
        let mask = cap - 1;
        let mut index = vec![Slot::default(); cap];
        let mut rows = Vec::with_capacity(sorted.len());
        let mut i = 0;
        for (n, &(k, m, w)) in sorted.iter().enumerate() {
            if n == 0 || sorted[n - 1].0 != k {
                let key = k + 1;
                i = Self::slot(key, mask);
                while index[i].key != 0 {
                    i = (i + 1) & mask;
                }
                index[i] = Slot { key, at: (rows.len() as u32) << 12 };
            }
            index[i].at |= 1 << m;
            rows.push(w);
        }
        Table { index, rows, mask }
    }

    /// The group with key `key`.
    #[inline]
    fn get(&self, key: u32) -> Option<Found> {
        let k = key + 1;
        let mut i = Self::slot(k, self.mask);
        loop {
            let slot = self.index[i];
            if slot.key == k {
                return Some(Found { first: slot.at >> 12, members: slot.at & 0xfff });
            }
            if slot.key == 0 {
                return None;
            }
            i = (i + 1) & self.mask;
        }
    }

    /// The row of member `m` of group `key`.
    #[inline]
    fn weights(&self, key: u32, m: usize) -> Option<&[i8; L]> {
        self.get(key)?.row(m).map(|r| &self.rows[r])
    }

    fn len(&self) -> usize {
        self.rows.iter().filter(|r| **r != [0; L]).count()
    }
}

/// Weights are stored and summed in `L` lanes (the tags and one unused lane): eight
/// 8-bit weights widen and add as one vector operation where the target has them.
/// The sums fit 16 bits: a char reads under 30 features of weight at most 127.
const L: usize = 8;

#[inline]
fn add(s: &mut [i16; L], w: &[i8; L]) {
    for t in 0..L {
        s[t] += i16::from(w[t]);
    }
}

/// Tag weights widened to `L` lanes.
fn lanes(w: [i8; T]) -> [i8; L] {
    let mut out = [0; L];
    out[..T].copy_from_slice(&w);
    out
}

impl Packed {
    fn new(entries: &[(u32, [i8; T])], scale: f32) -> Packed {
        let (mut uni, mut bi, mut tri, mut word, mut skip, mut single) =
            (vec![], vec![], vec![], vec![], vec![], vec![]);
        for &(k, w) in entries {
            let w = lanes(w);
            let g = k >> TID_BITS;
            match member((k & ((1 << TID_BITS) - 1)) as u8) {
                Member::Uni(m) => uni.push((g, m, w)),
                Member::Bi(m) => bi.push((g, m, w)),
                Member::Tri(m) => tri.push((g, m, w)),
                Member::Word(m) => word.push((g, m, w)),
                Member::Skip => skip.push((k, 0, w)),
                Member::Single => single.push((k, 0, w)),
            }
        }
        let singles = Table::new(&single);
        Packed {
            uni: Table::new(&uni),
            bi: Table::new(&bi),
            tri: Table::new(&tri),
            word: Table::new(&word),
            skip: Table::new(&skip),
            dense: Dense::new(&singles),
            single: singles,
            scale,
        }
    }

    /// The weights of one feature key.
    fn get(&self, key: u64) -> Option<[i8; L]> {
        let g = ((key & KEY_MASK) >> TID_BITS) as u32;
        match member((key & ((1 << TID_BITS) - 1)) as u8) {
            Member::Uni(m) => self.uni.weights(g, m).copied(),
            Member::Bi(m) => self.bi.weights(g, m).copied(),
            Member::Tri(m) => self.tri.weights(g, m).copied(),
            Member::Word(m) => self.word.weights(g, m).copied(),
            Member::Skip => self.skip.weights((key & KEY_MASK) as u32, 0).copied(),
            Member::Single => self.single.weights((key & KEY_MASK) as u32, 0).copied(),
        }
    }

    /// Integer emission scores from feature keys (the training view).
    fn emissions_of(&self, feats: &[Vec<u64>]) -> Vec<[i16; L]> {
        feats
            .iter()
            .map(|keys| {
                let mut s = [0i16; L];
                for w in keys.iter().filter_map(|&k| self.get(k)) {
                    add(&mut s, &w);
                }
                s
            })
            .collect()
    }

    /// Integer emission scores of a sentence, group by group: each n-gram of the
    /// sentence is looked up once and its weights go to every position whose
    /// templates read it; each word once for the chars in and around it. The same
    /// sums as [`Packed::emissions_of`] over [`features`] (a test checks it).
    fn emissions(&self, ctx: &Context<'_>) -> Vec<[i16; L]> {
        let facts = Facts::new(ctx);
        let n = ctx.chars.len() as isize;
        let mut emit = vec![[0i16; L]; n as usize];
        let d = &self.dense;
        let class: Vec<usize> = facts.padded.iter().map(|&c| class_index(class(c))).collect();
        for (i, s) in emit.iter_mut().enumerate() {
            let ii = i as isize;
            let (wp, wl, pos, ti) = facts.word[i];
            let p = usize::from(word_position(wp));
            let g = gaz_index(facts.gaz[i]);
            let (p1, n1) = (facts.at(ii - 1), facts.at(ii + 1));
            *s = d.bias;
            add(s, &d.class3[(class[i + PAD - 1] * 7 + class[i + PAD]) * 7 + class[i + PAD + 1]]);
            add(s, &d.word_len[p * 5 + wl - 1]);
            add(s, &d.gaz[g]);
            add(s, &d.gaz_wp[g * 4 + p]);
            if ctx.gaz.surname_at(ctx.chars, i).is_some() {
                add(s, &d.surname[p]);
            }
            if i > 0 && facts.title_ends_here[i] {
                add(s, &d.title_ends);
            }
            if facts.title_end[i + 1].is_some() {
                add(s, &d.title_starts);
            }
            if let Some(r) = self.skip.weights((single(10, &[p1, n1]) & KEY_MASK) as u32, 0) {
                add(s, r);
            }
            // Known tags from arrays; any other by key (absent keys add nothing).
            let hashed = |k: u64| self.single.weights((k & KEY_MASK) as u32, 0).copied().unwrap_or([0; L]);
            match pos.known_index() {
                Some(k) => add(s, &d.wp_pos[p * KNOWN_TAGS.len() + k]),
                None => add(s, &hashed(compose(hash(14, std::iter::once(wp).chain(pos.chars())), 14))),
            }
            if i > 0 && facts.word[i - 1].3 != ti {
                let before = facts.word[i - 1].2;
                match before.known_index() {
                    Some(k) => add(s, &d.prev_pos[k]),
                    None => add(s, &hashed(compose(hash(21, before.chars()), 21))),
                }
            }
        }
        // An n-gram starting at `j` is read at position `j - d` by a template whose
        // n-gram starts at offset `d`.
        fn scatter(emit: &mut [[i16; L]], table: &Table, set: &[(u8, isize)], facts: &Facts<'_>, seed: u8, len: isize) {
            let n = emit.len() as isize;
            let lo = set.iter().map(|&(_, d)| d).min().unwrap_or(0);
            let hi = set.iter().map(|&(_, d)| d).max().unwrap_or(0);
            for j in lo..n + hi {
                let g = hash(seed, (j..j + len).map(|x| facts.at(x))) & GROUP_MASK;
                if let Some(found) = table.get(g as u32) {
                    // The members the group has, in order, and their rows.
                    let mut members = found.members;
                    let mut r = found.first as usize;
                    while members != 0 {
                        let m = members.trailing_zeros() as usize;
                        members &= members - 1;
                        let i = j - set[m].1;
                        if (0..n).contains(&i) {
                            add(&mut emit[i as usize], &table.rows[r]);
                        }
                        r += 1;
                    }
                }
            }
        }
        scatter(&mut emit, &self.uni, &UNI, &facts, UNI_SEED, 1);
        scatter(&mut emit, &self.bi, &BI, &facts, BI_SEED, 2);
        scatter(&mut emit, &self.tri, &TRI, &facts, TRI_SEED, 3);
        // Words: one lookup per token of the sentence.
        let words: Vec<Option<Found>> = ctx
            .tokens
            .iter()
            .map(|t| {
                let chars = facts.word_chars(ctx, t)?;
                self.word.get((hash(WORD_SEED, chars.iter().copied()) & GROUP_MASK) as u32)
            })
            .collect();
        for i in 0..n as usize {
            let (wp, _, _, ti) = facts.word[i];
            if ti >= words.len() {
                continue;
            }
            let p = usize::from(word_position(wp));
            for (w, other) in [(0, Some(ti)), (1, ti.checked_sub(1)), (2, Some(ti + 1))] {
                if let Some(r) = other.and_then(|k| *words.get(k)?).and_then(|f| f.row(4 * w + p)) {
                    add(&mut emit[i], &self.word.rows[r]);
                }
            }
        }
        emit
    }

    fn len(&self) -> usize {
        self.uni.len() + self.bi.len() + self.tri.len() + self.word.len() + self.skip.len() + self.single.len()
    }
}

impl Weights {
    fn len(&self) -> usize {
        match self {
            Weights::Exact(map) => map.len(),
            Weights::Packed(p) => p.len(),
        }
    }
}

/// A trained tagger.
pub struct Model {
    weights: Weights,
    trans: [[f32; T]; T],
}

impl std::fmt::Debug for Model {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Model").field("features", &self.weights.len()).finish()
    }
}

/// Float emission scores from feature keys under exact (training) weights.
fn exact_emissions(map: &IdMap<[f32; T]>, feats: &[Vec<u64>]) -> Vec<[f32; T]> {
    feats
        .iter()
        .map(|keys| {
            let mut s = [0.0f32; T];
            for w in keys.iter().filter_map(|k| map.get(&(k & KEY_MASK))) {
                for t in 0..T {
                    s[t] += w[t];
                }
            }
            s
        })
        .collect()
}

/// Scaled float scores from integer sums.
fn scaled(emit: Vec<[i16; L]>, scale: f32) -> Vec<[f32; T]> {
    emit.into_iter().map(|s| std::array::from_fn(|t| f32::from(s[t]) * scale)).collect()
}

/// Best tag sequence for per-position emission scores and transitions.
fn viterbi(emit: &[[f32; T]], trans: &[[f32; T]; T]) -> Vec<usize> {
    let n = emit.len();
    if n == 0 {
        return Vec::new();
    }
    let neg = f32::NEG_INFINITY;
    // Forbidden transitions score minus infinity, so the inner loop has no branches
    // but the comparison (a sum with minus infinity stays minus infinity and never wins).
    let mut tr = [[neg; T]; T];
    for p in 0..T {
        for t in 0..T {
            if allowed(Some(p), t) {
                tr[p][t] = trans[p][t];
            }
        }
    }
    let mut score = [neg; T];
    for t in 0..T {
        if allowed(None, t) {
            score[t] = emit[0][t];
        }
    }
    let mut back = vec![[0u8; T]; n];
    for i in 1..n {
        let mut next = [neg; T];
        for t in 0..T {
            let mut best = (neg, 0u8);
            for p in 0..T {
                let s = score[p] + tr[p][t];
                if s > best.0 {
                    best = (s, p as u8);
                }
            }
            if best.0 > neg {
                next[t] = best.0 + emit[i][t];
                back[i][t] = best.1;
            }
        }
        score = next;
    }
    let mut t = (0..T).max_by(|&a, &b| score[a].total_cmp(&score[b])).unwrap_or(0);
    let mut out = vec![0; n];
    for i in (0..n).rev() {
        out[i] = t;
        t = usize::from(back[i][t]);
    }
    out
}

impl Model {
    /// Loads a model file.
    pub fn from_bytes(bytes: &[u8]) -> Result<Model, String> {
        let bad = || "not a NewsLens NER model (bad or truncated file)".to_string();
        if bytes.len() < 6 + 1 + 4 + T * T * 4 + 4 || &bytes[..6] != MAGIC {
            return Err(bad());
        }
        if bytes[6] as usize != T {
            return Err(bad());
        }
        let mut p = 7;
        let f32_at = |p: usize| f32::from_le_bytes([bytes[p], bytes[p + 1], bytes[p + 2], bytes[p + 3]]);
        let scale = f32_at(p);
        p += 4;
        let mut trans = [[0.0f32; T]; T];
        for row in trans.iter_mut() {
            for v in row.iter_mut() {
                *v = f32_at(p);
                p += 4;
            }
        }
        let count = u32::from_le_bytes(bytes[p..p + 4].try_into().map_err(|_| bad())?) as usize;
        p += 4;
        // A table's slot addresses its rows with 20 bits.
        if count >= 1 << 20 {
            return Err("NER model has too many features (at most 1,048,575)".to_string());
        }
        // Keys: deltas as LEB128 varints. Then one byte per feature saying which tags
        // have a nonzero weight, then those weights tag by tag (columns compress better).
        let mut keys = Vec::with_capacity(count.min(bytes.len()));
        let mut key: u32 = 0;
        for _ in 0..count {
            let mut delta: u32 = 0;
            let mut shift = 0;
            loop {
                let b = *bytes.get(p).ok_or_else(bad)?;
                p += 1;
                if shift > 28 {
                    return Err(bad());
                }
                delta |= u32::from(b & 0x7f) << shift;
                shift += 7;
                if b & 0x80 == 0 {
                    break;
                }
            }
            key = key.checked_add(delta).ok_or_else(bad)?;
            keys.push(key);
        }
        let masks = bytes.get(p..p + count).ok_or_else(bad)?;
        p += count;
        let mut entries: Vec<(u32, [i8; T])> = keys.into_iter().map(|k| (k, [0i8; T])).collect();
        for t in 0..T {
            for (e, &m) in entries.iter_mut().zip(masks) {
                if m & (1 << t) != 0 {
                    e.1[t] = *bytes.get(p).ok_or_else(bad)? as i8;
                    p += 1;
                }
            }
        }
        if p != bytes.len() {
            return Err(bad());
        }
        Ok(Model { weights: Weights::Packed(Box::new(Packed::new(&entries, scale))), trans })
    }

    /// Per-char scores of each tag (before the transitions), one row per char.
    pub fn emissions(&self, ctx: &Context<'_>) -> Vec<[f32; T]> {
        match &self.weights {
            Weights::Packed(p) => scaled(p.emissions(ctx), p.scale),
            Weights::Exact(map) => exact_emissions(map, &features(ctx)),
        }
    }

    /// Per-char scores of each tag from precomputed features (see [`features`]).
    pub fn emissions_of(&self, feats: &[Vec<u64>]) -> Vec<[f32; T]> {
        match &self.weights {
            Weights::Packed(p) => scaled(p.emissions_of(feats), p.scale),
            Weights::Exact(map) => exact_emissions(map, feats),
        }
    }

    /// Tags a sentence: one tag index per char.
    pub fn tag(&self, ctx: &Context<'_>) -> Vec<usize> {
        viterbi(&self.emissions(ctx), &self.trans)
    }

    /// Tags a sentence from precomputed features (see [`features`]).
    pub fn tag_features(&self, feats: &[Vec<u64>]) -> Vec<usize> {
        viterbi(&self.emissions_of(feats), &self.trans)
    }

    /// Number of stored features.
    pub fn len(&self) -> usize {
        self.weights.len()
    }

    /// Whether the model has no features.
    pub fn is_empty(&self) -> bool {
        self.weights.len() == 0
    }
}

/// The spans `(start, end, type)` of a BIO tag sequence.
pub fn spans(tags: &[usize]) -> Vec<(usize, usize, &'static str)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < tags.len() {
        if let Some(ty) = tag_type(tags[i]).filter(|_| tags[i] % 2 == 1) {
            let mut j = i + 1;
            while j < tags.len() && tags[j] == tags[i] + 1 {
                j += 1;
            }
            out.push((i, j, ty));
            i = j;
        } else {
            i += 1;
        }
    }
    out
}

/// Averaged structured perceptron training (deterministic).
pub struct Trainer {
    index: IdMap<u32>,
    w: Vec<[f32; T]>,
    acc: Vec<[f64; T]>,
    stamp: Vec<[u64; T]>,
    trans: [[f32; T]; T],
    trans_acc: [[f64; T]; T],
    trans_stamp: [[u64; T]; T],
    time: u64,
}

impl Default for Trainer {
    fn default() -> Self {
        Trainer {
            index: IdMap::default(),
            w: Vec::new(),
            acc: Vec::new(),
            stamp: Vec::new(),
            trans: [[0.0; T]; T],
            trans_acc: [[0.0; T]; T],
            trans_stamp: [[0; T]; T],
            time: 0,
        }
    }
}

impl Trainer {
    fn bump(&mut self, key: u64, tag: usize, delta: f32) {
        let k = key & KEY_MASK;
        let idx = match self.index.get(&k) {
            Some(&i) => i as usize,
            None => {
                let i = self.w.len();
                self.index.insert(k, i as u32);
                self.w.push([0.0; T]);
                self.acc.push([0.0; T]);
                self.stamp.push([self.time; T]);
                i
            }
        };
        let elapsed = (self.time - self.stamp[idx][tag]) as f64;
        self.acc[idx][tag] += elapsed * f64::from(self.w[idx][tag]);
        self.stamp[idx][tag] = self.time;
        self.w[idx][tag] += delta;
    }

    fn bump_trans(&mut self, from: usize, to: usize, delta: f32) {
        let elapsed = (self.time - self.trans_stamp[from][to]) as f64;
        self.trans_acc[from][to] += elapsed * f64::from(self.trans[from][to]);
        self.trans_stamp[from][to] = self.time;
        self.trans[from][to] += delta;
    }

    /// One training step on a sentence with gold tags; returns whether it was right.
    pub fn learn(&mut self, feats: &[Vec<u64>], gold: &[usize]) -> bool {
        self.time += 1;
        let lookup = |k: u64| self.index.get(&(k & KEY_MASK)).map(|&i| self.w[i as usize]);
        let emit: Vec<[f32; T]> = feats
            .iter()
            .map(|f| {
                let mut s = [0.0f32; T];
                for &k in f {
                    if let Some(w) = lookup(k) {
                        for t in 0..T {
                            s[t] += w[t];
                        }
                    }
                }
                s
            })
            .collect();
        let pred = viterbi(&emit, &self.trans);
        if pred == gold {
            return true;
        }
        for i in 0..gold.len() {
            if pred[i] != gold[i] {
                for &k in &feats[i] {
                    self.bump(k, gold[i], 1.0);
                    self.bump(k, pred[i], -1.0);
                }
            }
            if i > 0 && (pred[i] != gold[i] || pred[i - 1] != gold[i - 1]) {
                self.bump_trans(gold[i - 1], gold[i], 1.0);
                self.bump_trans(pred[i - 1], pred[i], -1.0);
            }
        }
        false
    }

    /// The model with the averaged weights so far (unpruned), for dev scoring after
    /// each epoch.
    pub fn snapshot(&self) -> Model {
        let now = self.time.max(1);
        let avg = |acc: f64, w: f32, stamp: u64| ((acc + (now - stamp) as f64 * f64::from(w)) / now as f64) as f32;
        let weights = self
            .index
            .iter()
            .map(|(&k, &i)| {
                let i = i as usize;
                let mut w = [0.0f32; T];
                for t in 0..T {
                    w[t] = avg(self.acc[i][t], self.w[i][t], self.stamp[i][t]);
                }
                (k, w)
            })
            .collect();
        let mut trans = [[0.0f32; T]; T];
        for a in 0..T {
            for b in 0..T {
                trans[a][b] = avg(self.trans_acc[a][b], self.trans[a][b], self.trans_stamp[a][b]);
            }
        }
        Model { weights: Weights::Exact(weights), trans }
    }

    /// Averages, prunes to at most `max_features` features (largest weights first) and
    /// quantizes to 8 bits: the model file's bytes.
    pub fn finish(mut self, max_features: usize) -> Vec<u8> {
        let now = self.time.max(1);
        for idx in 0..self.w.len() {
            for t in 0..T {
                let elapsed = (now - self.stamp[idx][t]) as f64;
                self.acc[idx][t] += elapsed * f64::from(self.w[idx][t]);
            }
        }
        let mut trans = [[0.0f32; T]; T];
        for a in 0..T {
            for b in 0..T {
                let elapsed = (now - self.trans_stamp[a][b]) as f64;
                let total = self.trans_acc[a][b] + elapsed * f64::from(self.trans[a][b]);
                trans[a][b] = (total / now as f64) as f32;
            }
        }
        let mut avg: Vec<(u32, [f32; T])> = self
            .index
            .iter()
            .map(|(&k, &i)| {
                let mut w = [0.0f32; T];
                for t in 0..T {
                    w[t] = (self.acc[i as usize][t] / now as f64) as f32;
                }
                (k as u32, w)
            })
            .collect();
        // Keep the features that matter most (L1 norm), deterministically.
        avg.sort_by(|a, b| {
            let la: f32 = a.1.iter().map(|x| x.abs()).sum();
            let lb: f32 = b.1.iter().map(|x| x.abs()).sum();
            lb.total_cmp(&la).then(a.0.cmp(&b.0))
        });
        avg.truncate(max_features);
        let max = avg.iter().flat_map(|(_, w)| w.iter()).fold(0.0f32, |m, x| m.max(x.abs())).max(1e-6);
        // The largest weight sets the scale: clipping outliers (tried at the 99th and
        // 99.9th percentiles) costs 4 to 16 points of MSRA F1.
        let scale = max / 127.0;
        avg.retain(|(_, w)| w.iter().any(|x| (x / scale).round() != 0.0));
        avg.sort_by_key(|a| a.0);
        let mut out = Vec::with_capacity(16 + T * T * 4 + avg.len() * (4 + T));
        out.extend_from_slice(MAGIC);
        out.push(T as u8);
        out.extend_from_slice(&scale.to_le_bytes());
        for row in &trans {
            for v in row {
                out.extend_from_slice(&v.to_le_bytes());
            }
        }
        out.extend_from_slice(&(avg.len() as u32).to_le_bytes());
        let q: Vec<[i8; T]> =
            avg.iter().map(|(_, w)| w.map(|x| (x / scale).round().clamp(-127.0, 127.0) as i8)).collect();
        let mut prev = 0u32;
        for (k, _) in &avg {
            let mut delta = k - prev;
            prev = *k;
            while delta >= 0x80 {
                out.push((delta as u8 & 0x7f) | 0x80);
                delta >>= 7;
            }
            out.push(delta as u8);
        }
        for w in &q {
            out.push((0..T).filter(|&t| w[t] != 0).fold(0u8, |m, t| m | 1 << t));
        }
        for t in 0..T {
            out.extend(q.iter().filter(|w| w[t] != 0).map(|w| w[t] as u8));
        }
        out
    }
}
