//! A stock ticker in parentheses (`Rockwell Collins(COL.N)`, `武田药品工业(4502.T)`)
//! follows a listed company: the name before it is an organization.
use super::prelude::*;

/// Names before tickers.
pub(super) fn find(s: &Scan<'_>, cands: &mut Vec<Candidate>) {
    let chars = s.chars;
    let tokens = s.tokens;
    let n = s.n;
    let spans = || s.spans();
    let mut latin_ending: HashMap<usize, usize> = HashMap::new();
    for (k, c) in cands.iter().enumerate().filter(|(_, c)| c.signal == Signal::Latin) {
        latin_ending.entry(c.end).or_insert(k);
    }
    for i in 0..n {
        if chars[i] != '(' {
            continue;
        }
        let Some(we) = latin_word(chars, i + 1) else { continue };
        let word: String = chars[i + 1..we].iter().collect();
        if !is_ticker(&word) || chars.get(we) != Some(&')') {
            continue;
        }
        let end = skip_spaces_back(chars, i);
        if let Some(&k) = latin_ending.get(&end) {
            cands[k].kind = EntityKind::Organization;
            continue;
        }
        let mut start = end;
        let mut back = tokens[..spans().ending_by(end)].iter().rev().peekable();
        while let Some(t) = back.next() {
            if t.end != start || !t.word.chars().all(is_han) || end - t.start > 8 {
                break;
            }
            let proper = |t: &Token| is_proper(t) && !GENERIC.contains(&t.word.as_str());
            // A common noun (制药) belongs to the name when a name or a word new to the
            // dictionary (the segmenter's guess at a name, 蓝溪) precedes it.
            let keep =
                proper(t) || !t.known || (is_common_noun(t) && back.peek().is_some_and(|p| proper(p) || !p.known));
            if !keep {
                break;
            }
            start = t.start;
        }
        if end > start + 1 {
            cands.push(Candidate { start, end, kind: EntityKind::Organization, signal: Signal::Suffix, entry: None });
        }
    }
}
