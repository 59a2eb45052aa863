"""Plain extractive summaries: articles in, the summary's sentences out.

    >>> from briefing.engine.summarize import summarize
    >>> summarize(articles, words=100)                 # the default multi-document method
    >>> summarize(articles, words=100, algorithm="lexrank")   # sumy's LexRank, offline
"""

from __future__ import annotations

from typing import Sequence

from ..errors import OptionError
from ..model import Article, Sentence
from .scoring import OWN_ALGORITHMS
from .sumy_backend import SUMY_ALGORITHMS

#: Every algorithm name :func:`summarize` accepts.
ALGORITHMS: tuple[str, ...] = OWN_ALGORITHMS + tuple(SUMY_ALGORITHMS)


def check_algorithm(algorithm: str) -> str:
    """Return ``algorithm`` if it is one of :data:`ALGORITHMS`.

    Raises:
        OptionError: an unknown algorithm (``where`` is ``"algorithm"``).
    """
    if algorithm not in ALGORITHMS:
        raise OptionError("algorithm",
                          f"unknown algorithm {algorithm!r}; choose one of {', '.join(ALGORITHMS)}")
    return algorithm


def select_sentences(sentences: Sequence[Sentence], articles: Sequence[Article], words: int,
                     algorithm: str = "default", language: str = "english") -> list[int]:
    """Indices into ``sentences`` of the summary, in print order (see :func:`summarize`).

    Args:
        sentences: the sentences of ``articles``.
        articles: the articles.
        words: the word budget.
        algorithm: one of :data:`ALGORITHMS`.
        language: the articles' language.

    Returns:
        Indices into ``sentences``.

    Raises:
        OptionError: an unknown algorithm.
    """
    check_algorithm(algorithm)
    if not sentences or words <= 0:
        return []
    from . import scoring
    from .represent import represent

    rep = represent(list(sentences), language)
    if algorithm in OWN_ALGORITHMS:
        return scoring.select(rep, sentences, articles, words, algorithm)
    from ..nlp.params import normalize_language
    from .sumy_backend import sumy_scores

    scores = sumy_scores(sentences, articles, algorithm, normalize_language(language))
    mask = scoring.eligible(rep, sentences)
    # sumy's ranking, best first, no redundancy filter (that is sumy's own behaviour)
    chosen = scoring.greedy_select(rep, scores, words, mask, max_sim=1.01)
    order = sorted(chosen, key=lambda i: (sentences[i].article, sentences[i].index))
    return scoring.cut_to_budget(order, rep.n_words, words)


def summarize(articles: list[Article], words: int = 100, algorithm: str = "default",
              language: str = "english") -> list[str]:
    """An extractive summary of ``articles``: whole sentences, in reading order.

    Sentences are added up to and including the first that brings the total to ``words`` words
    (so a summary cut at exactly ``words`` words is full).

    Args:
        articles: the articles about one story.
        words: the word budget.
        algorithm: one of :data:`ALGORITHMS`; ``"default"`` is the project's multi-document method
            (bigram-concept coverage solved as an ILP); sumy's algorithms run offline.
        language: the language of the articles (stemmer and stop words), e.g. ``"french"``.

    Returns:
        The summary's sentences, in reading order.

    Raises:
        OptionError: for an unknown algorithm (``where`` is ``"algorithm"``).
    """
    check_algorithm(algorithm)
    from ..nlp import segment

    sentences = segment(articles, language)
    idx = select_sentences(sentences, articles, words, algorithm, language)
    return [sentences[i].text for i in idx]
