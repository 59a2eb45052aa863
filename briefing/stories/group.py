"""Grouping a feed into stories: :func:`group_stories` and :class:`StoryGrouper`.

    feed -> term bags -> unit TF-IDF vectors -> candidate pairs (inverted index, date window)
         -> average-link clustering (date and outlet terms) -> Story[] (stable ids, titles)

The result does not depend on the order the articles come in: they are processed in a canonical
order (date, id, text). A story's id is derived from its earliest article (its record id, else its
URL, else its origin), so a story that continues into tomorrow's feed keeps its id as long as that
article is in the feed (``briefing digest --previous`` also matches stories whose first article
dropped out, by their words).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from functools import partial
from typing import Sequence

import numpy as np

from ..errors import InputError
from ..engine.runner import Runner
from ..model import Article
from .linkage import Linkage
from .vectors import (TermCounts, Vectors, count_terms, day_numbers, join_counts, reorder_counts, similar_pairs,
                      undated, vectorize)

__all__ = ["FeedEntry", "Story", "StoryGrouper", "group_stories", "article_id"]

#: feeds of at least this many articles are worth reading in two processes (see ``runner``)
PARALLEL_MIN_ARTICLES = 4000


@dataclass(frozen=True)
class Story:
    """One story of a feed.

    Attributes:
        id: stable id, derived from the earliest article ("s" + 10 hex digits).
        title: the headline of the article closest to the story's centre (else its first sentence).
        articles: indices into the list given to :func:`group_stories`, by date (undated last).
        start: the first ISO date of its articles ("" when none is dated).
        end: the last ISO date ("" when none is dated).
        outlets: distinct outlet names, in article order.
        terms: the story's heaviest stems, most telling first (to match stories across runs).
    """

    id: str
    title: str
    articles: tuple[int, ...]
    start: str = ""
    end: str = ""
    outlets: tuple[str, ...] = ()
    terms: tuple[str, ...] = field(default=(), compare=False)

    def __len__(self) -> int:
        return len(self.articles)


def article_id(article: Article) -> str:
    """What names an article: its record's ``id``, else its URL, else its origin."""
    return (getattr(article, "id", "") or article.url or article.origin or "").strip()


_DATELINE = re.compile(r"^[A-Z][A-Z.'’ -]{1,40}(?:,\s*[A-Z][\w.'’ -]{1,30}?)?\s*(?:\([\w .&/-]{1,30}\))?\s*[_—–-]{1,2}\s+")
_SENTENCE = re.compile(r"(.{40,}?[.!?])(?:[\"”’)]*)(?:\s|$)", re.S)


def _fallback_title(text: str, limit: int = 110) -> str:
    """The first sentence of a body, without its dateline, cut to about ``limit`` characters."""
    first = text.strip().split("\n\n", 1)[0]
    first = _DATELINE.sub("", first, count=1)
    m = _SENTENCE.match(first)
    sentence = " ".join((m.group(1) if m else first).split())
    if len(sentence) > limit:
        cut = sentence[:limit].rsplit(" ", 1)[0]
        sentence = cut.rstrip(",;:") + "…"
    return sentence


class FeedEntry:
    """What grouping needs of one article, without its text (a few hundred bytes an article).

    Attributes:
        id: the article's :func:`article_id`.
        title: its headline ("" when none).
        outlet: its outlet (may be changed by :func:`briefing.ingest.expand_acronyms`).
        date: its ISO date ("" when unknown).
        digest: the SHA-1 of its text (orders articles whose date and id are the same, and names
            a story whose first article has no id); None when only the top of the text was read
            and no other article has the same date and id (see :mod:`.feed`).
        fallback: the first sentence of its text when it has no headline (else "").
    """

    __slots__ = ("id", "title", "outlet", "date", "digest", "fallback")
    url = ""  # so that article_id(entry) is entry.id
    origin = ""

    def __init__(self, id: str, title: str, outlet: str, date: str, digest: bytes | None, fallback: str = "") -> None:
        self.id = id
        self.title = title
        self.outlet = outlet
        self.date = date
        self.digest = digest
        self.fallback = fallback

    @classmethod
    def of(cls, article: Article) -> "FeedEntry":
        """The entry of one article."""
        text = article.text
        return cls(article_id(article), article.title, article.outlet, article.date,
                   hashlib.sha1(text.encode("utf-8", "surrogatepass")).digest(),
                   "" if article.title.strip() else _fallback_title(text))

    def __getstate__(self):
        return (self.id, self.title, self.outlet, self.date, self.digest, self.fallback)

    def __setstate__(self, state) -> None:
        self.id, self.title, self.outlet, self.date, self.digest, self.fallback = state


@dataclass(frozen=True)
class StoryGrouper:
    """Groups articles into stories (see the module docstrings of this package).

    Attributes:
        language: the articles' language (for stems and stop words).
        threshold: the least mean similarity at which two groups of articles join.
        lead_terms: how many terms of each body are read (from the top).
        top_terms: how many terms each article's vector keeps.
        max_df: terms in more than this fraction of the articles are ignored.
        window_days: dated articles further apart than this are never compared directly.
        floor: pair similarities below this are dropped (counted as 0).
        neighbors: each article keeps its links to at most this many most similar articles
            (besides the links others keep to it).
        linkage: the date and outlet terms of the clustering (its threshold is ``threshold``).
    """

    language: str = "english"
    threshold: float = 0.07
    lead_terms: int = 200
    top_terms: int = 80
    max_df: float = 0.05
    window_days: int = 90
    floor: float = 0.04
    neighbors: int = 20
    linkage: Linkage = Linkage()

    def __post_init__(self) -> None:
        if not 0.0 < self.threshold <= 1.0:
            raise ValueError(f"threshold must be in (0, 1], got {self.threshold!r}")
        for name in ("lead_terms", "top_terms"):
            if getattr(self, name) < 1:
                raise ValueError(f"{name} must be >= 1, got {getattr(self, name)!r}")
        if not 0.0 < self.max_df <= 1.0:
            raise ValueError(f"max_df must be in (0, 1], got {self.max_df!r}")
        if self.neighbors < 0:
            raise ValueError(f"neighbors must be >= 0, got {self.neighbors!r}")
        if self.window_days < 0:
            raise ValueError(f"window_days must be >= 0, got {self.window_days!r}")
        if not 0.0 <= self.floor < self.threshold:
            raise ValueError(f"floor must be in [0, threshold), got {self.floor!r}")
        if not isinstance(self.linkage, Linkage):
            raise ValueError(f"linkage must be a Linkage, got {type(self.linkage).__name__}")

    def run(self, articles: Sequence[Article], *, runner: Runner | None = None) -> list[Story]:
        """Group ``articles`` into stories.

        Args:
            articles: the feed.
            runner: reads half of the feed's words, and finds half of its candidate pairs, beside this process
                (:class:`briefing.engine.runner.Runner`, e.g. :class:`briefing.parallel.ForkRunner`
                with ``min_cost`` in articles); by default all in this process. Same result.

        Returns:
            The stories, biggest first (then latest first, then by id); every article is in
            exactly one story.

        Raises:
            InputError: ``articles`` is not a list of :class:`~briefing.model.Article`.
        """
        _check(articles)
        if not articles:
            return []
        return self.run_counted([FeedEntry.of(a) for a in articles], self._count(articles, runner), runner=runner)

    def run_counted(self, entries: Sequence[FeedEntry], counts: TermCounts, *,
                    runner: Runner | None = None) -> list[Story]:
        """Group a feed from what a reader kept of it (see :mod:`briefing.stories.feed`).

        Args:
            entries: one :class:`FeedEntry` per article, in the feed's order.
            counts: their term counts (:class:`~briefing.stories.vectors.TermCounter`, with this
                grouper's ``language`` and ``lead_terms``), in the same order.
            runner: finds half of the candidate pairs of a large feed beside this process (see
                :meth:`run`); by default all here. The same result.

        Returns:
            The stories, as :meth:`run` gives them; ``story.articles`` index into ``entries``.
        """
        if len(counts.lengths) != len(entries):
            raise ValueError(f"counts has {len(counts.lengths)} articles, entries {len(entries)}")
        if not entries:
            return []
        order = _canonical_order(entries)
        feed = [entries[k] for k in order]
        vectors = vectorize(reorder_counts(counts, order), max_df=self.max_df, top_terms=self.top_terms)
        del counts
        days = day_numbers(feed)
        pairs = similar_pairs(vectors, days, window_days=self.window_days, floor=self.floor,
                              neighbors=self.neighbors, runner=runner)
        day_list = [None if u else int(d) for d, u in zip(days.tolist(), undated(days).tolist())]
        outlet_ids: dict[str, int] = {}
        outlet_days = []
        for a, d in zip(feed, day_list):
            name = a.outlet.strip().casefold()
            outlet_days.append((outlet_ids.setdefault(name, len(outlet_ids)), d) if name and d is not None else None)
        linkage = Linkage(self.threshold, self.linkage.grace_days, self.linkage.decay_days,
                          self.linkage.outlet_penalty, self.linkage.copy_similarity)
        labels = linkage.run(len(feed), pairs, day_list, outlet_days)
        del pairs
        return _stories(labels, feed, order, vectors)

    def _count(self, feed: Sequence[Article], runner: Runner | None) -> TermCounts:
        """Term counts of the feed, in its order; the second half through ``runner`` (beside this
        process)."""
        if runner is None or len(feed) < 2:
            return count_terms(feed, self.language, self.lead_terms)
        half = len(feed) // 2
        language, lead = self.language, self.lead_terms
        job = runner.start(partial(count_terms, feed[half:], language, lead), cost=len(feed))
        try:
            first = count_terms(feed[:half], language, lead)
            second = job.result()
        finally:
            job.cancel()
        return join_counts([first, second])


def _neg(date: str) -> tuple:
    """Sort key for "latest first" (undated last)."""
    return (0, tuple(-ord(c) for c in date)) if date else (1, ())


def _stories(labels: list[int], feed: list[FeedEntry], order: list[int], vectors: Vectors) -> list[Story]:
    """The stories of a clustered feed (``labels``: each article's cluster, positions in the
    canonical feed, which is date-sorted), biggest first (then latest first, then by id).

    What is per article is done for all stories at once with numpy: each story's centre (the sum of
    its articles' vectors, added in article order), the article closest to it that names the story
    (one with a headline first, then the highest score, then the first), its articles (dated
    first, then in feed order), its heaviest terms."""
    n = len(feed)
    if not n:
        return []
    lab = np.asarray(labels, dtype=np.int64)
    _, first_at, which = np.unique(lab, return_index=True, return_inverse=True)
    rank = np.empty(len(first_at), dtype=np.int64)
    rank[np.argsort(first_at, kind="stable")] = np.arange(len(first_at))
    story = rank[which.ravel()]  # each article's story, numbered in order of their first articles
    count = len(first_at)
    position = np.arange(n, dtype=np.int64)
    # the centres: the weight of each (story, term), summed in article order as a dict would
    width = np.diff(vectors.indptr[: n + 1])
    term = vectors.indices[vectors.indptr[0]: vectors.indptr[n]].astype(np.int64)
    weight = vectors.data[vectors.indptr[0]: vectors.indptr[n]].astype(np.float64)
    vocab = max(len(vectors.vocabulary), int(term.max()) + 1 if len(term) else 1)
    cell, cell_of = np.unique(np.repeat(story, width) * vocab + term, return_inverse=True)
    cell_of = cell_of.ravel()
    centre = np.bincount(cell_of, weights=weight, minlength=len(cell))
    # each article's score against its story's centre (summed in term order, as ``sum`` would;
    # weights are positive, so no score is negative and the best is the first of the highest keys)
    score = np.bincount(np.repeat(position, width), weights=centre[cell_of] * weight, minlength=n)
    titled = np.array([bool(e.title.strip()) for e in feed])
    best = np.lexsort((position, -score, ~titled, story))
    best = best[np.r_[True, story[best][1:] != story[best][:-1]]].tolist()
    # articles by date (undated last), then by position; each story's slice of them
    undated = np.array([not e.date for e in feed])
    ranked = np.lexsort((position, undated, story))
    bounds = np.flatnonzero(np.r_[True, story[ranked][1:] != story[ranked][:-1], True]).tolist()
    dated_count = np.bincount(story, weights=~undated, minlength=count).astype(np.int64).tolist()
    ranked_list = ranked.tolist()
    original = np.asarray(order, dtype=np.int64)[ranked].tolist()
    # the heaviest 20 terms of each story (by weight, then term number): cells by story, then by
    # their rank by weight (ties in term order, as the cells come)
    cell_story, cell_term = cell // vocab, cell % vocab
    by_weight = np.empty(len(cell), dtype=np.int64)
    by_weight[np.argsort(-centre, kind="stable")] = np.arange(len(cell))
    heavy = np.argsort(cell_story * len(cell) + by_weight)
    starts = np.flatnonzero(np.r_[True, cell_story[heavy][1:] != cell_story[heavy][:-1]])
    place = np.arange(len(heavy)) - np.repeat(starts, np.diff(np.r_[starts, len(heavy)]))
    top = heavy[place < 20]
    vocabulary = vectors.vocabulary
    terms: list[list[str]] = [[] for _ in range(count)]
    for s, t in zip(cell_story[top].tolist(), cell_term[top].tolist()):
        terms[s].append(vocabulary[t])
    day = [feed[k].date[:10] for k in ranked_list]
    outlet = [feed[k].outlet.strip() for k in ranked_list]
    stories = []
    for s in range(count):
        lo, hi = bounds[s], bounds[s + 1]
        a = feed[best[s]]
        first = feed[ranked_list[lo]]
        ident = first.id or (first.digest or b"").hex()
        dated = day[lo: lo + dated_count[s]]
        stories.append(Story(id="s" + hashlib.sha1(ident.encode("utf-8", "surrogatepass")).hexdigest()[:10],
                             title=" ".join(a.title.split()) or a.fallback, articles=tuple(original[lo:hi]),
                             start=min(dated) if dated else "", end=max(dated) if dated else "",
                             outlets=tuple(dict.fromkeys(filter(None, outlet[lo:hi]))), terms=tuple(terms[s])))
    neg = {end: _neg(end) for end in {st.end for st in stories}}
    stories.sort(key=lambda st: (-len(st.articles), neg[st.end], st.id))
    return stories


def _canonical_order(entries: Sequence[FeedEntry]) -> list[int]:
    def key(k: int) -> tuple:
        e = entries[k]
        return (e.date or "\uffff", e.id, e.digest, k)

    return sorted(range(len(entries)), key=key)


def _check(articles: Sequence[Article]) -> None:
    if not isinstance(articles, (list, tuple)):
        raise InputError("articles", f"expected a list of Article, got {type(articles).__name__}")
    for k, a in enumerate(articles):
        if not isinstance(a, Article):
            raise InputError(f"articles[{k}]", f"expected an Article, got {type(a).__name__}")


def group_stories(articles: Sequence[Article], *, language: str = "english", threshold: float | None = None,
                  grouper: StoryGrouper | None = None, runner: Runner | None = None) -> list[Story]:
    """Group a feed of articles into stories.

    Args:
        articles: the feed (any order; the result does not depend on it).
        language: the articles' language.
        threshold: how similar two groups must be to join (default 0.07; higher splits more).
        grouper: a configured :class:`StoryGrouper` (then ``language`` and ``threshold`` are ignored).
        runner: reads half of a large feed beside this process, e.g.
            ``briefing.parallel.ForkRunner(min_cost=PARALLEL_MIN_ARTICLES)`` (Linux; the same
            result). The default runs everything here, which is what a program with threads needs.

    Returns:
        The stories, biggest first; ``story.articles`` index into ``articles``.

    Raises:
        InputError: ``articles`` is not a list of articles.
    """
    if grouper is None:
        grouper = StoryGrouper(language=language) if threshold is None else \
            StoryGrouper(language=language, threshold=threshold)
    return grouper.run(articles, runner=runner)
