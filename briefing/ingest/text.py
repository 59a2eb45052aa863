"""Plain text (``.txt``) and Markdown (``.md``) articles.

Both may open with YAML front matter between ``---`` lines (``title``, ``source``/``outlet``,
``url``, ``date``, ``author`` and the aliases in :data:`FIELD_ALIASES`). Markdown is parsed with
markdown-it-py and turned into prose: emphasis markers go, links become their text, images
(captions) and link-only paragraphs (menus, related links) are dropped, headings become
paragraphs (or the title, for a first heading), lists become one paragraph per item, code and raw
HTML blocks are dropped.
"""

from __future__ import annotations

import datetime
import functools
import re

from ..errors import InputError
from ..model import Article
from .assemble import Block, Meta, blocks_from_text, build_article, strip_emphasis
from .lazyre import lazy
from .normalize import normalize_line, normalize_text

FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "text": ("text", "body", "content", "article", "full_text", "maintext"),
    "title": ("title", "headline", "name"),
    "outlet": ("source", "outlet", "publisher", "site_name", "sitename", "site", "source_name", "publication", "media"),
    "url": ("url", "link", "canonical_url", "source_url", "permalink", "href"),
    "date": ("date", "published", "published_at", "publishedat", "date_published", "datepublished", "pubdate",
             "publication_date", "publish_date", "time", "datetime", "created_at", "timestamp"),
    "author": ("author", "byline", "authors", "creator", "by"),
    "via": ("via", "republished_by", "syndicated_by", "republisher"),
}

_FRONT = lazy(r"\A---[ \t]*\n(?P<yaml>.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)


def field_value(record: dict, name: str) -> object:
    """The first non-empty value of ``name`` or its aliases in ``record`` (keys compared loosely)."""
    return _value(_fold_keys(record), name)


def _fold_keys(record: dict) -> dict:
    """``record`` with its keys compared loosely: case-folded, ``-`` read as ``_``."""
    return {str(k).casefold().replace("-", "_"): v for k, v in record.items()}


def _value(folded: dict, name: str) -> object:
    """:func:`field_value` on a record whose keys :func:`_fold_keys` has folded."""
    for alias in FIELD_ALIASES[name]:
        value = folded.get(alias)
        if value not in (None, "", [], {}):
            return value
    return None


def as_text(value: object, where: str, name: str) -> str:
    """A metadata value as one line of text (lists of names are joined; ``{"name": ...}`` unwrapped)."""
    if value is None:
        return ""
    if isinstance(value, dict):
        inner = value.get("name") or value.get("title") or value.get("id")
        if not isinstance(inner, str):
            raise InputError(where, f"field {name!r} must be text (or an object with a 'name'), not {{...}}")
        value = inner
    if isinstance(value, (list, tuple)):
        value = ", ".join(as_text(v, where, name) for v in value if v not in (None, ""))
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        raise InputError(where, f"field {name!r} must be text, not {type(value).__name__}")
    if value.isascii() and value.isprintable():  # what the normalisation does to such a line
        return _SPACE_RUN.sub(" ", value).strip() if "  " in value else value.strip()
    return normalize_line(normalize_text(value).replace("\n", " "))


_SPACE_RUN = re.compile(r" {2,}")
_ISO_SHAPE = lazy(r"\s*(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?!\d)")
_LARGEST_TIMESTAMP = 10**15  # milliseconds since 1970 reach year 33,000


def checked_date(value: object, where: str) -> object:
    """A stated date, refused when it cannot be one; ``None`` for the all-zero placeholder.

    A date written as ``YYYY-MM-DD`` must exist on the calendar (``2022-13-45`` is an error,
    ``0000-00-00``, the placeholder some databases write, means no date); a number must be a
    plausible Unix timestamp.

    Raises:
        InputError: the value has the shape of a date but is not one.
    """
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and abs(value) >= _LARGEST_TIMESTAMP:
        digits = len(str(abs(value))) if abs(value) < 10**4000 else "thousands of"
        raise InputError(where, f"field 'date' is a number of {digits} digits, not a date or timestamp")
    if isinstance(value, str):
        m = _ISO_SHAPE.match(value)
        if m:
            y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
            if y == mo == d == 0:
                return None
            try:
                datetime.date(y, mo, d)
            except ValueError as exc:
                shown = value.strip()[:40]
                raise InputError(where, f"field 'date' is {shown!r}, which is not a real date ({exc})") from None
    return value


def meta_from_record(record: dict, where: str) -> Meta:
    """Explicit metadata from a dict (front matter or a JSON article)."""
    folded = _fold_keys(record)
    date = _value(folded, "date")
    if isinstance(date, (list, dict)):
        raise InputError(where, "field 'date' must be a date, not a list or object")
    date = checked_date(date, where)
    return Meta(
        title=as_text(_value(folded, "title"), where, "title"),
        outlet=as_text(_value(folded, "outlet"), where, "source"),
        url=as_text(_value(folded, "url"), where, "url"),
        date=date if date is not None else "",
        author=as_text(_value(folded, "author"), where, "author"),
        extra={"via": as_text(_value(folded, "via"), where, "via")},
    )


_SIMPLE_LINE = lazy(r"^(?P<key>[A-Za-z_][\w-]*):(?:[ \t]+(?P<value>.*?))?[ \t]*$")
_PLAIN_VALUE = lazy(r"^[^\[\]{}&*!|>'\"%@`#,?:-](?:[^#:]|:(?! )|(?<! )#)*$|^-?\d[\d.:-]*$")


def _simple_front_matter(source: str) -> dict | None:
    """Front matter of plain ``key: value`` lines read without YAML (fast); None when not that simple.

    Values are double-quoted strings (JSON escapes) or plain scalars, kept as text; ``null``, ``~``
    and empty values are None. Anything else (lists, nesting, single quotes, comments) goes to YAML.
    """
    import json

    data: dict = {}
    for line in source.split("\n"):
        if not line.strip():
            continue
        m = _SIMPLE_LINE.match(line)
        if not m or m["key"] in data:
            return None
        value = m["value"]
        if value is None or value in ("", "~", "null", "Null", "NULL"):
            data[m["key"]] = None
        elif value.startswith('"'):
            try:
                parsed = json.loads(value)
            except ValueError:
                return None
            if not isinstance(parsed, str):
                return None
            data[m["key"]] = parsed
        elif _PLAIN_VALUE.match(value) and value.lower() not in {"true", "false", "yes", "no", "on", "off"}:
            data[m["key"]] = value
        else:
            return None
    return data


MAX_DEPTH = 100
"""How deeply JSON values and YAML front matter may nest (articles need two or three levels)."""
MAX_FRONT_MATTER = 100_000
"""The most characters of YAML front matter read (metadata is a few lines)."""


@functools.lru_cache(maxsize=1)
def _front_matter_loader():
    """A YAML loader for front matter: safe tags only, no aliases, at most :data:`MAX_DEPTH` levels.

    Aliases (``*name``) are refused rather than expanded, so nested aliases ("billion laughs") cost
    nothing. Plain scalars stay text except ``null``/``~``/empty and booleans: ``date: 2022-13-45``
    is the text a person wrote, checked like any other stated date, and ``title: 1.10`` stays
    ``1.10``.
    """
    import yaml

    class Loader(yaml.SafeLoader):
        def __init__(self, stream) -> None:
            super().__init__(stream)
            self._depth = 0

        def compose_node(self, parent, index):
            if self.check_event(yaml.AliasEvent):
                event = self.peek_event()
                raise yaml.composer.ComposerError(
                    None, None, f"aliases (*{event.anchor}) are not allowed", event.start_mark)
            self._depth += 1
            if self._depth > MAX_DEPTH:
                raise yaml.composer.ComposerError(
                    None, None, f"nested more than {MAX_DEPTH} levels deep", self.peek_event().start_mark)
            try:
                return super().compose_node(parent, index)
            finally:
                self._depth -= 1

    keep = {"tag:yaml.org,2002:null", "tag:yaml.org,2002:bool"}
    Loader.yaml_implicit_resolvers = {
        first: [(tag, rx) for tag, rx in resolvers if tag in keep]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    return Loader


def split_front_matter(text: str, where: str) -> tuple[dict, str]:
    """(front matter dict, rest of the text); an empty dict when there is no front matter.

    Raises:
        InputError: the front matter is not a YAML mapping, is invalid YAML, uses aliases, nests
            deeper than :data:`MAX_DEPTH` or is longer than :data:`MAX_FRONT_MATTER` characters.
    """
    m = _FRONT.match(text)
    if not m:
        return {}, text
    source = m["yaml"] or ""
    simple = _simple_front_matter(source)
    if simple is not None:
        return simple, text[m.end() :]
    if len(source) > MAX_FRONT_MATTER:
        raise InputError(where, f"front matter is {len(source):,} characters long, over the "
                                f"{MAX_FRONT_MATTER:,} limit (metadata is a few lines)")
    import yaml

    try:
        data = yaml.load(source, Loader=_front_matter_loader()) or {}  # noqa: S506 - a safe loader
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f":{mark.line + 2}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise InputError(f"{where}{line}", f"invalid YAML front matter: {problem}") from None
    except (ValueError, OverflowError, RecursionError) as exc:  # an explicit tag (!!int, !!timestamp)
        raise InputError(where, f"invalid YAML front matter: {_first_line(exc)}") from None
    if not isinstance(data, dict):
        raise InputError(where, "front matter must be a YAML mapping (key: value lines)")
    return data, text[m.end() :]


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0][:200] if text else type(exc).__name__


# ----------------------------------------------------------------------------- Markdown

def _inline_text(token, links_only: list[bool]) -> str:
    """Prose of an inline token: links become their text, images and raw HTML are dropped."""
    parts: list[str] = []
    in_link = 0
    has_plain = False
    for child in token.children or []:
        t = child.type
        if t == "image":
            continue
        if t == "link_open":
            in_link += 1
            continue
        if t == "link_close":
            in_link -= 1
            continue
        if t in {"softbreak", "hardbreak"}:
            parts.append("\n")
            continue
        if t in {"html_inline"}:
            continue
        if t in {"text", "code_inline"}:
            parts.append(child.content)
            if not in_link and child.content.strip(" |·•-–—,/»›>"):
                has_plain = True
        # em/strong open/close: markers dropped
    links_only.append(not has_plain)
    return "".join(parts)


def markdown_blocks(text: str) -> list[Block]:
    """Blocks of prose from Markdown source."""
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": True}).enable("table").enable("strikethrough")
    tokens = md.parse(text)
    blocks: list[Block] = []
    heading = 0
    skip_depth = 0
    for tok in tokens:
        if tok.type in {"table_open"}:
            skip_depth += 1
        elif tok.type in {"table_close"}:
            skip_depth -= 1
        if skip_depth:
            continue
        if tok.type == "heading_open":
            heading = int(tok.tag[1:])
        elif tok.type == "heading_close":
            heading = 0
        elif tok.type == "inline":
            links_only: list[bool] = []
            content = _inline_text(tok, links_only)
            has_link = any(c.type == "link_open" for c in tok.children or [])
            if has_link and links_only and links_only[0]:
                continue  # a menu, a "related" link or a list of links
            lines = [normalize_line(line) for line in content.split("\n")]
            lines = [line for line in lines if line]
            if lines:
                blocks.append(Block(lines, heading))
        elif tok.type == "html_block" and re.search(r"<(?:p|h[1-6]|li|blockquote)\b", tok.content, re.I):
            # paragraphs written as HTML inside Markdown (figures, scripts and menus are dropped)
            from .html import html_paragraphs

            for line in html_paragraphs(f"<html><body>{tok.content}</body></html>")[0]:
                if normalize_line(line):
                    blocks.append(Block([normalize_line(line)]))
        # fences, code blocks, other HTML blocks, rules: not prose
    return blocks


# Markdown that holds none of these reads exactly like plain text, without parsing it
# (bold ``**x**``/``__x__`` alone is stripped on the plain-text path too)
_MARKUP = lazy(
    r"\]\(|\]\[|^\s{0,3}\[[^\]\n]+\]:|!\[|<[A-Za-z/!]|&(?:#\d+|#x[0-9a-f]+|[A-Za-z]+);|`|\\[!-/:-@\[-`{-~]"
    r"|(?<![\w*])\*(?=[^\s*])[^*\n]*(?<=[^\s*])\*(?![\w*])|(?<![\w_])_(?=[^\s_])[^_\n]*(?<=[^\s_])_(?![\w_])"
    r"|^\s{0,3}(?:#|[-+*] |\d{1,9}[.)] |>|={3,}\s*$|-{3,}\s*$|\|)|^(?:\t| {4})",
    re.M | re.I,
)
# _MARKUP cut into its alternatives, each behind the character it needs (one search of the
# whole pattern tries every alternative at every position, which is slow on long plain text)
_MD_BRACKET = lazy(r"\]\(|\]\[|^\s{0,3}\[[^\]\n]+\]:", re.M | re.I)
_MD_TAG = lazy(r"<[A-Za-z/!]", re.M | re.I)
_MD_ENTITY = lazy(r"&(?:#\d+|#x[0-9a-f]+|[A-Za-z]+);", re.M | re.I)
_MD_ESCAPE = lazy(r"\\[!-/:-@\[-`{-~]", re.M | re.I)
_MD_STAR = lazy(r"(?<![\w*])\*(?=[^\s*])[^*\n]*(?<=[^\s*])\*(?![\w*])", re.M | re.I)
_MD_UNDERSCORE = lazy(r"(?<![\w_])_(?=[^\s_])[^_\n]*(?<=[^\s_])_(?![\w_])", re.M | re.I)
_MD_LINE = re.compile(r"^\s{0,3}(?:#|[-+*] |\d{1,9}[.)] |>|={3,}\s*$|-{3,}\s*$|\|)|^(?:\t| {4})", re.M | re.I)


def has_markup(text: str) -> bool:
    """True when ``text`` holds Markdown syntax (the same answer as ``_MARKUP.search``, faster)."""
    return bool(
        "![" in text
        or "`" in text
        or ("]" in text and _MD_BRACKET.search(text))
        or ("<" in text and _MD_TAG.search(text))
        or ("&" in text and _MD_ENTITY.search(text))
        or ("\\" in text and _MD_ESCAPE.search(text))
        or ("*" in text and _MD_STAR.search(text))
        or ("_" in text and _MD_UNDERSCORE.search(text))
        or _MD_LINE.search(text)
    )

# ----------------------------------------------------------------------------- entry point

_INDENT = lazy(r"(?:\t| {2,}|\u3000)\S")
_INDENT_FIRST = frozenset("\t \u3000")


def indented_paragraphs(text: str) -> str:
    """Plain text whose paragraphs start with an indent (no blank lines) gets blank lines.

    Applied when at least two lines start with an indent and most lines do not, so that a text
    indented throughout is left alone.
    """
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    starts = {i for i, line in enumerate(lines) if line[:1] in _INDENT_FIRST and _INDENT.match(line)}
    filled = [line for line in lines if line.strip()]
    if len(starts) < 2 or len(starts) > 0.5 * len(filled):
        return text
    out: list[str] = []
    for i, line in enumerate(lines):
        if i in starts and out and out[-1].strip():
            out.append("")
        out.append(line)
    return "\n".join(out)


def parse_text(text: str, origin: str, fmt: str, path: str | None = None) -> Article:
    """One text or Markdown article (``fmt`` is ``"txt"`` or ``"md"``) from decoded text."""
    if fmt == "txt":
        text = indented_paragraphs(text)
    text = normalize_text(text)
    front, body = split_front_matter(text, origin)
    meta = meta_from_record(front, origin) if front else Meta()
    if front and field_value(front, "text") is not None:
        raise InputError(origin, "front matter holds a 'text' field; put the article text below the front matter")
    if fmt == "md" and has_markup(body):
        blocks = markdown_blocks(body)  # markdown-it only when there is Markdown to parse
    else:
        blocks = [Block([strip_emphasis(line) for line in b.lines]) for b in blocks_from_text(body)]
    if not blocks:
        raise InputError(origin, "no article text" + (" below the front matter" if front else ""))
    return build_article(blocks, meta, origin, read_headline=True, path=path)
