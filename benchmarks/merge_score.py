"""Score the merger on the merge benchmark (news sentence pairs labelled paraphrase or not).

    python benchmarks/merge_score.py DATA.jsonl [--pooled] [--show N] [--no-baseline]

A copy of the shared trust benchmark's scorer (``merge_score.py`` beside its data) with its adapters
on the public API: each story goes through :func:`briefing.find_points` (every point of a story
with all its citations) and nothing else. ``DATA.jsonl`` holds one pair a line:
``{"s1": ..., "s2": ..., "label": 0 or 1, "source": "msrp" or "contrast", "category": ...}``.

For each pair the two sentences are a story of two articles from two outlets, one sentence each (the
article text is the sentence). The pair is merged when one point cites both articles.

Figures: false-merge rate = merged non-paraphrases / non-paraphrases (label 0); merge rate on
paraphrases = merged paraphrases / paraphrases; precision = merged paraphrases / merged pairs;
contrast = merged same-words-different-meaning pairs (source "contrast"), by category.

--pooled adds a second reading: all pairs in one story (article A holds every first sentence,
article B every second one, one paragraph each), so that word weights come from a large story;
a pair counts as merged when its two sentences share a point, and points joining sentences of
different pairs are counted as cross-pair merges.

Baseline for context: word-set Jaccard (lower-cased words) >= t, with t set so that its false-merge
rate equals the project's on the same file (pair reading).
"""
import argparse
import json
import os
import re
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


# ---- adapters: every call into the project is here (public API only) ----------------------------
def _points(texts_a, texts_b):
    """Points of a two-article story whose articles hold the given paragraphs; returns, per point, the
    set of (article, paragraph) it cites. Public: Article, find_points."""
    from briefing import Article, find_points
    arts = [Article(text='\n\n'.join(texts_a), title='A', outlet='Outlet A', origin='a.txt'),
            Article(text='\n\n'.join(texts_b), title='B', outlet='Outlet B', origin='b.txt')]
    # paragraph of a character offset: paragraphs are joined by one blank line
    starts = []
    for art in arts:
        s, pos = [0], 0
        for para in art.text.split('\n\n')[:-1]:
            pos += len(para) + 2
            s.append(pos)
        starts.append(s)
    from bisect import bisect_right
    return [{(c.article, bisect_right(starts[c.article], c.start) - 1) for c in p.citations}
            for p in find_points(arts)]


def would_merge(s1, s2):
    """Does the project merge two sentences of two outlets into one point (a 2-article story)?"""
    return any({a for a, _ in p} == {0, 1} for p in _points([s1], [s2]))


def pooled_merges(pairs):
    """All pairs in one story: (merged pair indices, cross-pair points)."""
    pts = _points([a for a, _ in pairs], [b for _, b in pairs])
    merged, cross = set(), 0
    for p in pts:
        a = {k for art, k in p if art == 0}
        b = {k for art, k in p if art == 1}
        if a and b:
            if a & b:
                merged |= a & b
            if a ^ b:
                cross += 1
    return merged, cross


def _use_support_model():
    """Make find_points merge with the fitted support model (the option is not the default)."""
    import briefing.engine.points as points
    from briefing.engine.merge import CompareOptions, Merger, SUPPORT_MODEL

    points.Merger = lambda language='english': Merger(language=language,
                                                      compare=CompareOptions(model=SUPPORT_MODEL))
# -----------------------------------------------------------------------------------------------------


def norm_text(s):
    # MSRP keeps some PTB-style quotes; straight quotes as the project's ingestion would give
    return s.replace('``', '"').replace("''", '"')


def jaccard(a, b):
    wa = set(re.findall(r"\w+", a.lower()))
    wb = set(re.findall(r"\w+", b.lower()))
    return len(wa & wb) / max(1, len(wa | wb))


def figures(rows, merged):
    c = Counter()
    for r, m in zip(rows, merged):
        key = r['source'] if r['source'] == 'contrast' else ('pos' if r['label'] else 'neg')
        c[key] += 1
        c[key + '_merged'] += bool(m)
        if r['source'] == 'contrast':
            c['contrast:' + r['category']] += bool(m)
    return c


def rate(a, b):
    return a / b if b else 0.0


def line(c):
    fmr = rate(c['neg_merged'], c['neg'])
    mr = rate(c['pos_merged'], c['pos'])
    prec = rate(c['pos_merged'], c['pos_merged'] + c['neg_merged'])
    return f"false-merge {fmr:.3f} ({c['neg_merged']}/{c['neg']}), paraphrases merged {mr:.3f} ({c['pos_merged']}/{c['pos']}), precision {prec:.3f}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('data', help='pairs, one JSON object a line (e.g. ../shared/bench/trust/merge/dev.jsonl)')
    ap.add_argument('--pooled', action='store_true')
    ap.add_argument('--no-baseline', action='store_true')
    ap.add_argument('--show', type=int, default=0)
    ap.add_argument('--model', action='store_true',
                    help='score with the fitted support model (CompareOptions(model=SUPPORT_MODEL))')
    args = ap.parse_args()
    if args.model:
        _use_support_model()
    rows = read_jsonl(args.data)
    merged = [would_merge(norm_text(r['s1']), norm_text(r['s2'])) for r in rows]
    c = figures(rows, merged)
    contrast = ', '.join(f"{k.split(':')[1]} {v}" for k, v in sorted(c.items()) if k.startswith('contrast:'))
    out = f"merge[{os.path.basename(args.data)}] MSRP {c['pos'] + c['neg']} pairs | project: {line(c)}"
    if c['contrast']:
        out += f" | contrast false-merge {c['contrast_merged']}/{c['contrast']} ({contrast})"
    if args.pooled:
        msr = [r for r in rows if r['source'] == 'msrp']
        got, cross = pooled_merges([(norm_text(r['s1']), norm_text(r['s2'])) for r in msr])
        out += f" | pooled: {line(figures(msr, [k in got for k in range(len(msr))]))}, cross-pair points {cross}"
    if not args.no_baseline:
        msr = [(r, m) for r, m in zip(rows, merged) if r['source'] == 'msrp']
        neg = [r for r, _ in msr if not r['label']]
        target = rate(sum(m for r, m in msr if not r['label']), len(neg))
        scores = sorted((jaccard(r['s1'], r['s2']) for r in neg), reverse=True)
        k = int(target * len(neg))  # merge at most k negatives
        t = scores[k] + 1e-9 if k < len(scores) else 0.0
        bm = [jaccard(r['s1'], r['s2']) >= t for r in rows]
        out += f" || baseline Jaccard>={t:.3f} (false-merge matched at {target:.3f}): {line(figures(rows, bm))}"
        bc = figures(rows, bm)
        if bc['contrast']:
            out += f", contrast {bc['contrast_merged']}/{bc['contrast']}"
    if args.show:
        fm = [r for r, m in zip(rows, merged) if m and not r['label']]
        miss = [r for r, m in zip(rows, merged) if not m and r['label']]
        for title, rs in (('false merge', fm), ('paraphrase not merged', miss)):
            for r in rs[:args.show]:
                print(f"  [{title}] {r['s1']}  ||  {r['s2']}")
    print(out)


if __name__ == '__main__':
    main()
