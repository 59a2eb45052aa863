"""What figures count: classes of counted nouns, people, death and injury cues, durations, things never compared."""

#: Counted noun -> class.
CLASSES = {
    # soldiers and forces
    "troops": "troops", "troop": "troops", "soldiers": "troops", "servicemen": "troops",
    "service members": "troops", "forces": "troops", "military personnel": "troops",
    "personnel": "troops", "marines": "troops", "paratroopers": "troops", "reservists": "troops",
    # deaths
    "deaths": "deaths", "dead": "deaths", "lives": "deaths", "fatalities": "deaths",
    "victims": "deaths", "bodies": "bodies",
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
