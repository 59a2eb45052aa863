"""Page furniture never reaches the text: embedded posts and their prompts, update notes, site
suffixes on headlines, a dateline-only line or the headline repeated at the top of an HTML body,
and a related link's date."""

import pytest

from briefing.ingest import parse_article
from briefing.ingest.assemble import split_site_suffix
from briefing.ingest.boilerplate import classify

STORY = ("The river authority opened the floodgates of the Valdor dam on Sunday after three days of rain, "
         "the regional governor said.")


@pytest.mark.parametrize("line", [
    "We had a great meeting today. https://t.co/AbC123 — Jane Roe (@janeroe) July 3, 2019",
    "— Jane Roe (@janeroe) July 3, 2019",
    "Great news for the valley! pic.twitter.com/xyz123",
    "A post shared by Jane Roe (@janeroe) on Jul 3, 2019 at 8:05am PDT",
    "You can add location information to your Tweets, such as your city or precise location.",
    "I annotated it using Genius; sign up and annotate alongside me!",
    "Update July 3rd, 8:05AM ET: Added a statement from the governor.",
    "Updated at 10:30 a.m. ET:",
    "Embed Governor speaks in Valdor 0:32 autoplay autoplay",
])
def test_embeds_and_update_notes_are_furniture(line):
    assert classify(line) is not None


@pytest.mark.parametrize("line", [
    STORY,
    "The update to the dam's software was released on Monday, officials said.",
    "Roe wrote on Twitter that she would embed reporters with the rescue teams.",
    "The governor said the plan would be updated: it will cost 3 million euros.",
])
def test_story_lines_stay(line):
    assert classify(line) is None


def test_embeds_do_not_reach_the_article():
    text = "\n\n".join([STORY, "Great day. https://t.co/AbC123 — Jane Roe (@janeroe) July 3, 2019",
                        "Update July 3rd, 8:05AM ET: Added a statement.",
                        "Engineers said the dam held and that no village was flooded overnight."])
    [a] = parse_article(text, "a.txt", "txt")
    assert "t.co" not in a.text and "Update" not in a.text and "Engineers said" in a.text


@pytest.mark.parametrize("headline, site, want", [
    ("Germany launches new initiative | DW | 19.01.2020", "DW", ("Germany launches new initiative", "Deutsche Welle")),
    ("Talks end without a deal | Reuters", "", ("Talks end without a deal", "Reuters")),
    ("Talks end without a deal - Reuters", "", ("Talks end without a deal", "Reuters")),
    ("Ukraine talks - what we know so far", "", ("Ukraine talks - what we know so far", "")),
])
def test_site_suffixes_come_off_headlines(headline, site, want):
    assert split_site_suffix(headline, site) == want


PAGE = """<!DOCTYPE html><html><head><title>Valdor dam opens floodgates | The Valdor Courier | 19.01.2020</title>
<meta property="og:site_name" content="The Valdor Courier">
<meta property="article:published_time" content="2020-01-19T10:00:00Z">
</head><body><article>
<h1>Valdor dam opens floodgates</h1>
<p>Valdor dam opens floodgates</p>
<p>October 22, 2019 report</p>
<p>{story}</p>
<p>Engineers said the dam held overnight and that no village below it was flooded, the governor's office said.</p>
<p>Residents of the valley were told to stay away from the river banks until the water level falls again.</p>
</article>
<aside><h2>Related</h2><ul><li><a href="/old">Dam inspected</a> <time datetime="2013-05-02">02.05.2013</time></li></ul></aside>
</body></html>""".format(story=STORY)


def test_html_page_head_stays_out_of_the_body():
    [a] = parse_article(PAGE, "page.html", "html")
    assert a.title == "Valdor dam opens floodgates"
    assert a.date.startswith("2020-01-19")
    assert a.text.startswith("The river authority")
    assert "2019 report" not in a.text and "floodgates\n" not in a.text
