"""Ce que comptent les chiffres."""

CLASSES = {
    "soldats": "troops", "troupes": "troops", "militaires": "troops", "hommes": "troops",
    "morts": "deaths", "victimes": "deaths", "tués": "deaths", "décès": "deaths",
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

CLASS_LABELS = {"troops": "Soldats", "deaths": "Morts", "injured": "Blessés",
                "people": "Personnes", "money": "Montant", "percent": "Part"}

PREPS_PLACE = frozenset("dans en sur près à au".split())

PREPS_TIME = frozenset("depuis pendant".split())

CONNECTORS = frozenset("le la les l' de du des d'".split())
