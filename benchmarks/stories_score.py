"""Score story grouping on a labelled feed: B-cubed precision, recall, F1 and adjusted Rand index.

A copy of ``../shared/bench/trust/stories_score.py`` (same metrics, same matching rules) that runs
the project through its public API (``briefing.load_articles`` and ``briefing.group_stories``) and
takes the dataset path as an argument:

    python benchmarks/stories_score.py ../shared/bench/trust/stories/dev.jsonl [--threshold T]
        [--pred PRED.json] [--write PRED.json] [--show N]

The feed is JSON Lines with ``id`` and ``story`` (the gold label) on every record; the gold label
is never shown to the project (it reads the records through its ordinary ingestion, which keeps
``title``, ``text``, ``date``, ``source``, ``url`` and ``id``). ``--pred`` scores a prediction
file instead (``{article id: story label}``, as ``briefing stories --json`` can give:
see ``pred_from_stories_json``). Articles missing from a prediction count as stories of their own.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from math import comb
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def bcubed(gold: dict, pred: dict) -> tuple[float, float, float]:
    """B-cubed precision, recall, F1 over the items of ``gold`` (dicts id -> label)."""
    g_members = defaultdict(set)
    p_members = defaultdict(set)
    for i, g in gold.items():
        g_members[g].add(i)
        p_members[pred[i]].add(i)
    P = R = 0.0
    for i in gold:
        gi, pi = g_members[gold[i]], p_members[pred[i]]
        inter = len(gi & pi)
        P += inter / len(pi)
        R += inter / len(gi)
    n = len(gold)
    P, R = P / n, R / n
    return P, R, (2 * P * R / (P + R) if P + R else 0.0)


def ari(gold: dict, pred: dict) -> float:
    ids = list(gold)
    cont = Counter((gold[i], pred[i]) for i in ids)
    a = Counter(gold[i] for i in ids)
    b = Counter(pred[i] for i in ids)
    n = len(ids)
    index = sum(comb(v, 2) for v in cont.values())
    sa = sum(comb(v, 2) for v in a.values())
    sb = sum(comb(v, 2) for v in b.values())
    expected = sa * sb / comb(n, 2) if n > 1 else 0.0
    top = (sa + sb) / 2
    return (index - expected) / (top - expected) if top != expected else 1.0


def project_predict(path: str, threshold: float | None = None) -> dict[str, str]:
    """The project's grouping of the feed at ``path``: {article id: story id} (public API)."""
    from briefing import group_stories, load_articles
    from briefing.stories import article_id

    articles = load_articles([path])
    stories = group_stories(articles, threshold=threshold)
    return {article_id(articles[k]): s.id for s in stories for k in s.articles}


def pred_from_stories_json(path: str) -> dict[str, str]:
    """A prediction from the file ``briefing stories --json PATH`` writes."""
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    if "stories" not in data:
        return {str(k): str(v) for k, v in data.items()}
    return {a["id"]: s["id"] for s in data["stories"] for a in s["articles"]}


def score(gold: dict, pred: dict) -> dict:
    missing = [i for i in gold if i not in pred]
    full = {i: pred.get(i, f"__missing__{i}") for i in gold}
    P, R, F = bcubed(gold, full)
    return {"P": P, "R": R, "F1": F, "ARI": ari(gold, full), "clusters": len(set(full.values())),
            "missing": len(missing), "n": len(gold), "stories": len(set(gold.values()))}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("feed", help="JSON Lines with id and story on every record")
    ap.add_argument("--threshold", type=float, default=None)
    ap.add_argument("--pred", help="score this prediction instead of running the project")
    ap.add_argument("--write", help="write the project's prediction here ({id: label})")
    ap.add_argument("--show", type=int, default=0, help="print up to N mixed predicted stories")
    args = ap.parse_args(argv)
    with open(args.feed, encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    gold = {str(r["id"]): str(r["story"]) for r in rows}
    pred = pred_from_stories_json(args.pred) if args.pred else project_predict(args.feed, args.threshold)
    if args.write:
        with open(args.write, "w", encoding="utf-8") as f:
            json.dump(pred, f)
    s = score(gold, pred)
    print(f"stories {s['n']} articles, {s['stories']} gold stories | B3 P {s['P']:.3f} R {s['R']:.3f} "
          f"F1 {s['F1']:.3f} ARI {s['ARI']:.3f} ({s['clusters']} clusters"
          f"{', %d missing' % s['missing'] if s['missing'] else ''})")
    if args.show:
        members = defaultdict(list)
        for i, label in pred.items():
            if i in gold:
                members[label].append(gold[i])
        mixed = [(label, Counter(g)) for label, g in members.items() if len(set(g)) > 1]
        for label, c in sorted(mixed, key=lambda x: -sum(x[1].values()))[: args.show]:
            print(f"  {label}: {dict(c)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
