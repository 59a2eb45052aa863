"""Sentence importance and extractive selection for multi-document news.

One signature for every algorithm (sumy-style, one registry)::

    score(rep, sentences, articles, algorithm="default") -> np.ndarray   # higher is better
    select(rep, sentences, articles, words, algorithm="default") -> list[int]

Everything is vectorised over the shared :class:`~briefing.engine.represent.Representation`
(numpy only, linear in the number of stored entries; no dense sentence-by-sentence matrix).

Own algorithms:

``default``: the ICSI concept ILP (below) with a position prior, the combination that won on the
    dev benchmark (MultiLing 2011, English and French).  Each article's vote for a concept is
    discounted by where the concept first appears in it (``1 / (1 + index)``), and each sentence
    carries a lead prior worth ``0.2`` of an average concept weight per word at the lead,
    decaying the same way (:class:`ConceptILP`, :func:`concept_weights`, :func:`lead_bonus`).
    Positions count only sentences fit for a summary (:func:`eligible`), so a byline or a
    dateline does not demote the lead.  The budget is then filled with whole sentences, the last
    one chosen for what its first words add (a summary is read cut at the budget).
``concepts``: the plain ICSI integer linear programme (Gillick & Favre 2009): concepts are stemmed
    bigrams (not made only of stop words), weighted by how many articles carry them (kept from 3
    articles, 2 for small stories); choose whole sentences that maximise the total weight of the
    distinct concepts they cover under the word budget.  Solved exactly with HiGHS
    (``highspy``) on the 60 candidates with the most value per word.
``centroid``: cosine of each sentence with the tf-idf centroid of the story (Radev et al.).
``centrality``: continuous LexRank computed through the factorisation S = X Xᵀ, so each power
    iteration costs two sparse products instead of a quadratic similarity matrix.
``position``: the lead of each article first.

The non-ILP methods select greedily by score, skipping sentences with cosine > 0.5 to one
already chosen.  Measured numbers: ``benchmarks/README.md``.
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass
from typing import Callable, Sequence

import numpy as np

from ..errors import OptionError
from ..model import Article, Sentence
from .represent import Representation

# --------------------------------------------------------------------------------------------
# sentence filters


_QUOTE_CHARS = "\"“”«»„"
# a sentence ends with . ! or ? (or …), optionally followed by closing quotes or brackets
_FINAL = re.compile(r"[.!?…][\"”»’')\]]*$")
_STRAIGHT_QUOTE = re.compile(r'(?<!\d)"')  # not the inch/second mark in 12' 06"


def inside_quotation(text: str) -> bool:
    """True when ``text`` has an unpaired quotation mark: it is part of a quotation that runs
    over several sentences (its opening or closing mark is in another sentence)."""
    if len(_STRAIGHT_QUOTE.findall(text)) % 2:
        return True
    opens = text.count("“") + text.count("«") + text.count("„")
    closes = text.count("”") + text.count("»")
    return opens != closes


def eligible(rep: Representation, sentences: Sequence[Sentence], min_words: int = 8) -> np.ndarray:
    """Boolean mask of sentences fit to stand in a summary.

    Drops sentences shorter than ``min_words`` words, questions, lines without final punctuation
    (headlines, captions, list items, text cut off), sentences that open with a quotation mark
    (a bare quote reads badly out of context) and pieces of a quotation that spans several
    sentences (an unpaired quotation mark). When that would leave fewer than three
    sentences, the mask falls back to every sentence with at least one content word.
    """
    n = len(sentences)
    n_words = rep.n_words.tolist()
    fits: dict[str, bool] = {}  # by text: news repeats whole sentences
    keep = [False] * n
    for i, s in enumerate(sentences):
        if n_words[i] < min_words or not rep.terms[i]:
            continue
        ok = fits.get(s.text)
        if ok is None:
            t = s.text.strip()
            ok = fits[s.text] = not (not _FINAL.search(t) or t.rstrip("\"”»’')]").endswith("?")
                                     or t[:1] in _QUOTE_CHARS or inside_quotation(t))
        keep[i] = ok
    mask = np.array(keep, dtype=bool)
    if mask.sum() < min(3, n):
        mask = np.array([bool(t) for t in rep.terms], dtype=bool)
        if not mask.any():
            mask[:] = True
    return mask


def effective_position(rep: Representation, mask: np.ndarray) -> np.ndarray:
    """Per sentence, how many summary-fit sentences (``mask``) come before it in its article.

    Bylines, datelines, headlines and captions left at the top of an article do not push its
    real lead sentence down: the lead gets position 0.
    """
    n = rep.n_sentences
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    order = np.lexsort((rep.position, rep.article))
    art = rep.article[order]
    fit = mask[order].astype(np.int64)
    before = np.cumsum(fit) - fit  # fit sentences before, over the whole ordering
    start = np.r_[True, art[1:] != art[:-1]]
    base = np.maximum.accumulate(np.where(start, np.arange(n), 0))
    eff_sorted = before - before[base]
    out = np.empty(n, dtype=np.int64)
    out[order] = eff_sorted
    return out


def position_prior(rep: Representation) -> np.ndarray:
    """1 for the first sentence of an article, decaying smoothly (``1 / sqrt(1 + index)``)."""
    return 1.0 / np.sqrt(1.0 + rep.position.astype(np.float64))


# --------------------------------------------------------------------------------------------
# concept weights


def concept_weights(rep: Representation, min_df: int | None = None,
                    position_decay: float = 0.0, position: np.ndarray | None = None) -> np.ndarray:
    """Weight per concept: how many articles carry it, zero below ``min_df`` articles.

    With ``position_decay`` > 0 each article's vote is discounted by where the concept first
    appears in it: ``1 / (1 + index) ** position_decay`` for the sentence index (the lead sentence
    votes 1, the fourth 1/4 with decay 1). ``position_decay=0`` is the ICSI weighting (document
    frequency).

    ``min_df`` defaults to 3 for stories of ten or more articles, 2 for 3-9 articles. For one or
    two articles (where document frequency says nothing) the votes come from sentences instead
    and a concept must occur in at least 2 sentences.
    """
    n_c = len(rep.concept_vocab)
    if n_c == 0:
        return np.zeros(0)
    rows, cols = _concept_coo(rep)
    pos = rep.position if position is None else position
    vote = (1.0 + pos[rows].astype(np.float64)) ** -position_decay
    n_art = rep.n_articles
    if n_art >= 3:
        # one vote per (article, concept): the earliest occurrence, i.e. the largest vote
        key = rep.article[rows] * n_c + cols
        order = np.lexsort((-vote, key))
        k = key[order]
        first = np.ones(len(k), dtype=bool)
        first[1:] = k[1:] != k[:-1]
        w = np.bincount(cols[order][first], weights=vote[order][first], minlength=n_c)
        support = rep.concept_df
        if min_df is None:
            min_df = 3 if n_art >= 10 else 2
    else:
        w = np.bincount(cols, weights=vote, minlength=n_c)
        support = np.bincount(cols, minlength=n_c)
        if min_df is None:
            min_df = 2
    w[support < min_df] = 0.0
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


def uncovered_gain(rep: Representation, weights: np.ndarray, covered: np.ndarray) -> np.ndarray:
    """Per sentence, the total weight of its concepts not yet ``covered`` (a boolean mask)."""
    rows, cols = _concept_coo(rep)
    if len(cols) == 0:
        return np.zeros(rep.n_sentences)
    return np.bincount(rows, weights=weights[cols] * ~covered[cols], minlength=rep.n_sentences)


def lead_bonus(rep: Representation, weights: np.ndarray, strength: float = 0.2,
               position_decay: float = 1.0, position: np.ndarray | None = None) -> np.ndarray:
    """A per-sentence prior for the ILP: ``strength`` x mean concept weight per word, for each
    word of the sentence, discounted by ``1 / (1 + index) ** position_decay``.

    With the defaults each word of an article's lead sentence is worth a fifth of an average
    concept; the prior is proportional to length, so it prefers leads without preferring length
    over coverage per word.
    """
    pos = weights[weights > 0]
    if strength <= 0 or len(pos) == 0:
        return np.zeros(rep.n_sentences)
    return (strength * float(pos.mean()) * rep.n_words.astype(np.float64)
            * (1.0 + (rep.position if position is None else position).astype(np.float64))
            ** -position_decay)


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


def default_scores(rep: Representation, mask: np.ndarray | None = None) -> np.ndarray:
    """Importance consistent with the default summary: the default ILP's value per word.

    That is the position-weighted concept weight of the sentence plus its lead prior, divided by
    its length, scaled to [0, 1]; with ``mask`` (see :func:`eligible`) positions count only fit
    sentences and unfit ones get half importance.  (A greedy pick by this score, with a
    redundancy filter, is the default summary's cheap approximation.)
    """
    model = ILP_MODELS["default"]
    pos = effective_position(rep, mask) if mask is not None else None
    w = model.weights(rep, pos)
    value = concept_scores(rep, w) + model.bonus(rep, w, pos)
    out = _minmax(value / np.maximum(rep.n_words, 1))
    if mask is not None:
        out = out * np.where(mask, 1.0, 0.5)
    return out


def concept_density(rep: Representation) -> np.ndarray:
    """ICSI concept weight (document frequency) per word of each sentence."""
    w = ILP_MODELS["concepts"].weights(rep)
    return concept_scores(rep, w) / np.maximum(rep.n_words, 1)


_SCORERS: dict[str, Callable[[Representation], np.ndarray]] = {
    "default": default_scores,
    "concepts": concept_density,
    "centroid": centroid_scores,
    "centrality": centrality_scores,
    "position": position_prior,
}

#: Names of the algorithms this module implements (sumy's live in ``sumy_backend``).
OWN_ALGORITHMS: tuple[str, ...] = ("default", "concepts", "centroid", "centrality", "position")


def _check(algorithm: str) -> str:
    if algorithm not in _SCORERS:
        raise OptionError("algorithm", f"unknown algorithm {algorithm!r}; "
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

    Returns:
        One score per sentence.

    Raises:
        OptionError: an unknown algorithm (``where`` is ``"algorithm"``).
    """
    fn = _SCORERS[_check(algorithm)]
    if rep.n_sentences == 0:
        return np.zeros(0)
    if algorithm == "default":
        return default_scores(rep, eligible(rep, sentences))
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


def row_similarities(rep: Representation, i: int) -> np.ndarray:
    """Cosine of sentence ``i`` with every sentence (one sparse pass, O(nnz))."""
    cols, vals = rep.row(i)
    if len(cols) == 0:
        return np.zeros(rep.n_sentences)
    v = np.zeros(rep.n_terms)
    v[cols] = vals
    return rep.matvec(v)


def greedy_select(rep: Representation, scores: np.ndarray, words: int, mask: np.ndarray,
                  max_sim: float = 0.5) -> list[int]:
    """Highest-scoring sentences first, skipping any with cosine > ``max_sim`` to one already taken,
    until the chosen sentences reach ``words`` words (ties: earlier sentence first)."""
    order = np.lexsort((np.arange(len(scores)), -scores))
    chosen: list[int] = []
    total = 0
    redundant = np.zeros(rep.n_sentences, dtype=bool)
    check = max_sim < 1.0
    for i in order:
        if total >= words:
            break
        if not mask[i] or redundant[i]:
            continue
        chosen.append(int(i))
        total += int(rep.n_words[i])
        if check:
            redundant |= row_similarities(rep, int(i)) > max_sim
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

    The integer programme (Gillick & Favre 2009), over sentences ``s_j`` and concepts ``c_k``::

        maximise   sum_k w_k c_k + sum_j b_j s_j
        subject to sum_j len_j s_j <= budget,   c_k <= sum_{j carries k} s_j,   s, c binary

    solved exactly by HiGHS.  ``w`` comes from :func:`concept_weights` and the sentence prior
    ``b`` from :func:`lead_bonus`.  Then sentences are added (see :func:`fill_sentence`) until the
    whole sentences reach the budget, since a summary is read cut at the budget.

    Attributes:
        position_decay: discount of concept votes and of the lead prior by sentence index
            (``1 / (1 + index) ** decay``); 0 gives plain document frequency (ICSI).
        lead_strength: weight of the lead prior (0 switches it off).
        min_df: minimum number of articles carrying a concept (None: 3 for ten or more
            articles, 2 for fewer).
        min_words: sentences shorter than this are not candidates.
        max_candidates: sentences kept for the ILP (the best by concept weight per word).
        time_limit: seconds HiGHS may spend; on timeout its best solution found is used.
    """

    position_decay: float = 1.0
    lead_strength: float = 0.2
    min_df: int | None = None
    min_words: int = 8
    max_candidates: int = 60
    time_limit: float = 2.0

    def weights(self, rep: Representation, position: np.ndarray | None = None) -> np.ndarray:
        """Concept weights with this model's settings (``position``: see :func:`effective_position`)."""
        return concept_weights(rep, self.min_df, self.position_decay, position)

    def bonus(self, rep: Representation, weights: np.ndarray,
              position: np.ndarray | None = None) -> np.ndarray:
        """The per-sentence prior with this model's settings."""
        return lead_bonus(rep, weights, self.lead_strength, self.position_decay, position)

    def solve(self, rep: Representation, weights: np.ndarray, cand: np.ndarray,
              budget: int, bonus: np.ndarray | None = None) -> list[int]:
        """Indices (into the representation) of the optimal set among ``cand``.

        ``bonus`` (one value per sentence of ``rep``) is added to the objective for each chosen
        sentence.
        """
        import highspy

        cand = np.asarray(cand, dtype=np.int64)
        if len(cand) == 0:
            return []
        col_sets = [rep.concept_row(int(j)) for j in cand]
        used = np.unique(np.concatenate(col_sets)) if col_sets else np.zeros(0, dtype=np.int64)
        used = used[weights[used] > 0]
        has_bonus = bonus is not None and np.any(bonus[cand] > 0)
        if len(used) == 0 and not has_bonus:
            return []
        cpos = np.full(len(weights), -1, dtype=np.int64)
        cpos[used] = np.arange(len(used))
        n_s, n_c = len(cand), len(used)
        # columns: sentences 0..n_s-1, then concepts; row 0: budget; row 1+k: concept k covered
        lp = highspy.HighsLp()
        lp.num_col_ = n_s + n_c
        lp.num_row_ = 1 + n_c
        sent_cost = -bonus[cand] if bonus is not None else np.zeros(n_s)
        lp.col_cost_ = np.concatenate([sent_cost, -weights[used]])
        lp.col_lower_ = np.zeros(n_s + n_c)
        lp.col_upper_ = np.ones(n_s + n_c)
        lp.row_lower_ = np.concatenate([[-highspy.kHighsInf], np.zeros(n_c)])
        lp.row_upper_ = np.concatenate([[float(budget)], np.full(n_c, highspy.kHighsInf)])
        starts, index, value = [0], [], []
        for j, cs in enumerate(col_sets):
            ks = cpos[cs]
            ks = ks[ks >= 0]
            index.append(0)
            value.append(float(rep.n_words[cand[j]]))
            index.extend((1 + ks).tolist())
            value.extend([1.0] * len(ks))
            starts.append(len(index))
        index.extend(range(1, n_c + 1))
        value.extend([-1.0] * n_c)
        starts.extend(range(starts[-1] + 1, starts[-1] + n_c + 1))
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

    def candidates(self, rep: Representation, weights: np.ndarray, mask: np.ndarray,
                   bonus: np.ndarray | None = None) -> np.ndarray:
        """The ``max_candidates`` eligible sentences with the most value (concepts + prior) per word."""
        value = concept_scores(rep, weights)
        if bonus is not None:
            value = value + bonus
        dens = value / np.maximum(rep.n_words, 1)
        ok = np.flatnonzero(mask & (dens > 0))
        if len(ok) > self.max_candidates:
            order = np.lexsort((ok, -dens[ok]))
            ok = np.sort(ok[order[: self.max_candidates]])
        return ok

    def select(self, rep: Representation, words: int, mask: np.ndarray | None = None) -> list[int]:
        """The optimal set within ``words`` words, then fill sentences until the budget is reached
        (the last one appended is the one a cut at ``words`` words shortens)."""
        if mask is None:
            mask = np.ones(rep.n_sentences, dtype=bool)
        pos = effective_position(rep, mask)
        weights = self.weights(rep, pos)
        bonus = self.bonus(rep, weights, pos)
        cand = self.candidates(rep, weights, mask, bonus)
        chosen = self.solve(rep, weights, cand, words, bonus)
        total = int(rep.n_words[chosen].sum()) if chosen else 0
        while total < words:
            extra = fill_sentence(rep, weights, chosen, words - total, mask, bonus)
            if extra < 0:
                break
            chosen.append(extra)
            total += int(rep.n_words[extra])
        return chosen


def fill_sentence(rep: Representation, weights: np.ndarray, chosen: Sequence[int], room: int,
                  mask: np.ndarray, bonus: np.ndarray | None = None, max_sim: float = 0.5) -> int:
    """The sentence to print next, filling the ``room`` words left in the budget (or -1).

    A summary is read (and scored) cut at the budget, so only about the first ``room`` words of
    this sentence count: its uncovered concept weight (plus its prior ``bonus``) is scaled by
    ``min(1, room / length)``.  Sentences too similar to a chosen one (cosine > ``max_sim``) are
    skipped while others remain; ties go to the sentence closest to the story centroid, then to
    the earliest.
    """
    n = rep.n_sentences
    pool = mask.copy()
    taken = np.asarray(list(chosen), dtype=np.int64)
    pool[taken] = False
    if not pool.any():
        return -1
    fresh = pool.copy()
    for j in taken:
        fresh &= row_similarities(rep, int(j)) <= max_sim
    if fresh.any():
        pool = fresh
    covered = np.zeros(len(weights), dtype=bool)
    for j in taken:
        covered[rep.concept_row(int(j))] = True
    gain = uncovered_gain(rep, weights, covered)
    if bonus is not None:
        gain = gain + bonus
    gain = gain * np.minimum(1.0, room / np.maximum(rep.n_words, 1))
    cent = centroid_scores(rep)
    idx = np.flatnonzero(pool)
    order = np.lexsort((idx, -cent[idx], -np.round(gain[idx], 9)))
    return int(idx[order[0]]) if n else -1


#: The configurations behind the ILP algorithm names.
ILP_MODELS: dict[str, ConceptILP] = {
    "default": ConceptILP(),
    "concepts": ConceptILP(position_decay=0.0, lead_strength=0.0),
}


def select(rep: Representation, sentences: Sequence[Sentence], articles: Sequence[Article],
           words: int, algorithm: str = "default") -> list[int]:
    """Sentence indices of a non-redundant extractive summary, in print order.

    Whole sentences, up to and including the first that brings the total to ``words`` words
    (as :func:`briefing.nlp.words.word_tokens` counts them).  For the ILP methods the sentences
    of the optimal set are printed in story order (article date, article, position) and the
    sentence that fills the budget comes last; for the others, all in story order.
    """
    _check(algorithm)
    if rep.n_sentences == 0 or words <= 0:
        return []
    if algorithm in ILP_MODELS:
        model = ILP_MODELS[algorithm]
        mask = eligible(rep, sentences, model.min_words)
        chosen = model.select(rep, words, mask)
        if not chosen:
            chosen = greedy_select(rep, centroid_scores(rep), words, mask)
        total = 0
        body: list[int] = []
        for j in chosen:  # the ILP part is the prefix that stays within the budget
            if total + int(rep.n_words[j]) > words:
                break
            body.append(j)
            total += int(rep.n_words[j])
        order = _print_order(body, sentences, articles) + chosen[len(body):]
    else:
        mask = eligible(rep, sentences)
        chosen = greedy_select(rep, score(rep, sentences, articles, algorithm), words, mask)
        order = _print_order(chosen, sentences, articles)
    return cut_to_budget(order, rep.n_words, words)
