"""What the engine's stages share: the :class:`Options` of a run, the :class:`Story` being briefed
and the :class:`Candidate` points they pass along.

A story is read once (:meth:`Story.read`): its articles are put in a canonical order (date,
outlet, headline, URL, text), so the briefing does not depend on the order the caller gave them
in, and split into sentences, at most :data:`~briefing.engine.budget.MAX_STORY_SENTENCES` of them
(:mod:`briefing.engine.budget`). Every stage reads the story and returns its own result; nothing is
changed in place.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from operator import attrgetter
from typing import TYPE_CHECKING, Mapping, NamedTuple, Sequence

from ..errors import OptionError, check_number
from ..model import Article, Point, Sentence, count_outlets, outlet_key

if TYPE_CHECKING:  # pragma: no cover
    from .represent import Representation

__all__ = ["Options", "Story", "Candidate", "canonical_order"]


@dataclass(frozen=True)
class Options:
    """What a caller asks of one briefing (checked when made).

    Attributes:
        algorithm: sentence scoring, one of :data:`briefing.engine.summarize.ALGORITHMS`.
        language: language of the articles (stemmer, stop words, sentence splitting).
        title: the briefing's title; ``None`` (or blank) lets the engine choose one.
        max_points: most points on the page, bottom line included (``>= 0``).
        max_words: word budget of all points together (``>= 0``).

    Raises:
        OptionError: a value that is not allowed (``where`` names the parameter).
    """

    algorithm: str = "default"
    language: str = "english"
    title: str | None = None
    max_points: int = 24
    max_words: int = 650

    def __post_init__(self) -> None:
        from .summarize import check_algorithm

        check_algorithm(self.algorithm)
        if not isinstance(self.language, str) or not self.language.strip():
            raise OptionError("language", f"must be a language name, got {self.language!r}")
        if self.title is not None and not isinstance(self.title, str):
            raise OptionError("title", f"must be text or None, got {type(self.title).__name__}")
        check_number("max_points", self.max_points, low=0, whole=True)
        check_number("max_words", self.max_words, low=0, whole=True)


class Candidate(NamedTuple):
    """A point that may reach the page, with the sentences behind it.

    Attributes:
        point: the point as merged (its representative citation; ``point.score`` is not used).
        members: indices into :attr:`Story.sentences`, representative first.
        score: the point's score (set by :class:`~briefing.engine.select.PointScorer`).
    """

    point: Point
    members: Sequence[int]
    score: float = 0.0


def canonical_order(articles: Sequence[Article]) -> list[int]:
    """The caller's indices of ``articles`` in canonical order (date, outlet, headline, URL, text).

    Args:
        articles: the articles in the caller's order.

    Returns:
        ``order`` with ``order[position] == caller's index``.
    """
    def key(k: int) -> tuple:
        a = articles[k]
        digest = hashlib.sha1(a.text.encode("utf-8", "surrogatepass")).hexdigest()
        return (a.date, a.outlet, a.title, a.url, digest, a.author, a.origin, k)

    return sorted(range(len(articles)), key=key)


@dataclass(frozen=True)
class Story:
    """One story on its way through the engine.

    Attributes:
        articles: the articles in the caller's order (source ``k`` is ``articles[k - 1]``).
        options: what the caller asked for.
        order: canonical position -> the caller's index (``canon[p] is articles[order[p]]``).
        canon: the articles in canonical order; the engine's stages number articles this way.
        sentences: every sentence of :attr:`canon` (within the story budget), numbered canonically.
        rep: the sentences' representation, once :meth:`represented` has made it.
        ends: for the articles the story budget cut (canonical index), where their last kept
            sentence ends; empty for a story within the budget.
    """

    articles: Sequence[Article]
    options: Options
    order: Sequence[int]
    canon: Sequence[Article]
    sentences: Sequence[Sentence]
    rep: Representation | None = None
    ends: Mapping[int, int] = field(default_factory=dict)

    @classmethod
    def read(cls, articles: Sequence[Article], options: Options) -> Story:
        """Put ``articles`` in canonical order and split them into sentences (at most
        :data:`~briefing.engine.budget.MAX_STORY_SENTENCES`, with an ``InputWarning`` when cut).

        Args:
            articles: the articles, in the caller's order.
            options: the run's options (``language`` chooses the sentence splitter).

        Returns:
            The story, without its representation yet.
        """
        from .budget import read_within

        order = canonical_order(articles)
        canon = [articles[k] for k in order]
        sentences, ends = read_within(canon, options.language)
        return cls(articles=articles, options=options, order=order, canon=canon, sentences=sentences, ends=ends)

    @property
    def read_articles(self) -> list[Article]:
        """The articles in the caller's order, each as far as the story budget read it: an article
        the budget cut ends after its last kept sentence (the same characters at the same offsets,
        so every span stays exact in the whole article); the others are the caller's objects."""
        out = list(self.articles)
        for a, end in self.ends.items():
            k = self.order[a]
            out[k] = replace(out[k], text=out[k].text[:end])
        return out

    @property
    def caller_sentences(self) -> list[Sentence]:
        """The sentences numbered as the caller numbers the articles (sorted by article and
        position), for the cross-source analysis; made when asked for (in the forked analysis,
        so the main process never holds both numberings)."""
        order = self.order
        caller = [Sentence(s.text, order[s.article], s.paragraph, s.index, s.start, s.end) for s in self.sentences]
        caller.sort(key=attrgetter("article", "index"))
        return caller

    @property
    def representation(self) -> Representation:
        """The representation :meth:`represented` made (an error before it is made)."""
        if self.rep is None:
            raise RuntimeError("the story's sentences are not represented yet (call represented())")
        return self.rep

    def represented(self) -> Story:
        """This story with its sentences' representation (tf-idf, terms, tokens) made."""
        from .represent import represent

        return replace(self, rep=represent(list(self.sentences), self.options.language))

    @property
    def n_outlets(self) -> int:
        """How many distinct outlets tell the story (an article without one counts alone)."""
        return count_outlets(outlet_key(self.canon, a) for a in range(len(self.canon)))
