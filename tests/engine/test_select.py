"""Point scoring, selection under a budget, and the bottom line."""

from __future__ import annotations

import numpy as np
import pytest

from briefing.engine.merge import merge
from briefing.engine.represent import represent
from briefing.engine.select import PointScorer, Selector, fit_to_stand_alone, lead_likeness
from briefing.engine.story import Candidate
from briefing.errors import OptionError
from briefing.model import Article, Citation, Point, Sentence
from briefing.nlp import segment


def _story():
    bodies = [
        ["The dam on the Valdor river burst on Saturday and flooded three villages in the valley.",
         "Rescue teams pulled twelve survivors from collapsed houses in the village of Ostra.",
         "The government pledged forty million euros in emergency aid for the flooded villages.",
         "Photo: Reuters"],
        ["The dam on the Valdor river burst on Saturday and flooded three villages in the valley.",
         "Insurers estimate the damage to homes and farms at two hundred million euros.",
         "Engineers had warned last year that cracks in the wall of the dam were growing."],
        ["Farmers in the valley asked for compensation for drowned cattle and ruined harvests.",
         "Divers searched flooded cellars through the night for villagers trapped by the water.",
         "Parliament will vote next month on a supplementary budget for the reconstruction."],
    ]
    arts = [Article(text="\n\n".join(b), outlet=f"Outlet {k}") for k, b in enumerate(bodies)]
    sents = segment(arts)
    rep = represent(sents)
    points, groups = merge(sents, arts, rep.terms)
    return arts, sents, rep, [Candidate(p, g) for p, g in zip(points, groups)]


def test_articles_without_outlet_still_rank_a_widely_carried_point():
    """The page never counts an unnamed article as another outlet, but a fact that several unnamed
    articles carry still ranks as widely carried."""
    arts, sents, _, _ = _story()
    unnamed = [Article(text=a.text) for a in arts]
    sents = segment(unnamed)
    rep = represent(sents)
    points, groups = merge(sents, unnamed, rep.terms)
    cands = [Candidate(p, g) for p, g in zip(points, groups)]
    dam = next(k for k, c in enumerate(cands) if c.point.text.startswith("The dam"))
    assert cands[dam].point.outlets == 1 and cands[dam].point.single_source
    keys = [f"#article-{k}" for k in range(len(unnamed))]
    flat = np.full(len(sents), 0.5)
    scored = PointScorer().run(cands, flat, sents, n_outlets=len(set(keys)), outlet_of=keys)
    blind = PointScorer().run(cands, flat, sents, n_outlets=1)
    assert scored[dam].score > blind[dam].score
    leads = [k for k in range(len(cands)) if k != dam and min(sents[i].index for i in cands[k].members) == 0]
    assert all(scored[dam].score > scored[k].score for k in leads)


def test_corroboration_raises_the_score():
    arts, sents, rep, cands = _story()
    flat = np.full(len(sents), 0.5)
    scored = PointScorer().run(cands, flat, sents, n_outlets=3)
    assert [c.point for c in scored] == [c.point for c in cands]
    assert all(c.point.score == 0.0 for c in cands)  # the points are not changed
    scores = [c.score for c in scored]
    dam = next(k for k, c in enumerate(scored) if c.point.text.startswith("The dam"))
    assert scored[dam].point.outlets == 2
    others = [k for k in range(len(scored)) if k != dam and min(sents[i].index for i in scored[k].members) == 0]
    assert all(scores[dam] > scores[k] for k in others)
    assert all(s == round(s, 6) for s in scores)


def test_selection_budget_bottom_line_and_fragments():
    arts, sents, rep, cands = _story()
    cands = PointScorer().run(cands, np.linspace(1, 0, len(sents)), sents, n_outlets=3)
    points = [c.point for c in cands]
    sel = Selector(max_points=4).run(cands, sents, rep)
    chosen = sel.bottom_line + sel.body
    assert len(chosen) <= 4 and len(set(chosen)) == len(chosen)
    assert 2 <= len(sel.bottom_line) <= 3
    assert not set(sel.bottom_line) & set(sel.body)
    assert all(points[k].text != "Photo: Reuters" for k in chosen)
    few = Selector(max_points=24, max_words=25).run(cands, sents, rep)
    words = [len(points[k].text.split()) for k in few.bottom_line + few.body]
    assert sum(words[:-1]) < 25  # the point that crosses the budget is the last one
    assert Selector().run([], sents, rep).bottom_line == []


def test_bottom_line_lines_say_different_things():
    arts, sents, rep, cands = _story()
    cands = PointScorer().run(cands, np.ones(len(sents)), sents, n_outlets=3)
    sel = Selector().run(cands, sents, rep)
    texts = [cands[k].point.text for k in sel.bottom_line]
    assert len(set(texts)) == len(texts)
    vecs = {k: set(rep.terms[cands[k].members[0]]) for k in sel.bottom_line}
    for a in sel.bottom_line:
        for b in sel.bottom_line:
            if a < b:
                inter = len(vecs[a] & vecs[b]) / max(1, min(len(vecs[a]), len(vecs[b])))
                assert inter < 0.6


def test_fit_and_lead_likeness():
    assert fit_to_stand_alone("The dam burst on Saturday and flooded three villages.", 9)
    assert not fit_to_stand_alone("Photo: Reuters", 2)
    assert not fit_to_stand_alone("Will the dam hold after the rains this week?", 10)
    s = [Sentence("x", 0, 0, 0, 0, 1), Sentence("y", 0, 0, 6, 2, 3)]
    lead = Point("The dam burst on Saturday.", [Citation(0, 0, 1, "x")])
    quote = Point('"The dam burst," he said on Saturday.', [Citation(0, 0, 1, "x")])
    assert lead_likeness(lead, [0], s) > lead_likeness(lead, [1], s)
    assert lead_likeness(quote, [0], s) < lead_likeness(lead, [0], s)


def test_pieces_of_multi_sentence_quotations_do_not_stand_alone():
    from briefing.engine.select import fit_to_stand_alone

    piece = 'It will be met with swift, severe and a united response from the US and our allies," Blinken warned.'
    whole = '"It will be met with a swift, severe and united response," Blinken warned reporters in Geneva.'
    assert not fit_to_stand_alone(piece, 19)
    assert fit_to_stand_alone(whole, 15)


@pytest.mark.parametrize("make, name", [
    (lambda: Selector(max_points=-1), "max_points"),
    (lambda: Selector(max_words=2.5), "max_words"),
    (lambda: Selector(pool_factor=0), "pool_factor"),
    (lambda: Selector(redundancy=float("nan")), "redundancy"),
    (lambda: PointScorer(importance=-0.1), "importance"),
    (lambda: PointScorer(position="high"), "position"),
])
def test_stage_values_are_checked(make, name):
    with pytest.raises(OptionError) as e:
        make()
    assert e.value.where == name and "--" not in str(e.value)
    assert isinstance(e.value, ValueError)
