#!/usr/bin/env bash
# Builds the JS API package (the engine alone, no UI) into target/newslens-lib/:
# wasm-bindgen ES module glue, the optimized wasm, the hand-written entry points and
# types from crates/js/package/, the (packed) dictionary and the NER model. The trunk
# post_build hook copies it to dist/lib/. Incremental: cargo rebuilds only on change.
set -euo pipefail
cd "$(dirname "$0")/.."
out=target/newslens-lib
wasm=target/wasm32-unknown-unknown/release/newslens_js.wasm
cargo build --release -q -p newslens-js --target wasm32-unknown-unknown
mkdir -p "$out"
if [ ! -f "$out/newslens_js_bg.wasm" ] || [ "$wasm" -nt "$out/newslens_js_bg.wasm" ]; then
  wasm-bindgen --target web --no-typescript --out-dir "$out/raw" "$wasm"
  wasm-opt -Os --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals \
    "$out/raw/newslens_js_bg.wasm" -o "$out/newslens_js_bg.wasm"
  cp "$out/raw/newslens_js.js" "$out/"
  rm -rf "$out/raw"
fi
cp crates/js/package/* "$out/"
cp crates/engine/data/dict-packed.txt models/ner.bin "$out/"
