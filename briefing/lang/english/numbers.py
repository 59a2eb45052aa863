"""Number words, scales, vague amounts, quantity modifiers, currencies and percent words (lower case)."""

#: Number words below a hundred.
UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}

#: Multipliers.
SCALES = {"dozen": 12, "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
              "trillion": 1_000_000_000_000}

#: Vague amounts as (low, high).
VAGUE = {
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

#: Qualifiers before a quantity.
MODIFIERS = (
    "an estimated", "more than", "less than", "fewer than", "at least", "at most", "up to",
    "as many as", "as few as", "close to", "nearly", "almost", "about", "around", "roughly",
    "approximately", "some", "over", "under", "upwards of", "in excess of", "just over",
    "just under", "well over", "a total of", "only", "estimated",
    "as much as", "exactly", "precisely", "a further", "no fewer than", "no less than", "at least some",
)

#: What each modifier says of the true value (``briefing.analysis.figures``): "exact", "about",
#: "almost" (a little under), "more than", "at least", "less than" or "up to".
QUALIFIERS = {
    "an estimated": "about", "estimated": "about", "about": "about", "around": "about",
    "roughly": "about", "approximately": "about", "some": "about",
    "close to": "almost", "nearly": "almost", "almost": "almost", "just under": "almost",
    "more than": "more than", "over": "more than", "upwards of": "more than",
    "in excess of": "more than", "well over": "more than", "just over": "more than",
    "at least": "at least", "as few as": "at least", "no fewer than": "at least",
    "no less than": "at least", "at least some": "at least",
    "less than": "less than", "fewer than": "less than", "under": "less than",
    "up to": "up to", "as many as": "up to", "at most": "up to", "as much as": "up to",
    "a total of": "exact", "only": "exact", "exactly": "exact", "precisely": "exact", "a further": "exact",
}

#: Modifiers that say the figure is exact: it allows no rounding.
EXACT = frozenset({"exactly", "precisely"})

#: Currency word or sign -> ISO code.
CURRENCIES = {
    "$": "USD", "us$": "USD", "usd": "USD", "dollars": "USD", "dollar": "USD", "€": "EUR",
    "eur": "EUR", "euros": "EUR", "euro": "EUR", "£": "GBP", "gbp": "GBP", "pounds": "GBP",
    "sterling": "GBP", "¥": "JPY", "yen": "JPY", "yuan": "CNY", "rubles": "RUB",
    "roubles": "RUB", "rupees": "INR", "francs": "CHF", "dlrs": "USD",
}

#: Words and signs of a percentage.
PERCENT = frozenset({"%", "percent", "per cent", "pc"})
