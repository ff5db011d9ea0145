"""NewsLens for Python: who acts in a Chinese news article, when things happened and who
claimed what — the engine of the NewsLens app and CLI, compiled in (no network, no files).

    >>> import newslens
    >>> a = newslens.analyze(text, date="2025-10-24")
    >>> m = a["entities"][0]["mentions"][0]
    >>> text[m["start"]:m["end"]] == m["text"]
    True

``analyze`` returns exactly what ``newslens analyze`` (the CLI) prints, parsed: schema
``newslens/1``, documented in the project's README. Offsets are code-point (``str``)
indices. The analyzer (dictionary, gazetteer, NER model) is built once per process, on
first use; ``analyze_many`` analyzes on several threads with the GIL released.
"""

from __future__ import annotations

import datetime as _dt
import json as _json

from . import _native

__all__ = ["analyze", "analyze_many", "segment", "MAX_TEXT_BYTES", "SCHEMA"]

#: Texts longer than this many UTF-8 bytes are refused with ``ValueError``.
MAX_TEXT_BYTES: int = _native.MAX_TEXT_BYTES
#: The schema name every analysis carries in its ``schema`` field.
SCHEMA: str = _native.SCHEMA


def _date(value):
    """A ``datetime.date`` (or ``datetime``, pandas ``Timestamp``) as ``YYYY-MM-DD``;
    strings and ``None`` pass through to the engine, which checks them."""
    if isinstance(value, _dt.datetime):
        return value.date().isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    return value


def analyze(text, date=None):
    """The analysis of one article as a dict (the CLI's JSON, parsed).

    ``date`` (``YYYY-MM-DD``, a ``datetime.date`` or ``None``) is the reference date that
    relative expressions (本週一, 去年9月) resolve against; without it a date line in the
    text is used if there is one. Raises ``TypeError`` if ``text`` is not a ``str`` and
    ``ValueError`` for an impossible date or a text over ``MAX_TEXT_BYTES``.
    """
    return _json.loads(_native.analyze_json(text, _date(date)))


def analyze_many(texts, dates=None, jobs=None):
    """The analyses of many articles, in input order, computed on ``jobs`` threads
    (default: every core) without holding the GIL.

    ``dates`` is ``None`` or one date (or ``None``) per text. Every input is checked
    before any is analyzed: ``TypeError`` for a non-``str`` text, ``ValueError`` for an
    impossible date, an oversize text or ``dates`` of another length than ``texts``.
    """
    if dates is not None and not isinstance(dates, str):
        try:
            dates = [_date(d) for d in dates]
        except TypeError:
            raise TypeError(f"dates must be a list, not {type(dates).__name__}") from None
    return [_json.loads(s) for s in _native.analyze_many_json(texts, dates, jobs)]


def segment(text):
    """The article's words: dicts with ``text`` (as written), ``word`` (the normalized,
    Simplified form the segmenter saw), ``pos`` (jieba's tag), ``start`` and ``end``
    (code-point offsets: ``text[start:end]`` is the word)."""
    return [
        {"text": t, "word": w, "pos": p, "start": s, "end": e}
        for (t, w, p, s, e) in _native.segment_tuples(text)
    ]
