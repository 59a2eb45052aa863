"""Properties: whatever the article text, Markdown and HTML show it literally."""

from __future__ import annotations

import html as htmllib
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.model import Article, Briefing, Citation, Point, Source, Topic
from briefing.render.markdown import md_escape, render_markdown
from briefing.render.view import clean

markdown_it = pytest.importorskip("markdown_it")

# Text with plenty of Markdown/HTML/template punctuation, letters, digits and spaces.
MARKUP = st.text(alphabet=st.sampled_from(list("*_`[]()<>#|~$&{}!\\-+=.:;/'\"% 0123456789abcXYZé\n\t")),
                 min_size=1, max_size=60)
ANY = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=60)


def visible(rendered: str) -> str:
    """The text a reader sees in rendered HTML: tags removed, entities decoded, spaces collapsed."""
    return " ".join(htmllib.unescape(re.sub(r"<[^>]+>", "", rendered)).split())


def gfm(text: str) -> str:
    return markdown_it.MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"]).render(text)


@settings(max_examples=300, deadline=None)
@given(st.one_of(MARKUP, ANY))
def test_md_escape_shows_any_text_literally(text):
    text = clean(text)
    if not text:
        return
    for doc in (md_escape(text), f"- {md_escape(text)}", f"| a |\n| --- |\n| {md_escape(text)} |"):
        out = gfm(doc)
        assert not re.search(r"<(?!/?(p|ul|li|table|thead|tbody|tr|th|td)>)", out), out
        assert visible(out).endswith(" ".join(text.split())) or visible(out) == " ".join(text.split()), (doc, out)


def _briefing(text: str) -> Briefing:
    art = Article(text=text, title=text, outlet=text, url="https://example.com/" + text)
    c = Citation(0, 0, len(text), text)
    p = Point(text, [c], 1.0)
    return Briefing(title=text, sources=[Source(1, text, text, url=art.url)], bottom_line=[p],
                    topics=[Topic(text, [p])])


@settings(max_examples=60, deadline=None)
@given(MARKUP)
def test_markdown_document_keeps_structure_whatever_the_text(text):
    if not clean(text):
        return
    out = gfm(render_markdown(_briefing(text)))
    assert out.count("<h1>") == 1 and out.count("<h2>") == 2  # the topic and "Sources"
    assert "[^1]" in render_markdown(_briefing(text))  # the citation is a footnote to source 1
    assert " ".join(clean(text).split()) in visible(out)


@settings(max_examples=60, deadline=None)
@given(MARKUP)
def test_html_escapes_whatever_the_text(text):
    from briefing.render.html import render_html

    if not clean(text):
        return
    out = render_html(_briefing(text)).split("</style>", 2)[-1]
    tags = set(re.findall(r"<([a-zA-Z0-9]+)", out))
    assert tags <= {"body", "header", "div", "h1", "p", "section", "h2", "span", "a", "main",
                    "ul", "li", "ol", "footer", "html"}, tags


WORDS = st.text(alphabet=st.sampled_from(list("abcdefghij klmnop ÉéßøДжΩ中文عربى <>&*#{}")), min_size=1,
                max_size=400)


@st.composite
def briefings(draw):
    """Random briefings: any number of sources, topics, points and quotes, any lengths."""
    from briefing.model import Quote

    n_sources = draw(st.integers(1, 40))
    texts = [draw(WORDS) for _ in range(draw(st.integers(1, 6)))]
    sources = [Source(i + 1, f"Outlet {i}", draw(WORDS)[:120], "2024-01-01") for i in range(n_sources)]

    def point():
        t = draw(st.sampled_from(texts))
        cites = draw(st.lists(st.integers(0, n_sources - 1), min_size=1, max_size=12, unique=True))
        return Point(t, [Citation(a, 0, len(t), t) for a in cites], draw(st.floats(0, 1)),
                     outlets=len(cites))

    topics = [Topic(draw(WORDS)[:60], [point() for _ in range(draw(st.integers(1, 6)))])
              for _ in range(draw(st.integers(0, 8)))]
    quotes = [Quote(draw(WORDS), "Someone", point().citations) for _ in range(draw(st.integers(0, 6)))]
    return Briefing(title=draw(WORDS)[:150], sources=sources,
                    bottom_line=[point() for _ in range(draw(st.integers(0, 3)))], topics=topics,
                    quotes=quotes)


@settings(max_examples=8, deadline=None)
@given(briefings(), st.sampled_from(["a4", "letter"]))
def test_any_briefing_gives_one_whole_page(b, paper):
    from io import BytesIO

    pypdf = pytest.importorskip("pypdf")
    from briefing.render.pdf import OnePageFitter, pdf_bytes

    fit = OnePageFitter().fit(b, paper=paper)
    assert len(pypdf.PdfReader(BytesIO(pdf_bytes(fit.document))).pages) == 1
    assert fit.renders <= 4
    listed = {s.number for s in fit.view.sources}
    for item in fit.view.bottom_line + [p for t in fit.view.topics for p in t.points] + fit.view.quotes:
        assert set(item.refs) <= listed
