"""The data model: what flows from ingestion to the renderers.

    inputs -> Article[] -> Sentence[] -> Point[] -> Topic[] -> Briefing -> PDF | Markdown | HTML | JSON | text

Every sentence keeps its provenance (article, paragraph, character span in the article's cleaned
text), and every citation is that provenance: ``articles[c.article].text[c.start:c.end] == c.text``.
The renderers see only :class:`Briefing`; the engine knows nothing of output formats.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Any, Iterable, Sequence

from . import __version__

#: The ``format`` of :meth:`Briefing.to_dict` (and of the JSON output, which is that dict).
FORMAT = "briefing/1"


@dataclass
class Article:
    """One news article after ingestion.

    ``text`` is the cleaned body: paragraphs separated by one blank line (``"\\n\\n"``), no
    boilerplate, normalised whitespace and quotes. All character spans point into it.
    """

    text: str
    title: str = ""
    outlet: str = ""
    url: str = ""
    date: str = ""  # ISO 8601: "2022-01-21" or "2022-01-21T10:00:00+00:00"; "" when unknown
    author: str = ""
    origin: str = ""  # where it came from: a file path, "path:LINE" for JSON Lines, "<stdin>"
    id: str = ""  # the input record's own id (JSON "id" field), "" when it has none

    def paragraph_spans(self) -> list[tuple[int, int]]:
        """Character spans of the paragraphs in :attr:`text`."""
        spans: list[tuple[int, int]] = []
        pos = 0
        text = self.text
        while pos <= len(text):
            end = text.find("\n\n", pos)
            if end < 0:
                end = len(text)
            if text[pos:end].strip():
                spans.append((pos, end))
            pos = end + 2
        return spans


def outlet_key(articles: Sequence[Article], index: int) -> str:
    """What counts as one outlet when outlets are counted or compared.

    Args:
        articles: the articles of the story.
        index: which article.

    Returns:
        The outlet name, case-folded; an article without one (or an index out of range) is told
        apart as ``"#article-<index>"`` (where sources differ, two such articles are two sources),
        but :func:`count_outlets` never counts it as an outlet of its own.
    """
    name = articles[index].outlet if 0 <= index < len(articles) else ""
    name = name.split(VIA, 1)[0].strip().casefold()  # "AFP via The Moscow Times" counts for AFP
    return name or f"{UNKNOWN_OUTLET}{index}"


UNKNOWN_OUTLET = "#article-"  # the prefix of an :func:`outlet_key` for an article without outlet


def count_outlets(keys: Iterable[str]) -> int:
    """How many outlets the :func:`outlet_key` values ``keys`` stand for.

    An article without an outlet may come from any outlet already counted, so it never adds one:
    the count is the number of distinct known outlets, and 1 when only unknown ones are given.

    Args:
        keys: outlet keys, repeats allowed.

    Returns:
        The count (0 for no keys).
    """
    seen = set(keys)
    return len({k for k in seen if not k.startswith(UNKNOWN_OUTLET)}) or (1 if seen else 0)


def outlet_name(article: Article) -> str:
    """The outlet name shown for an article: its outlet, else the stem of the file it came from.

    Args:
        article: the article.

    Returns:
        The name; ``""`` for an article without outlet read from stdin or similar (``"<stdin>"``).
    """
    if article.outlet.strip():
        return article.outlet.strip()
    origin = article.origin.strip()
    if not origin or origin.startswith("<"):
        return ""
    path = origin
    head, sep, tail = origin.rpartition(":")
    if sep and tail.isdigit():  # "file.jsonl:12"
        path = head
    stem = PurePath(path).stem
    return "" if is_identifier(stem) else stem  # "APW19981124.0554" names no outlet


#: How a republished article names its two outlets: the original first, then the site
#: ("AFP via The Moscow Times"); it counts for the original.
VIA = " via "

_IDENTIFIER_WORD = re.compile(r"(?=.*\d)[A-Za-z]{0,8}[\d._-]*\d[\w.-]*|(?=.*\d)[0-9a-f]{6,}|\d+", re.I)
_GENERIC_STEMS = frozenset("article articles story doc document text page item news file input".split())


def is_identifier(stem: str) -> bool:
    """A file name that is a document identifier, not a name (``APW19981124.0554``, ``M0001``,
    ``article-12``, ``000_ee0b49a2``): it says nothing about the outlet."""
    words = [w for w in re.split(r"[\s_.\-]+", stem.strip()) if w]
    return all(_IDENTIFIER_WORD.fullmatch(w) or w.lower() in _GENERIC_STEMS for w in words)


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of one article: ``articles[article].text[start:end] == text``."""

    text: str
    article: int  # index into the list of articles
    paragraph: int  # index of the paragraph within the article
    index: int  # position of the sentence within the article, from 0
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Citation:
    """Where a claim stands in a source: ``articles[article].text[start:end] == text``.

    ``article`` is the index into the briefing's sources (source number ``article + 1``).
    """

    article: int
    start: int
    end: int
    text: str

    @property
    def number(self) -> int:
        """The 1-based source number shown on the page ([1], [2], ...)."""
        return self.article + 1


@dataclass
class Point:
    """One claim, worded by its clearest sentence, with every source that carries it.

    ``citations[0]`` is the representative wording (``text``); the rest are the other sources'
    sentences that say the same thing, at most one per article.
    """

    text: str
    citations: list[Citation]
    score: float = 0.0
    outlets: int = 1  # how many distinct outlets carry it

    @property
    def sources(self) -> list[int]:
        """Sorted 1-based source numbers of every article that carries the point."""
        return sorted({c.number for c in self.citations})

    @property
    def single_source(self) -> bool:
        """True when only one outlet reports this point."""
        return self.outlets <= 1


@dataclass
class Topic:
    """A group of points about one aspect of the story, with a short label."""

    label: str
    points: list[Point]
    score: float = 0.0


@dataclass
class Quote:
    """A direct quotation with its speaker as the articles name them."""

    text: str  # the quoted words, without the quotation marks
    speaker: str  # "" when no article names one
    citations: list[Citation]
    score: float = 0.0

    @property
    def sources(self) -> list[int]:
        """Sorted 1-based source numbers of the articles the quotation is cited from."""
        return sorted({c.number for c in self.citations})


@dataclass
class Report:
    """One source's figure for a quantity: the value as written and as a number."""

    value: str  # as the article writes it: "more than 125,000", "100.000", "tens of thousands"
    number: float | None  # normalised lower bound (125000.0), None for vague amounts
    citation: Citation


@dataclass
class Disagreement:
    """The same quantity reported with different values by different sources.

    ``kind`` says which: ``"conflict"`` when the values cannot both be true at one time (same fact,
    ranges that do not overlap, reported the same day or undated), ``"change"`` when a figure rose
    or fell between earlier and later reports (its reports are then in date order).
    """

    quantity: str  # a short label: "Russian troops near Ukraine"
    reports: list[Report]
    kind: str = "conflict"  # "conflict" or "change" (a change over time)

    @property
    def sources(self) -> list[int]:
        """Sorted 1-based source numbers of the articles that report a value."""
        return sorted({r.citation.number for r in self.reports})


@dataclass
class TimelineEvent:
    """A dated event the articles report."""

    date: str  # ISO 8601 at the granularity known: day (1998-08-07), week (1998-W32) or month (1998-08)
    text: str
    citations: list[Citation]


@dataclass
class Source:
    """A cited article as listed at the foot of the page."""

    number: int  # 1-based, as in the citation markers
    outlet: str
    title: str
    date: str = ""
    url: str = ""
    origin: str = ""
    text: str = ""  # the article's cleaned text, which every citation's span points into


@dataclass
class Briefing:
    """The whole one-page briefing: the only thing the renderers see."""

    title: str
    sources: list[Source]
    bottom_line: list[Point]
    topics: list[Topic]
    disagreements: list[Disagreement] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    timeline: list[TimelineEvent] = field(default_factory=list)
    language: str = "english"
    algorithm: str = ""

    @property
    def outlets(self) -> list[str]:
        """Distinct outlet names, in source order."""
        seen: dict[str, None] = {}
        for s in self.sources:
            if s.outlet:
                seen.setdefault(s.outlet, None)
        return list(seen)

    @property
    def date_span(self) -> tuple[str, str] | None:
        """(first, last) ISO date of the sources, or None when no source is dated."""
        dates = sorted(s.date[:10] for s in self.sources if s.date)
        return (dates[0], dates[-1]) if dates else None

    @property
    def points(self) -> list[Point]:
        """Every point of every topic, in page order."""
        return [p for t in self.topics for p in t.points]

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict of the whole briefing (the schema is in ``briefing/schema.json``)."""
        return briefing_to_dict(self)


# -- plain data: what Briefing.to_dict gives (the JSON renderer writes it as it is) ------------


def _num(x: float | None) -> float | None:
    """A JSON-safe number: finite floats (numpy scalars too) as float, the rest as null."""
    if x is None:
        return None
    try:
        f = float(x)
    except (TypeError, ValueError):
        return None
    return f if math.isfinite(f) else None


def citation_to_dict(c: Citation) -> dict[str, Any]:
    """One citation: source number, article index, character span and the cited text."""
    return {"source": c.number, "article": int(c.article), "start": int(c.start),
            "end": int(c.end), "text": c.text}


def point_to_dict(p: Point) -> dict[str, Any]:
    """One point with every carrying source's span."""
    return {"text": p.text, "score": _num(p.score), "outlets": int(p.outlets),
            "single_source": p.single_source, "sources": p.sources,
            "citations": [citation_to_dict(c) for c in p.citations]}


def briefing_to_dict(b: Briefing) -> dict[str, Any]:
    """A JSON-ready dict of the whole briefing (see ``briefing/schema.json``)."""
    span = b.date_span
    return {
        "format": FORMAT,
        "generator": f"briefing {__version__}",
        "title": b.title,
        "language": b.language,
        "algorithm": b.algorithm,
        "date_span": {"first": span[0], "last": span[1]} if span else None,
        "articles": len(b.sources),
        "outlets": b.outlets,
        "bottom_line": [point_to_dict(p) for p in b.bottom_line],
        "topics": [{"label": t.label, "score": _num(t.score),
                    "points": [point_to_dict(p) for p in t.points]} for t in b.topics],
        "disagreements": [{"quantity": d.quantity, "kind": d.kind, "sources": d.sources,
                           "reports": [{"value": r.value, "number": _num(r.number),
                                        "citation": citation_to_dict(r.citation)}
                                       for r in d.reports]} for d in b.disagreements],
        "quotes": [{"text": q.text, "speaker": q.speaker, "score": _num(q.score),
                    "sources": q.sources, "citations": [citation_to_dict(c) for c in q.citations]}
                   for q in b.quotes],
        "timeline": [{"date": e.date, "text": e.text,
                      "sources": sorted({c.number for c in e.citations}),
                      "citations": [citation_to_dict(c) for c in e.citations]} for e in b.timeline],
        "sources": [{"number": s.number, "outlet": s.outlet, "title": s.title, "date": s.date,
                     "url": s.url, "origin": s.origin, "text": s.text} for s in b.sources],
    }
