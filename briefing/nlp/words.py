"""Words, stems and stop words, for any language, offline.

* :func:`word_tokens` keeps contractions and possessives (``don't``, ``Ukraine's``), hyphenated
  words (``pro-Russian``, ``COVID-19``), dotted acronyms (``U.S.``), numbers with their
  separators (``125,000``, ``100.000``, ``4.5``, ``10:30``) and any Unicode letters.
* :class:`Analyzer` turns text into index terms: lower-cased Snowball stems (PyStemmer, the
  Snowball project's C stemmers, imported in about a millisecond; no data files) of the words that
  are not stop words, with English possessives and French/Italian elisions (``l'``, ``d'``,
  ``qu'``, ``dell'``) split off. Stems are cached per language.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from .params import normalize_language

_TOKEN = re.compile(
    # dotted acronyms: U.S., e.g., J.R.R. (the look-ahead, implied by the rest, fails fast)
    r"(?=[^\W\d_]\.[^\W\d_]\.)(?:[^\W\d_]\.){2,}(?![^\W\d_])"
    r"|\w+(?:(?:[-'’]|(?<=\d)[.,:](?=\d))\w+)*",  # words, contractions, hyphens, numbers
    re.UNICODE,
)
_NUMERIC = re.compile(r"[\d.,:'’-]+$")
# Elided articles and pronouns written before a word in French and Italian.
_ELISION = re.compile(
    r"^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu|dell|dall|nell|sull|all|un|quest|quell)"
    r"['’](?=[^\W\d_])",
    re.IGNORECASE,
)
_POSSESSIVE = re.compile(r"['’]s?$")



def word_tokens(text: str) -> list[str]:
    """The words of ``text`` in order, punctuation dropped, case kept.

    >>> word_tokens("Russia's 125,000 troops didn't move, U.S. officials said at 10:30.")
    ["Russia's", '125,000', 'troops', "didn't", 'move', 'U.S.', 'officials', 'said', 'at', '10:30']
    """
    return _TOKEN.findall(text)


def is_number(token: str) -> bool:
    """True for a token made of digits and separators only (``2022``, ``125,000``, ``4.5``)."""
    return token[:1].isdigit() and bool(_NUMERIC.match(token))


@lru_cache(maxsize=64)
def stop_words(language: str = "english") -> frozenset[str]:
    """Lower-cased stop words of ``language``: the list sumy ships plus the project's additions
    (``briefing/lang/<language>/stopwords.txt``); empty for a language with neither."""
    from .params import DATA_DIR, read_list

    name = normalize_language(language)
    try:
        path = resources.files("sumy").joinpath(f"data/stopwords/{name}.txt")
        raw = path.read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError, OSError):
        raw = ""
    raw += "\n" + "\n".join(read_list(DATA_DIR / name / "stopwords.txt"))
    words = set()
    for line in raw.splitlines():
        w = line.strip().lower()
        if w and not w.startswith("#"):
            words.add(w)
            words.add(w.replace("'", "’"))
    return frozenset(words)


def stemmer_languages() -> list[str]:
    """Languages the Snowball stemmer knows."""
    import Stemmer

    return sorted(Stemmer.algorithms())


@lru_cache(maxsize=64)
def _stem_function(language: str):
    """A cached ``word -> stem`` function for ``language`` (one per language, shared)."""
    import Stemmer

    from ..errors import OptionError

    name = normalize_language(language)
    if name not in Stemmer.algorithms():
        known = ", ".join(a for a in Stemmer.algorithms() if a not in ("porter", "dutch_porter"))
        raise OptionError("language", f"no stemmer for {language!r}; known: {known}")
    stem_word = Stemmer.Stemmer(name).stemWord
    cache: dict[str, str] = {}

    def stem(word: str) -> str:
        s = cache.get(word)
        if s is None:
            s = stem_word(word.lower().replace("’", "'"))
            if len(cache) < 500_000:
                cache[word] = s
        return s

    return stem


class Analyzer:
    """Turns text into index terms: lower-cased Snowball stems of the words that are not stop words.

    Parameters:
        language: a name ("english") or ISO code ("en"); raises ``BriefingError`` when no
            Snowball stemmer exists for it.
        stopwords: the words to drop (lower-cased); default the language's list.
        numbers: keep numeric tokens (``2022``, ``125,000``) as terms; default False.

    Building one is cheap: stemmers, their caches and the stop-word lists are shared per language.
    """

    def __init__(self, language: str = "english", *, stopwords: frozenset[str] | None = None,
                 numbers: bool = False) -> None:
        self.language = normalize_language(language)
        self.stem = _stem_function(self.language)
        self.stopwords = frozenset(stopwords) if stopwords is not None else stop_words(self.language)
        self.numbers = numbers
        self._term_cache: dict[str, str | None] = {}

    def term(self, token: str) -> str | None:
        """The index term of one token (its stem), or None for a stop word or a dropped number."""
        cache = self._term_cache
        if token in cache:
            return cache[token]
        low = token.lower()
        word = _ELISION.sub("", low)
        if word.endswith(("'s", "’s", "'", "’")) and not word.endswith(("n't", "n’t")):
            word = _POSSESSIVE.sub("", word)
        out: str | None
        if not word or word in self.stopwords or low in self.stopwords:
            out = None
        elif not self.numbers and is_number(word):
            out = None
        else:
            out = self.stem(word)
        if len(cache) < 500_000:
            cache[token] = out
        return out

    def terms(self, text: str) -> list[str]:
        """Stems of the content words of ``text``, in order."""
        term = self.term
        out = []
        for tok in _TOKEN.findall(text):
            t = term(tok)
            if t is not None:
                out.append(t)
        return out
