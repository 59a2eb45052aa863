"""JSON (``.json``: one article, a list, or ``{"articles"|"documents": [...]}``) and JSON Lines.

In both, the ``text`` field (or ``body``/``content``) is always the body: nothing is taken out of
it for a headline, and a text that is one long paragraph stays one paragraph. Boilerplate lines
inside it (captions, share prompts, byline-only lines, ...) are still removed. Field aliases are in
:data:`briefing.ingest.text.FIELD_ALIASES`; a ``source`` given as ``{"name": ...}`` (NewsAPI) is
unwrapped; ``text`` may also be a list of paragraphs. Story records of the MultiLing benchmark shape
(``{"id", "documents": [{"id", "title", "text"}]}``) are accepted in both formats.

Origins: ``path`` for a single article, ``path#N`` for the N-th article of a list (from 1),
``path:LINE`` (and ``path:LINE#N`` inside a story record) for JSON Lines. Only a file that holds
one article may name its outlet through the file name.
"""

from __future__ import annotations

import json
import re
import sys
from typing import Any

from ..errors import InputError
from ..model import Article
from .assemble import Block, blocks_from_text, build_article
from .limits import cap_text
from .normalize import normalize_text
from .text import MAX_DEPTH, field_value, meta_from_record

_HTML_BODY = re.compile(r"<(?:p|br|div|h[1-6]|li|blockquote)\b[^>]*>", re.I)
_CONTAINERS = ("articles", "documents", "docs", "items", "results", "data", "stories")


def _container(record: dict) -> list | None:
    if field_value(record, "text") is not None:
        return None
    for key in _CONTAINERS:
        value = record.get(key)
        if isinstance(value, list):
            return value
    return None


def article_from_record(record: Any, where: str, path: str | None = None, *, meta=None) -> Article:
    """One article from a decoded JSON object (``meta``: its :func:`meta_from_record`, when the
    caller has it already)."""
    if not isinstance(record, dict):
        raise InputError(where, f"an article must be a JSON object, not {type(record).__name__}")
    text = field_value(record, "text")
    if text is None:
        raise InputError(where, "the article has no text (expected a 'text', 'body' or 'content' field)")
    if isinstance(text, list) and all(isinstance(p, str) for p in text):
        text = "\n\n".join(text)
    if not isinstance(text, str):
        raise InputError(where, f"field 'text' must be a string, not {type(text).__name__}")
    if not text.strip():
        raise InputError(where, "the article text is empty")
    text = cap_text(text, where)
    if meta is None:
        meta = meta_from_record(record, where)
    if _HTML_BODY.search(text):
        # some feeds store the body as HTML: read its paragraphs, not its tags
        from .html import html_paragraphs

        lines, _ = html_paragraphs(f"<html><body>{text}</body></html>")
        blocks = [Block([normalize_text(line).replace("\n", " ")]) for line in lines if line.strip()]
    else:
        blocks = [Block(b.lines) for b in blocks_from_text(normalize_text(text))]
    article = build_article(blocks, meta, where, read_headline=False, path=path)
    rid = record.get("id")
    if isinstance(rid, (str, int)) and not isinstance(rid, bool):
        article.id = str(rid).strip()
    return article


def _records(value: Any, where: str, path: str | None, *, numbered: bool) -> list[Article]:
    """Articles from a decoded JSON value: an article, a list, or a container of articles."""
    if isinstance(value, dict):
        items = _container(value)
        if items is None:
            return [article_from_record(value, where, path)]
        if not items:
            raise InputError(where, "the list of articles is empty")
        path = path if len(items) == 1 else None  # a file of many articles names no one outlet
        return [a for i, item in enumerate(items, 1) for a in _records(item, f"{where}#{i}", path, numbered=False)]
    if isinstance(value, list):
        if not value:
            raise InputError(where, "the list of articles is empty")
        if len(value) == 1 and not numbered:
            return _records(value[0], where, path, numbered=False)
        return [a for i, item in enumerate(value, 1) for a in _records(item, f"{where}#{i}", None, numbered=False)]
    raise InputError(where, f"expected a JSON object or a list of objects, not {type(value).__name__}")


def load_json(text: str, where: str, *, with_line: bool = True) -> Any:
    """Decode one JSON document, nested at most :data:`~briefing.ingest.text.MAX_DEPTH` levels.

    Args:
        text: the JSON text.
        where: the origin named in errors.
        with_line: name ``where:LINE`` for a syntax error (False when ``where`` names the line).

    Raises:
        InputError: invalid JSON (naming ``where:LINE`` and the column), nesting too deep, or a
            number too long for Python to convert (over 4,300 digits).
    """
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{where}:{exc.lineno}" if with_line else where,
                         f"invalid JSON: {exc.msg} (column {exc.colno})") from None
    except RecursionError:
        raise InputError(where, f"JSON nested more than {MAX_DEPTH} levels deep") from None
    except ValueError as exc:  # int("9" * 5000): Python's limit on digits
        problem = (f"a number has more than {sys.get_int_max_str_digits():,} digits" if "digits" in str(exc)
                   else str(exc).splitlines()[0][:200])
        raise InputError(where, f"invalid JSON: {problem}") from None
    if too_deep(value):
        raise InputError(where, f"JSON nested more than {MAX_DEPTH} levels deep")
    return value


def too_deep(value: Any, limit: int = MAX_DEPTH) -> bool:
    """True when lists and objects in ``value`` nest more than ``limit`` levels (no recursion)."""
    stack = [(value, 1)] if isinstance(value, (dict, list)) else []
    while stack:
        item, depth = stack.pop()
        if depth > limit:
            return True
        children = item.values() if isinstance(item, dict) else item
        stack.extend((child, depth + 1) for child in children if isinstance(child, (dict, list)))
    return False


def parse_json(text: str, origin: str, path: str | None = None) -> list[Article]:
    """Articles of a ``.json`` document."""
    value = load_json(text, origin)
    return _records(value, origin, path, numbered=False)


def parse_jsonl(text: str, origin: str, path: str | None = None) -> list[Article]:
    """Articles of a JSON Lines document: one article (or story record) a line."""
    articles: list[Article] = []
    for number, line in enumerate(text.split("\n"), 1):
        if line.strip():
            articles.extend(parse_jsonl_line(line, f"{origin}:{number}"))
    if not articles:
        raise InputError(origin, "no articles in the JSON Lines file")
    return articles


def parse_jsonl_line(line: str, where: str) -> list[Article]:
    """Articles of one non-blank line of a JSON Lines document (``where`` is ``origin:LINE``)."""
    return jsonl_line_articles(load_jsonl_line(line, where), where)


def load_jsonl_line(line: str, where: str) -> Any:
    """The JSON value of one non-blank line of a JSON Lines document (not a list)."""
    value = load_json(line, where, with_line=False)
    if isinstance(value, list):
        raise InputError(where, "each line must hold one JSON object, not a list")
    return value


def jsonl_line_articles(value: Any, where: str) -> list[Article]:
    """The articles of one line's value (:func:`load_jsonl_line`)."""
    return _records(value, where, None, numbered=True)  # many articles: no outlet from the name
