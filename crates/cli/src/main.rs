//! `newslens`: the command-line face of the engine — analysis, time lookup and evaluation.

mod eval;
mod eval_time;
mod train;

use newslens_engine::{Analyzer, Config, Date, Document};
use std::io::{BufRead, Read, Write};
use std::process::ExitCode;

const USAGE: &str = "usage:
  newslens analyze [FILE|-] [--date YYYY-MM-DD] [--pretty] [--max-bytes N]
  newslens time --date YYYY-MM-DD [TEXT]     (no TEXT: one text per stdin line)
  newslens segment [FILE|-]
  newslens eval DIR [--json]                 (articles with gold files)
  newslens eval-time DIR [--json] [--misses] (DIR = ../shared/data/time)
  newslens train --data DIR --out FILE [--epochs N] [--max-features N]   (DIR = ../shared/data/ner)
  newslens ner-tag FILE [--model FILE]        (char<TAB>tag in, char<TAB>gold<TAB>predicted out)
  (analyze, eval and ner-tag use models/ner.bin when --model is not given and it exists)";

/// Default input limit: larger texts are refused with a message, not analyzed slowly.
const DEFAULT_MAX_BYTES: usize = 10 * 1024 * 1024;

/// A one-line error for the user, with exit code 2.
struct Fail(String);

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(Fail(msg)) => {
            eprintln!("newslens: {msg}");
            ExitCode::from(2)
        }
    }
}

struct Opts {
    positional: Vec<String>,
    date: Option<Date>,
    pretty: bool,
    json: bool,
    misses: bool,
    max_bytes: usize,
    data: Option<String>,
    out: Option<String>,
    model: Option<String>,
    epochs: usize,
    max_features: usize,
    no_model: bool,
}

fn parse_opts(args: &[String]) -> Result<Opts, Fail> {
    let mut o = Opts {
        positional: Vec::new(),
        date: None,
        pretty: false,
        json: false,
        misses: false,
        max_bytes: DEFAULT_MAX_BYTES,
        data: None,
        out: None,
        model: None,
        epochs: 6,
        max_features: 220_000,
        no_model: false,
    };
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--date" => {
                let v = it.next().ok_or_else(|| Fail("--date needs a value YYYY-MM-DD".into()))?;
                o.date = Some(
                    Date::parse(v)
                        .ok_or_else(|| Fail(format!("bad date '{v}': expected a real date as YYYY-MM-DD")))?,
                );
            }
            "--pretty" => o.pretty = true,
            "--json" => o.json = true,
            "--misses" => o.misses = true,
            "--no-model" => o.no_model = true,
            "--data" | "--out" | "--model" | "--epochs" | "--max-features" => {
                let v = it.next().ok_or_else(|| Fail(format!("{a} needs a value")))?.clone();
                match a.as_str() {
                    "--data" => o.data = Some(v),
                    "--out" => o.out = Some(v),
                    "--model" => o.model = Some(v),
                    "--epochs" => o.epochs = v.parse().map_err(|_| Fail(format!("bad --epochs '{v}'")))?,
                    _ => o.max_features = v.parse().map_err(|_| Fail(format!("bad --max-features '{v}'")))?,
                }
            }
            "--max-bytes" => {
                let v = it.next().ok_or_else(|| Fail("--max-bytes needs a number".into()))?;
                o.max_bytes = v.parse().map_err(|_| Fail(format!("bad --max-bytes '{v}'")))?;
            }
            s if s.starts_with("--") => return Err(Fail(format!("unknown option {s}\n{USAGE}"))),
            _ => o.positional.push(a.clone()),
        }
    }
    Ok(o)
}

/// The model file used when `--model` is not given: the project's committed model.
fn default_model() -> std::path::PathBuf {
    std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../models/ner.bin")
}

/// The analyzer, with the NER model from `--model`, else the project's model if present
/// (unless `--no-model`).
fn analyzer(o: &Opts) -> Result<Analyzer, Fail> {
    let mut a = Analyzer::new(Config::default());
    if o.no_model {
        return Ok(a);
    }
    let path = match &o.model {
        Some(p) => std::path::PathBuf::from(p),
        None if default_model().exists() => default_model(),
        None => return Ok(a),
    };
    let bytes = std::fs::read(&path).map_err(|e| Fail(format!("cannot read model {}: {e}", path.display())))?;
    a.load_ner(&bytes).map_err(|e| Fail(format!("{}: {e}", path.display())))?;
    Ok(a)
}

/// Reads a file (or stdin for `-` / nothing) as UTF-8 within the size limit.
fn read_input(path: Option<&str>, max_bytes: usize) -> Result<String, Fail> {
    let mut bytes = Vec::new();
    let name = path.unwrap_or("-");
    let limit = max_bytes as u64 + 1;
    if name == "-" {
        std::io::stdin()
            .take(limit)
            .read_to_end(&mut bytes)
            .map_err(|e| Fail(format!("cannot read standard input: {e}")))?;
    } else {
        let f = std::fs::File::open(name).map_err(|e| Fail(format!("cannot read {name}: {e}")))?;
        f.take(limit).read_to_end(&mut bytes).map_err(|e| Fail(format!("cannot read {name}: {e}")))?;
    }
    if bytes.len() > max_bytes {
        return Err(Fail(format!("{name} is larger than the limit of {max_bytes} bytes (see --max-bytes)")));
    }
    String::from_utf8(bytes)
        .map_err(|e| Fail(format!("{name} is not valid UTF-8 (byte {})", e.utf8_error().valid_up_to())))
}

fn run(args: &[String]) -> Result<(), Fail> {
    let Some(cmd) = args.first() else { return Err(Fail(USAGE.into())) };
    let o = parse_opts(&args[1..])?;
    let mut stdout = std::io::stdout().lock();
    match cmd.as_str() {
        "analyze" => {
            let text = read_input(o.positional.first().map(String::as_str), o.max_bytes)?;
            let analyzer = analyzer(&o)?;
            let a = analyzer.analyze(&Document { text: &text, reference_date: o.date });
            let json = if o.pretty { serde_json::to_string_pretty(&a) } else { serde_json::to_string(&a) };
            writeln!(stdout, "{}", json.map_err(|e| Fail(e.to_string()))?).map_err(|e| Fail(e.to_string()))
        }
        "segment" => {
            let text = read_input(o.positional.first().map(String::as_str), o.max_bytes)?;
            let analyzer = Analyzer::new(Config::default());
            let words: Vec<String> = analyzer
                .segment(&text)
                .into_iter()
                .map(|t| format!("{}/{}", &text_slice(&text, t.start, t.end), t.pos))
                .collect();
            writeln!(stdout, "{}", words.join(" ")).map_err(|e| Fail(e.to_string()))
        }
        "time" => {
            let date = o.date.ok_or_else(|| Fail("time needs --date YYYY-MM-DD".into()))?;
            let analyzer = Analyzer::new(Config::default());
            let one = |t: &str| -> String {
                let a = analyzer.analyze(&Document { text: t, reference_date: Some(date) });
                let items: Vec<serde_json::Value> = a
                    .times
                    .iter()
                    .map(|t| serde_json::json!({"text": t.text, "start": t.start, "end": t.end, "value": t.value, "kind": t.kind}))
                    .collect();
                serde_json::Value::Array(items).to_string()
            };
            if o.positional.is_empty() {
                for line in std::io::stdin().lock().lines() {
                    let line = line.map_err(|e| Fail(format!("cannot read standard input: {e}")))?;
                    writeln!(stdout, "{}", one(&line)).map_err(|e| Fail(e.to_string()))?;
                }
                Ok(())
            } else {
                writeln!(stdout, "{}", one(&o.positional.join(" "))).map_err(|e| Fail(e.to_string()))
            }
        }
        "eval" => {
            let dir = o.positional.first().ok_or_else(|| Fail("eval needs a folder".into()))?;
            let report = eval::run(&analyzer(&o)?, std::path::Path::new(dir)).map_err(Fail)?;
            let out = if o.json {
                serde_json::to_string_pretty(&report.to_json()).unwrap_or_default()
            } else {
                report.table()
            };
            writeln!(stdout, "{out}").map_err(|e| Fail(e.to_string()))
        }
        "eval-time" => {
            let dir = o.positional.first().ok_or_else(|| Fail("eval-time needs a folder".into()))?;
            let analyzer = Analyzer::new(Config::default());
            let out = eval_time::run(&analyzer, std::path::Path::new(dir), o.json, o.misses).map_err(Fail)?;
            write!(stdout, "{out}").map_err(|e| Fail(e.to_string()))
        }
        "train" => {
            let data = o.data.clone().ok_or_else(|| Fail("train needs --data DIR (../shared/data/ner)".into()))?;
            let out = o.out.clone().ok_or_else(|| Fail("train needs --out FILE".into()))?;
            let a = Analyzer::new(Config::default());
            let mut err = std::io::stderr();
            train::train(
                &a,
                std::path::Path::new(&data),
                std::path::Path::new(&out),
                o.epochs,
                o.max_features,
                &mut err,
            )
            .map_err(Fail)
        }
        "ner-tag" => {
            let file = o.positional.first().ok_or_else(|| Fail("ner-tag needs a char<TAB>tag file".into()))?;
            let a = analyzer(&o)?;
            if !a.has_ner() {
                return Err(Fail("ner-tag needs a model: --model FILE (none found at models/ner.bin)".into()));
            }
            let mut out = std::io::BufWriter::new(&mut stdout);
            train::ner_tag(&a, std::path::Path::new(file), &mut out).map_err(Fail)
        }
        "help" | "--help" | "-h" => writeln!(stdout, "{USAGE}").map_err(|e| Fail(e.to_string())),
        other => Err(Fail(format!("unknown command '{other}'\n{USAGE}"))),
    }
}

fn text_slice(text: &str, start: usize, end: usize) -> String {
    text.chars().skip(start).take(end - start).collect()
}
