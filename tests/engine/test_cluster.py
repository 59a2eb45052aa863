"""Topic clustering and labels."""

from __future__ import annotations

import numpy as np
import pytest

from briefing.engine.cluster import TopicClusterer, average_link, latent, point_vectors, silhouette
from briefing.engine.labels import Labeler, fallback_title, headline_title, noun_like
from briefing.engine.represent import represent
from briefing.model import Sentence

RESCUE = [
    "Rescue teams pulled twelve survivors from collapsed houses in Ostra after the dam burst.",
    "Divers searched flooded cellars for villagers trapped by the rising water.",
    "Rescuers in boats and helicopters searched the flooded villages for missing people.",
    "Twelve survivors rescued from the ruins were treated in the regional hospital.",
    "The search for missing villagers continued through the night with divers and boats.",
]
MONEY = [
    "The government pledged 40 million euros in emergency aid for the reconstruction.",
    "Parliament will vote on a supplementary budget for the reconstruction of bridges.",
    "The finance ministry said the reserve fund holds enough money for the emergency aid.",
    "Insurers estimate the damage at more than 200 million euros, a heavy cost for the budget.",
    "European Union officials promised 25 million euros of aid to rebuild roads and bridges.",
]


def _sentences(texts):
    return [Sentence(t, k, 0, 0, 0, len(t)) for k, t in enumerate(texts)]


def test_average_link_on_blocks():
    sim = np.array([
        [1.0, 0.9, 0.8, 0.1, 0.0],
        [0.9, 1.0, 0.85, 0.0, 0.1],
        [0.8, 0.85, 1.0, 0.1, 0.1],
        [0.1, 0.0, 0.1, 1.0, 0.7],
        [0.0, 0.1, 0.1, 0.7, 1.0],
    ])
    hist = average_link(sim)
    assert len(hist) == 5
    assert hist[0] == [[0], [1], [2], [3], [4]]
    assert hist[3] == [[0, 1, 2], [3, 4]]
    assert hist[4] == [[0, 1, 2, 3, 4]]
    labels = np.array([0, 0, 0, 1, 1])
    assert silhouette(sim, labels) > silhouette(sim, np.array([0, 1, 0, 1, 0]))


def test_two_subjects_split_into_two_topics():
    texts = [t for pair in zip(RESCUE, MONEY) for t in pair]  # interleaved
    sents = _sentences(texts)
    rep = represent(sents)
    groups = [[i] for i in range(len(sents))]
    x = point_vectors(groups, rep)
    assert np.allclose(np.linalg.norm(x, axis=1), 1.0)
    assert latent(x).shape[0] == len(sents)
    topics = TopicClusterer().run(groups, rep)
    assert 2 <= len(topics) <= 6
    assert sorted(i for t in topics for i in t) == list(range(len(sents)))
    # each topic is (almost) pure
    money = {i for i, t in enumerate(texts) if t in MONEY}
    impure = sum(min(len(set(t) & money), len(set(t) - money)) for t in topics)
    assert impure <= 1
    # deterministic
    assert TopicClusterer().run(groups, rep) == topics


def test_tiny_inputs_make_one_topic():
    sents = _sentences(RESCUE[:3])
    rep = represent(sents)
    assert TopicClusterer().run([[0], [1], [2]], rep) == [[0, 1, 2]]
    assert TopicClusterer().run([], rep) == []


def test_labels_are_surface_phrases_of_one_to_five_words():
    labels = Labeler().label([RESCUE, MONEY], background=RESCUE + MONEY)
    assert len(labels) == 2 and labels[0] != labels[1]
    for lab, texts in zip(labels, (RESCUE, MONEY)):
        words = lab.split()
        assert 1 <= len(words) <= 5
        # the first point (the one a crowded page keeps) says what the heading names
        assert any(w.lower() in texts[0].lower() for w in words if w.lower() != "and")
        joined = " ".join(texts).lower()
        for w in words:
            assert w.lower() in joined or w.lower() == "and"
        assert lab[0].isupper()
    assert any(w in labels[1].lower() for w in ("euros", "aid", "budget", "reconstruction", "million"))
    assert any(w in labels[0].lower() for w in ("survivors", "divers", "villagers", "rescue", "missing",
                                                "search", "boats", "flooded", "villages"))


def test_labels_do_not_cut_names_or_end_on_verbs():
    texts = ["Foreign Minister Sergei Lavrov met Antony Blinken in Geneva for talks on Ukraine.",
             "Foreign Minister Sergei Lavrov said the talks on Ukraine were useful.",
             "The talks on Ukraine lasted ninety minutes in Geneva."]
    lab = Labeler().label([texts], background=texts)[0]
    assert lab not in {"Foreign Minister Sergei", "Minister Sergei Lavrov met", "Lavrov met"}
    assert not lab.lower().endswith(" met")


def test_noun_like_learns_from_the_story():
    nouns = noun_like(["The talks ended.", "A written response came.", "They met in Geneva."])
    assert {"talks", "response", "geneva"} <= set(nouns)
    assert "met" not in nouns


def test_headline_title_and_fallback():
    titles = ["Dam bursts in Valdor valley", "Valdor dam collapse leaves dozens missing",
              "Opinion: who pays?", ""]
    texts = ["The Valdor dam burst.", "The dam on the Valdor collapsed; dozens missing.",
             "The dam in Valdor: who pays for it?", "The Valdor dam."]
    t = headline_title(titles, texts)
    assert t in titles[:2]
    assert headline_title(["", "  "], ["a", "b"]) == ""
    assert fallback_title('"A very long sentence that goes on and on about the dam and the valley and more."',
                          max_words=5) == "A very long sentence that…"
    assert fallback_title("") == ""


def test_clusterer_values_are_checked():
    from briefing.errors import OptionError

    with pytest.raises(OptionError, match="max_topics"):
        TopicClusterer(min_topics=4, max_topics=3)
    with pytest.raises(OptionError, match="dims"):
        TopicClusterer(dims=0)
