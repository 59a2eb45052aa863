"""The bottom line stays on the story: a roundup article's other item never joins it."""

from briefing import Article, build_briefing

TYPHOON = [
    "Typhoon Rai struck the central Philippines on Thursday, killing at least 31 people and forcing "
    "300,000 villagers to flee their homes.",
    "The typhoon tore roofs off houses and cut power across the central islands, officials said.",
    "Rescuers in the central Philippines searched flooded villages for people missing after the typhoon.",
    "The typhoon weakened as it moved west over the South China Sea on Friday, forecasters said.",
    "The government sent navy ships with food and water to the islands hit hardest by the typhoon.",
    "Schools in four provinces stayed closed as the typhoon left roads blocked by fallen trees.",
]
ROUNDUP = ("Inflation in the Philippines rose to 4.2 percent in November as cooking oil and rice prices "
           "climbed, the statistics office said.")


def _story() -> list[Article]:
    arts = []
    for k, outlet in enumerate(("Rappler", "Inquirer", "Reuters", "AP", "AFP", "Xinhua")):
        lines = TYPHOON[k % 3:] + TYPHOON[:k % 3]
        if k in (4, 5):  # two roundups carry the day's other news too
            lines = [ROUNDUP] + lines
        arts.append(Article(text="\n\n".join(lines), outlet=outlet, title=f"Typhoon {k}"))
    return arts


def test_an_off_topic_roundup_item_is_not_in_the_bottom_line():
    b = build_briefing(_story())
    assert b.bottom_line
    assert all("Inflation" not in p.text for p in b.bottom_line), [p.text for p in b.bottom_line]
    assert any("yphoon" in p.text for p in b.bottom_line)
