"""As palavras fixas da página e os meses abreviados."""

#: Label key -> text on the page.
LABELS = {
    "kicker": "Briefing",
    "bottom_line": "O essencial",
    "differ": "Onde as fontes divergem",
    "quotes": "Citações",
    "timeline": "Cronologia",
    "sources": "Fontes",
    "single": "fonte única",
    "articles": "artigos",
    "article": "artigo",
    "outlets": "veículos",
    "outlet": "veículo",
    "more_sources": "outras fontes não listadas aqui",
    "more_source": "outra fonte não listada aqui",
    "unknown": "autor desconhecido",
    "unknown_outlet": "veículo desconhecido",
    "outlet_col": "Fonte",
    "figure_col": "Número",
    "ref_col": "Ref.",
    "generated": "Resumo extrativo",
    "every_line": "cada linha vem das fontes numeradas",
    "week_of": "semana de",
}

#: The Babel (CLDR) locale dates are written in on the page.
LOCALE = "pt"
