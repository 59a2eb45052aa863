"""Properties of ingestion on arbitrary input: InputError or a well-formed Article, always."""

from __future__ import annotations

import json
import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.errors import InputError
from briefing.ingest import parse_article

WORDS = st.sampled_from(
    ["The", "council", "said", "on", "Monday", "that", "Photo:", "Reuters", "By", "Jane", "Doe", "Share",
     "Related", "Articles", "(AFP)", "Geneva,", "Jan", "21", "\u201cquote\u201d", "it\u2019s", "\u00a0", "--",
     "views", "https://example.com/a", "**bold**", "[link](http://x.y)", "#", "-", "2022-01-21", "caf\u0065\u0301"]
)
LINE = st.lists(WORDS, min_size=0, max_size=14).map(" ".join)
ENDINGS = st.sampled_from(["", ".", "?", ":", '."'])
TEXT = st.lists(st.tuples(LINE, ENDINGS).map("".join), min_size=0, max_size=12).flatmap(
    lambda lines: st.lists(st.sampled_from(["\n", "\n\n", "\r\n", "\n \n"]), min_size=len(lines), max_size=len(lines)).map(
        lambda seps: "".join(line + sep for line, sep in zip(lines, seps))
    )
)


def check(articles):
    for article in articles:
        text = article.text
        assert text and text == text.strip()
        assert "\n\n\n" not in text and "\r" not in text
        for paragraph in text.split("\n\n"):
            assert paragraph and "\n" not in paragraph and "  " not in paragraph
        assert unicodedata.is_normalized("NFC", text)
        assert "\u201c" not in text and "\u2019" not in text and "\u00a0" not in text


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXT, fmt=st.sampled_from(["txt", "md"]))
def test_text_and_markdown_never_fail_unexpectedly(text, fmt):
    try:
        first = parse_article(text, f"x.{fmt}", fmt)
    except InputError as err:
        assert "\n" not in str(err)
        return
    check(first)
    assert parse_article(text, f"x.{fmt}", fmt) == first  # deterministic


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXT, title=LINE)
def test_json_never_fails_unexpectedly(text, title):
    try:
        articles = parse_article(json.dumps({"title": title, "text": text}), "x.json")
    except InputError as err:
        assert err.where == "x.json"
        return
    check(articles)


@settings(max_examples=150, deadline=None)
@given(data=st.binary(max_size=400))
def test_arbitrary_bytes_give_articles_or_input_errors(data):
    for fmt in (None, "txt", "html", "json", "jsonl"):
        try:
            check(parse_article(data, "x.txt" if fmt is None else f"x.{fmt}", fmt))
        except InputError as err:
            assert "\n" not in str(err)
