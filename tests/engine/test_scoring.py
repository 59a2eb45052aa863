"""Tests for the representation and the scoring engine (no /work/shared needed)."""

from __future__ import annotations

import numpy as np
import pytest

from briefing.engine import scoring
from briefing.engine.represent import represent
from briefing.errors import BriefingError
from briefing.model import Article, Sentence

STORY = [
    ("Storm Hits Coast", [
        "A powerful storm struck the northern coast on Monday, killing at least twelve people and "
        "cutting power to thousands of homes.",
        "Officials said the storm brought winds of up to 150 kilometres an hour and heavy rain.",
        "Rescue teams searched flooded villages for survivors through the night.",
        "The prime minister promised emergency aid for the families of the victims.",
    ]),
    ("Deadly storm batters northern coast", [
        "At least twelve people were killed when a powerful storm struck the northern coast on Monday.",
        "The storm cut power to thousands of homes and flooded several villages.",
        "Emergency aid will reach the victims' families within days, the prime minister promised.",
        "Weather services warned that a second storm could arrive later in the week.",
    ]),
    ("Storm death toll rises", [
        "The death toll from the storm that struck the northern coast rose to fifteen on Tuesday.",
        "Rescue teams found three more bodies in flooded villages, officials said.",
        "Thousands of homes remained without power as repair crews worked around the clock.",
        "Is the country ready for the next storm?",
        "Short line here.",
    ]),
]


def make_story(story=STORY) -> tuple[list[Article], list[Sentence]]:
    articles, sentences = [], []
    for a, (title, sents) in enumerate(story):
        text = "\n\n".join(sents)
        articles.append(Article(text=text, title=title, outlet=f"Outlet {a}"))
        pos = 0
        for k, s in enumerate(sents):
            start = text.index(s, pos)
            sentences.append(Sentence(s, a, k, k, start, start + len(s)))
            pos = start + len(s)
    return articles, sentences


@pytest.fixture(scope="module")
def story():
    articles, sentences = make_story()
    return articles, sentences, represent(sentences)


def test_representation_invariants(story):
    articles, sentences, rep = story
    n = len(sentences)
    assert rep.n_sentences == n
    assert len(rep.terms) == n and len(rep.n_words) == n and len(rep.article) == n
    assert rep.indptr[0] == 0 and rep.indptr[-1] == len(rep.indices) == len(rep.data)
    assert np.all(np.diff(rep.indptr) >= 0)
    assert rep.indices.max() < len(rep.vocab) == len(rep.idf)
    # every row is unit length and has as many entries as distinct terms
    for i in range(n):
        cols, vals = rep.row(i)
        assert len(cols) == len(set(rep.terms[i]))
        assert np.all(np.diff(cols) > 0)
        if len(cols):
            assert np.isclose(np.dot(vals, vals), 1.0)
            assert np.isclose(rep.cosine(i, i), 1.0)
        assert {rep.vocab[t] for t in rep.terms[i]} == set(cols.tolist())
    assert list(rep.article) == [s.article for s in sentences]
    assert rep.n_words[0] == 21
    assert "storm" in rep.vocab and "the" not in rep.vocab


def test_cosine_matches_dense(story):
    _, sentences, rep = story
    dense = rep.dense_rows(range(len(sentences)))
    full = dense @ dense.T
    for i in range(len(sentences)):
        for j in range(len(sentences)):
            assert np.isclose(rep.cosine(i, j), full[i, j])
    assert np.allclose(rep.centroid(), dense.mean(axis=0))
    assert np.allclose(rep.matvec(np.arange(rep.n_terms, dtype=float)), dense @ np.arange(rep.n_terms))
    u = np.linspace(0, 1, len(sentences))
    assert np.allclose(rep.rmatvec(u), dense.T @ u)


def test_concepts_count_articles(story):
    _, _, rep = story
    # "northern coast" appears in all three articles
    c = rep.concept_vocab["northern coast"]
    assert rep.concept_df[c] == 3
    # stop-word-only bigrams are not concepts
    assert not any(k in rep.concept_vocab for k in ("of the", "in the", "to the"))


def test_scores_shape_and_determinism(story):
    articles, sentences, rep = story
    for alg in scoring.OWN_ALGORITHMS:
        a = scoring.score(rep, sentences, articles, alg)
        b = scoring.score(represent(sentences), sentences, articles, alg)
        assert a.shape == (len(sentences),)
        assert np.all(np.isfinite(a))
        assert np.array_equal(a, b), alg


def test_default_prefers_shared_facts(story):
    articles, sentences, rep = story
    s = scoring.score(rep, sentences, articles)
    texts = [x.text for x in sentences]
    lead = texts.index(STORY[0][1][0])
    aside = texts.index("Weather services warned that a second storm could arrive later in the week.")
    assert s[lead] > s[aside]


def test_centrality_matches_dense_lexrank(story):
    _, sentences, rep = story
    dense = rep.dense_rows(range(len(sentences)))
    sim = dense @ dense.T
    np.fill_diagonal(sim, 0.0)
    deg = sim.sum(axis=1)
    deg[deg == 0] = 1.0
    n = len(sentences)
    m = 0.15 / n + 0.85 * (sim / deg[:, None]).T
    p = np.full(n, 1.0 / n)
    for _ in range(200):
        p = m @ p
        p /= p.sum()
    assert np.allclose(scoring.centrality_scores(rep, iterations=200, tol=0), p * n, atol=1e-6)


@pytest.mark.parametrize("alg", scoring.OWN_ALGORITHMS)
@pytest.mark.parametrize("words", [1, 20, 45, 80, 1000])
def test_select_budget(story, alg, words):
    articles, sentences, rep = story
    idx = scoring.select(rep, sentences, articles, words, alg)
    assert len(idx) == len(set(idx)) and idx
    lengths = [int(rep.n_words[i]) for i in idx]
    # whole sentences up to and including the first that reaches the budget
    assert sum(lengths[:-1]) < words
    if sum(lengths) < words:  # only when the eligible sentences run out
        assert words == 1000
    assert scoring.select(rep, sentences, articles, words, alg) == idx


def test_select_skips_questions_and_fragments(story):
    articles, sentences, rep = story
    idx = scoring.select(rep, sentences, articles, 1000)
    texts = {sentences[i].text for i in idx}
    assert "Is the country ready for the next storm?" not in texts
    assert "Short line here." not in texts


def test_select_avoids_redundancy(story):
    articles, sentences, rep = story
    idx = scoring.select(rep, sentences, articles, 60)
    # the two wordings of the lead fact are not both chosen
    leads = {STORY[0][1][0], STORY[1][1][0]}
    assert len(leads & {sentences[i].text for i in idx}) <= 1


def test_unknown_algorithm(story):
    articles, sentences, rep = story
    with pytest.raises(BriefingError) as e:
        scoring.score(rep, sentences, articles, "nope")
    assert e.value.where == "algorithm"
    with pytest.raises(BriefingError):
        scoring.select(rep, sentences, articles, 10, "nope")


def test_empty_and_tiny_inputs():
    rep = represent([])
    assert rep.n_sentences == 0 and rep.centroid().shape == (0,)
    assert scoring.score(rep, [], [], "default").shape == (0,)
    assert scoring.select(rep, [], [], 100) == []
    articles, sentences = make_story([("One", ["Only one sentence in this tiny article about a storm."])])
    rep = represent(sentences)
    for alg in scoring.OWN_ALGORITHMS:
        assert scoring.select(rep, sentences, articles, 100, alg) == [0]


def test_french_representation():
    articles, sentences = make_story([
        ("Tempête", ["Une violente tempête a frappé la côte nord lundi, faisant au moins douze morts.",
                     "Les équipes de secours ont fouillé les villages inondés pendant la nuit."]),
        ("Tempête meurtrière", ["Au moins douze personnes ont été tuées lundi par une violente tempête "
                                "sur la côte nord.",
                                "Le Premier ministre a promis une aide d'urgence aux familles."]),
    ])
    rep = represent(sentences, "french")
    assert "tempêt" in rep.vocab  # Snowball French stem keeps accents
    assert "la" not in rep.vocab and "les" not in rep.vocab
    idx = scoring.select(rep, sentences, articles, 20)
    assert idx and sum(rep.n_words[idx][:-1]) < 20


def test_ilp_is_optimal_against_brute_force(story):
    """The HiGHS solution equals exhaustive search over every subset within the budget."""
    import itertools

    _, sentences, rep = story
    for model in scoring.ILP_MODELS.values():
        w = model.weights(rep)
        bonus = model.bonus(rep, w)
        cand = np.arange(rep.n_sentences)
        budget = 40

        def value(subset):
            covered = set()
            for j in subset:
                covered.update(int(c) for c in rep.concept_row(j))
            return sum(w[c] for c in covered) + sum(bonus[j] for j in subset)

        best = max(value(c) for r in range(rep.n_sentences + 1)
                   for c in itertools.combinations(range(rep.n_sentences), r)
                   if sum(rep.n_words[list(c)]) <= budget)
        got = model.solve(rep, w, cand, budget, bonus)
        assert sum(rep.n_words[got]) <= budget
        assert np.isclose(value(got), best)


def test_concept_weights_position_votes(story):
    _, _, rep = story
    plain = scoring.concept_weights(rep)
    assert plain[rep.concept_vocab["northern coast"]] == 3  # three articles
    decayed = scoring.concept_weights(rep, position_decay=1.0)
    # lead of articles 0 and 1 (vote 1 each), first sentence of article 2 (vote 1)
    assert decayed[rep.concept_vocab["northern coast"]] == pytest.approx(3.0)
    # "rescu team": sentence 2 of article 0 (1/3) and sentence 1 of article 2 (1/2)
    assert decayed[rep.concept_vocab["rescu team"]] == pytest.approx(1 / 3 + 1 / 2)
    assert np.all(decayed <= plain + 1e-12)


def test_eligible_rules():
    articles, sentences = make_story([("A", [
        "Officials said the storm brought winds of up to 150 kilometres an hour.",
        "Countries affected by the storm along the northern coast and beyond",
        "Why did the warnings come so late for the people of the coast?",
        "\"We lost everything in one night,\" said a farmer from the flooded village.",
        "Rescue teams searched the flooded villages for survivors through the night.",
        "The government said it would rebuild every damaged school (by next year).",
        "Too short.",
        "The mayor said the damage was worse than anything the town had seen before.\"",
        "He finished the 54 km time trial around the town in a time of 1h 12' 06\".",
    ])])
    rep = represent(sentences)
    mask = scoring.eligible(rep, sentences)
    assert mask.tolist() == [True, False, False, False, True, True, False, False, True]


def test_effective_position_skips_unfit_lines():
    articles, sentences = make_story([
        ("A", ["By Jane Doe", "January 21, 2022",
               "The storm struck the northern coast on Monday, killing twelve people.",
               "Rescue teams searched the flooded villages through the night."]),
        ("B", ["Officials said the storm brought winds of up to 150 kilometres an hour."]),
    ])
    rep = represent(sentences)
    mask = scoring.eligible(rep, sentences)
    assert mask.tolist() == [False, False, True, True, True]
    assert scoring.effective_position(rep, mask).tolist() == [0, 0, 0, 1, 0]


def test_select_contract_property():
    """For any subset of the story and any budget: distinct indices, whole sentences up to and
    including the first that reaches the budget, unless the fit sentences run out."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    articles, all_sentences = make_story()

    @settings(max_examples=40, deadline=None)
    @given(keep=st.lists(st.booleans(), min_size=len(all_sentences), max_size=len(all_sentences)),
           words=st.integers(min_value=1, max_value=200),
           alg=st.sampled_from(scoring.OWN_ALGORITHMS))
    def check(keep, words, alg):
        sentences = [s for s, k in zip(all_sentences, keep) if k]
        rep = represent(sentences)
        idx = scoring.select(rep, sentences, articles, words, alg)
        assert len(idx) == len(set(idx))
        assert all(0 <= i < len(sentences) for i in idx)
        lengths = [int(rep.n_words[i]) for i in idx]
        if idx:
            assert sum(lengths[:-1]) < words
        if sum(lengths) < words:  # everything fit was taken
            mask = scoring.eligible(rep, sentences)
            assert set(np.flatnonzero(mask).tolist()) <= set(idx) or alg not in scoring.ILP_MODELS \
                or not sentences
        if sentences:
            assert idx
        assert scoring.score(rep, sentences, articles, alg).shape == (len(sentences),)

    check()
