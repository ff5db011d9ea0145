//! The model file format (`NLNER4`, little-endian): magic, tag count, scale (f32),
//! the tag-transition matrix (f32), the feature count; then the sorted 28-bit feature
//! keys as LEB128 deltas, two bytes per feature (little-endian) with a bit per nonzero
//! tag weight, and the nonzero `i8` weights tag by tag (columns compress better: most
//! features weigh on few tags). Reading checks the lengths it reads: a bad or
//! truncated file is an error.

use super::T;

const MAGIC: &[u8; 6] = b"NLNER4";

/// A model file's contents.
pub(super) struct File {
    /// What an `i8` weight is worth.
    pub(super) scale: f32,
    pub(super) trans: [[f32; T]; T],
    /// The feature keys, sorted, with their quantized weights per tag.
    pub(super) entries: Vec<(u32, [i8; T])>,
}

/// Reads a model file.
pub(super) fn read(bytes: &[u8]) -> Result<File, String> {
    let bad = || "not a NewsLens NER model (bad or truncated file)".to_string();
    if bytes.len() < 6 + 1 + 4 + T * T * 4 + 4 || &bytes[..6] != MAGIC {
        return Err(bad());
    }
    if bytes[6] as usize != T {
        return Err(bad());
    }
    let mut p = 7;
    let f32_at = |p: usize| f32::from_le_bytes([bytes[p], bytes[p + 1], bytes[p + 2], bytes[p + 3]]);
    let scale = f32_at(p);
    p += 4;
    let mut trans = [[0.0f32; T]; T];
    for row in trans.iter_mut() {
        for v in row.iter_mut() {
            *v = f32_at(p);
            p += 4;
        }
    }
    let count = u32::from_le_bytes(bytes[p..p + 4].try_into().map_err(|_| bad())?) as usize;
    p += 4;
    // A table's slot addresses its rows with 20 bits.
    if count >= 1 << 20 {
        return Err("NER model has too many features (at most 1,048,575)".to_string());
    }
    // Keys: deltas as LEB128 varints. Then one byte per feature saying which tags
    // have a nonzero weight, then those weights tag by tag (columns compress better).
    let mut keys = Vec::with_capacity(count.min(bytes.len()));
    let mut key: u32 = 0;
    for _ in 0..count {
        let mut delta: u32 = 0;
        let mut shift = 0;
        loop {
            let b = *bytes.get(p).ok_or_else(bad)?;
            p += 1;
            if shift > 28 {
                return Err(bad());
            }
            delta |= u32::from(b & 0x7f) << shift;
            shift += 7;
            if b & 0x80 == 0 {
                break;
            }
        }
        key = key.checked_add(delta).ok_or_else(bad)?;
        keys.push(key);
    }
    let masks: Vec<u16> =
        bytes.get(p..p + 2 * count).ok_or_else(bad)?.chunks(2).map(|b| u16::from_le_bytes([b[0], b[1]])).collect();
    p += 2 * count;
    let mut entries: Vec<(u32, [i8; T])> = keys.into_iter().map(|k| (k, [0i8; T])).collect();
    for t in 0..T {
        for (e, &m) in entries.iter_mut().zip(&masks) {
            if m & (1 << t) != 0 {
                e.1[t] = *bytes.get(p).ok_or_else(bad)? as i8;
                p += 1;
            }
        }
    }
    if p != bytes.len() {
        return Err(bad());
    }
    Ok(File { scale, trans, entries })
}

/// Writes a model file: `entries` sorted by key, with at least one nonzero weight each.
#[cfg(feature = "train")]
pub(super) fn write(scale: f32, trans: &[[f32; T]; T], entries: &[(u32, [i8; T])]) -> Vec<u8> {
    let mut out = Vec::with_capacity(16 + T * T * 4 + entries.len() * (5 + T));
    out.extend_from_slice(MAGIC);
    out.push(T as u8);
    out.extend_from_slice(&scale.to_le_bytes());
    for row in trans {
        for v in row {
            out.extend_from_slice(&v.to_le_bytes());
        }
    }
    out.extend_from_slice(&(entries.len() as u32).to_le_bytes());
    let mut prev = 0u32;
    for (k, _) in entries {
        let mut delta = k - prev;
        prev = *k;
        while delta >= 0x80 {
            out.push((delta as u8 & 0x7f) | 0x80);
            delta >>= 7;
        }
        out.push(delta as u8);
    }
    for (_, w) in entries {
        let mask = (0..T).filter(|&t| w[t] != 0).fold(0u16, |m, t| m | 1 << t);
        out.extend_from_slice(&mask.to_le_bytes());
    }
    for t in 0..T {
        out.extend(entries.iter().filter(|(_, w)| w[t] != 0).map(|(_, w)| w[t] as u8));
    }
    out
}
