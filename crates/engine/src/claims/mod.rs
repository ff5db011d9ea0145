//! Claims: statements attributed to a source by a speech or cognition cue, in three
//! structures — speaker + cue + content, quotation first and speaker after, and
//! `据 X 透露` / `在 X 看来` — with the source typed as named, organization, group or
//! anonymous.

//!
//! One job per module: [`lexicon`] (the word lists), [`cues`] (cue words and where a
//! speaker phrase starts), [`structures`] (the attribution structures), [`speaker`]
//! (trimming and typing the speaker phrase), [`split`] (one sentence, several statements).

mod cues;
mod lexicon;
mod speaker;
mod split;
mod structures;

use crate::analysis::{Claim, ClaimSummary, Entity, EntityKind, SourceKind, TimeMention};
use crate::context::{Doc, EntityIndex};
use crate::text::Text;
use cues::is_clause_break;
use lexicon::{
    continuations, CLOSE_QUOTES, CONTINUITY, NON_SOURCE_TAGS, OPEN_QUOTES, ORG_HEADS, REPORT_CUES, SENTENCE_ENDS,
    SUBJECT_REACH, WHEN_ENDS,
};
use speaker::classify;
use split::split_on;
use std::collections::HashMap;
use structures::{according_to, cue_first, parentheticals, quote_first, transcript};

/// What the claim rules read: the document and the entity index.
pub(super) struct Ctx<'a> {
    pub text: &'a Text<'a>,
    pub entities: &'a [Entity],
    pub doc: &'a Doc<'a>,
    pub index: &'a EntityIndex<'a>,
}

/// Finds the claims in each sentence.
pub(crate) fn extract(doc: &Doc<'_>, index: &EntityIndex<'_>, times: &[TimeMention]) -> Vec<Claim> {
    let ctx = Ctx { text: &doc.text, entities: index.entities, doc, index };
    // Each time text with its first index: a speaker phrase that ends in one sheds it.
    let mut time_texts: HashMap<&str, usize> = HashMap::new();
    for (k, t) in times.iter().enumerate() {
        time_texts.entry(t.text.as_str()).or_insert(k);
    }
    let mut out: Vec<Claim> = Vec::new();
    // The last claim with its sentence, for speech continuity.
    let mut last: Option<(usize, Claim)> = None;
    for (si, &(s, e)) in doc.sentences.spans().iter().enumerate() {
        let mut found: Vec<Found> = Vec::new();
        sentence(&ctx, s, e, &time_texts, &mut found);
        for f in found {
            if let Some(c) = settle(&ctx, f, (s, e), si, last.as_ref()) {
                if c.speaker.is_some() {
                    last = Some((si, c.clone()));
                }
                out.push(c);
            }
        }
    }
    out
}

/// The claims that the structures find in the sentence `[s, e)`, in order.
fn sentence(ctx: &Ctx<'_>, s: usize, e: usize, time_texts: &HashMap<&str, usize>, out: &mut Vec<Found>) {
    let text = ctx.text;
    if let Some(c) = transcript(ctx, s, e) {
        out.push(c);
        return;
    }
    if let Some(c) = quote_first(ctx, s, e) {
        out.push(c);
        return;
    }
    // A parenthetical attribution inside the sentence: `(亚马逊称这一经历属于个例)`.
    out.extend(parentheticals(ctx, s, e));
    if let Some(c) = according_to(ctx, s, e) {
        // `根據某報，……，批評者稱，……`: a later speaker with a cue is a statement of its own.
        let c = split_on(ctx, c, e, true, out);
        out.push(c);
        return;
    }
    // After a quoted content, the sentence may go on with another attribution
    // (周雅婷說：「……。」Daniel Brooks said …).
    let mut from = s;
    while let Some(mut f) = cue_first(ctx, from, e) {
        let c = &mut f.claim;
        // A time word between speaker and cue (谷歌周四宣布) is not part of the speaker.
        // The time written first in the text wins when several end the phrase.
        let shed = c
            .speaker_text
            .char_indices()
            .skip(1)
            .filter_map(|(b, _)| time_texts.get(&c.speaker_text[b..]).map(|&k| (k, b)))
            .min();
        if let Some((_, b)) = shed {
            c.speaker_text = c.speaker_text[..b].trim_end().to_string();
        }
        let f = split_on(ctx, f, e, false, out);
        let c = &f.claim;
        let next =
            if c.quoted { (c.end..e).find(|&k| CLOSE_QUOTES.contains(&text.norm[k])).map(|k| k + 1) } else { None };
        out.push(f);
        match next {
            Some(k) if k < e => from = k,
            _ => break,
        }
    }
}

/// A claim as a structure found it, before its source is settled.
pub(super) struct Found {
    pub claim: Claim,
    /// The speaker phrase and the cue, in chars.
    pub speaker: (usize, usize),
    pub cue: (usize, usize),
    /// Whether the phrase itself names the source ([`classify`] found one).
    pub resolved: bool,
}

/// A claim from its spans: speaker phrase, cue, content; the source typed by
/// [`classify`].
pub(super) fn claim(
    ctx: &Ctx<'_>,
    speaker: (usize, usize),
    cue: (usize, usize),
    content: (usize, usize),
    quoted: bool,
) -> Found {
    let text = ctx.text;
    let source = classify(ctx, speaker.0, speaker.1);
    let resolved = source.is_some();
    let (source, kind) = source.unwrap_or((None, SourceKind::Group));
    let claim = Claim {
        speaker: source,
        speaker_text: text.slice(speaker.0, speaker.1),
        source_kind: kind,
        cue: text.slice(cue.0, cue.1),
        content: text.slice(content.0, content.1),
        quoted,
        start: content.0,
        end: content.1,
    };
    Found { claim, speaker, cue, resolved }
}

/// The source of a claim whose phrase names none. A phrase that only carries the speech
/// on (`又`, `並`, `會後`, `被問到……時`: [`CONTINUATIONS`], [`WHEN_ENDS`]) takes, for a
/// cue that is itself a report (`有報道指`), an anonymous source; for a clause of when
/// that opens with an organization noun (`某局中午時`), that organization; else the
/// subject of a clause before (`王某，會後表示`: [`subject`]); else the speaker of the last claim at most
/// [`CONTINUITY`] sentences back (speech continuity). Any other phrase is a group when it
/// ends in a noun, else no source (`率先`, `只剩下長實未有`): no claim.
fn settle(
    ctx: &Ctx<'_>,
    f: Found,
    sentence: (usize, usize),
    si: usize,
    last: Option<&(usize, Claim)>,
) -> Option<Claim> {
    let Found { mut claim, speaker, cue, resolved } = f;
    if resolved {
        return Some(claim);
    }
    if !carries_on(ctx, speaker) {
        // A noun phrase no rule typed is an organization when it ends like one (氣象局),
        // else a group (環保觸覺, 美媒); anything else is no source.
        if ORG_HEADS.iter().any(|w| ctx.text.norm_has_before(speaker.1, w)) {
            claim.source_kind = SourceKind::Organization;
        }
        return (!ends_in_non_source(ctx, speaker.1)).then_some(claim);
    }
    if REPORT_CUES.iter().any(|w| ctx.text.norm_slice(cue.0, cue.1).starts_with(w)) {
        claim.speaker_text = ctx.text.slice(speaker.0, cue.1);
        claim.source_kind = SourceKind::Anonymous;
        return Some(claim);
    }
    // `某局中午時預計`: a clause of when that opens with an organization noun is its
    // source.
    if WHEN_ENDS.iter().any(|w| ctx.text.norm_has_before(speaker.1, w)) {
        let ends_org = |p: usize| ORG_HEADS.iter().any(|w| ctx.text.norm_has_before(p, w));
        let head = (speaker.0 + 2..speaker.1).find(|&p| ctx.doc.boundary[p] && ends_org(p));
        if let Some(p) = head {
            claim.speaker_text = ctx.text.slice(speaker.0, p);
            claim.source_kind = SourceKind::Organization;
            return Some(claim);
        }
    }
    if let Some(ei) = subject(ctx, sentence.0, speaker.0) {
        let en = &ctx.entities[ei];
        claim.speaker = Some(en.id.clone());
        claim.source_kind = if en.kind == EntityKind::Person { SourceKind::Named } else { SourceKind::Organization };
        return Some(claim);
    }
    let (_, prev) = last.filter(|(k, c)| k + CONTINUITY >= si && c.speaker.is_some())?;
    claim.speaker.clone_from(&prev.speaker);
    claim.source_kind = prev.source_kind;
    Some(claim)
}

/// Whether the word that ends at `e` is tagged as no source ([`NON_SOURCE_TAGS`]).
fn ends_in_non_source(ctx: &Ctx<'_>, e: usize) -> bool {
    let tokens = &ctx.doc.tokens;
    let k = tokens.partition_point(|t| t.end < e);
    tokens.get(k).is_some_and(|t| t.end == e && NON_SOURCE_TAGS.contains(&t.pos.as_str()))
}

/// Whether the speaker phrase only carries the speech on: made of [`CONTINUATIONS`]
/// words or a clause that ends in one of [`WHEN_ENDS`].
pub(super) fn carries_on(ctx: &Ctx<'_>, (s, e): (usize, usize)) -> bool {
    let c = &ctx.text.norm;

    if WHEN_ENDS.iter().any(|w| ctx.text.norm_has_before(e, w)) {
        return true;
    }
    let mut i = s;
    while i < e {
        match continuations().longest_at(c, i) {
            Some(w) => i += w.chars().count(),
            None if c[i] == ' ' => i += 1,
            None => return false,
        }
    }
    true
}

/// The subject before a phrase that names none: walking back over the sentence's
/// clauses before the one holding `before` (quoted ones skipped), the first that has
/// one — its last person named or referred to, else an organization that opens it
/// (`王某，會後表示`, `陳某上台致辭，指……`, `甲市發出動員令，宣布……`).
fn subject(ctx: &Ctx<'_>, s: usize, before: usize) -> Option<usize> {
    let c = &ctx.text.norm;
    let mut end = (s..before).rev().find(|&k| is_clause_break(c[k]))?;
    for _ in 0..SUBJECT_REACH {
        if SENTENCE_ENDS.contains(&c[end]) {
            return None;
        }
        let start = (s..end).rev().find(|&k| is_clause_break(c[k])).map_or(s, |k| k + 1);
        let quoted = CLOSE_QUOTES.contains(&c[end]) || (start > s && OPEN_QUOTES.contains(&c[start - 1]));
        if !quoted {
            if let Some(ei) = clause_subject(ctx, start, end) {
                return Some(ei);
            }
        }
        if start == s {
            return None;
        }
        end = start - 1;
    }
    None
}

/// The subject of the clause `[at, end)`: its last person, else an organization or a
/// place (its government: `甲市宣布`) that opens it.
fn clause_subject(ctx: &Ctx<'_>, mut at: usize, end: usize) -> Option<usize> {
    let c = &ctx.text.norm;
    while at < end && c[at] == ' ' {
        at += 1;
    }
    let kind = |ei: usize| ctx.entities[ei].kind;
    let names = ctx.index.starting_in(at, end).iter().filter(|m| m.1 <= end).map(|m| (m.0, m.2));
    let refs = ctx.index.references_in(at, end).iter().filter(|r| r.end <= end).map(|r| (r.start, r.entity));
    let mut all: Vec<(usize, usize)> = names.chain(refs).collect();
    all.sort_unstable();
    let person = all.iter().rev().find(|m| kind(m.1) == EntityKind::Person).map(|m| m.1);
    let actor = |ei: usize| matches!(kind(ei), EntityKind::Organization | EntityKind::Place);
    person.or_else(|| all.first().filter(|m| m.0 == at && actor(m.1)).map(|m| m.1))
}

/// Counts claims by source kind.
pub fn summarize(claims: &[Claim]) -> ClaimSummary {
    let mut s = ClaimSummary::default();
    for c in claims {
        match c.source_kind {
            SourceKind::Named => s.named += 1,
            SourceKind::Organization => s.organization += 1,
            SourceKind::Anonymous => s.anonymous += 1,
            SourceKind::Group => s.group += 1,
        }
    }
    s
}
