"""Language tools, offline: sentence splitting, words, stems, stop words.

Interim version (Punkt untrained); the curated, shipped Punkt parameters replace it.
"""

from __future__ import annotations

from functools import lru_cache

from ..model import Article, Sentence


@lru_cache(maxsize=8)
def _punkt(language: str):
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    return PunktSentenceTokenizer()


def sentence_spans(text: str, language: str = "english") -> list[tuple[int, int]]:
    """Character spans of the sentences in ``text`` (stripped of surrounding white space)."""
    spans = []
    for start, end in _punkt(language).span_tokenize(text):
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            spans.append((start, end))
    return spans


def split_sentences(text: str, language: str = "english") -> list[str]:
    """Split ``text`` into sentences, offline."""
    return [text[s:e] for s, e in sentence_spans(text, language)]


def segment(articles: list[Article], language: str = "english") -> list[Sentence]:
    """Every sentence of every article, with its provenance."""
    out: list[Sentence] = []
    for a, article in enumerate(articles):
        index = 0
        for p, (ps, pe) in enumerate(article.paragraph_spans()):
            para = article.text[ps:pe]
            for s, e in sentence_spans(para, language):
                out.append(Sentence(para[s:e], a, p, index, ps + s, ps + e))
                index += 1
    return out
