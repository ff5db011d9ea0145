"""Shared fixtures: the dev articles of ../shared/data/articles and the CLI's analyses of
them, the yardstick the Python package is compared against.

The CLI is NEWSLENS_CLI when set (``make python-test`` sets it to the freshly built
binary), else target/release/newslens, else target/debug/newslens. Without
../shared/data the tests that need the articles are skipped, saying so.
"""

from __future__ import annotations

import json
import os
import subprocess
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]
ARTICLES = REPO.parent / "shared" / "data" / "articles"


def cli_path() -> Path:
    env = os.environ.get("NEWSLENS_CLI")
    if env:
        return Path(env)
    for p in (REPO / "target" / "release" / "newslens", REPO / "target" / "debug" / "newslens"):
        if p.exists():
            return p
    pytest.fail("no newslens CLI: run `cargo build --release -p newslens-cli` or set NEWSLENS_CLI")


def run_cli(path: Path, date: str | None) -> dict:
    args = [str(cli_path()), "analyze", str(path)] + (["--date", date] if date else [])
    out = subprocess.run(args, capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


@pytest.fixture(scope="session")
def articles() -> list[dict]:
    """Each dev article: id, path, text and the reference date its gold file gives."""
    if not ARTICLES.is_dir():
        pytest.skip(f"SKIPPED: {ARTICLES} is absent (the team's shared data set)")
    out = []
    for txt in sorted(ARTICLES.glob("*.txt")):
        gold = txt.with_name(txt.stem + ".gold.json")
        date = json.loads(gold.read_text(encoding="utf-8")).get("reference_date") if gold.exists() else None
        out.append({"id": txt.stem, "path": txt, "text": txt.read_text(encoding="utf-8"), "date": date})
    assert len(out) >= 20, f"expected the 23 dev articles in {ARTICLES}, found {len(out)}"
    return out


@pytest.fixture(scope="session")
def cli_outputs(articles) -> dict:
    """The CLI's analysis of every article, with its date (`--date`) and without."""
    jobs = [(a["id"], a["path"], d) for a in articles for d in (a["date"], None)]
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        results = list(pool.map(lambda j: run_cli(j[1], j[2]), jobs))
    return {(i, d): r for (i, _, d), r in zip(jobs, results)}
