"""The clustering and the story building give what their plain one-at-a-time versions give.

``Linkage.run`` keeps its links in buckets of scores and computes first scores at once, and
``_stories`` builds all stories at once with numpy; both are checked here, on random small feeds
with tied similarities, near-copies, undated articles and shared outlet days, against the plain
versions they replaced (one heap of every link; one story at a time)."""

from __future__ import annotations

import hashlib
import heapq
import math
import random

import numpy as np
import pytest

from briefing.stories.group import FeedEntry, Story, _neg, _stories
from briefing.stories.linkage import Linkage
from briefing.stories.vectors import Vectors

_NO_DAY = -(1 << 62)


def _plain_linkage(lk: Linkage, n: int, pairs, days, outlet_days) -> list[int]:
    """Average link as first written: near-copies folded, then one heap of (-score, a, b, grown a,
    grown b) over all links, a queued score checked again when a group grew since."""
    ii, jj, ss = (np.asarray(p) for p in pairs)
    root = list(range(n))

    def find(x: int) -> int:
        while root[x] != x:
            x = root[x]
        return x

    for i, j, s in zip(ii.tolist(), jj.tolist(), ss.tolist()):
        if s >= max(lk.copy_similarity, lk.threshold):
            a, b = find(i), find(j)
            root[max(a, b)] = min(a, b)
    label = [find(x) for x in range(n)]
    total: dict[tuple[int, int], float] = {}
    for i, j, s in zip(ii.tolist(), jj.tolist(), ss.tolist()):  # summed in input order
        a, b = label[i], label[j]
        if a != b:
            key = (min(a, b), max(a, b))
            total[key] = total.get(key, 0.0) + s
    members = {r: [x for x in range(n) if label[x] == r] for r in set(label)}
    size = {r: len(g) for r, g in members.items()}
    dated = {r: [days[x] for x in g if days[x] is not None] for r, g in members.items()}
    lo = {r: min(d) if d else None for r, d in dated.items()}
    hi = {r: max(d) if d else None for r, d in dated.items()}
    keys = {r: {outlet_days[x] for x in g if outlet_days[x] is not None} for r, g in members.items()}
    links: dict[int, dict[int, float]] = {r: {} for r in members}
    for (a, b), v in total.items():
        links[a][b] = links[b][a] = v

    def score(a: int, b: int, t: float, exp=math.exp) -> float:
        mean = t / (size[a] * size[b])
        if mean < lk.threshold:
            return mean
        if lo[a] is not None and lo[b] is not None:
            gap = max(0, lo[b] - hi[a], lo[a] - hi[b])
            if gap > lk.grace_days:
                mean *= exp(-(gap - lk.grace_days) / lk.decay_days)
        if lk.outlet_penalty and mean < lk.copy_similarity and keys[a] and keys[b]:
            shared = len(keys[a] & keys[b])
            if shared:
                mean *= 1.0 - lk.outlet_penalty * min(1.0, shared / min(len(keys[a]), len(keys[b])))
        return mean

    heap = []
    for (a, b), v in total.items():
        # the first scores of two single articles took their date term from np.exp, unless their
        # (outlet, day) pairs hashed alike
        single = size[a] == size[b] == 1
        same = len(keys[a]) == len(keys[b]) == 1 and hash(next(iter(keys[a]))) == hash(next(iter(keys[b])))
        s = score(a, b, v, exp=lambda x: float(np.exp(np.array([x]))[0]))
        if not lk.outlet_penalty or (single and not (same and s < lk.copy_similarity)):
            first = s
        else:
            first = score(a, b, v)
        if first >= lk.threshold:
            heap.append((-first, a, b, 0, 0))
    heapq.heapify(heap)
    grown = dict.fromkeys(members, 0)
    while heap:
        neg, a, b, ga, gb = heapq.heappop(heap)
        if a not in links or b not in links:
            continue
        if grown[a] != ga or grown[b] != gb:
            current = score(a, b, links[a][b])
            if current < -neg - 1e-12:
                if current >= lk.threshold:
                    heapq.heappush(heap, (-current, a, b, grown[a], grown[b]))
                continue
        if size[a] < size[b] or (size[a] == size[b] and b < a):
            a, b = b, a
        la, lb = links[a], links.pop(b)
        del la[b], lb[a]
        for c, v in lb.items():
            la[c] = links[c][a] = la.get(c, 0.0) + v
            del links[c][b]
        size[a] += size[b]
        members[a] += members.pop(b)
        if lo[b] is not None:
            lo[a] = lo[b] if lo[a] is None else min(lo[a], lo[b])
            hi[a] = hi[b] if hi[a] is None else max(hi[a], hi[b])
        keys[a] |= keys[b]
        grown[a] += 1
        for c in lb:
            if la[c] >= lk.threshold * size[a] * size[c]:
                s = score(a, c, la[c])
                if s >= lk.threshold:
                    x, y = min(a, c), max(a, c)
                    heapq.heappush(heap, (-s, x, y, grown[x], grown[y]))
    out = list(range(n))
    for group in members.values():
        for x in group:
            out[x] = min(group)
    return out


def _feed_graph(seed: int):
    r = random.Random(seed)
    n = r.randint(2, 70)
    tied = [r.choice([0.05, 0.07, 0.1, 0.2, 0.3, 0.6, 0.9]) for _ in range(5)] if r.random() < 0.5 else None
    ends = ((r.randrange(n), r.randrange(n)) for _ in range(n * 5))
    edges = sorted({(min(i, j), max(i, j)) for i, j in ends if i != j})
    r.shuffle(edges)
    sims = [r.choice(tied) if tied else round(r.uniform(0.04, 1.0), r.choice([2, 6])) for _ in edges]
    pairs = (np.array([e[0] for e in edges], dtype=np.int64), np.array([e[1] for e in edges], dtype=np.int64),
             np.array(sims, dtype=np.float64))
    days = [None if r.random() < 0.2 else r.randint(0, r.choice([3, 40, 300])) for _ in range(n)]
    outlets = r.randint(1, 5)
    outlet_days = [None if d is None or r.random() < 0.1 else (r.randrange(outlets), d) for d in days]
    lk = Linkage(threshold=r.choice([0.07, 0.1, 0.3]), grace_days=r.choice([0.0, 7.0]),
                 decay_days=r.choice([3.0, 30.0]), outlet_penalty=r.choice([0.0, 0.25, 0.9]),
                 copy_similarity=r.choice([0.3, 0.6, 1.0]))
    return lk, n, pairs, days, outlet_days


@pytest.mark.parametrize("start", range(0, 400, 100))
def test_linkage_gives_the_plain_version_s_labels(start):
    for seed in range(start, start + 100):
        lk, n, pairs, days, outlet_days = _feed_graph(seed)
        assert lk.run(n, pairs, days, outlet_days) == _plain_linkage(lk, n, pairs, days, outlet_days), seed


def _plain_story(members: list[int], feed: list[FeedEntry], order: list[int], vectors: Vectors) -> Story:
    """One story from its members, as first written."""
    centre: dict[int, float] = {}
    for k in members:
        ids, w = vectors.row(k)
        for t, x in zip(ids.tolist(), w.tolist()):
            centre[t] = centre.get(t, 0.0) + x
    best, best_score = members[0], -1.0
    for k in members:
        ids, w = vectors.row(k)
        score = 0.0  # added in order (as ``sum`` does up to Python 3.11; 3.12 compensates)
        for t, x in zip(ids.tolist(), w.tolist()):
            score += centre[t] * x
        key = (bool(feed[k].title.strip()), score)
        if best_score < 0 or key > (bool(feed[best].title.strip()), best_score):
            best, best_score = k, score
    a = feed[best]
    dated = [feed[k].date[:10] for k in members if feed[k].date]
    ordered = sorted(members, key=lambda k: (0 if feed[k].date else 1, k))
    first = feed[ordered[0]]
    ident = first.id or (first.digest or b"").hex()
    outlets = dict.fromkeys(feed[k].outlet.strip() for k in ordered if feed[k].outlet.strip())
    top = sorted(centre.items(), key=lambda tw: (-tw[1], tw[0]))[:20]
    return Story(id="s" + hashlib.sha1(ident.encode()).hexdigest()[:10], title=" ".join(a.title.split()) or a.fallback,
                 articles=tuple(order[k] for k in ordered), start=min(dated) if dated else "",
                 end=max(dated) if dated else "", outlets=tuple(outlets),
                 terms=tuple(vectors.vocabulary[t] for t, _ in top))


def test_stories_are_built_as_one_at_a_time():
    for seed in range(300):
        r = random.Random(seed)
        n, vocab = r.randint(1, 50), r.randint(1, 40)
        feed = [FeedEntry(r.choice(["", f"id{r.randint(0, 4)}", f"id{k}"]),
                          r.choice(["", "  ", f"Title {r.randint(0, 3)}"]), r.choice(["", " Out ", "Out", "Other"]),
                          r.choice(["", f"2031-05-0{r.randint(1, 9)}", f"2031-05-0{r.randint(1, 9)}T10:00:00", "2031"]),
                          r.choice([None, bytes([r.randint(0, 255)]) * 20]), r.choice(["", f"first sentence {k}"]))
                for k in range(n)]
        indptr, ids, weights = [0], [], []
        for _ in range(n):
            terms = sorted(r.sample(range(vocab), r.randint(0, min(vocab, 25))))
            ids += terms
            weights += [r.choice([0.5, 0.25, r.random()]) for _ in terms]  # ties in weights and scores
            indptr.append(len(ids))
        vectors = Vectors(np.array(indptr, dtype=np.int64), np.array(ids, dtype=np.int32),
                          np.array(weights, dtype=np.float32), tuple(f"t{t}" for t in range(vocab)))
        labels = [r.randrange(r.randint(1, n)) for _ in range(n)]
        least = {}
        labels = [least.setdefault(x, k) for k, x in enumerate(labels)]  # the least member names a cluster
        order = r.sample(range(n), n)
        groups: dict[int, list[int]] = {}
        for k, x in enumerate(labels):
            groups.setdefault(x, []).append(k)
        want = [_plain_story(g, feed, order, vectors) for g in groups.values()]
        want.sort(key=lambda s: (-len(s.articles), _neg(s.end), s.id))
        got = _stories(labels, feed, order, vectors)
        assert [(s, s.terms) for s in got] == [(s, s.terms) for s in want], seed
