//! A loaded model's weights, laid out for tagging: 8-bit weight rows in
//! open-addressing tables of groups (one table per kind of group: unigrams, bigrams,
//! trigrams, words, the skip template, the others), so that tagging looks each n-gram
//! and word of a sentence up once and adds its rows to every position that reads it
//! (about 4 lookups a char instead of 25); the templates with few values are arrays.

// Tag-indexed arrays read most clearly with explicit tag indices.
#![allow(clippy::needless_range_loop)]

use super::features::{
    class, compose, hash, single, word_position, Facts, BI, BI_SEED, CLASSES, GAZ_MARKS, GAZ_TYPES, GROUP_MASK,
    KEY_MASK, PAD, TID_BITS, TRI, TRI_SEED, UNI, UNI_SEED, WORD, WORD_POSITIONS, WORD_SEED,
};
use super::{Context, T};
use crate::segment::KNOWN_TAGS;

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

/// A loaded model's weights: 8-bit, in open-addressing tables of groups, one table per
/// kind of group, each slot holding the weights of every template of its group so one
/// lookup touches one cache line.
pub(super) struct Packed {
    uni: Table,
    bi: Table,
    tri: Table,
    word: Table,
    skip: Table,
    single: Table,
    dense: Dense,
    pub(super) scale: f32,
}

fn class_index(c: char) -> usize {
    CLASSES.iter().position(|&k| k == c).unwrap_or(6)
}

fn gaz_index(g: (char, char)) -> usize {
    let at = |set: &[char], c: char| set.iter().position(|&k| k == c).unwrap_or(0);
    at(&GAZ_TYPES, g.0) * 3 + at(&GAZ_MARKS, g.1)
}

/// The weights of the templates with few possible values, read from arrays by index
/// instead of hashed and looked up: every char reads them. Filled at load time from
/// the same keys [`features`](super::features) makes.
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

/// Weights are stored and summed in `L` lanes, one per tag. The sums fit 16 bits: a
/// char reads under 40 features of weight at most 127.
pub(super) const L: usize = T;

#[inline]
fn add(s: &mut [i16; L], w: &[i8; L]) {
    for t in 0..L {
        s[t] += i16::from(w[t]);
    }
}

impl Packed {
    pub(super) fn new(entries: &[(u32, [i8; T])], scale: f32) -> Packed {
        let (mut uni, mut bi, mut tri, mut word, mut skip, mut single) =
            (vec![], vec![], vec![], vec![], vec![], vec![]);
        for &(k, w) in entries {
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
    pub(super) fn emissions_of(&self, feats: &[Vec<u64>]) -> Vec<[i16; L]> {
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
    /// sums as [`Packed::emissions_of`] over [`features`](super::features) (a test checks it).
    pub(super) fn emissions(&self, ctx: &Context<'_>) -> Vec<[i16; L]> {
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

    pub(super) fn len(&self) -> usize {
        self.uni.len() + self.bi.len() + self.tri.len() + self.word.len() + self.skip.len() + self.single.len()
    }
}
