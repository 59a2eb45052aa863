"""Palavras vazias (portuguese stop words). ``stopwords.txt`` beside this file adds to the list sumy ships
(the engine's index terms); ``ANALYSIS`` is the cross-source analysis's list (sumy's and those).
"""

#: Function words of the analysis.
ANALYSIS = frozenset("""
    \xe0 \xe9ramos a ao aos aquela aquelas aquele aqueles aquilo as at\xe9 até com como da das
    de dela delas dele deles depois disse do dos e e, tamb\xe9m ela elas ele eles em entre era
    eram essa essas esse esses est\xe1vamos est\xe3o esta estamos estas estava estavam este
    esteja estejam estejamos estes esteve estiv\xe9ramos estiv\xe9ssemos estive estivemos
    estiver estivera estiveram estiverem estivermos estivesse estivessem esto, est\xe1 está eu
    f\xf4ramos f\xf4ssemos foi fomos for fora foram forem formos fosse fossem fui h\xe1 h\xe3o
    haja hajam hajamos havemos hei houv\xe9ramos houv\xe9ssemos houve houvemos houver houver\xe1
    houver\xe3o houver\xedamos houvera houveram houverei houverem houveremos houveria houveriam
    houvermos houvesse houvessem há isso isto j\xe1 já lhe lhes mais mas me me, \xe0s mesmo meus
    minha minhas muito n\xe3o n\xf3s na nas nem no nos nossa nossas nosso nossos num numa não o
    o, quando os ou para pela pelas pelo pelos por qual quando que quem s\xe3o s\xf3 se se, sua
    seja sejam sejamos sem ser ser\xe1 ser\xe3o ser\xedamos serei seremos seria seriam seu seus
    so, somos sua suas só t, te t\xe9m t\xednhamos também te, tua tem temos tenha tenham
    tenhamos tenho ter ter\xe1 ter\xe3o ter\xedamos terei teremos teria teriam teus teve tinha
    tinham tiv\xe9ramos tiv\xe9ssemos tive tivemos tiver tivera tiveram tiverem tivermos tivesse
    tivessem tuas um uma voc\xea voc\xeas vos à é
""".split())
