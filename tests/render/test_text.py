"""Plain text for the terminal."""

from __future__ import annotations

from briefing.model import Citation, Point, Topic
from briefing.render.text import render_text



def test_text_has_every_section_and_marker(make_briefing):
    b = make_briefing("small")
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


def test_text_wraps_at_the_width(make_briefing):
    for width in (40, 72, 100):
        out = render_text(make_briefing("huge"), width=width)
        assert max(len(line) for line in out.splitlines()) <= width


def test_control_characters_are_removed(make_briefing):
    b = make_briefing("tiny")
    nasty = "Alert\x1b[31m red\x07 bell\x1b]0;title\x07 done."
    b.topics.append(Topic(label="T\x1b[2J", points=[Point(nasty, [Citation(0, 0, 3, "The")])]))
    out = render_text(b)
    assert "\x1b" not in out and "\x07" not in out
    assert "Alert[31m red bell]0;title done." in " ".join(out.split())
