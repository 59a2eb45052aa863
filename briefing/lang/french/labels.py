"""Les mots fixes de la page et les mois abrégés."""

#: Label key -> text on the page.
LABELS = {
    "kicker": "Synthèse",
    "bottom_line": "L'essentiel",
    "differ": "Les sources divergent",
    "quotes": "Citations",
    "timeline": "Chronologie",
    "sources": "Sources",
    "single": "source unique",
    "articles": "articles",
    "article": "article",
    "outlets": "médias",
    "outlet": "média",
    "more_sources": "autres sources non listées ici",
    "more_source": "autre source non listée ici",
    "unknown": "locuteur inconnu",
    "unknown_outlet": "média inconnu",
    "outlet_col": "Source",
    "figure_col": "Chiffre",
    "ref_col": "Réf.",
    "generated": "Synthèse extractive",
    "every_line": "chaque ligne est tirée des sources numérotées",
    "week_of": "semaine du",
}

#: The Babel (CLDR) locale dates are written in on the page.
LOCALE = "fr_FR"
