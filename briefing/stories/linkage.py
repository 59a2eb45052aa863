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
from itertools import repeat

import numpy as np

from ..engine.runner import no_cycle_collection

_NO_DAY = -(1 << 62)
_BUCKETS = 1000  # score buckets per unit of score (see Linkage._cluster)


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
        with no_cycle_collection():  # millions of small objects that live until the end: nothing to collect
            return self._run(n, pairs, days, outlet_days)

    def _run(self, n: int, pairs: tuple[np.ndarray, np.ndarray, np.ndarray], days: list[int | None],
             outlet_days: list[tuple[int, int] | None]) -> list[int]:
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
        labels = root  # the smallest member of each folded group (union-find keeps the least root)
        strong = ss >= self.threshold
        comp = _components(n, ii[strong], jj[strong])
        inside = comp[ii] == comp[jj]
        ii, jj, ss, cc = ii[inside], jj[inside], ss[inside], comp[ii[inside]]
        if not len(cc):
            return labels.tolist()
        groups = _Groups(root, days, outlet_days)
        order = np.argsort(cc, kind="stable")
        ii, jj, ss, cc = ii[order], jj[order], ss[order], cc[order]
        cuts = np.flatnonzero(np.r_[True, cc[1:] != cc[:-1], True])
        relabel = np.arange(n, dtype=np.int64)
        for start, end in zip(cuts[:-1].tolist(), cuts[1:].tolist()):
            nodes, label = self._cluster(ii[start:end], jj[start:end], ss[start:end], groups)
            relabel[nodes] = label
        return relabel[labels].tolist()

    def _cluster(self, ii: np.ndarray, jj: np.ndarray, ss: np.ndarray,
                 groups: "_Groups") -> tuple[np.ndarray, np.ndarray]:
        """Average-link groups of one component, from its pairs (between the folded groups of
        ``groups``, named by their root; the pairs' values are sums over the groups' members).

        The pairs' first scores are computed at once; the links then wait in buckets of scores (see
        below). A queued score is exact as long as neither of its groups has grown since
        (``grown``), else it is computed again.

        Returns:
            The component's folded groups (their roots, ascending) and the label of each: the
            least root in its cluster.
        """
        threshold = self.threshold
        grace, decay, penalty, copy = self.grace_days, self.decay_days, self.outlet_penalty, self.copy_similarity
        # the component's groups (ascending) and the pairs' ends as positions among them
        present = np.zeros(groups.n, dtype=bool)
        present[ii] = True
        present[jj] = True
        nodes = np.flatnonzero(present)
        m = len(nodes)
        position = np.zeros(groups.n, dtype=np.int64)
        position[nodes] = np.arange(m)
        li, lj = position[ii], position[jj]
        del present, position
        size, lo, hi, keys = groups.of(nodes)
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
                if ka and kb and not ka.isdisjoint(kb):
                    fewer = min(len(ka), len(kb))
                    shared = len(ka & kb) if fewer > 1 else 1
                    mean *= 1.0 - penalty * min(1.0, shared / fewer)
            return mean

        first = self._first_scores(li, lj, ss, size, lo, hi, keys, groups.code_hash)
        keep = first >= threshold
        qa, qb, qs = li[keep], lj[keep], first[keep]
        # best first; ties by the lower groups, as a heap of (-s, a, b) (the pairs often come in that order)
        pair = qa * m + qb
        if (pair[1:] > pair[:-1]).all():
            order = np.argsort(-qs, kind="stable")
        else:
            order = np.lexsort((qb, qa, -qs))
        del pair
        qa, qb, qs = qa[order], qb[order], qs[order]
        del first, keep, order
        grown = [0] * m  # how many times each group has grown
        into = list(range(m))  # the group each group was merged into (itself while it lives)
        gone = bytearray(m)  # 1 for the groups merged away
        gone_view = np.frombuffer(gone, dtype=np.uint8)
        # The links wait in buckets of scores (``_BUCKETS`` per unit of score), best first. The best
        # bucket with links in it is a heap of (-s, a, b, grown[a], grown[b]); a link that grew is
        # pushed onto it when its score reaches that bucket, else it waits in its own. The links
        # queued first come as (-s, a, b, 0, 0) with their bucket. Links whose groups were merged
        # away would be skipped when they come up: they are dropped when their bucket opens.
        # (One heap of everything would give the same order; these heaps stay small.)
        qk = np.floor(qs * _BUCKETS).astype(np.int64)  # the bucket of each queued link (not increasing)
        top = int(qk[0]) if len(qk) else 0
        starts = np.searchsorted(-qk, -np.arange(top + 1), side="left").tolist()
        ends = np.searchsorted(-qk, -np.arange(top + 1), side="right").tolist()
        waiting: list[list | None] = [[] for _ in range(top + 1)]
        heap: list[tuple[float, int, int, int, int]] = []
        level = top + 1  # the bucket open now
        push, pop, exp = heapq.heappush, heapq.heappop, math.exp
        while True:
            if not heap:
                while level > 0 and not heap:  # open the next bucket with live links in it
                    level -= 1
                    start, stop = starts[level], ends[level]
                    held = waiting[level]
                    waiting[level] = None
                    if held:
                        heap = [x for x in held if not gone[x[1]] and not gone[x[2]]]
                    if start < stop:
                        a_, b_ = qa[start:stop], qb[start:stop]
                        live = (gone_view[a_] | gone_view[b_]) == 0
                        heap += zip((-qs[start:stop][live]).tolist(), a_[live].tolist(), b_[live].tolist(),
                                    repeat(0), repeat(0))
                    heapq.heapify(heap)
                if not heap:
                    break
            neg, a, b, ga, gb = pop(heap)
            la, lb = links[a], links[b]
            if la is None or lb is None:
                continue  # one side was merged away
            if grown[a] != ga or grown[b] != gb:  # the groups changed since it was queued
                current = score(a, b, la[b])
                if current < -neg - 1e-12:
                    if current >= threshold:
                        k = int(current * _BUCKETS)
                        if k >= level:
                            push(heap, (-current, a, b, grown[a], grown[b]))
                        else:
                            waiting[k].append((-current, a, b, grown[a], grown[b]))  # type: ignore[union-attr]
                    continue
            sa, sb = size[a], size[b]
            if sa < sb or (sa == sb and b < a):  # node numbers ascend with the group numbers
                a, b, la, lb = b, a, lb, la  # keep the bigger group (the lower number on a tie); fold b into it
            del la[b]
            del lb[a]
            links[b] = None
            gone[b] = 1
            into[b] = a
            sa = size[a] = sa + sb
            lo_b = lo[b]
            if lo_b is not None:
                lo_a = lo[a]
                if lo_a is None:
                    lo[a], hi[a] = lo_b, hi[b]
                else:
                    if lo_b < lo_a:
                        lo[a] = lo_b
                    if hi[b] > hi[a]:  # type: ignore[operator]
                        hi[a] = hi[b]
            ka, kb = keys[a], keys[b]
            if len(ka) < len(kb):
                ka, kb = kb, ka
                keys[a] = ka
            ka |= kb
            keys[b] = set()
            ga = grown[a] = grown[a] + 1
            # the links that grew are queued afresh; the others only shrank (the group is bigger
            # and their total is unchanged), so their queued scores are upper bounds, checked when
            # they come up (a date range that widened can raise a score a little: such a pair is
            # then rechecked against its lower queued value, which favours keeping groups apart)
            least = threshold * sa
            lo_a, hi_a, nka = lo[a], hi[a], len(ka)
            for c, v in lb.items():
                total = la.get(c, 0.0) + v
                la[c] = total
                lc = links[c]
                del lc[b]  # type: ignore[union-attr]
                lc[a] = total  # type: ignore[index]
                sc = size[c]
                if total < least * sc:
                    continue
                mean = total / (sa * sc)  # the score of (a, c), as ``score`` gives it
                if mean < threshold:
                    continue
                if lo_a is not None:
                    lo_c = lo[c]
                    if lo_c is not None:
                        gap = lo_c - hi_a  # type: ignore[operator]  # hi is set with lo
                        other = lo_a - hi[c]  # type: ignore[operator]
                        if other > gap:
                            gap = other
                        if gap > grace:
                            mean *= exp(-(gap - grace) / decay)
                if penalty and mean < copy and nka:
                    kc = keys[c]
                    if kc and not ka.isdisjoint(kc):
                        fewer = min(nka, len(kc))
                        shared = len(ka & kc) if fewer > 1 else 1
                        mean *= 1.0 - penalty * min(1.0, shared / fewer)
                if mean >= threshold:
                    link = (-mean, a, c, ga, grown[c]) if a < c else (-mean, c, a, grown[c], ga)
                    k = int(mean * _BUCKETS)
                    if k >= level:
                        push(heap, link)
                    else:
                        waiting[k].append(link)  # type: ignore[union-attr]
        # each group's cluster, by following ``into`` (a merged group's target merged later, if at all)
        head = np.array(into, dtype=np.int64)
        while True:
            up = head[head]
            if np.array_equal(up, head):
                break
            head = up
        least_node = np.full(m, m, dtype=np.int64)
        np.minimum.at(least_node, head, np.arange(m, dtype=np.int64))
        return nodes, nodes[least_node[head]]

    def _first_scores(self, li: np.ndarray, lj: np.ndarray, ss: np.ndarray, size: list[int],
                      lo: list, hi: list, keys: list[set], code_hash: np.ndarray) -> np.ndarray:
        """The score of every pair of groups before any merge (what ``score`` in :meth:`_cluster`
        gives), at once (``code_hash``: the hash of each (outlet, day) pair as a tuple, by its number).

        The date term of pairs of single articles whose outlet pairs differ is taken with
        ``np.exp``, that of the others with ``math.exp`` (as the scores were first computed:
        vectorised for the former, one by one for the latter)."""
        threshold, grace, decay = self.threshold, self.grace_days, self.decay_days
        penalty, copy = self.outlet_penalty, self.copy_similarity
        sz = np.array(size, dtype=np.float64)
        mean = ss / (sz[li] * sz[lj])
        lo_a = np.array([_NO_DAY if d is None else d for d in lo], dtype=np.int64)
        hi_a = np.array([_NO_DAY if d is None else d for d in hi], dtype=np.int64)
        dated = (lo_a[li] != _NO_DAY) & (lo_a[lj] != _NO_DAY)
        gap = np.maximum(0, np.maximum(lo_a[lj] - hi_a[li], lo_a[li] - hi_a[lj]))
        reach = mean >= threshold
        late = dated & (gap > grace) & reach
        out = mean.copy()
        out[late] *= np.exp(-(gap[late] - grace) / decay)
        if not penalty:
            return out
        count = np.array([len(k) for k in keys], dtype=np.int64)
        one = count == 1
        hashes = code_hash[[next(iter(k)) if len(k) == 1 else -1 for k in keys]]
        # pairs of single articles with the same (outlet, day) hash, and pairs with a folded group
        same = one[li] & one[lj] & (hashes[li] == hashes[lj]) & reach & (out < copy)
        single = (sz[li] == 1) & (sz[lj] == 1)
        each = np.flatnonzero(same | (~single & reach))
        redo = mean[each]
        slow = np.flatnonzero(late[each])
        redo[slow] *= np.array([math.exp(-(g - grace) / decay) for g in gap[each[slow]].tolist()], dtype=np.float64)
        ea, eb = li[each], lj[each]
        told = np.flatnonzero((redo < copy) & (count[ea] > 0) & (count[eb] > 0))
        shared = np.array([len(keys[a] & keys[b]) for a, b in zip(ea[told].tolist(), eb[told].tolist())],
                          dtype=np.int64)
        hit = shared > 0
        told, shared = told[hit], shared[hit]
        fewer = np.minimum(count[ea[told]], count[eb[told]])
        redo[told] *= 1.0 - penalty * np.minimum(1.0, shared / fewer)
        out[each] = redo
        return out


class _Groups:
    """The folded groups of a feed (each named by its root, its least article), for
    :meth:`Linkage._cluster`: their sizes, first and last days and (outlet, day) pairs."""

    def __init__(self, root: np.ndarray, days: list[int | None], outlet_days: list[tuple[int, int] | None]) -> None:
        self.n = n = len(root)
        day = np.array([_NO_DAY if d is None else d for d in days], dtype=np.int64)
        self.size = np.bincount(root, minlength=n)
        dated = day != _NO_DAY
        self.lo = np.full(n, _NO_DAY, dtype=np.int64)
        self.hi = np.full(n, _NO_DAY, dtype=np.int64)
        if dated.any():
            first = np.full(n, day[dated].max(), dtype=np.int64)
            np.minimum.at(first, root[dated], day[dated])
            np.maximum.at(self.hi, root[dated], day[dated])
            has = self.hi != _NO_DAY
            self.lo[has] = first[has]
        # (outlet, day) pairs as numbers (the same pair, the same number), and their hashes
        number: dict[tuple[int, int], int] = {}
        self.code = np.array([-1 if od is None else number.setdefault(od, len(number)) for od in outlet_days],
                             dtype=np.int64)
        self.code_hash = np.array([hash(od) for od in number] + [0], dtype=np.int64)  # code -1: 0
        # the pairs of the folded groups of several articles
        self.sets: dict[int, set[int]] = {}
        multi = self.size[root] > 1
        for r, c in zip(root[multi].tolist(), self.code[multi].tolist()):
            got = self.sets.setdefault(r, set())
            if c >= 0:
                got.add(c)

    def of(self, nodes: np.ndarray) -> tuple[list[int], list[int | None], list[int | None], list[set[int]]]:
        """Sizes, first days, last days (None when undated) and (outlet, day) sets of the groups
        ``nodes`` (fresh lists and sets, for the clustering to change)."""
        lo, hi = self.lo[nodes], self.hi[nodes]
        undated = lo == _NO_DAY
        lo_l: list[int | None] = lo.tolist()
        hi_l: list[int | None] = hi.tolist()
        for k in np.flatnonzero(undated).tolist():
            lo_l[k] = hi_l[k] = None
        sets = self.sets
        keys = [set(sets[r]) if r in sets else ({c} if c >= 0 else set())
                for r, c in zip(nodes.tolist(), self.code[nodes].tolist())]
        return self.size[nodes].tolist(), lo_l, hi_l, keys


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
