"""The five sample articles: with their front matter, and as raw text without it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from briefing.ingest import load_articles, parse_article
from briefing.ingest.text import split_front_matter

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
FILES = sorted(p for p in SAMPLES.glob("*.md") if p.name != "README.md")

# boilerplate the raw samples carry; none of it may reach an article's text
BOILERPLATE = [
    "Photo: Reuters",
    "photo: Reuters",
    "Saul Loeb",
    "Getty Images",
    "Alex Brandon",
    "Sergei Bobylev",
    "6070 views",
    "comment(s)",
    "Disclaimer",
    "translations are mostly done",
    "Related Articles",
    "Back to top",
    "Bonus video",
    "Original url",
    "themoscowtimes.com",
    "is/mp/ks",
    "originally published by",
    "reprinted with permission",
    "Source: Al Jazeera",
    "news agencies",
    "By Shaun Tandon",
    "(EFE).-",
    "**",
]


def raw_text(path: Path) -> str:
    """The sample as collected: its text without the front matter that was added."""
    front, body = split_front_matter(path.read_text(encoding="utf-8"), str(path))
    assert front, f"{path.name} should carry front matter"
    return body


def front(path: Path) -> dict:
    return split_front_matter(path.read_text(encoding="utf-8"), str(path))[0]


def test_there_are_five_samples():
    assert len(FILES) == 5


def test_load_samples_folder_gives_five_articles_with_metadata():
    articles = load_articles([SAMPLES])
    assert len(articles) == 5
    assert [Path(a.origin).name for a in articles] == [f.name for f in FILES]
    for article, path in zip(articles, FILES):
        meta = front(path)
        assert article.title == meta["title"]
        assert article.outlet == meta["outlet"] + (f" via {meta['via']}" if meta.get("via") else "")
        assert article.date == "2022-01-21"
        assert article.text.count("\n\n") >= 10
    outlets = [a.outlet for a in articles]
    assert outlets[0] == "Radio Free Europe/Radio Liberty"
    assert outlets[1] == "AFP via The Moscow Times"  # front matter "via": republished by the site
    assert outlets[2] == "Al Jazeera"
    assert outlets[4] == "EFE"
    assert len(set(outlets)) == 5
    assert articles[1].author == "Shaun Tandon"
    assert articles[1].url.startswith("https://www.themoscowtimes.com/2022/01/21/")


def test_headline_is_not_repeated_in_the_body():
    for article in load_articles([SAMPLES]):
        assert article.title not in article.text


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_no_boilerplate_survives_in_front_matter_files(path):
    (article,) = load_articles([path])
    for phrase in BOILERPLATE:
        assert phrase not in article.text, (phrase, path.name)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_raw_text_gives_headline_and_no_boilerplate(path):
    (article,) = parse_article(raw_text(path), path.with_suffix(".txt").name, "txt")
    assert article.title == front(path)["title"]
    for phrase in BOILERPLATE:
        assert phrase not in article.text, (phrase, path.name)
    paragraphs = article.text.split("\n\n")
    # no lone section labels or caption stubs ("Politics", "Lavrov")
    assert all(len(p.split()) >= 3 for p in paragraphs), [p for p in paragraphs if len(p.split()) < 3]
    # the article body survives: its quotes and key sentences are there
    assert len(paragraphs) >= 10
    assert "Blinken" in article.text and "Lavrov" in article.text


def test_raw_text_outlets_from_bylines_datelines_and_notes():
    raw = {p.name[:3]: parse_article(raw_text(p), p.with_suffix(".txt").name, "txt")[0] for p in FILES}
    assert raw["000"].outlet == "Radio Free Europe/Radio Liberty"  # "originally published by ..."
    assert raw["001"].outlet == "AFP"  # "By Shaun Tandon for AFP"
    assert raw["001"].author == "Shaun Tandon"
    assert raw["001"].date == "2022-01-21"  # the date line under the byline
    assert raw["001"].url == (
        "https://www.themoscowtimes.com/2022/01/21/"
        "little-hope-of-breakthrough-as-us-russia-hold-high-stakes-ukraine-talks-a76110"
    )
    assert raw["002"].outlet == "Al Jazeera"  # "Source: Al Jazeera and news agencies"
    assert raw["003"].outlet == ""  # the text does not name it: nothing is invented
    assert raw["004"].outlet == "EFE"  # "Geneva, Jan 21 (EFE).-"
    # "Jan 21" has no year and nothing else in 004 gives one: no invented date
    assert raw["004"].date == ""
    assert raw["000"].date == ""


def test_raw_dateline_and_signoff_are_taken_off():
    path = next(p for p in FILES if p.name.startswith("004"))
    (article,) = parse_article(raw_text(path), "004.txt", "txt")
    assert article.text.startswith("The United States and Russia on Friday held high-level talks")
    assert article.text.endswith("remained resolute to rejecting them.")


def test_captions_go_but_their_neighbouring_sentences_stay():
    texts = {p.name[:3]: parse_article(raw_text(p), "x.txt", "txt")[0].text for p in FILES}
    assert "Harpa Concert Hall" not in texts["000"]  # caption with "(Saul Loeb/Pool/AFP/...)"
    assert "stand alongside one another" not in texts["002"]  # caption line above the credit
    assert "\n\nLavrov\n\n" not in texts["003"]
    assert "The top diplomats of Russia and the United States" in texts["000"]
    assert texts["002"].startswith("Top diplomats say they are open to further dialogue")


def test_curly_quotes_become_straight_and_stay_paired():
    for article in load_articles([SAMPLES]):
        assert not re.search("[\u201c\u201d\u2018\u2019]", article.text)
        for paragraph in article.text.split("\n\n"):
            assert paragraph.count('"') % 2 == 0, paragraph
