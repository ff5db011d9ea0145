//! `newslens train` and `newslens ner-tag`: training the character tagger of
//! [`newslens_engine::ner`] on the shared NER corpora, and tagging a `char<TAB>tag`
//! file for conlleval-style scoring.
//!
//! Corpora (`DIR` = `../shared/data/ner`): MSRA train (every 20th sentence held out as
//! the dev split), CLUENER train, UNER Chinese-GSD (Traditional) train and Weibo NER
//! train (named mentions; nominal ones such as 记者 are O). CLUENER's types map to PER
//! (name), ORG (company, government, organization), LOC (address, scene) and PRD
//! (book, game, movie); position becomes O. BosonNLP is never trained on (its terms
//! allow measuring only: `newslens eval-ner`). Features are computed on the
//! normalized (Simplified) view of each sentence, so a Traditional copy of a Simplified
//! corpus would yield identical features: the Traditional side is covered by that
//! normalization and by UNER's native Traditional text.

use newslens_engine::analysis::EntityKind;
use newslens_engine::ner::{self, Trainer, TAGS};
use newslens_engine::Analyzer;
use std::io::Write;
use std::path::Path;

/// One sentence: its chars and gold tag indices.
pub struct Sentence {
    pub chars: Vec<char>,
    pub tags: Vec<usize>,
}

/// Maps a corpus tag to one of [`TAGS`].
fn map_tag(tag: &str) -> usize {
    let (bio, ty) = match tag.split_once('-') {
        Some((b, t)) => (b, t),
        None => return 0,
    };
    let ty = match ty {
        "PER" | "name" | "NR" | "PERSON" | "PER.NAM" => "PER",
        "ORG" | "company" | "government" | "organization" | "NT" | "ORG.NAM" => "ORG",
        "LOC" | "address" | "scene" | "NS" | "GPE" | "LOC.NAM" | "GPE.NAM" => "LOC",
        "book" | "game" | "movie" => "PRD",
        _ => return 0,
    };
    let b = if bio == "B" || bio == "S" { "B" } else { "I" };
    TAGS.iter().position(|t| *t == format!("{b}-{ty}")).unwrap_or(0)
}

/// Reads a `char<TAB>tag` file with blank lines between sentences.
pub fn read_corpus(path: &Path) -> Result<Vec<Sentence>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let mut out = Vec::new();
    let mut cur = Sentence { chars: Vec::new(), tags: Vec::new() };
    for line in text.lines() {
        let line = line.trim_end_matches('\r');
        if line.is_empty() {
            if !cur.chars.is_empty() {
                out.push(std::mem::replace(&mut cur, Sentence { chars: Vec::new(), tags: Vec::new() }));
            }
            continue;
        }
        let (c, tag) = line.split_once('\t').unwrap_or((line, "O"));
        let Some(ch) = c.chars().next() else { continue };
        cur.chars.push(ch);
        cur.tags.push(map_tag(tag));
    }
    if !cur.chars.is_empty() {
        out.push(cur);
    }
    // BIO repair: an I- without its B- starts a mention.
    for s in &mut out {
        for i in 0..s.tags.len() {
            let t = s.tags[i];
            if t % 2 == 0 && t != 0 && (i == 0 || (s.tags[i - 1] != t && s.tags[i - 1] != t - 1)) {
                s.tags[i] = t - 1;
            }
        }
    }
    Ok(out)
}

/// The tagger's kinds, in the order [`Score`] reports them.
const KINDS: [EntityKind; 4] = [EntityKind::Person, EntityKind::Organization, EntityKind::Place, EntityKind::Product];

/// Per-type P/R/F1 of predicted against gold spans.
#[derive(Default)]
pub struct Score {
    counts: [(usize, usize, usize); 4],
}

impl Score {
    pub fn add(&mut self, gold: &[usize], pred: &[usize]) {
        let g = ner::spans(gold);
        let p = ner::spans(pred);
        for (ti, ty) in KINDS.iter().enumerate() {
            let gs: Vec<_> = g.iter().filter(|s| s.2 == *ty).collect();
            let ps: Vec<_> = p.iter().filter(|s| s.2 == *ty).collect();
            let tp = ps.iter().filter(|s| gs.contains(s)).count();
            self.counts[ti].0 += tp;
            self.counts[ti].1 += ps.len() - tp;
            self.counts[ti].2 += gs.len() - tp;
        }
    }

    fn prf(tp: usize, fp: usize, fn_: usize) -> (f64, f64, f64) {
        let p = if tp + fp == 0 { 0.0 } else { tp as f64 / (tp + fp) as f64 };
        let r = if tp + fn_ == 0 { 0.0 } else { tp as f64 / (tp + fn_) as f64 };
        (p, r, if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) })
    }

    /// Per type and over all types the gold annotates (a corpus without products
    /// neither credits nor charges a predicted product).
    pub fn line(&self) -> String {
        let mut parts = Vec::new();
        let mut all = (0, 0, 0);
        for (ti, ty) in ["PER", "ORG", "LOC", "PRD"].iter().enumerate() {
            let (tp, fp, fn_) = self.counts[ti];
            if ti == 3 && tp + fn_ == 0 {
                continue;
            }
            all = (all.0 + tp, all.1 + fp, all.2 + fn_);
            let (p, r, f) = Self::prf(tp, fp, fn_);
            parts.push(format!("{ty} P {p:.3} R {r:.3} F1 {f:.3}"));
        }
        let (p, r, f) = Self::prf(all.0, all.1, all.2);
        format!("{} | all P {p:.3} R {r:.3} F1 {f:.3}", parts.join(" | "))
    }
}

/// A seeded linear congruential generator, for a deterministic shuffle.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }
}

/// Trains and writes the model; prints dev scores after each epoch.
pub fn train(
    analyzer: &Analyzer,
    dir: &Path,
    out: &Path,
    epochs: usize,
    max_features: usize,
    log: &mut impl Write,
) -> Result<(), String> {
    let msra = read_corpus(&dir.join("msra/train.txt"))?;
    let (mut train, mut dev) = (Vec::new(), Vec::new());
    for (i, s) in msra.into_iter().enumerate() {
        if i % 20 == 19 {
            dev.push(s);
        } else {
            train.push(s);
        }
    }
    train.extend(read_corpus(&dir.join("cluener2020/train.txt"))?);
    train.extend(read_corpus(&dir.join("uner_zh_gsd_trad/train.txt"))?);
    train.extend(read_corpus(&dir.join("weibo/train.txt"))?);
    let cluener_dev = read_corpus(&dir.join("cluener2020/dev.txt"))?;
    let uner_dev = read_corpus(&dir.join("uner_zh_gsd_trad/dev.txt"))?;
    let _ = writeln!(log, "train {} sentences, MSRA dev {} sentences; computing features…", train.len(), dev.len());
    let feats = |set: &[Sentence]| -> Vec<Vec<Vec<u64>>> {
        set.iter().map(|s| analyzer.ner_features(&s.chars.iter().collect::<String>())).collect()
    };
    let train_f = feats(&train);
    let dev_f = feats(&dev);
    let mut trainer = Trainer::default();
    let mut order: Vec<usize> = (0..train.len()).collect();
    let mut rng = Lcg(20_251_127);
    for epoch in 1..=epochs {
        for i in (1..order.len()).rev() {
            let j = (rng.next() % (i as u64 + 1)) as usize;
            order.swap(i, j);
        }
        let mut right = 0;
        for &i in &order {
            if train_f[i].len() == train[i].tags.len() && trainer.learn(&train_f[i], &train[i].tags) {
                right += 1;
            }
        }
        let model = trainer.snapshot();
        let mut score = Score::default();
        for (s, f) in dev.iter().zip(&dev_f) {
            score.add(&s.tags, &model.tag_features(f));
        }
        let _ = writeln!(
            log,
            "epoch {epoch}: {:.1}% train sentences right; MSRA dev (averaged, unpruned) {}",
            100.0 * right as f64 / train.len() as f64,
            score.line()
        );
    }
    let bytes = trainer.finish(max_features);
    std::fs::write(out, &bytes).map_err(|e| format!("cannot write {}: {e}", out.display()))?;
    let model = ner::Model::from_bytes(&bytes)?;
    for (name, set) in [("MSRA dev", &dev), ("CLUENER dev", &cluener_dev), ("UNER trad dev", &uner_dev)] {
        let mut score = Score::default();
        for s in set.iter() {
            let f = analyzer.ner_features(&s.chars.iter().collect::<String>());
            score.add(&s.tags, &model.tag_features(&f));
        }
        let _ = writeln!(log, "final averaged model, {name}: {}", score.line());
    }
    let _ = writeln!(log, "wrote {} ({} bytes, {} features)", out.display(), bytes.len(), model.len());
    Ok(())
}

/// Tags a `char<TAB>tag` file: `char<TAB>gold<TAB>predicted` lines, blank lines kept.
pub fn ner_tag(analyzer: &Analyzer, path: &Path, out: &mut impl Write) -> Result<(), String> {
    let corpus = read_corpus(path)?;
    let mut score = Score::default();
    for s in &corpus {
        let text: String = s.chars.iter().collect();
        let pred = analyzer.ner_tags(&text).ok_or("no NER model loaded (use --model FILE)")?;
        score.add(&s.tags, &pred);
        for i in 0..s.chars.len() {
            writeln!(out, "{}\t{}\t{}", s.chars[i], TAGS[s.tags[i]], TAGS[pred.get(i).copied().unwrap_or(0)])
                .map_err(|e| e.to_string())?;
        }
        writeln!(out).map_err(|e| e.to_string())?;
    }
    eprintln!("{}", score.line());
    Ok(())
}
