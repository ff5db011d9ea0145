//! Companies named with their legal form: `有限公司`, `股份有限公司`, `有限责任公司` close a
//! company's full name, so the words before it belong to the name even when they are
//! common nouns (国家电力投资集团有限公司) or hold a region in parentheses
//! (某某（北京）网络技术有限公司, 德国某某（中国）投资有限公司). Without the legal form
//! the same words are a generic phrase, which is why only the legal form vouches for them.
use super::prelude::*;

/// At most this many words of the name before the legal form.
const MAX_WORDS: usize = 8;
/// At most this many chars of the name before the legal form.
const MAX_CHARS: usize = 20;

/// Name words + legal form.
pub(super) fn find(s: &Scan<'_>, cands: &mut Vec<Candidate>) {
    let text = s.text;
    let tokens = s.tokens;
    for (ti, t) in tokens.iter().enumerate() {
        if ti == 0 || has_any_at(text, t.start, legal_forms()).is_none() {
            continue;
        }
        let Some(end) = has_any_at(text, t.start, legal_forms()) else { continue };
        if let Some(first) = name_start(s, ti) {
            let start = tokens[first].start;
            cands.push(Candidate { start, end, kind: EntityKind::Organization, signal: Signal::Suffix, entry: None });
        }
    }
}

/// The first token of the name that ends right before token `ti` (the legal form), if
/// the words before it make one: proper names, new words, nouns and company words, a
/// region in parentheses after the first of them; at least one proper or new word, or
/// two words of four chars in all.
fn name_start(s: &Scan<'_>, ti: usize) -> Option<usize> {
    let tokens = s.tokens;
    let (mut k, mut first, mut words, mut chars, mut proper) = (ti, None, 0, 0, false);
    // Right after a region in parentheses: the brand before it may be any word (宏远/a).
    let mut brand = false;
    while k > 0 && words < MAX_WORDS {
        let p = &tokens[k - 1];
        if p.end != tokens[k].start {
            break;
        }
        // A region in parentheses inside the name: （北京）.
        let is = |t: &Token, c: char| t.end == t.start + 1 && s.chars[t.start] == c;
        if (is(p, '）') || is(p, ')'))
            && k >= 4
            && (is(&tokens[k - 3], '（') || is(&tokens[k - 3], '('))
            && is_place(s, &tokens[k - 2])
        {
            k -= 3;
            brand = true;
            continue;
        }
        let w = p.word.as_str();
        let fresh = !p.known && p.word.chars().count() >= 2 && p.word.chars().all(is_han);
        let han = p.word.chars().all(is_han);
        let name_word = is_proper(p)
            || fresh
            || is_common_noun(p)
            || COMPANY_WORDS.contains(&w)
            || p.pos == "eng"
            || (brand && han);
        let title = s.titles.at(p.start) == Some(p.end);
        if !name_word || title || RELATION_NOUNS.contains(&w) || s.after_demonstrative(p.start) {
            break;
        }
        chars += p.end - p.start;
        if chars > MAX_CHARS {
            break;
        }
        // The segmenter tags many new brand words as person names (宏远/nr): part of
        // the name here, but no proof of one.
        proper |= (is_proper(p) && !p.pos.starts_with("nr")) || fresh || (brand && han);
        brand = false;
        words += 1;
        k -= 1;
        first = Some(k);
    }
    let first = first?;
    // One generic word (公司, 市场) is no name.
    if words == 1 && s.is_generic(tokens[first].start, tokens[first].end) {
        return None;
    }
    (proper || (words >= 2 && chars >= 4)).then_some(first)
}

fn is_place(s: &Scan<'_>, t: &Token) -> bool {
    t.pos == "ns" || s.gaz.place_at(s.text, t.start, t.end)
}
