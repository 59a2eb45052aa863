"""A tokenizer object for sumy that needs no downloaded nltk data."""

from __future__ import annotations

from .params import normalize_language
from .splitter import get_splitter
from .words import is_number, word_tokens


class SumyTokenizer:
    """Drop-in for ``sumy.nlp.tokenizers.Tokenizer``: sumy's parsers and summarizers only call
    :meth:`to_sentences` and :meth:`to_words`, so every sumy summarizer runs offline with it.

    >>> from sumy.parsers.plaintext import PlaintextParser
    >>> doc = PlaintextParser.from_string("Gen. Smith left. He was tired.", SumyTokenizer()).document
    >>> [str(s) for s in doc.sentences]
    ['Gen. Smith left.', 'He was tired.']
    """

    def __init__(self, language: str = "english") -> None:
        self.language = normalize_language(language)
        self._split = get_splitter(self.language).split

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        """The sentences of ``paragraph``."""
        return tuple(self._split(paragraph))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        """The words of ``sentence``; like sumy's own tokenizer, numbers are left out."""
        return tuple(w for w in word_tokens(sentence) if not is_number(w))
