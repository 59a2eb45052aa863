"""Standalone HTML: the same template as the PDF, with the stylesheet inlined."""

from __future__ import annotations

import re

import os
from dataclasses import dataclass

from ..errors import OutputError
from ..model import Briefing
from .output import find_template, jinja_env, render_template
from .view import View, build_view

PAPERS = {"a4": "A4", "letter": "letter", "us-letter": "letter", "usletter": "letter"}
DEFAULT_FONT_SIZE = 10.5


def paper_size(paper: str) -> str:
    """The CSS ``@page`` size for ``paper`` (``a4`` or ``letter``, any case)."""
    size = PAPERS.get((paper or "").strip().lower())
    if size is None:
        raise OutputError("--paper", f"unknown paper size {paper!r}; use a4 or letter")
    return size


@dataclass(frozen=True)
class Page:
    """How the template lays out the page: CSS page size, root font size (pt), print or screen."""

    size: str = "A4"
    font_size: float = DEFAULT_FONT_SIZE
    print: bool = False
    created: str = ""  # ISO 8601 creation time for the PDF metadata ("" for none)


def source_date() -> str:
    """``SOURCE_DATE_EPOCH`` as an ISO 8601 UTC time, or "" when it is unset or not a number."""
    from datetime import datetime, timezone

    raw = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    try:
        return datetime.fromtimestamp(int(raw), tz=timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    except (ValueError, OverflowError, OSError):
        return ""


def html_from_view(view: View, page: Page, template_dir: str | os.PathLike[str] | None = None,
                   env=None, css: str | None = None) -> str:
    """Render ``briefing.html.j2`` for an already built view (the PDF fitter calls this often,
    passing ``env`` and ``css`` so they are loaded once)."""
    if env is None:
        env = jinja_env(template_dir, html=True)
    if css is None:
        css = load_css(template_dir)
    return render_template(env, "briefing.html.j2", v=view, page=page, css=css)


_FONT_FACE = re.compile(r"@font-face\s*\{[^}]*\}\s*")


def load_css(template_dir: str | os.PathLike[str] | None = None) -> str:
    """The text of ``briefing.css`` (the user's when their template folder has one)."""
    path = find_template("briefing.css", template_dir)
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise OutputError(str(path), f"cannot read stylesheet: {exc}") from None


def render_html(b: Briefing, *, paper: str = "a4", template_dir: str | os.PathLike[str] | None = None,
                font_size: float = DEFAULT_FONT_SIZE) -> str:
    """The whole briefing as one standalone HTML page (stylesheet inlined, nothing fetched).

    Unlike the PDF, nothing is left out to fit a page: every point, quote and source is there.
    Article text is escaped: markup inside an article shows as text.
    """
    view = build_view(b, url_limit=0)
    css = _FONT_FACE.sub("", load_css(template_dir))  # the font files stay in the package
    return html_from_view(view, Page(size=paper_size(paper), font_size=font_size, print=False),
                          template_dir, css=css)
