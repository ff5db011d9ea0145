#!/usr/bin/env bash
# Scores the work tree's CLI on the dev articles with the reference scorer
# (../shared/eval/score.py), per half of eval/split.tsv: the numbers the quality issues
# are judged by. Needs ../shared/data, ../shared/eval and a python with `opencc`
# (PYTHON=..., default python3; `pip install opencc`). Reports stay in target/score/.
#
#   scripts/score-halves.sh [--no-model]
set -euo pipefail
cd "$(dirname "$0")/.."
data=../shared/data/articles
scorer=../shared/eval/score.py
py=${PYTHON:-python3}
if [ ! -d "$data" ] || [ ! -f "$scorer" ]; then
  echo "score-halves: SKIPPED — $data or $scorer not found" >&2
  exit 1
fi
"$py" -c 'import opencc' 2>/dev/null || { echo "score-halves: $py lacks opencc (pip install opencc); the scorer would not fold scripts" >&2; exit 1; }
model=(--model models/ner.bin)
[ "${1:-}" = --no-model ] && model=(--no-model)
cargo build --release -q -p newslens-cli
bin=${CARGO_TARGET_DIR:-target}/release/newslens
out=target/score
rm -rf "$out"
mkdir -p "$out/tune" "$out/check"
while IFS=$'\t' read -r id half _; do
  case "$id" in ''|'#'*) continue ;; esac
  date=$(awk -F'\t' -v id="$id" '$1 == id { print $3 }' "$data/index.tsv")
  "$bin" analyze "$data/$id.txt" "${model[@]}" --date "$date" >"$out/$half/$id.sys.json"
  "$py" "$scorer" "$data/$id.gold.json" "$out/$half/$id.sys.json" >"$out/$half/$id.report.json"
done <eval/split.tsv
for half in tune check; do
  echo "== $half"
  "$py" "$scorer" --sum "$out/$half"/*.report.json
done
