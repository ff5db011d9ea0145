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
    let chars: Vec<char> = text.chars().collect();
    let span = |s: usize, e: usize| -> String {
        assert!(s <= e && e <= chars.len(), "span {s}..{e} outside a text of {} chars", chars.len());
        chars[s..e].iter().collect()
    };
    for s in &a.sentences {
        span(s.start, s.end);
    }
    for e in &a.entities {
        for m in &e.mentions {
            assert_eq!(span(m.start, m.end), m.text);
        }
    }
    for t in &a.times {
        assert_eq!(span(t.start, t.end), t.text);
    }
    for q in &a.quantities {
        assert_eq!(span(q.start, q.end), q.text);
    }
    for c in &a.claims {
        assert_eq!(span(c.start, c.end), c.content);
    }
    for ev in &a.events {
        assert_eq!(span(ev.start, ev.end), ev.sentence);
        assert!(ev.time < a.times.len());
    }
    let ids: Vec<&str> = a.entities.iter().map(|e| e.id.as_str()).collect();
    for r in &a.relations {
        assert!(ids.contains(&r.source.as_str()) && ids.contains(&r.target.as_str()));
        assert!(r.evidence.iter().all(|&i| i < a.sentences.len()));
    }
    for c in &a.claims {
        if let Some(s) = &c.speaker {
            assert!(ids.contains(&s.as_str()));
        }
    }
    for ev in &a.events {
        assert!(ev.actors.iter().all(|x| ids.contains(&x.as_str())));
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
