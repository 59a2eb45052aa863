"""JSON: the whole briefing, every line with the character spans of its sources.

The shape is documented as a JSON Schema in ``briefing/schema.json`` (:func:`schema`). Each
citation gives the source number shown on the page (``source``), the article index (``article``,
``source - 1``) and the span ``start``/``end`` in that article's cleaned text, with the text.
"""

from __future__ import annotations

import json
import math
from importlib import resources
from typing import Any

from ..model import Briefing, Citation, Point
from .view import VERSION

FORMAT = "briefing/1"


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
        "generator": f"briefing {VERSION}",
        "title": b.title,
        "language": b.language,
        "algorithm": b.algorithm,
        "date_span": {"first": span[0], "last": span[1]} if span else None,
        "articles": len(b.sources),
        "outlets": b.outlets,
        "bottom_line": [point_to_dict(p) for p in b.bottom_line],
        "topics": [{"label": t.label, "score": _num(t.score),
                    "points": [point_to_dict(p) for p in t.points]} for t in b.topics],
        "disagreements": [{"quantity": d.quantity, "sources": d.sources,
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


def render_json(b: Briefing, *, indent: int | None = 2) -> str:
    """The briefing as JSON text (UTF-8, keys in a fixed order, ends with a newline)."""
    return json.dumps(briefing_to_dict(b), ensure_ascii=False, indent=indent,
                      allow_nan=False) + "\n"


def schema() -> dict[str, Any]:
    """The JSON Schema of :func:`briefing_to_dict`'s output (``briefing/schema.json``)."""
    text = resources.files("briefing").joinpath("schema.json").read_text(encoding="utf-8")
    return json.loads(text)
