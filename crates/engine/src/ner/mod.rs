//! NER: a learned character tagger (PER, ORG, LOC, PRD in BIO tags) whose mentions join the
//! rule signals in `entities`.
//!
//! The model is a structured averaged perceptron with first-order Viterbi decoding: a
//! linear model over sparse, hashed features — character n-grams around the position,
//! character classes, the jieba word the character sits in (its position in the word,
//! length and POS tag), gazetteer matches, surnames and titles. It trains in minutes on
//! two cores, decodes in linear time, and after pruning and 8-bit quantization fits in
//! well under a megabyte gzipped: the point of the design (BiLSTM or BERT taggers are
//! far too heavy for a web page). Features are computed on the normalized (Simplified)
//! view, so one model reads Traditional and Simplified text alike.
//!
//! Layout: this module holds the public types ([`Model`], [`Context`], [`TAGS`]);
//! `features` computes the hashed feature keys, `model` reads and writes the model
//! file (`NLNER5`), `packed` lays a loaded model's weights out for tagging, `decode`
//! finds the best tag sequence and the mentions it spells. The trainer (`Trainer`)
//! is compiled only with the `train` feature (the CLI's `newslens train`): the browser
//! engine loads and decodes models, it does not make them.

// Tag-indexed arrays (`[f32; T]`, the transition matrix) read most clearly with
// explicit tag indices.
#![allow(clippy::needless_range_loop)]

mod decode;
mod features;
mod model;
mod packed;
#[cfg(feature = "train")]
mod train;

pub use decode::{spans, tag_type};
pub use features::features;
#[cfg(feature = "train")]
pub use train::Trainer;

use crate::gazetteer::Gazetteer;
use crate::segment::Token;
use decode::viterbi;
use packed::{Packed, L};
use std::hash::Hasher;

/// The tags, BIO over four types: persons, organizations, places and products (works,
/// models, programmes: CLUENER's books, games and films). A B tag has an odd index and
/// its I tag follows it.
pub const TAGS: [&str; 9] = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-PRD", "I-PRD"];
const T: usize = TAGS.len();

/// A hasher that passes through keys that already are hashes.
#[derive(Default, Clone, Copy)]
pub struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | u64::from(b);
        }
    }
    fn write_u32(&mut self, n: u32) {
        self.0 = u64::from(n).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// A map keyed by feature keys (already hashes).
#[cfg(feature = "train")]
type IdMap<V> = std::collections::HashMap<u64, V, std::hash::BuildHasherDefault<IdHasher>>;

/// Everything the features read about a sentence.
pub struct Context<'a> {
    /// Normalized chars of the sentence.
    pub chars: &'a [char],
    /// Jieba tokens of the sentence, in order, none past its end; their offsets are
    /// `offset` more than the sentence's (so a text's tokens need no copying).
    pub tokens: &'a [Token],
    pub offset: usize,
    pub gaz: &'a Gazetteer,
}

/// Feature weights: exact (during training) or packed (a loaded model file).
enum Weights {
    #[cfg(feature = "train")]
    Exact(IdMap<[f32; T]>),
    Packed(Box<Packed>),
}

impl Weights {
    fn len(&self) -> usize {
        match self {
            #[cfg(feature = "train")]
            Weights::Exact(map) => map.len(),
            Weights::Packed(p) => p.len(),
        }
    }
}

/// A trained tagger.
pub struct Model {
    weights: Weights,
    trans: [[f32; T]; T],
}

impl std::fmt::Debug for Model {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Model").field("features", &self.weights.len()).finish()
    }
}

/// Float emission scores from feature keys under exact (training) weights.
#[cfg(feature = "train")]
fn exact_emissions(map: &IdMap<[f32; T]>, feats: &[Vec<u64>]) -> Vec<[f32; T]> {
    feats
        .iter()
        .map(|keys| {
            let mut s = [0.0f32; T];
            for w in keys.iter().filter_map(|k| map.get(&(k & features::KEY_MASK))) {
                for t in 0..T {
                    s[t] += w[t];
                }
            }
            s
        })
        .collect()
}

/// Scaled float scores from integer sums.
fn scaled(emit: Vec<[i16; L]>, scale: f32) -> Vec<[f32; T]> {
    emit.into_iter().map(|s| std::array::from_fn(|t| f32::from(s[t]) * scale)).collect()
}

impl Model {
    /// Loads a model file.
    pub fn from_bytes(bytes: &[u8]) -> Result<Model, String> {
        let file = model::read(bytes)?;
        Ok(Model { weights: Weights::Packed(Box::new(Packed::new(&file.entries, file.scale))), trans: file.trans })
    }

    /// Per-char scores of each tag (before the transitions), one row per char.
    pub fn emissions(&self, ctx: &Context<'_>) -> Vec<[f32; T]> {
        match &self.weights {
            Weights::Packed(p) => scaled(p.emissions(ctx), p.scale),
            #[cfg(feature = "train")]
            Weights::Exact(map) => exact_emissions(map, &features(ctx)),
        }
    }

    /// Per-char scores of each tag from precomputed features (see [`features`]).
    pub fn emissions_of(&self, feats: &[Vec<u64>]) -> Vec<[f32; T]> {
        match &self.weights {
            Weights::Packed(p) => scaled(p.emissions_of(feats), p.scale),
            #[cfg(feature = "train")]
            Weights::Exact(map) => exact_emissions(map, feats),
        }
    }

    /// Tags a sentence: one tag index per char.
    pub fn tag(&self, ctx: &Context<'_>) -> Vec<usize> {
        viterbi(&self.emissions(ctx), &self.trans)
    }

    /// Tags a sentence from precomputed features (see [`features`]).
    pub fn tag_features(&self, feats: &[Vec<u64>]) -> Vec<usize> {
        viterbi(&self.emissions_of(feats), &self.trans)
    }

    /// Number of stored features.
    pub fn len(&self) -> usize {
        self.weights.len()
    }

    /// Whether the model has no features.
    pub fn is_empty(&self) -> bool {
        self.weights.len() == 0
    }
}
