"""Die festen Wörter der Seite und abgekürzte Monatsnamen."""

#: Label key -> text on the page.
LABELS = {
    "kicker": "Lagebild",
    "bottom_line": "Das Wichtigste",
    "differ": "Wo die Quellen abweichen",
    "quotes": "Zitate",
    "timeline": "Chronik",
    "sources": "Quellen",
    "single": "nur eine Quelle",
    "articles": "Artikel",
    "article": "Artikel",
    "outlets": "Medien",
    "outlet": "Medium",
    "more_sources": "weitere Quellen hier nicht aufgeführt",
    "more_source": "weitere Quelle hier nicht aufgeführt",
    "unknown": "Sprecher unbekannt",
    "outlet_col": "Quelle",
    "figure_col": "Zahl",
    "ref_col": "Beleg",
    "generated": "Extraktive Zusammenfassung",
    "every_line": "jede Zeile ist den nummerierten Quellen entnommen",
}

#: Month abbreviations, January first, for dates on the page.
MONTHS_SHORT = ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."]

#: How the day of the month is written before the month ("4. März 2024").
DAY_FORMAT = "{}."
