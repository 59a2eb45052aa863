"""Where sources differ, what the finder leaves out: figures of one kind that differ and are no row.

    python benchmarks/figures_misses.py --wire ../shared/bench/trust/stories/dev.jsonl
                                        [--multiling ../shared/bench/multiling2011] [--samples]
                                        [--only ID] [--kinds deaths,injured] [--all]

There is no gold for "where sources differ". This diagnostic reads every story of two or more
articles with the public :func:`briefing.find_figures` and, for each kind of counted thing (what is
counted and its unit; ages by person), lists the pairs of figures from different articles whose
values cannot both be true (:func:`briefing.analysis.figures.compatible`; with ``--all``, every
pair of different values) and that the finder does not show together in one row. Each figure is
printed once with its article, date, qualifier, place and sentence, then the pairs by number, so a
person can read which pairs are real conflicts or changes over time that the finder misses (and
why: grouping, qualifier, same-fact test) and which are other facts. Parts of a total are left
out (they are never compared). Nothing of the data is copied into the project; stories are named
by their ids.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

# what a reader of "where sources differ" needs most (issue 12); --kinds changes it
_KINDS = ("deaths", "injured", "missing", "troops", "nations", "seats", "people", "percent", "age")


def _figures(articles, language):
    """(article, sentence, figure) for every figure of every sentence."""
    from briefing import find_figures
    from briefing.nlp import segment

    sentences = segment(articles, language)
    cache: dict[str, list] = {}
    out = []
    for s in sentences:
        got = cache.get(s.text)
        if got is None:
            got = cache[s.text] = find_figures(s.text, language=language)
        out.extend((s.article, s, f) for f in got if not f.part)
    return sentences, out


def _shown(rows) -> dict[tuple[int, int], set[int]]:
    """(article, sentence start) -> the rows whose reports cite that sentence."""
    out: dict[tuple[int, int], set[int]] = defaultdict(set)
    for k, d in enumerate(rows):
        for r in d.reports:
            out[(r.citation.article, r.citation.start)].add(k)
    return out


def _key(f) -> str:
    if f.counted == "age":
        return f"age of {f.of.split()[-1].lower()}"
    return f"{f.counted} {f.unit}".strip()


def main(argv=None) -> int:
    from briefing.analysis.figures import compatible
    from figures_score import _find, _stories

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--wire", default=None, help="a JSON Lines feed (story, date, origin, text)")
    ap.add_argument("--multiling", default=None, help="the MultiLing 2011 folder (english.jsonl, french.jsonl)")
    ap.add_argument("--samples", action="store_true", help="read the samples too")
    ap.add_argument("--only", default=None, help="only stories whose id contains this")
    ap.add_argument("--kinds", default=",".join(_KINDS), help="counted kinds to read (comma-separated; 'any')")
    ap.add_argument("--all", action="store_true", help="every pair of different values, compatible ones too")
    ap.add_argument("--max-ratio", type=float, default=10.0, help="leave out pairs further apart than this")
    args = ap.parse_args(argv)
    args.no_samples = not args.samples
    kinds = None if args.kinds == "any" else set(args.kinds.split(","))
    totals: dict[str, int] = defaultdict(int)
    for sid, arts, language in _stories(args):
        if args.only and args.only not in sid:
            continue
        rows = _find(arts, language)
        shown = _shown(rows)
        _, figs = _figures(arts, language)
        by_key: dict[str, list] = defaultdict(list)
        for a, s, f in figs:
            if f.value is None and f.qualifier != "vague":
                continue
            if kinds is not None and f.counted not in kinds:
                continue
            by_key[_key(f)].append((a, s, f))
        printed_story = False
        for key in sorted(by_key):
            # one entry per distinct (article day, outlet, sentence, figure): wire copy repeats itself
            seen = {}
            for a, s, f in by_key[key]:
                seen.setdefault((arts[a].date[:10], s.text, f.text), (a, s, f))
            entries = list(seen.values())
            pairs = []
            for i in range(len(entries)):
                for j in range(i + 1, len(entries)):
                    (a, s, f), (b, t, g) = entries[i], entries[j]
                    if a == b or f.text == g.text:
                        continue
                    lo = max(f.low, g.low)
                    hi = min(f.high, g.high)
                    if hi > 0 and lo / hi > args.max_ratio:
                        continue
                    if not args.all and compatible(f.allows(), g.allows()):
                        continue
                    if (f.low, f.high) == (g.low, g.high) and f.qualifier == g.qualifier:
                        continue
                    if shown.get((a, s.start), set()) & shown.get((b, t.start), set()):
                        continue  # one row shows them both
                    pairs.append((i, j))
            if not pairs:
                continue
            if not printed_story:
                print(f"== {sid}: {len(rows)} row(s)")
                printed_story = True
            used = sorted({i for p in pairs for i in p})
            print(f"  -- {key}: {len(pairs)} pair(s)")
            for i in used:
                a, s, f = entries[i]
                mark = "*" if shown.get((a, s.start)) else " "
                extra = " ".join(x for x in (f.qualifier if f.qualifier != "exact" else "", f.place, f.time,
                                              f.of if f.counted != "age" else "", f.event) if x)
                text = " ".join(s.text.split())
                print(f"    {i:>3}{mark} [{a + 1}] {arts[a].date[:10] or '-'} {f.text!r} ({extra}): {text[:240]}")
            print("       pairs: " + " ".join(f"{i}-{j}" for i, j in pairs))
            totals[key.split()[0]] += len(pairs)
    print("PAIRS", dict(sorted(totals.items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
