"""Points: each group of sentences becomes one point, worded by its representative."""

from __future__ import annotations

from typing import Sequence

import numpy as np

from ...model import Article, Point, Sentence
from ...model import count_outlets
from ..runner import no_cycle_collection
from .citations import _Citer, outlet_key
from .grouping import Merger
from .wording import representative, support_matrix


def merge(sentences: Sequence[Sentence], articles: Sequence[Article], terms: Sequence[Sequence[str]],
          *, merger: Merger | None = None, language: str = "english",
          tokens: Sequence[Sequence[str]] | None = None,
          lazy: bool = False) -> tuple[list[Point], list[list[int]]]:
    """Turn sentences into points: one per claim, citing every article that carries it.

    Args:
        sentences: every sentence of every article (``briefing.nlp.segment``).
        articles: the articles the sentences point into.
        terms: content stems per sentence (``Representation.terms``).
        merger: the grouping parameters (default ``Merger(language=language)``).
        language: language of stems and stop words.
        tokens: words per sentence (``Representation.tokens``), when already known; saves
            tokenising the sentences again.
        lazy: give each point only its representative's citation (``citations[0]``; text,
            outlets and score are as usual), for a caller that keeps few points and completes
            them with :func:`citations_of`.

    Returns:
        ``(points, groups)``: ``points[k]`` is worded by its representative sentence
        (``citations[0]``), followed by the other articles' sentences in article order;
        ``groups[k]`` lists the sentence indices behind it, representative first.  Scores are 0
        until :mod:`briefing.engine.select` sets them.
    """
    merger = merger or Merger(language=language)
    with no_cycle_collection():
        return _points(sentences, articles, merger.run(sentences, terms, tokens), merger, lazy)


def _points(sentences: Sequence[Sentence], articles: Sequence[Article], grouping, merger: Merger,
            lazy: bool) -> tuple[list[Point], list[list[int]]]:
    """The points of a :class:`~briefing.engine.merge.grouping.Grouping` (see :func:`merge`)."""
    groups, feats, idf, uid = grouping.groups, grouping.features, grouping.idf, grouping.uid
    similarity, threshold = grouping.comparer.similarity, merger.compare.threshold
    alone: list[int] = []  # members that do not support their group's wording: points of their own
    outlet_of = [outlet_key(articles, a) for a in range(len(articles))]
    cite = _Citer(articles)
    points: list[Point] = []
    ordered: list[list[int]] = []
    clarity_cache: dict[str, float] = {}
    for g in groups:
        if len(g) > 1:
            # candidates: the group's distinct texts (the first 64); support: how much of each
            # the other members carry, copies counted
            n_copies: dict[int, int] = {}
            cand: list[int] = []
            for i in g:
                u = uid[i]
                if u not in n_copies:
                    n_copies[u] = 0
                    if len(cand) < 64:
                        cand.append(i)
                n_copies[u] += 1
            cu = [uid[i] for i in cand]
            counts = np.array([n_copies[u] for u in cu], dtype=np.float64)
            sm = support_matrix([feats[u] for u in cu], idf)
            np.fill_diagonal(sm, 1.0)
            total = float(sum(n_copies[u] for u in cu))
            support = (sm @ counts - 1.0) / max(total - 1.0, 1.0)
            rep = representative(cand, sentences, support, clarity_cache)
        else:
            rep = g[0]
        members = [rep]
        for i in g:
            if i == rep:
                continue
            # a point cites a sentence only when it supports the point's own wording
            if uid[i] == uid[rep] or similarity(feats[uid[i]], feats[uid[rep]]) >= threshold:
                members.append(i)
            else:
                alone.append(i)
        cits = [cite(sentences[i]) for i in (members[:1] if lazy else members)]
        outlets = count_outlets(outlet_of[sentences[i].article] for i in members)
        points.append(Point(text=cits[0].text, citations=cits, score=0.0, outlets=outlets))
        ordered.append(members)
    for i in alone:
        cits = [cite(sentences[i])]
        points.append(Point(text=cits[0].text, citations=cits, score=0.0, outlets=1))
        ordered.append([i])
    if alone:  # in order of their first sentence, as the groups come
        order = sorted(range(len(points)), key=lambda k: min(ordered[k]))
        points = [points[k] for k in order]
        ordered = [ordered[k] for k in order]
    return points, ordered

