"""English dates: months, weekdays, relative day words, units, tense cues (data only).

Read by :mod:`briefing.analysis.dates` (and, for months and weekdays, the lexicon). Month and
weekday names match capitalised in English text ("May", not "may"); every other word matches in
any case.
"""

#: Month names and abbreviations (lower case) to month numbers.
MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}

#: Weekday names (lower case) to weekday numbers, Monday = 0.
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
            "saturday": 5, "sunday": 6}

#: Month and weekday names match only capitalised ("May", "Sunday").
NAMES_CAPITALISED = True

#: Month names that are also common words in lower case ("may", "march"): a cheap pre-test skips
#: them unless the text writes them capitalised.
NAMES_ALSO_WORDS = ("may", "march")

#: Order of numeric dates with slashes: "mdy" (1/20/2022) or "dmy" (20/1/2022).
NUMERIC_ORDER = "mdy"

#: Words for a day relative to the article's own day (in days from it).
RELATIVE_DAYS = {
    "today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
    "yesterday": -1, "last night": -1, "tomorrow": 1, "the day before yesterday": -2,
    "the day after tomorrow": 2,
}

#: Words that may stand before a relative day or weekday without changing it ("late Tuesday").
DAY_PARTS_BEFORE = ("early", "earlier", "late", "later")

#: Parts of a day after a weekday ("Tuesday night").
DAY_PARTS_AFTER = ("morning", "afternoon", "evening", "night")

#: Units of calendar time (singular and plural) to the granularity they name.
UNITS = {"day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month",
         "months": "month", "year": "year", "years": "year"}

#: Units a period word may name ("last week", "this month", "next year"; plurals are durations).
PERIOD_UNITS = {"week": "week", "month": "month", "year": "year"}

#: The weekend, a week-level period.
WEEKEND = ("weekend",)

#: Words for small counts in "two weeks ago" (digits are read as well).
COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
          "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
          "thirty": 30}

#: Ordinal words for the day of a month ("March eighth").
DAY_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty-second": 22, "twenty-third": 23,
    "twenty-fourth": 24, "twenty-fifth": 25, "twenty-sixth": 26, "twenty-seventh": 27,
    "twenty-eighth": 28, "twenty-ninth": 29, "thirtieth": 30, "thirty-first": 31,
}

#: Suffixes of day numbers ("7th").
DAY_SUFFIXES = ("st", "nd", "rd", "th")

#: "<count> <unit> AGO": before the article's day.
AGO = ("ago",)

#: "<count> <unit> EARLIER": before the date the sentence names (else the article's day).
EARLIER = ("earlier",)

#: "<count> <unit> LATER": after the date the sentence names (never the article's day).
LATER = ("later",)

#: "LAST week", "NEXT Monday", "THIS month": the one before, after, or the current one.
LAST = ("last", "past", "previous")

#: "the PREVIOUS Friday": the one before the day a past report would mean by "Friday" (a week
#: before it); as "last" for weeks, months and years.
PREVIOUS = ("previous",)
NEXT = ("next", "coming", "this coming")
THIS = ("this",)

#: "EARLIER this year", "LATER this month": inside the current period (granularity unchanged).
WITHIN = ("earlier", "later", "early", "late")

#: "March LAST YEAR": a month name followed by the year it falls in, relative to the article.
YEAR_AFTER_MONTH = {"last year": -1, "this year": 0, "next year": 1}

#: "June 1 LAST YEAR": a month and day followed by the year they fall in, relative to the article.
YEAR_AFTER_DAY = {"last year": -1, "this year": 0, "next year": 1}

#: Words before a day that make it the day of the sentence's event ("was arrested ON July 29");
#: a day the story dates elsewhere named without one ("the aftermath of July 7th") is a reference.
DAY_PREPOSITIONS = ("on",)

#: "the week of March 6": the week holding a day.
WEEK_OF = ("the week of",)

#: "year-end": the last day of the year.
YEAR_END = ("year-end", "year end")

#: Words before a month name or a year that make it a date ("in May", "since 2014").
PERIOD_CUES = ("in", "since", "until", "till", "by", "during", "from", "through", "of", "before", "after",
               "early", "late", "mid", "mid-", "between", "last", "next", "this", "throughout", "around")

#: Lower-case words that may follow a year ("in 1998 the company..."); any other lower-case word
#: after a number makes it a count ("in 2000 homes").
AFTER_YEAR = ("the", "a", "an", "and", "when", "to", "as", "it", "he", "she", "they", "we", "i", "but", "or",
              "was", "were", "is", "are", "had", "has", "have", "for", "that", "after", "before", "at", "on",
              "in", "by", "with", "from", "while", "until", "its", "his", "her", "their", "there", "this",
              "then", "alone", "election", "elections")

#: Tense cues: words that put a date the sentence names ahead of the article's day ...
FUTURE = ("will", "won't", "'ll", "shall", "would", "going to", "set to", "scheduled", "expected",
          "plans to", "planned to", "planning to", "expects", "expect", "upcoming", "next", "coming", "ahead of", "effective",
          "payable", "is to", "are to", "to be held", "to begin", "to start", "to take effect", "is due",
          "are due", "due on", "due in", "due to be", "due to begin", "due to start",
          "intends", "aims", "hopes", "starting", "beginning", "tomorrow", "to be", "predicted for",
          "forecast for", "planned for", "set for", "slated for", "scheduled for", "expected on",
          "might", "likely to", "unlikely to", "prepare to", "prepares to", "preparing to")

#: Verbs in the present tense that, next to a day, put it ahead: news writes plans in the present
#: ("the two meet Monday", "talks resume Tuesday", "the exhibition opens Friday"). Only forms that
#: are rarely nouns and rarely report what was said.
PRESENT_AHEAD = ("meet", "meets", "resume", "resumes", "reconvene", "reconvenes", "convene", "convenes",
                 "begins", "starts", "opens", "kicks off", "kick off", "arrives", "departs", "takes office",
                 "take office", "goes on trial", "go on trial", "go to the polls", "goes to the polls",
                 "heads to", "head to", "travels to", "travel to", "returns to", "visits", "is scheduled",
                 "are scheduled", "takes effect", "take effect", "expires")

#: Endings of a future form (none in English: "will" says it).
FUTURE_SUFFIX = ""

#: Words after a relative day that make it count from what follows (none of English's: "the day
#: before the vote" is no relative day).
RELATIVE_OF = ()

#: ... and words that put it behind ("said Friday"); any other word ending in "-ed" counts too.
PAST = ("said", "told", "was", "were", "had", "did", "ago", "last", "earlier", "previous", "yesterday",
        "met", "went", "came", "took", "made", "gave", "left", "won", "lost", "began", "held", "saw", "got",
        "fell", "rose", "hit", "struck", "sent", "spoke", "wrote", "found", "shot", "put", "set", "led",
        "became", "brought", "bought", "sold", "paid", "fled", "fought", "broke", "ran", "stood", "kept",
        "thought", "felt", "heard", "knew", "told", "drove", "flew", "chose", "rang", "froze", "shut",
        "quit", "cut", "beat", "dropped", "since", "already")

#: Words ending in "-ed" that are not past-tense cues.
NOT_PAST = ("need", "needed", "red", "bed", "speed", "hundred", "united", "indeed", "feed", "seed", "shed",
            "based", "proposed", "expected", "scheduled", "planned", "intended", "related", "limited",
            "armed", "embed", "breed", "greed", "weed", "bred", "led", "wed", "succeed", "proceed", "exceed")

#: Cues that fix the side of a date right after them ("the quarter ended Sept. 30").
STRONG = ("ended",)

#: Abbreviations read only beside a day or a year (English's are in MONTHS: "Jan. 21", "in Jan" is too terse).
MONTH_ABBREVIATIONS: dict[str, int] = {}

#: Words before the count in "<word> two weeks" (French "il y a deux semaines"); English puts "ago" after.
AGO_BEFORE = ()

#: Words that open a relative clause: a week or month named after one dates that clause, not the
#: sentence's event ("proposals, which were presented last month").
SUBORDINATE = ("which", "who", "whom", "whose", "that")

#: Of SUBORDINATE, the words that also open what a verb says ("said THAT troops arrived Monday"):
#: they open a relative clause only after a word that is not a tense cue or one of COMPLEMENT_VERBS.
COMPLEMENTIZERS = ("that",)

#: Words after which "that" opens what is said or thought, not a relative clause.
COMPLEMENT_VERBS = ("say", "says", "tell", "tells", "believe", "believes", "think", "thinks", "claim", "claims",
                    "report", "reports", "show", "shows", "mean", "means", "hope", "hopes", "expect", "expects",
                    "know", "knows", "warn", "warns", "add", "adds", "insist", "insists", "argue", "argues",
                    "note", "notes", "confirm", "confirms", "deny", "denies", "fear", "fears", "suggest", "suggests",
                    "so", "such", "now", "and", "but", "than", "except", "given", "ensure", "ensures")

#: Words before a weekday that make it any such day, not one date ("on a Sunday morning", "every Friday").
GENERIC_BEFORE = ("a", "an", "every", "each", "any")

#: Words before a date that make it a modifier when a content word follows ("THE July 7 bombings").
DETERMINERS = ("the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those")

#: "the earthquake OF December 26, 2004": a date after "of" names the noun's event ...
OF = ("of",)

#: ... unless the noun is a time of its own ("the morning of July 7", "the end of May").
TIME_OF = ("morning", "afternoon", "evening", "night", "end", "beginning", "start", "middle", "eve", "dawn",
           "day", "week", "weekend", "month", "close", "rest", "half", "part", "summer", "winter", "spring",
           "autumn", "fall", "days", "weeks", "months", "hours", "as", "early", "late", "mid", "first", "last")
