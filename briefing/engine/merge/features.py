"""What the merger knows about each sentence, and how two sentences are compared.

Two sentences carry the same claim only when one supports the other (:class:`Comparer`):

* **nothing conflicts**: the same figures (years, days of the month and clock times aside: a
  sentence without the point's figure does not support it, and different figures are a
  disagreement the cross-source analysis shows) in the same roles ("from 2 percent to 3 percent"),
  no two different weekdays, dates or times (a date only one of them gives is a detail like any
  other words), the same polarity, modality,
  legal status, attribution and actors (:func:`~briefing.engine.merge.support.conflict`);
* **plain overlap** (:meth:`Comparer.content`): the mean of the weighted share of the heavier
  sentence's content stems that the other carries (each stem weighted by its inverse sentence
  frequency in the story plus one, names by ``name_weight``: names that every sentence carries,
  such as "Russia" or "Blinken", weigh little), the Jaccard of their character 4-grams, and (at
  0.3) the ratio of their lengths; it must reach ``floor``;
* **support score** (:class:`SupportModel`): a logistic model over those measures and over how
  the two sentences' words line up in order (a clause one adds, the runs they share), fitted on
  news sentence pairs labelled paraphrase or not;
* **quoted words**: for each quotation of at least ``min_quote_words`` words, the weighted share
  of its stems found inside the other sentence's quotations (or, at 0.8, its text).  Two outlets
  that quote the same words score high even when the rest of the sentence differs; this measure
  alone merges only at ``quote_threshold`` (a shared slogan is not enough).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from difflib import SequenceMatcher
from functools import lru_cache
from dataclasses import dataclass, field
from itertools import chain, repeat
from typing import Callable, NamedTuple, Sequence

from .support import Claim, claim_of, conflict

_QUOTE_RE = re.compile(
    r"\"([^\"]{3,}?)\""
    r"|“([^“”]{3,}?)[”“]"
    r"|„([^„“”]{3,}?)[“”]"
    r"|«\s?([^«»]{3,}?)\s?»"
    r"|‘(?<![\w’']‘)([^‘’']{3,}?)[’'](?!\w)"
    r"|'(?<![\w’']')([^‘’']{3,}?)[’'](?!\w)"
)
_NUMBER_RE = re.compile(r"\d+(?:[.,\u202f\u00a0 ]\d{3})*(?:[.,]\d+)?")
_NORM_RE = re.compile(r"[\W_]+", re.UNICODE)


_QUOTE_MARKS = "\"“„«‘'"


_QUOTE_MARK = re.compile("[" + _QUOTE_MARKS + "]")


def quotations(text: str) -> list[str]:
    """The quoted passages of ``text`` (without their quotation marks), in order."""
    if _QUOTE_MARK.search(text) is None:  # most sentences quote nothing
        return []
    return [next(g for g in m.groups() if g is not None) for m in _QUOTE_RE.finditer(text)]


_NUMBER_WORDS = {w: str(k) for k, ws in enumerate([
    "zero zéro", "one un une", "two deux", "three trois", "four quatre", "five cinq", "six", "seven sept",
    "eight huit", "nine neuf", "ten dix", "eleven onze", "twelve douze", "thirteen treize",
    "fourteen quatorze", "fifteen quinze", "sixteen seize", "seventeen", "eighteen", "nineteen",
    "twenty vingt"]) for w in ws.split()}
_NUMBER_WORDS.update({"thirty": "30", "trente": "30", "forty": "40", "quarante": "40", "fifty": "50",
                      "cinquante": "50", "sixty": "60", "soixante": "60", "hundred": "100", "cent": "100",
                      "thousand": "1000", "mille": "1000"})
# multiples, halves and round counts: figures too ("twice as many" is not "three times as many",
# "by half a point" is not "by a quarter point", "dozens killed" is not "hundreds killed"); not
# "quarter", which in business news is most often three months, not a fraction
_NUMBER_WORDS.update({w: "x2" for w in "twice double doubled doubles doubling doublé doublée".split()})
_NUMBER_WORDS.update({w: "x3" for w in "triple tripled triples tripling threefold triplé triplée".split()})
_NUMBER_WORDS.update({w: "x4" for w in "quadruple quadrupled quadruples fourfold quadruplé".split()})
_NUMBER_WORDS.update({w: "0.5" for w in "half halved halves halving moitié".split()})
_NUMBER_WORDS.update({w: "dozens" for w in "dozens dizaines".split()})
_NUMBER_WORDS.update({w: "hundreds" for w in "hundreds centaines".split()})
_NUMBER_WORDS.update({w: "thousands" for w in "thousands milliers".split()})
_NUMBER_WORDS.update({w: "millions" for w in "millions".split()})
_LETTERS = re.compile(r"[^\W\d_]+")
# The spelled-out figures that count (two and up), as whole runs of letters: the same words that
# ``_LETTERS.findall`` would yield and ``_NUMBER_WORDS`` would map, found in one scan.
_NUMBER_WORD_RE = re.compile(
    r"(?<![^\W\d_])(?<!per )(?:"  # "per cent" is no hundred (French "cent" is)
    + "|".join(sorted((re.escape(w) for w, v in _NUMBER_WORDS.items() if v not in ("0", "1")),
                      key=lambda w: (-len(w), w)))
    + r")(?![^\W\d_])")
# any of those words anywhere, even inside a longer word ("often" holds "ten"): a cheap test that
# a word cannot hold a spelled-out figure
_NUMBER_WORD_ANY = re.compile(_NUMBER_WORD_RE.pattern[len(r"(?<![^\W\d_])(?<!per )"):-len(r"(?![^\W\d_])")])
_GROUP_SEP = re.compile(r"[.,\u202f\u00a0 ](?=\d{3}(?!\d))")
_YEAR = re.compile(r"(1[89]|20)\d\d")
_DIGIT = re.compile(r"\d")
_EMPTY: frozenset = frozenset()


def numbers(text: str, words: bool = True, digits: bool = True) -> frozenset[str]:
    """Figures in ``text`` other than years, normalised ("125,000" and "125.000" both -> "125000";
    "ten" -> "10").  "one"/"un" count only as digits would ("one of them" is no figure), so
    spelled-out numbers from two up.  ``words=False`` / ``digits=False`` skip looking for
    spelled-out numbers / digits (for a caller that knows ``text`` has none)."""
    if not (words or digits):
        return _EMPTY
    out = set()
    for raw in _NUMBER_RE.findall(text) if digits else ():
        # (digits only, as most figures are: nothing to normalise)
        value = raw if raw.isdecimal() else _GROUP_SEP.sub("", raw).replace(",", ".")
        if len(value) == 4 and _YEAR.fullmatch(value):
            continue  # a year
        out.add(value)
    if words:
        for w in _NUMBER_WORD_RE.findall(text.lower()):
            out.add(_NUMBER_WORDS[w])
    return frozenset(out) if out else _EMPTY


_CLOCK = r"\d{1,2}(?::\d\d)?\s?(?:[ap]\.?m\b\.?)|\d{1,2}:\d\d|\d{1,2}\s?h\s?\d\d"
_SLASH_DATE = r"\d{1,2}/\d{1,2}(?:/\d{2,4})?"


@lru_cache(maxsize=None)
def _when_pattern(language: str) -> "re.Pattern":
    """Weekdays ("Saturday"), days of the month beside a month name ("July 9", "Nov. 7",
    "9 juillet"), clock times ("2:05 p.m.", "8am", "14h30") and slashed dates ("9/11") in
    ``language``'s words."""
    from ...lang import part

    dates = part(language, "dates")
    months = set(dates.MONTHS) | set(getattr(dates, "MONTH_ABBREVIATIONS", {}))
    alt = "|".join(sorted((re.escape(m) for m in months), key=lambda m: (-len(m), m)))
    days = "|".join(sorted(map(re.escape, dates.WEEKDAYS), key=lambda m: (-len(m), m)))
    return re.compile(
        rf"(?P<weekday>\b(?:{days.title()}|{days})\b)"
        rf"|(?i:\b(?P<m1>{alt})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\b(?![.,]\d|\s?%)"
        rf"|\b(?P<d2>\d{{1,2}})(?:er|st|nd|rd|th)?\s+(?P<m2>{alt})\b"
        rf"|\b(?P<clock>{_CLOCK})"
        rf"|\b(?P<slash>{_SLASH_DATE})\b)")


@lru_cache(maxsize=None)
def _roles_pattern(language: str) -> "re.Pattern | None":
    """The words that give a figure its role ("from 2 percent to 3 percent"), each followed by a
    figure, in ``language``'s words (``FIGURE_ROLES`` of its ``support`` part)."""
    import warnings

    from ...lang import LanguageWarning, part

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", LanguageWarning)
        roles = getattr(part(language, "support"), "FIGURE_ROLES", ())
    if not roles:
        return None
    alt = "|".join(sorted(map(re.escape, roles), key=len, reverse=True))
    return re.compile(rf"(?i)(?<!\w)({alt})\s+(?:about\s+|around\s+|some\s+)?([$€£]?\d[\d.,]*)")


def _figures_and_times(text: str, when_re: "re.Pattern", words: bool, digits: bool,
                       roles_re: "re.Pattern | None" = None) -> dict:
    """``numbers`` and ``when`` of a :class:`Features`: the figures of ``text`` once its days of
    the month and clock times are taken out, and its weekdays, days and times (``digits=False``:
    the text has no digit, so only weekdays are looked for)."""
    when: list[str] = []
    parts: list[str] = []
    last = 0
    for m in when_re.finditer(text):
        g = m.groupdict()
        if g["weekday"]:
            when.append(g["weekday"].lower())  # no figure to take out
            continue
        if not digits:
            continue
        month = g["m1"] or g["m2"]
        if month:
            when.append(f"{month.lower()[:3]}{int(g['d1'] or g['d2'])}")
        elif g["clock"]:
            when.append("t" + re.sub(r"[^\dapm:]", "", g["clock"].lower()))
        else:
            when.append("s" + g["slash"])
        parts.append(text[last:m.start()])
        parts.append(month or " ")
        last = m.end()
    if not parts:
        figures = numbers(text, words=words, digits=digits)
    else:
        parts.append(text[last:])
        text = "".join(parts)
        figures = numbers(text, words=words, digits=True)
    out: dict[str, object] = {"numbers": figures, "when": frozenset(when)} if when else {"numbers": figures}
    if len(figures) >= 2 and digits and roles_re is not None:
        roles: dict[str, str] = {}
        for m in roles_re.finditer(text):
            v = numbers(m.group(2), words=False)
            if v:
                roles.setdefault(m.group(1).lower(), next(iter(v)))
        if len(roles) >= 2:
            out["sequence"] = tuple(sorted(roles.items()))
    return out


_PUNCT = str.maketrans({c: " " for c in "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~‘’‚‛“”„‟«»‹›–—―…·•¡¿\u00a0\u202f"})


def normalise(text: str) -> str:
    """The key under which two sentences count as the same text: lower case, words only."""
    return " ".join(text.lower().translate(_PUNCT).split())


class Features(NamedTuple):
    """What :meth:`Merger.similarity` needs to know about one sentence (immutable; a named
    tuple because a story has tens of thousands of them and tuples are built fastest)."""

    terms: frozenset[str]
    weight: float  # sum of the idf weights of ``terms``
    quotes: tuple[frozenset[str], ...]  # content stems of each quotation
    quoted: frozenset[str]  # union of ``quotes``
    numbers: frozenset[str]
    plain: float = 0.0  # weight of the stems that are not names
    text: str = ""  # the sentence (its claim is read when it is first compared closely)
    tokens: tuple = ()  # its words
    key: str = ""  # the text, lower case, words only (for its character 4-grams)
    size: int = 0  # number of words
    mass: float = 0.0  # sum of the smoothed weights (idf + 1) of ``terms``
    when: frozenset = frozenset()  # the days of month and clock times it names ("m7d9", "t14:05")
    sequence: tuple = ()  # (role, figure) of figures with a role word ("from", "to"), when two or more



class SupportModel(NamedTuple):
    """The weights of the support score: a logistic model over six measures of two sentences.

    ``score = 1 / (1 + exp(-(intercept + chars * c + length * l + log_size * log(n) + cover * v
    + gap * g + blocks * k)))`` where ``c`` is the Jaccard of the two texts' character 4-grams,
    ``l`` the ratio of their lengths in words, ``n`` the longer one's length in words, ``v`` the
    weighted share of the heavier one's stems that the other carries (weights idf + 1), ``g`` the
    longest run of words of either sentence that the other does not match in order (a clause one
    of them adds: "... and was endorsed by the White House") and ``k`` the number of runs of words
    they do share in order (a retelling in other words and another order shares many short runs;
    a copy that adds or changes a clause shares a few long ones), plus ``quote * q`` where ``q`` is
    the quoted-words measure (:meth:`Comparer.quote_overlap`: two outlets that quote the same words
    say the same even when the rest of their sentences differ).
    """

    intercept: float
    chars: float
    length: float
    log_size: float
    cover: float
    gap: float
    blocks: float
    quote: float = 0.0
    threshold: float = 0.5  # the score at or above which two sentences are the same claim


#: Fitted by ``benchmarks/merge_fit.py`` (logistic regression) on the development pairs of the
#: merge benchmark that no conflict rule keeps apart and whose ``floor`` score (0.45) is reached;
#: the threshold merges 0.090 of the non-paraphrases there.  The default (``CompareOptions.model``).
SUPPORT_MODEL = SupportModel(intercept=-0.889, chars=2.246, length=1.927, log_size=-0.309, cover=2.375, gap=-0.268,
                             blocks=0.201, quote=0.656, threshold=0.781)


def _check(name: str, value: float, lo: float, hi: float | None = None) -> None:
    """Raise ValueError naming ``name`` unless ``lo <= value`` (and ``value <= hi``)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value != value or value < lo \
            or (hi is not None and value > hi):
        bound = f"in [{lo}, {hi}]" if hi is not None else f"at least {lo}"
        raise ValueError(f"{name} must be a number {bound}, got {value!r}")


@dataclass(frozen=True)
class CompareOptions:
    """How two sentences are compared (see the module docstring).

    Attributes:
        threshold: support score at or above which two sentences are the same claim (see
            :class:`Comparer`).  Set on the development pairs of the merge benchmark
            (``benchmarks/merge_score.py``) for fewer than one in ten different claims merged.
        floor: the plain overlap score (:meth:`Comparer.content`) a pair needs before the support
            score is computed at all: pairs below it share too little to be the same claim (the
            benchmark's pairs were chosen for their overlap; in a story, two sentences of the same
            length that share less than this are about different things).
        quote_threshold: the quoted-words measure alone merges two sentences only at or above
            this value (sharing a slogan such as "swift, severe response" is not enough).
        min_quote_words: a quotation counts for the quoted-words measure only when it has at least
            this many words (scare quotes like "non-starter" or "high price" do not) ...
        min_quote_terms: ... and at least this many content words, all shared with the other side.
        model: the :class:`SupportModel` whose score decides (``SUPPORT_MODEL``, the default),
            judged against the model's own ``threshold``; or None: the plain overlap score
            (:meth:`Comparer.content`) against ``threshold`` (stricter on short sentences with the
            same frame and different objects, and 0.40 of paraphrases merged instead of 0.47:
            see ``benchmarks/README.md``, merging).
        name_weight: factor on the weight of names (stems written capitalised inside sentences):
            two sentences that share only who and where are not the same claim (and two shared
            stems besides names are needed at all).

    Raises:
        ValueError: a value out of range (the message names the attribute).
    """

    threshold: float = 0.603
    floor: float = 0.45
    quote_threshold: float = 0.6
    min_quote_words: int = 6
    min_quote_terms: int = 3
    name_weight: float = 0.5
    model: "SupportModel | None" = SUPPORT_MODEL

    def __post_init__(self) -> None:
        if self.model is not None and not isinstance(self.model, SupportModel):
            raise ValueError(f"model must be a SupportModel or None, got {type(self.model).__name__}")
        _check("threshold", self.threshold, 0.0, 1.0)
        _check("floor", self.floor, 0.0, 1.0)
        _check("quote_threshold", self.quote_threshold, 0.0, 1.0)
        _check("min_quote_words", self.min_quote_words, 1)
        _check("min_quote_terms", self.min_quote_terms, 1)
        _check("name_weight", self.name_weight, 0.0, 1.0)


def idf_of(terms: Sequence[Sequence[str]]) -> dict[str, float]:
    """Inverse sentence frequency ``log((n + 1) / df)`` of every stem (distinct texts counted once)."""
    df = Counter(chain.from_iterable(map(set, terms)))
    n = len(terms)
    return {t: math.log((n + 1) / d) for t, d in df.items()}


def names_of(texts: Sequence[str], terms: Sequence[Sequence[str]], analyzer,
             tokens: Sequence[Sequence[str]] | None = None) -> set[str]:
    """Stems the story writes capitalised inside sentences at least 80% of the time.

    Names of people, places and bodies: sharing names alone does not make two sentences say the
    same thing, so :func:`story_features` weighs them by ``name_weight``.

    Args:
        texts: the distinct sentence texts.
        terms: their content stems.
        analyzer: the language's :class:`~briefing.nlp.words.Analyzer` (for ``stem``).
        tokens: the words of each text, when already known (``word_tokens``).

    Returns:
        The set of name stems.
    """
    from ...nlp.words import word_tokens

    if tokens is None:
        tokens = [word_tokens(text) for text in texts]
    # the first word of a sentence is capitalised anyway: count the others, per spelling
    spellings = Counter(chain.from_iterable(toks[1:] for toks in tokens))
    capital: dict[str, int] = {}
    lower: dict[str, int] = {}
    for w, k in spellings.items():
        lw = w.lower()
        if w[:1].isupper():
            capital[lw] = capital.get(lw, 0) + k
        elif w[:1].isalpha():
            lower[lw] = lower.get(lw, 0) + k
    stems = {t for ts in terms for t in ts}
    out = set()
    for lw, c in capital.items():
        if c >= 0.8 * (c + lower.get(lw, 0)):
            st = analyzer.stem(lw)
            if st in stems:
                out.add(st)
    return out


class StoryFeatures(NamedTuple):
    """The features of a story's distinct texts and the story-wide weights they were made with."""

    features: list[Features]
    idf: dict[str, float]
    names: frozenset[str]
    smooth: dict[str, float]  # idf + 1 (names: weighed down likewise), for the support score
    term: Callable  # the language's index term of a word (``Analyzer.term``)


def story_features(texts: Sequence[str], terms: Sequence[Sequence[str]],
                   tokens: Sequence[Sequence[str]] | None, options: CompareOptions,
                   language: str) -> StoryFeatures:
    """Features of each distinct text of a story.

    Args:
        texts: the distinct sentence texts.
        terms: their content stems (``Representation.terms``).
        tokens: their words when already known (``Representation.tokens``), else None.
        options: the comparison options (``name_weight``, quotation sizes).
        language: language of the stems used for quotations.

    Returns:
        A :class:`StoryFeatures`.
    """
    from ...nlp.words import Analyzer, word_tokens

    analyzer = Analyzer(language)
    if tokens is None:
        tokens = [word_tokens(text) for text in texts]
    idf = idf_of(terms)
    names = names_of(texts, terms, analyzer, tokens)
    for t in names:
        idf[t] *= options.name_weight
    weight_of = idf.__getitem__  # every stem of ``terms`` has an idf
    smooth = {t: (v / options.name_weight + 1.0) * options.name_weight if t in names else v + 1.0
              for t, v in idf.items()}
    mass_of = smooth.__getitem__
    frozen_names = frozenset(names)
    term = analyzer.term
    # words that may hold a spelled-out figure, words with a digit: a text without any has
    # no such figure (every letter and digit of a text is inside one of its words)
    spellings = set(chain.from_iterable(tokens))
    figure_words = {w for w in spellings if _NUMBER_WORD_ANY.search(w.lower())}
    digit_words = {w for w in spellings if _DIGIT.search(w)}
    when_re = _when_pattern(language)
    roles_re = _roles_pattern(language)
    out = []
    for text, ts, toks in zip(texts, terms, tokens):
        tset = frozenset(ts)
        quotes = []
        for q in quotations(text):
            q_words = word_tokens(q)
            if len(q_words) < options.min_quote_words:
                continue
            qs = frozenset([t for t in map(term, q_words) if t is not None])
            if len(qs) >= options.min_quote_terms:
                quotes.append(qs)
        out.append(Features(
            text=text,
            tokens=tuple(toks),
            key=normalise(text),
            size=len(toks),
            mass=math.fsum(map(mass_of, tset)),
            terms=tset,
            weight=math.fsum(map(weight_of, tset)),
            plain=math.fsum(map(weight_of, tset - names)) if names else math.fsum(map(weight_of, tset)),
            quotes=tuple(quotes),
            quoted=frozenset().union(*quotes) if quotes else _EMPTY,
            **_figures_and_times(text, when_re, words=not figure_words.isdisjoint(toks),
                                 digits=not digit_words.isdisjoint(toks), roles_re=roles_re),
        ))
    return StoryFeatures(out, idf, frozen_names, smooth, term)


#: The plain overlap two sentences that quote someone need for the quoted words to count (and, with
#: a support model, two that both quote someone need instead of ``floor``): the sentences around
#: the quotation must not be about something else (a shared quoted name is no shared remark).
_QUOTE_FLOOR = 0.35

#: With a support model, the quoted words alone decide only for a long remark that both quote: at
#: least this many content words in a quotation
#: (two outlets that quote a short phrase, or one that quotes a part of the remark, may say
#: different things around it).
_LONG_QUOTE = 8


def _long_quote(f: "Features") -> bool:
    return any(len(q) >= _LONG_QUOTE for q in f.quotes)


def _times_differ(a: "Features", b: "Features") -> bool:
    """Both name a day of the month or a clock time, and not the same ones ("on July 3" / "at his
    July 30 sentencing"); a date that only one of them gives is a detail like any other words."""
    return bool(a.when) and bool(b.when) and a.when != b.when


def _order_differs(a: "Features", b: "Features") -> bool:
    """The same figures in other roles ("rose to 3 percent from 2 percent" / "rose to 2 percent
    from 3 percent")."""
    if not (a.sequence and b.sequence) or a.sequence == b.sequence:
        return False
    ra, rb = dict(a.sequence), dict(b.sequence)
    return any(ra[k] != rb[k] for k in ra.keys() & rb.keys())


def _figures_differ(a: frozenset, b: frozenset) -> bool:
    """Figures that do not agree: one sentence gives a figure the other does not (when in doubt,
    keep apart: a sentence without the point's figure does not support it)."""
    return a != b


def _grams(key: str) -> frozenset:
    """The character 4-grams of a normalised text (spellings and word forms that differ a little
    still share most of theirs: "chipset" / "chip-set", "Lowes" / "Lowe's")."""
    return frozenset([key[k:k + 4] for k in range(len(key) - 3)])


@dataclass(frozen=True)
class Comparer:
    """Compares two sentences of one story (their :class:`Features`) with the story's weights.

    Two sentences are the same claim when nothing in them conflicts (figures, dates, polarity,
    modality, legal status, attribution, actors: :func:`~briefing.engine.merge.support.conflict`)
    and their support score (:class:`SupportModel`; or, with ``model=None``, the plain overlap:
    the mean of the weighted share of the heavier sentence's stems that the other carries
    (weights idf + 1), the Jaccard of their character 4-grams and (at 0.3) the ratio of their
    lengths) reaches ``threshold``.  Or, for quotations, the quoted words alone
    (``quote_threshold``).
    """

    options: CompareOptions
    idf: dict
    names: frozenset = _EMPTY
    smooth: dict = field(default_factory=dict)
    term: Callable | None = None  # the language's index term of a word (for claims)
    language: str = "english"
    grams: dict = field(default_factory=dict, compare=False)  # key -> 4-grams, filled as needed
    words: dict = field(default_factory=dict, compare=False)  # key -> its words, filled as needed
    claims: dict = field(default_factory=dict, compare=False)  # text -> Claim, filled as needed

    def claim(self, f: Features) -> Claim:
        """The :class:`~briefing.engine.merge.support.Claim` of ``f`` (read once per text)."""
        c = self.claims.get(f.text)
        if c is None:
            term = self.term
            if term is None:
                from ...nlp.words import Analyzer

                term = Analyzer(self.language).term
            c = self.claims[f.text] = claim_of(f.text, f.tokens, term, self.names, bool(f.quotes),
                                               self.language)
        return c

    def _grams_of(self, f: Features) -> frozenset:
        g = self.grams.get(f.key)
        if g is None:
            g = self.grams[f.key] = _grams(f.key)
        return g

    def _words_of(self, f: Features) -> tuple:
        w = self.words.get(f.key)
        if w is None:
            w = self.words[f.key] = tuple(f.key.split())
        return w

    def overlap(self, a: Features, b: Features, at_least: float = 0.0) -> "tuple[float, float, float] | None":
        """``(cover, chars, length)`` of ``a`` and ``b``, or None when they share fewer than two
        stems besides names (or, with ``at_least``, cannot reach that :meth:`content`)."""
        shared = a.terms & b.terms
        if len(shared) < 2 or a.mass <= 0 or b.mass <= 0:
            return None
        # what is said must overlap too, not only who and where
        said = shared - self.names if self.names else shared
        if len(said) < 2:
            return None
        smooth = self.smooth
        cover = math.fsum(map(smooth.get, shared, repeat(0.0))) / max(a.mass, b.mass)
        length = min(a.size, b.size) / max(a.size, b.size, 1)
        if at_least > 0.0:
            # the 4-gram Jaccard is at most the ratio of the two texts' numbers of 4-grams
            la, lb = len(a.key) - 3, len(b.key) - 3
            most = min(la, lb) / max(la, lb, 1) if la > 0 and lb > 0 else 0.0
            if (cover + most + 0.3 * length) / 2.3 < at_least:
                return None
        ga, gb = self._grams_of(a), self._grams_of(b)
        both = len(ga & gb)
        chars = both / (len(ga) + len(gb) - both) if ga and gb else 0.0
        return cover, chars, length

    def content(self, a: Features, b: Features, at_least: float = 0.0) -> float:
        """The plain overlap score of ``a`` and ``b`` (0 when they share fewer than two stems), in
        [0, 1]: the mean of the weighted share of the heavier one's stems that the other carries,
        the Jaccard of their character 4-grams and (at 0.3) the ratio of their lengths.

        With ``at_least``, a pair that cannot reach it (judged before the character 4-grams are
        compared, from the most they could add) gets 0 at once.
        """
        parts = self.overlap(a, b, at_least)
        if parts is None:
            return 0.0
        cover, chars, length = parts
        return (cover + chars + 0.3 * length) / 2.3

    def alignment(self, a: Features, b: Features) -> tuple[int, int]:
        """``(gap, blocks)``: the longest run of words of either text that the other does not
        match in order, and the number of runs of words the two share in order.  The matcher is
        greedy (longest runs first) and not symmetric, so both orders are tried and the better
        reading of each measure kept: the order the two are given in does not matter."""
        wa, wb = self._words_of(a), self._words_of(b)
        best_gap, best_blocks = 1 << 30, 0
        for x, y in ((wa, wb), (wb, wa)):
            gap = blocks = px = py = 0
            for m in SequenceMatcher(None, x, y, autojunk=False).get_matching_blocks():
                gap = max(gap, m.a - px, m.b - py)
                px, py = m.a + m.size, m.b + m.size
                blocks += m.size > 0
            best_gap, best_blocks = min(best_gap, gap), max(best_blocks, blocks)
        return best_gap, best_blocks

    def measures(self, a: Features, b: Features) -> "tuple[float, ...] | None":
        """The measures of the support model (:class:`SupportModel`, in its order after the
        intercept), or None when the pair does not reach ``floor``."""
        floor = self.options.floor
        if a.quotes and b.quotes:
            # two quotations of one remark (one maybe a translation) share fewer words around it
            floor = min(floor, _QUOTE_FLOOR)
        parts = self.overlap(a, b, floor)
        if parts is None:
            return None
        cover, chars, length = parts
        if (cover + chars + 0.3 * length) / 2.3 < floor:
            return None
        gap, blocks = self.alignment(a, b)
        quote = (self.quote_overlap(a, b) + self.quote_overlap(b, a)) / 2 if a.quotes and b.quotes else 0.0
        if quote < self.options.quote_threshold:
            quote = 0.0  # sharing a slogan is not repeating a remark
        return chars, length, math.log(max(a.size, b.size, 1)), cover, float(gap), float(blocks), quote

    def score(self, a: Features, b: Features) -> float:
        """The support score of ``a`` and ``b`` in [0, 1] (:class:`SupportModel`; 0 below ``floor``),
        before any conflict is looked at."""
        return self._logistic(self.measures(a, b))

    def _logistic(self, x: "tuple[float, ...] | None") -> float:
        if x is None:
            return 0.0
        m = self.options.model or SUPPORT_MODEL
        z = m.intercept + math.fsum(map(float.__mul__, map(float, m[1:8]), x))
        return 1.0 / (1.0 + math.exp(-z)) if z > -700 else 0.0

    def similarity(self, a: Features, b: Features) -> float:
        """How surely ``a`` and ``b`` state the same claim, in [0, 1] (0 when anything conflicts).

        With ``options.model`` (the default), the model's score (:meth:`_modelled`).  Without one,
        the plain overlap score (:meth:`content`), or for quotations the quoted-words measure at or
        above ``quote_threshold`` when the plain score reaches ``_QUOTE_FLOOR``; below
        ``threshold`` the score is only known to be below it (a pair that cannot reach it is given
        0 early).  Either way 0 when the figures, dates or claims conflict (claims are read only
        for a pair at or above ``threshold``: most pairs never get that far).
        """
        if _figures_differ(a.numbers, b.numbers) or _times_differ(a, b) or _order_differs(a, b):
            return 0.0
        options = self.options
        threshold = options.threshold
        if options.model is None:
            quoting = bool(a.quotes or b.quotes)
            score = self.content(a, b, 0.0 if quoting else threshold)
            # the same quoted words, and the sentences around them not about something else
            if quoting and _QUOTE_FLOOR <= score < threshold:
                quote = max(self.quote_overlap(a, b), self.quote_overlap(b, a))
                if quote >= options.quote_threshold:
                    score = max(score, quote)
        else:
            score = self._modelled(a, b)
        score = min(1.0, score)
        if score < threshold:
            return score
        if conflict(self.claim(a), self.claim(b), self.names, self.language) is not None:
            return 0.0
        return score

    def _modelled(self, a: Features, b: Features) -> float:
        """The support model's reading of ``a`` and ``b`` on the scale of ``threshold`` (the model's
        threshold mapped to it, linearly on either side)."""
        options = self.options
        mt, threshold = (options.model or SUPPORT_MODEL).threshold, options.threshold
        x = self.measures(a, b)
        p = self._logistic(x)
        if p < mt and x is not None and x[-1] >= options.quote_threshold and _long_quote(a) and _long_quote(b):
            # both quote the same long remark (one maybe in a translation): its words decide
            qt = options.quote_threshold
            p = mt + (1.0 - mt) * ((x[-1] - qt) / (1.0 - qt) if qt < 1.0 else 0.0)
        if p >= mt:
            return threshold + (1.0 - threshold) * ((p - mt) / (1.0 - mt) if mt < 1.0 else 1.0)
        return threshold * p / mt if mt > 0 else 0.0

    def why_not(self, a: Features, b: Features) -> str | None:
        """Why ``a`` and ``b`` cannot support each other (``"figures"``, ``"polarity"``, ...), or None."""
        if _figures_differ(a.numbers, b.numbers):
            return "figures"
        if _times_differ(a, b):
            return "dates"
        if _order_differs(a, b):
            return "figures"
        return conflict(self.claim(a), self.claim(b), self.names, self.language)

    def support(self, a: Features, b: Features) -> float:
        """Share of ``a``'s content weight that ``b`` also carries (1.0: ``b`` says all ``a`` says)."""
        if a.weight <= 0:
            return 0.0
        return math.fsum(self.idf.get(t, 0.0) for t in a.terms & b.terms) / a.weight

    def quote_overlap(self, a: Features, b: Features) -> float:
        """Best weighted share of one of ``a``'s quotations found among ``b``'s quoted words
        (or, when ``b`` quotes nothing, among its words: an indirect report of the remark)."""
        if not a.quotes:
            return 0.0
        idf = self.idf
        min_terms = self.options.min_quote_terms
        pool = b.quoted if b.quoted else b.terms
        best = 0.0
        for q in a.quotes:
            shared = q & pool
            if len(shared) < min_terms:
                continue
            wq = math.fsum(map(idf.get, q, repeat(0.0)))
            if wq <= 0:
                continue
            share = math.fsum(map(idf.get, shared, repeat(0.0))) / wq
            if not b.quoted:
                share *= 0.8  # an unquoted retelling is weaker evidence than the same quoted words
            best = max(best, share)
        return best
