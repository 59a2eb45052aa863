"""Articles to sparse TF-IDF vectors, and the pairs of articles worth comparing.

Each article becomes a bag of index terms (the project's own words and Snowball stems, stop words
dropped): its headline and first paragraph count twice, then the body up to ``lead_terms`` terms
(the top of a news article says what the story is; the rest wanders). Weights are sublinear term
frequency times inverse document frequency over the feed; terms found in one article only, or in
more than ``max_df`` of them (or ``max_df_count``), are dropped; each vector keeps its ``top_terms`` heaviest terms and is
normalised to unit length, so a dot product is a cosine.

Pairs come from an inverted index, never from all n^2 pairs: two articles are compared only when
they share a kept term and, when both are dated, were published at most ``window_days`` apart;
a term common in the feed only counts between articles of nearby days (see :func:`similar_pairs`),
so the work per article stays bounded as the feed grows denser.
Everything is numpy arrays (no scipy): the similarity of all candidate pairs is one pass over the
postings, and only pairs at or above ``floor`` are kept.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import partial
from itertools import chain
from typing import TYPE_CHECKING, Sequence

import numpy as np

from ..engine.runner import Runner
from ..model import Article
from ..nlp.words import Analyzer

if TYPE_CHECKING:
    from .group import FeedEntry

_WORD = re.compile(r"\w+(?:['’]\w+)*")
_UNDATED = -(10**9)
SINGLETONS_IN_NORM = True
IDF_OFFSET = 1.0  # smoothed idf, as scikit-learn: a term in every article still counts a little
_CACHES: dict[str, "_ChunkCache"] = {}  # per language
#: an article's terms are read from its first ``lead_terms * CHARS_PER_TERM`` characters
CHARS_PER_TERM = 14


@dataclass(frozen=True)
class Vectors:
    """Unit TF-IDF vectors of the articles, as a CSR matrix in three arrays.

    ``indptr[i]:indptr[i + 1]`` slices ``indices`` (term ids, ascending) and ``data`` (weights)
    of article ``i``; ``vocabulary[t]`` is the stem of term ``t``.
    """

    indptr: np.ndarray
    indices: np.ndarray
    data: np.ndarray
    vocabulary: tuple[str, ...]

    def row(self, i: int) -> tuple[np.ndarray, np.ndarray]:
        """Term ids and weights of article ``i``."""
        a, b = self.indptr[i], self.indptr[i + 1]
        return self.indices[a:b], self.data[a:b]

    def top_terms(self, i: int, k: int = 8) -> list[str]:
        """The ``k`` heaviest stems of article ``i`` (for explanations and tests)."""
        ids, w = self.row(i)
        order = np.argsort(-w, kind="stable")[:k]
        return [self.vocabulary[ids[j]] for j in order]


def article_terms(article: Article, analyzer: Analyzer, lead_terms: int) -> dict[str, float]:
    """Term counts of one article: headline and first paragraph twice, then the body, up to
    ``lead_terms`` body terms (in the order the terms first come)."""
    return {t: float(n) for t, n in _bag(article, analyzer, lead_terms).items()}


class _ChunkCache(dict):
    """White-space separated chunk -> its terms ("Minister," -> ("minist",)), filled on lookup."""

    def __init__(self, analyzer: Analyzer) -> None:
        super().__init__()
        self.term = analyzer.term

    def __missing__(self, chunk: str) -> tuple[str, ...]:
        found = self[chunk] = tuple(filter(None, map(self.term, _WORD.findall(chunk))))
        return found


def _chunk_cache(analyzer: Analyzer) -> _ChunkCache:
    cache = _CACHES.get(analyzer.language)
    if cache is None or len(cache) > 500_000:  # a bound on its memory (~75 MB)
        cache = _CACHES[analyzer.language] = _ChunkCache(analyzer)
    return cache


def terms_of(text: str, analyzer: Analyzer) -> list[str]:
    """The index terms of ``text`` in order (the tokens' terms, stop words left out)."""
    # a token never spans white space, so the text's terms are those of its white-space
    # separated chunks in turn, and a chunk's terms are cached
    return list(chain.from_iterable(map(_chunk_cache(analyzer).__getitem__, text.split())))


def paragraphs_holding(text: str, analyzer: Analyzer, terms: int,
                       known: dict[str, list[str]] | None = None) -> int:
    """How many of the first paragraphs of ``text`` (split at blank lines) it takes to hold
    ``terms`` terms (the number of paragraphs + 1 when the text holds fewer); ``known`` receives
    the terms of each paragraph read (paragraph -> terms), for :func:`bag_of`."""
    cache = _chunk_cache(analyzer)
    found = 0
    paragraphs = text.split("\n\n")
    for k, paragraph in enumerate(paragraphs, 1):
        got = list(chain.from_iterable(map(cache.__getitem__, paragraph.split())))
        if known is not None:
            known[paragraph] = got
        found += len(got)
        if found >= terms:
            return k
    return len(paragraphs) + 1


def _bag(article: Article, analyzer: Analyzer, lead_terms: int) -> Counter:
    """:func:`article_terms` with whole-number counts (each term of the headline and first
    paragraph counted twice), as a Counter in the order the terms first come."""
    return bag_of(article, analyzer, lead_terms)[0]


def bag_of(article: Article, analyzer: Analyzer, lead_terms: int,
           known: dict[str, list[str]] | None = None) -> tuple[Counter, int]:
    """:func:`_bag` and how many body terms it took (``lead_terms`` when the body has that many
    in its first ``lead_terms * CHARS_PER_TERM`` characters: then nothing after them counts).

    ``known``: the terms of paragraphs already read (:func:`paragraphs_holding`), looked up
    instead of read again."""
    # only the top of the body is read; ~14 characters a term is plenty. The terms of a text are
    # those of its paragraphs in turn (a blank line is white space), read until there are enough.
    paragraphs = article.text[: lead_terms * CHARS_PER_TERM].split("\n\n")
    lead = _paragraph_terms(paragraphs[0], analyzer, known)[:lead_terms]
    doubled = terms_of(article.title, analyzer) + lead
    if len(lead) == lead_terms:
        return Counter(doubled + doubled), lead_terms
    more: list[str] = []
    for paragraph in paragraphs[1:]:
        more += _paragraph_terms(paragraph, analyzer, known)
        if len(lead) + len(more) >= lead_terms:
            break
    more = more[: lead_terms - len(lead)]
    return Counter(doubled + doubled + more), len(lead) + len(more)


def _paragraph_terms(paragraph: str, analyzer: Analyzer, known: dict[str, list[str]] | None) -> list[str]:
    found = known.get(paragraph) if known else None
    return found if found is not None else terms_of(paragraph, analyzer)


class _Numbers(dict):
    """Term -> its number, the next number for a new term."""

    def __missing__(self, term: str) -> int:
        number = self[term] = len(self)
        return number


@dataclass(frozen=True)
class TermCounts:
    """Term counts of a run of articles: ``lengths[k]`` entries of ``ids``/``counts`` per article,
    ``vocabulary[t]`` the stem of term ``t`` (compact, so it crosses process boundaries cheaply)."""

    lengths: np.ndarray
    ids: np.ndarray
    counts: np.ndarray
    vocabulary: list[str]


_BLOCK_ENTRIES = 1 << 16  # entries kept as Python ints before they go into an array


class TermCounter:
    """Counts the :func:`article_terms` of articles one at a time (so a reader can drop each
    article's text once it is counted); :meth:`result` gives them as :class:`TermCounts`.

    Args:
        language: the articles' language.
        lead_terms: how many body terms of each article are read.
    """

    def __init__(self, language: str, lead_terms: int) -> None:
        self.analyzer = Analyzer(language)
        self.lead_terms = lead_terms
        self._vocab: dict[str, int] = _Numbers()
        self._lengths: list[int] = []
        self._ids: list[int] = []  # the latest articles' entries, then in blocks of arrays
        self._counts: list[int] = []
        self._blocks: list[tuple[np.ndarray, np.ndarray]] = []  # 8 bytes an entry, not a Python int's 36

    def add(self, article: Article, bag: Counter | None = None) -> None:
        """Count the terms of one more article (``bag``: its :func:`bag_of`, when known)."""
        if bag is None:
            bag = _bag(article, self.analyzer, self.lead_terms)
        self._lengths.append(len(bag))
        self._ids += map(self._vocab.__getitem__, bag)  # new terms take the next numbers
        self._counts += bag.values()
        if len(self._ids) >= _BLOCK_ENTRIES:
            self._flush()

    def _flush(self) -> None:
        self._blocks.append((np.array(self._ids, dtype=np.int64), np.array(self._counts, dtype=np.float64)))
        self._ids, self._counts = [], []

    def result(self) -> TermCounts:
        """The counts of the articles added so far, in the order they were added."""
        self._flush()
        ids = np.concatenate([b[0] for b in self._blocks])
        counts = np.concatenate([b[1] for b in self._blocks])
        self._blocks = [(ids, counts)]
        return TermCounts(np.array(self._lengths, dtype=np.int64), ids, counts, list(self._vocab))


def count_terms(articles: Sequence[Article], language: str, lead_terms: int) -> TermCounts:
    """The :func:`article_terms` of each article, as arrays."""
    counter = TermCounter(language, lead_terms)
    for a in articles:
        counter.add(a)
    return counter.result()


def reorder_counts(terms: TermCounts, order: Sequence[int] | np.ndarray) -> TermCounts:
    """The counts with their articles in ``order`` (a permutation), and the terms numbered by
    their first appearance in that order: the same arrays :func:`count_terms` gives for the
    articles taken in that order.
    """
    order = np.asarray(order, dtype=np.int64)
    lengths = terms.lengths[order]
    total = int(lengths.sum())
    if not total:
        return TermCounts(lengths, np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float64), [])
    starts = np.cumsum(terms.lengths) - terms.lengths
    new_starts = np.cumsum(lengths) - lengths
    pick = np.repeat(starts[order] - new_starts, lengths) + np.arange(total, dtype=np.int64)
    ids, counts = terms.ids[pick], terms.counts[pick]
    del pick
    first = np.full(len(terms.vocabulary), total, dtype=np.int64)  # each term's first entry
    np.minimum.at(first, ids, np.arange(total, dtype=np.int64))
    used = np.flatnonzero(first < total)
    by_first = used[np.argsort(first[used])]  # (first entries are distinct)
    number = np.full(len(terms.vocabulary), -1, dtype=np.int64)
    number[by_first] = np.arange(len(by_first), dtype=np.int64)
    vocab = terms.vocabulary
    return TermCounts(lengths, number[ids], counts, [vocab[t] for t in by_first.tolist()])


def join_counts(parts: Sequence[TermCounts]) -> TermCounts:
    """One :class:`TermCounts` of consecutive runs of articles (their vocabularies merged)."""
    vocab: dict[str, int] = {}
    setdefault = vocab.setdefault
    ids = []
    for part in parts:
        remap = np.fromiter((setdefault(t, len(vocab)) for t in part.vocabulary), dtype=np.int64,
                            count=len(part.vocabulary))
        ids.append(remap[part.ids] if len(part.ids) else part.ids)
    return TermCounts(np.concatenate([p.lengths for p in parts]), np.concatenate(ids),
                      np.concatenate([p.counts for p in parts]), list(vocab))


def vectorize(terms: TermCounts, *, max_df: float = 0.05, max_df_count: int = 1000,
              top_terms: int = 80) -> Vectors:
    """Unit TF-IDF vectors from term counts (see the module docstring).

    Args:
        terms: the articles' term counts.
        max_df: drop terms in more than this fraction of the articles (at least 20 articles) ...
        max_df_count: ... or in more than this many (so a term's postings, and the pairs they
            give, stay bounded as the feed grows).
        top_terms: keep at most this many terms per article (its heaviest).

    Returns:
        The vectors, one row per article.
    """
    lengths, ids, counts = terms.lengths, terms.ids, terms.counts
    vocab = terms.vocabulary
    n = len(lengths)
    df = np.bincount(ids, minlength=len(vocab))
    limit = max(20, min(int(max_df * n), max_df_count))
    idf = np.log((n + 1) / (df + 1.0)) + IDF_OFFSET
    keep_term = (df >= 2) & (df <= limit)
    weights = (1.0 + np.log(counts)) * idf[ids]
    row = np.repeat(np.arange(n), lengths)
    # words of one article only never match another, but they are part of what it says: they
    # count in its length (else a short feed, where most words are unique, looks all alike)
    alone = (df[ids] < 2) if SINGLETONS_IN_NORM else np.zeros(len(ids), dtype=bool)
    lone_mass = np.bincount(row[alone], weights=weights[alone] ** 2, minlength=n)
    keep = keep_term[ids]
    row, ids, weights = row[keep], ids[keep], weights[keep]
    # the heaviest ``top_terms`` of each row, then ascending term ids within the row
    order = np.lexsort((ids, -weights, row))
    row, ids, weights = row[order], ids[order], weights[order]
    starts = np.searchsorted(row, np.arange(n + 1))
    rank = np.arange(len(row)) - starts[row]
    keep = rank < top_terms
    row, ids, weights = row[keep], ids[keep], weights[keep]
    order = np.lexsort((ids, row))
    row, ids, weights = row[order], ids[order], weights[order]
    norms = np.sqrt(np.bincount(row, weights=weights * weights, minlength=n) + lone_mass)
    weights = weights / np.where(norms > 0, norms, 1.0)[row]
    indptr = np.searchsorted(row, np.arange(n + 1)).astype(np.int64)
    return Vectors(indptr, ids.astype(np.int32), weights.astype(np.float32), tuple(vocab))


def day_numbers(articles: Sequence[Article | FeedEntry]) -> np.ndarray:
    """Each article's date as a day number (proleptic ordinal); a large negative for undated ones."""
    import datetime as dt

    out = np.full(len(articles), _UNDATED, dtype=np.int64)
    for i, a in enumerate(articles):
        d = (a.date or "")[:10]
        if len(d) == 10:
            try:
                out[i] = dt.date.fromisoformat(d).toordinal()
            except ValueError:
                pass
    return out


def undated(days: np.ndarray) -> np.ndarray:
    """Mask of the undated articles in ``days`` (from :func:`day_numbers`)."""
    return days == _UNDATED


def similar_pairs(vectors: Vectors, days: np.ndarray, *, window_days: int = 90, floor: float = 0.04,
                  neighbors: int = 20, budget: int = 32, chunk: int = 1 << 21,
                  runner: Runner | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Cosine similarity of every pair of articles that share a term, within the date window.

    Args:
        vectors: the unit vectors, rows in date order (undated last), as :class:`StoryGrouper` gives.
        days: day numbers (:func:`day_numbers`); undated articles pair with every date.
        window_days: dated articles further apart than this are not compared.
        floor: keep pairs whose similarity is at least this.
        neighbors: then keep only pairs among the ``neighbors`` most similar of one of their
            articles (0: keep all); this bounds the work of the clustering on dense feeds.
        budget: a term shared by articles further apart than ``budget`` articles with that
            term (at its mean rate per day) does not count for them: a rare name links
            articles across the whole window, a common word only those of the same few days.
            This keeps the work per article bounded as the feed grows denser.
        chunk: about how many term products are summed at a time (bounds memory).
        runner: makes the later half of the chunks' pairs beside this process on a large feed
            (:class:`briefing.engine.runner.Runner`); by default all here. The same result.

    Returns:
        ``(i, j, similarity)`` arrays with ``i < j`` (int64, int64, float32), sorted by ``(i, j)``.
    """
    n = len(vectors.indptr) - 1
    nnz = len(vectors.indices)
    empty = (np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64), np.empty(0, dtype=np.float32))
    if nnz < 2:
        return empty
    row = np.repeat(np.arange(n, dtype=np.int64), np.diff(vectors.indptr))
    term = vectors.indices.astype(np.int64)
    weight = vectors.data.astype(np.float32)
    day = days[row]
    loose = day == _UNDATED
    dated = days[days != _UNDATED]
    first_day = int(dated.min()) if len(dated) else 0
    # day offset within a term's postings: undated 0 (first), dated from 1
    offset = np.where(loose, 0, day - first_day + 1)
    # postings: grouped by term, by date within a term (undated first), then by article. A pair
    # is made from its earlier entry in a posting, which is the same article for every term they
    # share, so the pairs of the articles of one chunk are complete when the chunk is done.
    order = np.lexsort((row, offset, term))
    term, row, weight, offset, loose = term[order], row[order], weight[order], offset[order], loose[order]
    del order, day
    # each term's reach in days: the whole window for rare terms, less for terms on many articles
    span = float(dated.max() - dated.min() + 1) if len(dated) else 1.0
    postings = np.bincount(term)
    reach = np.minimum(window_days, np.floor(budget * span / np.maximum(postings, 1))).astype(np.int64)
    # each entry pairs with the entries after it up to ``last`` (exclusive): the rest of its term
    # when it is undated, else the entries of its term within its reach in days
    key = (term << 32) | offset
    last = np.searchsorted(key, key + reach[term], side="right")
    last[loose] = np.cumsum(postings)[term[loose]]
    del key, reach, offset, loose
    count = last - np.arange(nnz) - 1  # products made from each entry
    by_row = np.argsort(row, kind="stable")
    per_article = np.bincount(row, weights=count, minlength=n)
    total = np.cumsum(per_article)
    cuts = np.searchsorted(total, np.arange(chunk, total[-1] + chunk, chunk), side="left") + 1
    cuts = np.unique(np.r_[0, np.minimum(cuts, n), n])
    starts = np.searchsorted(row[by_row], cuts)
    chunks = list(zip(starts[:-1].tolist(), starts[1:].tolist()))
    work = _ChunkPairs(by_row, count, row, weight, n, floor, neighbors)
    if runner is not None and total[-1] >= 4 * chunk and len(chunks) >= 2:
        # the chunks are independent: the later half in the runner's process, at the same time
        half = len(chunks) // 2
        job = runner.start(partial(work.run, chunks[half:]), cost=int(total[-1]))
        try:
            found = work.run(chunks[:half]) + job.result()
        finally:
            job.cancel()
    else:
        found = work.run(chunks)
    del work
    out_i, out_j, out_v = [f[0] for f in found], [f[1] for f in found], [f[2] for f in found]
    del found
    if not out_i:
        return empty
    i, j, val = np.concatenate(out_i), np.concatenate(out_j), np.concatenate(out_v)
    del out_i, out_j, out_v
    # an undated article's pairs come with its chunk, not with their first article's: sort
    key, order = _sort_with_positions(i * n + j)
    i, j, val = key // n, key % n, val[order]
    del key, order
    if neighbors and len(i) > neighbors * n // 2:
        keep = _top_neighbors(i, j, val, n, neighbors)
        i, j, val = i[keep], j[keep], val[keep]
    return i, j, val


@dataclass(frozen=True)
class _ChunkPairs:
    """The pairs made from the entries of runs of articles (see :func:`similar_pairs`)."""

    by_row: np.ndarray
    count: np.ndarray
    row: np.ndarray
    weight: np.ndarray
    n: int
    floor: float
    neighbors: int

    def run(self, chunks: Sequence[tuple[int, int]]) -> list[tuple[np.ndarray, np.ndarray, np.ndarray]]:
        """``(i, j, similarity)`` of each chunk ``(s0, s1)`` of ``by_row``, in order."""
        by_row, count, row, weight, n = self.by_row, self.count, self.row, self.weight, self.n
        out = []
        for s0, s1 in chunks:
            entries = by_row[s0:s1]
            many = count[entries]
            entries, many = entries[many > 0], many[many > 0]
            if not len(entries):
                continue
            src = np.repeat(entries, many)
            step = np.arange(len(src), dtype=np.int64) - np.repeat(np.cumsum(many) - many, many) + 1
            other = src + step
            del step
            a, b = row[src], row[other]
            val = weight[src] * weight[other]
            del src, other
            key, summed = _sum_by_key(np.minimum(a, b) * n + np.maximum(a, b), val)
            del a, b, val
            keep = summed >= self.floor
            key, summed = key[keep], summed[keep].astype(np.float32)
            bi, bj = key // n, key % n
            if self.neighbors:  # the chunk's pairs, capped already, so memory stays bounded
                keep = _top_neighbors(bi, bj, summed, n, self.neighbors)
                bi, bj, summed = bi[keep], bj[keep], summed[keep]
            out.append((bi, bj, summed))
        return out


def _bits(n: int) -> int:
    return max(1, int(n - 1).bit_length())


def _top_neighbors(i: np.ndarray, j: np.ndarray, val: np.ndarray, n: int, k: int) -> np.ndarray:
    """Mask of the pairs (sorted by ``(i, j)``, unique) that are among the ``k`` most similar of
    either of their articles (ties in similarity: the lower other article first)."""
    m = len(i)
    if not m:
        return np.zeros(0, dtype=bool)
    nb = _bits(n)
    vb = 63 - 2 * nb
    if vb < 16:  # too many articles to pack: sort the slow way
        return _top_neighbors_slow(i, j, val, n, k)
    # one int64 per (end, similarity, other end), sorted: by end, most similar first
    q = np.minimum((val.astype(np.float64) * (1 << vb)).astype(np.int64), (1 << vb) - 1)
    q = ((1 << vb) - 1) - q
    ii, jj = i.astype(np.int64), j.astype(np.int64)
    packed = np.concatenate([(ii << (vb + nb)) | (q << nb) | jj, (jj << (vb + nb)) | (q << nb) | ii])
    del q
    packed.sort()
    ends = packed >> (vb + nb)
    first = np.flatnonzero(np.r_[True, ends[1:] != ends[:-1]])
    rank = np.arange(2 * m) - np.repeat(first, np.diff(np.r_[first, 2 * m]))
    chosen = packed[rank < k]
    del packed, ends, rank
    a, b = chosen >> (vb + nb), chosen & ((1 << nb) - 1)
    pair = np.minimum(a, b) * n + np.maximum(a, b)
    pair.sort()
    keep = np.zeros(m, dtype=bool)
    keep[np.searchsorted(ii * n + jj, pair)] = True
    return keep


def _top_neighbors_slow(i: np.ndarray, j: np.ndarray, val: np.ndarray, n: int, k: int) -> np.ndarray:
    m = len(i)
    by_sim = np.lexsort((np.maximum(i, j), -val))
    pair = np.concatenate([by_sim, by_sim])
    ends = np.concatenate([i[by_sim], j[by_sim]])
    by_end = np.argsort(ends, kind="stable")
    ends, pair = ends[by_end], pair[by_end]
    first = np.flatnonzero(np.r_[True, ends[1:] != ends[:-1]])
    rank = np.arange(2 * m) - np.repeat(first, np.diff(np.r_[first, 2 * m]))
    keep = np.zeros(m, dtype=bool)
    keep[pair[rank < k]] = True
    return keep


def _sum_by_key(key: np.ndarray, val: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Sum ``val`` per distinct non-negative ``key``; keys come back sorted."""
    if not len(key):
        return key, val
    key, order = _sort_with_positions(key)
    val = val[order].astype(np.float64)
    first = np.flatnonzero(np.r_[True, key[1:] != key[:-1]])
    return key[first], np.add.reduceat(val, first)


def _sort_with_positions(key: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``key`` (non-negative int64) sorted, and the positions it came from (equal keys: in order)."""
    m = len(key)
    ib = _bits(m + 1)
    if m and int(key.max()).bit_length() + ib <= 63:  # one plain sort of the keys with their positions packed in
        packed = (key << ib) | np.arange(m, dtype=np.int64)
        packed.sort()
        return packed >> ib, packed & ((1 << ib) - 1)
    order = np.argsort(key, kind="stable")
    return key[order], order
