"""Standalone HTML: the same template as the PDF, complete, escaped, nothing external."""

from __future__ import annotations

import re

import pytest

from briefing.errors import OutputError
from briefing.render.html import render_html



def visible(html: str) -> str:
    """The body's text as a reader sees it: tags removed, entities decoded, spaces collapsed."""
    import html as htmllib

    body = html.split("</style>", 2)[-1]
    return " ".join(htmllib.unescape(re.sub(r"<[^>]+>", "", body)).split())


def test_html_is_standalone_and_complete(make_briefing):
    b = make_briefing("small")
    html = render_html(b)
    assert html.startswith("<!DOCTYPE html>") and "<style>" in html
    assert not re.search(r"<(link|script|img|iframe)\b", html)
    assert f"<title>{b.title}</title>" in html
    text = visible(html)
    for p in b.points:
        assert p.text in text
    for s in b.sources:
        assert f'id="source-{s.number}"' in html
    for n in {n for p in b.points for n in p.sources}:
        assert f'href="#source-{n}"' in html
    assert '<meta name="generator" content="briefing 0.1.0">' in html


def test_html_escapes_article_markup(make_briefing, hostile_strings):
    html = render_html(make_briefing("hostile"))
    body = html.split("</style>", 2)[-1]
    assert not re.search(r"<(script|img|link|style|b|i|em|u)\b", body)
    assert "&lt;script&gt;" in body and "{{ 7*7 }}" in body and "49" not in body
    assert 'href="javascript:' not in html
    for h in hostile_strings:
        assert h.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&#34;").replace("'", "&#39;") in body


def test_html_keeps_everything_of_a_huge_briefing(make_briefing):
    b = make_briefing("huge")
    html = render_html(b)
    assert html.count('<li id="source-') == len(b.sources)
    text = visible(html)
    assert all(p.text in text for p in b.points)


def test_paper_sizes(make_briefing):
    assert "size: letter" in render_html(make_briefing("small"), paper="Letter")
    assert "size: A4" in render_html(make_briefing("small"))
    with pytest.raises(OutputError):
        render_html(make_briefing("small"), paper="tabloid")
