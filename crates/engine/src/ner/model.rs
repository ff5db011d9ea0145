//! The model file format (`NLNER5`, little-endian): magic, tag count, scale (f32),
//! the tag-transition matrix (f32), the group count and the feature count; then the
//! sorted 22-bit group keys as LEB128 deltas, and per group the set of its templates
//! as a LEB128 bit set (a feature key is its group over its template id, and the
//! n-gram and word groups hold several templates each, so a key costs about half
//! what a delta per key did); a bit per nonzero tag weight of each feature, in two
//! byte planes (tags 0–7, then tag 8); and the nonzero `i8` weights tag by tag
//! (columns compress better: most features weigh on few tags). Reading checks the
//! lengths it reads: a bad or truncated file is an error, and a file of an older
//! format says so.

use super::features::TID_BITS;
use super::T;

const MAGIC: &[u8; 6] = b"NLNER5";

// The nonzero-weight bits fill two byte planes.
const _: () = assert!(T <= 16);

/// A model file's contents.
pub(super) struct File {
    /// What an `i8` weight is worth.
    pub(super) scale: f32,
    pub(super) trans: [[f32; T]; T],
    /// The feature keys, sorted, with their quantized weights per tag.
    pub(super) entries: Vec<(u32, [i8; T])>,
}

/// Reads LEB128 varints from `bytes` at `*p`.
fn varint(bytes: &[u8], p: &mut usize) -> Option<u64> {
    let mut v: u64 = 0;
    let mut shift = 0;
    loop {
        let b = *bytes.get(*p)?;
        *p += 1;
        if shift > 63 {
            return None;
        }
        v |= u64::from(b & 0x7f) << shift;
        shift += 7;
        if b & 0x80 == 0 {
            return Some(v);
        }
    }
}

/// Reads a model file.
pub(super) fn read(bytes: &[u8]) -> Result<File, String> {
    let bad = || "not a NewsLens NER model (bad or truncated file)".to_string();
    if bytes.len() >= 6 && bytes.starts_with(b"NLNER") && &bytes[..6] != MAGIC {
        return Err(format!(
            "NER model format {} is no longer read (this build reads {}): retrain it with `newslens train`",
            String::from_utf8_lossy(&bytes[..6]),
            String::from_utf8_lossy(MAGIC)
        ));
    }
    if bytes.len() < 6 + 1 + 4 + T * T * 4 + 8 || &bytes[..6] != MAGIC || bytes[6] as usize != T {
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
    let u32_at = |p: usize| u32::from_le_bytes([bytes[p], bytes[p + 1], bytes[p + 2], bytes[p + 3]]) as usize;
    let (groups, count) = (u32_at(p), u32_at(p + 4));
    p += 8;
    // A table's slot addresses its rows with 20 bits.
    if count >= 1 << 20 {
        return Err("NER model has too many features (at most 1,048,575)".to_string());
    }
    let mut group_keys = Vec::with_capacity(groups.min(bytes.len()));
    let mut g: u64 = 0;
    for _ in 0..groups {
        g = g.checked_add(varint(bytes, &mut p).ok_or_else(bad)?).ok_or_else(bad)?;
        group_keys.push(g);
    }
    let mut keys = Vec::with_capacity(count.min(bytes.len()));
    for g in group_keys {
        let mut members = varint(bytes, &mut p).ok_or_else(bad)?;
        while members != 0 {
            let tid = u64::from(members.trailing_zeros());
            members &= members - 1;
            let key = u32::try_from((g << TID_BITS) | tid).map_err(|_| bad())?;
            keys.push(key);
        }
    }
    if keys.len() != count {
        return Err(bad());
    }
    let low = bytes.get(p..p + count).ok_or_else(bad)?;
    let high = bytes.get(p + count..p + 2 * count).ok_or_else(bad)?;
    p += 2 * count;
    let mut entries: Vec<(u32, [i8; T])> = keys.into_iter().map(|k| (k, [0i8; T])).collect();
    for t in 0..T {
        for (i, e) in entries.iter_mut().enumerate() {
            let plane = if t < 8 { low[i] >> t } else { high[i] >> (t - 8) };
            if plane & 1 != 0 {
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

/// Appends `v` as a LEB128 varint.
#[cfg(any(test, feature = "train"))]
fn push_varint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8 & 0x7f) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

/// Writes a model file: `entries` sorted by key, with at least one nonzero weight each.
#[cfg(any(test, feature = "train"))]
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
    // Groups and the templates each holds.
    let mut groups: Vec<(u64, u64)> = Vec::new();
    for (k, _) in entries {
        let (g, tid) = (u64::from(*k) >> TID_BITS, u64::from(*k) & ((1 << TID_BITS) - 1));
        match groups.last_mut() {
            Some(last) if last.0 == g => last.1 |= 1 << tid,
            _ => groups.push((g, 1 << tid)),
        }
    }
    out.extend_from_slice(&(groups.len() as u32).to_le_bytes());
    out.extend_from_slice(&(entries.len() as u32).to_le_bytes());
    let mut prev = 0u64;
    for &(g, _) in &groups {
        push_varint(&mut out, g - prev);
        prev = g;
    }
    for &(_, members) in &groups {
        push_varint(&mut out, members);
    }
    let mask = |w: &[i8; T]| (0..T).filter(|&t| w[t] != 0).fold(0u16, |m, t| m | 1 << t);
    out.extend(entries.iter().map(|(_, w)| mask(w) as u8));
    out.extend(entries.iter().map(|(_, w)| (mask(w) >> 8) as u8));
    for t in 0..T {
        out.extend(entries.iter().filter(|(_, w)| w[t] != 0).map(|(_, w)| w[t] as u8));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Vec<(u32, [i8; T])> {
        let mut w = [0i8; T];
        w[0] = 3;
        w[T - 1] = -7;
        // Two templates of one group, one key alone, a group far out.
        vec![
            (5 << TID_BITS | 1, w),
            (5 << TID_BITS | 40, [1; T]),
            (9 << TID_BITS, w),
            ((((1 << 22) - 1) << TID_BITS) | 63, w),
        ]
    }

    #[test]
    fn a_written_model_reads_back_the_same() {
        let mut trans = [[0.0f32; T]; T];
        trans[1][2] = 1.5;
        let bytes = write(0.25, &trans, &sample());
        let file = read(&bytes).unwrap();
        assert_eq!(file.scale, 0.25);
        assert_eq!(file.trans, trans);
        assert_eq!(file.entries, sample());
    }

    #[test]
    fn an_older_format_is_refused_by_name() {
        let mut bytes = write(1.0, &[[0.0; T]; T], &sample());
        bytes[5] = b'4';
        let err = read(&bytes).err().unwrap();
        assert!(err.contains("NLNER4") && err.contains("retrain"), "{err}");
    }

    #[test]
    fn a_truncated_or_padded_model_is_refused() {
        let bytes = write(1.0, &[[0.0; T]; T], &sample());
        for n in [0, 10, bytes.len() / 2, bytes.len() - 1] {
            assert!(read(&bytes[..n]).is_err(), "{n} bytes");
        }
        let mut longer = bytes.clone();
        longer.push(0);
        assert!(read(&longer).is_err());
    }
}
