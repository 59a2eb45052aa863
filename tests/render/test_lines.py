"""No line of the PDF is broken after its first word while the rest would have fitted.

WeasyPrint measures a text that ends in a space before an inline element (the citation markers)
a fraction of a point wider than Pango does, and then keeps only the first word on the line. The
sample briefing showed it ("each" alone on a line) until the template moved that space into the
markers' element.
"""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _text(box) -> str:
    text = getattr(box, "text", None)
    if text is not None:
        return text
    return "".join(_text(child) for child in getattr(box, "children", None) or ())


def _lonely_first_words(box, found: list) -> list:
    children = getattr(box, "children", None) or ()
    lines = [_text(c).strip() for c in children if type(c).__name__ == "LineBox"]
    for line, following in zip(lines, lines[1:]):
        if len(line.split()) == 1 and line != "\u25aa" and len(following.split()) > 1:
            found.append((line, following))
    for child in children:
        _lonely_first_words(child, found)
    return found


@pytest.mark.skipif(not (ROOT / "samples").is_dir(), reason="needs the bundled samples")
@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_sample_page_has_no_line_broken_after_one_word(paper):
    from briefing.engine.pipeline import build_briefing
    from briefing.ingest import load_articles
    from briefing.render.pdf import OnePageFitter

    b = build_briefing(load_articles([ROOT / "samples"]))
    fit = OnePageFitter().fit(b, paper=paper)
    assert _lonely_first_words(fit.document.pages[0]._page_box, []) == []


def test_the_template_keeps_every_word_and_space():
    from briefing.model import Briefing, Citation, Point, Source
    from briefing.render.html import render_html

    texts = ["One two three.", "Alone.", "See https://example.com/" + "x" * 40 + " now", "a b"]
    points = [Point(text=t, citations=[Citation(0, 0, len(t), t)]) for t in texts]
    b = Briefing(title="T", sources=[Source(number=1, outlet="O", title="t", text=" ".join(texts))],
                 bottom_line=points, topics=[])
    html = render_html(b)
    for t in texts:
        head, _, last = t.rpartition(" ")
        if head and len(last) <= 24:
            assert f'{head}<span class="tail"> {last}' in html
