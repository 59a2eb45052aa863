"""Where sources differ: the same quantity reported with different values by different outlets.

How it works (precision first):

1. Every sentence is scanned for quantity mentions (:func:`~briefing.analysis.numbers.find_quantities`):
   a number with the thing it counts ("more than 125,000 troops", "killed 13,000 people", "the
   death toll rose to 75"). Years, dates, times, durations, ages and numbers in names never count.
2. Mentions of the same kind of thing are grouped when their contexts (the words around the
   number, weighted by how rare they are among all mentions) overlap enough. A toll that every
   article gives once (troops, deaths, injured, missing, hostages) is grouped leniently; a
   kind that some article counts twice, and people, money, shares and other things, need close
   contexts. Money and shares also need the same owner ("Spain pledged $10 million" is not
   "Austria pledged $2 million"). Figures more than ten times apart, tied to different years
   ("since 2014" / "in 2010") or to different countries' troops are never one quantity. A toll
   told for the same place by another article the same day, or naming the same event on another
   day, joins that toll (any of its reports may say so); a toll with no place phrase stands where
   its clause's owner ("Poland's cold wave") or its sentence's wire dateline says, for this only.
3. A group becomes a :class:`~briefing.model.Disagreement` when at least two outlets report it
   and they give different values (numbers that differ by more than half a percent, or a vague
   amount such as "tens of thousands" against an exact one or another vague one). Every
   article's most relevant mention is listed, agreeing ones too, so the table shows the spread.
   Groups of one kind that earn the same label are merged first.

The label comes from the text: the counted thing ("Deaths", "Russian troops") with the
place and time phrases most outlets share ("in eastern Ukraine", "since 2014"), or the words
most outlets put after the counted thing ("People who lost their homes").
Each :class:`~briefing.model.Report` cites the whole sentence that carries the figure.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field, fields, replace
from datetime import date
from functools import lru_cache
from itertools import combinations

from ..model import Article, Citation, Disagreement, Report, Sentence
from .figures import Age, allowed, compatible, find_ages, place_of, quantity_qualifier
from .lexicon import Lexicon, lexicon
from .numbers import Quantity, Token, find_quantities, may_hold_quantity, tokenize
from .text import outlet_key, term

_DIGIT = re.compile(r"\d")
_NAME_PARTICLES = frozenset("de do da dos das del di du la le von van".split())  # "Rio Grande do Sul"
_TOLLS = frozenset("troops deaths injured missing hostages".split())
_VERB_STOPS = frozenset(
    "rose fell climbed reached stood stands rises rising jumped increased decreased hit killed died said "
    "says told reported according left remain remained were was are is has have had been".split()
)
_NOT_A_START = frozenset("as while after when since because and or but in on at of by for to from with".split())
_MAX_COMPARED = 120  # distinct reports of one fact compared pairwise (a bound on the work per row)
_NAMED_TOLLS = frozenset("displaced refugees arrests protesters".split())


@dataclass
class Mention:
    """One quantity mention with where it stands and the words around it."""

    quantity: Quantity
    sentence: Sentence
    outlet: str
    context: frozenset[str]
    order: int
    anchors: frozenset[str] = frozenset()  # proper names in the clause before the number
    place: frozenset[str] = frozenset()  # the capitalised words of its place phrase ("in Sri Lanka")
    day: str = ""  # the article's day, "" when undated
    where: frozenset[str] = frozenset()  # place, else a place the clause owns ("Poland's") or the dateline's

    @property
    def article(self) -> int:
        return self.sentence.article


@dataclass
class _Group:
    kind: str
    members: list[Mention] = field(default_factory=list)
    id: int = 0
    low_max: float = 0.0  # the largest lower bound among the members
    high_min: float = math.inf  # the smallest upper bound
    articles: list[int] = field(default_factory=list)  # the articles of the first 24 members

    def add(self, m: Mention) -> None:
        self.members.append(m)
        if len(self.articles) < 24:
            self.articles.append(m.article)
        self.low_max = max(self.low_max, m.quantity.low)
        self.high_min = min(self.high_min, m.quantity.high)


@dataclass(frozen=True)
class DisagreementFinder:
    """Finds figures that sources report differently: conflicts, and changes over time.

    Two reports of one fact (same counted thing, same event, place and scope) conflict when the
    values they allow do not overlap (:func:`~briefing.analysis.figures.compatible`) and they were
    reported the same day (or undated); when they were reported on different days the row is a
    change over time (``Disagreement.kind == "change"``). Conflicts come first.

    Attributes:
        language: The language of the articles' word lists.
        window: Words either side of a number that make its context.
        threshold: The least weighted context overlap (0-1) for two mentions of a kind that no
            article counts twice to be one fact (any one member of a group close enough).
        strict_threshold: The least overlap (on average over the group) when some article counts
            that kind of thing twice.
        tolerance: The relative difference under which two numbers are the same value.
        max_ratio: The largest ratio between two figures of one fact.
        limit: How many rows to return at most.

    Raises:
        ValueError: A value is out of range (the message names the parameter).
    """

    language: str = "english"
    window: int = 10
    threshold: float = 0.08
    strict_threshold: float = 0.45
    tolerance: float = 0.005
    max_ratio: float = 10.0
    limit: int = 5

    def __post_init__(self) -> None:
        if not isinstance(self.language, str) or not self.language:
            raise ValueError(f"language must be a non-empty string, got {self.language!r}")
        if not isinstance(self.window, int) or self.window < 1:
            raise ValueError(f"window must be an integer of at least 1, got {self.window!r}")
        for name in ("threshold", "strict_threshold"):
            value = getattr(self, name)
            if not isinstance(value, (int, float)) or not 0.0 <= value <= 1.0:
                raise ValueError(f"{name} must be between 0 and 1, got {value!r}")
        if not isinstance(self.tolerance, (int, float)) or not 0.0 <= self.tolerance < 1.0:
            raise ValueError(f"tolerance must be at least 0 and below 1, got {self.tolerance!r}")
        if not isinstance(self.max_ratio, (int, float)) or self.max_ratio < 1.0:
            raise ValueError(f"max_ratio must be at least 1, got {self.max_ratio!r}")
        if not isinstance(self.limit, int) or self.limit < 0:
            raise ValueError(f"limit must be a non-negative integer, got {self.limit!r}")

    def run(self, articles: list[Article], sentences: list[Sentence]) -> list[Disagreement]:
        """The rows of "where sources differ" for one story: conflicts first, then changes.

        Args:
            articles: The story's articles (their dates tell a change from a conflict).
            sentences: Their sentences (:func:`briefing.nlp.segment`).

        Returns:
            At most ``limit`` rows.
        """
        return _Reader(**{f.name: getattr(self, f.name) for f in fields(self)}).find(articles, sentences)

    find = run  # the name of 0.1.0


class _Reader:
    """One reading of one story (it holds the story's caches): see :class:`DisagreementFinder`."""

    def __init__(
        self,
        language: str = "english",
        window: int = 10,
        threshold: float = 0.08,
        strict_threshold: float = 0.45,
        tolerance: float = 0.005,
        max_ratio: float = 10.0,
        limit: int = 5,
    ) -> None:
        self.language = language
        self.window = window
        self.threshold = threshold
        self.strict_threshold = strict_threshold
        self.tolerance = tolerance
        self.max_ratio = max_ratio
        self.limit = limit
        self._token_cache: dict[str, list[Token]] = {}
        self._terms_cache: dict[str, frozenset[str]] = {}
        self._topic_cache: dict[str, frozenset[str]] = {}

    # -- mentions --------------------------------------------------------------------------

    def mentions(self, articles: list[Article], sentences: list[Sentence]) -> list[Mention]:
        """Every quantity mention in ``sentences`` with its context terms.

        Sentences are read once per distinct text (wire copy repeats them across outlets), and a
        sentence that cannot hold a quantity (:func:`~briefing.analysis.numbers.may_hold_quantity`)
        is not tokenised at all.
        """
        lex = lexicon(self.language)
        out: list[Mention] = []
        found: dict[str, list[tuple[Quantity, frozenset[str], frozenset[str], frozenset[str], frozenset[str]]]] = {}
        days: dict[int, str] = {}
        for s in sentences:
            quantities = found.get(s.text)
            if quantities is None:
                quantities = found[s.text] = self._quantities(s.text, lex)
            day = days.get(s.article)
            if day is None:
                day = days[s.article] = _day(articles[s.article])
            for q, context, anchors, place, where in quantities:
                out.append(Mention(q, s, outlet_key(articles, s.article), context, len(out), anchors, place, day, where))
        return out

    def _quantities(self, text: str, lex: Lexicon) -> list[tuple[Quantity, frozenset[str], frozenset[str], frozenset[str], frozenset[str]]]:
        """The quantities of one sentence text, each with its context terms, anchors, place and where."""
        if not may_hold_quantity(text, self.language):
            return []
        if not _DIGIT.search(text) and not _has_number_word(text, lex):
            return []
        toks = self._tokens(text)
        out = []
        for q in find_quantities(text, self.language, toks):
            place = _place(toks, q, self.language)
            out.append((q, self._context(toks, q, lex), _anchors(toks, q, lex), place,
                        place or _owned_place(text, toks, q, lex)))
        return out

    def _tokens(self, text: str) -> list[Token]:
        """:func:`~briefing.analysis.numbers.tokenize` of ``text``, kept for the labels."""
        toks = self._token_cache.get(text)
        if toks is None:
            toks = self._token_cache[text] = tokenize(text)
        return toks

    def _context(self, toks, q: Quantity, lex: Lexicon) -> frozenset[str]:
        before = [t for t in toks if t.end <= q.start][-self.window:]
        after = [t for t in toks if t.start >= q.noun_end][: self.window]
        terms: set[str] = set()
        for t in before + after:
            w = t.text
            low = w.lower()
            if not w[0].isalnum() or low in lex.stop or low in lex.modifiers:
                continue
            if w[0].isdigit() and not (len(w) == 4 and w.isdigit()):
                continue
            terms.add(term(w))
        return frozenset(terms)

    # -- grouping --------------------------------------------------------------------------

    def groups(self, mentions: list[Mention]) -> list[list[Mention]]:
        """Mentions grouped into quantities (same kind, similar context, similar magnitude).

        A kind of thing that every article counts only once ("troops" in a story about a
        build-up) is one quantity as soon as two contexts share a rare word; a kind that some
        article counts more than once (deaths in two countries) needs close contexts.
        """
        df: dict[str, int] = {}
        for m in mentions:
            for t in m.context:
                df[t] = df.get(t, 0) + 1
        n = len(mentions) + 1
        idf = {t: math.log(1.0 + n / c) for t, c in df.items()}
        mass = {m.order: sum(idf[t] for t in m.context) or 1.0 for m in mentions}
        weight = idf.__getitem__

        def sim(a: Mention, b: Mention) -> float:
            shared = a.context & b.context
            if not shared:
                return 0.0
            return sum(map(weight, shared)) / min(mass[a.order], mass[b.order])

        years_memo: dict[int, frozenset[str]] = {}
        owners_memo: dict[int, frozenset[str]] = {}
        names_memo: dict[str, frozenset[str]] = {}

        def years(m: Mention) -> frozenset[str]:
            got = years_memo.get(id(m.context))
            if got is None:
                got = years_memo[id(m.context)] = _years(m)
            return got

        def owners(m: Mention) -> frozenset[str]:
            got = owners_memo.get(m.order)
            if got is None:
                got = owners_memo[m.order] = _owners(m)
            return got

        def names(m: Mention) -> frozenset[str]:
            got = names_memo.get(m.sentence.text)
            if got is None:
                got = names_memo[m.sentence.text] = _names(m)
            return got

        self._sim = sim
        by_kind: dict[str, list[Mention]] = {}
        for m in mentions:
            by_kind.setdefault(m.quantity.kind, []).append(m)
        out: list[list[Mention]] = []
        for kind, ms in by_kind.items():
            # "Troops" or "deaths" counted once per article are one figure of the story; people,
            # money and other things are counted for many reasons and need close contexts.
            # Displaced people, refugees, arrests and crowds are counted for one place or another
            # ("600 homeless in the village", "thousands in the region"): leniently only when the
            # two sentences name the same place or body.
            named = kind in _NAMED_TOLLS
            single = (kind in _TOLLS or named) and self._single(ms)
            # Amounts of money and shares belong to someone: "Spain pledged $10 million" and
            # "Austria announced $2 million" are two figures, so these need a shared name.
            owned = kind.startswith("money") or kind == "percent"
            if owned:
                counts: dict[str, int] = {}
                for m in ms:
                    for a in m.anchors:
                        counts[a] = counts.get(a, 0) + 1
                common = {a for a, c in counts.items() if c * 2 > len(ms) and len(ms) > 2}
                ms_anchors = {m.order: m.anchors - common for m in ms}
            threshold = self.threshold if single else self.strict_threshold
            groups: list[_Group] = []
            group_scores: dict[tuple[int, int], float] = {}  # (context, group) -> score, see below
            rare_of: dict[int, list[str]] = {}  # context -> its rarer terms
            index: dict[str, list[int]] = {}  # context term -> groups whose first members carry it
            for m in ms:
                best: _Group | None = None
                best_sim = threshold
                # candidates share a context word; in big stories only the rarer words are looked up
                rare = rare_of.get(id(m.context))
                if rare is None:
                    rare = rare_of[id(m.context)] = sorted(m.context, key=lambda t: (df[t], t))[: 8 if len(ms) > 200 else None]
                cands = {k for t in rare for k in index.get(t, ())[:32]}
                if single and named:
                    cands.update(range(min(len(groups), 8)))
                article = m.article
                m_low, m_high = m.quantity.low, m.quantity.high
                for k in sorted(cands):
                    g = groups[k]
                    high = min(m_high, g.high_min)  # self._compatible(g, m), inlined
                    if high <= 0 or max(m_low, g.low_max) / high > self.max_ratio:
                        continue
                    first = g.members[0]
                    if owned and not (ms_anchors[m.order] & ms_anchors[first.order]):
                        continue
                    if years(m) and years(first) and not (years(m) & years(first)):
                        continue  # "since 2014" and "in 2010": two different periods
                    if kind == "troops" and owners(m) and owners(first) and not (owners(m) & owners(first)):
                        continue  # "US troops in Europe" and "Russian troops near Ukraine"
                    if m.place and first.place and not (m.place & first.place):
                        continue  # "killed 30,000 in Sri Lanka" and "killed 100,000 in Indonesia"
                    if single and named and not (names(m) & names(first)):
                        continue
                    # Once a group has twelve members from other articles in front, those twelve
                    # are the ones compared, whichever article m comes from: score them once per context.
                    stable = len(g.members) >= 12 and article not in g.articles[:12]
                    s = group_scores.get((id(m.context), g.id)) if stable else None
                    if s is None:
                        others = [x for x, a in zip(g.members[:24], g.articles) if a != article][:12]
                        if not others:
                            # a group from this article alone: join only on the same value
                            others = [x for x in g.members[:12] if _same_value(x.quantity, m.quantity, self.tolerance)]
                            if not others:
                                continue
                        scores = [sim(m, x) for x in others]
                        s = max(scores) if single else sum(scores) / len(scores)
                        if stable:
                            group_scores[(id(m.context), g.id)] = s
                    if single and named:
                        s += 1.0  # the shared name (checked above) is the evidence
                    elif not owned and s < best_sim and m.where and self._same_place_fact(m, g):
                        # the same toll of the same place told the same day, or of the same event
                        # ("Georges killed at least 430 throughout the Caribbean" / "Hurricane Georges
                        # ... across the Caribbean, killing at least 500"): one fact
                        s = best_sim
                    if s >= best_sim:
                        best, best_sim = g, s
                if best is None and single and not named:
                    best = self._fallback(groups, m)
                if best is None:
                    best = _Group(kind)
                    groups.append(best)
                    best.id = len(groups) - 1
                best.add(m)
                if len(best.members) <= 24:
                    for t in m.context:
                        lst = index.setdefault(t, [])
                        if not lst or lst[-1] != best.id:
                            lst.append(best.id)
            out.extend(g.members for g in groups)
        return out

    def _same_place_fact(self, m: Mention, g: _Group) -> bool:
        """True when a member of ``g`` from another article gives its figure for the same place as
        ``m`` the same day (or undated), or names the same event ("Babs", "fire") with it: the
        group's first member need not be the one that says so ("Throughout the Philippines, at
        least 129 died" / "Of the 129 deaths reported so far in the Philippines, 67 were attributed
        to landslides where Babs first landed" / "Babs ... after killing more than 150 people in
        the Philippines")."""
        mine: frozenset[str] | None = None
        for x in g.members[:12]:
            if x.article == m.article or x.where != m.where:
                continue
            if m.day == x.day or not m.day or not x.day:
                return True
            if mine is None:
                mine = self._topic_terms(m.sentence.text) - m.where
            if mine & self._topic_terms(x.sentence.text):
                return True
        return False

    def _fallback(self, groups: list[_Group], m: Mention) -> _Group | None:
        """A toll every article gives once is the story's toll even in other words ("killed at
        least 66 people" and "the death toll rose to 75"), unless something tells them apart: the
        figures are far apart (more than twice), or name different places, years or countries."""
        for g in groups[:8]:
            x = g.members[0]
            if x.article == m.article or not self._compatible(g, m):
                continue
            low = max(m.quantity.low, g.low_max)
            high = min(m.quantity.high, g.high_min)
            if high <= 0 or low / high > 2.0:
                continue
            if _years(m) and _years(x) and not (_years(m) & _years(x)):
                continue
            if _owners(m) and _owners(x) and not (_owners(m) & _owners(x)):
                continue
            if m.anchors and x.anchors and not (m.anchors & x.anchors):
                continue
            if m.place and x.place and not (m.place & x.place):
                continue
            mine = self._topic_terms(m.sentence.text)
            if not any(mine & self._topic_terms(y.sentence.text) for y in g.members[:12] if y.article != m.article):
                continue  # nothing in common but the kind: "one of the 13 who was shot" / "At least 14 died"
            return g
        return None

    def _single(self, ms: list[Mention]) -> bool:
        """True when no article gives two different values for this kind of thing."""
        by_article: dict[int, list[tuple[float, float]]] = {}
        for m in ms:
            if m.quantity.number is None:
                continue  # "thousands of people died" says little about how many figures there are
            qs = by_article.setdefault(m.article, [])
            b = allowed(m.quantity, self.language)
            if any(not compatible(q, b) for q in qs):
                return False
            qs.append(b)
        return True

    def _compatible(self, g: _Group, m: Mention) -> bool:
        """Figures of one quantity stay within ``max_ratio`` of each other."""
        low = max(m.quantity.low, g.low_max)
        high = min(m.quantity.high, g.high_min)
        if high <= 0:
            return False
        return low / high <= self.max_ratio

    # -- disagreements ---------------------------------------------------------------------

    def find(self, articles: list[Article], sentences: list[Sentence]) -> list[Disagreement]:
        """The disagreements in the story, most widely reported first."""
        try:
            return self._find(articles, sentences)
        finally:
            self._token_cache.clear()  # the caches only serve one story
            self._terms_cache.clear()

    def _find(self, articles: list[Article], sentences: list[Sentence]) -> list[Disagreement]:
        mentions = self.mentions(articles, sentences)
        # Groups of one kind that get the same label are one quantity told in different words.
        merged: dict[tuple[str, str, int], list[Mention]] = {}
        for k, members in enumerate(self.groups(mentions)):
            if len({m.outlet for m in members}) < 2 and len({_day(articles[m.article]) for m in members} - {""}) < 2:
                continue  # one outlet on one day: nothing to compare (an outlet's update is a change)
            chosen = self._one_per_article(members)
            kind = chosen[0].quantity.kind
            owned = kind.startswith("money") or kind == "percent"  # each owner's figure stays apart
            label = self.label(chosen, articles)
            # a bare head ("Deaths") says nothing of the fact: such groups stay apart
            bare = label == _head(kind, chosen, lexicon(self.language))
            key = (kind, label, k if owned or bare else -1)
            have = merged.get(key)
            if have is None:
                merged[key] = chosen
                continue
            lo = max(m.quantity.low for m in have + chosen)
            hi = min(m.quantity.high for m in have + chosen)
            if hi > 0 and lo / hi <= self.max_ratio:
                seen = {m.article for m in have}
                have.extend(m for m in chosen if m.article not in seen)
            else:
                merged[(kind, key[1], k)] = chosen  # too far apart to be one figure: a group of its own
        found: list[tuple[tuple, Disagreement]] = []
        for (_, label, _), chosen in merged.items():
            verdict = self._judge(chosen, articles)
            if not verdict:
                continue
            if verdict == "change":
                order = sorted(chosen, key=lambda m: (_day(articles[m.article]), m.article, m.sentence.start))
                label = f"{label} {_words(self.language)['change']}"
            else:
                order = sorted(chosen, key=lambda m: (m.article, m.sentence.start))
            reports = [
                Report(
                    value=m.quantity.value,
                    number=m.quantity.number,
                    citation=Citation(m.article, m.sentence.start, m.sentence.end, m.sentence.text),
                )
                for m in order
            ]
            outlets = len({m.outlet for m in chosen})
            rank = (verdict != "conflict", -outlets, min(m.order for m in chosen))
            found.append((rank, Disagreement(label, reports, verdict)))
        found.extend(self._ages(articles, sentences))
        found.sort(key=lambda x: x[0])
        return [d for _, d in found[: self.limit]]

    def _judge(self, chosen: list[Mention], articles: list[Article]) -> str:
        """"conflict", "change" or "" (the figures agree) for one fact's reports.

        Two reports conflict when the values they allow do not overlap and they come from
        different outlets on the same day (or undated); reports on different days that do not
        overlap make a change over time (one outlet updating its own figure too).
        """
        # one member per distinct (day, outlet, figure): wire copy repeats figures word for word
        distinct: dict[tuple, Mention] = {}
        for m in chosen:
            q = m.quantity
            distinct.setdefault((m.day, m.outlet, q.number, q.low, q.high, q.modifier), m)
        members = list(distinct.values())[:_MAX_COMPARED]
        bounds = {m.order: allowed(m.quantity, self.language) for m in members}
        conflict = False
        rose = fell = 0
        for a, b in combinations(members, 2):
            day_a, day_b = a.day, b.day
            if compatible(bounds[a.order], bounds[b.order]):
                if day_a and day_b and day_a != day_b and _moved(a.quantity, b.quantity, self.tolerance, self.language):
                    # "at least 430" then "at least 500" people killed: the reported floor rose
                    early, late = (a, b) if day_a < day_b else (b, a)
                    if (late.quantity.number or 0.0) > (early.quantity.number or 0.0):
                        rose += 1
                    else:
                        fell += 1
                continue
            if day_a and day_b and day_a != day_b:
                early, late = (a, b) if day_a < day_b else (b, a)
                if bounds[late.order][0] > bounds[early.order][1]:
                    rose += 1
                else:
                    fell += 1
            elif a.outlet != b.outlet:
                conflict = True
        if conflict:
            return "conflict"
        if not (rose or fell):
            return ""
        # A change over time is a running count (a toll) that moved one way between reports;
        # shares, money and other counts that differ across days may be other facts: no row.
        if chosen[0].quantity.kind not in _running(self.language) or (rose and fell):
            return ""
        return "change"

    @staticmethod
    def _people(by_surname: dict[str, list[tuple[Age, Sentence]]]) -> dict[tuple[str, str], list[tuple[Age, Sentence]]]:
        """Ages by person: one surname with different first names is different people ("Anna Walsh",
        "Jonas Walsh"); a surname alone joins its first name when only one is known."""
        out: dict[tuple[str, str], list[tuple[Age, Sentence]]] = {}
        for surname, found in by_surname.items():
            firsts = {a.name.split()[0].lower() for a, _ in found if len(a.name.split()) > 1}
            for a, s in found:
                first = a.name.split()[0].lower() if len(a.name.split()) > 1 else ""
                if not first:
                    if len(firsts) > 1:
                        continue  # "Walsh, 41," among several Walshes: whose age is it?
                    first = next(iter(firsts), "")
                out.setdefault((surname, first), []).append((a, s))
        return out

    def _ages(self, articles: list[Article], sentences: list[Sentence]) -> list[tuple[tuple, Disagreement]]:
        """Rows for people whose age the sources give differently ("Graner, 36," / "Graner, 35,")."""
        by_person: dict[str, list[tuple[Age, Sentence]]] = {}
        seen: set[tuple[str, int]] = set()
        ages_of: dict[str, list[Age]] = {}
        for s in sentences:
            ages = ages_of.get(s.text)
            if ages is None:
                ages = ages_of[s.text] = find_ages(s.text, self.language)
            for a in ages:
                if (a.name, s.article) in seen:
                    continue  # the first age an article gives a person
                seen.add((a.name, s.article))
                by_person.setdefault(a.key, []).append((a, s))
        out: list[tuple[tuple, Disagreement]] = []
        outlet_of: dict[int, str] = {}
        day_of: dict[int, str] = {}
        for found in self._people(by_person).values():
            if len({a.years for a, _ in found}) < 2:
                continue
            for _, s in found:
                if s.article not in outlet_of:
                    outlet_of[s.article] = outlet_key(articles, s.article)
                    day_of[s.article] = _day(articles[s.article])
            outlets = {outlet_of[s.article] for _, s in found}
            verdict = ""
            distinct = {(a.years, day_of[sa.article], outlet_of[sa.article]): (a, sa) for a, sa in found}
            for (a, sa), (b, sb) in combinations(list(distinct.values())[:_MAX_COMPARED], 2):
                if a.years == b.years or sa.article == sb.article:
                    continue
                da, db = day_of[sa.article], day_of[sb.article]
                if da and db and abs((date.fromisoformat(da) - date.fromisoformat(db)).days) > 180:
                    verdict = verdict or "change"
                else:
                    # an age is no running count: two ages of one person told within half a year
                    # cannot both be true, whichever outlet (or article of one outlet) gave them
                    verdict = "conflict"
            if not verdict:
                continue
            names = [a.name for a, _ in found]
            name = max(sorted(set(names)), key=lambda n: (names.count(n), len(n)))
            reports = [Report(value=s.text[a.start:a.end], number=float(a.years),
                              citation=Citation(s.article, s.start, s.end, s.text))
                       for a, s in sorted(found, key=lambda x: (x[1].article, x[1].start))]
            label = _words(self.language)["age"].format(name=name)
            out.append(((verdict != "conflict", -len(outlets), -1), Disagreement(label, reports, verdict)))
        return out

    def _one_per_article(self, members: list[Mention]) -> list[Mention]:
        by_article: dict[int, list[Mention]] = {}
        for m in members:
            by_article.setdefault(m.article, []).append(m)
        chosen = []
        for a in sorted(by_article):
            cands = by_article[a]
            if len(cands) == 1:
                chosen.append(cands[0])
                continue
            others = [x for x in members if x.article != a][:24]
            chosen.append(max(cands, key=lambda m: (sum(self._sim(m, x) for x in others), -m.order)))
        return chosen

    # -- labels ----------------------------------------------------------------------------

    def _topic_terms(self, text: str) -> frozenset[str]:
        """The content words of a sentence that can tell its event ("fire", "dance-hall"): no stop
        words, numbers, calendar words, or the words every toll uses ("killed", "people")."""
        got = self._topic_cache.get(text)
        if got is None:
            lex = lexicon(self.language)
            common = lex.death_cues | lex.injury_cues | lex.people | lex.speech_verbs
            dateline = _DATELINE.match(text)
            skip = dateline.end() if dateline else 0  # "JAKARTA, Indonesia (AP) _" tells no event
            got = self._topic_cache[text] = frozenset(
                term(t.text) for t in self._tokens(text)
                if t.start >= skip and t.text[0].isalpha() and len(t.text) > 2 and t.low not in lex.stop and t.low not in common
                and t.low not in lex.months and t.low not in lex.weekdays and t.low not in lex.modifiers
                and t.low not in lex.units and t.low not in lex.scales)
        return got

    def _all_terms(self, text: str) -> frozenset[str]:
        """The terms of every word and number of a sentence (cached by text)."""
        terms = self._terms_cache.get(text)
        if terms is None:
            terms = self._terms_cache[text] = frozenset(term(t.text) for t in self._tokens(text) if t.text[0].isalnum())
        return terms

    def label(self, chosen: list[Mention], articles: list[Article]) -> str:
        """A short label from the text: the counted thing plus the place and time most outlets give."""
        lex = lexicon(self.language)
        kind = chosen[0].quantity.kind
        head = _head(kind, chosen, lex)
        outlets = {m.outlet for m in chosen}
        if len(outlets) < 2 and len(chosen) > 1:
            # one outlet's reports on several days: each article is a voice for the label
            chosen = [replace(m, outlet=f"{m.outlet}#{m.article}") for m in chosen]
            outlets = {m.outlet for m in chosen}
        place = self._phrase(chosen, lex, lex.preps_place, len(outlets))
        time = self._phrase(chosen, lex, lex.preps_time, len(outlets))
        if not place and not time and kind == "people" or kind.startswith("n:") and not place:
            cont = self._continuation(chosen, lex, len(outlets))
            if cont:
                return f"{head} {cont}" if kind != "people" else f"{head} who {cont}" if _verbish(cont) else f"{head} {cont}"
        if kind == "troops" and lex.language == "english":
            owner = _owner(chosen, len(outlets), place)
            if owner:
                head = f"{owner} {head.lower()}"
        parts = [head] + [p for p in (place, time) if p]
        return " ".join(parts)

    def _continuation(self, chosen: list[Mention], lex: Lexicon, n_outlets: int) -> str:
        """The words right after the counted thing that most outlets share ("lost their homes")."""
        support: dict[tuple[str, ...], set[str]] = {}
        text_of: dict[tuple[str, ...], str] = {}
        for m in chosen[:60]:
            toks = [t for t in self._tokens(m.sentence.text) if t.start >= m.quantity.noun_end]
            words: list = []
            for t in toks[:5]:
                if not t.text[0].isalnum() or t.low in ("and", "or", "but", "which", "who", "that"):
                    break
                if t.low in lex.weekdays or t.low in lex.months or t.text[0].isdigit():
                    break
                words.append(t)
            while words and words[-1].low in lex.stop:
                words.pop()  # "were without power on" -> "were without power"
            if words and words[0].low in _NOT_A_START:
                continue
            for n in range(2, len(words) + 1):
                if words[n - 1].low in lex.stop or words[n - 1].low in _VERB_STOPS and n < len(words):
                    continue  # "people in the", "rescuers had been": not a phrase yet
                key = tuple(term(t.text) for t in words[:n])
                support.setdefault(key, set()).add(m.outlet)
                text_of.setdefault(key, m.sentence.text[words[0].start:words[n - 1].end])
        good = [(len(v), len(k), text_of[k]) for k, v in support.items() if len(v) >= 2 and len(v) * 2 >= n_outlets]
        if not good:
            return ""
        best = max(good, key=lambda g: (g[0], g[1], g[2]))
        return best[2]

    def _phrase(self, chosen: list[Mention], lex: Lexicon, preps: frozenset[str], n_outlets: int) -> str:
        """The prepositional phrase near the figures that most outlets share ("near Ukraine's border")."""
        candidates: list[tuple[int, int, int, str]] = []
        chosen = chosen[:60]
        all_terms = {x.order: self._all_terms(x.sentence.text) | x.context for x in chosen}
        by_outlet: dict[str, list[Mention]] = {}
        for x in chosen:
            by_outlet.setdefault(x.outlet, []).append(x)
        outlets = sorted(by_outlet)
        supports: dict[tuple[str, ...], int] = {}  # content words -> outlets whose mentions carry them all
        for m in chosen:
            toks = self._tokens(m.sentence.text)
            first = next((k for k, t in enumerate(toks) if t.end > m.quantity.start), 0)
            last = next((k for k, t in enumerate(toks) if t.start >= m.quantity.noun_end), len(toks))
            idx = list(range(max(0, first - 9), min(len(toks), last + 7)))
            for k in idx:
                if toks[k].low not in preps:
                    continue
                if k > 0 and toks[k - 1].low in ("according", "than"):
                    continue
                if k + 1 < len(toks) and f"{toks[k].low} {toks[k + 1].low}" in lex.modifiers:
                    continue  # "at least", "up to": part of a figure, not a place
                words = [toks[k]]
                for n_, t in enumerate(toks[k + 1: k + 6]):
                    low = t.low
                    if not (t.text[0].isalnum()):
                        break
                    after = toks[k + 2 + n_] if k + 2 + n_ < len(toks) else None
                    name_particle = low in _NAME_PARTICLES and words[-1].text[0].isupper() and after is not None and after.text[0].isupper()
                    if low in lex.stop and low not in lex.connectors and not name_particle:
                        break
                    if low in ("that", "which", "who", "where", "when", "as", "amid") or low in _VERB_STOPS:
                        break
                    if t.text[0].isdigit() and not (len(t.text) == 4 and t.text.isdigit()) or low in lex.units:
                        break
                    if low in lex.modifiers or t.start >= m.quantity.start and t.end <= m.quantity.noun_end:
                        break
                    words.append(t)
                content = [term(t.text) for t in words[1:] if t.low not in lex.stop]
                if any(t.low in lex.weekdays or t.low in lex.months or t.low in lex.time_units for t in words[1:]):
                    continue  # "on Tuesday", "in recent months": when, not what
                if not content or all(t.low in lex.connectors for t in words[1:]):
                    continue
                if words[-1].low in lex.connectors or words[-1].low in lex.modifiers:
                    continue
                support = supports.get(tuple(content))
                if support is None:
                    support = supports[tuple(content)] = sum(
                        1 for o in outlets
                        if any(all(c in all_terms[x.order] for c in content) for x in by_outlet[o])
                    )
                exact_key = " ".join(term(t.text) for t in words)
                candidates.append((support, len(content), m.order, exact_key + "\t" + m.sentence.text[words[0].start:words[-1].end]))
        if not candidates:
            return ""
        counts: dict[str, int] = {}
        for c in candidates:
            key = c[3].split("\t")[0]
            counts[key] = counts.get(key, 0) + 1
        best = max(candidates, key=lambda c: (c[0], counts[c[3].split("\t")[0]], -c[1], -c[2]))
        if best[0] < 2 or best[0] * 2 < n_outlets:
            return ""
        phrase = best[3].split("\t")[1]
        return phrase[:1].lower() + phrase[1:] if phrase[:1].isupper() and phrase.split()[0].lower() in preps else phrase


_DEMONYMS = {
    "russia": "Russian", "moscow": "Russian", "ukraine": "Ukrainian", "kyiv": "Ukrainian", "kiev": "Ukrainian",
    "china": "Chinese", "beijing": "Chinese", "us": "US", "u.s": "US", "america": "US", "washington": "US",
    "britain": "British", "uk": "British", "france": "French", "germany": "German", "israel": "Israeli",
    "iran": "Iranian", "turkey": "Turkish", "india": "Indian", "pakistan": "Pakistani", "syria": "Syrian",
    "nato": "NATO", "belarus": "Belarusian", "poland": "Polish", "japan": "Japanese", "korea": "Korean",
    "north korea": "North Korean", "south korea": "South Korean", "taiwan": "Taiwanese", "iraq": "Iraqi",
    "afghanistan": "Afghan", "saudi": "Saudi", "egypt": "Egyptian", "ethiopia": "Ethiopian", "sudan": "Sudanese",
    "venezuela": "Venezuelan", "armenia": "Armenian", "azerbaijan": "Azerbaijani", "serbia": "Serbian",
    "kosovo": "Kosovar", "lebanon": "Lebanese", "yemen": "Yemeni", "libya": "Libyan", "mali": "Malian",
}


_DEMONYM_SET = frozenset(_DEMONYMS.values())


def _owners(m: Mention) -> frozenset[str]:
    """Whose troops a mention counts, as demonyms ("Russia has amassed" -> {"Russian"})."""
    out = {_DEMONYMS[a.lower()] for a in m.anchors if a.lower() in _DEMONYMS}
    if {"united", "state"} <= m.anchors:
        out.add("US")
    if {"united", "kingdom"} <= m.anchors:
        out.add("British")
    text = m.sentence.text
    between = text[m.quantity.end:m.quantity.noun_end]  # "125,000 Russian troops"
    before = text[max(0, m.quantity.start - 25):m.quantity.start]  # "Russia's build-up of"
    for w in re.findall(r"[A-Z][\w.]+", before + " " + between):
        key = re.sub(r"[’']s$", "", w).lower().rstrip(".")
        if key in _DEMONYMS:
            out.add(_DEMONYMS[key])
        elif w in _DEMONYM_SET:
            out.add(w)
    return frozenset(out)


def _owner(chosen: list[Mention], n_outlets: int, place: str) -> str:
    """Whose troops: the country most outlets name right before the figure ("Russia has amassed")."""
    votes: dict[str, set[str]] = {}
    for m in chosen:
        for a in m.anchors:
            votes.setdefault(_DEMONYMS.get(a.lower(), ""), set()).add(m.outlet)
        # "Russia's build-up of tens of thousands of troops", "125,000 Russian troops"
        text = m.sentence.text
        window = text[max(0, m.quantity.start - 40):m.quantity.noun_end]
        for w in re.findall(r"[A-Z][\w.]+", window):
            key = re.sub(r"[’']s$", "", w).lower().rstrip(".")
            demonym = _DEMONYMS.get(key) or next((d for d in _DEMONYMS.values() if d == w), "")
            if demonym:
                votes.setdefault(demonym, set()).add(m.outlet)
    votes.pop("", None)
    if not votes:
        return ""
    best = max(sorted(votes), key=lambda d: len(votes[d]))
    if len(votes[best]) * 2 <= n_outlets or len(votes[best]) < 2:
        return ""
    if any(k in place.lower() for k, v in _DEMONYMS.items() if v == best):
        return ""  # "Ukrainian troops near Ukraine's border" would be a guess
    return best


def _anchors(toks, q: Quantity, lex: Lexicon) -> frozenset[str]:
    """Capitalised words in the clause right before the figure ("Spain pledged $10 million")."""
    before = [t for t in toks if t.end <= q.start][-7:]
    out: set[str] = set()
    for t in reversed(before):
        if t.text in (",", ";", ":", "—", "–", "(", ")") or t.low in ("while", "whereas", "and", "but"):
            break
        w = t.text
        if w[0].isupper() and t.low not in lex.stop and t.low not in lex.months and t.low not in lex.weekdays:
            out.add(term(w.replace(".", "")))
    if q.kind == "percent":
        # whose share: "turnout was 51 percent", "unemployment rose to 9 percent"
        share = _share_nouns(lex.language)
        near = [t for t in toks if t.end <= q.start][-8:] + [t for t in toks if t.start >= q.end][:4]
        out.update("~" + t.low for t in near if t.low in share)
    return frozenset(out)


@lru_cache(maxsize=16)
def _share_nouns(language: str) -> frozenset[str]:
    from ..lang import part

    return frozenset(getattr(part(language, "figures"), "SHARE_NOUNS", ()))


def _names(m: Mention) -> frozenset[str]:
    """Capitalised words of the mention's sentence, its first word and calendar words aside."""
    words = re.findall(r"(?<=\s)[A-Z][\w'’-]+", m.sentence.text)
    lex = lexicon("english")
    return frozenset(term(w) for w in words if w.lower() not in lex.stop and w.lower() not in lex.months
                     and w.lower() not in lex.weekdays)


def _years(m: Mention) -> frozenset[str]:
    """The years in a mention's context ("since 2014")."""
    return frozenset(t for t in m.context if len(t) == 4 and t.isdigit())


def _verbish(phrase: str) -> bool:
    first = phrase.split()[0].lower()
    return first.endswith("ed") or first in ("lost", "fled", "left", "were", "have", "had", "are", "was", "remain", "remained")




def _head(kind: str, chosen: list[Mention], lex: Lexicon) -> str:
    if kind in lex.class_labels and not kind.startswith(("money", "percent")):
        return lex.class_labels[kind]
    if kind.startswith("money:"):
        return lex.class_labels.get("money", "Amount") + f" ({kind.split(':', 1)[1]})"
    nouns = [m.quantity.noun for m in chosen if m.quantity.noun]
    if nouns:
        noun = max(sorted(set(nouns)), key=nouns.count)
        return noun[:1].upper() + noun[1:]
    return lex.class_labels.get(kind, kind.split(":")[-1].capitalize())


def _same_value(a: Quantity, b: Quantity, tolerance: float) -> bool:
    if a.number is None or b.number is None:
        return a.number is None and b.number is None and (a.low, a.high) == (b.low, b.high)
    hi = max(abs(a.number), abs(b.number))
    return hi == 0 or abs(a.number - b.number) <= tolerance * hi


def _has_number_word(text: str, lex: Lexicon) -> bool:
    return _number_word_re(lex.language).search(text) is not None


@lru_cache(maxsize=4)
def _number_word_re(language: str) -> re.Pattern[str]:
    lex = lexicon(language)
    words = sorted(set(lex.units) | set(lex.scales) | {"thousands", "hundreds", "millions", "dozens", "scores",
                                                         "milliers", "centaines", "dizaines"}, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b", re.I)


def _moved(a: Quantity, b: Quantity, tolerance: float, language: str) -> bool:
    """True when two figures of the same qualifier are different numbers: two floors ("at least 430",
    "at least 500") or two exact counts; an approximation ("about 65") moves nothing."""
    if a.number is None or b.number is None or _same_value(a, b, tolerance):
        return False
    qa, qb = quantity_qualifier(a, language), quantity_qualifier(b, language)
    floors = ("more than", "at least")
    return (qa in floors and qb in floors) or (qa == qb == "exact")


def _day(article: Article) -> str:
    """The article's day ("2022-01-21"), "" when undated or not ISO."""
    d = (article.date or "")[:10]
    return d if re.fullmatch(r"\d{4}-\d{2}-\d{2}", d) else ""


def _place(toks: list[Token], q: Quantity, language: str) -> frozenset[str]:
    """The capitalised words of the place phrase next to a figure ("in Sri Lanka" -> {"sri", "lanka"})."""
    phrase = place_of(toks, q.start, q.noun_end, language)
    return frozenset(term(w) for w in phrase.split()[1:] if w[:1].isupper())


# A wire dateline opening a sentence: "WARSAW, Poland (AP) _", "MOSCOW (AP) _", "JERUSALEM _"
_DATELINE = re.compile(r"^([A-Z][A-Z.'’ -]{2,40}?)(?:,\s*([A-Z][\w.'’ -]{1,30}?))?\s*(?:\([\w .&/-]{2,30}\))?\s*[_—–-]{1,2}\s")


def _owned_place(text: str, toks: list[Token], q: Quantity, lex: Lexicon) -> frozenset[str]:
    """Where a figure with no place phrase stands: a place its clause owns before it ("Poland's
    prolonged cold front ... raising the death toll to at least 74") or the sentence's dateline
    ("WARSAW, Poland (AP) _ The death toll ... reached 85"). Used only to join a toll with one
    told for the same place on another day, never to keep figures apart."""
    before = [t for t in toks if t.end <= q.start][-15:]
    for k in range(len(before) - 1, -1, -1):
        t = before[k]
        if t.text in (";", ":"):
            break
        word = ""
        if t.low.endswith(("'s", "’s")) and t.text[:1].isupper():
            word = t.text[:-2]
        elif t.text in ("'", "’") and k and before[k - 1].text[:1].isupper() and before[k - 1].low.endswith("s"):
            word = before[k - 1].text  # "the Philippines' main island"
        if word and k and before[k - 1].text[:1].isupper() and before[k - 1].low not in lex.stop:
            word = ""  # "Prime Minister Netanyahu's": a person, most likely
        if word and word.lower() not in lex.stop and word.lower() not in lex.months and word.lower() not in lex.weekdays:
            return frozenset({term(word)})
    m = _DATELINE.match(text)
    if m:
        name = m.group(2) or m.group(1)
        return frozenset(term(w) for w in name.split() if w[:1].isupper())
    return frozenset()


@lru_cache(maxsize=16)
def _words(language: str) -> dict[str, str]:
    """The labels of changes and ages for ``language``."""
    from ..lang import part

    data = part(language, "figures")
    return {"change": data.CHANGE_LABEL, "age": data.AGE_LABEL}


@lru_cache(maxsize=16)
def _running(language: str) -> frozenset[str]:
    from ..lang import part

    return frozenset(part(language, "figures").RUNNING)


def find_disagreements(articles: list[Article], sentences: list[Sentence], language: str = "english") -> list[Disagreement]:
    """Figures that sources report differently (see :class:`DisagreementFinder`).

    Args:
        articles: The story's articles.
        sentences: Their sentences.
        language: Their language.

    Returns:
        Conflicts first, then changes over time.
    """
    return DisagreementFinder(language).run(articles, sentences)
