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

__all__ = ["FORMAT", "briefing_to_dict", "citation_to_dict", "point_to_dict", "render_json", "schema"]


def render_json(b: Briefing, *, indent: int | None = 2) -> str:
    """The briefing as JSON text (UTF-8, keys in a fixed order, ends with a newline)."""
    return json.dumps(briefing_to_dict(b), ensure_ascii=False, indent=indent,
                      allow_nan=False) + "\n"


def schema() -> dict[str, Any]:
    """The JSON Schema of :func:`briefing_to_dict`'s output (``briefing/schema.json``)."""
    text = resources.files("briefing").joinpath("schema.json").read_text(encoding="utf-8")
    return json.loads(text)
