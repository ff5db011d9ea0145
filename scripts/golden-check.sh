#!/usr/bin/env bash
# Proves that a change left the engine's output unchanged: builds the CLI at BASE (a git
# revision, default HEAD) and from the working tree, runs both over the same inputs and
# compares the outputs byte for byte.
#
#   scripts/golden-check.sh [BASE]        (make golden-check BASE=REV)
#
# Inputs (read from ../shared/data; the check says so and fails when it is absent):
#   - every article in articles/: `analyze` with the model and its index.tsv date, with
#     the model and no date (date lines found in the text), and rules only (--no-model);
#   - the two halves of ner/msra/train.txt as plain text, one sentence a line (~1.1 MB each);
#   - a 1 MB text: the articles repeated, as the benchmarks build it;
#   - `segment` of every article, `eval` of the articles, `eval-time --json`.
# The outputs stay under target/golden/ (news text never enters the repository); the base
# CLI and its outputs are kept per commit in $GOLDEN_CACHE (default target/golden), so
# several work trees can share one base.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
base=${1:-HEAD}
data=$root/../shared/data
if [ ! -d "$data/articles" ]; then
  echo "golden-check: SKIPPED — ../shared/data/articles not found (the inputs are the shared data)" >&2
  exit 1
fi
sha=$(git rev-parse --verify "$base^{commit}")
work=$root/target/golden
cache=${GOLDEN_CACHE:-$work}
mkdir -p "$work" "$cache"

# --- the inputs
inputs=$cache/inputs
mkdir -p "$inputs"
if [ ! -s "$inputs/msra-b.txt" ]; then
  awk 'BEGIN { s = "" } NF == 0 { if (s != "") print s; s = ""; next } { s = s $1 } END { if (s != "") print s }' \
    "$data/ner/msra/train.txt" >"$inputs/msra.txt"
  n=$(wc -l <"$inputs/msra.txt")
  head -n $((n / 2)) "$inputs/msra.txt" >"$inputs/msra-a.txt"
  tail -n +$((n / 2 + 1)) "$inputs/msra.txt" >"$inputs/msra-b.txt"
  rm "$inputs/msra.txt"
  python3 - "$data/articles" "$inputs/big.txt" <<'EOF'
import pathlib, sys
texts = [p.read_text(encoding="utf-8") for p in sorted(pathlib.Path(sys.argv[1]).glob("*.txt"))]
big, i = "", 0
while len(big.encode()) < 1 << 20:
    big += texts[i % len(texts)] + "\n"
    i += 1
pathlib.Path(sys.argv[2]).write_text(big, encoding="utf-8")
EOF
fi

# --- the two CLIs
base_dir=$cache/base-$sha
base_bin=$base_dir/newslens
if [ ! -x "$base_bin" ]; then
  echo "golden-check: building the CLI at $base ($sha)" >&2
  src=$cache/base-src-$sha
  rm -rf "$src"
  git worktree prune
  git worktree add --detach "$src" "$sha" >/dev/null
  (cd "$src" && CARGO_TARGET_DIR=$cache/base-target cargo build --release -q -p newslens-cli)
  mkdir -p "$base_dir"
  cp "$src/models/ner.bin" "$base_dir/ner.bin"
  cp "$cache/base-target/release/newslens" "$base_bin"
  git worktree remove --force "$src"
fi
echo "golden-check: building the CLI from the working tree" >&2
cargo build --release -q -p newslens-cli

run_all() { # BIN MODEL OUTDIR
  local bin=$1 model=$2 out=$3
  rm -rf "$out"
  mkdir -p "$out"
  while IFS=$'\t' read -r id _ date _; do
    [ "$id" = id ] && continue
    local f=$data/articles/$id.txt
    "$bin" analyze "$f" --model "$model" --date "$date" >"$out/$id.dated.json"
    "$bin" analyze "$f" --model "$model" >"$out/$id.undated.json"
    "$bin" analyze "$f" --no-model --date "$date" >"$out/$id.rules.json"
    "$bin" segment "$f" >"$out/$id.segment.txt"
  done <"$data/articles/index.tsv"
  for f in msra-a msra-b big; do
    "$bin" analyze "$inputs/$f.txt" --model "$model" --date 2025-10-24 >"$out/$f.json"
  done
  "$bin" analyze "$inputs/big.txt" --no-model --date 2025-10-24 >"$out/big.rules.json"
  "$bin" eval "$data/articles" --model "$model" --json >"$out/eval.json"
  "$bin" eval-time "$data/time" --json >"$out/eval-time.json"
}

if [ ! -f "$base_dir/out.done" ]; then
  echo "golden-check: analyzing with the base" >&2
  run_all "$base_bin" "$base_dir/ner.bin" "$base_dir/out"
  touch "$base_dir/out.done"
fi
echo "golden-check: analyzing with the working tree" >&2
run_all "${CARGO_TARGET_DIR:-$root/target}/release/newslens" "$root/models/ner.bin" "$work/out-new"

count=$(find "$base_dir/out" -type f | wc -l)
if diff -rq "$base_dir/out" "$work/out-new"; then
  echo "golden-check: $count outputs byte-identical to $base ($sha)"
else
  echo "golden-check: outputs differ from $base ($sha); compare $base_dir/out with target/golden/out-new" >&2
  exit 1
fi
