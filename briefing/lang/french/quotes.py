"""Verbes de parole, titres et pronoms."""

SPEECH_VERBS = frozenset(
    "dit déclaré affirmé ajouté expliqué estimé souligné indiqué précisé assuré averti annoncé "
    "déclare affirme ajoute explique estime souligne indique précise assure avertit annonce "
    "a-t-il a-t-elle continue raconte poursuit confie lance rappelle insiste note conclut "
    "répond martèle prévient observe écrit commente reconnaît juge admet regrette dénonce relève "
    "raconté poursuivi confié lancé rappelé reconnu insisté noté conclu répondu martelé prévenu "
    "observé commenté jugé admis regretté dénoncé relevé dit".split()
)

TITLES = frozenset(
    "m. mme président présidente premier ministre ministre secrétaire chancelier ambassadeur "
    "porte-parole général directeur gouverneur sénateur maire roi reine prince pape chef "
    "le la les l' du de des d' américain américaine britannique russe ukrainien allemand "
    "français française chinois européen ancien nouveau".split()
)

PRONOUNS = frozenset("il elle ils elles".split())
