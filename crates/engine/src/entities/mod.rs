//! Entities: mentions from several signals, merged into one entity per referent, with
//! roles and the affiliation / ownership phrases that later become relations.
//!
//! The flow of [`extract`]:
//! 1. Every signal in [`signals::ALL`] proposes candidates (a span, a kind, its
//!    [`Signal`] strength): the gazetteer (known names with bilingual aliases), Latin
//!    name sequences typed by their context, organization suffixes, the segmenter's POS
//!    tags for Chinese names, titles vouching for names, the learned tagger, lists.
//! 2. [`resolve`]: a suffixed organization swallows the names inside it; overlaps go to
//!    the stronger, then the longer candidate.
//! 3. Short forms of the long organization names are found among the free words, and
//!    surname references (赖总统) kept only where one full name has that surname.
//! 4. [`merge`]: mentions of one referent become one entity (same entry or surface,
//!    abbreviations, family names, parenthesized translations); every other occurrence
//!    of a strongly found name becomes a mention too.
//! 5. [`roles`]: titles around persons become roles; organizations before them
//!    affiliations; `X 旗下 Y` and government bodies of a country `part_of` links.
//!
//! Every signal reads the same [`scan::Scan`] (the document and the lookups built once
//! for it) and has the same signature, so adding a signal is adding a file and a line in
//! [`signals::ALL`]. The word lists live in [`lexicon`].

mod lexicon;
mod merge;
mod resolve;
mod roles;
mod scan;
mod signals;

use crate::analysis::Entity;
use crate::analysis::EntityKind;
use crate::context::Doc;
use crate::gazetteer::Gazetteer;
use crate::segment::{Pos, Token};
use scan::Scan;

/// Where a mention came from, strongest last.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Signal {
    /// A surname with a title (赖总统): only a reference to a full name in the text.
    Reference,
    Pos,
    /// The learned tagger ([`crate::ner`]).
    Model,
    Suffix,
    Latin,
    Gazetteer,
}

/// A proposed mention: a span of the normalized text, its kind and where it came from.
#[derive(Debug, Clone)]
struct Candidate {
    start: usize,
    end: usize,
    kind: EntityKind,
    signal: Signal,
    /// The gazetteer entry it names, when known.
    entry: Option<usize>,
}

/// The entities with the phrase-level links found while reading them.
#[derive(Debug, Clone, Default)]
pub(crate) struct Extracted {
    pub entities: Vec<Entity>,
    /// Every mention span with the index of its entity, sorted by start.
    pub spans: Vec<(usize, usize, usize)>,
    /// `(person, organization, char position)`: the person belongs to the organization.
    pub affiliations: Vec<(usize, usize, usize)>,
    /// `(child, parent, char position)`: the first organization is part of the second.
    pub part_of: Vec<(usize, usize, usize)>,
}

/// Part of speech for three-character words the dictionary does not know.
/// jieba-rs guesses it with a POS HMM that ships only with its compiled-in dictionary
/// (2.5 MB), which NewsLens leaves out; the entity rules need only to know which new
/// words look like Chinese names: a surname followed by two given-name characters (with
/// one, too many common pairs like 高达 or 曾以 would pass).
pub(crate) fn guess_unknown_pos(gaz: &Gazetteer, tokens: &mut [Token]) {
    for t in tokens.iter_mut().filter(|t| !t.known && t.pos == "x") {
        let w: Vec<char> = t.word.chars().collect();
        let Some(sl) = gaz.surname_at(&w, 0) else { continue };
        if w.len() == sl + 2 && w[sl..].iter().all(|c| lexicon::GIVEN_CHARS.contains(*c)) {
            t.pos = Pos::new("nr");
        }
    }
}

/// Extracts, merges and annotates the entities of a document; `learned` holds the
/// learned tagger's mentions `(start, end, type)`.
pub(crate) fn extract(doc: &Doc<'_>, gaz: &Gazetteer, learned: &[(usize, usize, EntityKind)]) -> Extracted {
    let s = Scan::new(doc, gaz, learned);
    let mut cands: Vec<Candidate> = Vec::new();
    for signal in signals::ALL {
        signal(&s, &mut cands);
    }
    let mut accepted = resolve::resolve(&s, cands);
    signals::abbreviations::find(&s, &mut accepted);
    accepted.sort_by_key(|c| c.start);
    signals::references::resolve(&s, &mut accepted);
    let mut out = merge::merge(&s, accepted);
    merge::repeat_mentions(&s, &mut out);
    out
}
