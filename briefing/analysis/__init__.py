"""Cross-source analysis: where sources differ, key quotes, timeline.

``cross_source(articles, sentences, language)`` reads the outlets against each other and returns a
:class:`CrossSource` with

- ``disagreements``: the same quantity reported with different values by different outlets
  (:mod:`briefing.analysis.disagreements`);
- ``quotes``: the most important direct quotations with their speakers, merged across outlets
  (:mod:`briefing.analysis.quotes`);
- ``timeline``: dated events, only when the articles span several days
  (:mod:`briefing.analysis.timeline`).

Every citation made here cites whole sentences of the cleaned article text (a quotation split over
several sentences cites them all), so ``articles[c.article].text[c.start:c.end] == c.text`` holds
and the reader sees the figure or the quotation together with who said it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Article, Disagreement, Quote, Sentence, TimelineEvent


@dataclass
class CrossSource:
    """What reading the outlets against each other found."""

    disagreements: list[Disagreement] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    timeline: list[TimelineEvent] = field(default_factory=list)


def cross_source(articles: list[Article], sentences: list[Sentence], language: str = "english") -> CrossSource:
    """Read the outlets against each other: disagreements, key quotes and a timeline.

    Deterministic: the same input gives the same output.

    Args:
        articles: the articles, numbered as the caller numbers them.
        sentences: those of :func:`briefing.nlp.segment` for the same ``articles``.
        language: the articles' language.

    Returns:
        The :class:`CrossSource` findings; every citation an exact span of ``articles``.
    """
    from .disagreements import find_disagreements
    from .quotes import key_quotes
    from .timeline import build_timeline

    if not articles:
        return CrossSource()
    sentences = [s for s in sentences if 0 <= s.article < len(articles)]
    return CrossSource(
        disagreements=find_disagreements(articles, sentences, language),
        quotes=key_quotes(articles, sentences, language),
        timeline=build_timeline(articles, sentences, language),
    )


__all__ = ["CrossSource", "cross_source"]
