"""The people of an article: who it names, in what form, with which titles, and where.

:class:`People` reads the article's words outside quotation marks. Every run of capitalised words
that ends in a name is a *mention*: its position, its name words ("Barack Obama"), the title
words before it ("President", "White House press secretary") and whether it stands where a
subject stands (not after a preposition, not a possessive). From these it answers:

- :meth:`People.canonical`: the fullest form the article gives a name ("Obama" -> "Barack
  Obama"; a piece of a longer name, "Joon Ho", -> "Bong Joon Ho"); an ambiguous surname (two
  Clintons) stays as written unless a gender or one dominant form decides it;
- :meth:`People.pronoun`: the most recent person before a he/she who can be meant by it: a
  subject, of the pronoun's gender where the article tells (honorifics, gendered roles, common
  given names); none when a full name the article shows nothing of (no speech, title, gender or
  place) stands between that person and the he/she, unless the article shows the person to be of
  the pronoun's gender ("..., and that was Gladys Marin of the Communist Party. "...," she told":
  not the general named before her);
- :meth:`People.by_description`: the one person whose titles hold every word of a description
  ("the Indiana governor" -> "Mike Pence" when the article writes "Indiana Gov. Mike Pence");
- :meth:`People.is_place`: a single word the article only uses after "in", "from", "at"... or in
  its dateline is a place, never a speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from types import ModuleType

from .marks import Token

PARTICLES = frozenset("de da di del der den van von la le al bin ibn el du dos das ter bint abu".split())
_OBJECT_PREPOSITIONS = frozenset(
    "of to with by for from against about at on in into toward towards over under between among "
    "than like versus vs de à avec par pour contre sur".split()
)


class _Unions:
    def __init__(self, W: ModuleType) -> None:
        forms = set(W.TITLE_FORMS.values())
        self.role_title = frozenset(W.ROLE_NOUNS | W.TITLES)
        self.role_title_org = frozenset(W.ROLE_NOUNS | W.TITLES | W.ORG_NOUNS)
        self.role_title_forms = frozenset(W.ROLE_NOUNS | W.TITLES | forms)
        self.people_words = frozenset(W.ROLE_NOUNS | W.MALE_WORDS | W.FEMALE_WORDS | forms)
        from ...lang import part

        ref = part("english", "quotes")  # given names travel: every language also reads English's
        self.male_first = frozenset(W.MALE_FIRST_NAMES | ref.MALE_FIRST_NAMES)
        self.female_first = frozenset(W.FEMALE_FIRST_NAMES | ref.FEMALE_FIRST_NAMES)
        self.first_names = self.male_first | self.female_first
        self.org_docs = frozenset(W.ORG_NOUNS | W.DOCUMENT_NOUNS)
        self.det_pron = frozenset(W.DETERMINERS | W.PRONOUNS)
        self.role_org_press = frozenset(W.ROLE_NOUNS | W.ORG_NOUNS | {"reporters", "journalists"})


_UNIONS: dict[str, _Unions] = {}
_OF_WORDS = frozenset("of for at from de du des".split())


def unions(W: ModuleType) -> _Unions:
    """Unions of a language's word lists, made once."""
    u = _UNIONS.get(W.__name__)
    if u is None:
        u = _UNIONS[W.__name__] = _Unions(W)
    return u


@lru_cache(maxsize=1 << 16)
def norm(word: str) -> str:
    """A word as compared: lower case, without a possessive or a final stop."""
    w = word.lower()
    for suffix in ("'s", "’s", "'", "’"):
        if w.endswith(suffix) and len(w) > len(suffix):
            w = w[: -len(suffix)]
            break
    return w.rstrip(".") if len(w) > 2 else w


def display(word: str) -> str:
    """A name word as shown: possessive dropped."""
    w = word
    for suffix in ("'s", "’s"):
        if w.endswith(suffix):
            w = w[: -len(suffix)]
    return w


def is_name_word(t: Token, W: ModuleType) -> bool:
    """A capitalised word that can be part of a name (not a title, a day or a month)."""
    if not t.cap:
        return False
    n = norm(t.text)
    return (n not in W.TITLES and t.low not in W.TITLES and n not in W.TIME_WORDS and n not in W.PRONOUNS
            and n not in W.FIRST_PERSON and n not in W.NOT_NAME_STARTS and n not in W.MALE_PRONOUNS
            and n not in W.FEMALE_PRONOUNS and n not in W.PLURAL_PRONOUNS)


def split_name(words: list[Token], W: ModuleType) -> tuple[list[Token], list[Token]]:
    """(title words, name words) of a capitalised phrase: the name is its last run of name
    words (after any possessive), at most four words."""
    for k in range(len(words) - 1, -1, -1):
        if words[k].low.endswith(("'s", "’s")) and k < len(words) - 1:
            words = words[k + 1:]
            break
    k = len(words)
    if (len(words) >= 2 and words[-1].cap and not is_name_word(words[-1], W)
            and norm(words[-1].text) not in W.TIME_WORDS and norm(words[-1].text) not in W.NOT_NAME_STARTS
            and (is_name_word(words[-2], W) or norm(words[-2].text) in W.HONORIFICS)):
        k -= 1  # a surname that is also a title: "Mr. King", "Charlie King"
    while k > 0 and (is_name_word(words[k - 1], W) or (words[k - 1].low in PARTICLES and k < len(words))):
        k -= 1
    name = words[k:]
    while name and (name[0].low in PARTICLES or name[0].low in W.NOT_NAME_STARTS):
        name = name[1:]
    if len(name) >= 3:
        # "Miss Universe Alicia Machado": the name starts at a given name
        firsts = unions(W).first_names
        inner = next((i for i in range(1, len(name) - 1) if name[i].low in firsts and name[0].low not in firsts), 0)
        name = name[inner:]
    return words[: len(words) - len(name)], name


@lru_cache(maxsize=None)
def territories(W: ModuleType) -> frozenset[str]:
    """Lower-cased names of countries and regions in the language of the word lists ``W`` (CLDR
    names from Babel in ``W.TERRITORY_LOCALE``, without their parenthesised or "SAR China" parts,
    plus ``W.PLACE_VARIANTS``); empty when the language gives no locale."""
    locale = getattr(W, "TERRITORY_LOCALE", "")
    out: set[str] = set(getattr(W, "PLACE_VARIANTS", ()))
    if locale:
        from babel import Locale

        for name in Locale.parse(locale).territories.values():
            low = name.lower()
            out.add(low)
            out.add(re.sub(r"\s*\(.*?\)|\s+sar\b.*$", "", low).strip())
    return frozenset(out)


@dataclass
class _Record:
    mentions: list = field(default_factory=list)
    titles: list = field(default_factory=list)
    votes: list = field(default_factory=list)
    evidence: set = field(default_factory=set)
    titled: set = field(default_factory=set)
    after_prep: list = field(default_factory=list)
    elsewhere: list = field(default_factory=list)
    in_place_runs: list = field(default_factory=list)  # words of longer names after "in", "at", ...
    pronoun_opens: dict = field(default_factory=dict)
    pronoun_in: set = field(default_factory=set)  # (sentence, gender) of every he/she in it
    name_opens: dict = field(default_factory=dict)
    n_sentences: int = 0


_RECORDS: dict[tuple[str, str], _Record] = {}
_LOW_TITLE = re.compile(
    r"\b(?:secretary|minister|president|chancellor|ambassador|spokesman|spokeswoman|spokesperson|"
    r"governor|senator|mayor|director|chief|commander|general|envoy|premier|chairman|chairwoman|state|foreign|"
    r"defence|defense|interior|prime|deputy|vice|press|former)\b(?=[ \t]+(?:of[ \t]+)?[A-Za-z])"
)
_UP = "A-ZÀ-ÖØ-Þ"
_CAP_WORD = rf"(?:[{_UP}]\.(?:[{_UP}]\.)*|[{_UP}][a-zß-öø-ÿ]{{0,3}}\.(?=[ \t]+[{_UP}])|[{_UP}][\w’'-]*)"
_NAME_RUN = re.compile(
    rf"\b{_CAP_WORD}(?:[ \t]+(?:(?:of|de|van|von|der|den|al|bin|la|le|du|da|di)[ \t]+)?{_CAP_WORD})+"
)


def _after_place_preposition(toks: list, k: int, W) -> bool:
    """Does a place preposition stand before token ``k``, with at most two lower-case words
    between ("at Port Zante", "in the National Stadium", "at the iconic Beijing Stadium")?"""
    for back in range(1, 4):
        if k - back < 0:
            return False
        t = toks[k - back]
        if t.kind == "w" and t.low in W.PLACE_PREPOSITIONS:
            return True
        if t.kind != "w" or t.cap:
            return False
    return False


@dataclass(frozen=True)
class Mention:
    """One naming of a person: ``name`` words as shown, ``titles`` (normalised, lower case)."""

    pos: int
    name: tuple[str, ...]
    titles: frozenset[str]
    subject: bool
    sentence: int  # index of its sentence in the article
    first: bool  # the first noun phrase of its sentence (the subject of the main clause)
    speaks: bool = False  # the subject of a speech verb ("Ham explained", "according to Ham")


class People:
    """The people one article names (see the module docstring).

    Args:
        paragraphs: per paragraph, its start offset and its tokens (quotations as single tokens).
        W: the language's ``quotes`` word lists.
        dateline: words of the article's dateline ("WASHINGTON"), never speakers.
    """

    def __init__(self, paragraphs: list[tuple[int, str, list[Token], list[tuple[int, int]]]], W: ModuleType,
                 dateline: frozenset[str]) -> None:
        self.W = W
        self.mentions: list[Mention] = []
        self.forms: dict[str, dict[tuple[str, ...], int]] = {}  # surname -> full form -> count
        self.gender_votes: dict[tuple[str, ...], list[int]] = {}  # full form or (surname,) -> [male, female]
        self.titles_of: dict[tuple[str, ...], set[str]] = {}
        self.after_prep: dict[str, int] = {}
        self.in_place_runs: set[str] = set()  # words of names of two or more words after "in", "at", ...
        self.elsewhere: dict[str, int] = {}
        self.dateline = dateline
        self.evidence: set[str] = set()  # surnames the article shows to be people's
        self.titled: set[str] = set()  # surnames named with a personal title or a gendered word
        self.opening_pronoun: dict[int, str] = {}  # sentence -> gender of a he/she opening it
        self.pronoun_in: set[tuple[int, str]] = set()  # (sentence, gender) of every he/she in it
        self._last_opener: tuple[tuple[str, ...], int] | None = None
        self._sentence = 0
        for ps, para, toks, sents in paragraphs:
            if toks is None:
                self.add_names(para)
                self._sentence += 1
            else:
                self._scan(ps, para, toks, sents)
        self._canon: dict[tuple, str] = {}
        self._by_title: tuple[int, dict[str, list[tuple[str, ...]]]] | None = None
        self._by_first: tuple[int, dict[str, list[tuple[int, tuple[str, ...]]]]] | None = None

    def note_speaker(self, name: tuple[str, ...]) -> None:
        """A name the article makes the subject of a speech verb: a person's."""
        if name:
            self.evidence.add(name[-1].lower())

    def person_like(self, m: Mention) -> bool:
        """Does the article show this mention to name a person?"""
        W = self.W
        if any(norm(w) in W.ORG_NOUNS or norm(w) in self.dateline for w in m.name):
            return False
        if " ".join(m.name).lower() in territories(W) and not (
                len(m.name) == 1 and m.name[0].lower() in self.forms and any(
                    len(f) > 1 for f in self.forms[m.name[0].lower()])):
            return False  # a country ("Turkey", "Syria"), unless a full name shows a person ("Steven Jordan")
        if len(m.name) == 1 and (m.name[0].isupper() and len(m.name[0]) > 1 or self.is_place(m.name[0])):
            return False  # an acronym ("DNC") or a place
        if len(m.name) == 1:
            # one word needs more than "X said": a full name, a title or a gender in the article
            s = m.name[0].lower()
            return s in self.evidence and (s in self.forms or s in self.titled or bool(self._given_alone(s)))
        return m.name[-1].lower() in self.evidence

    # -- reading ------------------------------------------------------------------------------

    def _record(self, toks: list[Token], sents: list[tuple[int, int]]) -> "_Record":
        """What one paragraph tells about people, positions relative to it (cached: wire copy
        repeats paragraphs)."""
        W = self.W
        r = _Record()
        n = len(toks)
        sent_at = [0] * n
        opening = [False] * n
        for si, (s0, s1) in enumerate(sents):
            for m in range(s0, s1):
                sent_at[m] = si
            m = s0
            while m < s1 - 1 and norm(toks[m].text) in W.CONJUNCTIONS:
                m += 1  # "But Gregg Smith, chief strategist, said": a conjunction is one word, not a phrase
            if m < s1 and (norm(toks[m].text) in W.NOT_NAME_STARTS or (
                    toks[m].kind == "w" and toks[m].low.endswith(("ing", "ly")) and len(toks[m].low) > 4)):
                # an opening phrase up to a comma ("On Tuesday's show, Clinton said", "Looking
                # ahead, Ham explained")
                comma = next((c for c in range(m, min(s1, m + 14)) if toks[c].text == ","), -1)
                if comma > 0:
                    m = comma + 1
            while m < s1 and (toks[m].kind == "p" or norm(toks[m].text) in W.NOT_NAME_STARTS
                              or norm(toks[m].text) in W.TITLES or norm(toks[m].text) in W.ROLE_NOUNS):
                m += 1
            if m < s1:
                opening[m] = True
                low = norm(toks[m].text)
                if low in W.MALE_PRONOUNS or low in W.FEMALE_PRONOUNS:
                    r.pronoun_opens[si] = "m" if low in W.MALE_PRONOUNS else "f"
        r.n_sentences = len(sents)
        for m, t in enumerate(toks):
            if t.kind == "w" and (t.low in W.MALE_PRONOUNS or t.low in W.FEMALE_PRONOUNS):
                r.pronoun_in.add((sent_at[m], "m" if t.low in W.MALE_PRONOUNS else "f"))
        k = 0
        while k < n:
            t = toks[k]
            if not t.cap or (k > 0 and toks[k - 1].text == "("):
                k += 1
                continue
            j = k
            while j < n and (toks[j].cap or (toks[j].low in PARTICLES and j + 1 < n and toks[j + 1].cap)
                             or (toks[j].low == "of" and j > k and norm(toks[j - 1].text) in W.TITLES
                                 and j + 1 < n and toks[j + 1].cap)):
                j += 1
            run = toks[k:j]
            prev = toks[k - 1] if k > 0 else None
            # lower-case titles before the run: "press secretary Josh Earnest", "state governor X"
            lo = k
            while lo > 0 and lo > k - 6 and toks[lo - 1].kind == "w" and (
                    (not toks[lo - 1].cap and (norm(toks[lo - 1].text) in W.TITLES or norm(toks[lo - 1].text) in W.ROLE_NOUNS))
                    or (lo < k and not toks[lo - 1].cap and norm(toks[lo].text) in unions(W).role_title
                        and toks[lo - 1].low not in W.NAME_ENDERS and toks[lo - 1].low not in W.DETERMINERS)
                    or (toks[lo - 1].low == "of" and lo >= 2 and norm(toks[lo - 2].text) in unions(W).role_title)
                    or (toks[lo - 1].cap and lo < k and norm(toks[lo].text) in unions(W).role_title
                        and norm(toks[lo - 1].text) in W.TITLES)):
                lo -= 1
            before = [x for x in toks[lo:k]]
            titles, name = split_name(run, W)
            words = [x.text for x in run]
            if len(run) == 1:
                w = norm(words[0])
                if prev is not None and prev.low in W.PLACE_PREPOSITIONS:
                    r.after_prep.append(w)
                elif k > 0 and not (prev is not None and prev.kind == "p" and prev.text in ".!?:"):
                    r.elsewhere.append(w)
            elif _after_place_preposition(toks, k, W):
                # "at Port Zante", "at Orbis Securities", "in the National Stadium"
                r.in_place_runs.extend(norm(x) for x in words)
            if name and len([x for x in name if x.low not in PARTICLES]) <= 4 and not (norm(name[-1].text) in W.ORG_NOUNS):
                shown = tuple(display(x.text) for x in name)
                title_words = frozenset(self._title_form(x.text) for x in before + titles
                                        if x.kind == "w" and x.low not in W.DETERMINERS)
                last = toks[j - 1]
                possessive = last.low.endswith(("'s", "’s"))
                subject = not possessive and not (prev is not None and prev.low in _OBJECT_PREPOSITIONS and lo == k)
                nxt = j
                while nxt < n and toks[nxt].kind == "w" and (toks[nxt].low in W.AUXILIARIES or (
                        not toks[nxt].cap and toks[nxt].low.endswith("ly") and len(toks[nxt].low) > 4)):
                    nxt += 1  # "Anderson largely agreed"
                speaks = False
                opens = any(opening[m] for m in range(lo, j))  # the sentence's subject
                if opens and not possessive and nxt < n and toks[nxt].kind == "w" and toks[nxt].low in _OF_PLACE:
                    # "Professor Jonathan Charney of the Vanderbilt Law School, editor of ..., noted"
                    e = nxt + 1
                    while e < n and e - nxt <= 8 and toks[e].kind == "w" and (
                            toks[e].cap or toks[e].low in W.DETERMINERS or toks[e].low in _OF_PLACE):
                        e += 1
                    if e < n and e - nxt > 1 and (toks[e].kind == "p" and toks[e].text == ","
                                                  or toks[e].kind == "w" and toks[e].low in W.SPEECH_VERBS):
                        nxt = e
                if opens and not possessive and nxt < n and toks[nxt].kind == "p" and toks[nxt].text == ",":
                    nxt = _after_apposition(toks, nxt, W)  # "Chip Brown, chief economist at X, said"
                passive = any(toks[x].kind == "w" and toks[x].low in _BE for x in range(j, min(nxt, n)))
                if nxt < n and toks[nxt].kind == "w" and not toks[nxt].cap and toks[nxt].low in W.SPEECH_VERBS \
                        and not (passive and toks[nxt].low.endswith(("ed", "told", "said"))):  # "Pinochet is accused"
                    r.evidence.add(display(name[-1].text).lower())
                    speaks = not possessive
                if _after_according(toks, lo, W):
                    subject = speaks = True  # "According to Ham, ...": the source of the sentence
                first = any(opening[m] for m in range(lo, j)) and not possessive
                if first and sent_at[k] not in r.name_opens:
                    r.name_opens[sent_at[k]] = (shown[-1].lower(),)
                prev_word = toks[lo - 1] if lo > 0 else None
                if prev_word is not None and prev_word.kind == "w" and prev_word.low in W.SPEECH_VERBS \
                        and prev_word.low not in W.OBJECT_VERBS:
                    r.evidence.add(shown[-1].lower())  # "noted NBC's Dante Chinni"
                if j + 1 < n and toks[j].text == "," and toks[j + 1].low == W.PERSON_RELATIVE:
                    r.evidence.add(shown[-1].lower())  # "Suu Kyi, who had breakfast": a person
                after = toks[j] if j < n else None
                modifier = (after is not None and after.kind == "w" and not after.cap and not possessive
                            and norm(after.text) in unions(W).role_org_press) or (
                    prev is not None and lo == k and prev.low in W.DETERMINERS and len(name) == 1)
                if not modifier:  # "the Clinton campaign", "Trump supporters": no one here
                    r.mentions.append(Mention(name[0].start, shown, title_words, subject, sent_at[k], first, speaks))
                surname = shown[-1].lower()
                people_words = unions(W).people_words
                if (title_words & people_words or self._gender_of(shown, frozenset()) or
                        any(len(x) == 2 and x.endswith(".") for x in shown[1:-1])):
                    r.evidence.add(surname)
                    if title_words & people_words or self._gender_of(shown, title_words):
                        r.titled.add(surname)
                key = shown if len(shown) >= 2 else (surname,)
                r.titles.append((key, title_words))
                g = self._gender_of(shown, title_words)
                if g:
                    r.votes.append((key, g))
            k = max(j, k + 1)
        # appositions: "Name, the DESCRIPTION," and "the DESCRIPTION, Name," tie a description to a name
        for k, t in enumerate(toks):
            if t.text != "," or k + 2 >= n:
                continue
            left, right = toks[max(0, k - 4):k], toks[k + 1:k + 9]
            if left and left[-1].cap and right and right[0].low in ("a", "an", "the"):
                _, name = split_name([x for x in left if x.kind == "w"][-4:], W)
                desc = []
                for x in right[1:]:
                    if x.kind != "w" or x.low in W.NAME_ENDERS:
                        break
                    desc.append(x)
                if name and desc and any(norm(x.text) in W.ROLE_NOUNS for x in desc):
                    r.evidence.add(display(name[-1].text).lower())
                if name and desc:
                    key = tuple(display(x.text) for x in name)
                    key = key if len(key) >= 2 else (key[-1].lower(),)
                    r.titles.append((key, frozenset(self._title_form(x.text) for x in desc)))
            elif right and right[0].cap and left and left[-1].kind == "w":
                self._description_first(toks, k, r)
        return r

    def _description_first(self, toks: list[Token], k: int, r: "_Record") -> None:
        """'the State Department spokesman, Ned Price, said': the description before the comma
        at ``k`` is the name's after it."""
        W = self.W
        n = len(toks)
        m = k + 1
        while m < n and m - k <= 5 and (toks[m].cap or (toks[m].low in PARTICLES and m + 1 < n and toks[m + 1].cap)):
            m += 1
        if not (m >= n or toks[m].text in (",", ".", ";", "(") or toks[m].kind == "q"):
            return
        _, name = split_name(list(toks[k + 1:m]), W)
        if not name:
            return
        d = k - 1
        while d >= 0 and k - d <= 9 and toks[d].kind == "w" and (
                toks[d].low not in W.DETERMINERS or (d > 0 and toks[d - 1].low in _OF_WORDS)):
            d -= 1  # back to the determiner of "the spokesman for the ministry"
        if d < 0 or toks[d].kind != "w" or toks[d].low not in W.DETERMINERS:
            return
        desc = [x for x in toks[d + 1:k] if x.low not in W.DETERMINERS]
        if not desc or not any(norm(x.text) in W.ROLE_NOUNS for x in desc):
            return
        shown = tuple(display(x.text) for x in name)
        key = shown if len(shown) >= 2 else (shown[-1].lower(),)
        r.evidence.add(shown[-1].lower())
        r.titles.append((key, frozenset(self._title_form(x.text) for x in desc)))

    def _scan(self, ps: int, para: str, toks: list[Token], sents: list[tuple[int, int]]) -> None:
        key = (para, self.W.__name__)
        r = _RECORDS.get(key)
        if r is None:
            if len(_RECORDS) > 20000:
                _RECORDS.clear()
            r = _RECORDS[key] = self._record(toks, sents)
        base = self._sentence
        for m in r.mentions:
            self.mentions.append(Mention(ps + m.pos, m.name, m.titles, m.subject, base + m.sentence, m.first,
                                         m.speaks))
            if len(m.name) >= 2:
                d = self.forms.setdefault(m.name[-1].lower(), {})
                d[m.name] = d.get(m.name, 0) + 1
        for key, titles in r.titles:
            self.titles_of.setdefault(key, set()).update(titles)
        for key, g in r.votes:
            v = self.gender_votes.setdefault(key, [0, 0])
            v[0 if g == "m" else 1] += 1
        self.evidence |= r.evidence
        self.titled |= r.titled
        for w in r.after_prep:
            self.after_prep[w] = self.after_prep.get(w, 0) + 1
        self.in_place_runs.update(r.in_place_runs)
        for w in r.elsewhere:
            self.elsewhere[w] = self.elsewhere.get(w, 0) + 1
        self.pronoun_in.update((base + si, g) for si, g in r.pronoun_in)
        for si in range(r.n_sentences):
            sid = base + si
            g = r.pronoun_opens.get(si)
            if g:
                self.opening_pronoun[sid] = g
                # "Clinton spoke in Ohio. She said ...": a vote for the gender of the last opener
                if self._last_opener is not None and self._last_opener[1] == sid - 1:
                    v = self.gender_votes.setdefault(self._last_opener[0], [0, 0])
                    v[0 if g == "m" else 1] += 1
            name = r.name_opens.get(si)
            if name is not None:
                self._last_opener = (name, sid)
        self._sentence += r.n_sentences

    def add_names(self, text: str) -> None:
        """Names and titles of a paragraph far from any quotation, read cheaply: the fullest
        forms of names, their titles and genders (no positions: no pronoun points there)."""
        W = self.W
        people_words = unions(W).people_words
        for m in _NAME_RUN.finditer(_LOW_TITLE.sub(lambda x: x.group().capitalize(), text)):
            words = m.group().split()
            for k in range(len(words) - 1, -1, -1):
                if words[k].endswith(("'s", "’s")) and k < len(words) - 1:
                    words = words[k + 1:]
                    break
            k = len(words)
            while k > 0 and norm(words[k - 1]) not in W.TITLES and norm(words[k - 1]) not in W.TIME_WORDS \
                    and norm(words[k - 1]) not in W.NOT_NAME_STARTS and norm(words[k - 1]) not in W.PRONOUNS:
                k -= 1
            name = tuple(display(w) for w in words[k:])
            if len(name) >= 3:
                firsts = unions(W).first_names
                cut = next((i for i in range(1, len(name) - 1)
                            if name[i].lower() in firsts and name[0].lower() not in firsts), 0)
                k += cut
                name = name[cut:]
            titles = frozenset(self._title_form(w) for w in words[:k] if w.lower() not in W.DETERMINERS)
            if not name or len(name) > 4 or norm(name[-1]) in W.ORG_NOUNS:
                continue
            surname = name[-1].lower()
            if len(name) >= 2:
                d = self.forms.setdefault(surname, {})
                d[name] = d.get(name, 0) + 1
            key = name if len(name) >= 2 else (surname,)
            if titles:
                self.titles_of.setdefault(key, set()).update(titles)
            g = self._gender_of(name, titles)
            if g:
                v = self.gender_votes.setdefault(key, [0, 0])
                v[0 if g == "m" else 1] += 1
            if titles & people_words or (len(name) >= 2 and g):
                self.evidence.add(surname)
                if titles & people_words or g:
                    self.titled.add(surname)

    def _title_form(self, word: str) -> str:
        w = norm(word.rstrip(","))
        return self.W.TITLE_FORMS.get(w, self.W.TITLE_FORMS.get(w.rstrip("."), w.rstrip(".")))

    def _gender_of(self, name: tuple[str, ...], titles: frozenset[str]) -> str:
        W = self.W
        low = {t.lower() for t in titles}
        if low & W.MALE_WORDS and not low & W.FEMALE_WORDS:
            return "m"
        if low & W.FEMALE_WORDS and not low & W.MALE_WORDS:
            return "f"
        if len(name) >= 2:
            first = name[0].lower()
            u = unions(W)
            if first in u.male_first and first not in u.female_first:
                return "m"
            if first in u.female_first and first not in u.male_first:
                return "f"
        return ""

    # -- answers ------------------------------------------------------------------------------

    def gender(self, name: tuple[str, ...]) -> str:
        """'m', 'f' or '' (unknown or both) for a name as written."""
        keys = [name] if len(name) >= 2 else []
        if len(name) == 1 or not self.gender_votes.get(name):
            surname = name[-1].lower()
            keys += [(surname,)] + [f for f in self.forms.get(surname, {}) if len(name) == 1 or f[-len(name):] == name]
        m = f = 0
        for key in keys:
            v = self.gender_votes.get(key)
            if v:
                m += v[0]
                f += v[1]
        if m and not f:
            return "m"
        if f and not m:
            return "f"
        if m >= 3 * f and m:
            return "m"
        if f >= 3 * m and f:
            return "f"
        if not m and not f and len(name) == 1:
            return self._given_alone(name[0])
        return ""

    def _given_alone(self, word: str) -> str:
        """The gender of a given name the article uses alone ("Melanie said"), when no full
        name of the article ends with it; else ''."""
        low = word.lower()
        if low in self.forms:
            return ""
        u = unions(self.W)
        if low in u.male_first and low not in u.female_first:
            return "m"
        if low in u.female_first and low not in u.male_first:
            return "f"
        return ""

    def canonical(self, name: tuple[str, ...], gender: str = "") -> str:
        """The fullest form of a name the article gives (see the module docstring)."""
        key = (name, gender)
        if key not in self._canon:
            self._canon[key] = self._canonical(name, gender)
        return self._canon[key]

    def _canonical(self, name: tuple[str, ...], gender: str) -> str:
        surname = name[-1].lower()
        forms = self.forms.get(surname, {})
        if len(name) >= 2:
            cands = [(c, f) for f, c in forms.items()
                     if f[-len(name):] == name or (len(f) >= len(name) and _compatible_first(name[0], f[-len(name)]))
                     and f[-1] == name[-1]]
            if not cands:
                return " ".join(name)
            # the form the article uses most, the longer on a tie ("Joon Ho" -> "Bong Joon Ho"
            # when the article writes it so, not "Wikinews Diego Grez" for "Diego Grez")
            best = max(cands, key=lambda cf: (cf[0], len(cf[1]), cf[1]))
            return " ".join(best[1]) if len(best[1]) >= len(name) else " ".join(name)
        if not forms:
            # a given name alone: the one person the article names with it
            if self._by_first is None or self._by_first[0] != len(self.forms):
                index: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
                for fs in self.forms.values():
                    for f, c in fs.items():
                        index.setdefault(f[0], []).append((c, f))
                self._by_first = (len(self.forms), index)
            firsts = self._by_first[1].get(name[0], [])
            named = {f[-1].lower() for _, f in firsts}  # every full name that starts so
            if name[0].lower() not in unions(self.W).first_names:
                # not a given name: only a full name the article shows to be a person's
                # ("Peabody" is not "Peabody Energy")
                people_words = unions(self.W).people_words
                firsts = [(c, f) for c, f in firsts
                          if self.gender(f) or self.titles_of.get(f, set()) & people_words]
            people = {f[-1].lower() for _, f in firsts}
            if len(named) > 1:
                people = named  # "Li" of a story that names Li Na and Li Furong: either, so neither
            if len(people) == 1 and sum(c for c, _ in firsts) >= 1:
                return " ".join(max(firsts, key=lambda cf: (len(cf[1]), cf[0]))[1])
            return name[0]
        groups: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
        for f, c in forms.items():
            first = f[0].lower()
            k = next((g for g in groups if _compatible_first(g, first)), first)
            groups.setdefault(k, []).append((c, f))
        if gender and len(groups) > 1:
            fitting = {g: v for g, v in groups.items()
                       if self.gender(max(v, key=lambda cf: cf[0])[1]) in (gender, "")}
            if fitting:
                groups = fitting
        ranked = sorted(groups.values(), key=lambda v: -sum(c for c, _ in v))
        if len(ranked) > 1 and sum(c for c, _ in ranked[0]) < 2 * sum(c for c, _ in ranked[1]):
            return name[0]
        best = max(ranked[0], key=lambda cf: (cf[0], len(cf[1]), cf[1]))
        return " ".join(best[1])

    def is_place(self, word: str) -> bool:
        """A single capitalised word used as a place: in the dateline, or only after place
        prepositions and never named with a given name or a title."""
        w = norm(word)
        if w in self.dateline:
            return True
        if w in self.forms or (w,) in self.gender_votes:
            return False
        return self.after_prep.get(w, 0) > 0 and self.elsewhere.get(w, 0) <= self.after_prep[w]

    def pronoun(self, pos: int, gender: str, since: int) -> tuple[str, ...]:
        """The name a he/she at ``pos`` points to (see the module docstring), or ()."""
        by_sentence: dict[int, list[Mention]] = {}
        order: list[int] = []
        unknown = -1  # the latest sentence naming someone in full whom the article never shows to be a person
        for m in reversed(self.mentions):
            if m.pos >= pos:
                continue
            if m.pos < since:
                break
            if not self.person_like(m):
                if unknown < 0 and self._maybe_person(m):
                    unknown = m.sentence
                continue
            g = self.gender(m.name)
            if gender and g and g != gender:
                continue
            if len(m.name) == 1 and self._ambiguous(m.name[0]) and not self._fits(m.name[0], gender):
                continue  # "Clinton" when the article names a Hillary and a Bill Clinton
            if self.opening_pronoun.get(m.sentence) == gender and not m.first:
                continue  # "He added that Clinton ...": that sentence is about the same he
            if m.sentence not in by_sentence:
                order.append(m.sentence)
            by_sentence.setdefault(m.sentence, []).append(m)
        for s in order:
            ms = by_sentence[s]  # most recent first
            if s < unknown and not any(gender and self.gender(m.name) == gender for m in ms):
                # "..., and that was Gladys Marin of the Communist Party. "...," she told local
                # television": a full name the article shows nothing of, named after every
                # candidate, may be the he/she; a person named before it is one only when the
                # article shows that gender, else the quotation stays unattributed
                return ()
            if s < unknown:
                ms = [m for m in ms if self.gender(m.name) == gender]
            for m in ms:
                if m.speaks:
                    return m.name
            for m in ms:
                if m.first:
                    return m.name
            for m in ms:
                if m.subject:
                    return m.name
            if gender and s == order[0] and (s, gender) not in self.pronoun_in:
                # the sentence right before names no subject but one person of that gender, and
                # holds no he/she of its own ("..., with Hillary Clinton lambasting the plan.
                # "...," she said")
                fitting = {m.name for m in ms if self.gender(m.name) == gender}
                if len(fitting) == 1:
                    return fitting.pop()
        if gender:
            # no subject fits: the most recent mention the article shows to be of that gender
            for s in order:
                for m in by_sentence[s]:
                    if self.gender(m.name) == gender:
                        return m.name
        return ()

    def _maybe_person(self, m: Mention) -> bool:
        """A name of two or more words that nothing shows not to be a person's (no body, place,
        country or dateline word in it, none of its words ever after a preposition): "Gladys
        Marin", whom the article names once; not "Orbis Securities" ("at Orbis Securities")."""
        W = self.W
        if len(m.name) < 2 or any(norm(w) in W.ORG_NOUNS or norm(w) in self.dateline
                                  or self.after_prep.get(norm(w), 0) or norm(w) in self.in_place_runs
                                  for w in m.name):
            return False
        if " ".join(m.name).lower() in territories(W) or any(self.is_place(w) for w in m.name):
            return False
        first = norm(m.name[0])
        return first not in W.NOT_NAME_STARTS and first not in W.TITLES and m.name[0][:1].isupper() \
            and not m.name[0].isupper()

    def _fits(self, surname: str, gender: str) -> bool:
        """Can a bare surname shared by several people be a he/she of ``gender``? Yes when
        every full form of that gender (or of none known) has one given name, or when the
        person the article names first in full fits ("Sen. Ted Cruz ... Cruz said ... his
        father, Rafael Cruz, ... his wife, Heidi Cruz": the bare "Cruz" is Ted Cruz's)."""
        if not gender:
            return False
        forms = self.forms.get(surname.lower(), {})
        groups: set[str] = set()
        for f in forms:
            if self.gender(f) in (gender, ""):
                first = f[0].lower()
                if not any(_compatible_first(g, first) for g in groups):
                    groups.add(first)
        if len(groups) == 1:
            return True
        lead = next(iter(forms), ())  # forms are kept in the order the article gives them
        return bool(lead) and self.gender(lead) == gender
    def _ambiguous(self, surname: str) -> bool:
        genders = {self.gender(f) for f in self.forms.get(surname.lower(), {})} - {""}
        return len(genders) > 1

    def by_description(self, words: list[str]) -> tuple[str, ...]:
        """The one person whose titles hold every word of a description, else ()."""
        W = self.W
        want = {self._title_form(w) for w in words} - W.GENERIC_WORDS - W.DETERMINERS - {"of", "de", "and"}
        if not want or not (want & (unions(W).role_title_forms)):
            return ()
        hits: set[str] = set()
        found: tuple[str, ...] = ()
        if self._by_title is None or self._by_title[0] != len(self.titles_of):
            index: dict[str, list[tuple[str, ...]]] = {}
            for key, titles in self.titles_of.items():
                for w in titles:
                    index.setdefault(w, []).append(key)
            self._by_title = (len(self.titles_of), index)
        by_title = self._by_title[1]
        rarest = min(want, key=lambda w: len(by_title.get(w, ())))
        for key in by_title.get(rarest, ()):
            titles = self.titles_of[key]
            if want <= titles:
                hits.add(key[-1].lower())
                found = key if len(key) >= 2 or not found else found
        if len(hits) != 1:
            return ()
        surname = hits.pop()
        if not found or found[-1].lower() != surname:
            found = (surname.capitalize(),)
        return found


_BE = frozenset({"is", "are", "was", "were", "be", "been", "being", "est", "sont", "été"})
_OF_PLACE = frozenset({"of", "at", "from", "for", "de", "du", "des"})  # "X of the Y School" before its verb


def _after_apposition(toks: list[Token], comma: int, W: ModuleType, reach: int = 30) -> int:
    """The index of the word after an apposition that opens with the comma at ``comma`` and closes
    with the next comma ("Chip Brown*, chief economist for Salomon Smith Barney in New York,* said"),
    auxiliaries and -ly adverbs skipped; ``comma`` itself when no such apposition closes within
    ``reach`` tokens (a quotation, a sentence end or a second comma-less clause stops it)."""
    n = len(toks)
    k = comma + 1
    while k < n and k - comma <= reach:
        t = toks[k]
        if t.kind == "q" or (t.kind == "p" and t.text in ".!?;:"):
            return comma
        if t.kind == "p" and t.text == ",":
            k += 1
            while k < n and toks[k].kind == "w" and (toks[k].low in W.AUXILIARIES or (
                    not toks[k].cap and toks[k].low.endswith("ly") and len(toks[k].low) > 4)):
                k += 1
            return k if k - comma > 2 else comma
        k += 1
    return comma


def _after_according(toks: list[Token], k: int, W: ModuleType) -> bool:
    """Does an "according to" phrase of the language end right before token ``k``?"""
    for phrase in W.ACCORDING:
        words = phrase.split()
        if k >= len(words) and all(toks[k - len(words) + n].low == w for n, w in enumerate(words)):
            return True
    return False


@lru_cache(maxsize=65536)
def _compatible_first(a: str, b: str) -> bool:
    """'Antony' ~ 'Anthony' ~ 'Tony', 'Sergey' ~ 'Sergei'; 'Joe' !~ 'Hunter'."""
    a, b = a.lower().rstrip("."), b.lower().rstrip(".")
    if a == b or (len(a) <= 2 and b.startswith(a[0])) or (len(b) <= 2 and a.startswith(b[0])):
        return True
    if a.endswith(b) or b.endswith(a) or a.startswith(b) or b.startswith(a):
        return True
    return a[0] == b[0] and abs(len(a) - len(b)) <= 2 and _edit_distance(a, b) <= 2


def _edit_distance(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]
