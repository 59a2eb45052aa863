"""Golden check: the briefing JSON of fixed inputs, saved once and compared after a refactor.

    python benchmarks/golden.py save DIR [--multiling ../shared/bench/multiling2011] [--big]
    python benchmarks/golden.py check DIR [--multiling ...] [--big]

Inputs: the samples folder; generated corpora of 100 (and with ``--big`` 1,000) articles
(``benchmarks/corpus.py``, seed 7); every story of the MultiLing files found under ``--multiling``.
``check`` prints OK or DIFF per input and exits 1 on any difference. A refactor that must not change
behaviour keeps every input OK; a change of behaviour shows which briefings moved.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _inputs(multiling: Path | None, big: bool):
    from briefing import Article, load_articles

    import os

    os.chdir(ROOT)  # relative origins, so two checkouts give the same bytes
    yield "samples", load_articles(["samples"]), "english"
    from benchmarks.corpus import generate

    sizes = [100, 1000] if big else [100]
    for n in sizes:
        docs = generate(n, seed=7)
        yield f"corpus-{n}", [Article(text=d["text"], title=d["title"], outlet=d["source"], url=d["url"],
                                      date=d["date"], author=d.get("author", ""), origin=f"doc{k}.json")
                              for k, d in enumerate(docs)], "english"
    if multiling is None:
        return
    for name in ("english", "french"):
        path = multiling / f"{name}.jsonl"
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            story = json.loads(line)
            arts = [Article(text=d["text"], title=d.get("title", ""), origin=f"{d['id']}.txt")
                    for d in story["documents"]]
            yield f"{name}-{story['id']}", arts, story.get("language", name)


def _briefing_json(articles, language) -> str:
    from briefing import build_briefing, render_json

    return render_json(build_briefing(articles, language=language))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("mode", choices=["save", "check"])
    ap.add_argument("dir", type=Path)
    ap.add_argument("--multiling", type=Path, default=None)
    ap.add_argument("--big", action="store_true")
    args = ap.parse_args(argv)
    args.dir.mkdir(parents=True, exist_ok=True)
    bad = 0
    for name, arts, lang in _inputs(args.multiling, args.big):
        out = _briefing_json(arts, lang)
        path = args.dir / f"{name}.json"
        if args.mode == "save":
            path.write_text(out, encoding="utf-8")
            print("saved", name)
        else:
            same = path.exists() and path.read_text(encoding="utf-8") == out
            bad += not same
            print("OK  " if same else "DIFF", name)
            if not same:
                (args.dir / f"{name}.new.json").write_text(out, encoding="utf-8")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
