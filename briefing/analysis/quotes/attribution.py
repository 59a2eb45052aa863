"""Attribution: which words next to a quotation name its speaker, read as news is written.

Every rule works on the tokens of one paragraph, each quotation one token, and returns a
:class:`Cue`: the speaker's phrase and where the attribution stands. In order:

1. a transcript label inside the quotation: ``"WALLACE: Let's start..."``;
2. right after it: ``"...," Blinken said`` / ``"...," said Blinken, the secretary`` /
   ``"...," he told reporters`` / ``"...," a spokesman for the ministry said`` (after a quotation
   that ends its sentence with a full stop only a bare attribution counts, never
   ``Blinken said the talks...``, and never one that introduces the next quotation with a colon
   or a comma, ``Miller added, "..."``); a signature after a dash, ``"..." ― Pamela Padilla`` or
   ``"..." - "Fiona"``, speaks for that quotation only; ``"...," as a memo put it``;
3. before it in its sentence: the subject of the last speech verb (``Lavrov said he hopes
   "..."``, ``Clinton called the bank's conduct "outrageous"``, ``Blinken told reporters: "..."``;
   ``X smiled and said "..."`` and ``..., saying "..."`` take the subject of the sentence);
4. later in its sentence after a comma: ``"..." to drive up the price, she said``;
5. ``according to X`` (``per X``, ``selon X``) anywhere in its sentence.

A speech verb's form after a determiner or a possessive is a noun ("one of the states suing").
An "it" or "they" speaks for the organisation (or group) its sentence, or the one before, makes
its subject (:func:`group_cue`).

The subject of a verb is the noun phrase right before it: a pronoun, a name with its titles
("White House press secretary Josh Earnest"), a description ("a State Department spokesman",
"officials at the agency") or an organisation ("the ministry", "The New York Times"), skipping
an apposition between commas ("Ronald Fieldstone, a Miami lawyer who ..., said").
:func:`classify` tells these apart; a phrase that is none of them names no one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from types import ModuleType

from .marks import Token
from .names import PARTICLES, display, is_name_word, norm, split_name, unions

_END = frozenset(".!?;")
_PREPS = frozenset("of at for from with de du des chez".split())
_DASHES = frozenset("— ― – --".split())
_OBJECT_PREPS = frozenset("of by for with to from in on at about against than like de par pour avec".split())
_PARTY = re.compile(r"^[DRI]-[A-Z]")  # "R-Ky.", "D-N.C.": a lawmaker's party and state
_LABEL = re.compile(r"^\s*((?:[A-Z][A-Za-z.'’-]+\s+){0,2}[A-Z][A-Za-z.'’-]+)\s*:\s+\S")


@dataclass(frozen=True)
class Cue:
    """An attribution: the speaker's phrase (tokens) and the token span of the attribution."""

    phrase: tuple[Token, ...]
    first: int  # token index where the attribution starts
    last: int  # token index where it ends (inclusive)
    rule: str  # "label", "after", "signature", "before", "tail", "according", "colon", "intro"


@dataclass(frozen=True)
class Speaker:
    """A speaker's phrase, classified.

    ``kind`` is "name", "pronoun", "description", "organisation" or "" (no one); ``words`` the
    name words for a name, the phrase's words otherwise; ``titles`` the words before a name.
    """

    kind: str
    text: str
    words: tuple[str, ...]
    titles: tuple[str, ...] = ()
    pos: int = -1  # offset of the phrase in its paragraph


def _speech(t: Token, W: ModuleType) -> bool:
    return t.kind == "w" and not t.cap and t.low in W.SPEECH_VERBS


def _speech_at(toks: list[Token], v: int, W: ModuleType) -> bool:
    """A speech verb at ``v``, not a noun of the same form after a determiner or a possessive
    ("one of the states suing", "his remarks", "the claims")."""
    if not _speech(toks[v], W):
        return False
    prev = toks[v - 1] if v > 0 else None
    return not (prev is not None and prev.kind == "w" and prev.low in W.NOUN_MARKERS)


def _french_inverted(t: Token) -> str:
    """'a-t-il' / 'déclare-t-elle' / 'dit-il' -> the pronoun, else ''."""
    m = re.search(r"-(?:t-)?(il|elle|ils|elles)$", t.low)
    return m.group(1) if m else ""


def _is_aux(t: Token, W: ModuleType) -> bool:
    return t.kind == "w" and not t.cap and (t.low in W.AUXILIARIES or (t.low.endswith("ly") and len(t.low) > 4))


# -- noun phrases -----------------------------------------------------------------------------


def _np_word(t: Token, right: Token | None, W: ModuleType) -> bool:
    """May ``t`` belong to a speaker phrase whose next word (to its right) is ``right``?"""
    if t.kind == "q":
        return False
    if t.kind == "p":
        return t.text in ("-", "'", "’") and right is not None
    if t.cap or t.low in PARTICLES and right is not None and right.cap:
        return True
    n = norm(t.text)
    if n in W.ROLE_NOUNS or n in W.TITLES or n in W.ORG_NOUNS or n in W.DOCUMENT_NOUNS:
        return n not in W.DETERMINERS
    if t.low.endswith(("'s", "’s")):
        return True
    if right is None:
        return False
    if t.low in W.GENERIC_WORDS and t.low not in W.DETERMINERS and (right.cap or norm(right.text) in W.ROLE_NOUNS):
        return True  # "retired Air Force general X", "former minister"
    rn = norm(right.text)
    if t.low in ("of", "at", "for", "from", "de", "du", "des", "d'", "chez") and right.kind == "w":
        return True  # "secretary of state", "officials at the agency", "spokeswoman for X"
    if (rn in W.ROLE_NOUNS or rn in W.TITLES or rn in W.ORG_NOUNS) and rn not in W.DETERMINERS:
        # a modifier of a role: "press secretary", "campaign manager", "national police chief"
        return (t.low not in W.NAME_ENDERS and t.low not in W.AUXILIARIES and t.low not in W.SPEECH_VERBS
                and t.low not in W.PRONOUNS and t.low not in W.CONJUNCTIONS and not t.low.endswith("ing"))
    return False


def phrase_before(toks: list[Token], j: int, lo: int, W: ModuleType) -> tuple[Token, ...]:
    """The noun phrase that ends at token ``j`` (inclusive), not before ``lo``."""
    if j < lo or toks[j].kind != "w":
        return ()
    if norm(toks[j].text) in W.PRONOUNS or norm(toks[j].text) in W.FIRST_PERSON:
        return (toks[j],)
    out: list[Token] = []
    k = j
    while k >= lo and len(out) < 14:
        t = toks[k]
        right = out[-1] if out else None
        if t.kind == "w" and t.low in W.DETERMINERS and out:
            out.append(t)
            if k - 2 >= lo and toks[k - 1].low in _PREPS and (
                    toks[k - 2].cap or norm(toks[k - 2].text) in unions(W).role_title):
                k -= 1  # "Mr. Morgan of the Sierra Club", "a spokeswoman for the coalition"
                continue
            break
        if t.kind == "p" and t.text == ")" and out:
            break
        if not _np_word(t, right, W):
            break
        out.append(t)
        k -= 1
    out.reverse()
    while out and (out[0].low in ("of", "at", "for", "from", "de", "du", "des") or out[0].kind == "p"):
        out = out[1:]
    return tuple(out)


def _before_name(toks: list[Token], k: int, hi: int, W: ModuleType) -> bool:
    """Do one or two lower-case words at ``k`` lead straight to a name ("farmer Tom Reyes")?"""
    for m in range(k, min(hi, k + 3)):
        t = toks[m]
        if t.cap:
            return m > k and is_name_word(t, W)
        if t.kind != "w" or t.low in W.NAME_ENDERS or t.low in W.AUXILIARIES or t.low in W.PRONOUNS:
            return False
    return False


def phrase_after(toks: list[Token], i: int, hi: int, W: ModuleType) -> tuple[tuple[Token, ...], int]:
    """The noun phrase that starts at token ``i`` (an inverted subject: "said Smith, the
    minister"), and the index of its last token. A description followed by a name in commas
    ("said the minister, Jane Doe,") gives the name."""
    out: list[Token] = []
    k = i
    if k < hi and toks[k].kind == "w" and toks[k].low in W.PRONOUNS:
        return (toks[k],), k
    m = k
    while m < min(hi, k + 4) and (toks[m].text[:1].isdigit() or toks[m].text in ("/", "-")):
        m += 1
    if m > k and m < hi and (toks[m].cap or norm(toks[m].text) in W.ROLE_NOUNS):
        k = m  # "said 9/11 widow Terry Strada", "said 32-year-old nurse Ann Lee"
    while k < hi and len(out) < 12:
        t = toks[k]
        if t.kind == "q" or (t.kind == "p" and t.text not in ("-",)):
            break
        if t.kind == "w" and not t.cap and out and t.low in W.NAME_ENDERS and not (
                t.low in ("of", "at", "for", "de", "du") and norm(out[-1].text) in unions(W).role_title_org):
            break
        if t.kind == "w" and not t.cap and not out and t.low not in W.DETERMINERS and not _np_word(t, None, W) \
                and t.low not in W.ROLE_NOUNS and not _before_name(toks, k, hi, W):
            # "said Monday", "said in a statement": no subject here ("said farmer Tom Reyes" has one)
            break
        if t.kind == "w" and t.cap and norm(t.text) in W.TIME_WORDS:
            break
        out.append(t)
        k += 1
    last = k - 1
    # skip "(D-N.C.)"
    if k < hi and toks[k].text == "(":
        close = next((m for m in range(k, min(hi, k + 12)) if toks[m].text == ")"), -1)
        if close > 0:
            k = close + 1
    if out and k + 1 < hi and toks[k].text == ",":
        # "said the minister, Jane Doe," / "said Smith, a lawyer" (apposition after)
        nxt: list = []
        m = k + 1
        while m < hi and (toks[m].cap or (toks[m].low in PARTICLES and nxt)) and len(nxt) < 5:
            nxt.append(toks[m])
            m += 1
        named = bool(out) and classify(tuple(out), W).kind == "name"
        if nxt and not named and (m >= hi or toks[m].text in (",", ".", ";", ")") or toks[m].kind == "q"):
            return tuple(nxt), m - 1
    return tuple(out), last


def _main_subject(toks: list[Token], s0: int, v: int, W: ModuleType) -> tuple[Token, ...]:
    """The subject of the sentence starting at ``s0`` (for "..., saying" and "X smiled and said")."""
    k = s0
    # skip an opening adverbial ending with a comma ("On Tuesday, ...", "In a statement, ...")
    for m in range(s0, min(v, s0 + 14)):
        if toks[m].text == ",":
            if not toks[s0].cap or toks[s0].low in W.NOT_NAME_STARTS or toks[s0].low.endswith("ing"):
                k = m + 1
            break
    while k + 1 < v and toks[k].text[:1].isdigit() and toks[k + 1].text == ",":
        k += 2  # "On July 6, 2015, Sanders ...": the year of the opening date
    while k < v - 1 and toks[k].kind == "w" and toks[k].low in W.NOT_NAME_STARTS \
            and toks[k].low not in W.NOUN_MARKERS and norm(toks[k].text) not in W.TIME_WORDS:
        k += 1  # "Though she called ... and asked": the subject follows the conjunction
    end = k
    while end < v and (_np_word(toks[end], toks[end + 1] if end + 1 < v else None, W)
                       or (end == k and toks[end].low in W.DETERMINERS)):
        end += 1
    if end == k:
        if k < v and toks[k].kind == "w" and toks[k].low in W.PRONOUNS:
            return (toks[k],)
        # '"...," Sanders said, suggesting ...': the subject of the sentence's speech verb
        for m in range(s0, v):
            if _speech_at(toks, m, W) and not toks[m].low.endswith("ing"):
                np = subject_of(toks, m, s0, W)
                if np:
                    return np
                np, _ = phrase_after(toks, m + 1, v, W)
                return np if np and classify(np, W).kind == "name" else ()
        return ()
    return phrase_before(toks, end - 1, k, W)


def _before_brackets(toks: list[Token], j: int, lo: int) -> int:
    """``j``, or the index before the bracket that opens at ``j``'s ")" ("Jordan (R-Ohio)")."""
    if j >= lo and toks[j].text == ")":
        o = next((m for m in range(j, max(lo, j - 12) - 1, -1) if toks[m].text == "("), -1)
        if o > lo:
            return o - 1
    return j


def subject_of_comma(toks: list[Token], j: int, lo: int, W: ModuleType, skip: bool = False) -> tuple[Token, ...]:
    """The subject before the comma at ``j`` and the appositions before it ("X, a Miami lawyer
    who has ..., said", "X, the minister of Y, one of ..., said", "the police chief, Mario
    Andresol, said")."""
    # apposition: "X, a Miami lawyer who has ..., said" / "X, the minister of Y, one of ..., said" /
    # "the police chief, Mario Andresol, said": walk back over the commas to the subject
    for step in range(4):
        e = _before_brackets(toks, j - 1, lo)
        c = next((m for m in range(e, max(lo, e - 30) - 1, -1) if toks[m].text == "," or toks[m].kind == "q"), -1)
        inner = toks[(c + 1 if c >= lo else lo):e + 1]
        if not inner or (c >= lo and toks[c].kind == "q"):
            return ()
        opener = inner[0]
        closer = inner[-1]
        if opener.kind == "w" and not opener.cap and norm(opener.text) in unions(W).role_title \
                and norm(opener.text) not in W.DETERMINERS and closer.cap \
                and all(x.cap or norm(x.text) in unions(W).role_title or x.text in ".-" for x in inner):
            _, name = split_name([x for x in inner if x.kind == "w"], W)
            if name:
                return tuple(inner)  # "Scott's niece, state Del. Marcia Price, shouted": the name
        appositive = (opener.kind == "w" and not opener.cap) or norm(opener.text) in W.DETERMINERS \
            or opener.low in ("who", "which", "whose", "one") or opener.text == "(" \
            or bool(_PARTY.match(opener.text)) \
            or (closer.kind == "w" and not closer.cap and norm(closer.text) in W.ROLE_NOUNS)
        if not appositive:
            if skip and step == 0:
                return ()  # "In Paris, Jean Dupont said": no apposition to skip
            if all(x.cap or x.low in PARTICLES or x.kind == "p" and x.text in ".-" for x in inner) and len(inner) <= 5:
                _, name = split_name([x for x in inner if x.kind == "w"], W)
                if name:
                    return tuple(inner)
            return phrase_before(toks, e, toks.index(inner[0], lo), W)
        if c < lo:
            return ()
        j = c
    return ()


def _quoted_as(toks: list[Token], j: int, lo: int, W: ModuleType) -> "tuple[Token, ...] | None":
    """The speaker of "... quoted X as saying" for the "as" at ``j``: the subject of a passive
    "X was quoted ... as saying", the object of an active "the paper quoted X as saying" (a name
    or a pronoun either way); () when there is a "quoted" but no such name; None when there is
    no "quoted" in the clause (no quotation between)."""
    verbs = getattr(W, "QUOTED_AS", ())
    for m in range(j - 1, max(lo, j - 16) - 1, -1):
        if toks[m].kind == "q":
            return None
        if toks[m].kind == "w" and toks[m].low in verbs:
            k = m - 1
            while k >= lo and toks[k].kind == "w" and not toks[k].cap and toks[k].low.endswith("ly"):
                k -= 1  # "was widely quoted"
            if k >= lo and toks[k].kind == "w" and toks[k].low in getattr(W, "PASSIVE_BE", ()):
                while k >= lo and _is_aux(toks[k], W):
                    k -= 1
                np = phrase_before(toks, k, lo, W)
                return np if np and classify(np, W).kind in ("name", "pronoun") else ()
            np, _ = phrase_after(toks, m + 1, j, W)
            ok = np and np[0] is toks[m + 1] and (np[0].cap or norm(np[0].text) in W.PRONOUNS) \
                and classify(np, W).kind in ("name", "pronoun")
            return np if ok else ()  # ("quoted an Air Comet pilot flying over the Atlantic ...": no one named)
    return None


def subject_of(toks: list[Token], v: int, lo: int, W: ModuleType) -> tuple[Token, ...]:
    """The speaker of the speech verb at ``v``: its subject before it (apposition skipped),
    the sentence's subject for a participle or a second verb, else ()."""
    j = v - 1
    while j >= lo and (_is_aux(toks[j], W) or (toks[j].kind == "w" and toks[j].low in W.OBJECT_CLITICS)):
        j -= 1  # "has also said", "ils la jugent", "il l'a dit"
    if j < lo:
        return ()
    t = toks[j]
    if t.kind == "w" and t.low in W.CONJUNCTIONS:
        return _main_subject(toks, lo, j, W)
    if toks[v].low.endswith("ing"):
        # "..., saying", "tweets on Friday saying": the subject of the sentence, unless a name or
        # a pronoun stands right before ("footage of Hillary Clinton asking")
        if t.kind == "w" and (t.cap and norm(t.text) not in W.TIME_WORDS or norm(t.text) in W.PRONOUNS):
            np = phrase_before(toks, j, lo, W)
            if np and classify(np, W).kind in ("name", "pronoun"):
                return np
        return _main_subject(toks, lo, j, W)
    j = _before_brackets(toks, j, lo)
    if j < lo:
        return ()
    if toks[j].text != ",":
        np = phrase_before(toks, j, lo, W)
        if not np:
            return ()
        first = toks.index(np[0], lo)
        before = toks[first - 1] if first > lo else None
        if before is not None and before.kind == "w" and not before.cap and before.low in _OBJECT_PREPS:
            return ()  # "run by supporters of X said": an object, not the subject
        if before is not None and before.text == "," and (
                np[0].low in ("a", "an", "the") or classify(np, W).kind == "name"):
            # "Frank Ciacco, a former expert for the Board said": the subject is before the
            # apposition (a name after a comma may end one: "..., University of California, Santa Cruz said")
            back = subject_of_comma(toks, first - 1, lo, W, skip=np[0].low not in ("a", "an", "the"))
            b0 = toks.index(back[0], lo) if back else -1
            governed = b0 > lo and toks[b0 - 1].kind == "w" and not toks[b0 - 1].cap and (
                toks[b0 - 1].low in _OBJECT_PREPS or toks[b0 - 1].low in W.PLACE_PREPOSITIONS)
            if back and classify(back, W).kind == "name" and back[0].start < np[0].start and not governed:
                return back  # (not "... hostility toward Syria, the prime minister replied": an object)
        return np
    if toks[j].text == ",":
        return subject_of_comma(toks, j, lo, W)
    return phrase_before(toks, j, lo, W)


# -- cues ------------------------------------------------------------------------------------


def label_cue(text: str, W: ModuleType) -> str:
    """A transcript label at the start of a quotation ("WALLACE: ...") or ''."""
    m = _LABEL.match(text.lstrip("\"“«„ "))
    if not m:
        return ""
    words = m.group(1).split()
    if any(norm(w) in W.TITLES or norm(w) in W.TIME_WORDS or norm(w) in W.NOT_NAME_STARTS for w in words[-1:]):
        return ""
    if not (m.group(1).isupper() or len(words) >= 2):
        return ""
    return m.group(1)


def _after_verb_ok(toks: list[Token], v: int, hi: int, W: ModuleType) -> bool:
    """After a verb that ends an attribution: the end, a comma, or an adjunct ("on Monday",
    "in a statement", "Tuesday"), an object for told/asked ("told reporters"); never a clause."""
    k = v + 1
    if toks[v].low in W.OBJECT_VERBS:
        while k < hi and toks[k].kind == "w" and (toks[k].cap or toks[k].low in W.DETERMINERS or norm(toks[k].text)
                                                  in unions(W).role_org_press):
            k += 1
    if k >= hi:
        return True
    t = toks[k]
    if t.kind == "p":
        return t.text != ":"
    if t.kind == "q":
        return False
    if t.low in ("that", "which", "who", "this", "and", "but", "he", "she", "it", "they", "the", "a", "an"):
        return False
    return t.low in W.NAME_ENDERS or t.low in W.TIME_WORDS or norm(t.text) in W.TIME_WORDS or t.low in (
        "later", "afterward", "afterwards", "then", "again", "recently", "yesterday", "today", "simply", "only") \
        or (t.low.endswith("ly") and len(t.low) > 4)


def _as_put_it(toks: list[Token], i: int, hi: int, W: ModuleType) -> Cue | None:
    """'..., as a Homeland Security memo put it' / '..., as one aide said': the phrase between
    "as" and the verb speaks."""
    if i >= hi or toks[i].kind != "w" or toks[i].low != W.AS_SOURCE:
        return None
    for v in range(i + 2, min(hi, i + 10)):
        t = toks[v]
        if t.kind != "w":
            return None
        put = t.low in W.PUT_VERBS and v + 1 < hi and toks[v + 1].low == W.PUT_OBJECT
        if put or _speech_at(toks, v, W):
            np = phrase_before(toks, v - 1, i + 1, W)
            if np and np[0] is toks[i + 1] and classify(np, W).kind:
                return Cue(np, i, v + 1 if put else v, "after")
            return None
    return None


def _occupation(stretch: list[Token], np: tuple[Token, ...], W: ModuleType) -> bool:
    """A few lower-case words right before a name, an occupation that works as a title
    ("journalist Tania Arce told", "venture capitalist Mike Brown said")."""
    if len(stretch) > 3 or classify(np, W).kind != "name":
        return False
    return all(t.kind == "w" and not t.cap and t.low not in W.NAME_ENDERS and t.low not in W.AUXILIARIES
               and t.low not in W.SPEECH_VERBS and t.low not in W.PRONOUNS and t.low not in W.CONJUNCTIONS
               and t.low not in W.DETERMINERS and not t.low.endswith(("ing", "ly")) for t in stretch)


def after_cue(toks: list[Token], k: int, hi: int, W: ModuleType, strict: bool) -> Cue | None:
    """Attribution right after the quotation at ``k`` (see the module docstring, rule 2)."""
    i = k + 1
    if i + 1 < hi and (toks[i].text in _DASHES or toks[i].text == "-") and toks[i + 1].kind == "q" and (
            i + 2 >= hi or toks[i + 2].kind == "q" or toks[i + 2].text in (".", ",", ";")):
        # '"..." - "Fiona"': a signature in quotation marks
        sig = toks[i + 1]
        inner = sig.text.strip("\"“”«»„ \u00a0")
        words = inner.split()
        if 1 <= len(words) <= 4 and all(w[:1].isupper() for w in words):
            at = sig.start + sig.text.index(words[0])
            phrase = []
            for w in words:
                phrase.append(Token("w", w, at, at + len(w), -1, w.lower(), True))
                at += len(w) + 1
            return Cue(tuple(phrase), i, i + 1, "signature")
    if i + 1 < hi and toks[i].text in _DASHES and toks[i + 1].cap:
        # '"..." ― Pamela Padilla': a signature after a dash
        m = i + 1
        while m < hi and (toks[m].cap or toks[m].low in PARTICLES) and m - i <= 4:
            m += 1
        if m - i >= 3 and (m >= hi or toks[m].kind == "q" or toks[m].text in (".", ",", ";")):
            return Cue(tuple(toks[i + 1:m]), i, m - 1, "signature")
    while i < hi and toks[i].kind == "p" and toks[i].text in (",", "—", "–", "-"):
        i += 1
    if i >= hi:
        return None
    # French: '", a-t-il déclaré', '", dit-elle', '", a déclaré le ministre'
    pron = _french_inverted(toks[i])
    if pron:
        return Cue((toks[i],), i, i, "after")
    cue = _as_put_it(toks, i, hi, W)
    if cue is not None:
        return cue
    j = i
    while j < hi and _is_aux(toks[j], W) and not toks[j].cap:
        j += 1
    if j < hi and _speech_at(toks, j, W):
        if toks[j].low.endswith("ing"):
            return None  # '", adding that ...': no subject after a participle
        if strict and not (j + 1 < hi and (toks[j + 1].cap or toks[j + 1].low in unions(W).det_pron)):
            return None
        np, last = phrase_after(toks, j + 1, hi, W)
        if np:
            return Cue(np, i, last, "after")
        return None
    depth = 0
    for v in range(i, min(hi, i + 40)):
        t = toks[v]
        if t.text in ("(", ")"):
            depth = max(0, depth + (1 if t.text == "(" else -1))
            continue
        if depth:
            continue
        if t.kind == "q" or (t.kind == "p" and t.text in _END) or (t.kind == "p" and t.text == ":"):
            return None
        if _speech_at(toks, v, W):
            if strict and v + 1 < hi and (toks[v + 1].text == ":" or (
                    toks[v + 1].text == "," and v + 2 < hi and toks[v + 2].kind == "q")):
                return None  # 'Blinken said: "..."' / 'Miller added, "..."' introduces the next quotation
            if strict and not _after_verb_ok(toks, v, hi, W):
                return None
            if v + 1 < hi and toks[v + 1].low in W.ANSWER_WORDS:
                return None  # '"...," Melanie said yes': an answer to the words, not their speaker
            np = subject_of(toks, v, i, W)
            if not np or np[0].start < toks[i].start and np[0] is not toks[i]:
                return None
            # the whole stretch between the quotation and the verb must be the subject
            first = toks.index(np[0], i) if np[0] in toks[i:v] else -1
            if first < 0:
                return None
            stretch = [x for x in toks[i:first] if not (x.kind == "p" and x.text in (",", "—"))]
            if stretch and not (toks[first - 1].text == "," and phrase_before(toks, first - 2, i, W)[:1] == (toks[i],)) \
                    and not _occupation(stretch, np, W):
                return None  # only the subject, or a description it names ("Scott's niece, Del. Marcia Price,")
            return Cue(np, i, v, "after")
    return None


def before_cue(toks: list[Token], k: int, lo: int, W: ModuleType) -> Cue | None:
    """The subject of the last speech verb before the quotation in its sentence (rule 3)."""
    for v in range(k - 1, lo - 1, -1):
        t = toks[v]
        pron = _french_inverted(t)
        if pron and (t.low.split("-")[0] in W.SPEECH_VERBS or t.low.startswith(("a-t", "ajoute", "dit"))):
            return Cue((t,), v, v, "before")
        if not _speech_at(toks, v, W):
            continue
        if t.low.endswith("ing") and v - 1 >= lo and toks[v - 1].kind == "w" and toks[v - 1].low == "as":
            # "... and Prime Minister Mesut Yilmaz was quoted Saturday by the daily Hurriyet as
            # saying, "..."": the subject of the nearest "was quoted" (or the object of "the paper
            # quoted X"), not the sentence's first subject
            np = _quoted_as(toks, v - 1, lo, W)
            if np is not None:
                return Cue(np, toks.index(np[0], lo), v, "before") if np else None
        np = subject_of(toks, v, lo, W)
        if not np and t.low not in W.OBJECT_VERBS:
            np, _ = phrase_after(toks, v + 1, k, W)
            if not (np and (np[0].cap or np[0].low in W.DETERMINERS) and v > lo and toks[v - 1].text in (",", ":")):
                np = ()
            if not np and v == lo:
                np, _ = phrase_after(toks, v + 1, k, W)
        if np:
            return Cue(np, toks.index(np[0], lo) if np[0] in toks[lo:k] else v, v, "before")
        # no subject: a noun that looks like a verb ("a flurry of tweets"); read further back
    # 'Trump on Twitter: "..."' / 'NAME: "..."'
    if k - 1 >= lo and toks[k - 1].text == ":":
        np = phrase_before(toks, k - 2, lo, W)
        if np and toks.index(np[0], lo) == lo:
            return Cue(np, lo, k - 1, "before")
    return None


def tail_cue(toks: list[Token], k: int, hi: int, W: ModuleType) -> Cue | None:
    """', she said' later in the quotation's sentence (rule 4)."""
    for c in range(k + 1, hi):
        t = toks[c]
        if t.kind == "p" and t.text in _END:
            return None
        if t.text == "," and c + 1 < hi:
            cue = after_cue(toks, c, hi, W, strict=True)
            if cue is not None:
                return Cue(cue.phrase, c + 1, cue.last, "tail")
    return None


def according_cue(toks: list[Token], lo: int, hi: int, W: ModuleType) -> Cue | None:
    """'according to X' / 'selon X' in the sentence (rule 5)."""
    for m in range(lo, hi):
        for phrase in W.ACCORDING:
            words = phrase.split()
            if all(m + n < hi and toks[m + n].low == w for n, w in enumerate(words)):
                np, last = phrase_after(toks, m + len(words), hi, W)
                if np:
                    return Cue(np, m, last, "according")
    return None


def colon_cue(toks: list[Token], s0: int, s1: int, W: ModuleType) -> Cue | None:
    """A sentence ending with a colon that introduces what follows: 'Caddell continued:'."""
    end = s1 - 1
    while end >= s0 and toks[end].kind == "p" and toks[end].text != ":":
        end -= 1
    if end < s0 or toks[end].text != ":":
        return None
    for v in range(end - 1, s0 - 1, -1):
        if toks[v].kind == "q":
            return None
        if _speech_at(toks, v, W):
            np = subject_of(toks, v, s0, W)
            if not np:
                np, _ = phrase_after(toks, v + 1, end, W)
            return Cue(np, s0, end, "colon") if np else None
    np = phrase_before(toks, end - 1, s0, W)
    if np and toks.index(np[0], s0) == s0:
        return Cue(np, s0, end, "colon")
    # 'On July 6, Sanders made the following comment:': the subject of a sentence that names
    # what follows as speech (not 'Ms North also quotes other survivors:')
    if not any(t.kind == "w" and norm(t.text) in W.SPEECH_NOUNS for t in toks[s0:end]):
        return None
    np = _main_subject(toks, s0, end, W)
    if np and classify(np, W).kind in ("name", "pronoun", "organisation"):
        return Cue(np, s0, end, "colon")
    return None


# -- what a phrase names ----------------------------------------------------------------------


def classify(phrase: tuple[Token, ...], W: ModuleType) -> Speaker:
    """What a speaker phrase names (see :class:`Speaker`)."""
    if not phrase:
        return Speaker("", "", ())
    pos = phrase[0].start
    if len(phrase) == 1:
        t = phrase[0]
        pron = _french_inverted(t) or norm(t.text)
        if pron in W.PRONOUNS or pron in W.FIRST_PERSON:
            return Speaker("pronoun", pron, (pron,), (), pos)
    words = [t for t in phrase if t.kind == "w"]
    det = bool(words) and words[0].low in W.DETERMINERS
    body = words[1:] if det else words
    if not body:
        return Speaker("", "", ())
    text = " ".join(t.text for t in phrase)
    prep = next((m for m, t in enumerate(body) if t.low in _PREPS and m > 0), -1)
    if prep > 0 and body[-1].cap:
        # "Mr. Morgan of the Sierra Club", "Gov. Jane Hart of Ohio": a person of an organisation
        # or a place (titled or in full; "Bank of America" is no one's name)
        before = [t for t in body[:prep] if t.low not in W.DETERMINERS]
        titles, name = split_name(before, W)
        if name and before[-1].cap and norm(before[-1].text) not in unions(W).org_docs and (titles or len(name) >= 2):
            body = before
    last = norm(body[-1].text)
    if body[-1].cap and last not in W.ORG_NOUNS and last not in W.DOCUMENT_NOUNS:
        prep = next((m for m, t in enumerate(body) if t.low in _PREPS and m > 0), -1)
        if prep > 0:
            before = [t for t in body[:prep] if t.low not in W.DETERMINERS]
            after = [t for t in body[prep + 1:] if t.low not in W.DETERMINERS]
            _, name_before = split_name(before, W)
            t_after, name_after = split_name(after, W)
            t_after = [t for t in t_after if norm(t.text) in W.TITLES and norm(t.text) not in W.DETERMINERS
                       and t.low not in PARTICLES and t.low not in _PREPS and norm(t.text) not in W.ORG_NOUNS]
            if name_before and before[-1].cap:
                # "Mr. Morgan of the Sierra Club", "Representative Charles Rangel of New York"
                body = before
            elif not (name_after and (t_after or (len(name_after) >= 2 and name_after[0].low in unions(W).first_names))):
                # "officials at Homeland Security", "head of the Black Caucus": a description
                return Speaker("description", text, tuple(t.text for t in phrase), (), pos)
        titles, name = split_name(list(body), W)
        if len(name) == 1 and name[0].low.endswith("ing"):
            return Speaker("", "", ())  # "Following a meeting, ...": not a name
        if name and not any(norm(t.text) in W.TIME_WORDS for t in name):
            if det and not titles:
                return Speaker("organisation", text, tuple(t.text for t in body), (), pos)  # "The Post"
            if len(name) > 4 or (len(name) >= 3 and all(t.text.isupper() for t in name)):
                return Speaker("", "", ())  # a heading in capitals, not a name
            return Speaker("name", " ".join(display(t.text) for t in name), tuple(display(t.text) for t in name),
                           tuple(t.text for t in titles), pos)
        return Speaker("", "", ())
    head = next((t for t in reversed(body) if not t.cap or norm(t.text) in unions(W).org_docs), None)
    # the head noun of "officials at the agency" is "officials"
    for m, t in enumerate(body):
        if t.low in ("of", "at", "for", "from", "de", "du", "des", "chez") and m > 0:
            head = body[m - 1]
            break
    hn = norm(head.text) if head is not None else ""
    if hn in W.ROLE_NOUNS or (hn in W.TITLES and not body[-1].cap):
        return Speaker("description", text, tuple(t.text for t in phrase), (), pos)
    if hn in W.DOCUMENT_NOUNS and head is not None:
        owner = [t for t in body[:body.index(head)] if t.cap]
        if owner and len(owner) == body.index(head):
            # "the IMF report said": the organisation that issued it
            return Speaker("organisation", " ".join(display(t.text) for t in owner), tuple(t.text for t in owner), (), pos)
    if hn in W.ORG_NOUNS or hn in W.DOCUMENT_NOUNS:
        return Speaker("organisation", text, tuple(t.text for t in phrase), (), pos)
    return Speaker("", "", ())


def intro_cue(toks: list[Token], s0: int, s1: int, W: ModuleType) -> Cue | None:
    """A sentence of reported speech with no quotation that the next, bare quotation goes on
    ("Cummings called him a master at deals. "He showed again and again...")."""
    if any(t.kind == "q" for t in toks[s0:s1]):
        return None
    for v in range(s1 - 1, s0 - 1, -1):
        if _speech_at(toks, v, W):
            np = subject_of(toks, v, s0, W)
            if np and classify(np, W).kind in ("name", "pronoun"):
                return Cue(np, s0, s1 - 1, "intro")
            return None
    return None


def _opening_np(toks: list[Token], s0: int, v: int, W: ModuleType) -> tuple[Token, ...]:
    """The noun phrase a sentence opens with when it opens with a determiner ("The ministry on
    Monday ..."), else ()."""
    if s0 >= v or toks[s0].kind != "w" or toks[s0].low not in W.DETERMINERS:
        return ()
    end = s0 + 1
    while end < v and _np_word(toks[end], toks[end + 1] if end + 1 < v else None, W):
        end += 1
    return tuple(toks[s0:end]) if end > s0 + 1 else ()


def group_cue(cue: Cue, toks: list[Token], sent_of: dict[int, tuple[int, int]], W: ModuleType) -> Cue:
    """An "it" or "they" that speaks for the organisation (or, for "they", the group) the sentence
    makes its subject, before the pronoun in its sentence or in the sentence before ("The
    Security Council on Friday condemned the test, what it called "..."", "Officials at the
    agency said they were concerned that "...""); any other cue as it is."""
    if len(cue.phrase) != 1:
        return cue
    t = cue.phrase[0]
    kinds = W.GROUP_PRONOUNS.get(norm(t.text))
    if not kinds:
        return cue
    k = next((m for m, x in enumerate(toks) if x is t), -1)
    if k < 0 or k not in sent_of:
        return cue
    s0, s1 = sent_of[k]
    np: tuple[Token, ...] = ()
    if k > s0:
        np = _opening_np(toks, s0, k, W) or _main_subject(toks, s0, k, W)
    if (not np or np[0] is t) and s0 > 0 and (s0 - 1) in sent_of:
        p0, p1 = sent_of[s0 - 1]
        if not any(x.kind == "q" for x in toks[p0:p1]):
            np = _opening_np(toks, p0, p1, W) or _main_subject(toks, p0, p1, W)
    if not np or np[0] is t:
        return cue
    sp = classify(np, W)
    if sp.kind not in kinds or (sp.kind == "description" and not norm(sp.words[-1]).endswith("s")):
        return cue
    return Cue(np, cue.first, cue.last, cue.rule)
