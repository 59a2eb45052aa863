"""Small inline SVG pictures drawn from the view: where sources differ (a dot plot per fact),
coverage (topics by sources) and a timeline strip. No plotting library: a few shapes each, in
the page's colours, every one with a text alternative (``<title>`` and ``<desc>``) that says
what it shows, so a screen reader and the tagged PDF carry the same facts as the picture.

Each function returns ``""`` when its picture would not earn its space (one value, one topic,
events on a single day), and the template then shows nothing.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from html import escape
from typing import Sequence

ACCENT = "#9b1c1c"
INK = "#161616"
MUTED = "#8a8a8a"
RULE = "#c9c4bb"
TINT = "#f4f1ea"
CHANGE = "#1f5f8b"


def _num(x: float) -> str:
    """A coordinate with at most two decimals and no trailing zeros (stable text)."""
    s = f"{x:.2f}".rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def _svg(width: float, height: float, title: str, desc: str, body: str, css_class: str) -> str:
    label = escape(title, quote=True)
    return (f'<svg class="{css_class}" xmlns="http://www.w3.org/2000/svg" role="img" '
            f'aria-label="{label}" viewBox="0 0 {_num(width)} {_num(height)}" '
            f'width="{_num(width)}pt" height="{_num(height)}pt" preserveAspectRatio="xMinYMid meet">'
            f"<title>{escape(title)}</title><desc>{escape(desc)}</desc>{body}</svg>")


def _text(x: float, y: float, text: str, size: float, anchor: str = "start", fill: str = INK,
          weight: str = "normal") -> str:
    return (f'<text x="{_num(x)}" y="{_num(y)}" font-size="{_num(size)}" text-anchor="{anchor}" '
            f'fill="{fill}" font-weight="{weight}" font-family="Briefing Sans, DejaVu Sans, sans-serif">'
            f"{escape(text)}</text>")


#: A dot plot draws at most this many dots at one value (stacked), labels its values only when
#: there are at most this many, and describes at most this many reports in its text: a fact reported
#: by thousands of sources stays one small drawing.
_MAX_STACK = 3
_MAX_LABELS = 8
_MAX_DESC = 20


def dot_plot(quantity: str, points: Sequence[tuple[int, float | None, str]], *, change: bool = False,
             width: float = 200) -> str:
    """One fact's values by source on one axis: ``points`` are (source number, value, value as
    written). Conflicting reports are drawn in the accent colour; a change over time in blue,
    joined in source order by a thin line with an arrow head. Empty for fewer than two values."""
    pts = [(n, v, w) for n, v, w in points if v is not None and math.isfinite(v)]
    if len({v for _, v, _ in pts}) < 2:
        return ""
    lo, hi = min(v for _, v, _ in pts), max(v for _, v, _ in pts)
    log = lo > 0 and hi / lo >= 20
    f = (lambda v: math.log10(v)) if log else (lambda v: v)
    span = f(hi) - f(lo)
    left, right, height = 6.0, width - 6.0, 28.0
    x = {k: left + (right - left) * (f(v) - f(lo)) / span for k, (_, v, _) in enumerate(pts)}
    colour = CHANGE if change else ACCENT
    axis = 15.0
    body = [f'<line x1="{_num(left)}" y1="{_num(axis)}" x2="{_num(right)}" y2="{_num(axis)}" stroke="{RULE}" '
            'stroke-width="0.8"/>']
    low_text = next(w for _, v, w in pts if v == lo)
    high_text = next(w for _, v, w in pts if v == hi)
    body.append(_text(left, 5.5, low_text, 5.4, "start", MUTED))
    body.append(_text(right, 5.5, high_text, 5.4, "end", MUTED))
    if change:
        order = sorted(range(len(pts)), key=lambda k: pts[k][0])
        body.append('<polyline fill="none" stroke="%s" stroke-width="0.6" points="%s"/>' % (
            CHANGE, " ".join(f"{_num(x[k])},{_num(axis)}" for k in order)))
    at: dict[str, list[int]] = {}
    snap = len(pts) > _MAX_DESC  # many reports: dots on whole points (at most ~190 places)
    for k, (n, _, _) in enumerate(pts):
        at.setdefault(_num(round(x[k]) if snap else x[k]), []).append(n)
    labelled = len(at) <= _MAX_LABELS  # many values: the two ends' texts say the range
    for key, numbers in at.items():
        for row in range(min(len(numbers), _MAX_STACK)):
            body.append(f'<circle cx="{key}" cy="{_num(axis - 3.2 * row)}" r="2.4" fill="{colour}"/>')
        if labelled:
            xs = float(key)
            anchor = "start" if xs - left < 8 else "end" if right - xs < 8 else "middle"
            shown = sorted(numbers)
            label = "".join(f"[{n}]" for n in shown[:_MAX_STACK])
            if len(shown) > _MAX_STACK:
                label += f"+{len(shown) - _MAX_STACK}"
            body.append(_text(xs, axis + 10, label, 5.6, anchor, MUTED))
    desc = "; ".join(f"[{n}] {w}" for n, _, w in pts[:_MAX_DESC])
    if len(pts) > _MAX_DESC:
        desc += f"; and {len(pts) - _MAX_DESC} more"
    kind = "changed over time" if change else "reported differently"
    return _svg(width, height, f"{quantity}: {kind}", desc + (" (log scale)" if log else ""), "".join(body),
                "figure-plot")


def coverage_grid(topics: Sequence[tuple[str, set[int]]], sources: Sequence[int], *,
                  max_sources: int = 16, width: float = 150) -> str:
    """Topics (rows) by sources (columns): a filled cell where a source carries a point of the
    topic, so corroboration and gaps show at a glance. Empty for fewer than two topics or
    sources, or more than ``max_sources`` sources (the cells would be too small to read)."""
    if len(topics) < 2 or not 2 <= len(sources) <= max_sources:
        return ""
    label_w = 70.0
    cell = min(9.0, (width - label_w) / len(sources))
    size = cell - 1.6
    head = 8.0
    height = head + cell * len(topics)
    body = []
    for j, n in enumerate(sources):
        body.append(_text(label_w + cell * j + cell / 2, 6, str(n), 5.4, "middle", MUTED))
    for i, (label, carried) in enumerate(topics):
        y = head + cell * i
        short = label if len(label) <= 20 else label[:19].rstrip() + "\u2026"  # fits the label column
        body.append(_text(label_w - 3, y + cell * 0.72, short, 5.8, "end"))
        for j, n in enumerate(sources):
            fill = ACCENT if n in carried else TINT
            body.append(f'<rect x="{_num(label_w + cell * j + 0.8)}" y="{_num(y + 0.8)}" width="{_num(size)}" '
                        f'height="{_num(size)}" fill="{fill}"/>')
    desc = "; ".join(f"{label}: sources {', '.join(str(n) for n in sorted(c)) or 'none'}" for label, c in topics)
    return _svg(label_w + cell * len(sources), height, "Which sources carry each topic", desc, "".join(body),
                "coverage")


_ISO = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def _day(value: str) -> dt.date | None:
    m = _ISO.match(value or "")
    if not m:
        return None
    try:
        return dt.date(int(m[1]), int(m[2] or 1), int(m[3] or 1))
    except ValueError:
        return None


def timeline_strip(events: Sequence[tuple[str, str]], first_label: str, last_label: str, *,
                   width: float = 200) -> str:
    """The events (ISO date, short text) as ticks on one axis, when they span several days.
    Empty when they fall on fewer than two distinct days."""
    days = [(d, text) for d, text in ((_day(v), t) for v, t in events) if d is not None]
    distinct = sorted({d for d, _ in days})
    if len(distinct) < 2:
        return ""
    first, last = distinct[0], distinct[-1]
    total = (last - first).days or 1
    left, right = 4.0, width - 4.0
    body = [f'<line x1="{_num(left)}" y1="6" x2="{_num(right)}" y2="6" stroke="{RULE}" stroke-width="0.8"/>']
    counts: dict[dt.date, int] = {}
    for d, _ in days:
        counts[d] = counts.get(d, 0) + 1
    for d in distinct:
        x = left + (right - left) * (d - first).days / total
        r = 1.6 + 0.5 * min(4, counts[d] - 1)
        body.append(f'<circle cx="{_num(x)}" cy="6" r="{_num(r)}" fill="{ACCENT}"/>')
    body.append(_text(left, 17, first_label, 5.6, "start", MUTED))
    body.append(_text(right, 17, last_label, 5.6, "end", MUTED))
    desc = "; ".join(f"{d.isoformat()}: {counts[d]} event{'s' if counts[d] > 1 else ''}" for d in distinct)
    return _svg(width, 20, f"Timeline from {first_label} to {last_label}", desc, "".join(body), "timeline-strip")
