"""Grouping: which sentences of different articles carry the same claim (:class:`Merger`).

Grouping is linear in the number of sentences: exact copies are collapsed first; then each
distinct text, in order, finds through an inverted index the groups whose member texts
("probes") share the most of its rarer stems, and joins the first of them whose founding text
it matches and that has no sentence of its article yet (or replaces that article's sentence
when it matches clearly better), else founds a group.  A group never holds two sentences of one
article, and comparing with the claim a group stands for rather than with its newest member
avoids A~B~C chains where A and C say different things.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field
from itertools import chain
from typing import NamedTuple, Sequence

from ...model import Sentence
from .features import Comparer, CompareOptions, Features, _check, story_features


@dataclass(frozen=True)
class SearchOptions:
    """How far the grouping looks for a matching group (bounds on the work per sentence).

    Attributes:
        probes: how many member texts of a group are indexed for finding it (the first ones; a
            new sentence is then compared with the group's founding text, not with a chain of
            neighbours, which stops A~B~C drift).
        prefix: a new text looks up its ``prefix`` rarest stems in the index.
        max_postings: a stem that already points to this many probes stops being indexed.
        max_checks: exact comparisons per sentence, with the probes sharing the most weight.

    Raises:
        ValueError: a value below 1 (the message names the attribute).
    """

    probes: int = 4
    prefix: int = 32
    max_postings: int = 50
    max_checks: int = 6

    def __post_init__(self) -> None:
        for name in ("probes", "prefix", "max_postings", "max_checks"):
            value = getattr(self, name)
            if not isinstance(value, int):
                raise ValueError(f"{name} must be an integer, got {value!r}")
            _check(name, value, 1)


class Grouping(NamedTuple):
    """What :meth:`Merger.run` found.

    Attributes:
        groups: sentence indices per group; every sentence in exactly one group, groups in order
            of their first sentence, members in order of (article, start).
        features: the features of each distinct text.
        uid: the distinct text of each sentence (an index into ``features``).
        comparer: the story's :class:`Comparer` (weights and names the texts were compared with).
        work: the groups looked at while placing the sentences (comparisons and look-ups), a
            measure of the work done that tests can check grows linearly.
    """

    groups: list[list[int]]
    features: list[Features]
    uid: list[int]
    comparer: Comparer
    work: int = 0

    @property
    def idf(self) -> dict[str, float]:
        """The story's stem weights (names already down-weighted)."""
        return self.comparer.idf


@dataclass(frozen=True)
class Merger:
    """Groups sentences of different articles that carry the same claim.

    Attributes:
        language: language of the stop words and stems used for quotations.
        compare: how two sentences are compared (:class:`CompareOptions`).
        search: how far a sentence looks for its group (:class:`SearchOptions`).

    Raises:
        ValueError: ``language`` is not a non-empty string, or an options object of the wrong type.
    """

    language: str = "english"
    compare: CompareOptions = field(default_factory=CompareOptions)
    search: SearchOptions = field(default_factory=SearchOptions)

    def __post_init__(self) -> None:
        if not isinstance(self.language, str) or not self.language.strip():
            raise ValueError(f"language must be a non-empty string, got {self.language!r}")
        if not isinstance(self.compare, CompareOptions):
            raise ValueError(f"compare must be a CompareOptions, got {type(self.compare).__name__}")
        if not isinstance(self.search, SearchOptions):
            raise ValueError(f"search must be a SearchOptions, got {type(self.search).__name__}")

    def groups(self, sentences: Sequence[Sentence], terms: Sequence[Sequence[str]],
               tokens: Sequence[Sequence[str]] | None = None) -> list[list[int]]:
        """The groups of :meth:`run` alone (kept for older callers)."""
        return self.run(sentences, terms, tokens).groups

    def run(self, sentences: Sequence[Sentence], terms: Sequence[Sequence[str]],
            tokens: Sequence[Sequence[str]] | None = None) -> Grouping:
        """Group sentence indices that carry the same claim, at most one sentence per article.

        Every sentence is in exactly one group; groups are in order of their first sentence, and
        members in order of article.  Deterministic.

        Texts are taken in order (exact copies together).  Each group keeps up to ``probes``
        member texts, indexed by their stems; a new text finds the groups whose probes share the
        most weight with it through the index, is compared (exactly) with each one's founding
        text, and joins the first at or above the threshold that has no sentence from its
        article yet, or founds a new group.  The index drops stems once they point to ``max_postings`` probes (such stems are
        the story's names and weigh too little to decide a match), so the work per sentence is
        bounded and the whole is linear in the number of sentences.

        Args:
            sentences: every sentence of the story.
            terms: content stems per sentence (``Representation.terms``).
            tokens: words per sentence (``Representation.tokens``), when already known.

        Returns:
            A :class:`Grouping`.
        """
        n = len(sentences)
        if n == 0:
            return Grouping([], [], [], Comparer(self.compare, {}))
        # 1. exact duplicates share one feature set
        key_of: dict[str, int] = {}
        uid: list[int] = []  # distinct text of each sentence
        first: list[int] = []
        copies: list[list[int]] = []
        for i, s in enumerate(sentences):
            k = " ".join(s.text.lower().split())  # copies differing in punctuation meet in step 2
            u = key_of.get(k)
            if u is None:
                u = key_of[k] = len(first)
                first.append(i)
                copies.append([])
            uid.append(u)
            copies[u].append(i)
        story = story_features([sentences[i].text for i in first], [terms[i] for i in first],
                               None if tokens is None else [tokens[i] for i in first],
                               self.compare, self.language)
        comparer = Comparer(self.compare, story.idf, story.names, story.smooth, story.term, self.language)
        article_of = [s.article for s in sentences]

        # 2. leader clustering over distinct texts
        leader = _Leader(story.features, story.idf, uid, article_of, self.search)
        threshold = self.compare.threshold
        similarity = comparer.similarity
        for u in range(len(first)):
            leader.place(u, copies[u], similarity, threshold)

        # members in order of (article, start): by index when the sentences come in that order
        # (as segment gives them), else by the dense rank of that key
        place = list(zip(article_of, (s.start for s in sentences)))
        if all(map(tuple.__lt__, place, place[1:])):
            groups = [sorted(g) for g in leader.group_members]
        else:
            place_rank = {k: r for r, k in enumerate(sorted(set(place)))}
            where = [place_rank[k] for k in place]
            groups = [sorted(g, key=where.__getitem__) for g in leader.group_members]
        groups.sort(key=min)
        return Grouping(groups, story.features, uid, comparer, leader.work)


class _Leader:
    """The state of the leader clustering: groups, their probes and the inverted index.

    Stems are numbered rarest first (ties by spelling): the index is keyed by that rank and a
    text's probe keys are its lowest ranks.  A stem only one text has (idf at least
    ``unique_idf``) cannot be shared, so it is neither indexed nor looked up.
    """

    def __init__(self, feats: list[Features], idf: dict[str, float], uid: list[int], article_of: list[int],
                 search: SearchOptions) -> None:
        self.feats, self.uid, self.article_of, self.search = feats, uid, article_of, search
        unique_idf = math.log(len(feats) + 1) - 1e-9  # the idf of a stem only one text has
        by_rarity = sorted(idf, key=lambda t: (-idf[t], t))
        self.rank_of = {t: r for r, t in enumerate(by_rarity)}.__getitem__
        self.shared_from = sum(1 for t in by_rarity if idf[t] >= unique_idf)  # first rank worth indexing
        self.group_members: list[list[int]] = []  # sentence indices per group
        self.group_arts: list[dict[int, int]] = []  # article -> its sentence in the group
        self.group_probes: list[int] = []  # how many probes each group has
        self.group_probe_ids: list[list[int]] = []  # the live probes of each group
        self.probe_group: list[int] = []  # probe id -> group
        self.probe_uid: list[int] = []  # probe id -> distinct text
        self.probe_root: list[float] = []  # probe id -> square root of its number of stems
        self.postings: list = [[] for _ in range(len(by_rarity))]  # stem rank -> probe ids
        self.closed = ()  # the postings of a stem that points to ``max_postings`` probes already
        self.probe_of: dict[tuple[int, int], int] = {}
        self.dead: set[int] = set()
        self.fit: dict[int, float] = {}  # sentence -> similarity with which it joined its group
        self.work = 0  # groups looked at (see ``Grouping.work``)

    def add_probe(self, g: int, u: int) -> None:
        """Index text ``u`` as a probe of group ``g`` (while the group has fewer than ``probes``)."""
        if self.group_probes[g] >= self.search.probes:
            return
        self.group_probes[g] += 1
        pid = len(self.probe_uid)
        self.probe_uid.append(u)
        self.probe_root.append(math.sqrt(max(len(self.feats[u].terms), 1)))
        self.probe_group.append(g)
        self.probe_of[(g, u)] = pid
        self.group_probe_ids[g].append(pid)
        postings, closed, shared_from = self.postings, self.closed, self.shared_from
        max_postings = self.search.max_postings
        for r in map(self.rank_of, self.feats[u].terms):
            lst = postings[r]
            if lst is closed or r < shared_from:
                continue
            lst.append(pid)
            if len(lst) >= max_postings:
                postings[r] = closed

    def new_group(self, members: list[int], u: int) -> int:
        """Found a group of sentences ``members`` (copies of text ``u``); returns its id."""
        g = len(self.group_members)
        self.group_members.append(list(members))
        self.group_arts.append({self.article_of[i]: i for i in members})
        self.group_probes.append(0)
        self.group_probe_ids.append([])
        for i in members:
            self.fit[i] = 1.0
        self.add_probe(g, u)
        return g

    def swap_out(self, g: int, e: int) -> None:
        """Take sentence ``e`` out of group ``g`` (a better sentence of its article came)."""
        self.group_members[g].remove(e)
        del self.group_arts[g][self.article_of[e]]
        uid = self.uid
        u_e = uid[e]
        if not any(uid[i] == u_e for i in self.group_members[g]):
            pid = self.probe_of.pop((g, u_e), None)
            if pid is not None:
                self.dead.add(pid)
                self.group_probe_ids[g].remove(pid)
        self.new_group([e], u_e)

    def candidates(self, f: Features) -> list[int]:
        """Probe ids worth comparing with ``f``, most covered first (at most ``max_checks``)."""
        postings = self.postings
        # probe with the rarest stems (a stem no other text has cannot be shared)
        ranks = sorted(map(self.rank_of, f.terms))
        lo = bisect_left(ranks, self.shared_from)
        keys = ranks[lo:lo + self.search.prefix]
        acc = Counter(chain.from_iterable(map(postings.__getitem__, keys)))
        # a match shares at least two stems; rank by shared stems (the rarest eight count
        # twice, a cheap stand-in for idf weights) over the probe's size
        dead = self.dead
        if dead:
            ranked = [pid for pid, c in acc.items() if c >= 2 and pid not in dead]
        else:
            ranked = [pid for pid, c in acc.items() if c >= 2]
        if not ranked:
            return []
        acc.update(chain.from_iterable(map(postings.__getitem__, keys[:8])))
        # by (-shared / sqrt(size), probe id): a stable sort by score after sorting by id
        ranked.sort()
        probe_root = self.probe_root
        score = [-acc[pid] / probe_root[pid] for pid in ranked]
        best = sorted(range(len(ranked)), key=score.__getitem__)[:self.search.max_checks]
        return [ranked[k] for k in best]

    def place(self, u: int, copies: list[int], similarity, threshold: float) -> None:
        """Put the sentences ``copies`` of text ``u`` into groups."""
        f = self.feats[u]
        article_of, uid, fit = self.article_of, self.uid, self.fit
        group_members, group_arts = self.group_members, self.group_arts
        # one copy per article joins; further copies in the same article found groups of their own
        mine: list[int] = []
        extra: list[int] = []
        seen_articles: set[int] = set()
        for i in copies:
            (extra if article_of[i] in seen_articles else mine).append(i)
            seen_articles.add(article_of[i])
        target, target_sim, displaced = -1, 0.0, -1
        if len(f.terms) >= 2 and f.weight > 0:
            tried: set[int] = set()
            for pid in self.candidates(f):  # first fit, most covered probe first
                g = self.probe_group[pid]
                if g in tried:
                    continue
                tried.add(g)
                arts = group_arts[g]
                clash = [arts[a] for a in seen_articles if a in arts]
                if len(clash) > 1 or (clash and len(mine) > 1):
                    continue
                # the text must support the group's founder (its first member): members are
                # compared with the claim the group stands for, never chained through each other
                # (A~B and B~C do not put C beside A); :func:`~.points.merge` then keeps, of the
                # members, those that support the point's representative
                self.work += 1
                sim = similarity(f, self.feats[self.probe_uid[self.group_probe_ids[g][0]]])
                if sim < threshold:
                    continue
                if clash:  # the group has a sentence of this article: keep the better one
                    e = clash[0]
                    if sim <= fit.get(e, 1.0) + 0.05 or any(uid[e] == self.probe_uid[p]
                                                             for p in self.group_probe_ids[g]):
                        continue
                    displaced = e
                target, target_sim = g, sim
                break
        if target < 0:
            target = self.new_group(mine, u)
        else:
            if displaced >= 0:
                self.swap_out(target, displaced)
            group_members[target].extend(mine)
            for i in mine:
                group_arts[target][article_of[i]] = i
                fit[i] = target_sim
            self.add_probe(target, u)
        # Further copies of an article go to the first group of this text without that article,
        # else found one.  The groups holding an article's copies are always the first few of
        # ``homes`` (the target holds one copy of every article), so a count per article finds
        # that group at once: linear however often one text repeats.
        homes = [target]  # groups holding copies of this text
        filled: dict[int, int] = {}  # article -> how many of ``homes`` hold one of its copies
        for i in extra:
            a_i = article_of[i]
            k = filled.get(a_i, 1)
            filled[a_i] = k + 1
            self.work += 1
            if k == len(homes):
                homes.append(self.new_group([i], u))
            else:
                g = homes[k]
                group_members[g].append(i)
                group_arts[g][a_i] = i
                fit[i] = 1.0
