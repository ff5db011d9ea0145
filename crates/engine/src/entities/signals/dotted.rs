//! Transliterated names written in parts joined by a middle dot (约翰·柯比尔,
//! 谢尔盖·绍伊古, 弗朗西斯科·乌尔迪内斯): one person, however the segmenter cut the
//! parts. Taiwan's `‧` and the katakana `・` are folded to `·` by the text stage.
//!
//! A part is a Han word the segmenter reads as a name (`nr…`), does not know, or writes
//! with transliteration characters only; a part it split (柯 + 比尔) is glued back while
//! the pieces are transliteration characters. The candidate is as strong as a Latin
//! name: a transliteration is not a Chinese word, and its first part alone (谢尔盖) must
//! not win over the whole.
use super::prelude::*;

/// The longest part of a dotted name, in chars.
const PART_MAX: usize = 5;

/// Persons written as dotted transliterations.
pub(super) fn find(s: &Scan<'_>, cands: &mut Vec<Candidate>) {
    let tokens = s.tokens;
    let mut ti = 1;
    while ti + 1 < tokens.len() {
        if !is_dot(tokens, ti) || !part(s, &tokens[ti - 1]) || !part(s, &tokens[ti + 1]) {
            ti += 1;
            continue;
        }
        // Further parts: 玛丽·安托瓦内特·某某.
        let mut last = ti + 1;
        while last + 2 < tokens.len() && is_dot(tokens, last + 1) && part(s, &tokens[last + 2]) {
            last += 2;
        }
        let (start, mut end) = with_learned(s, glue_back(s, ti - 1), glue_on(s, last));
        // Chars that never end a name (配第说, 绍京以) are the next words'.
        while end > tokens[last].start + 1 && s.lists.not_name_end.contains(s.chars[end - 1]) {
            end -= 1;
        }
        // A title in book marks (《庄子·知北游》) is a work, and a name before an
        // organization's ending (乔治·梅森大学) that organization's.
        let titled = start > 0 && s.chars[start - 1] == '《' || s.chars.get(end) == Some(&'》');
        let organization = has_any_at(s.text, end, org_suffixes()).is_some();
        if !titled && !organization {
            cands.push(Candidate { start, end, kind: EntityKind::Person, signal: Signal::Latin, entry: None });
        }
        ti = last + 1;
    }
}

/// `[start, end)` widened to the learned person names it overlaps: the tagger reads the
/// chars the segmenter glued to a part (席尔瓦 + 曼在) or a part it tagged otherwise.
fn with_learned(s: &Scan<'_>, first: usize, last: usize) -> (usize, usize) {
    let (mut start, mut end) = (first, last);
    // The learned spans are disjoint and sorted: the overlapping ones end the prefix of
    // those starting before `end`.
    let before = s.learned.partition_point(|l| l.0 < last);
    for &(a, b, kind) in s.learned[..before].iter().rev() {
        if b <= start {
            break;
        }
        if kind == EntityKind::Person {
            start = start.min(a);
            end = end.max(b);
        }
    }
    // Only over Han chars and dots (not into a gloss: 潘达（Ankit).
    let name_char = |k: &usize| is_han(s.chars[*k]) || s.chars[*k] == '·';
    let from = (start..first).rev().take_while(name_char).last().unwrap_or(first);
    let to = (last..end).take_while(name_char).last().map_or(last, |k| k + 1);
    (from, to)
}

/// Whether token `k` is a middle dot touching the tokens on both sides.
fn is_dot(tokens: &[Token], k: usize) -> bool {
    let t = &tokens[k];
    t.word == "·" && k > 0 && tokens.get(k + 1).is_some_and(|n| n.start == t.end) && tokens[k - 1].end == t.start
}

/// Whether token `t` can be one part of a transliterated name.
pub(super) fn part(s: &Scan<'_>, t: &Token) -> bool {
    let w = &s.chars[t.start..t.end];
    (1..=PART_MAX).contains(&w.len())
        && w.iter().all(|&c| is_han(c))
        && (t.pos.starts_with("nr") || t.pos == "x" || !t.known || all_translit(s, t))
        && !s.is_generic(t.start, t.end)
        && s.titles.at(t.start).is_none()
}

fn all_translit(s: &Scan<'_>, t: &Token) -> bool {
    s.chars[t.start..t.end].iter().all(|&c| s.lists.translit.contains(c))
}

/// The start of the first part: token `k`, with transliteration pieces before it; a
/// word the segmenter made up keeps only its transliteration tail (动画师克雷: 克雷).
fn glue_back(s: &Scan<'_>, k: usize) -> usize {
    let tokens = s.tokens;
    let t = &tokens[k];
    let end = t.end;
    if !t.known && !t.pos.starts_with("nr") {
        let tail = (t.start..end).rev().take_while(|&i| s.lists.translit.contains(s.chars[i])).last();
        if let Some(from) = tail.filter(|&from| from > t.start) {
            return from;
        }
    }
    let mut start = t.start;
    let mut j = k;
    while j > 0 {
        let p = &tokens[j - 1];
        if p.end != start || end - p.start > PART_MAX || !all_translit(s, p) || is_dot(tokens, j - 1) {
            break;
        }
        start = p.start;
        j -= 1;
    }
    start
}

/// The end of the last part: token `k`, with transliteration pieces after it.
fn glue_on(s: &Scan<'_>, k: usize) -> usize {
    let tokens = s.tokens;
    let start = tokens[k].start;
    let mut end = tokens[k].end;
    for n in &tokens[k + 1..] {
        if n.start != end || n.end - start > PART_MAX || !all_translit(s, n) {
            break;
        }
        end = n.end;
    }
    end
}
