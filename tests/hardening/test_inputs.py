"""Hardening: nasty article text through ingestion, splitting, the engine and every renderer.

Property-based (Hypothesis): arbitrary Unicode, empty and whitespace-only text, one enormous line,
no punctuation, only numbers, right-to-left scripts, emoji, control characters, duplicated
articles, hundreds of identical sentences. Each input either gives a valid briefing (every citation
points at its text, every renderer produces well-formed output, the PDF has exactly one page) or a
clear :class:`briefing.errors.BriefingError`; never any other exception.
"""

from __future__ import annotations

import json
from io import BytesIO

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from briefing.errors import BriefingError, InputError
from briefing.model import Briefing

SETTINGS = dict(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# ---------------------------------------------------------------------------------------------
# Building blocks of nasty text

RTL = [
    "\u0627\u0644\u0648\u0632\u064a\u0631 \u0627\u0644\u062a\u0642\u0649 \u0628\u0646\u0638\u064a\u0631\u0647 "
    "\u0641\u064a \u062c\u0646\u064a\u0641 \u064a\u0648\u0645 \u0627\u0644\u062c\u0645\u0639\u0629.",
    "\u05d4\u05e9\u05e8 \u05e0\u05e4\u05d2\u05e9 \u05e2\u05dd \u05de\u05e7\u05d1\u05d9\u05dc\u05d5 "
    "\u05d1\u05d6\u05e0\u05d1\u05d4 \u05d1\u05d9\u05d5\u05dd \u05e9\u05d9\u05e9\u05d9.",
    "\u202eThe talks ended without a deal\u202c, officials said \u200fon Friday\u200f.",
]
EMOJI = ["\U0001f525\U0001f525 Talks collapse \U0001f4a5 as envoys walk out \U0001f6b6\u200d\u2640\ufe0f.",
         "\U0001f1fa\U0001f1f8\U0001f91d\U0001f1f7\U0001f1fa meeting in Geneva \u2764\ufe0f\U0001f3fd lasted 90 minutes."]
CONTROL = ["The minister\x00 met\x07 the\x1b[31m envoy\x1b[0m on\x0b Friday\x0c.",
           "Rescuers\u200b reached\ufeff the\u2028 village\u2029 at dawn\x7f\x85."]
PLAIN = [
    "The foreign ministers met in Geneva on Friday for talks about the border crisis.",
    "Both sides said the meeting was useful but announced no breakthrough.",
    "Officials said more than 100,000 troops were stationed near the border.",
    "\u201cWe expect written answers next week,\u201d the minister told reporters.",
]

whitespace = st.text(alphabet=" \t\n\r\u00a0\u2003\u3000\u200b", max_size=40)
unicode_text = st.text(max_size=400)
no_punct = st.lists(st.sampled_from("minister envoy talks border troops Geneva Friday crisis said met".split()),
                    min_size=1, max_size=200).map(" ".join)
numbers_only = st.lists(st.integers(-10**12, 10**12).map(str), min_size=1, max_size=120).map(" ".join)
enormous_line = st.sampled_from([
    "word " * 30_000,  # 150,000 characters, no punctuation, no newline
    "x" * 200_000,  # one 200,000-character token
    ("The envoy met the minister, and " * 5000) + "they talked.",  # one 160,000-character sentence
])
identical = st.integers(100, 400).map(lambda n: "The minister met the envoy in the capital on Friday. " * n)
block = st.one_of(
    unicode_text, whitespace, no_punct, numbers_only, st.sampled_from(RTL), st.sampled_from(EMOJI),
    st.sampled_from(CONTROL), st.sampled_from(PLAIN), identical,
    st.text(alphabet=st.characters(categories=["Cc", "Cf", "Zs", "Zl", "Zp"]), max_size=50),
    st.text(alphabet=st.characters(categories=["So", "Sk", "Mn", "Me"]), max_size=80),
)
article_text = st.lists(st.one_of(block, block, enormous_line), min_size=1, max_size=6).map("\n\n".join)


@st.composite
def stories(draw, max_articles: int = 4) -> list[str]:
    """1-4 article texts; sometimes the same article several times (duplicated articles)."""
    texts = draw(st.lists(article_text, min_size=1, max_size=max_articles))
    if draw(st.booleans()):
        texts = texts + [texts[0]] * draw(st.integers(1, 3))
    return texts


# ---------------------------------------------------------------------------------------------
# Checks


def ingest(texts: list[str], fmt: str = "txt"):
    """Articles from texts the way files would give them (bytes, per format); InputError allowed."""
    from briefing import parse_article

    articles = []
    for i, text in enumerate(texts):
        if fmt == "jsonl":
            data = json.dumps({"title": f"Story {i}", "source": f"Outlet {i}", "text": text}).encode()
        else:
            data = text.encode("utf-8")
        try:
            articles.extend(parse_article(data, f"article{i}.{fmt}"))
        except InputError as err:
            check_error(err)
    return articles


def check_error(err: BriefingError) -> None:
    message = str(err)
    assert message.strip(), "an error with no message"
    assert "\n" not in message, f"error message spans lines: {message!r}"
    assert "Traceback" not in message


def check_briefing(b: Briefing, articles, assert_citations) -> None:
    """A valid briefing: citations point at their text; every text renderer gives well-formed output."""
    from briefing import render_html, render_json, render_markdown, render_text

    assert isinstance(b, Briefing)
    for p in b.bottom_line + b.points:
        assert p.text.strip()
        assert p.citations
    assert_citations(b, articles)
    assert len(b.sources) == len(articles)
    md = render_markdown(b)
    assert isinstance(md, str) and md.endswith("\n")
    html = render_html(b)
    assert html.lstrip().lower().startswith("<!doctype html")
    assert html.rstrip().lower().endswith("</html>")
    data = json.loads(render_json(b))
    assert isinstance(data, dict)
    text = render_text(b, width=60)
    assert isinstance(text, str)
    assert not any(ch in text for ch in "\x00\x1b\x07"), "control characters reach the terminal"


def one_page(pdf: bytes) -> None:
    from pypdf import PdfReader

    assert pdf.startswith(b"%PDF-")
    assert len(PdfReader(BytesIO(pdf)).pages) == 1


def run_pipeline(texts: list[str], assert_citations, fmt: str = "txt", pdf: bool = False) -> Briefing | None:
    from briefing import build_briefing, render_pdf

    articles = ingest(texts, fmt)
    if not articles:
        return None
    try:
        b = build_briefing(articles)
    except BriefingError as err:
        check_error(err)
        return None
    check_briefing(b, articles, assert_citations)
    if pdf:
        one_page(render_pdf(b))
    return b


# ---------------------------------------------------------------------------------------------
# Properties


@settings(max_examples=40, **SETTINGS)
@given(stories())
@example([""])
@example(["   \n\n\t  "])
@example(["1 2 3 4 5 6 7 8 9 10 2024 3.5 -7"])
@example(["\x00\x01\x02\x03"])
@example(PLAIN * 3)
@example(["The minister met the envoy in the capital on Friday. " * 300] * 3)
def test_any_text_gives_a_briefing_or_a_clear_error(assert_citations, texts):
    run_pipeline(texts, assert_citations)


@settings(max_examples=15, **SETTINGS)
@given(stories(max_articles=3))
def test_any_text_as_json_lines(assert_citations, texts):
    run_pipeline(texts, assert_citations, fmt="jsonl")


@settings(max_examples=15, **SETTINGS)
@given(stories(max_articles=3))
def test_any_text_as_markdown(assert_citations, texts):
    run_pipeline(texts, assert_citations, fmt="md")


@settings(max_examples=6, **SETTINGS)
@given(stories(max_articles=3))
@example(["The minister met the envoy in the capital on Friday. " * 400] * 4)
@example(["word " * 30_000])
def test_pdf_is_always_one_page(assert_citations, texts):
    run_pipeline(texts, assert_citations, pdf=True)


@settings(max_examples=80, **SETTINGS)
@given(st.one_of(unicode_text, enormous_line, no_punct, st.sampled_from(RTL + EMOJI + CONTROL)))
def test_splitting_keeps_spans_exact(text):
    from briefing.nlp import sentence_spans, split_sentences

    spans = sentence_spans(text)
    last = 0
    for start, end in spans:
        assert last <= start < end <= len(text)
        assert text[start:end].strip() == text[start:end]
        last = end
    assert split_sentences(text) == [text[s:e] for s, e in spans]


@pytest.mark.parametrize("name,texts", [
    ("whitespace only", ["  \t \n\n \u00a0 \u3000 "]),
    ("control characters only", ["\x00\x01\x02\x1b\x7f"]),
    ("empty", [""]),
])
def test_no_text_at_all_is_a_clear_input_error(name, texts):
    from briefing import parse_article

    with pytest.raises(InputError) as info:
        parse_article(texts[0].encode("utf-8"), "story.txt")
    check_error(info.value)
    assert "story.txt" in str(info.value)


def test_hundreds_of_identical_sentences_make_one_point(assert_citations):
    """The same sentence 300 times in three articles is one claim, cited once per article."""
    texts = ["The minister met the envoy in the capital on Friday. " * 300] * 3
    b = run_pipeline(texts, assert_citations)
    if b is None:  # a clear error is acceptable; a briefing must not repeat itself
        return
    seen = [p.text for p in b.bottom_line + b.points]
    assert len(seen) == len(set(seen)) or len(set(seen)) == 1
    for p in b.bottom_line + b.points:
        assert len({c.article for c in p.citations}) == len(p.citations), "two citations of one article"
