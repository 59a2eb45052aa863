"""French dates: months, weekdays, relative day words, units, tense cues (data only).

Read by :mod:`briefing.analysis.dates`. French writes month and weekday names in lower case;
every word matches in any case.
"""

#: Month names (lower case, with and without accents) to month numbers.
MONTHS = {
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "decembre": 12,
}

#: Abbreviations, read only beside a day or a year ("7 sept. 1998"; "sept" alone is seven).
MONTH_ABBREVIATIONS = {"janv": 1, "févr": 2, "fevr": 2, "avr": 4, "juil": 7, "sept": 9, "oct": 10, "nov": 11,
                       "déc": 12, "dec": 12}

#: Weekday names to weekday numbers, Monday = 0.
WEEKDAYS = {"lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5,
            "dimanche": 6}

#: Month and weekday names match in any case.
NAMES_CAPITALISED = False

#: Order of numeric dates with slashes.
NUMERIC_ORDER = "dmy"

RELATIVE_DAYS = {
    "aujourd'hui": 0, "aujourd’hui": 0, "ce matin": 0, "cet après-midi": 0, "ce soir": 0,
    "hier": -1, "hier soir": -1, "la veille": -1, "demain": 1, "avant-hier": -2, "après-demain": 2,
}

DAY_PARTS_BEFORE = ()
DAY_PARTS_AFTER = ("matin", "après-midi", "soir")

UNITS = {"jour": "day", "jours": "day", "semaine": "week", "semaines": "week", "mois": "month",
         "an": "year", "ans": "year", "année": "year", "années": "year"}

PERIOD_UNITS = {"semaine": "week", "mois": "month", "an": "year", "année": "year"}

WEEKEND = ("week-end", "weekend")

COUNTS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
          "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "quinze": 15, "vingt": 20, "trente": 30}

DAY_ORDINALS = {"premier": 1}

DAY_SUFFIXES = ("er",)

#: "il y a deux semaines": French puts the word before the count.
AGO_BEFORE = ("il y a",)
AGO = ()
EARLIER = ("plus tôt", "auparavant")
LATER = ("plus tard",)

#: "la semaine dernière", "mardi prochain": French puts these after the noun.
LAST = ("dernier", "dernière", "passé", "passée", "précédent", "précédente")
#: "le vendredi PRÉCÉDENT": the one before the day a past report would mean by "vendredi".
PREVIOUS = ("précédent", "précédente")
NEXT = ("prochain", "prochaine")
THIS = ("ce", "cette", "cet")
WITHIN = ()

YEAR_AFTER_MONTH = {"dernier": -1, "prochain": 1}

#: "le 1er juin DE L'ANNÉE DERNIÈRE": a day followed by the year it falls in ("le 1er juin dernier" is
#: the last June 1, read by tense).
YEAR_AFTER_DAY = {"de l'an dernier": -1, "de l'année dernière": -1, "de l'an passé": -1,
                  "de l'année passée": -1, "de cette année": 0, "de l'an prochain": 1, "de l'année prochaine": 1}

#: Words after a day that put it before or after the article ("le 1er juin dernier", "le 3 mars prochain").
AFTER_DAY = ("dernier", "prochain")

WEEK_OF = ("la semaine du",)

YEAR_END = ("fin d'année", "la fin de l'année")

PERIOD_CUES = ("en", "depuis", "jusqu'en", "avant", "après", "dès", "début", "fin", "mi", "mi-", "de", "d'",
               "à", "entre", "et", "ou", "courant")

AFTER_YEAR = ("le", "la", "les", "et", "quand", "lorsque", "il", "elle", "ils", "elles", "mais", "ou", "a", "ont",
              "était", "avait", "pour", "que", "qui", "après", "avant", "à", "au", "en", "par", "avec", "de",
              "des", "du", "puis", "déjà")

FUTURE = ("va", "vont", "sera", "seront", "aura", "auront", "devrait", "devraient", "doit", "doivent",
          "prochain", "prochaine", "prévu", "prévue", "prévus", "prévues", "d'ici", "jusqu'au", "jusqu'à",
          "demain", "à partir du", "dès le", "compter du", "sur le point de", "attendu pour", "attendue pour",
          "attendus pour", "attendues pour")

#: Endings of the simple future ("arrivera", "viendront"): a word with one is a cue ahead.
FUTURE_SUFFIX = "era|ira|dra|ront|erons|irons|drons|erez|irez|drez"

#: Words after a relative day that make it count from what follows ("la veille DU vote").
RELATIVE_OF = ("du", "de", "d'", "des")

PAST = ("a", "ont", "était", "étaient", "avait", "avaient", "fut", "furent", "dernier", "dernière", "hier",
        "depuis", "déjà", "il y a")

NOT_PAST = ()

#: Cues that fix the side of a date right after them ("the quarter ended Sept. 30").
STRONG = ("terminé", "terminée", "clos", "close")

#: Month names that are common words in lower case (none: French reads names in any case).
NAMES_ALSO_WORDS = ()

#: Words that open a relative clause: a week or month named after one dates that clause, not the
#: sentence's event ("proposals, which were presented last month").
SUBORDINATE = ("qui", "que", "qu'", "dont", "lequel", "laquelle", "lesquels", "lesquelles")

#: Of SUBORDINATE, the words that also open what a verb says ("a déclaré QUE les troupes sont arrivées
#: lundi"): they open a relative clause only after a word that is not a tense cue or a COMPLEMENT_VERB.
COMPLEMENTIZERS = ("que", "qu'")

#: Words after which "que" opens what is said or thought, not a relative clause.
COMPLEMENT_VERBS = ("dit", "dire", "affirme", "estime", "pense", "croit", "annonce", "indique", "explique",
                    "ainsi", "alors", "bien", "parce", "pendant", "tandis", "avant", "après", "depuis", "et", "mais")

#: Words before a weekday that make it any such day ("un dimanche matin", "chaque vendredi").
GENERIC_BEFORE = ("un", "chaque", "tous les")

#: Verbs in the present tense that, next to a day, put it ahead ("les ministres se réunissent lundi").
PRESENT_AHEAD = ("se réunit", "se réunissent", "reprend", "reprennent", "s'ouvre", "entre en vigueur",
                 "entrent en vigueur", "débute", "débutent")

#: Words before a day that make it the day of the sentence's event; none in French ("le 7 juillet"
#: is both the event's day and a name), so the tense alone decides.
DAY_PREPOSITIONS = ()

#: Words before a date that make it a modifier when a content word follows; French puts the date
#: after the noun (see OF).
DETERMINERS = ()

#: "les attentats DU 7 juillet", "le séisme DE février 2010": a date after these names the noun's
#: event ...
OF = ("du", "de", "d'", "d")

#: ... unless the noun is a time of its own ("la nuit du 6 juillet", "la fin de mars").
TIME_OF = ("matin", "après-midi", "soir", "soirée", "nuit", "fin", "début", "milieu", "veille", "lendemain",
           "semaine", "mois", "journée", "jour", "cours", "partir", "mi", "courant", "printemps", "été",
           "automne", "hiver")
