"""Cues for whether one sentence supports another: negation, modality, attribution (lower case).

The French counterpart of ``briefing/lang/english/support.py``.
"""

NEGATIONS = frozenset(
    "ne n' n’ pas jamais aucun aucune rien personne ni nullement sans guère nié nie nient démenti dément "
    "refusé refuse refusent rejeté rejette".split()
)

NEGATION_SUFFIXES = ()

MODALITY = {
    "will": ("va", "vont", "allait", "allaient", "sera", "seront", "serait", "seraient", "aura", "auront",
             "devra", "devront"),
    "may": ("pourrait", "pourraient", "peut-être", "possiblement", "éventuellement"),
    "considering": ("envisage", "envisagent", "étudie", "étudient", "examine", "examinent"),
    "expected": ("attendu", "attendue", "attendus", "attendues", "devrait", "devraient", "prévu", "prévue",
                 "prévus", "prévues", "probable", "probablement"),
    "plans": ("compte", "comptent", "projette", "projettent", "entend", "entendent", "veut", "veulent"),
    "must": ("doit", "doivent", "faut", "faudrait"),
}

ATTRIBUTION = (
    "a dit", "ont dit", "a déclaré", "ont déclaré", "selon", "a affirmé", "ont affirmé", "a annoncé",
    "ont annoncé", "a indiqué", "ont indiqué", "a ajouté", "a expliqué", "a souligné", "a estimé",
    "a assuré", "a précisé", "a confirmé", "a reconnu", "a averti", "a écrit", "déclare", "affirme",
    "indique", "explique", "souligne", "assure", "précise", "estime", "dit",
)

SPEAKER_TITLES = frozenset(
    "porte-parole ministre président directeur secrétaire avocat chef général de du la le".split()
)

COMPARATIVES = frozenset(["que"])

AS_WORDS = frozenset(["comme"])

PREPOSITIONS = frozenset("à au aux de du des en dans pour par sur chez vers avec".split())

VAGUE_SPEAKERS = frozenset(
    "il elle ils elles on nous je vous qui que ce cela responsables sources police autorités porte-parole "
    "gouvernement le la les un une des l' l’".split()
)

PASSIVE_AUXILIARIES = frozenset("est sont était étaient été être a ont".split())

AGENT = "par"

OPPOSITES = (
    ("hausse augmenté augmente augmentation", "baisse baissé baisse diminué diminue diminution"),
    ("gagné gagne", "perdu perd"),
    ("approuvé approuve", "rejeté rejette"),
    ("coupable", "innocent"),
    ("avant", "après"),
)

#: Étapes d'une affaire judiciaire (voir ``briefing/lang/english/support.py``).
LEGAL_STEPS = (
    "arrêté arrêtée arrêtés arrêtées interpellé interpellée interpellés interpellées interpellation",
    "inculpé inculpée inculpés inculpées inculpation",
    "condamné condamnée condamnés condamnées condamnation",
    "acquitté acquittée acquittés acquittées acquittement",
    "gracié graciée graciés graciées",
    "libéré libérée libérés libérées",
)

NEGATING_PREFIXES = ("in", "im", "il", "ir", "non", "non-", "dés", "dé")

FIGURE_ROLES = ("de", "à")
