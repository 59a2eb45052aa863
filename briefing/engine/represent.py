"""Vector representation of sentences, built once and shared by every scoring step.

numpy only (no scipy): tf-idf rows are stored as a small CSR matrix (``indptr``, ``indices``,
``data``), l2-normalised, so the dot product of two rows is their cosine.  Bigram "concepts"
(ICSI-style: stemmed word pairs, stop words kept inside the pair but pairs made only of stop
words dropped) are stored the same way, binary, with the number of articles that carry each.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Sequence

import numpy as np

from ..model import Sentence


@dataclass
class Representation:
    """Per-sentence terms, tf-idf vectors and bigram concepts for one list of sentences.

    Attributes:
        terms: per sentence, the stems of its content words, in order (read-only: sentences
            with the same text share one list).
        vocab: stem -> column index.
        indptr, indices, data: CSR rows of l2-normalised tf-idf weights (float64).
        idf: inverse sentence frequency per vocab column (smoothed, ``log((1+n)/(1+df)) + 1``).
        df_articles: per vocab column, how many articles contain the stem.
        n_words: words per sentence as :func:`briefing.nlp.words.word_tokens` counts them.
        article: article index per sentence.
        position: index of the sentence within its article (0 = lead).
        concept_names: concept index -> "stem stem" (stop words kept as lower-cased words).
        concept_vocab: concept -> index; ``concept_indptr``/``concept_indices`` are binary CSR rows
            (the distinct concepts of each sentence); :attr:`concepts` lists them by name.
        concept_df: per concept, how many articles carry it.
        language: the language the stems and stop words come from.
        tokens: per sentence, its words as :func:`briefing.nlp.words.word_tokens` gives them
            (kept so that later steps need not tokenise again; read-only, shared like ``terms``).
    """

    terms: list[list[str]]
    vocab: dict[str, int]
    indptr: np.ndarray
    indices: np.ndarray
    data: np.ndarray
    idf: np.ndarray
    df_articles: np.ndarray
    n_words: np.ndarray
    article: np.ndarray
    position: np.ndarray
    concept_names: list[str] = field(default_factory=list)
    concept_vocab: dict[str, int] = field(default_factory=dict)
    concept_indptr: np.ndarray = field(default_factory=lambda: np.zeros(1, dtype=np.int64))
    concept_indices: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    concept_df: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    language: str = "english"
    tokens: list[list[str]] = field(default_factory=list)

    # -- shape -----------------------------------------------------------------------------
    @property
    def n_sentences(self) -> int:
        """Number of sentences (rows)."""
        return len(self.indptr) - 1

    @property
    def n_terms(self) -> int:
        """Number of distinct stems (columns)."""
        return len(self.vocab)

    @property
    def n_articles(self) -> int:
        """Number of articles the sentences come from (max index + 1)."""
        return int(self.article.max()) + 1 if len(self.article) else 0

    # -- rows ------------------------------------------------------------------------------
    def row(self, i: int) -> tuple[np.ndarray, np.ndarray]:
        """(column indices, weights) of sentence ``i``'s tf-idf row, columns sorted."""
        a, b = self.indptr[i], self.indptr[i + 1]
        return self.indices[a:b], self.data[a:b]

    def cosine(self, i: int, j: int) -> float:
        """Cosine similarity of sentences ``i`` and ``j`` (0.0 when either has no terms)."""
        ci, vi = self.row(i)
        cj, vj = self.row(j)
        if len(ci) == 0 or len(cj) == 0:
            return 0.0
        common, ii, jj = np.intersect1d(ci, cj, assume_unique=True, return_indices=True)
        if len(common) == 0:
            return 0.0
        return float(np.dot(vi[ii], vj[jj]))

    def dense_rows(self, idx: Sequence[int] | np.ndarray) -> np.ndarray:
        """A dense ``len(idx) x n_terms`` matrix of the given rows (for small subsets only)."""
        idx = np.asarray(idx, dtype=np.int64)
        out = np.zeros((len(idx), self.n_terms), dtype=np.float64)
        for r, i in enumerate(idx):
            cols, vals = self.row(int(i))
            out[r, cols] = vals
        return out

    def row_ids(self) -> np.ndarray:
        """The row index of every stored entry (the COO row array), length ``len(data)``."""
        return np.repeat(np.arange(self.n_sentences), np.diff(self.indptr))

    def matvec(self, v: np.ndarray) -> np.ndarray:
        """``X @ v`` for a dense vector ``v`` over the vocabulary: one value per sentence."""
        return np.bincount(self.row_ids(), weights=self.data * v[self.indices],
                           minlength=self.n_sentences)

    def rmatvec(self, u: np.ndarray) -> np.ndarray:
        """``X.T @ u`` for a dense vector ``u`` over sentences: one value per vocab column."""
        return np.bincount(self.indices, weights=self.data * u[self.row_ids()], minlength=self.n_terms)

    def centroid(self, idx: Sequence[int] | np.ndarray | None = None) -> np.ndarray:
        """Dense mean of the tf-idf rows (all sentences, or the rows ``idx``), over the vocabulary."""
        if idx is None:
            n = self.n_sentences
            if n == 0:
                return np.zeros(self.n_terms)
            return np.bincount(self.indices, weights=self.data, minlength=self.n_terms) / n
        idx = np.asarray(idx, dtype=np.int64)
        if len(idx) == 0:
            return np.zeros(self.n_terms)
        return self.dense_rows(idx).mean(axis=0)

    def similarities(self, v: np.ndarray) -> np.ndarray:
        """Cosine of every sentence with the dense vector ``v`` (rows are unit length)."""
        norm = float(np.linalg.norm(v))
        if norm == 0.0:
            return np.zeros(self.n_sentences)
        return self.matvec(v) / norm

    @property
    def concepts(self) -> list[list[str]]:
        """Per sentence, the names of the distinct bigram concepts it carries."""
        names = self.concept_names
        return [[names[c] for c in self.concept_row(i)] for i in range(self.n_sentences)]

    def concept_row(self, i: int) -> np.ndarray:
        """Concept indices carried by sentence ``i``."""
        return self.concept_indices[self.concept_indptr[i]:self.concept_indptr[i + 1]]


def _group_counts(rows: np.ndarray, cols: np.ndarray, n_rows: int, n_cols: int):
    """CSR (indptr, indices, counts) of the (row, col) pairs, columns sorted within each row."""
    if len(rows) == 0:
        return np.zeros(n_rows + 1, dtype=np.int64), np.zeros(0, dtype=np.int64), np.zeros(0)
    key = np.sort(rows * max(n_cols, 1) + cols)
    start = np.flatnonzero(np.r_[True, key[1:] != key[:-1]])
    uniq = key[start]
    counts = np.diff(np.r_[start, len(key)]).astype(np.float64)
    r = uniq // max(n_cols, 1)
    indices = uniq % max(n_cols, 1)
    indptr = np.zeros(n_rows + 1, dtype=np.int64)
    np.cumsum(np.bincount(r, minlength=n_rows), out=indptr[1:])
    return indptr, indices.astype(np.int64), counts


def _article_df(indptr: np.ndarray, indices: np.ndarray, article: np.ndarray, n_cols: int) -> np.ndarray:
    """Per column, the number of distinct articles whose rows contain it."""
    if len(indices) == 0:
        return np.zeros(n_cols, dtype=np.int64)
    rows = np.repeat(np.arange(len(indptr) - 1), np.diff(indptr))
    key = np.sort(article[rows] * max(n_cols, 1) + indices)
    first = np.r_[True, key[1:] != key[:-1]]
    return np.bincount(key[first] % max(n_cols, 1), minlength=n_cols)


def represent(sentences: list[Sentence], language: str = "english") -> Representation:
    """Build the shared representation of ``sentences`` (stems, tf-idf CSR, bigram concepts).

    Linear in the number of words: each sentence is tokenised once
    (:func:`briefing.nlp.words.word_tokens`) and each token numbered by its distinct form; the
    Python work per distinct form (its term, bigram unit, vocabulary column) is done once, and
    everything per token (columns, bigram pairs, counting, idf, normalisation, concept document
    frequencies) is numpy.  Deterministic: vocabulary columns are numbered in order of first
    appearance, concepts likewise.

    Args:
        sentences: the sentences, numbered as the caller numbers them.
        language: whose stemmer and stop words to use.

    Returns:
        The :class:`Representation`, one row per sentence in the given order.
    """
    from collections import defaultdict
    from itertools import count

    from ..nlp.words import Analyzer, word_tokens

    analyzer = Analyzer(language)
    term = analyzer.term
    n = len(sentences)

    # -- distinct texts (news repeats whole sentences), tokenised once each -------------------
    text_id: dict[str, int] = {}
    of_text = np.fromiter((text_id.setdefault(s.text, len(text_id)) for s in sentences),
                          dtype=np.int64, count=n)
    utokens = [word_tokens(t) for t in text_id]
    ulens = np.fromiter(map(len, utokens), dtype=np.int64, count=len(utokens))
    # every token numbered by its distinct form, forms in order of first appearance
    form_id: defaultdict[str, int] = defaultdict(count().__next__)
    utid = np.fromiter((form_id[t] for toks in utokens for t in toks), dtype=np.int64,
                       count=int(ulens.sum()))

    # per distinct form: its vocabulary column (-1: stop word or number) and its bigram unit (the
    # term of a content word, else the lower-cased word).  Forms come in order of first
    # appearance (a repeated text brings no new form), so columns and units are numbered in
    # order of first appearance of the term or unit in the sentences.
    vocab: dict[str, int] = {}
    units: dict[str, int] = {}
    n_forms = len(form_id)
    form_col = np.empty(n_forms, dtype=np.int64)
    form_unit = np.empty(n_forms, dtype=np.int64)
    for k, tok in enumerate(form_id):
        t = term(tok)
        if t is None:
            form_col[k] = -1
            form_unit[k] = units.setdefault(tok.lower(), len(units))
        else:
            form_col[k] = vocab.setdefault(t, len(vocab))
            form_unit[k] = units.setdefault(t, len(units))

    # content stems of each distinct text, in order
    words = list(vocab)
    ucols = form_col[utid]
    utext = np.repeat(np.arange(len(utokens), dtype=np.int64), ulens)
    flat_terms = [words[c] for c in ucols[ucols >= 0].tolist()]
    ends = np.cumsum(np.bincount(utext[ucols >= 0], minlength=len(utokens))).tolist()
    uterms = [flat_terms[a:b] for a, b in zip([0] + ends[:-1], ends)]
    # sentences with the same text share one (read-only) list
    terms = [uterms[u] for u in of_text.tolist()]
    tokens = [utokens[u] for u in of_text.tolist()]

    # the same per sentence: token k of sentence i is token k of its text
    lens = ulens[of_text]
    n_words = lens
    ustart = np.cumsum(ulens) - ulens
    sstart = np.cumsum(lens) - lens
    sent = np.repeat(np.arange(n, dtype=np.int64), lens)
    tid = utid[np.arange(int(lens.sum()), dtype=np.int64) + np.repeat(ustart[of_text] - sstart, lens)]
    cols = form_col[tid]
    content = cols >= 0
    t_rows = sent[content]
    t_cols = cols[content]

    # bigram pairs: consecutive tokens of one sentence, not both weak (stop words or numbers)
    unit = form_unit[tid]
    if len(tid) > 1:
        keep = (sent[1:] == sent[:-1]) & (content[1:] | content[:-1])
        pairs_a = unit[:-1][keep]
        pairs_b = unit[1:][keep]
        pairs_row = sent[1:][keep]
    else:
        pairs_a = pairs_b = pairs_row = np.zeros(0, dtype=np.int64)

    article = np.fromiter((s.article for s in sentences), dtype=np.int64, count=n)
    position = np.fromiter((s.index for s in sentences), dtype=np.int64, count=n)

    # -- tf-idf --------------------------------------------------------------------------
    n_terms = len(vocab)
    indptr, indices, data = _group_counts(t_rows, t_cols, n, n_terms)
    df = np.bincount(indices, minlength=n_terms).astype(np.float64)
    idf = np.log((1.0 + n) / (1.0 + df)) + 1.0
    if len(data):
        data = (1.0 + np.log(data)) * idf[indices]
        row_ids = np.repeat(np.arange(n), np.diff(indptr))
        norms = np.sqrt(np.bincount(row_ids, weights=data * data, minlength=n))
        data = data / norms[row_ids]
    df_articles = _article_df(indptr, indices, article, n_terms)

    # -- concepts: ids in order of first appearance ----------------------------------------
    n_units = max(len(units), 1)
    pkey = pairs_a * n_units + pairs_b
    uniq, first_at, inverse = np.unique(pkey, return_index=True, return_inverse=True)
    rank = np.empty(len(uniq), dtype=np.int64)
    rank[np.argsort(first_at, kind="stable")] = np.arange(len(uniq))
    cids = rank[inverse.reshape(-1)] if len(pkey) else np.zeros(0, dtype=np.int64)
    n_concepts = len(uniq)
    c_indptr, c_indices, _ = _group_counts(pairs_row, cids, n, n_concepts)
    concept_df = _article_df(c_indptr, c_indices, article, n_concepts)
    names = list(units)
    concept_names = [""] * n_concepts
    for k, key in zip(rank.tolist(), uniq.tolist()):
        concept_names[k] = names[key // n_units] + " " + names[key % n_units]
    concept_vocab = {c: k for k, c in enumerate(concept_names)}

    return Representation(
        terms=terms, vocab=vocab, indptr=indptr, indices=indices, data=data, idf=idf,
        df_articles=df_articles, n_words=n_words, article=article, position=position,
        concept_names=concept_names, concept_vocab=concept_vocab, concept_indptr=c_indptr,
        concept_indices=c_indices, concept_df=concept_df, language=language, tokens=tokens,
    )
