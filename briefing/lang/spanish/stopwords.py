"""Palabras vacías (spanish stop words). ``stopwords.txt`` beside this file adds to the list sumy ships
(the engine's index terms); ``ANALYSIS`` is the cross-source analysis's list (sumy's and those).
"""

#: Function words of the analysis.
ANALYSIS = frozenset("""
    a al alguna algunas alguno algunos algún ambos ampleamos ante antes aquel aquellas aquellos
    aqui arriba atras bajo bastante bien cada cierta ciertas cierto ciertos como con conseguimos
    conseguir consigo consigue consiguen consigues contra cual cuando de del dentro desde dijo
    donde dos durante e el ellas ellos empleais emplean emplear empleas empleo en encima
    entonces entre era eramos eran eras eres es ese eso esta estaba estado estais estamos estan
    este esto estoy fin fue fueron fui fuimos gueno ha hace haceis hacemos hacen hacer haces
    hago hasta hay incluso intenta intentais intentamos intentan intentar intentas intento ir la
    largo las le les lo los me mientras mio modo muchos muy más mí ni no nos nosotros o otra
    otras otro otros para pero podeis podemos poder podria podriais podriamos podrian podrias
    por por qué porque primero puede pueden puedo que quien qué sabe sabeis sabemos saben saber
    sabes se ser si siendo sin sobre sois solamente solo somos soy su sus sí también teneis
    tenemos tener tengo tiempo tiene tienen todo todos trabaja trabajais trabajamos trabajan
    trabajar trabajas trabajo tras tuyo ultimo un una unas uno unos usa usais usamos usan usar
    usas uso va vais valor vamos van vaya verdad verdadera verdadero vosotras vosotros voy y ya
    yo él
""".split())
