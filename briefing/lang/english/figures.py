"""What figures count: classes of counted nouns, people, death and injury cues, durations, things never compared."""

#: Counted noun -> class.
CLASSES = {
    # soldiers and forces
    "troops": "troops", "troop": "troops", "soldiers": "troops", "servicemen": "troops",
    "service members": "troops", "forces": "troops", "military personnel": "troops",
    "personnel": "troops", "marines": "troops", "paratroopers": "troops", "reservists": "troops",
    # deaths
    "deaths": "deaths", "dead": "deaths", "lives": "deaths", "fatalities": "deaths",
    "victims": "victims", "bodies": "bodies",  # victims are not all dead: "500 victims were treated"
    # injuries
    "injured": "injured", "wounded": "injured", "injuries": "injured",
    # people displaced, arrested, missing
    "refugees": "refugees", "displaced": "displaced", "evacuees": "displaced",
    "arrests": "arrests", "arrested": "arrests", "detained": "arrests", "detainees": "arrests",
    "missing": "missing", "protesters": "protesters", "demonstrators": "protesters",
    "protestors": "protesters", "hostages": "hostages", "prisoners": "prisoners",
    "migrants": "migrants", "votes": "votes", "voters": "voters", "cases": "cases",
    "infections": "cases", "vehicles": "vehicles", "tanks": "tanks", "jobs": "jobs",
    "homes": "homes", "houses": "homes", "buildings": "buildings", "aircraft": "aircraft",
    "planes": "aircraft", "jets": "aircraft", "ships": "ships", "warships": "ships",
    "missiles": "missiles", "rockets": "rockets", "passengers": "passengers",
    "workers": "workers", "employees": "workers", "members": "members", "seats": "seats",
    "countries": "nations", "nations": "nations", "population": "people",
}

#: Nouns that count people.
PEOPLE = frozenset(
    "people persons civilians residents individuals children men women adults inhabitants "
    "citizens villagers".split()
)

#: Words that make a count of people a death toll.
DEATH_CUES = frozenset(
    "killed killing kill kills died die dies dead death deaths lives toll perished fatalities "
    "slain claimed".split()
)

#: Words that make a count of people a count of injured.
INJURY_CUES = frozenset("injured injuring wounded wounding hurt injuries".split())

#: Durations: never a disagreement.
TIME_UNITS = frozenset(
    "second seconds minute minutes hour hours day days week weeks month months year years decade "
    "decades century centuries night nights weekend weekends morning evening am pm a.m p.m gmt utc "
    "years-old year-old times time round rounds".split()
)

#: Counted things never worth comparing.
SKIP_NOUNS = frozenset(
    "views comments comment photos pages page percent points point goals runs minutes words "
    "letters languages steps kilometers kilometres km miles metres meters feet foot inches "
    "tonnes tons kilograms kilos kg pounds degrees magnitude acres hectares square liters litres "
    "gallons barrels megawatts votes-cast times".split()
)

#: Class -> label shown on the page.
CLASS_LABELS = {
    "nations": "Nations", "seats": "Seats",
    "troops": "Troops", "deaths": "Deaths", "injured": "Injured", "people": "People",
    "refugees": "Refugees", "displaced": "Displaced people", "arrests": "Arrests",
    "missing": "Missing", "protesters": "Protesters", "hostages": "Hostages",
    "prisoners": "Prisoners", "migrants": "Migrants", "votes": "Votes", "cases": "Cases",
    "percent": "Share", "money": "Amount",
}

#: Prepositions before a place.
PREPS_PLACE = frozenset("in near on along at inside across into within outside around".split())

#: Prepositions before a time.
PREPS_TIME = frozenset("since during".split())

#: Words allowed inside a label phrase.
CONNECTORS = frozenset("the its their his her our this that".split()) - {"that"}


# -- read by briefing.analysis.numbers and .figures (what a figure is, and what it is not) -------

#: After "N of", a word that makes N a part of a total: "11 of them", "one of the militants".
PART_AFTER = frozenset("them whom those these the its their his her our which us".split())

#: Determiners after "N of" that need a toll noun or a number to make a part: "67 of the 129
#: deaths", not "About 65 of the young people died".
PART_DETERMINERS = frozenset("the its their his her our".split())

#: Words right before a figure (or opening its list) that make it a part: "including 12 Americans".
PART_BEFORE = frozenset("including among another".split())

#: Words after a figure that make it a part: "16 others", "43 more".
#: Words that open a list whose figures are parts: "including a British couple and 24 soldiers".
LIST_OPENERS = frozenset("including".split())

PART_AFTER_FIGURE = frozenset("others more".split())

#: "N of them": the pronouns that point back to the figure before.
OF_THEM = frozenset("them whom which".split())

#: Nouns of a toll: "14 of those killed", "67 of the victims" are parts of it.
TOLL_NOUNS = frozenset("dead deaths victims killed injured wounded casualties fatalities bodies".split())

#: Verbs that make "the lives of N" a toll ("claimed the lives of 30"), unlike "into the lives of".
TOOK_LIVES = frozenset("claimed claiming took taking cost costing lost losing".split())

#: Words between a counted noun and the verb that makes it a toll: "three villagers were killed".
AUXILIARIES = frozenset("were was are is have has had been being reportedly also all later".split())

#: Verbs after which "at N" is an age: "he died at 62", "retired at 65".
AGE_VERBS = frozenset("retired retire aged age".split())

#: Words that may stand right before a figure at the start of a sentence (never a name: "About 10,000").
BEFORE_FIGURE = frozenset(
    "about around some nearly almost over under only roughly approximately estimated another all more "
    "less least most fewer just well upwards close".split()
)

#: Prepositions of a figure's place phrase ("killed 11 in Tanzania").
PLACE_PREPOSITIONS = frozenset("in near across throughout outside inside along at".split())

#: Prepositions of a figure's time phrase ("on Nov. 2", "since 2014", "as of Friday").
TIME_PREPOSITIONS = frozenset("on since by as in until through".split())

#: Event words of a figure's sentence.
EVENTS = frozenset(
    "attack attacks bombing bombings blast blasts explosion explosions crash earthquake quake "
    "tsunami hurricane typhoon storm floods flood flooding fire blaze massacre war conflict "
    "insurgency fighting riots clashes shooting election vote referendum famine epidemic outbreak".split()
)

#: Running counts: tolls that rise or fall as reports come in (a difference across days is a change).
RUNNING = frozenset("deaths injured missing displaced refugees arrests hostages bodies cases".split())

#: Label of a figure that changed over time, after the counted thing ("Deaths (changed over time)").
CHANGE_LABEL = "(changed over time)"

#: Label of the age of a named person.
AGE_LABEL = "Age of {name}"

#: Nouns that say whose share a percentage is ("turnout was 51 percent"): two shares compare only
#: when they name the same one (or the same owner).
SHARE_NOUNS = frozenset("turnout unemployment inflation growth approval".split())

#: After a death word, a word that makes it no toll: "death sentences", "the death penalty".
DEATH_NOT_TOLL_AFTER = frozenset("sentence sentences penalty row threat threats squad squads warrant warrants".split())

#: Before a death word, a word that makes it a punishment: "sentenced 12 people to death".
SENTENCED = frozenset("sentenced condemned sentencing sentence".split())
