"""Words, stems and stop words for one language (interim version)."""

from __future__ import annotations

import re
from functools import lru_cache

_WORD = re.compile(r"\w+(?:[-'’]\w+)*", re.UNICODE)


def word_tokens(text: str) -> list[str]:
    """The words of ``text`` in order, punctuation dropped, case kept."""
    return _WORD.findall(text)


class Analyzer:
    """Turns text into index terms: lower-cased Snowball stems of the words that are not stop words."""

    def __init__(self, language: str = "english") -> None:
        from nltk.stem.snowball import SnowballStemmer
        from sumy.utils import get_stop_words

        self.language = language
        self._stemmer = SnowballStemmer(language)
        self.stopwords = frozenset(w.lower() for w in get_stop_words(language))
        self.stem = lru_cache(maxsize=200_000)(self._stemmer.stem)

    def terms(self, text: str) -> list[str]:
        """Stems of the content words of ``text``, in order."""
        stop = self.stopwords
        stem = self.stem
        return [stem(w) for w in (t.lower() for t in word_tokens(text)) if w not in stop and not w.isdigit()]
