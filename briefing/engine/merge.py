"""Merge near-duplicate sentences from different articles into one claim each.

Outlets retell the same fact in their own words, quote the same remark (sometimes in a
translation), or reprint the same wire copy.  :class:`Merger` finds those sentence groups so that
one :class:`~briefing.model.Point` can cite every source that carries the claim.

How two sentences are compared (:meth:`Merger.similarity`):

* **content overlap**: the content-word stems they share, each weighted by its inverse sentence
  frequency in the story (names that every sentence carries, such as "Russia" or "Blinken",
  weigh little; rare words such as "path" weigh a lot).  The score is the geometric mean of the
  weighted containment (shared weight over the lighter sentence) and the weighted Jaccard.
* **quoted words**: for each quotation of at least ``min_quote_words`` words, the weighted share
  of its stems found inside the other sentence's quotations (or, at 0.8, its text).  Two outlets
  that quote the same words score high even when the rest of the sentence differs; this measure
  alone merges only at ``quote_threshold`` (a shared slogan is not enough).
* **number conflicts** block a merge: when both sentences give figures (years excepted) and each
  has a figure the other lacks, they report the quantity differently and stay apart (the
  cross-source analysis shows such disagreements).

Grouping (:meth:`Merger.groups`) is linear in the number of sentences: exact copies are
collapsed first; then each distinct text, in order, is compared exactly with a few member texts
("probes") of the groups that share the most of its rarer stems through an inverted index, and
joins the first group it matches that has no sentence of its article yet (or replaces that
article's sentence when it matches clearly better), else founds a group.  A group never holds two
sentences of one article, and comparing with members rather than neighbours avoids A~B~C chains
where A and C say different things.  The representative wording of a group is its clearest full
sentence whose content the others corroborate (:func:`representative`).
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections import Counter
from itertools import chain, repeat
from operator import itemgetter
from typing import NamedTuple, Sequence

import numpy as np

from ..model import Article, Citation, Point, Sentence, outlet_key

# Quotations: "...", “...”, «...», „...“ and ‘...’ (the single-quote form only at word edges, so
# that apostrophes in "other’s" or "don't" do not open a quotation: the look-behind after the
# opening mark checks the character before it).  Every branch starts with its literal mark, which
# lets the regex engine skip ahead to the next mark.
_QUOTE_RE = re.compile(
    r"\"([^\"]{3,}?)\""
    r"|“([^“”]{3,}?)[”“]"
    r"|„([^„“”]{3,}?)[“”]"
    r"|«\s?([^«»]{3,}?)\s?»"
    r"|‘(?<![\w’']‘)([^‘’']{3,}?)[’'](?!\w)"
    r"|'(?<![\w’']')([^‘’']{3,}?)[’'](?!\w)"
)
_NUMBER_RE = re.compile(r"\d+(?:[.,\u202f\u00a0 ]\d{3})*(?:[.,]\d+)?")
_NORM_RE = re.compile(r"[\W_]+", re.UNICODE)


_QUOTE_MARKS = "\"“„«‘'"


_QUOTE_MARK = re.compile("[" + _QUOTE_MARKS + "]")


def quotations(text: str) -> list[str]:
    """The quoted passages of ``text`` (without their quotation marks), in order."""
    if _QUOTE_MARK.search(text) is None:  # most sentences quote nothing
        return []
    return [next(g for g in m.groups() if g is not None) for m in _QUOTE_RE.finditer(text)]


_NUMBER_WORDS = {w: str(k) for k, ws in enumerate([
    "zero zéro", "one un une", "two deux", "three trois", "four quatre", "five cinq", "six", "seven sept",
    "eight huit", "nine neuf", "ten dix", "eleven onze", "twelve douze", "thirteen treize",
    "fourteen quatorze", "fifteen quinze", "sixteen seize", "seventeen", "eighteen", "nineteen",
    "twenty vingt"]) for w in ws.split()}
_NUMBER_WORDS.update({"thirty": "30", "trente": "30", "forty": "40", "quarante": "40", "fifty": "50",
                      "cinquante": "50", "sixty": "60", "soixante": "60", "hundred": "100", "cent": "100",
                      "thousand": "1000", "mille": "1000"})
_LETTERS = re.compile(r"[^\W\d_]+")
# The spelled-out figures that count (two and up), as whole runs of letters: the same words that
# ``_LETTERS.findall`` would yield and ``_NUMBER_WORDS`` would map, found in one scan.
_NUMBER_WORD_RE = re.compile(
    r"(?<![^\W\d_])(?:"
    + "|".join(sorted((re.escape(w) for w, v in _NUMBER_WORDS.items() if v not in ("0", "1")),
                      key=lambda w: (-len(w), w)))
    + r")(?![^\W\d_])")
# any of those words anywhere, even inside a longer word ("often" holds "ten"): a cheap test that
# a word cannot hold a spelled-out figure
_NUMBER_WORD_ANY = re.compile(_NUMBER_WORD_RE.pattern[len(r"(?<![^\W\d_])"):-len(r"(?![^\W\d_])")])
_GROUP_SEP = re.compile(r"[.,\u202f\u00a0 ](?=\d{3}(?!\d))")
_YEAR = re.compile(r"(1[89]|20)\d\d")
_DIGIT = re.compile(r"\d")
_EMPTY: frozenset = frozenset()


def numbers(text: str, words: bool = True, digits: bool = True) -> frozenset[str]:
    """Figures in ``text`` other than years, normalised ("125,000" and "125.000" both -> "125000";
    "ten" -> "10").  "one"/"un" count only as digits would ("one of them" is no figure), so
    spelled-out numbers from two up.  ``words=False`` / ``digits=False`` skip looking for
    spelled-out numbers / digits (for a caller that knows ``text`` has none)."""
    if not (words or digits):
        return _EMPTY
    out = set()
    for raw in _NUMBER_RE.findall(text) if digits else ():
        # (digits only, as most figures are: nothing to normalise)
        value = raw if raw.isdecimal() else _GROUP_SEP.sub("", raw).replace(",", ".")
        if len(value) == 4 and _YEAR.fullmatch(value):
            continue  # a year
        out.add(value)
    if words:
        for w in _NUMBER_WORD_RE.findall(text.lower()):
            out.add(_NUMBER_WORDS[w])
    return frozenset(out) if out else _EMPTY


_PUNCT = str.maketrans({c: " " for c in "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~‘’‚‛“”„‟«»‹›–—―…·•¡¿\u00a0\u202f"})


def normalise(text: str) -> str:
    """The key under which two sentences count as the same text: lower case, words only."""
    return " ".join(text.lower().translate(_PUNCT).split())


class Features(NamedTuple):
    """What :meth:`Merger.similarity` needs to know about one sentence (immutable; a named
    tuple because a story has tens of thousands of them and tuples are built fastest)."""

    terms: frozenset[str]
    weight: float  # sum of the idf weights of ``terms``
    quotes: tuple[frozenset[str], ...]  # content stems of each quotation
    quoted: frozenset[str]  # union of ``quotes``
    numbers: frozenset[str]
    plain: float = 0.0  # weight of the stems that are not names


class Merger:
    """Groups sentences of different articles that carry the same claim.

    Parameters:
        threshold: similarity at or above which two sentences are the same claim.  Chosen on
            hand-made pairs (``tests/engine/test_merge.py``): paraphrases and translations of one remark
            score 0.45-0.9, different facts about the same people 0.0-0.3.
        quote_threshold: the quoted-words measure alone merges two sentences only at or above
            this value (sharing a slogan such as "swift, severe response" is not enough).
        min_quote_words: a quotation counts for the quoted-words measure only when it has at least
            this many words (scare quotes like "non-starter" or "high price" do not) ...
        min_quote_terms: ... and at least this many content words, all shared with the other side.
        probes: how many member texts of a group a new sentence may be compared with (the first
            ones; comparing with members, not a chain of neighbours, stops A~B~C drift).
        prefix: a new text looks up its ``prefix`` rarest stems in the index.
        max_postings: a stem that already points to this many probes stops being indexed.
        max_checks: exact comparisons per sentence, with the probes sharing the most weight.
        name_weight: factor on the weight of names (stems written capitalised inside sentences):
            two sentences that share only who and where are not the same claim.
        min_plain_overlap: and the words that are not names must overlap at least this much
            (shared weight over the lighter sentence's, and two stems at least) for the content
            measure to count.
        language: language of the stop words and stems used for quotations.
    """

    def __init__(self, threshold: float = 0.42, quote_threshold: float = 0.6, min_quote_words: int = 6,
                 min_quote_terms: int = 3, probes: int = 4, prefix: int = 32, max_postings: int = 50,
                 max_checks: int = 12, name_weight: float = 0.5, min_plain_overlap: float = 0.3,
                 language: str = "english") -> None:
        self.threshold = threshold
        self.quote_threshold = quote_threshold
        self.min_quote_words = min_quote_words
        self.min_quote_terms = min_quote_terms
        self.probes = probes
        self.name_weight = name_weight
        self.min_plain_overlap = min_plain_overlap
        self.names_: set[str] = set()
        self.prefix = prefix
        self.max_postings = max_postings
        self.max_checks = max_checks
        self.language = language
        # fitted by :meth:`groups`: features of each distinct text, text id per sentence, idf
        self.features_: list[Features] = []
        self.uid_: np.ndarray = np.zeros(0, dtype=np.int64)
        self.idf_: dict[str, float] = {}

    # -- features ----------------------------------------------------------------------------
    def features(self, texts: Sequence[str], terms: Sequence[Sequence[str]],
                 tokens: Sequence[Sequence[str]] | None = None) -> list[Features]:
        """Features of each sentence; ``terms`` are its content stems (``Representation.terms``),
        ``tokens`` its words when already known (``Representation.tokens``)."""
        from ..nlp.words import Analyzer, word_tokens

        analyzer = Analyzer(self.language)
        if tokens is None:
            tokens = [word_tokens(text) for text in texts]
        idf = self.idf(terms)
        names = self.names(texts, terms, analyzer, tokens)
        for t in names:
            idf[t] *= self.name_weight
        self.names_ = names
        weight_of = idf.__getitem__  # every stem of ``terms`` has an idf
        term = analyzer.term
        # words that may hold a spelled-out figure, words with a digit: a text without any has
        # no such figure (every letter and digit of a text is inside one of its words)
        spellings = set(chain.from_iterable(tokens))
        figure_words = {w for w in spellings if _NUMBER_WORD_ANY.search(w.lower())}
        digit_words = {w for w in spellings if _DIGIT.search(w)}
        out = []
        for text, ts, toks in zip(texts, terms, tokens):
            tset = frozenset(ts)
            quotes = []
            for q in quotations(text):
                q_words = word_tokens(q)
                if len(q_words) < self.min_quote_words:
                    continue
                qs = frozenset([t for t in map(term, q_words) if t is not None])
                if len(qs) >= self.min_quote_terms:
                    quotes.append(qs)
            out.append(Features(
                terms=tset,
                weight=math.fsum(map(weight_of, tset)),
                plain=math.fsum(map(weight_of, tset - names)) if names else math.fsum(map(weight_of, tset)),
                quotes=tuple(quotes),
                quoted=frozenset().union(*quotes) if quotes else _EMPTY,
                numbers=numbers(text, words=not figure_words.isdisjoint(toks),
                                digits=not digit_words.isdisjoint(toks)),
            ))
        self.idf_ = idf
        return out

    @staticmethod
    def names(texts: Sequence[str], terms: Sequence[Sequence[str]], analyzer,
              tokens: Sequence[Sequence[str]] | None = None) -> set[str]:
        """Stems the story writes capitalised inside sentences at least 80% of the time: names
        of people, places and bodies.  Sharing names alone does not make two sentences say the
        same thing, so :meth:`features` weighs them by ``name_weight``.  ``tokens``: the words
        of each text, when already known (``word_tokens``)."""
        from ..nlp.words import word_tokens

        if tokens is None:
            tokens = [word_tokens(text) for text in texts]
        # the first word of a sentence is capitalised anyway: count the others, per spelling
        spellings = Counter(chain.from_iterable(toks[1:] for toks in tokens))
        capital: dict[str, int] = {}
        lower: dict[str, int] = {}
        for w, k in spellings.items():
            lw = w.lower()
            if w[:1].isupper():
                capital[lw] = capital.get(lw, 0) + k
            elif w[:1].isalpha():
                lower[lw] = lower.get(lw, 0) + k
        stems = {t for ts in terms for t in ts}
        out = set()
        for lw, c in capital.items():
            if c >= 0.8 * (c + lower.get(lw, 0)):
                st = analyzer.stem(lw)
                if st in stems:
                    out.add(st)
        return out

    @staticmethod
    def idf(terms: Sequence[Sequence[str]]) -> dict[str, float]:
        """Inverse sentence frequency ``log((n + 1) / df)`` of every stem (distinct texts counted once)."""
        df = Counter(chain.from_iterable(map(set, terms)))
        n = len(terms)
        return {t: math.log((n + 1) / d) for t, d in df.items()}

    # -- similarity ---------------------------------------------------------------------------
    def similarity(self, a: Features, b: Features, idf: dict[str, float] | None = None) -> float:
        """How surely ``a`` and ``b`` state the same claim, in [0, 1] (0 on a number conflict)."""
        idf = self.idf_ if idf is None else idf
        if a.numbers and b.numbers and (a.numbers - b.numbers) and (b.numbers - a.numbers):
            return 0.0
        shared = a.terms & b.terms
        content = 0.0
        # two shared stems are enough only between short sentences (three stems or fewer)
        enough = len(shared) >= 3 or (len(shared) == 2 and max(len(a.terms), len(b.terms)) <= 3)
        if enough and a.weight > 0 and b.weight > 0:
            # fsum is exact: the same whatever the set order
            ws = math.fsum(map(idf.get, shared, repeat(0.0)))
            cont = ws / min(a.weight, b.weight)
            jac = ws / (a.weight + b.weight - ws)
            content = math.sqrt(max(cont, 0.0) * max(jac, 0.0))
            # what is said must overlap too, not only who and where
            names = self.names_
            if names:
                said = shared - names
                lighter = min(a.plain, b.plain)
                if len(said) < 2 or lighter <= 0 or \
                        math.fsum(map(idf.get, said, repeat(0.0))) / lighter < self.min_plain_overlap:
                    content = 0.0
        if not (a.quotes or b.quotes):
            return min(1.0, content)
        quote = max(self._quote_overlap(a, b, idf), self._quote_overlap(b, a, idf))
        if quote < self.quote_threshold:
            quote = 0.0
        return min(1.0, max(content, quote))

    def support(self, a: Features, b: Features, idf: dict[str, float] | None = None) -> float:
        """Share of ``a``'s content weight that ``b`` also carries (1.0: ``b`` says all ``a`` says)."""
        idf = self.idf_ if idf is None else idf
        if a.weight <= 0:
            return 0.0
        return math.fsum(idf.get(t, 0.0) for t in a.terms & b.terms) / a.weight

    def _quote_overlap(self, a: Features, b: Features, idf: dict[str, float]) -> float:
        """Best weighted share of one of ``a``'s quotations found among ``b``'s quoted words
        (or, when ``b`` quotes nothing, among its words: an indirect report of the remark)."""
        if not a.quotes:
            return 0.0
        pool = b.quoted if b.quoted else b.terms
        best = 0.0
        for q in a.quotes:
            shared = q & pool
            if len(shared) < self.min_quote_terms:
                continue
            wq = math.fsum(map(idf.get, q, repeat(0.0)))
            if wq <= 0:
                continue
            share = math.fsum(map(idf.get, shared, repeat(0.0))) / wq
            if not b.quoted:
                share *= 0.8  # an unquoted retelling is weaker evidence than the same quoted words
            best = max(best, share)
        return best

    # -- grouping -----------------------------------------------------------------------------
    def groups(self, sentences: Sequence[Sentence], terms: Sequence[Sequence[str]],
               tokens: Sequence[Sequence[str]] | None = None) -> list[list[int]]:
        """Groups of sentence indices that carry the same claim, at most one sentence per article.

        Every sentence is in exactly one group; groups are in order of their first sentence, and
        members in order of article.  Deterministic.

        Texts are taken in order (exact copies together).  Each group keeps up to ``probes``
        member texts, indexed by their stems; a new text is compared (exactly) with the probes
        that share the most weight with it through the index, and joins the most similar group
        at or above the threshold that has no sentence from its article yet, or founds a new
        group.  The index drops stems once they point to ``max_postings`` probes (such stems are
        the story's names and weigh too little to decide a match), so the work per sentence is
        bounded and the whole is linear in the number of sentences.
        """
        n = len(sentences)
        self.features_, self.uid_, self.idf_ = [], np.zeros(0, dtype=np.int64), {}
        if n == 0:
            return []
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
        feats = self.features([sentences[i].text for i in first], [terms[i] for i in first],
                              None if tokens is None else [tokens[i] for i in first])
        idf = self.idf_
        article_of = [s.article for s in sentences]

        # 2. leader clustering over distinct texts
        # Stems are numbered rarest first (ties by spelling): the index is keyed by that rank and
        # a text's probe keys are its lowest ranks.  A stem only one text has (idf at least
        # ``unique_idf``) cannot be shared, so it is neither indexed nor looked up.
        unique_idf = math.log(len(first) + 1) - 1e-9  # the idf of a stem only one text has
        by_rarity = sorted(idf, key=lambda t: (-idf[t], t))
        rank = {t: r for r, t in enumerate(by_rarity)}
        shared_from = sum(1 for t in by_rarity if idf[t] >= unique_idf)  # first rank worth indexing
        rank_of = rank.__getitem__
        group_members: list[list[int]] = []  # sentence indices per group
        group_arts: list[dict[int, int]] = []  # article -> its sentence in the group
        group_probes: list[int] = []  # how many probes each group has
        probe_group: list[int] = []  # probe id -> group
        probe_uid: list[int] = []  # probe id -> distinct text
        probe_root: list[float] = []  # probe id -> square root of its number of stems
        postings: list = [[] for _ in range(len(by_rarity))]  # stem rank -> probe ids
        closed = ()  # the postings of a stem that points to ``max_postings`` probes already
        max_postings = self.max_postings
        probe_of: dict[tuple[int, int], int] = {}
        dead: set[int] = set()
        fit: dict[int, float] = {}  # sentence -> similarity with which it joined its group

        def add_probe(g: int, u: int) -> None:
            if group_probes[g] >= self.probes:
                return
            group_probes[g] += 1
            pid = len(probe_uid)
            probe_uid.append(u)
            probe_root.append(math.sqrt(max(len(feats[u].terms), 1)))
            probe_group.append(g)
            probe_of[(g, u)] = pid
            for r in map(rank_of, feats[u].terms):
                lst = postings[r]
                if lst is closed or r < shared_from:
                    continue
                lst.append(pid)
                if len(lst) >= max_postings:
                    postings[r] = closed

        def new_group(members: list[int], u: int) -> int:
            g = len(group_members)
            group_members.append(list(members))
            group_arts.append({article_of[i]: i for i in members})
            group_probes.append(0)
            for i in members:
                fit[i] = 1.0
            add_probe(g, u)
            return g

        def swap_out(g: int, e: int) -> None:
            """Take sentence ``e`` out of group ``g`` (a better sentence of its article came)."""
            group_members[g].remove(e)
            del group_arts[g][article_of[e]]
            u_e = uid[e]
            if not any(uid[i] == u_e for i in group_members[g]):
                pid = probe_of.pop((g, u_e), None)
                if pid is not None:
                    dead.add(pid)
            new_group([e], u_e)

        similarity = self.similarity
        threshold = self.threshold
        for u in range(len(first)):
            f = feats[u]
            # one copy per article joins; further copies in the same article found groups of their own
            mine: list[int] = []
            extra: list[int] = []
            seen_articles: set[int] = set()
            for i in copies[u]:
                (extra if article_of[i] in seen_articles else mine).append(i)
                seen_articles.add(article_of[i])
            target, target_sim, displaced = -1, 0.0, -1
            if len(f.terms) >= 2 and f.weight > 0:
                # probe with the rarest stems (a stem no other text has cannot be shared)
                ranks = sorted(map(rank_of, f.terms))
                lo = bisect_left(ranks, shared_from)
                keys = ranks[lo:lo + self.prefix]
                acc = Counter(chain.from_iterable(map(postings.__getitem__, keys)))
                # a match shares at least two stems; rank by shared stems (the rarest eight count
                # twice, a cheap stand-in for idf weights) over the probe's size
                if dead:
                    ranked = [pid for pid, c in acc.items() if c >= 2 and pid not in dead]
                else:
                    ranked = [pid for pid, c in acc.items() if c >= 2]
                if ranked:
                    acc.update(chain.from_iterable(map(postings.__getitem__, keys[:8])))
                    # by (-shared / sqrt(size), probe id): a stable sort by score after sorting by id
                    ranked.sort()
                    score = [-acc[pid] / probe_root[pid] for pid in ranked]
                    best = sorted(range(len(ranked)), key=score.__getitem__)[:self.max_checks]
                    for pid in map(ranked.__getitem__, best):  # first fit, most covered probe first
                        g = probe_group[pid]
                        arts = group_arts[g]
                        clash = [arts[a] for a in seen_articles if a in arts]
                        if len(clash) > 1 or (clash and len(mine) > 1):
                            continue
                        sim = similarity(f, feats[probe_uid[pid]], idf)
                        if sim < threshold:
                            continue
                        if clash:  # the group has a sentence of this article: keep the better one
                            e = clash[0]
                            if sim <= fit.get(e, 1.0) + 0.05 or uid[e] == probe_uid[pid]:
                                continue
                            displaced = e
                        target, target_sim = g, sim
                        break
            if target < 0:
                target = new_group(mine, u)
            else:
                if displaced >= 0:
                    swap_out(target, displaced)
                group_members[target].extend(mine)
                for i in mine:
                    group_arts[target][article_of[i]] = i
                    fit[i] = target_sim
                add_probe(target, u)
            homes = [target]  # groups holding copies of this text
            for i in extra:
                a_i = article_of[i]
                g = next((g for g in homes if a_i not in group_arts[g]), -1)
                if g < 0:
                    homes.append(new_group([i], u))
                else:
                    group_members[g].append(i)
                    group_arts[g][a_i] = i
                    fit[i] = 1.0

        # members in order of (article, start): by index when the sentences come in that order
        # (as segment gives them), else by the dense rank of that key
        place = list(zip(article_of, (s.start for s in sentences)))
        if all(map(tuple.__lt__, place, place[1:])):
            groups = [sorted(g) for g in group_members]
        else:
            place_rank = {k: r for r, k in enumerate(sorted(set(place)))}
            where = [place_rank[k] for k in place]
            groups = [sorted(g, key=where.__getitem__) for g in group_members]
        groups.sort(key=min)
        self.features_ = feats
        self.uid_ = np.asarray(uid, dtype=np.int64)
        return groups


# -- representative wording ----------------------------------------------------------------------

_OPENERS = "\"“„«‘'("
_PRONOUN_START = re.compile(
    r"^(?:he|she|it|they|this|that|these|those|his|her|their|its|but|and|so|also|however)\b", re.I)
_JUNK = ("http://", "https://", "www.", "photo:", "©", "click here", "read more", "subscribe")
_JUNK_RE = re.compile("|".join(map(re.escape, _JUNK)))
_WORDISH = re.compile(r"\w+")
_TOKEN = re.compile(r"[^\W\d_][\w'’-]*")


def clarity(text: str) -> float:
    """How well ``text`` reads as a stand-alone full sentence, in [0, 1].

    Rewards a complete sentence (capital or quotation mark at the start, final punctuation at the
    end, balanced quotation marks and brackets) of moderate length (12-35 words); penalises
    fragments, questions, openings that lean on a previous sentence ("He", "But", "This"),
    captions made of names and capitals, and web debris (URLs, photo credits).
    """
    t = text.strip()
    if not t:
        return 0.0
    words = len(_WORDISH.findall(t))
    score = 1.0
    if words < 6:
        score -= 0.6
    elif words < 12:
        score -= 0.25 * (12 - words) / 6
    elif words > 45:
        score -= min(0.5, 0.02 * (words - 45) + 0.2)
    elif words > 35:
        score -= 0.01 * (words - 35)
    head = t.lstrip(_OPENERS)
    if not head[:1].isupper() and not head[:1].isdigit():
        score -= 0.3
    end = t.rstrip("\"”’'»)] ")
    if not end.endswith((".", "!", "?", "…")):
        score -= 0.3
    if end.endswith("?"):
        score -= 0.2
    if _PRONOUN_START.match(head):
        score -= 0.15
    dq = t.count('"')
    if dq % 2 or t.count("“") != t.count("”") or t.count("(") != t.count(")") or t.count("«") != t.count("»"):
        score -= 0.2
    if _JUNK_RE.search(t.lower()):
        score -= 0.4
    tokens = _TOKEN.findall(t)
    if len(tokens) >= 5 and sum(map(str.islower, map(itemgetter(0), tokens))) < 0.3 * len(tokens):
        score -= 0.5  # a caption or headline: names and capitals, hardly a lower-case word
    return max(0.0, min(1.0, score))


def _shingles(text: str, n: int = 5) -> set[tuple[str, ...]]:
    words = normalise(text).split()
    return set(zip(*(words[k:] for k in range(n))))  # every run of n consecutive words


def representative(group: Sequence[int], sentences: Sequence[Sentence],
                   support: "Sequence[float] | np.ndarray | None" = None,
                   clarity_of: "dict[str, float] | None" = None) -> int:
    """The member of ``group`` that best words the claim: a clear full sentence whose content the
    other members corroborate, preferably in the same words.

    ``support[k]`` is how much of member ``k``'s content the other members carry (see
    :meth:`Merger.support`), in group order; without it every member counts as equally central.
    Score: ``0.4 * clarity + 0.4 * support / max(support) + 0.2 * verbatim``, where ``verbatim``
    is the share of its five-word runs that other members repeat word for word (the original
    words of a quotation beat a translation).  Ties go to the earliest article.
    ``clarity_of`` caches :func:`clarity` by text.
    """
    if len(group) == 1:
        return group[0]
    m = len(group)
    central = np.ones(m) if support is None else np.asarray(support, dtype=np.float64)
    hi = float(central.max()) if m else 0.0
    central = central / hi if hi > 0 else np.ones(m)
    cache = {} if clarity_of is None else clarity_of
    shingles: dict[str, set] = {}
    counts: Counter = Counter()
    for i in group:  # in how many members (texts counted once per member) each run occurs
        text = sentences[i].text
        sh = shingles.get(text)
        if sh is None:
            sh = shingles[text] = _shingles(text)
        counts.update(sh)
    repeated = {x for x, c in counts.items() if c > 1}
    verbatim = []
    for i in group:
        own = shingles[sentences[i].text]
        verbatim.append(len(own & repeated) / len(own) if own else 0.0)
    # Keys differ (no two members share article and start), so the best does not depend on the
    # order members are tried in.  Trying them by their value at full clarity, best first, a
    # member whose value cannot reach the best so far even at full clarity needs no clarity.
    ceiling = [0.4 * 1.0 + 0.4 * float(central[k]) + 0.2 * verbatim[k] for k in range(m)]
    best, best_key = group[0], None
    for k in sorted(range(m), key=ceiling.__getitem__, reverse=True):
        if best_key is not None and round(ceiling[k], 9) < best_key[0]:
            break  # nor can any later one (their ceilings are no higher)
        i = group[k]
        s = sentences[i]
        c = cache.get(s.text)
        if c is None:
            c = cache[s.text] = clarity(s.text)
        value = 0.4 * c + 0.4 * float(central[k]) + 0.2 * verbatim[k]
        key = (round(value, 9), -s.article, -s.start)
        if best_key is None or key > best_key:
            best, best_key = i, key
    return best


def support_matrix(feats: Sequence[Features], idf: dict[str, float]) -> np.ndarray:
    """``out[x, y]``: share of ``feats[x]``'s content weight that ``feats[y]`` also carries."""
    from collections import defaultdict
    from itertools import count

    cols: defaultdict[str, int] = defaultdict(count().__next__)  # stem -> column, in order of appearance
    idx = list(chain.from_iterable(map(cols.__getitem__, f.terms) for f in feats))
    rows = np.repeat(np.arange(len(feats)), [len(f.terms) for f in feats])
    b = np.zeros((len(feats), max(len(cols), 1)))
    b[rows, idx] = 1.0
    w = np.zeros(b.shape[1])
    w[list(cols.values())] = [idf.get(t, 0.0) for t in cols]
    shared = (b * w) @ b.T
    own = np.maximum(np.diag(shared).copy(), 1e-12)
    return shared / own[:, None]


# A dateline before the first sentence of a wire story: "ISTANBUL —", "GENEVA, Jan 21 (Reuters) -",
# "Geneva, Jan 21 (EFE).-", "PARIS (AFP) -", "Tuesday, July 7, 2009 ".
_DATELINE = re.compile(
    r"^(?:[A-Z][A-Z.'’ -]{2,40}?(?:,\s*[A-Z][\w.'’ -]{1,30}?)?(?:\s*\([\w .&/-]{2,30}\))?\s*[—–-]{1,2}\s+"
    r"|[A-Z][\w.'’ -]{1,40},\s+[A-Z][a-z]{2,9}\.?\s+\d{1,2}\s*\([\w .&/-]{2,30}\)\s*\.?\s*[—–-]{1,2}\s*"
    r"|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\s+[A-Z][a-z]{2,8}\s+\d{1,2},\s+\d{4}\s*[—–-]?\s*)"
    r"(?=[\"“A-Z])")


def citation(sentence: Sentence, articles: Sequence[Article]) -> Citation:
    """The exact citation of ``sentence``: ``articles[a].text[start:end] == text``.

    A wire dateline in front of the sentence ("GENEVA (Reuters) - ...") is left out of the span.
    """
    a = sentence.article
    start, end = sentence.start, sentence.end
    text = articles[a].text[start:end]
    m = _DATELINE.match(text)
    if m and len(text) - m.end() >= 20:
        start += m.end()
        text = articles[a].text[start:end]
    return Citation(article=a, start=start, end=end, text=text)


def citations_of(group: Sequence[int], sentences: Sequence[Sentence],
                 articles: Sequence[Article]) -> list[Citation]:
    """The citations of a point's sentences ``group`` (from :func:`merge`), in that order."""
    cite = _Citer(articles)
    return [cite(sentences[i]) for i in group]


class _Citer:
    """:func:`citation` for many sentences: where the dateline ends is looked up once per text."""

    def __init__(self, articles: Sequence[Article]) -> None:
        self.texts = [a.text for a in articles]
        self.skip: dict[str, int] = {}  # sentence text -> characters of dateline to leave out

    def __call__(self, sentence: Sentence) -> Citation:
        a, start, end = sentence.article, sentence.start, sentence.end
        text = self.texts[a][start:end]
        skip = self.skip.get(text)
        if skip is None:
            m = _DATELINE.match(text)
            skip = self.skip[text] = m.end() if m and len(text) - m.end() >= 20 else 0
        if skip:
            start += skip
            text = self.texts[a][start:end]
        return Citation(article=a, start=start, end=end, text=text)


def merge(sentences: Sequence[Sentence], articles: Sequence[Article], terms: Sequence[Sequence[str]],
          *, merger: Merger | None = None, language: str = "english",
          tokens: Sequence[Sequence[str]] | None = None,
          lazy: bool = False) -> tuple[list[Point], list[list[int]]]:
    """Turn sentences into points: one per claim, citing every article that carries it.

    Args:
        sentences: every sentence of every article (``briefing.nlp.segment``).
        articles: the articles the sentences point into.
        terms: content stems per sentence (``Representation.terms``).
        merger: the grouping parameters (default ``Merger(language=language)``).
        language: language of stems and stop words.
        tokens: words per sentence (``Representation.tokens``), when already known; saves
            tokenising the sentences again.
        lazy: give each point only its representative's citation (``citations[0]``; text,
            outlets and score are as usual), for a caller that keeps few points and completes
            them with :func:`citations_of`.

    Returns:
        ``(points, groups)``: ``points[k]`` is worded by its representative sentence
        (``citations[0]``), followed by the other articles' sentences in article order;
        ``groups[k]`` lists the sentence indices behind it, representative first.  Scores are 0
        until :mod:`briefing.engine.select` sets them.
    """
    merger = merger or Merger(language=language)
    groups = merger.groups(sentences, terms, tokens)
    feats, idf = merger.features_, merger.idf_
    uid = merger.uid_.tolist()
    outlet_of = [outlet_key(articles, a) for a in range(len(articles))]
    cite = _Citer(articles)
    points: list[Point] = []
    ordered: list[list[int]] = []
    clarity_cache: dict[str, float] = {}
    for g in groups:
        if len(g) > 1:
            # candidates: the group's distinct texts (the first 64); support: how much of each
            # the other members carry, copies counted
            n_copies: dict[int, int] = {}
            cand: list[int] = []
            for i in g:
                u = uid[i]
                if u not in n_copies:
                    n_copies[u] = 0
                    if len(cand) < 64:
                        cand.append(i)
                n_copies[u] += 1
            cu = [uid[i] for i in cand]
            counts = np.array([n_copies[u] for u in cu], dtype=np.float64)
            sm = support_matrix([feats[u] for u in cu], idf)
            np.fill_diagonal(sm, 1.0)
            total = float(sum(n_copies[u] for u in cu))
            support = (sm @ counts - 1.0) / max(total - 1.0, 1.0)
            rep = representative(cand, sentences, support, clarity_cache)
        else:
            rep = g[0]
        members = [rep] + [i for i in g if i != rep]
        cits = [cite(sentences[i]) for i in (members[:1] if lazy else members)]
        outlets = len({outlet_of[sentences[i].article] for i in members})
        points.append(Point(text=cits[0].text, citations=cits, score=0.0, outlets=outlets))
        ordered.append(members)
    return points, ordered
