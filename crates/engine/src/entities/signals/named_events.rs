//! Named events the phrase-ending rule (`events.rs`) cannot see, because their names do
//! not end in an event word: storms named after their kind (台风“海葵”, 強颱風「蘇拉」,
//! 飓风Ian), party congresses and plenums by their ordinal (党的二十大, 十八大以来,
//! 十九届六中全会), and incidents named by a date (911事件, 元朗721事件, 5·12汶川地震).
//! Each scans the normalized chars (jieba splits these names unreliably: 二十大类 is
//! read 二十大 + 类), with the word lists in `lexicon.rs`.
use super::prelude::*;

/// A storm's name after (or before) its kind: in quotes, or an unknown or proper word.
pub(super) fn storms(s: &Scan<'_>, cands: &mut Vec<Candidate>) {
    let chars = s.chars;
    // Most positions start no storm word: one comparison per word's first char, no
    // decoding of the words there.
    let firsts: Vec<char> = STORM_WORDS.iter().filter_map(|w| w.chars().next()).collect();
    let mut i = 0;
    while i < s.n {
        if !firsts.contains(&chars[i]) {
            i += 1;
            continue;
        }
        // Longest first.
        let Some(word) = STORM_WORDS.iter().find(|w| starts_with_word(chars, i, w)) else {
            i += 1;
            continue;
        };
        let end = i + word.chars().count();
        if let Some((a, b)) = quoted_after(chars, end).or_else(|| word_after(s, end)) {
            push(cands, a, b);
        } else if let Some((a, b)) = quoted_before(chars, i) {
            push(cands, a, b);
        }
        i = end;
    }
}

/// Party congresses by ordinal (二十大, 党的十八大) and plenums (十九届六中全会).
pub(super) fn congresses(s: &Scan<'_>, cands: &mut Vec<Candidate>) {
    let chars = s.chars;
    for i in 0..s.n {
        // 十九届六中全会: numeral 届 numeral 中全会.
        if chars[i] == '届' {
            let from = numeral_start(chars, i);
            let after = numeral_end(chars, i + 1);
            if from < i && after > i + 1 && starts_with_word(chars, after, "中全会") {
                push(cands, party_prefix(chars, from), after + 3);
            }
        }
        // 二十大: a numeral from 十一 to 二十九, 大, and a party prefix or a usual follower.
        if chars[i] == '大' && i >= 2 {
            let from = numeral_start(chars, i);
            let numeral: String = chars[from..i].iter().collect();
            // 十一…十九, 二十, 二十一…二十九 (not 三十大寿).
            let ordinal = match i - from {
                2 => chars[from] == '十' || numeral == "二十",
                3 => numeral.starts_with("二十"),
                _ => false,
            };
            if !ordinal {
                continue;
            }
            if from > 0 && (is_numeral(chars[from - 1]) || chars[from - 1] == '第') {
                continue;
            }
            let start = party_prefix(chars, from);
            if start < from || CONGRESS_FOLLOWERS.iter().any(|f| starts_with_word(chars, i + 1, f)) {
                push(cands, start, i + 1);
            }
        }
    }
}

/// Incidents named by a date: digits (911, 721, 7.21, 5·12) or a numeral-only word
/// (九一八) before an incident word, with a place before the date kept (元朗721事件).
pub(super) fn incidents(s: &Scan<'_>, cands: &mut Vec<Candidate>) {
    let tokens = s.tokens;
    for (ti, t) in tokens.iter().enumerate() {
        let word = s.text.norm_slice(t.start, t.end);
        let Some(head) = INCIDENT_WORDS.iter().find(|w| word.ends_with(**w)) else { continue };
        let head_len = head.chars().count();
        let own = &s.chars[t.start..t.end - head_len];
        // The date inside the word (九一八事变) or in the tokens before it (911 + 事件).
        let mut start = t.start;
        if own.is_empty() {
            let mut k = ti;
            while k > 0 && tokens[k - 1].end == start && is_date_piece(&s.chars[tokens[k - 1].start..tokens[k - 1].end])
            {
                k -= 1;
                start = tokens[k].start;
            }
            // A place between the date and the word (5·12 汶川 地震) or before the date.
            if start == t.start && ti > 0 && tokens[ti - 1].pos == "ns" && tokens[ti - 1].end == t.start {
                let p = &tokens[ti - 1];
                let mut k = ti - 1;
                let mut d = p.start;
                while k > 0 && tokens[k - 1].end == d && is_date_piece(&s.chars[tokens[k - 1].start..tokens[k - 1].end])
                {
                    k -= 1;
                    d = tokens[k].start;
                }
                start = if d < p.start { d } else { t.start };
            }
        } else if !is_date_word(own) {
            continue;
        }
        if !has_date(&s.chars[start..t.end - head_len]) {
            continue;
        }
        if let Some(p) = tokens[..ti].iter().rev().find(|p| p.end == start) {
            if p.pos == "ns" || s.gaz.place_at(s.text, p.start, p.end) {
                start = p.start;
            }
        }
        push(cands, start, t.end);
    }
}

fn push(cands: &mut Vec<Candidate>, start: usize, end: usize) {
    cands.push(Candidate { start, end, kind: EntityKind::Event, signal: Signal::Suffix, entry: None });
}

fn starts_with_word(chars: &[char], i: usize, w: &str) -> bool {
    w.chars().enumerate().all(|(k, c)| chars.get(i + k) == Some(&c))
}

/// A name of 2–6 chars in quote marks right after `i`: its span without the marks.
fn quoted_after(chars: &[char], i: usize) -> Option<(usize, usize)> {
    let close = closing(*chars.get(i)?)?;
    let end = (i + 1..(i + 8).min(chars.len())).find(|&k| chars[k] == close)?;
    (end - i > 2).then_some((i + 1, end))
}

/// A name of 2–6 chars in quote marks ending right before `i`.
fn quoted_before(chars: &[char], i: usize) -> Option<(usize, usize)> {
    let close = *chars.get(i.checked_sub(1)?)?;
    let start = (i.saturating_sub(8)..i - 1).rev().find(|&k| closing(chars[k]) == Some(close))?;
    (i - start > 3).then_some((start + 1, i - 1))
}

fn closing(open: char) -> Option<char> {
    match open {
        '「' => Some('」'),
        '“' => Some('”'),
        '『' => Some('』'),
        '"' => Some('"'),
        _ => None,
    }
}

/// An unknown or proper word of 2–4 Chinese chars, or a Latin word, right after `i`.
fn word_after(s: &Scan<'_>, i: usize) -> Option<(usize, usize)> {
    let k = s.tokens.partition_point(|t| t.start < i);
    let t = s.tokens.get(k).filter(|t| t.start == i)?;
    let w = &s.chars[t.start..t.end];
    let han = (2..=4).contains(&w.len()) && w.iter().all(|&c| is_han(c)) && (!t.known || is_proper(t));
    let latin = w.len() >= 3 && w[0].is_ascii_uppercase() && w.iter().all(|c| c.is_ascii_alphabetic());
    (han && !s.is_generic(t.start, t.end) || latin).then_some((t.start, t.end))
}

fn is_numeral(c: char) -> bool {
    "一二三四五六七八九十".contains(c)
}

/// Where the run of numerals ending at `end` starts.
fn numeral_start(chars: &[char], end: usize) -> usize {
    let mut k = end;
    while k > 0 && is_numeral(chars[k - 1]) {
        k -= 1;
    }
    k
}

fn numeral_end(chars: &[char], start: usize) -> usize {
    let mut k = start;
    while k < chars.len() && is_numeral(chars[k]) {
        k += 1;
    }
    k
}

/// The start of a party prefix (党的, 中共, 中国共产党) before `i`, or `i`.
fn party_prefix(chars: &[char], i: usize) -> usize {
    PARTY_PREFIXES
        .iter()
        .map(|p| (p, p.chars().count()))
        .find(|&(p, l)| i >= l && starts_with_word(chars, i - l, p))
        .map_or(i, |(_, l)| i - l)
}

/// A token that can be part of a date name: digits, or digits and a dot (7.21, 5·12).
fn is_date_piece(w: &[char]) -> bool {
    !w.is_empty() && w.iter().all(|&c| c.is_ascii_digit() || c == '.' || c == '·' || c == '・')
}

/// A numeral-only word of 2–4 chars (九一八, 六四).
fn is_date_word(w: &[char]) -> bool {
    (2..=4).contains(&w.len()) && w.iter().all(|&c| is_numeral(c) || c == '〇')
}

/// Whether a date name has three digits or a dot between digits (not 3 起 or 2): a
/// date, not a count.
fn has_date(w: &[char]) -> bool {
    let digits = w.iter().filter(|c| c.is_ascii_digit()).count();
    let numerals = w.iter().filter(|&&c| is_numeral(c)).count();
    digits >= 3 || digits >= 2 && w.iter().any(|&c| c == '.' || c == '·' || c == '・') || numerals >= 2
}
