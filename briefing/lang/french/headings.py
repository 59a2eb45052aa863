"""French words that topic headings and short titles may and may not use.

Same parts as ``briefing/lang/english/headings.py``. In French the head noun comes first and its
adjectives and complements follow ("Victimes du tsunami", "Changement climatique"). Plain data.
"""

#: Prepositions that may join two nouns inside a heading ("Relais de la flamme").
CONNECTORS = frozenset("de du des d sur pour contre avec en à au aux près dans par entre".split())

#: Articles that may follow a connector inside a heading.
ARTICLES = frozenset("la le les l".split())

#: The conjunction that may join two nouns ("Marins et soldats").
AND = "et"

#: Reporting verbs, auxiliaries and days: never inside a heading.
REPORTING = frozenset("""
a ont dit déclaré indiqué affirmé selon ajouté annoncé estimé expliqué souligné précisé été est sont
était étaient sera seront serait aussi lundi mardi mercredi jeudi vendredi samedi dimanche hier
aujourd'hui demain m mme ne pas janvier février mars avril mai juin juillet août septembre octobre
novembre décembre
""".split())

#: Words after which a noun follows.
DETERMINERS = frozenset("""
le la les l un une des du ce cet cette ces son sa ses leur leurs notre nos aucun aucune chaque
""".split())

#: Time and measure words that make poor heading edges.
TIME_WORDS = frozenset("""
récent récents récemment mois semaines semaine jours jour heures heure ans années année dernier
dernière prochain prochaine matin soir nuit minutes fois midi minuit utc gmt km kilomètres mètres
pour cent
""".split())

#: Function words that never stand in a heading (number words too).
FUNCTION = frozenset("""
je tu il elle on nous vous ils elles se lui leur eux y en qui que quoi dont où quand comme si mais ou
donc car ni or puis alors aussi ainsi encore déjà toujours jamais souvent bientôt maintenant très trop
plus moins bien mal tout tous toute toutes pendant lesquels lesquelles lequel laquelle auquel
auxquels duquel desquels avant après depuis malgré sans sous selon vers chez parmi durant lors
jusqu jusque afin tandis cependant pourtant toutefois néanmoins d'accord accord ceci cela ça celui
celle ceux celles autre autres même mêmes tel telle tels telles plusieurs certains certaines quelques
chacun chacune
un deux trois quatre cinq six sept huit neuf dix onze douze vingt trente cent cents mille million millions milliard milliards ayant étant aient ait soit soient
""".split())

#: Endings of verb forms (infinitives, conditionals, present participles): a word with one that
#: the story never uses as a noun is a verb.
VERB_SUFFIXES = ("er", "ir", "ait", "aient", "ant", "ront", "rait", "raient")

#: Verb forms that are hardly ever nouns.
VERBS = frozenset("""
arrive arrivent arrivé arrivée tomber tombe tombent tombé faire fait font fera avoir être aller va vont
allé venir vient viennent venu prendre prend prennent pris mettre met mettent mis dire dit disent voir
voit voient vu donner donne donnent donné pouvoir peut peuvent pu vouloir veut veulent voulu devoir
doit doivent dû falloir faut reste restent resté semble semblent semblé continue continuent continué
indique indiquent annonce annoncent déclare déclarent affirme affirment explique expliquent envisage envisagent
permet permettent permis trouve trouvent trouvé touché frappé frappe frappent tué tue tuent
insiste insistent insisté demande demandent demandé exige exigent exigé attendant attend attendent
estime estiment estimé ajoute ajoutent ajouté précise précisent précisé
""".split())

#: Adjectives that never head a phrase (in French they follow the head; a heading never starts
#: with one).
ADJECTIVES = frozenset("""
grand grande grands grandes petit petite petits petites nouveau nouvelle nouveaux nouvelles premier
première premiers premières dernier dernière derniers dernières ancien ancienne anciens anciennes
principal principale principaux principales important importante importants importantes fort forte
forts fortes long longue longs longues possible possibles certain certaine
""".split())

#: Heads too vague to name what points share.
VAGUE_HEADS = frozenset("""
reste début fin partie parties moitié nombre membre membres côté façon manière cas chose choses fait
faits place niveau série liste informations information détails déclaration déclarations commentaire
commentaires nouvelles source sources personnes personne gens homme hommes femme femmes groupe groupes
secrétaire ministre ministres président présidents directeur directrice chef chefs dirigeant
dirigeants porte-parole responsable responsables ambassadeur gouverneur maire général officier
premier roi reine état états pays gouvernement gouvernements autorités agence ministère bureau
équipe site page rapport question questions temps an ans année années jour jours
""".split())

#: Words that make a phrase a role or title.
ROLES = frozenset("""
secrétaire ministre président directeur directrice chef dirigeant porte-parole responsable
ambassadeur gouverneur maire général officier roi reine commissaire adjoint vice
""".split())

#: Endings of nouns.
NOUN_SUFFIXES = (
    "tion", "tions", "sion", "sions", "ment", "ments", "ité", "ités", "ance", "ances", "ence", "ences",
    "isme", "ismes", "age", "ages", "ure", "ures", "eur", "eurs", "ateur", "ateurs", "ée", "ées",
)

#: Endings that never end a heading.
NON_HEAD_SUFFIXES = ("ment",)  # adverbs ("rapidement"); nouns in -ment are learned from the story

#: Verb endings: such a word never starts a French heading unless the story uses it as a noun.
PARTICIPLE_SUFFIXES = ("er", "ir", "ant", "é", "és", "ée", "ées", "ait", "aient", "ent")

#: Words that mark the next noun as the complement of the one before ("tremblement *de* terre").
COMPLEMENT_MARKERS = frozenset("de du d".split())

#: The head noun comes first.
HEAD_FIRST = True
