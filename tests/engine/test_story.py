"""The story context and the options of a run."""

from __future__ import annotations

import pytest

from briefing.engine.pipeline import build_briefing
from briefing.engine.story import Options, Story, canonical_order
from briefing.errors import BriefingError, OptionError
from briefing.model import Article, outlet_key, outlet_name

ARTICLES = [
    Article(text="Talks resumed in Geneva on Friday. Both sides called them useful.", title="Talks resume",
            outlet="Wire B", date="2024-02-02"),
    Article(text="Officials met in Geneva on Friday for a new round of talks.", title="New round",
            outlet="Wire A", date="2024-02-01"),
]


@pytest.mark.parametrize("kwargs, name", [
    ({"algorithm": "magic"}, "algorithm"),
    ({"max_points": -1}, "max_points"),
    ({"max_words": "many"}, "max_words"),
    ({"max_points": True}, "max_points"),
    ({"language": ""}, "language"),
    ({"title": 3}, "title"),
])
def test_options_are_checked_and_name_the_parameter(kwargs, name):
    with pytest.raises(OptionError) as e:
        Options(**kwargs)
    assert e.value.where == name and not e.value.where.startswith("-")
    assert isinstance(e.value, BriefingError) and isinstance(e.value, ValueError)
    with pytest.raises(OptionError):
        build_briefing(ARTICLES, **kwargs)


def test_options_are_frozen():
    with pytest.raises(AttributeError):
        Options().max_points = 3


def test_story_reads_in_canonical_order_and_keeps_both_numberings():
    story = Story.read(ARTICLES, Options())
    assert list(story.order) == canonical_order(ARTICLES) == [1, 0]  # the earlier article first
    assert story.canon[0] is ARTICLES[1]
    for s in story.sentences:
        assert story.canon[s.article].text[s.start:s.end] == s.text
    for s in story.caller_sentences:
        assert ARTICLES[s.article].text[s.start:s.end] == s.text
    assert story.rep is None and story.represented().rep.n_sentences == len(story.sentences)
    assert story.n_outlets == 2


def test_one_outlet_key_and_the_name_shown():
    arts = [Article(text="x", outlet=" Reuters "), Article(text="y", outlet="REUTERS"), Article(text="z"),
            Article(text="w", origin="feeds/valdor-courier.jsonl:12")]
    assert outlet_key(arts, 0) == outlet_key(arts, 1) == "reuters"
    assert outlet_key(arts, 2) != outlet_key(arts, 3)  # without an outlet, each article counts alone
    assert outlet_name(arts[3]) == "valdor-courier" and outlet_name(arts[2]) == ""


def test_brief_takes_the_options_as_one_object_and_reports_each_stage():
    from briefing.engine.pipeline import brief

    stages = []
    b = brief(ARTICLES, Options(max_points=3, title="Geneva talks"), progress=lambda s, f: stages.append(s))
    assert b == build_briefing(ARTICLES, max_points=3, title="Geneva talks")
    assert b.title == "Geneva talks"
    assert stages[0] == "segment" and stages[-1] == "done"
    assert stages.index("merge") < stages.index("select") < stages.index("cluster") < stages.index("analyse")
