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
        terms: per sentence, the stems of its content words, in order.
        vocab: stem -> column index.
        indptr, indices, data: CSR rows of l2-normalised tf-idf weights (float64).
        idf: inverse sentence frequency per vocab column (smoothed, ``log((1+n)/(1+df)) + 1``).
        df_articles: per vocab column, how many articles contain the stem.
        n_words: words per sentence as :func:`briefing.nlp.words.word_tokens` counts them.
        article: article index per sentence.
        position: index of the sentence within its article (0 = lead).
        concepts: per sentence, the distinct bigram concepts it carries.
        concept_vocab: concept -> index; ``concept_indptr``/``concept_indices`` are binary CSR rows.
        concept_df: per concept, how many articles carry it.
        language: the language the stems and stop words come from.
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
    concepts: list[list[str]] = field(default_factory=list)
    concept_vocab: dict[str, int] = field(default_factory=dict)
    concept_indptr: np.ndarray = field(default_factory=lambda: np.zeros(1, dtype=np.int64))
    concept_indices: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    concept_df: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    language: str = "english"

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

    def concept_row(self, i: int) -> np.ndarray:
        """Concept indices carried by sentence ``i``."""
        return self.concept_indices[self.concept_indptr[i]:self.concept_indptr[i + 1]]


def _bigrams(tokens: list[str], stems: list[str], stop: frozenset[str]) -> list[str]:
    """Distinct stemmed bigrams of a sentence, dropping pairs made only of stop words or digits."""
    seen: dict[str, None] = {}
    for k in range(len(tokens) - 1):
        a, b = tokens[k], tokens[k + 1]
        a_weak = a in stop or a.isdigit()
        b_weak = b in stop or b.isdigit()
        if a_weak and b_weak:
            continue
        seen.setdefault(stems[k] + " " + stems[k + 1], None)
    return list(seen)


def _csr(rows: list[list[int]], values: list[list[float]] | None, dtype=np.float64):
    indptr = np.zeros(len(rows) + 1, dtype=np.int64)
    if rows:
        indptr[1:] = np.cumsum([len(r) for r in rows])
    indices = np.fromiter((c for r in rows for c in r), dtype=np.int64, count=int(indptr[-1]))
    data = None
    if values is not None:
        data = np.fromiter((v for r in values for v in r), dtype=dtype, count=int(indptr[-1]))
    return indptr, indices, data


def represent(sentences: list[Sentence], language: str = "english") -> Representation:
    """Build the shared representation of ``sentences`` (stems, tf-idf CSR, bigram concepts).

    Deterministic: vocabulary columns are numbered in order of first appearance.
    """
    from ..nlp.words import Analyzer, word_tokens

    analyzer = Analyzer(language)
    stop = analyzer.stopwords
    stem = analyzer.stem
    n = len(sentences)

    terms: list[list[str]] = []
    concepts: list[list[str]] = []
    n_words = np.zeros(n, dtype=np.int64)
    for i, s in enumerate(sentences):
        toks = [t.lower() for t in word_tokens(s.text)]
        n_words[i] = len(toks)
        stems = [t if t in stop else stem(t) for t in toks]
        terms.append(analyzer.terms(s.text))
        concepts.append(_bigrams(toks, stems, stop))

    article = np.fromiter((s.article for s in sentences), dtype=np.int64, count=n)
    position = np.fromiter((s.index for s in sentences), dtype=np.int64, count=n)

    # -- tf-idf --------------------------------------------------------------------------
    vocab: dict[str, int] = {}
    rows: list[list[int]] = []
    counts: list[list[float]] = []
    for ts in terms:
        tf: dict[int, int] = {}
        for t in ts:
            c = vocab.setdefault(t, len(vocab))
            tf[c] = tf.get(c, 0) + 1
        cols = sorted(tf)
        rows.append(cols)
        counts.append([float(tf[c]) for c in cols])
    indptr, indices, data = _csr(rows, counts)
    n_terms = len(vocab)
    df = np.bincount(indices, minlength=n_terms).astype(np.float64)
    idf = np.log((1.0 + n) / (1.0 + df)) + 1.0
    if len(data):
        data = (1.0 + np.log(data)) * idf[indices]
        row_ids = np.repeat(np.arange(n), np.diff(indptr))
        norms = np.sqrt(np.bincount(row_ids, weights=data * data, minlength=n))
        data = data / norms[row_ids]
    # articles per term: unique (article, term) pairs
    if len(indices):
        row_ids = np.repeat(np.arange(n), np.diff(indptr))
        pairs = np.unique(article[row_ids] * max(n_terms, 1) + indices)
        df_articles = np.bincount(pairs % max(n_terms, 1), minlength=n_terms)
    else:
        df_articles = np.zeros(n_terms, dtype=np.int64)

    # -- concepts ------------------------------------------------------------------------
    concept_vocab: dict[str, int] = {}
    crow: list[list[int]] = []
    for cs in concepts:
        crow.append(sorted({concept_vocab.setdefault(c, len(concept_vocab)) for c in cs}))
    c_indptr, c_indices, _ = _csr(crow, None)
    n_concepts = len(concept_vocab)
    if len(c_indices):
        c_rows = np.repeat(np.arange(n), np.diff(c_indptr))
        pairs = np.unique(article[c_rows] * max(n_concepts, 1) + c_indices)
        concept_df = np.bincount(pairs % max(n_concepts, 1), minlength=n_concepts)
    else:
        concept_df = np.zeros(n_concepts, dtype=np.int64)

    return Representation(
        terms=terms, vocab=vocab, indptr=indptr, indices=indices, data=data, idf=idf,
        df_articles=df_articles, n_words=n_words, article=article, position=position,
        concepts=concepts, concept_vocab=concept_vocab, concept_indptr=c_indptr,
        concept_indices=c_indices, concept_df=concept_df, language=language,
    )
