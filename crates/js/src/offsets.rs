//! Offset conversion at the JavaScript boundary, the one implementation: the engine
//! speaks Unicode code point indices, JavaScript strings UTF-16 code unit indices.
//!
//! The JS API's DTOs ([`crate::dto`]), its `wordEnds` and the web app's embed answers
//! all convert here, so a string slices the same way whichever face produced it.

/// Code point index → UTF-16 index, for one text.
pub struct Utf16 {
    map: Vec<u32>,
}

impl Utf16 {
    pub fn new(text: &str) -> Utf16 {
        let mut map = Vec::with_capacity(text.len() + 1);
        let mut u = 0u32;
        for c in text.chars() {
            map.push(u);
            u += c.len_utf16() as u32;
        }
        map.push(u);
        Utf16 { map }
    }

    /// The UTF-16 offset of code point `i` (the text's UTF-16 length past its end).
    pub fn at(&self, i: usize) -> u32 {
        self.map[i.min(self.map.len() - 1)]
    }
}

/// Maps code point indices of `text` to UTF-16 indices; `map[i]` is the UTF-16 offset
/// of code point `i`, and `map[len]` the UTF-16 length.
pub fn utf16_map(text: &str) -> Vec<usize> {
    Utf16::new(text).map.into_iter().map(|u| u as usize).collect()
}

/// The UTF-16 offsets of `positions`, code point indices in ascending order: one pass
/// over the chars, without an offset table for the whole text (a position past the
/// end gives the text's UTF-16 length).
pub fn utf16_of_ascending(text: &str, positions: impl IntoIterator<Item = usize>) -> Vec<u32> {
    let positions = positions.into_iter();
    let mut out = Vec::with_capacity(positions.size_hint().0);
    let (mut chars, mut at, mut units) = (text.chars(), 0usize, 0u32);
    for position in positions {
        while at < position {
            let Some(c) = chars.next() else { break };
            units += c.len_utf16() as u32;
            at += 1;
        }
        out.push(units);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_offsets_count_astral_chars_twice() {
        let u = Utf16::new("a😀𠀀b");
        assert_eq!((0..=4).map(|i| u.at(i)).collect::<Vec<_>>(), vec![0, 1, 3, 5, 6]);
        assert_eq!(u.at(99), 6);
    }

    #[test]
    fn maps_astral_chars_to_two_units() {
        let m = utf16_map("a😀𠀀b");
        assert_eq!(m, vec![0, 1, 3, 5, 6]);
    }

    #[test]
    fn ascending_positions_convert_as_the_table_does() {
        let text = "a😀𠀀b字";
        let u = Utf16::new(text);
        let positions = [0, 1, 1, 3, 5, 9];
        let expected: Vec<u32> = positions.iter().map(|&i| u.at(i)).collect();
        assert_eq!(utf16_of_ascending(text, positions), expected);
    }
}
