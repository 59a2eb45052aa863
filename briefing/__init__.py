"""briefing: many news articles about one story in, a one-page cited briefing out.

The public API (imported lazily, so ``briefing --help`` starts fast)::

    from briefing import load_articles, split_sentences, build_briefing, summarize
    articles = load_articles(["samples/"])
    b = build_briefing(articles)            # -> Briefing
    quotes = find_quotes(articles[0])       # every quotation of one article, with its speaker
    render_pdf(b, "briefing.pdf")
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_EXPORTS = {
    # model
    "Article": "briefing.model",
    "Sentence": "briefing.model",
    "Citation": "briefing.model",
    "Point": "briefing.model",
    "Topic": "briefing.model",
    "Quote": "briefing.model",
    "Report": "briefing.model",
    "Disagreement": "briefing.model",
    "TimelineEvent": "briefing.model",
    "Source": "briefing.model",
    "Briefing": "briefing.model",
    # errors
    "BriefingError": "briefing.errors",
    "InputError": "briefing.errors",
    "OutputError": "briefing.errors",
    "OptionError": "briefing.errors",
    # ingestion
    "load_articles": "briefing.ingest",
    "parse_article": "briefing.ingest",
    # language
    "split_sentences": "briefing.nlp",
    "segment": "briefing.nlp",
    "SumyTokenizer": "briefing.nlp.sumy_tokenizer",
    # analysis
    "find_figures": "briefing.analysis.figures",
    "Figure": "briefing.analysis.figures",
    "find_quotes": "briefing.analysis.quotes",
    "Quotation": "briefing.analysis.quotes",
    "find_dates": "briefing.analysis.dates",
    "DateMention": "briefing.analysis.dates",
    # engine
    "build_briefing": "briefing.engine.pipeline",
    "summarize": "briefing.engine.pipeline",
    "find_points": "briefing.engine.points",
    "ALGORITHMS": "briefing.engine.pipeline",
    "Options": "briefing.engine.story",
    # stories: a feed grouped into stories
    "group_stories": "briefing.stories",
    "StoryGrouper": "briefing.stories",
    # renderers
    "render_pdf": "briefing.render.pdf",
    "render_html": "briefing.render.html",
    "render_markdown": "briefing.render.markdown",
    "render_json": "briefing.render.json",
    "render_text": "briefing.render.text",
}

__all__ = ["__version__", *_EXPORTS]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'briefing' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


if TYPE_CHECKING:  # pragma: no cover
    from .analysis.dates import DateMention, find_dates
    from .analysis.figures import Figure, find_figures
    from .analysis.quotes import Quotation, find_quotes
    from .engine.points import find_points
    from .engine.pipeline import ALGORITHMS, build_briefing, summarize
    from .engine.story import Options
    from .errors import BriefingError, InputError, OptionError, OutputError
    from .ingest import load_articles, parse_article
    from .model import (Article, Briefing, Citation, Disagreement, Point, Quote, Report,
                        Sentence, Source, TimelineEvent, Topic)
    from .nlp import segment, split_sentences
    from .nlp.sumy_tokenizer import SumyTokenizer
    from .render.html import render_html
    from .render.json import render_json
    from .render.markdown import render_markdown
    from .render.pdf import render_pdf
    from .render.text import render_text
    from .stories import StoryGrouper, group_stories
