"""From articles to a :class:`~briefing.model.Briefing`: the engine's one entry point.

    articles -read-> Story (canonical order, sentences) -represent-> vectors -score-> importance
      -merge-> candidate points -score points-> -select-> bottom line + body -cluster-> topics
      -label-> Briefing  (the cross-source analysis runs beside, through the caller's runner)

    >>> from briefing import load_articles, build_briefing
    >>> b = build_briefing(load_articles(["samples/"]))
    >>> b.bottom_line[0].text, [t.label for t in b.topics]

The content of the briefing does not depend on the order the articles are given in: they are
processed in a canonical order (date, outlet, headline, URL, text) and the citations are mapped
back to the caller's numbering (source ``k`` is ``articles[k - 1]``).

:func:`brief` is the pipeline: a short list of named stages, each a function below that reads the
:class:`~briefing.engine.story.Story` and returns its result. The engine starts no process: a
stage runs beside the others only through the runner its caller passes in
(:mod:`briefing.engine.runner`).
"""

from __future__ import annotations

from functools import partial
from typing import Callable, Sequence

from ..errors import InputError
from ..model import Article, Briefing, Citation, Point, Sentence, Source, Topic, outlet_name
from .runner import InlineRunner, Runner
from .story import Candidate, Options, Story
from .summarize import ALGORITHMS, summarize

__all__ = ["build_briefing", "brief", "summarize", "ALGORITHMS", "sources_of", "Options"]

Progress = Callable[[str, float], None]

#: A topic shows at most this many points (its best ones).
MAX_POINTS_PER_TOPIC = 5


def sources_of(articles: Sequence[Article]) -> list[Source]:
    """One :class:`Source` per article, numbered from 1 in the given order.

    Args:
        articles: the articles, in the caller's order.

    Returns:
        The sources list of the page.
    """
    return [Source(number=k + 1, outlet=outlet_name(a), title=" ".join(a.title.split()), date=a.date,
                   url=a.url, origin=a.origin, text=a.text) for k, a in enumerate(articles)]


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
                   progress: Progress | None = None, runner: Runner | None = None) -> Briefing:
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
        OptionError: an option the engine does not allow, such as an unknown ``algorithm``
            (``where`` names the parameter).
    """
    options = Options(algorithm=algorithm, language=language, title=title, max_points=max_points,
                      max_words=max_words)
    return brief(articles, options, progress=progress, runner=runner)


def _silent(stage: str, fraction: float) -> None:
    pass


def brief(articles: Sequence[Article], options: Options, *, progress: Progress | None = None,
          runner: Runner | None = None) -> Briefing:
    """The pipeline: :func:`build_briefing` with its options in one :class:`Options` object.

    Args:
        articles: the articles about one story, in the caller's order.
        options: what to build.
        progress: called as ``progress(stage, fraction_done)``.
        runner: runs the cross-source analysis beside the rest (default: in this process).

    Returns:
        The briefing.

    Raises:
        InputError: no articles, or something that is not an :class:`Article`.
    """
    report = progress or _silent
    _check_articles(articles)
    report("segment", 0.0)
    story = Story.read(articles, options)
    analysis = (runner or InlineRunner()).start(partial(analyse, story), cost=len(story.sentences))
    try:
        report("represent", 0.15)
        story = story.represented()
        report("score", 0.3)
        scores = score_sentences(story)
        report("merge", 0.5)
        candidates = score_points(story, merge_sentences(story), scores)
        report("select", 0.65)
        chosen = select_points(story, candidates)
        report("cluster", 0.75)
        topics = cluster_topics(story, candidates, chosen.body)
        report("label", 0.85)
        labels = label_topics(story, candidates, topics)
        bottom_line = [page_point(story, candidates[k]) for k in chosen.bottom_line]
        body = [Topic(label=label, points=[page_point(story, candidates[k]) for k in members], score=round(score, 6))
                for label, (members, score) in zip(labels, topics) if members]
        report("analyse", 0.9)
        cross = analysis.result()
        title = choose_title(story, bottom_line, body)
        report("done", 1.0)
    finally:
        analysis.cancel()
    from ..analysis.quotes import without_points  # a key quote is never also a point

    return Briefing(title=title, sources=sources_of(articles), bottom_line=bottom_line, topics=body,
                    disagreements=list(cross.disagreements),
                    quotes=without_points(cross.quotes, bottom_line + [p for t in body for p in t.points]),
                    timeline=list(cross.timeline), language=options.language, algorithm=options.algorithm)


# -- the stages ------------------------------------------------------------------------------------


def analyse(story: Story):
    """The cross-source analysis (disagreements, quotes, timeline), in the caller's numbering, of
    the articles as far as the story budget read them (:attr:`Story.read_articles`).

    Returns:
        A :class:`~briefing.analysis.CrossSource`.
    """
    from ..analysis import cross_source

    return cross_source(story.read_articles, story.caller_sentences, story.options.language)


def score_sentences(story: Story):
    """The importance of every sentence under ``story.options.algorithm`` (higher is better).

    Returns:
        A float array, one score per sentence of ``story.sentences``.
    """
    import numpy as np

    from . import scoring

    if not story.sentences:
        return np.zeros(0)
    algorithm = story.options.algorithm
    if algorithm in scoring.OWN_ALGORITHMS:
        return scoring.score(story.representation, story.sentences, story.canon, algorithm)
    from .sumy_backend import sumy_scores

    return np.asarray(sumy_scores(story.sentences, story.canon, algorithm, story.options.language),
                      dtype=np.float64)


def merge_sentences(story: Story) -> list[Candidate]:
    """Near-duplicate sentences of different outlets merged into candidate points.

    Each candidate's point carries its representative citation only; the few that reach the page
    get the rest in :func:`page_point`.

    Returns:
        One :class:`Candidate` per point, unscored.
    """
    from .merge import Merger, merge

    language = story.options.language
    points, groups = merge(story.sentences, story.canon, story.representation.terms, merger=Merger(language=language),
                           language=language, tokens=story.representation.tokens, lazy=True)
    return [Candidate(p, g) for p, g in zip(points, groups)]


def score_points(story: Story, candidates: list[Candidate], scores) -> list[Candidate]:
    """The candidates scored by importance, corroboration and position (see :class:`PointScorer`).

    Returns:
        The candidates with their scores set, in the same order.
    """
    from ..model import outlet_key
    from .select import PointScorer

    outlet_of = [outlet_key(story.canon, a) for a in range(len(story.canon))]
    return PointScorer().run(candidates, scores, story.sentences, len(set(outlet_of)), outlet_of=outlet_of)


def select_points(story: Story, candidates: list[Candidate]):
    """The bottom line and the body points, within ``max_points`` and ``max_words``.

    Returns:
        A :class:`~briefing.engine.select.Selection` of indices into ``candidates``.
    """
    from .furniture import furniture
    from .select import RunOnText, Selector

    selector = Selector(max_points=story.options.max_points, max_words=story.options.max_words)
    try:
        return selector.run(candidates, story.sentences, story.rep, furniture=furniture(story.sentences))
    except RunOnText as exc:  # name the article, as every input error does
        origin = story.canon[exc.article].origin if 0 <= exc.article < len(story.canon) else ""
        raise RunOnText(exc.article, origin or "articles") from None


def cluster_topics(story: Story, candidates: list[Candidate], body: list[int]) -> list[tuple[list[int], float]]:
    """The body points grouped into topics, best topic first.

    Args:
        story: the story.
        candidates: the scored candidates.
        body: indices into ``candidates`` of the body points, best first.

    Returns:
        Per topic, its candidates (best first, at most :data:`MAX_POINTS_PER_TOPIC`) and its score.
    """
    from .cluster import TopicClusterer

    parts = TopicClusterer().run([candidates[k].members for k in body], story.rep)
    topics = [[body[j] for j in part] for part in parts]
    for members in topics:  # best first, at most five per topic (the page shows 2-5)
        members.sort(key=lambda k: (-candidates[k].score, candidates[k].members[0]))
        del members[MAX_POINTS_PER_TOPIC:]
    scored = [(members, _topic_score([candidates[k].score for k in members])) for members in topics]
    scored.sort(key=lambda t: (-t[1], t[0][0]))
    return scored


def label_topics(story: Story, candidates: list[Candidate], topics: list[tuple[list[int], float]]) -> list[str]:
    """A short label per topic, from the wordings of its points.

    Returns:
        One label per topic, in order.
    """
    from .labels import Labeler

    return Labeler(language=story.options.language).run(
        [[_wordings(candidates[k].members, story.sentences) for k in members] for members, _ in topics],
        background=[s.text for s in story.sentences], background_terms=story.representation.terms,
        weights=[[1.0 / (1.0 + 0.5 * r) for r in range(len(members))] for members, _ in topics])


def page_point(story: Story, candidate: Candidate) -> Point:
    """A candidate as the page shows it: every citation, in the caller's article numbering.

    Returns:
        The point, worded by its representative (the first citation), the others by source.
    """
    from .merge import citations_of

    order = story.order
    cits = [Citation(order[c.article], c.start, c.end, c.text)
            for c in citations_of(candidate.members, story.sentences, story.canon)]
    cits = cits[:1] + sorted(cits[1:], key=lambda c: c.article)
    p = candidate.point
    return Point(text=p.text, citations=cits, score=candidate.score, outlets=p.outlets)


def choose_title(story: Story, bottom_line: list[Point], topics: list[Topic]) -> str:
    """The caller's title, else the most representative headline, else the top point's opening.

    Returns:
        The title, whitespace collapsed.
    """
    from .labels import fallback_title, headline_title, short_title

    title = story.options.title
    if title is None or not title.strip():
        canon = story.canon
        doc_terms: list[set[str]] = [set() for _ in canon]
        for s, ts in zip(story.sentences, story.representation.terms):
            doc_terms[s.article].update(ts)
        title = headline_title([a.title for a in canon], [a.text for a in canon], story.options.language,
                               doc_terms=doc_terms)
        if not title:  # no headlines: the noun phrase the top points and most articles share
            tops = [p.text for p in bottom_line] + [t.points[0].text for t in topics]
            title = short_title(tops, doc_terms, [s.text for s in story.sentences], story.options.language)
        if not title:
            top = bottom_line[0].text if bottom_line else (topics[0].points[0].text if topics else "")
            title = fallback_title(top)
        if not title:
            title = next((" ".join(a.title.split()) for a in canon if a.title.strip()), "") or "News briefing"
    return " ".join(title.split())


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
