//! `newslens batch`: many articles in, one JSON line per article out, in input order.
//!
//! The input is JSON Lines (`{"id": …, "text": …, "date": "YYYY-MM-DD"}`, `id` and
//! `date` optional) from a file or standard input, or a folder of `.txt` files (the id
//! is the file name without `.txt`, files in name order). Each output line is
//! `{"id":…,"analysis":…}` — the analysis exactly as `newslens analyze` prints it — or
//! `{"id":…,"error":"…"}` for a record that cannot be analyzed (invalid JSON or UTF-8,
//! no `text`, an impossible date, over `--max-bytes`); a bad record never stops the run.
//! A record without an id is named by its line number (1-based).
//!
//! Memory stays bounded: records are read in chunks (at most [`CHUNK_RECORDS`] records
//! or [`CHUNK_BYTES`] bytes of input), a chunk is analyzed in parallel on a rayon pool
//! sharing one `Analyzer`, and its lines are written in order, each with one write of
//! the whole line, then flushed. Ctrl-C (SIGINT), SIGTERM or SIGHUP stops the run after
//! the current chunk, so an interrupted run leaves only complete lines; a second Ctrl-C
//! (say, while waiting for input) stops at once. Progress goes to stderr (hidden when
//! stderr is not a terminal); a summary line is always printed.

use newslens_engine::{Analyzer, Date, Document};
use rayon::prelude::*;
use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Instant;

/// Most records analyzed between two writes of the output.
pub const CHUNK_RECORDS: usize = 256;
/// Most bytes of input held at once (a chunk closes when it passes this).
pub const CHUNK_BYTES: usize = 32 * 1024 * 1024;

/// What the command was asked to do.
pub struct Job<'a> {
    /// The input: a JSON Lines file, a folder of `.txt` files, or `-` for stdin.
    pub input: &'a str,
    /// The output file, or `-` for stdout.
    pub output: &'a str,
    /// Worker threads; 0 = one per core.
    pub jobs: usize,
    /// The largest text analyzed, in bytes.
    pub max_bytes: usize,
    /// The reference date of records that give none.
    pub date: Option<Date>,
}

/// How a run ended: counts, and whether it was stopped by a signal.
#[derive(Debug, Default)]
pub struct Summary {
    /// Records analyzed.
    pub ok: u64,
    /// Records answered with an error line.
    pub errors: u64,
    /// Bytes of input read.
    pub bytes: u64,
    /// The run stopped early on SIGINT/SIGTERM.
    pub interrupted: bool,
}

/// One unit of work: a record's id (as JSON) and its text, or why it has none.
enum Item {
    /// A JSON Lines record, parsed or not.
    Line { number: u64, bytes: Result<Vec<u8>, String> },
    /// A file of the input folder, read when analyzed.
    File { id: String, path: PathBuf },
}

/// Where records come from.
enum Source {
    Lines { reader: Box<dyn BufRead>, number: u64 },
    Files { files: std::vec::IntoIter<(String, PathBuf)> },
}

impl Source {
    /// The next chunk of items; empty at the end of the input.
    fn chunk(&mut self, max_bytes: usize) -> Result<Vec<Item>, String> {
        let mut items = Vec::new();
        let mut held = 0usize;
        while items.len() < CHUNK_RECORDS && held < CHUNK_BYTES {
            match self {
                Source::Files { files } => match files.next() {
                    Some((id, path)) => items.push(Item::File { id, path }),
                    None => break,
                },
                Source::Lines { reader, number } => {
                    // A record's JSON may escape every char (`\uXXXX`): room for that.
                    let limit = max_bytes.saturating_mul(2).saturating_add(4096);
                    let Some(line) = read_line(reader.as_mut(), limit)? else { break };
                    *number += 1;
                    if let Ok(b) = &line {
                        if b.iter().all(u8::is_ascii_whitespace) {
                            continue;
                        }
                        held += b.len();
                    }
                    items.push(Item::Line { number: *number, bytes: line });
                }
            }
        }
        Ok(items)
    }
}

/// Reads one line (without its `\n`) of at most `limit` bytes. A longer line is skipped
/// to its end and given as an error; `None` at the end of the input.
fn read_line(r: &mut dyn BufRead, limit: usize) -> Result<Option<Result<Vec<u8>, String>>, String> {
    let mut line = Vec::new();
    let mut too_long = false;
    let mut seen = 0usize;
    loop {
        let buf = r.fill_buf().map_err(|e| format!("cannot read the input: {e}"))?;
        if buf.is_empty() {
            if seen == 0 {
                return Ok(None);
            }
            break;
        }
        let (part, done) = match buf.iter().position(|&b| b == b'\n') {
            Some(i) => (&buf[..i], i + 1),
            None => (buf, buf.len()),
        };
        seen += done;
        if !too_long {
            if line.len() + part.len() > limit {
                too_long = true;
                line = Vec::new();
            } else {
                line.extend_from_slice(part);
            }
        }
        let ended = done > part.len();
        r.consume(done);
        if ended {
            break;
        }
    }
    if too_long {
        return Ok(Some(Err(format!("record is larger than the limit ({limit} bytes of JSON; see --max-bytes)"))));
    }
    if line.last() == Some(&b'\r') {
        line.pop();
    }
    Ok(Some(Ok(line)))
}

/// The `.txt` files of a folder, by name, with their ids.
fn folder_files(dir: &Path) -> Result<Vec<(String, PathBuf)>, String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("cannot read folder {}: {e}", dir.display()))?;
    let mut files = Vec::new();
    for entry in entries {
        let path = entry.map_err(|e| format!("cannot read folder {}: {e}", dir.display()))?.path();
        if path.extension().is_some_and(|x| x == "txt") && path.is_file() {
            let id = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
            files.push((id, path));
        }
    }
    files.sort();
    if files.is_empty() {
        return Err(format!("{} holds no .txt files", dir.display()));
    }
    Ok(files)
}

/// A JSON string literal.
fn json_str(s: &str) -> String {
    serde_json::Value::from(s).to_string()
}

/// The output line of an error.
fn error_line(id: &str, msg: &str) -> String {
    format!("{{\"id\":{id},\"error\":{}}}\n", json_str(msg))
}

/// A parsed record: its id (as JSON), text and date, or its id and what is wrong.
fn parse_record(
    number: u64,
    bytes: &[u8],
    max_bytes: usize,
) -> Result<(String, String, Option<Date>), (String, String)> {
    let fallback = number.to_string();
    let text = std::str::from_utf8(bytes)
        .map_err(|e| (fallback.clone(), format!("line is not valid UTF-8 (byte {})", e.valid_up_to())))?;
    // A byte order mark (files saved by some editors) is not part of the JSON.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let v: serde_json::Value =
        serde_json::from_str(text).map_err(|e| (fallback.clone(), format!("invalid JSON: {e}")))?;
    let obj = v.as_object().ok_or_else(|| (fallback.clone(), "record is not a JSON object".to_string()))?;
    let id = match obj.get("id") {
        None | Some(serde_json::Value::Null) => fallback,
        Some(v @ (serde_json::Value::String(_) | serde_json::Value::Number(_))) => v.to_string(),
        Some(_) => return Err((fallback, "\"id\" must be a string or a number".into())),
    };
    let text = match obj.get("text") {
        Some(serde_json::Value::String(t)) => t.clone(),
        Some(_) => return Err((id, "\"text\" must be a string".into())),
        None => return Err((id, "record has no \"text\"".into())),
    };
    if text.len() > max_bytes {
        return Err((id, format!("text is larger than the limit of {max_bytes} bytes (see --max-bytes)")));
    }
    let date = match obj.get("date") {
        None | Some(serde_json::Value::Null) => None,
        Some(serde_json::Value::String(d)) => match Date::parse(d) {
            Some(d) => Some(d),
            None => return Err((id, format!("bad date '{d}': expected a real date as YYYY-MM-DD"))),
        },
        Some(_) => return Err((id, "\"date\" must be a string YYYY-MM-DD".into())),
    };
    Ok((id, text, date))
}

/// Reads a folder's file as UTF-8 within the size limit.
fn read_file(path: &Path, max_bytes: usize) -> Result<String, String> {
    let f = std::fs::File::open(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let mut bytes = Vec::new();
    f.take(max_bytes as u64 + 1).read_to_end(&mut bytes).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    if bytes.len() > max_bytes {
        return Err(format!("file is larger than the limit of {max_bytes} bytes (see --max-bytes)"));
    }
    String::from_utf8(bytes).map_err(|e| format!("file is not valid UTF-8 (byte {})", e.utf8_error().valid_up_to()))
}

/// Analyzes one item into its output line; `true` when it is an analysis.
fn process(analyzer: &Analyzer, item: Item, job: &Job, bytes: &AtomicU64) -> (String, bool) {
    let (id, parsed) = match item {
        Item::Line { number, bytes: Err(msg) } => return (error_line(&number.to_string(), &msg), false),
        Item::Line { number, bytes: Ok(b) } => {
            bytes.fetch_add(b.len() as u64 + 1, Ordering::Relaxed);
            match parse_record(number, &b, job.max_bytes) {
                Ok((id, text, date)) => (id, Ok((text, date))),
                Err((id, msg)) => (id, Err(msg)),
            }
        }
        Item::File { id, path } => {
            let read = read_file(&path, job.max_bytes);
            if let Ok(t) = &read {
                bytes.fetch_add(t.len() as u64, Ordering::Relaxed);
            }
            (json_str(&id), read.map(|t| (t, None)))
        }
    };
    match parsed {
        Err(msg) => (error_line(&id, &msg), false),
        Ok((text, date)) => {
            let a = analyzer.analyze(&Document { text: &text, reference_date: date.or(job.date) });
            match serde_json::to_string(&a) {
                Ok(json) => (format!("{{\"id\":{id},\"analysis\":{json}}}\n"), true),
                Err(e) => (error_line(&id, &format!("cannot write the analysis: {e}")), false),
            }
        }
    }
}

/// Opens the input: a folder's files, a file's lines or standard input's; the input's
/// size in bytes (or files) when known, for the progress bar.
fn open_input(input: &str) -> Result<(Source, Option<u64>, bool), String> {
    if input == "-" {
        let reader: Box<dyn BufRead> = Box::new(BufReader::with_capacity(1 << 20, std::io::stdin()));
        return Ok((Source::Lines { reader, number: 0 }, None, false));
    }
    let path = Path::new(input);
    if path.is_dir() {
        let files = folder_files(path)?;
        let n = files.len() as u64;
        return Ok((Source::Files { files: files.into_iter() }, Some(n), true));
    }
    let f = std::fs::File::open(path).map_err(|e| format!("cannot read {input}: {e}"))?;
    let size = f.metadata().ok().map(|m| m.len());
    Ok((Source::Lines { reader: Box::new(BufReader::with_capacity(1 << 20, f)), number: 0 }, size, false))
}

/// The progress bar on stderr: records of a folder, bytes of a file, a spinner for stdin.
fn progress_bar(total: Option<u64>, counts_files: bool) -> indicatif::ProgressBar {
    use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
    let bar = ProgressBar::with_draw_target(total, ProgressDrawTarget::stderr());
    let template = match (total, counts_files) {
        (Some(_), true) => "{bar:40} {pos}/{len} articles  {per_sec}  eta {eta}",
        (Some(_), false) => "{bar:40} {bytes}/{total_bytes}  {bytes_per_sec}  {msg}  eta {eta}",
        (None, _) => "{spinner} {bytes} read  {bytes_per_sec}  {msg}",
    };
    if let Ok(style) = ProgressStyle::with_template(template) {
        bar.set_style(style);
    }
    bar
}

/// Stops the run after the current chunk on SIGINT/SIGTERM/SIGHUP (when a handler can
/// be set); a second signal exits at once, with the lines written so far.
fn stop_flag() -> Arc<AtomicBool> {
    let stop = Arc::new(AtomicBool::new(false));
    let flag = stop.clone();
    // Only one handler per process: a second run in the same process keeps the first.
    let _ = ctrlc::set_handler(move || {
        if flag.swap(true, Ordering::SeqCst) {
            eprintln!("newslens batch: stopped");
            std::process::exit(130);
        }
        eprintln!("newslens batch: stopping after the current chunk (Ctrl-C again to stop now)");
    });
    stop
}

/// Runs the batch; the summary line goes to stderr. Errors are about the whole run
/// (unreadable input, unwritable output), never about one record.
pub fn run(analyzer: &Analyzer, job: &Job) -> Result<Summary, String> {
    let (mut source, total, counts_files) = open_input(job.input)?;
    let out_name = if job.output == "-" { "standard output" } else { job.output };
    let mut out: Box<dyn Write> = if job.output == "-" {
        Box::new(std::io::stdout().lock())
    } else {
        Box::new(std::fs::File::create(job.output).map_err(|e| format!("cannot write {}: {e}", job.output))?)
    };
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(job.jobs)
        .build()
        .map_err(|e| format!("cannot start {} threads: {e}", job.jobs))?;
    let stop = stop_flag();
    let bar = progress_bar(total, counts_files);
    let bytes = AtomicU64::new(0);
    let started = Instant::now();
    let mut summary = Summary::default();
    loop {
        let items = source.chunk(job.max_bytes)?;
        if items.is_empty() {
            break;
        }
        let lines: Vec<(String, bool)> = pool.install(|| {
            items
                .into_par_iter()
                .map(|item| {
                    let line = process(analyzer, item, job, &bytes);
                    if counts_files {
                        bar.inc(1);
                    } else {
                        bar.set_position(bytes.load(Ordering::Relaxed));
                    }
                    line
                })
                .collect()
        });
        for (line, ok) in &lines {
            out.write_all(line.as_bytes()).map_err(|e| format!("cannot write {out_name}: {e}"))?;
            if *ok {
                summary.ok += 1;
            } else {
                summary.errors += 1;
            }
        }
        out.flush().map_err(|e| format!("cannot write {out_name}: {e}"))?;
        bar.set_message(format!("{} articles", summary.ok + summary.errors));
        if stop.load(Ordering::SeqCst) {
            summary.interrupted = true;
            break;
        }
    }
    bar.finish_and_clear();
    summary.bytes = bytes.load(Ordering::Relaxed);
    eprintln!("{}", summary_line(&summary, started.elapsed().as_secs_f64()));
    Ok(summary)
}

/// `newslens batch: 2300 ok, 3 errors in 12.1 s (190.3 articles/s, 4.12 MB/s)`.
fn summary_line(s: &Summary, secs: f64) -> String {
    let secs = secs.max(1e-9);
    let n = (s.ok + s.errors) as f64;
    format!(
        "newslens batch: {} ok, {} errors in {:.1} s ({:.1} articles/s, {:.2} MB/s){}",
        s.ok,
        s.errors,
        secs,
        n / secs,
        s.bytes as f64 / 1e6 / secs,
        if s.interrupted { "; interrupted: the output holds the complete lines written so far" } else { "" }
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(input: &str, limit: usize) -> Vec<Result<Vec<u8>, String>> {
        let mut r = std::io::Cursor::new(input.as_bytes().to_vec());
        let mut out = Vec::new();
        while let Some(l) = read_line(&mut r, limit).unwrap() {
            out.push(l);
        }
        out
    }

    #[test]
    fn read_line_splits_lines_and_refuses_long_ones_without_losing_the_next() {
        let got = lines("ab\r\nlong line here\ncd", 5);
        assert_eq!(got[0], Ok(b"ab".to_vec()));
        assert!(got[1].as_ref().is_err_and(|e| e.contains("larger than the limit")));
        assert_eq!(got[2], Ok(b"cd".to_vec()));
        assert_eq!(got.len(), 3);
    }

    #[test]
    fn records_without_id_are_named_by_line_and_bad_fields_say_what_is_wrong() {
        let ok = parse_record(7, br#"{"text":"x","date":"2025-10-24"}"#, 100).unwrap();
        assert_eq!(ok.0, "7");
        assert_eq!(parse_record(3, br#"{"id":"a","text":1}"#, 100).unwrap_err().0, "\"a\"");
        assert!(parse_record(3, br#"{"id":5,"text":"x","date":"2025-02-30"}"#, 100)
            .unwrap_err()
            .1
            .contains("bad date"));
        assert!(parse_record(3, br#"{"id":5,"text":"xxxx"}"#, 3).unwrap_err().1.contains("limit"));
        assert!(parse_record(3, b"{nope", 100).unwrap_err().1.starts_with("invalid JSON"));
        let bom = parse_record(1, "\u{feff}{\"id\":\"b\",\"text\":\"x\"}".as_bytes(), 100).unwrap();
        assert_eq!((bom.0.as_str(), bom.1.as_str()), ("\"b\"", "x"), "a byte order mark is skipped");
    }
}
