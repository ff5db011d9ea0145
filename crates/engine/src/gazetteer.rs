//! Curated word lists: known names (with bilingual aliases), role titles, surnames.
//!
//! Every list is folded to Simplified once at load, so lookups run on the normalized
//! text. Chinese names are also taught to the segmenter so it keeps them whole.

// Re-exported until the entity stage reads them from `crate::hash`.
use crate::analysis::EntityKind;
use crate::hash::{CharMap, PairMap};
use crate::text::{CharSet, ScriptTables, Text};

static GAZETTEER: &str = include_str!("../data/gazetteer.tsv");
/// Subdivisions and geography, in the gazetteer's format (kept apart: a long list).
static PLACES: &str = include_str!("../data/places.tsv");
static TITLES: &str = include_str!("../data/titles.txt");
/// Titles learned from a corpus (scripts/gen-titles.py), read after the hand-written ones.
static CORPUS_TITLES: &str = include_str!("../data/titles-corpus.txt");
static SURNAMES: &str = include_str!("../data/surnames.txt");

/// One known referent.
#[derive(Debug, Clone)]
pub struct Entry {
    pub kind: EntityKind,
    /// The first listed name, as written in the data file.
    pub canonical: String,
    /// The Latin-script names (`Google` for 谷歌): built-in bilingual aliases.
    pub latin: Vec<String>,
}

/// A pattern list searchable at a position: patterns of two chars or more by their
/// first two chars (longest first), one-char patterns by their char. Keyed by two
/// chars, the list tried at a position is short even for common first chars (hundreds
/// of names begin with 中 or 美, a handful with 中国).
#[derive(Debug, Clone, Default)]
struct PatternIndex {
    by_pair: PairMap<Vec<(Vec<char>, usize)>>,
    singles: CharMap<usize>,
    /// The first chars, to skip the hash lookup at most positions.
    firsts: CharSet,
}

impl PatternIndex {
    /// Adds a pattern; a pattern already present keeps its first id.
    fn insert(&mut self, pat: Vec<char>, id: usize) {
        match *pat.as_slice() {
            [] => {}
            [c] => {
                self.firsts.insert(c);
                self.singles.entry(c).or_insert(id);
            }
            [c, d, ..] => {
                self.firsts.insert(c);
                let list = self.by_pair.entry((c, d)).or_default();
                if !list.iter().any(|(p, _)| *p == pat) {
                    list.push((pat, id));
                    list.sort_by_key(|p| std::cmp::Reverse(p.0.len()));
                }
            }
        }
    }

    /// The longest pattern at `i` whose match `accept` allows: `(end, id)`. (Among
    /// equally long ones, the first inserted.)
    fn longest(&self, chars: &[char], i: usize, accept: impl Fn(usize, usize) -> bool) -> Option<(usize, usize)> {
        let c = *chars.get(i)?;
        if !self.firsts.may_contain(c) {
            return None;
        }
        let longer = chars.get(i + 1).and_then(|&d| self.by_pair.get(&(c, d))).and_then(|list| {
            list.iter()
                .find(|(p, _)| chars.get(i..i + p.len()) == Some(p.as_slice()) && accept(i, i + p.len()))
                .map(|(p, id)| (i + p.len(), *id))
        });
        longer.or_else(|| self.singles.get(&c).filter(|_| accept(i, i + 1)).map(|&id| (i + 1, id)))
    }

    /// Every pattern, in no particular order.
    fn patterns(&self) -> impl Iterator<Item = &[char]> {
        let singles = self.singles.keys().map(std::slice::from_ref);
        singles.chain(self.by_pair.values().flatten().map(|(p, _)| p.as_slice()))
    }
}

/// All curated lists.
#[derive(Debug, Clone)]
pub struct Gazetteer {
    pub entries: Vec<Entry>,
    names: PatternIndex,
    titles: PatternIndex,
    /// Surnames by first char: the possible second chars (`'\0'` for one-character ones).
    surnames: CharMap<Vec<char>>,
    /// The surnames' first chars (asked at every char by the tagger).
    surname_firsts: CharSet,
    /// Folded forms of every Chinese name, to teach the segmenter.
    han_names: Vec<(String, EntityKind)>,
}

fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric()
}

impl Gazetteer {
    /// The curated lists, with the place list when `places` is set.
    pub fn new(tables: &ScriptTables, places: bool) -> Gazetteer {
        let mut entries = Vec::new();
        let mut names = PatternIndex::default();
        let mut han_names = Vec::new();
        let places = if places { PLACES } else { "" };
        for line in GAZETTEER.lines().chain(places.lines()) {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let Some((kind, forms)) = line.split_once('\t') else { continue };
            let Some(kind) = EntityKind::parse(kind) else { continue };
            let id = entries.len();
            let forms: Vec<&str> = forms.split('|').map(str::trim).filter(|f| !f.is_empty()).collect();
            let Some(&canonical) = forms.first() else { continue };
            let latin = forms.iter().filter(|f| f.is_ascii()).map(|f| f.to_string()).collect();
            for &f in &forms {
                let folded = tables.fold_str(f);
                if folded.chars().any(crate::text::is_han) {
                    han_names.push((folded.clone(), kind));
                }
                names.insert(folded.chars().collect(), id);
            }
            entries.push(Entry { kind, canonical: canonical.to_string(), latin });
        }
        let mut titles = PatternIndex::default();
        let title_lines = TITLES.lines().chain(CORPUS_TITLES.lines());
        for (i, line) in title_lines.filter(|l| !l.starts_with('#') && !l.trim().is_empty()).enumerate() {
            titles.insert(tables.fold_str(line.trim()).chars().collect(), i);
        }
        let mut surnames: Vec<(char, char)> = SURNAMES
            .lines()
            .filter(|l| !l.starts_with('#'))
            .flat_map(|l| l.split_whitespace())
            .filter_map(|s| {
                let f: Vec<char> = tables.fold_str(s).chars().collect();
                match f.as_slice() {
                    [a] => Some((*a, '\0')),
                    [a, b] => Some((*a, *b)),
                    _ => None,
                }
            })
            .collect();
        surnames.sort_unstable();
        surnames.dedup();
        let mut by_first: CharMap<Vec<char>> = CharMap::default();
        for (a, b) in surnames {
            by_first.entry(a).or_default().push(b);
        }
        let mut surname_firsts = CharSet::default();
        by_first.keys().for_each(|&c| surname_firsts.insert(c));
        let surnames = by_first;
        Gazetteer { entries, names, titles, surnames, surname_firsts, han_names }
    }

    /// Adds the Chinese names and titles to the segmenter's dictionary.
    pub fn teach(&self, jieba: &mut jieba_rs::Jieba) {
        for (name, kind) in &self.han_names {
            let tag = match kind {
                EntityKind::Person => "nr",
                EntityKind::Place => "ns",
                EntityKind::Organization => "nt",
                EntityKind::Product | EntityKind::Event => "nz",
            };
            jieba.add_word(name, Some(20_000), Some(tag));
        }
        for p in self.titles.patterns() {
            if p.iter().copied().any(crate::text::is_han) {
                jieba.add_word(&p.iter().collect::<String>(), Some(20_000), Some("nnt"));
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

    /// The entry that has exactly this (folded) name.
    pub fn entry_named(&self, folded: &str) -> Option<usize> {
        let chars: Vec<char> = folded.chars().collect();
        self.names.longest(&chars, 0, |_, e| e == chars.len()).map(|(_, id)| id)
    }

    /// The longest known name at char `i` of a normalized char slice, Latin names on
    /// word boundaries: `(end, type)`. (For the NER features, which see one sentence.)
    pub fn name_in(&self, chars: &[char], i: usize) -> Option<(usize, &'static str)> {
        self.names
            .longest(chars, i, |s, e| {
                let latin_start = is_word_char(chars[s]);
                let latin_end = is_word_char(chars[e - 1]);
                (!latin_start || s == 0 || !is_word_char(chars[s - 1]))
                    && (!latin_end || e == chars.len() || !is_word_char(chars[e]))
            })
            .map(|(e, id)| (e, self.entries[id].kind.as_str()))
    }

    /// Whether `[start, end)` of the normalized text is exactly a known place name.
    pub fn place_at(&self, text: &Text<'_>, start: usize, end: usize) -> bool {
        self.name_at(text, start, |_, _| true)
            .is_some_and(|(e, id)| e == end && self.entries[id].kind == EntityKind::Place)
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
        let c = chars.get(i)?;
        if !self.surname_firsts.may_contain(*c) {
            return None;
        }
        let seconds = self.surnames.get(c)?;
        match chars.get(i + 1) {
            Some(c) if seconds.contains(c) => Some(2),
            _ => seconds.contains(&'\0').then_some(1),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index(pats: &[&str]) -> PatternIndex {
        let mut ix = PatternIndex::default();
        for (id, p) in pats.iter().enumerate() {
            ix.insert(p.chars().collect(), id);
        }
        ix
    }

    #[test]
    fn pattern_index_finds_the_longest_accepted_pattern() {
        let ix = index(&["中", "中国", "中国银行", "中文", "美国", "中国", "国银"]);
        let chars: Vec<char> = "在中国银行和中文系".chars().collect();
        let all = |_: usize, _: usize| true;
        assert_eq!(ix.longest(&chars, 1, all), Some((5, 2)));
        // The longest refused, the next one of the same pair, then the single char.
        assert_eq!(ix.longest(&chars, 1, |_, e| e < 5), Some((3, 1)));
        assert_eq!(ix.longest(&chars, 1, |_, e| e < 3), Some((2, 0)));
        assert_eq!(ix.longest(&chars, 6, all), Some((8, 3)));
        assert_eq!(ix.longest(&chars, 0, all), None);
        assert_eq!(ix.longest(&chars, 2, all), Some((4, 6)));
        // At the end of the text only one-char patterns fit.
        let end: Vec<char> = "中".chars().collect();
        assert_eq!(ix.longest(&end, 0, all), Some((1, 0)));
        assert_eq!(ix.longest(&end, 1, all), None);
        // A repeated pattern keeps its first id; every pattern is listed once.
        let mut listed: Vec<String> = ix.patterns().map(|p| p.iter().collect()).collect();
        listed.sort();
        assert_eq!(listed, ["中", "中国", "中国银行", "中文", "国银", "美国"]);
    }
}
