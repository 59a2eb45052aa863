"""Mots vides. ``stopwords.txt`` à côté complète la liste de sumy; ``ANALYSIS`` sert à l'analyse."""

ANALYSIS = frozenset(
    "le la les l un une des du de d et ou mais à au aux en dans sur par pour avec sans sous que "
    "qui dont où ce cet cette ces il elle ils elles on nous vous je est sont était été être a ont "
    "avait avoir ne pas plus moins se sa son ses leur leurs".split()
)
