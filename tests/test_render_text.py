"""Plain text for the terminal."""

from __future__ import annotations

from briefing.model import Citation, Point, Topic
from briefing.render.text import render_text

from fixtures_briefing import huge_briefing, small_briefing, tiny_briefing


def test_text_has_every_section_and_marker():
    b = small_briefing()
    out = render_text(b)
    assert out.splitlines()[0] == b.title.upper()
    for heading in ("BOTTOM LINE", "WHERE SOURCES DIFFER", "KEY QUOTES", "TIMELINE", "SOURCES"):
        assert heading in out
    flat = " ".join(out.split())
    for p in b.points:
        assert p.text in flat
        assert "".join(f"[{n}]" for n in p.sources) in flat
    for s in b.sources:
        assert f"[{s.number}] {s.outlet}" in flat


def test_text_wraps_at_the_width():
    for width in (40, 72, 100):
        out = render_text(huge_briefing(), width=width)
        assert max(len(line) for line in out.splitlines()) <= width


def test_control_characters_are_removed():
    b = tiny_briefing()
    nasty = "Alert\x1b[31m red\x07 bell\x1b]0;title\x07 done."
    b.topics.append(Topic(label="T\x1b[2J", points=[Point(nasty, [Citation(0, 0, 3, "The")])]))
    out = render_text(b)
    assert "\x1b" not in out and "\x07" not in out
    assert "Alert[31m red bell]0;title done." in " ".join(out.split())
