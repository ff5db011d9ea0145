//! One sentence, several statements: a claim's content that goes on with a clause of
//! its own speaker and cue (`馬某指，……，她相信……`, `……」郭某又指：「……`, `……；乙部長
//! 則稱，……`) ends before that clause, which becomes a claim of its own. Without this the
//! first claim swallows the rest of the sentence and every later statement in it is
//! lost or credited to the wrong person.

use super::cues::{is_clause_break, trim_end_punct};
use super::lexicon::{CLOSE_QUOTES, OPEN_QUOTES};
use super::{carries_on, structures, Ctx, Found};
use crate::analysis::{MentionKind, SourceKind};

/// Where a clause starts inside a claim's content, and what ended the one before.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Break {
    /// A comma: the content may well go on with the same statement.
    Comma,
    /// A semicolon, a full stop inside quotes or a closing quote: a new statement may
    /// start with any source.
    Stop,
}

/// Splits `f` at every clause that opens a statement of its own (see the module doc);
/// the finished claims go to `out`, the last one is returned. With `any`, every break
/// counts as a stop (the content of a source without a cue: `根據某報，……`).
pub(super) fn split_on(ctx: &Ctx<'_>, mut f: Found, e: usize, any: bool, out: &mut Vec<Found>) -> Found {
    let c = &ctx.text.norm;
    // Quoted content starts inside its quotation.
    let mut depth = usize::from(f.claim.quoted);
    let mut k = f.claim.start;
    while k < f.claim.end {
        let ch = c[k];
        let brk = if OPEN_QUOTES.contains(&ch) {
            depth += 1;
            None
        } else if CLOSE_QUOTES.contains(&ch) {
            depth = depth.saturating_sub(1);
            (depth == 0).then_some(Break::Stop)
        } else if depth > 0 {
            None
        } else if matches!(ch, '，' | ',') {
            Some(Break::Comma)
        } else if matches!(ch, '；' | ';' | '。') {
            Some(Break::Stop)
        } else {
            None
        };
        let Some(brk) = brk else {
            k += 1;
            continue;
        };
        let brk = if any { Break::Stop } else { brk };
        let mut from = k + 1;
        while from < e && matches!(c[from], '，' | ',' | ' ') {
            from += 1;
        }
        let clause_end = (from..e).find(|&j| is_clause_break(c[j])).unwrap_or(e);
        let next = structures::cue_within(ctx, from, e, clause_end).filter(|g| g.speaker.0 >= from);
        match next.and_then(|g| opens_statement(ctx, &f, g, brk)) {
            Some(g) => {
                let end = trim_end_punct(c, f.claim.start, k);
                f.claim.content = ctx.text.slice(f.claim.start, end);
                f.claim.end = end;
                out.push(f);
                f = g;
                k = f.claim.start;
                depth = usize::from(f.claim.quoted);
            }
            None => k += 1,
        }
    }
    f
}

/// Whether the clause claim `g` opens a statement of its own after a break `brk` in the
/// content of `f`: its speaker is a pronoun or a person (any break), a phrase that only
/// carries the speech on (`又指`, `並強調`: then `f`'s speaker, said again), or any
/// source after a stop. A clause with no speaker phrase at all stays content.
fn opens_statement(ctx: &Ctx<'_>, f: &Found, mut g: Found, brk: Break) -> Option<Found> {
    let (ss, se) = g.speaker;
    if ss == se {
        return None;
    }
    if g.resolved {
        let person = g.claim.source_kind == SourceKind::Named && g.claim.speaker.is_some();
        let pronoun = ctx
            .index
            .references_in(ss, se)
            .first()
            .is_some_and(|r| r.start == ss && r.end == se && r.kind == MentionKind::Pronoun);
        return (pronoun || person || brk == Break::Stop).then_some(g);
    }
    if carries_on(ctx, g.speaker) {
        g.claim.speaker.clone_from(&f.claim.speaker);
        g.claim.source_kind = f.claim.source_kind;
        g.claim.speaker_text.clone_from(&f.claim.speaker_text);
        g.resolved = f.resolved;
        return Some(g);
    }
    None
}
