"""Group the chosen points into topics: the aspects of the story a reader scans for.

Points are short, so two points about the same aspect often share few words.  Each point is
represented by the tf-idf rows of every sentence that carries it (all the outlets' wordings),
projected onto a few latent dimensions (LSA: a truncated SVD of the small point-by-term matrix)
where related words meet.  Average-link agglomerative clustering on cosine similarity then
builds the tree, and the number of topics is the cut with the best silhouette between
``min_topics`` and ``max_topics``, less a penalty for every point a topic would have beyond the
five the page shows.
Topics of a single point join their nearest topic.  No randomness: the same points give the
same topics.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import numpy as np

from ..errors import OptionError, check_number


#: The mean similarity (cosine in the LSA space) to a topic's points below which a lone point is
#: not moved under that topic's heading: it shares almost no words with them.
_RELATED = 0.1


def point_vectors(groups: Sequence[Sequence[int]], rep, limit: int = 64) -> np.ndarray:
    """One l2-normalised row per point, dense over the columns the points use.

    A row is the sum of the point's sentences' tf-idf rows (the first ``limit`` of a widely
    carried point suffice).
    """
    if not groups:
        return np.zeros((0, 0))
    rows = []
    cols: dict[int, int] = {}
    for g in groups:
        acc: dict[int, float] = {}
        for i in g[:limit]:
            c, v = rep.row(int(i))
            for cc, vv in zip(c.tolist(), v.tolist()):
                acc[cc] = acc.get(cc, 0.0) + vv
        rows.append(acc)
        for cc in acc:
            cols.setdefault(cc, len(cols))
    x = np.zeros((len(groups), max(len(cols), 1)))
    for r, acc in enumerate(rows):
        for cc, vv in acc.items():
            x[r, cols[cc]] = vv
    norms = np.linalg.norm(x, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return x / norms


def latent(x: np.ndarray, dims: int = 8) -> np.ndarray:
    """Rows of ``x`` in a ``dims``-dimensional LSA space, l2-normalised (deterministic)."""
    n = x.shape[0]
    if n < 3 or x.shape[1] < 2:
        return x
    k = max(2, min(dims, n - 1, x.shape[1]))
    u, s, _ = np.linalg.svd(x, full_matrices=False)
    z = u[:, :k] * s[:k]
    norms = np.linalg.norm(z, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return z / norms


def average_link(sim: np.ndarray) -> list[list[list[int]]]:
    """Average-link agglomerative clustering of a similarity matrix.

    ``result[k]`` is the partition with ``n - k`` clusters (``result[0]`` all singletons), each
    cluster sorted, clusters ordered by their first member.

    Lance-Williams updates keep it O(n^3) in numpy.  Ties merge the pair with the smallest
    indices first, so the result is deterministic.
    """
    n = sim.shape[0]
    members: list[list[int] | None] = [[i] for i in range(n)]
    size = np.ones(n)
    s = np.array(sim, dtype=np.float64, copy=True)
    np.fill_diagonal(s, -np.inf)
    alive = np.ones(n, dtype=bool)
    history = [[[i] for i in range(n)]]
    for _ in range(n - 1):
        masked = np.where(alive[:, None] & alive[None, :], s, -np.inf)
        flat = int(np.argmax(masked))  # first maximum in row-major order: smallest indices
        a, b = divmod(flat, n)
        a, b = min(a, b), max(a, b)
        merged = (size[a] * s[a] + size[b] * s[b]) / (size[a] + size[b])
        s[a, :] = merged
        s[:, a] = merged
        s[a, a] = -np.inf
        alive[b] = False
        size[a] += size[b]
        members[a] = sorted(members[a] + members[b])  # type: ignore[operator]
        members[b] = None
        part = sorted((m for m in members if m is not None), key=lambda c: c[0])
        history.append([list(c) for c in part])
    return history


def silhouette(sim: np.ndarray, labels: np.ndarray) -> float:
    """Mean silhouette with distance ``1 - sim`` (0 for singletons, as usual)."""
    n = len(labels)
    ks = np.unique(labels)
    if len(ks) < 2 or len(ks) >= n:
        return -1.0
    d = 1.0 - sim
    total = 0.0
    for i in range(n):
        own = labels == labels[i]
        if own.sum() <= 1:
            continue
        a = d[i, own].sum() / (own.sum() - 1)
        b = min(d[i, labels == k].mean() for k in ks if k != labels[i])
        m = max(a, b)
        total += (b - a) / m if m > 0 else 0.0
    return total / n


@dataclass(frozen=True)
class TopicClusterer:
    """Clusters points into 2-6 topics (fewer for tiny stories).

    Attributes:
        min_topics: the fewest topics (when the story has points enough).
        max_topics: the most topics.
        min_points_per_topic: on average at least this many points per topic (caps the count).
        max_points_per_topic: the page shows at most this many points per topic; a cut whose
            topics overflow pays 0.05 of silhouette per point that would be dropped.
        dims: LSA dimensions.
    """

    min_topics: int = 2
    max_topics: int = 6
    min_points_per_topic: int = 2
    max_points_per_topic: int = 5
    dims: int = 8

    def __post_init__(self) -> None:
        for name in ("min_topics", "max_topics", "min_points_per_topic", "max_points_per_topic", "dims"):
            check_number(name, getattr(self, name), low=1, whole=True)
        if self.max_topics < self.min_topics:
            raise OptionError("max_topics", f"must be >= min_topics ({self.min_topics}), got {self.max_topics}")

    def run(self, groups: Sequence[Sequence[int]], rep) -> list[list[int]]:
        """Topics as lists of positions into ``groups`` (each topic's points in input order).

        Args:
            groups: per point, the sentence indices that carry it.
            rep: the :class:`~briefing.engine.represent.Representation` of the sentences.

        Returns:
            The topics, each a sorted list of positions into ``groups``.
        """
        n = len(groups)
        if n == 0:
            return []
        hi = min(self.max_topics, n // max(self.min_points_per_topic, 1))
        if n < 4 or hi < 2:
            return [list(range(n))]
        z = latent(point_vectors(groups, rep), self.dims)
        sim = np.clip(z @ z.T, -1.0, 1.0)
        history = average_link(sim)
        lo = max(self.min_topics, 2)
        best, best_val = None, -np.inf
        for k in range(lo, hi + 1):
            part = history[n - k]
            labels = np.empty(n, dtype=np.int64)
            for c, members in enumerate(part):
                labels[members] = c
            val = silhouette(sim, labels)
            # every point beyond a topic's five would be dropped from the page: a cut that
            # drops points must be clearly better to win
            overflow = sum(max(0, len(c) - self.max_points_per_topic) for c in part)
            val -= 0.05 * overflow
            if val > best_val + 1e-9:
                best, best_val = part, val
        topics = [list(c) for c in best] if best is not None else [list(range(n))]
        return self._absorb_singletons(topics, sim, self.max_points_per_topic)

    @staticmethod
    def _absorb_singletons(topics: list[list[int]], sim: np.ndarray, room: int = 5) -> list[list[int]]:
        """Move the points of one-point topics into the topic they are closest to on average.

        Only topics with room for one more point take one, and only a topic the point is related
        to (mean similarity at least ``_RELATED``): a point about something no topic is about
        keeps its own topic rather than standing under another subject's heading, and a point
        with nowhere to go keeps its own topic rather than being dropped.
        """
        done: set[int] = set()
        while len(topics) > 2:
            single = next((t for t in topics if len(t) == 1 and t[0] not in done), None)
            if single is None:
                break
            i = single[0]
            rest = [t for t in topics if t is not single and len(t) < room]
            if not rest:
                done.add(i)
                continue
            target = max(rest, key=lambda t: (float(sim[i, t].mean()), -t[0]))
            if float(sim[i, target].mean()) < _RELATED:
                done.add(i)
                continue
            target.append(i)
            target.sort()
            topics = [t for t in topics if t is not single]
        return topics
