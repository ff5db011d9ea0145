//! Property tests of the references and the claims that read them: on random texts made
//! of names, titles, pronouns, descriptions, cues and quotation marks, every claim's
//! speaker is an entity, every reference mention's text is its span, references never
//! overlap a name mention, and each entity's mentions are in text order.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use newslens_engine::MentionKind;
use proptest::prelude::*;

/// Pieces that make references and claims: names with titles, bare titles, pronouns
/// (also glued to a cue), descriptions, first person, cues, quotes, both scripts.
const PIECES: &[&str] = &[
    "總統林振遠",
    "总统林振远",
    "總統",
    "董事長王立群",
    "總經理王嘉慧",
    "王董事長",
    "他",
    "她",
    "佢",
    "其",
    "他稱",
    "我",
    "我們",
    "該公司",
    "公司發言人",
    "该市",
    "Norwell Inc. ",
    "高雄",
    "多位分析師",
    "表示",
    "說",
    "話",
    "又",
    "會後",
    "數據顯示",
    "有報道指",
    "，",
    "。",
    "：",
    "「",
    "」",
    "“",
    "”",
    "經濟將成長",
    "明年投產",
    " ",
    "\n",
    "😀",
];

fn text_strategy() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..40).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn speakers_exist_and_references_are_their_spans(text in text_strategy()) {
        let a = common::analyze(&text, "2025-10-24");
        if let Err(e) = a.check(&text) {
            panic!("{e}");
        }
        let chars: Vec<char> = text.chars().collect();
        for c in &a.claims {
            if let Some(id) = &c.speaker {
                prop_assert!(a.entities.iter().any(|e| &e.id == id), "speaker {id} is no entity");
            }
        }
        let mut names: Vec<(usize, usize)> = Vec::new();
        for e in &a.entities {
            prop_assert!(e.mentions.windows(2).all(|w| (w[0].start, w[0].end) <= (w[1].start, w[1].end)));
            names.extend(e.mentions.iter().filter(|m| m.kind == MentionKind::Name).map(|m| (m.start, m.end)));
        }
        for m in a.entities.iter().flat_map(|e| &e.mentions).filter(|m| m.kind != MentionKind::Name) {
            let got: String = chars[m.start..m.end].iter().collect();
            prop_assert_eq!(&got, &m.text);
            prop_assert!(!names.iter().any(|&(s, e)| s < m.end && m.start < e), "reference {} overlaps a name", m.text);
        }
    }
}
