"""Merging near-duplicate sentences into points: true merges, false merges, exact citations."""

from __future__ import annotations

import time

import pytest

from briefing.engine.merge import Merger, clarity, merge, normalise, numbers, quotations
from briefing.model import Article
from briefing.nlp import segment
from briefing.nlp.words import Analyzer


def _articles(bodies: list[list[str]], outlets: list[str] | None = None) -> list[Article]:
    out = []
    for k, paras in enumerate(bodies):
        outlet = outlets[k] if outlets else f"Outlet {k}"
        out.append(Article(text="\n\n".join(paras), title=f"Headline {k}", outlet=outlet, origin=f"a{k}.txt"))
    return out


def _merge(articles: list[Article], **kw):
    sents = segment(articles)
    an = Analyzer("english")
    terms = [an.terms(s.text) for s in sents]
    points, groups = merge(sents, articles, terms, **kw)
    return sents, points, groups


# A small story: four outlets report one remark (three quote it, one in a translation) plus
# background sentences that share the story's names but state other facts.
STORY = [
    [
        "The top diplomats of Russia and the United States failed to make a breakthrough in Geneva on Friday.",
        "“We didn’t expect any major breakthroughs to happen today, but I believe we are now on a clear path "
        "in terms of understanding each other’s concerns and each other’s positions,” Blinken told reporters "
        "after the meeting.",
        "Russia has amassed more than 125,000 troops near the border with Ukraine.",
        "Blinken met the foreign ministers of Britain, France and Germany in Berlin on Thursday.",
    ],
    [
        "Blinken said the pair’s “frank and substantive” discussions had put Washington and Moscow on "
        "“a clearer path to understanding each other’s positions”, adding that Russia now faced a choice.",
        "Lavrov said Russia would wait for a written answer from Washington before deciding its next steps.",
        "The Kremlin denies that it plans to invade Ukraine and blames NATO for the tensions.",
    ],
    [
        "\"We did not expect that there would be any major developments today, but I believe that we are now "
        "on a clearer path towards understanding the other side's position,\" said Blinken.",
        "Russia has deployed around 100,000 troops near the border with Ukraine.",
        "Blinken and Lavrov shook hands in a hotel conference room decorated with orchids.",
    ],
    [
        "“We didn’t expect any major breakthroughs to happen today, but I believe we are now on a clearer path "
        "in terms of understanding each other’s concerns,” US secretary of state Antony Blinken told reporters "
        "after meeting his Russian counterpart Sergey Lavrov in Geneva.",
        "Sanctions against Russia would follow any invasion of Ukraine, Blinken warned Lavrov.",
        "Ukraine's president met Blinken in Kyiv earlier in the week to discuss the crisis with Russia.",
    ],
]


def test_the_same_quotation_is_one_point_and_a_different_remark_is_not_cited_behind_it():
    arts = _articles(STORY)
    sents, points, _ = _merge(arts)
    quote = [p for p in points if any(c.text.startswith("“We didn’t expect") for c in p.citations)]
    assert len(quote) == 1, [p.text for p in quote]
    p = quote[0]
    # the two outlets that quote it word for word, and the one that quotes a translation of it
    assert p.sources == [1, 3, 4]
    assert p.outlets == 3
    assert p.text.startswith("“We didn’t")
    assert p.text == p.citations[0].text
    # "frank and substantive discussions ... a clearer path" is another remark: not behind the quote
    assert not any("frank and substantive" in c.text for c in p.citations)


def test_same_names_different_facts_do_not_merge():
    arts = _articles(STORY)
    sents, points, groups = _merge(arts)
    for p in points:
        texts = " | ".join(c.text for c in p.citations)
        if "orchids" in texts or "Kyiv" in texts or "Berlin" in texts or "Kremlin denies" in texts:
            assert len(p.citations) == 1, texts
    # every sentence is in exactly one point
    covered = sorted(i for g in groups for i in g)
    assert covered == list(range(len(sents)))


def test_different_figures_do_not_merge():
    arts = _articles(STORY)
    _, points, _ = _merge(arts)
    troops = [p for p in points if "troops" in p.text]
    assert len(troops) == 2
    assert all(len(p.citations) == 1 for p in troops)


def test_citations_are_exact_spans_and_one_per_article(assert_citations):
    arts = _articles(STORY)
    _, points, _ = _merge(arts)
    assert_citations(points, arts)
    for p in points:
        assert len({c.article for c in p.citations}) == len(p.citations)


def test_exact_duplicates_merge_across_articles_but_not_within_one():
    line = "The talks in Geneva lasted about ninety minutes and ended without an agreement."
    other = "Officials later described the atmosphere of the meeting as businesslike."
    arts = _articles([[line, other], [line], [line + " " + line]])
    sents, points, _ = _merge(arts)
    dup = [p for p in points if p.text == line]
    assert sorted(len(p.citations) for p in dup) == [1, 3]
    for p in dup:
        assert len({c.article for c in p.citations}) == len(p.citations)


def test_outlets_counts_distinct_outlets_and_never_an_unknown_one():
    """An article without outlet may come from an outlet already counted: it is cited, but it is
    no corroboration from a new outlet."""
    line = "The talks in Geneva lasted about ninety minutes and ended without an agreement."
    arts = _articles([[line], [line], [line], [line]], outlets=["Reuters", "reuters", "", ""])
    _, points, _ = _merge(arts)
    assert len(points) == 1
    assert points[0].outlets == 1
    assert points[0].sources == [1, 2, 3, 4]
    arts = _articles([[line], [line], [line]], outlets=["Reuters", "AP", ""])
    assert _merge(arts)[1][0].outlets == 2
    arts = _articles([[line], [line]], outlets=["", ""])
    points = _merge(arts)[1]
    assert points[0].outlets == 1 and points[0].single_source


@pytest.mark.parametrize(
    "a,b,same",
    [
        ("Russia has massed tens of thousands of troops near the border with Ukraine, officials said.",
         "Officials said that Russia has massed tens of thousands of soldiers and troops near Ukraine's border.",
         True),
        ("Lavrov said the United States promised to send a written response to Russia's demands next week.",
         "The United States will give Russia a written response to its security demands next week, Lavrov said.",
         True),
        ("Blinken met Lavrov in Geneva on Friday for talks on Ukraine.",
         "Russia denies it plans to invade Ukraine, Lavrov told Blinken.",
         False),
        ("Blinken warned Russia of severe sanctions if it invades Ukraine.",
         "Lavrov accused the West of pumping Ukraine with weapons, Russia's foreign ministry said.",
         False),
        ("Russia has massed 100,000 troops near Ukraine.",
         "Russia has massed 125,000 troops near Ukraine.",
         False),
        ("Blinken told Lavrov that Russia must pull its troops back from Ukraine's border.",
         "Lavrov told Blinken that Russia will never accept NATO expansion into Ukraine.",
         False),
        ("Blinken said Russia and Ukraine should resume talks, Lavrov said Russia was ready.",
         "Lavrov said Russia was ready to meet Blinken again after the written answers arrive.",
         False),
        ("Wikinews reporter Diego Grez said the aftershock was clearly felt in Pichilemu.",
         "The rains have damaged some roads in Pichilemu, Wikinews reporter Diego Grez said.",
         False),
        ("The earthquake lasted approximately 30 seconds, the survey said.",
         "The aftershock lasted about ten seconds, the survey said.",
         False),
        ("Blinken and Lavrov met in Geneva for about 90 minutes on Friday.",
         "Blinken and Lavrov met for roughly 90 minutes in Geneva on Friday.",
         True),
    ],
)
def test_hand_made_pairs(a, b, same):
    filler = [
        "Blinken and Lavrov met in Geneva.", "Russia and Ukraine are at odds.",
        "Ukraine asked Blinken for help against Russia.", "Lavrov said Russia wants guarantees from NATO.",
        "Russia says NATO threatens it.", "Blinken said Ukraine is a sovereign country.",
        "Markets in Moscow fell sharply on the news.", "Diplomats from Europe watched the talks closely.",
    ]
    arts = _articles([[a, *filler[:4]], [b, *filler[4:]]])
    sents, points, _ = _merge(arts)
    pa = next(p for p in points if any(c.text == a for c in p.citations))
    merged = any(c.text == b for c in pa.citations)
    assert merged is same


def test_quotations_and_numbers():
    assert quotations('He said “a clear path” and "no deal".') == ["a clear path", "no deal"]
    assert quotations("the pair’s ‘frank and substantive’ talk") == ["frank and substantive"]
    assert quotations("each other’s concerns and Russia’s demands") == []
    assert numbers("more than 125,000 troops, about 100.000 men, in 2014") == {"125000", "100000"}
    assert numbers("ten seconds, one of them, the two sides") == {"10", "2"}
    assert normalise("“Hello,  World!”") == "hello world"


def test_clarity_prefers_full_sentences():
    full = "Russia has massed more than 100,000 troops near the border with Ukraine, officials said."
    assert clarity(full) > clarity("troops near the border with Ukraine")
    assert clarity(full) > clarity("Photo: Reuters")
    assert clarity(full) > clarity("Is Russia going to invade Ukraine after the talks in Geneva this week?")
    assert clarity(full) > clarity("He said it was also the case for the troops that are near the border.")


def test_empty_and_single():
    assert merge([], [], []) == ([], [])
    arts = _articles([["Only one sentence here about the talks in Geneva."]])
    _, points, groups = _merge(arts)
    assert len(points) == 1 and groups == [[0]]


def test_deterministic_and_near_linear():
    # 400 articles x 10 sentences built from a vocabulary, with repeated wire copy across articles
    import random

    rng = random.Random(7)
    words = [f"word{k}" for k in range(3000)]
    wire = [" ".join(rng.choice(words) for _ in range(15)).capitalize() + "." for _ in range(30)]
    bodies = []
    for a in range(400):
        paras = []
        for _ in range(10):
            if rng.random() < 0.3:
                paras.append(rng.choice(wire))
            else:
                paras.append(" ".join(rng.choice(words) for _ in range(15)).capitalize() + ".")
        bodies.append(paras)
    arts = _articles(bodies)
    sents = segment(arts)
    an = Analyzer("english")
    terms = [an.terms(s.text) for s in sents]
    t = time.process_time()  # CPU time: other work on the machine does not count
    p1, g1 = merge(sents, arts, terms)
    elapsed = time.process_time() - t
    p2, g2 = merge(sents, arts, terms)
    assert g1 == g2
    assert elapsed < 3.0  # about 0.3 s here; an all-pairs method takes minutes
    wire_points = [p for p in p1 if len(p.citations) > 1]
    assert 25 <= len(wire_points) <= 60
    assert max(len(p.citations) for p in p1) > 20


@pytest.mark.parametrize(
    "text,cited",
    [
        ("ISTANBUL — Zofia Albrecht and her counterpart held talks on Friday.",
         "Zofia Albrecht and her counterpart held talks on Friday."),
        ("Geneva, Jan 21 (EFE).- The United States and Russia on Friday held talks.",
         "The United States and Russia on Friday held talks."),
        ("Tuesday, July 7, 2009 Ambulances waited at Russell Square after the bombings.",
         "Ambulances waited at Russell Square after the bombings."),
        ("NATO - the alliance - said no to the demand on Friday.", None),
        ("The US and Russia met - and agreed to meet again.", None),
    ],
)
def test_citation_leaves_out_wire_datelines(text, cited, assert_citations):
    from briefing.engine.merge import citation
    from briefing.model import Sentence

    art = Article(text="Intro paragraph.\n\n" + text)
    start = art.text.index(text)
    c = citation(Sentence(text, 0, 1, 1, start, start + len(text)), [art])
    assert_citations(c, [art])
    assert c.text == (cited or text)
