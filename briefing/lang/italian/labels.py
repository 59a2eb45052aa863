"""Le parole fisse della pagina e i mesi abbreviati."""

#: Label key -> text on the page.
LABELS = {
    "kicker": "Dossier",
    "bottom_line": "In sintesi",
    "differ": "Dove le fonti divergono",
    "quotes": "Citazioni",
    "timeline": "Cronologia",
    "sources": "Fonti",
    "single": "fonte unica",
    "articles": "articoli",
    "article": "articolo",
    "outlets": "testate",
    "outlet": "testata",
    "more_sources": "altre fonti non elencate qui",
    "more_source": "altra fonte non elencata qui",
    "unknown": "autore sconosciuto",
    "unknown_outlet": "testata sconosciuta",
    "outlet_col": "Fonte",
    "figure_col": "Cifra",
    "ref_col": "Rif.",
    "generated": "Sintesi estrattiva",
    "every_line": "ogni riga è tratta dalle fonti numerate",
    "week_of": "settimana del",
}

#: The Babel (CLDR) locale dates are written in on the page.
LOCALE = "it_IT"
