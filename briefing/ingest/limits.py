"""Limits on what one input may cost: the article size cap and the warning for skipped input.

Kept apart from :mod:`briefing.ingest` so that the format modules can use them without importing
the package that imports them.
"""

from __future__ import annotations

import warnings

__all__ = ["MAX_ARTICLE_CHARS", "HTML_MARKUP_FACTOR", "InputWarning", "cap_text"]


class InputWarning(UserWarning):
    """Part of the input was left out and the run goes on: a named pipe, socket or device inside a
    folder was skipped, or an article over :data:`MAX_ARTICLE_CHARS` was cut."""


MAX_ARTICLE_CHARS = 1_000_000
"""The most characters of one article read (ten times a long feature); the rest is cut off."""
HTML_MARKUP_FACTOR = 10
"""An HTML page may be this many times :data:`MAX_ARTICLE_CHARS` (markup, scripts, styles)."""


def cap_text(text: str, where: str, limit: int | None = None) -> str:
    """``text`` cut to at most ``limit`` characters (default :data:`MAX_ARTICLE_CHARS`), at a line,
    sentence or word end where one is near.

    A briefing needs a few hundred sentences; a 50 MB line is a dump, not an article, and reading
    all of it would cost gigabytes and put megabytes into every output. The cut is announced with
    an :class:`InputWarning`.
    """
    if limit is None:
        limit = MAX_ARTICLE_CHARS
    if len(text) <= limit:
        return text
    cut = text.rfind("\n", 0, limit + 1)
    if cut < limit // 2:
        cut = max(text.rfind(". ", 0, limit), text.rfind("? ", 0, limit), text.rfind("! ", 0, limit)) + 1
    if cut < limit // 2:
        cut = text.rfind(" ", 0, limit + 1)
    if cut < limit // 2:
        cut = limit
    warnings.warn(f"{where}: only the first {cut:,} of {len(text):,} characters read (at most {limit:,} "
                  "an article)", InputWarning, stacklevel=3)
    return text[:cut]
