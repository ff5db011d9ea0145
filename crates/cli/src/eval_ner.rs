//! `newslens eval-ner`: the whole pipeline (rules and model) against the NER corpora,
//! sentence by sentence, as span precision / recall / F1 per entity type — the
//! corpus-level yardstick beside the 23 dev articles (thousands of sentences say more
//! than a handful of articles).
//!
//! Each corpus's types are mapped to the project's (`person`, `organization`, `place`,
//! `product`); types with no counterpart (CLUENER `position`, BosonNLP `time`, Weibo's
//! nominal mentions) read as outside. A corpus is scored only on the types it
//! annotates: a predicted product in a corpus without products is neither right nor
//! wrong. Matching is exact (same start, end and type), after one normalization: title
//! marks around a span are not part of it (CLUENER writes `《神曲》` for half of its
//! works and `神曲` for the rest; the article gold lists both forms). MSRA has no dev split; its
//! held-out sentences are every 20th of `train.txt`, as `newslens train` holds them out.

use newslens_engine::{Analyzer, Document, EntityKind, MentionKind};
use std::collections::BTreeSet;
use std::path::Path;

/// The corpora, their files and whether the file is a held-out part of a train file.
const CORPORA: &[(&str, &str, bool)] = &[
    ("CLUENER dev", "cluener2020/dev.txt", false),
    ("UNER trad dev", "uner_zh_gsd_trad/dev.txt", false),
    ("BosonNLP dev", "boson/dev.txt", false),
    ("Weibo dev", "weibo/dev.txt", false),
    ("MSRA held-out", "msra/train.txt", true),
];

/// The types scored, in report order.
const KINDS: [EntityKind; 4] = [EntityKind::Person, EntityKind::Organization, EntityKind::Place, EntityKind::Product];

/// A corpus type as one of the project's, if it has a counterpart.
fn map_type(ty: &str) -> Option<EntityKind> {
    Some(match ty {
        "PER" | "name" | "person_name" | "PER.NAM" => EntityKind::Person,
        "ORG" | "company" | "government" | "organization" | "org_name" | "company_name" | "ORG.NAM" => {
            EntityKind::Organization
        }
        "LOC" | "address" | "scene" | "location" | "GPE.NAM" | "LOC.NAM" => EntityKind::Place,
        "book" | "game" | "movie" | "product_name" => EntityKind::Product,
        _ => return None,
    })
}

/// One sentence: its text and gold spans `(start, end, kind)` in chars; and the
/// role pairs: a position written right before or after a person's name (`记者王某`,
/// `王某导演`), as (name start, name end, position text).
struct Sentence {
    text: String,
    spans: BTreeSet<(usize, usize, EntityKind)>,
    roles: Vec<(usize, usize, String)>,
}

/// Role pairs: each position span adjacent to a person span (either side).
fn role_pairs(
    chars: &[char],
    spans: &BTreeSet<(usize, usize, EntityKind)>,
    positions: &[(usize, usize)],
) -> Vec<(usize, usize, String)> {
    let persons = spans.iter().filter(|x| x.2 == EntityKind::Person);
    persons
        .flat_map(|&(s, e, _)| {
            positions
                .iter()
                .filter(move |&&(ps, pe)| pe == s || ps == e)
                .map(move |&(ps, pe)| (s, e, chars[ps..pe].iter().collect()))
        })
        .collect()
}

/// Reads a `char<TAB>BIO-type` file; also the set of types it annotates.
fn read(path: &Path) -> Result<(Vec<Sentence>, BTreeSet<EntityKind>), String> {
    let raw = std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let mut out = Vec::new();
    let mut kinds = BTreeSet::new();
    let (mut chars, mut tags): (Vec<char>, Vec<String>) = (Vec::new(), Vec::new());
    let flush = |chars: &mut Vec<char>, tags: &mut Vec<String>, out: &mut Vec<Sentence>| {
        if chars.is_empty() {
            return;
        }
        let mut spans = BTreeSet::new();
        let mut positions = Vec::new();
        let mut open: Option<(usize, String)> = None;
        for i in 0..=tags.len() {
            let (bio, ty) = tags.get(i).and_then(|t| t.split_once('-')).unwrap_or(("O", ""));
            let continues = matches!(bio, "I" | "E") && open.as_ref().is_some_and(|(_, t)| t == ty);
            if continues {
                continue;
            }
            if let Some((s, t)) = open.take() {
                if let Some(k) = map_type(&t) {
                    let (s, e) = unbracket(chars, s, i);
                    spans.insert((s, e, k));
                } else if t == "position" {
                    positions.push((s, i));
                }
            }
            if bio != "O" && !ty.is_empty() {
                open = Some((i, ty.to_string()));
            }
        }
        let roles = role_pairs(chars, &spans, &positions);
        out.push(Sentence { text: chars.iter().collect(), spans, roles });
        chars.clear();
        tags.clear();
    };
    for line in raw.lines() {
        let line = line.trim_end_matches('\r');
        if line.is_empty() {
            flush(&mut chars, &mut tags, &mut out);
            continue;
        }
        let (c, tag) = line.split_once('\t').unwrap_or((line, "O"));
        let Some(ch) = c.chars().next() else { continue };
        if let Some(k) = tag.split_once('-').and_then(|(_, t)| map_type(t)) {
            kinds.insert(k);
        }
        chars.push(ch);
        tags.push(tag.to_string());
    }
    flush(&mut chars, &mut tags, &mut out);
    Ok((out, kinds))
}

/// A span without the title marks `《》` around it (either or both), unless that
/// leaves nothing.
fn unbracket(chars: &[char], mut s: usize, mut e: usize) -> (usize, usize) {
    if e > s + 1 && chars[s] == '《' {
        s += 1;
    }
    if e > s + 1 && chars[e - 1] == '》' {
        e -= 1;
    }
    (s, e)
}

/// Counts per kind: true positives, false positives, false negatives.
#[derive(Default, Clone, Copy)]
struct Counts {
    tp: usize,
    fp: usize,
    fn_: usize,
}

impl Counts {
    fn prf(self) -> (f64, f64, f64) {
        let p = if self.tp + self.fp == 0 { 0.0 } else { self.tp as f64 / (self.tp + self.fp) as f64 };
        let r = if self.tp + self.fn_ == 0 { 0.0 } else { self.tp as f64 / (self.tp + self.fn_) as f64 };
        (p, r, if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) })
    }
}

/// The scores of one corpus, per kind it annotates and over all of them.
struct CorpusScore {
    name: &'static str,
    sentences: usize,
    per_kind: Vec<(EntityKind, Counts)>,
    /// Role pairs (a position next to a name) found, and in all.
    roles: (usize, usize),
    /// With `--misses`: one line per missed (`FN`) or spurious (`FP`) span.
    misses: Vec<String>,
}

impl CorpusScore {
    fn all(&self) -> Counts {
        self.per_kind.iter().fold(Counts::default(), |a, (_, c)| Counts {
            tp: a.tp + c.tp,
            fp: a.fp + c.fp,
            fn_: a.fn_ + c.fn_,
        })
    }
}

/// What the pipeline says about one sentence: every mention of an entity of a scored
/// kind, and per person mention the person's roles (joined, lowercased).
struct Predicted {
    spans: BTreeSet<(usize, usize, EntityKind)>,
    roles: Vec<(usize, usize, String)>,
}

fn predict(analyzer: &Analyzer, text: &str) -> Predicted {
    let a = analyzer.analyze(&Document { text, reference_date: None });
    let chars: Vec<char> = text.chars().collect();
    let roles = a
        .entities
        .iter()
        .filter(|e| e.kind == EntityKind::Person)
        .flat_map(|e| {
            let joined = e.roles.join(" ").to_lowercase();
            e.mentions.iter().map(move |m| (m.start, m.end, joined.clone()))
        })
        .collect();
    let spans = a
        .entities
        .iter()
        .filter(|e| KINDS.contains(&e.kind))
        // Only names: the corpora do not annotate titles and pronouns that refer to one.
        .flat_map(|e| e.mentions.iter().filter(|m| m.kind == MentionKind::Name).map(move |m| (m.start, m.end, e.kind)))
        .map(|(s, e, k)| {
            let (s, e) = unbracket(&chars, s, e);
            (s, e, k)
        })
        .collect();
    Predicted { spans, roles }
}

/// The role pairs missed: the person's name is not a mention or its roles lack the
/// position.
fn roles_missed<'s>(s: &'s Sentence, pred: &Predicted) -> Vec<&'s (usize, usize, String)> {
    let found = |&&(ns, ne, ref pos): &&(usize, usize, String)| {
        let pos = pos.to_lowercase();
        pred.roles.iter().any(|(s, e, r)| (*s, *e) == (ns, ne) && r.contains(&pos))
    };
    s.roles.iter().filter(|p| !found(p)).collect()
}

fn score(
    analyzer: &Analyzer,
    name: &'static str,
    sentences: &[Sentence],
    kinds: &BTreeSet<EntityKind>,
    misses: bool,
) -> CorpusScore {
    let mut counts = [Counts::default(); 4];
    let mut lines = Vec::new();
    let mut roles = (0, 0);
    for (si, s) in sentences.iter().enumerate() {
        let predicted = predict(analyzer, &s.text);
        let missed = roles_missed(s, &predicted);
        roles.0 += s.roles.len() - missed.len();
        roles.1 += s.roles.len();
        if misses {
            for (ns, ne, pos) in missed {
                let name: String = s.text.chars().skip(*ns).take(ne - ns).collect();
                lines.push(format!("{name}\t{si}\tROLE\t{pos}\t{name}\t{}", s.text));
            }
        }
        let pred = predicted.spans;
        for (ki, k) in KINDS.iter().enumerate().filter(|(_, k)| kinds.contains(k)) {
            let g = s.spans.iter().filter(|x| x.2 == *k);
            let p: Vec<_> = pred.iter().filter(|x| x.2 == *k).collect();
            let tp = g.clone().filter(|x| pred.contains(x)).count();
            counts[ki].tp += tp;
            counts[ki].fp += p.len() - tp;
            counts[ki].fn_ += g.clone().count() - tp;
            if misses {
                let chars: Vec<char> = s.text.chars().collect();
                let mut line = |what: &str, x: &(usize, usize, EntityKind)| {
                    let span: String = chars[x.0..x.1].iter().collect();
                    lines.push(format!("{name}\t{si}\t{what}\t{}\t{span}\t{}", k.as_str(), s.text));
                };
                g.filter(|x| !pred.contains(x)).for_each(|x| line("FN", x));
                p.iter().filter(|x| !s.spans.contains(x)).for_each(|x| line("FP", x));
            }
        }
    }
    let per_kind = KINDS.iter().zip(counts).filter(|(k, _)| kinds.contains(k)).map(|(k, c)| (*k, c)).collect();
    CorpusScore { name, sentences: sentences.len(), per_kind, roles, misses: lines }
}

/// Scores every corpus found under `dir` (`../shared/data/ner`); a missing corpus is
/// named in the report, not an error, unless none is found.
/// With `misses`, the table is followed by every missed and spurious span, one per
/// line: corpus, sentence number, `FN`/`FP`, kind, span, sentence (tab-separated).
pub fn run(analyzer: &Analyzer, dir: &Path, json: bool, misses: bool) -> Result<String, String> {
    let mut scores = Vec::new();
    let mut missing = Vec::new();
    for &(name, file, held_out) in CORPORA {
        let path = dir.join(file);
        if !path.exists() {
            missing.push(file);
            continue;
        }
        let (mut sentences, kinds) = read(&path)?;
        if held_out {
            sentences = sentences.into_iter().enumerate().filter(|(i, _)| i % 20 == 19).map(|(_, s)| s).collect();
        }
        scores.push(score(analyzer, name, &sentences, &kinds, misses));
    }
    if scores.is_empty() {
        return Err(format!("no NER corpus found in {} (expected e.g. {})", dir.display(), CORPORA[0].1));
    }
    let mut out = if json { to_json(&scores, &missing) } else { table(&scores, &missing) };
    for line in scores.iter().flat_map(|s| &s.misses) {
        out.push_str(line);
        out.push('\n');
    }
    Ok(out)
}

fn table(scores: &[CorpusScore], missing: &[&str]) -> String {
    let mut out = String::from("corpus           sentences  type          P      R      F1\n");
    for s in scores {
        for (k, c) in s.per_kind.iter().copied().chain(std::iter::once((EntityKind::Event, s.all()))) {
            let (p, r, f) = c.prf();
            let label = if k == EntityKind::Event { "all" } else { k.as_str() };
            out.push_str(&format!("{:<16} {:>9}  {label:<12} {p:.3}  {r:.3}  {f:.3}\n", s.name, s.sentences));
        }
    }
    for s in scores.iter().filter(|s| s.roles.1 > 0) {
        let (ok, n) = s.roles;
        out.push_str(&format!(
            "{:<16} roles: {ok}/{n} positions next to a name found = {:.3}\n",
            s.name,
            ok as f64 / n as f64
        ));
    }
    for m in missing {
        out.push_str(&format!("(not found: {m})\n"));
    }
    out
}

fn to_json(scores: &[CorpusScore], missing: &[&str]) -> String {
    let prf = |c: Counts| {
        let (p, r, f) = c.prf();
        serde_json::json!({"tp": c.tp, "fp": c.fp, "fn": c.fn_, "p": p, "r": r, "f1": f})
    };
    let corpora: Vec<serde_json::Value> = scores
        .iter()
        .map(|s| {
            let types: serde_json::Map<String, serde_json::Value> =
                s.per_kind.iter().map(|(k, c)| (k.as_str().to_string(), prf(*c))).collect();
            let roles = serde_json::json!({"found": s.roles.0, "pairs": s.roles.1});
            serde_json::json!({"corpus": s.name, "sentences": s.sentences, "types": types, "all": prf(s.all()), "roles": roles})
        })
        .collect();
    serde_json::to_string_pretty(&serde_json::json!({"corpora": corpora, "missing": missing})).unwrap_or_default()
        + "\n"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bio_spans_are_read_with_their_mapped_types() {
        let dir = std::env::temp_dir().join(format!("newslens-eval-ner-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let p = dir.join("c.txt");
        std::fs::write(
            &p,
            "王\tB-name\n明\tI-name\n在\tO\n北\tB-address\n京\tI-address\n\n书\tB-position\n记\tI-position\n",
        )
        .unwrap();
        let (s, kinds) = read(&p).unwrap();
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].text, "王明在北京");
        let spans: Vec<_> = s[0].spans.iter().copied().collect();
        assert_eq!(spans, [(0, 2, EntityKind::Person), (3, 5, EntityKind::Place)]);
        assert!(s[1].spans.is_empty(), "unmapped types read as outside");
        assert_eq!(kinds.into_iter().collect::<Vec<_>>(), [EntityKind::Person, EntityKind::Place]);
        std::fs::remove_dir_all(dir).ok();
    }

    #[test]
    fn a_position_next_to_a_name_is_a_role_pair() {
        let dir = std::env::temp_dir().join(format!("newslens-eval-roles-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let p = dir.join("c.txt");
        let rows = "导\tB-position\n演\tI-position\n王\tB-name\n明\tI-name\n和\tO\n李\tB-name\n四\tI-name\n\
                    ，\tO\n经\tB-position\n理\tI-position\n";
        std::fs::write(&p, rows).unwrap();
        let (s, _) = read(&p).unwrap();
        assert_eq!(s[0].roles, [(2, 4, "导演".to_string())], "李四 has no position next to it");
        std::fs::remove_dir_all(dir).ok();
    }

    #[test]
    fn only_annotated_types_count() {
        let c = CorpusScore {
            name: "x",
            sentences: 1,
            per_kind: vec![
                (EntityKind::Person, Counts { tp: 1, fp: 1, fn_: 0 }),
                (EntityKind::Place, Counts { tp: 1, fp: 0, fn_: 1 }),
            ],
            roles: (0, 0),
            misses: Vec::new(),
        };
        let all = c.all();
        assert_eq!((all.tp, all.fp, all.fn_), (2, 1, 1));
        let (p, r, f) = all.prf();
        assert!((p - 2.0 / 3.0).abs() < 1e-9 && (r - 2.0 / 3.0).abs() < 1e-9 && (f - 2.0 / 3.0).abs() < 1e-9);
    }

    #[test]
    fn title_marks_are_not_part_of_a_span() {
        let chars: Vec<char> = "读《神曲》和神曲》".chars().collect();
        assert_eq!(unbracket(&chars, 1, 5), (2, 4));
        assert_eq!(unbracket(&chars, 6, 9), (6, 8));
        assert_eq!(unbracket(&chars, 0, 1), (0, 1), "a single char stays");
    }
}
