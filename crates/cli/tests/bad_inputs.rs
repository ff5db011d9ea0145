//! Through the command line: every case of the engine's bad-input catalogue
//! gives valid JSON (exit 0) with offsets that slice the input; invalid UTF-8 and input
//! over `--max-bytes` give one clear line and exit code 2.

#[path = "../../engine/tests/catalogue/mod.rs"]
mod catalogue;

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn run(args: &[&str], input: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_newslens"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let _ = child.stdin.take().unwrap().write_all(input);
    child.wait_with_output().unwrap()
}

#[test]
fn catalogue_cases_give_valid_json() {
    // The engine-only case list without the multi-megabyte text (debug builds are slow;
    // the engine test runs it in release).
    for (name, text) in catalogue::cases(false) {
        let out = run(&["analyze", "-", "--date", "2025-10-24", "--no-model"], text.as_bytes());
        assert!(out.status.success(), "{name}: {}", String::from_utf8_lossy(&out.stderr));
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{name}: {e}"));
        let chars: Vec<char> = text.chars().collect();
        for e in v["entities"].as_array().unwrap() {
            for m in e["mentions"].as_array().unwrap() {
                let (s, t) = (m["start"].as_u64().unwrap() as usize, m["end"].as_u64().unwrap() as usize);
                assert_eq!(chars[s..t].iter().collect::<String>(), m["text"].as_str().unwrap(), "{name}");
            }
        }
    }
}

#[test]
fn invalid_utf8_and_oversized_input_are_refused_with_one_line() {
    let out = run(&["analyze", "-"], &[0xe4, 0xba, 0x9e, 0xff, 0xfe, b'a']);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.starts_with("newslens: ") && err.trim_end().lines().count() == 1, "{err}");
    let out = run(&["analyze", "-", "--max-bytes", "10"], "亞馬遜表示，AWS 週四".as_bytes());
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("10") && err.trim_end().lines().count() == 1, "{err}");
}
