"""Which language an article is written in, offline and in a millisecond.

Each language's function words are its fingerprint: in any running text of a few dozen words,
the share of tokens that are stop words of the right language is far higher than for any other
(English "the, of, and", French "le, de, et", German "der, die, und"). :func:`detect_language`
counts, for every language with a stop-word list (sumy's lists plus the language folders'), the
tokens that are its stop words, weighted by how specific each word is (a word that is a stop word
in several languages counts for each of them a fraction), and picks the best. A text with too few
function words is ``None`` (not guessed).

Why not a library: py3langid (langid.py's model) needs 2.9 s here to load its model before the
first answer, longer than a whole cold ``briefing build``; on news articles both agree (see
``tests/nlp/test_langid.py`` and ``benchmarks/README.md``).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Sequence

from .words import word_tokens

#: Languages considered (each needs a stop-word list and a Snowball stemmer).
CANDIDATES = ("english", "french", "german", "spanish", "italian", "portuguese", "dutch", "swedish",
              "danish", "norwegian", "finnish", "hungarian", "romanian", "czech", "polish", "russian",
              "turkish", "greek")

#: Fewer stop-word hits than this and the text is too short or too odd to tell.
MIN_HITS = 4.0
#: The winner must beat the runner-up by this factor.
MARGIN = 1.3


@lru_cache(maxsize=1)
def _weights() -> dict[str, dict[str, float]]:
    """word -> {language: weight}: 1 / (number of candidate languages listing the word)."""
    from .words import stop_words

    lists = {}
    for lang in CANDIDATES:
        words = stop_words(lang)
        if words:
            lists[lang] = {w for w in words if len(w) > 1 or lang in ("french", "spanish", "italian",
                                                                      "portuguese")}
    seen = Counter(w for ws in lists.values() for w in ws)
    out: dict[str, dict[str, float]] = {}
    for lang, ws in lists.items():
        for w in ws:
            out.setdefault(w, {})[lang] = 1.0 / seen[w]
    return out


def language_scores(text: str, limit: int = 2000) -> dict[str, float]:
    """Weighted stop-word hits per language in the first ``limit`` words of ``text``, best first."""
    weights = _weights()
    scores: dict[str, float] = {}
    for tok in word_tokens(text)[:limit]:
        hit = weights.get(tok.lower().replace("\u2019", "'"))
        if hit:
            for lang, w in hit.items():
                scores[lang] = scores.get(lang, 0.0) + w
    return dict(sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])))


def detect_language(text: str) -> str | None:
    """The language of ``text`` ("english", "french", ...), or None when it cannot be told."""
    ranked = list(language_scores(text).items())[:2]
    if not ranked or ranked[0][1] < MIN_HITS:
        return None
    if len(ranked) > 1 and ranked[0][1] < MARGIN * ranked[1][1]:
        return None
    return ranked[0][0]


@dataclass(frozen=True)
class LanguageChoice:
    """The language a story is briefed in, and what each article was found to be written in.

    Attributes:
        language: the majority language of the articles that could be told ("english" if none).
        detected: one entry per article, in order: its language, or None when it could not be told.
        others: indices of the articles found to be in another language than ``language``.
    """

    language: str
    detected: tuple[str | None, ...] = field(default=())
    others: tuple[int, ...] = field(default=())


def choose_language(texts: Sequence[str], default: str = "english") -> LanguageChoice:
    """Detect each text's language and choose the story's: the most frequent (ties: the one with
    more words in all). Texts that cannot be told are counted for no language."""
    detected = tuple(detect_language(t) for t in texts)
    counts = Counter(d for d in detected if d)
    if not counts:
        return LanguageChoice(default, detected, ())
    size: Counter[str] = Counter()
    for t, d in zip(texts, detected):
        if d:
            size[d] += len(t)
    language = max(counts, key=lambda lang: (counts[lang], size[lang], lang))
    others = tuple(k for k, d in enumerate(detected) if d and d != language)
    return LanguageChoice(language, detected, others)
