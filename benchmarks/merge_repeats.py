"""Speed of one sentence repeated many times (issue 15): merge alone and the whole build.

    python benchmarks/merge_repeats.py [N ...]        (default 20000 40000 80000)

One article holds one sentence N times (plus one other sentence). Prints, per N, the seconds of
segment + represent, of merge, and of ``build_briefing`` end to end, and the ratio to the previous
N. Linear work means a ratio near 2 when N doubles. Results are in benchmarks/README.md.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

LINE = "The council approved the new budget for the city's schools on Tuesday evening."
OTHER = "Parents had asked for more teachers and smaller classes at the meeting."


def run(n: int) -> tuple[float, float, float]:
    """Seconds of (segment + represent, merge, build_briefing) for ``n`` repeats."""
    from briefing import Article, build_briefing, segment
    from briefing.engine.merge import merge
    from briefing.engine.represent import represent

    arts = [Article(text=" ".join([LINE] * n + [OTHER]), title="Budget", outlet="Gazette", origin="a.txt")]
    t0 = time.perf_counter()
    sents = segment(arts)
    rep = represent(sents)
    t1 = time.perf_counter()
    merge(sents, arts, rep.terms, tokens=rep.tokens, lazy=True)
    t2 = time.perf_counter()
    build_briefing(arts)
    t3 = time.perf_counter()
    return t1 - t0, t2 - t1, t3 - t2


def main(argv: list[str]) -> int:
    sizes = [int(a) for a in argv] or [20000, 40000, 80000]
    prev = None
    print(f"{'repeats':>8} {'seg+rep s':>10} {'merge s':>8} {'build s':>8} {'merge x':>8} {'build x':>8}")
    for n in sizes:
        r = run(n)
        mx = f"{r[1] / prev[1]:.2f}" if prev else ""
        bx = f"{r[2] / prev[2]:.2f}" if prev else ""
        print(f"{n:>8} {r[0]:>10.2f} {r[1]:>8.2f} {r[2]:>8.2f} {mx:>8} {bx:>8}", flush=True)
        prev = r
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
