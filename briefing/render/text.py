"""Plain text for the terminal: the whole briefing, wrapped, with [n] markers and a sources list."""

from __future__ import annotations

import textwrap

from ..model import Briefing
from .view import Item, build_view


def _markers(item: Item) -> str:
    s = "".join(f"[{n}]" for n in item.refs)
    return s + (f" +{item.more}" if item.more else "")


def _wrap(text: str, width: int, first: str, rest: str) -> list[str]:
    return textwrap.wrap(text, width=max(20, width), initial_indent=first, subsequent_indent=rest,
                         break_long_words=True, break_on_hyphens=False) or [first.rstrip()]


def render_text(b: Briefing, width: int = 100) -> str:
    """The briefing as plain text wrapped at ``width`` columns (control characters removed)."""
    if width < 20:
        width = 20
    v = build_view(b, url_limit=0)
    w = v.words
    out: list[str] = []
    out += _wrap(v.title.upper(), width, "", "")
    out += _wrap(v.meta, width, "", "")
    if v.bottom_line:
        out += ["", w["bottom_line"].upper()]
        text = " ".join(f"{p.text} {_markers(p)}".strip() for p in v.bottom_line)
        out += _wrap(text, width, "  ", "  ")
    for t in v.topics:
        out += ["", t.label.upper()]
        for p in t.points:
            tag = f" ({w['single']})" if p.single else ""
            out += _wrap(f"{p.text} {_markers(p)}{tag}", width, "  * ", "    ")
    if v.disagreements:
        out += ["", w["differ"].upper()]
        for d in v.disagreements:
            out += _wrap(d.quantity, width, "  ", "  ")
            col = min(30, max(len(r.outlet) for r in d.rows) if d.rows else 0)
            for r in d.rows:
                out += _wrap(f"{r.outlet:<{col}}  {r.value} [{r.ref}]", width, "    ", "      ")
    if v.quotes:
        out += ["", w["quotes"].upper()]
        for q in v.quotes:
            out += _wrap(f"\u201c{q.text}\u201d \u2014 {q.speaker or w['unknown']} {_markers(q)}",
                         width, "  ", "    ")
    if v.timeline:
        out += ["", w["timeline"].upper()]
        for e in v.timeline:
            out += _wrap(f"{e.date_label or e.date}  {e.text} {_markers(e)}", width, "  ", "    ")
    out += ["", w["sources"].upper()]
    for s in v.sources:
        parts = [s.outlet, s.title]
        line = ": ".join(p for p in parts if p)
        if s.date_label:
            line += f", {s.date_label}"
        if s.url_text:
            line += f". {s.url_text}"
        tag = f"[{s.number}] "
        out += _wrap(line, width, "  " + tag, "  " + " " * len(tag))
    return "\n".join(out).rstrip() + "\n"
