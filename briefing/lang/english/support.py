"""Cues for whether one sentence supports another: negation, modality, attribution (lower case).

Read by the merger (``briefing.engine.merge.support``): two sentences that share their words but
differ in any of these say different things ("will be charged" is not "has been charged").
"""

#: Words that negate a clause, or deny it. Contractions ending in "n't" count as well (see
#: ``NEGATION_SUFFIXES``).
NEGATIONS = frozenset(
    "not no never none nobody nothing neither nor nowhere cannot without denied denies deny denying "
    "refused refuses rejected rejects refusal "
    # words that deny what follows them ("failed to address" is "did not address", "unless repealed"
    # is "if not repealed", "declined to give details" is "gave no details")
    "fail fails failed failing failure unless decline declines declined declining unable "
    # contractions whose apostrophe was lost on the way ("isnt", "havent")
    "isnt arent wasnt werent dont doesnt didnt hasnt havent hadnt wont cant couldnt wouldnt shouldnt".split()
    # phrases (written with spaces) that deny what follows them
    + ["ruled out", "rules out", "rule out", "ruling out"]
)

#: Word endings that negate ("didn't", "won't", "can’t").
NEGATION_SUFFIXES = ("n't", "n’t")

#: Modality and tense classes: a sentence belongs to every class one of whose cues it holds (in
#: lower case); one with none states something done or true. Two sentences support each other only
#: when both have none, or their classes overlap. Phrases are written with spaces.
MODALITY = {
    "will": ("will", "won't", "won’t", "shall", "'ll", "’ll", "would", "wouldn't", "wouldn’t", "going to",
             "is to", "are to", "was to", "were to", "promised", "promises", "pledged", "pledges", "vowed", "vows"),
    # "would" is also a conditional ("a physician would face up to two years" / "could face")
    "may": ("may", "might", "could", "couldn't", "couldn’t", "possibly", "perhaps", "maybe", "would", "wouldn't",
            "wouldn’t",
            # a penalty one risks ("faces up to five years in prison" is not "was sentenced to")
            "faces", "face", "facing"),
    "threatens": ("threatened to", "threatens to", "threatening to", "threaten to"),
    "considering": ("consider", "considers", "considering", "weighing", "weighs", "mulling", "mulls",
                    "contemplating", "contemplates", "exploring", "explores", "studying"),
    "expected": ("expected", "expects", "expect", "expecting", "likely", "unlikely", "set to", "poised",
                 "slated", "scheduled", "is due to", "are due to",
                 "was due to", "were due to", "anticipated", "anticipates", "forecast", "forecasts"),
    "plans": ("plan", "plans", "planned", "planning", "intend", "intends", "intended", "intending", "aims",
              "aim", "aiming", "seeks to", "seeking to", "wants to", "want to", "hope to", "hopes to",
              "hoped to", "hoping to", "preparing to", "prepares to", "prepared to", "prepare to"),
    "must": ("should", "shouldn't", "shouldn’t", "must", "ought", "urged to", "urges to", "called on",
             "calls on", "calling on", "pressed to", "under pressure to"),
}

#: Verbs and phrases that attribute a statement to someone.
ATTRIBUTION = (
    "said", "says", "say", "saying", "told", "tells", "added", "adds", "according to", "stated", "states",
    "announced", "announces", "reported", "reports", "claimed", "claims", "insisted", "insists", "warned",
    "warns", "noted", "notes", "explained", "explains", "argued", "argues", "wrote", "writes", "tweeted",
    "declared", "declares", "stressed", "confirmed", "confirms", "acknowledged", "admitted", "alleged",
    "alleges", "testified", "commented", "replied", "remarked", "recalled", "predicted",
)

#: Lower-case words that may stand inside a speaker's name ("Coke spokesman Ben Deutsch").
SPEAKER_TITLES = frozenset(
    "spokesman spokeswoman spokesperson chief executive officer minister secretary president chairman "
    "director lawyer attorney analyst economist general counsel of the".split()
)

#: Words after which (within three words) a modality cue is a comparison, not the claim's own
#: modality ("rose more than expected", "than Wall Street expected") ...
COMPARATIVES = frozenset(["than"])

#: ... and words right after which it is one ("as expected", "as planned").
AS_WORDS = frozenset(["as"])

#: Prepositions: capitalised words right after one are a place or a thing, not a speaker
#: ("the hospital in New York announced").
PREPOSITIONS = frozenset("in to of at from for with by on near into about after before".split())

#: Pronouns and vague subjects that name no one: an attribution to them is no known speaker.
VAGUE_SPEAKERS = frozenset(
    "he she they it we i you who which that this officials official sources source analysts analyst "
    "experts police authorities spokesman spokeswoman spokesperson company government the a an of "
    "prosecutors investigators witnesses residents critics observers "
    # "said Sunday", "announced Monday": when, not who
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tonight".split()
)

#: Auxiliaries of a passive clause ("was charged by"), in which the actor comes after the verb.
PASSIVE_AUXILIARIES = frozenset("is are was were be been being get gets got gotten".split())

#: The word that introduces the actor of a passive clause.
AGENT = "by"

#: Opposed words: a sentence with words of one side and another with words of the other (and
#: neither with both) say different things ("shares rose" / "shares fell").
OPPOSITES = (
    ("rose rise rises rising risen", "fell fall falls falling fallen"),
    ("up", "down"),
    ("gained gain gains", "lost loss losses"),
    ("increased increase increases", "decreased decrease decreases"),
    ("higher", "lower"),
    ("inside", "outside"),
    ("above", "below"),
    ("won win wins", "lost lose loses"),
    ("approved approve approves", "rejected reject rejects"),
    ("guilty", "innocent"),
    ("upheld uphold upholds", "overturned overturn overturns quashed quash quashes"),
    ("before", "after"),
)

#: Steps of a legal case (lower case): two sentences that put the same people at different steps
#: ("were arrested" / "were charged" / "were convicted") say different things, however many words
#: they share. A sentence that names no step says nothing against one that does.
LEGAL_STEPS = (
    "arrested arrest arrests detained detention",
    "charged indicted indictment indictments",
    "convicted conviction convictions guilty",
    "sentenced",
    "acquitted acquittal",
    "pardoned pardon",
    "questioned interrogated",
    "released freed",
    "investigated investigation",
)

#: Prefixes that turn a word into its opposite ("effective" / "ineffective", "legal" / "illegal"):
#: a word in one sentence and the same word with one of these in the other (words of five letters
#: or more after the prefix) are opposed words.
NEGATING_PREFIXES = ("un", "in", "im", "il", "ir", "non", "non-", "dis")

#: Words that give the figure after them a role ("rose from 2 percent to 3 percent"): two sentences
#: with the same figures in other roles say different things.
FIGURE_ROLES = ("from", "to")
