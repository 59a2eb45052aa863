"""Topic headings and a title for the whole briefing.

A heading is a short noun phrase taken from the topic's own sentences in their surface form
("Geneva talks", "Troop build-up near Ukraine", "Victimes du tsunami"), never a fragment ("Dar es",
"Arrest of Malaysia's", "League canceled the entire") nor a vague word ("Meeting began",
"Secretary of state").

Finding noun phrases needs no tagger model: each word is read with the language's word lists
(``briefing/lang/<language>/headings.py``: function words, verbs, adjectives, connectors) and with
what the story itself shows about it (a word right after "the" is a noun, see :func:`noun_like`).
A candidate is a run of one to five words inside a clause that

* starts on a content word and ends on its head noun (English: the last word; French: the first),
  with connectors ("of", "near", "de") and articles after them only inside;
* holds no verb, reporting word, function word or figure at its edges;
* is a whole phrase where it stands: the next word does not continue it ("voice" of "voice vote"),
  it does not end on a possessive ("Earth's") nor cut a name ("Foreign Minister Sergei").

Each candidate is scored by how characteristic its content stems are of the topic (class-based
tf-idf: frequent in this topic, rare in the rest of the story, so the story's ever-present names
weigh little), times how many of the topic's points use it, with a preference for two- and
three-word phrases and penalties for bare names, roles and vague heads.  Headings are unique
across topics.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain
from types import ModuleType
from typing import Collection, Sequence

_CLAUSE_SPLIT = re.compile(r"[,;:()\[\]\"“”„«»‘’—–?!…/|\n]|\.(?=\s|$)|\s-\s")
_WORD = re.compile(r"\w+(?:[-'’]\w+)*", re.UNICODE)
# French elisions are words of their own ("l'", "d'"), so "d'Aceh" reads as "d' Aceh"
_WORD_ELIDED = re.compile(r"(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu)['’](?=\w)|\w+(?:-\w+)*(?:['’]s\b)?", re.UNICODE | re.I)
_POSSESSIVE = re.compile(r"['’]s?$")


@lru_cache(maxsize=None)
def _lists(language: str) -> ModuleType:
    from ..lang import part

    return part(language, "headings")


def _elided(language: str) -> bool:
    return bool(_lists(language).HEAD_FIRST)


def _words(text: str, language: str) -> list[re.Match]:
    return list((_WORD_ELIDED if _elided(language) else _WORD).finditer(text))


def _low(word: str) -> str:
    return word.lower().replace("’", "'")


def noun_like(texts: Sequence[str], language: str = "english") -> Counter:
    """Lower-cased words the story uses as nouns or names, with how often.

    A word counts when it stands right after a determiner, after a determiner and an
    adjective-looking word ("a written *response*", "the Russian *demands*", but not "the UN
    *promised*"), or capitalised inside a sentence.

    Args:
        texts: sentences of the story.
        language: whose determiners to use.

    Returns:
        A counter of lower-cased words.
    """
    det = _lists(language).DETERMINERS
    english = not _elided(language)
    out: Counter = Counter()
    for text in texts:
        words = [m.group() for m in _words(text, language)]
        low = [_low(w) for w in words]
        for i in range(1, len(words)):
            if low[i - 1] in det or low[i - 1] == "l'":
                nxt = low[i + 1] if i + 1 < len(words) else ""
                if nxt and _PARTICIPLE.search(low[i]):
                    out[nxt] += 1  # "a heated *standoff*": the participle is no noun
                    continue
                if nxt and english and _STRONG_ADJECTIVE.search(low[i]) and nxt not in det:
                    out[nxt] += 1  # "the formal *investigation*": the adjective is no noun
                    continue
                out[low[i]] += 1
                if nxt and not (english and nxt.endswith("ed")) and (_ADJECTIVE.search(low[i])
                            or (_capital(words[i]) and _PROPER_ADJECTIVE.search(low[i]))
                            or (nxt.endswith("s") and not nxt.endswith("ss") and english)):
                    out[nxt] += 1  # "a written *response*", "the top *diplomats*"
            if _capital(words[i]) and not words[i].isupper() or (words[i].isupper() and len(words[i]) > 1):
                out[low[i]] += 1
    return out


def verb_like(texts: Sequence[str], language: str = "english") -> Counter:
    """Lower-cased words the story uses as verbs, with how often.

    A word counts when it follows "to" or a modal ("will *hold*"), or ends in -s and comes right
    before "that", a determiner or a pronoun ("Iran *insists* that", "Russia *demands* the"), or
    stands between a plural and "that" ("documents *show* that").
    English only; other languages give an empty counter.

    Args:
        texts: sentences of the story.
        language: the story's language.

    Returns:
        A counter of lower-cased words.
    """
    out: Counter = Counter()
    if _elided(language):
        return out
    det = _lists(language).DETERMINERS
    for text in texts:
        low = [_low(m.group()) for m in _words(text, language)]
        for i in range(1, len(low)):
            if low[i - 1] in _VERB_BEFORE:
                out[low[i]] += 1
            if i + 1 < len(low) and low[i].endswith("s") and not low[i].endswith("ss") and (
                    low[i + 1] in det or low[i + 1] in _VERB_AFTER):
                out[low[i]] += 1
            elif (i + 1 < len(low) and low[i + 1] == "that" and low[i - 1].endswith("s")
                  and not low[i - 1].endswith("ss") and not low[i].endswith("s")
                  and low[i - 1] not in det and len(low[i - 1]) > 3):
                out[low[i]] += 1  # "documents *show* that", "officials *say* that"
    return out


_VERB_BEFORE = frozenset("to will would can could may might must should shall not".split())
_VERB_AFTER = frozenset("that it him her them us me he she they we".split())


_ADJECTIVE = re.compile(r"(?:ed|en|al|ic|ive|ous|ful|ary|ant|ent|ern|ish|less|able|ible|ile|el|aire|if|ive|eux|euse)$")
_PARTICIPLE = re.compile(r"(?:ed|ing)$")
_STRONG_ADJECTIVE = re.compile(r"(?:[^i]al|ic|ive|ous|ful|ish|less|able|ible)$")
_PROPER_ADJECTIVE = re.compile(r"(?:an|ese|ish|i|ic|ais|aise|ien|ienne|ain|aine)$")
_NAME_GLUE = {"of", "de", "du", "des", "la", "le", "von", "van", "al", "bin", "es", "el", "da", "di", "del"}


def _capital(word: str) -> bool:
    return word[:1].isupper()


def _bare_name(words: Sequence[str], glue: Collection[str] = ()) -> bool:
    """A phrase of capitalised words and name glue only ("Royal Navy", "Tour de France")."""
    return all(_capital(w) or _low(w) in _NAME_GLUE or _low(w) in glue for w in words)


_PREPOSITIONS = frozenset("against with at by about into of".split())
_TITLE_ABBREVIATIONS = frozenset("mr mrs ms dr gen maj sen rep gov lt col capt sgt spc pvt st m mme".split())


def _people(texts: Sequence[str], language: str) -> set[str]:
    """Lower-cased last names of the people the story names after a role or title ("President Joe
    *Biden*", "Foreign Minister Sergei *Lavrov*", "Mr *Smith*")."""
    roles = _lists(language).ROLES | _TITLE_ABBREVIATIONS
    out: set[str] = set()
    for text in texts:
        words = [m.group() for m in _words(text, language)]
        for i, w in enumerate(words):
            if _low(w) not in roles:
                continue
            j = i + 1
            while j < len(words) and (_capital(words[j]) and _low(words[j]) not in roles or
                                      _low(words[j]) in ("of", "de", "state")) and j - i <= 6:
                j += 1
            last = words[j - 1] if j - 1 > i else ""
            if last and _capital(last) and j - i >= 2:
                out.add(_POSSESSIVE.sub("", _low(last)))
    return out


class _Reader:
    """Reads the words of one story as a heading finder needs: kinds, nouns, heads."""

    def __init__(self, language: str, nouns: Counter, verbs: Counter, stopwords: frozenset[str]) -> None:
        h = _lists(language)
        self.h = h
        self.language = language
        self.nouns = nouns
        self.verbs = verbs
        self.head_first = bool(h.HEAD_FIRST)
        self.never = (_TITLE_ABBREVIATIONS | h.REPORTING | h.TIME_WORDS | h.FUNCTION | h.DETERMINERS | stopwords) - h.CONNECTORS - h.ARTICLES - {h.AND}

    def kind(self, word: str) -> str:
        """One letter: P connector, A article, C "and", F function/stop, D figure, V verb, N content."""
        low = _low(word)
        h = self.h
        if low in h.CONNECTORS or low in ("d'", "l'") and self.head_first:
            return "A" if low == "l'" else "P"
        if low in h.ARTICLES:
            return "A"
        if low == h.AND:
            return "C"
        if any(ch.isdigit() for ch in low):
            return "D"
        if low in self.never or low.rstrip("'") in self.never or len(low) < 2:
            return "F"
        if low in h.VERBS or self.verbs[low] > self.nouns[low]:
            return "V"
        if low.endswith(h.VERB_SUFFIXES) and len(low) > 4 and not self.nouns[low] and low not in h.ADJECTIVES:
            return "V"  # "quitter", "pourrait", "ayant"
        return "N"

    def noun(self, word: str) -> bool:
        """Can ``word`` head a noun phrase?"""
        low = _low(word)
        h = self.h
        if _POSSESSIVE.search(low) and not self.head_first or low in h.ADJECTIVES or low in h.VERBS:
            return False
        evidence = self.nouns[low] > self.verbs[low]
        if low.endswith(h.NON_HEAD_SUFFIXES) and not evidence:
            return False
        if low.endswith(h.PARTICIPLE_SUFFIXES) and not evidence:
            return False
        if evidence or _capital(word):
            return True
        if low.endswith(h.NOUN_SUFFIXES):
            return True
        return low.endswith("s") and self.nouns[low[:-1]] > 0

    def modifier(self, word: str, nxt: str | None, prev: str | None) -> bool:
        """Can ``word`` stand inside a phrase, before ``nxt`` (the next word of the phrase), after
        ``prev`` (the word before it in the sentence, inside the phrase or not)?"""
        low = _low(word)
        if low.endswith(self.h.PARTICIPLE_SUFFIXES) and not self.nouns[low] and not self.head_first:
            # "the armed forces", not "canceled the", "by leaving idle forests", "wished clarity"
            if nxt is None or self.kind(nxt) != "N" or prev is None:
                return False
            if _low(prev) in self.h.DETERMINERS or self.kind(prev) == "A":
                return True
            return not low.endswith("ing") and (self.kind(prev) == "P" or self.kind(prev) == "N" and not _capital(prev))
        return True

    def continues(self, last: str, nxt: str, after: str | None) -> bool:
        """Does ``nxt`` continue the phrase that ends on ``last`` ("voice" + "vote")?  ``after`` is
        the word after ``nxt`` (None at the end of a clause)."""
        low = _low(nxt)
        if self.kind(nxt) == "D" and not self.head_first:
            return True  # "magnitude 8.8", "Flight 447"
        if self.kind(nxt) == "V" and low not in self.h.VERBS and not _capital(nxt) and not self.head_first:
            # "a voice vote," : a word the story also uses as a verb, but ending the clause here
            return after is None or self.kind(after) in ("P", "C")
        if self.kind(nxt) != "N":
            return False
        if self.verbs[low] and self.verbs[low] >= self.nouns[low]:
            return False
        if not self.head_first:
            if _capital(nxt) and not _capital(last):
                return False  # "talks Geneva": a new name
            if low.endswith(self.h.PARTICIPLE_SUFFIXES) and not self.nouns[low]:
                return False  # "troops massing": a verb
            if low.endswith("ly"):
                return False
        return True


@dataclass(frozen=True)
class Labeler:
    """Labels topics with short noun phrases of their own sentences.

    Attributes:
        language: whose word lists, stems and stop words to use.
        max_words: longest heading, in words (1-12).

    Raises:
        ValueError: a value out of range (the message names the parameter).
    """

    language: str = "english"
    max_words: int = 5

    def __post_init__(self) -> None:
        if not isinstance(self.language, str) or not self.language.strip():
            raise ValueError(f"language must be a language name, got {self.language!r}")
        if not isinstance(self.max_words, int) or isinstance(self.max_words, bool) or not 1 <= self.max_words <= 12:
            raise ValueError(f"max_words must be an integer from 1 to 12, got {self.max_words!r}")

    def _tools(self):
        from ..nlp.words import Analyzer

        analyzer = Analyzer(self.language)
        return analyzer, frozenset(analyzer.stopwords)

    def candidates(self, text: str, analyzer, reader: _Reader) -> list[tuple[tuple[str, ...], str]]:
        """``(stem key, surface phrase)`` for every noun phrase of ``text`` fit to be a heading.

        Args:
            text: one sentence (or several, one a line).
            analyzer: stems the words.
            reader: the story's word reader.

        Returns:
            Pairs of the phrase's content stems and its words as written.
        """
        out = []
        first_clause = True
        max_n = min(self.max_words, 5)
        for part in _CLAUSE_SPLIT.split(text):
            matches = _words(part, self.language)
            if not matches:
                continue
            words = [m.group() for m in matches]
            kinds = [reader.kind(w) for w in words]
            n_w = len(words)
            for k in range(n_w):
                if kinds[k] != "N" or not reader.modifier(words[k], words[k + 1] if k + 1 < n_w else None,
                                                          words[k - 1] if k else None):
                    continue
                if k > 0 and kinds[k - 1] == "D" and not _capital(words[k]):
                    continue  # "magnitude earthquake" of "8.8 magnitude earthquake"
                if reader.head_first:
                    if not reader.noun(words[k]):
                        continue
                    # "terre" of "tremblement de terre", "flamme" of "relais de la flamme"
                    if k > 0 and _low(words[k - 1]) in reader.h.COMPLEMENT_MARKERS:
                        continue
                    if k > 1 and kinds[k - 1] == "A" and _low(words[k - 2]) in reader.h.COMPLEMENT_MARKERS:
                        continue
                # do not cut a name ("Secretary of State Antony Blinken" stays whole)
                if k > 0 and _capital(words[k]) and not (first_clause and k == 1) and (
                        _capital(words[k - 1]) or (k > 1 and _low(words[k - 1]) in _NAME_GLUE and _capital(words[k - 2]))):
                    continue
                if _low(words[k]) in _NAME_GLUE:
                    continue
                if not reader.head_first and not _capital(words[k]) and _POSSESSIVE.search(_low(words[k])):
                    continue  # "side's position" of "the other side's position"
                for e in range(k, min(n_w, k + max_n)):
                    if kinds[e] in ("F", "V", "D") and e > k and kinds[e] != "D":
                        break
                    if kinds[e] == "V" or kinds[e] == "F":
                        break
                    if not self._shape_ok(words, kinds, k, e, reader):
                        continue
                    if e + 1 < n_w and (reader.continues(words[e], words[e + 1], words[e + 2] if e + 2 < n_w else None)
                                        or _capital(words[e]) and (_capital(words[e + 1]) or (
                                            e + 2 < n_w and _low(words[e + 1]) in _NAME_GLUE
                                            and _capital(words[e + 2])))):
                        continue
                    if not reader.head_first and e + 1 < n_w and any(kinds[i] == "P" for i in range(k + 1, e)) and (
                            _low(words[e + 1]) in _PREPOSITIONS):
                        continue  # "Link between the fight" of "... the fight against climate change"
                    run = [_low(w) for w in words[k:e + 1]]
                    key = tuple(t for t in (analyzer.term(w) for w in words[k:e + 1]) if t)
                    if not key or len(set(key)) < len(key) or any(w in reader.never for w in run):
                        continue
                    out.append((key, part[matches[k].start():matches[e].end()]))
            first_clause = False
        return out

    def _shape_ok(self, words: list[str], kinds: list[str], k: int, e: int, reader: _Reader) -> bool:
        """Is ``words[k:e+1]`` shaped as a noun phrase (see the module docstring)?"""
        if kinds[e] != "N" or len(words[e]) < 2:
            return False
        if reader.head_first:
            if _POSSESSIVE.search(_low(words[e])) and len(words[e]) > 2 and "'" in words[e][-2:]:
                return False
        elif not reader.noun(words[e]) and not self._compound_head(words, kinds, e, reader):
            return False
        elif _capital(words[e]):
            j = e
            while j > k and _capital(words[j - 1]):
                j -= 1
            if j > k and kinds[j - 1] == "N" and _low(words[j - 1]) not in _NAME_GLUE:
                return False  # "network SBS", "counterpart Vladimir Putin": a noun in apposition to a name
        for i in range(k, e):
            if not reader.head_first and kinds[i] == "N" and not _capital(words[i]) and _capital(words[i + 1]) and _low(words[i]) not in _NAME_GLUE:
                return False  # "counterpart Sergey Lavrov": a noun in apposition to a name
        joints = 0
        for i in range(k + 1, e):
            kd = kinds[i]
            if kd in ("P", "C"):
                joints += 1
                if joints > 1 or kinds[i - 1] != "N" or (not reader.head_first and not reader.noun(words[i - 1])):
                    return False
                if kd == "C" and (e - k > 2 or not reader.noun(words[i + 1])):
                    return False
            elif kd == "A":
                if kinds[i - 1] != "P":
                    return False
            elif kd == "D":
                if reader.head_first:
                    return False
            elif kd != "N" or not reader.modifier(words[i], words[i + 1], words[i - 1]):
                return False
            if kd == "N" and not reader.head_first and _POSSESSIVE.search(_low(words[i])) and kinds[i + 1] != "N":
                return False
        return True

    @staticmethod
    def _compound_head(words: list[str], kinds: list[str], e: int, reader: _Reader) -> bool:
        """The second noun of a compound ("relief *bill*", "death *toll*"): after a noun, before
        the end of the clause, a connector, "and", a function word or a verb."""
        low = _low(words[e])
        if e == 0 or kinds[e - 1] != "N" or not reader.noun(words[e - 1]) or _capital(words[e]) \
                or _capital(words[e - 1]):  # "Typhoon Marlo *rose*": after a name, a verb
            return False
        if low in reader.h.ADJECTIVES or low.endswith(reader.h.PARTICIPLE_SUFFIXES + reader.h.NON_HEAD_SUFFIXES):
            return False
        if _POSSESSIVE.search(low) or reader.verbs[low]:
            return False
        return e + 1 == len(words) or kinds[e + 1] in ("P", "A", "C", "F", "V")

    def _vague(self, surface: str, reader: _Reader) -> bool:
        """A phrase whose head is a role, a part or a word about the reporting ("Rest of the race")."""
        words = [_low(m.group()) for m in _words(surface, self.language)]
        vague = reader.h.VAGUE_HEADS
        if not words:
            return True
        if reader.head_first:
            return words[0] in vague
        # "Secretary of state": the head before a connector counts; "Death toll": the last word
        heads = [words[-1]] + [words[i - 1] for i in range(1, len(words)) if words[i] in reader.h.CONNECTORS]
        return any(h in vague for h in heads)

    def explain(self, topics: Sequence[Sequence[str]], background: Sequence[str] = (),
                background_terms: Sequence[Sequence[str]] | None = None,
                weights: Sequence[Sequence[float]] | None = None, top: int = 10) -> list[list[tuple[float, str]]]:
        """The ``top`` best heading candidates of each topic with their scores (see :meth:`run`)."""
        ranked = self._ranked(topics, background, background_terms, weights)[0]
        return [[(round(v, 4), surface) for v, _, surface in scored[:top]] for scored in ranked]

    def _ranked(self, topics, background, background_terms, weights):
        """Per topic, its candidates as ``(score, stems, surface)`` best first; per topic a lift
        function; the word reader and the story's noun counts."""
        analyzer, stopwords = self._tools()
        if background_terms is None:
            background_terms = [analyzer.terms(t) for t in background]
        bg_df: Counter = Counter(chain.from_iterable(map(set, background_terms)))  # sentences per stem
        n_bg = max(len(background_terms), 1)
        nouns = noun_like(list(background[:3000]) + [t for texts in topics for t in texts], self.language)
        verbs = verb_like(list(background[:3000]) + [t for texts in topics for t in texts], self.language)
        reader = _Reader(self.language, nouns, verbs, stopwords)
        people = _people(background[:3000], self.language)
        connectors = reader.h.CONNECTORS | reader.h.ARTICLES | {reader.h.AND, "d'", "l'"}
        ranked = []
        lifts = []
        for k, texts in enumerate(topics):
            point_terms = [set(analyzer.terms(t)) for t in texts]
            pw = [1.0] * len(texts) if weights is None else [max(float(w), 0.0) for w in weights[k]]
            m = sum(pw) or 1.0
            df_t: Counter = Counter()
            for ts, w in zip(point_terms, pw):
                for t in ts:
                    df_t[t] += w
            surfaces: dict[tuple[str, ...], Counter] = {}
            for t in texts:
                for key, surface in self.candidates(t, analyzer, reader):
                    surfaces.setdefault(key, Counter())[surface] += 1

            def lift(stem: str, df_t=df_t, m=m) -> float:
                return (df_t[stem] / m) / ((bg_df[stem] + 1) / (n_bg + 1)) if df_t[stem] else 0.0

            def weight(stem: str, df_t=df_t, m=m, lift=lift) -> float:
                return df_t[stem] / m * max(math.log(lift(stem)), 0.0) if df_t[stem] else 0.0

            shown = " \n ".join(t.split("\n", 1)[0] for t in texts).lower()  # the wordings on the page
            scored = []
            for key, variants in surfaces.items():
                surface = sorted(variants.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
                words = surface.split()
                visible = any(v.lower() in shown for v in variants)
                cover = sum(w for ts, w in zip(point_terms, pw) if set(key) <= ts) / m
                value = sum(weight(s) for s in key) / len(key) * cover
                value *= {1: 1.0, 2: 1.5, 3: 1.6, 4: 1.3}.get(len(key), 1.0)
                if not visible:
                    value *= 0.7  # only in other outlets' wordings, not in the points as shown
                bare_name = _bare_name(words, connectors)
                if len(words) > 1 and bare_name:
                    # a bare name ("Antony Blinken") labels badly, unless most points are about it
                    value *= 0.6 if cover >= 0.6 else 0.25
                if bare_name and any(_POSSESSIVE.sub("", _low(w)) in people for w in words):
                    value *= 0.2  # a person ("Joe Biden"): a heading says what, not who
                if any(_low(w) in reader.h.ROLES for w in words) and (bare_name or len(key) == 1):
                    value *= 0.3  # a role ("President Joe Biden", "Foreign minister") says who, not what
                if self._vague(surface, reader):
                    value *= 0.3  # "Rest of the contenders", "Secretary of state"
                scored.append((value, key, surface))
            scored.sort(key=lambda x: (-x[0], x[2]))
            scored.sort(key=lambda x: (-x[0], x[2]))
            ranked.append(scored)
            lifts.append(lift)
        return ranked, lifts, reader, nouns

    def run(self, topics: Sequence[Sequence[str]], background: Sequence[str] = (),
            background_terms: Sequence[Sequence[str]] | None = None,
            weights: Sequence[Sequence[float]] | None = None) -> list[str]:
        """One heading per topic.

        A candidate's score: the mean, over its stems, of ``share * log(lift)`` (share: of the
        topic's points that contain the stem; lift: that share over the share of the story's
        sentences that contain it), times the share of the topic's points containing all its
        stems (shares weighted by ``weights``), with a bonus for two- and three-word phrases and
        penalties for a bare name, a role or vague head, and phrases no shown wording has.

        Args:
            topics: per topic, one text per point (all the outlets' wordings of the point may be
                joined with newlines, the wording shown on the page first: every wording helps,
                and phrases of the shown wordings are preferred).
            background: texts of the whole story's sentences (for how common a word is overall,
                and which words the story uses as nouns; the first 3,000 suffice for the latter).
            background_terms: the stems of each background sentence, when already known
                (``Representation.terms``); saves stemming the story twice.
            weights: per topic, a weight per point (default equal).  The pipeline gives the
                best points more weight: they are the ones a page that must drop points keeps.

        Returns:
            One heading per topic, in the topics' order; no two alike.
        """
        if not topics:
            return []
        ranked, lift_of, reader, nouns = self._ranked(topics, background, background_terms, weights)
        analyzer = self._tools()[0]
        labels: list[str] = []
        used_stems: list[set[str]] = []
        for k, scored in enumerate(ranked):
            lift = lift_of[k]
            # labels of different topics share no stem (unless nothing else is left)
            fresh = [(key, surface) for _, key, surface in scored
                     if not any(set(key) & u for u in used_stems)]
            taken = fresh or [(key, surface) for _, key, surface in scored]
            # The first point is the one a page that must drop points keeps: a heading over it
            # names what it says ("Crimean peninsula" must not head a point about Biden's warning
            # because a dropped second point was about Crimea), unless nothing fair is left.
            first = set(analyzer.terms(topics[k][0].split("\n", 1)[0])) if topics[k] else set()
            value_of = {key: v for v, key, _ in scored}
            top_value = value_of[taken[0][0]] if taken else 0.0
            in_first = [(key, surface) for key, surface in taken
                        if set(key) <= first and value_of[key] >= 0.3 * top_value
                        and not _bare_name(surface.split())]
            if in_first and not (taken and set(taken[0][0]) <= first):
                taken = in_first
            if not taken:
                labels.append(f"Topic {k + 1}")
                continue
            key, surface = taken[0]
            best = value_of[key]
            if len(key) == 1:
                # a phrase around the same word, else the best phrase, if not much weaker
                used = set().union(*used_stems)
                longer = next(((k2, s2) for k2, s2 in chain(taken, ((k3, s3) for _, k3, s3 in scored))
                               if len(k2) > 1 and set(key) <= set(k2) and value_of[k2] >= 0.25 * best
                               and len(set(k2) & used) <= 1), None)
                if longer is None:  # (one the first point shares a word with)
                    longer = next(((k2, s2) for k2, s2 in taken if len(k2) > 1 and value_of[k2] >= 0.5 * best
                                   and set(k2) & first), None)
                if longer is not None:
                    key, surface = longer
            if len(key) == 1:  # still one word: the best phrase there is that the first point shares
                longer = next(((k2, s2) for k2, s2 in taken if len(k2) > 1 and value_of[k2] >= 0.25 * best
                               and set(k2) & first), None)
                if longer is not None:
                    key, surface = longer
            label = _sentence_case(surface)
            if label.casefold() in {x.casefold() for x in labels}:  # never two topics with one label
                other = next((s2 for k2, s2 in taken[1:] if _sentence_case(s2).casefold()
                              not in {x.casefold() for x in labels} and len(k2) > 1), None)
                label = _sentence_case(other) if other else f"{label} ({k + 1})"
            used_stems.append(set(key))
            labels.append(label)
        return labels

    def label(self, topics: Sequence[Sequence[str]], background: Sequence[str] = (),
              background_terms: Sequence[Sequence[str]] | None = None,
              weights: Sequence[Sequence[float]] | None = None) -> list[str]:
        """The old name of :meth:`run`."""
        return self.run(topics, background, background_terms, weights)


def _sentence_case(phrase: str) -> str:
    """Capitalise the first letter, keep the rest as written (names stay capitalised)."""
    return phrase[:1].upper() + phrase[1:] if phrase else phrase


def headline_title(titles: Sequence[str], texts: Sequence[str], language: str = "english",
                   min_words: int = 3, max_words: int = 25,
                   doc_terms: Sequence[set[str]] | None = None) -> str:
    """The most representative headline: the one whose content words the most articles share.

    Each headline of ``min_words``-``max_words`` words is scored by the mean share of articles
    (``texts``, with their headlines) that contain each of its content stems; "" when no headline
    qualifies.  ``doc_terms`` (each article's stems, when already known) saves stemming the texts.
    """
    from ..nlp.words import Analyzer

    analyzer = Analyzer(language)
    if doc_terms is None:
        docs = [set(analyzer.terms(f"{h}\n{t}")) for h, t in zip(titles, texts)]
    else:
        docs = [set(d) | set(analyzer.terms(h)) for h, d in zip(titles, doc_terms)]
    n = len(docs) or 1
    df = Counter(chain.from_iterable(docs))  # articles per stem (each doc is a set)
    best, best_key = "", None
    seen: set[str] = set()
    for h in titles:
        h = " ".join(h.split())
        if not h or h in seen:
            continue
        seen.add(h)
        nwords = len(_WORD.findall(h))
        if nwords < min_words or nwords > max_words:
            continue
        stems = set(analyzer.terms(h))
        if not stems:
            continue
        share = sum(df[s] / n for s in stems) / len(stems)
        # a small preference for headlines that say more (more shared stems), then for brevity
        key = (round(share * (1.0 - 0.5 / (1 + len(stems))), 9), -nwords, h)
        if best_key is None or key > best_key:
            best, best_key = h, key
    return best


def fallback_title(text: str, max_words: int = 12) -> str:
    """A title from a point's words: its first ``max_words`` words, quotation marks dropped."""
    words = re.sub(r"[\"“”„«»]", "", text).split()
    if not words:
        return ""
    out = " ".join(words[:max_words]).rstrip(",;:")
    if len(words) > max_words:
        out += "…"
    return _sentence_case(out)


def short_title(texts: Sequence[str], doc_terms: Sequence[set[str]], background: Sequence[str] = (),
                language: str = "english", max_words: int = 6) -> str:
    """A short title for a story whose articles have no headlines: the noun phrase of the top
    points that the most articles share ("Earthquake and tsunami", "Climate change talks").

    Args:
        texts: the best points' texts, best first (the bottom line).
        doc_terms: each article's content stems.
        background: the story's sentences (which words it uses as nouns and verbs).
        language: the story's language.
        max_words: longest title, in words.

    Returns:
        The title in sentence case, or "" when no phrase of two or more content words is shared
        by at least two articles.
    """
    labeler = Labeler(language, max_words=min(max_words, 12))
    analyzer, stopwords = labeler._tools()
    sample = list(background[:3000]) + list(texts)
    reader = _Reader(language, noun_like(sample, language), verb_like(sample, language), stopwords)
    people = _people(background[:3000], language)
    n = max(len(doc_terms), 1)
    best: tuple[float, str] | None = None
    for rank, text in enumerate(texts):
        for key, surface in labeler.candidates(text, analyzer, reader):
            if len(key) < 2:
                continue
            shared = sum(1 for d in doc_terms if set(key) <= d)
            if shared < min(2, n):
                continue
            stem_share = sum(sum(1 for d in doc_terms if s in d) for s in key) / (len(key) * n)
            value = (shared / n + stem_share) * {2: 1.0, 3: 1.1, 4: 1.05}.get(len(key), 0.9)
            value *= 1.0 / (1.0 + 0.15 * rank)  # the first point is the story's centre
            words = surface.split()
            if all(_capital(w) or _low(w) in reader.h.CONNECTORS or _low(w) in _NAME_GLUE for w in words):
                value *= 0.4 if any(_POSSESSIVE.sub("", _low(w)) in people for w in words) else 0.6
            if labeler._vague(surface, reader):
                value *= 0.3
            if best is None or value > best[0] + 1e-12:
                best = (value, surface)
    return _sentence_case(best[1]) if best else ""
