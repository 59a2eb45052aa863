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
    "unknown_outlet": "Medium unbekannt",
    "outlet_col": "Quelle",
    "figure_col": "Zahl",
    "ref_col": "Beleg",
    "generated": "Extraktive Zusammenfassung",
    "every_line": "jede Zeile ist den nummerierten Quellen entnommen",
    "week_of": "Woche vom",
}

#: The Babel (CLDR) locale dates are written in on the page.
LOCALE = "de_DE"
