"""Wall time and memory of the command `briefing stories` end to end (run by hand, not by pytest).

    python benchmarks/corpus.py --feed --articles 100000 --days 100 --seed 1 --format jsonl --out /tmp/feed
    python benchmarks/stories_cli_speed.py /tmp/feed/articles.jsonl [--sizes 12500,25000,50000,100000]
        [--work /tmp/stories-cli] [--save DIR | --check DIR]

Each size below the feed's is a seeded random sample of its lines (the same samples as
``stories_speed.py``: the same days, denser), written once to ``--work``. Each run is one
``python -m briefing stories FILE --json OUT`` in a fresh process (from this checkout), as a
user types it: reading and cleaning the articles, grouping, writing the JSON and printing the
stories. Printed per size: wall seconds, peak RSS of the largest process (what ``/usr/bin/time``
reports), the peak of the sum of the resident sets of the command and its forked reader (sampled
every 0.1 s; shared pages counted twice), CPU seconds of both, the 1-minute load average before
the run (other work on the machine slows the wall time), and the ratio to the previous size.

``--save DIR`` keeps each run's JSON and printed list as the reference; ``--check DIR`` compares
them byte for byte with a reference saved before (e.g. from another commit).
"""

from __future__ import annotations

import argparse
import filecmp
import json
import os
import random
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def sample(feed: Path, size: int, work: Path) -> Path:
    """The seeded sample of ``size`` lines of ``feed`` (the feed itself when it has no more)."""
    out = work / f"feed{size}.jsonl"
    if out.exists():
        return out
    with feed.open("rb") as f:
        lines = [line for line in f if line.strip()]
    if size >= len(lines):
        return feed
    keep = sorted(random.Random(f"sample:{size}").sample(range(len(lines)), size))
    tmp = out.with_suffix(".tmp")
    with tmp.open("wb") as f:
        for k in keep:
            f.write(lines[k] if lines[k].endswith(b"\n") else lines[k] + b"\n")
    tmp.rename(out)
    return out


def _tree_rss(pid: int) -> int:
    """Resident set of ``pid`` and its children, in KB (0 when gone)."""
    total = 0
    pids = [pid]
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as f:
            pids += [int(p) for p in f.read().split()]
    except OSError:
        pass
    for p in pids:
        try:
            with open(f"/proc/{p}/status") as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
        except OSError:
            pass
    return total


def run(path: Path, out_json: Path, out_text: Path) -> dict:
    """One timed run of the command."""
    cmd = [sys.executable, "-m", "briefing", "stories", str(path), "--json", str(out_json)]
    load = os.getloadavg()[0]
    start = time.perf_counter()
    with out_text.open("wb") as text:
        proc = subprocess.Popen(cmd, cwd=ROOT, stdout=text, stderr=subprocess.PIPE)
        peak = [0]

        def watch() -> None:
            while proc.poll() is None:
                peak[0] = max(peak[0], _tree_rss(proc.pid))
                time.sleep(0.1)

        watcher = threading.Thread(target=watch, daemon=True)
        watcher.start()
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        wall = time.perf_counter() - start
        watcher.join()
    if proc.returncode:
        raise SystemExit(f"{' '.join(cmd)} failed: {proc.stderr.read().decode()}")
    stories = json.loads(out_json.read_text(encoding="utf-8"))["stories"]
    return {"articles": sum(len(s["articles"]) for s in stories), "stories": len(stories),
            "wall_s": round(wall, 1), "peak_rss_mb": round(usage.ru_maxrss / 1024),
            "peak_rss_all_mb": round(peak[0] / 1024), "cpu_s": round(usage.ru_utime + usage.ru_stime, 1),
            "load": round(load, 2)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("feed", type=Path)
    ap.add_argument("--sizes", default="12500,25000,50000,100000")
    ap.add_argument("--work", type=Path, default=Path("/tmp/stories-cli"), help="where the samples and outputs go")
    group = ap.add_mutually_exclusive_group()
    group.add_argument("--save", type=Path, help="keep the outputs here as the reference")
    group.add_argument("--check", type=Path, help="compare the outputs with the reference kept here")
    args = ap.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    last = None
    for size in (int(s) for s in args.sizes.split(",")):
        path = sample(args.feed, size, args.work)
        out_json, out_text = args.work / f"stories{size}.json", args.work / f"stories{size}.txt"
        row = run(path, out_json, out_text)
        if last:
            row["doubling"] = round(row["wall_s"] / last, 2)
        last = row["wall_s"]
        if args.save:
            args.save.mkdir(parents=True, exist_ok=True)
            for f in (out_json, out_text):
                (args.save / f.name).write_bytes(f.read_bytes())
        if args.check:
            refs = [args.check / f.name for f in (out_json, out_text)]
            row["same_output"] = all(filecmp.cmp(f, r, shallow=False) for f, r in zip((out_json, out_text), refs)) \
                if all(r.exists() for r in refs) else None
        print(json.dumps(row), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
