//! A Chinese rendering right before a Latin name in parentheses is the same referent:
//! `高级分析师赛格（Ahsel Sag）`, `美国科技咨询公司（Moor Insights & Strategy）`.
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
        let limit = if c.kind == EntityKind::Person { 4 } else { 10 };
        let mut start = end;
        for t in tokens[..spans().ending_by(end)].iter().rev() {
            let han = t.word.chars().all(is_han);
            let stop = !han
                || t.pos == "nnt"
                || titles.ending(t.end).is_some()
                || matches!(t.pos.as_str(), "v" | "p" | "uj" | "c" | "r" | "d" | "m" | "q" | "x" | "u" | "ul")
                || end - t.start > limit
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
            cands.push(Candidate { start, end, kind: c.kind, signal: Signal::Latin, entry: None });
        }
    }
}
