"""The one-page PDF: lay the briefing out with WeasyPrint, measure it, keep what fits.

Exactly one page, whatever the input: from one short article to hundreds, nothing is cut off.
The fitter keeps every point if it can by choosing the body size between ``font_min`` and
``font_max``; when even the smallest size is too small it leaves out the lowest-ranked items
(points by :attr:`Point.score`, then extra quotes, timeline events and tables) and lists only
the sources the page cites ("+N more sources").

How it keeps the number of renders small: every item on the page carries a ``data-unit`` key;
one layout gives the height of every item, section, the header and each source entry. Heights do
not depend on where an item lands (the column width is fixed), so a small model predicts the page
height of any selection (header + bottom line + the taller of two columns + the sources list)
without laying it out. The fitter asks the model for the largest selection that fits, renders
it, and checks. Typically one render for a short briefing and two or three for a huge one.
"""

from __future__ import annotations

import logging
import math
import os
import re
import sys
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

from ..errors import OutputError
from ..model import Briefing
from .html import Page, html_from_view, load_css, paper_size, source_date
from .output import find_template, jinja_env, template_dirs, write_atomic
from .view import Block, View, build_view, split_columns

LOG = logging.getLogger(__name__)
PT_PER_PX = 0.75  # WeasyPrint lays out in CSS px (1/96 in); 1 pt = 4/3 px


def import_weasyprint():
    """WeasyPrint, or a one-line :class:`OutputError` when it or its system libraries are missing."""
    if "weasyprint" not in sys.modules and sys.platform.startswith("linux"):
        _fast_import_weasyprint()
    try:
        import weasyprint
    except (ImportError, OSError) as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise OutputError("pdf", f"WeasyPrint cannot be loaded ({first}); install weasyprint and "
                                 "its system libraries (Pango) to write PDF") from None
    _quick_array_types()
    return weasyprint


_ARRAY_TYPE = re.compile(r"\s*([A-Za-z_][\w ]*?)\s*\[(\d+)\]\s*")


def _quick_array_types() -> None:
    """Let cffi parse ``T[n]`` types without running its C parser for every ``n``.

    WeasyPrint asks cffi for a new array type per embedded font (``hb_codepoint_t[5043]``,
    ``hb_codepoint_t[61]``, ...). cffi parses each such string with pycparser after declaring every
    typedef it knows, 15-25 ms a string here, about 0.2 s of writing one page. The item type is
    parsed once and the array type built from it, the same ``ArrayType`` cffi's parser returns.
    Anything unexpected in cffi's internals leaves cffi as it is.
    """
    try:
        from cffi import model
        from weasyprint.text.ffi import ffi

        parser = ffi._parser
        if getattr(parser, "_briefing_quick_arrays", False):
            return
        parse = parser.parse_type
    except Exception:  # another cffi or WeasyPrint: stay on the ordinary path
        return
    items: dict[str, object] = {}

    def parse_type(cdecl):
        match = _ARRAY_TYPE.fullmatch(cdecl) if isinstance(cdecl, str) else None
        if match is None:
            return parse(cdecl)
        name = match.group(1)
        if name not in items:
            items[name] = parse(name)
        return model.ArrayType(items[name], int(match.group(2)))

    parser.parse_type = parse_type
    parser._briefing_quick_arrays = True


# The C types WeasyPrint's first layout and PDF need; parsing each costs cffi 15-25 ms.
_FIRST_TYPES = ("PangoFcFontMap *", "char[]", "PangoRectangle *", "PangoLogAttr[]", "unsigned int *",
                "hb_tag_t[1]", "char[4]", "hb_codepoint_t[1]", "FcChar8 **", "FcResult *")


def warm_up(template_dir: str | os.PathLike[str] | None = None) -> None:
    """Do ahead of time the one-off work of the first PDF of a process, to take it off the
    critical path when there is time to spare (the command line's PDF worker does this while
    the main process runs the engine): import WeasyPrint, parse the C types it uses, compile the
    template. Changes nothing in the output. Errors are left for the real render to report."""
    with _quiet_weasyprint():
        try:
            import_weasyprint()
            from weasyprint.text.ffi import ffi

            for cdecl in _FIRST_TYPES:
                ffi.typeof(cdecl)
            jinja_env(template_dir, html=True).get_template("briefing.html.j2")
        except Exception:
            LOG.debug("warm-up skipped", exc_info=True)


def _fast_import_weasyprint() -> None:
    """Import WeasyPrint without ``ctypes.util.find_library``.

    WeasyPrint tries library names such as ``libgobject-2.0-0`` before ``libgobject-2.0.so.0``;
    for each miss cffi falls back to ``find_library``, which on Linux runs ``ldconfig``, ``gcc``
    and ``ld`` (about 0.35 s of a cold start in all). Without it the misses fail at once and the
    ``.so.0`` names that follow load directly. If that import fails, the half-imported modules
    are dropped and the caller imports WeasyPrint the ordinary way.
    """
    import contextlib
    import ctypes.util
    import io

    original = ctypes.util.find_library
    ctypes.util.find_library = lambda name: None
    try:
        with contextlib.redirect_stdout(io.StringIO()):  # WeasyPrint prints a banner on failure
            import weasyprint  # noqa: F401
    except Exception:
        for name in [m for m in sys.modules if m == "weasyprint" or m.startswith("weasyprint.")]:
            del sys.modules[name]
    finally:
        ctypes.util.find_library = original


# --------------------------------------------------------------------------------------------
# fetching: nothing but the template folder's own files


def make_url_fetcher(allowed: list[Path]):
    """A WeasyPrint URL fetcher that serves ``data:`` URLs and files inside ``allowed`` folders
    and refuses everything else (network, ``file://`` elsewhere)."""
    from urllib.request import url2pathname

    from weasyprint.urls import URLFetcher

    roots = [Path(p).resolve() for p in allowed]

    class TemplateOnlyFetcher(URLFetcher):
        def fetch(self, url, headers=None):  # noqa: D401 - WeasyPrint's interface
            scheme = urlsplit(url).scheme.lower()
            if scheme == "data":
                return super().fetch(url, headers)
            if scheme == "file":
                path = Path(url2pathname(unquote(urlsplit(url).path))).resolve()
                if path.is_file() and any(path.is_relative_to(r) for r in roots):
                    return super().fetch(url, headers)
            raise ValueError(f"briefing fetches only its template files, refused {url[:80]!r}")

    return TemplateOnlyFetcher(allowed_protocols=("file", "data"), allow_redirects=False)


@contextmanager
def _quiet_weasyprint():
    """Keep WeasyPrint's warnings (refused fetches, font notes) off the user's terminal."""
    loggers = [logging.getLogger(n) for n in ("weasyprint", "weasyprint.progress", "fontTools")]
    levels = [lg.level for lg in loggers]
    for lg in loggers:
        lg.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        for lg, lv in zip(loggers, levels):
            lg.setLevel(lv)


# --------------------------------------------------------------------------------------------
# measuring a laid-out document


@dataclass
class Layout:
    """What one WeasyPrint layout tells: pages and the height (pt) of every ``data-unit``."""

    pages: int
    page_height: float  # the page's content height, pt
    heights: dict[str, float]
    bottom: float  # bottom edge of the content on the last page, pt from its content top
    overflow: bool  # some box sticks out below the page's content area
    used: float = 0.0  # content height used on all pages together, pt


def measure(document) -> Layout:
    """Heights of the keyed boxes of a WeasyPrint ``Document`` (summed over pages)."""
    heights: dict[str, float] = {}
    page_height, bottom, overflow, used = 0.0, 0.0, False, 0.0
    for page in document.pages:
        page_box = page._page_box
        top = page_box.content_box_y()
        limit = top + page_box.height
        page_height = page_box.height * PT_PER_PX
        bottom = 0.0
        # the page's own margin boxes (running footer) live outside the content area
        stack = [(child, None) for child in page_box.children
                 if type(child).__name__ != "MarginBox"]
        while stack:
            box, parent_element = stack.pop()
            element = getattr(box, "element", None)
            if element is not None and element is not parent_element:
                key = element.get("data-unit")
                if key and getattr(box, "pseudo_type", None) is None:
                    heights[key] = heights.get(key, 0.0) + box.margin_height() * PT_PER_PX
            if getattr(box, "position_y", None) is not None and box.margin_height() > 0:
                box_bottom = box.position_y + box.margin_height()
                if getattr(box, "element_tag", None) not in ("html", "body"):
                    bottom = max(bottom, (box_bottom - top) * PT_PER_PX)
                    if box_bottom > limit + 0.5:
                        overflow = True
            for child in getattr(box, "children", ()) or ():
                stack.append((child, element))
        used += bottom
    return Layout(pages=len(document.pages), page_height=page_height, heights=heights,
                  bottom=bottom, overflow=overflow, used=used)


# --------------------------------------------------------------------------------------------
# the page model: predicted height of any selection from measured heights


@dataclass
class PageModel:
    """Predicts the page's content height for any view of a briefing, from one measured layout.

    Items that were not in the measured layout are estimated from their text length at the
    measured items' height per line.
    """

    view: View  # the view that was measured
    layout: Layout
    source_columns: int
    scale_base: float  # the font size (pt) of the measured layout

    def __post_init__(self) -> None:
        h = self.layout.heights
        measured = [(h[i.key], i) for blk in self.view.blocks for i in blk.items if i.key in h]
        lines = sum(_item_lines(i) for _, i in measured)
        self.per_line = (sum(x for x, _ in measured) / lines) if lines else self.scale_base * 1.4
        src = sorted(h[f"s{s.number}"] for s in self.view.sources if f"s{s.number}" in h)
        self.source_h = src[len(src) // 2] if src else self.scale_base * 1.8
        # Calibrate on the measured layout itself: a custom stylesheet may stack the columns or
        # add space the model does not know about.
        self.factor = 1.0
        raw = self.predict(self.view, self.scale_base)[0]
        if raw > 0 and self.layout.used > 0:
            self.factor = min(3.0, max(0.85, self.layout.used / raw))

    def _h(self, key: str) -> float:
        return self.layout.heights.get(key, 0.0)

    def item_height(self, item) -> float:
        """Measured height of an item, or an estimate from its length."""
        h = self.layout.heights.get(item.key)
        return h if h is not None else _item_lines(item) * self.per_line

    def table_height(self, table) -> float:
        h = self.layout.heights.get(table.key)
        return h if h is not None else (len(table.rows) + 1.5) * self.per_line

    def block_height(self, block: Block) -> float:
        """A section's height: heading and margins as measured (or estimated), plus its items."""
        if block.kind == "differ":
            parts = [self.table_height(t) for t in block.tables]
        else:
            parts = [self.item_height(i) for i in block.items]
        measured = self.layout.heights.get(block.key)
        if measured is not None:
            old = next((b for b in self.view.blocks if b.key == block.key), None)
            old_parts = 0.0
            if old is not None:
                old_parts = sum(self.table_height(t) for t in old.tables) if old.kind == "differ" \
                    else sum(self.item_height(i) for i in old.items)
            fixed = max(0.0, measured - old_parts)
        else:
            fixed = 2.2 * self.per_line
        return fixed + sum(parts)

    def sources_height(self, view: View) -> float:
        """Height of the sources section of ``view`` (entries row-major in equal columns)."""
        h = self.layout.heights
        old = [h.get(f"s{s.number}", self.source_h) for s in self.view.sources]
        fixed = self._h("sources") - _rows_height(old, self.source_columns) - self._h("more")
        new = [h.get(f"s{s.number}", self.source_h) for s in view.sources]
        more = (self._h("more") or self.source_h) if view.more_sources else 0.0
        return max(0.0, fixed) + _rows_height(new, self.source_columns) + more

    def predict(self, view: View, font: float) -> tuple[float, int]:
        """(content height in pt at body size ``font``, best column cut) for ``view``."""
        blocks = view.blocks
        hs = {blk.key: self.block_height(blk) for blk in blocks}
        cut = split_columns(blocks, hs)
        left = sum(hs[b.key] for b in blocks[:cut])
        right = sum(hs[b.key] for b in blocks[cut:])
        total = self._h("header") + self._h("bottom") + max(left, right) + self.sources_height(view)
        return total * self.factor * (font / self.scale_base) ** 2, cut


def _item_lines(item) -> float:
    chars = len(item.text) + len(item.speaker) + 5 * len(item.refs) + (16 if item.single else 0)
    return -(-chars // 52) + (1 if item.speaker else 0) + 0.2


def _rows_height(heights: list[float], columns: int) -> float:
    return sum(max(heights[i:i + columns]) for i in range(0, len(heights), columns))


# --------------------------------------------------------------------------------------------
# the fitter


@dataclass
class Fit:
    """The outcome of fitting: the laid-out document and how it was reached."""

    document: object  # weasyprint.Document, exactly one page
    view: View
    font_size: float
    renders: int
    dropped: list[str] = field(default_factory=list)


#: The page tries to list every source (in the room dropped items left) only when at most this
#: many are left out: laying out thousands of source lines to find they do not fit costs
#: gigabytes and minutes.
_MAX_MORE_SOURCES = 80


def drop_order(b: Briefing, *, max_quotes: int, max_events: int, max_tables: int) -> list[str]:
    """Keys of the droppable items, first to go first.

    Items beyond the caps go first. Then, in rounds, each section gives up its weakest items:
    every topic's fourth and later points (lowest :attr:`Point.score` first); quotes beyond two,
    events beyond four and tables beyond two; third points; events beyond two; second points;
    quotes and tables down to one; then whole topics, weakest best point first; the rest of the
    quotes, events and tables last. The bottom line and the best topic's best point always stay.
    """
    quotes = sorted(range(len(b.quotes)), key=lambda i: (-b.quotes[i].score, i))
    n_events = min(max_events, len(b.timeline))
    n_tables = min(max_tables, len(b.disagreements))
    order: list[str] = [f"q{i}" for i in reversed(quotes[max_quotes:])]
    order += [f"e{i}" for i in reversed(range(max_events, len(b.timeline)))]
    order += [f"d{i}" for i in reversed(range(max_tables, len(b.disagreements)))]

    # each topic's points by rank within the topic (0 = its best)
    ranked: list[tuple[int, float, int, int, str]] = []
    for ti, t in enumerate(b.topics):
        by_score = sorted(range(len(t.points)), key=lambda pi: (-t.points[pi].score, pi))
        for rank, pi in enumerate(by_score):
            ranked.append((rank, t.points[pi].score, -ti, -pi, f"t{ti}p{pi}"))

    def points(lo: int, hi: int) -> list[str]:
        return [k for *_, k in sorted((r[1], r[2], r[3], r[4]) for r in ranked if lo <= r[0] < hi)]

    def extras(q: int, e: int, d: int) -> list[str]:
        keep_q = quotes[:max_quotes]
        out = [f"e{i}" for i in reversed(range(e, n_events))]
        out += [f"q{i}" for i in reversed(keep_q[q:])]
        out += [f"d{i}" for i in reversed(range(d, n_tables))]
        return out

    order += points(3, 10**9)
    order += [k for k in extras(2, 4, 2) if k not in order]
    order += points(2, 3)
    order += [k for k in extras(2, 2, 2) if k not in order]
    # Where sources differ and what they said is why an analyst reads this page: two tables and
    # two quotes outlast the weakest topics' second points.
    order += points(1, 2)
    order += [k for k in extras(1, 2, 1) if k not in order]
    tops = points(0, 1)
    order += tops[:-1]
    last = extras(0, 0, 0)
    order += [k for k in last if k not in order]
    return order


@dataclass
class OnePageFitter:
    """Fits a briefing on exactly one page (see the module docstring for how).

    Parameters are set here, the briefing is given to :meth:`fit`.
    """

    font_min: float = 9.5
    font_max: float = 11.0
    font_step: float = 0.25
    max_refs: int = 6  # citation markers per line; more show as "+N"
    max_quotes: int = 4
    max_events: int = 8
    max_tables: int = 3
    max_rows: int = 6
    max_chars: int = 700  # a longer line is shortened with an ellipsis (the page must hold it)
    safety: float = 0.012  # fraction of the page height kept free when predicting
    max_renders: int = 8
    good_enough: float = 0.96  # a first layout that fits and fills this much of the page is kept

    def candidates(self, levels: int) -> list[tuple[float, int]]:
        """Every (font size, drop level) in order of preference: all content at the largest font
        that fits, else the smallest font with as few items left out as possible."""
        return [(f, 0) for f in self._fonts()] + [(self.font_min, lv) for lv in range(1, levels + 1)]

    def fit(self, b: Briefing, *, paper: str = "a4", template_dir=None) -> Fit:
        """Lay ``b`` out on one page of ``paper``; returns the document and the render count."""
        with _quiet_weasyprint():  # importing parses its stylesheets, with progress logs
            weasyprint = import_weasyprint()

        size = paper_size(paper)
        env = jinja_env(template_dir, html=True)
        css = load_css(template_dir)
        css_dir = find_template("briefing.css", template_dir).parent
        fetcher = make_url_fetcher(template_dirs(template_dir))
        base_url = css_dir.as_uri() + "/"
        order = drop_order(b, max_quotes=self.max_quotes, max_events=self.max_events,
                           max_tables=self.max_tables)
        cands = self.candidates(len(order))
        created = source_date()
        views: dict[tuple[int, int, int | None], View] = {}
        renders = 0

        def view_for(level: int, max_chars: int = self.max_chars, url_limit: int | None = None) -> View:
            # url_limit: None lists the cited sources only; a number lists them all, URLs that short
            if (level, max_chars, url_limit) not in views:
                last_resort = max_chars < self.max_chars
                views[level, max_chars, url_limit] = build_view(
                    b, drop=frozenset(order[:level]), max_refs=self.max_refs,
                    cited_sources_only=url_limit is None, max_rows=self.max_rows, max_chars=max_chars,
                    max_bottom=3 if last_resort else None,
                    url_limit=60 if url_limit is None else url_limit)
            return views[level, max_chars, url_limit]

        def render(rank: int, cut: int | None, max_chars: int = self.max_chars, url_limit: int | None = None):
            nonlocal renders
            renders += 1
            font, level = cands[rank]
            view = View(**{**vars(view_for(level, max_chars, url_limit)), "cut": cut})
            page = Page(size=size, font_size=font, print=True, created=created)
            html = html_from_view(view, page, env=env, css=css)
            with _quiet_weasyprint():
                try:
                    doc = weasyprint.HTML(string=html, base_url=base_url, url_fetcher=fetcher).render()
                except Exception as exc:  # WeasyPrint raises many kinds; the user needs one line
                    raise OutputError("pdf", f"layout failed: {type(exc).__name__}: {exc}") from None
            lay = measure(doc)
            LOG.debug("render %d: font %.2fpt, %d items left out: %d page(s), last ends at "
                      "%.0f of %.0f pt%s", renders, font, level, lay.pages, lay.bottom,
                      lay.page_height, ", overflow" if lay.overflow else "")
            return doc, view, lay, lay.pages == 1 and not lay.overflow

        # 1. a first guess from text lengths alone, so that a huge briefing is not laid out whole
        rank = self._first_guess(cands, view_for, size)
        doc, view, lay, ok = render(rank, None)
        best = (rank, doc, view) if ok else None
        low = 0 if ok else rank + 1  # the best rank that may still fit
        capacity = lay.page_height * (1 - self.safety)

        # 2. the model picks the most preferred candidate it predicts to fit; render; repeat.
        # A first layout that fits and already fills the page is kept: another full layout (half
        # a second) to add one more line is not worth it.
        full = ok and lay.bottom >= self.good_enough * lay.page_height
        while renders < self.max_renders and not full:
            model = PageModel(view, lay, _source_columns(view),
                              scale_base=cands[rank][0])
            high = best[0] if best else len(cands) - 1
            if low > high or (low >= high and best is not None):
                break
            rank, cut = self._choose(model, cands, view_for, low, high, capacity)
            LOG.debug("model: font %.2fpt with %d items left out predicted at %.0f of %.0f pt",
                      cands[rank][0], cands[rank][1],
                      model.predict(view_for(cands[rank][1]), cands[rank][0])[0], capacity)
            if best is not None and rank >= best[0]:
                break  # the model sees nothing better than what already fits
            doc, view, lay, ok = render(rank, cut)
            if ok:
                best = (rank, doc, view)
                break
            if best is not None:
                break  # an attempt to keep more failed: keep the page that fits
            low = rank + 1
            capacity *= 0.985
        if best is None:
            # last resort: the least content, three bottom-line sentences, every line shortened hard
            rank = len(cands) - 1
            doc, view, lay, ok = render(rank, None, max_chars=min(self.max_chars, 160))
            if not ok:
                raise OutputError("pdf", "the briefing does not fit on one page even with one short "
                                         "point (too many bottom-line sentences?)")
            best = (rank, doc, view)
        rank, doc, view = best
        font, level = cands[rank]
        if view.more_sources and renders < self.max_renders + 2 \
                and len(b.sources) - len(view.sources) <= _MAX_MORE_SOURCES:
            # sources left out ("+12 more sources") while the page may have room below them: list
            # them all in the space the dropped items left, with shorter URLs if need be
            for url_limit in (60, 28):
                if renders >= self.max_renders + 2:
                    break
                doc2, view2, lay2, ok2 = render(rank, view.cut, url_limit=url_limit)
                if ok2:
                    doc, view = doc2, view2
                    break
        LOG.info("one page in %d render(s): body %.2fpt, %d of %d items left out, %d of %d sources "
                 "listed", renders, font, level, len(order), len(view.sources), len(b.sources))
        return Fit(doc, view, font, renders, order[:level])

    # -- helpers ------------------------------------------------------------------------------

    def _fonts(self) -> list[float]:
        n = int(round((self.font_max - self.font_min) / self.font_step))
        return [round(self.font_max - i * self.font_step, 3) for i in range(n + 1)]

    def _first_guess(self, cands: list[tuple[float, int]], view_for, size: str) -> int:
        """The first candidate whose height, estimated from text lengths, fits the page."""
        body_h = page_box_pt(size)[1]
        lo, hi = 0, len(cands) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            font, level = cands[mid]
            if estimate_height(view_for(level), font, size) <= body_h * 0.98:
                hi = mid
            else:
                lo = mid + 1
        return lo

    def _choose(self, model: "PageModel", cands, view_for, low: int, high: int,
                capacity: float) -> tuple[int, int | None]:
        """The first candidate rank in [low, high] the model predicts to fit, and its column cut."""
        def predicted(rank: int) -> tuple[float, int]:
            font, level = cands[rank]
            return model.predict(view_for(level), font)

        lo, hi = low, high
        while lo < hi:  # predicted heights fall as the rank rises
            mid = (lo + hi) // 2
            if predicted(mid)[0] <= capacity:
                hi = mid
            else:
                lo = mid + 1
        return lo, predicted(lo)[1]


def page_box_pt(size: str) -> tuple[float, float]:
    """Content width and height (pt) of the page for CSS size ``A4`` or ``letter``
    (the margins of ``briefing.css``: 14 mm at the sides, 27 mm top and bottom together)."""
    width_mm, height_mm = (210.0, 297.0) if size == "A4" else (215.9, 279.4)
    return (width_mm - 28) / 25.4 * 72, (height_mm - 27) / 25.4 * 72


def estimate_height(view: View, font: float, size: str) -> float:
    """The page height (pt) ``view`` needs at body size ``font``, from text lengths alone.

    Constants measured on the packaged stylesheet (DejaVu condensed, two body columns); within
    about 10% on news text. Used only for the first layout; the measured model takes over.
    """
    page_w = page_box_pt(size)[0]
    col_w = page_w * 0.48  # one body column
    per_line = col_w / (font * 0.5)  # characters per line (condensed serif ~0.5 em)
    lead = font * 1.28
    col = sum(blk.size() * 52 / per_line for blk in view.blocks) * lead / 2
    title_lines = math.ceil(len(view.title) * font * 1.95 * 0.56 / page_w)
    head = title_lines * font * 1.95 * 1.1 + font * 4.6
    bl_chars = sum(len(p.text) + 15 for p in view.bottom_line)
    bl = bl_chars / (per_line * 2.08 / 1.08) * lead * 1.08 + lead * 2
    src_cols = _source_columns(view)
    src_font = font * (0.6 if src_cols == 3 else 0.68)
    src_chars = (page_w / src_cols - src_font * 2) / (src_font * 0.5)
    rows = [math.ceil((len(x.outlet) + len(x.title) + len(x.url_text) + 22) / src_chars)
            for x in view.sources]
    src_lines = sum(max(rows[i:i + src_cols]) for i in range(0, len(rows), src_cols))
    src = src_lines * src_font * 1.22 + src_font * 0.2 * len(rows) / src_cols + lead * 2.2
    return head + bl + col + src


def _source_columns(view: View) -> int:
    return 3 if view.n_articles > 12 else 2


# --------------------------------------------------------------------------------------------
# the public function


#: PDF flavours ``render_pdf`` writes: tagged and accessible (the default), archival with the
#: briefing's JSON attached, or plain (untagged, smallest).
PDF_VARIANTS = ("pdf/ua-1", "pdf/a-3b", "plain")


def render_pdf(b: Briefing, path: str | os.PathLike[str] | None = None, *, paper: str = "a4",
               template_dir: str | os.PathLike[str] | None = None,
               fitter: OnePageFitter | None = None, variant: str = "pdf/ua-1") -> bytes:
    """The briefing as a one-page PDF; written atomically to ``path`` when given.

    Args:
        b: the briefing.
        path: where to write it (atomically); None to only return the bytes.
        paper: ``a4`` or ``letter``.
        template_dir: a folder with your own templates (missing ones fall back to the packaged).
        fitter: lays the page out on exactly one page (default :class:`OnePageFitter`).
        variant: ``"pdf/ua-1"`` (default): a tagged, accessible PDF (PDF/UA-1: headings, lists
            and tables in the structure tree, the document language, the title shown as the
            window title); ``"pdf/a-3b"``: an archival PDF/A-3b, also tagged, that carries the
            briefing's JSON (``briefing.json``, every citation with its span) as an attached
            file; ``"plain"``: untagged.

    Returns:
        The PDF bytes. Metadata: title, subject (the bottom line), keywords (topics and
        outlets), creator ``briefing <version>``; the same input gives the same bytes.

    Raises:
        ValueError: an unknown ``variant``.
        OutputError: the PDF cannot be laid out or written.
    """
    data, _ = render_pdf_page(b, paper=paper, template_dir=template_dir, fitter=fitter, variant=variant)
    if path is not None:
        write_atomic(path, data)
    return data


def render_pdf_page(b: Briefing, *, paper: str = "a4", template_dir: str | os.PathLike[str] | None = None,
                    fitter: OnePageFitter | None = None, variant: str = "pdf/ua-1") -> tuple[bytes, frozenset[str]]:
    """The PDF (as :func:`render_pdf` makes it) and the keys of the items its one page shows
    (:func:`briefing.render.view.shown_keys`), for the JSON's ``on_page`` flags."""
    from .view import shown_keys

    if variant not in PDF_VARIANTS:
        raise ValueError(f"unknown PDF variant {variant!r}; choose one of {', '.join(PDF_VARIANTS)}")
    fit = (fitter or OnePageFitter()).fit(b, paper=paper, template_dir=template_dir)
    return pdf_bytes(fit.document, variant=variant, briefing=b), shown_keys(fit.view)


def page_keys(b: Briefing, *, paper: str = "a4", template_dir: str | os.PathLike[str] | None = None,
              fitter: OnePageFitter | None = None) -> frozenset[str]:
    """The keys of the items the one-page PDF of ``b`` shows, without writing the PDF."""
    from .view import shown_keys

    return shown_keys((fitter or OnePageFitter()).fit(b, paper=paper, template_dir=template_dir).view)


def _write_options(variant: str, briefing: Briefing | None) -> dict:
    if variant == "plain":
        return {}
    if variant == "pdf/ua-1":
        return {"pdf_variant": "pdf/ua-1"}
    import weasyprint

    from .json import render_json

    attachments = []
    if briefing is not None:
        attachments.append(weasyprint.Attachment(
            string=render_json(briefing), name="briefing.json", relationship="Data",
            description="The briefing as JSON: every line with the character spans of its sources"))
    return {"pdf_variant": variant, "pdf_tags": True, "attachments": attachments}


def briefing_epoch(b: Briefing) -> int:
    """The briefing's own date (its newest source, midnight UTC) in seconds since 1970; 0 if undated."""
    import calendar
    import datetime

    span = b.date_span
    try:
        day = datetime.date.fromisoformat(span[1][:10]) if span else None
    except ValueError:
        day = None
    return calendar.timegm(day.timetuple()) if day else 0


def pdf_bytes(document, *, variant: str = "plain", briefing: Briefing | None = None) -> bytes:
    """Serialise a laid-out WeasyPrint document as ``variant`` (see :func:`render_pdf`; the
    archival variant attaches ``briefing``'s JSON). WeasyPrint writes no random identifier; the
    creation date comes from the briefing (or ``SOURCE_DATE_EPOCH``). The embedded font subsets
    carry a modification time (fontTools' ``head.modified``): ``SOURCE_DATE_EPOCH`` when set, else
    the briefing's date (:func:`briefing_epoch`, 1970 without a briefing), never the clock."""
    own = "SOURCE_DATE_EPOCH" not in os.environ
    if own:
        os.environ["SOURCE_DATE_EPOCH"] = str(briefing_epoch(briefing) if briefing is not None else 0)
    try:
        with _quiet_weasyprint():
            try:
                return document.write_pdf(**_write_options(variant, briefing))
            except Exception as exc:
                raise OutputError("pdf", f"cannot write the PDF: {type(exc).__name__}: {exc}") from None
    finally:
        if own:
            os.environ.pop("SOURCE_DATE_EPOCH", None)
