"""The fixed words of the page, and the locale its dates are written in."""

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
    "unknown_outlet": "unknown outlet",
    "outlet_col": "Source",
    "figure_col": "Figure",
    "ref_col": "Ref.",
    "generated": "Extractive briefing",
    "every_line": "every line is quoted from the numbered sources",
    "week_of": "week of",
}

#: The Babel (CLDR) locale dates are written in on the page.
LOCALE = "en_GB"
