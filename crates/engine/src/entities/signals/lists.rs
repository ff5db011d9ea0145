//! Items of a list that ends in `等公司` (`大立光、稳懋，以及日本村田等公司`) are
//! organizations: every item between list separators, back to the start of the clause,
//! at most six items of two to eight characters.
use super::prelude::*;

/// List items before 等公司.
pub(super) fn find(s: &Scan<'_>, cands: &mut Vec<Candidate>) {
    let text = s.text;
    let tokens = s.tokens;
    let chars = &text.norm;
    // The candidates the items are checked against, indexed on first use (a scan of
    // every candidate per item was quadratic on long texts): gazetteer places by start,
    // in candidate order, and the spans of candidates stronger than a suffix, by start.
    // Items added here are neither, so the index stays exact as they are pushed.
    let mut index: Option<ListIndex> = None;
    for (ti, t) in tokens.iter().enumerate() {
        // The word read from the text (see the named events in `extract`).
        if text.norm_slice(t.start, t.end) != "等"
            || !LIST_ORG_NOUNS.iter().any(|w| tokens.get(ti + 1).is_some_and(|n| n.word == *w))
        {
            continue;
        }
        let mut items: Vec<(usize, usize)> = Vec::new();
        let mut end = skip_spaces_back(chars, t.start);
        let mut start = end;
        // Whether the walk stopped at a word that is no item; a list that opens the text
        // runs out of words instead, and its first item is still to be taken.
        let mut stopped = false;
        for k in (0..ti).rev() {
            let tk = &tokens[k];
            let w = tk.word.trim();
            if w.is_empty() {
                continue;
            }
            // `A、B，以及 C`: a comma continues the list only before 以及/及/和.
            let comma_joins = w == ","
                && tokens[k + 1..ti]
                    .iter()
                    .find(|n| !n.word.trim().is_empty())
                    .is_some_and(|n| matches!(n.word.as_str(), "以及" | "及" | "和"));
            let sep = matches!(w, "、" | "和" | "与" | "及" | "以及") || comma_joins;
            let word_ok = (tk.word.chars().all(is_han) || tk.pos == "eng")
                && !matches!(tk.pos.as_str(), "v" | "p" | "uj" | "c" | "r" | "d" | "m" | "q" | "u" | "ul" | "f");
            if sep || !word_ok || end - tk.start > 8 || items.len() >= 6 {
                if end > start {
                    items.push((start, end));
                }
                if !sep || items.len() >= 6 {
                    stopped = true;
                    break;
                }
                end = skip_spaces_back(chars, tk.start);
                start = end;
                continue;
            }
            start = tk.start;
        }
        if !stopped && end > start && items.len() < 6 {
            items.push((start, end));
        }
        if items.len() < 2 {
            continue;
        }
        let (places, strong, longest) = index.get_or_insert_with(|| {
            let mut places: HashMap<usize, Vec<usize>> = HashMap::new();
            let mut strong = Vec::new();
            for c in cands.iter() {
                if c.kind == EntityKind::Place && c.signal == Signal::Gazetteer {
                    places.entry(c.start).or_default().push(c.end);
                }
                if c.signal > Signal::Suffix {
                    strong.push((c.start, c.end));
                }
            }
            strong.sort_unstable();
            let longest = strong.iter().map(|&(s, e)| e.saturating_sub(s)).max().unwrap_or(0);
            (places, strong, longest)
        });
        for (mut s, e) in items {
            // A country before the company (日本村田) stays a place of its own.
            if let Some(&p_end) = places.get(&s).and_then(|ends| ends.iter().find(|&&pe| pe < e)) {
                s = p_end;
            }
            // Overlapping candidates start less than the longest one's length before `s`.
            let from = strong.partition_point(|&(cs, _)| cs + *longest <= s);
            let overlaps = strong[from..].iter().take_while(|&&(cs, _)| cs < e).any(|&(_, ce)| s < ce);
            if e - s >= 2 && !overlaps {
                cands.push(Candidate {
                    start: s,
                    end: e,
                    kind: EntityKind::Organization,
                    signal: Signal::Suffix,
                    entry: None,
                });
            }
        }
    }
}

/// [`list_items`]'s index: gazetteer places' ends by start, strong candidates' spans
/// sorted, and the longest of those spans.
type ListIndex = (HashMap<usize, Vec<usize>>, Vec<(usize, usize)>, usize);
