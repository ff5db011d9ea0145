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
    assert_eq!(garman.kind, newslens_engine::EntityKind::Person);
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

/// The long-text editor: what Chromium's editing leaves in the DOM reads back
/// as the text the user sees.
mod paragraphs {
    use newslens::paragraphs::{chunk_ranges, read, selection, write, Mirror};
    use wasm_bindgen::JsCast;
    use wasm_bindgen_test::*;

    fn root(html: &str) -> web_sys::Element {
        let document = web_sys::window().unwrap().document().unwrap();
        let el = document.create_element("div").unwrap();
        el.set_inner_html(html);
        document.body().unwrap().append_child(&el).unwrap();
        el
    }

    #[wasm_bindgen_test]
    fn written_text_reads_back_the_same() {
        let document = web_sys::window().unwrap().document().unwrap();
        let el = root("");
        let long: String = (0..500).map(|i| format!("第{i}行，內容\t{}\n", "字".repeat(i % 7))).collect();
        for text in ["", "a", "a\n", "\n", "\n\n", "a\n\nb", "\n\na\n\n", "  a  b \n\t c ", "表示，\r", long.as_str()]
        {
            write(&document, &el, text);
            assert_eq!(read(&el), text, "{text:?}");
        }
        // Many lines go in chunks of line divs.
        write(&document, &el, &long);
        assert!(el.child_element_count() > 1 && el.child_element_count() < 100);
    }

    #[wasm_bindgen_test]
    fn structures_chromium_makes_read_as_shown() {
        for (html, text) in [
            // Enter inside a line puts a newline into its text node.
            ("<div><div>a\nbc</div><div><br></div><div>def</div></div>", "a\nbc\n\ndef"),
            // Enter at the end of a line: a newline and a placeholder <br>.
            ("<div>a\n<br></div><div>b</div>", "a\n\nb"),
            // A trailing break in a block adds no line.
            ("<div>b<br></div>", "b"),
            ("<div>a\n</div>", "a"),
            // Everything selected and deleted.
            ("<br>", ""),
            // Typed into an empty editor, and inserted text there.
            ("hello\n\nw", "hello\n\nw"),
            ("a<div>b<br></div><div><br></div><div>c<br></div>", "a\nb\n\nc"),
            // Inline elements are read as their text; an empty block is no line.
            ("<div><span>x</span>y</div><div></div><div>z</div>", "xy\nz"),
        ] {
            assert_eq!(read(&root(html)), text, "{html}");
        }
    }

    #[wasm_bindgen_test]
    fn the_mirror_follows_edits_chunk_by_chunk() {
        let document = web_sys::window().unwrap().document().unwrap();
        let el = root("");
        let text: String = (0..400).map(|i| format!("第{i}行\n")).collect();
        write(&document, &el, &text);
        let mut mirror = Mirror::written(&el, &text, &chunk_ranges(&text)).expect("observer");
        assert_eq!(mirror.read(&el), text);
        // Type into a line of a later chunk, as the browser does: its text node changes.
        let chunk = el.children().item(3).unwrap();
        let line = chunk.children().item(2).unwrap();
        let node: web_sys::Text = line.first_child().unwrap().dyn_into().unwrap();
        node.insert_data(1, "新").unwrap();
        let expected = read(&el);
        assert_ne!(expected, text);
        assert_eq!(mirror.read(&el), expected);
        // Join two lines: one line div goes.
        chunk.remove_child(&chunk.children().item(5).unwrap()).unwrap();
        assert_eq!(mirror.read(&el), read(&el));
        // A chunk emptied and one removed: the whole text is read again.
        let last = el.last_element_child().unwrap();
        el.remove_child(&last).unwrap();
        el.children().item(0).unwrap().set_inner_html("");
        assert_eq!(mirror.read(&el), read(&el));
        // Not chunks any more: still right.
        el.set_inner_html("<br>");
        assert_eq!(mirror.read(&el), "");
        el.set_inner_html("x\ny");
        assert_eq!(mirror.read(&el), "x\ny");
    }

    /// The mirror of a text just written takes the text as known instead of
    /// reading the DOM back; it must hold exactly what reading the DOM gives.
    #[wasm_bindgen_test]
    fn a_written_mirror_holds_what_the_dom_reads() {
        let document = web_sys::window().unwrap().document().unwrap();
        let long: String =
            (0..300).map(|i| if i % 7 == 0 { "\n".to_string() } else { format!("第{i}行 ab\n") }).collect();
        for text in ["", "a", "a\n", "\n\n", "第一行\n\nab字\n最後", long.as_str(), &format!("{long}\n\n")] {
            let el = root("");
            write(&document, &el, text);
            let mut mirror = Mirror::written(&el, text, &chunk_ranges(text)).expect("observer");
            assert_eq!(mirror.read(&el), read(&el), "{text:?}");
            assert_eq!(read(&el), text, "{text:?}");
        }
        // Ranges that do not match the DOM: it is read after all.
        let el = root("");
        write(&document, &el, &long);
        let mut mirror = Mirror::written(&el, "x", &[(0, 1)]).expect("observer");
        assert_eq!(mirror.read(&el), long);
    }

    #[wasm_bindgen_test]
    fn selections_become_byte_offsets() {
        let document = web_sys::window().unwrap().document().unwrap();
        let el = root("");
        let text = "第一行\n\nab字\n最後";
        write(&document, &el, text);
        let lines: Vec<web_sys::Element> =
            (0..4).map(|i| el.first_element_child().unwrap().children().item(i).unwrap()).collect();
        let select = |a: (&web_sys::Node, u32), b: (&web_sys::Node, u32)| {
            let range = document.create_range().unwrap();
            range.set_start(a.0, a.1).unwrap();
            range.set_end(b.0, b.1).unwrap();
            let s = document.get_selection().unwrap().unwrap();
            s.remove_all_ranges().unwrap();
            s.add_range(&range).unwrap();
            selection(&document, &el, text).expect("a selection in the editor")
        };
        let text_of = |i: usize| lines[i].first_child().unwrap();
        // In a text node, UTF-16 offsets become byte offsets.
        assert_eq!(select((&text_of(0), 1), (&text_of(0), 1)), (3, 3));
        assert_eq!(select((&text_of(2), 2), (&text_of(3), 1)), (13, 20));
        // At the end of a line and on the empty line.
        assert_eq!(select((&text_of(0), 3), (&lines[1], 0)), (9, 10));
        assert_eq!(select((&lines[1], 0), (&lines[1], 0)), (10, 10));
        // Everything.
        assert_eq!(select((&el, 0), (&el, el.child_nodes().length())), (0, text.len()));
        assert_eq!(select((&text_of(0), 0), (&text_of(3), 2)), (0, text.len()));
    }
}
