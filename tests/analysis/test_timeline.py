"""Timeline: dated events, shown only when the story spans several days."""

from __future__ import annotations

import datetime as dt

from briefing.analysis import cross_source
from briefing.analysis.timeline import TimelineBuilder, dates_in
from briefing.model import Article
from briefing.nlp import segment

FRIDAY = dt.date(2022, 1, 21)


def test_explicit_and_relative_dates():
    found = dict((iso, pos) for pos, iso in dates_in(
        "On January 20 in Berlin he met allies; on Jan. 19, 2022 he was in Kyiv and on 18 January in Paris.",
        FRIDAY))
    assert set(found) == {"2022-01-20", "2022-01-19", "2022-01-18"}
    assert [d for _, d in dates_in("The leaders spoke on Thursday evening.", FRIDAY)] == ["2022-01-20"]
    assert [d for _, d in dates_in("The ministers met Friday in Geneva.", FRIDAY)] == ["2022-01-21"]
    assert [d for _, d in dates_in("They will meet again on Monday.", FRIDAY)] == ["2022-01-24"]
    assert [d for _, d in dates_in("The storm hit yesterday.", FRIDAY)] == ["2022-01-20"]


def test_month_day_without_year_takes_the_nearest_past_year():
    assert [d for _, d in dates_in("The quake of December 26 killed many.", dt.date(2005, 1, 10))] == ["2004-12-26"]


def test_no_dates_from_look_alikes():
    assert dates_in("In 2014 it annexed Crimea; they talked for 90 minutes; May we go?", FRIDAY) == []
    # weekdays need the article's date
    assert dates_in("The leaders spoke on Thursday.", None) == []


def articles_over_days() -> list[Article]:
    return [
        Article(text="The ministers met in Geneva on Friday for talks about the crisis.\n\n"
                     "On January 20 in Berlin, the secretary met allies from Britain, France and Germany.",
                outlet="A", date="2022-01-21"),
        Article(text="The president said on Wednesday that an attack was likely within weeks.\n\n"
                     "In a phone call on Thursday evening, two leaders agreed that aggression must be averted.",
                outlet="B", date="2022-01-21"),
        Article(text="The ministers met in Geneva on Friday for talks about the crisis and left.", outlet="C",
                date="2022-01-21"),
    ]


def test_timeline_when_events_span_several_days(assert_citations):
    arts = articles_over_days()
    events = cross_source(arts, segment(arts)).timeline
    assert [e.date for e in events] == ["2022-01-19", "2022-01-20", "2022-01-20", "2022-01-21"]
    geneva = events[-1]
    assert sorted(c.number for c in geneva.citations) == [1, 3]  # the same event from two outlets
    assert_citations(events, arts)


def test_no_timeline_for_a_one_day_story():
    arts = [
        Article(text="The ministers met in Geneva on Friday. They met again on Friday evening for dinner.", outlet="A",
                date="2022-01-21"),
        Article(text="On January 20, the secretary was in Berlin to meet his counterparts from Europe.", outlet="B",
                date="2022-01-21"),
    ]
    assert TimelineBuilder().build(arts, segment(arts)) == []


def test_no_timeline_without_dates():
    arts = [Article(text="Nothing here is dated at all, only words about the talks.", outlet="A")]
    assert cross_source(arts, segment(arts)).timeline == []


def test_dateline_is_not_an_event_date():
    found = [d for _, d in dates_in("WARSAW, June 30 (HC) - The ministers held talks in Warsaw on June 29 in a bid to end it.",
                                    dt.date(2023, 6, 30))]
    assert found == ["2023-06-29"]
    found = [d for _, d in dates_in("Geneva, Jan 21 (EFE).- The two sides held talks on Friday.", FRIDAY)]
    assert found == ["2022-01-21"]


def test_json_timeline_holds_weeks_and_months(make_briefing):
    # the JSON schema lets a timeline event be dated at the granularity the timeline gives
    import json

    import pytest

    jsonschema = pytest.importorskip("jsonschema")
    from briefing.model import Citation, TimelineEvent
    from briefing.render.json import render_json, schema

    b = make_briefing("small")
    cite = b.timeline[0].citations if b.timeline else [Citation(0, 0, 5, b.sources[0].text[:5])]
    b.timeline = [TimelineEvent(v, "The talks went on.", cite) for v in ("2022-01", "2022-W02", "2022-01-21")]
    jsonschema.validate(json.loads(render_json(b)), schema())
    b.timeline = [TimelineEvent("2022", "A year alone is no timeline date.", cite)]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(json.loads(render_json(b)), schema())
