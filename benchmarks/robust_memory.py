"""Memory and time of hostile-sized inputs through the command line (issue 15), scaled.

    python benchmarks/robust_memory.py              # line: 12.5, 25, 49 MB; sentences: 62,500 .. 250,000
    python benchmarks/robust_memory.py --full       # also 500,000 and 1,000,000 sentences, and 50 MB of them
    python benchmarks/robust_memory.py --max        # also 490 MB of tiny sentences (the default --max-total-mb)
    python benchmarks/robust_memory.py --only 1000000   # one size of the sentence case (a count or 50MB/490MB)
    python benchmarks/robust_memory.py --news 10000 --no-pdf   # also generated news (48 MB), Markdown only

Two cases, each at doubling sizes, each a fresh ``python -m briefing build`` writing PDF, Markdown and
JSON:

- ``line``: one text file that is a single line of sentences (full stops, no newline);
- ``sentences``: distinct three-word sentences ("Court 1234 rose.") in files of 10,000 sentences
  (about 170 kB a file, so each file is one article well within ``MAX_ARTICLE_CHARS`` and the
  default 50 MB a file; 50 MB of them is about 3 million sentences in 300 files).

Memory is measured two ways. ``largest`` is the peak resident memory of the largest single process
(``ru_maxrss`` of the children, as ``/usr/bin/time`` shows it). ``whole run`` samples the command's
whole process tree every 50 ms (the command, the forked analysis and the PDF worker) and keeps the
largest sum of proportional set sizes (PSS: a page shared by two processes after a fork counts
half in each), which is what the run costs the machine.

The single line is capped at ingestion (``MAX_ARTICLE_CHARS``) and a story's sentences at
``MAX_STORY_SENTENCES`` (``briefing/engine/budget.py``), so beyond those caps memory should grow
only with the input text itself.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import subprocess
import sys
import tempfile
import threading
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


def write_sentences(folder: Path, count: int | None = None, megabytes: float | None = None,
                    per_file: int = 10_000) -> tuple[list[str], int, int]:
    """Files of ``per_file`` distinct tiny sentences: ``count`` of them, or ``megabytes`` of them.

    Returns:
        (inputs, sentences written, bytes written).
    """
    rng = random.Random(2)
    sub = folder / "sentences"
    sub.mkdir()
    n = size = k = 0
    target = int(megabytes * 1_000_000) if megabytes else None
    while (count is not None and n < count) or (target is not None and size < target):
        out = []
        for _ in range(per_file if count is None else min(per_file, count - n)):
            n += 1
            out.append(f"{rng.choice(WORDS).capitalize()} {n} {rng.choice(VERBS)}.")
        data = (" ".join(out) + "\n").encode()
        (sub / f"a{k:05d}.txt").write_bytes(data)
        size += len(data)
        k += 1
    return [str(sub)], n, size


def _tree_pss(pid: int) -> float:
    """The summed PSS (MB) of ``pid`` and its descendants, now (0 when it is gone)."""
    import psutil

    try:
        root = psutil.Process(pid)
        procs = [root, *root.children(recursive=True)]
    except psutil.Error:
        return 0.0
    total = 0
    for p in procs:
        try:
            total += p.memory_full_info().pss
        except psutil.Error:
            pass
    return total / 1e6


def write_news(folder: Path, count: int) -> tuple[list[str], int]:
    """``count`` generated news articles (``benchmarks/corpus.py``, seed 7) in one JSONL file."""
    import json

    sys.path.insert(0, str(ROOT))
    from benchmarks.corpus import generate

    path = folder / "news.jsonl"
    with open(path, "w") as fh:
        for d in generate(count, seed=7):
            fh.write(json.dumps({"text": d["text"], "title": d["title"], "outlet": d["source"], "url": d["url"],
                                 "date": d["date"]}) + "\n")
    return [str(path)], path.stat().st_size


def run(inputs: list[str], out: Path, pdf: bool = True) -> tuple[float, float, float, int, str]:
    """(wall seconds, peak MB of the largest child process, peak MB of the whole tree (PSS),
    JSON bytes, last stderr line)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t0 = time.perf_counter()
    # without the PDF, Markdown alone: the JSON's on_page flags need the page laid out
    outputs = ["--pdf", str(out / "b.pdf"), "--md", str(out / "b.md"), "--json", str(out / "b.json")] if pdf \
        else ["--md", str(out / "b.md")]
    p = subprocess.Popen([sys.executable, "-m", "briefing", "build", *inputs, *outputs],
                         env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak_tree = [0.0]

    def sample() -> None:
        while p.poll() is None:
            peak_tree[0] = max(peak_tree[0], _tree_pss(p.pid))
            time.sleep(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, stderr = p.communicate()
    wall = time.perf_counter() - t0
    sampler.join()
    peak = max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
    size = (out / "b.json").stat().st_size if p.returncode == 0 and pdf else 0
    lines = [line for line in stderr.strip().splitlines() if "sentences read" in line] or stderr.strip().splitlines()
    note = (lines or [""])[-1].removeprefix("briefing: ")[:110]
    return wall, peak, peak_tree[0], size, f"exit {p.returncode}" + (f": {note}" if note else "")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--full", action="store_true", help="also 500,000 and 1,000,000 sentences, and 50 MB of them")
    ap.add_argument("--max", action="store_true", help="also 490 MB of tiny sentences (slow)")
    ap.add_argument("--only", help="run only this size of the sentence case: a count, or 50MB / 490MB")
    ap.add_argument("--no-line", action="store_true", help="skip the single-line case")
    ap.add_argument("--news", type=int, metavar="N", help="also N generated news articles in one JSONL file")
    ap.add_argument("--no-pdf", action="store_true", help="write Markdown only (no page layout)")
    args = ap.parse_args()
    pdf = not args.no_pdf
    print("| case | size | sentences | wall s | largest MB | whole run MB | JSON MB | result |")
    print("|---|---:|---:|---:|---:|---:|---:|---|")
    if not (args.no_line or args.only):
        for mb in (12.5, 25, 49):
            with tempfile.TemporaryDirectory() as tmp:
                folder = Path(tmp)
                wall, peak, tree, size, note = run(write_line(folder, mb), folder, pdf)
                print(f"| one line | {mb} MB | | {wall:.1f} | {peak:.0f} | {tree:.0f} | {size / 1e6:.1f} | {note} |",
                      flush=True)
    sizes: list[int | str] = [62_500, 125_000, 250_000]
    if args.full:
        sizes += [500_000, 1_000_000, "50MB"]
    if args.max:
        sizes += ["490MB"]
    if args.only:
        sizes = [args.only if args.only.upper().endswith("MB") else int(args.only)]
    elif args.news and args.no_line:
        sizes = []
    for what in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            if isinstance(what, str):
                inputs, n, nbytes = write_sentences(folder, megabytes=float(what[:-2]))
            else:
                inputs, n, nbytes = write_sentences(folder, count=what)
            wall, peak, tree, size, note = run(inputs, folder, pdf)
            print(f"| tiny sentences | {nbytes / 1e6:.1f} MB | {n:,} | {wall:.1f} | {peak:.0f} | {tree:.0f} | "
                  f"{size / 1e6:.1f} | {note} |", flush=True)
    if args.news:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            inputs, nbytes = write_news(folder, args.news)
            wall, peak, tree, size, note = run(inputs, folder, pdf)
            print(f"| news articles{'' if pdf else ' (no PDF)'} | {nbytes / 1e6:.1f} MB | {args.news:,} articles | "
                  f"{wall:.1f} | {peak:.0f} | {tree:.0f} | {size / 1e6:.1f} | {note} |", flush=True)


if __name__ == "__main__":
    main()
