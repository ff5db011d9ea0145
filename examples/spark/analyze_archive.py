"""Analyze an archive of news articles with Spark and the ``newslens`` wheel.

    spark-submit examples/spark/analyze_archive.py INPUT OUTPUT [--partitions N]

INPUT is a folder (or file) of JSON Lines or Parquet records with ``id``, ``text`` and
``date`` (``YYYY-MM-DD`` string or a date; may be null: then a date line in the text is
used). OUTPUT receives Parquet tables keyed by the article ``id``:

    OUTPUT/entities   id, entity_id, type, name, aliases, roles, mention_count
    OUTPUT/mentions   id, entity_id, start, end, text, kind
    OUTPUT/claims     id, claim_index, speaker, speaker_text, source_kind, cue, content, quoted, start, end
    OUTPUT/times      id, time_index, start, end, text, value, kind
    OUTPUT/events     id, event_index, date, time, sentence, start, end, actors
    OUTPUT/failures   id, error       (missing text, impossible date, oversize text…)

Why this shape: the analysis runs in ``mapInArrow``, a batch of records at a time, with
``newslens.analyze_many`` — the analyzer is the module-level one of the Python worker
process (built once per process, reused across tasks since Spark reuses its Python
workers), never one per row. Each article becomes one row with its tables as nested
lists; that row set is persisted, so the six tables are cut from one analysis. A bad
record becomes a failure row, never a failed job. Offsets are code-point offsets into
``text`` (as Python, Spark's ``substring`` (1-based) and Java code points count).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pyarrow as pa

TABLES = {
    "entities": pa.struct(
        [
            ("entity_id", pa.string()),
            ("type", pa.string()),
            ("name", pa.string()),
            ("aliases", pa.list_(pa.string())),
            ("roles", pa.list_(pa.string())),
            ("mention_count", pa.int64()),
        ]
    ),
    "mentions": pa.struct(
        [
            ("entity_id", pa.string()),
            ("start", pa.int64()),
            ("end", pa.int64()),
            ("text", pa.string()),
            ("kind", pa.string()),
        ]
    ),
    "claims": pa.struct(
        [
            ("claim_index", pa.int64()),
            ("speaker", pa.string()),
            ("speaker_text", pa.string()),
            ("source_kind", pa.string()),
            ("cue", pa.string()),
            ("content", pa.string()),
            ("quoted", pa.bool_()),
            ("start", pa.int64()),
            ("end", pa.int64()),
        ]
    ),
    "times": pa.struct(
        [
            ("time_index", pa.int64()),
            ("start", pa.int64()),
            ("end", pa.int64()),
            ("text", pa.string()),
            ("value", pa.string()),
            ("kind", pa.string()),
        ]
    ),
    "events": pa.struct(
        [
            ("event_index", pa.int64()),
            ("date", pa.string()),
            ("time", pa.int64()),
            ("sentence", pa.string()),
            ("start", pa.int64()),
            ("end", pa.int64()),
            ("actors", pa.list_(pa.string())),
        ]
    ),
}

#: One row per input record: its id, the error (null when analyzed) and its tables.
ROW_SCHEMA = pa.schema(
    [("id", pa.string()), ("error", pa.string())] + [(name, pa.list_(t)) for name, t in TABLES.items()]
)


def tables_of(a: dict) -> dict:
    """The rows of each table for one analysis (without the article id)."""
    return {
        "entities": [
            {
                "entity_id": e["id"],
                "type": e["type"],
                "name": e["name"],
                "aliases": e["aliases"],
                "roles": e["roles"],
                "mention_count": len(e["mentions"]),
            }
            for e in a["entities"]
        ],
        "mentions": [
            {"entity_id": e["id"], "start": m["start"], "end": m["end"], "text": m["text"], "kind": m["kind"]}
            for e in a["entities"]
            for m in e["mentions"]
        ],
        "claims": [
            {"claim_index": i, **{k: c[k] for k in TABLES["claims"].names if k != "claim_index"}}
            for i, c in enumerate(a["claims"])
        ],
        "times": [
            {"time_index": i, **{k: t[k] for k in TABLES["times"].names if k != "time_index"}}
            for i, t in enumerate(a["times"])
        ],
        "events": [
            {"event_index": i, **{k: ev[k] for k in TABLES["events"].names if k != "event_index"}}
            for i, ev in enumerate(a["events"])
        ],
    }


def date_text(value) -> str | None:
    """A record's date as the engine takes it: ``YYYY-MM-DD`` or None."""
    if value is None:
        return None
    if hasattr(value, "isoformat"):
        return value.isoformat()[:10]
    return str(value)


def analyze_records(ids: list, texts: list, dates: list, jobs: int) -> list[dict]:
    """One output row per record. The whole batch goes to ``analyze_many``; if it refuses
    the batch (some record is bad), the records are analyzed one by one so only the bad
    ones become failures."""
    import newslens

    rows: list[dict | None] = [None] * len(ids)
    good = []
    for i, (rid, text) in enumerate(zip(ids, texts)):
        if text is None:
            rows[i] = {"id": rid, "error": "missing text"}
        else:
            good.append(i)
    try:
        analyses = newslens.analyze_many([texts[i] for i in good], [dates[i] for i in good], jobs=jobs)
        results = [(i, a, None) for i, a in zip(good, analyses)]
    except (ValueError, TypeError, RuntimeError):
        results = []
        for i in good:
            try:
                results.append((i, newslens.analyze(texts[i], dates[i]), None))
            except (ValueError, TypeError, RuntimeError) as e:
                results.append((i, None, f"{type(e).__name__}: {e}"))
    for i, a, err in results:
        rows[i] = {"id": ids[i], "error": err, **(tables_of(a) if a is not None else {})}
    return [r if "entities" in r else {**r, **{t: [] for t in TABLES}} for r in rows]


def analyze_batches(batches, jobs: int = 1):
    """The ``mapInArrow`` function: record batches of (id, text, date) in, rows out."""
    for batch in batches:
        cols = batch.to_pydict()
        ids = [None if v is None else str(v) for v in cols["id"]]
        dates = [date_text(d) for d in cols["date"]]
        rows = analyze_records(ids, cols["text"], dates, jobs)
        yield pa.RecordBatch.from_pylist(rows, schema=ROW_SCHEMA)


def read_input(spark, path: str):
    """JSON Lines or Parquet, told apart by the files' names; columns id, text, date."""
    from pyspark.sql import functions as F

    p = Path(path)
    files = [p] if p.is_file() else [f for f in p.rglob("*") if f.is_file()]
    parquet = any(f.suffix == ".parquet" for f in files) if files else path.endswith(".parquet")
    if parquet:
        df = spark.read.parquet(path)
    else:
        df = spark.read.schema("id STRING, text STRING, date STRING").json(path)
    for col in ("id", "text", "date"):
        if col not in df.columns:
            df = df.withColumn(col, F.lit(None).cast("string"))
    date = F.col("date")
    if dict(df.dtypes)["date"] in ("date", "timestamp", "timestamp_ntz"):
        date = F.date_format(date, "yyyy-MM-dd")
    return df.select(F.col("id").cast("string"), F.col("text").cast("string"), date.cast("string").alias("date"))


def run(spark, input_path: str, output: str, partitions: int | None = None) -> list[str]:
    """Analyzes INPUT into the tables under OUTPUT; returns the folders written."""
    from pyspark import StorageLevel
    from pyspark.sql import functions as F
    from pyspark.sql.pandas.types import from_arrow_schema

    records = read_input(spark, input_path)
    records = records.repartition(partitions or spark.sparkContext.defaultParallelism)
    jobs = int(spark.conf.get("spark.task.cpus", "1"))
    rows = records.mapInArrow(lambda it: analyze_batches(it, jobs), from_arrow_schema(ROW_SCHEMA))
    rows = rows.persist(StorageLevel.MEMORY_AND_DISK)
    written = []
    try:
        failures = rows.where(F.col("error").isNotNull()).select("id", "error")
        failures.write.mode("overwrite").parquet(f"{output}/failures")
        written.append(f"{output}/failures")
        for name in TABLES:
            table = rows.select("id", F.explode(name).alias("r")).select("id", "r.*")
            table.write.mode("overwrite").parquet(f"{output}/{name}")
            written.append(f"{output}/{name}")
    finally:
        rows.unpersist()
    return written


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input", help="folder or file of JSON Lines or Parquet records (id, text, date)")
    parser.add_argument("output", help="folder for the Parquet tables")
    parser.add_argument("--partitions", type=int, default=None, help="default: the cluster's parallelism")
    args = parser.parse_args(argv)

    from pyspark.sql import SparkSession

    spark = SparkSession.builder.appName("newslens-analyze-archive").getOrCreate()
    try:
        written = run(spark, args.input, args.output, args.partitions)
    finally:
        spark.stop()
    print("wrote " + " ".join(written))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
