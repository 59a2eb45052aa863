"""Small invented feeds for the story tests (never data from /work/shared)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing import Article

# three invented stories, told by several invented outlets over a few days
BRIDGE = [
    ("Orlova bridge collapses during morning traffic", "Valley Courier", "2031-05-04",
     "A road bridge over the Sarnet river collapsed in Orlova on Tuesday morning, sending four cars into the water. "
     "Rescue teams pulled nine people from the river, the Orlova fire service said.\n\n"
     "Mayor Ilse Brandvik said the bridge had been inspected in March. Engineers blamed corroded steel cables. "
     "Three people were taken to hospital with injuries."),
    ("Nine rescued after Orlova bridge falls into Sarnet river", "Harbor Post", "2031-05-04",
     "Nine people were rescued after the Sarnet river bridge in Orlova gave way on Tuesday, the fire service said. "
     "Four cars fell into the river when the span collapsed.\n\n"
     "Mayor Ilse Brandvik promised an inquiry into the corroded cables. "
     "The bridge carried about 12,000 vehicles a day, city figures show."),
    ("Inquiry opened into Orlova bridge collapse", "Daily Meridian", "2031-05-05",
     "Prosecutors opened an inquiry on Wednesday into the collapse of the Sarnet river bridge in Orlova. "
     "Investigators are examining the steel cables that engineers say were corroded.\n\n"
     "Mayor Ilse Brandvik said traffic would be diverted over the Kessel ferry. "
     "Nine people were pulled from the river on Tuesday."),
]
BANK = [
    ("Vestmark central bank raises rates to 4.5%", "Harbor Post", "2031-05-04",
     "The Vestmark central bank raised its main interest rate to 4.5 percent on Tuesday, its third rise this year. "
     "Governor Tomas Quell said inflation of 7.2 percent was too high.\n\n"
     "Economists had expected the increase. The krona rose against the euro after the decision."),
    ("Quell lifts Vestmark rates again as inflation bites", "Valley Courier", "2031-05-04",
     "Governor Tomas Quell lifted the Vestmark central bank's benchmark rate to 4.5 percent on Tuesday. "
     "Inflation reached 7.2 percent in April, the statistics office said.\n\n"
     "The krona strengthened after the announcement, and mortgage lenders said they would follow."),
    ("Vestmark lenders follow central bank rate rise", "Daily Meridian", "2031-05-06",
     "Mortgage lenders in Vestmark raised their rates on Thursday after the central bank's rise to 4.5 percent. "
     "Governor Tomas Quell has said more rises may follow if inflation stays near 7.2 percent.\n\n"
     "Homeowners' groups criticised the krona policy."),
]
TRANSFER = [
    ("Kallio signs for Rotterdam Blues", "Sport Daily", "2031-05-05",
     "Striker Aaro Kallio has joined Rotterdam Blues from Tampere Athletic for a club record fee, both clubs said. "
     "Kallio scored 31 goals last season.\n\n"
     "The forward signed a five-year contract and will wear the number nine shirt."),
    ("Record fee takes Aaro Kallio to Rotterdam", "Harbor Post", "2031-05-05",
     "Tampere Athletic sold striker Aaro Kallio to Rotterdam Blues on Wednesday for a record fee. "
     "The forward, who scored 31 goals, signed a five-year contract.\n\n"
     "Blues coach Marit Olden called Kallio the best young striker in the league."),
]


def _records(stories) -> list[dict]:
    out = []
    for prefix, story in zip("bkt", stories):
        for i, (title, outlet, date, text) in enumerate(story, 1):
            out.append({"id": f"{prefix}{i}", "title": title, "source": outlet, "date": date, "text": text})
    out.sort(key=lambda r: (r["date"], r["id"][1:], r["id"]))
    return out


class InventedFeed:
    """The invented stories (``bridge``, ``bank``, ``transfer``: tuples of (title, outlet, date, text))
    and feeds made of them; the ``invented`` fixture."""

    bridge = BRIDGE
    bank = BANK
    transfer = TRANSFER

    def records(self, stories=(BRIDGE, BANK, TRANSFER)) -> list[dict]:
        """JSON records of the stories, interleaved, with ids (``b1``, ``k2``, ...): the first story
        gets ``b``, the second ``k``, the third ``t``."""
        return _records(stories)

    def articles(self, stories=(BRIDGE, BANK, TRANSFER)) -> list[Article]:
        """The :meth:`records` as articles."""
        return [Article(text=r["text"], title=r["title"], outlet=r["source"], date=r["date"], id=r["id"])
                for r in _records(stories)]

    @staticmethod
    def groups(stories, articles) -> set[frozenset[str]]:
        """The stories as sets of article ids."""
        return {frozenset(articles[k].id for k in s.articles) for s in stories}


@pytest.fixture(scope="session")
def invented() -> InventedFeed:
    """The invented stories and feeds made of them."""
    return InventedFeed()


@pytest.fixture
def articles(invented) -> list[Article]:
    """The three invented stories as one feed."""
    return invented.articles()


@pytest.fixture
def feed_file(tmp_path: Path, invented) -> Path:
    """The three invented stories as one JSON Lines feed."""
    path = tmp_path / "feed.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in invented.records()), encoding="utf-8")
    return path
