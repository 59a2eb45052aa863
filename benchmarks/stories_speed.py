"""Speed and memory of story grouping on a large synthetic feed (run by hand, not by pytest).

    python benchmarks/corpus.py --feed --articles 100000 --days 100 --seed 1 --format jsonl --out /tmp/feed
    python benchmarks/stories_speed.py /tmp/feed/articles.jsonl [--sizes 12500,25000,50000,100000]
        [--mode sample|prefix] [--score]

Each size runs in a fresh process: the articles are built straight from the JSON records (the
ingestion's own speed is measured elsewhere), then ``group_stories`` is timed. ``sample`` takes a
seeded random sample of the feed (same days, denser: the hard case for date blocking); ``prefix``
takes the first articles by date (a shorter span). Prints wall time, peak RSS of the process,
CPU seconds of this process and of this process with the forked reader, the 1-minute load average (other
work on the machine slows the wall time), the number of stories and, with ``--score``, B-cubed F1 against the feed's gold ``story`` labels.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import time


def _child(path: str, size: int, mode: str, score: bool, workers: int) -> dict:
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
    from briefing import Article, group_stories

    with open(path, encoding="utf-8") as f:
        total = sum(1 for _ in f)
    if mode == "sample" and size < total:
        keep = set(random.Random(f"sample:{size}").sample(range(total), size))
    else:
        keep = set(range(min(size, total)))
    records = []
    with open(path, encoding="utf-8") as f:  # only the chosen records are ever held
        for k, line in enumerate(f):
            if k in keep:
                r = json.loads(line)
                records.append({key: r.get(key, "") for key in ("id", "title", "text", "source", "url",
                                                                "date", "story")})
    articles = [Article(text=r["text"], title=r.get("title", ""), outlet=r.get("source", ""), url=r.get("url", ""),
                        date=r.get("date", ""), id=r.get("id", "")) for r in records]
    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    child0 = before.ru_utime + before.ru_stime
    t, c = time.perf_counter(), time.process_time()
    from briefing.parallel import ForkRunner

    runner = ForkRunner(min_cost=0) if workers > 1 else None
    stories = group_stories(articles, runner=runner)
    elapsed, cpu = time.perf_counter() - t, time.process_time() - c
    child = resource.getrusage(resource.RUSAGE_CHILDREN)  # the forked reader, once it is reaped
    cpu_all = cpu + child.ru_utime + child.ru_stime - child0
    out = {"articles": len(articles), "seconds": round(elapsed, 2), "cpu_seconds": round(cpu, 2),
           "cpu_total_seconds": round(cpu_all, 2),
           "load": round(os.getloadavg()[0], 1), "stories": len(stories),
           "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
           "rss_before_mb": round(rss0 / 1024)}
    if score:
        from stories_score import bcubed

        gold = {r["id"]: r["story"] for r in records}
        pred = {articles[k].id: s.id for s in stories for k in s.articles}
        p, r, f = bcubed(gold, pred)
        out.update(P=round(p, 3), R=round(r, 3), F1=round(f, 3))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("feed")
    ap.add_argument("--sizes", default="12500,25000,50000,100000")
    ap.add_argument("--mode", choices=("sample", "prefix"), default="sample")
    ap.add_argument("--score", action="store_true")
    ap.add_argument("--workers", type=int, default=2, help="2: read half the feed in a forked process, as the command line does (default 2)")
    ap.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        print(json.dumps(_child(args.feed, args.child, args.mode, args.score, args.workers)))
        return 0
    last = None
    for size in (int(s) for s in args.sizes.split(",")):
        cmd = [sys.executable, __file__, args.feed, "--mode", args.mode, "--child", str(size),
               "--workers", str(args.workers)]
        if args.score:
            cmd.append("--score")
        row = json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)
        ratio = f" ({row['seconds'] / last:.2f}x)" if last else ""
        last = row["seconds"]
        print(json.dumps(row) + ratio, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
