//! Roles and links: titles around persons become roles (`分析师 Josh Beck`,
//! `魏哲家董事长`), an organization before the title or the name an affiliation, a title
//! taken in the clause (`X 出任台积电董事长`) both; `X 旗下的 Y`, an organization right
//! before another (`亚马逊 AWS`) and a government body named after its country
//! (美国商务部) become `part_of` links; affiliations then reach the parents.

use super::lexicon::{takes_title, GOVERNMENT_ENDINGS, REPLACES, TITLE_QUALIFIERS, WORKS_AT};
use super::scan::{has_any_at, is_ticker, skip_spaces, skip_spaces_back, Scan, TitleIndex};
use super::{Candidate, Extracted};
use crate::analysis::EntityKind;
use crate::segment::Token;
use crate::text::{is_han, Text};
use std::collections::{BTreeMap, HashMap, HashSet};

/// Titles before a person (`分析师 Josh Beck`, `首席执行官的 Adam Selipsky`) become
/// roles; an organization before the title becomes an affiliation. `X 旗下的 Y` and an
/// organization directly followed by another (`亚马逊 AWS`) become `part_of`.
pub(super) fn link(s: &Scan<'_>, cands: &[Candidate], entity_of: &[usize], out: &mut Extracted) {
    let links = Links::new(s, cands, entity_of, out);
    let mut caches = Caches::default();
    for (i, c) in cands.iter().enumerate() {
        let e = entity_of[i];
        if out.entities[e].kind == EntityKind::Person {
            links.person_titles(i, c, e, &mut caches, out);
            links.title_taken(c, e, out);
            links.workplace(c, e, out);
        }
        if out.entities[e].kind == EntityKind::Organization {
            links.organization(c, e, &mut caches, out);
        }
    }
}

/// The mentions and their lookups by position, built once: a text may hold tens of
/// thousands of mentions.
struct Links<'a> {
    text: &'a Text<'a>,
    chars: &'a [char],
    titles: &'a TitleIndex,
    tokens: &'a [Token],
    /// The accepted mentions, sorted by start.
    cands: &'a [Candidate],
    entity_of: &'a [usize],
    /// The first candidate ending at each position.
    by_end: HashMap<usize, usize>,
    /// Each candidate's entity kind, read once: the rules ask it inside loops over
    /// candidates, and kinds do not change here (only roles and links are added).
    kinds: Vec<EntityKind>,
}

/// Lookups built on first use, kept across mentions.
#[derive(Default)]
struct Caches<'a> {
    /// For `公司发言人` with no company named: the organization mentioned most often
    /// before a point, for every point at once (organizations by end, and the leader
    /// after each prefix; counts only grow, so the leader is kept as they are counted).
    most_mentioned: Option<(Vec<usize>, Vec<Option<usize>>)>,
    /// Place candidates by surface, the first of each (for government bodies).
    places: Option<HashMap<&'a [char], usize>>,
    government_links: HashSet<(usize, usize)>,
}

impl<'a> Links<'a> {
    fn new(s: &'a Scan<'a>, cands: &'a [Candidate], entity_of: &'a [usize], out: &Extracted) -> Links<'a> {
        let mut by_end: HashMap<usize, usize> = HashMap::new();
        for (i, c) in cands.iter().enumerate() {
            by_end.entry(c.end).or_insert(i);
        }
        let kinds: Vec<EntityKind> = entity_of.iter().map(|&e| out.entities[e].kind).collect();
        Links { text: s.text, chars: s.chars, titles: &s.titles, tokens: s.tokens, cands, entity_of, by_end, kinds }
    }

    fn ending_at(&self, end: usize) -> Option<usize> {
        self.by_end.get(&end).copied()
    }

    /// Candidate indices whose start lies in `[lo, hi)` (candidates are sorted by start).
    fn window(&self, lo: usize, hi: usize) -> std::ops::Range<usize> {
        let a = self.cands.partition_point(|c| c.start < lo);
        let b = self.cands.partition_point(|c| c.start < hi);
        a..b.max(a)
    }

    /// An organization or country right before a person, and the titles around the name
    /// with the organizations in and before them.
    fn person_titles(&self, i: usize, c: &Candidate, e: usize, caches: &mut Caches<'a>, out: &mut Extracted) {
        let text = self.text;
        let chars = self.chars;
        let titles = self.titles;
        let tokens = self.tokens;
        let cands = self.cands;
        let entity_of = self.entity_of;
        let kinds = &self.kinds;
        let ending_at = |end: usize| self.ending_at(end);
        let window = |lo: usize, hi: usize| self.window(lo, hi);
        let clause_start = |i: usize| start_of_clause(chars, i);
        let most_mentioned = &mut caches.most_mentioned;
        let mut p = skip_spaces_back(chars, c.start);
        if p > 0 && chars[p - 1] == '的' {
            p = skip_spaces_back(chars, p - 1);
        }
        // An organization or country right before the name (台积电魏哲家董事长,
        // 美国川普总统) is an affiliation.
        if let Some(oi) = ending_at(skip_spaces_back(chars, c.start)) {
            if oi != i && matches!(kinds[oi], EntityKind::Organization | EntityKind::Place) {
                out.affiliations.push((e, entity_of[oi], c.start));
            }
        }
        // A title right after a Chinese name (魏哲家董事长) is a role too.
        if let Some(te) = titles.at(c.end).filter(|_| is_han(chars[c.end.saturating_sub(1)])) {
            add_role(out, e, text.slice(c.end, te));
        }
        if let Some(core) = titles.ending(p) {
            let mut ts = extend_title(chars, tokens, core);
            // The qualifiers stop at a name they would cut (香港冯氏集团主席: 主席 of the
            // group, not a 集团主席 cut out of its name).
            let cut = window(ts.saturating_sub(40), ts).filter(|&oi| cands[oi].end > ts && cands[oi].end <= core);
            let cut = cut.max_by_key(|&oi| cands[oi].end);
            if let Some(oi) = cut {
                ts = cands[oi].end;
            }
            for (a, b) in [(core, p), (ts, p)] {
                if a < b {
                    add_role(out, e, text.slice(a, b));
                }
            }
            // Organizations inside the qualified title (美国商务部长, 台湾经济研究院
            // 产经资料库总监) are affiliations, and so is a country that opens it.
            for oi in window(ts.saturating_sub(24), core) {
                let o = &cands[oi];
                let k = kinds[oi];
                // Inside, or holding the title's first characters (美国商务部/长).
                let inside = o.start < core && o.end > ts && (o.start >= ts || o.end > core);
                if inside && (k == EntityKind::Organization || (k == EntityKind::Place && o.start == ts)) {
                    out.affiliations.push((e, entity_of[oi], c.start));
                }
            }
            // Before the title: `摩根大通的全球并购副主管`, `花旗集团(C.N)购并业务…`,
            // `投行 Raymond James 的分析师`, `其首席技术官` (its: the last organization).
            let q = skip_back_fillers(text, ts);
            let q0 = skip_spaces_back(chars, ts);
            // An organization in parentheses right before the title
            // (美国科技咨询公司（Moor Insights & Strategy）高级分析师).
            let in_parens = (q0 > 0 && chars[q0 - 1] == ')')
                .then(|| ending_at(skip_spaces_back(chars, q0 - 1)))
                .flatten()
                .filter(|&oi| kinds[oi] == EntityKind::Organization);
            if let Some(oi) = cut.or(in_parens).or_else(|| ending_at(q)) {
                if matches!(kinds[oi], EntityKind::Organization | EntityKind::Place) {
                    out.affiliations.push((e, entity_of[oi], c.start));
                }
            } else if text.norm_has_before(q0, "其") {
                // 其 ("its") points to the subject: the first organization of the
                // clause, or of the one before.
                let from = clause_start(clause_start(q).saturating_sub(1));
                let first = window(from, q).find(|&oi| cands[oi].end <= q && kinds[oi] == EntityKind::Organization);
                if let Some(oi) = first {
                    out.affiliations.push((e, entity_of[oi], c.start));
                }
            } else if text.norm_has_before(q0, "公司") || (ts < core && text.norm_has_at(ts, "公司")) {
                // 公司发言人 with no company named: the company the story is about so
                // far, the organization mentioned most often before this point.
                let (ends, leaders) = most_mentioned.get_or_insert_with(|| {
                    let mut orgs: Vec<usize> =
                        (0..cands.len()).filter(|&oi| kinds[oi] == EntityKind::Organization).collect();
                    orgs.sort_by_key(|&oi| cands[oi].end);
                    let mut counts: HashMap<usize, usize> = HashMap::new();
                    let mut leader: Option<(usize, std::cmp::Reverse<usize>)> = None;
                    let mut leaders = vec![None];
                    for &oi in &orgs {
                        let o = entity_of[oi];
                        let n = counts.entry(o).or_default();
                        *n += 1;
                        // Most mentions, then the entity found first (lowest id).
                        if leader.is_none_or(|l| (*n, std::cmp::Reverse(o)) > l) {
                            leader = Some((*n, std::cmp::Reverse(o)));
                        }
                        leaders.push(leader.map(|l| l.1 .0));
                    }
                    (orgs.iter().map(|&oi| cands[oi].end).collect(), leaders)
                });
                if let Some(o) = leaders[ends.partition_point(|&end| end <= q)] {
                    out.affiliations.push((e, o, c.start));
                }
            }
        }
    }

    /// `X 接替 Y 成为新任 CEO`, `X 出任台积电董事长`: a title taken in the clause, by its
    /// subject (not by Y, the one replaced).
    fn title_taken(&self, c: &Candidate, e: usize, out: &mut Extracted) {
        let text = self.text;
        let chars = self.chars;
        let titles = self.titles;
        let cands = self.cands;
        let entity_of = self.entity_of;
        let kinds = &self.kinds;
        let window = |lo: usize, hi: usize| self.window(lo, hi);
        let clause_end = |i: usize| end_of_clause(chars, i);
        let end = clause_end(c.end);
        let replaced = REPLACES.iter().any(|w| text.norm_has_before(skip_spaces_back(chars, c.start), w));
        let verb = (c.end..end).find_map(|k| has_any_at(text, k, takes_title())).filter(|_| !replaced);
        if let Some(verb_end) = verb {
            let mut q = skip_spaces(chars, verb_end);
            for adj in TITLE_QUALIFIERS {
                if text.norm_has_at(q, adj) {
                    q = skip_spaces(chars, q + adj.chars().count());
                }
            }
            let mut org = None;
            if let Some(oi) = window(q, q + 1).next() {
                if kinds[oi] == EntityKind::Organization {
                    org = Some(entity_of[oi]);
                    q = skip_spaces(chars, cands[oi].end);
                    if chars.get(q) == Some(&'的') {
                        q = skip_spaces(chars, q + 1);
                    }
                }
            }
            // Only a title makes it a position (成为华为手机代言人 is not one).
            if let Some(te) = titles.at(q) {
                add_role(out, e, text.slice(q, te));
                if let Some(o) = org {
                    out.affiliations.push((e, o, c.start));
                }
            }
        }
    }

    /// `在 AWS 工作多年的老将 Matt Garman`: the workplace before the name.
    fn workplace(&self, c: &Candidate, e: usize, out: &mut Extracted) {
        let text = self.text;
        let chars = self.chars;
        let cands = self.cands;
        let entity_of = self.entity_of;
        let kinds = &self.kinds;
        let window = |lo: usize, hi: usize| self.window(lo, hi);
        let clause_start = |i: usize| start_of_clause(chars, i);
        let from = clause_start(c.start);
        for oi in window(from + 1, c.start) {
            let o = &cands[oi];
            if o.start > from
                && o.end < c.start
                && kinds[oi] == EntityKind::Organization
                && text.norm_has_before(skip_spaces_back(chars, o.start), "在")
                && WORKS_AT.iter().any(|w| text.norm_has_at(skip_spaces(chars, o.end), w))
            {
                out.affiliations.push((e, entity_of[oi], c.start));
            }
        }
    }

    /// `X 旗下的 Y`, `亚马逊 AWS`, and a government body of a country: `part_of` links.
    fn organization(&self, c: &Candidate, e: usize, caches: &mut Caches<'a>, out: &mut Extracted) {
        let text = self.text;
        let chars = self.chars;
        let cands = self.cands;
        let entity_of = self.entity_of;
        let kinds = &self.kinds;
        let ending_at = |end: usize| self.ending_at(end);
        let places = &mut caches.places;
        let government_links = &mut caches.government_links;
        let p = skip_spaces_back(chars, c.start);
        let q = if text.norm_has_before(p, "旗下的") {
            Some(p - 3)
        } else if text.norm_has_before(p, "旗下") {
            Some(p - 2)
        } else if p < c.start {
            Some(p)
        } else {
            None
        };
        if let Some(q) = q {
            if let Some(oi) = ending_at(skip_spaces_back(chars, q)) {
                let o = entity_of[oi];
                if o != e && out.entities[o].kind == EntityKind::Organization {
                    out.part_of.push((e, o, c.start));
                }
            }
        }
        // A government body named after its country (美国商务部, 中国外交部) is part of it.
        // The place is the first place candidate whose surface begins this one.
        let surface = &chars[c.start..c.end];
        if GOVERNMENT_ENDINGS.iter().any(|g| text.norm_slice(c.start, c.end).ends_with(g)) {
            let places = places.get_or_insert_with(|| {
                let mut m: HashMap<&[char], usize> = HashMap::new();
                for (pi, pc) in cands.iter().enumerate().filter(|(pi, _)| kinds[*pi] == EntityKind::Place) {
                    m.entry(&chars[pc.start..pc.end]).or_insert(pi);
                }
                m
            });
            let first = (1..surface.len()).filter_map(|l| places.get(&surface[..l]).copied()).min();
            if let Some(pe) = first.map(|pi| entity_of[pi]) {
                if government_links.insert((e, pe)) {
                    out.part_of.push((e, pe, c.start));
                }
            }
        }
    }
}

/// The start of the clause holding `i`. Clauses are short; looking back at most 200
/// chars keeps unpunctuated text linear.
fn start_of_clause(chars: &[char], i: usize) -> usize {
    let floor = i.saturating_sub(200);
    (floor..i)
        .rev()
        .find(|&k| matches!(chars[k], '。' | '，' | ',' | '；' | ';' | '！' | '？' | '\n' | '“' | '”' | '「' | '」'))
        .map_or(floor, |k| k + 1)
}

/// The end of the clause holding `i` (at most 200 chars on).
fn end_of_clause(chars: &[char], i: usize) -> usize {
    let ceiling = (i + 200).min(chars.len());
    (i..ceiling).find(|&k| matches!(chars[k], '。' | '，' | ',' | '；' | ';' | '！' | '？' | '\n')).unwrap_or(ceiling)
}

/// A person in a part of an organization is affiliated with the whole too (美国商务部长
/// → 美国商务部 → 美国; AWS 发言人 → AWS → 亚马逊).
pub(super) fn propagate_to_parents(out: &mut Extracted) {
    let mut parents: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for &(child, parent, _) in &out.part_of {
        let list = parents.entry(child).or_default();
        if !list.contains(&parent) {
            list.push(parent);
        }
    }
    let mut have: std::collections::HashSet<(usize, usize)> = out.affiliations.iter().map(|a| (a.0, a.1)).collect();
    let mut extra = Vec::new();
    for &(p, o, at) in &out.affiliations {
        for &parent in parents.get(&o).map(Vec::as_slice).unwrap_or(&[]) {
            if have.insert((p, parent)) {
                extra.push((p, parent, at));
            }
        }
    }
    out.affiliations.extend(extra);
}

fn add_role(out: &mut Extracted, e: usize, role: String) {
    if !out.entities[e].roles.contains(&role) {
        out.entities[e].roles.push(role);
    }
}

/// Extends a title leftwards over the words that qualify it (美国商务部长, 全球并购副主管,
/// 购并业务全球联席主管): nouns, and verbs inside a noun compound (并购 after 全球 or
/// after a ticker), whole words only, stopping at anything else (但其首席技术官 stays
/// 首席技术官).
fn extend_title(chars: &[char], tokens: &[Token], core: usize) -> usize {
    let nounish = |t: &Token| matches!(t.pos.as_str(), "n" | "nz" | "vn" | "ns" | "nt" | "b" | "f" | "s" | "nnt" | "j");
    let mut ts = core;
    while let Some(ti) =
        Some(tokens.partition_point(|t| t.end < ts)).filter(|&k| tokens.get(k).is_some_and(|t| t.end == ts))
    {
        let t = &tokens[ti];
        if !t.word.chars().all(is_han) || core - t.start > 12 {
            break;
        }
        let verb_in_compound = t.pos == "v"
            && t.word.chars().count() >= 2
            && (t.start > 0 && chars[t.start - 1] == ')'
                || ti.checked_sub(1).is_some_and(|k| tokens[k].end == t.start && nounish(&tokens[k])));
        if !nounish(t) && !verb_in_compound {
            break;
        }
        ts = t.start;
    }
    ts
}

/// Steps back over what may stand between an organization and a title: spaces, `的`,
/// `公司`, and a ticker in parentheses (`花旗集团(C.N)`).
fn skip_back_fillers(text: &Text<'_>, ts: usize) -> usize {
    let chars = &text.norm;
    let mut q = skip_spaces_back(chars, ts);
    if q > 0 && chars[q - 1] == ')' {
        if let Some(open) = (q.saturating_sub(12)..q - 1).rev().find(|&k| chars[k] == '(') {
            let inner: String = chars[open + 1..q - 1].iter().collect();
            if is_ticker(&inner) || inner.chars().all(|c| c.is_ascii_alphanumeric() || c == '.') {
                q = skip_spaces_back(chars, open);
            }
        }
    }
    for filler in ["公司", "的"] {
        if text.norm_has_before(q, filler) {
            q = skip_spaces_back(chars, q - filler.chars().count());
        }
    }
    q
}
