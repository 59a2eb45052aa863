"""Attribution: who a quotation's surrounding words say spoke it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import Lexicon, lexicon
from .marks import _PH, _is_cap, _tokens
from .names import _PARTICLES, _PERSON_TITLES, _ORG_NOUNS, _TIME_WORDS, _cap_runs, _looks_like_name, _name_from


_QWORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*", re.UNICODE)
_ADVERBS = frozenset("also later then again previously earlier recently repeatedly once further".split())
_AUX = frozenset("has have had would will was is also could did does do a avait ont aurait avaient".split())

_ALL_SPEECH = lexicon("english").speech_verbs | lexicon("french").speech_verbs


def _only_glue(masked: str, i: int, j: int) -> bool:
    """Between two quotations of one speaker: ', he said, ' is glue; new words are not."""
    between = masked[max(0, i):max(i, j)]
    return bool(re.fullmatch(r"[\s,.;:—–-]*", between))


def _adjacent_sentence(masked: str, i: int, j: int) -> bool:
    """The next quotation opens the sentence right after the attribution of the last one."""
    between = masked[max(0, i):max(i, j)]
    m = re.fullmatch(r"([^\"“«‘.!?]*)[.!?]\s*[\"“«‘]?", between)
    if not m or len(between) >= 80:
        return False
    words = _QWORD.findall(m.group(1))
    # '," he said. "' - only the attribution of the last quotation stands between the two
    return 0 < len(words) <= 10 and any(w.lower() in _ALL_SPEECH for w in words)


def _short_attribution(masked: str, i: int, j: int) -> bool:
    """'"...," Lavrov said, "...': only an attribution between two parts of one quotation."""
    between = masked[max(0, i):max(i, j)]
    return _PH not in between and len(_QWORD.findall(between)) <= 6 and not re.search(r"[.!?]\s", between)


@lru_cache(maxsize=1 << 15)
def _speaker_after_of(after: str, language: str) -> str:
    """:func:`_speaker_after`, cached by text: outlets repeat the same attributions."""
    return _speaker_after(after, lexicon(language))


@lru_cache(maxsize=1 << 15)
def _speaker_before_of(before: str, language: str) -> str:
    """:func:`_speaker_before`, cached by text."""
    return _speaker_before(before, lexicon(language))


def _speaker_after(after: str, lex: Lexicon) -> str:
    """Speaker of '<quote>, Blinken said' / ', said Blinken' / ' he told reporters'."""
    toks = _tokens(after)
    # skip leading punctuation
    k = 0
    while k < len(toks) and not toks[k][0][0].isalnum():
        if toks[k][0] not in (",", "—", "–", "-", ":"):
            return ""
        k += 1
    toks = toks[k:]
    if not toks:
        return ""
    while len(toks) > 1 and toks[0][0].lower() in ("a", "avait", "ont", "had", "has"):
        toks = toks[1:]
    first = toks[0][0].lower()
    if first in ("a-t-il", "a-t-elle", "ont-ils", "ajoute-t-il", "ajoute-t-elle", "déclare-t-il", "explique-t-il"):
        return "il" if "il" in first else "elle"
    if re.search(r"-t-(il|elle)$", first):
        return first.rsplit("-", 1)[1]
    if first in lex.speech_verbs:
        return _subject_after_verb(toks[1:], lex)
    # subject then verb within the first nine tokens, no punctuation in between except an
    # appositive pair of commas
    for m in range(1, min(len(toks), 10)):
        w = toks[m][0].lower()
        if w in lex.speech_verbs:
            if m + 1 < len(toks) and toks[m + 1][0] == ":":
                return ""  # 'Zielinski said: "...' introduces the next quotation
            subj = [t for t in toks[:m] if t[0].lower() not in _ADVERBS and t[0].lower() not in _AUX
                    and not t[0].lower().endswith("ly")]
            return _subject_phrase(subj, lex, allow_apposition=True)
        if toks[m][0] in (".", ";", "!", "?", ":"):
            return ""
    return ""


def _subject_after_verb(toks: list[tuple[str, int, int]], lex: Lexicon) -> str:
    """'said the head of American diplomacy, Anthony Blinken, after...' -> the name."""
    phrase: list[tuple[str, int, int]] = []
    rest: list[tuple[str, int, int]] = []
    for k, t in enumerate(toks):
        w = t[0]
        if not w[0].isalnum():
            rest = toks[k:]
            break
        if w.lower() in lex.stop and w.lower() not in ("of", "the", "de", "du", "la", "le") and phrase:
            break
        if w.lower() in ("on", "in", "at", "after", "before", "during", "that", "to", "as", "when", "while", "friday"):
            break
        phrase.append(t)
    who = _subject_phrase(phrase, lex)
    if rest and rest[0][0] == ",":
        # appositive name: ', Anthony Blinken,'
        name = []
        for t in rest[1:]:
            if _is_cap(t[0]) or t[0].lower() in _PARTICLES:
                name.append(t)
            else:
                break
        if name:
            cand = _name_from(name, lex)
            if cand and (not who or not _looks_like_name(who, lex)):
                return cand
    return who


def _speaker_before(before: str, lex: Lexicon) -> str:
    """Speaker of 'Lavrov said he hopes "...' / 'Blinken told reporters: "...'."""
    toks = _tokens(before)
    idx = [k for k, t in enumerate(toks) if t[0].lower() in lex.speech_verbs]
    if not idx:
        # 'Putin "has not learned..." Truss said' is handled after; 'Truss: "..."'
        if toks and toks[-1][0] == ":":
            return _subject_phrase(toks[:-1], lex)
        return ""
    k = idx[-1]
    if (toks[k][0].lower().endswith("ing") and (k == 0 or toks[k - 1][0] == ",")) or (
        k > 0 and toks[k - 1][0].lower() in ("and", "but", "et", "mais")
    ):
        # 'Blinken repeated the warning, saying "...' / 'Leite described it as "..." and warned that
        # "...': the subject of the main clause
        for run in _cap_runs(toks[:k]):
            name = _name_from(run, lex)
            if name and name.split()[0].lower() not in _TIME_WORDS and name.lower() not in lex.pronouns:
                return name
        return ""
    subj = toks[:k]
    while subj and (subj[-1][0].lower() in _ADVERBS or subj[-1][0].lower() in _AUX or subj[-1][0].lower().endswith("ly")):
        subj = subj[:-1]
    if not subj:
        return _subject_after_verb(toks[k + 1:], lex) if k + 1 < len(toks) and _is_cap(toks[k + 1][0]) else ""
    return _subject_phrase(subj, lex, allow_apposition=True)



def _subject_phrase(toks: list[tuple[str, int, int]], lex: Lexicon, allow_apposition: bool = False) -> str:
    """The noun phrase that ends ``toks``: a pronoun, a name with its titles, or 'the ministry'."""
    toks = [t for t in toks if t[0] != _PH]
    if not toks:
        return ""
    if allow_apposition and toks[-1][0] == ",":
        # 'Al Jazeera's Natacha Butler, reporting from Geneva,' -> skip the appositive, unless the
        # appositive is the name: 'the national police chief, Mario Andresol,'
        commas = [k for k, t in enumerate(toks[:-1]) if t[0] == ","]
        if commas:
            inner = toks[commas[-1] + 1:-1]
            if 2 <= len(inner) <= 3 and all(_is_cap(t[0]) for t in inner):
                name = _name_from(inner, lex)
                if name:
                    return name
            toks = toks[:commas[-1]]
        else:
            toks = toks[:-1]
    if not toks:
        return ""
    last = toks[-1][0]
    if last.lower() in lex.pronouns:
        return last.lower()
    phrase: list[tuple[str, int, int]] = []
    for t in reversed(toks):
        w = t[0]
        low = w.lower()
        if not w[0].isalnum() and w not in ("’", "'"):
            break
        if low in ("the", "a", "an", "le", "la", "les", "l'"):
            phrase.append(t)
            break
        if low in lex.stop and low not in ("of", "de", "du") and not _is_cap(w):
            break
        phrase.append(t)
        if len(phrase) >= 8:
            break
    phrase.reverse()
    while phrase and phrase[0][0].lower() in ("of", "de", "du"):
        phrase = phrase[1:]
    if not phrase:
        return ""
    text = " ".join(t[0] for t in phrase)
    name = _name_from(phrase, lex)
    if name:
        return name
    if phrase[0][0].lower() in ("a", "an") and len(toks) > len(phrase) + 1 and toks[-len(phrase) - 1][0] == ",":
        # 'Mark Ballesteros, a Pentagon spokesman, says' -> the name before the description
        before = _subject_phrase(toks[: -len(phrase) - 1], lex)
        if before and _looks_like_name(before, lex):
            return before
    low = {w.lower().rstrip(".") for w in text.split()}
    if re.search(r"[’']s\b", text) or not (low & (_PERSON_TITLES | _ORG_NOUNS)):
        return ""
    return text


