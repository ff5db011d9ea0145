//! The learned tagger's mentions ([`crate::ner`]): names no rule knows (a person without
//! title, a company without suffix), less generic words, single characters and coined
//! terms in quotation marks.
use super::prelude::*;

/// Learned mentions.
pub(super) fn find(s: &Scan<'_>, cands: &mut Vec<Candidate>) {
    let chars = s.chars;
    let n = s.n;
    let tokens = s.tokens;
    let boundary = s.boundary;
    let surname = &s.surname;
    let generic = &s.generic;
    let is_generic = |a: usize, b: usize| s.is_generic(a, b);
    let spans = || s.spans();
    let learned = s.learned;
    let sounds_foreign = &s.lists.translit;
    let s_ = s;
    for &(s, e, ty) in learned {
        // A title in title marks (《神曲》, as some corpora tag works) is named inside them.
        let s = if e > s + 2 && chars[s] == '《' { s + 1 } else { s };
        let e = if e > s + 2 && chars[e - 1] == '》' { e - 1 } else { e };
        // Names are short: a tagged run longer than 24 chars is a tagging accident.
        if e <= s + 1 || e > n || e - s > 24 || is_generic(s, e) {
            continue;
        }
        // A mention may cut through a word the segmenter made up (its guess at a name
        // glued to a neighbour: 郝振宇说 read as one new word), never through a word the
        // dictionary knows (张晓/明确表示: 明确 stays whole, so the name is 张晓).
        let cuts_known_word = |p: usize| {
            !boundary[p] && {
                let k = spans().starting_before(p + 1).saturating_sub(1);
                tokens.get(k).is_some_and(|t| t.known)
            }
        };
        if cuts_known_word(s) || cuts_known_word(e) {
            continue;
        }
        // Names are letters: no quotes or punctuation inside (“初创公司).
        if !chars[s..e]
            .iter()
            .all(|&c| is_han(c) || c.is_ascii_alphanumeric() || matches!(c, '·' | ' ' | '&' | '.' | '-'))
        {
            continue;
        }
        // Listed places back to back (广东福建) are a list without its commas.
        if let Some(parts) = listed_places(s_, s, e) {
            cands.extend(parts);
            continue;
        }
        // A short word alone in quotation marks (「西进」) is a coined term, not a name.
        let quoted = s > 0
            && e < n
            && matches!(chars[s - 1], '「' | '“' | '『' | '"')
            && matches!(chars[e], '」' | '”' | '』' | '"');
        if quoted {
            continue;
        }
        let word: String = chars[s..e].iter().collect();
        if chars[s].is_ascii_alphanumeric() && word.split(' ').any(|w| !qualifies(w) && !latin_org_suffix(w)) {
            continue;
        }
        // A single dictionary word that jieba reads as a common word (麦克风, 西进) is
        // not a name, nor is a phrase opening with a generic word (全球半导体公司).
        let first_token = spans().starting_before(s);
        let inside: Vec<&Token> = tokens[first_token..].iter().take_while(|t| t.end <= e).collect();
        let common = |t: &Token| {
            t.known && !t.pos.starts_with("nr") && !matches!(t.pos.as_str(), "ns" | "nt" | "nz" | "eng" | "j")
        };
        if inside.len() == 1 && common(inside[0]) || inside.first().is_some_and(|t| generic.contains(t.word.as_str())) {
            continue;
        }
        // jieba's dictionary tags some common words as names (麦克风/nr): a known
        // dictionary word read as a person needs one of our surnames, or must sound
        // like a transliterated name (丘吉尔, 玛丽娜: ending in, and mostly made of, the
        // characters of transliterations).
        let translit = |t: &Token| {
            let w = &chars[t.start..t.end];
            let sounds = w.iter().filter(|&&c| sounds_foreign.contains(c)).count();
            t.pos.starts_with("nr") && w.len() >= 2 && sounds_foreign.contains(w[w.len() - 1]) && 2 * sounds >= w.len()
        };
        if ty == EntityKind::Person
            && inside.len() == 1
            && inside[0].known
            && surname[s].is_none()
            && !word.contains('·')
            && !translit(inside[0])
        {
            continue;
        }
        cands.push(Candidate { start: s, end: e, kind: ty, signal: Signal::Model, entry: None });
    }
}

/// `[start, end)` read as two or more places of the gazetteer and the place list back to
/// back (广东福建, 香港澳门): each one's candidate.
fn listed_places(s: &Scan<'_>, start: usize, end: usize) -> Option<Vec<Candidate>> {
    let mut parts = Vec::new();
    let mut at = start;
    while at < end {
        let (e, id) = s.gaz.name_at(s.text, at, |_, e| e <= end)?;
        if s.gaz.entries[id].kind != EntityKind::Place || e - at < 2 {
            return None;
        }
        parts.push(Candidate { start: at, end: e, kind: EntityKind::Place, signal: Signal::Model, entry: Some(id) });
        at = e;
    }
    (parts.len() >= 2).then_some(parts)
}
