"""Memory and time of hostile-sized inputs through the command line (issue 15), scaled.

    python benchmarks/robust_memory.py              # line: 12.5, 25, 50 MB; sentences: 62,500 .. 250,000
    python benchmarks/robust_memory.py --full       # sentences up to 1,000,000 (about 8 minutes alone)

Two cases, each at doubling sizes, each a fresh ``python -m briefing build`` writing PDF, Markdown and
JSON (peak resident memory of the largest process, wall time, size of the JSON written):

- ``line``: one text file that is a single line of sentences (full stops, no newline);
- ``sentences``: distinct three-word sentences ("Court 1234 rose.") in files of 10,000 sentences.

Doubling the input should at most double time and memory; the single line is capped at ingestion
(``MAX_ARTICLE_CHARS``), so its cost should not grow with its size at all.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORDS = ("minister envoy talks border troops geneva friday crisis officials sides meeting city river army "
         "court bank price vote").split()
VERBS = "rose fell met spoke left won lost came went grew".split()


def write_line(folder: Path, megabytes: float) -> list[str]:
    rng = random.Random(1)
    target = int(megabytes * 1_000_000)
    # sentences of 8-20 words with full stops, all on one line (no newline anywhere)
    parts = []
    while sum(map(len, parts)) < 1_200_000:
        words = [rng.choice(WORDS) for _ in range(rng.randint(8, 20))]
        parts.append(" ".join(words).capitalize() + ".")
    chunk = " ".join(parts) + " "
    path = folder / "line.txt"
    with open(path, "w") as fh:
        written = 0
        while written < target:
            part = chunk[: target - written]
            fh.write(part)
            written += len(part)
    return [str(path)]


def write_sentences(folder: Path, count: int, per_file: int = 10_000) -> list[str]:
    rng = random.Random(2)
    sub = folder / "sentences"
    sub.mkdir()
    n = 0
    for k in range(0, count, per_file):
        out = []
        for _ in range(min(per_file, count - k)):
            n += 1
            out.append(f"{rng.choice(WORDS).capitalize()} {n} {rng.choice(VERBS)}.")
        (sub / f"a{k // per_file:04d}.txt").write_text(" ".join(out) + "\n")
    return [str(sub)]


def run(inputs: list[str], out: Path) -> tuple[float, float, int, str]:
    """(wall seconds, peak MB of the largest child process, JSON bytes, last stderr line)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t0 = time.perf_counter()
    p = subprocess.run([sys.executable, "-m", "briefing", "build", *inputs, "--pdf", str(out / "b.pdf"),
                        "--md", str(out / "b.md"), "--json", str(out / "b.json")],
                       env=env, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    peak = max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
    size = (out / "b.json").stat().st_size if p.returncode == 0 else -1
    note = (p.stderr.strip().splitlines() or [""])[-1][:90]
    return wall, peak, size, f"exit {p.returncode}" + (f": {note}" if note else "")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--full", action="store_true", help="go up to a million sentences")
    args = ap.parse_args()
    print("| case | size | wall s | peak MB | JSON MB | result |")
    print("|---|---|---|---|---|---|")
    for mb in (12.5, 25, 49):
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            wall, peak, size, note = run(write_line(folder, mb), folder)
            print(f"| one line | {mb} MB | {wall:.1f} | {peak:.0f} | {size / 1e6:.1f} | {note} |", flush=True)
    counts = (62_500, 125_000, 250_000) + ((500_000, 1_000_000) if args.full else ())
    for count in counts:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            wall, peak, size, note = run(write_sentences(folder, count), folder)
            print(f"| tiny sentences | {count:,} | {wall:.1f} | {peak:.0f} | {size / 1e6:.1f} | {note} |", flush=True)


if __name__ == "__main__":
    main()
