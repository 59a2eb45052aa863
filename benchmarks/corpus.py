"""A seeded generator of realistic multi-outlet news stories, for the speed benchmarks and tests.

    python benchmarks/corpus.py --articles 1000 --seed 7 --out /tmp/story [--format md|jsonl|txt]
    python benchmarks/corpus.py --feed --articles 100000 --days 100 --format jsonl --out /tmp/feed

Nothing is downloaded: a *story model* (actors with titles, places, dates, quantities that the
outlets report differently, quotes with speakers, background facts) is drawn from the seed, and each
outlet writes its own articles about it in its house style (byline, dateline, headline case,
boilerplate), paraphrasing the facts (spin-text alternatives, synonyms, clause order), sometimes
running shared wire copy, at 300-1,200 words. Two story kinds (diplomatic talks, an earthquake) keep
the benchmarks from tuning to one vocabulary. The same arguments always give the same bytes.

Python API::

    from benchmarks.corpus import generate
    docs = generate(100, seed=1)          # list of dicts: title, source, url, date, author, text
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import itertools
import json
import random
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

# ---------------------------------------------------------------------------------------------
# Pools (fictional people and outlets; real place names)

FIRST = ("Anna Boris Carla Daniel Elena Farid Grace Hiroshi Ines Jonas Karim Lena Marco Nadia Omar "
         "Petra Quentin Rosa Samir Tomas Ulla Victor Wen Ximena Yusuf Zofia Adrian Beatriz Chen Dmitri "
         "Esther Felix Greta Hassan Irina Jakob Kofi Leila Mateo Noor Oskar Priya Rafael Sofia Taro "
         "Uma Viktor Yara Amara Bruno Celine Dario Emil Fatima Gustav Hana Ivan Julia Kenji").split()
LAST = ("Abara Bergmann Castillo Dubois Eriksen Farouk Gallo Haddad Ivanova Jensen Kowalski Laurent "
        "Moreau Novak Okafor Petrov Quispe Rossi Sato Tanaka Ueda Vargas Weber Xu Yilmaz Zielinski "
        "Albrecht Brennan Costa Dimitrov Esposito Fischer Grant Holm Ibrahim Jovanovic Keller Lindqvist "
        "Mendes Nakamura Olsen Pereira Reyes Schmidt Torres Varga Walsh Yamada Zhou Andersen Bianchi "
        "Carvalho Delgado Engel Fontaine Horvat Kaplan Marsh Nilsen Ortega Popescu Sandoval").split()
PLACE_WORDS = ("Lakeside Harbor Northern Capital Valley Riverside Metro Coastal Highland Prairie "
               "Eastern Western Southern Union Liberty Summit Bay Central Pacific Atlantic Frontier "
               "Granite Cedar Maple Iron Silver Evening Morning Daily Weekly Continental Civic Civil "
               "Pioneer Citizen Meridian Crescent Beacon Gazette Harbour").split()
PAPER_WORDS = ("Tribune Post Herald Times Courier Ledger Observer Journal Chronicle Dispatch Standard "
               "Sentinel Record Express Monitor Review Gazette Star Bulletin Mirror").split()
AGENCIES = (("Global Wire Service", "GWS"), ("Continental Press Agency", "CPA"),
            ("United News Desk", "UND"))
INSTITUTES = ("Institute for Strategic Studies", "Centre for Policy Research", "Foreign Affairs Council",
              "Peace Research Institute", "Atlantic Policy Forum", "School of International Relations",
              "Crisis Analysis Group", "Institute of World Economy", "Geophysical Observatory",
              "Disaster Risk Institute", "University of Lisbon", "Humanitarian Policy Lab")
FIELDS = ("senior fellow", "professor", "analyst", "research director", "former ambassador",
          "visiting scholar", "lecturer", "senior researcher")
CITIES = ("Geneva Vienna Helsinki Oslo Istanbul Doha Reykjavik Lisbon Warsaw Budapest Prague Tbilisi "
          "Nairobi Jakarta Santiago Lima Manila Athens Bucharest Sofia Riga Vilnius Tallinn Baku").split()
REACTORS = ("France", "Germany", "Japan", "Brazil", "India", "Canada", "Turkey", "Italy", "Spain",
            "Poland", "Sweden", "Norway", "Mexico", "Australia", "South Africa", "Indonesia", "Egypt",
            "Kenya", "Argentina", "Chile", "the Netherlands", "Finland", "Greece", "Portugal", "Austria")
SYLLABLES = ("var mor len tis kal dor ven ost ril bra nov sel tam gor vik lun bar pet ush zan mir kor "
             "dal fen").split()
OCCUPATIONS = ("teacher farmer shopkeeper nurse driver student engineer baker pensioner mechanic "
               "carpenter pharmacist accountant fisherman electrician tailor waiter miner clerk shepherd "
               "barber journalist cook builder plumber librarian midwife vet programmer translator "
               "photographer musician welder painter grocer beekeeper").split()
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
MON_ABBR = ("Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec")

# Synonyms applied word by word after the templates are filled (only whole lower-case words).
SYNONYMS: dict[str, tuple[str, ...]] = {
    "said": ("said", "said", "stated", "told reporters", "noted", "declared"),
    "talks": ("talks", "talks", "negotiations", "discussions"),
    "meeting": ("meeting", "meeting", "session", "encounter"),
    "warned": ("warned", "cautioned"),
    "officials": ("officials", "officials", "authorities"),
    "fears": ("fears", "concerns", "worries"),
    "crisis": ("crisis", "crisis", "standoff"),
    "large": ("large", "major", "significant"),
    "quickly": ("quickly", "rapidly", "swiftly"),
    "help": ("help", "assistance", "aid"),
    "residents": ("residents", "inhabitants", "locals"),
    "damaged": ("damaged", "hit", "affected"),
    "expected": ("expected", "anticipated"),
    "demands": ("demands", "requests"),
    "added": ("added", "continued", "went on"),
}


def spin(text: str, rng: random.Random) -> str:
    """Resolve spin-text alternatives ``{a|b|{c|d}}`` from the innermost out."""
    inner = re.compile(r"\{([^{}]*)\}")
    while True:
        m = inner.search(text)
        if not m:
            return text
        text = text[: m.start()] + rng.choice(m.group(1).split("|")) + text[m.end():]


def synonymize(text: str, rng: random.Random, rate: float = 0.35) -> str:
    """Replace some words by synonyms (never inside quotation marks)."""
    parts = re.split(r"(\u201c[^\u201d]*\u201d)", text)
    for i in range(0, len(parts), 2):
        parts[i] = re.sub(
            r"\b[a-z]+\b(?! [A-Z])",  # "said Name" keeps its verb: "told reporters Name" is not English
            lambda m: rng.choice(SYNONYMS[m.group(0)]) if m.group(0) in SYNONYMS and rng.random() < rate
            else m.group(0),
            parts[i],
        )
    return "".join(parts)


def fmt_int(n: int) -> str:
    return f"{n:,}"


# ---------------------------------------------------------------------------------------------
# The story model


@dataclass
class Actor:
    name: str
    title: str  # prenominal: "Valdorian Foreign Minister", "emergency agency chief"

    @property
    def last(self) -> str:
        return self.name.split()[-1]


@dataclass
class Quantity:
    """A figure the outlets disagree on: each outlet picks one of ``variants`` and keeps it."""

    key: str
    variants: tuple[str, ...]


@dataclass
class Fact:
    key: str
    weight: float  # how likely an article carries it (the lead facts near 1)
    templates: tuple[str, ...]


@dataclass
class Story:
    kind: str
    date: dt.date
    city: str
    slots: dict[str, str]
    actors: dict[str, Actor]
    quantities: list[Quantity]
    facts: list[Fact]  # in news order: lead first
    quotes: list[tuple[str, str]]  # (actor key, quoted words)
    background: list[str]
    claims: list[str]  # what analysts say
    colour: list[str]  # scene, side stories (templates)
    reactions: list[str]  # templates with $who (a country) and $minister
    voices: list[str]  # what residents say (spin text; $town is theirs)
    headlines: list[str]


def _adj(country: str) -> str:
    """Valdoria -> Valdorian, Casmir -> Casmirian."""
    return country + ("n" if country.endswith("a") else "ian")


def _town(rng: random.Random) -> str:
    """A fictional town name: two or three syllables and an ending."""
    word = "".join(rng.choice(SYLLABLES) for _ in range(rng.randrange(2, 4)))
    return (word + rng.choice(("", "a", "sk", "grad", "ovo", "ia", "en"))).capitalize()


def _person(rng: random.Random, used: set[str]) -> str:
    while True:
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        if name not in used:
            used.add(name)
            return name


def _talks(rng: random.Random, date: dt.date, used: set[str]) -> Story:
    countries = rng.sample(["Valdoria", "Norland", "Ostrava", "Karelia", "Meridia", "Torvania", "Astoria",
                            "Belmar", "Casmir", "Drevia"], 3)
    x, y, z = countries
    city = rng.choice(CITIES)
    a = Actor(_person(rng, used), f"{_adj(x)} Foreign Minister")
    b = Actor(_person(rng, used), f"{_adj(y)} Foreign Minister")
    c = Actor(_person(rng, used), f"{_adj(z)} President")
    d = Actor(_person(rng, used), "Northern Alliance Secretary-General")
    troops = rng.randrange(60, 180) * 1000
    minutes = rng.choice([60, 75, 90, 120])
    dead = rng.randrange(40, 160) * 100
    since = rng.randrange(2008, 2019)
    qs = [
        Quantity("troops", (f"more than {fmt_int(troops)}", f"about {fmt_int(troops - 25000)}",
                            f"some {fmt_int(troops + 5000)}", "tens of thousands of", f"{fmt_int(troops)}")),
        Quantity("minutes", (f"about {minutes} minutes", f"{minutes} minutes", "nearly two hours"
                             if minutes >= 90 else "just over an hour", f"less than {minutes + 30} minutes")),
        Quantity("dead", (f"more than {fmt_int(dead)}", f"over {fmt_int(dead - 1000)}", f"some {fmt_int(dead)}",
                          f"at least {fmt_int(dead + 700)}")),
    ]
    slots = dict(X=x, Y=y, Z=z, city=city, since=str(since), Xadj=_adj(x), Yadj=_adj(y), Zadj=_adj(z))
    facts = [
        Fact("met", 1.0, (
            "$A and $B {met|held talks} in $city on $weekday {in an attempt|in a bid|trying} to "
            "{avert|defuse|ease} the {crisis|confrontation} over $Z.",
            "The top diplomats of $X and $Y {met|sat down} in $city on $weekday for {high-stakes|tense|"
            "closely watched} talks on $Z, {but with little hope of a breakthrough|with few expectations of "
            "progress|amid fears of a wider war}.",
            "{$A|$Aname} and {his|her} $Yadj counterpart $Bname {held|had} {talks|a meeting} in $city "
            "{on $weekday|on $date} {that|which} {ended without a breakthrough|produced no breakthrough|"
            "yielded no concrete results}.",
        )),
        Fact("nobreak", 0.9, (
            "The talks {ended|concluded} without {a breakthrough|any major breakthrough|significant progress}, "
            "but both sides {agreed|promised} to keep {talking|the dialogue going}.",
            "{Neither side|Neither minister} {announced|reported} {a breakthrough|concrete progress}, "
            "{though|but} both {described the talks as|called the meeting} {useful|frank|constructive}.",
        )),
        Fact("duration", 0.6, (
            "The {meeting|talks} lasted $minutes, {according to|said} {diplomats|officials} {familiar with|"
            "briefed on} the {talks|discussions}.",
            "$Alast and $Blast {spoke|talked} for $minutes {at a hotel|behind closed doors|at the "
            "$Xadj mission} in $city.",
        )),
        Fact("troops", 0.8, (
            "$X {has massed|has amassed|has deployed} $troops troops near {the border with $Z|$Z's borders}, "
            "{raising alarm|stoking fears} in {Western capitals|neighbouring capitals|$Y} that {an invasion|"
            "a military offensive} {could be|may be} {imminent|coming}.",
            "{By Western estimates,|In all,|Altogether,} $troops $Xadj troops {are stationed|have gathered|are positioned} "
            "{along|near} $Z's frontier, {officials|intelligence reports} {say|said}.",
        )),
        Fact("written", 0.7, (
            "$Blast said $Y would {respond|reply} in writing to $X's "
            "{demands|proposals} {next week|within days|in the coming days}.",
            "$Y {agreed|promised} to {send|deliver} written {answers|responses} to $X's security "
            "{demands|proposals} {next week|within a week}, $Alast said.",
        )),
        Fact("demands", 0.65, (
            "$X {wants|is demanding|has demanded} guarantees that the Northern Alliance will never "
            "{admit|accept} $Z {as a member|into its ranks} and will {pull back|withdraw} forces from "
            "{the region|its eastern flank}.",
            "{Among $X's demands|$X's demands include} {a promise|a guarantee} {that $Z will never join|"
            "barring $Z from joining} the Northern Alliance and {a rollback|a reduction} of "
            "{alliance|Western} deployments {in the east|near its borders}.",
        )),
        Fact("sanctions", 0.6, (
            "$Y and its allies have {warned|threatened} $X of {severe|massive|swift} {consequences|"
            "economic sanctions} if it {invades|attacks|moves against} $Z.",
            "{Western governments|$Y and its partners} {have promised|have vowed} {crippling|sweeping|"
            "unprecedented} sanctions {should|if} $Xadj forces {cross|enter} $Z.",
        )),
        Fact("deny", 0.55, (
            "$X {denies|has denied|rejects claims} that it {plans|is planning|intends} to {invade|attack} $Z.",
            "$Xadj officials {insist|maintain|say} {they have no plans|there is no plan} to {invade|attack} "
            "$Z {and accuse|, accusing} the Northern Alliance of {provocations|stoking tensions}.",
        )),
        Fact("war", 0.5, (
            "{A conflict|Fighting} in eastern $Z has {killed|claimed} $dead {people|lives} since $since.",
            "{Since $since,|Over the past years,} $dead people have {died|been killed} in {the conflict|fighting} "
            "{in eastern $Z|between $Zadj forces and separatists}.",
        )),
        Fact("previous", 0.4, (
            "The {meeting|talks} {followed|came after} {a week of|a flurry of|days of} diplomacy {that failed to|"
            "which did not} {bridge|narrow} {deep|wide} divides.",
            "Deputy ministers {met|had met} in $city {earlier this month|two weeks ago} {and agreed to keep|"
            "agreeing only to preserve} {dialogue|talking}.",
        )),
        Fact("alliance", 0.45, (
            "$D said the Northern Alliance {remained|was} {ready for|open to} dialogue but would not "
            "{compromise|bargain} on {core principles|the right of nations to choose their alliances}.",
        )),
        Fact("president", 0.45, (
            "$C {urged|called on} {both sides|$X and $Y} to {keep talking|avoid escalation} and said $Z "
            "would {defend itself|not give up territory}.",
            "In {a video address|a televised speech|remarks to parliament}, $C {said|insisted} $Z "
            "{would not be intimidated|was ready for any scenario}.",
        )),
        Fact("next", 0.5, (
            "{Both sides|The two ministers} {left open|did not rule out} {another meeting|further talks|a summit "
            "between their leaders}.",
            "{A further meeting|Another round of talks|A leaders' summit} {could|may} {follow|take place} "
            "{once written replies are delivered|in the coming weeks|later this month}, {officials|diplomats} said.",
        )),
    ]
    quotes = [
        ("A", "We did not expect a breakthrough today, but we now understand each other's positions better"),
        ("A", "Our demands are clear and we expect concrete answers, not more words"),
        ("B", "I hope that emotions will decrease and that we can return to diplomacy"),
        ("B", "If any forces cross the border, the response will be swift, severe and united"),
        ("C", "Nobody will decide about us without us"),
        ("D", "The door to dialogue remains open, but we will defend every ally"),
        ("A", "The talks were frank and useful, and I hope that emotions will cool"),
    ]
    background = [
        "$X {annexed|seized} {a region|a peninsula} of $Z in $since, {a move|an action} {condemned|not "
        "recognised} by most of the world.",
        "The Northern Alliance has {expanded|grown} eastwards {since the end of the Cold War|over three "
        "decades}, {which $X sees as|a process $X calls} a {threat|danger} to its security.",
        "$Z {is not a member of|has sought to join} the Northern Alliance {but receives|and receives} "
        "{military|defensive} {aid|support} from $Y.",
        "{Energy prices|Gas prices} in {Europe|the region} have {risen|climbed|jumped} {on fears|amid worries} "
        "that {a war|conflict} {could|might} {disrupt|cut} supplies from $X.",
        "$X {supplies|provides} {a large share|about a third} of the region's natural gas.",
        "{Diplomats|Officials} {said|noted} that the {current|latest} crisis is the {worst|most serious} "
        "{since|in} decades.",
    ]
    claims = [
        "neither side {wants|is ready for} {a war|open conflict}",
        "$X is {testing|probing} Western {unity|resolve}",
        "the {window|room} for diplomacy is {narrowing|closing}",
        "written {answers|replies} {could|might} {buy time|delay a decision}",
        "sanctions alone {would not|might not} {deter|stop} $X",
        "$Z has become {a bargaining chip|the centre of a wider contest}",
        "energy {supplies|markets} {give|hand} $X {leverage|a lever}",
        "domestic politics in $Y {limit|constrain} {room for compromise|what $Blast can offer}",
        "$X {overplayed|may have overplayed} its hand by {publishing|leaking} its demands",
        "a {limited|partial} incursion {would split|could divide} the Northern Alliance",
        "the {winter|coming months} {favour|could favour} a {military|ground} operation",
        "{arms control|missile limits} {offers|could offer} {common ground|a way forward}",
    ]
    voices = [
        "{we have|my family has} {packed|prepared} {bags|documents} {just in case|in case we must leave}",
        "nobody {here|in $town} {believes|thinks} the {talks|diplomats} will {change anything|stop a war}",
        "{prices|the price of bread} {doubled|went up} {since the autumn|in a month}",
        "{my son|my brother|my husband} {serves|is serving} {at the front|near the border}",
        "we {have lived|lived} {with this war|next to the front} {for years|since $since} and we are tired",
        "{the shelters|the basements} {are ready|have been cleaned out} {again|for the first time in years}",
        "{business|trade} {has stopped|has collapsed} {because|since} {buyers|customers} are afraid",
        "I {want|hope} the {leaders|politicians} to {remember|think about} {ordinary people|families like mine}",
    ]
    colour = [
        "In $Zcity, {hundreds|thousands} of people {rallied|marched|gathered} {on $weekday|over the weekend} "
        "{in support of|to back} the government.",
        "{Reservists|Volunteers} in $Z {trained|drilled} {in a forest|on a former factory site} "
        "{outside|near} $Zcity, {local media|state television} {reported|showed}.",
        "{Markets|Stocks|Bond yields} in $Xcity {fell|dropped|slipped} {sharply|on $weekday} as {investors|"
        "traders} {weighed|priced in} the {risk|chance} of {war|sanctions}.",
        "{Airlines|Several carriers} {suspended|cancelled|reviewed} flights to $Zcity {citing|because of} "
        "{security concerns|insurance costs}.",
        "$Y's embassy in $Zcity {ordered|told|advised} {families of diplomats|non-essential staff} "
        "to {leave|depart}.",
        "{Satellite images|Commercial satellite photos} {showed|appeared to show} {new|additional} "
        "{field hospitals|tank columns|supply depots} {near|close to} the border.",
    ]
    slots.update(Zcity=_town(rng), Xcity=_town(rng))
    reactions = [
        "{The foreign ministry of $who|$who's foreign ministry} {said|said in a statement} it {welcomed|"
        "supported} {the talks|the dialogue in $city} and {urged|called on} all sides to {show restraint|avoid "
        "escalation}.",
        "$who's foreign minister $minister {said|told parliament} that {diplomacy|dialogue} {was|remained} "
        "the only {way|path} {out of the crisis|to avoid war}.",
        "$who {said|announced} it would {send|deploy} {additional|more} {troops|fighter jets|warships} to "
        "{the alliance's eastern flank|the region} {as a precaution|in the coming weeks}.",
        "{Officials in $who|$who's government} {offered|proposed} to {host|mediate} {further talks|a follow-up "
        "meeting}, {$minister said|according to $minister, a government spokesperson}.",
        "$who {told|advised} its citizens {to leave $Z|not to travel to $Z} {while commercial flights are "
        "still available|until further notice}.",
    ]
    headlines = [
        "No breakthrough, but $X and $Y say talks {useful|frank} amid $Z crisis",
        "{Little hope of|Few expectations for a} breakthrough as $X, $Y hold high-stakes $Z talks",
        "$X and $Y try to lower {temperature|tensions} as $Z {standoff|crisis} simmers",
        "$Blast: no significant progress in talks with $X on $Z",
        "$Alast and $Blast meet in $city as fears of war grow",
        "{Talks in $city|$city talks} end without deal on $Z",
        "What we know about the $X-$Y talks in $city",
    ]
    return Story("talks", date, city, slots, dict(A=a, B=b, C=c, D=d), qs, facts, quotes, background,
                 claims, colour, reactions, voices, headlines)


def _quake(rng: random.Random, date: dt.date, used: set[str]) -> Story:
    country = rng.choice(["Valdoria", "Meridia", "Torvania", "Belmar", "Casmir", "Drevia"])
    region = rng.choice(["Kessra", "Amund", "Lorvik", "Sarn", "Petrovo", "Ulmen"])
    city = _town(rng)
    a = Actor(_person(rng, used), f"{_adj(country)} President")
    b = Actor(_person(rng, used), "emergency agency chief")
    c = Actor(_person(rng, used), "Geophysical Observatory seismologist")
    d = Actor(_person(rng, used), "Red Crescent coordinator")
    mag = rng.randrange(60, 79) / 10
    dead = rng.randrange(80, 900)
    injured = dead * rng.randrange(3, 8)
    homeless = rng.randrange(10, 90) * 1000
    qs = [
        Quantity("magnitude", (f"{mag}", f"{mag}", f"{mag + 0.2:.1f}", f"{mag - 0.1:.1f}")),
        Quantity("dead", (f"at least {dead}", f"more than {dead - 20}", f"{dead + 35}", f"nearly {dead + 60}")),
        Quantity("injured", (f"{fmt_int(injured)}", f"more than {fmt_int(injured - 100)}", "hundreds",
                             f"about {fmt_int(injured + 300)}")),
        Quantity("homeless", (f"{fmt_int(homeless)}", f"tens of thousands of", f"some {fmt_int(homeless + 5000)}")),
    ]
    slots = dict(X=country, Xadj=_adj(country), R=region, city=city, Rcity=_town(rng),
                 hour=str(rng.randrange(1, 12)), depth=str(rng.randrange(8, 40)))
    facts = [
        Fact("struck", 1.0, (
            "A magnitude $magnitude earthquake {struck|hit|shook} the $R region of $X {early on|on} $weekday, "
            "killing $dead people and {injuring|wounding} $injured, {officials|authorities} said.",
            "{At least a dozen|More than a dozen|Several|Some twenty} villages {were flattened|lay in ruins} after a "
            "$magnitude-magnitude {quake|earthquake} {struck|hit} $R {on $weekday|on $date}, "
            "{killing|leaving dead} $dead people.",
            "The death toll from $weekday's {earthquake|quake} in $X's $R {province|region} {rose|climbed} "
            "to $dead as rescuers {searched|dug} through {rubble|collapsed buildings}.",
        )),
        Fact("homeless", 0.7, (
            "$homeless people {were left|have been left} {homeless|without shelter} and {spent the night|"
            "slept} {outdoors|in tents|in their cars} in {freezing|near-freezing|cold} temperatures.",
            "{Authorities|Officials} {estimate|said} that $homeless {residents|people} {lost their homes|"
            "cannot return to their homes}.",
        )),
        Fact("depth", 0.5, (
            "The {quake|tremor} {was centred|struck} {about|some} $depth kilometres below the surface "
            "{near $Rcity|close to $Rcity}, {according to|said} the Geophysical Observatory.",
            "{Seismologists|The Geophysical Observatory} {said|reported} the {epicentre|quake's centre} "
            "was {at a depth of|only} $depth kilometres {near $Rcity|under the $R valley}.",
        )),
        Fact("aftershocks", 0.6, (
            "{Dozens|More than 100|Scores} of aftershocks {followed|rattled the region}, {the strongest|one} "
            "of them {measuring|registering} {5.1|4.8|5.4}.",
            "{Strong|Repeated} aftershocks {hampered|slowed|complicated} {rescue efforts|the search} "
            "{through the night|on $weekday}.",
        )),
        Fact("rescue", 0.8, (
            "{Rescuers|Rescue teams|Emergency crews} {worked|searched} {through the night|around the clock} "
            "{to reach|to free} people {trapped|buried} under {collapsed buildings|the rubble}.",
            "$B said {about|more than} {2,000|3,500|1,800} rescuers {had been|were} {deployed|sent} to $R.",
        )),
        Fact("mourning", 0.5, (
            "$A {declared|announced} {three days|a week|seven days} of national mourning and {visited|toured} "
            "{the worst-hit|the devastated} {towns|areas} on $weekday.",
        )),
        Fact("aid", 0.6, (
            "{Neighbouring countries|Several governments|The European Union} {sent|offered|pledged} "
            "{rescue teams|tents and blankets|emergency aid}, and {the United Nations|UN agencies} "
            "{released|freed} {emergency funds|$5 million}.",
            "{International|Foreign} {aid|help} {began arriving|started to arrive} at $Rcity's airport "
            "{on $weekday|late on $weekday}.",
        )),
        Fact("roads", 0.5, (
            "{Landslides|Rockfalls} {blocked|cut} {roads|mountain roads|the main highway} to {several|some} "
            "villages, {leaving|cutting off} {them|residents} {without help|from aid}.",
        )),
        Fact("power", 0.45, (
            "{Power|Electricity} and {water|phone lines} were {cut|down} in {much of|large parts of} $R, "
            "{the utility|officials} said.",
        )),
        Fact("schools", 0.35, (
            "{Schools|All schools} in $R {will remain|were} closed {for a week|until further notice}, "
            "the education ministry said.",
        )),
    ]
    quotes = [
        ("A", "We will rebuild every home and no one will be left alone"),
        ("B", "The next 48 hours are critical for finding survivors"),
        ("C", "Aftershocks of magnitude five or more remain possible for weeks"),
        ("D", "People urgently need shelter, clean water and blankets"),
        ("B", "Our teams are working without rest but some villages are still cut off"),
        ("A", "This is one of the darkest days in the history of our nation"),
    ]
    background = [
        "$X {lies|sits} on {several|major} {fault lines|active faults} and {is frequently hit|has often been "
        "hit} by {earthquakes|strong quakes}.",
        "A {similar|stronger} {quake|earthquake} {killed|left dead} {hundreds|thousands} of people in the "
        "{same|neighbouring} region {two decades|nineteen years} ago.",
        "{Critics|Engineers} have {long|repeatedly} {warned|said} that {building codes|construction rules} "
        "{are poorly enforced|are often ignored} in {rural|mountain} areas.",
        "{Many|Most} houses in $R are {built|made} of {mud brick|unreinforced masonry|stone}, "
        "{which|and they} {collapse|crumble} easily.",
    ]
    claims = [
        "{poor|weak} construction {explains|caused} {much|most} of the {damage|toll}",
        "the {toll|death toll} {is likely to|will probably} {rise|climb}",
        "{early warning|warning} systems {worked|failed} in {parts|some} of $R",
        "{reconstruction|rebuilding} {will take|could take} years",
        "{more|further} {strong|damaging} aftershocks {are|remain} possible",
        "{the fault|the faults under $R} had been {building stress|locked} for {a century|decades}",
        "{informal|unregistered} {housing|settlements} {suffered|took} the {worst|heaviest} damage",
        "{the first|the initial} {72 hours|three days} {decide|determine} how many {survive|are saved}",
        "{insurance|insured losses} {will cover|covers} only a {fraction|small part} of the damage",
    ]
    voices = [
        "{the walls|the whole house|the roof} {shook|collapsed} {and I ran out|while we were sleeping}",
        "{we have|my family has} {slept|spent two nights} {in the car|in a tent|outside} {since|after} the quake",
        "{my neighbours|my cousins|three of my neighbours} are still {under the rubble|missing}",
        "{nobody|no one} from the {government|authorities} has {come|reached} {our village|$town} {yet|so far}",
        "we {need|have no} {tents|blankets|clean water|medicine} and the {nights|children} are {cold|sick}",
        "{the school|the mosque|the clinic} {is gone|was destroyed} and {the children|the old people} "
        "{have nowhere to go|sleep outside}",
        "I {heard|felt} a {roar|terrible noise} and then {everything|the ground} {moved|went dark}",
        "we {dug|searched} with our {hands|shovels} {for hours|all night} {before|until} the rescuers came",
    ]
    colour = [
        "In $Rcity, {families|survivors} {queued|waited} for {bread|water|blankets} {outside|near} "
        "{a mosque|a school|the town hall}.",
        "{Volunteers|Neighbours} {dug|searched} with {bare hands|shovels} {through|in} the {rubble|ruins} "
        "{of a school|of apartment blocks}.",
        "{A girl|A boy|An elderly woman} was {pulled alive|rescued} from the {rubble|ruins} after "
        "{30|40|52} hours, {state television|local media} {showed|reported}.",
        "{Hospitals|Clinics} in $Rcity {were overwhelmed|struggled to cope} and {treated|set up} "
        "{patients|beds} {in corridors|in tents outside}.",
        "{Blood donors|Volunteers} {lined up|queued} in $city {to help|after appeals}.",
    ]
    headlines = [
        "{Earthquake|Quake} in $X's $R kills $dead",
        "Death toll {rises|climbs} after $magnitude quake {hits|strikes} $R",
        "Rescuers race to find survivors after $X earthquake",
        "$A declares mourning as quake toll rises",
        "{Thousands|Families} homeless after {deadly|powerful} $R quake",
        "What we know about the earthquake in $R",
    ]
    reactions = [
        "$who {sent|dispatched|flew in} {a search and rescue team|sniffer dogs and rescuers|a field hospital} "
        "{to $R|to $Rcity}, {its foreign ministry said|$minister, a government spokesperson, said}.",
        "$who's {prime minister|president} {offered|sent} condolences and {pledged|promised} {help|aid|"
        "financial support} for {the survivors|reconstruction}.",
        "{A team of|About 60} {engineers|doctors|rescuers} from $who {arrived|landed} in $Rcity {on $weekday|"
        "overnight}, {$minister said|according to $minister of its civil protection agency}.",
        "$who {pledged|promised|announced} {$2 million|$10 million|5 million euros} in {emergency aid|"
        "humanitarian assistance} for $X.",
    ]
    return Story("quake", date, city, slots, dict(A=a, B=b, C=c, D=d), qs, facts, quotes, background,
                 claims, colour, reactions, voices, headlines)


KINDS = {"talks": _talks, "quake": _quake}


def make_story(seed: int, kind: str | None = None) -> Story:
    """Draw a story from the seed (its kind too, unless given)."""
    rng = random.Random(f"story:{seed}")
    kind = kind or rng.choice(sorted(KINDS))
    date = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randrange(0, 6 * 365))
    return KINDS[kind](rng, date, set())


# ---------------------------------------------------------------------------------------------
# Outlets


@dataclass
class Outlet:
    name: str
    short: str
    domain: str
    dateline: int  # 0 none, 1 "CITY, Jan 21 (OUT) -", 2 "CITY —", 3 "City, Jan 21 (OUT).-"
    byline: int  # 0 none, 1 "By X", 2 "X | Outlet", 3 "By X for Outlet", 4 "X, Staff Reporter"
    title_case: bool
    boilerplate: tuple[str, ...]
    variant: dict[str, int] = field(default_factory=dict)
    verbose: float = 0.5


BOILERPLATE = (
    "Advertisement", "Sign up for our morning newsletter", "Read more:", "Related Articles",
    "Share this article", "Follow us on social media for the latest updates", "{n} views {c} comment(s)",
    "Click here to subscribe", "This article was originally published by {agency} and is reprinted with "
    "permission.", "Copyright {year} {outlet}. All rights reserved.", "Photo: {agency}",
    "Disclaimer: The translations are mostly done through AI translator and might not be 100% accurate.",
    "Listen to this article", "Most read", "Skip to main content", "Accept all cookies",
)


TRAILING = ("Copyright", "Sign up", "Follow", "Share")


def make_outlets(n: int, seed: int) -> list[Outlet]:
    """``n`` distinct outlets with house styles."""
    rng = random.Random(f"outlets:{seed}")
    out: list[Outlet] = []
    names: set[str] = set()
    while len(out) < n:
        name = f"The {rng.choice(PLACE_WORDS)} {rng.choice(PAPER_WORDS)}"
        if len(names) >= len(PLACE_WORDS) * len(PAPER_WORDS):
            name = f"{name} {len(out)}"
        if name in names:
            continue
        names.add(name)
        short = "".join(w[0] for w in name.split()[1:]).upper()
        out.append(Outlet(
            name=name, short=short, domain=re.sub(r"[^a-z0-9]", "", name.lower()[4:]) + ".example",
            dateline=rng.randrange(4), byline=rng.randrange(5), title_case=rng.random() < 0.5,
            boilerplate=tuple(rng.sample(BOILERPLATE, rng.randrange(2, 6))),
            variant={q: rng.randrange(1000) for q in ("troops", "minutes", "dead", "magnitude", "injured",
                                                      "homeless")},
            verbose=rng.random(),
        ))
    return out


# ---------------------------------------------------------------------------------------------
# Writing articles


class Writer:
    """Writes articles about one story for many outlets; all randomness comes from the seed."""

    def __init__(self, story: Story, seed: int) -> None:
        self.story = story
        self.seed = seed
        self.people: set[str] = {a.name for a in story.actors.values()}

    def fill(self, template: str, rng: random.Random, outlet: Outlet, day: dt.date) -> str:
        s = self.story
        text = spin(template, rng)
        values = dict(s.slots)
        for q in s.quantities:
            values[q.key] = q.variants[outlet.variant.get(q.key, 0) % len(q.variants)]
        for key, a in s.actors.items():
            values[key] = f"{a.title} {a.name}"
            values[key + "name"] = a.name
            values[key + "last"] = a.last
        values["weekday"] = WEEKDAYS[s.date.weekday()] if day == s.date else MONTHS[s.date.month - 1] + \
            f" {s.date.day}"
        values["date"] = f"{MONTHS[s.date.month - 1]} {s.date.day}"
        text = re.sub(r"\$([A-Za-z]+)", lambda m: values.get(m.group(1), m.group(0)), text)
        text = synonymize(text, rng)
        text = re.sub(r"\s+,", ",", re.sub(r"\s+", " ", text)).strip()
        return text[0].upper() + text[1:]

    def quote(self, rng: random.Random, outlet: Outlet, day: dt.date, k: int) -> str:
        """Quote number ``k`` of the story, worded in one of several ways."""
        key, words = self.story.quotes[k]
        a = self.story.actors[key]
        if rng.random() < 0.3:  # partial quote
            cut = words.split(",")[0].split(" but ")[0]
            if not cut.startswith("I "):
                cut = cut[0].lower() + cut[1:]
            return self.fill(f"{a.last} said {{that|}} \u201c{cut}\u201d.", rng, outlet, day)
        form = rng.randrange(3)
        who = f"${key}" if rng.random() < 0.5 else f"${key}last"
        if form == 0:
            return self.fill(f"\u201c{words},\u201d {who} {{said|told reporters|said after the meeting}}.", rng,
                             outlet, day)
        if form == 1:
            return self.fill(f"{who} {{said|told reporters}}: \u201c{words}.\u201d", rng, outlet, day)
        return self.fill(f"\u201c{words},\u201d {{said|added}} {who}, {{speaking|talking}} {{in $city|to "
                         f"journalists|on state television}}.", rng, outlet, day)

    def analyst(self, rng: random.Random, outlet: Outlet, day: dt.date, k: int) -> str:
        """An analyst (a new name each time) making claim number ``k``."""
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        inst = rng.choice(INSTITUTES)
        claim = self.story.claims[k]
        role = rng.choice(FIELDS)
        role = ("an " if role[0] in "aeiou" else "a ") + role
        tpl = rng.choice([
            f"{name}, {role} at the {inst}, said {claim}.",
            f"According to {name} of the {inst}, {claim}.",
            f"\u201cWhat we are seeing is that {claim},\u201d said {name}, {role} at the {inst}.",
            f"{{Some|Several|Many}} {{analysts|experts|observers}} {{believe|argue|say}} {claim}.",
        ])
        return self.fill(tpl, rng, outlet, day)

    def headline(self, rng: random.Random, outlet: Outlet, day: dt.date) -> str:
        h = self.fill(rng.choice(self.story.headlines), rng, outlet, day).rstrip(".")
        if outlet.title_case:
            h = " ".join(w if (w.isupper() or w in {"a", "an", "the", "of", "in", "on", "as", "and", "to", "for"})
                         else w[0].upper() + w[1:] for w in h.split())
        return h

    def witness(self, rng: random.Random, outlet: Outlet, day: dt.date, k: int) -> str:
        """Voice number ``k``: a resident (a new name, age, job and town each time) speaking."""
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        who = f"{name}, a {rng.randrange(19, 84)}-year-old {rng.choice(OCCUPATIONS)} from $town,"
        words = self.story.voices[k].replace("$town", "$town")
        tpl = rng.choice([
            f"\u201c{{{words}}},\u201d said {who[:-1]}.",
            f"{who} said {words}.",
            f"{who[:-1]} {{said|told|told us}}: \u201c{{{words}}}.\u201d",
        ])
        text = self.fill(tpl.replace("$town", _town(rng)), rng, outlet, day)
        return text[0].upper() + text[1:]

    def reaction(self, rng: random.Random, outlet: Outlet, day: dt.date, country: str) -> str:
        """A foreign government's reaction (one per country and article)."""
        minister = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        tpl = rng.choice(self.story.reactions)
        return self.fill(tpl.replace("$who", country).replace("$minister", minister), rng, outlet, day)

    def paragraphs(self, rng: random.Random, outlet: Outlet, day: dt.date, words: int) -> list[str]:
        """The body: inverted pyramid of facts, quotes, analysis, colour, reactions and background.

        Each fact, quote, claim, colour or background template is used at most once per article, so
        an article never repeats itself; it ends when it reaches ``words`` or runs out of material.
        """
        s = self.story
        facts = [f for f in s.facts if rng.random() < f.weight]
        if s.facts[0] not in facts:
            facts.insert(0, s.facts[0])
        items: list[str] = [self.fill(rng.choice(f.templates), rng, outlet, day) for f in facts]
        quotes = rng.sample(range(len(s.quotes)), len(s.quotes))
        pools = {
            "quote": quotes,
            "analyst": rng.sample(range(len(s.claims)), len(s.claims)),
            "colour": rng.sample(range(len(s.colour)), len(s.colour)),
            "background": rng.sample(range(len(s.background)), len(s.background)),
            "reaction": rng.sample(range(len(REACTORS)), rng.randrange(2, 14)),
            # residents: each voice at most twice, by different people from different towns
            "voice": rng.sample(list(range(len(s.voices))) * 2, 2 * len(s.voices)),
        }
        pos = min(2, len(items))
        items.insert(pos, self.quote(rng, outlet, day, pools["quote"].pop()))
        n_words = sum(len(x.split()) for x in items)
        kinds = list(pools)
        weights = (2, 3, 3, 2, 2, 3)
        while n_words < words and any(pools.values()):
            kind = rng.choices(kinds, weights=weights)[0]
            if not pools[kind]:
                continue
            k = pools[kind].pop()
            if kind == "quote":
                text = self.quote(rng, outlet, day, k)
            elif kind == "analyst":
                text = self.analyst(rng, outlet, day, k)
            elif kind == "colour":
                text = self.fill(s.colour[k], rng, outlet, day)
            elif kind == "voice":
                text = self.witness(rng, outlet, day, k)
            elif kind == "reaction":
                text = self.reaction(rng, outlet, day, REACTORS[k])
            else:
                text = self.fill(s.background[k], rng, outlet, day)
            where = len(items) if kind == "background" else rng.randrange(pos + 1, len(items) + 1)
            items.insert(where, text)
            n_words += len(text.split())
        # Group into paragraphs of one to three sentences (quotes stand alone more often).
        paras: list[str] = []
        i = 0
        while i < len(items):
            k = 1 if items[i].startswith("\u201c") else rng.choice((1, 1, 2, 2, 3))
            paras.append(" ".join(items[i:i + k]))
            i += k
        return paras

    def article(self, i: int, outlet: Outlet, wire: dict | None, agency: tuple[str, str]) -> dict:
        """Article number ``i`` by ``outlet`` (a wire pickup when ``wire`` is given)."""
        s = self.story
        rng = random.Random(f"article:{self.seed}:{i}")
        spread = max(1, min(30, i // 40 + 1))
        day = s.date + dt.timedelta(days=min(rng.randrange(spread), rng.randrange(spread)))
        words = rng.randrange(300, 1200)
        if wire is not None and rng.random() < 0.9:
            keep = rng.randrange(max(3, len(wire["paras"]) // 2), len(wire["paras"]) + 1)
            paras = list(wire["paras"][:keep])
            title = wire["title"] if rng.random() < 0.5 else self.headline(rng, outlet, day)
            credit = agency[1]
        else:
            paras = self.paragraphs(rng, outlet, day, words)
            title = self.headline(rng, outlet, day)
            credit = outlet.short
        author = _person(rng, set(self.people)) if outlet.byline else ""
        city = s.city.upper()
        abbr = f"{MON_ABBR[day.month - 1]} {day.day}"
        if outlet.dateline == 1:
            paras[0] = f"{city}, {abbr} ({credit}) - {paras[0]}"
        elif outlet.dateline == 2:
            paras[0] = f"{city} \u2014 {paras[0]}"
        elif outlet.dateline == 3:
            paras[0] = f"{s.city}, {abbr} ({credit}).- {paras[0]}"
        head: list[str] = []
        if outlet.byline == 1:
            head.append(f"By {author}")
        elif outlet.byline == 2:
            head.append(f"{author} | {outlet.name}")
        elif outlet.byline == 3:
            head.append(f"By {author} for {agency[1] if wire else outlet.name}")
        elif outlet.byline == 4:
            head.append(f"{author}, Staff Reporter")
        fill = dict(agency=agency[0], outlet=outlet.name, year=str(day.year), n=str(rng.randrange(100, 9000)),
                    c=str(rng.randrange(0, 40)))
        boiler = [re.sub(r"\{(\w+)\}", lambda m: fill[m.group(1)], b) for b in outlet.boilerplate]
        inline = [b for b in boiler if not b.startswith(TRAILING)]
        body = head[:]
        for j, p in enumerate(paras):
            body.append(p)
            if inline and j in (1, len(paras) // 2) and rng.random() < 0.5:
                body.append(inline[j % len(inline)])
        body.extend(b for b in boiler if b.startswith(TRAILING))
        hour = rng.randrange(5, 23)
        slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:60]
        return {
            "title": title,
            "source": outlet.name,
            "url": f"https://www.{outlet.domain}/{day.year}/{day.month:02d}/{day.day:02d}/{slug}-{i}",
            "date": f"{day.isoformat()}T{hour:02d}:{rng.randrange(60):02d}:00+00:00",
            "author": author,
            "text": "\n\n".join(body),
        }


def generate(n: int, seed: int = 0, kind: str | None = None) -> list[dict]:
    """``n`` articles about one seeded story, as dicts with title, source, url, date, author, text."""
    if n < 0:
        raise ValueError("n must be >= 0")
    story = make_story(seed, kind)
    writer = Writer(story, seed)
    outlets = make_outlets(max(3, min(600, n // 3 + 3)), seed)
    rng = random.Random(f"plan:{seed}")
    agency = AGENCIES[seed % len(AGENCIES)]
    wire_outlet = Outlet(agency[0], agency[1], agency[1].lower() + ".example", 1, 0, False, ())
    wires: list[dict] = []
    for w in range(max(1, n // 50)):
        wrng = random.Random(f"wire:{seed}:{w}")
        day = story.date + dt.timedelta(days=w // 3)
        wires.append({"title": writer.headline(wrng, wire_outlet, day),
                      "paras": writer.paragraphs(wrng, wire_outlet, day, wrng.randrange(350, 700))})
    docs = []
    cum = list(itertools.accumulate(1.0 / (k + 1) ** 0.8 for k in range(len(outlets))))
    for i in range(n):
        # Big outlets publish more: a Zipf-like choice of outlet.
        outlet = rng.choices(outlets, cum_weights=cum)[0]
        wire = wires[min(len(wires) - 1, i * len(wires) // max(1, n))] if rng.random() < 0.25 else None
        docs.append(writer.article(i, outlet, wire, agency))
    return docs


def _sizes(n: int, k: int, rng: random.Random) -> list[int]:
    """``k`` story sizes summing to ``n``, heavy-tailed (a few big stories, many small ones), each >= 1."""
    weights = [rng.paretovariate(1.3) for _ in range(k)]
    total = sum(weights)
    sizes = [1 + int((n - k) * w / total) for w in weights]
    for i in sorted(range(k), key=lambda i: -weights[i])[: n - sum(sizes)]:
        sizes[i] += 1
    return sizes


_TOPIC_SENTENCES = (
    "{A} and {b} remain at the centre of the {c} question.",
    "The {a} issue, tied to {b}, has weighed on the {c} debate for months.",
    "Critics pointed to {a}, {b} and the wider {c} file.",
    "Much now depends on {a} and on how the {b} and {c} are handled.",
)


def _topic_pool() -> list[str]:
    """Pseudo-words (two and three syllables), a fixed list: the topical vocabulary of the feed."""
    two = [a + b for a in SYLLABLES for b in SYLLABLES if a != b]
    return two + [w + c for w in two for c in SYLLABLES[:12]]


def _topical(text: str, lexicon: list[str], weights: list[float], key: str) -> str:
    """``text`` with two sentences of the story's own vocabulary after each long paragraph.

    The sentence depends only on the paragraph (and the story), so wire copies stay copies.
    """
    out = []
    for para in text.split("\n\n"):
        if len(para.split()) >= 25:
            rng = random.Random(f"topic:{key}:{para[:60]}")
            for _ in range(2):
                a, b, c = rng.choices(lexicon, weights=weights, k=3)
                para += " " + rng.choice(_TOPIC_SENTENCES).format(A=a.capitalize(), a=a, b=b, c=c)
        out.append(para)
    return "\n\n".join(out)


def generate_feed(n: int, seed: int = 0, *, stories: int | None = None, days: int = 30,
                  start: dt.date = dt.date(2024, 3, 1)) -> list[dict]:
    """A mixed feed: ``n`` articles from many seeded stories (default ``n // 10``) over ``days`` days.

    Stories have heavy-tailed sizes and start on days spread over the window; each has its own
    topical vocabulary (60 pseudo-words drawn by a Zipf law from one pool, so common ones recur
    across stories, as "election" or "court" do), two sentences of it after each long paragraph; a story's articles
    spread over the days after its start (wider for bigger stories). One pool of outlets covers all
    the stories (as in a real feed), and about a quarter of each story's articles are pickups of its
    wire copy: near-duplicates with other headlines, datelines and lengths. Each dict has the fields
    of :func:`generate` plus ``id`` (``f"{story}-{k}"`` style, opaque) and ``story`` (the gold label);
    the feed is ordered by date. The same arguments always give the same bytes.
    """
    if n < 0:
        raise ValueError("n must be >= 0")
    k = max(1, min(n, stories if stories is not None else max(1, n // 10)))
    rng = random.Random(f"feed:{seed}:{n}:{k}")
    outlets = make_outlets(max(5, min(600, n // 40 + 5)), seed)
    cum = list(itertools.accumulate(1.0 / (j + 1) ** 0.8 for j in range(len(outlets))))
    pool = _topic_pool()
    pool_cum = list(itertools.accumulate(1.0 / (r + 1) for r in range(len(pool))))
    lex_weights = [1.0 / (r + 1) ** 0.7 for r in range(60)]
    docs: list[dict] = []
    for s, size in enumerate(_sizes(n, k, rng) if n else []):
        story_seed = seed * 1_000_003 + s
        lexicon: list[str] = []
        while len(lexicon) < 60:  # the story's own words, common ones shared with other stories
            word = rng.choices(pool, cum_weights=pool_cum)[0]
            if word not in lexicon:
                lexicon.append(word)
        story = make_story(story_seed)
        story.date = start + dt.timedelta(days=rng.randrange(max(1, days)))
        writer = Writer(story, story_seed)
        srng = random.Random(f"plan:{story_seed}")
        agency = AGENCIES[story_seed % len(AGENCIES)]
        wire_outlet = Outlet(agency[0], agency[1], agency[1].lower() + ".example", 1, 0, False, ())
        wires = []
        for w in range(max(1, size // 50)):
            wrng = random.Random(f"wire:{story_seed}:{w}")
            day = story.date + dt.timedelta(days=w // 3)
            wires.append({"title": writer.headline(wrng, wire_outlet, day),
                          "paras": writer.paragraphs(wrng, wire_outlet, day, wrng.randrange(350, 700))})
        for i in range(size):
            outlet = srng.choices(outlets, cum_weights=cum)[0]
            wire = wires[min(len(wires) - 1, i * len(wires) // size)] if srng.random() < 0.25 else None
            doc = writer.article(i, outlet, wire, agency)
            doc["text"] = _topical(doc["text"], lexicon, lex_weights, str(story_seed))
            doc["story"] = f"s{s:05d}"
            doc["id"] = hashlib.sha1(f"{seed}:{s}:{i}".encode()).hexdigest()[:12]
            docs.append(doc)
    docs.sort(key=lambda d: (d["date"], d["id"]))
    return docs


def _front_matter(doc: dict) -> str:
    lines = ["---"]
    for key in ("title", "source", "url", "date", "author"):
        if doc[key]:
            lines.append(f"{key}: {json.dumps(doc[key], ensure_ascii=False)}")
    lines.append("---")
    return "\n".join(lines) + "\n\n"


def write_corpus(docs: list[dict], out: Path, fmt: str = "md") -> list[Path]:
    """Write ``docs`` into folder ``out``: one .md/.txt file per article, or one articles.jsonl."""
    out.mkdir(parents=True, exist_ok=True)
    if fmt == "jsonl":
        path = out / "articles.jsonl"
        with path.open("w", encoding="utf-8") as f:
            for d in docs:
                f.write(json.dumps(d, ensure_ascii=False) + "\n")
        return [path]
    paths = []
    width = max(4, len(str(len(docs))))
    for i, d in enumerate(docs):
        slug = re.sub(r"[^a-z0-9]+", "-", d["source"].lower()).strip("-")
        path = out / f"{i:0{width}d}_{slug}.{fmt}"
        if fmt == "md":
            path.write_text(_front_matter(d) + d["text"] + "\n", encoding="utf-8")
        else:  # txt: headline on the first line, like a copied web page
            path.write_text(d["title"] + "\n\n" + d["text"] + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="Generate a seeded multi-outlet news story (no downloads).")
    p.add_argument("--articles", "-n", type=int, required=True, help="how many articles")
    p.add_argument("--seed", "-s", type=int, default=0, help="random seed (default 0)")
    p.add_argument("--out", "-o", type=Path, required=True, help="output folder")
    p.add_argument("--format", "-f", choices=("md", "jsonl", "txt"), default="md")
    p.add_argument("--kind", choices=sorted(KINDS), default=None, help="story kind (default: from the seed)")
    p.add_argument("--feed", action="store_true", help="a mixed feed of many stories (see generate_feed)")
    p.add_argument("--stories", type=int, default=None, help="with --feed: how many stories (default n/10)")
    p.add_argument("--days", type=int, default=30, help="with --feed: the days the stories start on")
    args = p.parse_args(argv)
    if args.feed:
        docs = generate_feed(args.articles, args.seed, stories=args.stories, days=args.days)
    else:
        docs = generate(args.articles, args.seed, args.kind)
    paths = write_corpus(docs, args.out, args.format)
    words = sum(len(d["text"].split()) for d in docs)
    print(f"wrote {len(docs)} articles ({words:,} words, {len({d['source'] for d in docs})} outlets) "
          f"in {len(paths)} file(s) under {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
