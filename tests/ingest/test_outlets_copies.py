"""Outlets (identifiers are no outlet, wire datelines, republished articles), copies read once,
--keep-going."""

import json
import warnings

import pytest
from typer.testing import CliRunner

from briefing import build_briefing, load_articles
from briefing.cli import app
from briefing.ingest import parse_article
from briefing.ingest.assemble import strip_dateline
from briefing.ingest.duplicates import DuplicateWarning, drop_copies, find_copies
from briefing.ingest.outlets import is_identifier, original_outlet, same_outlet
from briefing.model import Article
from briefing.render.markdown import render_markdown

BODY = ("The dam on the Valdor river burst on Monday after three days of rain. Rescuers said forty "
        "people were missing in the villages below the dam. The regional governor ordered an inquiry "
        "into the maintenance of the dam.")
OTHER = ("Villagers below the Valdor dam described a wall of water on Monday. The army sent boats to "
         "the flooded villages, and the regional governor promised aid to the families of the missing.")


@pytest.mark.parametrize("stem", ["APW19981124.0554", "NYT19980101.0001", "M0001", "article-12", "000_ee0b49a2"])
def test_identifiers_are_no_outlet(stem):
    assert is_identifier(stem)


@pytest.mark.parametrize("stem", ["reuters_geneva", "0009_the-pacific-mirror", "blinken_talks"])
def test_names_are_not_identifiers(stem):
    assert not is_identifier(stem)


def test_identifier_files_count_no_outlet(tmp_path):
    for name, text in (("APW19981124.0554.txt", BODY), ("APW19981124.0601.txt", OTHER)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    b = build_briefing(load_articles([tmp_path]))
    assert b.outlets == []
    assert all(s.outlet == "" for s in b.sources)
    md = render_markdown(b)
    assert "unknown outlet" in md and "APW19981124" not in md.split("Sources")[-1].split(":")[0]
    assert "0 outlets" not in md and "2 outlets" not in md


@pytest.mark.parametrize("line", ["WASHINGTON (AP) _ The Senate voted on Tuesday.",
                                  "NEW YORK (AP) -- The Senate voted on Tuesday.",
                                  "GENEVA, Jan 21 (Reuters) - The Senate voted on Tuesday.",
                                  "(AP) _ The Senate voted on Tuesday."])
def test_wire_datelines_in_all_forms(line):
    text, dateline = strip_dateline(line)
    assert text == "The Senate voted on Tuesday."
    assert dateline is not None and dateline.agency in ("AP", "Reuters")


@pytest.mark.parametrize("field", ["source", "outlet", "publisher", "site_name"])
def test_json_outlet_fields(field):
    [a] = parse_article(json.dumps({"text": BODY, field: "The Valdor Courier"}), "a.json", "json")
    assert a.outlet == "The Valdor Courier"


def test_republished_article_keeps_both_names_and_counts_for_its_agency():
    md = f"---\noutlet: AFP\nvia: The Valdor Courier\ntitle: Dam bursts\n---\n\n{BODY}\n"
    [a] = parse_article(md, "a.md", "md")
    assert a.outlet == "AFP via The Valdor Courier"
    assert original_outlet(a.outlet) == "AFP"
    assert same_outlet("Associated Press", "AP")
    from briefing.model import outlet_key

    two = [a, Article(text=OTHER, outlet="AFP")]
    assert outlet_key(two, 0) == outlet_key(two, 1)


def test_copies_are_found_word_for_word_and_around_the_edges():
    long = " ".join([BODY, OTHER] * 12)
    arts = [Article(text=BODY, origin="a"), Article(text=BODY.upper().replace(".", " ."), origin="b"),
            Article(text=OTHER, origin="c"), Article(text=long, origin="d"),
            Article(text="GENEVA (Reuters) - " + long, origin="e")]
    copies = find_copies(arts)
    assert [(c.copy, c.original) for c in copies] == [(1, 0), (4, 3)]
    kept, _ = drop_copies(arts)
    assert [a.origin for a in kept] == ["a", "c", "d"]


def test_a_copy_is_read_once_and_does_not_corroborate_itself(tmp_path):
    (tmp_path / "a.md").write_text(f"---\noutlet: Valdor Courier\n---\n\n{BODY}\n", encoding="utf-8")
    (tmp_path / "b.md").write_text(f"---\noutlet: Valdor Courier\n---\n\n{BODY}\n", encoding="utf-8")
    (tmp_path / "c.md").write_text(f"---\noutlet: Plains Herald\n---\n\n{OTHER}\n", encoding="utf-8")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        articles = load_articles([tmp_path], read_once=True)
    assert len(articles) == 2
    assert any(issubclass(w.category, DuplicateWarning) and "b.md" in str(w.message) for w in caught)
    b = build_briefing(articles)
    assert all(len({c.article for c in p.citations}) == 1 for p in b.points + b.bottom_line)
    result = CliRunner().invoke(app, ["build", str(tmp_path), "--md", "-"])
    assert result.exit_code == 0
    assert "same text as" in result.output and "[^3]" not in result.output


def test_keep_going_reads_past_an_unreadable_input(tmp_path):
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "b.txt").write_text(OTHER, encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01binary\x00")
    stopped = CliRunner().invoke(app, ["build", str(tmp_path), "--md", "-"])
    assert stopped.exit_code == 1 and "bad.txt" in stopped.output
    went = CliRunner().invoke(app, ["build", str(tmp_path), "--md", "-", "--keep-going"])
    assert went.exit_code == 0
    warning = [line for line in went.output.splitlines() if "warning" in line]
    assert len(warning) == 1 and "bad.txt" in warning[0]


def test_keep_going_reads_past_inputs_that_are_not_there(tmp_path):
    good = tmp_path / "good"
    good.mkdir()
    (good / "a.txt").write_text(BODY, encoding="utf-8")
    (good / "b.txt").write_text(OTHER, encoding="utf-8")
    (tmp_path / "empty").mkdir()
    (tmp_path / "notes.xyz").write_text("not an article", encoding="utf-8")
    inputs = [str(good), str(tmp_path / "missing.md"), str(tmp_path / "empty"), str(tmp_path / "notes.xyz")]
    stopped = CliRunner().invoke(app, ["build", *inputs, "--md", "-"])
    assert stopped.exit_code == 1 and "missing.md" in stopped.output
    went = CliRunner().invoke(app, ["build", *inputs, "--md", "-", "--keep-going"])
    assert went.exit_code == 0, went.output
    warnings_ = [line for line in went.output.splitlines() if "warning" in line]
    assert len(warnings_) == 3
    for name in ("missing.md", "empty", "notes.xyz"):
        assert sum(name in line for line in warnings_) == 1
    seen = []
    arts = load_articles(inputs, on_error=seen.append)
    assert len(arts) == 2 and len(seen) == 3
    nothing = CliRunner().invoke(app, ["build", str(tmp_path / "missing.md"), "--md", "-", "-k"])
    assert nothing.exit_code == 1 and "no articles" in nothing.output
