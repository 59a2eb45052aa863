"""Where sources differ, read by hand: every row the finder gives on the samples and dev stories.

    python benchmarks/figures_score.py [--multiling ../shared/bench/multiling2011]
                                       [--wire ../shared/bench/trust/stories/dev.jsonl] [--only ID]

Builds each story (the samples; every MultiLing story found under ``--multiling``; with ``--wire``,
each story of a JSON Lines feed with ``story``, ``date`` and ``origin`` fields, such as the DUC 2003
development feed of the trust benchmarks) and prints every row of "where sources differ": its kind
(conflict or change over time), its label and each source's figure with the article date and the
sentence that carries it. There is no gold here: a person reads each row against its sources and
writes the judgement (rows, right, wrong) into benchmarks/README.md. Nothing of the data is copied
into the project; rows name stories by their ids.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

_OUTLETS = {"APW": "AP", "NYT": "NYT", "XIE": "Xinhua"}


def _stories(args):
    from briefing import Article, load_articles

    if not args.no_samples:
        yield "samples", load_articles([str(ROOT / "samples")]), "english"
    if args.multiling:
        for name in ("english", "french"):
            path = Path(args.multiling) / f"{name}.jsonl"
            if not path.exists():
                continue
            for line in path.read_text(encoding="utf-8").splitlines():
                story = json.loads(line)
                arts = [Article(text=d["text"], title=d.get("title", ""), origin=f"{d['id']}.txt")
                        for d in story["documents"]]
                yield f"{name}-{story['id']}", arts, story.get("language", name)
    if args.wire:
        by_story = defaultdict(list)
        for line in Path(args.wire).read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            by_story[row["story"]].append(row)
        for sid in sorted(by_story):
            rows = sorted(by_story[sid], key=lambda r: (r.get("date", ""), r["id"]))
            if len(rows) < 2:
                continue
            arts = []
            for r in rows:
                doc = r.get("origin", "").rsplit(":", 1)[-1]
                outlet = _OUTLETS.get(doc[:3], doc[:3])
                arts.append(Article(text=r["text"], title=r.get("title", ""), date=r.get("date", ""),
                                    outlet=outlet, origin=doc or r["id"]))
            yield sid, arts, "english"


def _find(articles, language):
    from briefing.analysis.disagreements import find_disagreements
    from briefing.nlp import segment

    return find_disagreements(articles, segment(articles), language)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--multiling", default=None)
    ap.add_argument("--wire", default=None)
    ap.add_argument("--no-samples", action="store_true")
    ap.add_argument("--only", default=None, help="only stories whose id contains this")
    args = ap.parse_args(argv)
    total = defaultdict(int)
    for sid, arts, language in _stories(args):
        if args.only and args.only not in sid:
            continue
        rows = _find(arts, language)
        print(f"== {sid}: {len(rows)} row(s)")
        for k, d in enumerate(rows, 1):
            kind = getattr(d, "kind", "conflict")
            total[kind] += 1
            print(f"  [{k}] {kind}: {d.quantity}")
            for r in d.reports:
                c = r.citation
                a = arts[c.article]
                text = " ".join(c.text.split())
                print(f"      [{c.article + 1}] {a.date[:10] or '-'} {r.value!r}: {text[:220]}")
    print("TOTAL", dict(total))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
