"""Figures as facts and where sources differ: conflicts, changes over time and look-alikes that agree."""

from __future__ import annotations

import dataclasses
import math

import pytest

import briefing
from briefing.analysis import cross_source
from briefing.analysis.disagreements import DisagreementFinder
from briefing.analysis.figures import allowed, compatible, find_ages
from briefing.analysis.numbers import find_quantities
from briefing.model import Article
from briefing.nlp import segment


def build(texts: list[str], outlets: list[str] | None = None, dates: list[str] | None = None) -> list[Article]:
    outlets = outlets or [f"Outlet {i}" for i in range(len(texts))]
    dates = dates or [""] * len(texts)
    return [Article(text=t, title=f"t{i}", outlet=o, date=d) for i, (t, o, d) in enumerate(zip(texts, outlets, dates))]


def rows(articles: list[Article]):
    return cross_source(articles, segment(articles)).disagreements


# -- find_figures ------------------------------------------------------------------------------


def test_find_figures_is_public_and_reads_a_figure_as_a_fact():
    text = "The quake killed at least 1,100 people in Honduras on Nov. 2, officials said."
    (f,) = briefing.find_figures(text, language="english")
    assert text[f.start:f.end] == f.text == "at least 1,100"
    assert (f.value, f.counted, f.qualifier, f.unit) == (1100.0, "deaths", "at least", "")
    assert f.place == "in Honduras" and f.time == "on Nov. 2" and f.event == "quake"
    lo, hi = f.allows()
    assert lo <= 1100 and hi == math.inf


def test_find_figures_units_ranges_and_shares():
    text = "Japan pledged $500 million. Cuts of 25 to 40 percent of emissions were proposed by 190 nations."
    figs = briefing.find_figures(text)
    money, share, nations = figs
    assert (money.counted, money.unit, money.value) == ("money", "USD", 500e6)
    assert (share.qualifier, share.low, share.high, share.unit, share.of) == ("range", 25.0, 40.0, "%", "of emissions")
    assert (nations.counted, nations.value) == ("nations", 190.0)


@pytest.mark.parametrize(
    "text",
    [
        "The bombings, on Aug. 7, killed 257 people.",
        "The jet was bombed on Dec. 21, 1988, killing 270 people.",
        "The toll rose from 1,100 on Nov. 2 to 9,000 on Nov. 9.",
    ],
)
def test_dates_next_to_a_number_are_never_the_quantity(text):
    values = [f.value for f in briefing.find_figures(text)]
    assert values and all(v not in (2.0, 7.0, 9.0, 21.0, 1988.0) for v in values)
    assert all(q.number not in (2.0, 7.0, 9.0, 21.0, 1988.0) for q in find_quantities(text, "english"))


@pytest.mark.parametrize(
    "text",
    [
        "The father of one of the militants who died said he was proud.",
        "The bombing killed 257, 11 of them in Tanzania.",
        "The blast killed more than 250, including 12 Americans.",
        "Another 102 people were injured by flying debris.",
    ],
)
def test_parts_of_a_total_are_marked_and_never_compared(text):
    parts = [f for f in briefing.find_figures(text) if f.part]
    assert len(parts) == 1
    assert all(q.number != parts[0].value or not q.part for q in find_quantities(text, "english"))
    assert parts[0].value not in [q.number for q in find_quantities(text, "english")]


@pytest.mark.parametrize(
    "text",
    [
        "Police found two mass graves near the village where people were killed.",
        "Dr. Barnett Slepian, 52, was shot and killed at his home.",
        "He died at 62 in 1960 while under house arrest.",
        "The bombing of Pan Am Flight 103 shocked the world.",
    ],
)
def test_counts_of_other_things_ages_and_names_are_not_tolls(text):
    assert [q for q in find_quantities(text, "english") if q.kind in ("deaths", "injured")] == []


def test_ages_of_named_people():
    ages = find_ages("Army reservist Charles Graner, 36, was convicted on Friday.")
    assert [(a.name, a.key, a.years) for a in ages] == [("Charles Graner", "graner", 36)]
    assert find_ages("The jet crashed on Oct. 23, 1998, in Amherst.") == []
    (f,) = briefing.find_figures("Army reservist Charles Graner, 36, was convicted on Friday.")
    assert (f.counted, f.value, f.unit, f.of) == ("age", 36.0, "years", "Charles Graner")


# -- what a figure allows ----------------------------------------------------------------------


def bounds(text: str) -> tuple[float, float]:
    (q,) = find_quantities(text, "english")
    return allowed(q)


def test_bounds_ranges_rounding_and_approximations_agree():
    famine = [bounds("Famine has killed at least 1 million people."),
              bounds("Famine has killed 2 million people."),
              bounds("Famine has killed as many as three million people.")]
    assert all(compatible(a, b) for a in famine for b in famine)
    assert compatible(bounds("The crash killed 230 people."), bounds("The crash killed all 229 people aboard."))
    assert compatible(bounds("Nearly 37,000 people have died."), bounds("The war has claimed 37,000 lives."))
    assert not compatible(bounds("Russia has massed more than 125,000 troops."), bounds("Russia has massed around 100,000 troops."))
    assert not compatible(bounds("The blast injured 21 people."), bounds("The blast injured 24 people."))


# -- where sources differ ----------------------------------------------------------------------


def test_conflict_same_day_different_outlets():
    arts = build([
        "A car bomb exploded at a Jerusalem market on Friday, killing the two bombers and injuring 21 people.",
        "A car bomb at a Jerusalem market on Friday killed the two bombers and injured 24 people.",
    ], ["AP", "NYT"], ["1998-11-06", "1998-11-06"])
    (d,) = rows(arts)
    assert d.kind == "conflict" and [r.number for r in d.reports] == [21.0, 24.0]
    assert d.quantity.startswith("Injured")


def test_change_over_time_is_not_a_conflict():
    arts = build([
        "Hurricane Mitch has killed 9,000 people in Honduras, officials said on Monday.",
        "Hurricane Mitch has killed 1,100 people in Honduras, officials said on Monday.",
    ], ["AP", "Reuters"], ["1998-11-09", "1998-11-02"])
    (d,) = rows(arts)
    assert d.kind == "change"
    assert [r.number for r in d.reports] == [1100.0, 9000.0]  # in date order
    assert "changed over time" in d.quantity


def test_conflicts_come_before_changes():
    arts = build([
        "Hurricane Mitch has killed 1,100 people in Honduras. The storm injured 300 people in Nicaragua.",
        "Hurricane Mitch has killed 9,000 people in Honduras. The storm injured 300 people in Nicaragua.",
        "The storm injured 500 people in Nicaragua, the Red Cross said.",
    ], ["AP", "AP", "Reuters"], ["1998-11-02", "1998-11-09", "1998-11-09"])
    found = rows(arts)
    assert [d.kind for d in found] == ["conflict", "change"]


def test_compatible_bounds_are_not_a_difference():
    arts = build([
        "Aid agencies say the famine has killed at least 1 million people.",
        "The famine has killed 2 million people, a U.S. congressman said.",
        "Experts estimate the famine has killed as many as three million people.",
    ])
    assert rows(arts) == []


def test_one_of_is_not_a_count():
    arts = build([
        "Two suicide bombers died in the attack on the Jerusalem market.",
        "The father of one of the Islamic militants who died in the Jerusalem market attack said he was proud.",
    ])
    assert rows(arts) == []


def test_a_subset_is_not_a_different_total():
    arts = build([
        "The bombings of the embassies, on Aug. 7, killed 257 people, 11 of them in Tanzania.",
        "The embassy bombings killed 257 people in Kenya and Tanzania on Aug. 7.",
        "The embassy bombings on Aug. 7 killed 257 people, including 12 Americans.",
    ])
    assert rows(arts) == []


def test_different_events_and_places_are_not_one_fact():
    arts = build([
        "The bomb in Nairobi killed 213 people.",
        "The bomb in Dar es Salaam killed 11 people.",
    ])
    assert rows(arts) == []
    arts = build([
        "Police found two mass graves near the village where rebels killed civilians.",
        "Rebels killed 40 civilians near the village, police said.",
    ])
    assert rows(arts) == []


def test_same_outlet_updating_its_toll_is_a_change():
    arts = build([
        "The dance-hall fire in Goteborg killed 60 young people.",
        "Two more youths died, bringing the death toll in the dance-hall fire in Goteborg to 62.",
    ], ["AP", "AP"], ["1998-11-01", "1998-11-02"])
    (d,) = rows(arts)
    assert d.kind == "change" and [r.number for r in d.reports] == [60.0, 62.0]


def test_ages_of_the_same_person_given_differently():
    arts = build([
        "Army reservist Charles Graner, 36, was sentenced to ten years in prison.",
        "Charles Graner, 35, was found guilty of abusing prisoners.",
        "The jury deliberated for hours before Graner was convicted.",
    ])
    (d,) = rows(arts)
    assert d.kind == "conflict" and d.quantity == "Age of Charles Graner"
    assert [r.number for r in d.reports] == [36.0, 35.0]
    assert [r.value for r in d.reports] == ["36", "35"]


def test_counts_of_nations_and_seats():
    agree = build([
        "Delegates from about 190 countries met in Bali.",
        "Delegates from more than 180 nations met in Bali.",
    ])
    assert rows(agree) == []
    differ = build([
        "Delegates from 150 nations met in Bali to discuss the climate treaty.",
        "Delegates from 120 nations met in Bali to discuss the climate treaty.",
    ])
    (d,) = rows(differ)
    assert d.kind == "conflict" and [r.number for r in d.reports] == [150.0, 120.0]
    seats = build([
        "The ruling party won 55 seats in the parliament election.",
        "The ruling party won 61 seats in the parliament election.",
    ])
    (d,) = rows(seats)
    assert d.kind == "conflict"


def test_citations_hold_for_every_row(assert_citations):
    arts = build([
        "Army reservist Charles Graner, 36, was sentenced. The blast injured 21 people in the market.",
        "Charles Graner, 35, was found guilty. The blast injured 24 people in the market.",
    ])
    found = rows(arts)
    assert len(found) == 2
    assert_citations(found, arts)
    assert all(r.value in r.citation.text for d in found for r in d.reports)


def test_finder_is_frozen_checked_and_runs():
    f = DisagreementFinder(limit=2)
    with pytest.raises(dataclasses.FrozenInstanceError):
        f.limit = 3  # type: ignore[misc]
    for name, bad in [("limit", -1), ("threshold", 1.5), ("window", 0), ("max_ratio", 0.5), ("tolerance", 2.0)]:
        with pytest.raises(ValueError, match=name):
            DisagreementFinder(**{name: bad})
    arts = build(["The blast injured 21 people in the market.", "The blast injured 24 people in the market."])
    sents = segment(arts)
    assert f.run(arts, sents) == f.find(arts, sents) and len(f.run(arts, sents)) == 1


def test_json_says_the_kind_of_each_row():
    import json

    arts = build(["The blast injured 21 people in the market.", "The blast injured 24 people in the market."])
    data = json.loads(briefing.render_json(briefing.build_briefing(arts)))
    assert [d["kind"] for d in data["disagreements"]] == ["conflict"]


@pytest.mark.parametrize(
    "texts,values",
    [
        (["Election officials said turnout was 51 percent in Sunday's vote, a record low.",
          "Turnout in Sunday's vote was 46 percent, election officials said."], [51.0, 46.0]),
        (["Some 10,000 people protested in the capital on Saturday against the government.",
          "About 5,000 people protested in the capital on Saturday, police said."], [10000.0, 5000.0]),
        (["Ethnic Albanians make up 90 percent of Kosovo's 2 million people.",
          "Ethnic Albanians make up 90 percent of Kosovo's 1.5 million people."], [2e6, 1.5e6]),
        (["A car bomb killed 14 people in the market town of Omagh on Saturday.",
          "The bombing in Omagh on Saturday left 28 people dead and 220 injured."], [14.0, 28.0]),
        (["Envoys from 160 countries opened talks in Kyoto on Monday on cutting greenhouse gases.",
          "Delegates from more than 170 nations opened talks in Kyoto on Monday on greenhouse gases."], [160.0, 170.0]),
    ],
)
def test_shares_crowds_populations_tolls_and_nations_that_differ(texts, values):
    (d,) = rows(build(texts, dates=["1998-10-01"] * len(texts)))
    assert d.kind == "conflict" and [r.number for r in d.reports] == values


def test_shares_of_different_things_are_not_compared():
    arts = build([
        "Unemployment rose to 9 percent in March, the statistics office said.",
        "Inflation rose to 4 percent in March, the statistics office said.",
    ])
    assert rows(arts) == []


def test_death_sentences_are_not_tolls():
    for text in ["A military court sentenced 12 people to death on Tuesday.",
                 "The court handed down 23 death sentences.", "Five men were sentenced to death."]:
        assert [q for q in find_quantities(text, "english") if q.kind == "deaths"] == []
    arts = build(["A court in the capital sentenced 12 rebels to death on Tuesday.",
                  "A court in the north sentenced 5 rebels to death in an unrelated case."])
    assert rows(arts) == []


def test_a_toll_of_the_same_place_and_event_that_rose_days_later():
    arts = build([
        "In all, Georges killed at least 430 people throughout the Caribbean.",
        "For 11 days last month, Hurricane Georges plowed across the Caribbean, killing at least 500 people.",
    ], ["AP", "NYT"], ["1998-10-05", "1998-10-20"])
    (d,) = rows(arts)
    assert d.kind == "change" and [r.number for r in d.reports] == [430.0, 500.0]
    # the same two figures the same day are bounds that agree: no row
    same_day = build([a.text for a in arts], ["AP", "NYT"], ["1998-10-05", "1998-10-05"])
    assert rows(same_day) == []


def test_page_shows_when_a_changing_figure_was_reported():
    arts = build([
        "Hurricane Mitch has killed 1,100 people in Honduras, officials said on Monday.",
        "Hurricane Mitch has killed 9,000 people in Honduras, officials said on Monday.",
    ], ["AP", "Reuters"], ["1998-11-02", "1998-11-09"])
    md = briefing.render_markdown(briefing.build_briefing(arts))
    assert "changed over time" in md
    assert md.index("1,100 (") < md.index("9,000 (") and "1998)" in md


def test_ages_given_differently_by_two_articles_of_one_outlet():
    arts = build([
        "Dr. Anton Brisk, 51, was shot at his home in Ambridge on Friday night.",
        "Brisk, a 52-year-old obstetrician, was shot through a kitchen window.",
    ], ["Wire", "Wire"], ["1998-10-24", "1998-10-25"])
    (d,) = rows(arts)
    assert d.kind == "conflict" and [r.number for r in d.reports] == [51.0, 52.0]
    # one article giving two ages is no row: the two ages must come from two articles
    one = build(["Dr. Anton Brisk, 51, was shot. Brisk, a 52-year-old obstetrician, died.", "Brisk was shot."],
                ["Wire", "Wire"])
    assert rows(one) == []


def test_a_toll_of_one_place_joins_through_any_report_that_names_the_event():
    arts = build([
        "Throughout Tarvia, at least 40 died. Another 5 people died in floods in the capital.",
        "Of the 40 deaths reported so far in Tarvia, 12 were blamed on landslides after Cyclone Imo landed.",
        "Cyclone Imo lashed the coast of Ostland on Sunday after killing more than 60 people in Tarvia.",
    ], ["Wire", "Wire", "Wire"], ["1998-10-24", "1998-10-24", "1998-10-25"])
    (d,) = rows(arts)
    assert d.kind == "change" and [r.number for r in d.reports] == [40.0, 40.0, 60.0]
    assert d.quantity.startswith("Deaths") and "Tarvia" in d.quantity


def test_a_toll_owned_by_a_place_or_under_its_dateline_is_that_place_s_toll():
    arts = build([
        "In Norland, 30 people died of the cold, police said. Elsewhere, 4 people died in Estmark.",
        "Two more victims of Norland's cold wave were found, raising the death toll to at least 41.",
        "NORTOWN, Norland (AP) _ The death toll from the cold wave reached 55 on Saturday.",
    ], ["AP", "AP", "AP"], ["1998-11-23", "1998-11-25", "1998-11-28"])
    (d,) = rows(arts)
    assert d.kind == "change" and [r.number for r in d.reports] == [30.0, 41.0, 55.0]
    assert d.quantity.startswith("Deaths in Norland")
    (f,) = [f for f in briefing.find_figures("Chmiel explained the 47 deaths in Norland's Arctic cold wave.")
            if f.counted == "deaths"]
    assert f.place == "in Norland's"


def test_a_dateline_is_no_event_shared_by_two_tolls():
    arts = build([
        "JAKARTA, Indonesia (AP) _ Assailants killed three soldiers in the disputed territory of East Timor. "
        "Rebels killed 5 policemen in a separate attack.",
        "JAKARTA, Indonesia (AP) _ Stray bullets killed two villagers during a gunfight in the northern region of Aceh.",
    ], ["AP", "AP"], ["1998-11-01", "1998-11-15"])
    assert rows(arts) == []
