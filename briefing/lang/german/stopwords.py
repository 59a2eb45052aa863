"""Stoppwörter (german stop words). ``stopwords.txt`` beside this file adds to the list sumy ships
(the engine's index terms); ``ANALYSIS`` is the cross-source analysis's list (sumy's and those).
"""

#: Function words of the analysis.
ANALYSIS = frozenset("""
    aber als am an auch auf aus bei bin bis bist da dadurch daher darum das dass daß dein deine
    dem den der des deshalb dessen die dies dieser dieses doch dort du durch ein eine einem
    einen einer eines er es euer eure für haben hat hatte hatten hattest hattet hier hinter ich
    ihr ihre im in ist ja jede jedem jeden jeder jedes jener jenes jetzt kann kannst können
    könnt machen man mehr mein meine mit musst muß mußt müssen müßt nach nachdem nein nicht noch
    nun nur oder sagte sei seid seien sein seine sich sie sind so soll sollen sollst sollt sonst
    soweit sowie und unser unsere unter vom von vor wann war warum was weiter weitere wenn wer
    werde werden werdet weshalb wie wieder wieso wir wird wirst wo woher wohin worden wurde
    wurden zu zum zur über
""".split())
