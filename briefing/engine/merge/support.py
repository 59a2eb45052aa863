"""Does one sentence support another?  Same words are not the same claim.

Two sentences can share nearly every word and still say different things: "Two suspects have
been charged" and "Two suspects will be charged next week"; "Israel accused Iran" and "Iran
accused Israel"; "shares rose" and "shares did not rise"; one official's remark and another's.
:func:`claim_of` reads, for one sentence, what decides whether it can stand behind another's
claim, and :func:`conflict` says why two cannot (``None`` when nothing stands between them):

* **polarity**: a negation or denial ("not", "never", "didn't", "denied", "ruled out") in one and
  not the other, opposed words ("rose" / "fell", "inside" / "outside") one in each, or a word in
  one and the same word with a negating prefix in the other ("effective" / "ineffective");
* **modality**: the classes of "will", "may", "considering", "expected", "plans" and "should"
  (a sentence with none states what is done or true): both none, or classes in common;
* **legal status**: both name a step of a legal case ("arrested", "charged", "convicted",
  "sentenced", "acquitted"), and not the same steps;
* **attribution**: both name who said it, with different names; or one quotes someone and the
  other, quoting no one, is a narrative sentence with no attribution (the outlet's own voice) or
  attributes it to someone the quotation's sentence does not name;
* **actors**: two names both carry stand on either side of a word both carry, in opposite
  order ("Israel accused Iran" / "Iran accused Israel"), and neither sentence is passive.

Figures are the features' business (:attr:`Features.numbers`: they must agree).  The cue words
are the language's ``support`` part (``briefing/lang/<language>/support.py``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import combinations
from typing import Callable, NamedTuple, Sequence

_EMPTY: frozenset = frozenset()
_QUOTE_CHARS = frozenset("\"“”„«»")


class Claim(NamedTuple):
    """What of one sentence must match another's for either to support the other."""

    negated: bool = False
    modality: frozenset = _EMPTY  # the modality classes of the sentence (empty: done / true)
    attributed: bool = False  # says who said it ("said", "according to")
    speakers: frozenset = _EMPTY  # lower-cased surnames of whoever said it, when named
    words: frozenset = _EMPTY  # every lower-cased word (to see whether a speaker is mentioned)
    order: tuple = ()  # stems in order of first appearance (names and content words), speakers left out
    passive: bool = False
    quoted: bool = False  # quotes someone (a quotation mark opens or closes it)
    marks: bool = False  # holds any quotation mark at all
    sides: frozenset = _EMPTY  # (pair, side) of each word of an opposed pair it holds ("rose" / "fell")
    steps: frozenset = _EMPTY  # the steps of a legal case it names ("arrested", "charged", "convicted")


class _Cues(NamedTuple):
    negations: frozenset  # one-word negations
    negation_re: "re.Pattern | None"  # the phrases among them ("ruled out"), one alternation
    suffixes: tuple
    single: dict  # one-word cue -> modality classes
    phrase_re: "re.Pattern | None"  # every phrase cue, one alternation
    phrase_class: dict  # phrase cue -> its classes
    attribution_re: re.Pattern
    before_re: re.Pattern
    after_re: re.Pattern
    titles: frozenset
    comparatives: frozenset
    as_words: frozenset
    prepositions: frozenset
    vague: frozenset
    passive: frozenset
    agent: str
    sides: dict  # word -> (pair, side) for the language's opposed words
    steps: dict  # word -> its step of a legal case
    prefixes: tuple  # prefixes that make a word its opposite ("in" + "effective")


@lru_cache(maxsize=None)
def cues(language: str) -> _Cues:
    """The language's cue words, compiled (``briefing/lang/<language>/support.py``).

    Args:
        language: a language name or code.

    Returns:
        The compiled cues.
    """
    import warnings

    from ...lang import LanguageWarning, part

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", LanguageWarning)  # one warning per language is the registry's
        data = part(language, "support")
    single: dict[str, set] = {}
    phrases: dict[str, set] = {}
    for cls, words in data.MODALITY.items():
        for w in words:
            (phrases if " " in w else single).setdefault(w, set()).add(cls)
    phrase_re = None
    if phrases:
        phrase_re = re.compile(r"(?<!\w)(?:" + "|".join(sorted(map(re.escape, phrases), key=len, reverse=True))
                               + r")(?!\w)")
    alt = "|".join(sorted(map(re.escape, data.ATTRIBUTION), key=len, reverse=True))
    # finite verbs only before the name ("Nancy Reagan issued a statement ... saying" names no one)
    finite = "|".join(sorted((re.escape(w) for w in data.ATTRIBUTION if not w.endswith("ing")),
                             key=len, reverse=True))
    name = r"[A-ZÀ-ÖØ-Þ][\w'’.-]*"
    last = r"[A-ZÀ-ÖØ-Þ][\w'’-]+"  # a surname: no initial ("H.") ends a speaker's name
    titles = "|".join(sorted(map(re.escape, data.SPEAKER_TITLES), key=len, reverse=True))
    run = r"((?:" + name + r"\s+(?:(?:" + titles + r")\s+)*){0,4}" + last + r")"
    # "X said", "Foreign Minister Sergei Lavrov told": capitalised words just before the cue (no
    # comma between: "the League of ... Citizens, said" is an apposition, not the speaker)
    before = re.compile(run + r"\s+(?:" + finite + r")(?!\w)")
    # "said X." / "according to X," / "said union leader Mark Tanaka.": capitalised words after it,
    # up to two lower-case words between, and the name ends a clause
    after = re.compile(r"(?<!\w)(?:" + alt + r")\s+(?:[a-zà-ÿ][\w'’-]*\s+){0,2}" + run
                       + r"(?=\s*[,.;:!?\"”»)]|\s*$)")
    return _Cues(
        negations=frozenset(w for w in data.NEGATIONS if " " not in w), suffixes=tuple(data.NEGATION_SUFFIXES),
        negation_re=re.compile(r"(?<!\w)(?:" + "|".join(sorted((re.escape(w) for w in data.NEGATIONS if " " in w),
                                                               key=len, reverse=True)) + r")(?!\w)")
        if any(" " in w for w in data.NEGATIONS) else None,
        single={w: frozenset(c) for w, c in single.items()}, phrase_re=phrase_re,
        phrase_class={w: frozenset(c) for w, c in phrases.items()},
        attribution_re=re.compile(r"(?<!\w)(?:" + alt + r")(?!\w)"),
        before_re=before, after_re=after, titles=frozenset(data.SPEAKER_TITLES),
        comparatives=frozenset(data.COMPARATIVES), as_words=frozenset(data.AS_WORDS), prepositions=frozenset(data.PREPOSITIONS),
        vague=frozenset(data.VAGUE_SPEAKERS), passive=frozenset(data.PASSIVE_AUXILIARIES), agent=data.AGENT,
        sides={w: (k, side) for k, pair in enumerate(data.OPPOSITES) for side, words in enumerate(pair)
               for w in words.split()},
        steps={w: k for k, words in enumerate(getattr(data, "LEGAL_STEPS", ())) for w in words.split()},
        prefixes=tuple(getattr(data, "NEGATING_PREFIXES", ())),
    )


def claim_of(text: str, tokens: Sequence[str], term: Callable[[str], "str | None"], names: frozenset,
             quoted: bool = False, language: str = "english") -> Claim:
    """The :class:`Claim` of one sentence.

    Args:
        text: the sentence.
        tokens: its words (``word_tokens``), case kept.
        term: the language's index term of a word, None for a stop word (``Analyzer.term``).
        names: the story's name stems (written capitalised inside sentences).
        quoted: the sentence holds a quotation of several words.
        language: the language of the cue words.

    Returns:
        The sentence's :class:`Claim`.
    """
    c = cues(language)
    low = [t.lower() for t in tokens]
    suffixes = c.suffixes
    negated = not c.negations.isdisjoint(low) or bool(suffixes) and any(w.endswith(suffixes) for w in low) \
        or c.negation_re is not None and c.negation_re.search(" ".join(low)) is not None
    classes: set = set()
    # cues in lower case only ("May" inside a sentence is the month), or opening the sentence
    plain = [w for k, (w, t) in enumerate(zip(low, tokens)) if k == 0 or w == t]
    if not c.single.keys().isdisjoint(plain):
        comparatives, as_words = c.comparatives, c.as_words
        for k, w in enumerate(plain):
            cls = c.single.get(w)
            # "more than expected", "than Wall Street expected", "as planned": a comparison
            if cls and not (k and plain[k - 1] in as_words) \
                    and comparatives.isdisjoint(plain[max(0, k - 3):k]):
                classes |= cls
    if c.phrase_re is not None:
        for m in c.phrase_re.finditer(" ".join(plain)):
            classes |= c.phrase_class[m.group()]
    attributed = False
    speakers: set = set()
    if c.attribution_re.search(text) is not None:
        attributed = True
        for rx in (c.before_re, c.after_re):
            for m in rx.finditer(text):
                if rx is c.before_re:
                    head = text[:m.start(1)].split()
                    if head and head[-1] in c.prepositions:
                        continue  # "the hospital in New York announced": a place
                words = [w.strip(".,'’").lower().replace("’", "'") for w in m.group(1).split()]
                words = [w for w in words if w and w not in c.vague and w not in c.titles]
                if words:
                    speakers.add(words[-1])
    passive = c.agent in low and any(w in c.passive for w in low)
    order: list = []
    seen: set = set()
    for t, w in zip(tokens, low):
        if w in speakers:
            continue  # where the attribution stands says nothing of who did what
        st = term(t)
        if st is not None and st not in seen:
            seen.add(st)
            order.append(st)
    stripped = text.strip()
    marks = any(ch in _QUOTE_CHARS for ch in stripped)
    quoted = quoted or stripped[:1] in _QUOTE_CHARS or stripped[-1:] in _QUOTE_CHARS
    sides = frozenset(c.sides[w] for w in low if w in c.sides)
    steps = frozenset(c.steps[w] for w in low if w in c.steps) if c.steps else _EMPTY
    return Claim(negated, frozenset(classes), attributed, frozenset(speakers),
                 frozenset(w.replace("’", "'") for w in low), tuple(order),
                 passive, quoted, marks, sides, steps)


def _swapped(a: Claim, b: Claim, names: frozenset) -> bool:
    """Two shared names on either side of a shared word, in opposite order in ``a`` and ``b``."""
    pa = {t: k for k, t in enumerate(a.order)}
    pb = {t: k for k, t in enumerate(b.order)}
    shared = pa.keys() & pb.keys()
    actors = [t for t in shared if t in names]
    if len(actors) < 2:
        return False
    words = [t for t in shared if t not in names]
    for x, y in combinations(actors, 2):
        if (pa[x] < pa[y]) == (pb[x] < pb[y]):
            continue
        if pa[x] > pa[y]:
            x, y = y, x  # x before y in a, after it in b
        for v in words:
            if pa[x] < pa[v] < pa[y] and pb[y] < pb[v] < pb[x]:
                return True
    return False


def _near(x: str, y: str) -> bool:
    """One letter added, dropped, changed or two swapped, in names of five letters or more that begin
    alike ("Eichhorn" / "Eichorn", "Kinsley" / "Kinsely")."""
    if len(x) < 5 or len(y) < 5 or x[:4] != y[:4] or abs(len(x) - len(y)) > 1:
        return False
    if len(x) == len(y):
        diff = [k for k in range(len(x)) if x[k] != y[k]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and x[diff[0]] == y[diff[1]] and x[diff[1]] == y[diff[0]])
    if len(x) > len(y):
        x, y = y, x
    return any(y[:k] + y[k + 1:] == x for k in range(len(y)))


def _same_speaker(a: frozenset, b: frozenset) -> bool:
    """A surname in both (a misspelt name is still that person: :func:`_near`)."""
    return not a.isdisjoint(b) or any(_near(x, y) for x in a for y in b)


def _unsupported_quote(a: Claim, b: Claim) -> bool:
    """``a`` quotes someone and ``b``, which quotes no one, does not say that person said it: a
    narrative sentence in the outlet's own voice, or one attributed to someone ``a`` does not name."""
    if not a.quoted or b.marks:
        return False
    if not b.attributed:
        return True
    return bool(a.speakers) and a.speakers.isdisjoint(b.words)


def _prefixed_opposite(a: frozenset, b: frozenset, prefixes: tuple) -> bool:
    """``b`` holds a word that is a word of ``a`` with a negating prefix ("ineffective" against
    "effective"), and neither holds the other's form."""
    for w in b - a:
        for p in prefixes:
            if w.startswith(p) and len(w) - len(p) >= 5:
                rest = w[len(p):]
                if rest in a and rest not in b:
                    return True
    return False


def conflict(a: Claim, b: Claim, names: frozenset = _EMPTY, language: str = "english") -> str | None:
    """Why ``a`` and ``b`` cannot support each other, or ``None``.

    Args:
        a: the claim of one sentence.
        b: the claim of the other.
        names: the story's name stems (for the actors' check).
        language: the language of the negating prefixes.

    Returns:
        ``"polarity"``, ``"modality"``, ``"legal status"``, ``"attribution"`` or ``"actors"``;
        ``None`` when none applies.
    """
    prefixes = cues(language).prefixes
    if a.negated != b.negated:
        return "polarity"
    if _prefixed_opposite(a.words, b.words, prefixes) or _prefixed_opposite(b.words, a.words, prefixes):
        return "polarity"
    for k, side in a.sides:
        # "shares rose" / "shares fell": one side of an opposed pair in each, not the other
        if (k, 1 - side) in b.sides and (k, 1 - side) not in a.sides and (k, side) not in b.sides:
            return "polarity"
    if a.modality != b.modality and (not a.modality or not b.modality or a.modality.isdisjoint(b.modality)):
        return "modality"
    if a.steps and b.steps and a.steps != b.steps:
        return "legal status"
    if a.speakers and b.speakers and not _same_speaker(a.speakers, b.speakers):
        return "attribution"
    if _unsupported_quote(a, b) or _unsupported_quote(b, a):
        return "attribution"
    if not (a.passive or b.passive) and _swapped(a, b, names):
        return "actors"

    return None
