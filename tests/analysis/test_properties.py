"""Property tests: any text, no crash, every citation points at its own words, deterministic."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.analysis import cross_source
from briefing.analysis.numbers import find_quantities
from briefing.analysis.quotes import quote_spans
from briefing.model import Article
from briefing.nlp import segment

PIECES = [
    "more than 125,000 troops", "100.000 troops", "tens of thousands of troops", "killed 13,000 people",
    "on Thursday", "January 20", "2014", "90 minutes", "“", "”", '"', "‘", "’", "«", "»", ", he said.",
    "Blinken said", "said Lavrov", "US Secretary of State Antony Blinken", "according to Kyiv", ". ",
    "\n\n", "$500 million", "4.5%", "two", "hundred", "thousand", "of", "the", "border", ",", ":",
]

texts = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=12)), max_size=40).map(" ".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(texts, st.sampled_from(["", "A", "B"]), st.sampled_from(["", "2022-01-21", "bad"])),
                min_size=1, max_size=4))
def test_any_articles_give_valid_citations(assert_citations, items):
    arts = [Article(text=t, title="t", outlet=o, date=d) for t, o, d in items]
    sents = segment(arts)
    result = cross_source(arts, sents)
    again = cross_source(arts, sents)
    assert result == again
    assert_citations(result, arts)


@given(st.text(max_size=200))
def test_quantities_and_quote_spans_stay_inside_the_text(text):
    for q in find_quantities(text):
        assert text[q.start:q.end] == q.value
    for s, e in quote_spans(text):
        assert 0 <= s <= e <= len(text)
