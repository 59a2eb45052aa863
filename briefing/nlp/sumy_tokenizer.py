"""A tokenizer object for sumy that needs no downloaded nltk data."""

from __future__ import annotations

from . import split_sentences
from .words import word_tokens


class SumyTokenizer:
    """Drop-in for ``sumy.nlp.tokenizers.Tokenizer``: sumy only calls these two methods."""

    def __init__(self, language: str = "english") -> None:
        self.language = language

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(split_sentences(paragraph, self.language))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(word_tokens(sentence))
