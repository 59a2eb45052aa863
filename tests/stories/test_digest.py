"""The digest: one page per story, an index, a combined PDF; --previous marks what is new."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing import Article
from briefing.stories.digest import DigestOptions, brief_story, make_digest, StoryJob
from briefing.stories.runner import run_local

pypdf = pytest.importorskip("pypdf")


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def digest_dir(tmp_path_factory, invented) -> Path:
    out = tmp_path_factory.mktemp("digest")
    # the transfer story has one article
    feed = invented.articles((invented.bridge, invented.bank, invented.transfer[:1]))
    make_digest(feed, out, options=DigestOptions(min_articles=2))
    return out


def test_digest_writes_pages_index_and_combined_pdf(digest_dir):
    index = json.loads((digest_dir / "index.json").read_text())
    assert index["format"] == "briefing-digest/1"
    sizes = [s["size"] for s in index["stories"]]
    assert sizes == [3, 3, 1]
    paged = [s for s in index["stories"] if s["page"]]
    assert len(paged) == 2
    for s in paged:
        for ext in ("pdf", "md", "json"):
            assert (digest_dir / "stories" / f"{s['id']}.{ext}").is_file()
        assert s["bottom_line"]
        data = json.loads((digest_dir / "stories" / f"{s['id']}.json").read_text())
        assert data["title"] == s["title"]
        assert len(pypdf.PdfReader(digest_dir / "stories" / f"{s['id']}.pdf").pages) == 1
    small = index["stories"][2]
    assert small["page"] is None and not (digest_dir / "stories" / f"{small['id']}.pdf").exists()
    assert [a["id"] for a in small["articles"]] == ["t1"]
    reader = pypdf.PdfReader(digest_dir / "digest.pdf")
    assert len(reader.pages) == 1 + 2  # the cover, then one page per briefed story
    cover = reader.pages[0].extract_text()
    for s in paged:
        assert s["title"][:20] in " ".join(cover.split())
    md = (digest_dir / "index.md").read_text()
    assert "Smaller stories" in md and small["title"] in md
    assert "new" not in index["stories"][0]  # nothing to compare with


def test_digest_pdf_keeps_each_page_tagged_with_its_links(digest_dir):
    pikepdf = pytest.importorskip("pikepdf")
    index = json.loads((digest_dir / "index.json").read_text())
    paged = [s for s in index["stories"] if s["page"]]
    pdf = pikepdf.open(digest_dir / "digest.pdf")
    root = pdf.Root
    assert bool(root.MarkInfo.Marked) and str(root.Lang) == "en"
    tree = root.StructTreeRoot
    nums = tree.ParentTree.Nums
    keys = {int(nums[k]) for k in range(0, len(nums), 2)}
    assert len(keys) == len(nums) // 2 and int(tree.ParentTreeNextKey) > max(keys)
    page_ids = {p.objgen for p in pdf.pages}
    links = 0
    for page in pdf.pages:
        assert int(page.StructParents) in keys
        for annot in page.get("/Annots", []):
            assert int(annot.StructParent) in keys
            if "/Dest" in annot:  # a link to a source note: straight to a page of this document
                assert isinstance(annot.Dest, pikepdf.Array) and annot.Dest[0].objgen in page_ids
                links += 1
    assert links > 0
    alone = [pikepdf.open(digest_dir / "stories" / f"{s['id']}.pdf") for s in paged]
    assert len(tree.K) == 1 + len(alone)  # the cover's document element, then each story's
    with pdf.open_outline() as outline:
        assert [item.title for item in outline.root] == ["Digest"] + [s["title"] for s in paged]


def test_story_page_is_what_build_makes(digest_dir, invented):
    from briefing import build_briefing, render_json

    index = json.loads((digest_dir / "index.json").read_text())
    s = index["stories"][0]
    ids = [a["id"] for a in s["articles"]]
    by_id = {a.id: a for a in invented.articles((invented.bridge, invented.bank, invented.transfer[:1]))}
    b = build_briefing([by_id[i] for i in ids], title=s["title"])
    assert (digest_dir / "stories" / f"{s['id']}.json").read_text() == render_json(b)


def test_previous_digest_keeps_ids_and_marks_what_is_new(digest_dir, tmp_path, invented):
    later = Article(text="Divers lifted the last car from the Sarnet river in Orlova on Friday. Prosecutors said the "
                    "corroded cables of the collapsed bridge had never been replaced since 1990, and Mayor Ilse "
                    "Brandvik resigned.", title="Orlova mayor resigns over bridge collapse", outlet="Harbor Post",
                    date="2031-05-07", id="b9")
    feed = invented.articles() + [later]
    out = tmp_path / "today"
    make_digest(feed, out, options=DigestOptions(previous=str(digest_dir)))
    before = {s["id"]: s for s in json.loads((digest_dir / "index.json").read_text())["stories"]}
    today = json.loads((out / "index.json").read_text())
    by_first = {s["articles"][0]["id"]: s for s in today["stories"]}
    bridge = next(s for s in today["stories"] if "b9" in {a["id"] for a in s["articles"]})
    assert bridge["id"] in before and bridge["new"]["new_story"] is False
    assert bridge["new"]["new_points"], "the new article brings new points"
    bank = next(s for s in today["stories"] if s["articles"][0]["id"] == "k1")
    assert bank["id"] in before
    transfer = by_first["t1"]
    assert transfer["id"] in before  # it had no page before, but the story continues
    assert transfer["new"]["new_story"] is False
    md = (out / "stories" / f"{bridge['id']}.md").read_text()
    assert "New since the previous digest" in md
    assert "new point" in (out / "index.md").read_text()


def test_a_story_not_seen_before_is_new(digest_dir, tmp_path):
    other = [Article(text=f"The Lumen observatory in Karst found a comet, astronomer Pia Sand said on day {k}. The "
                     "comet Karst-7 will pass the Earth in 2032, the Lumen team said.", title="Lumen finds comet",
                     outlet=o, date="2031-05-08", id=f"c{k}") for k, o in enumerate(("Sky Weekly", "Harbor Post"))]
    out = tmp_path / "today"
    make_digest(other, out, options=DigestOptions(previous=str(digest_dir)))
    index = json.loads((out / "index.json").read_text())
    assert [s["new"]["new_story"] for s in index["stories"]] == [True]
    assert "(new)" in (out / "index.md").read_text()


def test_local_pool_gives_the_same_bytes(tmp_path, invented):
    feed = invented.articles((invented.bridge, invented.bank))
    make_digest(feed, tmp_path / "serial")
    make_digest(feed, tmp_path / "pool", runner=lambda fn, jobs: run_local(fn, jobs, 2))
    assert _files(tmp_path / "serial") == _files(tmp_path / "pool")


def test_dask_local_cluster_gives_the_same_bytes(tmp_path, invented):
    distributed = pytest.importorskip("distributed")
    from briefing.stories.runner import runner_for

    feed = invented.articles((invented.bridge, invented.bank))
    make_digest(feed, tmp_path / "local")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        make_digest(feed, tmp_path / "dask", runner=runner_for(1, cluster.scheduler_address))
    assert _files(tmp_path / "local") == _files(tmp_path / "dask")


def test_unreachable_scheduler_is_one_clear_error():
    pytest.importorskip("distributed")
    from briefing.errors import BriefingError
    from briefing.stories.runner import run_dask

    with pytest.raises(BriefingError, match="scheduler"):
        list(run_dask(len, [[1]], "tcp://127.0.0.1:9"))


def test_options_are_checked():
    with pytest.raises(ValueError, match="min_articles"):
        DigestOptions(min_articles=0)
    with pytest.raises(ValueError, match="paper"):
        DigestOptions(paper="a5")


def test_brief_story_marks_a_new_story_on_its_page(invented):
    job = StoryJob(id="s1", articles=tuple(invented.articles((invented.bank,))), title="Rates", compare=True,
                   before=None)
    page = brief_story(job)
    assert page.changes.new_story and "(new story)" in page.md.splitlines()[0]
    assert json.loads(page.json)["title"] == "Rates"


def test_a_story_without_headlines_takes_the_briefings_short_title(tmp_path, invented):
    """As ``briefing build`` does: not the lead sentence cut off with an ellipsis."""
    import dataclasses

    feed = [dataclasses.replace(a, title="") for a in invented.articles((invented.bridge, invented.bank))]
    make_digest(feed, tmp_path, options=DigestOptions(min_articles=2))
    index = json.loads((tmp_path / "index.json").read_text(encoding="utf-8"))
    briefed = [s for s in index["stories"] if s["page"]]
    assert briefed
    for s in briefed:
        assert not s["title"].endswith("…") and len(s["title"].split()) <= 12, s["title"]
        page = json.loads((tmp_path / "stories" / f"{s['id']}.json").read_text(encoding="utf-8"))
        assert page["title"] == s["title"]
    assert "1 outlets" not in (tmp_path / "index.md").read_text(encoding="utf-8")
