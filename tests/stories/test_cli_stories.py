"""`briefing stories` and `briefing digest` as a user meets them (a subprocess)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "briefing", *args], cwd=cwd, capture_output=True, timeout=600)


def test_stories_prints_and_writes_json(feed_file, tmp_path):
    out = tmp_path / "stories.json"
    proc = run("stories", str(feed_file), "--json", str(out))
    assert proc.returncode == 0, proc.stderr.decode()
    text = proc.stdout.decode()
    assert text.startswith("3 stories in 8 articles")
    assert "2031-05-04..2031-05-05" in text
    data = json.loads(out.read_text())
    assert set(data) == {"stories"}
    assert [len(s["articles"]) for s in data["stories"]] == [3, 3, 2]
    first = data["stories"][0]
    assert set(first) == {"id", "title", "articles"}
    assert set(first["articles"][0]) == {"id", "title", "outlet", "date"}
    ids = {a["id"] for s in data["stories"] for a in s["articles"]}
    assert ids == {"b1", "b2", "b3", "k1", "k2", "k3", "t1", "t2"}  # the records' own ids


def test_article_id_falls_back_to_url_then_origin(tmp_path):
    a = tmp_path / "a.md"
    a.write_text("---\ntitle: Orlova bridge collapses\nurl: https://example.org/orlova\n---\n\nThe Sarnet river "
                 "bridge in Orlova collapsed on Tuesday, and nine people were rescued from the river.\n")
    b = tmp_path / "b.txt"
    b.write_text("Orlova bridge falls\n\nNine people were rescued after the Sarnet river bridge in Orlova "
                 "collapsed on Tuesday.\n")
    proc = run("stories", str(a), str(b), "--json", "-")
    assert proc.returncode == 0, proc.stderr.decode()
    ids = {x["id"] for s in json.loads(proc.stdout)["stories"] for x in s["articles"]}
    assert ids == {"https://example.org/orlova", str(b)}


def test_stories_bad_input_is_one_line(tmp_path):
    proc = run("stories", str(tmp_path / "missing.jsonl"))
    assert proc.returncode == 1
    assert len(proc.stderr.decode().strip().splitlines()) == 1


def test_a_size_limit_names_the_option_that_raises_it(feed_file):
    proc = run("stories", str(feed_file), "--max-file-mb", "0.001")
    assert proc.returncode == 1
    err = proc.stderr.decode().strip()
    assert len(err.splitlines()) == 1 and "limit per file (raise it with --max-file-mb)" in err
    proc = run("stories", str(feed_file), "--max-total-mb", "0.001")
    assert "(raise it with --max-total-mb)" in proc.stderr.decode()


def test_digest_command(feed_file, tmp_path):
    out = tmp_path / "digest"
    proc = run("digest", str(feed_file), "--out", str(out), "--workers", "1", "--min-articles", "3")
    assert proc.returncode == 0, proc.stderr.decode()
    assert "3 stories in 8 articles; 2 briefed" in proc.stdout.decode()
    index = json.loads((out / "index.json").read_text())
    assert [s["page"] is not None for s in index["stories"]] == [True, True, False]
    assert (out / "digest.pdf").read_bytes().startswith(b"%PDF")
    again = run("digest", str(feed_file), "--out", str(tmp_path / "d2"), "--previous", str(out), "--workers", "1",
                "--min-articles", "3")
    assert again.returncode == 0, again.stderr.decode()
    index2 = json.loads((tmp_path / "d2" / "index.json").read_text())
    assert [s["id"] for s in index2["stories"]] == [s["id"] for s in index["stories"]]
    assert not any(s["new"]["new_story"] for s in index2["stories"])
    assert not any(s["new"]["new_points"] for s in index2["stories"])


def test_digest_usage_errors(feed_file, tmp_path):
    proc = run("digest", str(feed_file))
    assert proc.returncode == 2  # --out is required
    proc = run("digest", str(feed_file), "--out", str(tmp_path / "d"), "--previous", str(tmp_path / "nope"))
    assert proc.returncode == 2
    empty = tmp_path / "empty"
    empty.mkdir()
    proc = run("digest", str(feed_file), "--out", str(tmp_path / "d"), "--previous", str(empty))
    assert proc.returncode == 1 and "index.json" in proc.stderr.decode()


def test_wire_copies_with_the_same_text_are_all_listed(tmp_path, invented):
    records = invented.records()
    copy = dict(records[0], id="copy-of-" + records[0]["id"], source="Lake Wire")
    path = tmp_path / "feed.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records + [copy]), encoding="utf-8")
    proc = run("stories", str(path), "--json", "-")
    assert proc.returncode == 0, proc.stderr.decode()
    stories = json.loads(proc.stdout)["stories"]
    ids = [a["id"] for s in stories for a in s["articles"]]
    assert len(ids) == len(records) + 1
    together = next(s for s in stories if copy["id"] in {a["id"] for a in s["articles"]})
    assert records[0]["id"] in {a["id"] for a in together["articles"]}


def test_stories_json_is_what_json_dumps_writes():
    # the JSON is laid out by hand (json's indented writer is slow); it must be json.dumps's bytes
    from briefing.cli import _story_json
    from briefing.stories import article_id
    from briefing.stories.group import FeedEntry, Story

    odd = ['a"b', "back\\slash", "line\nbreak\ttab", "\x00\x1f\x7f", "é 😀 \u2028", "\ud800", "", " / "]
    feed = [FeedEntry(odd[k % 8], odd[(k + 3) % 8], odd[(k + 5) % 8], odd[(k + 1) % 8], None) for k in range(8)]
    cases = [[], [Story(id="s1", title=odd[0], articles=(3, 0, 7)), Story(id=odd[4], title="", articles=())],
             [Story(id="s2", title="t", articles=(1,))]]
    for stories in cases:
        data = {"stories": [{"id": s.id, "title": s.title,
                             "articles": [{"id": article_id(feed[k]), "title": feed[k].title, "outlet": feed[k].outlet,
                                           "date": feed[k].date} for k in s.articles]} for s in stories]}
        assert _story_json(stories, feed) == json.dumps(data, ensure_ascii=False, indent=2) + "\n"
