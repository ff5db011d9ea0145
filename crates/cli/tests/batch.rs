//! `newslens batch` end to end through the binary: order, error lines, folders, stdin
//! and stdout, equality with `newslens analyze`, and interrupted runs.

use serde_json::Value;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_newslens"))
}

fn run_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child =
        bin().args(args).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let input = input.to_vec();
    // Written from a thread: the command writes while it reads.
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(&input);
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    out
}

/// What `newslens analyze` prints for a text (with `--date` when given), without the newline.
fn analyze(text: &str, date: Option<&str>) -> String {
    let mut args = vec!["analyze", "-"];
    if let Some(d) = date {
        args.extend(["--date", d]);
    }
    let out = run_stdin(&args, text.as_bytes());
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap().trim_end_matches('\n').to_string()
}

/// The output's lines, each parsed; panics on a line that is not complete JSON.
fn lines(stdout: &[u8]) -> Vec<Value> {
    let s = std::str::from_utf8(stdout).unwrap();
    assert!(s.is_empty() || s.ends_with('\n'), "the output ends in the middle of a line");
    s.lines().map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not a JSON line ({e}): {l}"))).collect()
}

const TEXTS: [&str; 4] = [
    "微軟執行長納德拉本週一表示，公司將在台灣投資 40 億美元。",
    "发布时间：2024-03-05\n国家统计局发言人王小明昨天说，去年GDP增长5.2%。據知情人士透露，蘋果公司將於明年推出新產品。",
    "Amazon CEO Andy Jassy said on Monday that AWS will invest.",
    "短",
];

fn record(id: usize, text: &str, date: Option<&str>) -> String {
    let mut v = serde_json::json!({"id": format!("r{id}"), "text": text});
    if let Some(d) = date {
        v["date"] = d.into();
    }
    format!("{v}\n")
}

#[test]
fn output_keeps_input_order_with_two_jobs_and_equals_analyze_per_record() {
    // Long and short records interleaved, so the threads finish out of order.
    let mut input = String::new();
    let mut expected = Vec::new();
    for i in 0..40 {
        let text = if i % 5 == 0 { TEXTS[1].repeat(20) } else { TEXTS[i % 4].to_string() };
        let date = (i % 2 == 0).then_some("2025-10-24");
        input.push_str(&record(i, &text, date));
        expected.push((format!("r{i}"), text, date));
    }
    let out = run_stdin(&["batch", "-", "--jobs", "2", "--out", "-"], input.as_bytes());
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let got = String::from_utf8(out.stdout).unwrap();
    let got: Vec<&str> = got.lines().collect();
    assert_eq!(got.len(), 40);
    for ((id, text, date), line) in expected.iter().zip(&got) {
        let v: Value = serde_json::from_str(line).unwrap();
        assert_eq!(v["id"], id.as_str(), "lines come in input order");
        // Byte for byte: the analysis is exactly what `analyze` prints.
        if id == "r0" || id == "r1" || id == "r2" || id == "r3" || id == "r5" {
            assert_eq!(*line, format!("{{\"id\":\"{id}\",\"analysis\":{}}}", analyze(text, *date)));
        }
    }
}

#[test]
fn bad_records_become_error_lines_and_the_run_goes_on() {
    let input = [
        "{\"id\":\"ok1\",\"text\":\"微軟表示。\"}\n".to_string(),
        "{not json\n".into(),
        "{\"id\":\"nt\"}\n".into(),
        "\n".into(),
        "{\"id\":\"bd\",\"text\":\"x\",\"date\":\"2025-02-30\"}\n".into(),
        format!("{{\"id\":\"big\",\"text\":\"{}\"}}\n", "字".repeat(100)),
        "{\"text\":\"王小明說好。\"}\n".into(),
    ]
    .concat();
    let mut bytes = input.into_bytes();
    bytes.extend_from_slice(b"{\"id\":\"utf\",\"text\":\"\xff\"}\n");
    let out = run_stdin(&["batch", "--max-bytes", "200"], &bytes);
    assert!(out.status.success(), "bad records do not fail the run: {}", String::from_utf8_lossy(&out.stderr));
    let v = lines(&out.stdout);
    let ids: Vec<&Value> = v.iter().map(|l| &l["id"]).collect();
    // Line 2 (invalid JSON) and line 7 (no id) are named by their line numbers.
    assert_eq!(ids, [&Value::from("ok1"), &2.into(), &"nt".into(), &"bd".into(), &"big".into(), &7.into(), &8.into()]);
    assert!(v[0]["analysis"].is_object());
    assert!(v[1]["error"].as_str().unwrap().starts_with("invalid JSON"));
    assert!(v[2]["error"].as_str().unwrap().contains("no \"text\""));
    assert!(v[3]["error"].as_str().unwrap().contains("bad date '2025-02-30'"));
    assert!(v[4]["error"].as_str().unwrap().contains("limit of 200 bytes"));
    assert!(v[5]["analysis"].is_object());
    assert!(v[6]["error"].as_str().unwrap().contains("not valid UTF-8"));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("2 ok, 5 errors"), "the summary counts both: {err}");
    assert!(err.contains("articles/s") && err.contains("MB/s"), "{err}");
}

#[test]
fn a_folder_of_txt_files_is_read_in_name_order_with_file_names_as_ids() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("b.txt"), TEXTS[0]).unwrap();
    std::fs::write(dir.path().join("a.txt"), TEXTS[1]).unwrap();
    std::fs::write(dir.path().join("c.txt"), b"\xff\xfe").unwrap();
    std::fs::write(dir.path().join("notes.md"), "ignored").unwrap();
    let outfile = dir.path().join("out.jsonl");
    let out = bin()
        .args(["batch", dir.path().to_str().unwrap(), "--jobs", "2", "--out", outfile.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(out.stdout.is_empty(), "with --out FILE nothing goes to stdout");
    let text = std::fs::read_to_string(&outfile).unwrap();
    let got: Vec<&str> = text.lines().collect();
    assert_eq!(got.len(), 3);
    assert_eq!(got[0], format!("{{\"id\":\"a\",\"analysis\":{}}}", analyze(TEXTS[1], None)));
    assert_eq!(got[1], format!("{{\"id\":\"b\",\"analysis\":{}}}", analyze(TEXTS[0], None)));
    let c: Value = serde_json::from_str(got[2]).unwrap();
    assert_eq!(c["id"], "c");
    assert!(c["error"].as_str().unwrap().contains("not valid UTF-8"));
}

#[test]
fn a_file_given_by_name_reads_like_stdin() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in.jsonl");
    let body = format!("{}{}", record(1, TEXTS[2], Some("2025-10-24")), record(2, TEXTS[0], None));
    std::fs::write(&input, &body).unwrap();
    let from_file = bin().args(["batch", input.to_str().unwrap()]).output().unwrap();
    let from_stdin = run_stdin(&["batch", "-"], body.as_bytes());
    assert!(from_file.status.success());
    assert_eq!(from_file.stdout, from_stdin.stdout);
    assert_eq!(lines(&from_file.stdout).len(), 2);
}

#[test]
fn run_level_problems_are_one_line_and_exit_code_two() {
    for (args, msg) in [
        (vec!["batch", "/no/such/file.jsonl"], "cannot read /no/such/file.jsonl"),
        (vec!["batch", "-", "--jobs", "0"], "bad --jobs '0'"),
        (vec!["batch", "-", "--out", "/no/such/dir/out.jsonl"], "cannot write /no/such/dir/out.jsonl"),
    ] {
        let out = run_stdin(&args, b"");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(err.starts_with("newslens: ") && err.contains(msg), "{args:?}: {err}");
    }
    let empty = tempfile::tempdir().unwrap();
    let out = bin().args(["batch", empty.path().to_str().unwrap()]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("holds no .txt files"));
}

/// Starts a batch of many records into a file and waits until its first lines are out.
fn start_long_run(dir: &Path) -> (std::process::Child, std::path::PathBuf, usize) {
    let input = dir.join("in.jsonl");
    let n = 20_000;
    let mut body = String::new();
    for i in 0..n {
        body.push_str(&record(i, TEXTS[i % 4], Some("2025-10-24")));
    }
    std::fs::write(&input, body).unwrap();
    let out = dir.join("out.jsonl");
    let child = bin()
        .args(["batch", input.to_str().unwrap(), "--jobs", "2", "--out", out.to_str().unwrap()])
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(120);
    while std::fs::metadata(&out).map_or(0, |m| m.len()) == 0 {
        assert!(std::time::Instant::now() < deadline, "no output after 120 s");
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    (child, out, n)
}

#[test]
fn ctrl_c_or_sigterm_stops_after_the_current_chunk_leaving_complete_lines() {
    for signal in ["-INT", "-TERM"] {
        let dir = tempfile::tempdir().unwrap();
        let (child, out, n) = start_long_run(dir.path());
        let status = Command::new("kill").args([signal, &child.id().to_string()]).status().unwrap();
        assert!(status.success());
        let done = child.wait_with_output().unwrap();
        let err = String::from_utf8_lossy(&done.stderr);
        assert_eq!(done.status.code(), Some(130), "{signal}: {err}");
        assert!(err.contains("stopping after the current chunk") && err.contains("interrupted"), "{err}");
        let v = lines(&std::fs::read(&out).unwrap());
        assert!(!v.is_empty() && v.len() < n, "{signal}: stopped early: {} of {n} lines", v.len());
        assert_eq!(v.len() % 256, 0, "{signal}: whole chunks only: {}", v.len());
        for (i, l) in v.iter().enumerate() {
            assert_eq!(l["id"], format!("r{i}"));
        }
    }
}

#[test]
fn a_killed_run_leaves_only_complete_lines() {
    let dir = tempfile::tempdir().unwrap();
    let (mut child, out, n) = start_long_run(dir.path());
    std::thread::sleep(std::time::Duration::from_millis(300));
    child.kill().unwrap();
    child.wait().unwrap();
    let v = lines(&std::fs::read(&out).unwrap());
    assert!(!v.is_empty() && v.len() < n);
    for (i, l) in v.iter().enumerate() {
        assert_eq!(l["id"], format!("r{i}"));
    }
}

#[test]
fn output_streams_chunk_by_chunk_before_the_input_ends() {
    use std::io::BufRead;
    let mut child =
        bin().args(["batch", "-", "--jobs", "2"]).stdin(Stdio::piped()).stdout(Stdio::piped()).spawn().unwrap();
    let mut stdin = child.stdin.take().unwrap();
    // A run that waited for the end of its input would hang this test: stop it after 60 s.
    let (done, watch) = std::sync::mpsc::channel::<()>();
    let pid = child.id().to_string();
    let watchdog = std::thread::spawn(move || {
        if watch.recv_timeout(std::time::Duration::from_secs(60)).is_err() {
            let _ = Command::new("kill").args(["-KILL", &pid]).status();
        }
    });
    // One chunk and a bit, with the input left open: the first chunk's lines must come out.
    for i in 0..300 {
        stdin.write_all(record(i, TEXTS[i % 4], None).as_bytes()).unwrap();
    }
    stdin.flush().unwrap();
    let mut out = std::io::BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    for i in 0..256 {
        line.clear();
        out.read_line(&mut line).unwrap();
        assert!(!line.is_empty(), "no line {i} within 60 s while the input was open: the run does not stream");
        let v: Value = serde_json::from_str(&line).unwrap();
        assert_eq!(v["id"], format!("r{i}"), "line {i} arrives while the input is still open");
    }
    drop(stdin);
    let rest: Vec<String> = out.lines().map(Result::unwrap).collect();
    assert_eq!(rest.len(), 44, "the last, partial chunk once the input ends");
    assert!(child.wait().unwrap().success());
    done.send(()).unwrap();
    watchdog.join().unwrap();
}
