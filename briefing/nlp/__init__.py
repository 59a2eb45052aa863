"""Language tools, offline: sentence splitting, words, stems, stop words.

Sentence splitting uses Punkt's decision rules on parameters curated by the project and shipped in
the package (``briefing/lang/<language>/splitter``), plus rules for news text; nothing is ever downloaded and
importing this module does not import nltk. See :mod:`briefing.nlp.splitter`.
"""

from __future__ import annotations

from ..model import Article, Sentence
from .params import available_languages, load_parameters, normalize_language, punkt_parameters
from .splitter import SentenceSplitter, get_splitter

__all__ = [
    "sentence_spans", "split_sentences", "segment", "SentenceSplitter", "get_splitter",
    "load_parameters", "punkt_parameters", "normalize_language", "available_languages",
]


def sentence_spans(text: str, language: str = "english") -> list[tuple[int, int]]:
    """Character spans ``(start, end)`` of the sentences in ``text``, stripped of outer white space.

    ``text[start:end]`` is each sentence. ``language`` is a name ("english", "french") or an ISO
    code ("en", "fr"); a language without shipped data uses the language-neutral rules.
    """
    return get_splitter(language).spans(text)


def split_sentences(text: str, language: str = "english") -> list[str]:
    """Split ``text`` into sentences, offline.

    Handles titles and initials (Gen., U.S., J. R. R. Tolkien), dates (Jan. 21), decimals and
    money ($4.5 billion), quotations, ellipses, numbered lists and headline-like lines without a
    final period. Paragraphs (blank lines) always end a sentence.

    >>> split_sentences('Gen. Smith met U.S. officials on Jan. 21. "It went well," he said.')
    ['Gen. Smith met U.S. officials on Jan. 21.', '"It went well," he said.']
    """
    return get_splitter(language).split(text)


def segment(articles: list[Article], language: str = "english", *,
            keep_quotes: bool = False) -> list[Sentence]:
    """Every sentence of every article, with its provenance.

    Each :class:`Sentence` carries the article index, paragraph index, its position within the
    article and its span, so ``articles[s.article].text[s.start:s.end] == s.text``. With
    ``keep_quotes`` a quotation of several sentences that closes in its paragraph stays one unit
    (a whole quote to cite, instead of a fragment with one quotation mark).
    """
    spans_of = get_splitter(language, keep_quotes).spans
    out: list[Sentence] = []
    append = out.append
    for a, article in enumerate(articles):
        text = article.text
        index = 0
        for p, (ps, pe) in enumerate(article.paragraph_spans()):
            para = text[ps:pe]
            for s, e in spans_of(para):
                append(Sentence(para[s:e], a, p, index, ps + s, ps + e))
                index += 1
    return out
