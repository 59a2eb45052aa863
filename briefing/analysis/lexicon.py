"""Word lists the cross-source analysis needs, per language (English first, French basic).

Everything here is plain data: number words, quantity modifiers, the classes of counted things,
speech verbs, titles, months and weekdays. :func:`lexicon` returns the frozen bundle for one
language, falling back to English for languages without their own lists.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache


@dataclass(frozen=True)
class Lexicon:
    """The word lists for one language (all lower case)."""

    language: str
    units: dict[str, int]  # number words below a hundred: "one" -> 1, "twenty" -> 20
    scales: dict[str, int]  # "hundred" -> 100, "thousand" -> 1000, "million" -> 10**6
    vague: dict[str, tuple[int, int]]  # "tens of thousands" -> (10_000, 100_000)
    modifiers: tuple[str, ...]  # "more than", "about", ... (longest first)
    classes: dict[str, str]  # counted noun -> class: "soldiers" -> "troops"
    people: frozenset[str]  # nouns that count people: "people", "civilians"
    death_cues: frozenset[str]
    injury_cues: frozenset[str]
    time_units: frozenset[str]  # durations: never a disagreement
    skip_nouns: frozenset[str]  # counted things that are never worth comparing
    currencies: dict[str, str]  # "$" / "dollars" -> "USD"
    percent: frozenset[str]
    months: dict[str, int]
    weekdays: dict[str, int]  # Monday = 0
    speech_verbs: frozenset[str]
    titles: frozenset[str]  # words stripped from the front of a speaker's name
    pronouns: frozenset[str]
    preps_place: frozenset[str]
    preps_time: frozenset[str]
    connectors: frozenset[str]  # words allowed inside a label phrase
    stop: frozenset[str]
    class_labels: dict[str, str] = field(default_factory=dict)


_EN_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
_EN_SCALES = {"dozen": 12, "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
              "trillion": 1_000_000_000_000}
_EN_VAGUE = {
    "tens of thousands": (10_000, 100_000),
    "hundreds of thousands": (100_000, 1_000_000),
    "tens of millions": (10_000_000, 100_000_000),
    "hundreds of millions": (100_000_000, 1_000_000_000),
    "thousands": (1_000, 10_000),
    "hundreds": (100, 1_000),
    "millions": (1_000_000, 10_000_000),
    "billions": (1_000_000_000, 10_000_000_000),
    "dozens": (24, 100),
    "scores": (40, 100),
    "several thousand": (2_000, 10_000),
    "several hundred": (200, 1_000),
    "a few thousand": (2_000, 10_000),
    "a few hundred": (200, 1_000),
}
_EN_MODIFIERS = (
    "an estimated", "more than", "less than", "fewer than", "at least", "at most", "up to",
    "as many as", "as few as", "close to", "nearly", "almost", "about", "around", "roughly",
    "approximately", "some", "over", "under", "upwards of", "in excess of", "just over",
    "just under", "well over", "a total of", "only", "estimated",
)
_EN_CLASSES = {
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
_EN_PEOPLE = frozenset(
    "people persons civilians residents individuals children men women adults inhabitants "
    "citizens villagers".split()
)
_EN_DEATH = frozenset(
    "killed killing kill kills died die dies dead death deaths lives toll perished fatalities "
    "slain claimed".split()
)
_EN_INJURY = frozenset("injured injuring wounded wounding hurt injuries".split())
_EN_TIME = frozenset(
    "second seconds minute minutes hour hours day days week weeks month months year years decade "
    "decades century centuries night nights weekend weekends morning evening am pm a.m p.m gmt utc "
    "years-old year-old times time round rounds".split()
)
_EN_SKIP = frozenset(
    "views comments comment photos pages page percent points point goals runs minutes words "
    "letters languages steps kilometers kilometres km miles metres meters feet foot inches "
    "tonnes tons kilograms kilos kg pounds degrees magnitude acres hectares square liters litres "
    "gallons barrels megawatts votes-cast times".split()
)
_EN_CURRENCIES = {
    "$": "USD", "us$": "USD", "usd": "USD", "dollars": "USD", "dollar": "USD", "€": "EUR",
    "eur": "EUR", "euros": "EUR", "euro": "EUR", "£": "GBP", "gbp": "GBP", "pounds": "GBP",
    "sterling": "GBP", "¥": "JPY", "yen": "JPY", "yuan": "CNY", "rubles": "RUB",
    "roubles": "RUB", "rupees": "INR", "francs": "CHF",
}
_EN_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
_EN_WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
                "saturday": 5, "sunday": 6}
_EN_SPEECH = frozenset(
    "said says say saying told tells added adds warned warns stressed stresses insisted insists "
    "argued argues declared declares noted notes explained explains asked asks replied replies "
    "wrote writes stated states tweeted tweets claimed claims urged urges announced announces "
    "continued continues recalled recalls acknowledged acknowledges admitted admits "
    "emphasized emphasised emphasizes emphasises suggested suggests described describes "
    "conceded concedes cautioned cautions remarked remarks observed observes adding noting "
    "insisting warning stressing telling explaining arguing declaring".split()
)
_EN_TITLES = frozenset(
    "mr mr. mrs mrs. ms ms. dr dr. prof prof. sir lord lady dame president vice prime minister "
    "ministers secretary state foreign defence defense interior finance deputy chancellor "
    "ambassador spokesman spokeswoman spokesperson general gen gen. colonel col. lieutenant lt "
    "major admiral captain commander chief director governor gov gov. senator sen sen. "
    "representative rep rep. congressman congresswoman mayor king queen prince princess pope "
    "chairman chairwoman chair ceo head leader premier envoy emir sheikh justice judge "
    "attorney officer official officials analyst professor correspondent reporter editor "
    "speaker lower upper house senior top former acting us u.s. uk u.k. eu un nato "
    "american british russian ukrainian german french chinese european bulgarian romanian "
    "italian spanish japanese indian iranian israeli palestinian turkish polish syrian "
    "australian canadian swiss dutch belgian swedish greek egyptian korean north south "
    "foreign-minister white the a an".split()
)
_EN_PRONOUNS = frozenset("he she they it we i".split())
_EN_PREPS_PLACE = frozenset("in near on along at inside across into within outside around".split())
_EN_PREPS_TIME = frozenset("since during".split())
_EN_CONNECTORS = frozenset("the its their his her our this that".split()) - {"that"}
_EN_STOP = frozenset(
    "a an the and or but of to in on at by for with from as is are was were be been being has have "
    "had do does did will would could should may might must can that which who whom whose this "
    "these those it its their his her our we they he she i you not no than then so such if "
    "while when where what how also just only more most some any all each both other another "
    "same own very after before over under about into up down out off again further once "
    "there here because until since against between through during without within".split()
)

_FR_UNITS = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
    "quinze": 15, "seize": 16, "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50,
    "soixante": 60, "douzaine": 12,
}
_FR_SCALES = {"cent": 100, "cents": 100, "mille": 1_000, "million": 1_000_000,
              "millions": 1_000_000, "milliard": 1_000_000_000, "milliards": 1_000_000_000}
_FR_VAGUE = {
    "des dizaines de milliers": (10_000, 100_000),
    "des centaines de milliers": (100_000, 1_000_000),
    "dizaines de milliers": (10_000, 100_000),
    "centaines de milliers": (100_000, 1_000_000),
    "des milliers": (1_000, 10_000),
    "des centaines": (100, 1_000),
    "des millions": (1_000_000, 10_000_000),
    "des dizaines": (20, 100),
    "plusieurs milliers": (2_000, 10_000),
    "plusieurs centaines": (200, 1_000),
}
_FR_MODIFIERS = (
    "plus de", "moins de", "au moins", "près de", "environ", "quelque", "quelques", "jusqu'à",
    "presque", "un peu plus de", "pas moins de", "quelque", "au total",
)
_FR_CLASSES = {
    "soldats": "troops", "troupes": "troops", "militaires": "troops", "hommes": "troops",
    "morts": "deaths", "victimes": "deaths", "tués": "deaths", "décès": "deaths",
    "blessés": "injured", "réfugiés": "refugees", "déplacés": "displaced",
    "manifestants": "protesters", "disparus": "missing", "otages": "hostages",
    "prisonniers": "prisoners", "migrants": "migrants", "voix": "votes", "cas": "cases",
    "maisons": "homes", "logements": "homes", "emplois": "jobs", "passagers": "passengers",
}
_FR_PEOPLE = frozenset("personnes civils habitants enfants femmes gens individus".split())
_FR_DEATH = frozenset("tué tués tuées morts mort décès bilan péri périssent tuant coûté".split())
_FR_INJURY = frozenset("blessé blessés blessées blessures".split())
_FR_TIME = frozenset(
    "seconde secondes minute minutes heure heures jour jours semaine semaines mois an ans année "
    "années décennie décennies siècle siècles nuit nuits fois h".split()
)
_FR_CURRENCIES = {"$": "USD", "dollars": "USD", "€": "EUR", "euros": "EUR", "£": "GBP",
                  "livres": "GBP", "yens": "JPY", "yuans": "CNY", "roubles": "RUB", "francs": "CHF"}
_FR_MONTHS = {
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "decembre": 12,
}
_FR_WEEKDAYS = {"lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5,
                "dimanche": 6}
_FR_SPEECH = frozenset(
    "dit déclaré affirmé ajouté expliqué estimé souligné indiqué précisé assuré averti annoncé "
    "déclare affirme ajoute explique estime souligne indique précise assure avertit annonce "
    "a-t-il a-t-elle continue raconte poursuit confie lance rappelle insiste note conclut "
    "répond martèle prévient observe écrit commente reconnaît juge admet regrette dénonce relève "
    "raconté poursuivi confié lancé rappelé reconnu insisté noté conclu répondu martelé prévenu "
    "observé commenté jugé admis regretté dénoncé relevé dit".split()
)
_FR_TITLES = frozenset(
    "m. mme président présidente premier ministre ministre secrétaire chancelier ambassadeur "
    "porte-parole général directeur gouverneur sénateur maire roi reine prince pape chef "
    "le la les l' du de des d' américain américaine britannique russe ukrainien allemand "
    "français française chinois européen ancien nouveau".split()
)
_FR_STOP = frozenset(
    "le la les l un une des du de d et ou mais à au aux en dans sur par pour avec sans sous que "
    "qui dont où ce cet cette ces il elle ils elles on nous vous je est sont était été être a ont "
    "avait avoir ne pas plus moins se sa son ses leur leurs".split()
)

_CLASS_LABELS = {
    "troops": "Troops", "deaths": "Deaths", "injured": "Injured", "people": "People",
    "refugees": "Refugees", "displaced": "Displaced people", "arrests": "Arrests",
    "missing": "Missing", "protesters": "Protesters", "hostages": "Hostages",
    "prisoners": "Prisoners", "migrants": "Migrants", "votes": "Votes", "cases": "Cases",
    "percent": "Share", "money": "Amount",
}


@lru_cache(maxsize=4)
def lexicon(language: str = "english") -> Lexicon:
    """The word lists for ``language`` ("english", "french"; others fall back to English)."""
    if language.lower().startswith("fr"):
        return Lexicon(
            language="french", units=_FR_UNITS, scales=_FR_SCALES, vague=_FR_VAGUE,
            modifiers=tuple(sorted(set(_FR_MODIFIERS), key=len, reverse=True)), classes=_FR_CLASSES,
            people=_FR_PEOPLE, death_cues=_FR_DEATH, injury_cues=_FR_INJURY, time_units=_FR_TIME,
            skip_nouns=frozenset("vues commentaires photos pages points".split()),
            currencies=_FR_CURRENCIES, percent=frozenset({"%", "pour cent", "pourcent"}),
            months=_FR_MONTHS, weekdays=_FR_WEEKDAYS, speech_verbs=_FR_SPEECH, titles=_FR_TITLES,
            pronouns=frozenset("il elle ils elles".split()),
            preps_place=frozenset("dans en sur près à au".split()),
            preps_time=frozenset("depuis pendant".split()),
            connectors=frozenset("le la les l' de du des d'".split()), stop=_FR_STOP,
            class_labels={"troops": "Soldats", "deaths": "Morts", "injured": "Blessés",
                          "people": "Personnes", "money": "Montant", "percent": "Part"},
        )
    return Lexicon(
        language="english", units=_EN_UNITS, scales=_EN_SCALES, vague=_EN_VAGUE,
        modifiers=tuple(sorted(set(_EN_MODIFIERS), key=len, reverse=True)), classes=_EN_CLASSES,
        people=_EN_PEOPLE, death_cues=_EN_DEATH, injury_cues=_EN_INJURY, time_units=_EN_TIME,
        skip_nouns=_EN_SKIP, currencies=_EN_CURRENCIES,
        percent=frozenset({"%", "percent", "per cent", "pc"}), months=_EN_MONTHS,
        weekdays=_EN_WEEKDAYS, speech_verbs=_EN_SPEECH, titles=_EN_TITLES, pronouns=_EN_PRONOUNS,
        preps_place=_EN_PREPS_PLACE, preps_time=_EN_PREPS_TIME, connectors=_EN_CONNECTORS,
        stop=_EN_STOP, class_labels=_CLASS_LABELS,
    )
