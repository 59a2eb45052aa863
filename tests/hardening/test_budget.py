"""The story budget (issue 15): a story of more than ``MAX_STORY_SENTENCES`` sentences is cut fairly
(every article keeps its leading sentences, short articles whole) with one warning; a story within
the budget is read exactly as before. Scaled down: the budget is monkeypatched to a few sentences.
"""

from __future__ import annotations

import warnings

import pytest

from briefing import Article, build_briefing
from briefing.engine import budget
from briefing.engine.budget import read_sentences, shares
from briefing.ingest import InputWarning
from briefing.nlp import segment

STORY = [
    Article(title="Ministers meet in Geneva", outlet="Daily Post", date="2024-03-01",
            text="The foreign ministers met in Geneva on Friday for talks on the border crisis. Both sides "
                 "said the meeting was useful.\n\nOfficials said 100,000 troops were near the border. The "
                 "ministers will meet again next month."),
    Article(title="Border talks end without a deal", outlet="The Courier", date="2024-03-01",
            text="Talks in Geneva on the border crisis ended on Friday without a deal. The ministers said "
                 "the talks were useful.\n\nAbout 100,000 troops are stationed near the border, officials "
                 "said."),
]


def _long(name: str, n: int) -> Article:
    """An article of ``n`` distinct sentences in paragraphs of four."""
    paras = []
    for p in range(0, n, 4):
        paras.append(" ".join(f"The {name} council met on day {k + 1} to discuss the river bridge."
                              for k in range(p, min(n, p + 4))))
    return Article(text="\n\n".join(paras), outlet=name.title(), title=f"{name} news", date="2024-03-02")


def test_shares_fill_like_water_and_keep_short_articles_whole():
    assert shares([3, 10, 50], 30) == [3, 10, 17]  # the long one alone gives up its tail
    assert shares([10, 10, 10], 16) == [6, 5, 5]  # the one left over goes to the first cut article
    assert shares([4, 7], 11) == [4, 7] and shares([4, 7], 100) == [4, 7]  # within the budget: whole
    keep = shares([1, 200, 90, 2, 35], 60)
    assert sum(keep) == 60 and keep[0] == 1 and keep[3] == 2 and max(keep) - min(k for k in keep if k > 2) <= 1


def test_a_story_within_the_budget_is_read_exactly_as_segment_reads_it():
    arts = STORY + [_long("valley", 30)]
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no warning at all
        assert read_sentences(arts) == segment(arts)
        assert read_sentences(arts, limit=len(segment(arts))) == segment(arts)


def test_a_story_over_the_budget_keeps_each_articles_lead_with_one_warning():
    arts = [_long("valley", 40), STORY[0], _long("harbour", 25), STORY[1]]
    whole = segment(arts)
    counts = [sum(s.article == a for s in whole) for a in range(len(arts))]
    with pytest.warns(InputWarning) as caught:
        got = read_sentences(arts, limit=30)
    assert len(caught) == 1
    message = str(caught[0].message)
    assert f"only 30 of the story's {len(whole)} sentences read" in message
    assert "2 of 4 articles cut to their first" in message
    assert len(got) == 30
    keep = shares(counts, 30)
    for a in range(len(arts)):
        mine = [s for s in got if s.article == a]
        assert mine == [s for s in whole if s.article == a][:keep[a]]  # the leading sentences, numbered alike
        assert keep[a] == counts[a] or keep[a] >= max(keep) - 1  # short articles whole, long ones level
    assert keep[1] == counts[1] and keep[3] == counts[3]


def test_an_article_that_keeps_more_than_was_built_is_split_again():
    # the first article uses up the sentences built before counting starts; the later ones are
    # split again for what they keep
    arts = [_long("valley", 50), _long("harbour", 12), _long("forest", 9)]
    whole = segment(arts)
    with pytest.warns(InputWarning):
        got = read_sentences(arts, limit=24)
    assert [sum(s.article == a for s in got) for a in range(3)] == shares([50, 12, 9], 24) == [8, 8, 8]
    assert got == [s for a in range(3) for s in [t for t in whole if t.article == a][:8]]


def test_the_budget_is_checked():
    for bad in (0, -1, 2.5, True):
        with pytest.raises(ValueError, match="limit"):
            read_sentences(STORY, limit=bad)


def test_the_briefing_over_the_budget_cites_exactly_and_does_not_depend_on_article_order(
        monkeypatch, assert_citations):
    arts = [_long("valley", 60), STORY[0], _long("harbour", 40), STORY[1]]
    monkeypatch.setattr(budget, "MAX_STORY_SENTENCES", 40)
    with pytest.warns(InputWarning, match="of the story's") as caught:
        b = build_briefing(arts)
    assert sum(issubclass(w.category, InputWarning) for w in caught) == 1
    assert_citations(b, arts)
    with pytest.warns(InputWarning):
        r = build_briefing(arts[::-1])
    assert [p.text for p in b.bottom_line] == [p.text for p in r.bottom_line]
    assert [[p.text for p in t.points] for t in b.topics] == [[p.text for p in t.points] for t in r.topics]
    cited = {(c.article, c.start) for p in b.bottom_line + [q for t in b.topics for q in t.points] for c in p.citations}
    late = [s for s in segment([arts[0]])][40:]  # past any fair share of the long article
    assert not any((0, s.start) in cited for s in late)


def test_a_normal_story_is_untouched_by_the_default_budget():
    arts = STORY + [_long("valley", 30)]
    with warnings.catch_warnings():
        warnings.simplefilter("error", InputWarning)
        b = build_briefing(arts)
    assert budget.MAX_STORY_SENTENCES >= 50_000  # a real 1,000-article story (~45,000 sentences) is whole
    assert b.bottom_line



def test_the_analysis_reads_a_cut_article_only_as_far_as_its_kept_sentences(monkeypatch):
    from briefing.analysis.quotes import QuoteFinder
    from briefing.engine.story import Options, Story

    late = ' "We will never accept these terms at all," the valley mayor Anna Berg said on Friday.'
    long = _long("valley", 40)
    long = Article(text=long.text + "\n\n" + late.strip(), outlet=long.outlet, title=long.title, date=long.date)
    arts = [STORY[0], long, STORY[1]]
    story = Story.read(arts, Options())
    assert story.ends == {} and story.read_articles == arts  # within the budget: the caller's articles
    finder = QuoteFinder("english")
    assert any("never accept" in q.text for q in finder.raw_quotes(story.read_articles, story.caller_sentences))
    monkeypatch.setattr(budget, "MAX_STORY_SENTENCES", 20)
    with pytest.warns(InputWarning):
        story = Story.read(arts, Options())
    read = story.read_articles
    assert read[0] is arts[0] and read[2] is arts[2]  # short articles whole, the same objects
    assert arts[1].text.startswith(read[1].text) and "never accept" not in read[1].text
    kept = [s for s in story.caller_sentences if s.article == 1]
    assert kept and read[1].text.endswith(kept[-1].text)
    assert not any("never accept" in q.text for q in finder.raw_quotes(read, story.caller_sentences))


def test_the_pdf_worker_is_sent_the_briefing_without_article_texts():
    import pickle

    from briefing.parallel import without_texts
    from briefing.render.pdf import render_pdf

    b = build_briefing(STORY + [_long("valley", 30)])
    lean = without_texts(b)
    assert all(s.text == "" for s in lean.sources) and all(s.text for s in b.sources)
    assert [(s.number, s.outlet, s.title, s.date, s.url) for s in lean.sources] == \
        [(s.number, s.outlet, s.title, s.date, s.url) for s in b.sources]
    assert lean.bottom_line == b.bottom_line and lean.topics == b.topics
    assert len(pickle.dumps(lean)) < len(pickle.dumps(b)) - sum(len(s.text) for s in b.sources) // 2
    assert render_pdf(lean) == render_pdf(b)  # the page never shows the texts
