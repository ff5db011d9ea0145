//! Where cues and speaker phrases are: a cue word as a whole word, the start of the
//! speaker phrase before it, clause breaks.

use super::lexicon::{cues, CLOSE_QUOTES, GLUED_BEFORE_CUE, OPEN_QUOTES};
use super::Ctx;

pub(super) fn is_clause_break(c: char) -> bool {
    matches!(c, ',' | '，' | ';' | '；' | ':' | '：' | '。' | '!' | '?' | '\n' | '、')
        || CLOSE_QUOTES.contains(&c)
        || OPEN_QUOTES.contains(&c)
}

/// The cue word at `i`, if one starts there as a whole word.
pub(super) fn cue_at(ctx: &Ctx<'_>, i: usize) -> Option<&'static str> {
    let text = ctx.text;
    cues().longest_at(&text.norm, i).filter(|q| {
        let end = i + q.chars().count();
        if q.is_ascii() {
            let c = &text.norm;
            (i == 0 || !c[i - 1].is_ascii_alphabetic()) && c.get(end).is_none_or(|x| !x.is_ascii_alphabetic())
        } else {
            // The cue must end a word (说 is not a cue inside 说明); a two-character cue may
            // close a longer word (普遍认为), a one-character cue must be a word itself.
            let boundary = &ctx.doc.boundary;
            let mention_end = &ctx.index.mention_end;
            let ends = boundary.get(end).copied().unwrap_or(true) || mention_end[i];
            let starts = boundary[i] || mention_end[i] || glued(ctx, i, end);
            ends && (starts || q.chars().count() >= 2)
        }
    })
}

/// Whether the one-character cue `[i, end)` closes a two-character word glued to a
/// pronoun or an adverb (他稱, 時說, 並稱), or a word the dictionary does not know
/// (在演說中稱: `中稱` is no word, the cue is its own), or closes such a word after
/// another cue (`回覆指`).
fn glued(ctx: &Ctx<'_>, i: usize, end: usize) -> bool {
    let tokens = &ctx.doc.tokens;
    let k = tokens.partition_point(|t| t.start <= i);
    if k == 0 || end != i + 1 || tokens[k - 1].end != end {
        return false;
    }
    let t = &tokens[k - 1];
    let c = &ctx.text.norm;
    if t.start + 1 == i {
        return !t.known || GLUED_BEFORE_CUE.contains(&c[i - 1]);
    }
    // A cue glued to another the dictionary does not know as one word (回覆指).
    !t.known && cues().longest_at(c, t.start).is_some_and(|q| t.start + q.chars().count() == i)
}

/// Where the speaker phrase before a cue at `i` starts: the clause start, with commas
/// inside parentheses not counting as breaks.
pub(super) fn speaker_start(c: &[char], s: usize, i: usize) -> usize {
    // Speaker phrases are short (trim_speaker keeps at most MAX_SPEAKER chars): look back at most
    // 80, so a text without punctuation stays linear.
    let s = s.max(i.saturating_sub(80));
    let mut b = i;
    let mut depth = 0;
    while b > s {
        let ch = c[b - 1];
        if ch == ')' {
            depth += 1;
        } else if ch == '(' {
            if depth == 0 {
                break;
            }
            depth -= 1;
        } else if depth == 0 && is_clause_break(ch) {
            break;
        }
        b -= 1;
    }
    b
}

/// The end of `[s, e)` without trailing punctuation (`市场，` → `市场`).
pub(super) fn trim_end_punct(c: &[char], s: usize, mut e: usize) -> usize {
    while e > s && matches!(c[e - 1], '，' | ',' | '。' | '.' | '、' | ' ' | '；' | ';') {
        e -= 1;
    }
    e
}
