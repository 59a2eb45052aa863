"""Markdown for wikis (GitHub, GitLab): headings, bullet points, citation links to the sources list.

Every value the template prints is escaped for Markdown by default (Jinja's ``finalize``), so
article text shows literally: ``**bold**``, ``[x](javascript:..)``, ``<script>``, ``# heading``
and ``|`` stay text. Snippets the renderer builds itself (citation links, anchors) are marked safe.
Citation markers link to ``<a id="source-N" name="source-N"></a>`` anchors in the sources list:
``[[1]](#source-1)`` (GitHub resolves these through its ``user-content-`` prefix; ``name`` is for
renderers that drop ``id``).
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
        links = "".join(f"[[{n}]](#source-{n})" for n in item.refs)
        if item.more:
            links += f" +{item.more}"
        return Markup(links)

    def ref(n: int) -> Markup:
        return Markup(f"[[{int(n)}]](#source-{int(n)})")

    def anchor(n: int) -> Markup:
        return Markup(f'<a id="source-{int(n)}" name="source-{int(n)}"></a>')

    def autolink(url: str) -> Markup:
        return Markup(f"<{md_url(url)}>") if url else Markup("")

    env.filters.update(refs=refs, ref=ref, anchor=anchor, autolink=autolink,
                       md=lambda t: Markup(md_escape(t)))
    return env


def render_markdown(b: Briefing, *, template_dir: str | os.PathLike[str] | None = None) -> str:
    """The whole briefing as GitHub/GitLab-flavoured Markdown (nothing left out)."""
    view = build_view(b, url_limit=0)
    text = render_template(md_env(template_dir), "briefing.md.j2", v=view)
    text = re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
    return text
