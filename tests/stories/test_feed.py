"""`read_feed`: what grouping keeps of a feed is what it would take from the loaded articles."""

from __future__ import annotations

import json
import warnings

import numpy as np
import pytest

from briefing.ingest import load_articles
from briefing.parallel import ForkRunner
from briefing.stories import StoryGrouper, group_stories
from briefing.stories import feed as feedmod
from briefing.stories.feed import read_feed
from briefing.stories.group import FeedEntry
from briefing.stories.vectors import count_terms

FILLER = ("Officials in the valley said the repairs would take until the autumn, and that traffic on the "
          "ring road would be slow in the meantime. ")


def _long(text: str, k: int) -> str:
    """``text`` followed by enough paragraphs that only its top is needed for grouping."""
    extra = "\n\n".join(f"Paragraph {j} of the report. " + FILLER * 3 for j in range(k))
    return f"{text}\n\n{extra}\n\nThe ministry will publish its figures on Monday. EFE"


def _records(invented) -> list[dict]:
    out = []
    for n, r in enumerate(invented.records()):
        r = dict(r)
        if n % 2 == 0:
            r["text"] = _long(r["text"], 12 + n)  # read from the top only
        out.append(r)
    out[1] = {k: v for k, v in out[1].items() if k != "source"}  # no outlet stated: read whole
    out[2] = dict(out[2], id="b1", date=out[0]["date"])  # the same date and id as another: digests
    out.append({"id": "h1", "title": "Bridge inquiry opens", "source": "Harbor Post", "date": "2031-05-05",
                "text": "<p>Prosecutors opened an inquiry into the Orlova bridge collapse.</p>" + "<p>x y z.</p>" * 300})
    out.append({"title": "", "source": "Valley Courier", "date": "2031-05-06", "url": "https://example.org/k",
                "text": _long("Lenders in Vestmark raised mortgage rates again on Thursday after the rise.", 14)})
    return out


def _expected(paths, **limits):
    articles = load_articles(paths, max_file_bytes=10**9, max_total_bytes=10**9)
    return [FeedEntry.of(a) for a in articles], count_terms(articles, "english", 200), articles


def _same(got, want) -> None:
    (entries, counts), (w_entries, w_counts, _) = got, want
    assert [(e.id, e.title, e.outlet, e.date, e.fallback) for e in entries] == \
           [(e.id, e.title, e.outlet, e.date, e.fallback) for e in w_entries]
    for e, w in zip(entries, w_entries):
        assert e.digest is None or e.digest == w.digest
    assert counts.vocabulary == w_counts.vocabulary
    for name in ("lengths", "ids", "counts"):
        assert np.array_equal(getattr(counts, name), getattr(w_counts, name))


@pytest.fixture
def feed_path(tmp_path, invented, monkeypatch):
    monkeypatch.setattr(feedmod, "STREAM_MIN_BYTES", 1)  # stream even this small file
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in _records(invented)) + "\n\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("forked", [False, True])
def test_read_feed_keeps_what_the_loaded_articles_give(feed_path, forked):
    runner = ForkRunner(min_cost=0) if forked else None
    got = read_feed([str(feed_path)], runner=runner, parallel_min_bytes=0, max_file_bytes=10**9)
    _same(got, _expected([str(feed_path)]))
    entries, _ = got
    assert any(e.digest is None for e in entries)  # some were read from the top only
    assert entries[0].digest is not None and entries[2].digest is not None  # same date and id: settled


@pytest.mark.parametrize("forked", [False, True])
def test_grouping_what_was_read_gives_the_same_stories(feed_path, forked):
    runner = ForkRunner(min_cost=0) if forked else None
    entries, counts = read_feed([str(feed_path)], runner=runner, parallel_min_bytes=0)
    articles = load_articles([str(feed_path)])
    assert StoryGrouper().run_counted(entries, counts) == group_stories(articles)


def test_folders_and_several_files_in_two_processes(tmp_path, invented, monkeypatch):
    monkeypatch.setattr(feedmod, "STREAM_MIN_BYTES", 1)
    folder = tmp_path / "in"
    folder.mkdir()
    for r in invented.records()[:4]:
        (folder / f"{r['id']}.txt").write_text(f"{r['title']}\n\n{r['text']}\n", encoding="utf-8")
    rest = tmp_path / "rest.jsonl"
    rest.write_text("\n".join(json.dumps(r) for r in _records(invented)[4:]) + "\n", encoding="utf-8")
    paths = [str(folder), str(rest)]
    _same(read_feed(paths, runner=ForkRunner(min_cost=0), parallel_min_bytes=0), _expected(paths))


def test_a_file_that_is_not_utf8_is_read_whole(tmp_path, invented, monkeypatch):
    monkeypatch.setattr(feedmod, "STREAM_MIN_BYTES", 1)
    records = _records(invented)
    records[3]["title"] += " café"
    path = tmp_path / "latin.jsonl"
    head = "\n".join(json.dumps(r, ensure_ascii=True) for r in records[:3]) + "\n"
    tail = "\n".join(json.dumps(r, ensure_ascii=False) for r in records[3:]) + "\n"
    path.write_bytes(head.encode("ascii") * 40 + tail.encode("cp1252"))
    _same(read_feed([str(path)], runner=ForkRunner(min_cost=0), parallel_min_bytes=0), _expected([str(path)]))


def test_errors_and_warnings_are_those_of_the_ingestion(tmp_path, invented, monkeypatch):
    monkeypatch.setattr(feedmod, "STREAM_MIN_BYTES", 1)
    monkeypatch.setattr("briefing.ingest.limits.MAX_ARTICLE_CHARS", 3000)
    records = _records(invented)
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    with warnings.catch_warnings(record=True) as got:
        warnings.simplefilter("always")
        read_feed([str(path)], runner=ForkRunner(min_cost=0), parallel_min_bytes=0)
    with warnings.catch_warnings(record=True) as want:
        warnings.simplefilter("always")
        load_articles([str(path)])
    assert sorted(str(w.message) for w in got) == sorted(str(w.message) for w in want) != []
    bad = tmp_path / "bad.jsonl"
    bad.write_text("\n".join(json.dumps(r) for r in records) + "\n{oops\n", encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with pytest.raises(Exception) as err:
            read_feed([str(bad)], runner=ForkRunner(min_cost=0), parallel_min_bytes=0)
        with pytest.raises(Exception) as want_err:
            load_articles([str(bad)])
    assert str(err.value) == str(want_err.value) and f":{len(records) + 1}" in str(err.value)
    with pytest.raises(Exception, match="limit per file"):
        read_feed([str(path)], max_file_bytes=100)


def test_a_top_that_cleaning_thins_is_read_further(tmp_path, invented, monkeypatch):
    """The first cut is where the raw top holds enough terms; when cleaning takes some of them away
    (a list of related links), a longer top is cleaned, and the result is still the ingestion's."""
    monkeypatch.setattr(feedmod, "STREAM_MIN_BYTES", 1)
    links = "\n\n".join(f"Harbour authority names new pilots for the {w} terminal dredging contract"
                      for w in ("northern", "southern", "eastern", "western", "outer", "inner"))
    base = invented.records()[0]
    text = _long(f"{base['text']}\n\nRelated Articles\n\n{links}", 14)
    records = _records(invented) + [dict(base, id="r1", text=text)]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    calls = []
    real = feedmod.article_from_record
    monkeypatch.setattr(feedmod, "article_from_record",
                        lambda record, where, **kw: calls.append((record["id"], len(record["text"]))) or real(record, where, **kw))
    entries, counts = read_feed([str(path)])
    _same((entries, counts), _expected([str(path)]))
    assert entries[-1].id == "r1" and entries[-1].digest is None  # read from the top only
    tops = [n for rid, n in calls if rid == "r1"]
    assert len(tops) == 2 and tops[0] < tops[1] < len(text)  # the first top fell short, the second did not
