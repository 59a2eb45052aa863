"""The view: what the templates see, derived from a :class:`~briefing.model.Briefing`.

Every renderer (HTML/PDF, Markdown, text) goes through :func:`build_view`, so the page and the
Markdown say the same thing. The view can leave items out (``drop``) and cap how many citation
markers a line shows (``max_refs``): the PDF fitter uses both to get exactly one page.

Items carry stable keys (``t0p1`` = topic 0 point 1, ``q2`` quote 2, ``e3`` timeline event 3,
``d1`` disagreement 1) that the HTML template writes as ``data-unit`` attributes, so the fitter can
measure each item on the laid-out page.
"""

from __future__ import annotations

import re
import datetime as dt
from collections import Counter
from functools import lru_cache
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from ..model import Briefing, Citation, Point
from . import svg

from .. import __version__ as VERSION  # one version, set in briefing/__init__.py

_LANG_CODES = {"english": "en", "french": "fr", "german": "de", "spanish": "es", "italian": "it",
               "portuguese": "pt", "dutch": "nl", "russian": "ru", "czech": "cs", "greek": "el",
               "arabic": "ar", "hebrew": "he", "hindi": "hi", "chinese": "zh"}

_WS = re.compile(r"\s+")
# C0/C1 control characters (terminal escape sequences and the like), but not whitespace
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\u200b\u2028\u2029\ufeff]")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


def clean(text: str) -> str:
    """Collapse whitespace (newlines, tabs) to single spaces, drop control characters, strip."""
    return _WS.sub(" ", _CONTROL.sub("", text or "")).strip()


def shorten(text: str, limit: int | None) -> str:
    """``text`` cut to at most ``limit`` characters at a word boundary, ending in an ellipsis
    (the PDF's guard against a "sentence" longer than the page; other formats keep it whole)."""
    if limit is None or len(text) <= limit:
        return text
    cut = text[: max(1, limit - 1)]
    space = cut.rfind(" ")
    if space > limit * 0.6:
        cut = cut[:space]
    return cut.rstrip(" ,;:-\u2013\u2014") + "\u2026"


def labels(language: str) -> dict[str, str]:
    """The fixed words of the page in ``language`` (its ``labels`` part; English's when it has none)."""
    words = dict(_labels_part("english").LABELS)
    words.update(_labels_part(language).LABELS)  # a translation may lack a newer label
    return words


def _labels_part(language: str):
    from ..lang import normalize, part, supports

    name = normalize(language or "english")
    return part(name if supports(name, "labels") else "english", "labels")


@lru_cache(maxsize=64)
def _locale(language: str):
    """The Babel locale dates are written in: the language folder's ``LOCALE``, else the
    language's ISO code when Babel knows it, else None (dates stay ISO)."""
    from babel import Locale, UnknownLocaleError

    from ..lang import ALIASES, normalize, part, supports

    name = normalize(language or "english")
    if supports(name, "labels"):
        code = getattr(part(name, "labels"), "LOCALE", "")
    else:
        code = next((c for c, n in ALIASES.items() if n == name and len(c) == 2), "")
    if not code:
        return None
    try:
        return Locale.parse(code)
    except (UnknownLocaleError, ValueError):
        return None


#: Babel skeletons per granularity: "4 Mar 2024", "Mar 2024", "2024".
_SKELETONS = {"day": "yMMMd", "week": "yMMMd", "month": "yMMM", "year": "y"}


def _date(iso: str):
    m = _ISO_DATE.match(iso or "")
    if not m:
        return None
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def format_date(iso: str, language: str = "english", granularity: str = "day") -> str:
    """A date as the page shows it, in the language's own way (Babel, CLDR data): ``2024-03-04``
    is ``4 Mar 2024`` in English, ``4 mars 2024`` in French, ``4. März 2024`` in German; with
    ``granularity`` ``"month"`` ``Mar 2024``, ``"year"`` ``2024``. Values that are not ISO dates,
    and languages Babel does not know, stay as they are (cut to the date)."""
    day, locale = _date(iso), _locale(language)
    if day is None or locale is None:
        return (iso or "")[:10]
    from babel.dates import format_skeleton

    return format_skeleton(_SKELETONS.get(granularity, "yMMMd"), day, locale=locale)


_PERIOD = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-W(\d{2}))?$")


def period_start(value: str) -> tuple[str, str]:
    """A timeline date (ISO 8601 at its granularity: ``1998-08-07``, ``1998-W32``, ``1998-08``,
    ``1998``) as its first day and granularity; other values stay as they are, as days."""
    m = _PERIOD.match(value or "")
    if not m:
        return value, "day"
    if m[4]:
        try:
            return dt.date.fromisocalendar(int(m[1]), int(m[4]), 1).isoformat(), "week"
        except ValueError:
            return value, "day"
    if m[3]:
        return value, "day"
    if m[2]:
        return f"{m[1]}-{m[2]}-01", "month"
    return f"{m[1]}-01-01", "year"


def format_period(value: str, language: str = "english") -> str:
    """A timeline date at its granularity: ``7 Aug 1998``, ``week of 3 Aug 1998``, ``Aug 1998``, ``1998``."""
    first, granularity = period_start(value)
    text = format_date(first, language, granularity)
    if granularity == "week":
        text = f"{labels(language).get('week_of', 'week of')} {text}"
    return text


def format_span(span: tuple[str, str] | None, language: str = "english") -> str:
    """A date span for the header: ``4–6 Mar 2024``, ``28 Feb – 2 Mar 2024`` or one date."""
    if not span:
        return ""
    first, last = span
    if first == last:
        return format_date(first, language)
    a, b, locale = _date(first), _date(last), _locale(language)
    if a is None or b is None or locale is None or b < a:
        return f"{format_date(first, language)} \u2013 {format_date(last, language)}"
    from babel.dates import format_interval

    return format_interval(a, b, "yMMMd", locale=locale)


def short_url(url: str, limit: int = 60) -> str:
    """A URL for display: no scheme, no ``www.``, no query; long paths end in an ellipsis."""
    if not url:
        return ""
    parts = urlsplit(url)
    if not parts.netloc:
        shown = url
    else:
        host = parts.netloc[4:] if parts.netloc.startswith("www.") else parts.netloc
        shown = host + parts.path.rstrip("/")
    if len(shown) > limit:
        shown = shown[: limit - 1].rstrip("/") + "\u2026"
    return shown


def safe_href(url: str) -> str:
    """``url`` when it is an http(s) or mailto link, else "" (no ``javascript:`` links)."""
    scheme = urlsplit(url or "").scheme.lower()
    return url if scheme in ("http", "https", "mailto") else ""


@dataclass
class Item:
    """One line of the page: a point, a quote, a timeline event (with its citation markers)."""

    key: str
    text: str
    refs: list[int]  # the source numbers shown as markers
    more: int = 0  # carrying sources not shown as markers
    single: bool = False  # carried by one outlet only
    speaker: str = ""
    date: str = ""
    date_label: str = ""
    citations: list[Citation] = field(default_factory=list)

    @property
    def head(self) -> str:
        """The text before its last word (with the space), see :attr:`tail`."""
        return self.text[: len(self.text) - len(self.tail)]

    @property
    def tail(self) -> str:
        """The last word when it is short: the page keeps it on one line with the markers, so a
        marker never starts a line alone ("" when the last word is long, e.g. a URL)."""
        cut = self.text.rfind(" ")
        last = self.text[cut + 1:] if cut >= 0 else self.text
        return last if len(last) <= 24 and cut >= 0 else ""


@dataclass
class TopicView:
    key: str
    label: str
    points: list[Item]


@dataclass
class Row:
    """One source's figure in a disagreement table."""

    outlet: str
    value: str
    ref: int


@dataclass
class DisagreementView:
    key: str
    quantity: str
    rows: list[Row]
    more: int = 0  # reports not shown (the PDF caps the rows)
    plot: str = ""  # inline SVG: the values by source on one axis ("" when it would not help)


@dataclass
class SourceView:
    number: int
    outlet: str
    title: str
    date: str
    date_label: str
    url: str  # safe to link ("" when not http(s))
    url_text: str  # the URL as shown (shortened in the PDF)
    origin: str


@dataclass
class Block:
    """One section of the two-column body: a topic, the disagreements, the quotes or the timeline."""

    kind: str  # "topic" | "differ" | "quotes" | "timeline"
    key: str  # "t0", "differ", "quotes", "timeline"
    label: str
    items: list[Item] = field(default_factory=list)
    tables: list[DisagreementView] = field(default_factory=list)
    strip: str = ""  # the timeline's inline SVG strip

    def size(self) -> float:
        """A rough height in lines (for balancing columns before anything is measured)."""
        lines = 1.6
        for it in self.items:
            chars = len(it.text) + len(it.speaker) + 5 * len(it.refs) + (16 if it.single else 0)
            lines += -(-chars // 52) + (1 if it.speaker else 0) + 0.2
        for t in self.tables:
            lines += 1.3 + sum(1 + (len(r.outlet) + len(r.value)) // 48 for r in t.rows)
            lines += 2.0 if t.plot else 0.0
        if self.strip:
            lines += 2.0
        return lines


def split_columns(blocks: list[Block], heights: dict[str, float] | None = None) -> int:
    """Where to cut the ordered blocks into two columns so the taller column is as short as
    possible (``heights`` by block key when measured, else :meth:`Block.size`)."""
    hs = [(heights or {}).get(b.key) or b.size() for b in blocks]
    total = sum(hs)
    best, best_cut, left = total, len(blocks), 0.0
    for cut in range(len(blocks) + 1):
        tallest = max(left, total - left)
        if tallest < best - 1e-9:
            best, best_cut = tallest, cut
        if cut < len(blocks):
            left += hs[cut]
    return best_cut


@dataclass
class View:
    """Everything a template needs, already selected, cleaned and numbered."""

    title: str
    language: str
    lang: str  # BCP 47 code for <html lang>
    words: dict[str, str]
    date_span: str
    n_articles: int
    n_outlets: int
    bottom_line: list[Item]
    topics: list[TopicView]
    disagreements: list[DisagreementView]
    quotes: list[Item]
    timeline: list[Item]
    sources: list[SourceView]
    more_sources: int
    algorithm: str
    version: str = VERSION
    cut: int | None = None  # blocks before the cut go to the left column (None: balance by size)
    coverage: str = ""  # inline SVG: topics by sources ("" when it would not help)
    timeline_strip: str = ""  # inline SVG: the timeline's dates on one axis

    @property
    def blocks(self) -> list[Block]:
        """The body sections in page order: topics, then where sources differ, quotes, timeline."""
        w = self.words
        out = [Block("topic", t.key, t.label, items=t.points) for t in self.topics]
        if self.disagreements:
            out.append(Block("differ", "differ", w["differ"], tables=self.disagreements))
        if self.quotes:
            out.append(Block("quotes", "quotes", w["quotes"], items=self.quotes))
        if self.timeline:
            out.append(Block("timeline", "timeline", w["timeline"], items=self.timeline,
                             strip=self.timeline_strip))
        return out

    @property
    def columns(self) -> list[list[Block]]:
        """The body as two columns of whole sections."""
        blocks = self.blocks
        cut = split_columns(blocks) if self.cut is None else max(0, min(self.cut, len(blocks)))
        return [blocks[:cut], blocks[cut:]]

    @property
    def meta(self) -> str:
        """``4-6 Mar 2024 · 5 articles · 4 outlets``."""
        w = self.words
        parts = [self.date_span] if self.date_span else []
        parts.append(f"{self.n_articles} {w['articles'] if self.n_articles != 1 else w['article']}")
        if self.n_outlets:  # no outlet known at all: nothing to count ("0 outlets" would mislead)
            parts.append(f"{self.n_outlets} {w['outlets'] if self.n_outlets != 1 else w['outlet']}")
        return " \u00b7 ".join(parts)

    @property
    def subject(self) -> str:
        """The bottom line as one string (the PDF's subject)."""
        return " ".join(i.text for i in self.bottom_line)

    @property
    def keywords(self) -> list[str]:
        """Topic labels and outlets (the PDF's keywords)."""
        seen: dict[str, None] = {}
        for k in [t.label for t in self.topics] + [s.outlet for s in self.sources]:
            if k:
                seen.setdefault(k, None)
        return list(seen)[:20]


def shown_keys(view: View) -> frozenset[str]:
    """The keys of every item ``view`` shows: bottom-line points ``b0``, topic points ``t0p1``,
    quotes ``q0``, timeline events ``e0``, and the rows of the differences ``d0r1``."""
    keys = {it.key for it in view.bottom_line}
    keys.update(p.key for t in view.topics for p in t.points)
    keys.update(q.key for q in view.quotes)
    keys.update(e.key for e in view.timeline)
    keys.update(f"{d.key}r{r}" for d in view.disagreements for r in range(len(d.rows)))
    return frozenset(keys)


def popularity(b: Briefing) -> Counter[int]:
    """How many lines of the briefing each source number carries."""
    count: Counter[int] = Counter()
    lines: list[list[Citation]] = [p.citations for p in b.bottom_line]
    lines += [p.citations for p in b.points]
    lines += [q.citations for q in b.quotes] + [e.citations for e in b.timeline]
    lines += [[r.citation] for d in b.disagreements for r in d.reports]
    for cs in lines:
        count.update({c.number for c in cs})
    return count


def choose_refs(citations: list[Citation], max_refs: int | None,
                pop: Counter[int]) -> tuple[list[int], int]:
    """Source numbers to show for one line, and how many more carry it.

    The representative citation (``citations[0]``) is always shown; with a cap, the others are the
    sources that carry most lines overall, so that the page lists as few sources as possible.
    """
    numbers = sorted({c.number for c in citations})
    if max_refs is None or len(numbers) <= max_refs:
        return numbers, 0
    first = citations[0].number
    others = sorted((n for n in numbers if n != first), key=lambda n: (-pop[n], n))
    shown = sorted([first, *others[: max(0, max_refs - 1)]])
    return shown, len(numbers) - len(shown)


def _item(key: str, text: str, citations: list[Citation], max_refs: int | None, pop: Counter[int],
          single: bool = False, max_chars: int | None = None, **extra: str) -> Item:
    refs, more = choose_refs(citations, max_refs, pop)
    return Item(key=key, text=shorten(clean(text), max_chars), refs=refs, more=more, single=single,
                citations=list(citations), **extra)


def _point(key: str, p: Point, max_refs: int | None, pop: Counter[int],
           max_chars: int | None = None) -> Item:
    return _item(key, p.text, p.citations, max_refs, pop, single=p.single_source,
                 max_chars=max_chars)


def build_view(b: Briefing, *, drop: frozenset[str] | set[str] = frozenset(),
               max_refs: int | None = None, cited_sources_only: bool = False,
               url_limit: int = 60, max_rows: int | None = None,
               max_chars: int | None = None, max_bottom: int | None = None) -> View:
    """The view of ``b`` without the items whose keys are in ``drop``.

    ``max_refs`` caps the markers per line (the rest show as ``+N``); ``max_rows`` caps the rows of
    a disagreement table; ``cited_sources_only`` lists only the sources that a visible marker
    points to and counts the others in ``more_sources``; ``url_limit`` shortens the URLs shown
    (0: show them whole); ``max_chars`` shortens any line longer than that with an ellipsis
    (titles and source entries to a fraction of it); ``max_bottom`` keeps only the first bottom-line
    sentences.
    """
    lang = (b.language or "english").lower()
    words = labels(lang)
    pop = popularity(b)
    short = max_chars // 4 if max_chars else None  # titles, labels, names
    bottom = [_point(f"b{i}", p, max_refs, pop, max_chars)
              for i, p in enumerate(b.bottom_line[:max_bottom])]
    topics = []
    for ti, t in enumerate(b.topics):
        pts = [_point(f"t{ti}p{pi}", p, max_refs, pop, max_chars) for pi, p in enumerate(t.points)
               if f"t{ti}p{pi}" not in drop]
        if pts:
            topics.append(TopicView(key=f"t{ti}", label=shorten(clean(t.label), short), points=pts))
    by_number = {s.number: s for s in b.sources}
    disagreements = []
    for di, d in enumerate(b.disagreements):
        if f"d{di}" in drop:
            continue
        rows = []
        for r in d.reports:
            src = by_number.get(r.citation.number)
            outlet = src.outlet if src and src.outlet else f"Source {r.citation.number}"
            value = clean(r.value)
            if getattr(d, "kind", "conflict") == "change" and src is not None and src.date:
                value = f"{value} ({format_date(src.date, lang)})"  # a change over time: when it was reported
            rows.append(Row(outlet=shorten(clean(outlet), short), value=shorten(value, short),
                            ref=r.citation.number))
        more = 0
        if max_rows is not None and len(rows) > max_rows:
            more, rows = len(rows) - max_rows, rows[:max_rows]
        plot = svg.dot_plot(clean(d.quantity), [(r.citation.number, r.number, clean(r.value)) for r in d.reports],
                            change=d.kind == "change")
        disagreements.append(DisagreementView(key=f"d{di}", quantity=shorten(clean(d.quantity), short),
                                              rows=rows, more=more, plot=plot))
    quotes = [_item(f"q{qi}", q.text, q.citations, max_refs, pop, max_chars=max_chars,
                    speaker=shorten(clean(q.speaker), short))
              for qi, q in enumerate(b.quotes) if f"q{qi}" not in drop]
    timeline = [_item(f"e{ei}", e.text, e.citations, max_refs, pop, max_chars=max_chars,
                      date=e.date[:10],
                      date_label=format_period(e.date, lang))
                for ei, e in enumerate(b.timeline) if f"e{ei}" not in drop]

    if cited_sources_only:
        shown: set[int] = set()
        for it in bottom + [p for t in topics for p in t.points] + quotes + timeline:
            shown.update(it.refs)
        shown.update(r.ref for d in disagreements for r in d.rows)
        listed = [s for s in b.sources if s.number in shown]
    else:
        listed = list(b.sources)
    sources = [SourceView(number=s.number, outlet=shorten(clean(s.outlet), short) or words["unknown_outlet"],
                          title=shorten(clean(s.title), short),
                          date=s.date[:10], date_label=format_date(s.date, lang),
                          url=safe_href(s.url), url_text=short_url(s.url, url_limit) if url_limit
                          else clean(s.url), origin=s.origin)
               for s in listed]
    # the pictures (render/svg.py) are part of every view
    shown_topics = {tv.key for tv in topics}
    carried = [(clean(t.label), {c.number for p in t.points for c in p.citations})
               for ti, t in enumerate(b.topics) if f"t{ti}" in shown_topics]
    coverage = svg.coverage_grid(carried, [s.number for s in b.sources])
    dated = [(period_start(e.date)[0], e.text) for ei, e in enumerate(b.timeline) if f"e{ei}" not in drop]
    strip = ""
    if dated:
        first, last = min(d for d, _ in dated), max(d for d, _ in dated)
        strip = svg.timeline_strip(dated, format_date(first, lang), format_date(last, lang))
    return View(title=shorten(clean(b.title), short) or words["kicker"], language=lang, lang=_LANG_CODES.get(lang, "en"), words=words,
                date_span=format_span(b.date_span, lang), n_articles=len(b.sources),
                n_outlets=len(b.outlets), bottom_line=bottom, topics=topics,
                disagreements=disagreements, quotes=quotes, timeline=timeline, sources=sources,
                more_sources=len(b.sources) - len(sources), algorithm=b.algorithm,
                coverage=coverage, timeline_strip=strip)
