"""The engine's shortcuts must give exactly what the plain paths give.

represent shares tokens and stems between sentences with the same text; merge can reuse those
tokens, cite lazily and sort groups by sentence index; numbers/quotations skip texts cheaply.
"""

from __future__ import annotations

import random

from briefing.engine.merge import Merger, citations_of, merge, numbers, quotations
from briefing.engine.represent import represent
from briefing.model import Article
from briefing.nlp import segment
from briefing.nlp.words import word_tokens

_WIRE = ("GENEVA (Reuters) - Ministers met for two hours on Friday and agreed to keep talking about "
         "the 125,000 troops near the border. ")


def _story() -> list[Article]:
    rng = random.Random(7)
    facts = [
        "The ministers met for ninety minutes in Geneva on Friday.",
        "Lavrov said Moscow had \"no intention of attacking anyone\" and wanted written answers.",
        "Blinken warned of a \"swift, severe and united response\" if troops crossed the border.",
        "Russia has massed some 100,000 troops near Ukraine, officials said.",
        "Both sides agreed to keep talking next week, a diplomat said.",
        "The talks ended without a breakthrough, according to the U.S. delegation.",
        "Twenty-five observers watched the border, the OSCE said.",
    ]
    arts = []
    for k in range(6):
        picked = rng.sample(facts, 5)
        body = (_WIRE if k % 2 else "") + " ".join(picked) + " " + picked[0]
        arts.append(Article(text=body, title=f"Talks {k}", outlet=f"Outlet {k % 4}",
                            date=f"2022-01-2{k}", origin=f"a{k}.txt"))
    return arts


def test_represent_tokens_and_terms_match_the_plain_tokeniser():
    arts = _story()
    sents = segment(arts, "english")
    rep = represent(sents, "english")
    assert len(rep.tokens) == len(sents) == len(rep.terms)
    for s, toks, ts in zip(sents, rep.tokens, rep.terms):
        assert toks == word_tokens(s.text)
        assert rep.n_words[sents.index(s)] == len(toks)
    # sentences with the same text share their lists
    by_text: dict[str, int] = {}
    for i, s in enumerate(sents):
        j = by_text.setdefault(s.text, i)
        assert rep.terms[i] == rep.terms[j]


def test_merge_with_tokens_and_lazy_citations_matches_the_plain_merge():
    arts = _story()
    sents = segment(arts, "english")
    rep = represent(sents, "english")
    plain_points, plain_groups = merge(sents, arts, rep.terms)
    points, groups = merge(sents, arts, rep.terms, tokens=rep.tokens, lazy=True)
    assert groups == plain_groups
    assert any(len(g) > 1 for g in groups)  # the story does merge something
    for p, q, g in zip(points, plain_points, groups):
        assert (p.text, p.outlets, p.score) == (q.text, q.outlets, q.score)
        assert p.citations == q.citations[:1]
        assert citations_of(g, sents, arts) == q.citations
    # the wire dateline stays out of the citation
    assert all(not c.text.startswith("GENEVA (Reuters)") for q in plain_points for c in q.citations)


def test_groups_do_not_depend_on_sentences_being_in_article_order():
    arts = _story()
    sents = segment(arts, "english")
    rep = represent(sents, "english")
    order = list(range(len(sents)))
    random.Random(3).shuffle(order)
    shuffled = [sents[i] for i in order]
    groups = Merger().groups(shuffled, [rep.terms[i] for i in order])
    for g in groups:  # members in order of (article, start) even so
        keys = [(shuffled[i].article, shuffled[i].start) for i in g]
        assert keys == sorted(keys)
    assert sorted(i for g in groups for i in g) == list(range(len(sents)))
    assert [min(g) for g in groups] == sorted(min(g) for g in groups)


def test_numbers_shortcuts_agree_with_the_full_scan():
    for text in ["Twenty-five of 125,000 troops left in 2022.", "Often ten; sept. seventeen", "No figure here.",
                 "onetwo 2twenty deux-trois", ""]:
        full = numbers(text)
        has_digit = any(c.isdigit() for c in text)
        assert numbers(text, digits=has_digit) == full
        assert numbers(text, words=False) == numbers(text, words=False, digits=True)
    assert numbers("Twenty-five of 125,000 troops left in 2022.") == {"20", "5", "125000"}
    assert numbers("2twenty") == {"2", "20"}


def test_quotations_of_every_kind_and_apostrophes():
    text = "He said \"we will not attack\" and “no threat” while ‘stay calm’ and 'wait and see' but don't."
    assert quotations(text) == ["we will not attack", "no threat", "stay calm", "wait and see"]
    assert quotations("Russia's troops aren't moving, the minister's aide said.") == []
    assert quotations("x'abcd' and «bonjour»") == ["bonjour"]  # no quotation opens inside a word
