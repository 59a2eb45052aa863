"""Speed benchmark of the scoring engine (run by hand, not by pytest).

    python benchmarks/engine_speed.py DATASET [DATASET ...] [--sizes 1000 30000] [--repeat 5]
                                     [--words 100] [--sumy lexrank --sumy lsa] [--language english]

DATASET: MultiLing-style ``.jsonl`` files (``documents[].text``), or folders / ``.txt`` / ``.md``
files of articles.  Their sentences are the raw material: the script builds synthetic stories of
the requested number of sentences by sampling sentences (seeded) and recombining some of them
(the first half of one sentence with the second half of another), in articles of 20-40
sentences, so large inputs are not just copies.  Nothing is downloaded.

For each size it reports the median (and min) over ``--repeat`` runs of

* ``represent``: stems, tf-idf CSR and bigram concepts,
* ``score+select``: :func:`briefing.engine.scoring.score` and :func:`~briefing.engine.scoring.select`
  with the default algorithm (the ILP),
* the sumy summarizers given with ``--sumy`` on the same sentences, once (they are quadratic),
  and the ratio to the engine's time measured in the same run,

and the process's peak resident memory (``ru_maxrss``) after the largest size.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def read_texts(paths: list[str]) -> list[str]:
    """Article texts from jsonl datasets, folders or text files."""
    texts: list[str] = []
    for p in map(Path, paths):
        if p.is_dir():
            for f in sorted(p.iterdir()):
                if f.suffix in (".txt", ".md") and f.is_file():
                    texts.append(f.read_text(encoding="utf-8", errors="replace"))
        elif p.suffix == ".jsonl":
            for line in p.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    texts.extend(d["text"] for d in json.loads(line).get("documents", []))
        else:
            texts.append(p.read_text(encoding="utf-8", errors="replace"))
    return texts


def sentence_pool(texts: list[str], language: str) -> list[str]:
    """Every sentence of the texts with at least five words, in order."""
    from briefing.nlp import split_sentences

    pool: list[str] = []
    for t in texts:
        for para in t.split("\n\n"):
            pool.extend(s for s in split_sentences(para.strip(), language) if len(s.split()) >= 5)
    if not pool:
        raise SystemExit("no sentences in the given datasets")
    return pool


def synthetic_story(pool: list[str], n_sentences: int, seed: int = 0):
    """Articles and their sentences (with exact provenance), about ``n_sentences`` in all."""
    from briefing.model import Article, Sentence

    rng = random.Random(seed)
    articles: list[Article] = []
    sentences: list[Sentence] = []
    while len(sentences) < n_sentences:
        k = min(rng.randint(20, 40), n_sentences - len(sentences))
        a = len(articles)
        picked = []
        for _ in range(k):
            s = rng.choice(pool)
            if rng.random() < 0.3:  # recombine with another sentence
                t = rng.choice(pool).split()
                w = s.split()
                s = " ".join(w[: len(w) // 2] + t[len(t) // 2:])
            picked.append(s)
        paras = [" ".join(picked[i:i + 3]) for i in range(0, k, 3)]
        text = "\n\n".join(paras)
        pos = 0
        for p_i, para in enumerate(paras):
            start_para = text.index(para, pos)
            off = 0
            for s in picked[p_i * 3:p_i * 3 + 3]:
                st = text.index(s, start_para + off)
                sentences.append(Sentence(s, a, p_i, len(sentences) - _first(sentences, a), st,
                                          st + len(s)))
                off = st + len(s) - start_para
            pos = start_para + len(para)
        articles.append(Article(text=text, title=f"Article {a}", outlet=f"Outlet {a % 50}"))
    return articles, sentences


def _first(sentences, a: int) -> int:
    """Index of the first sentence of article ``a`` (its sentences are contiguous and last)."""
    i = len(sentences)
    while i > 0 and sentences[i - 1].article == a:
        i -= 1
    return i


def timed(fn, repeat: int) -> tuple[float, float, float, object]:
    """(median wall seconds, min wall seconds, median CPU seconds, last result) of ``repeat`` calls.

    CPU time (``time.process_time``) is reported too because a busy machine inflates wall time.
    """
    times, cpu, out = [], [], None
    for _ in range(repeat):
        t, c = time.perf_counter(), time.process_time()
        out = fn()
        times.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
    return statistics.median(times), min(times), statistics.median(cpu), out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("datasets", nargs="+")
    p.add_argument("--sizes", type=int, nargs="+", default=[1000, 30000])
    p.add_argument("--repeat", type=int, default=5)
    p.add_argument("--words", type=int, default=100)
    p.add_argument("--algorithm", default="default")
    p.add_argument("--sumy", action="append", default=None,
                   help="sumy algorithms to time on the smallest size (default: lexrank)")
    p.add_argument("--sumy-max", type=int, default=2000,
                   help="skip sumy above this many sentences (it is quadratic)")
    p.add_argument("--language", default="english")
    args = p.parse_args(argv)
    sumy_algs = args.sumy if args.sumy is not None else ["lexrank"]

    import numpy as np

    from briefing.engine import scoring
    from briefing.engine.represent import represent

    pool = sentence_pool(read_texts(args.datasets), args.language)
    print(f"pool: {len(pool)} sentences from {len(args.datasets)} dataset(s); "
          f"{args.repeat} runs per measurement, medians (min)")
    represent([], args.language)  # warm imports (nltk, stop words) outside the timings
    rows = []
    for n in args.sizes:
        articles, sentences = synthetic_story(pool, n, seed=n)
        rep_t, rep_min, rep_cpu, rep = timed(lambda: represent(sentences, args.language), args.repeat)

        def engine():
            s = scoring.score(rep, sentences, articles, args.algorithm)
            return s, scoring.select(rep, sentences, articles, args.words, args.algorithm)

        eng_t, eng_min, eng_cpu, (scores, idx) = timed(engine, args.repeat)
        assert len(scores) == len(sentences) and idx
        line = {"sentences": len(sentences), "articles": len(articles),
                "represent_s": rep_t, "score_select_s": eng_t, "total_s": rep_t + eng_t,
                "represent_cpu_s": rep_cpu, "score_select_cpu_s": eng_cpu}
        print(f"\n{len(sentences)} sentences, {len(articles)} articles, {rep.n_terms} terms, "
              f"{len(rep.concept_vocab)} concepts, {len(rep.data)} tf-idf entries")
        print(f"  represent      {rep_t:8.3f} s  (min {rep_min:.3f}, CPU {rep_cpu:.3f})")
        print(f"  score+select   {eng_t:8.3f} s  (min {eng_min:.3f}, CPU {eng_cpu:.3f})  "
              f"[{args.algorithm}, {args.words} words]")
        print(f"  total          {rep_t + eng_t:8.3f} s  (CPU {rep_cpu + eng_cpu:.3f})")
        if n <= args.sumy_max:
            from briefing.engine.sumy_backend import sumy_scores

            for alg in sumy_algs:
                t, c = time.perf_counter(), time.process_time()
                sumy_scores(sentences, articles, alg, args.language)
                st, sc = time.perf_counter() - t, time.process_time() - c
                line[f"sumy_{alg}_s"] = st
                line[f"sumy_{alg}_cpu_s"] = sc
                print(f"  sumy {alg:9s} {st:8.3f} s  (one run, CPU {sc:.3f})  = {st / eng_t:,.0f}x "
                      f"score+select, {st / (rep_t + eng_t):,.0f}x represent+score+select "
                      f"(CPU: {sc / eng_cpu:,.0f}x, {sc / (rep_cpu + eng_cpu):,.0f}x)")
        rows.append(line)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\npeak resident memory of the process: {peak:.0f} MB")
    print(json.dumps(rows))
    del np
    return 0


if __name__ == "__main__":
    sys.exit(main())
