//! Highlight segments for the article view: the analyzed text cut at every span
//! boundary, each piece knowing which entity mention, time, figure and claim cover it.
//! Overlaps are kept — a quotation that contains names is both a claim and entities.
//! A piece also knows how its entity mention refers to the entity (by name, or by a
//! title or pronoun the engine's reference step linked to it), so the view can draw
//! references apart from names.

use newslens_engine::{Analysis, MentionKind};

/// A piece of the text (char offsets `[start, end)`) and what covers it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Segment {
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// Entity index (into `analysis.entities`) of the mention covering the piece.
    pub entity: Option<usize>,
    /// How that mention refers to the entity (`Name` when no mention covers the piece).
    pub mention: MentionKind,
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
    // Mentions in entity order, each with its index into `owners`: (entity, kind).
    let mut ent: Vec<(usize, usize, usize)> = Vec::new();
    let mut owners: Vec<(usize, MentionKind)> = Vec::new();
    for (ei, e) in a.entities.iter().enumerate() {
        for m in &e.mentions {
            ent.push((m.start, m.end, owners.len()));
            owners.push((ei, m.kind));
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
    // Line ends end a segment, so the view can be cut into blocks at them.
    cuts.extend(chars.iter().enumerate().filter(|(_, &c)| c == '\n').map(|(i, _)| i + 1));
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
            let owner = ent_at[k].and_then(|m| owners.get(m)).copied();
            Segment {
                start: s,
                end: e,
                text: chars[s..e].iter().collect(),
                entity: owner.map(|(ei, _)| ei),
                mention: owner.map_or(MentionKind::Name, |(_, kind)| kind),
                time: time_at[k],
                quantity: quant_at[k],
                claim: claim_at[k],
                mention_start: starts.contains(&s),
            }
        })
        .collect()
}

/// The classes of a highlighted segment's `<mark>`: `hl`; for an entity mention `ent`
/// and the entity's kind (its colour), plus `ref` when the mention is a title or pronoun
/// linked to the entity rather than its name (drawn apart, in the same colour); `tm`,
/// `fig`, `cl` (`quoted`) for a time, figure or claim; `selected` on the mentions of
/// the selected actor (`selected`: its id), names and references alike, and `dim` on
/// the other entities' mentions while one is selected.
pub fn mark_classes(s: &Segment, a: &Analysis, selected: Option<&str>) -> Vec<&'static str> {
    let mut out = vec!["hl"];
    let ent = s.entity.and_then(|ei| a.entities.get(ei));
    if let Some(e) = ent {
        out.extend(["ent", e.kind.as_str()]);
        if s.mention != MentionKind::Name {
            out.push("ref");
        }
        out.push(match selected {
            Some(id) if id == e.id => "selected",
            Some(_) => "dim",
            None => "",
        });
    }
    if s.time.is_some() {
        out.push("tm");
    }
    if s.quantity.is_some() {
        out.push("fig");
    }
    if let Some(c) = s.claim.and_then(|ci| a.claims.get(ci)) {
        out.extend(if c.quoted { ["cl", "quoted"] } else { ["cl", ""] });
    }
    out.retain(|c| !c.is_empty());
    out
}

/// Cuts segments into blocks of about `target` chars for the article view, each block
/// ending at a line end (so blocks stack like the paragraphs they hold): a block closes
/// after a segment that ends a line once it holds `target` chars; a text without line
/// ends closes blocks after a sentence end past `4 × target` chars, or anywhere past
/// `8 × target`. Blocks are ranges of segment indices, in order, covering all.
pub fn blocks(segs: &[Segment], target: usize) -> Vec<std::ops::Range<usize>> {
    let target = target.max(1);
    let mut out = Vec::new();
    let (mut from, mut chars) = (0, 0);
    for (i, s) in segs.iter().enumerate() {
        chars += s.end - s.start;
        let last = s.text.chars().last();
        let close = (chars >= target && last == Some('\n'))
            || (chars >= 4 * target && matches!(last, Some('。' | '！' | '？' | '.' | '!' | '?')))
            || chars >= 8 * target;
        if close {
            out.push(from..i + 1);
            (from, chars) = (i + 1, 0);
        }
    }
    if from < segs.len() {
        out.push(from..segs.len());
    }
    out
}

/// Cuts plain text into blocks the way [`blocks`] cuts segments: at the first line end
/// past `target` chars, else after a sentence end past `4 × target`, else at
/// `8 × target`. Returns each block's first char offset (`offset` for the first) and
/// its text.
pub fn text_blocks(text: &str, offset: usize, target: usize) -> Vec<(usize, String)> {
    let target = target.max(1);
    let mut out = Vec::new();
    let (mut start, mut current, mut chars) = (offset, String::new(), 0);
    for c in text.chars() {
        current.push(c);
        chars += 1;
        if (chars >= target && c == '\n')
            || (chars >= 4 * target && matches!(c, '。' | '！' | '？' | '.' | '!' | '?'))
            || chars >= 8 * target
        {
            out.push((start, std::mem::take(&mut current)));
            start += chars;
            chars = 0;
        }
    }
    if !current.is_empty() {
        out.push((start, current));
    }
    out
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
        let owner: Vec<(usize, MentionKind)> =
            a.entities.iter().enumerate().flat_map(|(i, e)| e.mentions.iter().map(move |m| (i, m.kind))).collect();
        let claims: Vec<(usize, usize)> = a.claims.iter().map(|c| (c.start, c.end)).collect();
        let times: Vec<(usize, usize)> = a.times.iter().map(|t| (t.start, t.end)).collect();
        let segs = segments(&text, &a);
        assert!(segs.len() > 40);
        for sg in &segs {
            let mention = naive(&ents, sg.start, sg.end).map(|k| owner[k]);
            assert_eq!(sg.entity, mention.map(|(i, _)| i), "{sg:?}");
            assert_eq!(sg.mention, mention.map_or(MentionKind::Name, |(_, kind)| kind), "{sg:?}");
            assert_eq!(sg.claim, naive(&claims, sg.start, sg.end));
            assert_eq!(sg.time, naive(&times, sg.start, sg.end));
        }
    }

    /// A made-up article in which the engine links a title (總統), a pronoun (他) and
    /// an organization reference (該公司) to the entities they stand for.
    const REFERENCES: &str = "海嶼共和國總統林振宇今天在記者會上表示，政府將在明年推出新的能源計畫。\n\
        總統指出，這項計畫將投入300億元，興建三座離岸風場。\n他強調，政府不會因此提高電價。\n\
        負責興建的星海能源公司也發出聲明。該公司表示，第一座風場將在2027年完工。\n";

    #[test]
    fn references_are_marked_apart_from_names_in_their_entity_colour() {
        let a = Analyzer::new(Config::default()).analyze(&Document { text: REFERENCES, reference_date: None });
        let segs = segments(REFERENCES, &a);
        let mut seen = std::collections::HashSet::new();
        for s in segs.iter().filter(|s| s.entity.is_some()) {
            let classes = mark_classes(s, &a, None);
            let kind = s.entity.map(|ei| a.entities[ei].kind.as_str());
            assert!(kind.is_some_and(|k| classes.contains(&k)), "{s:?} {classes:?}");
            assert_eq!(classes.contains(&"ref"), s.mention != MentionKind::Name, "{s:?} {classes:?}");
            seen.insert(s.mention);
        }
        assert_eq!(seen.len(), MentionKind::ALL.len(), "names, titles and pronouns: {seen:?}");
        let plain = Segment { time: Some(0), ..Segment::default() };
        assert_eq!(mark_classes(&plain, &a, None), ["hl", "tm"]);
    }

    #[test]
    fn selecting_an_actor_marks_its_names_and_references_and_dims_the_rest() {
        let a = Analyzer::new(Config::default()).analyze(&Document { text: REFERENCES, reference_date: None });
        let segs = segments(REFERENCES, &a);
        let referred = a.entities.iter().position(|e| e.mentions.iter().any(|m| m.kind == MentionKind::Pronoun));
        let Some(ei) = referred else { panic!("no pronoun linked: {:?}", a.entities) };
        let id = a.entities[ei].id.as_str();
        let own: Vec<&Segment> = segs.iter().filter(|s| s.entity == Some(ei)).collect();
        assert!(
            own.iter().any(|s| s.mention == MentionKind::Name) && own.iter().any(|s| s.mention != MentionKind::Name)
        );
        for s in segs.iter().filter(|s| s.entity.is_some()) {
            let classes = mark_classes(s, &a, Some(id));
            let mine = s.entity == Some(ei);
            assert_eq!((classes.contains(&"selected"), classes.contains(&"dim")), (mine, !mine), "{s:?}");
        }
    }

    #[test]
    fn blocks_end_at_line_ends_and_cover_every_segment() {
        let para = "台積電週一表示，今年營收將成長 12%。分析師 Josh Beck 說：「需求仍強。」\n";
        let text = para.repeat(40) + "最後一段沒有換行";
        let a = Analyzer::new(Config::default())
            .analyze(&Document { text: &text, reference_date: Date::parse("2025-10-24") });
        let segs = segments(&text, &a);
        assert!(segs.iter().all(|s| !s.text.trim_end_matches('\n').contains('\n')), "a line end ends its segment");
        let bs = blocks(&segs, 200);
        assert!(bs.len() >= 8, "{} blocks", bs.len());
        assert_eq!(bs.first().map(|b| b.start), Some(0));
        assert!(bs.windows(2).all(|w| w[0].end == w[1].start && w[0].start < w[0].end));
        assert_eq!(bs.last().map(|b| b.end), Some(segs.len()));
        for b in &bs[..bs.len() - 1] {
            let chars: usize = segs[b.clone()].iter().map(|s| s.end - s.start).sum();
            assert!(chars >= 200 && segs[b.end - 1].text.ends_with('\n'), "{b:?}");
        }
        // Without line ends: cut after a sentence end, never more than 8 × target.
        let flat = para.replace('\n', "").repeat(60);
        let a = Analyzer::new(Config::default()).analyze(&Document { text: &flat, reference_date: None });
        let segs = segments(&flat, &a);
        let bs = blocks(&segs, 100);
        assert!(bs.len() > 3);
        for b in &bs {
            let chars: usize = segs[b.clone()].iter().map(|s| s.end - s.start).sum();
            assert!(chars <= 800 + segs[b.end - 1].text.chars().count(), "{chars}");
        }
        assert_eq!(bs.iter().flat_map(|b| segs[b.clone()].iter().map(|s| s.text.as_str())).collect::<String>(), flat);
    }

    #[test]
    fn text_blocks_keep_the_text_and_its_offsets() {
        let text = "第一段。\n".repeat(50) + &"沒有換行的長句子，".repeat(100);
        let bs = text_blocks(&text, 7, 20);
        assert_eq!(bs.iter().map(|(_, t)| t.as_str()).collect::<String>(), text);
        let mut at = 7;
        for (start, t) in &bs {
            assert_eq!(*start, at);
            assert!(t.chars().count() <= 160);
            at += t.chars().count();
        }
        assert!(bs[0].1.ends_with('\n') && bs[0].1.chars().count() >= 20);
        assert!(text_blocks("", 0, 10).is_empty());
    }
}
