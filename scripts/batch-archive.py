#!/usr/bin/env python3
"""Writes a JSON Lines archive for `newslens batch` benchmarks: the dev articles of
../shared/data/articles/*.txt repeated, in turn, until N records, each with its own id
(`<article>-<k>`).   scripts/batch-archive.py N OUT   (make bench-batch)"""
import json
import pathlib
import sys


def main() -> int:
    if len(sys.argv) != 3 or not sys.argv[1].isdigit() or int(sys.argv[1]) < 1:
        print("usage: scripts/batch-archive.py N OUT", file=sys.stderr)
        return 2
    n, out = int(sys.argv[1]), pathlib.Path(sys.argv[2])
    src = pathlib.Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "articles"
    articles = sorted(src.glob("*.txt"))
    if not articles:
        print(f"batch-archive: no articles in {src} (the shared data is absent)", file=sys.stderr)
        return 1
    texts = [(p.stem, p.read_text(encoding="utf-8")) for p in articles]
    out.parent.mkdir(parents=True, exist_ok=True)
    size = 0
    with out.open("w", encoding="utf-8") as f:
        for i in range(n):
            name, text = texts[i % len(texts)]
            line = json.dumps({"id": f"{name}-{i // len(texts)}", "text": text}, ensure_ascii=False) + "\n"
            size += len(line.encode("utf-8"))
            f.write(line)
    print(f"batch-archive: {n} records from {len(texts)} articles, {size / 1e6:.2f} MB -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
