"""Small text helpers shared by the analysis modules: light terms, outlets, citations."""

from __future__ import annotations

import bisect
from functools import lru_cache

from ..model import Article, Citation, Sentence, outlet_key  # noqa: F401 - outlet_key is shared from here


@lru_cache(maxsize=1 << 17)
def term(word: str) -> str:
    """A light, language-neutral normal form: lower case, no possessive, no plural ``s``.

    Cached by word: a story of a thousand articles asks for the same few thousand words
    hundreds of thousands of times.

    Args:
        word: one word as written.

    Returns:
        Its normal form.
    """
    w = word.lower()
    for suffix in ("'s", "’s"):
        if w.endswith(suffix):
            w = w[: -len(suffix)]
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


class Locator:
    """Finds the sentence (or paragraph) around a character position of an article.

    Args:
        articles: the articles.
        sentences: their sentences (any order), numbered as ``articles`` is.
    """

    def __init__(self, articles: list[Article], sentences: list[Sentence]) -> None:
        self.articles = articles
        self._starts: dict[int, list[int]] = {}
        self._sents: dict[int, list[Sentence]] = {}
        for s in sorted(sentences, key=lambda s: (s.article, s.start)):
            self._sents.setdefault(s.article, []).append(s)
        for a, ss in self._sents.items():
            self._starts[a] = [s.start for s in ss]

    def sentence_at(self, article: int, pos: int) -> Sentence | None:
        """The sentence of ``article`` that contains character ``pos``.

        Args:
            article: the article's index.
            pos: a character position in its text.

        Returns:
            The sentence, or None when no sentence contains ``pos``.
        """
        starts = self._starts.get(article)
        if not starts:
            return None
        k = bisect.bisect_right(starts, pos) - 1
        if k < 0:
            return None
        s = self._sents[article][k]
        return s if s.start <= pos < s.end else None

    def relative_sentences(self, article: int, start: int, end: int) -> tuple[tuple[int, int], ...]:
        """The spans, relative to ``start``, of the sentences around ``[start, end)``.

        These are the sentences :meth:`sentence_at` can return for a position in the range: two
        stretches of text with equal relative spans are cut into sentences the same way.

        Args:
            article: the article's index.
            start: where the range begins.
            end: where it ends (exclusive).

        Returns:
            ``(start, end)`` pairs relative to ``start``.
        """
        starts = self._starts.get(article)
        if not starts:
            return ()
        first = max(0, bisect.bisect_right(starts, start) - 1)
        last = bisect.bisect_left(starts, end)
        return tuple((s.start - start, s.end - start) for s in self._sents[article][first:last])

    def cite(self, article: int, start: int, end: int) -> Citation:
        """A citation covering ``[start, end)`` widened to whole sentences (or the paragraph).

        Args:
            article: the article's index.
            start: where the cited text begins.
            end: where it ends (exclusive).

        Returns:
            The :class:`Citation`, an exact span of the article's text.
        """
        text = self.articles[article].text
        first = self.sentence_at(article, start)
        last = self.sentence_at(article, max(start, end - 1))
        if first is not None and last is not None:
            s, e = first.start, last.end
        else:
            s, e = start, end
            for ps, pe in self.articles[article].paragraph_spans():
                if ps <= start < pe:
                    s, e = ps, max(pe, end)
                    break
        return Citation(article, s, e, text[s:e])
