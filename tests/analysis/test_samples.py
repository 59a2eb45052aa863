"""The sample story (samples/): the one true conflict (troops) and the main quotes appear."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.analysis import cross_source
from briefing.nlp import segment

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


@pytest.fixture(scope="module")
def result():
    if not any(SAMPLES.glob("*.md")):
        pytest.skip("samples/ not present")
    from briefing.ingest import load_articles

    articles = load_articles([str(SAMPLES)])
    return articles, cross_source(articles, segment(articles))


def test_samples_disagreements(result):
    articles, found = result
    by_label = {d.quantity: d for d in found.disagreements}
    troops = next(d for label, d in by_label.items() if "troops" in label.lower())
    assert sorted(r.value for r in troops.reports) == sorted(
        ["more than 125,000", "tens of thousands", "tens of thousands", "around 100.000", "100,000"])
    assert troops.kind == "conflict"
    # "more than 13,200", "more than 13,000" and "more than 14,000" lives can all be true: no row
    assert len(found.disagreements) == 1  # nothing that merely looks alike (90 minutes, 11 days, 1997)


def test_samples_quotes(result, assert_citations):
    articles, found = result
    speakers = [q.speaker for q in found.quotes]
    assert {"Antony Blinken", "Sergey Lavrov"} <= set(speakers)
    top = found.quotes[0]
    assert top.speaker == "Antony Blinken" and "breakthroughs" in top.text and len(top.sources) >= 3
    for q in found.quotes:
        assert len(q.text.split()) > 3
    assert_citations(found.quotes, articles)
