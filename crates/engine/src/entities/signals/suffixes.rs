//! Organizations named by a suffix: a proper name, perhaps with up to two common nouns,
//! followed by an organization suffix (台湾经济研究院, 北京邮电大学) or an industry word
//! (南芯半导体).
use super::prelude::*;

/// Proper name + organization suffix.
pub(super) fn find(s: &Scan<'_>, cands: &mut Vec<Candidate>) {
    let text = s.text;
    let tokens = s.tokens;
    let gaz = s.gaz;
    let generic = &s.generic;
    for (ti, t) in tokens.iter().enumerate() {
        if !s.may_name(t) {
            continue;
        }
        // Proper name (+ up to two common nouns) + organization suffix: 台湾经济研究院,
        // 北京邮电大学. The name must be a proper noun, so 科技咨询公司 is not an org.
        // Weak suffixes (科技, 半导体, 汽车) also follow places in generic phrases
        // (中国半导体, 美国科技), so with them the name must not be a place.
        let strong = has_any_at(text, t.end, org_suffixes()).filter(|&e| !text.norm_has_before(e, "科技"));
        let weak = has_any_at(text, t.end, industry_suffixes()).or_else(|| has_any_at(text, t.end, tech()));
        if let Some(end) = strong.or(weak) {
            let mut first = None;
            for back in 0..3 {
                let Some(k) = ti.checked_sub(back) else { break };
                let tk = &tokens[k];
                let place = tk.pos == "ns" || gaz.place_at(text, tk.start, tk.end);
                // A Han word new to the dictionary before a strong suffix (海澜/银行) is a
                // name too: jieba gives new words no POS without its 2.5 MB POS model.
                let fresh = !tk.known && tk.pos == "x" && tk.word.chars().count() >= 2 && tk.word.chars().all(is_han);
                let named = is_proper(tk) || (fresh && strong.is_some());
                if named && !generic.contains(tk.word.as_str()) && (strong.is_some() || !place) {
                    first = Some(k);
                    break;
                }
                if !is_common_noun(tk) {
                    break;
                }
            }
            // A place with a bare generic head (美国公司, 日本公司) names no company.
            if first == Some(ti) && s.place_with_generic_head(t.start, end) {
                continue;
            }
            if let Some(k) = first.filter(|&k| !GENERIC.contains(&text.norm_slice(tokens[k].start, end))) {
                cands.push(Candidate {
                    start: tokens[k].start,
                    end,
                    kind: EntityKind::Organization,
                    signal: Signal::Suffix,
                    entry: None,
                });
            }
        }
    }
}
