"""Quotations: every direct quotation of an article with its speaker, and a story's key quotes.

:func:`find_quotes` returns every direct quotation of one article: its parts as character spans of
the cleaned text, the speaker as written next to it, the speaker resolved to the fullest name the
article gives, and how it was attributed. The briefing's key quotes are built from the same
reading by :class:`QuoteFinder`.

Modules: :mod:`.marks` (quotation marks, spans, tokens), :mod:`.attribution` (which words next to
a quotation name its speaker), :mod:`.names` (the people an article names), :mod:`.finder`
(quotations, key quotes). Word lists are the ``quotes`` part of each language
(``briefing/lang/<language>/quotes.py``).
"""

from __future__ import annotations

from ...model import Article
from .finder import HOW, QuoteFinder, Quotation, RawQuote, key_quotes, read_article, without_points
from .marks import quote_spans


def find_quotes(article: Article | str, *, language: str = "english") -> list[Quotation]:
    """Every direct quotation of one article, with its speaker.

    A quotation split by its attribution ("A," he said, "B.") or running over paragraphs is one
    :class:`Quotation` with several parts. Quotations of fewer than four words, and titles or
    names in quotation marks, are left out; so are phrases quoted inside a sentence that no one
    is said to have spoken (scare quotes).

    Args:
        article: an :class:`~briefing.model.Article` (its cleaned ``text`` is read), or that text.
        language: the language of its word lists ("english", "french", or a code such as "fr");
            a language without its own ``quotes`` part is read with English's, with a
            :class:`~briefing.lang.LanguageWarning`.

    Returns:
        The quotations in text order. ``speaker`` is "" and ``how`` is "none" where the speaker
        cannot be told: a wrong name is worse than none.

    Raises:
        TypeError: ``article`` is neither an Article nor a string.

    Example::

        >>> from briefing import find_quotes
        >>> q = find_quotes('"We will not stop now," Mayor Jane Doe said.')[0]
        >>> q.speaker, q.how
        ('Jane Doe', 'named')
    """
    if isinstance(article, str):
        article = Article(text=article)
    if not isinstance(article, Article):
        raise TypeError(f"find_quotes reads an Article or a string, not {type(article).__name__}")
    return read_article(article, language)


__all__ = ["HOW", "QuoteFinder", "Quotation", "RawQuote", "find_quotes", "key_quotes", "quote_spans",
           "read_article", "without_points"]
