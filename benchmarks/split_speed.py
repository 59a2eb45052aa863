"""Sentence-splitting speed: sentences per second, median of several runs.

    .venv/bin/python benchmarks/split_speed.py [--runs 7] [--sentences 50000] [--compare]

The text is the project's gold news paragraphs (tests/data/sentences) repeated until it holds
about ``--sentences`` sentences, as paragraphs separated by blank lines. It times
``split_sentences`` on the whole text, ``segment`` on articles of 30 paragraphs each, and with
``--compare`` nltk's Punkt (untrained, and with the project's shipped parameters) on the same
paragraphs, one at a time.
Target (issue 2): at least 20,000 sentences a second.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "data" / "sentences"))


def corpus(target: int) -> list[str]:
    """Gold news paragraphs, repeated until they hold about ``target`` sentences."""
    from sentence_gold import read_gold

    items = read_gold("news_dev.txt") + read_gold("news_heldout.txt")
    paras, n = [], 0
    while n < target:
        for text, gold in items:
            paras.append(text)
            n += len(gold)
    return paras


def timed(fn, runs: int) -> tuple[float, object]:
    times, out = [], None
    for _ in range(runs):
        t0 = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), out


def accuracy_table(compare: bool) -> None:
    """Share of gold items split exactly right, per gold file and splitter."""
    from sentence_gold import accuracy, read_gold

    from briefing.nlp import split_sentences

    splitters = {"briefing": split_sentences}
    if compare:
        from nltk.tokenize.punkt import PunktSentenceTokenizer

        from briefing.nlp import punkt_parameters

        untrained = PunktSentenceTokenizer()
        shipped = {}

        def punkt_shipped(text, language):
            if language not in shipped:
                shipped[language] = PunktSentenceTokenizer(punkt_parameters(language))
            return shipped[language].tokenize(text)

        splitters["nltk Punkt, untrained"] = lambda text, language: untrained.tokenize(text)
        splitters["nltk Punkt, shipped parameters"] = punkt_shipped
    files = [("news_dev.txt", "english"), ("news_heldout.txt", "english"), ("news_heldout2.txt", "english"),
             ("edge_dev.txt", "english"),
             ("edge_heldout.txt", "english"), ("news_fr.txt", "french")]
    print("| splitter | " + " | ".join(f for f, _ in files) + " |")
    print("|---|" + "---|" * len(files))
    for name, split in splitters.items():
        cells = []
        for f, lang in files:
            items = read_gold(f)
            acc, _ = accuracy(items, split, lang)
            cells.append(f"{100 * acc:.1f}% of {len(items)}")
        print(f"| {name} | " + " | ".join(cells) + " |")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--sentences", type=int, default=50_000)
    ap.add_argument("--compare", action="store_true", help="also time nltk's Punkt (imports nltk)")
    ap.add_argument("--accuracy", action="store_true",
                    help="print exact-match accuracy on the gold files (and nltk Punkt's with --compare)")
    args = ap.parse_args()
    if args.accuracy:
        accuracy_table(args.compare)

    import timeit

    from briefing.model import Article
    from briefing.nlp import segment, split_sentences

    calib = min(timeit.repeat("sum(range(1000))", number=1000, repeat=5)) * 1000
    print(f"machine check: sum(range(1000)) takes {calib:.1f} us (about 8-12 us on an idle machine; "
          "more means the machine is shared and every number below is slower in proportion)")

    paras = corpus(args.sentences)
    text = "\n\n".join(paras)
    split_sentences("Warm up. The cache.")
    dt, sents = timed(lambda: split_sentences(text), args.runs)
    n = len(sents)
    print(f"split_sentences: {n} sentences, {len(text):,} chars, median {dt:.3f} s -> {n / dt:,.0f} sentences/s")

    articles = [Article(text="\n\n".join(paras[i:i + 30])) for i in range(0, len(paras), 30)]
    dt, out = timed(lambda: segment(articles), args.runs)
    print(f"segment: {len(articles)} articles, {len(out)} sentences, median {dt:.3f} s -> {len(out) / dt:,.0f} sentences/s")

    if args.compare:
        from nltk.tokenize.punkt import PunktSentenceTokenizer

        from briefing.nlp import punkt_parameters

        for name, tok in (("nltk Punkt, untrained", PunktSentenceTokenizer()),
                          ("nltk Punkt, shipped parameters", PunktSentenceTokenizer(punkt_parameters("english")))):
            # per paragraph: on one 3 MB string nltk's own regex time limit (5 s) trips
            dt, spans = timed(lambda: [sp for p in paras for sp in tok.span_tokenize(p)], max(1, args.runs // 2))
            print(f"{name}: {len(spans)} sentences, median {dt:.3f} s -> {len(spans) / dt:,.0f} sentences/s")


if __name__ == "__main__":
    main()
