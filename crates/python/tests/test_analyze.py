"""The Python package against the CLI and its own contract: same analyses, code-point
offsets, the batch API equal to one-by-one calls, clear exceptions for bad input."""

from __future__ import annotations

import datetime
import threading
import time

import pytest

import newslens


def test_analyze_equals_the_cli_output_on_every_dev_article(articles, cli_outputs):
    for a in articles:
        for date in (a["date"], None):
            got = newslens.analyze(a["text"], date=date)
            assert got == cli_outputs[(a["id"], date)], f"{a['id']} with date {date}"


def test_every_offset_slices_the_python_string(articles):
    checked = 0
    for a in articles:
        text = a["text"]
        r = newslens.analyze(text, a["date"])
        for e in r["entities"]:
            for m in e["mentions"]:
                assert text[m["start"] : m["end"]] == m["text"], (a["id"], m)
                checked += 1
        for t in r["times"] + r["quantities"]:
            assert text[t["start"] : t["end"]] == t["text"], (a["id"], t)
        for c in r["claims"]:
            assert text[c["start"] : c["end"]] == c["content"], (a["id"], c)
        for ev in r["events"]:
            assert text[ev["start"] : ev["end"]] == ev["sentence"], (a["id"], ev)
    assert checked > 100


def test_offsets_count_code_points_beyond_the_basic_plane():
    # 𠮷 is one code point but four UTF-8 bytes and two UTF-16 units.
    text = "𠮷𠮷🙂 台積電董事長魏哲家週一表示，公司今年營收將成長。"
    r = newslens.analyze(text, "2025-10-24")
    names = [m for e in r["entities"] for m in e["mentions"]]
    assert names, r["entities"]
    for m in names:
        assert text[m["start"] : m["end"]] == m["text"]
    assert any(m["text"] == "魏哲家" and m["start"] == 10 for m in names), names


def test_a_date_object_is_the_same_as_its_iso_string():
    text = "美國總統川普本週一宣布新關稅。"
    assert newslens.analyze(text, datetime.date(2025, 10, 24)) == newslens.analyze(text, "2025-10-24")
    assert newslens.analyze(text, "") == newslens.analyze(text)
    r = newslens.analyze(text, "2025-10-24")
    assert r["reference_date"] == "2025-10-24" and r["schema"] == newslens.SCHEMA


def test_analyze_many_equals_analyze_one_by_one_in_input_order(articles):
    texts = [a["text"] for a in articles] * 2
    dates = [a["date"] for a in articles] * 2
    one_by_one = [newslens.analyze(t, d) for t, d in zip(texts, dates)]
    for jobs in (1, 2, 5):
        assert newslens.analyze_many(texts, dates, jobs=jobs) == one_by_one, f"jobs={jobs}"
    assert newslens.analyze_many(texts) == [newslens.analyze(t) for t in texts]
    assert newslens.analyze_many([]) == []
    assert newslens.analyze_many(iter(texts[:2]), (d for d in dates[:2])) == one_by_one[:2]


def test_analyze_many_lets_other_python_threads_run():
    # A Python thread counts; its rate alone is measured first. While a batch holding the
    # GIL would stop it (at most one 5 ms switch interval), a batch without the GIL lets
    # it keep a good part of that rate for the whole call.
    texts = ["台積電董事長魏哲家週一表示，公司今年營收將成長。" * 300] * 6
    ticks = 0
    stop = threading.Event()

    def count():
        nonlocal ticks
        while not stop.is_set():
            ticks += 1

    t = threading.Thread(target=count)
    t.start()
    try:
        time.sleep(0.2)
        before, t0 = ticks, time.perf_counter()
        time.sleep(0.2)
        rate = (ticks - before) / (time.perf_counter() - t0)
        # Batches until at least 0.3 s have passed: a fast machine finishes one early.
        before, t0 = ticks, time.perf_counter()
        while time.perf_counter() - t0 < 0.3:
            newslens.analyze_many(texts, jobs=1)
        during, elapsed = ticks - before, time.perf_counter() - t0
    finally:
        stop.set()
        t.join()
    assert elapsed > 0.1, "the batch was too short to tell"
    assert during > 0.1 * rate * elapsed, (during, rate, elapsed)


def test_segment_gives_the_words_as_written_with_tags_and_offsets():
    text = "台北市長今天在記者會表示"
    words = newslens.segment(text)
    assert "".join(w["text"] for w in words) == text
    for w in words:
        assert text[w["start"] : w["end"]] == w["text"]
        assert w["pos"] and len(w["word"]) == len(w["text"])
    assert {"text": "台北", "word": "台北", "pos": "ns", "start": 0, "end": 2} in words
    assert any(w["text"] == "市長" and w["word"] == "市长" for w in words)
    assert newslens.segment("") == []


def test_segment_equals_the_cli_segmentation(articles):
    import subprocess

    from conftest import cli_path

    a = articles[0]
    out = subprocess.run([str(cli_path()), "segment", str(a["path"])], capture_output=True, text=True, check=True)
    assert " ".join(f"{w['text']}/{w['pos']}" for w in newslens.segment(a["text"])) == out.stdout.rstrip("\n")


@pytest.mark.parametrize(
    "call, exc, message",
    [
        (lambda: newslens.analyze(42), TypeError, "text must be str, not int"),
        (lambda: newslens.analyze(b"bytes"), TypeError, "text must be str, not bytes"),
        (lambda: newslens.analyze(None), TypeError, "text must be str, not NoneType"),
        (lambda: newslens.analyze("x", "2025-02-30"), ValueError, "date '2025-02-30' is not a real date"),
        (lambda: newslens.analyze("x", "24/10/2025"), ValueError, "not a real date YYYY-MM-DD"),
        (lambda: newslens.analyze("x", 20251024), TypeError, "date must be a str YYYY-MM-DD or None, not int"),
        (lambda: newslens.analyze("x" * (newslens.MAX_TEXT_BYTES + 1)), ValueError, "the limit is 10485760 bytes"),
        (lambda: newslens.analyze("\ud800"), ValueError, "text is not valid Unicode"),
        (lambda: newslens.analyze_many(["a", 3]), TypeError, "texts[1] must be str, not int"),
        (lambda: newslens.analyze_many("abc"), TypeError, "texts must be a list of str, not a single str"),
        (lambda: newslens.analyze_many(5), TypeError, "texts must be a list, not int"),
        (lambda: newslens.analyze_many(["a", "b"], ["2025-01-01"]), ValueError, "dates has 1 items but texts has 2"),
        (lambda: newslens.analyze_many(["a", "b"], [None, "2025-13-01"]), ValueError, "dates[1] '2025-13-01'"),
        (lambda: newslens.analyze_many(["a"], jobs=0), ValueError, "jobs must be at least 1, not 0"),
        (lambda: newslens.analyze_many(["a"], jobs="2"), TypeError, "jobs must be an int or None, not str"),
        (lambda: newslens.segment(1.5), TypeError, "text must be str, not float"),
    ],
)
def test_bad_input_raises_a_clear_exception(call, exc, message):
    with pytest.raises(exc) as info:
        call()
    assert message in str(info.value)
    assert type(info.value).__name__ != "PanicException"


def _stub_fields() -> dict[str, set[str]]:
    """The TypedDicts of the shipped type stubs, as field names by class name."""
    import ast
    from pathlib import Path

    tree = ast.parse((Path(newslens.__file__).parent / "__init__.pyi").read_text(encoding="utf-8"))
    out = {}
    for node in tree.body:
        if isinstance(node, ast.ClassDef):
            out[node.name] = {n.target.id for n in node.body if isinstance(n, ast.AnnAssign)}
        elif isinstance(node, ast.Assign) and isinstance(node.value, ast.Call) and len(node.value.args) == 2:
            out[node.targets[0].id] = {k.value for k in node.value.args[1].keys}
    return out


def test_the_type_stubs_name_every_field_the_analysis_has():
    from pathlib import Path

    assert Path(newslens.__file__).with_name("py.typed").exists()
    stubs = _stub_fields()
    text = "台積電董事長魏哲家週一表示，公司今年營收將成長三成。據消息人士透露，該公司將於2025年10月擴產。"
    a = newslens.analyze(text, "2025-10-24")
    assert a["entities"] and a["claims"] and a["times"] and a["events"], a
    assert set(a) == stubs["Analysis"]
    assert set(a["entities"][0]) == stubs["Entity"]
    assert set(a["entities"][0]["mentions"][0]) == stubs["Mention"]
    assert set(a["claims"][0]) == stubs["Claim"]
    assert set(a["times"][0]) == stubs["TimeMention"]
    assert set(a["events"][0]) == stubs["Event"]
    assert set(a["claim_summary"]) == stubs["ClaimSummary"]
    assert set(newslens.segment(text)[0]) == stubs["Token"]
