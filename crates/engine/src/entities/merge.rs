//! Merging: the accepted mentions of one referent become one entity — same gazetteer
//! entry or surface, a surname reference and its full name, a Chinese abbreviation and
//! its long name, a Latin family name and the full name, a name and its parenthesized
//! translation — numbered by first mention; then every other occurrence of a strongly
//! found name becomes a mention too.

use super::lexicon::LEGAL_SUFFIXES;
use super::scan::{skip_spaces, Scan};
use super::{roles, Candidate, Extracted, Signal};
use crate::analysis::EntityKind;
use crate::analysis::{Entity, Mention, MentionKind};
use crate::hash::CharMap;
use crate::text::{is_han, Text};
use std::collections::{BTreeMap, HashMap};

/// Union-find over candidate indices.
fn find(parent: &mut [usize], x: usize) -> usize {
    let mut r = x;
    while parent[r] != r {
        r = parent[r];
    }
    let mut y = x;
    while parent[y] != r {
        let next = parent[y];
        parent[y] = r;
        y = next;
    }
    r
}

fn union(parent: &mut [usize], a: usize, b: usize) {
    let (ra, rb) = (find(parent, a), find(parent, b));
    if ra != rb {
        // Keep the earlier mention as the root, so ids follow first mention.
        let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
        parent[hi] = lo;
    }
}

/// The merge key of a mention: its surface without spaces, lower-cased, and without a
/// legal suffix (`Norwell Inc.` joins `Norwell`).
fn key(text: &Text<'_>, c: &Candidate) -> String {
    let surface: String = text.norm[c.start..c.end].iter().collect();
    let core = match surface.rsplit_once(' ') {
        Some((head, last)) if c.kind == EntityKind::Organization && LEGAL_SUFFIXES.contains(&last) => head.to_string(),
        _ => surface,
    };
    core.chars().filter(|c| !c.is_whitespace()).flat_map(|c| c.to_lowercase()).collect()
}

/// The entities of the accepted mentions (sorted by start), with their roles and links.
pub(super) fn merge(s: &Scan<'_>, mut cands: Vec<Candidate>) -> Extracted {
    let parent = unite(s.text, &mut cands);
    let (entities, entity_of) = group(s, &cands, parent);
    let m = cands.len();
    let mut spans: Vec<(usize, usize, usize)> = (0..m).map(|i| (cands[i].start, cands[i].end, entity_of[i])).collect();
    spans.sort();

    let mut out = Extracted { entities, spans, ..Default::default() };
    roles::link(s, &cands, &entity_of, &mut out);
    roles::propagate_to_parents(&mut out);
    out
}

/// Joins the mentions of one referent (union-find over candidate indices; a Latin
/// family name found as a full name's last word becomes a person here).
fn unite(text: &Text<'_>, cands: &mut [Candidate]) -> Vec<usize> {
    let chars = &text.norm;
    let m = cands.len();
    let mut parent: Vec<usize> = (0..m).collect();

    // Same gazetteer entry or same normalized surface.
    let mut by_key: HashMap<String, usize> = HashMap::new();
    for (i, c) in cands.iter().enumerate() {
        let k = match c.entry {
            Some(id) => format!("#{id}"),
            None => key(text, c),
        };
        match by_key.get(&k) {
            Some(&j) => union(&mut parent, i, j),
            None => {
                by_key.insert(k.clone(), i);
            }
        }
        // A gazetteer entry also claims its surface key, so unknown-signal mentions of
        // the same form join it.
        if c.entry.is_some() {
            by_key.entry(key(text, c)).or_insert(i);
        }
    }

    // Surname references join the one full name with that surname.
    let mut full_by_first: HashMap<char, usize> = HashMap::new();
    for (j, c) in cands.iter().enumerate() {
        if c.signal != Signal::Reference
            && c.kind == EntityKind::Person
            && (2..=4).contains(&(c.end - c.start))
            && chars[c.start..c.end].iter().all(|&ch| is_han(ch))
        {
            full_by_first.entry(chars[c.start]).or_insert(j);
        }
    }
    for i in 0..m {
        if cands[i].signal == Signal::Reference {
            if let Some(&j) = full_by_first.get(&chars[cands[i].start]) {
                union(&mut parent, i, j);
            }
        }
    }

    // Chinese abbreviations: a short organization name whose characters appear in order
    // in a longer one that starts the same way (台积电 ← 台湾积体电路制造, 北大 ← 北京大学).
    // Compared once per distinct surface (same surfaces are already one entity).
    let han_org =
        |c: &Candidate| c.kind == EntityKind::Organization && chars[c.start..c.end].iter().all(|&ch| is_han(ch));
    let mut distinct: BTreeMap<&[char], usize> = BTreeMap::new();
    for (i, c) in cands.iter().enumerate() {
        if han_org(c) {
            distinct.entry(&chars[c.start..c.end]).or_insert(i);
        }
    }
    let distinct: Vec<(&[char], usize)> = distinct.into_iter().collect();
    for &(short, i) in &distinct {
        if !(2..=4).contains(&short.len()) {
            continue;
        }
        for &(long, j) in &distinct {
            if i == j || long.len() < short.len() + 2 || long[0] != short[0] {
                continue;
            }
            let mut rest = long.iter();
            if short.iter().all(|c| rest.any(|x| x == c)) {
                union(&mut parent, i, j);
            }
        }
    }

    // Latin family names after a full name: Garman → Matt Garman.
    // (Surfaces are slices of the normalized text, not strings made per candidate.)
    let mut last_names: HashMap<&str, usize> = HashMap::new();
    for (i, c) in cands.iter().enumerate() {
        let surface = text.norm_slice(c.start, c.end);
        if c.kind == EntityKind::Person {
            if let Some((_, last)) = surface.rsplit_once(' ') {
                last_names.entry(last).or_insert(i);
            }
        }
    }
    for (i, c) in cands.iter_mut().enumerate() {
        let surface = text.norm_slice(c.start, c.end);
        if !surface.contains(' ') {
            if let Some(&p) = last_names.get(surface) {
                c.kind = EntityKind::Person;
                union(&mut parent, i, p);
            }
        }
    }

    // Parenthesized translations: 辉达(Nvidia).
    for i in 0..m.saturating_sub(1) {
        let (a, b) = (&cands[i], &cands[i + 1]);
        let open = skip_spaces(chars, a.end);
        if chars.get(open) == Some(&'(') && skip_spaces(chars, open + 1) == b.start {
            let close = skip_spaces(chars, b.end);
            if chars.get(close) == Some(&')') && a.kind == b.kind {
                union(&mut parent, i, i + 1);
            }
        }
    }

    parent
}

/// The entities, numbered by first mention, and each candidate's entity.
fn group(s: &Scan<'_>, cands: &[Candidate], mut parent: Vec<usize>) -> (Vec<Entity>, Vec<usize>) {
    let (text, gaz) = (s.text, s.gaz);
    let m = cands.len();
    // Group into entities, numbered by first mention.
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for i in 0..m {
        let r = find(&mut parent, i);
        groups.entry(r).or_default().push(i);
    }
    let mut entity_of = vec![0usize; m];
    let mut entities = Vec::new();
    for (idx, members) in groups.values().enumerate() {
        let mut votes: BTreeMap<EntityKind, usize> = BTreeMap::new();
        for &i in members {
            *votes.entry(cands[i].kind).or_default() += 1 + 2 * (cands[i].signal as usize);
        }
        let kind =
            // Ties go to the kind whose name sorts first.
        votes.iter().max_by_key(|(k, v)| (**v, std::cmp::Reverse(k.as_str()))).map(|(k, _)| *k).unwrap_or(EntityKind::Organization);
        let mut forms: Vec<(String, bool)> = Vec::new();
        let mut mentions = Vec::new();
        for &i in members {
            entity_of[i] = idx;
            let t = text.slice(cands[i].start, cands[i].end);
            if !forms.iter().any(|f| f.0 == t) {
                forms.push((t.clone(), cands[i].signal != Signal::Reference));
            }
            mentions.push(Mention { start: cands[i].start, end: cands[i].end, text: t, kind: MentionKind::Name });
        }
        // The fullest form is the name; a full name beats a surname with a title (魏哲家,
        // not 魏董事长).
        let name = forms
            .iter()
            .max_by_key(|(f, full)| (*full, f.chars().count(), std::cmp::Reverse(f.len())))
            .map(|f| f.0.clone())
            .unwrap_or_default();
        let forms: Vec<String> = forms.into_iter().map(|f| f.0).collect();
        let mut aliases: Vec<String> = forms.into_iter().filter(|f| *f != name).collect();
        // Built-in aliases: the English names of a known referent (谷歌 = Google), and a
        // Latin company name without its legal suffix (Grammarly Inc. = Grammarly).
        let mut extra: Vec<String> = Vec::new();
        if let Some(id) = members.iter().find_map(|&i| cands[i].entry) {
            extra.extend(gaz.entries[id].latin.iter().take(2).cloned());
        }
        for f in std::iter::once(&name).chain(aliases.iter()) {
            if let Some((head, last)) = f.rsplit_once(' ') {
                if LEGAL_SUFFIXES.contains(&last) && !head.is_empty() && !head.ends_with('&') {
                    extra.push(head.to_string());
                }
            }
        }
        for x in extra {
            let seen = |f: &String| f.eq_ignore_ascii_case(&x);
            if !seen(&name) && !aliases.iter().any(seen) {
                aliases.push(x);
            }
        }
        entities.push(Entity { id: format!("e{}", idx + 1), kind, name, aliases, roles: Vec::new(), mentions });
    }
    (entities, entity_of)
}

/// Document-level consistency: a name found once by a strong context (卡普里（Alex
/// Capri）, a title before it) is the same name wherever else it stands, so every other
/// occurrence on word boundaries becomes a mention of that entity too.
pub(super) fn repeat_mentions(s: &Scan<'_>, out: &mut Extracted) {
    let (text, boundary) = (s.text, s.boundary);
    let chars = &text.norm;
    let n = chars.len();
    let mut covered = vec![false; n];
    for &(s, e, _) in &out.spans {
        covered[s..e].iter_mut().for_each(|c| *c = true);
    }
    // Forms by first char: (normalized form, entity).
    let mut forms: CharMap<Vec<(Vec<char>, usize)>> = CharMap::default();
    for (ei, en) in out.entities.iter().enumerate() {
        for m in &en.mentions {
            let f: Vec<char> = chars[m.start..m.end].to_vec();
            let han = f.iter().all(|&c| is_han(c));
            let latin = f.iter().all(|c| c.is_ascii_alphanumeric() || *c == ' ');
            if (han && f.len() >= 2 || latin && f.len() >= 3)
                && !forms.get(&f[0]).is_some_and(|l| l.iter().any(|x| x.0 == f))
            {
                forms.entry(f[0]).or_default().push((f, ei));
            }
        }
    }
    // A person named by a dotted transliteration (托尔·哈尔沃森) is named again by its
    // last part (哈尔沃森), unless that is some entity's own name.
    for (ei, en) in out.entities.iter().enumerate().filter(|(_, en)| en.kind == EntityKind::Person) {
        for m in &en.mentions {
            let f = &chars[m.start..m.end];
            let Some(dot) = f.iter().rposition(|&c| c == '·') else { continue };
            let last = &f[dot + 1..];
            if last.len() >= 2
                && last.iter().all(|&c| is_han(c))
                && !forms.get(&last[0]).is_some_and(|l| l.iter().any(|x| x.0 == last))
            {
                forms.entry(last[0]).or_default().push((last.to_vec(), ei));
            }
        }
    }
    for list in forms.values_mut() {
        list.sort_by_key(|x| std::cmp::Reverse(x.0.len()));
    }
    let mut added = Vec::new();
    let mut i = 0;
    while i < n {
        let hit = forms.get(&chars[i]).and_then(|list| {
            list.iter().find(|(f, _)| {
                let e = i + f.len();
                e <= n
                    && chars[i..e] == f[..]
                    && !covered[i..e].iter().any(|&c| c)
                    && if f[0].is_ascii_alphanumeric() {
                        (i == 0 || !chars[i - 1].is_ascii_alphanumeric())
                            && (e == n || !chars[e].is_ascii_alphanumeric())
                    } else {
                        boundary[i] && boundary[e]
                    }
            })
        });
        match hit {
            Some((f, ei)) => {
                added.push((i, i + f.len(), *ei));
                i += f.len();
            }
            None => i += 1,
        }
    }
    for (s, e, ei) in added {
        out.entities[ei].mentions.push(Mention { start: s, end: e, text: text.slice(s, e), kind: MentionKind::Name });
        out.spans.push((s, e, ei));
    }
    for en in &mut out.entities {
        en.mentions.sort_by_key(|m| m.start);
    }
    out.spans.sort();
}
