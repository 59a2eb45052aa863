"""Properties of ingestion on arbitrary input: InputError or a well-formed Article, always."""

from __future__ import annotations

import json
import re
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


# ------------------------------------------------------------------ nesting and YAML aliases (issue 15)

SCALARS = st.one_of(st.none(), st.booleans(), st.integers(-10**20, 10**20), st.floats(allow_nan=False),
                    LINE, st.sampled_from(["2022-13-45", "0000-00-00", "2022-01-21", "9" * 40]))
FIELDS = st.sampled_from(["title", "text", "source", "date", "author", "url", "articles", "x"])
JSON_VALUES = st.recursive(SCALARS, lambda inner: st.one_of(st.lists(inner, max_size=3),
                                                             st.dictionaries(FIELDS, inner, max_size=3)),
                           max_leaves=12)


@st.composite
def nested(draw) -> str:
    """An article (sometimes a list of them) wrapped in lists and objects 1-400 levels deep."""
    value = {"title": draw(LINE), "text": draw(TEXT) or "The council met.", "date": draw(SCALARS),
             "extra": draw(JSON_VALUES)}
    for _ in range(draw(st.integers(0, 400))):
        value = draw(st.sampled_from([lambda v: [v], lambda v: {"articles": [v]}, lambda v: {"x": v, "text": "a"}]))(value)
    return json.dumps(value)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=nested(), fmt=st.sampled_from(["json", "jsonl"]))
def test_nested_json_gives_articles_or_one_line_errors(text, fmt):
    try:
        check(parse_article(text, f"x.{fmt}", fmt))
    except InputError as err:
        assert "\n" not in str(err) and str(err).startswith("x.")


@st.composite
def front_matter(draw) -> str:
    """YAML front matter with anchors, aliases (also nested ones), flow nesting and odd scalars."""
    lines = []
    anchors: list[str] = []
    for k in range(draw(st.integers(1, 8))):
        key = draw(st.sampled_from(["title", "author", "date", "source", "tags", f"k{k}"]))
        kind = draw(st.sampled_from(["plain", "anchor", "alias", "deep", "scalar"]))
        if kind == "anchor" or (kind == "alias" and not anchors):
            anchors.append(f"a{k}")
            items = ", ".join(f"*{a}" for a in anchors[:-1]) or '"lol"'
            lines.append(f"{key}: &a{k} [{items}, {items}]")
        elif kind == "alias":
            lines.append(f"{key}: *{draw(st.sampled_from(anchors))}")
        elif kind == "deep":
            depth = draw(st.integers(1, 300))
            lines.append(f"{key}: " + "[" * depth + "x" + "]" * depth)
        elif kind == "scalar":
            lines.append(f"{key}: {draw(st.sampled_from(['2022-13-45', '!!int 1', '~', 'yes', '1.10', '0000-00-00']))}")
        else:
            lines.append(f"{key}: {draw(LINE)}")
    return "---\n" + "\n".join(lines) + "\n---\n\n" + (draw(TEXT) or "The council met on Monday.")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=front_matter())
def test_front_matter_with_aliases_and_nesting_never_fails_unexpectedly(text):
    front = text.split("\n---\n", 1)[0]
    try:
        articles = parse_article(text, "x.md", "md")
    except InputError as err:
        assert "\n" not in str(err) and str(err).startswith("x.md")
        return
    assert not re.search(r"\*a\d", front), "a YAML alias was accepted (it must be refused, never expanded)"
    check(articles)
