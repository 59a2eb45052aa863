"""A short timeline of dated events, only when the articles span several days.

Dates come from :func:`briefing.analysis.dates.find_dates`, read against each article's own date
(tense decides whether "Friday" or "Feb. 1" lies before or after it). An event is dated at the
granularity its sentence gives: a day ("Aug. 7, 1998", "on Sunday"), a week ("the week of March 6",
"last week") or a month ("in March", "last month"), and shows as such; years alone ("since 2014",
"in 1975") and fuzzy offsets ("two weeks ago") date no event, and a sentence without a date the
timeline can trust is left out rather than guessed.

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

from ..lang import part
from ..model import Article, Citation, Sentence, TimelineEvent
from .dates import GRANULARITIES, DateMention, _read, may_hold_date, period_of
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
          different days would place in different periods ("earlier this month" stays).
        """
        quoted = _quoted(text) if text else []
        earlier = tuple(w.lower() for w in part(self.language, "dates").EARLIER)
        for m in mentions:
            if m.granularity not in self.granularities or m.approximate:
                continue
            if not m.stated and any(a <= m.start < b for a, b in quoted):
                continue
            if m.granularity != "day" and not m.stated and not _DIGIT.search(m.text):
                if reference is not None and m.last >= reference and not m.text.lower().startswith(earlier):
                    continue
                if self._subordinate(text, m.start):
                    continue  # "proposals, which were presented last month": not the sentence's event
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

    def story_day(self, articles: list[Article], events: list[_Event]) -> str:
        """The story's own day: the most common article date, else the most common event date."""
        days = Counter(a.date[:10] for a in articles if _article_date(a))
        if days:
            return min(days, key=lambda d: (-days[d], d))
        counts = Counter(e.date for e in events)
        return min(counts, key=lambda d: (-counts[d], d)) if counts else ""

    def stated_days(self, articles: list[Article]) -> dict[tuple[int, int], int]:
        """(month, day) -> year for the days the undated articles write with their year, when
        mostly give one year: "the July 7 bombings" in an undated article of a story that writes
        "July 7, 2005" are of 2005."""
        years: dict[tuple[int, int], Counter] = {}
        for a in articles:
            if _article_date(a) is not None:
                continue
            for m in _read(a.text, None, self.language, relative=False):
                if m.stated and m.granularity == "day":
                    years.setdefault((m.first.month, m.first.day), Counter())[m.first.year] += 1
        # the year most of its mentions give (anniversaries mention the day with later years)
        out = {}
        for k, c in years.items():
            (year, n), *rest = c.most_common(2)
            if not rest or n > 2 * rest[0][1]:
                out[k] = year
        return out

    def reference_date(self, articles: list[Article]) -> dt.date | None:
        """The date undated articles are read against: the latest article date, else the latest
        full date ("January 21, 2022") the articles write."""
        dated = [d for d in (_article_date(a) for a in articles) if d]
        if dated:
            return max(dated)
        best: dt.date | None = None
        for a in articles:
            for m in _read(a.text, None, self.language, relative=False):
                if m.stated and m.granularity == "day" and (best is None or m.first > best):
                    best = m.first
        return best

    def events(self, articles: list[Article], sentences: list[Sentence]) -> list[_Event]:
        """Every dated sentence, with events told by several articles merged."""
        lex = lexicon(self.language)
        story_ref = self.reference_date(articles)
        known = self.stated_days(articles)
        art_dates = [_article_date(a) for a in articles]
        refs = [d or story_ref for d in art_dates]
        merged: list[_Event] = []
        by_date: dict[str, list[_Event]] = {}
        bags: dict[str, set[str]] = {}
        dated: dict[tuple, DateMention | None] = {}  # wire copy repeats sentences: read each once
        for s in sentences:
            key = (s.text, art_dates[s.article], refs[s.article])
            if key not in dated:
                undated = art_dates[s.article] is None
                found = _read(s.text, refs[s.article], self.language, relative=not undated,
                              known=known if undated else None)
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
