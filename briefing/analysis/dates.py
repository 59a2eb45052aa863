"""Dates in news text, resolved against the article's own date.

:func:`find_dates` reads every date expression of a text and resolves it to a calendar value at
the granularity the text gives (a :class:`DateMention`):

- ``day``: "Aug. 7, 1998", "7 August", "2022-01-20", "1/20/2022", "today", "yesterday",
  "Wednesday", "last Monday", "Sunday, March 8", "three days ago", "year-end";
- ``week``: "the week of March 6", "last week", "this weekend", "two weeks ago";
- ``month``: "in March", "last month", "August 1998", "June last year";
- ``year``: "in 1998", "since 2014", "last year", "a year earlier".

Words the text does not pin down stay unresolved rather than guessed ("recently", "the day", "a week
or so ago", "two days after the vote").

Resolution reasons about tense. Each date looks for the nearest tense cue of its own sentence
(``will``, ``scheduled``, ``effective``, ``ahead of`` ahead; ``said``, ``was``, ``-ed`` behind; a cue
on the left counts more than one on the right), so in "A spokesman said Thursday that the troops
will stay", Thursday is the one before the article's day, and in "will succeed Davison Feb. 1" in
an article of November 1989, Feb. 1 is 1990-02-01:

- a weekday is the latest such day on or before the reference, or the first on or after it when the
  sentence speaks of the future ("last Monday": strictly before; "next Monday": strictly after;
  "the previous Monday": a week before the plain one; "a Monday", "every Monday": no date). News
  writes plans in the present, so a present-tense verb of a plan next to the date points ahead
  ("the two meet Monday", "talks resume Tuesday", "the law takes effect June 1");
- a month and day without a year take the year that puts them on the side of the reference the
  tense says (after it for the future, before it for the past), else the nearest; a weekday beside
  them ("Sunday, March 8") picks the year in which they fall on that weekday; a month and day the
  same text writes with a year elsewhere keep that year;
- a month without a year works the same way at month level; an explicit year always wins, and
  a year named after the day counts from the reference ("June 1 last year");
- an offset from a day the sentence states is that day moved ("the quarter ended Sept. 30 ...
  a year earlier" is Sept. 30 of the year before).

A dateline ("GENEVA, Jan 21 (Reuters) -", or a full date opening the text or a line with the
text run on after it: "Tuesday, July 7, 2009 Ambulances at ...") dates the filing, not an event,
and is not reported.
Word lists (months, weekdays, relative words, tense cues) come from ``briefing/lang/<language>/
dates.py``.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from types import ModuleType

from ..lang import normalize

__all__ = ["GRANULARITIES", "DateMention", "find_dates", "may_hold_date", "period_of"]

#: The granularities a date mention may have, finest first.
GRANULARITIES = ("day", "week", "month", "year")

_DAY = dt.timedelta(days=1)


@dataclass(frozen=True)
class DateMention:
    """One date expression in a text and what it resolves to.

    Attributes:
        start: Offset of the expression's first character in the text.
        end: Offset just past its last character (``text[start:end]`` is the expression).
        text: The expression as written.
        value: ISO 8601 at the granularity: ``1998-08-07``, ``1998-W32``, ``1998-08`` or ``1998``.
        granularity: ``"day"``, ``"week"``, ``"month"`` or ``"year"``.
        stated: True when the text states the value outright (a date with its year, an ISO date);
            False when it is read against the reference ("Wednesday", "Feb. 1", "last month").
        approximate: True for fuzzy offsets ("two weeks ago" is near, not exactly, that week).
    """

    start: int
    end: int
    text: str
    value: str
    granularity: str
    stated: bool = False
    approximate: bool = False

    @property
    def first(self) -> dt.date:
        """The first day of the period the value names."""
        return period_of(self.value)[0]

    @property
    def last(self) -> dt.date:
        """The last day of the period the value names."""
        return period_of(self.value)[1]


_VALUE = re.compile(r"^(\d{4})(?:-W(\d{2})|-(\d{2})(?:-(\d{2}))?)?$")


def period_of(value: str) -> tuple[dt.date, dt.date, str]:
    """First day, last day and granularity of an ISO value (``1998``, ``1998-08``, ``1998-W32``,
    ``1998-08-07``).

    Raises:
        ValueError: ``value`` is none of these shapes.
    """
    m = _VALUE.match(value or "")
    if not m:
        raise ValueError(f"value: not an ISO day, week, month or year: {value!r}")
    year = int(m[1])
    if m[2]:
        first = dt.date.fromisocalendar(year, int(m[2]), 1)
        return first, first + 6 * _DAY, "week"
    if m[4]:
        day = dt.date(year, int(m[3]), int(m[4]))
        return day, day, "day"
    if m[3]:
        month = int(m[3])
        first = dt.date(year, month, 1)
        nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
        return first, nxt - _DAY, "month"
    return dt.date(year, 1, 1), dt.date(year, 12, 31), "year"


def _week(day: dt.date) -> str:
    y, w, _ = day.isocalendar()
    return f"{y:04d}-W{w:02d}"


def _month(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    n = y * 12 + (m - 1) + k
    return n // 12, n % 12 + 1


def _valid(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _to_date(reference: object) -> dt.date | None:
    if reference is None or reference == "":
        return None
    if isinstance(reference, dt.datetime):
        return reference.date()
    if isinstance(reference, dt.date):
        return reference
    if isinstance(reference, str):
        try:
            return dt.date.fromisoformat(reference.strip()[:10])
        except ValueError:
            return None
    raise TypeError(f"reference: expected a date, an ISO string or None, not {type(reference).__name__}")


# ----------------------------------------------------------------------------- the grammar
def _alt(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


@dataclass(frozen=True, eq=False)
class _Grammar:
    """The compiled patterns of one language (built once from its ``dates`` part)."""

    lang: ModuleType
    patterns: tuple[tuple[str, re.Pattern[str], tuple[frozenset[str], ...] | None], ...]
    future: re.Pattern[str]
    past: re.Pattern[str]
    fold: bool
    needed: frozenset[str]  # every word some pattern needs
    leads: dict[str, re.Pattern[str]]  # per kind: the words before a match that belong to the date
    cased: frozenset[str]  # names that are common words in lower case (read only capitalised)
    months: dict[str, int]  # month names and abbreviations -> 1..12

    def open(self, text: str) -> list[tuple[str, re.Pattern[str]]]:
        """The patterns that may match ``text`` (each needs some words or a date-like number)."""
        words = set(_LETTERS.findall(text.lower()))
        if self.cased:  # "may" and "march" are words; only "May" and "March" can be months
            for w in self.cased & words:
                if w.capitalize() not in text and w.upper() not in text:
                    words.discard(w)
        digits = _DIGIT_DATE.search(text) is not None
        if not digits and self.needed.isdisjoint(words):
            return []
        out = []
        for kind, pat, gate in self.patterns:
            if gate is None:
                if digits:
                    out.append((kind, pat))
                continue
            for need in gate:
                if need.isdisjoint(words):
                    break
            else:
                out.append((kind, pat))
        return out


_YEAR = r"(?:1[6-9]|20|21)\d\d"
_WORDS = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
_LETTERS = re.compile(r"[^\W\d_]+")
_DIGIT_DATE = re.compile(r"\d\d\d\d")  # every ISO, numeric or year pattern holds a four-digit year


@lru_cache(maxsize=8)
def _grammar(language: str) -> _Grammar:
    from ..lang import part

    L = part(language, "dates")
    caps = L.NAMES_CAPITALISED
    all_months = {**L.MONTHS, **getattr(L, "MONTH_ABBREVIATIONS", {})}

    def month_names(names) -> str:
        names = sorted(names, key=len, reverse=True)
        if caps:
            return r"\b(?:" + "|".join([n.capitalize() for n in names] + [n.upper() for n in names if len(n) > 3]) + ")"
        return r"\b(?i:" + _alt(names) + ")"

    mon = month_names(all_months)
    mon_full = month_names(L.MONTHS)  # a month alone: abbreviations only beside a day or a year
    wd = "(?:" + "|".join(n.capitalize() for n in L.WEEKDAYS) + ")" if caps else "(?i:" + _alt(L.WEEKDAYS) + ")"
    ordinals = "(?i:" + _alt(L.DAY_ORDINALS) + ")" if L.DAY_ORDINALS else "(?!)"
    suffix = "(?:" + _alt(L.DAY_SUFFIXES) + ")?" if L.DAY_SUFFIXES else ""
    day = (rf"(?:(?<![\d.,])(?P<d>[0-3]?\d){suffix}(?![\d%]|[.,:]\d|\s*(?:%|per\s*cent|percent))"
           rf"|(?P<dw>{ordinals})(?![\w-]))")
    day_digits = rf"(?<![\d.,])(?P<d>[0-3]?\d){suffix}(?![\d%]|[.,:]\d)"
    if not caps and L.DAY_ORDINALS:  # "le premier juin"
        day_digits = rf"(?:{day_digits}|(?P<dw>{ordinals})(?![\w-]))"
    year = rf"(?P<y>{_YEAR})(?![\d%])"
    before = "(?i:" + _alt(L.DAY_PARTS_BEFORE) + r")\s+" if L.DAY_PARTS_BEFORE else "(?!)"
    after = r"\s+(?i:" + _alt(L.DAY_PARTS_AFTER) + ")" if L.DAY_PARTS_AFTER else "(?!)"
    last, nxt, this = _alt(L.LAST), _alt(L.NEXT), _alt(L.THIS)
    units = _alt(L.UNITS)
    counts = _alt(L.COUNTS)
    weekend = _alt(L.WEEKEND)
    within = "(?:(?P<within>" + _alt(L.WITHIN) + r")\s+)?" if L.WITHIN else ""
    yr_rel = _alt(L.YEAR_AFTER_MONTH)
    yr_day = _alt(getattr(L, "YEAR_AFTER_DAY", {})) or "(?!)"
    day_post = _alt(getattr(L, "AFTER_DAY", ())) or "(?!)"
    cues = r"\b(?i:" + _alt(L.PERIOD_CUES) + ")"
    period_units = _alt(L.PERIOD_UNITS)
    p: list[tuple[str, str]] = [
        ("iso", rf"\b(?P<y>\d{{4}})-(?P<m>\d{{2}})-(?P<d>\d{{2}})\b"),
        ("numeric", r"(?<![\d/.])(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4})(?![\d/])"),
        ("md", rf"(?P<mon>{mon})\.?\s+(?:the\s+)?{day}"
               rf"(?:\s*(?:-|–|to|and)\s*\d{{1,2}}\b)?(?:(?:\s*,\s*|\s+)(?:of\s+)?{year}"
               rf"|\s+(?P<yrel>(?i:{yr_day})))?"),
        ("dm", rf"{day_digits}(?:\s*(?:-|–|au|et|to|and)\s*\d{{1,2}}{suffix})?\s+"
               rf"(?:of\s+)?(?P<mon>{mon})\b\.?(?:,?\s+{year}|\s+(?P<yrel>(?i:{yr_day}))|\s+(?P<dpost>(?i:{day_post})))?"),
        ("my", rf"(?P<mon>{mon})\.?,?\s+(?:(?:of|de)\s+)?{year}"),
        ("month", rf"(?P<mon>{mon_full})\b(?!\.?\s*\d)"
                  rf"(?:\s+(?P<yrel>(?i:{yr_rel})))?"),
        ("relday", rf"(?:{before})?\b(?P<rel>(?i:{_alt(L.RELATIVE_DAYS)}))(?![\w-])"),
        ("weekday", rf"(?:(?P<mod>(?i:{nxt}|{last}|{this}))\s+|\b(?:{before}))?\b(?P<wd>{wd})\b(?:['’]s)?"
                    rf"(?:\s+(?P<post>(?i:{last}|{nxt})))?(?:{after})?(?![\w-])"),
        ("offset", rf"(?i:\b(?P<n>\d{{1,2}}|{counts})\s+(?P<unit>{units})\s+(?P<dir>"
                   + _alt(tuple(L.AGO) + tuple(L.EARLIER) + tuple(L.LATER)) + r"))\b"
         if (L.AGO or L.EARLIER or L.LATER) else "(?!)"),
        ("period", rf"(?i:\b{within}(?P<mod>{last}|{nxt}|{this})[\s-]+(?P<unit>{period_units}|{weekend})(?:-ci)?\b)"),
        ("yearend", rf"(?i:\b(?:{_alt(L.YEAR_END)}))\b"),
        ("year", rf"(?:(?P<cue>{cues})\s+(?:(?i:the\s+year)\s+)?){year}(?:['’]s)?\b"),
    ]
    if getattr(L, "AGO_BEFORE", ()):
        p.append(("offset", rf"(?i:\b(?P<dir>{_alt(L.AGO_BEFORE)})\s+(?P<n>\d{{1,2}}|{counts})\s+(?P<unit>{units}))\b"))
    if not caps:  # "la semaine dernière", "le mois prochain", "l'an dernier"
        p.append(("period", rf"(?i:\b(?:la|le|l['’])\s*(?P<unit>{period_units}|{weekend})\s+(?P<post>{last}|{nxt})\b)"))
    def words_of(*groups) -> frozenset[str]:
        out: set[str] = set()
        for group in groups:
            for w in group:
                out.update(x.lower() for x in _LETTERS.findall(w))
        return frozenset(out)

    months, weekdays = words_of(all_months), words_of(L.WEEKDAYS)
    count_words = words_of(tuple(L.AGO) + tuple(L.EARLIER) + tuple(L.LATER) + tuple(getattr(L, "AGO_BEFORE", ())))
    mods = words_of(L.LAST, L.NEXT, L.THIS)
    # the words a text needs for each pattern: one of each set; None: a number like a year or date
    gates: dict[str, tuple[frozenset[str], ...] | None] = {
        "iso": None, "numeric": None, "year": None,
        "md": (months,), "dm": (months,), "my": (months,), "month": (months,),
        "relday": (words_of(L.RELATIVE_DAYS) - {"the", "day", "before", "after", "this", "last", "la", "ce", "cet"},),
        "weekday": (weekdays,),
        "offset": (words_of(L.UNITS), count_words - {"il", "a"}),
        "period": (mods, words_of(L.PERIOD_UNITS, L.WEEKEND)),
        "yearend": tuple(frozenset({w}) for w in sorted(words_of(L.YEAR_END[:1]), reverse=True)),
    }
    compiled = tuple((kind, re.compile(src), gates[kind]) for kind, src in p)
    # what may stand before a month and day: "the week of", "this coming Sunday,", "the", "le"
    lead_md = (rf"(?:(?P<weekof>(?i:{_alt(L.WEEK_OF)}))\s+)?(?:(?:(?i:{_alt(L.NEXT)}|{_alt(L.LAST)}|"
               rf"{_alt(L.THIS)})\s+)?(?P<wd>{wd})\s*,?\s+)?")
    leads = {"md": re.compile(lead_md + "$"), "dm": re.compile(lead_md + r"(?:(?i:the|le)\s+)?$"),
             "month": re.compile(rf"(?P<cue>{cues})\s+(?:(?i:the)\s+)?$")}
    past_suffix = r"|\b[a-z]{3,}ed\b" if caps else r"|\b[^\W\d_]{3,}(?:é|ée|és|ées)\b"
    ahead = tuple(L.FUTURE) + tuple(getattr(L, "PRESENT_AHEAD", ()))
    suffix_ahead = getattr(L, "FUTURE_SUFFIX", "")
    future = re.compile(r"(?i)(?<![\w'’])(?:" + _alt(ahead) + r")(?![\w'’])"
                        + (rf"|\b[^\W\d_]{{3,}}(?:{suffix_ahead})\b" if suffix_ahead else ""))
    past = re.compile(r"(?i)(?<![\w'’])(?:" + _alt(L.PAST) + r")(?![\w'’])" + past_suffix)
    # a text that holds none of these words (each pattern's last, rarest, set) matches no pattern
    needed = set().union(*(gate[-1] for gate in gates.values() if gate))
    cased = frozenset(w for w in getattr(L, "NAMES_ALSO_WORDS", ()) if caps)
    return _Grammar(L, compiled, future, past, not caps, frozenset(needed), leads, cased, all_months)


def may_hold_date(text: str, language: str = "english") -> bool:
    """False only when :func:`find_dates` surely finds nothing in ``text`` (a cheap pre-filter)."""
    return bool(_grammar(normalize(language)).open(text))


# ----------------------------------------------------------------------------- tense
_SENT_END = re.compile(r"[.!?][\"”’')]*\s+(?=[\"“‘'(]?[A-Z0-9])|\n+|;\s")
_ABBREV = re.compile(r"(?:\b[A-Z]|Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|St|Jr|Sr|Inc|Corp|Co|Ltd|No|"
                     r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|U\.N|Messrs|Prof|Rev|Ft|Mt)$")


_CLAUSE = re.compile(r"[,;:()—–]|\bthat\b")


class _Tense:
    """The tense cues of one text, to ask which way a date at some offset points."""

    def __init__(self, text: str, g: _Grammar) -> None:
        self.text = text
        self.bounds = [0]
        for m in _SENT_END.finditer(text):
            head = text[max(0, m.start() - 6) : m.start()]
            if text[m.start()] == "." and _ABBREV.search(head):
                continue
            self.bounds.append(m.end())
        self.bounds.append(len(text) + 1)
        self.words = [m.start() for m in _WORDS.finditer(text)]
        self.strong = frozenset(w.lower() for w in g.lang.STRONG)
        cues = [(m.start(), m.end(), 1) for m in g.future.finditer(text)]
        fut = {(s, e) for s, e, _ in cues}
        nots = {w.lower() for w in g.lang.NOT_PAST}
        for m in g.past.finditer(text):
            if (m.start(), m.end()) in fut or m.group().lower() in nots:
                continue
            if any(s <= m.start() < e for s, e, _ in cues):
                continue
            cues.append((m.start(), m.end(), -1))
        cues.sort()
        # "will be held", "is expected to be announced": a participle after a future cue is future
        present = {re.sub(r"\s+", " ", w.lower()) for w in getattr(g.lang, "PRESENT_AHEAD", ())}
        for k, (cs, ce, sign) in enumerate(cues):
            if sign < 0 and k and cues[k - 1][2] > 0 and self._words_between(cues[k - 1][1], cs) <= 2:
                ps, pe, _ = cues[k - 1]
                if re.sub(r"\s+", " ", text[ps:pe].lower()) in present or _CLAUSE.search(text, pe, cs):
                    continue  # "the ministers, who meet often, said": a verb of its own
                cues[k] = (cs, ce, 1)
        self.cues = cues
        self.starts = [c[0] for c in cues]

    def sentence(self, pos: int) -> tuple[int, int]:
        k = bisect.bisect_right(self.bounds, pos) - 1
        return self.bounds[k], self.bounds[k + 1]

    def _words_between(self, a: int, b: int) -> int:
        return max(0, bisect.bisect_left(self.words, b) - bisect.bisect_left(self.words, a))

    def at(self, start: int, end: int, reach: int = 14) -> int:
        """+1 (future), -1 (past) or 0 (no cue) for a date at ``start:end``; +2/-2 when the cue
        stands right before the date ("ended Jan. 31", "will meet on Friday")."""
        s0, s1 = self.sentence(start)
        lo = bisect.bisect_left(self.starts, s0)
        hi = bisect.bisect_left(self.starts, s1)
        best: tuple[float, int] | None = None
        for cs, ce, sign in self.cues[lo:hi]:
            if cs < end and ce > start:
                continue  # a word of the date itself ("last", "next")
            if ce <= start:
                dist = self._words_between(ce, start)
                gap = self.text[ce:start]
                if re.fullmatch(r"\s+(?i:on|in)\s+", gap) or (
                        not gap.strip() and self.text[cs:ce].lower() in self.strong):
                    dist = -1  # "met on Friday", "the quarter ended Sept. 30"
            else:
                # a cue on the right counts inside the date's clause, or after a fronted date
                # ("On Tuesday, the ministers met")
                fronted = start - s0 <= 12 and re.match(r"[^,]{0,20},", self.text[end:]) is not None
                if _CLAUSE.search(self.text, end, cs) and not fronted and start - s0 > 12:
                    continue
                dist = 2 * self._words_between(end, cs) + 1
                if fronted and dist > reach and cs == next(
                        (c[0] for c in self.cues if c[0] >= end), None):
                    dist = reach  # "On Tuesday, the National Abortion ... League plans to": the main verb, however far
            if dist > reach:
                continue
            if best is None or dist < best[0]:
                best = (dist, sign)
        if best is None:
            return 0
        return 2 * best[1] if best[0] < 0 else best[1]


@lru_cache(maxsize=4096)
def _tense_of(text: str, g: _Grammar) -> _Tense:
    """The tense cues of a text (cached: wire copy repeats sentences across articles and dates)."""
    return _Tense(text, g)


@lru_cache(maxsize=8192)
def _open(text: str, g: _Grammar) -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple(g.open(text))


# ----------------------------------------------------------------------------- resolution
_DATELINE = re.compile(r"^\s*(?:[A-Z][\w’'.-]*[ ]?){1,3},\s*$")
_DATELINE_END = re.compile(r"^(?:,?\s*(?:19|20)\d{2})?\s*(?:\([^)]{1,30}\))?\s*\.?\s*[-–—:_]")


# after a full date that opens a text or a line: a dateline when a capitalised word follows without
# a comma ("March 26, 2005 Up to four times ...", glued "2005Through") or nothing does
_DATELINE_LEAD = re.compile(r"[ \t]*(?:\n|$|[^\W\d_](?<=[^\W\d_a-z]))")


#: A month and day without a year lie on the side of the reference the tense says only when that
#: leaves them at most this many days away: writers add the year to dates further off.
_TENSE_REACH = 250


def _pick_day(ref: dt.date, month: int, day: int, tense: int, weekday: int | None) -> dt.date | None:
    options = [d for d in (_valid(ref.year + k, month, day) for k in (-1, 0, 1)) if d]
    if weekday is not None:
        matching = [d for d in options if d.weekday() == weekday]
        if matching:
            options = matching
    if not options:
        return None
    reach = (366 if abs(tense) > 1 else _TENSE_REACH) * _DAY
    if tense > 0:
        ahead = [d for d in options if ref <= d <= ref + reach]
        if ahead:
            return min(ahead)
    elif tense < 0:
        behind = [d for d in options if ref - reach <= d <= ref + _DAY]
        if behind:
            return max(behind)
    return min(options, key=lambda d: (abs((d - ref).days), d > ref))


def _pick_month(ref: dt.date, month: int, tense: int, mod: str) -> tuple[int, int]:
    here = ref.year * 12 + ref.month - 1
    options = [(ref.year + k) * 12 + month - 1 for k in (-1, 0, 1)]
    if mod in ("last", "previous"):
        n = max(o for o in options if o < here)
    elif mod == "next":
        n = min(o for o in options if o > here)
    elif mod == "this":
        n = ref.year * 12 + month - 1
    elif tense > 0:
        n = min(o for o in options if o >= here)
    elif tense < 0:
        n = max(o for o in options if o <= here)
        if here - n > _MONTH_REACH and tense > -2:
            # "said ... in the November issue" in October: a month named without its year this far
            # back would carry the year; the nearest one is meant
            n = min(options, key=lambda o: (abs(o - here), o > here))
    else:
        n = min(options, key=lambda o: (abs(o - here), o > here))
    return n // 12, n % 12 + 1


#: A month without a year lies behind the reference on a weak past cue only when it is at most this
#: many months back (see :data:`_TENSE_REACH` for days).
_MONTH_REACH = 8


def _weekday(ref: dt.date, target: int, tense: int, mod: str) -> dt.date:
    back = (ref.weekday() - target) % 7
    if mod == "previous":  # "the previous Friday": the one before the Friday a past report means
        return ref - dt.timedelta(days=back + 7)
    if mod == "last":
        return ref - dt.timedelta(days=back or 7)
    if mod == "next":
        return ref + dt.timedelta(days=(7 - back) % 7 or 7)
    if tense > 0:
        return ref + dt.timedelta(days=(7 - back) % 7)
    return ref - dt.timedelta(days=back)


def _at_sentence_start(text: str, pos: int) -> bool:
    head = text[:pos].rstrip()
    return not head or head[-1] in ".!?\"“‘'(:;—–-_`" or head.endswith(("``", "''"))


class _Reader:
    """Reads one text: candidate matches, then their values."""

    def __init__(self, text: str, ref: dt.date | None, g: _Grammar, relative: bool,
                 patterns: tuple[tuple[str, re.Pattern[str]], ...]) -> None:
        self.text, self.ref, self.g, self.L, self.open = text, ref, g, g.lang, patterns
        self.relative = relative and ref is not None
        self._tense: _Tense | None = None
        self.known: dict[tuple[int, int], int] = {}
        self.window: tuple[dt.date, dt.date] | None = None  # where an undated article's days may lie
        self.references: dict[tuple[int, int], int] = {}  # days the story dates elsewhere
        self.leads: dict[tuple[str, int], re.Match[str]] = {}  # (kind, start of a match) -> its lead

    def _tense_obj(self) -> _Tense:
        if self._tense is None:
            self._tense = _tense_of(self.text, self.g)
        return self._tense

    def tense(self, start: int, end: int) -> int:
        return self._tense_obj().at(start, end)

    def candidates(self) -> list[tuple[int, int, str, re.Match[str]]]:
        found = []
        for kind, pat in self.open:
            for m in pat.finditer(self.text):
                if m.end() > m.start():
                    start = m.start()
                    if kind in self.g.leads:
                        window = self.text[max(0, start - 48):start]
                        lead = self.g.leads[kind].search(window)
                        if lead and lead.end() > lead.start():
                            start -= len(window) - lead.start()
                            self.leads[(kind, m.start())] = lead
                    found.append((start, m.end(), kind, m))
        found.sort(key=lambda c: (c[0], -(c[1] - c[0])))
        taken: list[tuple[int, int, str, re.Match[str]]] = []
        last_end = -1
        for c in found:
            if c[0] >= last_end:
                taken.append(c)
                last_end = c[1]
        return taken

    def read(self) -> list[DateMention]:
        cands = self.candidates()
        # explicit full dates first, so "Aug. 7" later in the text keeps the year of "Aug. 7, 1998"
        for _s, _e, kind, m in cands:
            if kind in ("md", "dm") and m.group("y"):
                day = self._day_of(m)
                if day:
                    self.known[(self._month_of(m), day)] = int(m.group("y"))
        out: list[DateMention] = []
        for s, e, kind, m in cands:
            if kind in ("md", "dm") and m.group("y") and _DATELINE_LEAD.match(self.text, e) and (
                    not self.text[:s].strip() or self.text[:s].rstrip(" \t").endswith("\n")):
                continue  # "Tuesday, July 7, 2009 Ambulances at ...": the article's dateline, not an event
            got = getattr(self, "_" + kind)(m, out)
            if got is None:
                continue
            value, gran, stated, approx, s2 = got
            s = s2 if s2 is not None else s
            out.append(DateMention(s, e, self.text[s:e], value, gran, stated, approx))
        return out

    # --- helpers
    def _month_of(self, m: re.Match[str]) -> int:
        return self.g.months[m.group("mon").lower().rstrip(".")]

    def _day_of(self, m: re.Match[str]) -> int | None:
        if m.group("d"):
            return int(m.group("d"))
        if "dw" in m.re.groupindex and m.group("dw"):
            return self.L.DAY_ORDINALS[re.sub(r"\s+", " ", m.group("dw").lower())]
        return None

    def _mod(self, word: str | None) -> str:
        if not word:
            return ""
        w = re.sub(r"\s+", " ", word.lower())
        if w in getattr(self.L, "PREVIOUS", ()):
            return "previous"
        if w in self.L.LAST:
            return "last"
        if w in self.L.NEXT:
            return "next"
        return "this" if w in self.L.THIS else ""

    def _told_on(self, m: re.Match[str]) -> bool:
        """Does the sentence place an event on this day (a tense cue, and the language's "on"
        before it when it has one: "was arrested on July 29", not "the July 7 bombings")?"""
        if not self.tense(m.start(), m.end()):
            return False
        words = getattr(self.L, "DAY_PREPOSITIONS", ())
        if not words:
            return True
        before = self.text[max(0, m.start() - 40):m.start()]
        return bool(re.search(r"(?i)(?<![\w'’])(?:" + _alt(words) + r")\s+(?:the\s+)?$", before))

    def _is_dateline(self, m: re.Match[str]) -> bool:
        return bool(_DATELINE.match(self.text[: m.start()]) and _DATELINE_END.match(self.text[m.end():]))

    # --- one resolver per pattern: (value, granularity, stated, approximate, new start) or None
    def _iso(self, m, out):
        d = _valid(int(m["y"]), int(m["m"]), int(m["d"]))
        return (d.isoformat(), "day", True, False, None) if d else None

    def _numeric(self, m, out):
        a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
        if m["sep"] == "." or self.L.NUMERIC_ORDER == "dmy":
            day, month = a, b
        else:
            month, day = a, b
        if month > 12 and day <= 12:
            day, month = month, day
        d = _valid(y, month, day)
        return (d.isoformat(), "day", True, False, None) if d else None

    def _md(self, m, out):
        if self._is_dateline(m):
            return None
        month, day = self._month_of(m), self._day_of(m)
        if day is None or not 1 <= day <= 31:
            return None
        lead = self.leads.get(("md" if "dw" in m.re.groupindex else "dm", m.start()))
        wd = self.L.WEEKDAYS[lead["wd"].lower()] if lead is not None and lead["wd"] else None
        if m["y"]:
            d = _valid(int(m["y"]), month, day)
            stated = True
        elif m["yrel"]:  # "June 1 last year"
            base = self.ref if self.relative or self.window else None
            if base is None:
                return None
            d = _valid(base.year + self.L.YEAR_AFTER_DAY[re.sub(r"\s+", " ", m["yrel"].lower())], month, day)
            stated = False
        elif (month, day) in self.references and not self._told_on(m):
            return None  # "the aftermath of July 7th" in a story of the July 7, 2005 bombings: not an event told
        elif (month, day) in self.known:
            d = _valid(self.known[(month, day)], month, day)
            stated = False
        elif self.window is not None and not self.relative:
            lo, hi = self.window
            options = [x for x in (_valid(y, month, day) for y in range(lo.year, hi.year + 1)) if x and lo <= x <= hi]
            if wd is not None and any(x.weekday() == wd for x in options):
                options = [x for x in options if x.weekday() == wd]
            if len(options) != 1:
                return None  # an undated article: a day of one year or another, unknown
            d, stated = options[0], False
        elif self.ref is not None:
            post = self._mod(m["dpost"]) if "dpost" in m.re.groupindex else ""
            tense = {"last": -2, "previous": -2, "next": 2}.get(post) or self.tense(m.start(), m.end())
            d = _pick_day(self.ref, month, day, tense, wd)
            stated = False
        else:
            return None
        if d is None:
            return None
        if lead is not None and lead["weekof"]:
            return _week(d), "week", stated, False, None
        return d.isoformat(), "day", stated, False, None

    _dm = _md

    def _my(self, m, out):
        return _month(int(m["y"]), self._month_of(m)), "month", True, False, None

    def _month(self, m, out):
        name = m.group("mon")
        if self.ref is None or not self.relative:
            return None
        lead = self.leads.get(("month", m.start()))
        cue = lead["cue"].lower() if lead is not None else ""
        if not cue and not m["yrel"]:
            return None  # a bare "March" or "May" may be a name or a verb
        if "." in self.text[m.end("mon"):m.end("mon") + 1] or (len(name) <= 3 and not self.g.fold and not m["yrel"]):
            if name.lower() not in ("may",):
                return None  # "in Jan" without a day: too terse to trust
        month = self.g.months[name.lower()]
        start = None
        if m["yrel"]:
            y = self.ref.year + self.L.YEAR_AFTER_MONTH[re.sub(r"\s+", " ", m["yrel"].lower())]
            return _month(y, month), "month", False, False, start
        mod = self._mod(cue)
        y, mo = _pick_month(self.ref, month, self.tense(m.start(), m.end()), mod)
        return _month(y, mo), "month", False, False, start

    def _relday(self, m, out):
        if not self.relative:
            return None
        rel = m["rel"]
        if rel[0].isupper() and self.g.lang.NAMES_CAPITALISED and not _at_sentence_start(self.text, m.start("rel")):
            return None  # "USA Today", "VOA Today": a name
        anchored = getattr(self.L, "RELATIVE_OF", ())
        if anchored and re.match(r"(?i)\s*(?:" + _alt(anchored) + r")(?![\w])", self.text[m.end():]):
            return None  # "à la veille du vote": the day before the vote, not before the article
        delta = self.L.RELATIVE_DAYS[re.sub(r"\s+", " ", rel.lower())]
        return (self.ref + dt.timedelta(days=delta)).isoformat(), "day", False, False, None

    def _weekday(self, m, out):
        if not self.relative:
            return None
        generic = getattr(self.L, "GENERIC_BEFORE", ())
        if not m["mod"] and generic and re.search(r"(?i)(?<![\w'’])(?:" + _alt(generic) + r")\s+$",
                                                   self.text[max(0, m.start("wd") - 12):m.start("wd")]):
            return None  # "on a Sunday morning", "every Friday": any such day
        mod = self._mod(m["mod"]) or self._mod(m["post"])
        target = self.L.WEEKDAYS[m["wd"].lower()]
        d = _weekday(self.ref, target, self.tense(m.start(), m.end()), mod)
        return d.isoformat(), "day", False, False, None

    def _count(self, word: str) -> int:
        w = word.lower()
        return int(w) if w.isdigit() else self.L.COUNTS[w]

    def _offset(self, m, out):
        if self.ref is None:
            return None
        n = self._count(m["n"])
        unit = self.L.UNITS[m["unit"].lower()]
        direction = re.sub(r"\s+", " ", m["dir"].lower())
        anchor, anchor_text = None, ""
        s0 = self._sentence_start(m.start())
        for prev in reversed(out):
            if prev.start >= s0 and prev.granularity == "day" and prev.end <= m.start():
                anchor, anchor_text = prev.first, prev.text
                break
        if direction in self.L.LATER:
            sign = 1
            if anchor is None:
                return None  # "two days later" than something the sentence does not date
        elif direction in self.L.EARLIER:
            sign = -1
            if anchor is None and unit in ("year", "month") and self.relative:
                anchor = self.ref  # "a year earlier" in a company report: than the article's period
            # "a day earlier" than what the sentence does not date: the story's last event, unknown
        else:  # ago
            sign, anchor = -1, (self.ref if self.relative else None)
        if anchor is None:
            return None
        if anchor is not self.ref and unit != "day" and any(c.isdigit() for c in anchor_text):
            # than a day the sentence states ("the quarter ended Sept. 30 ... a year earlier"): that
            # day so many weeks, months or years away (weeks and months loosely)
            y, mo = _add_months(anchor.year, anchor.month, sign * n * (12 if unit == "year" else 1))
            if unit == "week":
                day = anchor + sign * 7 * n * _DAY
            else:
                day = _valid(y, mo, anchor.day) or _valid(y, mo, 28)
            return day.isoformat(), "day", False, unit != "year", None
        if unit == "day":
            return (anchor + sign * n * _DAY).isoformat(), "day", False, False, None
        if unit == "week":
            return _week(anchor + sign * 7 * n * _DAY), "week", False, True, None
        if unit == "month":
            y, mo = _add_months(anchor.year, anchor.month, sign * n)
            return _month(y, mo), "month", False, True, None
        return f"{anchor.year + sign * n:04d}", "year", False, True, None

    def _sentence_start(self, pos: int) -> int:
        return self._tense_obj().sentence(pos)[0]

    def _period(self, m, out):
        if not self.relative:
            return None
        mod = self._mod(m["mod"] if "mod" in m.re.groupindex else None) or self._mod(
            m["post"] if "post" in m.re.groupindex else None)
        step = {"last": -1, "previous": -1, "next": 1, "this": 0}.get(mod)
        if step is None:
            return None
        word = m["unit"].lower()
        ref = self.ref
        if word in self.L.WEEKEND:
            sat = ref + dt.timedelta(days=(5 - ref.weekday()))  # this week's Saturday
            if ref.weekday() == 6:
                sat = ref - _DAY
            return _week(sat + step * 7 * _DAY), "week", False, False, None
        unit = self.L.PERIOD_UNITS.get(word)
        if unit == "week":
            return _week(ref + step * 7 * _DAY), "week", False, False, None
        if unit == "month":
            y, mo = _add_months(ref.year, ref.month, step)
            return _month(y, mo), "month", False, False, None
        if unit == "year":
            return f"{ref.year + step:04d}", "year", False, False, None
        return None  # "last day(s)": a duration

    def _yearend(self, m, out):
        if not self.relative:
            return None
        y = self.ref.year - 1 if self._tense_obj().at(m.start(), m.end(), reach=2) < 0 else self.ref.year
        return f"{y:04d}-12-31", "day", False, False, None

    def _year(self, m, out):
        after = self.text[m.end():m.end() + 30]
        nxt = re.match(r"\s+([^\W\d_]+)", after)
        if nxt and nxt.group(1).islower() and nxt.group(1) not in self.L.AFTER_YEAR:
            return None  # "in 2000 homes": a count
        if re.match(r"\s*(?:-|–)\s*\d", after):
            return None  # "1998-99", "2000-2005": a season or a span
        return m["y"], "year", True, False, m.start("cue") if m["cue"] else None


def find_dates(text: str, *, reference: dt.date | str | None, language: str = "english") -> list[DateMention]:
    """Every date expression of ``text``, resolved against ``reference`` (the article's own date).

    Args:
        text: Any text: a sentence or a whole article (tense is read sentence by sentence).
        reference: The article's date (``datetime.date``, ``datetime.datetime`` or an ISO string);
            ``None`` reads only dates that state their year ("Aug. 7, 1998", "in 1998").
        language: A language of :mod:`briefing.lang` ("english", "french", codes like "fr").

    Returns:
        The mentions in text order, without overlaps (:class:`DateMention`).

    Raises:
        TypeError: ``reference`` is neither a date, a string nor ``None``.
    """
    ref = _to_date(reference)
    return _read(text, ref, language, relative=True)


def _read(text: str, ref: dt.date | None, language: str, *, relative: bool,
          known: dict[tuple[int, int], int] | None = None,
          window: tuple[dt.date, dt.date] | None = None,
          references: dict[tuple[int, int], int] | None = None) -> list[DateMention]:
    """The mentions of ``text``; ``relative=False`` resolves only what does not need the article's
    own date (an undated article: weekdays and "today" stay unread); ``known`` gives the year of a
    month and day the story writes elsewhere with its year; ``window`` (with ``relative=False``),
    the first and last day an undated article's month and day without a year may fall on: one
    that falls there in no year or in two is left unread; ``references``, the months and days the
    story writes elsewhere with their year: a mention of one without a year that no tense cue places
    names that day's event rather than telling one ("the bombings on July 7", "the aftermath of July
    7th" in a story of the July 7, 2005 bombings) and is left out."""
    g = _grammar(normalize(language))
    patterns = _open(text, g) if text else ()
    if not patterns:
        return []
    reader = _Reader(text, ref, g, relative, patterns)
    if known:
        reader.known.update(known)
    reader.window = window
    reader.references = references or {}
    return reader.read()
