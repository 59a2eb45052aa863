"""A short timeline of dated events, only when the articles span several days.

Dates are read from the text: "January 20", "Jan. 20, 2022", "20 January", "2022-01-20", and
weekdays ("on Thursday", "Thursday evening") or "yesterday"/"tomorrow" relative to the article's
date (a weekday is the latest such day on or before the article's date, or the next one when the
sentence speaks of the future: "will", "next"). A month and day without a year take the year of
the article (or of the full dates the articles write), moved back a year when that would put
them well after the article. Years alone ("since 2014") are not events.

Each event is the sentence that carries the date, cited whole; the same event told by several
articles (same date, overlapping words) is merged. The timeline is returned only when the events
span at least ``min_other_dates`` dates besides the story's own day (the most common article
date) and there are at least ``min_events`` events; otherwise it is empty.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from ..model import Article, Citation, Sentence, TimelineEvent
from .lexicon import Lexicon, lexicon
from .text import term

_FUTURE = re.compile(r"\b(?:will|shall|next|is due|are due|is expected|are expected|plans? to|scheduled|upcoming|prochain|prochaine|doit|devrait)\b", re.I)
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*", re.UNICODE)
_DIGIT = re.compile(r"\d")
_DATELINE = re.compile(r"^\s*(?:[A-Z][\w’'.-]*[ ]?){1,3},\s*$")
_DATELINE_END = re.compile(r"^(?:,?\s*(?:19|20)\d{2})?\s*(?:\([^)]{1,30}\))?\s*\.?\s*[-–—:]")


@dataclass
class _Event:
    date: str
    sentence: Sentence
    bag: set[str]
    citations: list[Citation] = field(default_factory=list)
    articles: set[int] = field(default_factory=set)


@lru_cache(maxsize=4)
def _patterns(language: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    lex = lexicon(language)
    names = sorted(lex.months, key=len, reverse=True)
    if lex.language == "english":
        month = "(?P<month>" + "|".join(n.capitalize() for n in names) + r")\.?"
        flags = 0
    else:
        month = "(?P<month>" + "|".join(names) + r")\.?"
        flags = re.I
    day = r"(?P<day>\d{1,2})(?:st|nd|rd|th|er)?"
    year = r"(?P<year>(?:19|20)\d{2})"
    md = re.compile(rf"\b{month}\s+{day}\b(?:,?\s+{year}\b)?", flags)
    dm = re.compile(rf"\b{day}\s+{month.replace('month', 'month2')}(?:\s+{year.replace('year', 'year2')})?\b", flags)
    wd_names = sorted(lex.weekdays, key=len, reverse=True)
    wd = "|".join(n.capitalize() for n in wd_names) if lex.language == "english" else "|".join(wd_names)
    rel = "yesterday|tomorrow" if lex.language == "english" else "hier|demain"
    weekday = re.compile(rf"\b(?P<wd>{wd})\b|\b(?P<rel>{rel})\b", flags)
    return md, dm, weekday


_LETTERS = re.compile(r"[^\W\d_]+")
_ISO_DATE = re.compile(r"\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b")
_CASE_ODD = re.compile("[\u0130\u0131\u017f]")  # case-insensitive matching differs from lower()


@lru_cache(maxsize=4)
def _date_words(language: str) -> tuple[frozenset[str], bool]:
    """The words every date pattern of :func:`_patterns` needs (month, weekday, "yesterday"...),
    written as the patterns match them, and whether the patterns ignore case."""
    lex = lexicon(language)
    if lex.language == "english":  # the patterns match capitalised names and lower-case rel. days
        words = {n.capitalize() for n in lex.months} | {n.capitalize() for n in lex.weekdays}
        return frozenset(words | {"yesterday", "tomorrow"}), False
    return frozenset(set(lex.months) | set(lex.weekdays) | {"hier", "demain"}), True


def may_hold_date(text: str, language: str = "english") -> bool:
    """False only when :func:`dates_in` surely finds no date in ``text`` (a cheap pre-filter).

    Every date needs a month or weekday name, "yesterday"/"tomorrow", or an ISO date; the names
    are looked up among the words of the text instead of running every date pattern.
    """
    words, fold = _date_words(language)
    if fold:
        if not text.isascii() and _CASE_ODD.search(text):
            return True
        text_words = _LETTERS.findall(text.lower())
    else:
        text_words = _LETTERS.findall(text)
    if not words.isdisjoint(text_words):
        return True
    return "-" in text and _ISO_DATE.search(text) is not None


@lru_cache(maxsize=4)
def _weekday_hint(language: str) -> re.Pattern[str]:
    lex = lexicon(language)
    words = sorted(set(lex.weekdays) | {"yesterday", "tomorrow", "hier", "demain"}, key=len, reverse=True)
    return re.compile("|".join(words), re.I)


def _iso(y: int, m: int, d: int) -> str | None:
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def _nearest_year(ref: dt.date, month: int, day: int) -> str | None:
    """The date with this month and day nearest to ``ref``, not more than 60 days after it."""
    best: dt.date | None = None
    for y in (ref.year - 1, ref.year, ref.year + 1):
        iso = _iso(y, month, day)
        if iso is None:
            continue
        d = dt.date.fromisoformat(iso)
        if d > ref + dt.timedelta(days=60):
            continue
        if best is None or abs((d - ref).days) < abs((best - ref).days):
            best = d
    return best.isoformat() if best else None


def _article_date(article: Article) -> dt.date | None:
    try:
        return dt.date.fromisoformat(article.date[:10]) if article.date else None
    except ValueError:
        return None


def dates_in(text: str, article_date: dt.date | None, reference: dt.date | None = None, language: str = "english") -> list[tuple[int, str]]:
    """(position, ISO date) of every date ``text`` states.

    Weekdays and "yesterday" resolve against ``article_date``; a month and day without a year take
    the year that puts them nearest before ``article_date`` (or ``reference`` when the article is
    undated).
    """
    lex = lexicon(language)
    md, dm, weekday = _patterns(language)
    out: list[tuple[int, str]] = []
    taken: list[tuple[int, int]] = []
    for pat, mk, yk in ((md, "month", "year"), (dm, "month2", "year2")):
        for m in pat.finditer(text):
            if any(s <= m.start() < e for s, e in taken):
                continue
            month = lex.months[m.group(mk).lower().rstrip(".")]
            day = int(m.group("day"))
            year = int(m.group(yk)) if m.group(yk) else None
            if year is None:
                ref = article_date or reference
                if ref is None:
                    continue
                iso = _nearest_year(ref, month, day)
            else:
                iso = _iso(year, month, day)
            if iso and _DATELINE.match(text[:m.start()]) and _DATELINE_END.match(text[m.end():]):
                taken.append((m.start(), m.end()))
                continue  # "GENEVA, Jan 21 (EFE) -": when the story was filed, not an event
            if iso:
                out.append((m.start(), iso))
                taken.append((m.start(), m.end()))
    for m in _ISO_DATE.finditer(text):
        iso = _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if iso:
            out.append((m.start(), iso))
            taken.append((m.start(), m.end()))
    if article_date is not None:
        future = bool(_FUTURE.search(text))
        for m in weekday.finditer(text):
            if any(s <= m.start() < e for s, e in taken):
                continue
            if m.group("rel"):
                delta = -1 if m.group("rel").lower() in ("yesterday", "hier") else 1
                out.append((m.start(), (article_date + dt.timedelta(days=delta)).isoformat()))
                continue
            # "Wednesday, May 19, 2021": a weekday next to an explicit date adds nothing
            if re.match(r"\s*,?\s*(?:\d{1,2}\s+)?[A-Za-zéû]+\.?\s+\d", text[m.end():m.end() + 20]) and any(
                abs(p - m.end()) < 6 for p, _ in out
            ):
                continue
            target = lex.weekdays[m.group("wd").lower()]
            back = (article_date.weekday() - target) % 7
            if future and back != 0:
                date = article_date + dt.timedelta(days=7 - back)
            else:
                date = article_date - dt.timedelta(days=back)
            out.append((m.start(), date.isoformat()))
    out.sort()
    return out


class TimelineBuilder:
    """Builds the timeline of dated events.

    Parameters: ``min_events`` and ``min_other_dates`` decide whether there is a timeline at
    all; ``limit`` caps the events shown; ``same_day_limit`` caps the events of the story's own day;
    ``merge_overlap`` is the least word overlap for two sentences to tell the same event.
    """

    def __init__(
        self,
        language: str = "english",
        min_events: int = 3,
        min_other_dates: int = 2,
        limit: int = 8,
        same_day_limit: int = 2,
        merge_overlap: float = 0.4,
    ) -> None:
        self.language = language
        self.min_events = min_events
        self.min_other_dates = min_other_dates
        self.limit = limit
        self.same_day_limit = same_day_limit
        self.merge_overlap = merge_overlap

    def story_day(self, articles: list[Article], events: list[_Event]) -> str:
        """The story's own day: the most common article date, else the most common event date."""
        days = Counter(a.date[:10] for a in articles if _article_date(a))
        if days:
            return min(days, key=lambda d: (-days[d], d))
        counts = Counter(e.date for e in events)
        return min(counts, key=lambda d: (-counts[d], d)) if counts else ""

    def events(self, articles: list[Article], sentences: list[Sentence]) -> list[_Event]:
        """Every dated sentence, with events told by several articles merged."""
        lex = lexicon(self.language)
        story_ref = self.reference_date(articles)
        refs = [self.reference_date([a]) or story_ref for a in articles]
        merged: list[_Event] = []
        by_date: dict[str, list[_Event]] = {}
        hinted: dict[str, bool] = {}  # sentence text -> may it hold a date (wire copy repeats)
        bags: dict[str, set[str]] = {}  # sentence text -> its content terms (shared, never changed)
        dated: dict[tuple, list[tuple[int, str]]] = {}  # (text, article date, reference) -> dates
        art_dates = [_article_date(a) for a in articles]
        for s in sentences:
            hint = hinted.get(s.text)
            if hint is None:
                hint = hinted[s.text] = may_hold_date(s.text, self.language)
            if not hint:
                continue
            key = (s.text, art_dates[s.article], refs[s.article])
            found = dated.get(key)
            if found is None:
                if not _DIGIT.search(s.text) and not self._has_weekday(s.text, lex):
                    found = []
                else:
                    found = dates_in(s.text, art_dates[s.article], refs[s.article], self.language)
                dated[key] = found
            if not found:
                continue
            bag = bags.get(s.text)
            if bag is None:
                words = _WORD.findall(s.text)
                # fewer than six words: a dateline or a caption date, not an event
                bag = bags[s.text] = {term(w) for w in words if w.lower() not in lex.stop} if len(words) >= 6 else set()
            if not bag and len(_WORD.findall(s.text)) < 6:
                continue
            date = found[0][1]
            cite = Citation(s.article, s.start, s.end, s.text)
            same = None
            for e in by_date.get(date, [])[:40]:
                if s.article in e.articles:
                    continue
                inter = len(bag & e.bag)
                if inter / max(1, min(len(bag), len(e.bag))) >= self.merge_overlap:
                    same = e
                    break
            if same is None:
                e = _Event(date, s, bag, [cite], {s.article})
                merged.append(e)
                by_date.setdefault(date, []).append(e)
            else:
                same.citations.append(cite)
                same.articles.add(s.article)
        return merged

    def _has_weekday(self, text: str, lex: Lexicon) -> bool:
        return _weekday_hint(self.language).search(text) is not None

    def reference_date(self, articles: list[Article]) -> dt.date | None:
        """The date undated articles are read against: the latest article date, else the latest
        full date ("January 21, 2022") the articles write. Each undated article is read against
        its own full dates first, then against those of the whole story."""
        dated = [d for d in (_article_date(a) for a in articles) if d]
        if dated:
            return max(dated)
        lex = lexicon(self.language)
        md, dm, _ = _patterns(self.language)
        best: dt.date | None = None
        for a in articles:
            for pat, mk, yk in ((md, "month", "year"), (dm, "month2", "year2")):
                for m in pat.finditer(a.text):
                    if not m.group(yk):
                        continue
                    iso = _iso(int(m.group(yk)), lex.months[m.group(mk).lower().rstrip(".")], int(m.group("day")))
                    if iso and (best is None or dt.date.fromisoformat(iso) > best):
                        best = dt.date.fromisoformat(iso)
        return best

    def build(self, articles: list[Article], sentences: list[Sentence]) -> list[TimelineEvent]:
        """The timeline, oldest first, or [] when the articles do not span several days."""
        events = self.events(articles, sentences)
        if len(events) < self.min_events:
            return []
        day = self.story_day(articles, events)
        other = {e.date for e in events if e.date != day}
        if len(other) < self.min_other_dates:
            return []
        order = {id(e): k for k, e in enumerate(events)}
        same_day = sorted((e for e in events if e.date == day), key=lambda e: (-len(e.articles), order[id(e)]))
        keep = same_day[: self.same_day_limit] + [e for e in events if e.date != day]
        if len(keep) > self.limit:
            keep = sorted(keep, key=lambda e: (-len(e.articles), order[id(e)]))[: self.limit]
        keep.sort(key=lambda e: (e.date, order[id(e)]))
        if len(keep) < self.min_events or len({e.date for e in keep if e.date != day}) < self.min_other_dates:
            return []
        return [TimelineEvent(e.date, e.sentence.text, e.citations) for e in keep]


def build_timeline(articles: list[Article], sentences: list[Sentence], language: str = "english") -> list[TimelineEvent]:
    """The story's timeline (see :class:`TimelineBuilder`)."""
    return TimelineBuilder(language).build(articles, sentences)
