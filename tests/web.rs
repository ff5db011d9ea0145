//! Runs in headless Chromium (wasm-bindgen-test): the engine and the worker's request
//! handling behave in wasm as they do natively.
#![cfg(target_arch = "wasm32")]

use newslens::agent::{analyze, WorkerOutput, MAX_TEXT_BYTES};
use newslens::offsets::utf16_map;
use newslens_engine::{Analysis, Analyzer, Config};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn result(out: WorkerOutput) -> Analysis {
    match out {
        WorkerOutput::Result { json, .. } => serde_json::from_str(&json).expect("schema JSON"),
        other => panic!("expected a result, got {other:?}"),
    }
}

#[wasm_bindgen_test]
fn analyzes_in_wasm_with_valid_offsets() {
    let analyzer = Analyzer::new(Config::default());
    let text = "😀 AWS 執行長 Matt Garman 週四表示，公司會在 2023 年 9 月推出新晶片。";
    let a = result(analyze(&analyzer, 1, text, Some("2025-10-24")));
    assert_eq!(a.schema, "newslens/1");
    let chars: Vec<char> = text.chars().collect();
    let u16: Vec<u16> = text.encode_utf16().collect();
    let map = utf16_map(text);
    let garman = a.entities.iter().find(|e| e.name == "Matt Garman").expect("Matt Garman");
    assert_eq!(garman.kind, "person");
    for e in &a.entities {
        for m in &e.mentions {
            assert_eq!(chars[m.start..m.end].iter().collect::<String>(), m.text);
            let js = String::from_utf16(&u16[map[m.start]..map[m.end]]).unwrap();
            assert_eq!(js, m.text);
        }
    }
    assert!(a.times.iter().any(|t| t.value.as_deref() == Some("2023-09")));
    assert!(a.times.iter().any(|t| t.value.as_deref() == Some("2025-10-23")));
}

#[wasm_bindgen_test]
fn refuses_bad_dates_and_oversized_text_with_messages() {
    let analyzer = Analyzer::new(Config::default());
    assert!(matches!(analyze(&analyzer, 2, "text", Some("2025-02-30")), WorkerOutput::Failed { .. }));
    let big = "字".repeat(MAX_TEXT_BYTES / 3 + 1);
    match analyze(&analyzer, 3, &big, None) {
        WorkerOutput::Failed { message, .. } => assert!(message.contains("up to")),
        other => panic!("expected a refusal, got {other:?}"),
    }
}
