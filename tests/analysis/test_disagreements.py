"""Where sources differ: hand-made articles with true disagreements and look-alikes."""

from __future__ import annotations

from briefing.analysis import cross_source
from briefing.analysis.disagreements import DisagreementFinder
from briefing.model import Article
from briefing.nlp import segment


def build(texts: list[str], outlets: list[str] | None = None) -> list[Article]:
    outlets = outlets or [f"Outlet {i}" for i in range(len(texts))]
    return [Article(text=t, title=f"t{i}", outlet=o) for i, (t, o) in enumerate(zip(texts, outlets))]


def disagreements(articles: list[Article]):
    return cross_source(articles, segment(articles)).disagreements


TROOPS_AND_DEATHS = [
    "The ministers met in Geneva on Friday.\n\n"
    "Russia has amassed more than 125,000 troops in occupied Crimea and near Ukraine's borders. "
    "Moscow backs separatists in a war in eastern Ukraine that has claimed more than 13,200 lives since 2014.",
    "Talks come amid Russia's build-up of tens of thousands of troops on Ukraine's border.\n\n"
    "Russia fuels a deadly insurgency in eastern Ukraine that has killed more than 13,000 people since 2014.",
    "Russia, which has massed tens of thousands of troops near Ukraine's border, faces a choice.\n\n"
    "The simmering conflict in the Donbas has claimed more than 14,000 lives to date, according to Kyiv.",
    "Tensions have risen since Russia deployed around 100.000 troops and heavy weapons near the border with Ukraine.",
    "Fears are mounting as Moscow has amassed one hundred thousand troops near its border in recent months.",
]


def test_true_disagreements_with_every_outlet_listed(assert_citations):
    arts = build(TROOPS_AND_DEATHS)
    found = disagreements(arts)
    # "more than 13,200", "more than 13,000" and "more than 14,000" lives can all be true: only troops
    assert len(found) == 1
    troops = found[0]
    assert troops.kind == "conflict"
    assert troops.quantity.startswith("Russian troops") and "border" in troops.quantity.lower()
    assert [r.value for r in troops.reports] == [
        "more than 125,000", "tens of thousands", "tens of thousands", "around 100.000", "one hundred thousand",
    ]
    assert [r.number for r in troops.reports] == [125000.0, None, None, 100000.0, 100000.0]
    assert_citations(found, arts)
    assert all(r.value in r.citation.text for d in found for r in d.reports)


def test_agreeing_outlets_are_not_a_disagreement():
    arts = build([
        "Officials said 300 protesters were arrested in the capital on Saturday.",
        "Police in the capital arrested 300 protesters on Saturday, officials said.",
        "About three hundred protesters were arrested in the capital, officials said.",
    ])
    assert disagreements(arts) == []


def test_same_outlet_differing_with_itself_is_not_reported():
    arts = build(
        ["The storm killed 12 people in the port city.", "The storm killed 14 people in the port city."],
        ["Same Wire", "Same Wire"],
    )
    assert disagreements(arts) == []


def test_articles_without_outlet_count_as_their_own_outlets():
    arts = build(["The storm killed 12 people in the port city.", "The storm killed 14 people in the port city."], ["", ""])
    found = disagreements(arts)
    assert len(found) == 1 and [r.number for r in found[0].reports] == [12.0, 14.0]


def test_look_alikes_are_not_disagreements():
    arts = build([
        "The ministers met for about 90 minutes on January 21 in Geneva. "
        "Their deputies met 11 days earlier at 11:00 (10:00 GMT). The alliance has 30 members since 2020.",
        "The talks lasted 11 days less than planned, starting on January 20 at 10:00. "
        "Crimea was annexed in 2014, and the 1997 configuration was discussed for 90 minutes.",
        "A 45-year-old man, aged 45, and two leaders spoke; three documents and 4.5% growth were noted.",
    ])
    assert disagreements(arts) == []


def test_different_things_of_one_kind_are_not_grouped():
    # Each article counts deaths in two countries; the countries tell them apart.
    arts = build([
        "The tsunami killed more than 100,000 people in Indonesia. In Sri Lanka it killed 30,000 people along the coast.",
        "In Indonesia, the tsunami killed over 100,000 people. It killed about 38,000 people in Sri Lanka's coastal towns.",
    ])
    found = disagreements(arts)
    assert len(found) == 1
    assert [r.number for r in found[0].reports] == [30000.0, 38000.0]


def test_money_and_counts_are_not_mixed():
    arts = build([
        "Japan pledged $500 million for the victims.",
        "Japan pledged aid for 500 victims of the flood.",
    ])
    assert disagreements(arts) == []


def test_deterministic_and_limit():
    arts = build(TROOPS_AND_DEATHS)
    sents = segment(arts)
    a = DisagreementFinder(limit=1).find(arts, sents)
    b = DisagreementFinder(limit=1).find(arts, sents)
    assert a == b and len(a) == 1


def test_empty_input():
    assert cross_source([], []).disagreements == []


def test_money_needs_the_same_owner():
    arts = build([
        "Spain pledged $10 million in humanitarian assistance for the region.",
        "Austria announced $2 million in humanitarian assistance for the region.",
        "Greece pledged $10 million in humanitarian assistance for the region.",
    ])
    assert disagreements(arts) == []
    arts = build([
        "Japan pledged $500 million in aid for the tsunami victims.",
        "Japan promised 400 million dollars in aid for the tsunami victims.",
    ])
    found = disagreements(arts)
    assert len(found) == 1 and [r.number for r in found[0].reports] == [500e6, 400e6]


def test_label_uses_what_follows_when_there_is_no_place():
    arts = build([
        "Officials said that some 88,000 residents were without power on Sunday.",
        "Officials said that about 150,000 people were without power on Sunday.",
    ])
    found = disagreements(arts)
    assert len(found) == 1 and found[0].quantity == "People who were without power"


def test_people_counted_for_different_reasons_are_not_grouped():
    arts = build([
        "The city of 2 million people was calm on Sunday after the vote.",
        "The country of 4 million people held its breath as the results came in.",
    ])
    assert disagreements(arts) == []


def test_tolls_of_different_years_are_not_grouped():
    arts = build([
        "The earthquake in 2010 killed 300 people in the region.",
        "The earthquake killed 450 people in the region in 2023.",
    ])
    assert disagreements(arts) == []


def test_troops_of_different_countries_are_not_grouped():
    arts = build([
        "The United States keeps about 80,000 troops in Europe, officials said.",
        "Russia has massed 100,000 troops in the region, officials said.",
    ])
    assert disagreements(arts) == []


def test_one_toll_per_article_in_other_words():
    arts = build([
        "Floods in Brazil's southern state have killed 66 people, authorities said on Sunday.",
        "The death toll from the floods rose to 75 on Sunday, the civil defence agency said.",
        "Some 66 people have died in the floods and tens of thousands have lost their homes.",
    ])
    found = disagreements(arts)
    assert len(found) == 1 and [r.number for r in found[0].reports] == [66.0, 75.0, 66.0]


def test_displaced_need_the_same_place():
    same = build([
        "Floods in Rio Grande do Sul have killed 66 people and displaced 80,000, authorities said.",
        "More than 88,000 people have been forced from their homes in Rio Grande do Sul state.",
    ])
    found = disagreements(same)
    assert len(found) == 1 and found[0].quantity.startswith("Displaced people")
    assert [r.number for r in found[0].reports] == [80000.0, 88000.0]
    other = build([
        "The rains have affected thousands of people that lost their homes after the earthquake.",
        "The village of Espinillo was badly damaged, and approximately 600 people were made homeless.",
    ])
    assert disagreements(other) == []
