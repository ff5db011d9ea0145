//! A Chinese rendering right before a Latin name in parentheses is the same referent:
//! `高级分析师赛格（Ahsel Sag）`, `美国科技咨询公司（Moor Insights & Strategy）`. The pair
//! takes its kind from the Chinese side where that side says it (an organization or
//! place ending, the learned tagger), and the Latin gloss follows: two capitalized
//! words are a person only by default, `某某公司（Gilead Sciences）` is a company.
use super::prelude::*;

/// Chinese renderings before parenthesized Latin names.
pub(super) fn find(s: &Scan<'_>, cands: &mut Vec<Candidate>) {
    let chars = s.chars;
    let tokens = s.tokens;
    let spans = || s.spans();
    let titles = &s.titles;
    let latin: Vec<Candidate> = cands.iter().filter(|c| c.signal == Signal::Latin).cloned().collect();
    // Gazetteer candidates by start, in candidate order (all were found in the first pass).
    let mut gazetteer_at: HashMap<usize, Vec<usize>> = HashMap::new();
    for (k, g) in cands.iter().enumerate().filter(|(_, g)| g.signal == Signal::Gazetteer) {
        gazetteer_at.entry(g.start).or_default().push(k);
    }
    for c in &latin {
        let open = skip_spaces_back(chars, c.start);
        if open == 0 || chars[open - 1] != '(' || chars.get(skip_spaces(chars, c.end)) != Some(&')') {
            continue;
        }
        let end = skip_spaces_back(chars, open - 1);
        // A person's rendering is short; an organization's, as its ending says, is not.
        let org_ending = end > 1 && has_any_before(s.text, end, ORG_SUFFIXES);
        let mut limit = if c.kind == EntityKind::Person && !org_ending { 4 } else { 10 };
        let mut start = end;
        let mut dotted = false;
        for t in tokens[..spans().ending_by(end)].iter().rev() {
            // A transliteration's parts joined by middle dots (约翰·柯比尔) are one name:
            // each dot allows one more part, and past a dot only name parts go on.
            let dot = t.word == "·" && t.start > 0 && is_han(chars[t.start - 1]);
            if dot {
                limit += 5;
                dotted = true;
            } else if dotted && !super::dotted::part(s, t) {
                break;
            }
            let han = dot || t.word.chars().all(is_han);
            let stop = !han
                || t.pos == "nnt"
                || RELATION_NOUNS.contains(&t.word.as_str())
                || titles.ending(t.end).is_some()
                || matches!(t.pos.as_str(), "v" | "p" | "uj" | "c" | "r" | "d" | "m" | "q" | "u" | "ul")
                || (end - t.start > limit && !long_transliteration(s, t.start, end))
                || t.end != start;
            if stop {
                break;
            }
            start = t.start;
        }
        // A place at the front (美国科技咨询公司) stays its own mention.
        let front = gazetteer_at.get(&start).and_then(|ks| ks.iter().map(|&k| &cands[k]).find(|g| g.end < end));
        if let Some(g) = front {
            if g.kind == EntityKind::Place {
                start = g.end;
            }
        }
        if end > start && (c.kind != EntityKind::Person || end - start >= 2) {
            let kind = rendering_kind(s, start, end).unwrap_or(c.kind);
            if kind != c.kind {
                let gloss =
                    cands.iter_mut().find(|g| g.signal == Signal::Latin && (g.start, g.end) == (c.start, c.end));
                if let Some(g) = gloss {
                    g.kind = kind;
                }
            }
            cands.push(Candidate { start, end, kind, signal: Signal::Latin, entry: None });
        }
    }
}

/// Whether `[start, end)` is a transliteration longer than most (乌尔迪内斯): up to six
/// transliteration characters.
fn long_transliteration(s: &Scan<'_>, start: usize, end: usize) -> bool {
    end - start <= 6 && s.chars[start..end].iter().all(|&c| s.lists.translit.contains(c))
}

/// The kind the Chinese rendering `[start, end)` says of itself: an organization
/// ending (公司, 法院, 局), a place ending (州, 港), a middle dot (a person), else the
/// learned tagger's kind for exactly that span.
fn rendering_kind(s: &Scan<'_>, start: usize, end: usize) -> Option<EntityKind> {
    let last = s.chars[end - 1];
    if has_any_before(s.text, end, ORG_SUFFIXES) || (end - start >= 3 && s.lists.org_end.contains(last)) {
        return Some(EntityKind::Organization);
    }
    if end - start >= 3 && PLACE_SUFFIXES.contains(&last) {
        return Some(EntityKind::Place);
    }
    // Parts joined by a middle dot (玛格丽特·奥尼尔) are a person's transliterated name.
    if s.chars[start..end].contains(&'·') {
        return Some(EntityKind::Person);
    }
    s.learned.iter().find(|&&(a, b, _)| (a, b) == (start, end)).map(|&(_, _, k)| k)
}
