"""The digest of a feed: every story grouped, briefed on its own page, listed in an index.

    DIR/stories/<id>.pdf|.md|.json   each story with at least ``min_articles`` articles, as
                                     ``briefing build`` makes it
    DIR/index.md, DIR/index.json     every story, by size and recency, with its bottom line
    DIR/digest.pdf                   a cover listing the briefed stories, then their pages

This is the top layer (like the command line): it renders, and runs the per-story work on a local
process pool or a Dask cluster (:mod:`.runner`). The work of one story (:func:`brief_story`) is a
pure function of its job, so the bytes are the same wherever it runs.
"""

from __future__ import annotations

import dataclasses
import html
import io
import json
import os
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Sequence

from ..engine.runner import Runner
from ..model import Article
from .group import Story, article_id, group_stories
from .previous import Changes, Matcher, Previous, changes, load_previous

FORMAT = "briefing-digest/1"

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class DigestOptions:
    """How a digest is made.

    Attributes:
        min_articles: stories with fewer articles are listed in the index only.
        language: the articles' language.
        algorithm: the sentence scoring of each briefing (as ``build``).
        paper: ``a4`` or ``letter``.
        threshold: the grouping threshold (None: the default of :class:`StoryGrouper`).
        previous: a previous digest folder to mark what is new against.
    """

    min_articles: int = 2
    language: str = "english"
    algorithm: str = "default"
    paper: str = "a4"
    threshold: float | None = None
    previous: str | None = None

    def __post_init__(self) -> None:
        if self.min_articles < 1:
            raise ValueError(f"min_articles must be >= 1, got {self.min_articles!r}")
        if self.paper not in ("a4", "letter"):
            raise ValueError(f"paper must be 'a4' or 'letter', got {self.paper!r}")


@dataclass(frozen=True)
class StoryJob:
    """The work of one story: brief its articles (picklable, sent to a worker)."""

    id: str
    articles: tuple[Article, ...]
    title: str | None = None  # the story's title (None: the briefing derives one, as build does)
    language: str = "english"
    algorithm: str = "default"
    paper: str = "a4"
    compare: bool = False  # mark what is new against ``before``
    before: dict[str, Any] | None = None  # the previous briefing (JSON), None when it had no page
    known: bool = False  # the previous digest listed this story
    epoch: str | None = None  # SOURCE_DATE_EPOCH while rendering, so every machine writes the same bytes


@dataclass(frozen=True)
class StoryPage:
    """One briefed story: its files' contents, and what the index shows of it."""

    id: str
    title: str
    pdf: bytes
    md: str
    json: str
    bottom_line: tuple[str, ...]
    changes: Changes | None


def brief_story(job: StoryJob) -> StoryPage:
    """Brief one story: PDF, Markdown and JSON as ``briefing build --title TITLE`` makes them.

    When ``job.compare`` is set, the title on the PDF and Markdown says what is new since the
    previous digest, and the Markdown ends with the new points and changed figures (the JSON stays
    as ``build`` writes it; the index carries the changes). Rendering runs with
    ``SOURCE_DATE_EPOCH`` set to ``job.epoch``, so the bytes do not depend on where or when.
    """
    with source_date(job.epoch):
        return _brief(job)


def _brief(job: StoryJob) -> StoryPage:
    from ..engine.pipeline import build_briefing
    from ..render.json import briefing_to_dict, render_json
    from ..render.markdown import render_markdown
    from ..render.pdf import render_pdf

    b = build_briefing(list(job.articles), algorithm=job.algorithm, language=job.language, title=job.title)
    data = json.loads(render_json(b))
    found = changes(briefing_to_dict(b), job.before, known=job.known) if job.compare else None
    shown = b
    tail = ""
    if found is not None and found.any:
        shown = dataclasses.replace(b, title=f"{b.title} ({_change_note(found)})")
        if found.new_points or found.figures:
            lines = ["", "## New since the previous digest", ""]
            lines += [f"- {p}" for p in found.new_points]
            lines += [f"- Figure: {f}" for f in found.figures]
            tail = "\n".join(lines) + "\n"
    return StoryPage(
        id=job.id, title=b.title, pdf=render_pdf(shown, paper=job.paper), md=render_markdown(shown) + tail,
        json=json.dumps(data, ensure_ascii=False, indent=2) + "\n",
        bottom_line=tuple(p.text for p in b.bottom_line), changes=found)


@contextmanager
def source_date(epoch: str | None) -> Iterator[None]:
    """Set ``SOURCE_DATE_EPOCH`` for the duration (the PDF's date and its font subsets' time stamps)."""
    if epoch is None:
        yield
        return
    before = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = epoch
    try:
        yield
    finally:
        if before is None:
            del os.environ["SOURCE_DATE_EPOCH"]
        else:
            os.environ["SOURCE_DATE_EPOCH"] = before


def feed_epoch(articles: Sequence[Article]) -> str | None:
    """``SOURCE_DATE_EPOCH`` if set, else midnight (UTC) of the latest article's day, else None."""
    if os.environ.get("SOURCE_DATE_EPOCH"):
        return os.environ["SOURCE_DATE_EPOCH"]
    import datetime as dt

    days = []
    for a in articles:
        try:
            days.append(dt.date.fromisoformat((a.date or "")[:10]))
        except ValueError:
            continue
    if not days:
        return None
    latest = max(days)
    return str(int(dt.datetime(latest.year, latest.month, latest.day, tzinfo=dt.timezone.utc).timestamp()))


def _change_note(c: Changes) -> str:
    if c.new_story:
        return "new story"
    parts = []
    if c.new_points:
        parts.append(f"{len(c.new_points)} new point{'s' if len(c.new_points) > 1 else ''}")
    if c.figures:
        parts.append(f"{len(c.figures)} figure{'s' if len(c.figures) > 1 else ''} changed")
    return ", ".join(parts)


@dataclass(frozen=True)
class Digest:
    """What :func:`make_digest` wrote."""

    folder: Path
    stories: tuple[Story, ...]
    pages: int  # stories briefed on their own page
    files: tuple[Path, ...]


def make_digest(articles: Sequence[Article], out: str | Path, *, options: DigestOptions = DigestOptions(),
                runner: Callable[[Callable, Sequence], Iterable] | None = None,
                reader: Runner | None = None, progress: Progress | None = None) -> Digest:
    """Group ``articles`` into stories, brief each, and write the digest folder ``out``.

    Args:
        articles: the feed.
        out: the folder to write (created if missing; the files named above are replaced).
        options: see :class:`DigestOptions`.
        runner: maps :func:`brief_story` over the jobs, results in order (see :mod:`.runner`);
            default: one after the other in this process.
        reader: lets the grouping read a large feed beside this process (``runner`` of
            :func:`group_stories`).
        progress: called as ``progress(done, total, title)`` after each briefed story.

    Returns:
        A :class:`Digest`.

    Raises:
        InputError: no articles, or an unreadable ``options.previous``.
        OutputError: a file cannot be written.
    """
    from ..errors import InputError
    from ..render.output import write_atomic
    from .runner import run_serial

    if not articles:
        raise InputError("articles", "no articles to digest")
    folder = Path(out)
    previous = load_previous(options.previous) if options.previous else None
    stories = group_stories(articles, language=options.language, threshold=options.threshold, runner=reader)
    stories = _assign_ids(stories, articles, previous)
    known = {p.id for p in previous.stories} if previous is not None else set()
    epoch = feed_epoch(articles)
    jobs = []
    for s in stories:
        if len(s.articles) < options.min_articles:
            continue
        before = previous.briefing(s.id) if previous is not None else None
        # a story whose articles carry headlines is titled with the best of them; one without takes the
        # short title the briefing derives (as ``briefing build`` does), not a cut lead sentence
        headlined = any(articles[k].title.strip() for k in s.articles)
        jobs.append(StoryJob(id=s.id, articles=tuple(articles[k] for k in s.articles),
                             title=s.title if headlined else None,
                             language=options.language,
                             algorithm=options.algorithm, paper=options.paper, compare=previous is not None,
                             before=before, known=previous is not None and s.id in known, epoch=epoch))
    (folder / "stories").mkdir(parents=True, exist_ok=True)
    pages: dict[str, StoryPage] = {}
    files: list[Path] = []
    run = runner or run_serial
    for k, page in enumerate(run(brief_story, jobs), 1):
        for ext, data in (("pdf", page.pdf), ("md", page.md), ("json", page.json)):
            path = folder / "stories" / f"{page.id}.{ext}"
            write_atomic(path, data)
            files.append(path)
        pages[page.id] = page
        if progress is not None:
            progress(k, len(jobs), page.title)
    index = _index(stories, articles, pages, previous, options)
    write_atomic(folder / "index.json", json.dumps(index, ensure_ascii=False, indent=2) + "\n")
    write_atomic(folder / "index.md", _index_md(index))
    with source_date(epoch):
        write_atomic(folder / "digest.pdf", _digest_pdf(index, pages, options.paper, options.language))
    files += [folder / "index.json", folder / "index.md", folder / "digest.pdf"]
    return Digest(folder, tuple(stories), len(pages), tuple(files))


def _assign_ids(stories: list[Story], articles: Sequence[Article], previous: Previous | None) -> list[Story]:
    """Continuing stories take their previous id; no two stories share an id."""
    if previous is not None:
        ids = [[article_id(articles[k]) for k in s.articles] for s in stories]
        matched = Matcher().run(stories, ids, previous)
        stories = [dataclasses.replace(s, id=m) if m else s for s, m in zip(stories, matched)]
    seen: set[str] = set()
    out = []
    for s in stories:
        sid, n = s.id, 2
        while sid in seen:
            sid, n = f"{s.id}-{n}", n + 1
        seen.add(sid)
        out.append(dataclasses.replace(s, id=sid) if sid != s.id else s)
    return out


def _index(stories: Sequence[Story], articles: Sequence[Article], pages: dict[str, StoryPage],
           previous: Previous | None, options: DigestOptions) -> dict[str, Any]:
    dates = sorted(a.date[:10] for a in articles if a.date)
    entries = []
    for s in stories:
        page = pages.get(s.id)
        entry: dict[str, Any] = {
            "id": s.id, "title": page.title if page else s.title, "size": len(s.articles),
            "outlets": list(s.outlets), "start": s.start, "end": s.end,
            "page": f"stories/{s.id}.pdf" if page else None,
            "bottom_line": list(page.bottom_line) if page else [],
            "articles": [{"id": article_id(articles[k]), "title": articles[k].title, "outlet": articles[k].outlet,
                          "date": articles[k].date} for k in s.articles],
            "terms": list(s.terms),
        }
        if previous is not None:
            known = any(p.id == s.id for p in previous.stories)
            ch = page.changes if page and page.changes else Changes(new_story=not known)
            entry["new"] = ch.to_dict() if page else {"new_story": not known, "new_points": [], "figures": []}
        entries.append(entry)
    return {"format": FORMAT, "created": dates[-1] if dates else "", "articles": len(articles),
            "previous": previous.created if previous is not None else None,
            "min_articles": options.min_articles, "stories": entries}


def _index_md(index: dict[str, Any]) -> str:
    lines = [f"# Digest: {len(index['stories'])} stories from {index['articles']} articles", ""]
    if index["created"]:
        lines += [f"Latest article: {index['created']}" + (f"; compared with the digest of {index['previous']}"
                                                           if index.get("previous") else ""), ""]
    small = []
    for s in index["stories"]:
        span = _span(s["start"], s["end"])
        note = _new_note(s.get("new"))
        n_out = len(s["outlets"])
        head = (f"{s['size']} article{'s' if s['size'] != 1 else ''}, {n_out} outlet{'s' if n_out != 1 else ''}"
                + (f", {span}" if span else ""))
        if not s["page"]:
            small.append(f"- {s['title']} ({head}){note}")
            continue
        lines += [f"## [{s['title']}]({s['page']}){note}", "", f"*{head}* · `{s['id']}`", ""]
        lines += [f"- {t}" for t in s["bottom_line"]]
        new = s.get("new") or {}
        if new.get("new_points") or new.get("figures"):
            lines += ["", "New since the previous digest:", ""]
            lines += [f"- {p}" for p in new.get("new_points", [])]
            lines += [f"- Figure: {f}" for f in new.get("figures", [])]
        lines.append("")
    if small:
        lines += ["## Smaller stories", ""] + small + [""]
    return "\n".join(lines).rstrip() + "\n"


def _span(start: str, end: str) -> str:
    if not start:
        return ""
    return start if start == end else f"{start} to {end}"


def _new_note(new: dict[str, Any] | None) -> str:
    if not new:
        return ""
    if new.get("new_story"):
        return " **(new)**"
    n, f = len(new.get("new_points", [])), len(new.get("figures", []))
    bits = ([f"{n} new point{'s' if n > 1 else ''}"] if n else []) + ([f"{f} figure{'s' if f > 1 else ''} changed"] if f else [])
    return f" ({', '.join(bits)})" if bits else ""


_COVER_CSS = """
@page { size: %(paper)s; margin: 16mm 15mm 16mm 15mm;
        @bottom-center { content: "Digest - page " counter(page); font-size: 8pt; color: #777; } }
body { font-family: "DejaVu Serif", Georgia, serif; font-size: 9.5pt; color: #111; }
h1 { font-family: "DejaVu Sans", Helvetica, sans-serif; font-size: 17pt; margin: 0 0 2mm 0; }
p.meta { color: #555; margin: 0 0 5mm 0; font-size: 9pt; }
table { width: 100%%; border-collapse: collapse; }
th { font-family: "DejaVu Sans", sans-serif; font-size: 8pt; text-align: left; color: #555;
     border-bottom: 1.2pt solid #111; padding: 1mm 1.5mm; }
td { vertical-align: top; padding: 1.6mm 1.5mm; border-bottom: 0.4pt solid #ccc; }
td.n { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
td.t b { font-family: "DejaVu Sans", sans-serif; font-size: 9.5pt; }
td.t div { color: #333; font-size: 8.5pt; margin-top: 0.8mm; }
span.new { font-family: "DejaVu Sans", sans-serif; font-size: 7pt; color: #fff; background: #b3261e;
           padding: 0.2mm 1mm; border-radius: 1mm; margin-left: 1mm; }
tr { page-break-inside: avoid; }
"""


def _cover_html(index: dict[str, Any], numbers: dict[str, int], paper: str, lang: str = "en") -> str:
    rows = []
    for s in index["stories"]:
        if not s["page"]:
            continue
        note = _new_note(s.get("new")).replace("**", "").strip(" ()")
        badge = f'<span class="new">{html.escape(note)}</span>' if note else ""
        first = html.escape(s["bottom_line"][0]) if s["bottom_line"] else ""
        span = html.escape(_span(s["start"], s["end"]))
        rows.append(f'<tr><td class="n">{numbers.get(s["id"], 0)}</td><td class="t"><b>{html.escape(s["title"])}</b>'
                    f'{badge}<div>{first}</div></td><td class="n">{s["size"]}</td><td class="n">{len(s["outlets"]) or "-"}</td>'
                    f'<td class="n">{span}</td></tr>')
    small = sum(1 for s in index["stories"] if not s["page"])
    meta = f"{index['articles']} articles in {len(index['stories'])} stories; {len(rows)} briefed on the pages that follow"
    if small:
        meta += f", {small} smaller ones listed in index.md"
    if index.get("created"):
        meta += f". Latest article: {html.escape(index['created'])}"
    size = "A4" if paper == "a4" else "letter"
    return (f"<!doctype html><html lang='{html.escape(lang)}'><head><meta charset='utf-8'><title>Digest</title>"
            f"<style>{_COVER_CSS % {'paper': size}}</style></head><body><h1>Digest</h1>"
            f"<p class='meta'>{meta}.</p><table><thead><tr><th>page</th><th>story and bottom line</th>"
            f"<th>articles</th><th>outlets</th><th>dates</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
            f"</body></html>")


def _digest_pdf(index: dict[str, Any], pages: dict[str, StoryPage], paper: str, language: str = "english") -> bytes:
    """The cover (as many pages as the list needs), then every story's page, with bookmarks."""
    from ..render.pdf import import_weasyprint
    from ..render.view import _LANG_CODES

    lang = _LANG_CODES.get(language, "en")

    weasyprint = import_weasyprint()
    order = [s["id"] for s in index["stories"] if s["page"]]
    cover_pages = 1
    for _ in range(3):  # the page numbers depend on how long the cover is
        numbers = {sid: cover_pages + k + 1 for k, sid in enumerate(order)}
        doc = weasyprint.HTML(string=_cover_html(index, numbers, paper, lang)).render()
        if len(doc.pages) == cover_pages:
            break
        cover_pages = len(doc.pages)
    titles = {s["id"]: s["title"] for s in index["stories"]}
    cover = doc.write_pdf(pdf_variant="pdf/ua-1")
    return join_pdfs(cover, [(titles[sid], pages[sid].pdf) for sid in order])


def join_pdfs(cover: bytes, parts: Sequence[tuple[str, bytes]]) -> bytes:
    """One PDF: ``cover``, then each part's pages, each part bookmarked with its title.

    The parts' tagging survives: their structure trees become kids of the joined document's
    (numbered anew in its parent tree), and their links to their own named destinations point
    straight at the page (names like ``source-1`` repeat from one part to the next). The cover
    gives the document its language, XMP metadata and title. Same inputs, same bytes.

    Args:
        cover: a PDF (tagged or not).
        parts: ``(bookmark title, PDF bytes)`` in page order.

    Returns:
        The joined PDF.
    """
    import pikepdf

    out = pikepdf.open(io.BytesIO(cover))
    root = out.Root.get("/StructTreeRoot")
    if root is None:
        root = out.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.StructTreeRoot, K=pikepdf.Array(),
                                                    ParentTree=pikepdf.Dictionary(Nums=pikepdf.Array())))
        out.Root.StructTreeRoot = root
        out.Root.MarkInfo = pikepdf.Dictionary(Marked=True)
    kids = _as_array(root.get("/K"))
    nums = _number_tree(root.get("/ParentTree"))
    next_key = max([k for k, _ in nums], default=-1) + 1
    role_map = root.get("/RoleMap")
    marks = [(0, len(out.pages))]
    for title, data in parts:
        src = pikepdf.open(io.BytesIO(data))
        first = len(out.pages)
        dests = dict(_name_tree(src.Root.Names.get("/Dests"))) if "/Names" in src.Root else {}
        tree = src.Root.get("/StructTreeRoot")
        offset = next_key
        for page in src.pages:
            if "/StructParents" in page:
                page.StructParents = int(page.StructParents) + offset
            for annot in page.get("/Annots", []):
                if "/StructParent" in annot:
                    annot.StructParent = int(annot.StructParent) + offset
                dest = annot.get("/Dest")
                if dest is not None and not isinstance(dest, pikepdf.Array) and str(dest) in dests:
                    annot.Dest = dests[str(dest)]
        out.pages.extend(src.pages)
        if tree is not None:
            top = _as_array(tree.get("/K"))
            for kid in top:
                if isinstance(kid, pikepdf.Dictionary) and "/P" in kid:
                    del kid["/P"]  # else copying it would copy the part's whole tree root
            for kid in top:
                copied = _copy(out, kid)
                if isinstance(copied, pikepdf.Dictionary):
                    copied.P = root
                kids.append(copied)
            part_nums = _number_tree(tree.get("/ParentTree"))
            for key, value in part_nums:
                nums.append((key + offset, _copy(out, value)))
            next_key = offset + max([k for k, _ in part_nums], default=-1) + 1
            if "/RoleMap" in tree:
                if role_map is None:
                    role_map = root.RoleMap = pikepdf.Dictionary()
                for name, role in tree.RoleMap.items():
                    if name not in role_map:
                        role_map[name] = role
        marks.append((first, len(src.pages)))
    root.K = kids
    flat = pikepdf.Array()
    for key, value in sorted(nums, key=lambda kv: kv[0]):
        flat.append(key)
        flat.append(value)
    root.ParentTree = out.make_indirect(pikepdf.Dictionary(Nums=flat))
    root.ParentTreeNextKey = next_key
    with out.open_outline() as outline:
        outline.root.clear()
        outline.root.append(pikepdf.OutlineItem("Digest", 0))
        for (title, _), (first, _) in zip(parts, marks[1:]):
            outline.root.append(pikepdf.OutlineItem(title, first))
    buf = io.BytesIO()
    out.save(buf, deterministic_id=True, object_stream_mode=pikepdf.ObjectStreamMode.generate)
    return buf.getvalue()


def _copy(out: Any, obj: Any) -> Any:
    """``obj`` of another PDF as an object of ``out`` (indirect objects copied once per source)."""
    import pikepdf

    if isinstance(obj, pikepdf.Object) and obj.is_indirect:
        return out.copy_foreign(obj)
    if isinstance(obj, pikepdf.Array):
        return pikepdf.Array([_copy(out, x) for x in obj])
    if isinstance(obj, pikepdf.Dictionary):
        return pikepdf.Dictionary({k: _copy(out, v) for k, v in obj.items()})
    return obj


def _as_array(obj: Any) -> Any:
    """A structure element's kids as a new pikepdf array (none, one or many)."""
    import pikepdf

    if obj is None:
        return pikepdf.Array()
    if isinstance(obj, pikepdf.Array):
        return pikepdf.Array(list(obj))
    return pikepdf.Array([obj])


def _number_tree(node: Any) -> list[tuple[int, Any]]:
    """The (key, value) pairs of a PDF number tree (``/Nums``, ``/Kids``)."""
    if node is None:
        return []
    out = []
    nums = node.get("/Nums")
    if nums is not None:
        out += [(int(nums[k]), nums[k + 1]) for k in range(0, len(nums) - 1, 2)]
    for kid in node.get("/Kids", []):
        out += _number_tree(kid)
    return out


def _name_tree(node: Any) -> list[tuple[str, Any]]:
    """The (name, value) pairs of a PDF name tree (``/Names``, ``/Kids``); a destination given
    as a dictionary is its ``/D``."""
    if node is None:
        return []
    out = []
    names = node.get("/Names")
    if names is not None:
        for k in range(0, len(names) - 1, 2):
            value = names[k + 1]
            if not hasattr(value, "append") and hasattr(value, "get") and "/D" in value:
                value = value.D
            out.append((str(names[k]), value))
    for kid in node.get("/Kids", []):
        out += _name_tree(kid)
    return out
