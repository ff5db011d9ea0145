//! Offset conversion at the JavaScript boundary: the engine speaks Unicode code point
//! indices, JavaScript strings UTF-16 code unit indices.

/// Maps code point indices of `text` to UTF-16 indices; `map[i]` is the UTF-16 offset
/// of code point `i`, and `map[len]` the UTF-16 length.
pub fn utf16_map(text: &str) -> Vec<usize> {
    let mut map = Vec::with_capacity(text.len() + 1);
    let mut u = 0;
    for c in text.chars() {
        map.push(u);
        u += c.len_utf16();
    }
    map.push(u);
    map
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_astral_chars_to_two_units() {
        let m = utf16_map("a😀𠀀b");
        assert_eq!(m, vec![0, 1, 3, 5, 6]);
    }
}
