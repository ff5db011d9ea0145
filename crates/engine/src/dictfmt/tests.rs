use super::*;

fn entry(word: &str, freq: u64, tag: &str) -> Entry {
    Entry { word: word.into(), freq, tag: tag.into() }
}

/// Packs `plain`, checks the packed text parses to the plain entries, and returns it.
fn round_trip(plain: &str) -> String {
    let packed = pack(plain).unwrap();
    assert!(is_packed(&packed));
    assert_eq!(entries(&packed).unwrap(), parse_plain(plain).unwrap(), "{packed}");
    packed
}

#[test]
fn the_documented_example_is_what_pack_writes() {
    let packed = round_trip("一 100 m\n一二 7 nr\n二 20\n");
    assert_eq!(packed, "NLDICT2 n=3\nm nr\n0一1二0二\nq5(5\n\"#!\n");
    // The same text as in the module docs.
    let docs = include_str!("../dictfmt.rs");
    let shown: String = packed.lines().map(|l| format!("//! {l}\n")).collect();
    assert!(docs.contains(&shown), "update the example in the module docs to:\n{shown}");
}

#[test]
fn canonical_plain_lines_unpack_byte_for_byte() {
    let plain = "一 217830 m\n一一 1670 m\n一一二 11 m\n一一列举 34 i\n不 0\n丁 3 nr\n";
    assert_eq!(unpack(&round_trip(plain)).unwrap(), plain);
}

#[test]
fn simplified_and_traditional_words_round_trip() {
    round_trip("台湾 5000 ns\n台灣 40 ns\n臺灣 12 ns\n执行长 30 n\n執行長 30 n\n发言人 900 n\n發言人 50 n\n");
}

#[test]
fn words_that_share_prefixes_round_trip_in_any_order() {
    // Sorted, a word after its own prefix, a prefix after a longer word, and duplicates
    // (jieba keeps the later frequency of a duplicate: the order is kept).
    round_trip("中 1 n\n中国 2 ns\n中国人 3 n\n中国人民银行 4 nt\n中国 5 ns\n中 6\n中国人 7 n\n中国人 8 n\n");
}

#[test]
fn missing_tags_and_frequencies_read_as_jieba_reads_them() {
    let plain = "甲\n乙 5\n丙 6 x extra fields\n\n   \n丁\t7\tn\r\n";
    let want = [entry("甲", 0, ""), entry("乙", 5, ""), entry("丙", 6, "x"), entry("丁", 7, "n")];
    assert_eq!(parse_plain(plain).unwrap(), want);
    assert_eq!(entries(&round_trip(plain)).unwrap(), want);
}

#[test]
fn digits_backslashes_and_non_bmp_chars_in_words_round_trip() {
    round_trip("3C 10 n\n3D打印 20 v\n12 3 m\n1\\2 4\n\\ 5 x\n\\\\9 6\n𠀀 7 n\n𠀀𠀁 8\n😀笑 9 x\nB超 10 n\n");
}

#[test]
fn frequencies_of_every_size_round_trip() {
    let mut plain = String::new();
    for (i, f) in [0, 1, 79, 80, 81, 1199, 1200, 1201, 883_634, u32::MAX as u64, u64::MAX].iter().enumerate() {
        plain.push_str(&format!("词{i} {f} n\n"));
    }
    round_trip(&plain);
}

#[test]
fn numbers_round_trip_through_the_alphabet() {
    let mut values = vec![0, 1, 79, 80, 81, 1199, 1200, 1201, 16_879, 16_880, u64::MAX - 1, u64::MAX];
    values.extend((0..64).map(|s| 1u64 << s));
    for n in values {
        let mut s = String::new();
        write_number(&mut s, n);
        assert!(s.bytes().all(|b| (b'!'..=b'~').contains(&b)), "{s}");
        let mut bytes = s.as_bytes();
        assert_eq!(read_number(&mut bytes), Ok(n), "{s}");
        assert!(bytes.is_empty());
    }
}

#[test]
fn an_empty_dictionary_round_trips() {
    assert_eq!(round_trip(""), "NLDICT2 n=0\n\n\n\n\n");
    assert_eq!(round_trip("\n\n"), "NLDICT2 n=0\n\n\n\n\n");
}

#[test]
fn a_plain_dictionary_is_not_taken_for_a_packed_one() {
    // A word NLDICT2 is a plain entry; only the header's `n=` marks the packed form.
    assert!(!is_packed("NLDICT2 5 n\n"));
    assert_eq!(entries("NLDICT2 5 n\n").unwrap(), [entry("NLDICT2", 5, "n")]);
    assert!(parse_plain("NLDICT2 n=1\n").is_err());
}

#[test]
fn crlf_line_ends_are_accepted() {
    let packed = pack("一 100 m\n一二 7 nr\n").unwrap().replace('\n', "\r\n");
    assert_eq!(entries(&packed).unwrap(), [entry("一", 100, "m"), entry("一二", 7, "nr")]);
}

#[test]
fn a_malformed_packed_dictionary_fails_with_a_message() {
    let good = pack("一 100 m\n一二 7 nr\n二 20\n").unwrap();
    assert!(entries(&good).is_ok());
    let cases: &[(&str, &str)] = &[
        ("NLDICT2 n=3\nm nr\n", "line is missing"),
        ("NLDICT2 n=x\nm nr\n0一1二0二\nq5(5\n\"#!\n", "entry count is not a whole number: x"),
        ("NLDICT2 n=4\nm nr\n0一1二0二\nq5(5\n\"#!\n", "entry 4 of 4: words: the line ends early"),
        ("NLDICT2 n=2\nm nr\n0一1二0二\nq5(5\n\"#!\n", "the words line has more entries"),
        ("NLDICT2 n=3\nm nr\n0一1二0二\nq5(\n\"#!\n", "entry 3 of 3: frequencies"),
        ("NLDICT2 n=3\nm nr\n0一1二0二\nq5(5\n\"#\n", "entry 3 of 3: tag codes"),
        ("NLDICT2 n=3\nm nr\n0一1二0二\nq5(5\n\"$!\n", "a code past the tags line"),
        ("NLDICT2 n=3\nm nr\n0一5二0二\nq5(5\n\"#!\n", "more shared chars than the previous word"),
        ("NLDICT2 n=3\nm nr\n0一1二0\nq5(5\n\"#!\n", "nothing after"),
        ("NLDICT2 n=3\nm nr\n一1二0二\nq5(5\n\"#!\n", "no shared-char count"),
        ("NLDICT2 n=3\nm nr\n0一1\\a0二\nq5(5\n\"#!\n", "'\\'"),
        ("NLDICT2 n=3\nm nr\n0一1 二0二\nq5(5\n\"#!\n", "whitespace in a word"),
        ("NLDICT2 n=3\nm  nr\n0一1二0二\nq5(5\n\"#!\n", "an empty tag"),
        ("NLDICT2 n=3\nm nr\n0一1二0二\nq5(\u{e9}\n\"#!\n", "outside '!' to '~'"),
        ("NLDICT2 n=3\nm nr\n0一1二0二\nq5(5\n\"#!\nmore\n", "text after"),
        ("NLDICT2 n=3\nm nr\n0一1二0二\nq5(5\n\"#!\n\n", "text after"),
        ("NLDICT2 n=1\n\n0一\n~~~~~~~~~~~~~~~~~~~~!\n!\n", "too large"),
        ("NLDICT2 n=1\n\n99999999999999999999999一\n!\n!\n", "too large"),
    ];
    for (text, want) in cases {
        let err = entries(text).expect_err(text);
        assert!(err.starts_with("packed dictionary") && err.contains(want), "{text:?}: {err}");
        assert!(unpack(text).is_err(), "{text:?}");
    }
}

#[test]
fn a_bad_plain_frequency_fails_with_its_line() {
    assert_eq!(pack("一 5 m\n二 x n\n").unwrap_err(), "line 2: frequency 'x' is not a whole number");
}

#[cfg(not(target_arch = "wasm32"))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    fn word() -> impl Strategy<Value = String> {
        // Few chars, so words share prefixes often; digits, '\' and a non-BMP char.
        proptest::collection::vec(proptest::sample::select(vec!['一', '二', '中', '國', 'a', '3', '\\', '𠀀']), 1..6)
            .prop_map(|cs| cs.into_iter().collect())
    }

    fn entries_strategy() -> impl Strategy<Value = Vec<Entry>> {
        let tag = proptest::sample::select(vec!["", "n", "nr", "ns", "x"]);
        let freq = prop_oneof![0..200u64, any::<u64>()];
        proptest::collection::vec((word(), freq, tag), 0..40)
            .prop_map(|v| v.into_iter().map(|(w, f, t)| entry(&w, f, t)).collect())
    }

    proptest! {
        #[test]
        fn packed_entries_parse_back_unchanged(es in entries_strategy()) {
            let packed = pack_entries(&es);
            prop_assert_eq!(entries(&packed).unwrap(), es.clone());
            // And through the plain lines jieba reads.
            prop_assert_eq!(parse_plain(&unpack(&packed).unwrap()).unwrap(), es);
        }

        #[test]
        fn a_damaged_packed_dictionary_never_panics(es in entries_strategy(), at in any::<usize>(), c in any::<char>()) {
            let mut chars: Vec<char> = pack_entries(&es).chars().collect();
            let i = at % chars.len();
            chars[i] = c;
            let text: String = chars.into_iter().collect();
            let _ = entries(&text);
            let _ = unpack(&text);
        }
    }
}
