"""The fixed words of the page and short month names."""

#: Label key -> text on the page.
LABELS = {
    "kicker": "Briefing",
    "bottom_line": "Bottom line",
    "differ": "Where sources differ",
    "quotes": "Key quotes",
    "timeline": "Timeline",
    "sources": "Sources",
    "single": "single source",
    "articles": "articles",
    "article": "article",
    "outlets": "outlets",
    "outlet": "outlet",
    "more_sources": "more sources not listed here",
    "more_source": "more source not listed here",
    "unknown": "unknown speaker",
    "outlet_col": "Source",
    "figure_col": "Figure",
    "ref_col": "Ref.",
    "generated": "Extractive briefing",
    "every_line": "every line is quoted from the numbered sources",
}

#: Month abbreviations, January first, for dates on the page ("4 Mar 2024").
MONTHS_SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
