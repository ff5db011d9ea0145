//! Fast hashing for the engine's per-character indexes: a multiplicative hasher for
//! `char` keys (the indexes are probed at every character of every text, and SipHash
//! dominated the entity stage's profile) and the map types built on it. A module of its
//! own so that `text` and `gazetteer` both use it without importing each other.

use std::collections::HashMap;

/// A multiplicative hasher for `char` keys: the index is probed for every character
/// of every text, and SipHash dominated the entity stage's profile.
#[derive(Debug, Clone, Copy, Default)]
pub struct CharHasher(u64);

impl std::hash::Hasher for CharHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }
    fn write_u32(&mut self, n: u32) {
        self.0 = (self.0.rotate_left(5) ^ u64::from(n)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

/// A map keyed by one char.
pub type CharMap<V> = HashMap<char, V, std::hash::BuildHasherDefault<CharHasher>>;
/// A map keyed by two chars, with the same hasher.
pub type PairMap<V> = HashMap<(char, char), V, std::hash::BuildHasherDefault<CharHasher>>;
