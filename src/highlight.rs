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
    let cover = |list: &[(usize, usize, usize)], s: usize, e: usize| {
        list.iter().find(|&&(a, b, _)| a <= s && e <= b && a < b && b <= n).map(|&(_, _, i)| i)
    };
    cuts.windows(2)
        .filter(|w| w[0] < w[1])
        .map(|w| {
            let (s, e) = (w[0], w[1]);
            Segment {
                start: s,
                end: e,
                text: chars[s..e].iter().collect(),
                entity: cover(&ent, s, e),
                time: cover(&times, s, e),
                quantity: cover(&quants, s, e),
                claim: cover(&claims, s, e),
                mention_start: ent.iter().any(|&(a, b, _)| a == s && a < b && b <= n),
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
}
