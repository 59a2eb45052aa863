"""HTML pages: main text and metadata with trafilatura, a structural fallback with lxml.

trafilatura (imported only when an HTML page is read) finds the article body and drops menus,
footers, comments and share widgets; its metadata gives the title, author, site name, date and
canonical URL. Date extraction is restricted to what the page states (no guessing from the
file's own date). When trafilatura finds no body (very short or unusual pages), the fallback
reads the paragraphs, headings, list items and quotes of ``<article>``/``<main>``/``<body>``
after removing scripts, navigation, headers, footers, asides, forms and figures. Both results
then go through the same boilerplate cleaning as every other format.
"""

from __future__ import annotations

import re

from ..errors import InputError
from ..model import Article
from .assemble import Block, Meta, build_article
from .normalize import normalize_line, normalize_text

_DROP_TAGS = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "figure",
              "figcaption", "button", "svg", "iframe", "template", "select", "menu")
_TEXT_TAGS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt", "td")


def html_paragraphs(html: str) -> tuple[list[str], str]:
    """(paragraph texts, <title>) of a page or fragment, read structurally with lxml (no regexes)."""
    import lxml.html

    try:
        root = lxml.html.document_fromstring(html)
    except Exception:  # lxml raises several error types for empty/odd documents
        return [], ""
    title = ""
    title_el = root.find(".//title")
    if title_el is not None and title_el.text_content():
        title = title_el.text_content().strip()
    for bad in root.xpath("|".join(f"//{t}" for t in _DROP_TAGS)):
        bad.drop_tree()
    scope = root.xpath("//article") or root.xpath("//main") or root.xpath("//body") or [root]
    lines: list[str] = []
    for el in scope[0].iter(*_TEXT_TAGS):
        if any(anc.tag in _TEXT_TAGS for anc in el.iterancestors()):
            continue  # nested inside a paragraph already read
        text = " ".join(el.text_content().split())
        if text:
            lines.append(text)
    if not lines:
        text = scope[0].text_content()
        lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines, title


def _title_from_page_title(title: str, site: str) -> str:
    """``Headline | Site Name`` -> ``Headline``."""
    parts = re.split(r"\s+[|–—-]\s+", title)
    if len(parts) > 1 and (not site or parts[-1].strip().casefold() == site.casefold() or len(parts[-1].split()) <= 4):
        return " - ".join(parts[:-1]).strip()
    return title.strip()


def parse_html(html: str, origin: str, path: str | None = None) -> Article:
    """One article from an HTML page."""
    import trafilatura

    if not re.search(r"<\s*(?:html|body|p|div|article|head|title|h1|main|section|span|br)\b", html, re.I):
        raise InputError(origin, "not an HTML page (no HTML tags found)")
    try:
        doc = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
            include_links=False,
            deduplicate=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception:  # trafilatura may fail on malformed markup; fall back below
        doc = None
    data = doc.as_dict() if doc is not None and hasattr(doc, "as_dict") else (doc or {})
    text = data.get("text") or ""
    meta = Meta(
        title=normalize_line(data.get("title") or ""),
        outlet=normalize_line(data.get("sitename") or ""),
        url=(data.get("url") or "").strip(),
        date=data.get("date") or "",
        author=normalize_line(data.get("author") or ""),
    )
    lines = [line for line in normalize_text(text).split("\n") if line.strip()]
    if len(" ".join(lines).split()) < 20:
        fallback, page_title = html_paragraphs(html)
        fallback = [normalize_line(normalize_text(line)) for line in fallback]
        if len(" ".join(fallback).split()) > len(" ".join(lines).split()):
            lines = [line for line in fallback if line]
            if not meta.title and page_title:
                meta.title = normalize_line(_title_from_page_title(page_title, meta.outlet))
            if meta.title and lines and lines[0].casefold() == meta.title.casefold():
                lines = lines[1:]
    if meta.outlet and meta.url and meta.outlet.casefold() in meta.url.casefold() and "." in meta.outlet:
        from .outlets import outlet_from_domain

        meta.outlet = outlet_from_domain(meta.url) or meta.outlet
    if not lines:
        raise InputError(origin, "no article text found in the HTML page")
    return build_article([Block([line]) for line in lines], meta, origin, read_headline=False, path=path)
