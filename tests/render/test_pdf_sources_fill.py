"""The page lists every source when the room left by dropped items holds them (no "+N more
sources" above a blank band)."""

import random

from briefing import build_briefing
from briefing.model import Article
from briefing.render.pdf import OnePageFitter


def _story(n: int = 22, seed: int = 3) -> list[Article]:
    rng = random.Random(seed)
    places = ["Valdor", "Mirren", "Oskar Bay", "Tessel", "Brannock", "Quillan", "Ardent Falls", "Corvin"]
    things = ["dam", "bridge", "levee", "school", "clinic", "harbour", "railway", "power station", "market"]
    verbs = ["collapsed", "was evacuated", "reopened", "was flooded", "lost power", "was inspected", "was closed"]
    who = ["the regional governor", "the fire brigade", "engineers", "the army", "volunteers", "the mayor"]
    arts = []
    for k in range(n):
        sents = [f"The {rng.choice(things)} in {rng.choice(places)} {rng.choice(verbs)} on day {j + 1}, and "
                 f"{rng.choice(who)} said {rng.randint(2, 900)} residents were affected near the "
                 f"{rng.choice(things)}." for j in range(9)]
        arts.append(Article(text=" ".join(sents), title=f"Storm report {k + 1} from {rng.choice(places)}",
                            outlet=f"The {rng.choice(places)} Courier {k}",
                            url=f"https://news.example{k}.org/2024/03/{k}/storm-report-from-the-coast-and-the-valley",
                            origin=f"a{k}.md"))
    return arts


def test_dropped_items_leave_room_for_every_source():
    b = build_briefing(_story())
    fit = OnePageFitter().fit(b)
    assert fit.dropped  # the page had to leave points out ...
    assert fit.view.more_sources == 0  # ... and lists every source in the room they left
    assert len(fit.view.sources) == len(b.sources)
    assert len(fit.document.pages) == 1
