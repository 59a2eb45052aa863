"""Same words, different meaning: a point cites a sentence only when that sentence supports it.

Invented pairs of each kind (modality, negation, swapped actors, legal status, numbers, different
officials' remarks, a quotation against a narrative sentence), each as a story of two outlets,
one sentence each; none may merge. Paraphrases of the same claim still merge.
"""

from __future__ import annotations

import pytest

from briefing.engine.merge import CompareOptions, Merger, merge
from briefing.engine.merge.support import claim_of, conflict
from briefing.engine.represent import represent
from briefing.model import Article
from briefing.nlp import segment
from briefing.nlp.words import Analyzer, word_tokens


def _merged(a: str, b: str, check, compare: CompareOptions | None = None) -> bool:
    """Does a story of two outlets, one sentence each, make one point citing both? (``compare``:
    the comparison options, by default the merger's: the support model.)"""
    arts = [Article(text=a, title="A", outlet="Outlet A", origin="a.txt"),
            Article(text=b, title="B", outlet="Outlet B", origin="b.txt")]
    sents = segment(arts)
    rep = represent(sents)
    merger = Merger(compare=compare) if compare is not None else None
    points, groups = merge(sents, arts, rep.terms, tokens=rep.tokens, merger=merger)
    check(points, arts)
    return any({sents[i].article for i in g} == {0, 1} for g in groups)


DIFFERENT = {
    "modality": [
        ("The league has canceled the first two weeks of the regular season, the commissioner said.",
         "The league will consider canceling the first two weeks of the regular season, the commissioner said."),
        ("The central bank raised its main interest rate by a quarter point on Thursday.",
         "The central bank is expected to raise its main interest rate by a quarter point on Thursday."),
        ("The company will close its factory in Ohio and move production to Mexico.",
         "The company may close its factory in Ohio and move production to Mexico."),
        ("The government plans to ban the sale of petrol cars in the capital within ten years.",
         "The government has banned the sale of petrol cars in the capital within ten years."),
        ("Regulators are considering fines against the airline over the cancelled flights.",
         "Regulators have imposed fines against the airline over the cancelled flights."),
        ("The union has called a strike at the car plant for next week.",
         "The union is threatening to call a strike at the car plant for next week."),
        ("Officials reopened the airport in the capital on Monday after the storm.",
         "Officials hope to reopen the airport in the capital on Monday after the storm."),
        ("The minister resigned over the scandal at the defence ministry.",
         "The minister was urged to resign over the scandal at the defence ministry."),
        ("The government is preparing to raise the minimum wage in January.",
         "The government raised the minimum wage in January."),
    ],
    "negation": [
        ("The minister said the army had used chemical weapons against the rebels in the north.",
         "The minister said the army had not used chemical weapons against the rebels in the north."),
        ("Police confirmed that the driver was drunk at the time of the crash near the bridge.",
         "Police denied that the driver was drunk at the time of the crash near the bridge."),
        ("The senator voted for the bill that raises the tax on imported steel.",
         "The senator never voted for the bill that raises the tax on imported steel."),
        ("Shares of the carmaker rose after the company reported higher quarterly profits.",
         "Shares of the carmaker didn't rise after the company reported higher quarterly profits."),
        ("The court found the former mayor guilty of taking bribes from a building firm.",
         "The court found the former mayor not guilty of taking bribes from a building firm."),
        ("Shares of the drug maker rose more than 2 percent in afternoon trading in New York.",
         "Shares of the drug maker fell more than 2 percent in afternoon trading in New York."),
        ("The navy said the incident took place inside Iraqi territorial waters near the border.",
         "The navy said the incident took place outside Iraqi territorial waters near the border."),
        ("Investigators said sabotage was the cause of the crash of the cargo plane.",
         "Investigators ruled out sabotage as the cause of the crash of the cargo plane."),
        ("The court upheld the ban on the opposition party.",
         "The court overturned the ban on the opposition party."),
        ("The vaccine was effective against the new strain of the virus, the study found.",
         "The vaccine was ineffective against the new strain of the virus, the study found."),
    ],
    "actors": [
        ("Israel accused Iran of attacking an oil tanker in the Gulf of Oman on Tuesday.",
         "Iran accused Israel of attacking an oil tanker in the Gulf of Oman on Tuesday."),
        ("Germany beat Brazil in the semi-final of the tournament in Rio on Sunday night.",
         "Brazil beat Germany in the semi-final of the tournament in Rio on Sunday night."),
        ("Microsoft sued Google over the patents for the search engine technology.",
         "Google sued Microsoft over the patents for the search engine technology."),
        ("Smith replaced Jones as chief executive of the bank after the losses in March.",
         "Jones replaced Smith as chief executive of the bank after the losses in March."),
        ("Russia warned Ukraine that the gas supplies would be cut off at midnight.",
         "Ukraine warned Russia that the gas supplies would be cut off at midnight."),
    ],
    "legal": [
        ("Two suspects have been charged with murder over the shooting at the nightclub.",
         "Two suspects will be charged with murder over the shooting at the nightclub next week."),
        ("The former governor was convicted of fraud by a federal jury in Chicago.",
         "The former governor could be convicted of fraud by a federal jury in Chicago."),
        ("The bank agreed to pay a fine to settle the charges of money laundering.",
         "The bank refused to pay a fine to settle the charges of money laundering."),
        ("The singer was arrested by police at the airport on drug charges.",
         "The singer is expected to be arrested by police at the airport on drug charges."),
        ("The law banning the protests has been approved by the parliament.",
         "The law banning the protests is set to be approved by the parliament."),
        ("Two men were arrested over the shooting at the nightclub on Saturday, police said.",
         "Two men were charged over the shooting at the nightclub on Saturday, police said."),
        ("The former governor was indicted on fraud charges by a federal grand jury in Chicago.",
         "The former governor was convicted on fraud charges by a federal grand jury in Chicago."),
        ("The nurse was acquitted of murdering three patients at the hospital in Leeds.",
         "The nurse was convicted of murdering three patients at the hospital in Leeds."),
        ("The mayor was found guilty of corruption by the regional court.",
         "The mayor was charged with corruption by the regional court."),
        ("The journalist was sentenced to five years in prison for espionage.",
         "The journalist faces up to five years in prison for espionage."),
        ("Police arrested the driver of the truck after the crash on the motorway.",
         "Police questioned the driver of the truck after the crash on the motorway."),
        ("The activist was detained by police during the protest in the capital.",
         "The activist was released by police during the protest in the capital."),
        ("The senator is under investigation for corruption by federal prosecutors.",
         "The senator was convicted of corruption by federal prosecutors."),
    ],
    "numbers": [
        ("Shares of the company rose more than 2 percent in early trading on Wall Street.",
         "Shares of the company rose more than 5 percent in early trading on Wall Street."),
        ("The earthquake killed at least 120 people in the mountain villages, officials said.",
         "The earthquake killed at least 210 people in the mountain villages, officials said."),
        ("The storm left 40,000 homes without power across the state on Monday.",
         "The storm left homes without power across the state on Monday."),
        ("The army sent three battalions to the border region after the clashes.",
         "The army sent four battalions to the border region after the clashes."),
        ("The company will cut 1,200 jobs in its European factories next year.",
         "The company will cut 2,100 jobs in its European factories next year."),
        # a day of the month is no quantity, but two different days are two different claims
        ("The former soldier is expected to be sentenced to life in prison on July 3.",
         "The former soldier is expected to be sentenced to life in prison on July 30."),
        ("The polls in the capital will open at 7 a.m. on Sunday, the electoral commission said.",
         "The polls in the capital will open at 9 a.m. on Sunday, the electoral commission said."),
        ("First official results of the vote are not expected until Saturday, the commission said.",
         "Final results of the vote are not expected until Sunday, the commission said."),
        ("The central bank cut its key rate by half a point on Wednesday.",
         "The central bank cut its key rate by a quarter point on Wednesday."),
        ("Twice as many people voted in the local elections this year.",
         "Three times as many people voted in the local elections this year."),
        ("The company's profit doubled in the third quarter.",
         "The company's profit tripled in the third quarter."),
        ("Dozens of people were killed in the floods in the south of the country.",
         "Hundreds of people were killed in the floods in the south of the country."),
        ("Inflation rose to 3 percent in June from 2 percent in May, the statistics office said.",
         "Inflation rose to 2 percent in June from 3 percent in May, the statistics office said."),
    ],
    "officials": [
        ("The talks were useful and we will meet again next month, Foreign Minister Anna Berg said.",
         "The talks were useful and we will meet again next month, Defence Minister Paul Okafor said."),
        ("\"We are very pleased with the ruling of the court,\" company spokeswoman Sonia Ruiz said.",
         "\"We are very pleased with the ruling of the court,\" said union leader Mark Tanaka."),
        ("\"The economy is recovering faster than we expected,\" Prime Minister Olsen told parliament.",
         "The economy is recovering faster than expected, according to figures released on Friday."),
    ],
}

SAME = [
    ("Russia has massed tens of thousands of troops near the border with Ukraine, officials said.",
     "Officials said that Russia has massed tens of thousands of troops near Ukraine's border."),
    ("Two suspects have been charged with murder over the shooting at the nightclub, police said.",
     "Police said two suspects had been charged with murder over the nightclub shooting."),
    ("The central bank raised its main interest rate by a quarter point on Thursday.",
     "On Thursday the central bank raised its main interest rate by a quarter of a point."),
    ("Israel accused Iran of attacking an oil tanker in the Gulf of Oman on Tuesday.",
     "On Tuesday Israel accused Iran of attacking an oil tanker in the Gulf of Oman."),
    # a date only one of them gives is a detail, like "on Tuesday": no figure stands between them
    ("The church was still grieving for a member of the congregation killed in another helicopter crash in Iraq.",
     "The church was still grieving for a member of the congregation killed in another helicopter crash in Iraq on Nov. 7."),
]


@pytest.mark.parametrize("kind,a,b", [(k, a, b) for k, pairs in DIFFERENT.items() for a, b in pairs])
def test_same_words_different_meaning_do_not_merge(kind, a, b, assert_citations):
    assert not _merged(a, b, assert_citations), kind


@pytest.mark.parametrize("a,b", SAME)
def test_paraphrases_still_merge(a, b, assert_citations):
    assert _merged(a, b, assert_citations)


def _claim(text: str):
    an = Analyzer("english")
    names = frozenset(an.stem(w.lower()) for w in word_tokens(text) if w[:1].isupper())
    return claim_of(text, word_tokens(text), an.term, names), names


@pytest.mark.parametrize("a,b,why", [
    ("Talks will resume on Monday.", "Talks resumed on Monday.", "modality"),
    ("Talks may resume on Monday.", "Talks will resume on Monday.", "modality"),
    ("Talks did not resume on Monday.", "Talks resumed on Monday.", "polarity"),
    ("Israel accused Iran of the attack.", "Iran accused Israel of the attack.", "actors"),
    ("Iran was accused by Israel of the attack.", "Israel accused Iran of the attack.", None),
    ("Talks resume in May, Lavrov said.", "Talks resume in May, Blinken said.", "attribution"),
    ("Talks resume in May, he said.", "Talks resume in May, Blinken said.", None),
])
def test_conflict_reasons(a, b, why):
    ca, na = _claim(a)
    cb, nb = _claim(b)
    assert conflict(ca, cb, na | nb) == why


def test_members_are_compared_with_the_founder_not_chained():
    # B says most of what A says and most of what C says, but A and C say different things: with
    # the plain overlap score (a fixed scale: A~B 0.82, B~C 0.63, A~C 0.52 against 0.603), C is
    # compared with the claim the group stands for (A), not with its neighbour B
    a = "The city council approved the new budget for schools and roads on Tuesday evening."
    b = "The city council approved the new budget for schools and roads and parks on Tuesday."
    c = "The city council approved new parks and roads and a stadium on Tuesday."
    arts = [Article(text=t, title=str(k), outlet=f"O{k}", origin=f"{k}.txt") for k, t in enumerate((a, b, c))]
    sents = segment(arts)
    rep = represent(sents)
    grouping = Merger(compare=CompareOptions(model=None)).run(sents, rep.terms, rep.tokens)
    together = [{sents[i].text for i in g} for g in grouping.groups if len(g) > 1]
    assert together == [{a, b}]


def test_a_member_that_does_not_support_the_representative_gets_its_own_point(assert_citations):
    # C matches the founder A, but the point is worded by its best supported member; a member
    # that does not support that wording is not cited behind it
    texts = ["Rescue teams pulled twelve survivors from the ruins of houses in the village of Ostra.",
             "Rescue teams pulled twelve survivors from the ruins of houses in Ostra on Saturday night.",
             "Rescue teams pulled twelve survivors from the ruins of houses in Ostra."]
    arts = [Article(text=t, title=str(k), outlet=f"O{k}", origin=f"{k}.txt") for k, t in enumerate(texts)]
    sents = segment(arts)
    rep = represent(sents)
    points, groups = merge(sents, arts, rep.terms, tokens=rep.tokens)
    assert_citations(points, arts)
    merger = Merger()
    grouping = merger.run(sents, rep.terms, rep.tokens)
    similarity, threshold = grouping.comparer.similarity, merger.compare.threshold
    for p, g in zip(points, groups):
        head = grouping.features[grouping.uid[g[0]]]
        for i in g[1:]:
            assert similarity(grouping.features[grouping.uid[i]], head) >= threshold, p.text
    assert any(len(g) > 1 for g in groups)


def test_find_points_gives_every_point_with_exact_citations_in_the_callers_numbering(assert_citations):
    import briefing

    arts = [
        Article(text="Two suspects have been charged with murder over the shooting at the nightclub, police said. "
                     "The club will stay closed until further notice.", title="A", outlet="Daily", origin="a.txt"),
        Article(text="The mayor visited the families on Sunday. Police said two suspects had been charged "
                     "with murder over the nightclub shooting.", title="B", outlet="Herald", origin="b.txt"),
    ]
    points = briefing.find_points(arts, language="english")
    assert sorted(len(p.citations) for p in points) == [1, 1, 2]
    assert_citations(points, arts)
    for p in points:
        assert p.text == p.citations[0].text
    both = next(p for p in points if len(p.citations) == 2)
    assert sorted(c.article for c in both.citations) == [0, 1] and both.outlets == 2
    # the same points whatever the order the articles come in
    again = briefing.find_points(arts[::-1])
    assert sorted(p.text for p in again) == sorted(p.text for p in points)
    assert briefing.find_points([Article(text="")]) == []


def test_find_points_rejects_what_is_not_articles():
    import briefing
    from briefing.errors import InputError

    with pytest.raises(InputError):
        briefing.find_points([])
    with pytest.raises(InputError):
        briefing.find_points(["text"])


def test_per_cent_is_no_figure_and_lost_apostrophes_still_negate():
    from briefing.engine.merge import numbers

    assert numbers("The index rose 60 per cent in May.") == numbers("The index rose 60 percent in May.")
    ca, na = _claim("The recall isn't one of them, the adviser said.")
    cb, nb = _claim("The recall isnt one of them, the adviser said.")
    assert ca.negated and cb.negated and conflict(ca, cb, na | nb) is None


@pytest.mark.parametrize("a,b,why", [
    # a weekday after "said" names no one
    ("Hines died of cancer in Los Angeles, publicist Allen Eichhorn said Sunday.",
     "Hines died in Los Angeles of cancer, publicist Allen Eichhorn said.", None),
    # one letter misspelt is still that person; another surname is not
    ("Hines died of cancer in Los Angeles, publicist Allen Eichhorn said.",
     "Hines died in Los Angeles of cancer, publicist Allen Eichorn said.", None),
    ("Hines died of cancer in Los Angeles, publicist Allen Eichhorn said.",
     "Hines died in Los Angeles of cancer, publicist Mark Ellison said.", "attribution"),
    # "would" is a conditional as well as a future: it agrees with "could", not with a plain statement
    ("A physician who performs the procedure could face up to two years in prison.",
     "A physician who performs the procedure would face up to two years in prison.", None),
    ("The firm missed the deadline due to mergers among its subsidiaries.",
     "The firm missed the deadline because of mergers among its subsidiaries.", None),
    ("The summit is due to open in Geneva.", "The summit opened in Geneva.", "modality"),
    # words that deny what follows: "failed to" is "did not", "unless" is "if not"
    ("The Pentagon singled out an officer for failing to address the scandal.",
     "The Pentagon singled out an officer for not addressing the scandal.", None),
    ("The talks failed to produce an agreement on the border.",
     "The talks produced an agreement on the border.", "polarity"),
    ("The union is threatening a strike unless the wages are raised.",
     "If the wages are not raised, the union is threatening a strike.", None),
])
def test_speakers_and_modality_read_closely(a, b, why):
    ca, na = _claim(a)
    cb, nb = _claim(b)
    assert conflict(ca, cb, na | nb) == why


@pytest.mark.parametrize("kind,a,b", [(k, a, b) for k, pairs in DIFFERENT.items() for a, b in pairs])
def test_with_the_plain_rule_same_words_different_meaning_still_do_not_merge(kind, a, b, assert_citations):
    assert not _merged(a, b, assert_citations, CompareOptions(model=None)), kind


@pytest.mark.parametrize("a,b", SAME)
def test_with_the_plain_rule_paraphrases_merge(a, b, assert_citations):
    assert _merged(a, b, assert_citations, CompareOptions(model=None))


def test_support_model_reads_a_pair_the_same_in_either_order():
    from briefing.engine.merge import SUPPORT_MODEL, CompareOptions

    a = ("\"We didn't expect any major breakthroughs today, but I believe we are now on a clear path "
         "in terms of understanding each other's concerns,\" the minister told reporters after the meeting.")
    b = ("\"We did not expect that there would be any major developments today, but I believe that we are "
         "now on a clearer path towards understanding the other side's position,\" said the minister.")
    arts = [Article(text=t, title="T", outlet=f"O{k}", origin=f"{k}.txt") for k, t in enumerate((a, b))]
    sents = segment(arts)
    rep = represent(sents)
    g = Merger(compare=CompareOptions(model=SUPPORT_MODEL)).run(sents, rep.terms, rep.tokens)
    fa, fb = g.features[g.uid[0]], g.features[g.uid[1]]
    assert g.comparer.alignment(fa, fb) == g.comparer.alignment(fb, fa)
    assert g.comparer.similarity(fa, fb) == g.comparer.similarity(fb, fa)


def test_compare_options_check_the_model():
    from briefing.engine.merge import CompareOptions

    with pytest.raises(ValueError, match="model"):
        CompareOptions(model=(1.0, 2.0))
    with pytest.raises(ValueError, match="floor"):
        CompareOptions(floor=1.5)
