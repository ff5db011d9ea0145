//! Criterion benchmarks: building the analyzer from the shipped dictionary (packed, and
//! as plain lines); the pipeline stages on the seed article: segmentation alone, entity
//! extraction alone (on the segmented text), and the whole analysis; and the whole
//! analysis of a 1 MB text (the dev articles repeated), for throughput. The entity stage
//! is budgeted at no more than twice the segmentation. Run with
//! `cargo bench -p newslens-engine --bench pipeline`; the article is read from
//! `../shared/data/articles/seed-aws.txt` and its benchmarks are skipped when it is absent.

#[cfg(not(target_arch = "wasm32"))]
mod bench {
    use criterion::{black_box, Criterion};
    use newslens_engine::text::Text;
    use newslens_engine::{dictfmt, segment, Analyzer, Config, Date, Document, DICTIONARY};
    use std::path::PathBuf;

    fn seed_article() -> Option<String> {
        let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/articles/seed-aws.txt");
        std::fs::read_to_string(&path).ok()
    }

    /// The whole analysis of a 1 MB text (the dev articles repeated, as the browser
    /// bench does) with the shipped dictionary and model: throughput in MB/s.
    fn throughput(c: &mut Criterion) {
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/articles");
        let Ok(entries) = std::fs::read_dir(&dir) else { return };
        let mut files: Vec<PathBuf> =
            entries.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "txt")).collect();
        files.sort();
        let texts: Vec<String> = files.iter().filter_map(|p| std::fs::read_to_string(p).ok()).collect();
        if texts.is_empty() {
            return;
        }
        let mut big = String::new();
        for t in texts.iter().cycle() {
            if big.len() >= 1 << 20 {
                break;
            }
            big.push_str(t);
            big.push('\n');
        }
        let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
        let Ok(model) = std::fs::read(root.join("../../models/ner.bin")) else { return };
        let mut analyzer = Analyzer::new(Config::default());
        analyzer.load_ner(&model).expect("models/ner.bin loads");
        let doc = Document { text: &big, reference_date: Date::parse("2025-10-24") };
        let mut group = c.benchmark_group("1mb");
        group.sample_size(10).throughput(criterion::Throughput::Bytes(big.len() as u64));
        group.bench_function("analyze+ner", |b| b.iter(|| analyzer.analyze(black_box(&doc))));
        group.finish();
    }

    /// Building the analyzer from the shipped dictionary, packed (as the page and
    /// `Analyzer::new` do) and as its plain lines (the format shipped before), and
    /// unpacking alone.
    fn dictionary(c: &mut Criterion) {
        let plain = dictfmt::unpack(DICTIONARY).expect("the shipped dictionary unpacks");
        let mut group = c.benchmark_group("dictionary");
        group.sample_size(10);
        group.bench_function("load-packed", |b| b.iter(|| Analyzer::with_dictionary(Config::default(), DICTIONARY)));
        group.bench_function("load-plain", |b| b.iter(|| Analyzer::with_dictionary(Config::default(), &plain)));
        group.bench_function("unpack", |b| b.iter(|| dictfmt::unpack(black_box(DICTIONARY))));
        group.finish();
    }

    pub fn run() {
        let mut c = Criterion::default().configure_from_args();
        dictionary(&mut c);
        let Some(article) = seed_article() else {
            eprintln!("skipping: ../shared/data/articles/seed-aws.txt not found (shared data absent)");
            c.final_summary();
            return;
        };
        let analyzer = Analyzer::new(Config::default());
        let mut group = c.benchmark_group("seed-aws");
        group.bench_function("segment", |b| {
            b.iter(|| {
                let text = Text::new(black_box(&article), analyzer.tables());
                segment::segment(analyzer.jieba(), &text)
            })
        });
        let entities = analyzer.entity_stage(&article);
        group.bench_function("entities", |b| b.iter(|| black_box(entities())));
        let doc = Document { text: &article, reference_date: Date::parse("2025-10-24") };
        group.bench_function("analyze", |b| b.iter(|| analyzer.analyze(black_box(&doc))));
        group.bench_function("keywords", |b| b.iter(|| analyzer.keywords(black_box(&article), 15)));
        let model = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../models/ner.bin");
        if let Ok(bytes) = std::fs::read(&model) {
            let mut with_model = Analyzer::new(Config::default());
            with_model.load_ner(&bytes).expect("models/ner.bin loads");
            group.bench_function("analyze+ner", |b| b.iter(|| with_model.analyze(black_box(&doc))));
        }
        group.finish();
        throughput(&mut c);
        c.final_summary();
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    bench::run();
}

#[cfg(target_arch = "wasm32")]
fn main() {}
