"""Reading a feed for grouping: what :class:`~briefing.stories.group.StoryGrouper` needs of each
article, and nothing more.

Grouping needs an article's id, headline, outlet, date and term counts, not its text: a feed of
100,000 articles holds 1.3 GB of text in Python strings, and its term counts and entries take a
fifth of that. :func:`read_feed` reads the inputs as :func:`briefing.load_articles` does (the same
ingestion, cleaning and metadata, the same errors), turns each article into a
:class:`~briefing.stories.group.FeedEntry` and its term counts at once, and drops its text.

A JSON Lines file is read in blocks, line by line, never whole; with a runner (the command line
passes :class:`briefing.parallel.ForkRunner`), the second half of the feed's bytes (a large JSON
Lines file is cut at a line) is read and counted in another process at the same time. The
result is the same as reading it all here, and as ``group_stories(load_articles(...))``:

    entries, counts = read_feed(["feed.jsonl"])
    stories = StoryGrouper().run_counted(entries, counts)

What is not read this way (standard input, a pipe, and a JSON Lines file that is not plain
UTF-8, which the ingestion decodes whole) is loaded with :func:`briefing.load_articles`, then
reduced the same way.
"""

from __future__ import annotations

import os
import sys
import warnings
from collections import Counter
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import IO, Iterable, Sequence

from ..engine.runner import Runner
from ..errors import InputError
from ..ingest import (EXPLICIT_EXTENSIONS, EXTENSIONS, _read_file, collect_inputs, expand_acronyms, load_articles,
                      parse_article)
from ..ingest.dates import parse_date
from ..ingest.jsonfmt import _HTML_BODY, article_from_record
from ..ingest import limits
from ..ingest.normalize import _MOJIBAKE, map_quotes
from ..ingest.text import field_value, meta_from_record
from ..model import Article
from .group import FeedEntry, _fallback_title, article_id
from .vectors import CHARS_PER_TERM, TermCounter, TermCounts, bag_of, join_counts, paragraphs_holding

__all__ = ["read_feed", "PARALLEL_MIN_BYTES"]

#: inputs of at least this many bytes are worth reading in two processes (with a runner)
PARALLEL_MIN_BYTES = 8_000_000
#: a JSON Lines file of at least this many bytes is read line by line in blocks (and may be cut
#: between two processes); a smaller one is read whole, as the ingestion does
STREAM_MIN_BYTES = 1_000_000
_BLOCK = 8 << 20  # bytes read at a time
_HEAD = 1 << 16  # bytes looked at to check that a file decodes as the ingestion would decode it


class _NotPlain(Exception):
    """A streamed JSON Lines file turned out not to be plain UTF-8 (or to hold no article): it is
    read whole, as the ingestion reads it."""


@dataclass(frozen=True)
class _Piece:
    """Part of the input: a whole file (``lines`` False), or the lines of a JSON Lines file from
    byte ``start`` to ``end`` (both at line starts)."""

    origin: str
    path: str
    fmt: str
    lines: bool = False
    start: int = 0
    end: int = 0


@dataclass
class _Part:
    """What one process read: entries, term counts, warnings, articles per streamed file, and
    the entries read from the top of their text only (index, file, ``origin:LINE``)."""

    entries: list
    counts: TermCounts
    warnings: list
    per_file: dict
    partial: list


def read_feed(inputs: Iterable[str | os.PathLike], *, language: str = "english", lead_terms: int = 200,
              max_file_bytes: int = 50_000_000, max_total_bytes: int = 500_000_000, stdin: IO[bytes] | None = None,
              runner: Runner | None = None, parallel_min_bytes: int = PARALLEL_MIN_BYTES,
              ) -> tuple[list[FeedEntry], TermCounts]:
    """The entries and term counts of a feed's articles, their texts dropped (see the module
    docstring).

    Args:
        inputs: file names, folder names and ``-``, as :func:`briefing.load_articles` takes them.
        language: the articles' language (for their terms).
        lead_terms: how many body terms of each article are counted (the grouper's).
        max_file_bytes: the largest input file or stream.
        max_total_bytes: the most bytes read in all.
        stdin: the stream ``-`` reads (default: ``sys.stdin.buffer``).
        runner: reads the second half of the feed beside this process (e.g.
            ``ForkRunner(min_cost=0)``); by default all is read here. The result is the same.
        parallel_min_bytes: smaller inputs are all read here.

    Returns:
        One :class:`FeedEntry` per article, in the order :func:`briefing.load_articles` gives
        the articles, and their term counts in the same order.

    Raises:
        InputError: what :func:`briefing.load_articles` raises for the same inputs.
    """
    jobs = collect_inputs(inputs, max_file_bytes=max_file_bytes, max_total_bytes=max_total_bytes)
    if any(how != "file" for _, _, how in jobs):  # a stream can be read only once, and whole
        return _from_articles(inputs, language, lead_terms, max_file_bytes, max_total_bytes, stdin)
    try:
        pieces = _pieces(jobs, max_file_bytes)
        total = sum(_size(p) for p in pieces)
        if runner is None or total < max(parallel_min_bytes, 1) or len(pieces) == 0:
            parts = [_read(pieces, language, lead_terms, max_file_bytes)]
        else:
            first, second = _halves(pieces, total)
            job = runner.start(partial(_read, second, language, lead_terms, max_file_bytes), cost=total)
            try:
                parts = [_read(first, language, lead_terms, max_file_bytes), job.result()]
            finally:
                job.cancel()
    except _NotPlain:
        return _from_articles(inputs, language, lead_terms, max_file_bytes, max_total_bytes, stdin)
    per_file: dict[str, int] = {}
    for part in parts:
        for origin, n in part.per_file.items():
            per_file[origin] = per_file.get(origin, 0) + n
    if any(n == 0 for n in per_file.values()):  # the ingestion says why
        return _from_articles(inputs, language, lead_terms, max_file_bytes, max_total_bytes, stdin)
    registry: dict = {}  # each warning once, as the default filter shows it
    for part in parts:  # in the order of the inputs
        for message, category, filename, lineno in part.warnings:
            warnings.warn_explicit(message, category, filename, lineno, registry=registry)
    entries = [e for part in parts for e in part.entries]
    lead_only, offset = [], 0
    for part in parts:
        lead_only += [(offset + k, path, where) for k, path, where in part.partial]
        offset += len(part.entries)
    _settle_digests(entries, lead_only)
    expand_acronyms(entries)  # what load_articles does with all the articles
    return entries, join_counts([part.counts for part in parts])


def _settle_digests(entries: list[FeedEntry], partial: list[tuple[int, str, str]]) -> None:
    """Give the entries read from the top of their text the digest of their whole text where
    grouping needs it: where another article has the same date and id (the digest orders them)."""
    if not partial:
        return
    seen = Counter((e.date or "\uffff", e.id) for e in entries)
    wanted: dict[str, dict[int, tuple[int, str]]] = {}  # file -> line -> (entry, origin:LINE)
    for k, path, where in partial:
        e = entries[k]
        if seen[(e.date or "\uffff", e.id)] > 1 or not e.id:
            wanted.setdefault(path, {})[int(where.rsplit(":", 1)[1])] = (k, where)
    from ..ingest.jsonfmt import parse_jsonl_line

    for path, lines in wanted.items():
        with open(path, "rb") as fh:
            for number, raw in enumerate(fh, 1):
                found = lines.get(number)
                if found is not None:
                    article = parse_jsonl_line(raw.decode("utf-8").rstrip("\n"), found[1])[0]
                    entries[found[0]].digest = FeedEntry.of(article).digest


def _from_articles(inputs, language: str, lead_terms: int, max_file_bytes: int, max_total_bytes: int,
                   stdin: IO[bytes] | None) -> tuple[list[FeedEntry], TermCounts]:
    """The general way: load the articles, then reduce them."""
    articles = load_articles(inputs, stdin=stdin, max_file_bytes=max_file_bytes, max_total_bytes=max_total_bytes)
    counter = TermCounter(language, lead_terms)
    entries = []
    for a in articles:
        counter.add(a)
        entries.append(FeedEntry.of(a))
    return entries, counter.result()


def _fmt(path: Path) -> str:
    suffix = path.suffix.lower()
    return EXTENSIONS.get(suffix) or EXPLICIT_EXTENSIONS[suffix]


def _pieces(jobs: Sequence[tuple[str, Path | None, str]], max_file_bytes: int) -> list[_Piece]:
    """One piece per file; a large JSON Lines file that decodes as plain UTF-8 is a run of lines."""
    pieces = []
    for origin, path, _ in jobs:
        assert path is not None  # only regular files come here
        fmt = _fmt(path)
        try:
            size = path.stat().st_size
        except OSError:
            size = 0  # the read says why
        if fmt == "jsonl" and STREAM_MIN_BYTES <= size <= max_file_bytes and _plain_head(path, origin):
            pieces.append(_Piece(origin, str(path), fmt, True, 0, size))
        else:
            pieces.append(_Piece(origin, str(path), fmt))
    return pieces


def _plain_head(path: Path, origin: str) -> bool:
    """Whether the ingestion decodes the file as plain UTF-8, as far as its first lines tell (a
    byte-order mark, UTF-16, a binary signature or control characters send it the general way;
    the rest of the file is checked block by block as it is read)."""
    from ..ingest.decode import decode_bytes

    try:
        with open(path, "rb") as fh:
            head = fh.read(_HEAD)
    except OSError:
        return False
    cut = head.rfind(b"\n") + 1
    if cut < _HEAD // 2:  # a first line this long: not worth the care
        return False
    head = head[:cut]
    try:
        return b"\x00" not in head and decode_bytes(head, origin) == head.decode("utf-8")
    except (InputError, UnicodeDecodeError):
        return False


def _size(piece: _Piece) -> int:
    if piece.lines:
        return piece.end - piece.start
    try:
        return os.stat(piece.path).st_size
    except OSError:
        return 0


def _halves(pieces: list[_Piece], total: int) -> tuple[list[_Piece], list[_Piece]]:
    """The pieces cut in two runs of about the same number of bytes (a run of lines is cut at
    the line start nearest after the middle)."""
    half, seen = total // 2, 0
    for k, piece in enumerate(pieces):
        size = _size(piece)
        if seen + size <= half:
            seen += size
            continue
        if not piece.lines:
            return pieces[: k + 1], pieces[k + 1 :]
        cut = _line_start(piece.path, piece.start + (half - seen), piece.end)
        head = [_Piece(piece.origin, piece.path, piece.fmt, True, piece.start, cut)] if cut > piece.start else []
        tail = [_Piece(piece.origin, piece.path, piece.fmt, True, cut, piece.end)] if cut < piece.end else []
        return pieces[:k] + head, tail + pieces[k + 1 :]
    return pieces, []


def _line_start(path: str, offset: int, end: int) -> int:
    """The first line start at or after ``offset`` (``end`` if none before it)."""
    if offset <= 0:
        return 0
    with open(path, "rb") as fh:
        fh.seek(offset - 1)
        while True:
            pos = fh.tell()
            block = fh.read(1 << 16)
            if not block:
                return end
            i = block.find(b"\n")
            if i >= 0:
                return min(pos + i + 1, end)


def _read(pieces: Sequence[_Piece], language: str, lead_terms: int, max_file_bytes: int) -> _Part:
    """Read ``pieces`` into entries and counts (in this process, or as a runner's job)."""
    from ..ingest.jsonfmt import jsonl_line_articles, load_jsonl_line

    counter = TermCounter(language, lead_terms)
    entries: list[FeedEntry] = []
    per_file: dict[str, int] = {}
    partial: list[tuple[int, str, str]] = []

    def take(articles) -> int:
        for a in articles:
            counter.add(a)
            entries.append(FeedEntry.of(a))
        return len(articles)

    def take_line(line: str, where: str, path: str) -> int:
        value = load_jsonl_line(line, where)
        found = _lead_article(value, where, counter)
        if found is None:
            return take(jsonl_line_articles(value, where))
        lead, bag = found
        counter.add(lead, bag)
        partial.append((len(entries), path, where))
        entries.append(FeedEntry(article_id(lead), lead.title, lead.outlet, lead.date, None,
                                 "" if lead.title.strip() else _fallback_title(lead.text)))
        return 1

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for piece in pieces:
            if piece.lines:
                per_file[piece.origin] = per_file.get(piece.origin, 0) + _read_lines(piece, take_line)
            else:
                data = _read_file(Path(piece.path), piece.origin, max_file_bytes)
                take(parse_article(data, piece.origin, piece.fmt, path=piece.origin))
    return _Part(entries, counter.result(), [(w.message, w.category, w.filename, w.lineno) for w in caught],
                 per_file, partial)


def _lead_article(value, where: str, counter: TermCounter) -> tuple[Article, Counter] | None:
    """The article of one JSON Lines record with only the top of its text read and cleaned, and
    its term bag, when that gives exactly what reading all of it gives for grouping; else None
    (then it is read whole).

    The ingestion's cleaning runs forward: the first paragraphs of a text come out the same
    whether the rest follows or not, except the last one (a sign-off is taken off the end of a
    text), which is left out here. What it may take from further down (an outlet, a date, a URL
    named in the text) is not needed when the record states them; and a record that needs the
    whole text decoded differently (HTML, mojibake, over the size cap) is read whole.

    The top read is first the paragraphs that hold a tenth more than the ``lead_terms`` terms
    counted (cleaning takes a few lines away) and a character of the next; when the cleaned top is
    short of them, the first ``lead_terms * CHARS_PER_TERM`` characters and a quarter more.
    """
    if not isinstance(value, dict):
        return None
    text = field_value(value, "text")
    if not isinstance(text, str) or len(text) > limits.MAX_ARTICLE_CHARS:
        return None
    lead_terms = counter.lead_terms
    lead_chars = lead_terms * CHARS_PER_TERM
    wide = text.find("\n\n", lead_chars + lead_chars // 4)
    if wide < 0:
        return None  # short: read whole
    if ("<" in text and _HTML_BODY.search(text)) or (("â" in text or "Ã" in text or "Â" in text)
                                                    and _MOJIBAKE.search(text)):
        return None
    try:
        meta = meta_from_record(value, where)
        rid = value.get("id")
        has_id = isinstance(rid, (str, int)) and not isinstance(rid, bool) and bool(str(rid).strip())
        if not (str(meta.outlet).strip() and meta.date not in (None, "") and parse_date(meta.date)
                and (has_id or str(meta.url).strip())):
            return None
        known: dict[str, list[str]] = {}  # the terms of the raw paragraphs read to find the first cut
        for end in dict.fromkeys((_enough(text, counter, lead_terms + lead_terms // 10, wide, known), wide)):
            article = article_from_record({k: (text[:end] if v is text else v) for k, v in value.items()}, where,
                                          meta=meta)
            # (the top had a sentence, so the whole has one: the ingestion would not refuse it)
            certain, sep, _ = article.text.rpartition("\n\n")
            if not sep:
                continue
            article.text = certain
            bag, taken = bag_of(article, counter.analyzer, lead_terms, known)
            if taken == lead_terms or len(certain) >= lead_chars:
                return article, bag
    except Exception:  # noqa: BLE001 - reading it whole raises what is due
        return None
    return None


def _enough(text: str, counter: TermCounter, terms: int, limit: int,
            known: dict[str, list[str]] | None = None) -> int:
    """Where to cut ``text`` so that its cleaned top, less its last paragraph, is likely to hold
    ``terms`` terms: just into the paragraph after the first paragraphs that hold them (one
    character of it, which the cleaning takes as the last paragraph); at most ``limit``."""
    head = map_quotes(text[:limit])  # as the cleaning maps them (so more paragraphs are known)
    n = paragraphs_holding(head, counter.analyzer, terms, known)
    parts = head.split("\n\n", n)
    if len(parts) <= n:
        return limit
    rest = parts[n]
    blank = len(rest) - len(rest.lstrip())
    if blank >= len(rest):
        return limit
    return len(head) - len(rest) + blank + 1


def _read_lines(piece: _Piece, take) -> int:
    """Pass the articles of the lines of ``piece`` to ``take``, a block of lines at a time.

    Raises:
        _NotPlain: a block does not decode as UTF-8, or holds a zero byte.
    """
    found = 0
    with open(piece.path, "rb") as fh:
        number = 1
        if piece.start:  # the lines before this piece
            left = piece.start
            while left > 0:
                block = fh.read(min(_BLOCK, left))
                if not block:
                    break
                number += block.count(b"\n")
                left -= len(block)
        fh.seek(piece.start)
        left = piece.end - piece.start
        carry = b""
        while left > 0 or carry:
            block = fh.read(min(_BLOCK, left)) if left > 0 else b""
            left -= len(block)
            if block and left > 0:
                cut = block.rfind(b"\n") + 1
                if cut == 0:
                    carry += block
                    continue
                data, carry = carry + block[:cut], block[cut:]
            else:
                data, carry = carry + block, b""
                left = 0
            if b"\x00" in data:
                raise _NotPlain(piece.origin)
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError:
                raise _NotPlain(piece.origin) from None
            del data
            for line in text.split("\n"):
                if line.strip():
                    found += take(line, f"{piece.origin}:{number}", piece.path)
                number += 1
            number -= 1  # the piece of text after its last newline is the next block's first line
    return found
