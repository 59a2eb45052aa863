"""Citations et leurs auteurs : verbes de parole, titres, pronoms, rôles, organisations (minuscules).

Lu par :mod:`briefing.analysis.quotes`. Des données, pas de logique.
"""

#: Formes verbales qui rapportent une parole (« X a déclaré », « a déclaré X », « explique-t-il »).
SPEECH_VERBS = frozenset(
    "dit dire disant déclaré déclare déclarent déclarant affirmé affirme affirment affirmant ajouté "
    "ajoute ajoutent ajoutant expliqué explique expliquent expliquant estimé estime estiment estimant "
    "souligné souligne soulignent soulignant indiqué indique indiquent précisé précise précisent "
    "assuré assure assurent averti avertit annoncé annonce annoncent lancé lance rappelé rappelle "
    "continué continue raconté raconte poursuivi poursuit confié confie insisté insiste noté note "
    "conclu conclut répondu répond répondent martelé martèle prévenu prévient observé observe écrit "
    "écrivent commenté commente reconnu reconnaît jugé juge admis admet regretté regrette dénoncé "
    "dénonce relevé relève tweeté demandé demande demandent interrogé s'est s'exclame exclamé "
    "promis promet menacé menace accusé accuse nié nie confirmé confirme révélé révèle plaidé plaide "
    "réagi réagit résumé résume témoigné témoigne fustigé fustige salué salue jugeant réaffirmé "
    "réaffirme réitéré réitère déploré déplore qualifié qualifie jugent disent répètent dénoncent "
    "rappellent préviennent racontent confient assurent".split()
)

#: Verbes dont le complément suit directement (« X a dit aux journalistes »).
OBJECT_VERBS = frozenset("demandé demande interrogé".split())

#: Tournures qui introduisent une source : « selon X », « d'après X ».
ACCORDING = ("selon", "d'après", "d’après")

#: Mots retirés devant un nom.
TITLES = frozenset(
    "m. mme mlle me dr pr président présidente premier première ministre ministres secrétaire "
    "chancelier chancelière ambassadeur ambassadrice porte-parole général générale directeur "
    "directrice gouverneur sénateur sénatrice député députée maire roi reine prince princesse pape "
    "chef cheffe le la les l' du de des d' américain américaine britannique russe ukrainien "
    "ukrainienne allemand allemande français française chinois chinoise européen européenne "
    "ancien ancienne nouveau nouvelle juge procureur procureure commissaire colonel capitaine "
    "lieutenant sergent secrétaire-général patron patronne président-directeur".split()
)

#: Pronoms sujets.
PRONOUNS = frozenset("il elle ils elles on je nous".split())

MALE_PRONOUNS = frozenset("il lui".split())
FEMALE_PRONOUNS = frozenset("elle".split())
PLURAL_PRONOUNS = frozenset("ils elles leur leurs eux".split())
FIRST_PERSON = frozenset("je nous on moi".split())

MALE_WORDS = frozenset(
    "m. monsieur président ministre ambassadeur directeur gouverneur sénateur député roi prince "
    "homme père fils frère mari époux chancelier procureur".split()
)
FEMALE_WORDS = frozenset(
    "mme madame mlle mademoiselle présidente ambassadrice directrice sénatrice députée reine "
    "princesse femme mère fille sœur épouse chancelière procureure ministre-présidente".split()
)

MALE_FIRST_NAMES = frozenset(
    "alain alexandre antoine benoît bernard bruno charles christian christophe claude daniel david "
    "didier dominique éric emmanuel françois frédéric gérard guy henri jacques jean jean-claude "
    "jean-luc jean-marc jean-marie jean-pierre jean-yves jérôme joseph laurent louis luc manuel marc "
    "marcel michel nicolas olivier patrick paul philippe pierre rené richard robert serge stéphane "
    "thierry thomas vincent xavier yves barack george vladimir dmitri sergueï mahmoud ban kofi "
    "benjamin recep ali mohamed mohammed ahmed omar".split()
)
FEMALE_FIRST_NAMES = frozenset(
    "anne annie béatrice brigitte catherine cécile christine claire dominique élisabeth élise "
    "françoise hélène isabelle jacqueline jeanne julie laurence marie marie-france marine marion "
    "martine michèle monique nathalie nicole pascale sandrine ségolène simone sophie sylvie valérie "
    "véronique angela hillary theresa condoleezza ursula".split()
)

ROLE_NOUNS = frozenset(
    "porte-parole responsable responsables ministre président présidente directeur directrice "
    "secrétaire gouverneur maire sénateur député avocat avocate expert experts analyste analystes "
    "témoin témoins source sources conseiller conseillère officiel officiels diplomate diplomates "
    "procureur juge chef dirigeant dirigeants habitant habitants militant militants manifestant "
    "manifestants syndicaliste économiste chercheur chercheuse médecin policier policiers "
    "commandant général colonel ambassadeur envoyé observateur observateurs délégué déléguée "
    "délégués représentant représentante représentants journaliste journalistes professeur "
    "professeure chercheurs militaire militaires officier officiers président-directeur patron "
    "patronne sénatrice députée conseillers ambassadrice ministres secrétaire-général".split()
)

ORG_NOUNS = frozenset(
    "ministère gouvernement présidence élysée matignon parti comité commission conseil cour tribunal "
    "agence armée police gendarmerie ambassade mairie préfecture syndicat entreprise société groupe "
    "banque assemblée sénat parlement onu otan union fédération association fondation institut "
    "journal quotidien chaîne radio communiqué rapport enquête sondage étude syndicats partis "
    "associations entreprises ministères organisations ong".split()
)

DOCUMENT_NOUNS = frozenset("communiqué rapport enquête sondage étude lettre texte décision arrêt".split())

AUXILIARIES = frozenset(
    "a ont avait avaient aurait auraient est sont était a-t-il a-t-elle ont-ils aussi encore déjà "
    "également ensuite alors pourtant toutefois ne pas n' jamais d'ailleurs".split()
)

NAME_ENDERS = frozenset(
    "à au aux en dans sur lors après avant pendant pour par avec qui que lequel laquelle et mais "
    "ce cette ces depuis".split()
)

NOT_NAME_STARTS = frozenset(
    "à au aux en dans sur lors après avant pendant pour par avec et mais ou donc or ni car le la les "
    "l' un une des ce cette ces son sa ses leur leurs selon aujourd'hui hier demain cependant "
    "néanmoins toutefois pourtant ainsi enfin ensuite puis alors également aussi d'ailleurs "
    "désormais depuis lorsque quand si comme".split()
)

TIME_WORDS = frozenset(
    "lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin juillet "
    "août septembre octobre novembre décembre aujourd'hui hier demain noël pâques".split()
)

PLACE_PREPOSITIONS = frozenset("à au aux en dans depuis vers de près".split())

DETERMINERS = frozenset("le la les l' un une ce cette".split())

CONJUNCTIONS = frozenset("et mais".split())

TRANSCRIPT_SEPARATORS = (":",)

ABBREVIATIONS = frozenset("m mme mlle me dr pr st ste mgr gal col cdt".split())

TITLE_FORMS = {"m.": "monsieur", "mme": "madame", "gal": "général", "pdt": "président"}

GENERIC_WORDS = frozenset("le la les l' un une ancien ancienne actuel actuelle nouveau nouvelle".split())

HONORIFICS = frozenset("m mme mlle me dr pr président présidente ministre général".split())

#: Words after which a speech verb's form is a noun ("les déclarations", "ses propos").
#: Not "le", "la", "les", "l'": before a verb they are pronouns ("ils la jugent", "il l'a dit").
NOUN_MARKERS = frozenset("un une des ce cet cette ces son sa ses leur leurs notre nos votre vos mon ma mes".split())

#: The relative pronoun that only follows a person: French "qui" follows anything, so none.
PERSON_RELATIVE = ""

#: "..., comme le dit X" has an inverted subject: only "comme X l'a dit" would read; none here.
AS_SOURCE = "comme"
PUT_VERBS: frozenset[str] = frozenset()
PUT_OBJECT = ""

#: Pronouns that may speak for an organisation or a group the sentence makes its subject.
GROUP_PRONOUNS = {"ils": ("organisation", "description"), "elles": ("organisation", "description")}

#: Noms qui annoncent une parole après un deux-points (« X a fait la déclaration suivante : »).
SPEECH_NOUNS = frozenset("déclaration déclarations propos commentaire message mots".split())

#: Pays et régions ne parlent jamais : noms du CLDR (Babel) dans cette langue, plus les noms usuels.
TERRITORY_LOCALE = "fr"
PLACE_VARIANTS = frozenset({
    "grande-bretagne", "angleterre", "écosse", "palestine", "birmanie", "congo", "hong kong", "macao",
    "yougoslavie", "bosnie", "hollande", "côte d'ivoire", "république tchèque", "union soviétique",
    "urss", "amérique", "timor oriental", "gaza", "cisjordanie", "kurdistan", "tchétchénie", "tibet", "corée",
})

#: Pronoms compléments entre le sujet et le verbe (« ils la jugent », « il l'a dit »).
OBJECT_CLITICS = frozenset("le la les l' lui leur me m' te t' se s' l'a l’a l'ont l’ont l'avait l’avait".split())

#: Mots après lesquels une citation est un titre ou un nom (« un séminaire intitulé "..." »).
NAMING_WORDS = ("intitulé", "intitulée", "intitulés", "intitulées", "baptisé", "baptisée", "surnommé",
                "surnommée", "dénommé", "dénommée")

#: Mots après un verbe de parole qui en font une réponse (« Mélanie a dit oui »).
ANSWER_WORDS = frozenset("oui non".split())

#: Verbes de « X a été cité comme disant » et formes de « être » qui les rendent passifs (voir
#: ``briefing/lang/english/quotes.py`` ; la tournure anglaise "as saying" n'a guère d'équivalent).
QUOTED_AS = frozenset({"cité", "citée", "cités", "citées"})
PASSIVE_BE = frozenset({"est", "sont", "était", "étaient", "été", "être"})
