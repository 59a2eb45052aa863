"""Renderers: one-page PDF, HTML, Markdown, JSON and plain text from a :class:`~briefing.model.Briefing`.

Each format lives in its own module and is imported lazily (WeasyPrint alone takes a second to
import), so ``import briefing.render`` is cheap::

    from briefing.render.pdf import render_pdf
    from briefing.render.markdown import render_markdown
"""

from __future__ import annotations
