"""JSON: the whole briefing, valid against briefing/schema.json, spans that point at the text."""

from __future__ import annotations

import json
import math
from types import SimpleNamespace

import pytest

from briefing.model import Citation, Point, Topic
from briefing.render.json import briefing_to_dict, render_json, schema


jsonschema = pytest.importorskip("jsonschema")


@pytest.mark.parametrize("make", ["small", "tiny", "hostile", "huge"])
def test_output_validates_against_the_schema(make, make_briefing):
    data = json.loads(render_json(make_briefing(make)))
    jsonschema.validate(data, schema())


def test_schema_is_itself_valid_and_strict(make_briefing):
    s = schema()
    jsonschema.Draft202012Validator.check_schema(s)
    data = json.loads(render_json(make_briefing("small")))
    data["surprise"] = 1
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, s)
    data = json.loads(render_json(make_briefing("small")))
    del data["topics"][0]["points"][0]["citations"][0]["start"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, s)


def test_every_span_points_at_its_text(make_briefing, story_articles, assert_citations):
    data = json.loads(render_json(make_briefing("small")))
    cits = [c for p in data["bottom_line"] for c in p["citations"]]
    cits += [c for t in data["topics"] for p in t["points"] for c in p["citations"]]
    cits += [c for q in data["quotes"] for c in q["citations"]]
    cits += [r["citation"] for d in data["disagreements"] for r in d["reports"]]
    cits += [c for e in data["timeline"] for c in e["citations"]]
    assert len(cits) > 15
    assert all(c["source"] == c["article"] + 1 for c in cits)
    assert_citations([SimpleNamespace(**c) for c in cits], story_articles)


def test_whole_briefing_is_there(make_briefing):
    b = make_briefing("small")
    data = briefing_to_dict(b)
    assert data["title"] == b.title
    assert data["date_span"] == {"first": "2024-03-04", "last": "2024-03-06"}
    assert [t["label"] for t in data["topics"]] == [t.label for t in b.topics]
    assert [p["text"] for t in data["topics"] for p in t["points"]] == [p.text for p in b.points]
    assert data["topics"][0]["points"][0]["sources"] == b.topics[0].points[0].sources
    assert data["outlets"] == b.outlets and data["articles"] == 4
    assert [s["url"] for s in data["sources"]] == [s.url for s in b.sources]
    assert b.to_dict() == data


def test_non_finite_scores_become_null_and_output_is_strict_json(make_briefing):
    b = make_briefing("tiny")
    c = Citation(0, 0, 3, "The")
    b.topics.append(Topic(label="x", points=[Point("The", [c], score=math.nan)], score=math.inf))
    text = render_json(b)
    data = json.loads(text)
    assert data["topics"][1]["points"][0]["score"] is None and data["topics"][1]["score"] is None
    assert "NaN" not in text and "Infinity" not in text


def test_deterministic_and_unicode_kept(make_briefing):
    one, two = render_json(make_briefing("small")), render_json(make_briefing("small"))
    assert one == two and one.endswith("\n")
    assert "\u201c" in json.loads(one)["quotes"][0]["citations"][0]["text"] or "\u201c" not in one
    assert "\\u" not in one  # UTF-8 text, not escapes


def test_json_says_which_items_made_the_page_and_names_its_schema(tmp_path):
    """issue 14: "$schema" is the schema's $id; with the PDF, every point, quote, row and event says
    whether the one page shows it, and the page's items are the PDF's."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    import jsonschema
    import pypdf

    from briefing.render.json import SCHEMA_ID, schema

    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(root)}
    for outputs in (["--pdf", "b.pdf", "--json", "b.json"], ["--json", "b.json"]):
        proc = subprocess.run([sys.executable, "-m", "briefing", "build", str(root / "samples"), "-q", *outputs],
                              cwd=tmp_path, capture_output=True, env=env, timeout=600)
        assert proc.returncode == 0, proc.stderr.decode()
        data = json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))
        assert data["$schema"] == SCHEMA_ID == schema()["$id"]
        jsonschema.validate(data, schema())
        items = [*data["bottom_line"], *(p for t in data["topics"] for p in t["points"]), *data["quotes"],
                 *data["timeline"], *(r for d in data["disagreements"] for r in d["reports"])]
        assert items and all(isinstance(it["on_page"], bool) for it in items)
        shown = [it for it in items if it["on_page"]]
        assert shown and len(shown) < len(items)  # the JSON holds more than the page
    text = " ".join(pypdf.PdfReader(tmp_path / "b.pdf").pages[0].extract_text().split())
    for p in [*(p for t in data["topics"] for p in t["points"] if p["on_page"]), *data["bottom_line"]]:
        words = p["text"].split()
        assert " ".join(words[:4]) in text, p["text"]


def test_render_json_marks_the_page_it_is_given(small_briefing):
    data = json.loads(render_json(small_briefing, page={"b0", "t0p1", "q0", "d0r1", "e0"}))
    assert data["bottom_line"][0]["on_page"] and not data["bottom_line"][1]["on_page"]
    assert [p["on_page"] for p in data["topics"][0]["points"]][:2] == [False, True]
    assert data["disagreements"][0]["reports"][1]["on_page"]
    assert "on_page" not in json.loads(render_json(small_briefing))["quotes"][0]
