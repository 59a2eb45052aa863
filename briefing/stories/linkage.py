"""Average-link agglomerative clustering on a sparse similarity graph, with date and outlet terms.

Two groups of articles are joined when the mean similarity of all their article pairs (pairs that
were never compared count as 0) is at least ``threshold``, highest first, as in classic
average-link clustering. That mean is multiplied by two factors before the comparison:

* dates: a story lives in a window of days. When the date ranges of the two groups lie more than
  ``grace_days`` apart, the mean decays by ``exp(-(gap - grace_days) / decay_days)``; a story that
  runs for weeks stays together as long as it has articles every few days.
* outlets: one outlet rarely files the same story twice on one day. Groups whose articles share
  (outlet, day) pairs are discounted by up to ``outlet_penalty``, unless they are near-copies
  (mean similarity at least ``copy_similarity``: a wire story and its update).

Average linkage is reducible (the mean of a union never exceeds the larger of the parts' means),
so pairs below the threshold are never queued. Merges take the smaller group into the larger, and
ties are broken by group number, so the result depends only on the input order.
"""

from __future__ import annotations

import heapq
import math
from dataclasses import dataclass
from typing import Callable

import numpy as np

_NO_DAY = -(1 << 62)


@dataclass(frozen=True)
class Linkage:
    """Average-link clustering with date and outlet terms (see the module docstring).

    Attributes:
        threshold: the least (discounted) mean similarity at which two groups join.
        grace_days: a gap of up to this many days between two groups costs nothing.
        decay_days: beyond the grace, the mean decays with this time constant (days).
        outlet_penalty: the most that shared (outlet, day) pairs discount the mean (0 to 1).
        copy_similarity: groups this similar are near-copies and never discounted for outlets.
    """

    threshold: float = 0.07
    grace_days: float = 7.0
    decay_days: float = 30.0
    outlet_penalty: float = 0.25
    copy_similarity: float = 0.6

    def __post_init__(self) -> None:
        if not 0.0 < self.threshold <= 1.0:
            raise ValueError(f"threshold must be in (0, 1], got {self.threshold!r}")
        if self.grace_days < 0:
            raise ValueError(f"grace_days must be >= 0, got {self.grace_days!r}")
        if self.decay_days <= 0:
            raise ValueError(f"decay_days must be > 0, got {self.decay_days!r}")
        if not 0.0 <= self.outlet_penalty < 1.0:
            raise ValueError(f"outlet_penalty must be in [0, 1), got {self.outlet_penalty!r}")
        if not 0.0 < self.copy_similarity <= 1.0:
            raise ValueError(f"copy_similarity must be in (0, 1], got {self.copy_similarity!r}")

    def run(self, n: int, pairs: tuple[np.ndarray, np.ndarray, np.ndarray], days: list[int | None],
            outlet_days: list[tuple[int, int] | None]) -> list[int]:
        """Cluster ``n`` items.

        Average-link groups never reach across the connected components of the graph of pairs at
        or above the threshold (a group's mean is at most its best pair), so each component is
        clustered on its own: small heaps, and only the pairs inside it.

        Args:
            n: how many items.
            pairs: ``(i, j, similarity)`` arrays, ``i < j``, each pair once; missing pairs count as 0.
            days: each item's day number, None when undated.
            outlet_days: each item's (outlet number, day number), None when either is unknown.

        Returns:
            Each item's cluster label: the smallest item number in its cluster.
        """
        ii, jj, ss = (np.asarray(pairs[0], dtype=np.int64), np.asarray(pairs[1], dtype=np.int64),
                      np.asarray(pairs[2], dtype=np.float64))
        # near-copies (a wire story and its pickups) are one story: fold them first
        copy = ss >= max(self.copy_similarity, self.threshold)
        root = _components(n, ii[copy], jj[copy])
        if copy.any():
            gi, gj = root[ii], root[jj]
            keep = gi != gj
            key, order = np.unique(np.minimum(gi[keep], gj[keep]) * n + np.maximum(gi[keep], gj[keep]),
                                   return_inverse=True)
            ss = np.bincount(order.ravel(), weights=ss[keep], minlength=len(key)).astype(np.float64)
            ii, jj = key // n, key % n
        # every group as (first member, members), from the folded copies
        by_root = np.argsort(root, kind="stable")
        sorted_root = root[by_root]
        bounds = np.flatnonzero(np.r_[True, sorted_root[1:] != sorted_root[:-1], True])
        init: dict[int, list[int]] = {}
        for start, end in zip(bounds[:-1].tolist(), bounds[1:].tolist()):
            init[int(sorted_root[start])] = by_root[start:end].tolist()
        labels = root.copy()  # the smallest member of each folded group (union-find keeps the least root)
        strong = ss >= self.threshold
        comp = _components(n, ii[strong], jj[strong])
        inside = comp[ii] == comp[jj]
        ii, jj, ss, cc = ii[inside], jj[inside], ss[inside], comp[ii[inside]]
        order = np.argsort(cc, kind="stable")
        ii, jj, ss, cc = ii[order], jj[order], ss[order], cc[order]
        cuts = np.flatnonzero(np.r_[True, cc[1:] != cc[:-1], True]) if len(cc) else np.array([0])
        day_of = [_NO_DAY if d is None else d for d in days]
        outlet_of = [None if od is None else od for od in outlet_days]
        for start, end in zip(cuts[:-1].tolist(), cuts[1:].tolist()):
            groups = self._cluster(ii[start:end], jj[start:end], ss[start:end], init, (day_of, outlet_of))
            for group in groups:
                labels[group] = min(group)
        return labels.tolist()

    def _cluster(self, ii: np.ndarray, jj: np.ndarray, ss: np.ndarray, init: dict[int, list[int]],
                 facts: tuple[list, list]) -> list[list[int]]:
        """Average-link groups of one component, from its pairs (between the groups of ``init``,
        named by their root; the pairs' values are sums over the groups' members).

        The pairs' first scores are computed at once and taken in order from one sorted array; a
        heap holds only the scores of links that grew by a merge. A queued score is exact as long
        as neither of its groups has grown since (``grown``), else it is computed again."""
        day_of, outlet_of = facts
        threshold = self.threshold
        grace, decay, penalty, copy = self.grace_days, self.decay_days, self.outlet_penalty, self.copy_similarity
        nodes, local = np.unique(np.concatenate([ii, jj]), return_inverse=True)
        local = local.ravel()
        m, e = len(nodes), len(ii)
        li, lj = local[:e], local[e:]
        node_list = nodes.tolist()
        members = [list(init[k]) for k in node_list]
        size = [len(g) for g in members]
        lo: list[int | None] = []
        hi: list[int | None] = []
        keys: list[set] = []
        for group in members:
            dated = [day_of[x] for x in group if day_of[x] != _NO_DAY]
            lo.append(min(dated) if dated else None)
            hi.append(max(dated) if dated else None)
            keys.append({outlet_of[x] for x in group if outlet_of[x] is not None})
        links: list[dict[int, float] | None] = [{} for _ in range(m)]
        for a, b, v in zip(li.tolist(), lj.tolist(), ss.tolist()):
            links[a][b] = v  # type: ignore[index]
            links[b][a] = v  # type: ignore[index]

        def score(a: int, b: int, total: float) -> float:
            mean = total / (size[a] * size[b])
            if mean < threshold:
                return mean
            la, lb = lo[a], lo[b]
            if la is not None and lb is not None:
                gap = max(0, lb - hi[a], la - hi[b])  # type: ignore[operator]  # hi is set with lo
                if gap > grace:
                    mean *= math.exp(-(gap - grace) / decay)
            if penalty and mean < copy:
                ka, kb = keys[a], keys[b]
                if ka and kb:
                    shared = len(ka & kb)
                    if shared:
                        mean *= 1.0 - penalty * min(1.0, shared / min(len(ka), len(kb)))
            return mean

        first = self._first_scores(li, lj, ss, size, lo, hi, keys, score)
        keep = first >= threshold
        qa, qb, qs = li[keep], lj[keep], first[keep]
        order = np.lexsort((qb, qa, -qs))  # best first; ties by the lower groups, as a heap of (-s, a, b)
        queue = list(zip((-qs[order]).tolist(), qa[order].tolist(), qb[order].tolist()))
        del first, keep, qa, qb, qs, order
        grown = [0] * m  # how many times each group has grown
        heap: list[tuple[float, int, int, int, int]] = []
        push, pop = heapq.heappush, heapq.heappop
        at, end = 0, len(queue)
        while at < end or heap:
            if heap and (at == end or heap[0][:3] < queue[at]):
                neg, a, b, ga, gb = pop(heap)
            else:
                neg, a, b = queue[at]
                ga = gb = 0
                at += 1
            la, lb = links[a], links[b]
            if la is None or lb is None:
                continue  # one side was merged away
            if grown[a] != ga or grown[b] != gb:  # the groups changed since it was queued
                current = score(a, b, la[b])
                if current < -neg - 1e-12:
                    if current >= threshold:
                        push(heap, (-current, a, b, grown[a], grown[b]))
                    continue
            if size[a] < size[b] or (size[a] == size[b] and node_list[b] < node_list[a]):
                a, b = b, a  # keep the bigger group (the lower number on a tie); fold b into it
                la, lb = lb, la
            del la[b]
            del lb[a]
            changed = []
            for c, v in lb.items():
                total = la.get(c, 0.0) + v
                la[c] = total
                lc = links[c]
                del lc[b]  # type: ignore[union-attr]
                lc[a] = total  # type: ignore[index]
                changed.append(c)
            links[b] = None
            size[a] += size[b]
            members[a].extend(members[b])
            members[b] = []
            if lo[b] is not None:
                lo[a] = lo[b] if lo[a] is None else min(lo[a], lo[b])  # type: ignore[type-var]
                hi[a] = hi[b] if hi[a] is None else max(hi[a], hi[b])  # type: ignore[type-var]
            if len(keys[a]) < len(keys[b]):
                keys[a], keys[b] = keys[b], keys[a]
            keys[a] |= keys[b]
            keys[b] = set()
            grown[a] += 1
            # the links that grew are queued afresh; the others only shrank (the group is bigger
            # and their total is unchanged), so their queued scores are upper bounds, checked when
            # they come up (a date range that widened can raise a score a little: such a pair is
            # then rechecked against its lower queued value, which favours keeping groups apart)
            sa, ga = size[a], grown[a]
            for c in changed:
                total = la[c]
                if total >= threshold * sa * size[c]:
                    sc = score(a, c, total)
                    if sc >= threshold:
                        lo_, hi_ = (a, c) if node_list[a] < node_list[c] else (c, a)
                        push(heap, (-sc, lo_, hi_, grown[lo_], grown[hi_]))
        return [g for g in members if g]

    def _first_scores(self, li: np.ndarray, lj: np.ndarray, ss: np.ndarray, size: list[int],
                      lo: list, hi: list, keys: list[set], score: Callable[[int, int, float], float]) -> np.ndarray:
        """The score of every pair of groups before any merge (what ``score`` gives), at once for
        pairs of single articles, by ``score`` for the others (folded copies)."""
        sz = np.array(size, dtype=np.float64)
        mean = ss / (sz[li] * sz[lj])
        lo_a = np.array([_NO_DAY if d is None else d for d in lo], dtype=np.int64)
        hi_a = np.array([_NO_DAY if d is None else d for d in hi], dtype=np.int64)
        dated = (lo_a[li] != _NO_DAY) & (lo_a[lj] != _NO_DAY)
        gap = np.maximum(0, np.maximum(lo_a[lj] - hi_a[li], lo_a[li] - hi_a[lj]))
        late = dated & (gap > self.grace_days) & (mean >= self.threshold)
        out = mean.copy()
        out[late] *= np.exp(-(gap[late] - self.grace_days) / self.decay_days)
        if self.outlet_penalty:
            code = np.array([hash(next(iter(k))) if len(k) == 1 else 0 for k in keys], dtype=np.int64)
            one = np.array([len(k) == 1 for k in keys])
            both = one[li] & one[lj]
            same = both & (code[li] == code[lj]) & (mean >= self.threshold) & (out < self.copy_similarity)
            # equal hashes are checked as sets below, as are groups of several articles
            for k in np.flatnonzero(same).tolist():
                out[k] = score(int(li[k]), int(lj[k]), float(ss[k]))
            single = (sz[li] == 1) & (sz[lj] == 1)
            for k in np.flatnonzero(~single & (mean >= self.threshold)).tolist():
                out[k] = score(int(li[k]), int(lj[k]), float(ss[k]))
        return out


def _components(n: int, ii: np.ndarray, jj: np.ndarray) -> np.ndarray:
    """Connected component of each of ``n`` items, given edges ``(ii, jj)``, named by its smallest
    item (label propagation: each round hooks every root to the least root it touches, then
    follows the pointers to the roots)."""
    label = np.arange(n, dtype=np.int64)
    if not len(ii):
        return label
    ii, jj = np.asarray(ii, dtype=np.int64), np.asarray(jj, dtype=np.int64)
    while True:
        a, b = label[ii], label[jj]
        differ = a != b
        if not differ.any():
            return label
        a, b = a[differ], b[differ]
        low = np.minimum(a, b)
        np.minimum.at(label, a, low)
        np.minimum.at(label, b, low)
        while True:
            up = label[label]
            if np.array_equal(up, label):
                break
            label = up
        ii, jj = ii[differ], jj[differ]
