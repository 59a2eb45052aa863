"""The story-level budget: at most :data:`MAX_STORY_SENTENCES` sentences of one story are read.

A page shows a few hundred sentences' worth of points; a real story of 1,000 articles has about
45,000 sentences. The engine's memory grows with the number of sentences (a few kilobytes each
across representation, merging and the cross-source analysis), so an input made of millions of
fragments (a 50 MB file of three-word sentences is three million of them) would cost gigabytes.
Like :data:`briefing.ingest.limits.MAX_ARTICLE_CHARS` for one article, the budget bounds what one
story may cost; a story within it is read whole, exactly as before.

A story over the budget is cut fairly, by water-filling: every article keeps its leading sentences
(news puts the lead first), all articles up to the same count, so short articles stay whole and only
the long ones lose their tails. The cut is applied while the articles are split into sentences: the
sentences past the budget are counted, never built. One :class:`~briefing.ingest.limits.InputWarning`
says how many sentences were read of how many. The cut depends only on each article's sentence
count, in the engine's canonical article order, so it does not depend on the order the caller gave
the articles in. The cross-source analysis (quotes, timeline, differences) reads each cut
article only up to its last kept sentence (:attr:`briefing.engine.story.Story.ends`), so its cost
is bounded too.
"""

from __future__ import annotations

import warnings
from typing import Sequence

from ..ingest.limits import InputWarning
from ..model import Article, Sentence

__all__ = ["MAX_STORY_SENTENCES", "read_sentences", "read_within", "shares"]

MAX_STORY_SENTENCES = 60_000
"""The most sentences of one story read (a real 1,000-article story has about 45,000); see the module
docstring. Chosen from measurements (``benchmarks/robust_memory.py``, ``benchmarks/README.md``,
"Hostile sizes"): a whole ``briefing build`` costs about 4 kB a three-word sentence and about 10 kB
a news sentence (representation, merging and the forked analysis together), so at this budget
50 MB of three-word sentences costs about 400 MB and 50 MB of news articles about 800 MB."""


def shares(counts: Sequence[int], limit: int) -> list[int]:
    """How many leading sentences each article keeps so that at most ``limit`` are kept in all.

    Water-filling: every article keeps ``min(count, level)`` sentences for the highest ``level``
    that fits; the few left over (fewer than the articles still cut) go one each to the cut
    articles, first in the given order. Within the budget every article is kept whole.

    Args:
        counts: sentences per article, in the engine's canonical order.
        limit: the most sentences kept in all (``>= 0``).

    Returns:
        Sentences kept per article, ``keep[a] <= counts[a]`` and ``sum(keep) == min(limit, sum(counts))``.
    """
    if sum(counts) <= limit:
        return list(counts)
    low, high = 0, max(counts)  # the highest level whose kept total fits in the limit
    while low < high:
        mid = (low + high + 1) // 2
        if sum(min(c, mid) for c in counts) <= limit:
            low = mid
        else:
            high = mid - 1
    keep = [min(c, low) for c in counts]
    spare = limit - sum(keep)
    for a, c in enumerate(counts):
        if spare <= 0:
            break
        if c > low:
            keep[a] += 1
            spare -= 1
    return keep


def read_sentences(articles: Sequence[Article], language: str = "english", *,
                   limit: int | None = None) -> list[Sentence]:
    """Every sentence of ``articles`` (as :func:`briefing.nlp.segment` gives them), within the budget.

    Within ``limit`` the result equals ``segment(articles, language)``. Over it, each article keeps
    its leading sentences as :func:`shares` decides, with one :class:`InputWarning`; the sentences
    past the budget are counted while splitting but never made into :class:`Sentence` objects
    (an article that keeps more than was built before the budget ran out is split again, up to
    what it keeps).

    Args:
        articles: the story's articles, in the engine's canonical order.
        language: whose sentence splitter to use.
        limit: the most sentences read (default :data:`MAX_STORY_SENTENCES`, read when called).

    Returns:
        The sentences kept, by article and position, numbered like ``segment``'s.

    Raises:
        ValueError: ``limit`` is not a whole number >= 1.
    """
    return read_within(articles, language, limit=limit)[0]


def read_within(articles: Sequence[Article], language: str = "english", *,
                limit: int | None = None) -> tuple[list[Sentence], dict[int, int]]:
    """:func:`read_sentences`, and where each article that was cut now ends.

    Returns:
        (the sentences kept, ``{article index: end of its last kept sentence}`` for the articles
        cut, empty when the story is within the budget). ``text[:end]`` of a cut article holds
        every sentence it keeps; the cross-source analysis reads no further.
    """
    from ..nlp import get_splitter

    if limit is None:
        limit = MAX_STORY_SENTENCES
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
        raise ValueError(f"limit: must be a whole number >= 1, got {limit!r}")
    spans_of = get_splitter(language).spans
    built: list[list[Sentence]] = []
    counts: list[int] = []
    room = limit  # Sentence objects that may still be made before only counting goes on
    for a, article in enumerate(articles):
        mine: list[Sentence] = []
        n = 0
        text = article.text
        for p, (ps, pe) in enumerate(article.paragraph_spans()):
            para = text[ps:pe]
            spans = spans_of(para)
            # room - len(mine) only falls: once a sentence is not built, no later one is
            take = spans[:max(0, room - len(mine))]
            for s, e in take:
                mine.append(Sentence(para[s:e], a, p, n, ps + s, ps + e))
                n += 1
            n += len(spans) - len(take)
        room -= len(mine)
        built.append(mine)
        counts.append(n)
    total = sum(counts)
    if total <= limit:
        return [s for mine in built for s in mine], {}
    keep = shares(counts, limit)
    out: list[Sentence] = []
    ends: dict[int, int] = {}
    for a, mine in enumerate(built):
        mine = mine[:keep[a]] if keep[a] <= len(mine) else _leading(articles[a], a, keep[a], spans_of)
        out.extend(mine)
        if keep[a] < counts[a]:
            ends[a] = mine[-1].end if mine else 0
    cut = sorted(ends)
    level = min(keep[a] for a in cut)
    most = max(keep[a] for a in cut)
    warnings.warn(f"only {limit:,} of the story's {total:,} sentences read (at most {limit:,} a story): "
                  f"{len(cut):,} of {len(counts):,} articles cut to their first "
                  f"{level:,}{'' if most == level else f'-{most:,}'} sentences", InputWarning, stacklevel=4)
    return out, ends


def _leading(article: Article, a: int, k: int, spans_of) -> list[Sentence]:
    """The first ``k`` sentences of ``article`` (article index ``a``), splitting no further."""
    out: list[Sentence] = []
    text = article.text
    for p, (ps, pe) in enumerate(article.paragraph_spans()):
        if len(out) >= k:
            break
        para = text[ps:pe]
        for s, e in spans_of(para)[:k - len(out)]:
            out.append(Sentence(para[s:e], a, p, len(out), ps + s, ps + e))
    return out
