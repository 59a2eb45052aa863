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
from typing import Sequence

import numpy as np

from ..model import Point, Sentence
from .merge import clarity
from .scoring import inside_quotation

_QUOTE_OPEN = "\"“„«‘'"


@dataclass
class Selection:
    """What :meth:`Selector.select` chose: indices into the list of points."""

    bottom_line: list[int] = field(default_factory=list)
    body: list[int] = field(default_factory=list)  # best first, not in the bottom line


class PointScorer:
    """Scores points from sentence scores, corroboration and position.

    Parameters:
        importance, corroboration, position: weights of the three parts (they need not sum to 1).
    """

    def __init__(self, importance: float = 0.6, corroboration: float = 0.3, position: float = 0.1) -> None:
        self.importance = importance
        self.corroboration = corroboration
        self.position = position

    def score(self, points: Sequence[Point], groups: Sequence[Sequence[int]], sentence_scores: np.ndarray,
              sentences: Sequence[Sentence], n_outlets: int) -> np.ndarray:
        """One score per point, higher is better; also stored in ``Point.score``.

        Args:
            points: the merged points.
            groups: per point, the sentence indices behind it.
            sentence_scores: the scoring engine's importance per sentence.
            sentences: the sentences the groups index.
            n_outlets: distinct outlets in the whole story.
        """
        s = np.asarray(sentence_scores, dtype=np.float64)
        if len(s):
            s = np.nan_to_num(s, nan=0.0, posinf=0.0, neginf=0.0)
            lo, hi = float(s.min()), float(s.max())
            s = (s - lo) / (hi - lo) if hi > lo else np.ones_like(s)
        denom = math.log1p(n_outlets) if n_outlets > 1 else 0.0
        out = np.zeros(len(points))
        for k, (p, g) in enumerate(zip(points, groups)):
            imp = max((float(s[i]) for i in g), default=0.0)
            corr = math.log1p(p.outlets) / denom if denom else 0.0
            first = min((sentences[i].index for i in g), default=0)
            pos = 1.0 / math.sqrt(1.0 + first)
            out[k] = self.importance * imp + self.corroboration * min(corr, 1.0) + self.position * pos
            p.score = round(float(out[k]), 6)
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


def fit_to_stand_alone(text: str, n_words: int, min_words: int = 6) -> bool:
    """A point must read on its own: enough words, a full sentence, not a question or caption."""
    t = text.strip().rstrip("\"”’'»)")
    if n_words < min_words or t.endswith("?") or inside_quotation(text):
        return False  # too short, a question, or a piece of a quotation that spans sentences
    return clarity(text) >= 0.6


class Selector:
    """Chooses the points of the page: best score first, with maximal marginal relevance.

    Point vectors (every carrying sentence's tf-idf row summed) decide redundancy.

    Parameters:
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

    def __init__(self, max_points: int = 24, max_words: int = 650, max_similarity: float = 0.5,
                 redundancy: float = 0.8, bottom_line: int = 3, bottom_line_similarity: float = 0.2,
                 bottom_line_exclusion: float = 0.3, pool_factor: int = 10) -> None:
        self.bottom_line_similarity = bottom_line_similarity
        self.bottom_line_exclusion = bottom_line_exclusion
        self.max_points = max_points
        self.max_words = max_words
        self.max_similarity = max_similarity
        self.redundancy = redundancy
        self.bottom_line = bottom_line
        self.pool_factor = pool_factor

    def select(self, points: Sequence[Point], groups: Sequence[Sequence[int]], sentences: Sequence[Sentence],
               rep, n_words: Sequence[int] | None = None) -> Selection:
        """Choose the bottom line and the body points.

        Args:
            points: scored points (``Point.score`` set).
            groups: per point, its sentence indices, representative first.
            sentences: the sentences.
            rep: the :class:`~briefing.engine.represent.Representation` (for cosine similarity).
            n_words: words per sentence (default ``rep.n_words``).
        """
        if not points or self.max_points <= 0:
            return Selection()
        nw = rep.n_words if n_words is None else n_words
        order = sorted(range(len(points)), key=lambda k: (-points[k].score, groups[k][0]))
        # the best points fit to stand alone, as many as the pool takes (the pool is larger than
        # the counts ``pick_bottom_line`` tells apart, so ``available`` needs no more)
        size = max(self.pool_factor * self.max_points, 50)
        fit = list(islice((k for k in order if fit_to_stand_alone(points[k].text, int(nw[groups[k][0]]))), size))
        if not fit:  # a story of fragments: take the best point anyway
            fit = order[:1]
        pool = fit[:size]
        from .cluster import point_vectors

        x = point_vectors([groups[k] for k in pool], rep)
        sim = x @ x.T if len(pool) else np.zeros((0, 0))
        score = np.array([points[k].score for k in pool])
        where = {k: c for c, k in enumerate(pool)}
        # 1. the bottom line, from the best points
        head = pool[:max(30, 5 * self.bottom_line)]
        bottom = self.pick_bottom_line(head, points, groups, sentences,
                                       similarity=lambda k, j: float(sim[where[k], where[j]]),
                                       available=len(fit))
        kept, used = [], 0
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

    def pick_bottom_line(self, chosen: Sequence[int], points: Sequence[Point], groups: Sequence[Sequence[int]],
                         sentences: Sequence[Sentence], similarity, available: int | None = None) -> list[int]:
        """Two or three of ``chosen`` that carry the story, in the order they should be read.

        Ranked by ``0.5 * score/best + 0.3 * lead-likeness + 0.2 * corroboration``; a point
        whose ``similarity(k, j)`` (cosine of point vectors) with one already picked exceeds
        ``bottom_line_similarity`` is skipped, so the lines say different things (what happened,
        who, what follows) rather than the same toll three times.  Three lines only when the
        story has enough points and the third is strong.
        """
        if not chosen:
            return []
        n = len(chosen) if available is None else available
        target = 1 if n <= 2 else (2 if n <= 5 else self.bottom_line)
        target = min(target, self.bottom_line)
        best = max(points[k].score for k in chosen) or 1.0
        most = max(points[k].outlets for k in chosen) or 1

        def value(k: int) -> float:
            p = points[k]
            corr = math.log1p(p.outlets) / math.log1p(most) if most > 1 else 0.0
            return 0.5 * p.score / best + 0.3 * lead_likeness(p, groups[k], sentences) + 0.2 * corr

        ranked = sorted(chosen, key=lambda k: (-value(k), groups[k][0]))
        picked: list[int] = []
        for k in ranked:
            if len(picked) >= target:
                break
            if any(similarity(k, j) > self.bottom_line_similarity for j in picked):
                continue
            if len(picked) == 2 and value(k) < 0.6 * value(picked[0]):
                break
            picked.append(k)
        if not picked:
            picked = ranked[:1]
        return picked
