//! Segmentation: jieba-rs words with POS tags and char offsets into the original text.

use crate::text::Text;
use jieba_rs::Jieba;
use serde::{Deserialize, Serialize};

/// One word of the segmentation. Offsets are char indices into the original text;
/// `word` is the normalized (Simplified, half-width) form the segmenter saw.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub word: String,
    /// jieba's POS tag (`nr` person name, `ns` place, `nt` organization, `v` verb, `x` other…).
    pub pos: String,
    /// Whether the word is in the dictionary (false: found by the HMM, often a new name).
    pub known: bool,
}

/// Segments the normalized text. The tokens cover the text without gaps.
pub fn segment(jieba: &Jieba, text: &Text<'_>) -> Vec<Token> {
    jieba
        .tag(&text.norm_string, true)
        .into_iter()
        .map(|t| Token {
            start: t.start,
            end: t.end,
            word: t.word.to_string(),
            pos: t.tag.to_string(),
            known: jieba.has_word(t.word),
        })
        .collect()
}

/// Sentence spans: a sentence ends after `。！？!?` (with any closing quotes that follow),
/// or at a line break. Whitespace between sentences belongs to no sentence.
pub fn sentences(text: &Text<'_>) -> Vec<(usize, usize)> {
    let n = text.norm.len();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    let mut depth: i32 = 0;
    while i < n {
        let c = text.norm[i];
        match c {
            '“' | '「' | '『' => depth += 1,
            '”' | '」' | '』' => depth = (depth - 1).max(0),
            _ => {}
        }
        let hard = c == '\n' || c == '\r';
        let soft = matches!(c, '。' | '!' | '?' | '！' | '？') && depth == 0;
        if hard || soft {
            let mut end = if hard { i } else { i + 1 };
            if soft {
                while end < n && matches!(text.norm[end], '”' | '」' | '』' | '"' | ')') {
                    end += 1;
                }
            }
            push_trimmed(text, start, end, &mut out);
            start = end.max(i + 1);
            i = start;
            depth = 0;
            continue;
        }
        i += 1;
    }
    push_trimmed(text, start, n, &mut out);
    out
}

fn push_trimmed(text: &Text<'_>, mut s: usize, mut e: usize, out: &mut Vec<(usize, usize)>) {
    while s < e && text.norm[s].is_whitespace() {
        s += 1;
    }
    while e > s && text.norm[e - 1].is_whitespace() {
        e -= 1;
    }
    if e > s {
        out.push((s, e));
    }
}
