"""Grouping a feed into stories: briefing.group_stories."""

from __future__ import annotations

import dataclasses
import hashlib
import random

import pytest

from briefing import Article, InputError, StoryGrouper, group_stories
from briefing.stories import article_id
from briefing.stories.linkage import Linkage

EXPECTED = {frozenset({"b1", "b2", "b3"}), frozenset({"k1", "k2", "k3"}), frozenset({"t1", "t2"})}


def test_groups_the_invented_feed(articles, invented):
    stories = group_stories(articles)
    assert invented.groups(stories, articles) == EXPECTED
    assert sorted(k for s in stories for k in s.articles) == list(range(len(articles)))


def test_stories_carry_title_dates_outlets(articles):
    by = {frozenset(articles[k].id for k in s.articles): s for s in group_stories(articles)}
    bridge = by[frozenset({"b1", "b2", "b3"})]
    assert "Orlova" in bridge.title or "Sarnet" in bridge.title
    assert (bridge.start, bridge.end) == ("2031-05-04", "2031-05-05")
    assert set(bridge.outlets) == {"Valley Courier", "Harbor Post", "Daily Meridian"}
    assert [articles[k].date for k in bridge.articles] == sorted(articles[k].date for k in bridge.articles)
    assert len(bridge) == 3


def test_biggest_stories_first(articles):
    sizes = [len(s) for s in group_stories(articles)]
    assert sizes == sorted(sizes, reverse=True)


def test_same_result_in_any_input_order(articles, invented):
    first = group_stories(articles)
    for seed in range(3):
        shuffled = articles[:]
        random.Random(seed).shuffle(shuffled)
        again = group_stories(shuffled)
        assert invented.groups(again, shuffled) == invented.groups(first, articles)
        assert [s.id for s in again] == [s.id for s in first]
        assert [s.title for s in again] == [s.title for s in first]


def test_story_id_comes_from_its_earliest_article_and_survives_new_articles(articles):
    bridge = next(s for s in group_stories(articles) if articles[s.articles[0]].id.startswith("b"))
    assert bridge.id == "s" + hashlib.sha1(b"b1").hexdigest()[:10]
    later = Article(text="Divers recovered the last car from the Sarnet river in Orlova on Friday. Mayor Ilse "
                    "Brandvik said the corroded cables of the collapsed bridge would be tested.",
                    title="Last car lifted from Sarnet river after Orlova bridge collapse", outlet="Harbor Post",
                    date="2031-05-07", id="b9")
    grown = articles + [later]
    again = next(s for s in group_stories(grown) if "b9" in {grown[k].id for k in s.articles})
    assert again.id == bridge.id and len(again) == 4


def test_article_id_prefers_record_id_then_url_then_origin():
    assert article_id(Article(text="x", id="r1", url="http://u", origin="f:1")) == "r1"
    assert article_id(Article(text="x", url="http://u", origin="f:1")) == "http://u"
    assert article_id(Article(text="x", origin="f:1")) == "f:1"


def test_near_duplicate_wire_copies_join_their_story(articles, invented):
    title, outlet, date, text = invented.bank[0]
    copy = Article(text=text.replace("Tuesday", "Tuesday evening"), title="Rates up in Vestmark", outlet="Lake Wire",
                   date=date, id="k-copy")
    grown = articles + [copy]
    assert frozenset({"k1", "k2", "k3", "k-copy"}) in invented.groups(group_stories(grown), grown)


def test_same_topic_far_apart_in_time_are_two_stories(invented):
    def bank(date: str, rid: str) -> Article:
        title, outlet, _, text = invented.bank[0]
        return Article(text=text, title=title, outlet=outlet, date=date, id=rid)

    feed = [bank("2031-01-10", "jan"), bank("2031-11-20", "nov")]
    assert invented.groups(group_stories(feed), feed) == {frozenset({"jan"}), frozenset({"nov"})}
    feed = [bank("2031-01-10", "jan"), bank("2031-01-11", "jan2")]
    assert invented.groups(group_stories(feed), feed) == {frozenset({"jan", "jan2"})}


def test_outlet_twice_a_day_is_discounted_but_copies_are_not():
    a, b = 0.2, 0.2
    pairs = (__import__("numpy").array([0]), __import__("numpy").array([1]), __import__("numpy").array([0.2]))
    same = Linkage(threshold=0.18, outlet_penalty=0.25).run(2, pairs, [5, 5], [(0, 5), (0, 5)])
    other = Linkage(threshold=0.18, outlet_penalty=0.25).run(2, pairs, [5, 5], [(0, 5), (1, 5)])
    assert same == [0, 1] and other == [0, 0]
    copies = (pairs[0], pairs[1], __import__("numpy").array([0.9]))
    assert Linkage(threshold=0.18).run(2, copies, [5, 5], [(0, 5), (0, 5)]) == [0, 0]
    del a, b


def test_undated_articles_are_grouped_by_their_words(invented):
    feed = [dataclasses.replace(a, date="") for a in invented.articles()]
    assert invented.groups(group_stories(feed), feed) == EXPECTED


def test_higher_threshold_splits_more(articles):
    assert len(group_stories(articles, threshold=0.9)) == len(articles)


def test_empty_feed_and_bad_input():
    assert group_stories([]) == []
    with pytest.raises(InputError):
        group_stories("not a list")
    with pytest.raises(InputError):
        group_stories([Article(text="x"), "y"])


@pytest.mark.parametrize("field,value", [("threshold", 0.0), ("lead_terms", 0), ("max_df", 2.0),
                                         ("window_days", -1), ("neighbors", -1), ("floor", 0.5)])
def test_grouper_checks_its_values(field, value):
    with pytest.raises(ValueError, match=field):
        StoryGrouper(**{field: value})


def test_linkage_checks_its_values():
    with pytest.raises(ValueError, match="decay_days"):
        Linkage(decay_days=0)
    with pytest.raises(ValueError, match="outlet_penalty"):
        Linkage(outlet_penalty=1.0)


def test_reading_half_the_feed_in_another_process_gives_the_same_stories(monkeypatch, articles):
    from briefing.parallel import ForkRunner

    monkeypatch.delenv("BRIEFING_SERIAL", raising=False)
    serial = group_stories(articles)
    forked = group_stories(articles, runner=ForkRunner(min_cost=0))
    assert serial == forked
    assert [s.terms for s in serial] == [s.terms for s in forked]


def test_language_is_used(invented):
    feed = invented.articles((invented.transfer, invented.bridge))
    assert len(group_stories(feed, language="english")) == 2
    with pytest.raises(Exception):
        group_stories(feed, language="klingon")


def test_candidate_pairs_made_half_in_another_process_are_the_same(articles):
    from briefing.parallel import ForkRunner
    import numpy as np

    from briefing.stories.vectors import count_terms, day_numbers, similar_pairs, vectorize

    feed = articles * 4
    vectors = vectorize(count_terms(feed, "english", 200), max_df=1.0)
    days = day_numbers(feed)
    alone = similar_pairs(vectors, days, chunk=16, neighbors=3)
    forked = similar_pairs(vectors, days, chunk=16, neighbors=3, runner=ForkRunner(min_cost=0))
    assert len(alone[0]) > 10
    for a, b in zip(alone, forked):
        assert np.array_equal(a, b)
