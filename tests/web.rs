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
        WorkerOutput::Result { json, .. } => json.analysis().expect("schema JSON"),
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

/// Builds a JS object from `(key, value)` pairs.
fn object(fields: &[(&str, wasm_bindgen::JsValue)]) -> wasm_bindgen::JsValue {
    let o = js_sys::Object::new();
    for (k, v) in fields {
        js_sys::Reflect::set(&o, &(*k).into(), v).unwrap();
    }
    o.into()
}

#[wasm_bindgen_test]
fn embed_requests_are_validated_by_shape() {
    use newslens::embed::parse_request;
    use wasm_bindgen::JsValue;
    let ok = object(&[("type", "newslens:analyze".into()), ("text", "微軟表示".into()), ("id", 7.into())]);
    let r = parse_request(&ok).expect("a valid request");
    assert_eq!((r.text.as_str(), r.date.as_str()), ("微軟表示", ""));
    assert_eq!(r.id.as_f64(), Some(7.0));
    let dated = object(&[("type", "newslens:analyze".into()), ("text", "x".into()), ("date", "2025-10-24".into())]);
    assert_eq!(parse_request(&dated).unwrap().date, "2025-10-24");
    let bad = [
        JsValue::from_str("newslens:analyze"),
        JsValue::NULL,
        js_sys::Array::new().into(),
        object(&[("type", "newslens:analyze".into())]),
        object(&[("type", "newslens:analyze".into()), ("text", 3.into())]),
        object(&[("type", "other".into()), ("text", "x".into())]),
        object(&[("type", "newslens:analyze".into()), ("text", "x".into()), ("date", "2025-02-30".into())]),
        object(&[("type", "newslens:analyze".into()), ("text", "x".into()), ("date", 20251024.into())]),
    ];
    for b in bad {
        assert!(parse_request(&b).is_none(), "{b:?} must be ignored");
    }
    // An id of another type is not echoed.
    let odd_id =
        object(&[("type", "newslens:analyze".into()), ("text", "x".into()), ("id", js_sys::Object::new().into())]);
    assert!(parse_request(&odd_id).unwrap().id.is_null());
}
