//! `newslens eval`: scores the analyzer against gold articles (`GOLD_FORMAT.md`).
//!
//! Names and texts are compared after NFKC, lower-casing, Traditional→Simplified
//! conversion and removal of whitespace and punctuation, so offsets and script
//! differences are forgiven. Items marked `optional` in the gold count when found and
//! are not held against recall when missed.

use newslens_engine::{Analysis, Analyzer, Date, Document, Entity, MentionKind, RelationKind, TimeKind};
use serde_json::{json, Value};
use std::collections::BTreeMap;
use std::path::Path;
use unicode_normalization::UnicodeNormalization;

/// Hits and totals for one measure.
#[derive(Debug, Clone, Copy, Default)]
pub struct Prf {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl Prf {
    fn add(&mut self, o: Prf) {
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
    }
    pub fn p(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    pub fn r(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.p(), self.r());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    fn json(&self) -> Value {
        json!({"tp": self.tp, "fp": self.fp, "fn": self.fn_, "p": round(self.p()), "r": round(self.r()), "f1": round(self.f1())})
    }
}

/// Correct out of total.
#[derive(Debug, Clone, Copy, Default)]
pub struct Acc {
    pub ok: usize,
    pub total: usize,
}

impl Acc {
    fn add(&mut self, o: Acc) {
        self.ok += o.ok;
        self.total += o.total;
    }
    fn hit(&mut self, ok: bool) {
        self.total += 1;
        self.ok += usize::from(ok);
    }
    pub fn value(&self) -> f64 {
        ratio(self.ok, self.total)
    }
    fn json(&self) -> Value {
        json!({"ok": self.ok, "total": self.total, "acc": round(self.value())})
    }
}

pub(crate) fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

pub(crate) fn round(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

/// Scores of one article (or the total).
#[derive(Debug, Clone, Default)]
pub struct Scores {
    pub entities: Prf,
    pub by_type: BTreeMap<String, Prf>,
    pub roles: Acc,
    pub affiliations: Acc,
    pub part_of: Acc,
    pub times: Prf,
    pub time_values: Acc,
    pub quantities: Acc,
    pub quantity_values: Acc,
    pub claims: Prf,
    pub source_kinds: Acc,
    pub events: Acc,
    pub event_actors: Acc,
}

impl Scores {
    fn add(&mut self, o: &Scores) {
        self.entities.add(o.entities);
        for (k, v) in &o.by_type {
            self.by_type.entry(k.clone()).or_default().add(*v);
        }
        self.roles.add(o.roles);
        self.affiliations.add(o.affiliations);
        self.part_of.add(o.part_of);
        self.times.add(o.times);
        self.time_values.add(o.time_values);
        self.quantities.add(o.quantities);
        self.quantity_values.add(o.quantity_values);
        self.claims.add(o.claims);
        self.source_kinds.add(o.source_kinds);
        self.events.add(o.events);
        self.event_actors.add(o.event_actors);
    }

    fn json(&self) -> Value {
        let by_type: serde_json::Map<String, Value> = self.by_type.iter().map(|(k, v)| (k.clone(), v.json())).collect();
        json!({
            "entities": self.entities.json(), "entities_by_type": by_type,
            "roles": self.roles.json(), "affiliations": self.affiliations.json(), "part_of": self.part_of.json(),
            "times": self.times.json(), "time_values": self.time_values.json(),
            "quantities": self.quantities.json(), "quantity_values": self.quantity_values.json(),
            "claims": self.claims.json(), "source_kinds": self.source_kinds.json(),
            "events": self.events.json(), "event_actors": self.event_actors.json(),
        })
    }
}

/// The scores of every article, their script, and the total.
pub struct Report {
    pub articles: Vec<(String, String, Scores)>,
}

impl Report {
    fn total_where(&self, script: Option<&str>) -> Scores {
        let mut t = Scores::default();
        for (_, s, sc) in &self.articles {
            if script.is_none_or(|w| w == s) {
                t.add(sc);
            }
        }
        t
    }

    pub fn to_json(&self) -> Value {
        let arts: Vec<Value> =
            self.articles.iter().map(|(id, s, sc)| json!({"id": id, "script": s, "scores": sc.json()})).collect();
        json!({
            "articles": arts,
            "traditional": self.total_where(Some("traditional")).json(),
            "simplified": self.total_where(Some("simplified")).json(),
            "total": self.total_where(None).json(),
        })
    }

    /// A fixed-width table, one row per article and the totals.
    pub fn table(&self) -> String {
        let mut out = String::new();
        out.push_str(&format!(
            "{:<14} {:>6} {:>6} {:>6} {:>6} | {:>5} {:>5} {:>5} | {:>6} {:>6} | {:>6} {:>6} | {:>6} {:>6} | {:>6} {:>6}\n",
            "article", "ent.P", "ent.R", "ent.F", "", "per.F", "org.F", "plc.F", "role", "affil", "time.F", "t.val", "q.rec", "q.val",
            "claimF", "kind"
        ));
        let row = |name: &str, s: &Scores| {
            let tf = |t: &str| s.by_type.get(t).map(|p| format!("{:.2}", p.f1())).unwrap_or_else(|| "-".into());
            format!(
                "{:<14} {:>6.3} {:>6.3} {:>6.3} {:>6} | {:>5} {:>5} {:>5} | {:>6.3} {:>6.3} | {:>6.3} {:>6.3} | {:>6.3} {:>6.3} | {:>6.3} {:>6.3}   events {:.3} actors {:.3}\n",
                name,
                s.entities.p(),
                s.entities.r(),
                s.entities.f1(),
                "",
                tf("person"),
                tf("organization"),
                tf("place"),
                s.roles.value(),
                s.affiliations.value(),
                s.times.f1(),
                s.time_values.value(),
                s.quantities.value(),
                s.quantity_values.value(),
                s.claims.f1(),
                s.source_kinds.value(),
                s.events.value(),
                s.event_actors.value()
            )
        };
        for (id, _, s) in &self.articles {
            out.push_str(&row(id, s));
        }
        out.push_str(&row("TRADITIONAL", &self.total_where(Some("traditional"))));
        out.push_str(&row("SIMPLIFIED", &self.total_where(Some("simplified"))));
        out.push_str(&row("TOTAL", &self.total_where(None)));
        let t = self.total_where(None);
        let types: Vec<String> =
            t.by_type.iter().map(|(k, v)| format!("{k} P {:.3} R {:.3} F {:.3}", v.p(), v.r(), v.f1())).collect();
        out.push_str(&format!("by type: {}\n", types.join("; ")));
        out
    }
}

/// Runs every `<id>.txt` with a `<id>.gold.json` in `dir`.
pub fn run(analyzer: &Analyzer, dir: &Path) -> Result<Report, String> {
    let mut ids: Vec<String> = std::fs::read_dir(dir)
        .map_err(|e| format!("cannot read {}: {e}", dir.display()))?
        .filter_map(|e| e.ok())
        .filter_map(|e| e.file_name().to_str().and_then(|n| n.strip_suffix(".gold.json")).map(str::to_string))
        .filter(|id| dir.join(format!("{id}.txt")).exists())
        .collect();
    ids.sort();
    if ids.is_empty() {
        return Err(format!("no <id>.txt with <id>.gold.json in {}", dir.display()));
    }
    let mut articles = Vec::new();
    for id in ids {
        let text =
            std::fs::read_to_string(dir.join(format!("{id}.txt"))).map_err(|e| format!("cannot read {id}.txt: {e}"))?;
        let gold_text = std::fs::read_to_string(dir.join(format!("{id}.gold.json")))
            .map_err(|e| format!("cannot read {id}.gold.json: {e}"))?;
        let gold: Value = serde_json::from_str(&gold_text).map_err(|e| format!("{id}.gold.json: {e}"))?;
        let date = gold["reference_date"].as_str().and_then(Date::parse);
        let a = analyzer.analyze(&Document { text: &text, reference_date: date });
        let script = gold["script"].as_str().unwrap_or("").to_string();
        articles.push((id, script, score(analyzer, &a, &gold)));
    }
    Ok(Report { articles })
}

struct Norm<'a>(&'a Analyzer);

impl Norm<'_> {
    fn key(&self, s: &str) -> String {
        let nfkc: String = s.nfkc().collect::<String>().to_lowercase();
        self.0.tables().fold_str(&nfkc).chars().filter(|c| c.is_alphanumeric()).collect()
    }
}

fn strs(v: &Value) -> Vec<&str> {
    match v {
        Value::Array(a) => a.iter().filter_map(Value::as_str).collect(),
        Value::String(s) => vec![s.as_str()],
        _ => Vec::new(),
    }
}

fn names_of(e: &Entity) -> impl Iterator<Item = &str> {
    std::iter::once(e.name.as_str()).chain(e.aliases.iter().map(String::as_str))
}

fn score(analyzer: &Analyzer, a: &Analysis, gold: &Value) -> Scores {
    let n = Norm(analyzer);
    let mut s = Scores::default();
    let empty = Vec::new();
    let gents = gold["entities"].as_array().unwrap_or(&empty);
    score_entities(&n, a, gents, &mut s);
    score_times(&n, a, gold["times"].as_array().unwrap_or(&empty), &mut s);
    score_quantities(&n, a, gold["quantities"].as_array().unwrap_or(&empty), &mut s);
    score_claims(&n, a, gold["claims"].as_array().unwrap_or(&empty), &mut s);
    score_events(&n, a, gents, gold["events"].as_array().unwrap_or(&empty), &mut s);
    s
}

/// Entities one-to-one by any shared name with an accepted type; roles and
/// affiliations of the gold people.
fn score_entities(n: &Norm<'_>, a: &Analysis, gents: &[Value], s: &mut Scores) {
    // Entities: one-to-one by any shared name with an accepted type.
    let mut matched_pred: Vec<Option<usize>> = vec![None; a.entities.len()];
    let mut gold_match: Vec<Option<usize>> = vec![None; gents.len()];
    for (gi, g) in gents.iter().enumerate() {
        let gnames: Vec<String> = strs(&g["names"]).iter().map(|x| n.key(x)).collect();
        let mut types = strs(&g["accept_types"]);
        types.push(g["type"].as_str().unwrap_or(""));
        let hit = a.entities.iter().enumerate().find(|(pi, e)| {
            matched_pred[*pi].is_none()
                && types.contains(&e.kind.as_str())
                && names_of(e).any(|nm| gnames.contains(&n.key(nm)))
        });
        if let Some((pi, _)) = hit {
            matched_pred[pi] = Some(gi);
            gold_match[gi] = Some(pi);
        }
    }
    // Predictions that share a name with an optional gold item are neither right nor wrong.
    let optional_names: Vec<String> = gents
        .iter()
        .filter(|g| g["optional"].as_bool() == Some(true))
        .flat_map(|g| strs(&g["names"]).into_iter().map(|x| n.key(x)))
        .collect();
    for (gi, g) in gents.iter().enumerate() {
        let t = g["type"].as_str().unwrap_or("?").to_string();
        let optional = g["optional"].as_bool() == Some(true);
        let e = s.by_type.entry(t).or_default();
        if gold_match[gi].is_some() {
            e.tp += 1;
            s.entities.tp += 1;
        } else if !optional {
            e.fn_ += 1;
            s.entities.fn_ += 1;
        }
    }
    for (pi, e) in a.entities.iter().enumerate() {
        if matched_pred[pi].is_none() && !names_of(e).any(|nm| optional_names.contains(&n.key(nm))) {
            s.entities.fp += 1;
            s.by_type.entry(e.kind.to_string()).or_default().fp += 1;
        }
    }
    // Roles and affiliations of gold people.
    let ent_by_id = |id: &str| a.entities.iter().find(|e| e.id == id);
    for (gi, g) in gents.iter().enumerate() {
        let pred = gold_match[gi].map(|pi| &a.entities[pi]);
        let roles: Vec<String> = strs(&g["roles"]).iter().map(|x| n.key(x)).collect();
        if !roles.is_empty() {
            let ok = pred.is_some_and(|p| p.roles.iter().any(|r| roles.contains(&n.key(r))));
            s.roles.hit(ok);
        }
        for (field, kind, acc) in [
            ("affiliations", RelationKind::AffiliatedWith, &mut s.affiliations),
            ("part_of", RelationKind::PartOf, &mut s.part_of),
        ] {
            for target in strs(&g[field]) {
                let tk = n.key(target);
                let ok = pred.is_some_and(|p| {
                    a.relations.iter().any(|r| {
                        r.kind == kind
                            && r.source == p.id
                            && ent_by_id(&r.target).is_some_and(|t| names_of(t).any(|nm| n.key(nm) == tk))
                    })
                });
                acc.hit(ok);
            }
        }
    }
}

/// Times in order, by text containment; values on the matched ones.
fn score_times(n: &Norm<'_>, a: &Analysis, gtimes: &[Value], s: &mut Scores) {
    // Times: in order, by text containment.
    let preds: Vec<_> = a.times.iter().filter(|t| t.kind != TimeKind::Vague).collect();
    let mut used = vec![false; preds.len()];
    let mut cursor = 0;
    for g in gtimes {
        let gk = n.key(g["text"].as_str().unwrap_or(""));
        let optional = g["optional"].as_bool() == Some(true);
        let found = (cursor..preds.len()).chain(0..cursor).find(|&pi| {
            let pk = n.key(&preds[pi].text);
            !used[pi] && !gk.is_empty() && (pk == gk || pk.contains(&gk) || gk.contains(&pk)) && !pk.is_empty()
        });
        match found {
            Some(pi) => {
                used[pi] = true;
                cursor = pi + 1;
                s.times.tp += 1;
                let mut ok_values = strs(&g["values"]);
                ok_values.extend(g["value"].as_str());
                s.time_values.hit(preds[pi].value.as_deref().is_some_and(|v| ok_values.contains(&v)));
            }
            None if !optional => s.times.fn_ += 1,
            None => {}
        }
    }
    s.times.fp += used.iter().filter(|u| !**u).count();
}

/// Quantities: recall by text, value accuracy where gold has a value.
fn score_quantities(n: &Norm<'_>, a: &Analysis, gold: &[Value], s: &mut Scores) {
    // Quantities: recall by text, value accuracy where gold has a value.
    for g in gold {
        if g["optional"].as_bool() == Some(true) {
            continue;
        }
        let gk = n.key(g["text"].as_str().unwrap_or(""));
        let found = a.quantities.iter().find(|q| {
            let qk = n.key(&q.text);
            !qk.is_empty() && (qk == gk || qk.contains(&gk) || gk.contains(&qk))
        });
        s.quantities.hit(found.is_some());
        if !g["value"].is_null() {
            let ok = found.is_some_and(|q| match &g["value"] {
                Value::Array(r) if r.len() == 2 => close(q.value, r[0].as_f64()) && close(q.value_max, r[1].as_f64()),
                v => close(q.value, v.as_f64()),
            });
            s.quantity_values.hit(ok);
        }
    }
}

/// Claims as the reference scorer matches them: a gold claim (the required ones first,
/// then the optional) takes the first unused predicted claim whose content holds its
/// phrase **and** whose speaker matches one of its speaker strings — the claim's
/// `speaker_text` or a name of its speaker entity (name, aliases, name mentions; not
/// titles or pronouns), equal or, from two chars on, one inside the other. Source kind
/// on the matched required ones.
fn score_claims(n: &Norm<'_>, a: &Analysis, gclaims: &[Value], s: &mut Scores) {
    let mut claim_used = vec![false; a.claims.len()];
    let mut order: Vec<&Value> = gclaims.iter().collect();
    order.sort_by_key(|g| g["optional"].as_bool() == Some(true));
    // Each predicted claim's speaker strings, normalized.
    let speakers: Vec<Vec<String>> = a
        .claims
        .iter()
        .map(|c| {
            let mut out = vec![n.key(&c.speaker_text)];
            if let Some(en) = c.speaker.as_deref().and_then(|id| a.entities.iter().find(|e| e.id == id)) {
                out.extend(names_of(en).map(|x| n.key(x)));
                let named = en.mentions.iter().filter(|m| m.kind == MentionKind::Name);
                out.extend(named.map(|m| n.key(&m.text)));
            }
            out.retain(|x| !x.is_empty());
            out
        })
        .collect();
    let same = |x: &str, y: &str| {
        x == y || (x.chars().count().min(y.chars().count()) >= 2 && (x.contains(y) || y.contains(x)))
    };
    for g in order {
        let has = n.key(g["content_has"].as_str().unwrap_or(""));
        let want: Vec<String> = strs(&g["speaker"]).iter().map(|x| n.key(x)).collect();
        let optional = g["optional"].as_bool() == Some(true);
        let found = a.claims.iter().enumerate().find(|(ci, c)| {
            !claim_used[*ci]
                && n.key(&c.content).contains(&has)
                && want.iter().any(|w| speakers[*ci].iter().any(|x| same(w, x)))
        });
        match found {
            Some((ci, c)) => {
                claim_used[ci] = true;
                if !optional {
                    s.claims.tp += 1;
                    s.source_kinds.hit(g["source_kind"].as_str() == Some(c.source_kind.as_str()));
                }
            }
            None if !optional => s.claims.fn_ += 1,
            None => {}
        }
    }
    s.claims.fp += claim_used.iter().filter(|u| !**u).count();
}

/// Events: a predicted event with the date whose sentence has the phrase; its actors.
fn score_events(n: &Norm<'_>, a: &Analysis, gents: &[Value], gold: &[Value], s: &mut Scores) {
    let ent_by_id = |id: &str| a.entities.iter().find(|e| e.id == id);
    // Events: a predicted event with the date whose sentence has the phrase.
    for g in gold {
        let optional = g["optional"].as_bool() == Some(true);
        let has = n.key(g["sentence_has"].as_str().unwrap_or(""));
        let date = g["date"].as_str();
        let found = a.events.iter().find(|e| e.date.as_deref() == date && n.key(&e.sentence).contains(&has));
        if found.is_none() && optional {
            continue;
        }
        s.events.hit(found.is_some());
        for actor in strs(&g["actors"]) {
            let ak = n.key(actor);
            let gnames: Vec<String> = gents
                .iter()
                .find(|ge| strs(&ge["names"]).iter().any(|x| n.key(x) == ak))
                .map(|ge| strs(&ge["names"]).iter().map(|x| n.key(x)).collect())
                .unwrap_or_else(|| vec![ak.clone()]);
            let ok = found.is_some_and(|e| {
                e.actors
                    .iter()
                    .any(|id| ent_by_id(id).is_some_and(|en| names_of(en).any(|nm| gnames.contains(&n.key(nm)))))
            });
            s.event_actors.hit(ok);
        }
    }
}

fn close(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => (x - y).abs() <= 1e-6 * y.abs().max(1.0),
        _ => false,
    }
}
