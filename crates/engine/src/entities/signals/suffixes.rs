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
                if !is_common_noun(tk) || RELATION_NOUNS.contains(&tk.word.as_str()) {
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

/// The first word of an organization name whose words start at token `k`, moved left
/// over the place names before it (巴拿马 + 海事局, 中国 + 远洋海运集团): a body or
/// company named after its place keeps it. Up to `nouns` common nouns (not a title) may
/// stand between the place and `k` (美国 + 国土 + 安全部); without a place before them
/// they stay out. A name that starts with a place (莫斯科大学) takes no second one.
pub(super) fn place_prefix(s: &Scan<'_>, k: usize, nouns: usize) -> usize {
    let tokens = s.tokens;
    let t = &tokens[k];
    if (t.start + 2..=t.end).any(|e| s.gaz.place_at(s.text, t.start, e)) {
        return k;
    }
    let (mut j, mut start, mut places, mut skipped) = (k, k, 0, 0);
    while j > 0 && places < 2 {
        let p = &tokens[j - 1];
        if p.end != tokens[j].start || !s.may_name(p) {
            break;
        }
        if p.pos == "ns" || s.gaz.place_at(s.text, p.start, p.end) {
            places += 1;
            start = j - 1;
        } else if places > 0 || skipped == nouns || !is_common_noun(p) || s.titles.at(p.start) == Some(p.end) {
            break;
        } else {
            skipped += 1;
        }
        j -= 1;
    }
    start
}
