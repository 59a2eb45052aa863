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


_STATED_DATE = re.compile(
    r"<meta\s[^>]*?(?:property|name|itemprop)\s*=\s*[\"'](?:article:published_time|og:published_time|"
    r"datePublished|date|dc\.date|DC\.date\.issued|pubdate|publish-date|sailthru\.date|parsely-pub-date)[\"']"
    r"[^>]*?content\s*=\s*[\"']([^\"']{8,40})[\"']"
    r"|<meta\s[^>]*?content\s*=\s*[\"']([^\"']{8,40})[\"'][^>]*?(?:property|name|itemprop)\s*=\s*[\"']"
    r"(?:article:published_time|datePublished|date|pubdate)[\"']"
    r"|\"datePublished\"\s*:\s*\"([^\"]{8,40})\"",
    re.I,
)


def _stated_date(html: str) -> str:
    """The publication date the page states about itself (meta tags, JSON-LD), else ""."""
    from .dates import parse_date

    for m in _STATED_DATE.finditer(html[:300_000]):
        value = next(g for g in m.groups() if g)
        date = parse_date(value)
        if date:
            return date
    return ""


def _drop_head_lines(lines: list[str], title: str) -> list[str]:
    """Lines at the top of the body that repeat the headline or only give a date ("October 22,
    2019 report", "Updated 19.01.2020"): they are the page's head, not the story."""
    from .assemble import _similar
    from .boilerplate import is_sentence_like, word_count
    from .dates import find_years

    out = list(lines)
    for _ in range(4):
        if not out:
            break
        first = out[0].strip()
        if title and (first.casefold() == title.casefold() or (_similar(first, title) and not is_sentence_like(first))):
            out.pop(0)
            continue
        if word_count(first) <= 8 and not is_sentence_like(first) and find_years(first) \
                and re.search(r"\d{4}", first):
            out.pop(0)
            continue
        break
    return out


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
    from .assemble import split_site_suffix

    meta.title = split_site_suffix(meta.title, meta.outlet)[0]  # "New initiative | DW | 19.01.2020"
    own = _stated_date(html)
    if own:  # the page's own date, not a related link's
        meta.date = own
    lines = [line for line in normalize_text(text).split("\n") if line.strip()]
    lines = _drop_head_lines(lines, meta.title)
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
