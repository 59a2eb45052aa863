"""English words that topic headings and short titles may and may not use.

A heading is a short noun phrase ("Geneva talks", "Sanctions warning", "Death toll in Gaza"). The
heading finder (:mod:`briefing.engine.labels`) reads a sentence's words with these lists: what may
stand inside a phrase, what may never start or end one, which words are verbs or only adjectives,
and which heads are too vague to name what a topic's points share. Plain data, no logic.
"""

#: Prepositions that may join two nouns inside a heading ("Troop build-up near Ukraine").
CONNECTORS = frozenset(
    "of near on over for against in from to between".split()
)

#: Articles that may follow a connector inside a heading ("Talks on the border").
ARTICLES = frozenset("the a an".split())

#: The conjunction that may join two nouns ("Sailors and marines").
AND = "and"

#: Reporting verbs, auxiliaries, modals and days: never inside a heading.
REPORTING = frozenset("""
said says say told tell tells added adds according stated warned noted reported reports asked called
claimed explained insisted announced stressed described declared urged also would could will may might
must should can did does do has have had was were is are been being be today friday monday tuesday
wednesday thursday saturday sunday yesterday tomorrow week mr mrs ms not no january february march april
june july august september october november december jan feb aug sept oct nov dec
""".split())

#: Words after which a noun (or its adjective) follows: the story itself shows which words are nouns.
DETERMINERS = frozenset("""
the a an this that these those its their his her our your my any some no every each another other new
more
""".split())

#: Time and measure words that make poor heading edges ("Recent months", "Noon UTC").
TIME_WORDS = frozenset("""
recent recently months month weeks days day hours hour years year earlier later ago time times last next
morning evening night afternoon weekend minutes noon midnight utc gmt est edt pst am pm km kilometres
kilometers miles metres meters percent per cent
""".split())

#: Function words that never stand in a heading: pronouns, conjunctions, adverbs, question words.
FUNCTION = frozenset("""
i me we us you he him she they them it itself himself herself themselves who whom whose which what
when where why how whether that than then there here if unless because although though while as so
but or nor yet also only just even still already again ever never always often soon now very too
quite rather almost nearly about around up down out off away back not no instead both either neither
such same own all many much few several most least less more some any each every whatever whoever
however meanwhile moreover furthermore thus hence therefore since until till before during under
upon within without through throughout toward towards against among amid amidst beyond like unlike
despite via per onto behind beside besides along alongside above below inside outside
one two three four five six seven eight nine ten eleven twelve dozen dozens hundred hundreds thousand thousands million millions billion billions
""".split())

#: Endings of verb forms (infinitives, conditionals, present participles): a word with one that
#: the story never uses as a noun is a verb.
VERB_SUFFIXES = ()

#: Verb forms that are hardly ever nouns: a heading never holds one ("Meeting began"). Words
#: that are as often nouns ("talks", "plans", "hit") are left to what the story shows.
VERBS = frozenset("""
began begin begins begun met held took taken came went gone gave given made found told
saw see sees seen won lost rose lose loses ran led brought bring brings fell fallen risen
struck spoke speak speaks spoken sent send sends kept keep keeps put puts got get gets
became become becomes built build builds caught chose choose chooses drew drove fought flew grew grow
grows knew know knows laid meant mean means paid sought seek seeks sold sell sells shot
shoot shoots stood threw throw throws understood understand understands wore wrote write writes written left leave
leaves felt feel feels thought think thinks seemed seem seems appear appears appeared continue continues continued
remain remains remained include includes included including wanted needed expect expects expected tried helped allow allows
allowed let lets spent tell agreed agree agrees refused refuse refuses failed fail fails decided decide
decides killed died die dies arrived arrive arrives returned happened happen happens occurred occur occurs facing
faced accused accuse accuses believe believes believed hoped planned reached receive receives received rejected reject rejects
suggest suggests suggested confirmed confirm confirms denied deny denies blamed called urged prompted becoming being having
getting making taking going coming giving saying telling trying
""".split())

#: Adjectives that never head a phrase: a heading ending on one is cut short ("Director of criminal").
ADJECTIVES = frozenset("""
entire whole difficult other such many several various major new former recent possible likely high
low large small big great good bad first second third last next own same different main key further
total full early late long short south north east west southern northern eastern western central
international national local foreign military political economic social public private official
general special certain clear likely unlikely able unable available potential current previous
serious important significant senior top junior annual daily weekly monthly initial final additional
strong weak heavy light hard easy free open close near far real true false wide broad deep huge vast
severe massive global regional federal civil criminal legal illegal human nuclear financial
diplomatic commercial industrial environmental russian american british french german chinese
japanese iranian iraqi israeli palestinian ukrainian european african asian western
""".split())

#: Heads too vague to name what points share: roles and titles ("Secretary of state"), parts
#: ("Rest of the contenders", "Start of the race") and words about the reporting itself.
VAGUE_HEADS = frozenset("""
rest start end part parts half number numbers member members side sides way ways lot lots kind type
top front middle course terms term fact facts thing things matter matters area areas place places level
levels amount range series set list information details detail statement statements comment comments
news story stories source sources people person persons man men woman women group groups case cases
secretary minister ministers president presidents director directors chief chiefs head heads leader
leaders chairman chairwoman spokesman spokeswoman spokesperson official officials ambassador
ambassadors envoy envoys governor governors mayor mayors general generals officer officers premier
king queen prince chancellor counterpart counterparts state states country countries government
governments authorities authority agency agencies ministry department office spokesmen team teams
correspondent reporter reporters journalist journalists website site page report reports question
questions time times year years day days
""".split())

#: Words that make a phrase a role or title (``Foreign minister``, ``Secretary of state``).
ROLES = frozenset("""
secretary minister president director chief head leader chairman chairwoman spokesman spokeswoman
spokesperson official ambassador envoy governor mayor general officer premier king queen prince
chancellor counterpart commissioner deputy vice lieutenant captain colonel sergeant commander admiral
""".split())

#: Endings of nouns ("negotiation", "agreement", "stability"): a head with one is a noun.
NOUN_SUFFIXES = (
    "tion", "tions", "sion", "sions", "ment", "ments", "ness", "ity", "ities", "ance", "ances", "ence",
    "ences", "ship", "ships", "ism", "isms", "age", "ages", "ure", "ures", "ery", "eries", "ist", "ists",
    "ers", "ors", "ees", "dom", "hood", "cy", "cies",
)

#: Endings of verb forms and adverbs that never end a heading ("fired", "quickly").
NON_HEAD_SUFFIXES = ("ly",)

#: Past-participle and gerund endings: such a word modifies a noun inside a heading ("armed
#: forces"), never ends one unless the story uses it as a noun ("the bombing").
PARTICIPLE_SUFFIXES = ("ed", "ing")

#: Words that mark the second of two nouns as the complement of the first (French "de"); English
#: has none.
COMPLEMENT_MARKERS: frozenset[str] = frozenset()

#: Is the head at the start of a phrase (French "Victimes du tsunami") or at its end (English
#: "Tsunami victims")?  Decides where a cut-off phrase continues.
HEAD_FIRST = False
