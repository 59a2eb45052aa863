"""Speech verbs, titles and pronouns for quotations and their speakers (lower case)."""

#: Verbs that report speech.
SPEECH_VERBS = frozenset(
    "said says say saying told tells added adds warned warns stressed stresses insisted insists "
    "argued argues declared declares noted notes explained explains asked asks replied replies "
    "wrote writes stated states tweeted tweets claimed claims urged urges announced announces "
    "continued continues recalled recalls acknowledged acknowledges admitted admits "
    "emphasized emphasised emphasizes emphasises suggested suggests described describes "
    "conceded concedes cautioned cautions remarked remarks observed observes adding noting "
    "insisting warning stressing telling explaining arguing declaring".split()
)

#: Words stripped from the front of a speaker's name.
TITLES = frozenset(
    "mr mr. mrs mrs. ms ms. dr dr. prof prof. sir lord lady dame president vice prime minister "
    "ministers secretary state foreign defence defense interior finance deputy chancellor "
    "ambassador spokesman spokeswoman spokesperson general gen gen. colonel col. lieutenant lt "
    "major admiral captain commander chief director governor gov gov. senator sen sen. "
    "representative rep rep. congressman congresswoman mayor king queen prince princess pope "
    "chairman chairwoman chair ceo head leader premier envoy emir sheikh justice judge "
    "attorney officer official officials analyst professor correspondent reporter editor "
    "speaker lower upper house senior top former acting us u.s. uk u.k. eu un nato "
    "american british russian ukrainian german french chinese european bulgarian romanian "
    "italian spanish japanese indian iranian israeli palestinian turkish polish syrian "
    "australian canadian swiss dutch belgian swedish greek egyptian korean north south "
    "foreign-minister white the a an".split()
)

#: Subject pronouns.
PRONOUNS = frozenset("he she they it we i".split())
