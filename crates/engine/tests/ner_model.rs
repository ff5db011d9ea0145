//! The committed NER model (`models/ner.bin`, built by `make model`) loads and tags:
//! its tags and mentions in both scripts, and damaged files are refused. A missing model file fails.

use newslens_engine::{ner, Analyzer, Config, Date, Document};

fn model() -> Option<Vec<u8>> {
    let path = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../models/ner.bin");
    // The model is part of the repository: a missing file is a failure, not a skip.
    Some(std::fs::read(&path).unwrap_or_else(|e| panic!("{} cannot be read ({e}); run `make model`", path.display())))
}

#[test]
fn the_model_loads_and_tags_a_sentence_in_both_scripts() {
    let Some(bytes) = model() else { return };
    assert!(bytes.len() < 3 * 1024 * 1024, "model is {} bytes", bytes.len());
    let mut a = Analyzer::new(Config::default());
    a.load_ner(&bytes).unwrap();
    for text in ["王建民昨天在北京会见了联合国秘书长。", "王建民昨天在北京會見了聯合國秘書長。"]
    {
        let tags = a.ner_tags(text).unwrap();
        assert_eq!(tags.len(), text.chars().count());
        let spans = ner::spans(&tags);
        let found: Vec<(String, &str)> =
            spans.iter().map(|&(s, e, ty)| (text.chars().skip(s).take(e - s).collect(), ty)).collect();
        assert!(found.iter().any(|(w, ty)| w.starts_with("王建民") && *ty == "PER"), "{text}: {found:?}");
        assert!(found.iter().any(|(w, ty)| (w == "北京") && *ty == "LOC"), "{text}: {found:?}");
    }
}

#[test]
fn model_mentions_join_the_entities() {
    let Some(bytes) = model() else { return };
    let mut a = Analyzer::new(Config::default());
    // A person with no title, surname list entry or transliteration: only the model
    // knows (郝振宇 has a common surname, but jieba does not tag the name).
    let text = "郝振宇与林佳蓉昨天在杭州签署协议。";
    let before = a.analyze(&Document { text, reference_date: Date::parse("2025-10-24") });
    a.load_ner(&bytes).unwrap();
    let after = a.analyze(&Document { text, reference_date: Date::parse("2025-10-24") });
    let people = |x: &newslens_engine::Analysis| {
        x.entities.iter().filter(|e| e.kind == newslens_engine::EntityKind::Person).count()
    };
    assert!(people(&after) >= people(&before), "the model never removes rule entities");
    assert!(
        after.entities.iter().any(|e| e.kind == newslens_engine::EntityKind::Person && e.name == "林佳蓉"),
        "{:?}",
        after.entities
    );
}

#[test]
fn damaged_model_files_are_refused() {
    let mut a = Analyzer::new(Config::default());
    assert!(a.load_ner(b"not a model").is_err());
    assert!(a.load_ner(b"NLNER1").is_err());
    if let Some(bytes) = model() {
        assert!(a.load_ner(&bytes[..bytes.len() - 3]).is_err());
    }
}

/// Scores of every char of `text` both ways: the tagger's fast path (each n-gram and
/// word looked up once, its weights shared out to every position that reads it) and
/// the training view (one key per template and position). Also over a slice in the
/// middle, with the offset `Analyzer::analyze` gives sentences.
fn both_ways(a: &Analyzer, model: &ner::Model, text: &str) {
    let t = newslens_engine::text::Text::new(text, a.tables());
    let tokens = a.segment(text);
    let whole = ner::Context { chars: &t.norm, tokens: &tokens, offset: 0, gaz: a.gazetteer() };
    assert_eq!(model.emissions(&whole), model.emissions_of(&ner::features(&whole)), "{text}");
    // Tags outside jieba's set (a custom dictionary's) take the keyed path, beside known
    // ones that read arrays: every other token gets one.
    let mut custom = tokens.clone();
    for t in custom.iter_mut().step_by(2) {
        t.pos = newslens_engine::Pos::new("custom");
    }
    let mixed = ner::Context { tokens: &custom, ..whole };
    assert_eq!(model.emissions(&mixed), model.emissions_of(&ner::features(&mixed)), "{text} (custom tags)");
    // A token-aligned middle part, as a sentence of a longer text.
    if tokens.len() > 2 {
        let (from, to) = (1, tokens.len() - 1);
        let (s, e) = (tokens[from].start, tokens[to - 1].end);
        let part = ner::Context { chars: &t.norm[s..e], tokens: &tokens[from..to], offset: s, gaz: a.gazetteer() };
        assert_eq!(model.emissions(&part), model.emissions_of(&ner::features(&part)), "{text} [{s}, {e})");
    }
}

#[test]
fn grouped_lookups_score_exactly_like_the_feature_keys() {
    let Some(bytes) = model() else { return };
    let model = ner::Model::from_bytes(&bytes).unwrap();
    let a = Analyzer::new(Config::default());
    for text in [
        "",
        "王",
        "王建民昨天在北京会见了联合国秘书长。",
        "輝達(Nvidia)執行長黃仁勳週四在台北表示，公司將在高雄設立研發中心。",
        "AWS CEO Matt Garman said on Monday that 40% of customers…",
        "據知情人士透露，「這項計畫已經暫停」，但董事長陳美玲否認。",
        "2023年9月15日，上海市人民政府与微软公司签署协议 😀 𠀀 e\u{301}",
        newslens_engine::dictfmt::entries(newslens_engine::DICTIONARY)
            .unwrap()
            .iter()
            .take(200)
            .map(|e| e.word.as_str())
            .collect::<String>()
            .as_str(),
    ] {
        both_ways(&a, &model, text);
    }
}

// proptest needs an OS random source, which wasm32-unknown-unknown lacks.
#[cfg(not(target_arch = "wasm32"))]
mod random {
    use super::*;

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 64, ..Default::default() })]

        #[test]
        fn grouped_lookups_agree_on_any_text(text in "[王李陳张市長长公司表示在北京台灣AWS aZ09，。「」()\\-😀]{0,40}") {
            if let Some(bytes) = model() {
                let model = ner::Model::from_bytes(&bytes).unwrap();
                both_ways(&Analyzer::new(Config::default()), &model, &text);
            }
        }
    }
}

#[test]
fn model_mentions_never_cut_a_dictionary_word() {
    let Some(bytes) = model() else { return };
    let mut a = Analyzer::new(Config::default());
    a.load_ner(&bytes).unwrap();
    // The tagger reads 张晓明 here, but 明确 (clearly) is a dictionary word: the name
    // ends before it.
    let text = "发言人张晓明确表示反对这项计划。";
    let got = a.analyze(&Document { text, reference_date: Date::parse("2025-10-24") });
    let names: Vec<&str> = got.entities.iter().map(|e| e.name.as_str()).collect();
    assert!(names.contains(&"张晓") && !names.contains(&"张晓明"), "{names:?}");
}
