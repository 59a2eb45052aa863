"""Quotations and their speakers: speech verbs, titles, pronouns, roles, organisations (lower case).

Read by :mod:`briefing.analysis.quotes`. Plain data, no logic.
"""

#: Verb forms that report speech ("X said", "said X", "X, a senator, told reporters", "saying").
SPEECH_VERBS = frozenset(
    "accuse accused accuses accusing states notes reads branded brands branding acknowledge acknowledged acknowledges acknowledging add added "
    "adding adds admit admits admitted admitting advise advised advises agreed agrees announce "
    "announced announces announcing argue argued argues arguing ask asked asking asks assert asserted "
    "asserting asserts blast blasted blasting blasts boast boasted boasting boasts brag bragged "
    "bragging brags called calling calls caution cautioned cautioning cautions chant chanted chanting "
    "chants charged charging chide chided chides claim claimed claiming claims complain complained "
    "complaining complains concede conceded concedes conceding conclude concluded concludes concluding "
    "concur concurred confirm confirmed confirming confirms contend contended contending contends "
    "continue continued continues continuing countered countering declare declared declares declaring "
    "demand demanded demanding demands denied denies deny denying describe described describes "
    "describing dub dubbed dubbing dubs echo echoed echoes echoing emphasised emphasises emphasising "
    "emphasize emphasized emphasizes emphasizing exclaim exclaimed exclaiming exclaims explain "
    "explained explaining explains insist insisted insisting insists interject interjected interjects "
    "interrupted joke joked jokes joking labeled labeling labelled labelling lament lamented lamenting "
    "laments maintain maintained maintaining maintains mock mocked mocking mocks muse mused muses "
    "musing noted noting observe observed observes observing opine opined opines plead pleaded "
    "pleading pleads pledge pledged pledges pledging pointed posted praise praised praises praising "
    "predict predicted predicting predicts proclaim proclaimed proclaiming proclaims promise promised "
    "promises promising queried quip quipped quipping quips recall recalled recalling recalls recount "
    "recounted recounting recounts reiterate reiterated reiterates reiterating remark remarked "
    "remarking repeat repeated repeating repeats replied replies reply replying reported reports "
    "respond responded responding responds retort retorted retorts reveal revealed revealing reveals "
    "said sang say saying says scoff scoffed scoffs scream screamed screaming screams shout shouted "
    "shouting shouts singing sings slam slammed slamming slams snapped sneer sneered speaking spoke "
    "stated stating stress stressed stresses stressing suggest suggested suggesting suggests "
    "summarized tell telling tells termed terming testified testifies testify testifying told tout "
    "touted touting touts tweet tweeted tweeting tweets urge urged urges urging vow vowed vowing vows "
    "warn warned warning warns whisper whispered whispering whispers wonder wondered wondering wonders "
    "write writes writing written wrote yell yelled yelling yells "
    "characterize characterized characterizes characterise characterised characterises laud lauded "
    "lauds hail hailed hails criticize criticized criticizes criticise criticised criticises condemn "
    "condemned condemns denounce denounced denounces attacked dismiss dismissed dismisses reaffirm "
    "reaffirmed reaffirms".split()
)

#: Verbs whose grammatical subject is the speaker but whose object comes first after them
#: ("X told reporters", "X asked the minister"): the words after them are never the speaker.
OBJECT_VERBS = frozenset("told tells telling asked asks asking informed informs urged urges urging".split())

#: Phrases that introduce a source: "according to X".
ACCORDING = ("according to", "per")

#: Words stripped from the front of a speaker's name: honorifics, titles, ranks, qualifiers.
TITLES = frozenset(
    "mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir lord lady dame rev rev. reverend president "
    "vice prime minister ministers secretary state foreign defence defense interior finance deputy "
    "chancellor ambassador spokesman spokeswoman spokesperson general gen gen. colonel col col. "
    "lieutenant lt lt. major maj maj. admiral adm adm. captain capt capt. sergeant sgt sgt. commander "
    "chief director governor gov gov. senator sen sen. representative rep rep. reps. sens. congressman "
    "congresswoman mayor king queen prince princess pope chairman chairwoman chair ceo head leader "
    "premier envoy emir sheikh justice judge attorney officer official officials analyst professor "
    "correspondent reporter editor speaker lower upper house senior top former acting us u.s. uk u.k. "
    "eu un nato american british russian ukrainian german french chinese european bulgarian romanian "
    "italian spanish japanese indian iranian israeli palestinian turkish polish syrian australian "
    "canadian swiss dutch belgian swedish greek egyptian korean north south foreign-minister white "
    "the a an democratic democrat republican gop candidate nominee sec sec. supt supt. insp "
    "secretary-general gen. maj. pres pres. detective det det. officer sheriff del del. delegate".split()
)

#: Subject pronouns (the speaker of "he said" is resolved to a person of the article).
PRONOUNS = frozenset("he she they it we i".split())

#: Pronouns by the person they point to.
MALE_PRONOUNS = frozenset("he him his himself".split())
FEMALE_PRONOUNS = frozenset("she her hers herself".split())
PLURAL_PRONOUNS = frozenset("they them their theirs themselves".split())
#: Speakers who are the writer or a group the writer speaks for: never resolved.
FIRST_PERSON = frozenset("i we me us my our".split())

#: Words that make a name a man's or a woman's (honorifics and gendered roles).
MALE_WORDS = frozenset(
    "mr mr. sir lord king prince spokesman chairman congressman businessman husband father son "
    "brother uncle grandfather boy man men gentleman monsieur m. duke emperor pope".split()
)
FEMALE_WORDS = frozenset(
    "mrs mrs. ms ms. miss madam madame mme lady dame queen princess spokeswoman chairwoman "
    "congresswoman businesswoman wife mother daughter sister aunt grandmother girl woman women "
    "actress duchess empress".split()
)

#: Common given names, used only to tell whether "he" or "she" can point to a name.
MALE_FIRST_NAMES = frozenset(
    "aaron adam alan albert alex alexander alexei ali andrew andy anthony antony antonio arthur barack "
    "ben benjamin bernie bill billy bob bobby boris brad brandon brian bruce carl carlos charles charlie "
    "chris christopher chuck colin craig dan daniel danny dave david dennis dick don donald doug douglas "
    "ed eddie edward emmanuel eric frank fred gary george gerald glenn gordon greg gregory harry henry "
    "hugh ian jack jacob jake james jason jeb jeff jeffrey jeremy jerry jim jimmy joe joel john johnny "
    "jon jonathan jose joseph josh joshua juan justin keith ken kenneth kevin larry lawrence lee leon "
    "lindsey louis luis marco mark martin matt matthew michael miguel mike mitch mitt muhammad nathan "
    "neil newt nicholas nick nicolas olaf omar oscar pat patrick paul pedro pete peter phil philip "
    "ralph ray raymond reince richard rick rob robert rod roger ron ronald rudy russell ryan sam samuel "
    "scott sean sergei sergey stephen steve steven stuart ted terry thomas tim timothy todd tom tony "
    "travis victor vladimir walter wayne william xi yusuf "
    "abdul ahmed alberto alejandro andre andres angelo antoine barry bernard bradley brett bryan "
    "byron calvin cameron carlos cedric chad clarence clayton clifford clint cody cory curtis dale "
    "darren darryl dean derek desmond dmitry dominic duane dustin dwight earl edgar eduardo elijah "
    "elliot emilio enrique ernest esteban ethan eugene evan felipe fernando francis francisco "
    "frederick gabriel garrett gavin gilbert giovanni glen grant hans harold harvey hector herbert "
    "horace howard hunter igor isaac ivan jamal jared javier jeffery jerome jesse jesus jorge julian "
    "kareem karl kofi kurt kyle lamar lance leonard leroy lloyd lucas luke malcolm manuel marc "
    "marcus mario marvin maurice max mehmet melvin micah mohammed morris nelson noah norman omar "
    "orlando otis owen pablo percy perry quentin rafael ramon randall randy raul reggie reginald "
    "rex ricardo ricky roberto rodney roland rolando roy ruben rusty salvador sanjay seth shane "
    "sheldon sidney stanley stefan sylvester ted theodore tobias trevor troy tyler vernon vincent "
    "wade wallace warren wesley willie wilson xavier zachary".split()
)
FEMALE_FIRST_NAMES = frozenset(
    "abigail alice alicia alison amanda amy andrea angela angelina ann anna anne annette barbara betsy "
    "betty beverly brenda carly carol caroline catherine cheryl christina christine claire condoleezza "
    "cynthia dana daniela deborah debbie denise diana diane donna dorothy elaine elena elizabeth ellen "
    "emily emma eva gennifer gloria grace gwen hannah heather heidi helen hillary huma ivanka jane janet "
    "janice jennifer jessica jill joan joanna joyce judith judy julia julie karen kate katherine "
    "kathleen kathryn kathy katie kay kellyanne kelly kim kimberly kirsten laura lauren linda lisa "
    "lori lucy maria marie marine marilyn martha mary megan megyn melania melanie melissa michelle "
    "monica nancy natalie nicole nikki olivia pamela patricia paula rachel rebecca rose ruth sally "
    "samantha sandra sara sarah sharon shirley sophie stephanie susan susana suzanne tammy teresa "
    "theresa tina ursula valerie victoria virginia wendy "
    "adriana agnes alexandra alexis allison amber andrea angelique anita april ashley audrey "
    "beatrice belinda bernadette bonnie brittany candace carla carmen cassandra cecilia charlotte "
    "chelsea christy clara claudia colleen courtney crystal daisy danielle darlene dolores doris "
    "edith eileen elisa eleanor elsa erica erin esther evelyn faith felicia florence frances "
    "francesca gabriela georgia gina gretchen hazel heidi hope irene iris isabel jacqueline jasmine "
    "jeanne jenny jill joanne jocelyn josephine juanita june kamala karla katrina kayla keisha "
    "kristen kristin latoya lillian lily loretta lorraine louise lucia luisa lydia mabel madeline "
    "marcia margaret margarita marian marisa marsha maxine maya meredith mildred miriam molly "
    "myra naomi nadia nina nora norma paige patty peggy phyllis priscilla renee rhonda rita "
    "roberta rosa rosemary roxanne sabrina selena serena sheila sherry shannon sonia sonya stacey "
    "stacy sue sylvia tamara tanya tara tiffany tracy vanessa vanita vera veronica vivian yolanda "
    "yvonne zoe".split()
)

#: Nouns that describe a person ("a State Department spokesman", "the senator").
ROLE_NOUNS = frozenset(
    "spokesman spokeswoman spokesperson official officials aide aides adviser advisor advisers "
    "source sources analyst analysts expert experts strategist strategists staffer president senator "
    "candidate nominee chairman chairwoman director secretary governor mayor host anchor moderator "
    "reporter author lawyer attorney lawmaker lawmakers congressman congresswoman representative "
    "supporter supporters voter voters resident residents witness witnesses critic critics leader "
    "leaders officer police manager executive economist professor researcher pollster surrogate "
    "member members man woman mother father son daughter wife husband friend people protester "
    "protesters student students worker workers judge prosecutor prosecutors investigator "
    "investigators doctor physician chief minister ambassador businessman businesswoman "
    "billionaire diplomat diplomats envoy commander general colonel officers activist activists "
    "historian scientist scientists narrator teacher writer columnist editor spokespeople chancellor premier "
    "king queen prince pope emir sheikh bishop priest ceo founder chair owner partner "
    "niece nephew cousin brother sister uncle aunt grandson granddaughter grandmother grandfather "
    "widow widower fiance fiancee girlfriend boyfriend neighbor neighbour colleague spouse "
    "questioner organizer organiser volunteer veteran journalist journalists".split()
)

#: Nouns of organisations: a speaker that holds one speaks as an organisation.
ORG_NOUNS = frozenset(
    "campaign committee ministry department office government administration network newspaper "
    "agency party council court house senate congress commission group team company corporation "
    "university times post news journal magazine channel reuters ap press foundation institute "
    "center centre association union coalition board bureau service services pac fund organization "
    "organisation caucus club league alliance conference forum embassy chancellery presidency army military police federation republicans democrats gop kremlin "
    "parliament cabinet tribunal bank inc corp co. ltd network report reports statement poll survey "
    "study complaint lawsuit filing memo letter ad video website blog review magazine tv radio "
    "cnn msnbc abc nbc cbs fox bbc afp".split()
)

#: Nouns of texts: "the report said", "a statement said" speak for whoever issued them.
DOCUMENT_NOUNS = frozenset(
    "statement report reports poll survey study complaint lawsuit filing memo letter ad video "
    "website release document documents brief ruling order indictment text email tweet post bylaws "
    "guidelines charter".split()
)

#: Words that may stand between a subject and its speech verb ("X has also said").
AUXILIARIES = frozenset(
    "has have had would will was is are were also could did does do then later again previously "
    "earlier recently repeatedly once further had been has been even still often frequently "
    "first last just now never already since not didn't doesn't don't won't wouldn't can't couldn't "
    "isn't wasn't hasn't haven't hadn't didn’t doesn’t don’t won’t wouldn’t can’t couldn’t "
    "isn’t wasn’t hasn’t haven’t hadn’t may might must should can shall".split()
)

#: Words that end the speaker after an inverted verb ("said Smith on Monday", "said Smith, who").
NAME_ENDERS = frozenset(
    "on in at after before during when while as who which that to for from with about of by "
    "this last next and but during".split()
)

#: Words that can open a capitalised run without being part of a name ("In Paris", "But Smith").
NOT_NAME_STARTS = frozenset(
    "in on at after before during when while as but and or so yet if then the a an this that these "
    "those his her their its our my your for from with by to of however meanwhile still also "
    "although though because since until unless instead today yesterday tomorrow".split()
)

#: Days, months and other capitalised words that are never a speaker.
TIME_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june "
    "july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec "
    "today yesterday tomorrow tonight christmas easter".split()
)

#: Prepositions before places ("in Paris", "from Kyiv"): a word seen only after them is a place.
PLACE_PREPOSITIONS = frozenset("in at from near to into outside inside across toward towards".split())

#: Determiners that open a description ("the minister", "a spokesman").
DETERMINERS = frozenset("the a an another one".split())

#: Conjunctions that join a second verb to the first clause's subject ("X smiled and said").
CONJUNCTIONS = frozenset("and but".split())

#: Words that mark a speaker who is quoting a transcript ("SMITH: ...").
TRANSCRIPT_SEPARATORS = (":",)

#: Words written with a full stop that does not end the sentence ("Mr.", "Sen.", "Sept.").
ABBREVIATIONS = frozenset(
    "mr mrs ms dr sen rep gov gen lt col sgt capt adm prof rev st jr sr jan feb mar apr jun jul aug "
    "sep sept oct nov dec no vs corp inc co ltd maj det supt insp pres sec reps sens ft mt messrs "
    "cmdr brig cpl pvt del ala ariz ark calif colo conn fla ga ill ind kan ky la md mass mich minn "
    "mo mont neb nev okla ore pa tenn tex vt va wash wis wyo".split()
)

#: Short forms of titles, read as the full word when a description is matched to a name.
TITLE_FORMS = {
    "gov": "governor", "gov.": "governor", "sen": "senator", "sen.": "senator", "rep": "representative",
    "rep.": "representative", "gen": "general", "gen.": "general", "pres": "president",
    "pres.": "president", "sec": "secretary", "sec.": "secretary", "lt": "lieutenant", "lt.": "lieutenant",
    "col": "colonel", "col.": "colonel", "capt": "captain", "capt.": "captain", "adm": "admiral",
    "adm.": "admiral", "prof": "professor", "prof.": "professor", "dr": "doctor", "dr.": "doctor",
    "congressman": "representative", "congresswoman": "representative", "lawmaker": "representative",
    "spokeswoman": "spokesperson", "spokesman": "spokesperson", "chairwoman": "chair", "chairman": "chair",
}

#: Words of a description that say nothing about who it is ("the former minister").
GENERIC_WORDS = frozenset("the a an former current then now also longtime veteran top senior new retired".split())

#: Honorifics and abbreviated ranks written right before a name ("Mr. King", "Sen. Warren").
HONORIFICS = frozenset(
    "mr mrs ms miss dr sir dame lord lady sen rep gov gen lt col capt adm sgt maj prof rev del det "
    "supt insp pres sec president senator governor representative judge justice mayor".split()
)

#: Words after which a speech verb's form is a noun ("the states", "his remarks", "their claims").
NOUN_MARKERS = frozenset("the a an this these those his her their its our my your".split())

#: The relative pronoun that only follows a person ("Suu Kyi, who had breakfast with ...").
PERSON_RELATIVE = "who"

#: "..., as a Homeland Security memo put it": the word that opens such a source, the verb of
#: "put it" and its object.
AS_SOURCE = "as"
PUT_VERBS = frozenset("put puts".split())
PUT_OBJECT = "it"

#: Pronouns that may speak for an organisation or a group the sentence makes its subject, and
#: the kinds of speaker (see ``briefing.analysis.quotes.attribution.classify``) they may stand for.
GROUP_PRONOUNS = {"it": ("organisation",), "they": ("organisation", "description")}

#: Nouns that name what follows a colon as speech ("Sanders made the following comment:").
SPEECH_NOUNS = frozenset("comment comments statement remark remarks words message".split())

#: Countries and regions are never speakers, whatever an article does with them ("Turkey has branded
#: him a terrorist"): their names come from CLDR through Babel in this locale, plus the common
#: names CLDR does not use.
TERRITORY_LOCALE = "en"
PLACE_VARIANTS = frozenset({
    "turkey", "britain", "great britain", "england", "scotland", "wales", "palestine", "burma", "congo",
    "hong kong", "macao", "macau", "yugoslavia", "bosnia", "holland", "ivory coast", "czech republic",
    "swaziland", "macedonia", "soviet union", "ussr", "america", "east timor", "gaza", "west bank",
    "kurdistan", "chechnya", "tibet", "korea", "the united states", "the netherlands", "the philippines",
})

#: Object pronouns written between a subject and its verb (French "ils la jugent"): none in English.
OBJECT_CLITICS: frozenset[str] = frozenset()

#: Words after which a quotation is a title or a name, not speech ("a seminar entitled "...?"").
NAMING_WORDS = ("entitled", "titled", "dubbed", "headlined", "labelled", "labeled", "nicknamed",
                "known as", "billed as")

#: Words after a speech verb that make it an answer, not an attribution ("Melanie said yes").
ANSWER_WORDS = frozenset("yes no".split())


#: Verbs of "X was quoted ... as saying" (the speaker is the subject) and "the paper quoted X as
#: saying" (the speaker is the object).
QUOTED_AS = frozenset({"quoted", "cited"})

#: Forms of "be" that make "quoted" passive.
PASSIVE_BE = frozenset({"was", "were", "is", "are", "been", "being", "be"})
