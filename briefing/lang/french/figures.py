"""Ce que comptent les chiffres."""

CLASSES = {
    "pays": "nations", "nations": "nations", "sièges": "seats",
    "soldats": "troops", "troupes": "troops", "militaires": "troops", "hommes": "troops",
    "morts": "deaths", "victimes": "victims", "tués": "deaths", "décès": "deaths",
    "blessés": "injured", "réfugiés": "refugees", "déplacés": "displaced",
    "manifestants": "protesters", "disparus": "missing", "otages": "hostages",
    "prisonniers": "prisoners", "migrants": "migrants", "voix": "votes", "cas": "cases",
    "maisons": "homes", "logements": "homes", "emplois": "jobs", "passagers": "passengers",
}

PEOPLE = frozenset("personnes civils habitants enfants femmes gens individus".split())

DEATH_CUES = frozenset("tué tués tuées morts mort décès bilan péri périssent tuant coûté".split())

INJURY_CUES = frozenset("blessé blessés blessées blessures".split())

TIME_UNITS = frozenset(
    "seconde secondes minute minutes heure heures jour jours semaine semaines mois an ans année "
    "années décennie décennies siècle siècles nuit nuits fois h".split()
)

SKIP_NOUNS = frozenset("vues commentaires photos pages points".split())

CLASS_LABELS = {"nations": "Pays", "seats": "Sièges", "troops": "Soldats", "deaths": "Morts",
                "injured": "Blessés", "people": "Personnes", "money": "Montant", "percent": "Part"}

PREPS_PLACE = frozenset("dans en sur près à au".split())

PREPS_TIME = frozenset("depuis pendant".split())

CONNECTORS = frozenset("le la les l' de du des d'".split())


# -- read by briefing.analysis.numbers and .figures ----------------------------------------------

PART_AFTER = frozenset("eux elles ceux celles les ses leurs lesquels".split())
PART_DETERMINERS = frozenset("les ses leurs".split())
PART_BEFORE = frozenset("dont parmi".split())
LIST_OPENERS = frozenset("dont parmi".split())
PART_AFTER_FIGURE = frozenset("autres".split())
OF_THEM = frozenset("eux elles lesquels".split())
TOLL_NOUNS = frozenset("morts victimes blessés tués".split())
TOOK_LIVES = frozenset("coûté coûtant".split())
AUXILIARIES = frozenset("ont été sont a étaient".split())
AGE_VERBS = frozenset("mort morte décédé décédée".split())
BEFORE_FIGURE = frozenset("environ quelque quelques presque près plus moins".split())
PLACE_PREPOSITIONS = frozenset("en dans à au aux près".split())
TIME_PREPOSITIONS = frozenset("depuis le en au".split())
EVENTS = frozenset(
    "attentat attentats attaque explosion accident séisme tremblement tsunami ouragan typhon "
    "tempête inondations incendie massacre guerre conflit combats émeutes élection scrutin "
    "référendum famine épidémie".split()
)
RUNNING = frozenset("deaths injured missing displaced refugees arrests hostages bodies cases".split())
CHANGE_LABEL = "(évolution dans le temps)"
AGE_LABEL = "Âge de {name}"

#: Nouns that say whose share a percentage is ("turnout was 51 percent"): two shares compare only
#: when they name the same one (or the same owner).
SHARE_NOUNS = frozenset("participation chômage inflation croissance".split())

#: After a death word, a word that makes it no toll: "death sentences", "the death penalty".
DEATH_NOT_TOLL_AFTER = frozenset("peine".split())

#: Before a death word, a word that makes it a punishment: "sentenced 12 people to death".
SENTENCED = frozenset("condamné condamnés condamnée condamnées".split())
