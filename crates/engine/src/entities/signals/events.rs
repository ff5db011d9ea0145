//! Named events: a qualified phrase ending in an event word (世界人工智能大会,
//! 中国国际进口博览会, 第十五届全国运动会).
use super::prelude::*;

/// Named events.
pub(super) fn find(s: &Scan<'_>, cands: &mut Vec<Candidate>) {
    let text = s.text;
    let tokens = s.tokens;
    let generic = &s.generic;
    for (ti, t) in tokens.iter().enumerate() {
        // The word read from the text, not from the token: the text is read in order,
        // each token's own string would be a cache miss.
        let word = text.norm_slice(t.start, t.end);
        if !HAN_EVENT_ENDINGS.iter().any(|e| word.ends_with(e)) || !word.chars().all(is_han) {
            continue;
        }
        let mut start = t.start;
        let mut qualified = t.pos == "nz" && t.word.chars().count() > 3;
        for k in (0..ti).rev() {
            let tk = &tokens[k];
            if tk.end != start || t.end - tk.start > 14 {
                break;
            }
            let ordinal = tk.pos == "m" && (tk.word.starts_with('第') || tk.word.chars().all(|c| c.is_ascii_digit()));
            let ok = ordinal || matches!(tk.pos.as_str(), "n" | "nz" | "ns" | "nt" | "vn" | "j" | "nr" | "eng");
            if !ok || generic.contains(tk.word.as_str()) && !EVENT_QUALIFIERS.contains(&tk.word.as_str()) {
                break;
            }
            qualified |= ordinal || is_proper(tk) || EVENT_QUALIFIERS.contains(&tk.word.as_str());
            start = tk.start;
        }
        if qualified && t.end - start >= 3 {
            cands.push(Candidate { start, end: t.end, kind: EntityKind::Event, signal: Signal::Suffix, entry: None });
        }
    }
}
