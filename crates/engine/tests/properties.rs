//! Property tests: for random mixed-script input, every span is inside the text and
//! matches its text, every referenced id exists, output is deterministic, and trailing
//! whitespace changes nothing.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use newslens_engine::Analysis;
use proptest::prelude::*;

/// Pieces that exercise every stage: names, titles, dates, numbers, cues, quotes,
/// both scripts, emoji and astral characters.
const PIECES: &[&str] = &[
    "亞馬遜",
    "亚马逊",
    "AWS",
    "Matt Garman",
    "Garman",
    " ",
    "，",
    "。",
    "「",
    "」",
    "“",
    "”",
    "表示",
    "說",
    "据知情人士透露",
    "執行長",
    "分析师",
    "2023 年 9 月",
    "本週一",
    "週四",
    "去年",
    "當天",
    "40 億美元",
    "30%",
    "十五",
    "兩小時",
    "😀",
    "👩‍👩‍👧",
    "𠀀",
    "e\u{301}",
    "\n",
    "\r\n",
    "(",
    ")",
    "Inc.",
    "谷歌",
    "Google",
    "旗下的",
    "的",
    "2月30日",
    "13月",
    "民國113年",
    "abc",
    "9999999999999億",
    "\u{0}",
    "ＡＢＣ",
    "تجربة",
    "總統",
    "董事长",
    "先生",
    "賴",
    "周雅婷",
    "(C.N)",
    "（",
    "）",
    "、",
    "等公司",
    "长",
    "部长",
    "美國商務部",
    "其首席技術官",
    "成為新任",
    "在",
    "工作",
    "&",
    " & ",
    "Partners",
    "這段",
    "州",
];

fn text_strategy() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..40).prop_map(|v| v.concat())
}

fn check_spans(text: &str, a: &Analysis) {
    if let Err(e) = a.check(text) {
        panic!("{e}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn spans_and_ids_are_valid(text in text_strategy()) {
        let a = common::analyze(&text, "2025-10-24");
        check_spans(&text, &a);
    }

    #[test]
    fn analysis_is_deterministic_and_ignores_trailing_whitespace(text in text_strategy()) {
        let a = common::analyze(&text, "2025-10-24");
        prop_assert_eq!(&a, &common::analyze(&text, "2025-10-24"));
        let padded = format!("{text}  \n\t ");
        let b = common::analyze(&padded, "2025-10-24");
        prop_assert_eq!(a, b);
    }
}
