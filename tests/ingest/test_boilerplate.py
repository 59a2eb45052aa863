"""Boilerplate removal, datelines, bylines and dates on hand-made articles of other shapes."""

from __future__ import annotations

import json

import pytest

from briefing.ingest import parse_article
from briefing.ingest.assemble import join_lines, strip_dateline, strip_signoff
from briefing.ingest.boilerplate import byline, classify
from briefing.ingest.dates import date_from_url, parse_date
from briefing.ingest.outlets import outlet_from_domain

PROSE = [
    "The city council approved the new budget on Monday after a long debate.",
    "Spending on schools will rise by 4% next year, the mayor said.",
]


def article_text(*lines: str, fmt: str = "txt") -> str:
    body = "\n\n".join([*PROSE[:1], *lines, *PROSE[1:]])
    return parse_article(body, f"x.{fmt}", fmt)[0].text


@pytest.mark.parametrize(
    "line",
    [
        # captions and credits
        "Photo: AP",
        "Image source, Getty Images",
        "Protesters gather outside parliament on Sunday. (Jane Doe/AFP via Getty Images)",
        "The mayor speaks to reporters [File: Lee Chan/Reuters]",
        "FILE PHOTO: The logo of the company is seen in Paris, France, May 2, 2023. REUTERS/Sarah Meyssonnier/File Photo",
        "Ministers at the summit. Kremlin Press Service / TASS",
        "AFP/Getty Images",
        "Credit: Marta Ruiz for The Guardian",
        # counters and share prompts
        "1.2K views",
        "12 comments",
        "5 min read",
        "Share",
        "Share on WhatsApp",
        "Facebook Twitter LinkedIn Email",
        "Click to share on Twitter (Opens in new window)",
        # navigation and page furniture
        "Read more",
        "Advertisement",
        "Skip to content",
        "Subscribe to our newsletter",
        "Follow us on Twitter",
        "Home > News > Politics",
        "Tags: budget, council, schools",
        "Watch: The mayor's speech in full",
        "World",
        # notes about the text
        "This story was first published by Example Post and is republished here with permission.",
        "Editor's note: This article has been updated to correct a name.",
        "Eds: UPDATES with four more deaths in Poland",
        "EDS: RECASTS lead with official toll",
        "This text was translated automatically and may contain errors.",
        "© 2024 Example Media. All rights reserved.",
        "(Reporting by Jane Doe; Editing by John Roe)",
        "ab/cd",
        "https://www.example.com/news/2024/05/02/budget",
        "Source: Reuters, AFP",
        # metadata lines
        "By JANE DOE Associated Press",
        "Updated: May 2, 2024 at 3:05 p.m. ET",
        "Friday, 21 January 2022",
        "Published On 21 Jan 2022",
        # more page furniture
        "Story continues below advertisement",
        "3 hours ago",
        "Photo 2 of 12",
        "Video Duration 02 minutes 30 seconds",
        "Reuse this content",
        "Our Standards: The Thomson Reuters Trust Principles.",
        "This article is republished from The Conversation under a Creative Commons license. Read the original article.",
        "Comments (12)",
        "___",
        "* * *",
        "Isachenkov reported from Moscow.",
        "Follow AP's coverage of the Ukraine crisis at https://apnews.com/hub/russia-ukraine",
        "Register now for FREE unlimited access to Reuters.com",
        "fb/jsi (AP, Reuters, AFP)",
        "Accept all cookies",
        "Cookie settings",
    ],
)
def test_boilerplate_lines_are_removed(line):
    assert classify(line) is not None, line
    text = article_text(line)
    assert text == "\n\n".join(PROSE), (line, text)


@pytest.mark.parametrize(
    "sentence",
    [
        "The photo was taken by a drone operated by the police, officials said.",
        "By Friday, the council had spent its whole budget for the year.",
        "Reuters reported on Monday that the talks had stalled.",
        "Source: a person familiar with the talks said the deal was close.",
        "Sources said the deal was close, but no date had been set.",
        "Share prices fell 3% after the announcement on Monday.",
        "Related talks in Vienna ended without agreement last week.",
        "The newspaper first published the documents in 2019, prompting an inquiry.",
        "Read the full report, the mayor urged residents at the meeting.",
        "World leaders met in Geneva on Friday to discuss the crisis.",
        "The budget passed 9-2 (with two abstentions) after a long debate.",
        "Translators at the summit worked through the night, delegates said.",
        "Images from the satellite showed troops near the border, the ministry said.",
        "Comments by the minister drew criticism from the opposition on Tuesday.",
        "Ministers reported from the front line that fighting had eased.",
        "The minister addressed the summit by video link (via Zoom).",
        "Tensions between the two blocs are rising again (Russia/NATO).",
        "Smith reported from Moscow that the talks had stalled for a second day.",
    ],
)
def test_prose_that_mentions_boilerplate_words_is_kept(sentence):
    assert classify(sentence) is None, sentence
    assert sentence in article_text(sentence)


def test_caption_text_next_to_a_credit_goes_with_it():
    text = article_text(
        "Protesters gather outside the town hall before the vote\nMany held signs [Jane Doe/Reuters]"
    )
    assert text == "\n\n".join(PROSE)


def test_related_links_block_is_removed_but_following_prose_kept():
    body = "\n\n".join(
        [PROSE[0], "Related Articles", "Council raises parking fees", "Mayor faces recall vote", PROSE[1]]
    )
    assert parse_article(body, "x.txt")[0].text == "\n\n".join(PROSE)


def test_glued_caption_leaves_the_paragraph_prose():
    long_para = (
        "The mayor said the budget was fair and that every district would receive more money for schools next year. "
        "She added that the council would review spending again in the autumn and publish its findings. "
        "The town hall in Springfield on Monday. (File photo: Jane Doe/Reuters)"
    )
    text = parse_article(long_para, "x.txt")[0].text
    assert text.endswith("publish its findings.")
    assert "File photo" not in text


# ----------------------------------------------------------------------------- datelines, bylines

@pytest.mark.parametrize(
    "paragraph, place, agency",
    [
        ("Geneva, Jan 21 (EFE).- The United States and Russia held talks.", "Geneva", "EFE"),
        ("KYIV, Ukraine (AP) — Russia massed troops near the border.", "KYIV, Ukraine", "AP"),
        ("LONDON, Jan. 21 (Reuters) - Shares fell on Friday.", "LONDON", "Reuters"),
        ("MOSCOW (Xinhua) -- The ministry said on Friday that talks would continue.", "MOSCOW", "Xinhua"),
        ("WASHINGTON — The Senate passed the bill late on Thursday.", "WASHINGTON", ""),
    ],
)
def test_datelines(paragraph, place, agency):
    rest, dateline = strip_dateline(paragraph)
    assert dateline is not None and dateline.place == place and dateline.agency == agency
    assert rest[0].isupper() and rest in paragraph


@pytest.mark.parametrize(
    "paragraph",
    [
        "Blinken (left) met Lavrov on Friday.",
        "The United States (US) said talks would go on.",
        "Washington - and its allies - rejected the demands.",
        "Russia, Ukraine and the West (NATO) remain far apart on the issue.",
    ],
)
def test_not_datelines(paragraph):
    assert strip_dateline(paragraph) == (paragraph, None)


def test_signoff():
    assert strip_signoff("He rejected them. EFE") == ("He rejected them.", "EFE")
    assert strip_signoff('"We will see," he said. (AFP)') == ('"We will see," he said.', "AFP")
    assert strip_signoff("He met Blinken.") == ("He met Blinken.", "")


def test_bylines():
    assert byline("By Shaun Tandon for AFP") == ("Shaun Tandon", "AFP")
    assert byline("By Jane Doe and John Roe, CNN") == ("Jane Doe and John Roe", "CNN")
    assert byline("By Reuters") == ("", "Reuters")
    assert byline("By the end of the week") is None
    assert byline("By Friday, it was over.") is None


def test_dateline_year_comes_from_another_date_in_the_article():
    text = "Talks resume in Geneva\n\nGeneva, Jan 21 (EFE).- Talks resumed on Friday, a week after the January 14, 2022 meeting.\n"
    assert parse_article(text, "x.txt")[0].date == "2022-01-21"
    text = "Talks resume in Geneva\n\nGeneva, Jan 21 (EFE).- Talks resumed on Friday after a week of delays.\n"
    assert parse_article(text, "x.txt")[0].date == ""


def test_url_gives_outlet_and_date_when_nothing_else_does():
    record = {"text": "\n\n".join(PROSE), "url": "https://www.theguardian.com/world/2022/jan/21/x"}
    article = parse_article(json.dumps(record), "a.json")[0]
    assert article.outlet == "The Guardian"
    record["url"] = "https://news.example.org/2024/05/02/budget-passes"
    article = parse_article(json.dumps(record), "a.json")[0]
    assert (article.outlet, article.date) == ("example.org", "2024-05-02")


# ----------------------------------------------------------------------------- dates and domains

@pytest.mark.parametrize(
    "value, iso",
    [
        ("January 21, 2022", "2022-01-21"),
        ("Jan. 21 2022", "2022-01-21"),
        ("Friday, 21 January 2022", "2022-01-21"),
        ("21 janvier 2022", "2022-01-21"),
        ("21 de enero de 2022", "2022-01-21"),
        ("21. Januar 2022", "2022-01-21"),
        ("2022-01-21", "2022-01-21"),
        ("2022-01-21T10:00:00Z", "2022-01-21T10:00:00+00:00"),
        ("2022-01-21 10:00:00+0300", "2022-01-21T10:00:00+03:00"),
        ("2022/01/21", "2022-01-21"),
        ("21/01/2022", "2022-01-21"),
        ("01/21/2022", "2022-01-21"),
        ("21.01.2022", "2022-01-21"),
        ("Fri, 21 Jan 2022 10:00:00 +0000", "2022-01-21"),
        ("Published: January 21, 2022 10:30 GMT", "2022-01-21"),
        ("January 21, 2022 / 5:25 PM / Updated 3 years ago", "2022-01-21"),
        ("21 January 2022, 12:34 GMT | Updated: 22 January 2022", "2022-01-21"),
        ("01/02/2022", ""),  # ambiguous: no guess
        ("Jan 21", ""),  # no year: not a full date
        ("2022-02-30", ""),
        ("next Friday", ""),
        ("", ""),
    ],
)
def test_parse_date(value, iso):
    assert parse_date(value) == iso


def test_parse_date_objects_and_year_hint():
    import datetime as dt

    assert parse_date(dt.date(2022, 1, 21)) == "2022-01-21"
    assert parse_date(1642759200) == "2022-01-21T10:00:00+00:00"
    assert parse_date("Jan 21", year=2022) == "2022-01-21"


def test_dates_and_outlets_from_urls():
    assert date_from_url("https://www.themoscowtimes.com/2022/01/21/little-hope-a76110") == "2022-01-21"
    assert date_from_url("https://example.com/news/budget") == ""
    assert outlet_from_domain("https://www.aljazeera.com/news/2022/1/21/x") == "Al Jazeera"
    assert outlet_from_domain("https://edition.cnn.com/x") == "CNN"


def test_join_lines_keeps_hyphenated_words():
    assert join_lines(["The well-", "known mayor spoke on Monday."]) == ["The well-known mayor spoke on Monday."]


def test_acronym_and_dash_opening_is_not_a_dateline():
    paragraph = "NATO - the Western alliance - said on Friday it would send more troops."
    assert strip_dateline(paragraph) == (paragraph, None)


@pytest.mark.parametrize(
    "headline",
    ["Share prices tumble as talks stall", "Talks end without deal | Reuters", "Follow-up talks set for next week"],
)
def test_headlines_that_start_like_furniture_are_headlines(headline):
    article = parse_article(headline + "\n\n" + "\n\n".join(PROSE), "x.txt")[0]
    assert article.title == headline.split(" | ")[0]
    if " | " in headline:
        assert article.outlet == "Reuters"


# ----------------------------------------------------------------------------- page copies

SHAPES = __import__("pathlib").Path(__file__).resolve().parents[1] / "data" / "ingest" / "shapes"


def test_broadcaster_page_copy_without_blank_lines():
    (article,) = parse_article((SHAPES / "broadcaster_copy.txt").read_bytes(), "broadcaster_copy.txt")
    assert article.title == "Ukraine crisis: Blinken and Lavrov meet in Geneva"
    assert (article.outlet, article.author, article.date) == ("BBC", "Paul Kirby", "2022-01-21")
    assert article.text.split("\n\n") == [
        "The US and Russia have agreed to keep talking after a meeting in Geneva aimed at easing tensions over Ukraine.",
        "US Secretary of State Antony Blinken said he would send written answers to Russia's demands next week.",
    ]


def test_cable_news_copy_with_bare_agency_dateline_and_contributor_line():
    (article,) = parse_article((SHAPES / "cable_copy.txt").read_bytes(), "cable_copy.txt")
    assert (article.title, article.outlet, article.date) == ("US and Russia hold talks in Geneva", "CNN", "2022-01-21")
    assert article.author == "Jennifer Hansler and Kylie Atwood"
    assert article.text.startswith("The US and Russia held high-stakes talks")
    assert "contributed" not in article.text and "Updated" not in article.text


def test_newspaper_copy_with_standfirst_and_role_byline():
    (article,) = parse_article((SHAPES / "newspaper_copy.txt").read_bytes(), "newspaper_copy.txt")
    assert article.title == "Blinken and Lavrov agree to keep talking as Ukraine tensions rise"
    assert (article.author, article.date, article.outlet) == ("Patrick Wintour", "2022-01-21", "")
    paragraphs = article.text.split("\n\n")
    assert paragraphs[0] == "US and Russian diplomats meet in Geneva but fail to make breakthrough"  # the standfirst
    assert "Wintour" not in article.text and "GMT" not in article.text


def test_copyright_and_permission_lines_name_the_outlet():
    text = "\n\n".join([*PROSE, "Copyright (c) 2022. RFE/RL, Inc."])
    assert parse_article(text, "x.txt")[0].outlet == "Radio Free Europe/Radio Liberty"
    text = "\n\n".join([*PROSE, "Used with the permission of The Example Post, 1 Main St, Springfield."])
    article = parse_article(text, "x.txt")[0]
    assert article.outlet == "The Example Post" and article.text == "\n\n".join(PROSE)


def test_french_page_copy():
    text = (
        "Les chefs de la diplomatie se sont retrouvés à Genève\n\n"
        "Par Jean Dupont\n\n"
        "Publié le 21 janvier 2022 à 10h30\n\n"
        "GENÈVE (AFP) - Les chefs de la diplomatie américaine et russe se sont retrouvés vendredi à Genève.\n\n"
        "Lire aussi\n\n"
        "Le secrétaire d'État a promis une réponse écrite la semaine prochaine.\n"
    )
    article = parse_article(text, "fr.txt")[0]
    assert (article.title, article.author, article.outlet, article.date) == (
        "Les chefs de la diplomatie se sont retrouvés à Genève", "Jean Dupont", "AFP", "2022-01-21")
    assert article.text == (
        "Les chefs de la diplomatie américaine et russe se sont retrouvés vendredi à Genève.\n\n"
        "Le secrétaire d'État a promis une réponse écrite la semaine prochaine."
    )


def test_spanish_agency_dateline():
    rest, dateline = strip_dateline("MADRID, 21 ene (EFE).- El Gobierno aprobó el presupuesto.")
    assert rest == "El Gobierno aprobó el presupuesto." and dateline.agency == "EFE" and dateline.date == "21 ene"
