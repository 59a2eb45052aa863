"""Markdown: GFM renders it, citations are footnotes that land on their sources, text stays text."""

from __future__ import annotations

import re

import pytest

from briefing.render.markdown import md_escape, render_markdown


markdown_it = pytest.importorskip("markdown_it")


def gfm(text: str) -> str:
    """HTML as a permissive GitHub-like renderer makes it (raw HTML allowed, tables, strikethrough)."""
    md = markdown_it.MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
    return md.render(text)


def cmark_safe(text: str) -> str:
    """HTML as cmark-gfm (GitHub's renderer) makes it in its default safe mode: raw HTML is
    dropped, GFM extensions and footnotes on, as GitHub and GitLab render wiki pages."""
    cmarkgfm = pytest.importorskip("cmarkgfm")
    from cmarkgfm.cmark import Options

    return cmarkgfm.github_flavored_markdown_to_html(text, options=Options.CMARK_OPT_FOOTNOTES)


@pytest.mark.parametrize("make", ["small", "tiny", "hostile", "huge"])
def test_every_citation_link_has_its_target_in_a_strict_renderer(make, make_briefing):
    b = make_briefing(make)
    text = render_markdown(b)
    assert "<a " not in text  # no raw HTML for a strict renderer to strip
    html = cmark_safe(text)
    targets = re.findall(r'href="#([^"]+)"', html)
    ids = set(re.findall(r'id="([^"]+)"', html))
    assert targets, "citations are rendered as links"
    assert set(targets) <= ids
    cited = {c.article + 1 for p in b.points for c in p.citations}
    assert cited and {f"fn-{n}" for n in cited} <= set(targets)
    for s in b.sources:  # every source is listed, cited or not, with its own number
        assert f"[{s.number}]" in html


def test_structure_headings_points_and_tables(make_briefing):
    b = make_briefing("small")
    text = render_markdown(b)
    html = gfm(text)
    assert text.startswith(f"# {b.title}\n")
    h2 = re.findall(r"<h2>(.*?)</h2>", html)
    assert h2 == [t.label for t in b.topics] + ["Where sources differ", "Key quotes", "Timeline",
                                                "Sources"]
    items = re.findall(r"<li>(.*?)</li>", html, re.S)
    for p in b.points:
        assert any(p.text in li for li in items), p.text
    assert html.count("<table>") == len(b.disagreements)
    assert "<blockquote>" in html and "Marta Olsen" in html
    # markers are footnotes to the sources, in order
    first = b.topics[0].points[0]
    assert "".join(f"[^{n}]" for n in first.sources) in text
    strict = cmark_safe(text)
    for n in first.sources:
        assert f'href="#fn-{n}"' in strict
    assert "(single source)" in text


def test_hostile_text_is_shown_literally(make_briefing, hostile_strings):
    b = make_briefing("hostile")
    html = gfm(render_markdown(b))
    for tag in ("<script", "<img", "<link", "<style", "<b>", "<em>Label", "<i>", "<u>"):
        assert tag not in html, tag
    assert "javascript:" not in re.sub(r">[^<]*<", "><", html)  # not in any attribute
    assert "<strong>bold</strong>" not in html and "**bold**" in html
    assert "{{ 7*7 }}" in html and "{% raw %}" in html
    assert "<h1>" in html and html.count("<h1>") == 1  # "# not a heading" stays text
    assert "~~gone~~" in html and "<del>" not in html
    assert "<ol>" not in html.split("<h2>Sources</h2>")[0]  # "1. numbered?" is no list
    for h in hostile_strings:
        plain = h.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
        assert plain in html, h


@pytest.mark.parametrize("text", ["*a*", "_b_", "[c](d)", "<e>", "# f", "1. g", "- h", "+ i", "> j",
                                  "| k |", "`l`", "~~m~~", "\\n", "$x$", "&amp;", "2) n", "===",
                                  "!", "a\nb", "{{ x }}"])
def test_md_escape_round_trips_through_a_renderer(text):
    html = gfm(f"- item {md_escape(text)}\n\n{md_escape(text)}\n")
    shown = " ".join(text.split("\n"))
    esc = shown.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    assert html.count(esc) == 2, html


def test_markdown_is_deterministic_and_complete_for_huge_input(make_briefing):
    b = make_briefing("huge")
    one, two = render_markdown(b), render_markdown(b)
    assert one == two
    for p in b.points:
        assert md_escape(p.text) in one


def test_custom_markdown_template(tmp_path, make_briefing):
    (tmp_path / "briefing.md.j2").write_text("TITLE={{ v.title }}\n{% for s in v.sources %}{{ s.number | anchor }}{% endfor %}\n")
    out = render_markdown(make_briefing("hostile"), template_dir=tmp_path)
    assert out.startswith("TITLE=\\<script\\>")  # values escaped even in a custom template
    assert '<a id="source-1" name="source-1"></a>' in out
