"""From articles to a :class:`~briefing.model.Briefing`: the engine's one entry point.

    articles -segment-> sentences -represent-> vectors -score-> importance
      -merge-> points -select-> bottom line + body -cluster-> topics -label-> Briefing

    >>> from briefing import load_articles, build_briefing
    >>> b = build_briefing(load_articles(["samples/"]))
    >>> b.bottom_line[0].text, [t.label for t in b.topics]

The content of the briefing does not depend on the order the articles are given in: they are
processed in a canonical order (date, outlet, headline, URL, text) and the citations are mapped
back to the caller's numbering (source ``k`` is ``articles[k - 1]``).
"""

from __future__ import annotations

import hashlib
import warnings
from functools import partial
from operator import attrgetter
from pathlib import PurePath
from typing import Callable, Sequence

from ..errors import InputError
from ..model import Article, Briefing, Citation, Point, Sentence, Source, Topic
from .runner import InlineRunner, Runner
from .summarize import ALGORITHMS, check_algorithm, summarize

__all__ = ["build_briefing", "summarize", "ALGORITHMS", "sources_of"]

Progress = Callable[[str, float], None]

#: A topic shows at most this many points (its best ones).
MAX_POINTS_PER_TOPIC = 5


def _outlet(article: Article) -> str:
    """The outlet name, else the stem of the file it came from ("" for stdin-like origins)."""
    if article.outlet.strip():
        return article.outlet.strip()
    origin = article.origin.strip()
    if not origin or origin.startswith("<"):
        return ""
    path = origin
    head, sep, tail = origin.rpartition(":")
    if sep and tail.isdigit():  # "file.jsonl:12"
        path = head
    return PurePath(path).stem


def sources_of(articles: Sequence[Article]) -> list[Source]:
    """One :class:`Source` per article, numbered from 1 in the given order."""
    return [Source(number=k + 1, outlet=_outlet(a), title=" ".join(a.title.split()), date=a.date,
                   url=a.url, origin=a.origin, text=a.text) for k, a in enumerate(articles)]


def _canonical_order(articles: Sequence[Article]) -> list[int]:
    def key(k: int) -> tuple:
        a = articles[k]
        digest = hashlib.sha1(a.text.encode("utf-8", "surrogatepass")).hexdigest()
        return (a.date, a.outlet, a.title, a.url, digest, a.author, a.origin, k)

    return sorted(range(len(articles)), key=key)


def _check_articles(articles: Sequence[Article]) -> None:
    if not isinstance(articles, (list, tuple)):
        raise InputError("articles", f"expected a list of Article, got {type(articles).__name__}")
    if not articles:
        raise InputError("articles", "no articles to brief")
    for k, a in enumerate(articles):
        if not isinstance(a, Article):
            raise InputError(f"articles[{k}]", f"expected an Article, got {type(a).__name__}")
        if not isinstance(a.text, str):
            raise InputError(a.origin or f"articles[{k}]", "article text is not a string")


def build_briefing(articles: list[Article], *, algorithm: str = "default", language: str = "english",
                   title: str | None = None, max_points: int = 24, max_words: int = 650,
                   progress: Progress | None = None, workers: int = 1,
                   runner: Runner | None = None) -> Briefing:
    """Build the one-page briefing of a story told by ``articles``.

    Steps: split into sentences; score them (``algorithm``); merge near-duplicate sentences of
    different outlets into points that cite every source carrying them; score points by
    importance, corroboration and position; choose up to ``max_points`` non-redundant points
    (about ``max_words`` words); pick two or three as the bottom line; group the rest into 2-6
    labelled topics; add the cross-source analysis (disagreements, quotes, timeline).

    Args:
        articles: the articles about one story; source ``k`` on the page is ``articles[k - 1]``.
        algorithm: sentence scoring, one of :data:`ALGORITHMS` (``"default"``: the project's
            multi-document method; sumy's algorithms are slower on large stories).
        language: language of the articles (stemmer, stop words, sentence splitting).
        title: the briefing's title; by default the most representative headline (or, without
            headlines, the top point's opening words).
        max_points: most points on the page, bottom line included.
        max_words: word budget of all points together (the renderer may drop low-scored points
            to fit one page).
        progress: called as ``progress(stage, fraction_done)`` while the engine works.
        workers: deprecated and ignored (the work runs in this process); pass
            ``runner=briefing.parallel.ForkRunner()`` instead.
        runner: runs the cross-source analysis beside the rest of the engine
            (:class:`~briefing.engine.runner.Runner`); by default in this process, when its
            result is needed. :class:`briefing.parallel.ForkRunner` runs a large story's analysis
            in a forked process (Linux, two usable cores); do not use it in a process that runs
            threads. The result is the same either way.

    Returns:
        A :class:`Briefing`; every citation satisfies
        ``articles[c.article].text[c.start:c.end] == c.text``.

    Raises:
        InputError: no articles, or something that is not an :class:`Article`.
        BriefingError: an unknown ``algorithm`` (``where`` is ``"--algorithm"``).
    """
    report = progress or (lambda stage, fraction: None)
    check_algorithm(algorithm)
    _check_articles(articles)
    from ..analysis import cross_source
    from ..nlp import segment

    report("segment", 0.0)
    perm = _canonical_order(articles)  # canonical position -> caller's index
    canon = [articles[k] for k in perm]
    sentences = segment(canon, language)
    # the cross-source analysis reads the articles in the caller's numbering
    original_sentences = [Sentence(s.text, perm[s.article], s.paragraph, s.index, s.start, s.end)
                          for s in sentences]
    original_sentences.sort(key=attrgetter("article", "index"))
    if workers != 1 and runner is None:
        warnings.warn("build_briefing(workers=...) is deprecated and runs in this process; pass "
                      "runner=briefing.parallel.ForkRunner() to analyse beside the engine",
                      DeprecationWarning, stacklevel=2)
    pending = (runner or InlineRunner()).start(
        partial(cross_source, list(articles), original_sentences, language), cost=len(sentences))
    try:
        return _build(articles, algorithm, language, title, max_points, max_words, report, perm, canon,
                      sentences, original_sentences, pending)
    finally:
        pending.cancel()


def _build(articles, algorithm, language, title, max_points, max_words, report, perm, canon, sentences,
           original_sentences, pending) -> Briefing:
    import numpy as np

    from ..analysis import cross_source
    from . import scoring
    from .cluster import TopicClusterer
    from .labels import Labeler, fallback_title, headline_title, short_title
    from .merge import Merger, citations_of, merge, outlet_key
    from .represent import represent
    from .select import PointScorer, Selector

    report("represent", 0.15)
    rep = represent(sentences, language)
    report("score", 0.3)
    if sentences:
        if algorithm in scoring.OWN_ALGORITHMS:
            scores = scoring.score(rep, sentences, canon, algorithm)
        else:
            from .sumy_backend import sumy_scores

            scores = np.asarray(sumy_scores(sentences, canon, algorithm, language), dtype=np.float64)
    else:
        scores = np.zeros(0)
    report("merge", 0.5)
    # the points carry their representative citation only; the few that reach the page get
    # the rest below (``citations_of``)
    points, groups = merge(sentences, canon, rep.terms, merger=Merger(language=language), language=language,
                           tokens=rep.tokens, lazy=True)
    n_outlets = len({outlet_key(canon, a) for a in range(len(canon))})
    PointScorer().score(points, groups, scores, sentences, n_outlets)
    report("select", 0.65)
    chosen = Selector(max_points=max_points, max_words=max_words).select(points, groups, sentences, rep)
    report("cluster", 0.75)
    body = chosen.body
    parts = TopicClusterer().fit([groups[k] for k in body], rep)
    topic_points = [[body[j] for j in part] for part in parts]
    for tp in topic_points:  # best first, at most five per topic (the page shows 2-5)
        tp.sort(key=lambda k: (-points[k].score, groups[k][0]))
        del tp[MAX_POINTS_PER_TOPIC:]
    topic_scores = [_topic_score([points[k].score for k in tp]) for tp in topic_points]
    order = sorted(range(len(topic_points)), key=lambda t: (-topic_scores[t], topic_points[t][0]))
    topic_points = [topic_points[t] for t in order]
    topic_scores = [topic_scores[t] for t in order]
    report("label", 0.85)
    labels = Labeler(language).label(
        [[_wordings(groups[k], sentences) for k in tp] for tp in topic_points],
        background=[s.text for s in sentences], background_terms=rep.terms,
        weights=[[1.0 / (1.0 + 0.5 * r) for r in range(len(tp))] for tp in topic_points])

    # every citation of the points on the page, back in the caller's article numbering
    def remap(k: int) -> Point:
        p = points[k]
        cits = [Citation(perm[c.article], c.start, c.end, c.text) for c in citations_of(groups[k], sentences, canon)]
        cits = cits[:1] + sorted(cits[1:], key=lambda c: c.article)
        return Point(text=p.text, citations=cits, score=p.score, outlets=p.outlets)

    bottom = [remap(k) for k in chosen.bottom_line]
    topics = [Topic(label=lab, points=[remap(k) for k in tp], score=round(sc, 6))
              for lab, tp, sc in zip(labels, topic_points, topic_scores) if tp]

    report("analyse", 0.9)
    cross = pending.result()

    if title is None or not title.strip():
        doc_terms: list[set[str]] = [set() for _ in canon]
        for s, ts in zip(sentences, rep.terms):
            doc_terms[s.article].update(ts)
        title = headline_title([a.title for a in canon], [a.text for a in canon], language,
                               doc_terms=doc_terms)
        if not title:  # no headlines: the noun phrase the top points and most articles share
            tops = [p.text for p in bottom] + [t.points[0].text for t in topics]
            title = short_title(tops, doc_terms, [s.text for s in sentences], language)
        if not title:
            top = bottom[0].text if bottom else (topics[0].points[0].text if topics else "")
            title = fallback_title(top)
        if not title:
            title = next((" ".join(a.title.split()) for a in canon if a.title.strip()), "") or "News briefing"
    report("done", 1.0)
    return Briefing(
        title=" ".join(title.split()),
        sources=sources_of(articles),
        bottom_line=bottom,
        topics=topics,
        disagreements=list(cross.disagreements),
        quotes=list(cross.quotes),
        timeline=list(cross.timeline),
        language=language,
        algorithm=algorithm,
    )


def _wordings(group: Sequence[int], sentences: Sequence[Sentence], limit: int = 8) -> str:
    """The distinct wordings of a point (the first ``limit``), one a line."""
    seen: dict[str, None] = {}
    for i in group:
        seen.setdefault(sentences[i].text, None)
        if len(seen) >= limit:
            break
    return "\n".join(seen)


def _topic_score(scores: Sequence[float]) -> float:
    """A topic matters as much as its best point, plus a little for each further strong point."""
    if not scores:
        return 0.0
    s = sorted(scores, reverse=True)
    return s[0] + 0.5 * sum(s[1:3]) / 2
