"""Every line has a citation behind it, and every citation points at real text.

The briefing is built from files; the inputs are then re-opened and each citation's span is checked
against the re-read article, and the JSON alone must be enough for another program to check them.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import jsonschema
import pytest

from briefing import build_briefing, load_articles, render_json
from briefing.render.json import schema

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"


def _all_citations(b):
    for p in b.bottom_line + b.points:
        yield p.text, p.citations
    for q in b.quotes:
        yield None, q.citations
    for d in b.disagreements:
        yield None, [r.citation for r in d.reports]
    for e in b.timeline:
        yield None, e.citations


@pytest.fixture(scope="module")
def story(tmp_path_factory) -> Path:
    """The samples plus a JSON Lines file and an HTML page, as a user's folder."""
    folder = tmp_path_factory.mktemp("story")
    for f in SAMPLES.glob("*.md"):
        if f.name.lower() != "readme.md":
            shutil.copy(f, folder / f.name)
    (folder / "wire.jsonl").write_text(json.dumps({
        "title": "Blinken and Lavrov meet in Geneva",
        "source": "Wire",
        "date": "2022-01-21",
        "text": "US Secretary of State Antony Blinken and Russian Foreign Minister Sergei Lavrov met in "
                "Geneva on Friday. Blinken said the two sides were now on a clearer path to understanding "
                "each other's positions. Russia has massed about 100,000 troops near Ukraine's border.",
    }) + "\n")
    (folder / "page.html").write_text(
        "<html><head><title>Talks end without breakthrough | Daily Page</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav><article><h1>Talks end without "
        "breakthrough</h1><p>The top diplomats of the United States and Russia met for about 90 minutes "
        "in Geneva on Friday and agreed to keep talking.</p><p>Lavrov said Russia expected written "
        "answers to its demands next week, and Blinken said Washington would respond in writing.</p>"
        "<p>Western capitals fear that Russia is preparing an invasion of Ukraine.</p></article>"
        "<footer>Share this article. Copyright Daily Page.</footer></body></html>")
    return folder


def test_every_citation_is_exact_in_the_reopened_inputs(story, assert_citations):
    b = build_briefing(load_articles([story]))
    reread = load_articles([story])  # re-open the inputs from disk
    assert [s.origin for s in b.sources] == [a.origin for a in reread]
    for text, citations in _all_citations(b):
        assert citations, "a line without a citation"
        if text is not None:
            assert citations[0].text == text  # the point is worded by its first citation
    assert len(assert_citations(b, reread)) >= 10


def test_json_alone_verifies_every_citation(story):
    b = build_briefing(load_articles([story]))
    data = json.loads(render_json(b))
    jsonschema.validate(data, schema())
    texts = {s["number"]: s["text"] for s in data["sources"]}
    spans = []
    for p in data["bottom_line"] + [p for t in data["topics"] for p in t["points"]]:
        spans += p["citations"]
    for q in data["quotes"]:
        spans += q["citations"]
    assert spans
    for c in spans:
        assert texts[c["source"]][c["start"]:c["end"]] == c["text"]


def test_a_point_several_outlets_carry_cites_them_all():
    """The samples' "clear(er) path" remark: one point citing at least three outlets."""
    b = build_briefing(load_articles([SAMPLES]))
    carried = [p for p in b.bottom_line + b.points + [] if "path" in p.text and "understanding" in p.text]
    quoted = [q for q in b.quotes if "path" in q.text and "understanding" in q.text]
    best = max([len(p.sources) for p in carried] + [len(q.sources) for q in quoted])
    assert best >= 3
