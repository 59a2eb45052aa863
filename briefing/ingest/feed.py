"""RSS and Atom feeds: each entry an article (feedparser).

An entry gives its headline (``title``), link (``url``), date (``published``, else ``updated``),
author, and its text: the full content when the feed carries it (``content:encoded`` in RSS,
``<content>`` in Atom), else the summary. The outlet is the entry's own ``<source>`` when it has
one (aggregated feeds), else the feed's title (a publisher's own feed). The text goes through
the same reading as a JSON article's HTML body, so a feed that carries the full text of some
articles gives the same articles as those files.
"""

from __future__ import annotations

import time
from typing import Any

from ..errors import InputError
from ..model import Article

#: Tags at the start of a document that make it a feed.
FEED_ROOTS = ("<rss", "<feed", "<rdf:rdf")


def looks_like_feed(text: str) -> bool:
    """True when the decoded text starts like an RSS or Atom document."""
    head = text.lstrip("\ufeff \t\r\n")[:2000].lower()
    if head.startswith("<?xml"):
        head = head[head.find("?>") + 2:].lstrip() if "?>" in head else head
        while head.startswith("<!--") and "-->" in head:
            head = head[head.find("-->") + 3:].lstrip()
    return head.startswith(FEED_ROOTS)


def _iso_day(parsed: Any) -> str:
    if not parsed:
        return ""
    try:
        return time.strftime("%Y-%m-%d", parsed)
    except (TypeError, ValueError):
        return ""


def _entry_record(entry: Any, feed_title: str) -> dict[str, Any]:
    content = ""
    for part in entry.get("content") or ():
        value = part.get("value") or ""
        if len(value) > len(content):
            content = value
    text = content or entry.get("summary") or ""
    source = entry.get("source") or {}
    outlet = (source.get("title") if isinstance(source, dict) else "") or feed_title
    date = _iso_day(entry.get("published_parsed") or entry.get("updated_parsed"))
    return {"title": entry.get("title") or "", "text": text, "url": entry.get("link") or "",
            "date": date, "author": entry.get("author") or "", "source": outlet or ""}


def parse_feed(text: str, origin: str, path: str | None = None) -> list[Article]:
    """Every entry of an RSS or Atom feed as an article (``origin#N`` names the N-th entry).

    Raises:
        InputError: the text is not a feed, or it has no entry with text.
    """
    import feedparser

    from .jsonfmt import article_from_record

    parsed = feedparser.parse(text, sanitize_html=True, resolve_relative_uris=False)
    if not parsed.get("version") and not parsed.entries:
        problem = parsed.get("bozo_exception")
        raise InputError(origin, f"not an RSS or Atom feed ({problem})" if problem else "not an RSS or Atom feed")
    feed_title = " ".join(str(parsed.feed.get("title") or "").split())
    articles = []
    for k, entry in enumerate(parsed.entries, 1):
        record = _entry_record(entry, feed_title)
        if not record["text"].strip():
            continue  # a headline-only entry has nothing to brief
        articles.append(article_from_record(record, f"{origin}#{k}", path))
    if not articles:
        raise InputError(origin, "the feed has no entry with text (no content or summary)")
    return articles
