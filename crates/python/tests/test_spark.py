"""The Spark example (examples/spark/analyze_archive.py) in local[2] mode on the dev
articles plus bad records: every table holds exactly the rows the CLI's analyses give,
and each bad record is a failure row, not a failed job."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

from conftest import REPO

pyarrow = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")
pytest.importorskip("pyspark")

JOB = REPO / "examples" / "spark" / "analyze_archive.py"


def spark_env() -> dict:
    env = dict(os.environ)
    env["PYSPARK_PYTHON"] = sys.executable
    env["PYSPARK_DRIVER_PYTHON"] = sys.executable
    env["PYSPARK_SUBMIT_ARGS"] = (
        "--master local[2] --driver-memory 1g --conf spark.ui.enabled=false"
        " --conf spark.ui.showConsoleProgress=false pyspark-shell"
    )
    if "JAVA_HOME" not in env and shutil.which("java") is None:
        pytest.fail("Spark needs Java (OpenJDK 17): set JAVA_HOME or put java on PATH")
    return env


def read_table(path) -> list[dict]:
    return pq.read_table(str(path)).to_pylist()


def test_spark_job_writes_one_row_per_item_and_a_failure_per_bad_record(articles, cli_outputs, tmp_path):
    inp = tmp_path / "in"
    inp.mkdir()
    records = [{"id": a["id"], "text": a["text"], "date": a["date"]} for a in articles]
    records += [
        {"id": "bad-no-text", "date": "2025-10-24"},
        {"id": "bad-date", "text": "美國總統川普本週一宣布新關稅。", "date": "2025-02-30"},
    ]
    with open(inp / "part-0.jsonl", "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    out = tmp_path / "out"
    run = subprocess.run(
        [sys.executable, str(JOB), str(inp), str(out)], env=spark_env(), capture_output=True, text=True, timeout=600
    )
    assert run.returncode == 0, run.stderr[-3000:]

    cli = [cli_outputs[(a["id"], a["date"])] for a in articles]
    expected = {
        "entities": sum(len(c["entities"]) for c in cli),
        "mentions": sum(len(e["mentions"]) for c in cli for e in c["entities"]),
        "claims": sum(len(c["claims"]) for c in cli),
        "times": sum(len(c["times"]) for c in cli),
        "events": sum(len(c["events"]) for c in cli),
    }
    for name, n in expected.items():
        rows = read_table(out / name)
        assert len(rows) == n, f"{name}: {len(rows)} rows, the CLI's analyses have {n}"
        assert {r["id"] for r in rows} <= {a["id"] for a in articles}

    failures = {r["id"]: r["error"] for r in read_table(out / "failures")}
    assert set(failures) == {"bad-no-text", "bad-date"}, failures
    assert failures["bad-no-text"] == "missing text"
    assert "2025-02-30" in failures["bad-date"] and failures["bad-date"].startswith("ValueError")

    # Rows carry the CLI's values, keyed by article id.
    first = articles[0]
    mine = [r for r in read_table(out / "mentions") if r["id"] == first["id"]]
    theirs = [m for e in cli_outputs[(first["id"], first["date"])]["entities"] for m in e["mentions"]]
    key = lambda m: (m["start"], m["end"], m["text"])  # noqa: E731
    assert sorted(map(key, mine)) == sorted(map(key, theirs))
    for m in mine:
        assert first["text"][m["start"] : m["end"]] == m["text"]
