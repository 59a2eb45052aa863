"""A short timeline of dated events, only when the articles span several days.

Dates come from :func:`briefing.analysis.dates.find_dates`, read against each article's own date
(tense decides whether "Friday" or "Feb. 1" lies before or after it). An event is dated at the
granularity its sentence gives: a day ("Aug. 7, 1998", "on Sunday"), a week ("the week of March 6",
"last week") or a month ("in March", "last month"), and shows as such; years alone ("since 2014",
"in 1975") and fuzzy offsets ("two weeks ago") date no event, and a sentence without a date the
timeline can trust is left out rather than guessed.

A date that only names another event does not date the sentence: a modifier ("the July 7, 2005
bombings", "the earthquake of December 26, 2004"), a day in a relative clause or an aside ("the
bombers who attacked London on July 7, 2005"), or a month and day without a year that the story
writes elsewhere with its year, named with no tense or "on" ("the aftermath of July 7").

An undated article (no date in its metadata, file name or dateline) reads its months and days
without a year only inside a window: after the latest day it writes with its year (it was
written after it), else around the days the whole story states when they lie within a year;
otherwise they stay unread rather than guessed against another article's date.

Each event is the sentence that carries the date, cited whole; the same event told by several
articles (same date, overlapping words) is merged, and the same event told at two dates that differ
only by a whole number of years or weeks (one article's "May 1" read in 1997, another's in 1998) is
kept once, at the date the text states outright or most articles give, else dropped. The timeline
is returned only when the events span at least ``min_other_dates`` dates besides the story's own
day (the most common article date) and there are at least ``min_events`` events; otherwise it is
empty.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from ..lang import normalize, part
from ..model import Article, Citation, Sentence, TimelineEvent
from .dates import GRANULARITIES, DateMention, _grammar, _read, _tense_of, may_hold_date, period_of
from .lexicon import lexicon
from .text import term

__all__ = ["TimelineBuilder", "build_timeline", "dates_in", "may_hold_date"]

_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*", re.UNICODE)
_DIGIT = re.compile(r"\d")


@dataclass
class _Event:
    date: str
    sentence: Sentence
    bag: set[str]
    stated: bool
    citations: list[Citation] = field(default_factory=list)
    articles: set[int] = field(default_factory=set)

    @property
    def first(self) -> dt.date:
        return period_of(self.date)[0]


def _article_date(article: Article) -> dt.date | None:
    try:
        return dt.date.fromisoformat(article.date[:10]) if article.date else None
    except ValueError:
        return None


def dates_in(text: str, article_date: dt.date | None, reference: dt.date | None = None,
             language: str = "english") -> list[tuple[int, str]]:
    """(position, ISO day) of every date ``text`` states to the day (a thin view of
    :func:`briefing.analysis.dates.find_dates`, kept for the shared benchmark).

    Args:
        text: The sentence.
        article_date: The article's date; weekdays and words like "today" need it.
        reference: The date a month and day without a year are read against when the article is
            undated.
        language: The language of the text.

    Returns:
        ``[(offset, "YYYY-MM-DD")]`` in text order.
    """
    ref = article_date or reference
    found = _read(text, ref, language, relative=article_date is not None)
    return [(m.start, m.value) for m in found if m.granularity == "day"]


@lru_cache(maxsize=2048)
def _stated(text: str, language: str) -> tuple[DateMention, ...]:
    """The mentions of ``text`` that state their year (read once per text)."""
    if not _YEARISH.search(text):
        return ()  # most sentences: no four-digit number, no stated date
    return tuple(m for m in _read(text, None, language, relative=False) if m.stated)


_YEARISH = re.compile(r"(?<!\d)\d{4}(?!\d)")


_OPEN = {"\u201c": "\u201d", "\u00ab": "\u00bb", "``": "''", '"': '"', "\u201e": "\u201c"}
_QUOTE_MARK = re.compile(r"``|''|[\"\u201c\u201d\u00ab\u00bb\u201e]")


def _quoted(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` inside quotation marks; an opening mark without its closing one quotes
    to the end, a closing mark without its opening one quotes from the start."""
    spans: list[tuple[int, int]] = []
    opened: tuple[str, int] | None = None
    for m in _QUOTE_MARK.finditer(text):
        mark = m.group()
        if opened is not None and mark == _OPEN[opened[0]]:
            spans.append((opened[1], m.start()))
            opened = None
        elif opened is None and mark in _OPEN:
            opened = (mark, m.end())
        elif opened is None and not spans:
            spans.append((0, m.start()))
    if opened is not None:
        spans.append((opened[1], len(text)))
    return spans


def _conflict(a: str, b: str) -> bool:
    """Two dates one event cannot both have and a reader easily confuses: the same day of another
    year, or the same weekday of another week."""
    fa, la, ga = period_of(a)
    fb, lb, gb = period_of(b)
    if ga != gb or a == b:
        return False
    if ga in ("day", "month") and a[4:] == b[4:]:
        return True
    return ga in ("day", "week") and abs((fa - fb).days) in (7, 14)


@dataclass(frozen=True)
class TimelineBuilder:
    """Builds the timeline of dated events (one verb: :meth:`run`).

    Attributes:
        language: Language of the articles.
        min_events: Fewest events for a timeline at all.
        min_other_dates: Fewest dates besides the story's own day for a timeline at all.
        limit: Most events shown.
        same_day_limit: Most events of the story's own day shown.
        merge_overlap: Least share of content words two sentences share to tell the same event.
        granularities: The granularities an event may be dated at (never "year").

    Raises:
        ValueError: A value is out of range (the message names the parameter).
    """

    language: str = "english"
    min_events: int = 3
    min_other_dates: int = 2
    limit: int = 8
    same_day_limit: int = 2
    merge_overlap: float = 0.4
    granularities: tuple[str, ...] = ("day", "week", "month")

    def __post_init__(self) -> None:
        if not isinstance(self.language, str) or not self.language:
            raise ValueError("language: must be a non-empty language name")
        for name in ("min_events", "min_other_dates", "limit", "same_day_limit"):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise ValueError(f"{name}: must be a whole number >= 0, not {value!r}")
        if self.limit < 1:
            raise ValueError(f"limit: must be at least 1, not {self.limit}")
        if not 0 < self.merge_overlap <= 1:
            raise ValueError(f"merge_overlap: must be in (0, 1], not {self.merge_overlap!r}")
        bad = [g for g in self.granularities if g not in GRANULARITIES or g == "year"]
        if bad or not self.granularities:
            raise ValueError(f"granularities: must be among day, week, month, not {self.granularities!r}")

    # ---------------------------------------------------------------- dates of sentences
    def event_date(self, mentions: list[DateMention], text: str = "",
                   reference: dt.date | None = None) -> DateMention | None:
        """The date a sentence's event is placed at: its first date of a shown granularity, except

        - fuzzy offsets ("two weeks ago");
        - relative dates inside a quotation ("we did not expect a breakthrough today" is the
          speaker's day, which a later article quoting it is not);
        - weeks and months named only relative to the article that have not ended by its date
          ("next week", "later this month", "in March" ahead): plans, which articles of
          different days would place in different periods ("earlier this month" stays);
        - dates that only name another event: a modifier ("the July 7, 2005 bombings", "since the
          November 2001 crash") or a day in a relative clause ("the bombers that attacked London
          on July 7, 2005").
        """
        quoted = _quoted(text) if text else []
        earlier = tuple(w.lower() for w in part(self.language, "dates").EARLIER)
        for m in mentions:
            if m.granularity not in self.granularities or m.approximate:
                continue
            if not m.stated and any(a <= m.start < b for a, b in quoted):
                continue
            if text and self._modifier(text, m):
                continue
            if m.granularity != "day" and not m.stated and not _DIGIT.search(m.text):
                if reference is not None and m.last >= reference and not m.text.lower().startswith(earlier):
                    continue
                if self._subordinate(text, m.start):
                    continue  # "proposals, which were presented last month": not the sentence's event
            elif self._relative(text, m.start, m.end):
                continue  # "footage of the bombers that attacked London on July 7, 2005": not the sentence's event
            return m
        return None

    def _subordinate(self, text: str, pos: int) -> bool:
        """Does a relative clause ("which", "who", "that") open between the last comma or the
        sentence start and ``pos``?"""
        words = part(self.language, "dates").SUBORDINATE
        head = text[:pos]
        clause = head[max(head.rfind(","), head.rfind(";")) + 1:]
        return any(re.search(rf"(?<![\w'’]){re.escape(w)}(?![\w'’])", clause, re.I) for w in words) or any(
            head.rstrip().endswith(f", {w}") for w in words)

    def _modifier(self, text: str, m: DateMention) -> bool:
        """Is the date a modifier of a noun ("the July 7, 2005 bombings", "a Jan. 10 meeting",
        "the earthquake of December 26, 2004", French "les attentats du 7 juillet")?"""
        L = part(self.language, "dates")
        head = text[max(0, m.start - 40):m.start]
        # "the 11 March 2004 Madrid bombings", "in the November issue", "le séisme de février": the
        # words before the date's own are in the mention
        names = _grammar(normalize(self.language)).months.keys() | set(L.WEEKDAYS)
        for w in re.finditer(r"[^\W\d_]+", m.text):
            if w.group().lower().rstrip(".") in names or not w.group().islower():
                break
            head += " " + w.group()
        if re.match(r"(?i)\s*(?:-|–|to|through|until|au|à|jusqu'au)\s", text[m.end:]):
            return False  # "du 4 juin au 26 juin", "from June 4 to June 26": a span's first day
        before = re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)?", head)
        word = before[-1].lower() if before else ""
        if word in getattr(L, "OF", ()) and len(before) > 1 and before[-2].lower() not in getattr(L, "TIME_OF", ()):
            return True  # "the earthquake of December 26, 2004" (not "the morning of July 7")
        if word not in getattr(L, "DETERMINERS", ()):
            return False
        after = re.match(r"\s+([^\W\d_]+)", text[m.end:])
        return after is not None and after.group(1).lower() not in lexicon(self.language).stop

    def _relative(self, text: str, pos: int, end: int | None = None) -> bool:
        """Does a relative clause open between the last comma or the sentence start and ``pos``
        ("the bombers that attacked", "Osman, who was arrested"), a "that" after a verb of saying
        or a tense cue excepted ("said that", "warned that")?"""
        L = part(self.language, "dates")
        g = _grammar(normalize(self.language))
        head = text[:pos]
        cut = max(head.rfind(","), head.rfind(";"))
        clause = head[cut + 1:]
        if head[:cut].rstrip().endswith(tuple(f" {w}" for w in L.SUBORDINATE)):
            return True
        opening = re.match(r"\s*([^\W\d_]+)", clause)
        if cut > 0 and opening and g.past.fullmatch(opening.group(1)) and end is not None:
            main = re.match(r"[^,;]*,\s+(?:[^\W\d_]+\s+){0,2}?([^\W\d_]+)", text[end:])
            if main and (g.past.fullmatch(main.group(1)) or g.future.fullmatch(main.group(1))):
                return True  # "Lolol, named a National Monument in October 2003, was damaged": an aside
        for w in re.finditer(r"(?<![\w'’])(?:" + "|".join(map(re.escape, L.SUBORDINATE)) + r")(?![\w'’])", clause, re.I):
            if w.group().lower() not in getattr(L, "COMPLEMENTIZERS", ()):
                return True
            prev = re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)?", clause[:w.start()])
            word = prev[-1] if prev else ""
            if word and not (g.past.fullmatch(word) or g.future.fullmatch(word)
                             or word.lower() in getattr(L, "COMPLEMENT_VERBS", ())):
                return True
        return False

    def story_day(self, articles: list[Article], events: list[_Event]) -> str:
        """The story's own day: the most common article date, else the most common event date."""
        days = Counter(a.date[:10] for a in articles if _article_date(a))
        if days:
            return min(days, key=lambda d: (-days[d], d))
        counts = Counter(e.date for e in events)
        return min(counts, key=lambda d: (-counts[d], d)) if counts else ""

    @staticmethod
    def _texts(articles: list[Article], sentences: list[Sentence] | None) -> list[list[str]]:
        """Per article, the texts to read: its sentences when given (a sentence without a
        four-digit number is skipped at once), else its whole text."""
        if sentences is None:
            return [[a.text] for a in articles]
        out: list[list[str]] = [[] for _ in articles]
        for s in sentences:
            out[s.article].append(s.text)
        return out

    def stated_days(self, articles: list[Article], sentences: list[Sentence] | None = None
                    ) -> dict[tuple[int, int], int]:
        """(month, day) -> year for the days the articles write with their year, when they
        mostly give one year: "the July 7 bombings" in an undated article of a story that writes
        "July 7, 2005" are of 2005 (in a dated article, when no tense places them)."""
        years: dict[tuple[int, int], Counter] = {}
        for texts in self._texts(articles, sentences):
            for text in texts:
                for m in _stated(text, self.language):
                    if m.granularity == "day":
                        years.setdefault((m.first.month, m.first.day), Counter())[m.first.year] += 1
        # the year most of its mentions give (anniversaries mention the day with later years)
        out = {}
        for k, c in years.items():
            (year, n), *rest = c.most_common(2)
            if not rest or n > 2 * rest[0][1]:
                out[k] = year
        return out

    def _told(self, texts: list[str]) -> tuple[list[dt.date], list[dt.date]]:
        """The days ``texts`` write with their year, and the first and last days of the months
        they write with their year ("in May 2004"), except those they speak of as ahead."""
        days: list[dt.date] = []
        months: list[dt.date] = []
        for text in texts:
            tense = None
            for m in _stated(text, self.language):
                if m.granularity in ("day", "month"):
                    if tense is None:
                        tense = _tense_of(text, _grammar(normalize(self.language)))
                    if tense.at(m.start, m.end) <= 0:
                        if m.granularity == "day":
                            days.append(m.first)
                        else:
                            months += [m.first, m.last]
        return days, months

    def windows(self, articles: list[Article], sentences: list[Sentence] | None = None
                ) -> list[tuple[dt.date, dt.date, dt.date] | None]:
        """Per article, the first and last day an undated article's month and day without a year
        may fall on, and the day it is read against ("June 1 last year"); None for a dated
        article, or when nothing bounds it (its days without a year are then left unread):

        - the article writes days with their year: it was written after the latest of them (not one
          it speaks of as ahead), so its days lie from two months before that day to ten after;
        - else, when the days and months the whole story writes with their year (and its article
          dates) lie within a year: from six months before the first to six months after the last
          (a day that falls there twice is left unread).
        """
        if all(_article_date(a) is not None for a in articles):
            return [None] * len(articles)
        told = [self._told(texts) for texts in self._texts(articles, sentences)]
        own = [days if _article_date(a) is None else [] for a, (days, _) in zip(articles, told)]
        story = [d for days, months in told for d in days + months]
        story += [d for d in (_article_date(a) for a in articles) if d]
        tight = (min(story), max(story)) if story and (max(story) - min(story)).days <= 366 else None
        out: list[tuple[dt.date, dt.date, dt.date] | None] = []
        for a, days in zip(articles, own):
            if _article_date(a) is not None:
                out.append(None)
            elif days:
                last = max(days)
                out.append((last - dt.timedelta(days=61), last + dt.timedelta(days=304), last))
            elif tight:
                out.append((tight[0] - dt.timedelta(days=183), tight[1] + dt.timedelta(days=183), tight[1]))
            else:
                out.append(None)
        return out

    def reference_date(self, articles: list[Article]) -> dt.date | None:
        """The date undated articles are read against: the latest article date, else the latest
        full date ("January 21, 2022") the articles write."""
        dated = [d for d in (_article_date(a) for a in articles) if d]
        if dated:
            return max(dated)
        best: dt.date | None = None
        for a in articles:
            for m in _stated(a.text, self.language):
                if m.granularity == "day" and (best is None or m.first > best):
                    best = m.first
        return best

    def events(self, articles: list[Article], sentences: list[Sentence]) -> list[_Event]:
        """Every dated sentence, with events told by several articles merged."""
        lex = lexicon(self.language)
        known = self.stated_days(articles, sentences)
        art_dates = [_article_date(a) for a in articles]
        windows = self.windows(articles, sentences)
        # an undated article is read against the last day of its window's evidence, else not at all
        refs = [d or (w[2] if w else None) for d, w in zip(art_dates, windows)]
        merged: list[_Event] = []
        by_date: dict[str, list[_Event]] = {}
        bags: dict[str, set[str]] = {}
        dated: dict[tuple, DateMention | None] = {}  # wire copy repeats sentences: read each once
        for s in sentences:
            key = (s.text, art_dates[s.article], refs[s.article])
            if key not in dated:
                undated = art_dates[s.article] is None
                w = windows[s.article]
                found = _read(s.text, refs[s.article], self.language, relative=not undated,
                              known=known if undated else None, window=(w[0], w[1]) if w else None,
                              references=known)
                dated[key] = self.event_date(found, s.text, refs[s.article])
            when = dated[key]
            if when is None:
                continue
            bag = bags.get(s.text)
            if bag is None:
                words = _WORD.findall(s.text)
                # fewer than six words: a dateline or a caption date, not an event
                bag = bags[s.text] = {term(w) for w in words if w.lower() not in lex.stop} if len(words) >= 6 else set()
            if not bag:
                continue
            cite = Citation(s.article, s.start, s.end, s.text)
            same = None
            for e in by_date.get(when.value, [])[:40]:
                if s.article in e.articles:
                    continue
                if len(bag & e.bag) / max(1, min(len(bag), len(e.bag))) >= self.merge_overlap:
                    same = e
                    break
            if same is None:
                e = _Event(when.value, s, bag, when.stated, [cite], {s.article})
                merged.append(e)
                by_date.setdefault(when.value, []).append(e)
            else:
                same.citations.append(cite)
                same.articles.add(s.article)
                same.stated = same.stated or when.stated
        return self._one_date_each(merged)

    def _one_date_each(self, events: list[_Event]) -> list[_Event]:
        """The same event at two confusable dates is kept once: at the date the text states, else
        the one more articles give; with nothing to choose between them, at neither."""
        drop: set[int] = set()
        for i, a in enumerate(events):
            for j in range(i + 1, len(events)):
                b = events[j]
                if i in drop or j in drop or not _conflict(a.date, b.date):
                    continue
                if len(a.bag & b.bag) / max(1, min(len(a.bag), len(b.bag))) < max(0.6, self.merge_overlap):
                    continue
                if a.stated != b.stated:
                    keep, lose = (i, j) if a.stated else (j, i)
                elif len(a.articles) != len(b.articles):
                    keep, lose = (i, j) if len(a.articles) > len(b.articles) else (j, i)
                else:
                    drop.update((i, j))
                    continue
                k, lo = events[keep], events[lose]
                k.citations += [c for c in lo.citations if c.article not in k.articles]
                k.articles |= lo.articles
                drop.add(lose)
        return [e for k, e in enumerate(events) if k not in drop]

    # ---------------------------------------------------------------- the timeline
    def run(self, articles: list[Article], sentences: list[Sentence]) -> list[TimelineEvent]:
        """The timeline, oldest first, or [] when the articles do not span several days.

        Args:
            articles: The story's articles.
            sentences: Their sentences (:func:`briefing.nlp.segment`).

        Returns:
            The events, each dated at its granularity (``1998-08-07``, ``1998-W10``, ``1998-08``).
        """
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
        # oldest first; a month or week before the days it holds
        keep.sort(key=lambda e: (e.first, -(period_of(e.date)[1] - e.first).days, order[id(e)]))
        if len(keep) < self.min_events or len({e.date for e in keep if e.date != day}) < self.min_other_dates:
            return []
        return [TimelineEvent(e.date, e.sentence.text, e.citations) for e in keep]

    build = run  # the old verb


def build_timeline(articles: list[Article], sentences: list[Sentence], language: str = "english") -> list[TimelineEvent]:
    """The story's timeline (see :class:`TimelineBuilder`)."""
    return TimelineBuilder(language).run(articles, sentences)
