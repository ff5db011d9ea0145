//! The committed NER model (`models/ner.bin`, built by `make model`) loads and tags:
//! its tags and mentions in both scripts, and damaged files are refused. A missing model file fails.

use newslens_engine::{ner, Analyzer, Config, Date, Document, EntityKind};

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
        let found: Vec<(String, EntityKind)> =
            spans.iter().map(|&(s, e, ty)| (text.chars().skip(s).take(e - s).collect(), ty)).collect();
        assert!(found.iter().any(|(w, ty)| w.starts_with("王建民") && *ty == EntityKind::Person), "{text}: {found:?}");
        assert!(found.iter().any(|(w, ty)| (w == "北京") && *ty == EntityKind::Place), "{text}: {found:?}");
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
fn the_model_tags_a_work_as_a_product() {
    let Some(bytes) = model() else { return };
    let mut a = Analyzer::new(Config::default());
    a.load_ner(&bytes).unwrap();
    // Four works in both scripts; a retrained model may miss one, not more. (A title that
    // opens with a dictionary place, 《長河落日》 with 長河 `ns`, a retrained tagger may
    // read as the place; the pipeline still finds the work by its 《》.)
    let works = [
        ("玩家期待已久的新游戏《星海远航》下周发售。", "星海远航"),
        ("電影《午夜列車》將於下月上映。", "午夜列車"),
        ("小说《云端来信》出版了。", "云端来信"),
        ("電視劇《海角之城》開播。", "海角之城"),
    ];
    let mut missed = Vec::new();
    for (text, work) in works {
        let tags = a.ner_tags(text).unwrap();
        let chars: Vec<char> = text.chars().collect();
        let found: Vec<(String, EntityKind)> =
            ner::spans(&tags).iter().map(|&(s, e, ty)| (chars[s..e].iter().collect(), ty)).collect();
        let named = |(w, ty): &(String, EntityKind)| w.trim_matches(['《', '》']) == work && *ty == EntityKind::Product;
        if !found.iter().any(named) {
            missed.push((text, found));
        }
    }
    assert!(missed.len() <= 1, "{missed:?}");
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

#[test]
fn a_learned_organization_keeps_the_place_it_starts_with() {
    let Some(bytes) = model() else { return };
    let mut a = Analyzer::new(Config::default());
    a.load_ner(&bytes).unwrap();
    for (text, org) in [("美国海军昨日宣布新的巡逻计划。", "美国海军"), ("香港證監會昨日發出警告。", "香港證監會")]
    {
        let out = a.analyze(&Document { text, reference_date: None });
        let orgs: Vec<&str> =
            out.entities.iter().filter(|e| e.kind == EntityKind::Organization).map(|e| e.name.as_str()).collect();
        assert!(orgs.contains(&org), "{text}: {:?}", out.entities);
    }
}

#[test]
fn a_transliterated_dictionary_name_is_a_person() {
    let Some(bytes) = model() else { return };
    let mut a = Analyzer::new(Config::default());
    a.load_ner(&bytes).unwrap();
    let people = |text: &str| -> Vec<String> {
        let out = a.analyze(&Document { text, reference_date: None });
        out.entities.iter().filter(|e| e.kind == EntityKind::Person).map(|e| e.name.clone()).collect()
    };
    assert_eq!(people("瑪麗娜昨天抵達倫敦。"), ["瑪麗娜"]);
    assert_eq!(people("玛丽娜昨天抵达伦敦。"), ["玛丽娜"]);
}

/// Names with their kinds.
type Named = Vec<(String, EntityKind)>;

/// The learned tagger's spans of `text` and the analysis's entities, with the model.
fn tagged_and_found(a: &Analyzer, text: &str) -> (Named, Named) {
    let chars: Vec<char> = text.chars().collect();
    let tags = a.ner_tags(text).unwrap();
    let tagged = ner::spans(&tags).iter().map(|&(s, e, ty)| (chars[s..e].iter().collect(), ty)).collect();
    let out = a.analyze(&Document { text, reference_date: None });
    (tagged, out.entities.iter().map(|e| (e.name.clone(), e.kind)).collect())
}

fn with_model() -> Option<Analyzer> {
    let bytes = model()?;
    let mut a = Analyzer::new(Config::default());
    a.load_ner(&bytes).unwrap();
    Some(a)
}

#[test]
fn the_model_signal_drops_generic_words_and_phrases_opening_with_one() {
    let Some(a) = with_model() else { return };
    // 北区 is a generic place word; 全球科技公司 opens with 全球.
    for (text, word, kind) in [
        ("他去了北区。", "北区", EntityKind::Place),
        ("他去了北區。", "北區", EntityKind::Place),
        ("全球科技公司都在裁员。", "全球科技公司", EntityKind::Organization),
        ("全球科技公司都在裁員。", "全球科技公司", EntityKind::Organization),
    ] {
        let (tagged, found) = tagged_and_found(&a, text);
        assert!(tagged.contains(&(word.into(), kind)), "the tagger no longer tags {word}: {tagged:?}");
        assert!(found.is_empty(), "{text}: {found:?}");
    }
}

#[test]
fn the_model_signal_drops_a_single_common_dictionary_word() {
    let Some(a) = with_model() else { return };
    // The filter is only exercised where the tagger tags the word: retrained taggers
    // differ on single examples, so at least one of the three must be tagged.
    let mut exercised = 0;
    for (text, word) in
        [("代表团抵达大使馆。", "代表团"), ("代表團抵達大使館。", "代表團"), ("他被带到警察局。", "警察局")]
    {
        let (tagged, found) = tagged_and_found(&a, text);
        exercised += usize::from(tagged.contains(&(word.into(), EntityKind::Organization)));
        assert!(found.is_empty(), "{text}: {found:?}");
    }
    assert!(exercised >= 1, "the tagger tags none of the three common words: the test no longer tests the filter");
}

#[test]
fn the_model_signal_trims_title_marks_from_a_work() {
    let Some(a) = with_model() else { return };
    for (text, work) in [
        ("玩家期待已久的新游戏《星海远航》下周发售。", "星海远航"),
        ("玩家期待已久的新遊戲《星海遠航》下週發售。", "星海遠航"),
    ] {
        let (tagged, found) = tagged_and_found(&a, text);
        assert!(tagged.contains(&(format!("《{work}》"), EntityKind::Product)), "{text}: {tagged:?}");
        assert_eq!(found, [(work.to_string(), EntityKind::Product)], "{text}");
    }
}

#[test]
fn the_model_signal_passes_a_transliterated_dictionary_name() {
    let Some(a) = with_model() else { return };
    // 安娜 is a dictionary word (nr) without one of our surnames, made of transliteration
    // characters: the person passes.
    for (text, name, place) in [("安娜昨天抵达伦敦。", "安娜", "伦敦"), ("安娜昨天抵達倫敦。", "安娜", "倫敦")]
    {
        let (tagged, found) = tagged_and_found(&a, text);
        assert!(tagged.contains(&(name.into(), EntityKind::Person)), "{text}: {tagged:?}");
        assert_eq!(found, [(name.into(), EntityKind::Person), (place.into(), EntityKind::Place)], "{text}");
    }
}

#[test]
fn the_model_signal_drops_a_quoted_coined_term() {
    let Some(a) = with_model() else { return };
    for (text, word) in [("他们称之为「日本化」。", "日本化"), ("他們稱之為「日本化」。", "日本化")]
    {
        let (tagged, found) = tagged_and_found(&a, text);
        // The tagger reads a place in the coined term (日本化 or its 日本): the signal
        // must drop it.
        let inside = |(w, ty): &(String, EntityKind)| *ty == EntityKind::Place && word.contains(w.as_str());
        assert!(tagged.iter().any(inside), "the tagger no longer tags a place in {word}: {tagged:?}");
        assert!(found.is_empty(), "{text}: {found:?}");
    }
}

#[test]
#[ignore = "bug: the single-common-word filter drops the model's 故宫 (a named site, GOLD_FORMAT's place) because the dictionary tags it a common noun (n)"]
fn the_model_signal_keeps_a_named_site_the_dictionary_calls_a_common_noun() {
    let Some(a) = with_model() else { return };
    for (text, site) in [("他昨天参观了故宫。", "故宫"), ("他昨天參觀了故宮。", "故宮")] {
        let (tagged, found) = tagged_and_found(&a, text);
        assert!(tagged.contains(&(site.into(), EntityKind::Place)), "{text}: {tagged:?}");
        assert_eq!(found, [(site.into(), EntityKind::Place)], "{text}");
    }
}
