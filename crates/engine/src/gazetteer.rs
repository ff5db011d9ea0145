//! Curated word lists: known names (with bilingual aliases), role titles, surnames.
//!
//! Every list is folded to Simplified once at load, so lookups run on the normalized
//! text. Chinese names are also taught to the segmenter so it keeps them whole.

use crate::text::{ScriptTables, Text};
use std::collections::{HashMap, HashSet};

static GAZETTEER: &str = include_str!("../data/gazetteer.tsv");
static TITLES: &str = include_str!("../data/titles.txt");
static SURNAMES: &str = include_str!("../data/surnames.txt");

/// The entity kinds, as written in the schema.
pub const KINDS: [&str; 5] = ["person", "organization", "place", "product", "event"];

/// One known referent.
#[derive(Debug, Clone)]
pub struct Entry {
    pub kind: &'static str,
    /// The first listed name, as written in the data file.
    pub canonical: String,
}

/// A pattern list searchable by first char, longest first.
#[derive(Debug, Clone, Default)]
struct PatternIndex {
    by_first: HashMap<char, Vec<(Vec<char>, usize)>>,
}

impl PatternIndex {
    fn insert(&mut self, pat: Vec<char>, id: usize) {
        if let Some(&c) = pat.first() {
            let list = self.by_first.entry(c).or_default();
            if !list.iter().any(|(p, _)| *p == pat) {
                list.push((pat, id));
                list.sort_by_key(|p| std::cmp::Reverse(p.0.len()));
            }
        }
    }

    /// The longest pattern at `i` whose match `accept` allows: `(end, id)`.
    fn longest(&self, chars: &[char], i: usize, accept: impl Fn(usize, usize) -> bool) -> Option<(usize, usize)> {
        let list = self.by_first.get(chars.get(i)?)?;
        list.iter()
            .find(|(p, _)| chars.get(i..i + p.len()) == Some(p.as_slice()) && accept(i, i + p.len()))
            .map(|(p, id)| (i + p.len(), *id))
    }
}

/// All curated lists.
#[derive(Debug, Clone)]
pub struct Gazetteer {
    pub entries: Vec<Entry>,
    names: PatternIndex,
    titles: PatternIndex,
    surnames: HashSet<String>,
    /// Folded forms of every Chinese name, to teach the segmenter.
    han_names: Vec<(String, &'static str)>,
}

fn kind_of(s: &str) -> Option<&'static str> {
    KINDS.iter().copied().find(|k| *k == s)
}

fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric()
}

impl Gazetteer {
    pub fn new(tables: &ScriptTables) -> Gazetteer {
        let mut entries = Vec::new();
        let mut names = PatternIndex::default();
        let mut han_names = Vec::new();
        for line in GAZETTEER.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let Some((kind, forms)) = line.split_once('\t') else { continue };
            let Some(kind) = kind_of(kind) else { continue };
            let id = entries.len();
            let mut forms = forms.split('|').map(str::trim).filter(|f| !f.is_empty());
            let Some(canonical) = forms.next() else { continue };
            for f in std::iter::once(canonical).chain(forms) {
                let folded = tables.fold_str(f);
                if folded.chars().any(crate::text::is_han) {
                    han_names.push((folded.clone(), kind));
                }
                names.insert(folded.chars().collect(), id);
            }
            entries.push(Entry { kind, canonical: canonical.to_string() });
        }
        let mut titles = PatternIndex::default();
        for (i, line) in TITLES.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()).enumerate() {
            titles.insert(tables.fold_str(line.trim()).chars().collect(), i);
        }
        let surnames = SURNAMES
            .lines()
            .filter(|l| !l.starts_with('#'))
            .flat_map(|l| l.split_whitespace())
            .map(|s| tables.fold_str(s))
            .collect();
        Gazetteer { entries, names, titles, surnames, han_names }
    }

    /// Adds the Chinese names and titles to the segmenter's dictionary.
    pub fn teach(&self, jieba: &mut jieba_rs::Jieba) {
        for (name, kind) in &self.han_names {
            let tag = match *kind {
                "person" => "nr",
                "place" => "ns",
                "organization" => "nt",
                _ => "nz",
            };
            jieba.add_word(name, Some(20_000), Some(tag));
        }
        for list in self.titles.by_first.values() {
            for (p, _) in list {
                if p.iter().copied().any(crate::text::is_han) {
                    jieba.add_word(&p.iter().collect::<String>(), Some(20_000), Some("nnt"));
                }
            }
        }
    }

    /// The longest known name at char `i` of the normalized text: `(end, entry id)`.
    /// Latin names must stand as whole words; `boundary` says whether a Chinese name
    /// may start and end at the given positions (segment boundaries).
    pub fn name_at(
        &self,
        text: &Text<'_>,
        i: usize,
        boundary: impl Fn(usize, usize) -> bool,
    ) -> Option<(usize, usize)> {
        let chars = &text.norm;
        self.names.longest(chars, i, |s, e| {
            let latin_start = is_word_char(chars[s]);
            let latin_end = is_word_char(chars[e - 1]);
            let ok_start = if latin_start { s == 0 || !is_word_char(chars[s - 1]) } else { boundary(s, e) };
            let ok_end = if latin_end { e == chars.len() || !is_word_char(chars[e]) } else { boundary(s, e) };
            ok_start && ok_end
        })
    }

    /// The longest role title at char `i`: its end.
    pub fn title_at(&self, chars: &[char], i: usize) -> Option<usize> {
        self.titles
            .longest(chars, i, |s, e| {
                let latin = is_word_char(chars[s]);
                !latin
                    || ((s == 0 || !chars[s - 1].is_ascii_alphabetic())
                        && (e == chars.len() || !chars[e].is_ascii_alphabetic()))
            })
            .map(|(e, _)| e)
    }

    /// The role title that ends exactly at `end`, if any: its start.
    pub fn title_ending_at(&self, chars: &[char], end: usize) -> Option<usize> {
        (end.saturating_sub(8)..end).find(|&s| self.title_at(chars, s) == Some(end))
    }

    /// Whether the chars at `i` begin with a surname: its length.
    pub fn surname_at(&self, chars: &[char], i: usize) -> Option<usize> {
        for len in [2, 1] {
            if let Some(w) = chars.get(i..i + len) {
                if self.surnames.contains(&w.iter().collect::<String>()) {
                    return Some(len);
                }
            }
        }
        None
    }
}
