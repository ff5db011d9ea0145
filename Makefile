# NewsLens: the two commands are `make serve` and `make test` (see README.md).
SHELL := /bin/bash
export PATH := $(CURDIR)/scripts/tools/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver
WASM := --target wasm32-unknown-unknown

.PHONY: serve build test setup-serve setup-test lint unit wasm-test e2e model bench fuzz clean dict golden-check score
.PHONY: dev bench-batch

## Install what is missing, build once in release mode and serve dist/ on
## http://127.0.0.1:8080 (PORT=… ADDRESS=… to change) with a static server, no watcher
serve: build
	node scripts/serve.mjs dist

## Development: trunk's watcher rebuilds and reloads on every change. trunk's file
## watcher (notify) can crash upstream on some file changes; `make serve` has none.
dev: setup-serve
	trunk serve --release --offline --address 127.0.0.1 --port 8080

## Release build into dist/
build: setup-serve
	trunk build --release --offline

setup-serve:
	@scripts/setup.sh serve

setup-test:
	@scripts/setup.sh test

## Every test: format, lints (native and wasm32), unit/integration, wasm in Chromium, release build, e2e
test: setup-test lint unit python-test wasm-test build e2e
	@echo "make test: all stages passed"

lint:
	cargo fmt --all -- --check
	cargo clippy --workspace --all-targets -- -D warnings
	cargo clippy -p newslens -p newslens-engine -p newslens-js --all-targets $(WASM) -- -D warnings
	cargo clippy -p newslens-cli --bins $(WASM) -- -D warnings
	RUSTDOCFLAGS="-D warnings" cargo doc --workspace --no-deps -q

## Tests that read ../shared/data fail when it is absent, unless NEWSLENS_SKIP_SHARED=1;
## without the folder this says so and skips them
unit:
	@if [ -d ../shared/data ]; then cargo test --workspace; else \
	  echo "make unit: ../shared/data is absent — SKIPPING the tests that read it (NEWSLENS_SKIP_SHARED=1)" >&2; \
	  NEWSLENS_SKIP_SHARED=1 cargo test --workspace; fi

## --- Python: the newslens wheel (crates/python) and the Spark example (examples/spark)
PY_VENV := target/py-venv
.PHONY: python python-test setup-python

setup-python:
	@scripts/setup.sh python

## The wheel (abi3, CPython >= 3.9) into dist/python/, a release build by the venv's maturin
python: setup-python
	rm -f dist/python/newslens-*.whl
	$(PY_VENV)/bin/maturin build --release -m crates/python/Cargo.toml -o dist/python

## pytest: the installed wheel against the CLI (debug build, as `make unit` leaves it) on
## ../shared/data/articles (skipped, saying so, when absent), and the Spark job in local[2]
python-test: python
	cargo build -q -p newslens-cli
	$(PY_VENV)/bin/pip install -q --disable-pip-version-check --force-reinstall --no-deps dist/python/newslens-*.whl
	cd crates/python/tests && NEWSLENS_CLI=$(CURDIR)/target/debug/newslens \
	  $(CURDIR)/$(PY_VENV)/bin/python -m pytest -q -ra -p no:cacheprovider
## --- end Python

wasm-test:
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner cargo test -p newslens $(WASM) --test web

e2e:
	cd tests/e2e && node --test --test-concurrency=1 specs/

## Retrain the NER model from ../shared/data/ner (deterministic, ~1-2 minutes)
model:
	cargo run --release -p newslens-cli -- train --data ../shared/data/ner --out models/ner.bin --epochs 12 --max-features 275000

## Prove a change left the engine's output byte-identical to BASE (a git revision; needs
## ../shared/data): every article, the MSRA halves and a 1 MB text through both CLIs
BASE ?= HEAD
golden-check:
	scripts/golden-check.sh $(BASE)

## Quality by the reference scorer (../shared/eval/score.py) on the tune and check halves
## of the dev articles (eval/split.tsv, eval/README.md)
score:
	@scripts/setup.sh score
	PYTHON=target/score-venv/bin/python scripts/score-halves.sh
	target/release/newslens eval-ner ../shared/data/ner

## Benchmarks: the engine's stages (criterion, native) and the built app in Chromium
bench: build
	cargo bench -p newslens-engine --bench pipeline
	cd tests/e2e && node bench.mjs

## Batch throughput: `newslens batch` with 1 and 2 threads on a generated archive of
## BATCH_ARTICLES texts (the dev articles repeated; needs ../shared/data); BENCHMARKS.md
BATCH_ARTICLES ?= 2300
bench-batch:
	cargo build --release -q -p newslens-cli
	scripts/batch-archive.py $(BATCH_ARTICLES) target/batch-archive.jsonl
	for jobs in 1 2 1 2; do target/release/newslens batch target/batch-archive.jsonl --jobs $$jobs --out /dev/null; done

## Fuzz the analysis and the time stage, FUZZ_SECONDS each (needs nightly and cargo-fuzz,
## installed here when missing)
FUZZ_SECONDS ?= 300
fuzz:
	rustup toolchain list | grep -q nightly || rustup toolchain install nightly --profile minimal
	command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
	cd fuzz && for t in analyze times; do mkdir -p corpus/$$t && \
	  cargo +nightly fuzz run -O $$t corpus/$$t -- -max_total_time=$(FUZZ_SECONDS) -max_len=4096 -timeout=10 -rss_limit_mb=3072 || exit 1; done

clean:
	cargo clean
	rm -rf dist tests/e2e/artifacts

## Regenerate the pruned segmentation dictionary from jieba-rs's full one (see BENCHMARKS.md),
## packed (crates/engine/src/dictfmt.rs); its plain lines stay in target/dict.txt
DICT_MIN_FREQ ?= 10
DICT_KEEP_TAGS ?= ns,nt
dict:
	cargo fetch -q
	mkdir -p target
	src=$$(ls -d $${CARGO_HOME:-$$HOME/.cargo}/registry/src/*/jieba-rs-0.11.0/src/data/dict.txt | head -n1) && \
	cargo run --release -q -p newslens-cli -- prune-dict --source "$$src" --min-freq $(DICT_MIN_FREQ) --keep-tags $(DICT_KEEP_TAGS) \
	  --out target/dict.txt --given-chars crates/engine/data/given_chars.txt
	cargo run --release -q -p newslens-cli -- pack-dict --in target/dict.txt --out crates/engine/data/dict-packed.txt
