"""Shared test fixtures and helpers.

- ``assert_citations(obj, articles)``: the one citation check: every citation reachable from ``obj``
  (a Briefing, a cross-source result, points, quotes, reports, events, citations or sentences) is an
  exact span of its article. Returns the citations checked.
- Hand-made Briefing objects for the renderer tests (``make_briefing("small" | "tiny" | "hostile" |
  "huge")`` and one fixture per kind), built from :mod:`briefing.model` directly (not by the
  engine), with real articles behind every citation so the citation check holds for them too.
- ``story_articles``: the four articles behind the small briefing; ``hostile_strings``: the markup
  the hostile briefing carries, which every renderer must show literally.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable

import pytest

from briefing.model import (Article, Briefing, Citation, Disagreement, Point, Quote, Report, Source,
                            TimelineEvent, Topic)

# -- the citation check ----------------------------------------------------------------------------

_SECTIONS = ("bottom_line", "topics", "disagreements", "quotes", "timeline")


def _citations_of(obj) -> Iterable:
    """Every citation-like object (``article``, ``start``, ``end``, ``text``) reachable from ``obj``."""
    if obj is None:
        return
    if isinstance(obj, (list, tuple)):
        for item in obj:
            yield from _citations_of(item)
    elif hasattr(obj, "citations"):
        yield from obj.citations
    elif hasattr(obj, "citation"):
        yield obj.citation
    elif hasattr(obj, "reports"):
        yield from _citations_of(obj.reports)
    elif all(hasattr(obj, name) for name in ("article", "start", "end", "text")):
        yield obj
    elif any(hasattr(obj, name) for name in _SECTIONS):
        for name in _SECTIONS:
            yield from _citations_of(getattr(obj, name, None))
    elif hasattr(obj, "points"):
        yield from _citations_of(obj.points)
    else:
        raise TypeError(f"no citations in {type(obj).__name__}")


def check_citations(obj, articles: list[Article]) -> list:
    """Assert that every citation reachable from ``obj`` is an exact span of its article.

    Args:
        obj: a Briefing, a cross-source result, or (lists of) points, topics, quotes, reports,
            timeline events, citations or sentences.
        articles: the articles the citations number (``citation.article`` indexes this list).

    Returns:
        The citations checked, in order.
    """
    found = list(_citations_of(obj))
    for c in found:
        assert 0 <= c.article < len(articles), f"citation of article {c.article} of {len(articles)}"
        assert articles[c.article].text[c.start:c.end] == c.text, (
            f"article {c.article} [{c.start}:{c.end}] is "
            f"{articles[c.article].text[c.start:c.end]!r}, not {c.text!r}")
    return found


@pytest.fixture(scope="session")
def assert_citations() -> Callable:
    """The citation check, ``assert_citations(obj, articles) -> citations`` (see check_citations)."""
    return check_citations


# -- hand-made briefings for the renderers ---------------------------------------------------------

# A small invented story told by four outlets (not the sample story: renderers must not depend on it).
_ARTICLES = [
    Article(
        title="Dock workers walk out at Halden port over pay and automation",
        outlet="Northern Ledger",
        url="https://ledger.example.com/2024/03/04/halden-port-strike",
        date="2024-03-04",
        text=(
            "About 2,400 dock workers walked off the job at the port of Halden on Monday, halting "
            "container traffic at the country's second-largest harbour.\n\n"
            "The union says the strike will last until the operator withdraws plans to automate "
            "three of its five terminals.\n\n"
            "\u201cWe are not against machines, we are against being thrown away,\u201d said union "
            "leader Marta Olsen.\n\n"
            "The port handles about 1.2 million containers a year."
        ),
    ),
    Article(
        title="Halden strike: operator says automation plan is 'not negotiable'",
        outlet="Baltic Wire",
        url="https://balticwire.example.org/news/halden-operator",
        date="2024-03-05",
        text=(
            "Some 3,000 workers joined the strike at Halden port, according to the union.\n\n"
            "The port operator said its plan to automate three terminals was not negotiable but "
            "offered retraining for every affected worker.\n\n"
            "\u201cThe port must modernise or it will lose its customers to Rotterdam,\u201d chief "
            "executive Lars Berg told reporters.\n\n"
            "Shipping lines began diverting vessels to neighbouring ports on Tuesday."
        ),
    ),
    Article(
        title="Government calls both sides to talks as Halden port stays shut",
        outlet="The Morning Post",
        url="https://morningpost.example.net/halden-talks",
        date="2024-03-06",
        text=(
            "The transport minister invited the union and the operator to talks on Thursday as the "
            "strike at Halden entered its third day.\n\n"
            "About 2,400 dock workers walked off the job at the port on Monday, the ministry said.\n\n"
            "Shipping lines have diverted at least 14 vessels to neighbouring ports.\n\n"
            "Economists estimate the stoppage costs the economy 40 million euros a day."
        ),
    ),
    Article(
        title="Halden strike costs mount; retailers warn of empty shelves",
        outlet="Courier & Times",
        url="https://courier.example.com/business/halden-costs?ref=rss&id=42",
        date="2024-03-06",
        text=(
            "Retailers warned that shelves could empty within a week if the Halden port strike "
            "continues.\n\n"
            "The stoppage costs the economy about 25 million euros a day, the employers' "
            "federation said.\n\n"
            "The operator offered retraining for every affected worker but said automation would go "
            "ahead."
        ),
    ),
]


def _cite(articles: list[Article], index: int, phrase: str) -> Citation:
    """A citation of ``phrase`` in article ``index`` (the phrase must occur in its text)."""
    text = articles[index].text
    start = text.index(phrase)
    return Citation(article=index, start=start, end=start + len(phrase), text=phrase)


def _sources_of(articles: list[Article]) -> list[Source]:
    """The numbered sources list of ``articles``."""
    return [Source(number=i + 1, outlet=a.outlet, title=a.title, date=a.date, url=a.url,
                   origin=f"article{i + 1}.txt") for i, a in enumerate(articles)]


def _story_articles() -> list[Article]:
    """The four articles of the small story (fresh copies)."""
    return [Article(**vars(a)) for a in _ARTICLES]


def _small_briefing() -> Briefing:
    """A realistic small briefing: four sources, two topics, every cross-source section filled."""
    arts = _story_articles()

    def point(score: float, outlets: int, *cites: tuple[int, str]) -> Point:
        cs = [_cite(arts, i, p) for i, p in cites]
        return Point(text=cs[0].text, citations=cs, score=score, outlets=outlets)

    walkout = point(0.95, 2, (0, "About 2,400 dock workers walked off the job at the port of Halden on "
                                  "Monday, halting container traffic at the country's second-largest "
                                  "harbour."),
                    (2, "About 2,400 dock workers walked off the job at the port on Monday, the "
                        "ministry said."))
    automation = point(0.9, 3, (1, "The port operator said its plan to automate three terminals was "
                                   "not negotiable but offered retraining for every affected worker."),
                       (0, "The union says the strike will last until the operator withdraws plans "
                           "to automate three of its five terminals."),
                       (3, "The operator offered retraining for every affected worker but said "
                           "automation would go ahead."))
    talks = point(0.8, 1, (2, "The transport minister invited the union and the operator to talks on "
                              "Thursday as the strike at Halden entered its third day."))
    diverted = point(0.7, 2, (2, "Shipping lines have diverted at least 14 vessels to neighbouring "
                                 "ports."),
                     (1, "Shipping lines began diverting vessels to neighbouring ports on Tuesday."))
    shelves = point(0.6, 1, (3, "Retailers warned that shelves could empty within a week if the "
                                "Halden port strike continues."))
    volume = point(0.4, 1, (0, "The port handles about 1.2 million containers a year."))
    cost = point(0.5, 1, (2, "Economists estimate the stoppage costs the economy 40 million euros a "
                             "day."))
    return Briefing(
        title="Halden port strike",
        sources=_sources_of(arts),
        bottom_line=[walkout, automation],
        topics=[
            Topic(label="The strike and the automation plan", points=[automation, talks, volume],
                  score=0.9),
            Topic(label="Shipping and the economy", points=[diverted, shelves, cost], score=0.7),
        ],
        disagreements=[
            Disagreement(quantity="Workers on strike", reports=[
                Report("About 2,400", 2400.0, _cite(arts, 0, "About 2,400 dock workers")),
                Report("Some 3,000", 3000.0, _cite(arts, 1, "Some 3,000 workers")),
            ]),
            Disagreement(quantity="Daily cost of the stoppage", reports=[
                Report("40 million euros", 40e6, _cite(arts, 2, "40 million euros a day")),
                Report("about 25 million euros", 25e6, _cite(arts, 3, "about 25 million euros a day")),
            ]),
        ],
        quotes=[
            Quote(text="We are not against machines, we are against being thrown away.",
                  speaker="Marta Olsen, union leader",
                  citations=[_cite(arts, 0, "We are not against machines, we are against being "
                                           "thrown away,")], score=0.9),
            Quote(text="The port must modernise or it will lose its customers to Rotterdam.",
                  speaker="Lars Berg, chief executive",
                  citations=[_cite(arts, 1, "The port must modernise or it will lose its customers "
                                           "to Rotterdam,")], score=0.8),
        ],
        timeline=[
            TimelineEvent(date="2024-03-04", text="Dock workers walk out at Halden.",
                          citations=[_cite(arts, 0, "walked off the job at the port of Halden on "
                                                   "Monday")]),
            TimelineEvent(date="2024-03-05", text="Shipping lines begin diverting vessels.",
                          citations=[_cite(arts, 1, "Shipping lines began diverting vessels to "
                                                   "neighbouring ports on Tuesday.")]),
            TimelineEvent(date="2024-03-07", text="Talks called by the transport minister.",
                          citations=[_cite(arts, 2, "invited the union and the operator to talks on "
                                                   "Thursday")]),
        ],
        algorithm="fixture",
    )


def _tiny_briefing() -> Briefing:
    """One short article, one point, nothing cross-source."""
    art = Article(text="The bridge reopened on Friday after repairs.", title="Bridge reopens",
                  outlet="Town Crier", date="2024-05-03")
    c = Citation(0, 0, len(art.text), art.text)
    p = Point(text=art.text, citations=[c], score=1.0, outlets=1)
    return Briefing(title="Bridge reopens", sources=_sources_of([art]), bottom_line=[p],
                    topics=[Topic(label="Reopening", points=[p])])


_HOSTILE = [
    '<img src="http://203.0.113.9/track.png">',
    '<link rel="stylesheet" href="file:///etc/passwd">',
    "{{ 7*7 }}",
    "{% raw %}",
    "**bold**",
    "[x](javascript:alert(1))",
    "<script>alert('x')</script>",
    "# not a heading",
    "| a | b |",
    "_under_ `code` ~~gone~~ \\ back",
]


def _hostile_briefing() -> Briefing:
    """Article text full of HTML, CSS, Markdown and template syntax: all of it must show literally."""
    paras = [f"Claim {i}: {h} ends here." for i, h in enumerate(_HOSTILE)]
    art = Article(text="\n\n".join(paras), title="<b>Title</b> {{ 7*7 }} **x**",
                  outlet="Outlet <i>&amp;</i> [co]", url="javascript:alert(1)", date="2024-01-01")
    art2 = Article(text="+ list item? 1. numbered? > quote? <style>body{display:none}</style>",
                   title="# Hash title", outlet="*Star* Media", url="https://ok.example/a_b*c",
                   date="2024-01-02")
    arts = [art, art2]
    points = []
    for i, para in enumerate(paras):
        c = _cite(arts, 0, para)
        points.append(Point(text=para, citations=[c], score=1.0 - i / 100, outlets=1))
    c2 = Citation(1, 0, len(art2.text), art2.text)
    points.append(Point(text=art2.text, citations=[c2], score=0.5, outlets=1))
    return Briefing(
        title="<script>alert(1)</script> {{ 7*7 }} # **T**",
        sources=_sources_of(arts),
        bottom_line=points[:2],
        topics=[Topic(label="<em>Label</em> {% raw %} *x*", points=points[:6]),
                Topic(label="# Rest | pipes", points=points[6:])],
        disagreements=[Disagreement(quantity="<b>q</b> | pipe", reports=[
            Report("<i>1</i> | 2", 1.0, c2), Report("{{ 3 }}", 3.0, points[2].citations[0])])],
        quotes=[Quote(text='<img src="http://203.0.113.9/q.png"> **said**', speaker="[x](javascript:y)",
                      citations=[c2])],
        timeline=[TimelineEvent(date="2024-01-01", text="<u>event</u> {{ 1+1 }}", citations=[c2])],
    )


def _huge_briefing(n_sources: int = 300, n_points: int = 60, seed: int = 7) -> Briefing:
    """Hundreds of sources, dozens of long points, long quotes: the one-page fit must cope."""
    rng = random.Random(seed)
    words = ("minister port talks union vessel economy government strike proposal agreement "
             "officials pressure negotiations customers terminal operator workers analysts border "
             "sanctions statement reported according response demand warned crisis delegation "
             "meeting diplomats leaders capital shipments markets prices forecast").split()

    def sentence(n: int) -> str:
        ws = [rng.choice(words) for _ in range(n)]
        return ws[0].capitalize() + " " + " ".join(ws[1:]) + "."

    arts = []
    for i in range(n_sources):
        paras = [sentence(rng.randint(18, 45)) for _ in range(6)]
        arts.append(Article(text="\n\n".join(paras), title=sentence(rng.randint(6, 16))[:-1],
                            outlet=f"Outlet {i % 97} {rng.choice(words).title()}",
                            url=f"https://news{i}.example.com/{'/'.join(rng.sample(words, 4))}/"
                                f"{i:06d}-{rng.choice(words)}-{rng.choice(words)}.html",
                            date=f"2024-02-{1 + i % 28:02d}"))
    paragraph_starts = [[0] + [j + 2 for j in range(len(a.text)) if a.text.startswith("\n\n", j)]
                        for a in arts]

    def para_cite(ai: int, pi: int) -> Citation:
        text = arts[ai].text
        start = paragraph_starts[ai][pi]
        end = text.find("\n\n", start)
        end = len(text) if end < 0 else end
        return Citation(ai, start, end, text[start:end])

    points = []
    for k in range(n_points):
        carriers = sorted(rng.sample(range(n_sources), rng.choice([1, 1, 2, 3, 8, 40])))
        cs = [para_cite(a, rng.randrange(6)) for a in carriers]
        points.append(Point(text=cs[0].text, citations=cs, score=rng.random(),
                            outlets=len({arts[c.article].outlet for c in cs})))
    topics = [Topic(label=" ".join(rng.sample(words, 3)).capitalize(), points=points[i:i + 5],
                    score=1 - i / n_points) for i in range(0, n_points, 5)]
    quotes = [Quote(text=sentence(rng.randint(40, 80))[:-1], speaker=f"{rng.choice(words).title()} "
                    f"{rng.choice(words).title()}, spokesperson", citations=[para_cite(q, 0)],
                    score=rng.random()) for q in range(12)]
    disagreements = [Disagreement(quantity=f"{rng.choice(words).title()} figure {d}", reports=[
        Report(f"{rng.randint(1, 900)},000", None, para_cite(rng.randrange(n_sources), 1))
        for _ in range(rng.randint(2, 9))]) for d in range(6)]
    timeline = [TimelineEvent(date=f"2024-02-{d:02d}", text=sentence(rng.randint(8, 30)),
                              citations=[para_cite(d, 2)]) for d in range(1, 21)]
    return Briefing(title="A very long story: " + sentence(14)[:-1], sources=_sources_of(arts),
                    bottom_line=sorted(points, key=lambda p: -p.score)[:3], topics=topics,
                    disagreements=disagreements, quotes=quotes, timeline=timeline,
                    algorithm="fixture")


_MAKERS = {"small": _small_briefing, "tiny": _tiny_briefing, "hostile": _hostile_briefing,
           "huge": _huge_briefing}


@pytest.fixture(scope="session")
def make_briefing() -> Callable[..., Briefing]:
    """A fresh hand-made Briefing by kind: ``make_briefing("small")`` (or tiny, hostile, huge)."""
    return lambda kind, **kw: _MAKERS[kind](**kw)


@pytest.fixture
def small_briefing() -> Briefing:
    """Four sources, two topics, every cross-source section filled."""
    return _small_briefing()


@pytest.fixture
def tiny_briefing() -> Briefing:
    """One short article, one point, nothing cross-source."""
    return _tiny_briefing()


@pytest.fixture
def hostile_briefing() -> Briefing:
    """Article text full of HTML, CSS, Markdown and template syntax."""
    return _hostile_briefing()


@pytest.fixture
def huge_briefing() -> Briefing:
    """Hundreds of sources and dozens of long points."""
    return _huge_briefing()


@pytest.fixture
def story_articles() -> list[Article]:
    """The four articles behind the small briefing (fresh copies)."""
    return _story_articles()


@pytest.fixture(scope="session")
def hostile_strings() -> list[str]:
    """The markup of the hostile briefing, which every renderer must show literally."""
    return list(_HOSTILE)
