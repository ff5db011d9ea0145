"""Throughput of the Python package and the Spark example on a generated archive
(BENCHMARKS.md, "Python and Spark").

    target/py-venv/bin/python crates/python/bench/archive.py [--copies 88] [--rounds 3] [--no-spark]

The archive is the dev articles of ../shared/data/articles repeated under new ids
(23 × 88 = 2,024 real-article-sized texts), written to target/bench-archive/ as JSON
Lines. ``analyze_many`` is timed with jobs=1 and jobs=2 alternately, ``--rounds`` times
each (the machine may be shared: the rounds run side by side and the median is shown).
The Spark job runs in local[2] in this process: the session's start-up, the first tiny
job (Python workers starting, the analyzer built in each) and the whole archive are
timed apart.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
ARTICLES = REPO.parent / "shared" / "data" / "articles"
OUT = REPO / "target" / "bench-archive"


def make_archive(copies: int) -> list[dict]:
    base = []
    for txt in sorted(ARTICLES.glob("*.txt")):
        gold = json.loads(txt.with_name(txt.stem + ".gold.json").read_text(encoding="utf-8"))
        base.append((txt.stem, txt.read_text(encoding="utf-8"), gold.get("reference_date")))
    records = [{"id": f"{i}-{c:04d}", "text": t, "date": d} for c in range(copies) for (i, t, d) in base]
    (OUT / "input").mkdir(parents=True, exist_ok=True)
    with open(OUT / "input" / "part-0.jsonl", "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return records


def bench_analyze_many(records: list[dict], rounds: int) -> None:
    import newslens

    texts = [r["text"] for r in records]
    dates = [r["date"] for r in records]
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    newslens.analyze(texts[0])  # the analyzer is built here, not in the timings
    times: dict[int, list[float]] = {1: [], 2: []}
    cpu: dict[int, list[float]] = {1: [], 2: []}
    for _ in range(rounds):
        for jobs in (1, 2):
            t0, c0 = time.perf_counter(), time.process_time()
            newslens.analyze_many(texts, dates, jobs=jobs)
            times[jobs].append(time.perf_counter() - t0)
            cpu[jobs].append(time.process_time() - c0)
    print(f"archive: {len(texts)} texts, {mb:.2f} MB of UTF-8 ({mb * 1e6 / len(texts) / 1e3:.1f} KB each)")
    for jobs, ts in times.items():
        med = statistics.median(ts)
        rounds_s = ", ".join(f"{t:.2f}" for t in ts)
        c = statistics.median(cpu[jobs])
        print(
            f"analyze_many jobs={jobs}: median {med:.2f} s ({rounds_s}) → {len(texts) / med:.0f} articles/s,"
            f" {mb / med:.2f} MB/s; CPU {c:.2f} s ({c / med:.2f} cores busy, {len(texts) / c:.0f} articles per CPU-second)"
        )


def bench_spark(n: int) -> None:
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault(
        "PYSPARK_SUBMIT_ARGS",
        "--master local[2] --driver-memory 1g --conf spark.ui.enabled=false"
        " --conf spark.ui.showConsoleProgress=false pyspark-shell",
    )
    sys.path.insert(0, str(REPO / "examples" / "spark"))
    import analyze_archive
    from pyspark import cloudpickle
    from pyspark.sql import SparkSession

    cloudpickle.register_pickle_by_value(analyze_archive)  # the workers need not import it
    t0 = time.perf_counter()
    spark = SparkSession.builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    t1 = time.perf_counter()
    tiny = OUT / "tiny"
    tiny.mkdir(parents=True, exist_ok=True)
    with open(OUT / "input" / "part-0.jsonl", encoding="utf-8") as f:
        (tiny / "part-0.jsonl").write_text(f.readline(), encoding="utf-8")
    analyze_archive.run(spark, str(tiny), str(OUT / "tiny-out"))
    t2 = time.perf_counter()
    analyze_archive.run(spark, str(OUT / "input"), str(OUT / "output"))
    t3 = time.perf_counter()
    spark.stop()
    print(f"spark local[2]: session start-up {t1 - t0:.1f} s; first job (1 article: workers start) {t2 - t1:.1f} s")
    print(f"spark local[2]: whole archive {t3 - t2:.1f} s → {n / (t3 - t2):.0f} articles/s (tables written)")


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--copies", type=int, default=88)
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--no-spark", action="store_true")
    args = p.parse_args()
    if not ARTICLES.is_dir():
        print(f"{ARTICLES} is absent: nothing to measure", file=sys.stderr)
        return 1
    records = make_archive(args.copies)
    bench_analyze_many(records, args.rounds)
    if not args.no_spark:
        bench_spark(len(records))
    return 0


if __name__ == "__main__":
    sys.exit(main())
