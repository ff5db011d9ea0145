//! Training: the averaged structured perceptron that makes the tagger's model file
//! (`newslens train`, `make model`), deterministic for the same data. Compiled only
//! with the engine's `train` feature, which the CLI turns on: the browser engine only
//! loads and decodes models.

// Tag-indexed arrays (`[f32; T]`, the transition matrix) read most clearly with
// explicit tag indices.
#![allow(clippy::needless_range_loop)]

use super::decode::viterbi;
use super::features::KEY_MASK;
use super::{model, IdMap, Model, Weights, T};

/// The quantized weights' steps either side of zero. Coarser steps than the `i8` range
/// allows cost the tagger nothing measurable (MSRA dev F1 0.896 with 42 steps and
/// 250,000 features; 0.893 to 0.894 with 127 and 200,000 to 300,000) and make the
/// weights compress to about two thirds,
/// so more features fit the same download: the small weights that round to zero were
/// mostly noise, and the rest take fewer distinct values.
const LEVELS: u8 = 42;

/// Averaged structured perceptron training (deterministic).
pub struct Trainer {
    index: IdMap<u32>,
    w: Vec<[f32; T]>,
    acc: Vec<[f64; T]>,
    stamp: Vec<[u64; T]>,
    trans: [[f32; T]; T],
    trans_acc: [[f64; T]; T],
    trans_stamp: [[u64; T]; T],
    time: u64,
}

impl Default for Trainer {
    fn default() -> Self {
        Trainer {
            index: IdMap::default(),
            w: Vec::new(),
            acc: Vec::new(),
            stamp: Vec::new(),
            trans: [[0.0; T]; T],
            trans_acc: [[0.0; T]; T],
            trans_stamp: [[0; T]; T],
            time: 0,
        }
    }
}

impl Trainer {
    fn bump(&mut self, key: u64, tag: usize, delta: f32) {
        let k = key & KEY_MASK;
        let idx = match self.index.get(&k) {
            Some(&i) => i as usize,
            None => {
                let i = self.w.len();
                self.index.insert(k, i as u32);
                self.w.push([0.0; T]);
                self.acc.push([0.0; T]);
                self.stamp.push([self.time; T]);
                i
            }
        };
        let elapsed = (self.time - self.stamp[idx][tag]) as f64;
        self.acc[idx][tag] += elapsed * f64::from(self.w[idx][tag]);
        self.stamp[idx][tag] = self.time;
        self.w[idx][tag] += delta;
    }

    fn bump_trans(&mut self, from: usize, to: usize, delta: f32) {
        let elapsed = (self.time - self.trans_stamp[from][to]) as f64;
        self.trans_acc[from][to] += elapsed * f64::from(self.trans[from][to]);
        self.trans_stamp[from][to] = self.time;
        self.trans[from][to] += delta;
    }

    /// One training step on a sentence with gold tags; returns whether it was right.
    pub fn learn(&mut self, feats: &[Vec<u64>], gold: &[usize]) -> bool {
        self.time += 1;
        let lookup = |k: u64| self.index.get(&(k & KEY_MASK)).map(|&i| self.w[i as usize]);
        let emit: Vec<[f32; T]> = feats
            .iter()
            .map(|f| {
                let mut s = [0.0f32; T];
                for &k in f {
                    if let Some(w) = lookup(k) {
                        for t in 0..T {
                            s[t] += w[t];
                        }
                    }
                }
                s
            })
            .collect();
        let pred = viterbi(&emit, &self.trans);
        if pred == gold {
            return true;
        }
        for i in 0..gold.len() {
            if pred[i] != gold[i] {
                for &k in &feats[i] {
                    self.bump(k, gold[i], 1.0);
                    self.bump(k, pred[i], -1.0);
                }
            }
            if i > 0 && (pred[i] != gold[i] || pred[i - 1] != gold[i - 1]) {
                self.bump_trans(gold[i - 1], gold[i], 1.0);
                self.bump_trans(pred[i - 1], pred[i], -1.0);
            }
        }
        false
    }

    /// The model with the averaged weights so far (unpruned), for dev scoring after
    /// each epoch.
    pub fn snapshot(&self) -> Model {
        let now = self.time.max(1);
        let avg = |acc: f64, w: f32, stamp: u64| ((acc + (now - stamp) as f64 * f64::from(w)) / now as f64) as f32;
        let weights = self
            .index
            .iter()
            .map(|(&k, &i)| {
                let i = i as usize;
                let mut w = [0.0f32; T];
                for t in 0..T {
                    w[t] = avg(self.acc[i][t], self.w[i][t], self.stamp[i][t]);
                }
                (k, w)
            })
            .collect();
        let mut trans = [[0.0f32; T]; T];
        for a in 0..T {
            for b in 0..T {
                trans[a][b] = avg(self.trans_acc[a][b], self.trans[a][b], self.trans_stamp[a][b]);
            }
        }
        Model { weights: Weights::Exact(weights), trans }
    }

    /// Averages, prunes to at most `max_features` features (largest weights first) and
    /// quantizes to `LEVELS` (42) steps either side of zero: the model file's bytes.
    /// (Ranking by the spread of a feature's weights, or by spread times how often it
    /// fires, keeps no better features: BENCHMARKS.md.)
    pub fn finish(&self, max_features: usize) -> Vec<u8> {
        let now = self.time.max(1);
        let avg_of = |acc: f64, w: f32, stamp: u64| ((acc + (now - stamp) as f64 * f64::from(w)) / now as f64) as f32;
        let mut trans = [[0.0f32; T]; T];
        for a in 0..T {
            for b in 0..T {
                trans[a][b] = avg_of(self.trans_acc[a][b], self.trans[a][b], self.trans_stamp[a][b]);
            }
        }
        let mut avg: Vec<(u32, [f32; T])> = self
            .index
            .iter()
            .map(|(&k, &i)| {
                let i = i as usize;
                (k as u32, std::array::from_fn(|t| avg_of(self.acc[i][t], self.w[i][t], self.stamp[i][t])))
            })
            .collect();
        // Keep the features that matter most (L1 norm), deterministically.
        avg.sort_by(|a, b| {
            let la: f32 = a.1.iter().map(|x| x.abs()).sum();
            let lb: f32 = b.1.iter().map(|x| x.abs()).sum();
            lb.total_cmp(&la).then(a.0.cmp(&b.0))
        });
        avg.truncate(max_features);
        let max = avg.iter().flat_map(|(_, w)| w.iter()).fold(0.0f32, |m, x| m.max(x.abs())).max(1e-6);
        // The largest weight sets the scale: clipping outliers (tried at the 99th and
        // 99.9th percentiles) costs 4 to 16 points of MSRA F1.
        let scale = max / f32::from(LEVELS);
        avg.retain(|(_, w)| w.iter().any(|x| (x / scale).round() != 0.0));
        avg.sort_by_key(|a| a.0);
        let entries: Vec<(u32, [i8; T])> =
            avg.iter().map(|&(k, w)| (k, w.map(|x| (x / scale).round().clamp(-127.0, 127.0) as i8))).collect();
        model::write(scale, &trans, &entries)
    }
}
