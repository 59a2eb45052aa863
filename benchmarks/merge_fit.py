"""Fit the merger's support model (``SUPPORT_MODEL`` in ``briefing/engine/merge/features.py``, used
with ``CompareOptions(model=SUPPORT_MODEL)``; not the default).

    python benchmarks/merge_fit.py DATA.jsonl [--folds 5] [--false 0.085]

``DATA.jsonl`` holds labelled sentence pairs as ``benchmarks/merge_score.py`` reads them (the
development split of the merge benchmark). Each pair is a story of two outlets, one sentence each;
its measures are the merger's own (:meth:`Comparer.measures`: character 4-grams, length ratio,
log length, weighted stem cover, longest unmatched run of words, runs shared in order). Pairs that a
conflict rule keeps apart (figures, polarity, modality, attribution, actors) or below ``floor``
never merge whatever their score and are left out of the fit.

The model is a logistic regression (Newton's method with a small ridge, numpy only). The script
prints the weights to paste into ``SUPPORT_MODEL``, and, cross-validated over ``--folds`` folds,
the share of paraphrases that reach the threshold at which the share of non-paraphrases merged is
``--false`` (so the figure is not read off the pairs the weights were fitted on), and that threshold
for the weights fitted on every pair.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

FIELDS = ("chars", "length", "log_size", "cover", "gap", "blocks", "quote")


def pair_measures(s1: str, s2: str):
    """(measures or None, blocked) of a two-outlet story of one sentence each (the sentences' most
    overlapping pair when the splitter cuts one in two)."""
    from briefing import Article, segment
    from briefing.engine.merge import Merger
    from briefing.engine.represent import represent

    arts = [Article(text=s1, title="A", outlet="A", origin="a"), Article(text=s2, title="B", outlet="B", origin="b")]
    sents = segment(arts)
    rep = represent(sents)
    g = Merger().run(sents, rep.terms, rep.tokens)
    c = g.comparer
    best = None
    for i, si in enumerate(sents):
        for j, sj in enumerate(sents):
            if si.article != 0 or sj.article != 1:
                continue
            fa, fb = g.features[g.uid[i]], g.features[g.uid[j]]
            key = c.content(fa, fb)
            if best is None or key > best[0]:
                best = (key, c.measures(fa, fb), c.why_not(fa, fb) is not None)
    return (None, True) if best is None else best[1:]


def fit(x: np.ndarray, y: np.ndarray, ridge: float = 1e-3) -> np.ndarray:
    """Logistic regression weights ``[intercept, *w]`` by Newton's method (the intercept unpenalised)."""
    a = np.hstack([np.ones((len(x), 1)), x])
    w = np.zeros(a.shape[1])
    pen = np.full(a.shape[1], ridge * len(x))
    pen[0] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-(a @ w)))
        grad = a.T @ (p - y) + pen * w
        hess = (a * (p * (1 - p))[:, None]).T @ a + np.diag(pen)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-10:
            break
    return w


def threshold_at(scores: np.ndarray, y: np.ndarray, n_neg: int, false: float) -> float:
    """The least threshold at which at most ``false`` of the ``n_neg`` non-paraphrases reach it."""
    neg = np.sort(scores[y == 0])[::-1]
    k = int(false * n_neg)
    return float(neg[k]) + 1e-9 if k < len(neg) else 0.0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("data")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--false", type=float, default=0.085)
    args = ap.parse_args()
    rows = [json.loads(line) for line in open(args.data, encoding="utf-8") if line.strip()]
    rows = [r for r in rows if r.get("source", "msrp") == "msrp"]
    norm = lambda s: s.replace("``", '"').replace("''", '"')  # noqa: E731 (as merge_score.py)
    xs, ys, live = [], [], []
    for r in rows:
        m, blocked = pair_measures(norm(r["s1"]), norm(r["s2"]))
        xs.append(m if m is not None else (0.0,) * len(FIELDS))
        ys.append(int(r["label"]))
        live.append(m is not None and not blocked)
    x, y, live = np.array(xs, dtype=float), np.array(ys), np.array(live)
    n_neg, n_pos = int((y == 0).sum()), int((y == 1).sum())
    # cross-validated: each fold scored by weights fitted on the others
    rng = np.random.default_rng(0)
    fold = rng.permutation(len(y)) % args.folds
    oof = np.full(len(y), -np.inf)
    for k in range(args.folds):
        tr, te = (fold != k) & live, (fold == k) & live
        w = fit(x[tr], y[tr])
        oof[te] = w[0] + x[te] @ w[1:]
    t = threshold_at(oof, y, n_neg, args.false)
    print(f"cross-validated: paraphrases reaching the threshold at {args.false:.3f} false: "
          f"{(oof[y == 1] >= t).sum() / n_pos:.3f}")
    w = fit(x[live], y[live])
    z = np.full(len(y), -np.inf)
    z[live] = w[0] + x[live] @ w[1:]
    for false in (0.08, 0.085, 0.09, 0.095, 0.10):
        t = threshold_at(z, y, n_neg, false)
        print(f"  fitted on all: at {false:.3f} false, threshold {1 / (1 + math.exp(-t)):.4f}, "
              f"paraphrases {(z[y == 1] >= t).sum() / n_pos:.3f}")
    t = threshold_at(z, y, n_neg, args.false)
    print("SUPPORT_MODEL = SupportModel(intercept=%.3f, %s, threshold=%.3f)"
          % (w[0], ", ".join(f"{n}={v:.3f}" for n, v in zip(FIELDS, w[1:])), 1 / (1 + math.exp(-t))))
    print("(the threshold is read on these pairs alone; benchmarks/merge_score.py --model measures the whole merge)")


if __name__ == "__main__":
    main()
