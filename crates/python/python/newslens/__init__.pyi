"""Type stubs for the NewsLens Python package (schema ``newslens/1``)."""

import datetime
from typing import Any, Dict, List, Literal, Optional, Sequence, TypedDict, Union

MAX_TEXT_BYTES: int
SCHEMA: str

DateLike = Union[str, datetime.date, None]

class Span(TypedDict):
    start: int
    end: int

class Mention(TypedDict):
    start: int
    end: int
    text: str
    kind: str

Entity = TypedDict(
    "Entity",
    {
        "id": str,
        "type": Literal["person", "organization", "place", "product", "event"],
        "name": str,
        "aliases": List[str],
        "roles": List[str],
        "mentions": List[Mention],
    },
)

class Relation(TypedDict):
    source: str
    target: str
    kind: str
    evidence: List[int]

class TimeMention(TypedDict):
    start: int
    end: int
    text: str
    value: Optional[str]
    kind: str

class Claim(TypedDict):
    speaker: Optional[str]
    speaker_text: str
    source_kind: Literal["named", "organization", "group", "anonymous"]
    cue: str
    content: str
    quoted: bool
    start: int
    end: int

class ClaimSummary(TypedDict):
    named: int
    organization: int
    group: int
    anonymous: int

class Event(TypedDict):
    date: Optional[str]
    time: int
    sentence: str
    start: int
    end: int
    actors: List[str]

class Analysis(TypedDict):
    schema: str
    reference_date: Optional[str]
    reference_date_source: str
    script: str
    sentences: List[Span]
    entities: List[Entity]
    relations: List[Relation]
    times: List[TimeMention]
    quantities: List[Dict[str, Any]]
    claims: List[Claim]
    claim_summary: ClaimSummary
    events: List[Event]

class Token(TypedDict):
    text: str
    word: str
    pos: str
    start: int
    end: int

def analyze(text: str, date: DateLike = None) -> Analysis: ...
def analyze_many(
    texts: Sequence[str], dates: Optional[Sequence[DateLike]] = None, jobs: Optional[int] = None
) -> List[Analysis]: ...
def segment(text: str) -> List[Token]: ...
