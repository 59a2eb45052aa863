"""The inline pictures: drawn from the briefing, each with a text alternative, only when they help."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from briefing.render import svg
from briefing.render.html import render_html


NS = "{http://www.w3.org/2000/svg}"


def _parse(text: str) -> ET.Element:
    root = ET.fromstring(text)
    assert root.tag == f"{NS}svg" and root.get("role") == "img" and root.get("aria-label")
    assert root.find(f"{NS}title").text and root.find(f"{NS}desc").text
    return root


def test_dot_plot_marks_each_source_and_says_the_values():
    out = svg.dot_plot("Troops", [(1, 125000.0, "more than 125,000"), (2, 100000.0, "100,000"),
                                  (3, None, "tens of thousands"), (4, 100000.0, "around 100,000")])
    root = _parse(out)
    assert len(root.findall(f"{NS}circle")) == 3  # the vague amount has no place on the axis
    texts = [t.text for t in root.iter(f"{NS}text")]
    assert "[2][4]" in texts and "[1]" in texts  # sources at one value share a label
    assert "more than 125,000" in root.find(f"{NS}desc").text
    assert "reported differently" in root.find(f"{NS}title").text
    assert "changed over time" in svg.dot_plot("Toll", [(1, 1100.0, "1,100"), (2, 9000.0, "9,000")], change=True)


def test_pictures_that_would_not_help_are_left_out():
    assert svg.dot_plot("x", [(1, 5.0, "5"), (2, 5.0, "five")]) == ""
    assert svg.coverage_grid([("A", {1})], [1, 2]) == ""
    assert svg.coverage_grid([("A", {1}), ("B", {2})], list(range(1, 30))) == ""
    assert svg.timeline_strip([("2024-03-04", "a"), ("2024-03-04", "b")], "4 Mar", "4 Mar") == ""


def test_coverage_grid_fills_the_cells_of_carrying_sources():
    root = _parse(svg.coverage_grid([("Talks", {1, 3}), ("Sanctions", {2})], [1, 2, 3]))
    fills = [r.get("fill") for r in root.iter(f"{NS}rect")]
    assert fills.count(svg.ACCENT) == 3 and len(fills) == 6
    assert "Talks: sources 1, 3" in root.find(f"{NS}desc").text


def test_timeline_strip_spans_the_days():
    root = _parse(svg.timeline_strip([("2024-03-04", "a"), ("2024-03-09", "b"), ("2024-03", "c")],
                                     "1 Mar 2024", "9 Mar 2024"))
    assert len(root.findall(f"{NS}circle")) == 3
    assert "2024-03-09: 1 event" in root.find(f"{NS}desc").text


def test_the_html_page_carries_the_pictures_with_their_alternatives(make_briefing):
    b = make_briefing("small")
    html = render_html(b)
    assert html.count("<svg") >= 2 and "<desc>" in html
    for block in re.findall(r"<svg.*?</svg>", html, re.S):
        _parse(block)


def test_dot_plot_of_thousands_of_reports_stays_small():
    """A fact reported by thousands of sources is one small drawing: at most three dots stacked at
    a value, labels only for a few values, a description of the first reports and a count."""
    pts = [(n, float(100 + n % 400), f"{100 + n % 400}") for n in range(1, 2224)]
    out = svg.dot_plot("Deaths", pts)
    assert out and len(out) < 40_000
    assert out.count("<circle") <= 3 * 200
    assert "and 2203 more" in out
    few = svg.dot_plot("Deaths", [(1, 10.0, "10"), (2, 10.0, "10"), (3, 10.0, "10"), (4, 10.0, "10"),
                                  (5, 12.0, "12")])
    assert "[1][2][3]+1" in few and few.count("<circle") == 4
