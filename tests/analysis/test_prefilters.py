"""The cheap pre-filters and helpers of the analysis must never change what it finds."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.analysis import quotes as Q
from briefing.analysis.numbers import find_quantities, may_hold_quantity
from briefing.analysis.text import Locator
from briefing.analysis.timeline import dates_in, may_hold_date
from briefing.model import Article
from briefing.nlp import segment

NUMBER_PIECES = [
    "5", "12", "125,000", "125 000", "1.5", "4,5", "2014", "$", "€", "£", "%", "5bn", "3m", "US$",
    "million", "Million", "thousand", "hundreds", "tens of thousands", "dozens", "a dozen", "half a",
    "one", "two", "nine", "seven", "five-four", "twenty-five", "Seventy", "dollars", "euros", "percent", "per cent", "pc",
    "troops", "people", "tanks", "killed", "died", "dead", "toll", "rose to", "injured", "missing",
    "hostages", "arrested", "bodies", "lost their homes", "lives", "displaced", "Ukrainians",
    "of", "the", "at least", "more than", "between", "and", "to", "-", ",", ".", "in", "since",
    "minutes", "years", "January", "aged", "G7", "\u0130", "\u017f", "\u00a0", "\u202f", "_",
    "des milliers de", "soldats", "morts", "tués", "blessés", "vingt", "deux", "cent", "mille",
]
DATE_PIECES = [
    "January", "Jan.", "jan", "JANUARY", "20", "21st", "2022", "2022-01-20", "Thursday", "thursday",
    "yesterday", "Yesterday", "tomorrow", "on", "will", "next", ",", ".", "GENEVA", "(EFE)", "-",
    "janvier", "Janvier", "JEUDI", "hier", "demain", "le", "3", "mars", "MARS", "\u0130", "\u017f",
]


def _texts(pieces: list[str]):
    return st.lists(st.one_of(st.sampled_from(pieces), st.text(max_size=6)), max_size=24).map(" ".join)


@settings(max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_texts(NUMBER_PIECES), st.sampled_from(["english", "french"]))
def test_quantity_prefilter_never_hides_a_quantity(text, language):
    if find_quantities(text, language):
        assert may_hold_quantity(text, language)


@settings(max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_texts(DATE_PIECES), st.sampled_from(["english", "french"]))
def test_date_prefilter_never_hides_a_date(text, language):
    day = dt.date(2022, 1, 21)
    if dates_in(text, day, day, language):
        assert may_hold_date(text, language)


def test_prefilters_skip_plain_sentences_and_keep_real_ones():
    assert not may_hold_quantity("The two leaders met for talks in Geneva on a cold morning.")
    assert not may_hold_quantity("They spoke for 90 minutes.") or find_quantities("They spoke for 90 minutes.") == []
    assert may_hold_quantity("Russia has amassed more than 125,000 troops near the border.")
    assert may_hold_quantity("Five people were killed.")
    assert may_hold_quantity("It costs $5.")
    assert may_hold_quantity("Unemployment rose to five percent.")
    assert may_hold_quantity("Nine nine troops.") and find_quantities("Nine nine troops.")
    assert not may_hold_date("The two leaders met for talks in Geneva.")
    assert may_hold_date("They met on Thursday.")
    assert may_hold_date("Le 3 MARS, ils se sont vus.", "french")
    assert may_hold_date("It began on 2022-01-20.")


def test_repeated_paragraphs_give_the_same_quotes_as_fresh_ones():
    para = '"We will not accept this under any circumstances," Lavrov told reporters in Geneva.'
    other = 'He added: "The talks were frank and useful for both of our countries."'
    texts = [f"{para}\n\n{other}", f"Intro line here.\n\n{para}\n\n{other}", f"{para}\n\n{other}"]
    arts = [Article(text=t, title="t", outlet=o) for t, o in zip(texts, "ABC")]
    sents = segment(arts)
    finder = Q.QuoteFinder()
    together = finder.raw_quotes(arts, sents)
    alone = [q for k in range(len(arts)) for q in finder.raw_quotes(
        [a if j == k else Article(text="x", title="t") for j, a in enumerate(arts)],
        [s for s in segment([a if j == k else Article(text="x", title="t") for j, a in enumerate(arts)])
         if s.article == k])]
    key = [(q.article, q.start, q.end, q.text, q.cite_start, q.cite_end, q.speaker, q.how, q.parts) for q in together]
    assert key == [(q.article, q.start, q.end, q.text, q.cite_start, q.cite_end, q.speaker, q.how, q.parts)
                   for q in alone]
    assert len(together) == 6
    for q in together:
        assert arts[q.article].text[q.start:q.end].strip() == q.text


def test_relative_sentences_follow_the_sentence_spans():
    arts = [Article(text="One two three. Four five six.\n\nSeven eight nine.", title="t")]
    sents = segment(arts)
    loc = Locator(arts, sents)
    ps, pe = arts[0].paragraph_spans()[1]
    rel = loc.relative_sentences(0, ps, pe)
    assert rel and all(s.start - ps == a and s.end - ps == b for (a, b), s in zip(rel, [x for x in sents if x.end > ps]))
