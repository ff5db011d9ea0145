//! The attribution structures, each a function over one sentence: speaker + cue +
//! content ([`cue_first`]), quotation first ([`quote_first`]), transcript lines
//! ([`transcript`]), attributions in parentheses ([`parentheticals`]) and `根据 X，……`
//! ([`according_to`]).

use super::cues::{cue_at, speaker_start, trim_end_punct};
use super::lexicon::{
    according_to_words, CLOSE_QUOTES, COLLOQUIAL_CUES, DATA_CUES, DATA_NOUNS, HEDGE_CUES, OBJECT_CUES, OPEN_QUOTES,
    QUESTIONERS, REPORT_CUES, SENTENCE_ENDS,
};
use super::speaker::trim_speaker;
use super::{claim, Ctx, Found};
use crate::analysis::SourceKind;

/// `“……”，投行 Raymond James 的分析师 Josh Beck 表示。` / `「……」，他說。`
pub(super) fn quote_first(ctx: &Ctx<'_>, s: usize, e: usize) -> Option<Found> {
    let text = ctx.text;
    let c = &text.norm;
    if !OPEN_QUOTES.contains(&c[s]) {
        return None;
    }
    let close = (s + 1..e).rev().find(|&i| CLOSE_QUOTES.contains(&c[i]))?;
    let mut p = close + 1;
    while p < e && matches!(c[p], ',' | '，' | ' ' | '.' | '。') {
        p += 1;
    }
    let (cue_at, cue) = (p..e).find_map(|i| cue_at(ctx, i).map(|q| (i, q)))?;
    // Only a short attribution tail: the cue ends the sentence.
    let after = cue_at + cue.chars().count();
    if (after..e).any(|i| c[i].is_alphanumeric() || crate::text::is_han(c[i])) {
        return None;
    }
    let (ss, se) = trim_speaker(text, p, cue_at)?;
    let close = trim_end_punct(c, s + 1, close);
    Some(claim(ctx, (ss, se), (cue_at, after), (s + 1, close), true))
}

/// `Josh Beck 表示，……`, `据知情人士透露，……`, `在许多员工看来，……`.
pub(super) fn cue_first(ctx: &Ctx<'_>, s: usize, e: usize) -> Option<Found> {
    cue_within(ctx, s, e, e)
}

/// [`cue_first`] with the cue before `limit` (a clause of the sentence).
pub(super) fn cue_within(ctx: &Ctx<'_>, s: usize, e: usize, limit: usize) -> Option<Found> {
    let text = ctx.text;
    let c = &text.norm;
    // An opening quote after the sentence's last closing one never closes here (a quote
    // that runs over paragraphs, `“……。` with its close far on): it hides no cue.
    let last_close = (s..e).rev().find(|&k| CLOSE_QUOTES[..3].contains(&c[k])).unwrap_or(s);
    let mut depth = 0;
    let mut paren = 0;
    for i in s..limit {
        if OPEN_QUOTES[..3].contains(&c[i]) && i < last_close {
            depth += 1;
        } else if CLOSE_QUOTES[..3].contains(&c[i]) {
            depth -= 1;
        } else if c[i] == '(' {
            paren += 1;
        } else if c[i] == ')' {
            paren -= 1;
        }
        if depth > 0 || paren > 0 {
            continue;
        }
        let Some(cue) = cue_at(ctx, i) else { continue };
        let mut cue_end = i + cue.chars().count();
        // A cue right before another is a noun of the speaker phrase (一些分析指, 醫管局回覆指):
        // the second is the cue.
        if !REPORT_CUES.contains(&cue) && cue_at(ctx, cue_end).is_some() {
            continue;
        }
        // A report cue with its verb (報道指, 报告称) is one cue.
        if REPORT_CUES.contains(&cue) {
            if let Some(verb) = cue_at(ctx, cue_end) {
                cue_end += verb.chars().count();
            }
        }
        // 宣布的交易, 宣布了9000件交易: a verb about things, not a statement.
        if matches!(c.get(cue_end), Some('的' | '了')) {
            continue;
        }
        // Speaker: back to the start of the clause, stepping over parentheses
        // (蘇利文（Jake Sullivan，亦譯沙利文）在記者會上回應說).
        let b = speaker_start(c, s, i);
        let bare = || {
            if HEDGE_CUES.contains(&cue) {
                return None;
            }
            bare_cue(c, s, b, i, REPORT_CUES.contains(&cue))
        };
        let Some((mut ss, se)) = trim_speaker(text, b, i).or_else(bare) else { continue };
        // Passive: `被分析师认为……` has the agent after 被; with no agent (该机被称是……)
        // nobody is named and it is not an attributed claim.
        if let Some(k) = (ss..se).find(|&k| c[k] == '被') {
            if k + 1 >= se {
                continue;
            }
            ss = k + 1;
        }
        // Content: after the cue (and its colon or comma) to the end of the sentence.
        let mut cs = cue_end;
        while cs < e && matches!(c[cs], ',' | '，' | ':' | '：' | ' ' | '道') {
            cs += 1;
        }
        let mut ce = e;
        while ce > cs && matches!(c[ce - 1], '。' | '.' | '!' | '?' | ' ') {
            ce -= 1;
        }
        let mut quoted = false;
        if cs < ce && OPEN_QUOTES.contains(&c[cs]) {
            // Quoted when the quotation closes the content, or is a whole sentence that
            // another statement follows (`「……。」Daniel Brooks said …`); not when it quotes
            // a term of the clause (`「……」亦可能有副作用`: the content is the whole clause).
            let last = (cs + 1..ce).rev().find(|&k| CLOSE_QUOTES.contains(&c[k]));
            let closes = |q: &usize| (q + 1..ce).all(|k| !c[k].is_alphanumeric());
            let whole_sentence =
                || matching_close(c, cs, ce).filter(|&q| q > cs + 1 && SENTENCE_ENDS.contains(&c[q - 1]));
            if let Some(q) = last.filter(closes).or_else(whole_sentence) {
                quoted = true;
                cs += 1;
                ce = trim_end_punct(c, cs, q);
            }
        }
        // A cue with no real content is a verb in another sense (表示欢迎, 指出方向).
        // Only whether there are a few letters matters: stop counting at 6.
        let content_len = (cs..ce).filter(|&k| c[k].is_alphanumeric()).take(6).count();
        let took_punct = cue_end < e && matches!(c[cue_end], ',' | '，' | ':' | '：');
        if content_len < 6 && !took_punct {
            continue;
        }
        if content_len < 2 {
            continue;
        }
        // 看来 needs 在…看来 or a comma after it; so do cues about things (公布財報).
        if (cue == "看来" || OBJECT_CUES.contains(&cue)) && !took_punct {
            continue;
        }
        // 某某數據顯示: data cues need a data noun before them.
        if DATA_CUES.contains(&cue) && !DATA_NOUNS.iter().any(|w| text.norm_has_before(se, w)) {
            continue;
        }
        let found = claim(ctx, (ss, se), (i, cue_end), (cs, ce), quoted);
        // 佢話, 陳生講: colloquial cues only after a person.
        if COLLOQUIAL_CUES.contains(&cue) && found.claim.source_kind != SourceKind::Named {
            continue;
        }
        return Some(found);
    }
    None
}

/// The closing quote that matches the opening one at `open`, before `e`.
fn matching_close(c: &[char], open: usize, e: usize) -> Option<usize> {
    let mut depth = 0usize;
    for (k, ch) in c.iter().enumerate().take(e).skip(open) {
        if OPEN_QUOTES.contains(ch) {
            depth += 1;
        } else if CLOSE_QUOTES.contains(ch) {
            depth = depth.saturating_sub(1);
            if depth == 0 {
                return Some(k);
            }
        }
    }
    None
}

/// A cue that opens a clause after a comma (`陳某上台致辭，指……`): no phrase of its own,
/// the speaker is the subject before it ([`super::settle`]); an empty span at the cue.
/// At the sentence start only a report cue stands alone (`報道稱……`).
fn bare_cue(c: &[char], s: usize, b: usize, i: usize, report: bool) -> Option<(usize, usize)> {
    let blank = (b..i).all(|k| c[k] == ' ');
    let after_comma = b > s && matches!(c[b - 1], ',' | '，' | ';' | '；');
    (blank && (after_comma || (b == s && report))).then_some((i, i))
}

/// Transcript lines: `总统：……` is a claim by the president; `问：……` asks, it claims
/// nothing.
pub(super) fn transcript(ctx: &Ctx<'_>, s: usize, e: usize) -> Option<Found> {
    let text = ctx.text;
    let c = &text.norm;
    let colon = (s..e.min(s + 14)).find(|&k| matches!(c[k], ':' | '：'))?;
    let (ss, se) = trim_speaker(text, s, colon)?;
    let who = text.norm_slice(ss, se);
    if QUESTIONERS.contains(&who)
        || (ss..se).any(|k| !crate::text::is_han(c[k]) && !c[k].is_ascii_alphabetic() && c[k] != ' ')
    {
        return None;
    }
    let known = ctx.index.starting_in(ss, se).iter().any(|m| m.1 == se)
        || ctx.index.person_roles.iter().any(|(_, r)| who.chars().eq(r.iter().copied()))
        || ["发言人", "主席", "总统", "部长"].iter().any(|t| who.ends_with(t));
    if !known {
        return None;
    }
    let mut cs = colon + 1;
    while cs < e && c[cs] == ' ' {
        cs += 1;
    }
    let mut ce = e;
    while ce > cs && matches!(c[ce - 1], '。' | '.' | ' ' | '\n') {
        ce -= 1;
    }
    let quoted = cs < ce && OPEN_QUOTES.contains(&c[cs]) && CLOSE_QUOTES.contains(&c[ce - 1]);
    let (cs, ce) = if quoted { (cs + 1, ce - 1) } else { (cs, ce) };
    if (cs..ce).filter(|&k| c[k].is_alphanumeric()).count() < 4 {
        return None;
    }
    Some(claim(ctx, (ss, se), (colon, colon + 1), (cs, ce), quoted))
}

/// Attributions inside parentheses: `(亚马逊称这一经历属于个例)`.
pub(super) fn parentheticals(ctx: &Ctx<'_>, s: usize, e: usize) -> Vec<Found> {
    let c = &ctx.text.norm;
    let mut out = Vec::new();
    let mut i = s;
    while i < e {
        if c[i] == '(' {
            if let Some(close) = (i + 1..e).find(|&k| c[k] == ')') {
                if close - i > 6 {
                    if let Some(cl) = cue_first(ctx, i + 1, close) {
                        out.push(cl);
                    }
                }
                i = close;
            }
        }
        i += 1;
    }
    out
}

/// `根据《华盛顿邮报》，……` / `According to Reuters, ……`: the source before the comma.
pub(super) fn according_to(ctx: &Ctx<'_>, s: usize, e: usize) -> Option<Found> {
    let text = ctx.text;
    let c = &text.norm;
    let mut p = s;
    while p < e && c[p] == ' ' {
        p += 1;
    }
    let lead = according_to_words().longest_at(&text.norm, p)?;
    let src = p + lead.chars().count();
    // `據了解，` / `據報，` are report cues of their own: an anonymous source.
    if cue_at(ctx, p).is_some_and(|q| q.chars().count() > lead.chars().count()) {
        return None;
    }
    let comma = (src..e.min(src + 24)).find(|&k| matches!(c[k], ',' | '，'))?;
    // 据X透露 / 据X称 are cue structures; here the source stands alone before the comma.
    if (src..comma).any(|k| cue_at(ctx, k).is_some()) {
        return None;
    }
    let (ss, se) = trim_speaker(text, src, comma)?;
    let (cs, mut ce) = (comma + 1, e);
    while ce > cs && matches!(c[ce - 1], '。' | '.' | ' ') {
        ce -= 1;
    }
    if (cs..ce).filter(|&k| c[k].is_alphanumeric()).count() < 6 {
        return None;
    }
    Some(claim(ctx, (ss, se), (p, src), (cs, ce), false))
}
