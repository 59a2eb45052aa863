"""Ingestion: files, folders and standard input to :class:`~briefing.model.Article` objects.

Formats, chosen by extension (or by sniffing for standard input):

=========  ====================================================================================
``.txt``   plain text; the first line is the headline when it reads like one; bylines and
           datelines give author, outlet and date (:mod:`briefing.ingest.assemble`)
``.md``    Markdown, with optional YAML front matter (:mod:`briefing.ingest.text`)
``.html``  HTML page (also ``.htm``), main text and metadata via trafilatura
           (:mod:`briefing.ingest.html`)
``.json``  one article, a list, or ``{"articles"|"documents": [...]}``
``.jsonl`` one article a line (:mod:`briefing.ingest.jsonfmt`)
``.rss``   RSS or Atom feed (also ``.atom``, and ``.xml`` given by name or sniffed): each entry
           with text an article (:mod:`briefing.ingest.feed`)
=========  ====================================================================================

Every text is decoded (:mod:`~briefing.ingest.decode`: BOMs, UTF-16, UTF-8, CP1252/Latin-1,
declared HTML charsets), normalised (:mod:`~briefing.ingest.normalize`: NFC; curly quotes become
straight ASCII quotes, one for one, so they stay paired; odd spaces become plain spaces) and
cleaned of boilerplate (:mod:`~briefing.ingest.boilerplate`). ``Article.text`` is the body only:
paragraphs separated by exactly one blank line, hard-wrapped lines joined, no headline, byline,
dateline or page furniture. Metadata the input states (front matter, JSON fields, HTML meta) wins;
otherwise it is read from the text (:mod:`~briefing.ingest.assemble`), and what is not there is
left empty rather than guessed (:mod:`~briefing.ingest.dates`, :mod:`~briefing.ingest.outlets`).

Bad input raises :class:`~briefing.errors.InputError` naming the file (``path:LINE`` for JSON
Lines and invalid JSON, ``path#N`` for the N-th article of a JSON list) and the problem.
"""

from __future__ import annotations

import errno
import os
import re
import stat
import sys
import warnings
from pathlib import Path
from typing import IO, Callable, Iterable

from ..errors import InputError
from ..model import Article
from . import limits
from .limits import HTML_MARKUP_FACTOR, MAX_ARTICLE_CHARS, InputWarning, cap_text

__all__ = ["load_articles", "parse_article", "sniff_format", "EXTENSIONS", "FORMATS", "InputWarning", "MAX_ARTICLE_CHARS",
           "cap_text"]

EXTENSIONS: dict[str, str] = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".rss": "feed",
    ".atom": "feed",
}
#: Extensions read only when a file is named on the command line (a folder's .xml files are
#: often not articles: sitemaps, settings).
EXPLICIT_EXTENSIONS: dict[str, str] = {".xml": "feed"}
FORMATS = ("txt", "md", "html", "json", "jsonl", "feed")
STDIN = "-"


def _mb(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB" if n >= 100_000 else f"{n:,} bytes"


def sniff_format(text: str) -> str:
    """Guess the format of decoded text: ``feed``, ``json``, ``jsonl``, ``html``, ``md`` or ``txt``."""
    import json

    from .feed import looks_like_feed

    head = text.lstrip("\ufeff \t\r\n")
    if head[:1] == "<" and looks_like_feed(head):
        return "feed"
    if head[:1] in "{[":
        try:
            json.loads(head)
            return "json"
        except RecursionError:
            return "json"  # reported as nested too deeply
        except ValueError:
            pass
        lines = [line for line in head.splitlines() if line.strip()]
        if lines and all(line.lstrip()[:1] == "{" for line in lines):
            return "jsonl"
        if head[:1] == "[" or len(lines) == 1:
            return "json"  # reported as invalid JSON, with its line
        return "jsonl"
    if re.match(r"<(?:!doctype\s+html|html|head|body|article|main|div|p|section|meta|title|h1)\b", head, re.I):
        return "html"
    if head.startswith("---\n") or re.search(
        r"^#{1,6} \S|\*\*\S.*?\S\*\*|\[[^\]\n]+\]\([^)\s]+\)|^!\[", head, re.M
    ):
        return "md"
    return "txt"


def parse_article(data: bytes | str, origin: str, fmt: str | None = None, *, path: str | None = None) -> list[Article]:
    """Articles from one input's content.

    ``fmt`` is ``"txt"``, ``"md"``, ``"html"``, ``"json"``, ``"jsonl"``, ``"feed"``, or None to use the
    extension of ``origin`` (and to sniff the content when the extension says nothing).
    ``path`` is the file the data came from, used only to name the outlet from the file name when
    the text names none (defaults to ``origin``).
    """
    from .decode import decode_bytes

    if fmt is not None and fmt not in FORMATS:
        raise InputError(origin, f"unknown format {fmt!r} (expected one of {', '.join(FORMATS)})")
    if isinstance(data, bytes):
        if not data:
            raise InputError(origin, "empty file")
        text = decode_bytes(data, origin)
    else:
        text = data.lstrip("\ufeff")
    if not text:
        raise InputError(origin, "empty file")
    if not text.strip():
        raise InputError(origin, "the file holds only white space")
    if fmt is None:
        fmt = EXTENSIONS.get(Path(origin).suffix.lower()) if origin != "<stdin>" else None
        if fmt is None:
            fmt = sniff_format(text)
    if path is None and origin not in ("<stdin>", ""):
        path = origin
    if fmt in ("txt", "md", "html"):
        text = cap_text(text, origin, limits.MAX_ARTICLE_CHARS * HTML_MARKUP_FACTOR if fmt == "html" else None)
    if fmt in ("txt", "md"):
        from .text import parse_text

        return [parse_text(text, origin, fmt, path)]
    if fmt == "html":
        from .html import parse_html

        return [parse_html(text, origin, path)]
    if fmt == "feed":
        from .feed import parse_feed

        return parse_feed(text, origin, path)
    from .jsonfmt import parse_json, parse_jsonl

    if fmt == "json":
        return parse_json(text, origin, path)
    return parse_jsonl(text, origin, path)


_DOC_FILES = re.compile(r"^(?:readme|license|licence|changelog|contributing|copying|authors|notice)(?:\.[^.]+)?$", re.I)
_KINDS = ((stat.S_ISFIFO, "a named pipe"), (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a character device"),
          (stat.S_ISBLK, "a block device"), (stat.S_ISDIR, "a folder"))


def _kind(mode: int) -> str:
    return next((name for test, name in _KINDS if test(mode)), "not a regular file")


def _os_problem(exc: OSError, what: str = "it") -> str:
    """The one-line problem of an error from the file system."""
    if exc.errno == errno.ELOOP:
        return "symbolic link loop"
    if isinstance(exc, FileNotFoundError):
        return "broken symbolic link (its target does not exist)" if what == "link" else "no such file or folder"
    if isinstance(exc, PermissionError):
        return f"cannot read {'it' if what == 'link' else what}: permission denied"
    return f"cannot read {'it' if what == 'link' else what}: {exc.strerror or exc}"


def _visible_files(folder: Path, on_error: Callable[[InputError], None] | None = None) -> list[Path]:
    """Regular files under ``folder``, recursively, in a stable order, without hidden files or folders.

    Named pipes, sockets and devices are skipped with an :class:`InputWarning` (reading a pipe
    would wait forever); symbolic links to files are followed, not those to folders.

    Raises:
        InputError: a folder or subfolder cannot be listed, or a file is a broken link or a link
            loop; with ``on_error``, that error is passed to it instead and the rest is listed.
    """
    from .decode import display_path

    def refuse(exc: OSError) -> None:
        where = display_path(exc.filename if exc.filename is not None else str(folder))
        report(InputError(where, _os_problem(exc, "the folder")))

    def report(err: InputError) -> None:
        if on_error is None:
            raise err
        on_error(err)

    found: list[Path] = []
    for root, dirs, files in os.walk(folder, onerror=refuse, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d != "__pycache__")
        for name in sorted(files):
            if name.startswith(".") or name.startswith("~") or name.endswith("~"):
                continue
            if _DOC_FILES.match(name):
                continue  # a folder's own documentation is not an article
            if Path(name).suffix.lower() not in EXTENSIONS:
                continue
            path = Path(root) / name
            try:
                mode = path.stat().st_mode
            except OSError as exc:
                report(InputError(display_path(str(path)), _os_problem(exc, "link")))
                continue
            if not stat.S_ISREG(mode):
                warnings.warn(f"{display_path(str(path))}: skipped: {_kind(mode)}, not a regular file",
                              InputWarning, stacklevel=2)
                continue
            found.append(path)
    return sorted(found, key=lambda p: [part.casefold() for part in p.relative_to(folder).parts] + [str(p)])


def _real(path: Path) -> str:
    try:
        return os.path.realpath(path)
    except (OSError, RuntimeError, ValueError):
        return str(path.absolute())


# how an input is read: a regular file (size known), a stream (stdin, a pipe, a device)
_FILE, _STREAM = "file", "stream"


def _collect(inputs: Iterable[str | os.PathLike],
             on_error: Callable[[InputError], None] | None = None) -> list[tuple[str, Path | None, str]]:
    """Expand the inputs into (origin, path, how) triples; ``path`` None for standard input.

    ``origin`` is the name shown in messages and kept in ``Article.origin``: decoded and escaped
    (:func:`~briefing.ingest.decode.display_path`); ``path`` is the name the file system knows.
    With ``on_error``, an input that cannot be used (missing, unreadable, an empty folder, an
    unknown file type) is passed to it and skipped; without, it raises.
    """
    jobs: list[tuple[str, Path | None, str]] = []
    seen: set[str] = set()
    # a single path is one input, not a sequence of characters
    names = [inputs] if isinstance(inputs, (str, bytes, os.PathLike)) else list(inputs)
    if not names:
        raise InputError("", "no inputs given (name files, folders, or - for standard input)")
    for item in names:
        if on_error is None:
            _collect_one(item, jobs, seen, None)
            continue
        try:
            _collect_one(item, jobs, seen, on_error)
        except InputError as err:
            on_error(err)
    return jobs


def _collect_one(item: str | bytes | os.PathLike, jobs: list[tuple[str, Path | None, str]],
                 seen: set[str], on_error: Callable[[InputError], None] | None) -> None:
    """Add the jobs of one input to ``jobs`` (see :func:`_collect`)."""
    from .decode import display_path

    name = os.fsdecode(item) if isinstance(item, bytes) else os.fspath(item)
    if name == STDIN:
        if STDIN in seen:
            raise InputError(STDIN, "standard input is named twice")
        seen.add(STDIN)
        jobs.append(("<stdin>", None, _STREAM))
        return
    shown = display_path(name)
    path = Path(name)
    try:
        info = path.stat()
    except OSError as exc:
        raise InputError(shown, _os_problem(exc)) from None
    if stat.S_ISDIR(info.st_mode):
        problems: list[InputError] = []

        def note(err: InputError) -> None:
            problems.append(err)
            if on_error is not None:
                on_error(err)

        files = _visible_files(path, None if on_error is None else note)
        if not files and problems:
            return  # already reported (an unreadable folder)
        if not files:
            raise InputError(shown, f"the folder holds no article files ({', '.join(sorted(set(EXTENSIONS)))})")
        for f in files:
            key = _real(f)
            if key not in seen:
                seen.add(key)
                jobs.append((display_path(str(f)), f, _FILE))
        return
    regular = stat.S_ISREG(info.st_mode)
    if not regular and not (stat.S_ISFIFO(info.st_mode) or stat.S_ISCHR(info.st_mode)):
        raise InputError(shown, f"{_kind(info.st_mode)}, not a regular file or folder")
    suffix = path.suffix.lower()
    if regular and suffix not in EXTENSIONS and suffix not in EXPLICIT_EXTENSIONS:
        known = ", ".join(sorted({**EXTENSIONS, **EXPLICIT_EXTENSIONS}))
        what = f"unknown file type {suffix!r}" if suffix else "no file extension"
        raise InputError(shown, f"{what} (expected one of {known})")
    key = _real(path)
    if key not in seen:
        seen.add(key)
        # a named pipe or device named on purpose (``<(command)``) is read like standard input
        jobs.append((shown, path, _FILE if regular else _STREAM))


def _read_file(path: Path, origin: str, limit: int) -> bytes:
    """The bytes of one file, refusing files over ``limit`` before reading them."""
    try:
        size = path.stat().st_size
        if size > limit:
            raise InputError(origin, f"file is {_mb(size)}, over the {_mb(limit)} limit per file")
        with path.open("rb") as fh:
            data = fh.read(limit + 1)
    except InputError:
        raise
    except IsADirectoryError:
        raise InputError(origin, "is a folder, not a file") from None
    except OSError as exc:
        raise InputError(origin, _os_problem(exc)) from None
    if len(data) > limit:
        raise InputError(origin, f"file is over the {_mb(limit)} limit per file")
    return data


def _read_stream(stream: IO[bytes], origin: str, limit: int) -> bytes:
    """At most ``limit`` bytes of a stream, refusing a longer one once ``limit`` is passed."""
    data = stream.read(limit + 1)
    if isinstance(data, str):
        data = data.encode("utf-8")
    if len(data) > limit:
        what = "standard input" if origin == "<stdin>" else "the stream"
        raise InputError(origin, f"{what} is over the {_mb(limit)} limit")
    return data


def collect_inputs(inputs: Iterable[str | os.PathLike], *, max_file_bytes: int, max_total_bytes: int,
                   on_error: Callable[[InputError], None] | None = None) -> list[tuple[str, Path | None, str]]:
    """The inputs expanded into ``(origin, path, how)`` jobs (``how`` is ``"file"`` for a regular
    file, ``"stream"`` for standard input or a pipe; ``path`` is None for standard input), with
    the sizes of the regular files checked before anything is read (see :func:`load_articles`).

    Raises:
        InputError: an input cannot be used, or the files are over a size limit.
    """
    jobs = _collect(inputs, on_error)
    total = 0
    for origin, path, how in jobs:
        if how != _FILE or path is None:  # a file job always has its path
            continue
        try:
            size = path.stat().st_size
        except OSError:
            continue  # reported when the file is read
        if size > max_file_bytes:
            if on_error is not None:
                continue  # reported when it is read
            raise InputError(origin, f"file is {_mb(size)}, over the {_mb(max_file_bytes)} limit per file")
        total += size
        if total > max_total_bytes:
            raise InputError(origin, f"the inputs add up to more than the {_mb(max_total_bytes)} limit in total (reached at this file)")
    return jobs


def load_articles(
    inputs: Iterable[str | os.PathLike],
    *,
    stdin: IO[bytes] | None = None,
    max_file_bytes: int = 50_000_000,
    max_total_bytes: int = 500_000_000,
    on_error: Callable[[InputError], None] | None = None,
    read_once: bool = False,
) -> list[Article]:
    """Read articles from files, folders (recursively, in a stable order) and ``-`` (stdin).

    Inside folders, hidden files, files of unknown extension and the folder's documentation
    (``README.md``, ``LICENSE``, ``CHANGELOG.md``, ...) are skipped, and so are named pipes,
    sockets and devices (with an :class:`InputWarning`); a file of unknown extension named
    explicitly is an error, a named pipe named explicitly (``<(command)``) is read like standard
    input. Sizes are checked before anything is read.

    Args:
        inputs: file names, folder names and ``-``.
        stdin: the stream ``-`` reads (default: ``sys.stdin.buffer``).
        max_file_bytes: the largest input file or stream.
        max_total_bytes: the most bytes read in all.
        on_error: when given, an input that cannot be read or holds no article is passed to it
            and skipped instead (the total size limit still raises).
        read_once: the same article given twice (a copy, or a wire story printed word for word
            by two sites) is read once, with a
            :class:`~briefing.ingest.duplicates.DuplicateWarning` naming both, so that it does not
            corroborate itself (what ``briefing build`` does).

    Returns:
        The articles, in the order of the inputs.

    Raises:
        InputError: an input is missing, unreadable (naming "permission denied"), a link loop,
            too large, empty, binary, invalid, nested too deeply, or holds no sentences.
    """
    jobs = collect_inputs(inputs, max_file_bytes=max_file_bytes, max_total_bytes=max_total_bytes, on_error=on_error)
    articles: list[Article] = []
    read_total = 0
    for origin, path, how in jobs:
        if how == _STREAM:
            limit = min(max_file_bytes, max_total_bytes - read_total)
            if path is None:
                data = _read_stream(stdin if stdin is not None else sys.stdin.buffer, origin, limit)
            else:
                try:
                    with path.open("rb") as fh:
                        data = _read_stream(fh, origin, limit)
                except OSError as exc:
                    raise InputError(origin, _os_problem(exc)) from None
            read_total += len(data)
            suffix = path.suffix.lower() if path is not None else ""
            fmt = EXTENSIONS.get(suffix) or EXPLICIT_EXTENSIONS.get(suffix)
            try:
                articles.extend(parse_article(data, origin, fmt, path=None if path is None else origin))
            except InputError as err:
                if on_error is None:
                    raise
                on_error(err)
            continue
        assert path is not None  # a file job always has its path
        try:
            data = _read_file(path, origin, max_file_bytes)
        except InputError as err:
            if on_error is None:
                raise
            on_error(err)
            continue
        read_total += len(data)
        if read_total > max_total_bytes:
            raise InputError(origin, f"the inputs add up to more than the {_mb(max_total_bytes)} limit in total")
        suffix = path.suffix.lower()
        fmt = EXTENSIONS.get(suffix) or EXPLICIT_EXTENSIONS[suffix]
        try:
            articles.extend(parse_article(data, origin, fmt, path=origin))
        except InputError as err:
            if on_error is None:
                raise
            on_error(err)
    articles = expand_acronyms(articles)
    return _read_once(articles) if read_once else articles


def _read_once(articles: list[Article]) -> list[Article]:
    """The articles with each copy read once (a :class:`DuplicateWarning` per copy dropped)."""
    from .duplicates import DuplicateWarning, describe, drop_copies

    kept, copies = drop_copies(articles)
    for c in copies:
        warnings.warn(describe(c, articles), DuplicateWarning, stacklevel=3)
    return kept


def expand_acronyms(articles: list[Article]) -> list[Article]:
    """Give an outlet written as an unknown acronym (``GWS``) the full name other articles use.

    Applied only when exactly one full outlet name among the articles has those initials
    (``Global Wire Service``), so the same outlet is not counted twice under two names.
    """
    from .outlets import initials, is_unknown_acronym

    full = {a.outlet for a in articles if len(a.outlet.split()) >= 2}
    by_initials: dict[str, set[str]] = {}
    for name in full:
        by_initials.setdefault(initials(name), set()).add(name)
    for article in articles:
        if is_unknown_acronym(article.outlet):
            names = by_initials.get(article.outlet, set())
            if len(names) == 1:
                article.outlet = next(iter(names))
    return articles
