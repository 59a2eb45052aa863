"""find_dates: each date expression with its span, resolved value and granularity (issue 13)."""

from __future__ import annotations

import datetime as dt

import pytest

import briefing
from briefing import find_dates
from briefing.analysis.dates import DateMention, period_of
from briefing.analysis.timeline import TimelineBuilder, dates_in
from briefing.model import Article
from briefing.nlp import segment


def values(text: str, reference, language: str = "english") -> list[tuple[str, str, str]]:
    return [(m.text, m.value, m.granularity) for m in find_dates(text, reference=reference, language=language)]


def test_public_and_spans_are_exact():
    assert briefing.find_dates is find_dates
    text = "The board met on Aug. 7, 1998 and again last week; the vote is due in March."
    found = find_dates(text, reference="1998-08-20")
    assert found and all(isinstance(m, DateMention) for m in found)
    for m in found:
        assert text[m.start:m.end] == m.text
    assert [m.start for m in found] == sorted(m.start for m in found)


def test_future_tense_moves_a_month_and_day_into_next_year():
    # "will succeed Davison Feb. 1" in a November 1989 article is 1990, not 1989
    text = "Mr. Ames, 52 years old, will succeed Daniel Davison Feb. 1, soon after Mr. Davison retires."
    assert values(text, dt.date(1989, 11, 2)) == [("Feb. 1", "1990-02-01", "day")]
    # and a past event stays behind the article
    assert values("The plant closed on Feb. 1 after a fire.", dt.date(1989, 11, 2))[0][1] == "1989-02-01"


def test_weekday_before_the_article_in_past_tense_after_it_in_future_tense():
    friday = dt.date(1998, 3, 6)
    assert values("The company announced Wednesday that it would cut 300 jobs.", friday)[0][1] == "1998-03-04"
    assert values("The company will announce its results Wednesday.", friday)[0][1] == "1998-03-11"
    # the cue nearest the weekday decides, not a "will" elsewhere in the sentence
    assert values("A spokesman said Thursday that the troops will stay until spring.", friday)[0][1] == "1998-03-05"
    assert values("Talks are set to resume Monday in Belfast.", friday)[0][1] == "1998-03-09"


def test_present_tense_plans_lie_ahead():
    friday = dt.date(1998, 5, 1)
    # news writes plans in the present: "the two meet Monday" is the coming Monday
    assert values("He and the opposition leader meet separately Monday with the envoy.", friday)[0][1] == "1998-05-04"
    assert values("Talks resume Tuesday in Oslo.", friday)[0][1] == "1998-05-05"
    assert values("The vote is scheduled for Thursday.", friday)[0][1] == "1998-05-07"
    assert values("The new law takes effect June 1.", friday)[0][1] == "1998-06-01"
    # the past tense still points back
    assert values("He and the opposition leader met separately Monday with the envoy.", friday)[0][1] == "1998-04-27"
    assert values("The ministers, who meet often, said Monday they had agreed.", friday)[0][1] == "1998-04-27"


def test_a_fronted_day_takes_the_tense_of_the_main_verb_however_far():
    sunday = dt.date(1998, 10, 25)
    text = "On Tuesday, the National Abortion and Reproductive Rights Action League plans to hold a news conference."
    assert values(text, sunday)[0][1] == "1998-10-27"
    text = "On Tuesday, the long-serving and widely admired head of the national rights league resigned."
    assert values(text, sunday)[0][1] == "1998-10-20"
    assert values("Scientists warned of the meteor storm predicted for Tuesday.", sunday)[0][1] == "1998-10-27"
    # a habit in the present is no plan
    assert values("The federal fiscal year ends on Sept. 30.", sunday)[0][1] == "1998-09-30"


def test_forecasts_modals_and_plans_lie_ahead():
    sunday = dt.date(1998, 11, 15)
    assert values("Damage was far smaller than in the storm predicted for Tuesday.", sunday)[0][1] == "1998-11-17"
    assert values("Some viewers might lose their signal for a few minutes Tuesday.", sunday)[0][1] == "1998-11-17"
    thursday = dt.date(1998, 10, 1)
    assert values("As voters prepare to vote on Sunday, polls predict a clear win.", thursday)[0][1] == "1998-10-04"
    october = dt.date(1998, 10, 20)
    assert values("Officials said the hotel is likely to remain closed until May.", october)[0][1] == "1999-05"
    # the past still points back
    assert values("He asked if they met on Tuesday.", sunday)[0][1] == "1998-11-10"


def test_a_month_named_without_its_year_is_the_nearest_on_a_weak_past_cue():
    october = dt.date(1998, 10, 12)
    text = "The storm may bring fireballs, Rao said in an article in the November issue of the magazine."
    assert values(text, october)[0][1] == "1998-11"
    assert values("Sales ended in November, the company said.", october)[0][1] == "1997-11"  # a strong cue


def test_the_previous_weekday_is_a_week_before_the_plain_one():
    monday = dt.date(1989, 10, 30)
    text = "The index closed at 2082.1, down 4.5% from the previous Friday."
    assert values(text, monday) == [("previous Friday", "1989-10-20", "day")]
    assert values("The index closed at 2082.1 on Friday.", monday)[0][1] == "1989-10-27"
    assert values("Sales rose from the previous week.", monday)[0][1] == "1989-W43"


def test_a_year_earlier_than_a_stated_day_is_that_day_a_year_before():
    ref = dt.date(1989, 11, 2)
    text = "For the quarter ended Sept. 30, the airline earned $133 million, up from $100 million a year earlier."
    assert values(text, ref) == [("Sept. 30", "1989-09-30", "day"), ("a year earlier", "1988-09-30", "day")]
    # than a weekday (the day the company spoke), a year earlier stays a year
    text = "The company said Friday it lost $6 million, against a profit a year earlier."
    assert values(text, ref)[1][1:] == ("1988", "year")


def test_any_sunday_is_no_date():
    ref = dt.date(2005, 3, 26)
    assert values("Many women were indoors at home with the children on a Sunday morning.", ref) == []
    assert values("The market opens every Friday.", ref) == []
    assert values("Le marché ouvre chaque vendredi.", ref, "french") == []


def test_a_day_with_its_year_relative_to_the_article():
    ref = dt.date(2010, 4, 1)
    assert values("The plane crashed on June 1 last year in the Atlantic.", ref) == [
        ("June 1 last year", "2009-06-01", "day")]
    assert values("L'avion a disparu le 1er juin dernier.", ref, "french")[0][1] == "2009-06-01"
    assert values("Le sommet aura lieu le 3 mars prochain.", ref, "french")[0][1] == "2011-03-03"


def test_french_ordinal_days_future_endings_and_anchored_eves():
    ref = dt.date(2009, 6, 2)  # a Tuesday
    assert values("Reconnu coupable le premier juin par un jury militaire.", ref, "french")[0][1] == "2009-06-01"
    assert values("Un bateau de la marine arrivera sur les lieux mercredi.", ref, "french")[0][1] == "2009-06-03"
    assert values("Un bateau de la marine est arrivé sur les lieux mercredi.", ref, "french")[0][1] == "2009-05-27"
    assert values("La conférence est attendue pour la fin de vendredi.", ref, "french")[0][1] == "2009-06-05"
    # "la veille du vote" is the day before the vote, not before the article
    assert [v for _, v, _ in values("La capture a eu lieu à la veille du vote.", ref, "french")] == []
    assert values("Il est arrivé la veille.", ref, "french")[0][1] == "2009-06-01"


def test_a_dateline_opening_the_text_is_no_event():
    ref = dt.date(2009, 7, 7)
    text = "Tuesday, July 7, 2009 Ambulances at a square in the capital after the July 7, 2005 bombings."
    assert values(text, ref) == [("July 7, 2005", "2005-07-07", "day")]
    assert values("Caption of a photo\n\nMarch 26, 2005\n\nThe report was published.", ref) == []
    # a sentence that opens with a date is not a dateline
    assert values("March 26, 2005 was a quiet day.", ref)[0][1] == "2005-03-26"
    assert values("Friday, July 7, 2006, was the anniversary.", ref)[0][1] == "2006-07-07"


def test_on_sunday_in_a_wire_story_is_the_last_sunday():
    monday = dt.date(2019, 6, 3)
    text = "Protesters marched on Sunday and organisers said more rallies will follow."
    assert values(text, monday) == [("Sunday", "2019-06-02", "day")]
    assert values("Police said on Sunday they will keep the roads closed.", monday)[0][1] == "2019-06-02"


def test_today_yesterday_tomorrow_in_any_case():
    day = dt.date(1998, 1, 20)
    assert values("The Pentagon said today it will review the case.", day) == [("today", "1998-01-20", "day")]
    assert values("Yesterday the governor toured five counties.", day)[0][1] == "1998-01-19"
    assert values("Tomorrow the board will vote.", day)[0][1] == "1998-01-21"
    assert values("Officials met late yesterday.", day)[0][1] == "1998-01-19"
    # a programme or a paper named "Today" is not a date
    assert values("This is VOA Today.", day) == []
    assert values("He told USA Today the plan was dead.", day) == []


def test_relative_periods_have_their_granularity():
    ref = dt.date(1989, 11, 2)  # a Thursday
    text = ("Sales rose last month and will rise next year; earlier this week the firm said profit fell "
            "last year, and orders came in two weeks ago.")
    got = {t: (v, g) for t, v, g in values(text, ref)}
    assert got["last month"] == ("1989-10", "month")
    assert got["next year"] == ("1990", "year")
    assert got["earlier this week"] == ("1989-W44", "week")
    assert got["last year"] == ("1988", "year")
    assert got["two weeks ago"] == ("1989-W42", "week")
    assert values("The deal closed three days ago.", ref)[0][1:] == ("1989-10-30", "day")
    assert values("A year earlier the company earned $2 million.", ref)[0][1:] == ("1988", "year")


def test_the_week_of_a_day_is_a_week():
    assert values("Hearings begin the week of March 6.", dt.date(1989, 2, 20)) == [
        ("the week of March 6", "1989-W10", "week")]


def test_months_and_years():
    ref = dt.date(1998, 9, 10)
    got = values("The talks began in March and the treaty was signed in August 1998; since 2014 "
                 "and in 1975, things changed.", ref)
    assert ("in March", "1998-03", "month") in got
    assert ("August 1998", "1998-08", "month") in got
    assert ("since 2014", "2014", "year") in got
    assert ("in 1975", "1975", "year") in got
    assert values("The elections are due in May next year.", ref)[0][1:] == ("1999-05", "month")
    # numbers that are not years, and "May" that is not a month
    assert values("Builders finished in 2000 homes; May we go? They talked for 90 minutes.", ref) == []


def test_explicit_years_win_and_mentions_keep_them():
    ref = dt.date(1999, 2, 1)
    got = values("The Aug. 7, 1998 bombings of the embassies killed 224. Since the Aug. 7 attacks, "
                 "security has been tight.", ref)
    assert got[0] == ("Aug. 7, 1998", "1998-08-07", "day")
    assert got[1][1] == "1998-08-07"
    assert find_dates("On 7 August 1998 bombs exploded.", reference=None)[0].stated


def test_ahead_of_a_date_resolves_the_same_from_before_and_after_new_year():
    text = "Candidates campaigned across Iowa ahead of the Feb. 1 caucuses."
    assert values(text, dt.date(2015, 12, 20))[0][1] == "2016-02-01"
    assert values(text, dt.date(2016, 1, 20))[0][1] == "2016-02-01"


def test_weekday_beside_a_day_picks_the_year_and_is_one_mention():
    got = values("International Women's Day is this coming Sunday, March eighth.", dt.date(1998, 3, 5))
    assert got == [("this coming Sunday, March eighth", "1998-03-08", "day")]


def test_iso_and_numeric_dates():
    ref = dt.date(2022, 1, 25)
    got = values("Filed on 2022-01-20 and amended on 1/21/2022; not a date: 3/4 of voters.", ref)
    assert got == [("2022-01-20", "2022-01-20", "day"), ("1/21/2022", "2022-01-21", "day")]
    assert values("Signé le 21/01/2022.", ref, "french")[0][1] == "2022-01-21"


def test_dateline_is_not_a_date_mention():
    assert [v for _, v, _ in values("WARSAW, June 30 (Reuters) - The ministers met on June 29.", dt.date(2023, 6, 30))] == [
        "2023-06-29"]


def test_french_basics():
    ref = dt.date(1998, 9, 3)  # a Thursday
    got = values("Le 7 août, l'attentat a fait 224 morts. Il a parlé mardi, et la semaine dernière, "
                 "hier puis il y a deux semaines. Le vote aura lieu le mois prochain, en 1999.", ref, "french")
    d = {t: (v, g) for t, v, g in got}
    assert d["Le 7 août"] == ("1998-08-07", "day")
    assert d["mardi"] == ("1998-09-01", "day")
    assert d["la semaine dernière"] == ("1998-W35", "week")
    assert d["hier"] == ("1998-09-02", "day")
    assert d["il y a deux semaines"][1] == "week"
    assert d["le mois prochain"] == ("1998-10", "month")
    assert d["en 1999"] == ("1999", "year")
    assert values("Il viendra mardi prochain.", ref, "fr")[0][1] == "1998-09-08"


def test_without_reference_only_stated_dates():
    assert values("They met on Friday, on March 3 and on March 4, 2021.", None) == [
        ("March 4, 2021", "2021-03-04", "day")]


def test_reference_types_and_period_of():
    assert find_dates("They met yesterday.", reference=dt.datetime(2022, 1, 21, 9))[0].value == "2022-01-20"
    with pytest.raises(TypeError, match="reference"):
        find_dates("They met yesterday.", reference=20220121)
    assert period_of("1998-W32")[:2] == (dt.date(1998, 8, 3), dt.date(1998, 8, 9))
    assert period_of("1998-02")[1] == dt.date(1998, 2, 28)
    m = find_dates("in March", reference="1998-05-01")[0]
    assert (m.first, m.last) == (dt.date(1998, 3, 1), dt.date(1998, 3, 31))
    with pytest.raises(ValueError, match="value"):
        period_of("March")


def test_shim_reports_days_only():
    assert dates_in("They met last month and again on Friday.", dt.date(2022, 1, 21)) == [(33, "2022-01-21")]


# ----------------------------------------------------------------------------- the timeline
def _story(*items: tuple[str, str]) -> list[Article]:
    return [Article(text=t, outlet=f"Outlet {k}", date=d) for k, (t, d) in enumerate(items)]


def test_timeline_one_event_once_when_a_year_slips(assert_citations):
    arts = _story(
        ("Police arrested the suspect in Nairobi on May 1, 1998, after a long manhunt across the city. "
         "The trial opened on June 3 in a crowded court.", "1998-06-10"),
        ("Police arrested the suspect in Nairobi on May 1 after a long manhunt across the city. "
         "Prosecutors filed charges on May 20 in the capital.", "1997-06-12"),
        ("The ministers met in Geneva on Friday for talks about the crisis and the arrest.", "1998-06-10"),
    )
    events = TimelineBuilder().run(arts, segment(arts))
    arrest = [e for e in events if "arrested" in e.text]
    assert [e.date for e in arrest] == ["1998-05-01"]
    assert sorted({c.article for c in arrest[0].citations}) == [0, 1]
    assert_citations(events, arts)


def test_timeline_shows_a_month_as_a_month_and_never_a_year_alone():
    arts = _story(
        ("The rebels seized the northern town in March after weeks of heavy fighting there. "
         "The army retook the town on Friday after a week of shelling, officials said.", "2022-06-10"),
        ("Aid convoys reached the town on Wednesday for the first time since the siege began. "
         "In 2014 the region voted to leave the federation after a disputed referendum.", "2022-06-10"),
    )
    events = TimelineBuilder(min_events=2).run(arts, segment(arts))
    assert [e.date for e in events] == ["2022-03", "2022-06-08", "2022-06-10"]
    assert not any("2014" in e.text for e in events)


def test_undated_articles_read_days_near_the_days_they_state(assert_citations):
    # undated articles of a story that spans years: a day without a year is placed only where the
    # article's own dated days (it was written after them) or a story within a year bound it
    arts = _story(
        ("The jet went missing over the ocean on June 1, 2009, with 228 people on board. "
         "The third search phase started on April 1, 2010, officials said. "
         "However, on May 4, the search was extended by three more weeks.", ""),
        ("The suspect was arrested in Rome by Italian police on July 29 after a manhunt. "
         "On September 13, a final appeal against his extradition was rejected by the court.", ""),
        ("The airliner entered service on April 18, 2005, after delivery to the airline in Toulouse.", ""),
    )
    events = TimelineBuilder(min_events=2).run(arts, segment(arts))
    assert [e.date for e in events] == ["2005-04-18", "2009-06-01", "2010-04-01", "2010-05-04"]
    assert_citations(events, arts)


def test_timeline_leaves_out_dates_that_only_name_another_event():
    arts = _story(
        ("A memorial for the victims of the July 7, 2005 bombings was unveiled in the park today. "
         "A court was shown footage of the men who attacked the city on July 7, 2005. "
         "The town, named a national monument in October 2003, was badly damaged by the quake. "
         "Survivors marked the aftermath of July 7 with a silence at the station.", "2009-07-07"),
        ("Fifty-two people were killed on July 7, 2005 when four bombers struck the transport network. "
         "The inquiry opened on Monday with evidence from the first survivors of the attacks.", "2009-07-07"),
    )
    events = TimelineBuilder(min_events=2, min_other_dates=1).run(arts, segment(arts))
    # the memorial is dated by "today", not by the bombings it names
    assert [(e.date, e.text[:12]) for e in events] == [
        ("2005-07-07", "Fifty-two pe"), ("2009-07-06", "The inquiry "), ("2009-07-07", "A memorial f")]


def test_timeline_french_modifiers_and_spans():
    b = TimelineBuilder("french")
    def first(text):
        m = b.event_date(find_dates(text, reference="2009-07-07", language="french"), text)
        return m.value if m else None
    assert first("Les attentats du 7 juillet 2005 ont marqué la ville.") is None
    assert first("Le village a été détruit par le séisme de février.") is None
    assert first("Dans la nuit du 6 juillet 2005, la police a arrêté deux hommes.") == "2005-07-06"
    assert first("Il était au Mexique du 4 juin au 26 juin.") == "2009-06-04"


def test_timeline_builder_checks_its_values():
    with pytest.raises(ValueError, match="min_events"):
        TimelineBuilder(min_events=-1)
    with pytest.raises(ValueError, match="merge_overlap"):
        TimelineBuilder(merge_overlap=0)
    with pytest.raises(ValueError, match="granularities"):
        TimelineBuilder(granularities=("year",))
    with pytest.raises(ValueError, match="limit"):
        TimelineBuilder(limit=0)
    b = TimelineBuilder()
    with pytest.raises(Exception):
        b.limit = 3  # frozen
