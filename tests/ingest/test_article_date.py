"""The article's own date, which relative dates in its text are read against (issue 13)."""

from __future__ import annotations

import json

from briefing import find_dates, parse_article
from briefing.ingest.dates import date_from_lead, date_from_name


def test_date_from_a_wire_identifier_or_a_dated_file_name():
    assert date_from_name("APW19981124.0554") == "1998-11-24"
    assert date_from_name("AFP_ENG_20030301.0123") == "2003-03-01"
    assert date_from_name("2019-06-03-storm") == "2019-06-03"
    assert date_from_name("storm_20190603") == "2019-06-03"
    # numbers that only look like dates
    assert date_from_name("report20190603x") == ""
    assert date_from_name("2019-13-45-notes") == ""
    assert date_from_name("wsj_0927") == ""


def test_date_from_a_dateline_that_states_its_year():
    assert date_from_lead("NEW YORK, Aug. 7, 1998 (AP) -- Bombs exploded at two embassies.") == "1998-08-07"
    assert date_from_lead("NAIROBI, Kenya, Aug. 8, 1998 (AP) _ Rescuers dug.") == "1998-08-08"
    assert date_from_lead("PARIS, 21 janvier 2022 (AFP) - Le conseil s'est réuni.") == "2022-01-21"
    assert date_from_lead("WASHINGTON, June 3 (Reuters) - No year here.") == ""
    assert date_from_lead("In Paris, June 3, 2019 was hot - and dry.") == ""


def test_date_from_a_weekday_dateline_opening_the_text():
    assert date_from_lead("Tuesday, January 18, 2005 Through a telethon, viewers raised money.") == "2005-01-18"
    assert date_from_lead("A caption above\n\nSaturday, March 26, 2005 Up to four times as many died.") == "2005-03-26"
    assert date_from_lead("Monday, January 18, 2005 The weekday is not the date's own.") == ""
    assert date_from_lead("The council said Tuesday, January 18, 2005 was a fine day.") == ""


def test_the_article_date_drives_relative_dates():
    text = "WASHINGTON (AP) _ The talks ended on Tuesday without a deal, officials said in a statement."
    art = parse_article(text, "APW19981124.0554.txt", fmt="txt")[0]
    assert art.date == "1998-11-24"
    assert [m.value for m in find_dates(art.text, reference=art.date)] == ["1998-11-24"]
    art = parse_article("NEW YORK, Aug. 7, 1998 (AP) -- Bombs exploded at two embassies on Friday, officials said.",
                        "story.txt", fmt="txt")[0]
    assert art.date == "1998-08-07"
    # stated metadata still wins over the file name
    rec = {"text": "The storm hit the coast on Sunday, officials said.", "date": "2019-06-03"}
    assert parse_article(json.dumps(rec), "APW19981124.0554.json", fmt="json")[0].date == "2019-06-03"
