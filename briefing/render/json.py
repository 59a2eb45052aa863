"""JSON: the whole briefing, every line with the character spans of its sources.

The shape is documented as a JSON Schema in ``briefing/schema.json`` (:func:`schema`). Each
citation gives the source number shown on the page (``source``), the article index (``article``,
``source - 1``) and the span ``start``/``end`` in that article's cleaned text, with the text.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from ..model import FORMAT, Briefing, briefing_to_dict, citation_to_dict, point_to_dict

__all__ = ["FORMAT", "SCHEMA_ID", "briefing_to_dict", "citation_to_dict", "mark_page", "point_to_dict",
           "render_json", "schema"]


#: The schema's identifier, written as ``$schema`` at the top of every briefing JSON. The schema
#: ships in the package (:func:`schema`, ``briefing/schema.json``); the URN names it without
#: pretending to be a web address.
SCHEMA_ID = "urn:briefing:schema:briefing:1"


def render_json(b: Briefing, *, indent: int | None = 2, page: frozenset[str] | set[str] | None = None) -> str:
    """The briefing as JSON text (UTF-8, keys in a fixed order, ends with a newline).

    Args:
        b: the briefing.
        indent: spaces per level (None: one line).
        page: the keys of the items the one-page PDF shows (``render.pdf.render_pdf_page`` or
            ``render.pdf.page_keys``); with it, every point, quote, row of a difference and
            timeline event carries ``"on_page": true`` or ``false``. The JSON holds more than
            the page.
    """
    data = {"$schema": SCHEMA_ID, **briefing_to_dict(b)}
    if page is not None:
        mark_page(data, page)
    return json.dumps(data, ensure_ascii=False, indent=indent, allow_nan=False) + "\n"


def mark_page(data: dict[str, Any], page: frozenset[str] | set[str]) -> None:
    """Set ``on_page`` on the items of a briefing dict from the page's item keys (in place)."""
    for i, p in enumerate(data["bottom_line"]):
        p["on_page"] = f"b{i}" in page
    for ti, t in enumerate(data["topics"]):
        for pi, p in enumerate(t["points"]):
            p["on_page"] = f"t{ti}p{pi}" in page
    for di, d in enumerate(data["disagreements"]):
        for ri, r in enumerate(d["reports"]):
            r["on_page"] = f"d{di}r{ri}" in page
    for qi, q in enumerate(data["quotes"]):
        q["on_page"] = f"q{qi}" in page
    for ei, e in enumerate(data["timeline"]):
        e["on_page"] = f"e{ei}" in page


def schema() -> dict[str, Any]:
    """The JSON Schema of :func:`briefing_to_dict`'s output (``briefing/schema.json``)."""
    text = resources.files("briefing").joinpath("schema.json").read_text(encoding="utf-8")
    return json.loads(text)
