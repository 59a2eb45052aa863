"""Names: the people the articles name, their fullest form, and people by their titles.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...model import Article
from ..lexicon import Lexicon
from .marks import _is_cap


_PARTICLES = frozenset("de da di del der den van von la le al bin ibn el du dos das ter".split())

_PERSON_TITLES = frozenset(
    "president minister secretary chancellor ambassador spokesman spokeswoman spokesperson general "
    "colonel commander chief director governor senator mayor king queen prince pope chairman "
    "chairwoman ceo head leader premier envoy official officials analyst professor correspondent "
    "reporter spokesmen diplomat diplomats prosecutor prosecutors police witness witnesses "
    "président ministre secrétaire porte-parole chef".split()
)
_ORG_NOUNS = frozenset(
    "ministry chancellery office department government kremlin embassy agency army military "
    "council commission committee court police statement spokesman union alliance company "
    "white west ministère gouvernement".split()
)
_TIME_WORDS = frozenset(
    "today yesterday tomorrow monday tuesday wednesday thursday friday saturday sunday january february "
    "march april may june july august september october november december earlier later meanwhile "
    "but and however in on at".split()
)



def _cap_runs(toks: list[tuple[str, int, int]]) -> list[list[tuple[str, int, int]]]:
    runs: list[list[tuple[str, int, int]]] = []
    cur: list[tuple[str, int, int]] = []
    for t in toks:
        if _is_cap(t[0]) or (cur and t[0].lower() in _PARTICLES):
            cur.append(t)
        else:
            if cur:
                runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    return runs



def _name_from(phrase: list[tuple[str, int, int]], lex: Lexicon) -> str:
    """The person's name in a phrase: after any possessive, without leading titles."""
    words = [t[0] for t in phrase]
    for k in range(len(words) - 1, -1, -1):
        if re.search(r"[’']s$", words[k]):
            words = words[k + 1:]
            break
    last_title = max((k for k, w in enumerate(words) if w.lower().rstrip(".") in lex.titles or w.lower() in lex.titles
                      or (not _is_cap(w) and w.lower() not in _PARTICLES)), default=-1)
    words = words[last_title + 1:]
    while words and (words[0].lower() in _PARTICLES or words[0].lower() in lex.stop):
        words = words[1:]
    if len(words) >= 3:
        keep = 3 if (len(words[-2].rstrip(".")) == 1 or words[-2].lower() in _PARTICLES) else 2
        words = words[-keep:]
    if not words or len(words) > 4:
        return ""
    if not all(_is_cap(w) or w.lower() in _PARTICLES for w in words):
        return ""
    if any(w.lower() in lex.titles for w in words[1:]) and words[-1].lower() in lex.titles:
        return ""
    return " ".join(w.rstrip(".,") if len(w) > 2 else w for w in words)


def _looks_like_name(who: str, lex: Lexicon) -> bool:
    ws = who.split()
    return bool(ws) and all(_is_cap(w) for w in ws) and not any(w.lower() in lex.titles for w in ws)



_LOW_TITLE = re.compile(
    r"\b(?:secretary|minister|president|chancellor|ambassador|spokesman|spokeswoman|spokesperson|"
    r"governor|senator|mayor|director|chief|commander|general|envoy|premier|chairman|state|foreign|"
    r"defence|defense|interior|prime|deputy|vice)\b(?=[ \t]+(?:of[ \t]+)?[A-Za-z])"
)
_CAPWORDS = re.compile(r"\b[A-Z][\w-]*")
_CAP_WORD = r"(?:[A-Z]\.(?:[A-Z]\.)*|[A-Z][\w’'-]*)"
_CAP_RUN = re.compile(
    rf"\b{_CAP_WORD}(?:[ \t]+(?:(?:of|de|van|von|der|den|al|bin|la|le|du|da|di)[ \t]+)?{_CAP_WORD})*"
)
_INITIALS = re.compile(r"(?:[A-Z]\.)+")


class _NameIndex:
    """Full names the articles use, by surname, and people by their titles."""

    def __init__(self, articles: list[Article], lex: Lexicon) -> None:
        self.lex = lex
        self.full: dict[str, dict[str, int]] = {}  # surname -> full form -> count
        self.by_title: dict[str, dict[str, int]] = {}  # title word -> surname -> count
        self.titles: list[tuple[frozenset[str], str]] = []
        self._cache: dict[str, str] = {}
        self._by_first: dict[str, list[tuple[str, int]]] | None = None
        self._people: set[str] | None = None
        self._title_words = frozenset(lex.titles) | {"of"} | _PARTICLES
        self._runs: dict[str, tuple[str, str, frozenset[str]] | None] = {}
        for article in articles:
            self._scan(article.text)
            if article.title:
                self._scan(article.title)

    def _scan(self, text: str) -> None:
        # lower-case titles ("US secretary of state Antony Blinken") join the capitalised run
        text = _LOW_TITLE.sub(lambda m: m.group().capitalize(), text)
        runs = self._runs
        for m in _CAP_RUN.finditer(text):
            run = m.group()
            if " " not in run and "\t" not in run:
                continue  # one word: neither a full name nor a title with a name
            parsed = runs.get(run, False)
            if parsed is False:
                parsed = runs[run] = self._parse_run(run)
            if parsed is None:
                continue
            key, surname, title = parsed
            d = self.full.setdefault(surname, {})
            d[key] = d.get(key, 0) + 1
            if title:
                self.titles.append((title, surname))

    def _parse_run(self, run: str) -> tuple[str, str, frozenset[str]] | None:
        """(full name, surname, title words) of a capitalised run, or None when it names no one
        in full; a run that recurs across the articles is parsed once."""
        words = run.split()
        # "Al Jazeera's Natacha Butler": the name starts after the possessive
        for k in range(len(words) - 1, -1, -1):
            if words[k].endswith(("’s", "'s")):
                words = words[k + 1:]
                break
        if not words:
            return None
        return self._record([w[:-1] if w.endswith(".") and len(w) > 3 and not _INITIALS.fullmatch(w) else w
                             for w in words])

    def _record(self, run: list[str]) -> tuple[str, str, frozenset[str]] | None:
        lex = self.lex
        words = [re.sub(r"[’']s$", "", w).rstrip(".") if len(w) > 3 else w for w in run]
        # split into title part and trailing name part
        k = len(words)
        while k > 0 and (
            (_is_cap(words[k - 1]) and words[k - 1].lower() not in lex.titles)
            or (words[k - 1].lower() in _PARTICLES and k >= 2 and _is_cap(words[k - 2]) and k < len(words))
        ):
            k -= 1
        name = words[k:]
        while name and name[0].lower() in lex.stop:
            name = name[1:]  # "In Pichilemu": a sentence opener, not a first name
        if len(name) >= 3:
            # "Pichilemu Roberto Córdova": a place before the name; "Luiz Inácio Lula da Silva"
            # is known by its last words ("Lula da Silva")
            keep = 3 if (len(name[-2]) <= 2 or name[-2].lower() in _PARTICLES) else 2
            name = name[-keep:]
        title = [w.lower().replace(".", "") for w in words[:k] if w.lower() not in ("of", "the", "a", "an")]
        if not name or len(name) > 3 or len(name) < 2:
            return None
        return " ".join(name), name[-1], frozenset(title)

    def by_first(self) -> dict[str, list[tuple[str, int]]]:
        """Full forms by their first word (built once)."""
        if self._by_first is None:
            self._by_first = {}
            for d in self.full.values():
                for f, c in d.items():
                    self._by_first.setdefault(f.split()[0], []).append((f, c))
        return self._by_first

    def people(self) -> set[str]:
        """Surnames of the people the articles name in full."""
        if self._people is None:
            self._people = {f.split()[-1] for d in self.full.values() for f in d if len(f.split()) >= 2}
        return self._people

    def canonical(self, raw: str) -> str:
        """The fullest common form of a name, or the person a title alone describes."""
        cached = self._cache.get(raw)
        if cached is None:
            cached = self._cache[raw] = self._canonical(raw)
        return cached

    def _canonical(self, raw: str) -> str:
        raw = raw.strip().rstrip(",.")
        ws = raw.split()
        if not ws:
            return ""
        if not _looks_like_name(raw, self.lex):
            person = self._by_description(raw)
            if person:
                return person
            return raw[:1].upper() + raw[1:] if raw.split()[0].lower() not in ("the",) else _strip_the(raw)
        surname = ws[-1]
        forms = self.full.get(surname, {})
        first = ws[0] if len(ws) > 1 else ""
        cands = [(c, f) for f, c in forms.items() if not first or _compatible_first(first, f.split()[0])]
        if not cands and len(ws) == 1:
            cands = [(c, f) for f, c in self.by_first().get(raw, []) if c >= 2]
        if not cands:
            return raw
        best = max(cands, key=lambda cf: (cf[0], len(cf[1]), cf[1]))
        return best[1]

    def _by_description(self, desc: str) -> str:
        words = {w.lower().replace(".", "") for w in re.findall(r"[^\W\d_]+(?:[.'’-][^\W\d_]+)*\.?", desc)} - {"the", "a", "an", "of"}
        if not words or not (words & _PERSON_TITLES):
            return ""
        counts: dict[str, int] = {}
        for title, surname in self.titles:
            if words <= title:
                counts[surname] = counts.get(surname, 0) + 1
        if not counts:
            return ""
        surname = max(sorted(counts), key=lambda s: counts[s])
        return self.canonical(surname)


def _strip_the(raw: str) -> str:
    rest = raw.split(None, 1)[1] if len(raw.split()) > 1 else raw
    return rest[:1].upper() + rest[1:]


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


def _mention_counts(articles: list[Article], speakers: set[str]) -> dict[str, int]:
    """In how many articles each speaker's surname appears."""
    surnames = {s: s.split()[-1] for s in speakers}
    wanted = set(surnames.values())
    seen: dict[str, int] = {}
    for a in articles:
        for w in wanted.intersection(_CAPWORDS.findall(a.text)):
            seen[w] = seen.get(w, 0) + 1
    return {s: seen.get(sur, 0) for s, sur in surnames.items()}

