"""Every point of a story with every citation, before selection: :func:`find_points`.

The public face of the merge step (:mod:`briefing.engine.merge`) for programs that want every
corroboration the engine found, not only the few points that reach the page.
"""

from __future__ import annotations

from typing import Sequence

from ..model import Article, Citation, Point
from .merge import Merger, merge


def find_points(articles: Sequence[Article], *, language: str = "english") -> list[Point]:
    """Every point of a story, before any selection for the page, each with all its citations.

    A point is one claim: its text is its representative sentence, and it cites every sentence of
    another article that supports that text (the same claim in other words, with the same figures,
    polarity, modality, attribution and actors; see :mod:`briefing.engine.merge`).  A program can
    see through it every corroboration the engine found, not only the few points that reach the
    page.

    Args:
        articles: the articles about one story.
        language: language of the articles (sentence splitting, stems, cue words).

    Returns:
        The points in order of their first sentence (articles taken in the same canonical order as
        :func:`~briefing.build_briefing`, so the result does not depend on the order given).
        ``citations[0]`` words the point; the others follow in article order; every citation
        satisfies ``articles[c.article].text[c.start:c.end] == c.text``, with ``c.article`` an
        index into ``articles`` as given.  Scores are 0 (the page's scoring is not run).

    Raises:
        InputError: no articles, or something that is not an :class:`~briefing.model.Article`.
        OptionError: an unusable ``language``.
    """
    from .pipeline import _check_articles
    from .story import Options, Story

    _check_articles(articles)
    story = Story.read(articles, Options(language=language))
    if not story.sentences:
        return []
    story = story.represented()
    points, _ = merge(story.sentences, story.canon, story.representation.terms, merger=Merger(language=language),
                      language=language, tokens=story.representation.tokens)
    order = story.order
    out = []
    for p in points:
        cits = [Citation(order[c.article], c.start, c.end, c.text) for c in p.citations]
        cits = cits[:1] + sorted(cits[1:], key=lambda c: (c.article, c.start))
        out.append(Point(text=p.text, citations=cits, score=0.0, outlets=p.outlets))
    return out
