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

import numpy as np


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
            pairs: ``(i, j, similarity)`` arrays, ``i < j``; missing pairs count as 0.
            days: each item's day number, None when undated.
            outlet_days: each item's (outlet number, day number), None when either is unknown.

        Returns:
            Each item's cluster label: the smallest item number in its cluster.
        """
        ii, jj, ss = pairs
        # near-copies (a wire story and its pickups) are one story: fold them first
        copy = ss >= max(self.copy_similarity, self.threshold)
        root = _components(n, ii[copy], jj[copy])
        init: dict[int, list[int]] = {}
        for k, r in enumerate(root.tolist()):
            init.setdefault(r, []).append(k)
        if copy.any():
            gi, gj = root[ii], root[jj]
            keep = gi != gj
            lo_, hi_ = np.minimum(gi[keep], gj[keep]), np.maximum(gi[keep], gj[keep])
            key = lo_ * n + hi_
            order = np.argsort(key, kind="stable")
            key, val = key[order], ss[keep][order].astype(np.float64)
            first = np.flatnonzero(np.r_[True, key[1:] != key[:-1]]) if len(key) else np.empty(0, dtype=np.int64)
            key, ss = key[first], np.add.reduceat(val, first) if len(first) else val[:0]
            ii, jj = key // n, key % n
        strong = ss >= self.threshold * 1.0
        comp = _components(n, ii[strong], jj[strong])
        labels = list(range(n))
        for group in init.values():
            first_member = min(group)
            for k in group:
                labels[k] = first_member
        inside = comp[ii] == comp[jj]
        ii, jj, ss, cc = ii[inside], jj[inside], ss[inside], comp[ii[inside]]
        order = np.argsort(cc, kind="stable")
        ii, jj, ss, cc = ii[order].tolist(), jj[order].tolist(), ss[order].tolist(), cc[order]
        bounds = np.flatnonzero(np.r_[True, cc[1:] != cc[:-1], True]) if len(cc) else np.array([0])
        for start, end in zip(bounds[:-1].tolist(), bounds[1:].tolist()):
            groups = self._cluster(ii[start:end], jj[start:end], ss[start:end], init, (days, outlet_days))
            for group in groups:
                first_member = min(group)
                for k in group:
                    labels[k] = first_member
        return labels

    def _cluster(self, ii: list[int], jj: list[int], ss: list[float], init: dict[int, list[int]],
                 facts: tuple[list, list]) -> list[list[int]]:
        """Average-link groups of one component, from its pairs (between the groups of ``init``,
        named by their root; the pairs' values are sums over the groups' members)."""
        days, outlet_days = facts
        threshold = self.threshold
        grace, decay, penalty, copy = self.grace_days, self.decay_days, self.outlet_penalty, self.copy_similarity
        links: dict[int, dict[int, float]] = {}
        for a, b, v in zip(ii, jj, ss):
            links.setdefault(a, {})[b] = v
            links.setdefault(b, {})[a] = v
        members = {k: list(init[k]) for k in links}
        size = {k: len(m) for k, m in members.items()}
        lo: dict[int, int | None] = {}
        hi: dict[int, int | None] = {}
        keys: dict[int, set] = {}
        for k, group in members.items():
            dated = [days[x] for x in group if days[x] is not None]
            lo[k] = min(dated) if dated else None
            hi[k] = max(dated) if dated else None
            keys[k] = {outlet_days[x] for x in group if outlet_days[x] is not None}

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
                    small, big = (ka, kb) if len(ka) <= len(kb) else (kb, ka)
                    shared = sum(1 for k in small if k in big)
                    if shared:
                        mean *= 1.0 - penalty * min(1.0, shared / len(small))
            return mean

        heap = []
        for a, b, v in zip(ii, jj, ss):
            if v >= threshold:
                sc = score(a, b, v)
                if sc >= threshold:
                    heap.append((-sc, a, b))
        heapq.heapify(heap)
        push, pop = heapq.heappush, heapq.heappop
        while heap:
            neg, a, b = pop(heap)
            la, lb = links.get(a), links.get(b)
            if la is None or lb is None:
                continue  # one side was merged away
            current = score(a, b, la[b])
            if current < -neg - 1e-12:  # stale: the groups changed since it was queued
                if current >= threshold:
                    push(heap, (-current, a, b))
                continue
            if size[a] < size[b] or (size[a] == size[b] and b < a):
                a, b = b, a  # keep the bigger group (the lower number on a tie); fold b into it
                la, lb = lb, la
            del la[b]
            del lb[a]
            changed = []
            for c, v in lb.items():
                total = la.get(c, 0.0) + v
                la[c] = total
                lc = links[c]
                del lc[b]
                lc[a] = total
                changed.append(c)
            del links[b]
            size[a] += size[b]
            members[a].extend(members.pop(b))
            if lo[b] is not None:
                lo[a] = lo[b] if lo[a] is None else min(lo[a], lo[b])  # type: ignore[type-var]
                hi[a] = hi[b] if hi[a] is None else max(hi[a], hi[b])  # type: ignore[type-var]
            if len(keys[a]) < len(keys[b]):
                keys[a], keys[b] = keys[b], keys[a]
            keys[a] |= keys.pop(b)
            # the links that grew are queued afresh; the others only shrank (the group is bigger
            # and their total is unchanged), so their queued scores are upper bounds, checked when
            # they come up (a date range that widened can raise a score a little: such a pair is
            # then rechecked against its lower queued value, which favours keeping groups apart)
            sa = size[a]
            for c in changed:
                total = la[c]
                if total >= threshold * sa * size[c]:
                    sc = score(a, c, total)
                    if sc >= threshold:
                        push(heap, (-sc, a, c) if a < c else (-sc, c, a))
        return list(members.values())


def _components(n: int, ii: np.ndarray, jj: np.ndarray) -> np.ndarray:
    """Connected component number of each of ``n`` items, given edges ``(ii, jj)`` (union-find)."""
    parent = list(range(n))

    def find(x: int) -> int:
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    for a, b in zip(ii.tolist(), jj.tolist()):
        ra, rb = find(a), find(b)
        if ra != rb:
            if ra < rb:
                parent[rb] = ra
            else:
                parent[ra] = rb
    return np.fromiter((find(k) for k in range(n)), dtype=np.int64, count=n)
