"""Score points, choose the ones that fit the page without repeating each other, and pick the
bottom line.

A point's score combines three things (:class:`PointScorer`):

* **importance**: the best scoring-engine score among the sentences that carry it (scaled to
  [0, 1] over the story);
* **corroboration**: how many outlets carry it, ``log(1 + outlets) / log(1 + all outlets)``;
* **position**: how early it comes in its articles (``1 / sqrt(1 + index)`` of its earliest
  sentence): news puts what matters first.

:class:`Selector` then walks the points from the best down, skipping points that are not fit to
stand alone (fragments, questions, captions) and points too similar to one already taken, until
``max_points`` points or ``max_words`` words are chosen.  The bottom line is the two or three
chosen points that best say what happened: lead-like (early in their articles), widely carried,
not bare quotations, and different from each other; they are not repeated in the topics.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from itertools import islice
from typing import Callable, Sequence

import numpy as np

from ..errors import InputError, check_number
from ..model import Point, Sentence
from .merge import clarity
from .scoring import inside_quotation
from .story import Candidate

_QUOTE_OPEN = "\"“„«‘'"


@dataclass
class Selection:
    """What :meth:`Selector.run` chose: indices into the list of candidates."""

    bottom_line: list[int] = field(default_factory=list)
    body: list[int] = field(default_factory=list)  # best first, not in the bottom line


@dataclass(frozen=True)
class PointScorer:
    """Scores candidate points from sentence scores, corroboration and position.

    Attributes:
        importance: weight of the best sentence score among the point's sentences.
        corroboration: weight of how many outlets carry the point.
        position: weight of how early the point comes in its articles.
        (The weights need not sum to 1; each must be a number >= 0.)
    """

    importance: float = 0.6
    corroboration: float = 0.3
    position: float = 0.1

    def __post_init__(self) -> None:
        for name in ("importance", "corroboration", "position"):
            check_number(name, getattr(self, name), low=0)

    def run(self, candidates: Sequence[Candidate], sentence_scores: np.ndarray, sentences: Sequence[Sentence],
            n_outlets: int, outlet_of: Sequence[str] | None = None) -> list[Candidate]:
        """The candidates with their scores (higher is better, rounded to 6 places).

        Args:
            candidates: the merged points with their sentences.
            sentence_scores: the scoring engine's importance per sentence.
            sentences: the sentences the candidates' members index.
            n_outlets: distinct outlets in the whole story (with ``outlet_of``: distinct keys).
            outlet_of: per article, its :func:`~briefing.model.outlet_key`.  When given,
                corroboration counts the distinct keys of a point's articles, so that articles
                without an outlet (each its own key) still tell how widely a fact is carried;
                the page's outlet counts never count them.

        Returns:
            New candidates, in the same order; nothing given is changed.
        """
        s = np.asarray(sentence_scores, dtype=np.float64)
        if len(s):
            s = np.nan_to_num(s, nan=0.0, posinf=0.0, neginf=0.0)
            lo, hi = float(s.min()), float(s.max())
            s = (s - lo) / (hi - lo) if hi > lo else np.ones_like(s)
        denom = math.log1p(n_outlets) if n_outlets > 1 else 0.0
        out = []
        for c in candidates:
            g = c.members
            imp = max((float(s[i]) for i in g), default=0.0)
            voices = c.point.outlets if outlet_of is None else len({outlet_of[sentences[i].article] for i in g})
            corr = math.log1p(voices) / denom if denom else 0.0
            first = min((sentences[i].index for i in g), default=0)
            pos = 1.0 / math.sqrt(1.0 + first)
            value = self.importance * imp + self.corroboration * min(corr, 1.0) + self.position * pos
            out.append(c._replace(score=round(float(value), 6)))
        return out


def lead_likeness(point: Point, group: Sequence[int], sentences: Sequence[Sentence]) -> float:
    """How much a point reads like a news lead (what happened, who): 1.0 for a first sentence,
    less further down; halved for a bare quotation, zero for a question."""
    text = point.text.strip()
    if text.rstrip("\"”’'»").endswith("?"):
        return 0.0
    first = min(sentences[i].index for i in group)
    value = 1.0 / (1.0 + 0.5 * first)
    if text[:1] in _QUOTE_OPEN:
        value *= 0.5
    return value


class RunOnText(InputError):
    """No sentence of the story can be a point: the text runs on without sentence ends.

    Attributes:
        article: the article (the story's numbering) of the best-scored run-on block, -1 if none.
    """

    def __init__(self, article: int, where: str = "articles") -> None:
        super().__init__(where, f"no sentence to brief: the text runs on without sentence ends "
                                f"(more than {MAX_POINT_WORDS} words between full stops)")
        self.article = article

    def __reduce__(self):  # crosses process pools (digest workers) whole
        return (RunOnText, (self.article, self.where))


OFF_TOPIC = 0.5  # a bottom line after the first is about at least half as much of the story


def _topicality(rep, groups: Sequence[Sequence[int]]) -> Callable[[int], float] | None:
    """How much of the story candidate ``k`` is about: the mean, over the content words of its
    representative sentence, of the share of the story's articles that use the word.  None when
    the story has fewer than three articles (every word is then in most of them)."""
    df = getattr(rep, "df_articles", None)
    if df is None or not len(getattr(rep, "article", ())):
        return None
    n_articles = int(rep.article.max()) + 1
    if n_articles < 3:
        return None
    cache: dict[int, float] = {}

    def value(k: int) -> float:
        if k not in cache:
            cols, _ = rep.row(int(groups[k][0]))
            cache[k] = float(np.mean(df[cols])) / n_articles if len(cols) else 0.0
        return cache[k]

    return value


MAX_POINT_WORDS = 120  # longer "sentences" are text without sentence ends (lists, tables, dumps)


def fit_to_stand_alone(text: str, n_words: int, min_words: int = 6) -> bool:
    """A point must read on its own: enough words but not a run-on block of :data:`MAX_POINT_WORDS`
    or more, a full sentence, not a question or caption."""
    t = text.strip().rstrip("\"”’'»)")
    if n_words < min_words or n_words > MAX_POINT_WORDS or t.endswith("?") or inside_quotation(text):
        return False  # too short or run-on, a question, or a piece of a quotation over sentences
    return clarity(text) >= 0.6


@dataclass(frozen=True)
class Selector:
    """Chooses the points of the page: best score first, with maximal marginal relevance.

    Point vectors (every carrying sentence's tf-idf row summed) decide redundancy.

    Attributes:
        max_points: most points on the page, bottom line included.
        max_words: word budget for all chosen points (the point that crosses it is kept).
        max_similarity: a point whose cosine with a chosen one exceeds this is left out.
        redundancy: maximal marginal relevance: each candidate's score is lowered by this times
            its highest cosine with a chosen point, so the page does not say one thing five times.
        bottom_line: how many bottom-line points at most (two or three; fewer for tiny stories).
        bottom_line_similarity: bottom-line points are at most this similar to each other.
        bottom_line_exclusion: a body point more similar than this to a bottom-line point is
            left out (the topics do not restate the bottom line).
        pool_factor: only the ``pool_factor * max_points`` best points are considered.
    """

    max_points: int = 24
    max_words: int = 650
    max_similarity: float = 0.5
    redundancy: float = 0.8
    bottom_line: int = 3
    bottom_line_similarity: float = 0.2
    bottom_line_exclusion: float = 0.3
    pool_factor: int = 10

    def __post_init__(self) -> None:
        for name in ("max_points", "max_words", "bottom_line"):
            check_number(name, getattr(self, name), low=0, whole=True)
        check_number("pool_factor", self.pool_factor, low=1, whole=True)
        for name in ("max_similarity", "redundancy", "bottom_line_similarity", "bottom_line_exclusion"):
            check_number(name, getattr(self, name))

    def run(self, candidates: Sequence[Candidate], sentences: Sequence[Sentence], rep,
            n_words: Sequence[int] | None = None, furniture: frozenset[int] = frozenset()) -> Selection:
        """Choose the bottom line and the body points.

        Args:
            candidates: scored candidates (:class:`PointScorer`), members representative first.
            sentences: the sentences the members index.
            rep: the :class:`~briefing.engine.represent.Representation` (for cosine similarity).
            n_words: words per sentence (default ``rep.n_words``).
            furniture: sentences that are a site's furniture (:mod:`briefing.engine.furniture`);
                a candidate they represent is never chosen.

        Returns:
            The :class:`Selection`, indices into ``candidates``.
        """
        if not candidates or self.max_points <= 0:
            return Selection()
        points = [c.point for c in candidates]
        groups = [c.members for c in candidates]
        scores = [c.score for c in candidates]
        nw = rep.n_words if n_words is None else n_words
        order = sorted(range(len(points)), key=lambda k: (-scores[k], groups[k][0]))
        # the best points fit to stand alone, as many as the pool takes (the pool is larger than
        # the counts ``pick_bottom_line`` tells apart, so ``available`` needs no more)
        size = max(self.pool_factor * self.max_points, 50)
        fit = list(islice((k for k in order if groups[k][0] not in furniture
                           and fit_to_stand_alone(points[k].text, int(nw[groups[k][0]]))), size))
        if not fit:  # a story of fragments: take the best point anyway, unless it is a run-on block
            fit = [k for k in order if int(nw[groups[k][0]]) <= MAX_POINT_WORDS][:1]
        if not fit:
            raise RunOnText(sentences[groups[order[0]][0]].article if order else -1)
        pool = fit[:size]
        from .cluster import point_vectors

        x = point_vectors([groups[k] for k in pool], rep)
        sim = x @ x.T if len(pool) else np.zeros((0, 0))
        score = np.array([scores[k] for k in pool])
        where = {k: c for c, k in enumerate(pool)}
        # 1. the bottom line, from the best points
        head = pool[:max(30, 5 * self.bottom_line)]
        bottom = self.pick_bottom_line(head, candidates, sentences,
                                       similarity=lambda k, j: float(sim[where[k], where[j]]),
                                       available=len(fit), topicality=_topicality(rep, groups))
        kept: list[int] = []
        used = 0
        for k in bottom[:max(self.max_points, 0)]:  # the bottom line too keeps to the word budget
            if kept and used >= self.max_words:
                break
            kept.append(k)
            used += int(nw[groups[k][0]])
        bottom = kept
        # 2. the body by maximal marginal relevance; nothing that restates the bottom line
        closest = np.zeros(len(pool))  # highest similarity to a chosen point
        alive = np.ones(len(pool), dtype=bool)
        chosen_pos: list[int] = []
        words = 0
        for k in bottom:
            c = where[k]
            chosen_pos.append(c)
            alive[c] = False
            words += int(nw[groups[k][0]])
            closest = np.maximum(closest, sim[c])
        alive &= closest <= self.bottom_line_exclusion
        while alive.any() and len(chosen_pos) < self.max_points and words < self.max_words:
            value = np.where(alive, score - self.redundancy * closest, -np.inf)
            c = int(np.argmax(value))  # ties: the better-ranked point (pool is in rank order)
            chosen_pos.append(c)
            alive[c] = False
            words += int(nw[groups[pool[c]][0]])
            closest = np.maximum(closest, sim[c])
            alive &= closest <= self.max_similarity
        body = [pool[c] for c in chosen_pos[len(bottom):]]
        return Selection(bottom_line=list(bottom), body=body)

    def pick_bottom_line(self, chosen: Sequence[int], candidates: Sequence[Candidate], sentences: Sequence[Sentence],
                         similarity: Callable[[int, int], float], available: int | None = None,
                         topicality: Callable[[int], float] | None = None) -> list[int]:
        """Two or three of ``chosen`` that carry the story, in the order they should be read.

        Ranked by ``0.5 * score/best + 0.3 * lead-likeness + 0.2 * corroboration``; a point
        whose ``similarity(k, j)`` (cosine of point vectors) with one already picked exceeds
        ``bottom_line_similarity`` is skipped, so the lines say different things (what happened,
        who, what follows) rather than the same toll three times.  Three lines only when the
        story has enough points and the third is strong.

        Args:
            chosen: indices into ``candidates`` to pick from, best first.
            candidates: the scored candidates.
            sentences: the sentences their members index.
            similarity: ``similarity(k, j)``, the cosine of two candidates' point vectors.
            available: how many points fit to stand alone (default ``len(chosen)``).
            topicality: how much of the story a candidate is about (:func:`_topicality`); after
                the first line, a candidate below :data:`OFF_TOPIC` of the best line's is skipped
                (a roundup article's item on fuel prices in a typhoon story).

        Returns:
            Indices into ``candidates``, in reading order.
        """
        if not chosen:
            return []
        n = len(chosen) if available is None else available
        target = 1 if n <= 2 else (2 if n <= 5 else self.bottom_line)
        target = min(target, self.bottom_line)
        best = max(candidates[k].score for k in chosen) or 1.0
        most = max(candidates[k].point.outlets for k in chosen) or 1

        def value(k: int) -> float:
            p, members, score = candidates[k]
            corr = math.log1p(p.outlets) / math.log1p(most) if most > 1 else 0.0
            return 0.5 * score / best + 0.3 * lead_likeness(p, members, sentences) + 0.2 * corr

        ranked = sorted(chosen, key=lambda k: (-value(k), candidates[k].members[0]))
        picked: list[int] = []
        for k in ranked:
            if len(picked) >= target:
                break
            if any(similarity(k, j) > self.bottom_line_similarity for j in picked):
                continue
            if picked and topicality is not None and topicality(k) < OFF_TOPIC * topicality(picked[0]):
                continue
            if len(picked) == 2 and value(k) < 0.6 * value(picked[0]):
                break
            picked.append(k)
        if not picked:
            picked = ranked[:1]
        return picked
