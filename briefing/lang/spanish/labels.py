"""Las palabras fijas de la página y los meses abreviados."""

#: Label key -> text on the page.
LABELS = {
    "kicker": "Informe",
    "bottom_line": "Lo esencial",
    "differ": "Dónde difieren las fuentes",
    "quotes": "Citas clave",
    "timeline": "Cronología",
    "sources": "Fuentes",
    "single": "fuente única",
    "articles": "artículos",
    "article": "artículo",
    "outlets": "medios",
    "outlet": "medio",
    "more_sources": "fuentes más no listadas aquí",
    "more_source": "fuente más no listada aquí",
    "unknown": "autor desconocido",
    "unknown_outlet": "medio desconocido",
    "outlet_col": "Fuente",
    "figure_col": "Cifra",
    "ref_col": "Ref.",
    "generated": "Resumen extractivo",
    "every_line": "cada línea procede de las fuentes numeradas",
    "week_of": "semana del",
}

#: The Babel (CLDR) locale dates are written in on the page.
LOCALE = "es_ES"
