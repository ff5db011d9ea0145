//! Highlight segments for the article view: the analyzed text cut at every span
//! boundary, each piece knowing which entity mention, time, figure and claim cover it.
//! Overlaps are kept — a quotation that contains names is both a claim and entities.

use newslens_engine::Analysis;

/// A piece of the text (char offsets `[start, end)`) and what covers it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Segment {
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// Entity index (into `analysis.entities`) of the mention covering the piece.
    pub entity: Option<usize>,
    pub time: Option<usize>,
    pub quantity: Option<usize>,
    pub claim: Option<usize>,
    /// Whether an entity mention starts here (one per mention, for counting and links).
    pub mention_start: bool,
}

/// Cuts `text` (the text the analysis was made from) into segments.
pub fn segments(text: &str, a: &Analysis) -> Vec<Segment> {
    let chars: Vec<char> = text.chars().collect();
    segments_of(&chars, a)
}

/// Cuts `chars` into segments. Every span boundary is a cut, so a segment lies wholly
/// inside or outside each span: each span marks the segments it covers (found by
/// binary search), which keeps this linear in the text and the spans — a long text
/// has tens of thousands of both.
pub fn segments_of(chars: &[char], a: &Analysis) -> Vec<Segment> {
    let n = chars.len();
    let mut cuts = vec![0, n];
    let mut ent: Vec<(usize, usize, usize)> = Vec::new();
    for (ei, e) in a.entities.iter().enumerate() {
        for m in &e.mentions {
            ent.push((m.start, m.end, ei));
        }
    }
    let times: Vec<(usize, usize, usize)> = a.times.iter().enumerate().map(|(i, t)| (t.start, t.end, i)).collect();
    let quants: Vec<(usize, usize, usize)> =
        a.quantities.iter().enumerate().map(|(i, q)| (q.start, q.end, i)).collect();
    let claims: Vec<(usize, usize, usize)> = a.claims.iter().enumerate().map(|(i, c)| (c.start, c.end, i)).collect();
    for &(s, e, _) in ent.iter().chain(&times).chain(&quants).chain(&claims) {
        if s < e && e <= n {
            cuts.push(s);
            cuts.push(e);
        }
    }
    // Event sentences start a segment, so the timeline can link to them.
    cuts.extend(a.events.iter().map(|ev| ev.start).filter(|&s| s <= n));
    cuts.sort_unstable();
    cuts.dedup();
    // Segment k is [cuts[k], cuts[k + 1]).
    let count = cuts.len().saturating_sub(1);
    // The first span of `list` (in list order) covering each segment.
    let mark = |list: &[(usize, usize, usize)]| -> Vec<Option<usize>> {
        let mut out = vec![None; count];
        for &(s, e, i) in list {
            if s >= e || e > n {
                continue;
            }
            let mut k = cuts.partition_point(|&c| c < s);
            while k < count && cuts[k + 1] <= e {
                if out[k].is_none() {
                    out[k] = Some(i);
                }
                k += 1;
            }
        }
        out
    };
    let (ent_at, time_at, quant_at, claim_at) = (mark(&ent), mark(&times), mark(&quants), mark(&claims));
    let starts: std::collections::HashSet<usize> =
        ent.iter().filter(|&&(a, b, _)| a < b && b <= n).map(|&(a, _, _)| a).collect();
    (0..count)
        .filter(|&k| cuts[k] < cuts[k + 1])
        .map(|k| {
            let (s, e) = (cuts[k], cuts[k + 1]);
            Segment {
                start: s,
                end: e,
                text: chars[s..e].iter().collect(),
                entity: ent_at[k],
                time: time_at[k],
                quantity: quant_at[k],
                claim: claim_at[k],
                mention_start: starts.contains(&s),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use newslens_engine::{Analyzer, Config, Date, Document};

    #[test]
    fn segments_cover_the_text_and_keep_overlaps() {
        let text = "「亞馬遜會贏，」分析師 Josh Beck 週四表示。😀";
        let a = Analyzer::new(Config::default()).analyze(&Document { text, reference_date: Date::parse("2025-10-24") });
        let segs = segments(text, &a);
        assert_eq!(segs.iter().map(|s| s.text.as_str()).collect::<String>(), text);
        assert!(segs.windows(2).all(|w| w[0].end == w[1].start));
        let amazon = segs.iter().find(|s| s.text == "亞馬遜").expect("亞馬遜 is its own segment");
        assert!(amazon.entity.is_some() && amazon.claim.is_some(), "{amazon:?}");
        assert!(segs.iter().any(|s| s.time.is_some() && s.text == "週四"));
    }

    /// The first span of `list` covering `[s, e)`: the definition the marking
    /// implements without a scan per segment.
    fn naive(list: &[(usize, usize)], s: usize, e: usize) -> Option<usize> {
        list.iter().position(|&(a, b)| a <= s && e <= b && a < b)
    }

    #[test]
    fn marking_equals_the_first_covering_span() {
        let text =
            "據知情人士透露，台積電去年9月曾與輝達洽談合作。「亞馬遜會贏，」分析師 Josh Beck 週四表示，營收成長 12%。"
                .repeat(5);
        let a = Analyzer::new(Config::default())
            .analyze(&Document { text: &text, reference_date: Date::parse("2025-10-24") });
        let ents: Vec<(usize, usize)> =
            a.entities.iter().flat_map(|e| e.mentions.iter().map(|m| (m.start, m.end))).collect();
        let owner: Vec<usize> =
            a.entities.iter().enumerate().flat_map(|(i, e)| e.mentions.iter().map(move |_| i)).collect();
        let claims: Vec<(usize, usize)> = a.claims.iter().map(|c| (c.start, c.end)).collect();
        let times: Vec<(usize, usize)> = a.times.iter().map(|t| (t.start, t.end)).collect();
        let segs = segments(&text, &a);
        assert!(segs.len() > 40);
        for sg in &segs {
            assert_eq!(sg.entity, naive(&ents, sg.start, sg.end).map(|k| owner[k]), "{sg:?}");
            assert_eq!(sg.claim, naive(&claims, sg.start, sg.end));
            assert_eq!(sg.time, naive(&times, sg.start, sg.end));
        }
    }
}
