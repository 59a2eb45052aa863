"""`briefing inspect`: the articles, topics, points, scores and sources as terminal tables (Rich)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from .model import Article, Briefing, Point


def _file_name(origin: str) -> str:
    """The file part of an origin ("dir/a.jsonl:3" -> "a.jsonl:3"; "<stdin>" stays)."""
    return origin.replace("\\", "/").rsplit("/", 1)[-1]


def _sources(p: Point) -> str:
    return "".join(f"[{n}]" for n in p.sources)


def render_inspect(b: Briefing, articles: list[Article], sentence_counts: list[int], width: int = 100,
                   console=None) -> None:
    """Print why each line was chosen: articles found, bottom line, topics with point scores and
    sources, and the cross-source findings."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    con = console or Console(width=width, highlight=False)
    con.print(Text(b.title, style="bold"))
    span = b.date_span
    dates = f"{span[0]} to {span[1]}" if span and span[0] != span[1] else (span[0] if span else "undated")
    con.print(f"{len(b.sources)} articles, {len(b.outlets)} outlets, {dates}; algorithm {b.algorithm or 'default'}")

    t = Table(title="Articles", title_justify="left", expand=True)
    t.add_column("#", justify="right", no_wrap=True)
    t.add_column("Outlet", max_width=22)
    t.add_column("Headline", ratio=1, min_width=30)
    t.add_column("Date", no_wrap=True)
    t.add_column("Sent.", justify="right", no_wrap=True)
    t.add_column("File", no_wrap=True, overflow="ellipsis", max_width=20)
    for i, a in enumerate(articles):
        t.add_row(str(i + 1), a.outlet or "-", a.title or "-", a.date[:10] or "-",
                  str(sentence_counts[i] if i < len(sentence_counts) else 0), _file_name(a.origin))
    con.print(t)

    def points_table(title: str, points: list[Point]) -> Table:
        pt = Table(title=title, title_justify="left", expand=True, show_lines=False)
        pt.add_column("Score", justify="right", no_wrap=True)
        pt.add_column("Outlets", justify="right", no_wrap=True)
        pt.add_column("Point", ratio=1)
        pt.add_column("Sources", no_wrap=True)
        for p in points:
            mark = "" if not p.single_source else " (single source)"
            pt.add_row(f"{p.score:.3f}", str(p.outlets), p.text + mark, _sources(p))
        return pt

    con.print(points_table("Bottom line", b.bottom_line))
    for topic in b.topics:
        con.print(points_table(f"Topic: {topic.label}  (score {topic.score:.3f})", topic.points))

    if b.disagreements:
        dt = Table(title="Where sources differ", title_justify="left", expand=True)
        dt.add_column("Quantity")
        dt.add_column("Figure")
        dt.add_column("Source", no_wrap=True)
        for d in b.disagreements:
            for k, r in enumerate(d.reports):
                dt.add_row(d.quantity if k == 0 else "", r.value, f"[{r.citation.number}]")
        con.print(dt)
    if b.quotes:
        qt = Table(title="Key quotes", title_justify="left", expand=True)
        qt.add_column("Speaker", no_wrap=True)
        qt.add_column("Quote", ratio=1)
        qt.add_column("Sources", no_wrap=True)
        for q in b.quotes:
            qt.add_row(q.speaker or "unattributed", f"\u201c{q.text}\u201d", "".join(f"[{n}]" for n in q.sources))
        con.print(qt)
    if b.timeline:
        tt = Table(title="Timeline", title_justify="left", expand=True)
        tt.add_column("Date", no_wrap=True)
        tt.add_column("Event", ratio=1)
        tt.add_column("Sources", no_wrap=True)
        for e in b.timeline:
            tt.add_row(e.date, e.text, "".join(f"[{c.number}]" for c in e.citations))
        con.print(tt)


def render_summary(b: Briefing, width: int = 100) -> str:
    """A one-screen summary of a built briefing for the end of ``briefing build``: title, counts,
    the bottom line, the topics, and what the cross-source analysis found."""
    import textwrap

    span = b.date_span
    dates = (f"{span[0]} to {span[1]}" if span[0] != span[1] else span[0]) if span else "undated"
    n, o = len(b.sources), len(b.outlets)
    lines = textwrap.wrap(b.title, width) or [""]
    lines.append(f"{dates} · {n} article{'s' * (n != 1)} · {o} outlet{'s' * (o != 1)}")
    lines += ["", "Bottom line"]
    for p in b.bottom_line:
        refs = "".join(f"[{k}]" for k in p.sources)
        lines += textwrap.wrap(f"{p.text} {refs}", width, initial_indent="  ", subsequent_indent="  ")
    if b.topics:
        topics = " · ".join(f"{t.label} ({len(t.points)})" for t in b.topics)
        lines += [""] + textwrap.wrap(f"Topics: {topics}", width, subsequent_indent="  ")
    if b.disagreements:
        differ = "; ".join(d.quantity for d in b.disagreements)
        lines += textwrap.wrap(f"Where sources differ: {differ}", width, subsequent_indent="  ")
    if b.quotes:
        speakers = ", ".join(dict.fromkeys(q.speaker for q in b.quotes if q.speaker))
        lines += textwrap.wrap(f"Key quotes: {len(b.quotes)}" + (f" ({speakers})" if speakers else ""),
                               width, subsequent_indent="  ")
    if b.timeline:
        lines.append(f"Timeline: {len(b.timeline)} dated events")
    return "\n".join(lines)
