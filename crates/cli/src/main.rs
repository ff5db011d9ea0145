//! `newslens`: the command-line face of the engine — analysis, time lookup and evaluation.

#[cfg(not(target_arch = "wasm32"))]
mod batch;
mod eval;
mod eval_ner;
mod eval_time;
mod seg;
mod train;

use newslens_engine::{Analyzer, Config, Date, Document};
use std::io::{BufRead, Read, Write};
use std::process::ExitCode;

const USAGE: &str = "usage:
  newslens analyze [FILE|-] [--date YYYY-MM-DD] [--pretty] [--max-bytes N]
  newslens batch [IN|-] [--out OUT|-] [--jobs N] [--date YYYY-MM-DD] [--max-bytes N]
                                             (IN: JSON Lines {id, text, date} or a folder of .txt files;
                                              one {id, analysis} or {id, error} line per record, in order)
  newslens time --date YYYY-MM-DD [TEXT]     (no TEXT: one text per stdin line)
  newslens segment [FILE|-]
  newslens eval DIR [--json]                 (articles with gold files)
  newslens eval-time DIR [--json] [--misses] (DIR = ../shared/data/time)
  newslens eval-ner DIR [--json] [--misses]  (DIR = ../shared/data/ner: whole-pipeline span F1 per type)
  newslens train --data DIR --out FILE [--epochs N] [--max-features N]   (DIR = ../shared/data/ner)
  newslens ner-tag FILE [--model FILE]        (char<TAB>tag in, char<TAB>gold<TAB>predicted out)
  newslens eval-seg DIR                      (DIR = ../shared/data/seg/sighan2005: word F1)
  newslens prune-dict --source FILE --min-freq N [--keep-tags ns,nt] --out FILE [--given-chars FILE]
                                             (jieba dictionary → pruned; given-name characters)
  newslens pack-dict --in FILE --out FILE    (plain jieba dictionary → packed NLDICT2, as the page loads it)
  newslens unpack-dict --in FILE --out FILE  (packed → plain `word freq tag` lines)
  (every command takes --dict FILE: segment with that dictionary, plain or packed, instead of the built-in one)
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
    jobs: usize,
    max_features: usize,
    no_model: bool,
    dict: Option<String>,
    source: Option<String>,
    input: Option<String>,
    min_freq: usize,
    keep_tags: String,
    given_chars: Option<String>,
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
        jobs: 0,
        max_features: 220_000,
        no_model: false,
        dict: None,
        source: None,
        input: None,
        min_freq: 1,
        keep_tags: String::new(),
        given_chars: None,
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
            "--data" | "--out" | "--model" | "--epochs" | "--max-features" | "--dict" | "--source" | "--min-freq"
            | "--keep-tags" | "--given-chars" | "--in" | "--jobs" => {
                let v = it.next().ok_or_else(|| Fail(format!("{a} needs a value")))?.clone();
                match a.as_str() {
                    "--data" => o.data = Some(v),
                    "--out" => o.out = Some(v),
                    "--model" => o.model = Some(v),
                    "--dict" => o.dict = Some(v),
                    "--source" => o.source = Some(v),
                    "--in" => o.input = Some(v),
                    "--keep-tags" => o.keep_tags = v,
                    "--given-chars" => o.given_chars = Some(v),
                    "--min-freq" => o.min_freq = v.parse().map_err(|_| Fail(format!("bad --min-freq '{v}'")))?,
                    "--epochs" => o.epochs = v.parse().map_err(|_| Fail(format!("bad --epochs '{v}'")))?,
                    "--jobs" => match v.parse() {
                        Ok(n) if n > 0 => o.jobs = n,
                        _ => return Err(Fail(format!("bad --jobs '{v}': expected a number of threads ≥ 1"))),
                    },
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
    let mut a = base_analyzer(o, Config::default())?;
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

/// The analyzer without a model: the built-in dictionary, or the one from `--dict`.
fn base_analyzer(o: &Opts, config: Config) -> Result<Analyzer, Fail> {
    match &o.dict {
        None => Ok(Analyzer::new(config)),
        Some(path) => {
            let text =
                std::fs::read_to_string(path).map_err(|e| Fail(format!("cannot read dictionary {path}: {e}")))?;
            Analyzer::with_dictionary(config, &text).map_err(|e| Fail(format!("{path}: {e}")))
        }
    }
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
        #[cfg(not(target_arch = "wasm32"))]
        "batch" => run_batch(&o),
        "segment" => {
            let text = read_input(o.positional.first().map(String::as_str), o.max_bytes)?;
            let analyzer = base_analyzer(&o, Config::default())?;
            let words: Vec<String> = analyzer
                .segment(&text)
                .into_iter()
                .map(|t| format!("{}/{}", &text_slice(&text, t.start, t.end), t.pos))
                .collect();
            writeln!(stdout, "{}", words.join(" ")).map_err(|e| Fail(e.to_string()))
        }
        "time" => {
            let date = o.date.ok_or_else(|| Fail("time needs --date YYYY-MM-DD".into()))?;
            let analyzer = base_analyzer(&o, Config::default())?;
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
        "eval-ner" => {
            let dir =
                o.positional.first().ok_or_else(|| Fail("eval-ner needs a folder (../shared/data/ner)".into()))?;
            let out = eval_ner::run(&analyzer(&o)?, std::path::Path::new(dir), o.json, o.misses).map_err(Fail)?;
            write!(stdout, "{out}").map_err(|e| Fail(e.to_string()))
        }
        "eval-time" => {
            let dir = o.positional.first().ok_or_else(|| Fail("eval-time needs a folder".into()))?;
            let analyzer = base_analyzer(&o, Config::default())?;
            let out = eval_time::run(&analyzer, std::path::Path::new(dir), o.json, o.misses).map_err(Fail)?;
            write!(stdout, "{out}").map_err(|e| Fail(e.to_string()))
        }
        "train" => {
            let data = o.data.clone().ok_or_else(|| Fail("train needs --data DIR (../shared/data/ner)".into()))?;
            let out = o.out.clone().ok_or_else(|| Fail("train needs --out FILE".into()))?;
            // The tagger learns without the place list (see `Config::without_place_list`).
            let a = base_analyzer(&o, Config { without_place_list: true })?;
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
        "eval-seg" => {
            let dir = o.positional.first().ok_or_else(|| Fail("eval-seg needs a folder".into()))?;
            let label = o.dict.as_deref().unwrap_or("built-in");
            let row =
                seg::eval(&base_analyzer(&o, Config::default())?, std::path::Path::new(dir), label).map_err(Fail)?;
            write!(stdout, "| dictionary | pku F1 | msr F1 | cityu F1 | all F1 |\n|---|---|---|---|---|\n{row}")
                .map_err(|e| Fail(e.to_string()))
        }
        "prune-dict" => {
            let source = o.source.clone().ok_or_else(|| Fail("prune-dict needs --source FILE".into()))?;
            let out = o.out.clone().ok_or_else(|| Fail("prune-dict needs --out FILE".into()))?;
            let text = std::fs::read_to_string(&source).map_err(|e| Fail(format!("cannot read {source}: {e}")))?;
            let (pruned, kept, total) = seg::prune(&text, o.min_freq, &o.keep_tags.split(',').collect::<Vec<_>>())
                .map_err(|e| Fail(format!("{source}: {e}")))?;
            std::fs::write(&out, &pruned).map_err(|e| Fail(format!("cannot write {out}: {e}")))?;
            if let Some(path) = &o.given_chars {
                let chars = seg::given_chars(&text, &base_analyzer(&o, Config::default())?, 20);
                std::fs::write(path, chars).map_err(|e| Fail(format!("cannot write {path}: {e}")))?;
            }
            writeln!(stdout, "kept {kept} of {total} entries (frequency ≥ {}), {} bytes", o.min_freq, pruned.len())
                .map_err(|e| Fail(e.to_string()))
        }
        "pack-dict" | "unpack-dict" => {
            let input = o.input.clone().ok_or_else(|| Fail(format!("{cmd} needs --in FILE")))?;
            let out = o.out.clone().ok_or_else(|| Fail(format!("{cmd} needs --out FILE")))?;
            let text = std::fs::read_to_string(&input).map_err(|e| Fail(format!("cannot read {input}: {e}")))?;
            let packing = cmd == "pack-dict";
            if packing == newslens_engine::dictfmt::is_packed(&text) {
                return Err(Fail(format!("{input} is {} already", if packing { "packed" } else { "plain" })));
            }
            let done =
                if packing { newslens_engine::dictfmt::pack(&text) } else { newslens_engine::dictfmt::unpack(&text) };
            let done = done.map_err(|e| Fail(format!("{input}: {e}")))?;
            std::fs::write(&out, &done).map_err(|e| Fail(format!("cannot write {out}: {e}")))?;
            writeln!(stdout, "{input} ({} bytes) → {out} ({} bytes)", text.len(), done.len())
                .map_err(|e| Fail(e.to_string()))
        }
        "help" | "--help" | "-h" => writeln!(stdout, "{USAGE}").map_err(|e| Fail(e.to_string())),
        other => Err(Fail(format!("unknown command '{other}'\n{USAGE}"))),
    }
}

/// `newslens batch`: exits 130 when a signal stopped the run (128 + SIGINT, as shells
/// report a run stopped by Ctrl-C), after the complete lines written so far.
#[cfg(not(target_arch = "wasm32"))]
fn run_batch(o: &Opts) -> Result<(), Fail> {
    let job = batch::Job {
        input: o.positional.first().map_or("-", String::as_str),
        output: o.out.as_deref().unwrap_or("-"),
        jobs: o.jobs,
        max_bytes: o.max_bytes,
        date: o.date,
    };
    let summary = batch::run(&analyzer(o)?, &job).map_err(Fail)?;
    if summary.interrupted {
        std::process::exit(130);
    }
    Ok(())
}

fn text_slice(text: &str, start: usize, end: usize) -> String {
    text.chars().skip(start).take(end - start).collect()
}
