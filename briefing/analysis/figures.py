"""Figures as facts: what a number in the news counts, with what qualifier, and what it allows.

``find_figures("The quake killed at least 1,100 people in Honduras on Nov. 2.")`` returns one
:class:`Figure`: ``value=1100.0``, ``counted="deaths"``, ``qualifier="at least"``,
``place="in Honduras"``, ``time="on Nov. 2"`` and :meth:`Figure.allows` ``(1100.0, inf)``.

Two figures of the same fact conflict only when what they allow does not overlap
(:func:`compatible`): "at least 1 million" and "2 million" agree, "as many as three million" and
"2 million" agree, "more than 125,000" and "around 100,000" do not. A bare round number allows its
rounding ("230" allows 229; "2 million" allows 1.8 to 2.2 million), a small count (under 100) is
exact, "about" allows a tenth either way, "nearly" a little less.

Dates ("Aug. 7", "Dec. 21, 1988"), years, times, durations, ages told as counts, numbers in names
("Flight 103") and counts of other things ("two mass graves") are never the counted quantity.
Parts of a total ("11 of them in Tanzania", "one of the militants", "including 12 Americans") are
returned with ``part=True`` and never compared as totals. Ages of named people ("Graner, 36,")
come back as figures that count ``"age"`` ``of`` the person.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from ..lang import part
from .lexicon import lexicon
from .numbers import Quantity, Token, find_quantities, tokenize

_INF = math.inf


@dataclass(frozen=True, slots=True)
class Figure:
    """One figure of a text: ``text[start:end] == value_text``.

    Attributes:
        text: The figure as written, with its qualifier ("more than 125,000", "25-40%").
        start: Where it starts in the text.
        end: Where it ends.
        value: The number (the lower end of a range); None for vague amounts ("tens of thousands").
        low: The lower end of the amount as written (the range's, or the vague amount's).
        high: The upper end as written (equal to ``low`` for one number).
        counted: What is counted: "deaths", "injured", "missing", "troops", "nations", "seats",
            "people", "percent", "money", "age", "n:<noun>" for other things.
        noun: The counted noun as written ("troops", "lives"; "" when a verb says it: "killed 12").
        unit: "" for counts, "%" for shares, a currency code ("USD") for money, "years" for ages.
        qualifier: "exact", "about", "almost", "more than", "at least", "less than", "up to",
            "range" or "vague".
        modifier: The qualifier's words as written ("as many as"; "" for none).
        part: True for a part of a larger total ("11 of them", "including 12 Americans").
        of: What a share is of, or whose age it is ("of the vote", "Charles Graner").
        place: The place phrase next to it ("in Tanzania"), "" when none.
        time: The time phrase next to it ("on Nov. 2", "since 2014", "as of Friday"), "" when none.
        event: The event word of its clause ("bombing", "earthquake"), "" when none.
    """

    text: str
    start: int
    end: int
    value: float | None
    low: float
    high: float
    counted: str
    noun: str = ""
    unit: str = ""
    qualifier: str = "exact"
    modifier: str = ""
    part: bool = False
    of: str = ""
    place: str = ""
    time: str = ""
    event: str = ""
    exactly: bool = False  # "exactly 222,570": no rounding allowed

    def allows(self) -> tuple[float, float]:
        """The values this figure allows, as (lowest, highest); see :func:`allowed`."""
        return _allowed(self.value, self.low, self.high, self.qualifier, self.text, self.unit, self.exactly)


# -- what a figure allows -------------------------------------------------------------------------


def qualifier_of(modifier: str, language: str = "english") -> str:
    """The qualifier class of a modifier as written: "as many as" -> "up to", "plus de" -> "more than".

    Args:
        modifier: The modifier words, lower case ("" for none).
        language: The language of the words.

    Returns:
        One of "exact", "about", "almost", "more than", "at least", "less than", "up to".
    """
    if not modifier:
        return "exact"
    table = _qualifiers(language)
    return table.get(modifier.lower(), "about")


@lru_cache(maxsize=16)
def _qualifiers(language: str) -> dict[str, str]:
    return dict(part(language, "numbers").QUALIFIERS)


@lru_cache(maxsize=16)
def _exact(language: str) -> frozenset[str]:
    return frozenset(part(language, "numbers").EXACT)


def quantity_qualifier(q: Quantity, language: str = "english") -> str:
    """The qualifier class of a quantity mention: "range", "vague" or that of its modifier."""
    if q.number is None:
        return "vague"
    if q.high > q.low:
        return "range"
    return qualifier_of(q.modifier, language)


def allowed(q: Quantity, language: str = "english") -> tuple[float, float]:
    """The values a quantity mention allows, as (lowest, highest).

    Args:
        q: A mention of :func:`~briefing.analysis.numbers.find_quantities`.
        language: The language of its modifier.

    Returns:
        ``(lo, hi)``, ``hi`` may be infinite ("more than 250").
    """
    unit = "%" if q.kind == "percent" else ""
    exact = q.modifier.lower() in _exact(language)
    return _allowed(q.number, q.low, q.high, quantity_qualifier(q, language), q.value, unit, exact)


def _allowed(value: float | None, low: float, high: float, qualifier: str, text: str, unit: str,
             exactly: bool = False) -> tuple[float, float]:
    if value is None or qualifier == "vague":
        # "tens of thousands" stays under a hundred thousand; "thousands" alone is a floor only
        two_tier = len(re.findall(r"[^\W\d_]+", text)) >= 3 or text.lower().startswith(("several", "a few", "plusieurs"))
        return (low, high if two_tier else _INF)
    r = 0.0 if exactly else _rounding(value, text, unit)
    if qualifier == "range":
        return (value - r, high + _rounding(high, text, unit))
    if qualifier == "about":
        return (value * 0.9 - 0.005 * value, value * 1.1 + 0.005 * value)
    if qualifier == "almost":
        return (value * 0.85, value + r)
    if qualifier in ("more than", "at least"):
        return (value, _INF)  # a bound is meant as written: "more than 170" allows no 165
    if qualifier in ("less than", "up to"):
        return (0.0, value)
    return (value - r, value + r)


def _rounding(value: float, text: str, unit: str) -> float:
    """How far a bare figure may stand from the truth by rounding alone.

    A count under 100 is exact; "230" may stand for 229 (half a unit of its last significant digit,
    at least half a percent, at most a tenth); shares are rounded to their last written digit.
    """
    digits = re.findall(r"\d+(?:[.,\u00a0\u202f ]\d+)*", text)
    if unit == "%":
        last = digits[-1] if digits else ""
        decimals = len(re.split(r"[.,]", last)[-1]) if re.search(r"[.,]\d{1,2}$", last) else 0
        return 0.5 * 10 ** -decimals
    if value < 100:
        return 0.0
    v = int(round(value))
    zeros = 0
    while v and v % 10 == 0 and zeros < 12:
        v //= 10
        zeros += 1
    half = 0.5 * 10 ** zeros if zeros else 0.0
    return max(0.005 * value, min(half, 0.1 * value))


def compatible(a: tuple[float, float], b: tuple[float, float]) -> bool:
    """True when two allowed ranges (of :func:`allowed`) overlap: both figures can be true."""
    return a[0] <= b[1] and b[0] <= a[1]


# -- ages ----------------------------------------------------------------------------------------

_NAME = r"[A-Z][\w'’-]+(?:\s(?:[A-Z]\.\s)?[A-Z][\w'’-]+){0,3}"
_AGE_APPOSITION = re.compile(rf"(?<![\w.])({_NAME}),\s(?:aged\s)?(\d{{1,3}}),\s")
_AGE_BEFORE = re.compile(rf"\b(\d{{1,3}})-year-old\s(?:[a-z]+\s){{0,3}}?({_NAME})")
_AGE_AFTER_NAME = re.compile(rf"(?<![\w.])({_NAME}),\s(?:an?|the)\s(\d{{1,3}})-year-old\b")
_AGE_HINT = re.compile(r",\s(?:aged\s)?\d{1,3},|\d-year-old")
_NOT_BEFORE_NAME = frozenset("from in of at near for to with by on".split())


@dataclass(frozen=True, slots=True)
class Age:
    """The age of a named person: ``text[start:end]`` is the age as written."""

    name: str  # as written: "Charles Graner"
    key: str  # the surname, lower case: "graner"
    years: int
    start: int
    end: int


def find_ages(text: str, language: str = "english") -> list[Age]:
    """Ages given to named people: "Graner, 36, was ...", "the 36-year-old Charles Graner".

    Args:
        text: One sentence.
        language: Its language (months, weekdays and small words are never names).

    Returns:
        The ages in text order.
    """
    hints = [h.start() for h in _AGE_HINT.finditer(text)]
    if not hints:
        return []
    lex = lexicon(language)
    out: list[Age] = []
    taken: set[int] = set()
    # the name patterns only run around each hint ("Graner, 36,", "36-year-old"): a name is near
    windows = [(max(0, h - 90), min(len(text), h + 90)) for h in hints]
    found: list = []
    for rx, name_group, age_group in ((_AGE_APPOSITION, 1, 2), (_AGE_AFTER_NAME, 1, 2), (_AGE_BEFORE, 2, 1)):
        for lo, hi in windows:
            found.extend((rx, name_group, age_group, m) for m in rx.finditer(text, lo, hi))
    for rx, name_group, age_group, m in found:
        if m.start(age_group) in taken:
            continue
        name = m.group(name_group)
        if rx is _AGE_BEFORE:
            words_before = text[m.end(age_group):m.start(name_group)].split()
            if words_before[-1:] and words_before[-1].lower() in _NOT_BEFORE_NAME:
                continue  # "a 41-year-old clerk from Novtama": a place, not the person
        words = [w for w in name.split() if not (len(w) == 2 and w.endswith("."))]
        while words and (words[0].lower() in lex.stop or words[0].lower() in lex.titles):
            words = words[1:]  # "The", "President", "Dr."
        if not words:
            continue
        surname = words[-1].lower().rstrip("'’s")
        if (surname in lex.months or surname in lex.weekdays or surname in lex.stop
                or any(w.lower() in lex.months or w.lower() in lex.weekdays for w in words)):
            continue
        years = int(m.group(age_group))
        if not 1 <= years <= 110:
            continue
        taken.add(m.start(age_group))
        out.append(Age(" ".join(words), surname, years, m.start(age_group), m.end(age_group)))
    out.sort(key=lambda a: a.start)
    return out


# -- context -------------------------------------------------------------------------------------


@lru_cache(maxsize=8)
def _context_words(language: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    data = part(language, "figures")
    return frozenset(data.PLACE_PREPOSITIONS), frozenset(data.TIME_PREPOSITIONS), frozenset(data.EVENTS)


def place_of(toks: list[Token], start: int, end: int, language: str = "english") -> str:
    """The place phrase of a figure's clause: a place preposition and capitalised words ("in Tanzania").

    Args:
        toks: The tokens of the sentence.
        start: Start of the figure.
        end: End of the counted noun.
        language: The sentence's language.

    Returns:
        The phrase as written, lower-cased preposition first; "" when the clause names no place.
    """
    places, _, _ = _context_words(language)
    lex = lexicon(language)
    best = ""
    best_dist = 99
    first = next((k for k, t in enumerate(toks) if t.end > start), len(toks))
    last = next((k for k in range(first, len(toks)) if toks[k].start >= end), len(toks))
    for k in range(max(0, first - 10), min(len(toks), last + 11)):
        t = toks[k]
        if t.low not in places or k + 1 >= len(toks):
            continue
        words = []
        for u in toks[k + 1:k + 6]:
            if u.text[:1].isupper() and u.low not in lex.months and u.low not in lex.weekdays:
                words.append(u)
                if u.low.endswith(("'s", "’s")):
                    break  # "in Poland's Arctic cold wave": the place is Poland
            elif words and u.low in ("of", "de", "du", "des") and u is not toks[-1]:
                continue
            elif u.low in ("the", "la", "le", "les", "l'") and not words:
                continue
            else:
                break
        if not words:
            continue
        if t.start >= end:
            between = [u for u in toks[last:k]]
        else:
            between = [u for u in toks[k + 1:first] if u.start >= words[-1].end]
        if any(u.text in (";", ":") or u.low in ("while", "but", "whereas") or u.text[:1].isdigit() for u in between):
            continue  # another clause, or another figure ("killed 257, 11 of them in Tanzania")
        dist = len(between)
        if t.start < start and dist > 3:
            continue  # "met in Geneva and agreed ... tens of thousands of troops": another clause's place
        if dist < best_dist and dist <= 10:
            best, best_dist = f"{t.low} " + " ".join(u.text for u in words), dist
    return best


def time_of(text: str, toks: list[Token], start: int, end: int, language: str = "english") -> str:
    """The time phrase right after a figure ("on Nov. 2", "since 2014", "as of Friday"), "" when none."""
    _, times, _ = _context_words(language)
    lex = lexicon(language)
    after = [t for t in toks if t.start >= end][:8]
    for k, t in enumerate(after):
        if t.text in (".", ";", ":") and not (k and after[k - 1].low in lex.months):
            break
        if t.low not in times or k + 1 >= len(after):
            continue
        m = k + 1
        if after[m].low == "of" and m + 1 < len(after):  # "as of Friday"
            m += 1
        first = after[m]
        if not (first.low in lex.months or first.low in lex.weekdays or (first.text.isdigit() and len(first.text) == 4)):
            continue
        stop = first.end
        for u in after[m + 1:m + 4]:
            if u.text == "." and u.start == stop:
                continue  # "Nov."
            if u.text.isdigit() and len(u.text) <= 2 and first.low in lex.months:
                stop = u.end  # "Nov. 2"
                continue
            break
        return text[t.start:stop]
    return ""


def event_of(toks: list[Token], language: str = "english") -> str:
    """The first event word of a sentence ("bombing", "earthquake"), "" when none."""
    _, _, events = _context_words(language)
    for t in toks:
        if t.low in events:
            return t.low
    return ""


# -- the public reader ---------------------------------------------------------------------------


def find_figures(text: str, *, language: str = "english") -> list[Figure]:
    """The figures of a text: each number with what it counts, its unit, qualifier and context.

    Dates, days of the month, years, clock times, durations, numbers in names and counts of
    things that are not recognisable are left out; parts of a total come back with
    ``part=True``; ages of named people come back counting ``"age"``.

    Args:
        text: A sentence or a whole article (it is read sentence by sentence).
        language: The language of the text ("english", "french"; others use English word lists).

    Returns:
        The figures in text order.

    Example:
        >>> [(f.value, f.counted, f.qualifier) for f in find_figures("At least 257 people died.")]
        [(257.0, 'deaths', 'at least')]
    """
    from ..nlp import split_sentences

    out: list[Figure] = []
    pos = 0
    for sentence in split_sentences(text, language) if len(text) > 400 else [text]:
        offset = text.find(sentence, pos)
        if offset < 0:
            offset = pos
        pos = offset + len(sentence)
        out.extend(_figures_of_sentence(sentence, offset, language))
    out.sort(key=lambda f: f.start)
    return out


def _figures_of_sentence(sentence: str, offset: int, language: str) -> list[Figure]:
    toks = tokenize(sentence)
    figures: list[Figure] = []
    event = ""
    for q in find_quantities(sentence, language, toks, parts=True):
        event = event or event_of(toks, language)
        kind = q.kind
        unit = ""
        counted = kind
        if kind.startswith("money:"):
            counted, unit = "money", kind.split(":", 1)[1]
        elif kind == "percent":
            unit = "%"
        of = _share_of(sentence, toks, q) if kind == "percent" else ""
        figures.append(Figure(
            text=q.value, start=q.start + offset, end=q.end + offset, value=q.number, low=q.low, high=q.high,
            counted=counted, noun=q.noun, unit=unit, qualifier=quantity_qualifier(q, language), modifier=q.modifier,
            part=q.part, of=of, place=place_of(toks, q.start, q.noun_end, language),
            time=time_of(sentence, toks, q.start, q.noun_end, language), event=event,
            exactly=q.modifier.lower() in _exact(language),
        ))
    for a in find_ages(sentence, language):
        figures.append(Figure(text=sentence[a.start:a.end], start=a.start + offset, end=a.end + offset,
                              value=float(a.years), low=float(a.years), high=float(a.years), counted="age",
                              unit="years", of=a.name))
    return figures


def _share_of(sentence: str, toks: list[Token], q: Quantity) -> str:
    """What a share is of: "51 percent of the vote" -> "of the vote" (up to four words)."""
    after = [t for t in toks if t.start >= q.end][:5]
    if not after or after[0].low not in ("of", "de", "du", "des", "d'"):
        return ""
    lex = lexicon("english")
    words = [after[0]]
    for t in after[1:]:
        if not t.text[0].isalnum() or (t.low in lex.stop and t.low not in ("the", "its", "their", "all")):
            break
        words.append(t)
    while len(words) > 1 and words[-1].low in ("the", "its", "their", "all"):
        words.pop()
    return sentence[words[0].start:words[-1].end] if len(words) > 1 else ""


__all__ = ["Age", "Figure", "allowed", "compatible", "find_ages", "find_figures", "qualifier_of"]
