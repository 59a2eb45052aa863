"""Mots des nombres, multiplicateurs, quantités vagues, modificateurs, devises, pourcentages."""

UNITS = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
    "quinze": 15, "seize": 16, "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50,
    "soixante": 60, "douzaine": 12,
}

SCALES = {"cent": 100, "cents": 100, "mille": 1_000, "million": 1_000_000,
              "millions": 1_000_000, "milliard": 1_000_000_000, "milliards": 1_000_000_000}

VAGUE = {
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

MODIFIERS = (
    "plus de", "moins de", "au moins", "près de", "environ", "quelque", "quelques", "jusqu'à",
    "presque", "un peu plus de", "pas moins de", "quelque", "au total",
    "exactement", "près d'", "plus d'", "moins d'",
)

QUALIFIERS = {
    "environ": "about", "quelque": "about", "quelques": "about", "près de": "almost", "près d'": "almost",
    "presque": "almost", "plus de": "more than", "plus d'": "more than", "un peu plus de": "more than",
    "au moins": "at least", "pas moins de": "at least", "moins de": "less than", "moins d'": "less than",
    "jusqu'à": "up to", "au total": "exact", "exactement": "exact",
}

EXACT = frozenset({"exactement"})

CURRENCIES = {"$": "USD", "dollars": "USD", "€": "EUR", "euros": "EUR", "£": "GBP",
                  "livres": "GBP", "yens": "JPY", "yuans": "CNY", "roubles": "RUB", "francs": "CHF"}

PERCENT = frozenset({"%", "pour cent", "pourcent"})
