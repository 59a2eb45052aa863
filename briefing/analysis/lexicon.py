"""The word lists the cross-source analysis needs, bundled per language.

The lists themselves live in the language folders (``briefing/lang/<language>/``: the parts
``numbers``, ``figures``, ``dates``, ``quotes`` and ``stopwords``); :func:`lexicon` gathers them
into one frozen :class:`Lexicon`. A language without one of these parts gets English's, with a
:class:`~briefing.lang.LanguageWarning`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache


@dataclass(frozen=True)
class Lexicon:
    """The word lists for one language (all lower case)."""

    language: str
    units: dict[str, int]  # number words below a hundred: "one" -> 1, "twenty" -> 20
    scales: dict[str, int]  # "hundred" -> 100, "thousand" -> 1000, "million" -> 10**6
    vague: dict[str, tuple[int, int]]  # "tens of thousands" -> (10_000, 100_000)
    modifiers: tuple[str, ...]  # "more than", "about", ... (longest first)
    classes: dict[str, str]  # counted noun -> class: "soldiers" -> "troops"
    people: frozenset[str]  # nouns that count people: "people", "civilians"
    death_cues: frozenset[str]
    injury_cues: frozenset[str]
    time_units: frozenset[str]  # durations: never a disagreement
    skip_nouns: frozenset[str]  # counted things that are never worth comparing
    currencies: dict[str, str]  # "$" / "dollars" -> "USD"
    percent: frozenset[str]
    months: dict[str, int]
    weekdays: dict[str, int]  # Monday = 0
    speech_verbs: frozenset[str]
    titles: frozenset[str]  # words stripped from the front of a speaker's name
    pronouns: frozenset[str]
    preps_place: frozenset[str]
    preps_time: frozenset[str]
    connectors: frozenset[str]  # words allowed inside a label phrase
    stop: frozenset[str]
    class_labels: dict[str, str] = field(default_factory=dict)


@lru_cache(maxsize=8)
def lexicon(language: str = "english") -> Lexicon:
    """The word lists for ``language`` (a name or code; missing parts fall back to English)."""
    from ..lang import normalize, part

    name = normalize(language)
    num, fig, dat, quo, stop = (part(name, p) for p in ("numbers", "figures", "dates", "quotes", "stopwords"))
    return Lexicon(
        language=num.__name__.split(".")[-2], units=num.UNITS, scales=num.SCALES, vague=num.VAGUE,
        modifiers=tuple(sorted(set(num.MODIFIERS), key=len, reverse=True)), classes=fig.CLASSES,
        people=fig.PEOPLE, death_cues=fig.DEATH_CUES, injury_cues=fig.INJURY_CUES,
        time_units=fig.TIME_UNITS, skip_nouns=fig.SKIP_NOUNS, currencies=num.CURRENCIES,
        percent=num.PERCENT, months=dat.MONTHS, weekdays=dat.WEEKDAYS, speech_verbs=quo.SPEECH_VERBS,
        titles=quo.TITLES, pronouns=quo.PRONOUNS, preps_place=fig.PREPS_PLACE,
        preps_time=fig.PREPS_TIME, connectors=fig.CONNECTORS, stop=stop.ANALYSIS,
        class_labels=fig.CLASS_LABELS,
    )
