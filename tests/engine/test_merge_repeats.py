"""One sentence repeated many times: the merger's work grows linearly (issue 15).

No timing here: the grouping reports how many groups it looked at (``Grouping.work``), and that
count must at most double when the repeats double. The timed run is ``benchmarks/merge_repeats.py``.
"""

from __future__ import annotations

import pytest

from briefing.engine.merge import Merger, merge
from briefing.engine.represent import represent
from briefing.model import Article
from briefing.nlp import segment

LINE = "The council approved the new budget for the city's schools on Tuesday evening."
OTHER = "Parents had asked for more teachers and smaller classes at the meeting."


def _story(repeats: int, articles: int):
    arts = [Article(text=" ".join([LINE] * repeats + [OTHER]), title=f"T{k}", outlet=f"Outlet {k}",
                    origin=f"a{k}.txt") for k in range(articles)]
    sents = segment(arts)
    return arts, sents, represent(sents)


@pytest.mark.parametrize("articles", [1, 3])
def test_work_at_most_doubles_when_repeats_double(articles):
    work = []
    for repeats in (400, 800, 1600):
        _, sents, rep = _story(repeats, articles)
        grouping = Merger().run(sents, rep.terms, rep.tokens)
        work.append(grouping.work)
        # every copy is somewhere, and no group holds two sentences of one article
        assert sorted(i for g in grouping.groups for i in g) == list(range(len(sents)))
        for g in grouping.groups:
            assert len({sents[i].article for i in g}) == len(g)
    assert work[1] <= 2 * work[0] + 10 and work[2] <= 2 * work[1] + 10, work


def test_repeated_sentence_across_articles_is_one_point_per_copy_rank(assert_citations):
    arts, sents, rep = _story(5, 3)
    points, groups = merge(sents, arts, rep.terms, tokens=rep.tokens)
    same = [p for p in points if p.text == LINE]
    # each article's k-th copy sits with the other articles' k-th copies
    assert len(same) == 5
    assert all(p.sources == [1, 2, 3] for p in same)
    assert_citations(points, arts)
