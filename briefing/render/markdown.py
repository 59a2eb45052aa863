"""Markdown for wikis (GitHub, GitLab): headings, bullet points, citation links to the sources list.

Every value the template prints is escaped for Markdown by default (Jinja's ``finalize``), so
article text shows literally: ``**bold**``, ``[x](javascript:..)``, ``<script>``, ``# heading``
and ``|`` stay text. Snippets the renderer builds itself (citation links, anchors) are marked safe.
Citations are GFM footnotes: a marker ``[^3]`` points to the definition ``[^3]: ...`` that
describes source 3 (outlet, headline, date, URL). No raw HTML is needed, so the links survive
renderers that strip it: cmark-gfm in its default safe mode with footnotes on (GitHub, GitLab,
Gitea), pandoc (HTML, docx, LaTeX: each citation becomes a real footnote), markdown-it with its
footnote plugin. Renderers number footnotes in the order they are first cited, so each definition
repeats the source's own number (``[3]``) to match the PDF and the JSON. Sources that no line
cites are listed plainly under the sources heading.
"""

from __future__ import annotations

import os
import re

from ..model import Briefing
from .output import jinja_env, render_template
from .view import build_view

# CommonMark lets any ASCII punctuation be backslash-escaped; these are the ones that can start
# markup inline (emphasis, links, HTML, code, tables, strikethrough, math, entities).
_INLINE = re.compile(r"([\\`*_\[\]<>|~$&{}#])")
# At the start of a line (or of a list item's text) these could open a block.
_BLOCK_START = re.compile(r"^(\s*)([#>+\-=]|\d{1,9}[.)])")


def md_escape(text: object) -> str:
    """``text`` escaped so that Markdown shows it literally (one line, no block markup)."""
    s = _INLINE.sub(r"\\\1", str(text))
    s = _BLOCK_START.sub(lambda m: m[1] + (m[2][:-1] + "\\" + m[2][-1]), s)
    return s.replace("\n", " ")


def md_url(url: str) -> str:
    """A URL safe inside ``<...>`` (an autolink): white space, control characters, angle brackets
    and backslashes percent-encoded, so the link stays on one line and ends where it should."""
    from urllib.parse import quote

    return quote(url, safe=":/?#[]@!$&'()*+,;=%~")


def _finalize(value: object) -> object:
    from markupsafe import Markup

    if value is None:
        return ""
    if isinstance(value, Markup):
        return str(value)
    return md_escape(value)


def md_env(template_dir: str | os.PathLike[str] | None = None):
    """The Jinja2 environment for ``briefing.md.j2``: everything escaped unless marked safe."""
    from markupsafe import Markup

    env = jinja_env(template_dir, html=False)
    env.finalize = _finalize

    def refs(item) -> Markup:
        links = "".join(f"[^{int(n)}]" for n in item.refs)
        if item.more:
            links += f" +{item.more}"
        return Markup(links)

    def ref(n: int) -> Markup:
        return Markup(f"[^{int(n)}]")

    def anchor(n: int) -> Markup:
        """A raw HTML anchor (kept for custom templates; strict renderers drop it)."""
        return Markup(f'<a id="source-{int(n)}" name="source-{int(n)}"></a>')

    def note(n: int) -> Markup:
        """The start of source ``n``'s footnote definition."""
        return Markup(f"[^{int(n)}]:")

    def autolink(url: str) -> Markup:
        return Markup(f"<{md_url(url)}>") if url else Markup("")

    env.filters.update(refs=refs, ref=ref, note=note, anchor=anchor, autolink=autolink,
                       md=lambda t: Markup(md_escape(t)))
    return env


def _cited(view) -> set[int]:
    """Numbers of the sources some line of the Markdown cites (they get a footnote)."""
    items = [*view.bottom_line, *(p for t in view.topics for p in t.points), *view.quotes, *view.timeline]
    numbers = {int(n) for it in items for n in it.refs}
    numbers.update(int(r.ref) for d in view.disagreements for r in d.rows if r.ref)
    return numbers


def render_markdown(b: Briefing, *, template_dir: str | os.PathLike[str] | None = None) -> str:
    """The whole briefing as GitHub/GitLab-flavoured Markdown (nothing left out)."""
    view = build_view(b, url_limit=0)
    text = render_template(md_env(template_dir), "briefing.md.j2", v=view, cited=_cited(view))
    text = re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
    return text
