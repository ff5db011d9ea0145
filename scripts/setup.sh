#!/usr/bin/env bash
# Installs what NewsLens needs, skipping whatever is already present (idempotent).
#   scripts/setup.sh serve   build tools: wasm32 target, clang, trunk, wasm-bindgen-cli, wasm-opt
#   scripts/setup.sh test    the above plus Chromium, ChromeDriver, CJK fonts and the e2e npm packages
#   scripts/setup.sh score   a python venv (target/score-venv) with opencc, for the reference scorer
#   scripts/setup.sh python  a python venv (target/py-venv) with maturin, pytest, pandas, pyarrow, pyspark
#                            and Java for Spark (the `test` mode installs it too)
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-serve}

TRUNK_VERSION=0.21.14
export PATH="$HOME/.cargo/bin:$PATH"

say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }

apt_updated=0
apt_install() {
  local missing=()
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  ((${#missing[@]})) || return 0
  say "apt-get install ${missing[*]}"
  local sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  if [ $apt_updated -eq 0 ]; then $sudo apt-get update -qq; apt_updated=1; fi
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# The wasm-bindgen CLI must match the wasm-bindgen crate exactly.
wbg_version() {
  grep -A1 '^name = "wasm-bindgen"$' Cargo.lock | sed -n 's/^version = "\(.*\)"$/\1/p' | head -n1
}

# --- the reference scorer's python (make score)
OPENCC_VERSION=1.4.2
if [ "$what" = score ]; then
  venv=target/score-venv
  if ! "$venv/bin/python" -c 'import opencc' 2>/dev/null; then
    say "python venv $venv with opencc==$OPENCC_VERSION"
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q "opencc==$OPENCC_VERSION"
  fi
  exit 0
fi

# --- the Python wheel and the Spark example (make python, make python-test)
# Pinned; the stamp file in the venv records what was installed, so a second run is instant.
PY_VENV=target/py-venv
PY_PACKAGES="maturin==1.15.0 pytest==8.4.2 numpy==1.26.4 pandas==2.2.3 pyarrow==25.0.1 pyspark==3.5.6"
python_venv() {
  # Spark 3.5 runs on Java 17 (a Debian without it: its default Java).
  command -v java >/dev/null || apt_install openjdk-17-jre-headless || apt_install default-jre-headless
  [ "$(cat "$PY_VENV/.newslens-packages" 2>/dev/null)" = "$PY_PACKAGES" ] && return 0
  say "python venv $PY_VENV with $PY_PACKAGES (about a minute, once)"
  [ -x "$PY_VENV/bin/python" ] || python3 -m venv "$PY_VENV"
  # shellcheck disable=SC2086
  "$PY_VENV/bin/pip" install -q --disable-pip-version-check $PY_PACKAGES
  echo "$PY_PACKAGES" >"$PY_VENV/.newslens-packages"
}
if [ "$what" = python ]; then
  python_venv
  exit 0
fi

# --- build tools
rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown || { say "rustup target add wasm32-unknown-unknown"; rustup target add wasm32-unknown-unknown; }
# clang compiles the C parts of dependencies for wasm32.
command -v clang >/dev/null || apt_install clang
if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "cargo install trunk@$TRUNK_VERSION (about 15 minutes, once)"
  cargo install --locked "trunk@$TRUNK_VERSION"
fi
WBG=$(wbg_version)
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WBG" ]; then
  say "cargo install wasm-bindgen-cli@$WBG (about 7 minutes, once)"
  cargo install --force "wasm-bindgen-cli@$WBG"
fi
if [ ! -x scripts/tools/node_modules/.bin/wasm-opt ]; then
  say "npm install binaryen (wasm-opt)"
  (cd scripts/tools && npm ci --no-audit --no-fund --silent)
fi

[ "$what" = test ] || exit 0

# --- test tools
apt_install chromium chromium-driver fonts-noto-cjk poppler-utils
if [ ! -d tests/e2e/node_modules/playwright-core ]; then
  say "npm ci (tests/e2e)"
  (cd tests/e2e && npm ci --no-audit --no-fund --silent)
fi
python_venv
say "ready"
