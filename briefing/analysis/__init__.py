"""Cross-source analysis: where sources differ, key quotes, timeline (interim stub)."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Article, Disagreement, Quote, Sentence, TimelineEvent


@dataclass
class CrossSource:
    disagreements: list[Disagreement] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    timeline: list[TimelineEvent] = field(default_factory=list)


def cross_source(articles: list[Article], sentences: list[Sentence], language: str = "english") -> CrossSource:
    """Read the outlets against each other."""
    return CrossSource()
