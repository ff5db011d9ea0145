//! The per-document context: what the stages read about one text, computed once in
//! [`crate::Analyzer::analyze`] and passed down, so that no stage rebuilds what an
//! earlier one already knows.
//!
//! Two parts, in pipeline order:
//! - [`Doc`]: the text's own facts — its normalized view, the segmentation, the
//!   sentences with a position lookup, and the word boundaries.
//! - [`EntityIndex`]: what the entity stage found, indexed for the stages after it —
//!   every mention span by position, every person's roles in normalized form, and the
//!   references (`references`: 他, 總統, 該公司 linked to their entities).
//!
//! Invariants: `boundary.len() == text.len() + 1` and `boundary[0]` holds; sentences are
//! sorted and disjoint; the mention spans are sorted by `(start, end, entity)`; the
//! references are sorted by start and disjoint, and none overlaps a name mention.

use crate::analysis::{Entity, EntityKind, MentionKind, Script};
use crate::segment::Token;
use crate::text::Text;

/// The text's own facts, shared by every stage.
#[derive(Debug)]
pub(crate) struct Doc<'a> {
    pub text: Text<'a>,
    pub tokens: Vec<Token>,
    pub sentences: Sentences,
    /// Word boundaries of the segmentation, one per char index (and the end): a name or
    /// a cue must be a whole word (说 is not a cue inside 说明).
    pub boundary: Vec<bool>,
    /// The script of the whole text (a `我国` means Taiwan in Traditional text).
    pub script: Script,
}

impl<'a> Doc<'a> {
    pub fn new(text: Text<'a>, tokens: Vec<Token>, sentences: Vec<(usize, usize)>, script: Script) -> Doc<'a> {
        let mut boundary = vec![false; text.norm.len() + 1];
        boundary[0] = true;
        for t in &tokens {
            boundary[t.start] = true;
            boundary[t.end] = true;
        }
        Doc { text, tokens, sentences: Sentences(sentences), boundary, script }
    }
}

/// The sentence spans `(start, end)` in chars, sorted and disjoint, with lookups by
/// position (a binary search, never a scan).
#[derive(Debug, Clone, Default)]
pub(crate) struct Sentences(Vec<(usize, usize)>);

impl Sentences {
    /// The spans, in text order.
    pub fn spans(&self) -> &[(usize, usize)] {
        &self.0
    }

    /// The index of the first sentence that ends after `pos` (the one holding `pos` when
    /// any does; `len()` when none ends after it).
    pub fn first_ending_after(&self, pos: usize) -> usize {
        self.0.partition_point(|&(_, e)| e <= pos)
    }

    /// The index of the sentence holding char `pos`, if one does (text between
    /// sentences, such as blank lines, belongs to none).
    pub fn holding(&self, pos: usize) -> Option<usize> {
        let k = self.first_ending_after(pos);
        self.0.get(k).is_some_and(|&(s, _)| s <= pos).then_some(k)
    }
}

impl std::ops::Deref for Sentences {
    type Target = [(usize, usize)];
    fn deref(&self) -> &[(usize, usize)] {
        &self.0
    }
}

/// A word linked to the entity it stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Reference {
    pub start: usize,
    pub end: usize,
    /// Index into the entities.
    pub entity: usize,
    pub kind: MentionKind,
}

/// The entity stage's result, indexed for the later stages.
#[derive(Debug)]
pub(crate) struct EntityIndex<'e> {
    pub entities: &'e [Entity],
    /// `(start, end, entity index)` of every mention, sorted.
    pub mentions: Vec<(usize, usize, usize)>,
    /// `(entity index, role in normalized form)` for every role of every person, in
    /// entity order. Roles are copied from the text, so each is folded through its first
    /// occurrence.
    pub person_roles: Vec<(usize, Vec<char>)>,
    /// Whether some mention ends at each char index (and the end).
    pub mention_end: Vec<bool>,
    /// The words that stand for an entity without naming it, sorted by start
    /// (filled once by [`EntityIndex::with_references`]).
    pub references: Vec<Reference>,
}

impl<'e> EntityIndex<'e> {
    pub fn new(text: &Text<'_>, entities: &'e [Entity]) -> EntityIndex<'e> {
        let mut mentions: Vec<(usize, usize, usize)> = entities
            .iter()
            .enumerate()
            .flat_map(|(ei, en)| en.mentions.iter().map(move |m| (m.start, m.end, ei)))
            .collect();
        mentions.sort_unstable();
        let mut person_roles = Vec::new();
        for (ei, en) in entities.iter().enumerate().filter(|(_, en)| en.kind == EntityKind::Person) {
            for r in &en.roles {
                person_roles.push((ei, text.normalized_form(r)));
            }
        }
        let mut mention_end = vec![false; text.norm.len() + 1];
        for m in &mentions {
            mention_end[m.1] = true;
        }
        EntityIndex { entities, mentions, person_roles, mention_end, references: Vec::new() }
    }

    /// The index with the document's references (the reference step's result).
    pub fn with_references(mut self, references: Vec<Reference>) -> EntityIndex<'e> {
        self.references = references;
        self
    }

    /// The references that start in `[s, e)`.
    pub fn references_in(&self, s: usize, e: usize) -> &[Reference] {
        let lo = self.references.partition_point(|r| r.start < s);
        let hi = self.references.partition_point(|r| r.start < e);
        &self.references[lo..hi.max(lo)]
    }

    /// The run of mentions that start in `[s, e)`.
    pub fn starting_in(&self, s: usize, e: usize) -> &[(usize, usize, usize)] {
        let lo = self.mentions.partition_point(|m| m.0 < s);
        let hi = self.mentions.partition_point(|m| m.0 < e);
        &self.mentions[lo..hi.max(lo)]
    }

    /// The mentions that start before `s`.
    pub fn starting_before(&self, s: usize) -> &[(usize, usize, usize)] {
        &self.mentions[..self.mentions.partition_point(|m| m.0 < s)]
    }

    /// Whether entity `ei` is a person.
    pub fn is_person(&self, ei: usize) -> bool {
        self.entities[ei].kind == EntityKind::Person
    }
}
