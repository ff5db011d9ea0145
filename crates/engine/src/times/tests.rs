//! Tests of the scan's dispatch: the per-char table of families finds exactly what
//! trying every family at every position finds, on random strings of the folder's
//! literals and on the shared data.

use super::*;

/// The source files of this folder (the tests excepted): their literals are the
/// alphabet of the random texts below. A test checks that the list is complete.
const SOURCES: [(&str, &str); 17] = [
    ("absolute.rs", include_str!("absolute.rs")),
    ("anaphora.rs", include_str!("anaphora.rs")),
    ("clock.rs", include_str!("clock.rs")),
    ("dateline.rs", include_str!("dateline.rs")),
    ("day.rs", include_str!("day.rs")),
    ("decade.rs", include_str!("decade.rs")),
    ("duration.rs", include_str!("duration.rs")),
    ("fuzzy.rs", include_str!("fuzzy.rs")),
    ("holiday.rs", include_str!("holiday.rs")),
    ("lexicon.rs", include_str!("lexicon.rs")),
    ("lunar.rs", include_str!("lunar.rs")),
    ("mod.rs", include_str!("mod.rs")),
    ("named.rs", include_str!("named.rs")),
    ("open.rs", include_str!("open.rs")),
    ("parts.rs", include_str!("parts.rs")),
    ("relative.rs", include_str!("relative.rs")),
    ("span.rs", include_str!("span.rs")),
];

/// Every string and char literal in `source` (comments left out), as written.
fn literals(source: &str) -> Vec<String> {
    let mut out = Vec::new();
    let cs: Vec<char> = source.chars().collect();
    let mut i = 0;
    while i < cs.len() {
        match cs[i] {
            '/' if cs.get(i + 1) == Some(&'/') => {
                while i < cs.len() && cs[i] != '\n' {
                    i += 1;
                }
            }
            '"' => {
                i += 1;
                let mut lit = String::new();
                while i < cs.len() && cs[i] != '"' {
                    if cs[i] == '\\' {
                        i += 1;
                        // A line continuation: the newline and the indentation vanish.
                        if cs[i] == '\n' {
                            while cs.get(i + 1).is_some_and(|c| c.is_whitespace()) {
                                i += 1;
                            }
                            i += 1;
                            continue;
                        }
                    }
                    lit.push(cs[i]);
                    i += 1;
                }
                out.push(lit);
            }
            // A char literal, not a lifetime: 'x' or an escape.
            '\'' if cs.get(i + 2) == Some(&'\'') => {
                out.push(cs[i + 1].to_string());
                i += 2;
            }
            _ => {}
        }
        i += 1;
    }
    out
}

/// The literals of this folder's code (not of its tests), plus fillers that are in
/// none of them: the alphabet of the random texts below.
fn alphabet() -> Vec<String> {
    let mut words: Vec<String> = SOURCES
        .iter()
        .flat_map(|(_, source)| literals(source.rfind("#[cfg(test)]").map_or(source, |end| &source[..end])))
        .collect();
    words.retain(|w| !w.is_empty());
    words.extend(["他", "的", "在", "，", "。", "ab", " ", "3", "12", "2025", "：", "週", "說"].map(String::from));
    words.extend("零〇一二两三四五六七八九十百千万亿廿卅".chars().map(String::from));
    words.sort();
    words.dedup();
    words
}

/// A new file in the folder joins the alphabet: [`SOURCES`] lists every one.
#[cfg(not(target_arch = "wasm32"))]
#[test]
fn a_span_too_long_for_the_calendar_is_no_span() {
    let tables = crate::text::ScriptTables::new();
    for s in ["近99999999999年来", "过去888888888888个月", "近2000000000年"] {
        let text = Text::new(s, &tables);
        // No panic; no interval reaching past the calendar.
        let found = extract(&text, Date::parse("2025-10-24"));
        assert!(found.iter().all(|m| m.value.as_deref().is_none_or(|v| v.len() < 40)), "{s}: {found:?}");
    }
}

#[test]
fn alphabet_reads_every_file_of_the_folder() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/times");
    let mut files: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".rs") && name != "tests.rs")
        .collect();
    files.sort();
    let listed: Vec<&str> = SOURCES.iter().map(|(name, _)| *name).collect();
    assert_eq!(files, listed);
}

#[test]
fn start_flags_hold_the_numerals_and_the_alphabet_is_read() {
    let flags = start_flags();
    for c in NUMERALS.chars().chain('0'..='9') {
        assert!(c.is_ascii_digit() || crate::numbers::is_chinese_numeral(c), "{c}");
        for (k, family) in FAMILIES.iter().enumerate() {
            assert_eq!(flags_of(flags, c) & (1 << k) != 0, family.numerals || family.first.contains(c), "{c} {k}");
        }
    }
    assert_eq!(flags_of(flags, '的'), 0);
    assert_eq!(flags_of(flags, 'a'), 0);
    assert_eq!(flags_of(flags, '𠀀'), 0);
    // The literal reader sees whole patterns, so the random texts below contain them.
    let words = alphabet();
    for w in ["大前天", "疫情之后", "第二天", "晏昼", "民国", "左右", "个月"] {
        assert!(words.iter().any(|x| x == w), "{w} not read");
    }
    assert!(words.iter().any(|w| w.starts_with("零〇一二两")), "numerals read");
}

/// The filter changes nothing: scanning every position gives the same mentions.
#[test]
fn start_filter_keeps_every_mention() {
    let tables = crate::text::ScriptTables::new();
    let samples = [
        "昨天下午3点，他在2025年10月24日说，上周五和去年9月都有会议；十四五期间，疫情后，本週一。",
        "2024年第三季度营收增长，下半年、前三季度，12/3 与 20240307，民國113年，腊月十八，凌晨两点半。",
    ];
    for s in samples {
        let text = Text::new(s, &tables);
        let reference = Date::parse("2025-10-24");
        let unfiltered = scan(&text, reference, None);
        let filtered = extract(&text, reference);
        assert!(filtered.len() >= 7, "{s}: {filtered:?}");
        assert_eq!(filtered, unfiltered, "{s}");
    }
}

/// The shared data's texts: the articles, the time-expression cases and the NER
/// corpora's sentences (chars in column one), about 3 MB of news text in both
/// scripts. A file that is absent fails the test, or is skipped with a message under
/// `NEWSLENS_SKIP_SHARED=1` ([`crate::testdata::shared_or_skip`]).
#[cfg(not(target_arch = "wasm32"))]
fn shared_texts(test: &str) -> Vec<String> {
    use crate::testdata::shared_or_skip;
    let read = |rel: &str| shared_or_skip(test, rel).map(|p| std::fs::read_to_string(p).unwrap());
    let mut out = Vec::new();
    if let Some(dir) = shared_or_skip(test, "articles") {
        let mut paths: Vec<_> = std::fs::read_dir(dir).unwrap().flatten().map(|e| e.path()).collect();
        paths.sort();
        out.extend(
            paths
                .iter()
                .filter(|p| p.extension().is_some_and(|x| x == "txt"))
                .map(|p| std::fs::read_to_string(p).unwrap()),
        );
    }
    for rel in ["time/duckling/duckling_zh_time_corpus.jsonl", "time/jionlp/jionlp_time_extractor_cases.jsonl"] {
        out.extend(read(rel));
    }
    for rel in ["ner/cluener2020/dev.txt", "ner/uner_zh_gsd_trad/dev.txt", "ner/msra/train.txt"] {
        // One char per line, sentences between blank lines; the first 2 MB of each.
        out.extend(read(rel).map(|corpus| {
            corpus
                .lines()
                .take(2_000_000)
                .map(|l| if l.is_empty() { '\n' } else { l.chars().next().unwrap_or(' ') })
                .collect::<String>()
        }));
    }
    out
}

#[cfg(not(target_arch = "wasm32"))]
#[test]
fn start_filter_changes_nothing_on_the_shared_data() {
    let tables = crate::text::ScriptTables::new();
    let reference = Date::parse("2025-10-24");
    let mut found = 0;
    for s in shared_texts("start_filter_changes_nothing_on_the_shared_data") {
        let text = Text::new(&s, &tables);
        let filtered = extract(&text, reference);
        found += filtered.len();
        let all = scan(&text, reference, None);
        // The first difference, not two lists of thousands.
        let diff = filtered.iter().zip(&all).find(|(a, b)| a != b);
        assert!(diff.is_none() && filtered.len() == all.len(), "{diff:?} ({} vs {})", filtered.len(), all.len());
    }
    eprintln!("{found} expressions, the same with and without the filter");
}

#[cfg(not(target_arch = "wasm32"))]
proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]
    /// Random text over every literal of this folder (its patterns, first chars and
    /// continuations), numerals, digits and other chars: the filtered scan equals the
    /// full one.
    #[test]
    fn start_filter_is_invisible(parts in proptest::collection::vec(proptest::sample::select(alphabet()), 0..40)) {
        let tables = crate::text::ScriptTables::new();
        let s: String = parts.concat();
        let text = Text::new(&s, &tables);
        let reference = Date::parse("2025-10-24");
        proptest::prop_assert_eq!(extract(&text, reference), scan(&text, reference, None));
    }
}
