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
    "outlet_col": "Source",
    "figure_col": "Chiffre",
    "ref_col": "Réf.",
    "generated": "Synthèse extractive",
    "every_line": "chaque ligne est tirée des sources numérotées",
}

#: Month abbreviations, January first, for dates on the page ("4 Mar 2024").
MONTHS_SHORT = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
