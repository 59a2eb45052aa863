"""build_briefing: structure, exact citations, determinism, degenerate inputs."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from briefing.engine.pipeline import ALGORITHMS, build_briefing, sources_of, summarize
from briefing.errors import BriefingError, InputError
from briefing.model import Article, Briefing

SAMPLES = Path(__file__).resolve().parents[2] / "samples"

# A hand-made story with two subjects: a dam failure (casualties, rescue) and the money that
# followed (aid pledges, budget), told by four outlets in their own words.
ARTICLES = [
    Article(
        title="Dam bursts in Valdor valley, dozens missing",
        outlet="Daily Courier", date="2024-03-02", url="https://courier.example/dam",
        text="\n\n".join([
            "A dam on the Valdor river burst early on Saturday, flooding three villages and leaving dozens of people missing.",
            "Rescue teams pulled twelve survivors from collapsed houses in the village of Ostra by nightfall.",
            "The regional fire chief said divers were searching flooded cellars for people trapped by the water.",
            "Engineers had warned last year that cracks in the dam wall were growing after heavy rains.",
            "The national government pledged 40 million euros in emergency aid for the flooded villages.",
            "Finance minister Lena Keller said the aid would come from the national reserve fund.",
        ]),
    ),
    Article(
        title="Valdor dam collapse: rescuers search for missing villagers",
        outlet="Metro Wire", date="2024-03-02",
        text="\n\n".join([
            "Dozens of people are missing after a dam on the Valdor river burst on Saturday and flooded three villages.",
            "Rescuers using boats and helicopters pulled twelve survivors from the ruins of houses in Ostra.",
            "Divers searched flooded cellars through the night for villagers trapped by the rising water.",
            "Inspectors had reported growing cracks in the wall of the dam after last year's heavy rains.",
            "European Union officials promised a further 25 million euros for rebuilding roads and bridges.",
            "The finance ministry will ask parliament to approve a supplementary budget for the reconstruction.",
        ]),
    ),
    Article(
        title="Government pledges millions after Valdor flood",
        outlet="Evening Post", date="2024-03-03",
        text="\n\n".join([
            "The national government pledged 40 million euros in emergency aid after the Valdor dam burst.",
            "Finance minister Lena Keller told parliament the money would come from the national reserve fund.",
            "A supplementary budget for the reconstruction of roads, bridges and schools will go to a vote next month.",
            "European Union officials promised 25 million euros to rebuild bridges and roads in the valley.",
            "Insurers estimate the damage to homes and farms at more than 200 million euros.",
            "Rescue teams are still searching for villagers missing since the dam failed on Saturday.",
        ]),
    ),
    Article(
        title="Flood aid: who pays for the Valdor disaster?",
        outlet="Ledger", date="2024-03-04",
        text="\n\n".join([
            "Insurers put the damage to homes and farms in the Valdor valley at more than 200 million euros.",
            "Opposition parties criticised the supplementary budget as too small for the reconstruction of schools.",
            "The reserve fund holds enough money to cover the emergency aid, the finance ministry said.",
            "Farmers in the valley asked for compensation for drowned cattle and ruined harvests.",
            "Twelve survivors rescued from the ruins in Ostra were treated in the regional hospital.",
        ]),
    ),
]


def _all_points(b: Briefing):
    return b.bottom_line + b.points


def test_briefing_structure_and_exact_citations(assert_citations):
    b = build_briefing(ARTICLES)
    assert b.title
    assert [s.number for s in b.sources] == [1, 2, 3, 4]
    assert b.sources[0].outlet == "Daily Courier" and b.sources[0].url == "https://courier.example/dam"
    assert 2 <= len(b.bottom_line) <= 3
    assert_citations(b, ARTICLES)
    for p in _all_points(b):
        assert p.citations and p.text == p.citations[0].text
        assert len({c.article for c in p.citations}) == len(p.citations)
        assert p.outlets == len({ARTICLES[c.article].outlet for c in p.citations})
    # the bottom line is not repeated in the topics
    bottom = {p.text for p in b.bottom_line}
    assert not bottom & {p.text for p in b.points}
    # no point twice
    texts = [p.text for p in _all_points(b)]
    assert len(texts) == len(set(texts))


def test_corroborated_points_cite_every_outlet():
    b = build_briefing(ARTICLES)
    merged = [p for p in _all_points(b) if len(p.citations) >= 2]
    assert merged, "paraphrases across outlets should merge"
    pledge = [p for p in _all_points(b) if "40 million" in p.text]
    assert len(pledge) == 1 and pledge[0].sources == [1, 3]


def test_two_subjects_give_labelled_topics():
    b = build_briefing(ARTICLES)
    assert 2 <= len(b.topics) <= 6
    page_text = " ".join(c.text for p in _all_points(b) for c in p.citations).lower()
    labels = [t.label for t in b.topics]
    assert len(set(labels)) == len(labels)
    for t in b.topics:
        words = t.label.split()
        assert 2 <= len(words) <= 5, t.label
        assert t.label[0].isupper()
        for w in words:  # surface words from the articles, not stems
            if w.lower() not in {"and", "et"}:
                assert w.lower() in page_text, (t.label, w)
        assert 1 <= len(t.points) <= 5
    scores = [t.score for t in b.topics]
    assert scores == sorted(scores, reverse=True)
    # the two subjects do not share a topic wholesale: rescue and money points are split
    def subject(p):
        t = p.text.lower()
        return "money" if any(w in t for w in ("euro", "budget", "fund", "insur")) else "rescue"
    mixed = [t for t in b.topics if len({subject(p) for p in t.points}) > 1 and len(t.points) > 2]
    assert len(mixed) < len(b.topics)


def test_deterministic_and_independent_of_article_order():
    b1 = build_briefing(ARTICLES)
    b2 = build_briefing(ARTICLES)
    assert dataclasses.asdict(b1) == dataclasses.asdict(b2)
    rev = list(reversed(ARTICLES))
    b3 = build_briefing(rev)

    def view(b: Briefing, arts: list[Article]):
        def cites(p):
            return sorted((arts[c.article].title, c.start, c.end) for c in p.citations)
        return (b.title, [(p.text, cites(p)) for p in b.bottom_line],
                [(t.label, [(p.text, cites(p)) for p in t.points]) for t in b.topics])

    assert view(b1, ARTICLES) == view(b3, rev)
    # sources keep the caller's numbering
    assert [s.title for s in b3.sources] == [a.title for a in rev]


def test_budget_and_max_points():
    b = build_briefing(ARTICLES, max_points=5)
    assert len(b.bottom_line) + len(b.points) <= 5
    small = build_briefing(ARTICLES, max_words=40)
    assert sum(len(p.text.split()) for p in _all_points(small)) < 120


def test_title_argument_headline_and_fallback():
    assert build_briefing(ARTICLES, title="  My  title ").title == "My title"
    assert build_briefing(ARTICLES).title in {a.title for a in ARTICLES}
    untitled = [dataclasses.replace(a, title="") for a in ARTICLES]
    t = build_briefing(untitled).title
    assert t and len(t.split()) <= 13


def test_one_article_one_sentence_identical_articles():
    one = build_briefing([ARTICLES[0]])
    assert one.bottom_line and len(one.sources) == 1
    single = build_briefing([Article(text="The dam on the Valdor river burst on Saturday morning.")])
    assert len(single.bottom_line) == 1 and single.topics == []
    assert single.title
    same = build_briefing([ARTICLES[0], dataclasses.replace(ARTICLES[0], outlet="Other Paper")])
    for p in _all_points(same):
        assert p.sources == [1, 2] and p.outlets == 2
    fragments = build_briefing([Article(text="Photo: Reuters"), Article(text="Read more")])
    assert isinstance(fragments, Briefing) and fragments.title


def test_empty_text_and_bad_input():
    with pytest.raises(InputError):
        build_briefing([])
    with pytest.raises(InputError):
        build_briefing(["not an article"])  # type: ignore[list-item]
    with pytest.raises(BriefingError):
        build_briefing(ARTICLES, algorithm="no-such-method")
    empty = build_briefing([Article(text="", title="Nothing here")])
    assert empty.title == "Nothing here" and empty.bottom_line == [] and empty.topics == []


def test_sources_outlet_fallback():
    arts = [Article(text="x", origin="data/feeds/reuters_2024.jsonl:12"), Article(text="y", origin="<stdin>"),
            Article(text="z", outlet=" AP ", origin="a.txt")]
    assert [s.outlet for s in sources_of(arts)] == ["reuters_2024", "", "AP"]


def test_progress_is_reported():
    seen = []
    build_briefing(ARTICLES, progress=lambda stage, f: seen.append((stage, f)))
    fractions = [f for _, f in seen]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    assert {"segment", "merge", "cluster", "done"} <= {s for s, _ in seen}


def test_other_algorithm_and_reexports():
    assert "default" in ALGORITHMS and "lexrank" in ALGORITHMS
    b = build_briefing(ARTICLES, algorithm="lexrank")
    assert b.algorithm == "lexrank" and b.bottom_line
    assert summarize(ARTICLES, words=30)


def test_french_story(assert_citations):
    arts = [
        Article(title="Le barrage de Valdor cède", outlet="Le Matin", text="\n\n".join([
            "Le barrage de la Valdor a cédé samedi matin et inondé trois villages de la vallée.",
            "Les secours ont sauvé douze survivants dans les maisons effondrées du village d'Ostra.",
            "Le gouvernement a promis quarante millions d'euros d'aide d'urgence aux villages inondés.",
            "Des plongeurs cherchent encore des habitants pris au piège dans les caves inondées.",
        ])),
        Article(title="Valdor : des dizaines de disparus", outlet="La Dépêche", text="\n\n".join([
            "Des dizaines de personnes sont portées disparues après la rupture du barrage de la Valdor samedi.",
            "Douze survivants ont été sauvés dans les ruines des maisons d'Ostra par les secours.",
            "Le gouvernement a promis quarante millions d'euros d'aide d'urgence pour les villages.",
            "Les assureurs estiment les dégâts à plus de deux cents millions d'euros.",
        ])),
    ]
    b = build_briefing(arts, language="french")
    assert b.language == "french" and b.bottom_line
    assert_citations(b, arts)
    assert any(len(p.citations) == 2 for p in _all_points(b))


@pytest.mark.skipif(not (SAMPLES / "000_rferl.md").exists(), reason="samples not present")
def test_samples_clearer_path_point_cites_at_least_three_sources():
    from briefing.ingest import load_articles

    files = sorted(p for p in SAMPLES.iterdir() if p.name[:3].isdigit())
    arts = load_articles([str(p) for p in files])
    b = build_briefing(arts)
    # the three outlets that quote the remark itself ("We didn't expect ... clear(er) path ...")
    def quotes_remark(text: str) -> bool:
        return text.lstrip("\"“").startswith(("We didn't", "We didn’t", "We did not")) and "path" in text

    hits = [p for p in _all_points(b) if any(quotes_remark(c.text) for c in p.citations)]
    assert len(hits) == 1, "the 'clearer path' remark should be one point on the page"
    assert len(hits[0].sources) >= 3
    assert quotes_remark(hits[0].text)


@pytest.mark.skipif(not (SAMPLES / "000_rferl.md").exists(), reason="samples not present")
@pytest.mark.parametrize("reverse", [False, True])
def test_samples_remark_merges_all_four_outlets_in_any_order(reverse):
    from briefing.engine.merge import merge
    from briefing.engine.represent import represent
    from briefing.ingest import load_articles
    from briefing.nlp import segment

    files = sorted(p for p in SAMPLES.iterdir() if p.name[:3].isdigit())
    arts = load_articles([str(p) for p in (reversed(files) if reverse else files)])
    sents = segment(arts)
    points, _ = merge(sents, arts, represent(sents).terms)
    hits = [p for p in points if any("path" in c.text and "We did" in c.text for c in p.citations)]
    assert len(hits) == 1
    # the three outlets that quote the remark; not the sentence about "frank and substantive"
    # discussions, which says something else (issue 12: support, not similarity)
    assert len(hits[0].citations) == 3
    assert not any("frank and substantive" in c.text for c in hits[0].citations)


def test_same_briefing_whatever_the_hash_seed():
    """Set and dict orders change with PYTHONHASHSEED; the briefing must not."""
    import os
    import subprocess
    import sys

    code = ("import json, dataclasses; "
            "from tests.engine.test_pipeline import ARTICLES; from briefing.engine.pipeline import build_briefing; "
            "print(json.dumps(dataclasses.asdict(build_briefing(ARTICLES)), sort_keys=True))")
    root = Path(__file__).resolve().parents[2]
    outs = []
    for seed in ("1", "2"):
        env = dict(os.environ, PYTHONHASHSEED=seed, PYTHONPATH=str(root))
        res = subprocess.run([sys.executable, "-c", code], cwd=root, env=env, capture_output=True, text=True,
                             timeout=120)
        assert res.returncode == 0, res.stderr[-2000:]
        outs.append(res.stdout)
    assert outs[0] == outs[1]
