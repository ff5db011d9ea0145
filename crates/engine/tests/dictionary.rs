//! The shipped dictionary is packed (`dictfmt`), and the analyzer built from it segments
//! exactly as one built from its plain lines; a damaged dictionary is an error.

use newslens_engine::{dictfmt, Analyzer, Config, DICTIONARY};

#[test]
fn the_built_in_dictionary_is_packed_as_pack_dict_writes_it() {
    assert!(dictfmt::is_packed(DICTIONARY));
    let plain = dictfmt::unpack(DICTIONARY).unwrap();
    assert!(plain.starts_with("一 217830 m\n"), "{}", &plain[..40]);
    assert!(plain.lines().count() > 100_000);
    assert_eq!(dictfmt::pack(&plain).unwrap(), DICTIONARY, "regenerate it with `make dict`");
}

#[test]
fn packed_and_plain_dictionaries_segment_alike() {
    let packed = Analyzer::new(Config::default());
    let plain = Analyzer::with_dictionary(Config::default(), &dictfmt::unpack(DICTIONARY).unwrap()).unwrap();
    for text in [
        "王建民昨天在北京会见了联合国秘书长。",
        "輝達(Nvidia)執行長黃仁勳週四在台北表示，公司將在高雄設立研發中心，投資40億美元。",
        "据知情人士透露，中国人民银行与鄂尔多斯市政府签署协议，张三丰说 AI 很好。",
        "2023年9月15日，上海市人民政府与微软公司签署协议 😀 𠀀",
    ] {
        assert_eq!(packed.segment(text), plain.segment(text), "{text}");
        assert_eq!(packed.word_spans(text), plain.word_spans(text), "{text}");
    }
}

#[test]
fn duplicates_and_zero_frequencies_load_as_from_plain_lines() {
    // A later duplicate replaces the frequency (the total changes with it), a zero
    // frequency, an entry without a tag: each moves the segmentation below.
    let plain = "中 100 n\n国 100 n\n中国 1 ns\n人 100 n\n中国 900 ns\n中国人 0 n\n人民 300\n民 5 n\n国人 40 n\n";
    let packed = dictfmt::pack(plain).unwrap();
    let from_plain = Analyzer::with_dictionary(Config::default(), plain).unwrap();
    let from_packed = Analyzer::with_dictionary(Config::default(), &packed).unwrap();
    for text in ["中国人民", "中国人", "国人民", "人民中国国人", "中中国国人人民民"] {
        assert_eq!(from_packed.segment(text), from_plain.segment(text), "{text}");
    }
}

#[test]
fn a_damaged_packed_dictionary_is_an_error_not_a_panic() {
    let words_line = DICTIONARY.match_indices('\n').nth(1).unwrap().0 + 1;
    let boundary = |from: usize| (from..).find(|&i| DICTIONARY.is_char_boundary(i)).unwrap();
    let middle = boundary(words_line + 300_000);
    let cases = [
        // Cut short: sections missing.
        (DICTIONARY[..boundary(words_line + 99)].to_string(), "line is missing"),
        // A space in a word deep in the words line: found after jieba has taken the
        // entries before it.
        (format!("{} {}", &DICTIONARY[..middle], &DICTIONARY[middle..]), "whitespace in a word"),
        // One entry more announced than there are.
        (DICTIONARY.replacen("NLDICT2 n=", "NLDICT2 n=1", 1), "ends early"),
    ];
    for (text, want) in cases {
        let err = Analyzer::with_dictionary(Config::default(), &text).expect_err(want);
        assert!(err.starts_with("bad dictionary: packed dictionary") && err.contains(want), "{err}");
    }
}
