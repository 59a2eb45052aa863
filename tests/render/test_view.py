"""The view the templates see: markers, shortening, dates, URLs, selection."""

from __future__ import annotations

from collections import Counter

from briefing.model import Citation
from briefing.render.pdf import OnePageFitter
from briefing.render.view import (build_view, choose_refs, clean, format_date, format_span, safe_href,
                                  short_url, shorten, split_columns)



def cites(*numbers: int) -> list[Citation]:
    return [Citation(n - 1, 0, 1, "x") for n in numbers]


def test_markers_show_every_source_up_to_the_cap():
    assert choose_refs(cites(5, 1, 3, 2, 4), 6, Counter()) == ([1, 2, 3, 4, 5], 0)
    assert OnePageFitter().max_refs >= 5  # a five-outlet story shows every marker on the page


def test_capped_markers_keep_the_representative_and_prefer_busy_sources():
    pop = Counter({7: 10, 9: 8, 2: 1})
    shown, more = choose_refs(cites(30, 2, 7, 9, 11, 12), 3, pop)
    assert 30 in shown and {7, 9} <= set(shown) and more == 3 and shown == sorted(shown)


def test_shorten_cuts_at_a_word_with_an_ellipsis():
    assert shorten("short", 10) == "short"
    out = shorten("alpha beta gamma delta epsilon", 20)
    assert out.endswith("\u2026") and len(out) <= 20 and out[:-1] in "alpha beta gamma delta epsilon"
    assert not out[:-1].endswith(" ")
    assert shorten("x" * 50, 10) == "x" * 9 + "\u2026"
    assert shorten("anything", None) == "anything"


def test_clean_collapses_space_and_drops_controls():
    assert clean(" a\n\tb\x1b[1m c\u200b ") == "a b[1m c"


def test_dates():
    assert format_date("2024-03-04") == "4 Mar 2024"
    assert format_date("2024-03-04T10:00:00+00:00", "french") == "4 mars 2024"
    assert format_date("2024-13-01") == "2024-13-01" and format_date("") == ""
    def span(a, b):  # CLDR puts thin spaces around the dash (in some of its releases)
        return " ".join(format_span((a, b)).replace("\u2009", " ").replace("\u2013", " \u2013 ").split())

    assert span("2024-03-04", "2024-03-06") == "4 \u2013 6 Mar 2024"
    assert span("2024-02-28", "2024-03-02") == "28 Feb \u2013 2 Mar 2024"
    assert span("2023-12-30", "2024-01-02") == "30 Dec 2023 \u2013 2 Jan 2024"
    assert format_span(("2024-01-05", "2024-01-05")) == "5 Jan 2024"
    assert format_span(None) == ""


def test_urls():
    assert short_url("https://www.example.com/a/b/?q=1#x") == "example.com/a/b"
    assert short_url("https://example.com/" + "a" * 100, 30).endswith("\u2026")
    assert safe_href("https://x.example/") == "https://x.example/"
    for bad in ("javascript:alert(1)", "data:text/html,x", "file:///etc/passwd", "vbscript:x"):
        assert safe_href(bad) == ""


def test_dropping_and_listing_only_cited_sources(make_briefing):
    b = make_briefing("small")
    v = build_view(b, drop={"t0p1", "t0p2", "q1", "e2", "d1"}, cited_sources_only=True)
    assert [p.key for p in v.topics[0].points] == ["t0p0"]
    assert [q.key for q in v.quotes] == ["q0"] and [e.key for e in v.timeline] == ["e0", "e1"]
    cited = {n for it in v.bottom_line + [p for t in v.topics for p in t.points] + v.quotes + v.timeline
             for n in it.refs} | {r.ref for d in v.disagreements for r in d.rows}
    assert {s.number for s in v.sources} == cited
    assert v.more_sources == len(b.sources) - len(cited)
    # a topic with every point dropped disappears with its heading
    v = build_view(b, drop={"t1p0", "t1p1", "t1p2"})
    assert [t.label for t in v.topics] == [b.topics[0].label]


def test_columns_split_sections_evenly(make_briefing):
    v = build_view(make_briefing("huge"))
    blocks = v.blocks
    cut = split_columns(blocks, {blk.key: 1.0 for blk in blocks})
    assert abs(cut - (len(blocks) - cut)) <= 1
    assert split_columns([], {}) == 0
    left, right = v.columns
    assert left + right == blocks
