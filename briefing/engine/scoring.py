"""Sentence importance and extractive selection for multi-document news.

One signature for every algorithm (sumy-style, one registry)::

    score(rep, sentences, articles, algorithm="default") -> np.ndarray   # higher is better
    select(rep, sentences, articles, words, algorithm="default") -> list[int]

Everything is vectorised over the shared :class:`~briefing.engine.represent.Representation`
(numpy only, linear in the number of stored entries; no dense sentence-by-sentence matrix).

Own algorithms:

``concepts`` (the default): ICSI-style integer linear programme (Gillick & Favre 2009): concepts are
    stemmed bigrams (not made only of stop words), weighted by how many articles carry them; choose
    whole sentences that maximise the total weight of the distinct concepts they cover under the word
    budget. Solved exactly with HiGHS (``highspy``) on a pruned candidate set.
``centroid``: cosine of each sentence with the tf-idf centroid of the story (Radev et al.).
``centrality``: continuous LexRank computed through the factorisation S = X Xᵀ, so each power
    iteration costs two sparse products instead of a quadratic similarity matrix.
``position``: the lead of each article first.
"""

from __future__ import annotations

import math
import os
import sys
from dataclasses import dataclass
from typing import Callable, Sequence

import numpy as np

from ..errors import BriefingError
from ..model import Article, Sentence
from .represent import Representation

# --------------------------------------------------------------------------------------------
# sentence filters


_QUOTE_CHARS = "\"“”«»„"


def eligible(rep: Representation, sentences: Sequence[Sentence], min_words: int = 8) -> np.ndarray:
    """Boolean mask of sentences fit to stand in a summary.

    Drops sentences shorter than ``min_words`` words, questions, and sentences that open with a
    quotation mark (a bare quote reads badly out of context). When that would leave fewer than
    three sentences, the mask falls back to every sentence with at least one content word.
    """
    n = len(sentences)
    mask = np.zeros(n, dtype=bool)
    for i, s in enumerate(sentences):
        t = s.text.strip()
        if rep.n_words[i] < min_words or not rep.terms[i]:
            continue
        if t.endswith("?") or t.endswith("?\"") or t.endswith("?”"):
            continue
        if t[:1] in _QUOTE_CHARS:
            continue
        mask[i] = True
    if mask.sum() < min(3, n):
        mask = np.array([bool(t) for t in rep.terms], dtype=bool)
        if not mask.any():
            mask[:] = True
    return mask


def position_prior(rep: Representation) -> np.ndarray:
    """1 for the first sentence of an article, decaying smoothly (``1 / sqrt(1 + index)``)."""
    return 1.0 / np.sqrt(1.0 + rep.position.astype(np.float64))


# --------------------------------------------------------------------------------------------
# concept weights


def concept_weights(rep: Representation, min_df: int | None = None) -> np.ndarray:
    """Weight per concept: the number of articles carrying it, zero below ``min_df`` articles.

    ``min_df`` defaults to 3 for stories of ten or more articles, 2 for 3-9 articles. For one or
    two articles (where document frequency says nothing) the weight is the number of sentences
    carrying the concept, kept from 2 up.
    """
    n_c = len(rep.concept_vocab)
    if n_c == 0:
        return np.zeros(0)
    n_art = rep.n_articles
    if n_art >= 3:
        w = rep.concept_df.astype(np.float64)
        if min_df is None:
            min_df = 3 if n_art >= 10 else 2
    else:
        w = np.bincount(rep.concept_indices, minlength=n_c).astype(np.float64)
        if min_df is None:
            min_df = 2
    w[w < min_df] = 0.0
    return w


def _concept_coo(rep: Representation) -> tuple[np.ndarray, np.ndarray]:
    rows = np.repeat(np.arange(rep.n_sentences), np.diff(rep.concept_indptr))
    return rows, rep.concept_indices


def concept_scores(rep: Representation, weights: np.ndarray | None = None) -> np.ndarray:
    """Total weight of the distinct concepts in each sentence."""
    if weights is None:
        weights = concept_weights(rep)
    rows, cols = _concept_coo(rep)
    if len(cols) == 0:
        return np.zeros(rep.n_sentences)
    return np.bincount(rows, weights=weights[cols], minlength=rep.n_sentences)


# --------------------------------------------------------------------------------------------
# scores


def centroid_scores(rep: Representation) -> np.ndarray:
    """Cosine of each sentence with the story centroid, keeping the centroid's top terms only."""
    c = rep.centroid()
    if len(c) > 100:  # Radev's centroid keeps the salient words; the rest is noise
        cut = np.partition(c, -100)[-100]
        c = np.where(c >= cut, c, 0.0)
    return rep.similarities(c)


def centrality_scores(rep: Representation, damping: float = 0.85, iterations: int = 50,
                      tol: float = 1e-9) -> np.ndarray:
    """Continuous LexRank (PageRank over cosine similarity) in O(iterations x nnz).

    With unit tf-idf rows X, the similarity matrix is S = X Xᵀ (self-similarity removed), so
    ``S v = X (Xᵀ v) - v`` is computed without building S.
    """
    n = rep.n_sentences
    if n == 0:
        return np.zeros(0)
    has = np.diff(rep.indptr) > 0

    def smul(v: np.ndarray) -> np.ndarray:
        return rep.matvec(rep.rmatvec(v)) - v * has

    deg = smul(np.ones(n))
    deg = np.where(deg > 1e-12, deg, 1.0)
    p = np.full(n, 1.0 / n)
    for _ in range(iterations):
        new = (1.0 - damping) / n + damping * smul(p / deg)
        new /= new.sum()
        if np.abs(new - p).sum() < tol:
            p = new
            break
        p = new
    return p * n


def _minmax(x: np.ndarray) -> np.ndarray:
    if len(x) == 0:
        return x
    lo, hi = float(x.min()), float(x.max())
    return (x - lo) / (hi - lo) if hi > lo else np.zeros_like(x)


def default_scores(rep: Representation) -> np.ndarray:
    """Importance for the briefing: concept coverage density, centroid, centrality, position.

    Each part is min-max scaled to [0, 1]; concept weight is divided by the square root of the
    sentence length so long sentences do not win on length alone.
    """
    length = np.maximum(rep.n_words, 1).astype(np.float64)
    conc = _minmax(concept_scores(rep) / np.sqrt(length))
    cent = _minmax(centroid_scores(rep))
    lex = _minmax(centrality_scores(rep))
    pos = position_prior(rep)
    return 0.4 * conc + 0.25 * cent + 0.15 * lex + 0.2 * pos


_SCORERS: dict[str, Callable[[Representation], np.ndarray]] = {
    "default": default_scores,
    "concepts": lambda rep: concept_scores(rep) / np.sqrt(np.maximum(rep.n_words, 1)),
    "centroid": centroid_scores,
    "centrality": centrality_scores,
    "position": position_prior,
}

#: Names of the algorithms this module implements (sumy's live in ``sumy_backend``).
OWN_ALGORITHMS: tuple[str, ...] = ("default", "concepts", "centroid", "centrality", "position")


def _check(algorithm: str) -> str:
    if algorithm not in _SCORERS:
        raise BriefingError("--algorithm", f"unknown algorithm {algorithm!r}; "
                                           f"choose one of {', '.join(OWN_ALGORITHMS)}")
    return algorithm


def score(rep: Representation, sentences: Sequence[Sentence], articles: Sequence[Article],
          algorithm: str = "default") -> np.ndarray:
    """Importance of every sentence (higher is better), deterministic.

    Args:
        rep: the representation of ``sentences`` (from :func:`represent`).
        sentences: the sentences, in the order ``rep`` was built from.
        articles: the articles the sentences point into.
        algorithm: one of :data:`OWN_ALGORITHMS`.
    """
    fn = _SCORERS[_check(algorithm)]
    if rep.n_sentences == 0:
        return np.zeros(0)
    return np.asarray(fn(rep), dtype=np.float64)


# --------------------------------------------------------------------------------------------
# selection


def _print_order(idx: Sequence[int], sentences: Sequence[Sentence],
                 articles: Sequence[Article]) -> list[int]:
    """Order chosen sentences for reading: by article date (undated last), article, position."""
    def key(i: int) -> tuple:
        s = sentences[i]
        date = articles[s.article].date if 0 <= s.article < len(articles) else ""
        return (date == "", date[:10], s.article, s.index)

    return sorted(idx, key=key)


def cut_to_budget(order: Sequence[int], n_words: np.ndarray, words: int) -> list[int]:
    """Whole sentences in ``order`` up to and including the first that brings the total to ``words``."""
    out: list[int] = []
    total = 0
    for i in order:
        if total >= words:
            break
        out.append(int(i))
        total += int(n_words[i])
    return out


def greedy_select(rep: Representation, scores: np.ndarray, words: int, mask: np.ndarray,
                  max_sim: float = 0.5) -> list[int]:
    """Highest-scoring sentences first, skipping any with cosine > ``max_sim`` to one already taken,
    until the chosen sentences reach ``words`` words."""
    order = np.lexsort((np.arange(len(scores)), -scores))
    chosen: list[int] = []
    total = 0
    for i in order:
        if total >= words:
            break
        if not mask[i]:
            continue
        if any(rep.cosine(int(i), j) > max_sim for j in chosen):
            continue
        chosen.append(int(i))
        total += int(rep.n_words[i])
    return chosen


_HIGHS_BANNER_SHOWN = False


def _new_highs():
    """A silent HiGHS instance (its C++ constructor prints a banner once per process)."""
    global _HIGHS_BANNER_SHOWN
    import highspy

    if _HIGHS_BANNER_SHOWN:
        h = highspy.Highs()
    else:
        _HIGHS_BANNER_SHOWN = True
        try:
            sys.stdout.flush()
            fd = os.dup(1)
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, 1)
            try:
                h = highspy.Highs()
            finally:
                os.dup2(fd, 1)
                os.close(fd)
                os.close(devnull)
        except OSError:  # no real stdout (embedded interpreters): accept the banner
            h = highspy.Highs()
    h.setOptionValue("output_flag", False)
    h.setOptionValue("threads", 1)
    h.setOptionValue("random_seed", 0)
    h.setOptionValue("mip_rel_gap", 0.0)
    return h


@dataclass
class ConceptILP:
    """Choose sentences maximising the weight of distinct covered concepts under a word budget.

    Parameters:
        max_candidates: sentences kept for the ILP (the best by concept weight per word).
        time_limit: seconds HiGHS may spend; on timeout its best solution found is used.
    """

    max_candidates: int = 200
    time_limit: float = 10.0

    def solve(self, rep: Representation, weights: np.ndarray, cand: np.ndarray,
              budget: int) -> list[int]:
        """Indices (into the representation) of the optimal set among ``cand``."""
        import highspy

        # concepts with weight carried by the candidates
        col_sets = [rep.concept_row(int(j)) for j in cand]
        used = sorted({int(c) for cs in col_sets for c in cs if weights[c] > 0})
        if not used:
            return []
        cpos = {c: k for k, c in enumerate(used)}
        n_s, n_c = len(cand), len(used)
        # columns: sentences 0..n_s-1, then concepts; rows: budget, then one per concept
        # constraint per concept k: sum_{j carries k} s_j - c_k >= 0
        lp = highspy.HighsLp()
        lp.num_col_ = n_s + n_c
        lp.num_row_ = 1 + n_c
        cost = np.concatenate([np.zeros(n_s), -weights[used]])
        lp.col_cost_ = cost
        lp.col_lower_ = np.zeros(n_s + n_c)
        lp.col_upper_ = np.ones(n_s + n_c)
        lp.row_lower_ = np.concatenate([[-highspy.kHighsInf], np.zeros(n_c)])
        lp.row_upper_ = np.concatenate([[float(budget)], np.full(n_c, highspy.kHighsInf)])
        starts, index, value = [0], [], []
        for j, cs in enumerate(col_sets):
            index.append(0)
            value.append(float(rep.n_words[cand[j]]))
            for c in cs:
                k = cpos.get(int(c))
                if k is not None:
                    index.append(1 + k)
                    value.append(1.0)
            starts.append(len(index))
        for k in range(n_c):
            index.append(1 + k)
            value.append(-1.0)
            starts.append(len(index))
        lp.a_matrix_.format_ = highspy.MatrixFormat.kColwise
        lp.a_matrix_.start_ = np.asarray(starts, dtype=np.int32)
        lp.a_matrix_.index_ = np.asarray(index, dtype=np.int32)
        lp.a_matrix_.value_ = np.asarray(value, dtype=np.float64)
        lp.integrality_ = [highspy.HighsVarType.kInteger] * (n_s + n_c)
        h = _new_highs()
        h.setOptionValue("time_limit", float(self.time_limit))
        h.passModel(lp)
        h.run()
        sol = h.getSolution()
        if not sol.value_valid:
            return []
        x = np.asarray(sol.col_value[:n_s])
        return [int(cand[j]) for j in range(n_s) if x[j] > 0.5]

    def candidates(self, rep: Representation, weights: np.ndarray, mask: np.ndarray) -> np.ndarray:
        """The ``max_candidates`` eligible sentences with the most concept weight per word."""
        dens = concept_scores(rep, weights) / np.maximum(rep.n_words, 1)
        ok = np.flatnonzero(mask & (dens > 0))
        if len(ok) > self.max_candidates:
            order = np.lexsort((ok, -dens[ok]))
            ok = np.sort(ok[order[: self.max_candidates]])
        return ok

    def select(self, rep: Representation, words: int, mask: np.ndarray,
               weights: np.ndarray | None = None) -> list[int]:
        """The optimal set within ``words`` words, plus the sentence adding the most uncovered
        weight, so the whole sentences reach the budget."""
        if weights is None:
            weights = concept_weights(rep)
        cand = self.candidates(rep, weights, mask)
        chosen = self.solve(rep, weights, cand, words) if len(cand) else []
        total = int(rep.n_words[chosen].sum()) if chosen else 0
        while total < words:
            extra = fill_sentence(rep, weights, chosen, words - total, mask)
            if extra < 0:
                break
            chosen.append(extra)
            total += int(rep.n_words[extra])
        return chosen


def fill_sentence(rep: Representation, weights: np.ndarray, chosen: Sequence[int], room: int,
                  mask: np.ndarray, max_sim: float = 0.5) -> int:
    """The sentence to print last, filling the ``room`` words left in the budget (or -1).

    A summary is read (and scored) cut at the budget, so only about the first ``room`` words of
    this sentence count: its uncovered concept weight is scaled by ``min(1, room / length)``.
    Sentences too similar to a chosen one (cosine > ``max_sim``) are skipped while others remain;
    ties go to the sentence closest to the story centroid, then the earliest.
    """
    taken = set(int(j) for j in chosen)
    pool = [int(j) for j in np.flatnonzero(mask) if int(j) not in taken]
    if not pool:
        return -1
    fresh = [j for j in pool if all(rep.cosine(j, k) <= max_sim for k in taken)]
    pool = fresh or pool
    covered = np.zeros(len(weights), dtype=bool)
    for j in taken:
        covered[rep.concept_row(j)] = True
    cent = centroid_scores(rep)
    best, best_key = -1, None
    for j in pool:
        cs = rep.concept_row(j)
        gain = float(weights[cs][~covered[cs]].sum()) if len(cs) else 0.0
        gain *= min(1.0, room / max(int(rep.n_words[j]), 1))
        key = (gain, float(cent[j]), -j)
        if best_key is None or key > best_key:
            best, best_key = j, key
    return best


def select(rep: Representation, sentences: Sequence[Sentence], articles: Sequence[Article],
           words: int, algorithm: str = "default") -> list[int]:
    """Sentence indices of a non-redundant extractive summary, in print order.

    Whole sentences, up to and including the first that brings the total to ``words`` words
    (as :func:`briefing.nlp.words.word_tokens` counts them).
    """
    _check(algorithm)
    if rep.n_sentences == 0 or words <= 0:
        return []
    mask = eligible(rep, sentences)
    if algorithm in ("default", "concepts"):
        chosen = ConceptILP().select(rep, words, mask)
        if not chosen:
            chosen = greedy_select(rep, score(rep, sentences, articles, "centroid"), words, mask)
        last = chosen[-1:]  # the sentence that fills the budget goes last
        body = _print_order(chosen[:-1], sentences, articles) if len(chosen) > 1 else []
        order = body + [i for i in last if i not in body]
    else:
        chosen = greedy_select(rep, score(rep, sentences, articles, algorithm), words, mask)
        order = _print_order(chosen, sentences, articles)
    return cut_to_budget(order, rep.n_words, words)
