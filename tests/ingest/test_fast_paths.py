"""The fast paths of ingestion give the same answers as the plain rules they stand in for."""

from __future__ import annotations

import re

import pytest

from briefing.ingest.assemble import drop_repeats
from briefing.ingest.boilerplate import classify
from briefing.ingest.dates import parse_date, parse_date_parts
from briefing.ingest.text import _MARKUP, has_markup

MARKDOWN_SAMPLES = [
    "plain prose. Nothing else.", "*em* here", "a * b * c", "snake_case_name", "_em_", "**bold**",
    "[a](b)", "[ref]: http://x", "see ![img](p)", "<b>x</b>", "&amp; &#39; &#x2F;", "a \\* b", "`code`",
    "# Heading", "   # Heading", "    indented code", "\tcode", "1. item", "2) item", "> quote",
    "===", "---", "- item", "+ item", "| a | b |", "3,500 rescuers", "x]y", "[x]\n: y", "a < b & c > d",
]


@pytest.mark.parametrize("text", MARKDOWN_SAMPLES)
def test_has_markup_agrees_with_the_whole_pattern(text):
    assert has_markup(text) == bool(_MARKUP.search(text))
    body = "Some prose line.\n\n" + text + "\n\nMore prose."
    assert has_markup(body) == bool(_MARKUP.search(body))


def test_month_names_with_letters_case_folding_matches():
    # a dotless i or a long s matches "i"/"s" case-insensitively; the month must still be found
    assert parse_date("21 MAı 2022") == "2022-05-21"
    assert parse_date_parts("Sept 13") is not None
    assert parse_date("13 Auguſt 2024") == "2024-08-13"


def test_drop_repeats_compares_words_not_punctuation():
    paragraphs = ["The talks ended.", "Other news.", "THE TALKS -- ENDED!", "The talks ended today.", "Other news"]
    assert drop_repeats(paragraphs) == ["The talks ended.", "Other news.", "The talks ended today."]


@pytest.mark.parametrize(
    "line, kind",
    [
        ("SHARE THIS ARTICLE", "share"),
        ("Related Stories", "nav"),
        ("Read more...", "nav"),
        ("More from the BBC about the talks.", "nav"),
        ("ſhare", "share"),  # a long s is an "s" to the case-insensitive rules
        ("Copyright 2022 The Daily Post. All rights reserved.", "copyright"),
        ("All Rights Reserved", "copyright"),
        ("(Reporting by Jane Doe; Editing by John Roe)", "signoff"),
        ("Jane Doe and John Roe contributed reporting.", "signoff"),
        ("Europe", "label"),
        ("Home > World > Europe", "breadcrumb"),
        ("https://www.example.com/2022/01/21/story", "url"),
        ("January 21, 2022", "date"),
        ("The ministers met in Geneva on Friday and agreed to keep talking.", None),
    ],
)
def test_classify_examples(line, kind):
    assert classify(line) == kind


def test_lazy_pattern_acts_like_a_compiled_one():
    from briefing.ingest.lazyre import lazy

    lazy_p, real = lazy(r"(\w+)-(\d+)", re.I), re.compile(r"(\w+)-(\d+)", re.I)
    text = "ab-12 cd-3, X-9"
    assert lazy_p.search(text).span() == real.search(text).span()
    assert lazy_p.match(text, 6).group(2) == real.match(text, 6).group(2) == "3"
    assert lazy_p.fullmatch("X-9") and not lazy_p.fullmatch("X-9 ")
    assert [m.span() for m in lazy_p.finditer(text)] == [m.span() for m in real.finditer(text)]
    assert lazy_p.findall(text) == real.findall(text)
    assert lazy_p.sub(r"\2", text) == real.sub(r"\2", text)
    assert lazy_p.split(text, 1) == real.split(text, 1)
    assert lazy_p.pattern == real.pattern and lazy_p.flags == re.I
