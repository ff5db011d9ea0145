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
fn a_damaged_packed_dictionary_is_an_error_not_a_panic() {
    let words_line = DICTIONARY.match_indices('\n').nth(1).unwrap().0 + 1;
    let boundary = |from: usize| (from..).find(|&i| DICTIONARY.is_char_boundary(i)).unwrap();
    let middle = boundary(words_line + 300_000);
    let cases = [
        // Cut short: sections missing.
        (DICTIONARY[..boundary(words_line + 99)].to_string(), "line is missing"),
        // A space in a word deep in the words line: found while jieba reads the entries.
        (format!("{} {}", &DICTIONARY[..middle], &DICTIONARY[middle..]), "whitespace in a word"),
        // One entry more announced than there are.
        (DICTIONARY.replacen("NLDICT2 n=", "NLDICT2 n=1", 1), "ends early"),
    ];
    for (text, want) in cases {
        let err = Analyzer::with_dictionary(Config::default(), &text).expect_err(want);
        assert!(err.starts_with("bad dictionary: packed dictionary") && err.contains(want), "{err}");
    }
}
