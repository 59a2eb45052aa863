"""Tests for ``summarize``: every algorithm offline, budget, determinism, errors, French."""

from __future__ import annotations

import pytest

from briefing.engine.summarize import ALGORITHMS, summarize
from briefing.errors import BriefingError
from briefing.model import Article
from briefing.nlp.words import word_tokens

ARTICLES = [
    Article(title="Storm hits northern coast", outlet="Wire A", date="2024-03-04", text=(
        "A powerful storm struck the northern coast on Monday, killing at least twelve people and "
        "cutting power to thousands of homes. Officials said winds reached 150 kilometres an hour.\n\n"
        "Rescue teams searched flooded villages for survivors through the night. The prime minister "
        "promised emergency aid for the families of the victims.")),
    Article(title="Deadly storm batters coast", outlet="Wire B", date="2024-03-04", text=(
        "At least twelve people were killed when a powerful storm struck the northern coast on Monday. "
        "The storm cut power to thousands of homes and flooded several villages.\n\n"
        "Emergency aid will reach the families of the victims within days, the prime minister said. "
        "Weather services warned that a second storm could arrive later in the week.")),
    Article(title="Storm toll rises to fifteen", outlet="Wire C", date="2024-03-05", text=(
        "The death toll from the storm that struck the northern coast rose to fifteen on Tuesday. "
        "Rescue teams found three more bodies in flooded villages, officials said.\n\n"
        "Thousands of homes remained without power as repair crews worked around the clock. "
        "Insurers said the damage could cost hundreds of millions of euros.")),
]


def n_words(sentences: list[str]) -> list[int]:
    return [len(word_tokens(s)) for s in sentences]


def test_algorithm_names():
    assert ALGORITHMS[0] == "default"
    for name in ("lexrank", "textrank", "lsa", "luhn", "kl", "sumbasic", "edmundson", "reduction"):
        assert name in ALGORITHMS
    assert len(set(ALGORITHMS)) == len(ALGORITHMS)


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_every_algorithm_runs_offline(algorithm, tmp_path, monkeypatch):
    import nltk

    monkeypatch.setattr(nltk.data, "path", [str(tmp_path)])  # no nltk data to be found
    out = summarize(ARTICLES, words=40, algorithm=algorithm)
    assert out
    texts = [a.text for a in ARTICLES]
    assert all(any(s in t for t in texts) for s in out)  # extracted verbatim
    lengths = n_words(out)
    assert sum(lengths[:-1]) < 40 <= sum(lengths)
    assert summarize(ARTICLES, words=40, algorithm=algorithm) == out  # deterministic


@pytest.mark.parametrize("words", [5, 30, 60, 100])
def test_budget_whole_sentences(words):
    out = summarize(ARTICLES, words=words)
    lengths = n_words(out)
    assert sum(lengths[:-1]) < words
    assert sum(lengths) >= words or words == 100


def test_zero_budget_and_empty_input():
    assert summarize(ARTICLES, words=0) == []
    assert summarize([], words=50) == []


def test_unknown_algorithm():
    with pytest.raises(BriefingError) as e:
        summarize(ARTICLES, algorithm="magic")
    assert e.value.where == "algorithm"
    assert "magic" in e.value.problem and "lexrank" in e.value.problem


def test_default_covers_the_core_fact():
    out = summarize(ARTICLES, words=30)
    joined = " ".join(out).lower()
    assert "storm" in joined and "northern coast" in joined


def test_french():
    articles = [
        Article(title="Tempête sur la côte", text=(
            "Une violente tempête a frappé la côte nord lundi, faisant au moins douze morts. "
            "Les équipes de secours ont fouillé les villages inondés pendant toute la nuit.")),
        Article(title="Tempête meurtrière", text=(
            "Au moins douze personnes ont été tuées lundi par une violente tempête sur la côte nord. "
            "Le Premier ministre a promis une aide d'urgence aux familles des victimes.")),
        Article(title="Le bilan s'alourdit", text=(
            "Le bilan de la tempête qui a frappé la côte nord est passé à quinze morts mardi. "
            "Des milliers de foyers restaient privés d'électricité mardi soir.")),
    ]
    for algorithm in ("default", "lexrank"):
        out = summarize(articles, words=25, algorithm=algorithm, language="french")
        assert out and sum(n_words(out)[:-1]) < 25 <= sum(n_words(out))
    assert "tempête" in " ".join(summarize(articles, words=25, language="french")).lower()


def test_language_codes_and_unknown_language():
    assert summarize(ARTICLES, words=30, language="en") == summarize(ARTICLES, words=30)
    assert summarize(ARTICLES, words=30, algorithm="lexrank", language="en") == \
        summarize(ARTICLES, words=30, algorithm="lexrank")
    for algorithm in ("default", "lexrank"):
        with pytest.raises(BriefingError):
            summarize(ARTICLES, words=30, algorithm=algorithm, language="klingon")
