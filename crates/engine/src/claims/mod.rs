//! Claims: statements attributed to a source by a speech or cognition cue, in three
//! structures — speaker + cue + content, quotation first and speaker after, and
//! `据 X 透露` / `在 X 看来` — with the source typed as named, organization, group or
//! anonymous.

//!
//! One job per module: [`lexicon`] (the word lists), [`cues`] (cue words and where a
//! speaker phrase starts), [`structures`] (the attribution structures), [`speaker`]
//! (trimming and typing the speaker phrase).

mod cues;
mod lexicon;
mod speaker;
mod structures;

use crate::analysis::{Claim, ClaimSummary, Entity, SourceKind, TimeMention};
use crate::context::{Doc, EntityIndex};
use crate::text::Text;
use lexicon::CLOSE_QUOTES;
use speaker::classify;
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
    let text = &doc.text;
    let ctx = Ctx { text, entities: index.entities, doc, index };
    // Each time text with its first index: a speaker phrase that ends in one sheds it.
    let mut time_texts: HashMap<&str, usize> = HashMap::new();
    for (k, t) in times.iter().enumerate() {
        time_texts.entry(t.text.as_str()).or_insert(k);
    }
    let mut out = Vec::new();
    for &(s, e) in doc.sentences.spans() {
        if let Some(c) = transcript(&ctx, s, e) {
            out.push(c);
            continue;
        }
        if let Some(c) = quote_first(&ctx, s, e) {
            out.push(c);
            continue;
        }
        // A parenthetical attribution inside the sentence: `(亚马逊称这一经历属于个例)`.
        out.extend(parentheticals(&ctx, s, e));
        if let Some(c) = according_to(&ctx, s, e) {
            out.push(c);
            continue;
        }
        // After a quoted content, the sentence may go on with another attribution
        // (周雅婷說：「……。」Daniel Brooks said …).
        let mut from = s;
        while let Some(mut c) = cue_first(&ctx, from, e) {
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
            let next =
                if c.quoted { (c.end..e).find(|&k| CLOSE_QUOTES.contains(&text.norm[k])).map(|k| k + 1) } else { None };
            out.push(c);
            match next {
                Some(k) if k < e => from = k,
                _ => break,
            }
        }
    }
    out
}

/// A claim from its spans: speaker phrase, cue, content; the source typed by
/// [`classify`].
pub(super) fn claim(
    ctx: &Ctx<'_>,
    speaker: (usize, usize),
    cue: (usize, usize),
    content: (usize, usize),
    quoted: bool,
) -> Claim {
    let text = ctx.text;
    let (source, kind) = classify(ctx, speaker.0, speaker.1);
    Claim {
        speaker: source,
        speaker_text: text.slice(speaker.0, speaker.1),
        source_kind: kind,
        cue: text.slice(cue.0, cue.1),
        content: text.slice(content.0, content.1),
        quoted,
        start: content.0,
        end: content.1,
    }
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
