"""Sentence-splitting parameters that ship in the package (no download, ever).

The curated lists live in ``briefing/lang/<language>/splitter/`` as plain text, one entry a line
(see ``briefing/lang/common/splitter/README.md``). :func:`load_parameters` reads them once per language and caches the result;
:func:`punkt_parameters` turns the same lists into nltk's :class:`PunktParameters` for anyone who
wants nltk's own ``PunktSentenceTokenizer`` with the project's data.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..lang import ALIASES

#: Where the language folders are (``briefing/lang``); a language's splitter data is in its
#: ``splitter/`` folder, the lists shared by all languages in ``common/splitter/``.
DATA_DIR = Path(__file__).resolve().parent.parent / "lang"

#: ISO 639-1 codes and other spellings accepted for the language names used across the project.
LANGUAGE_ALIASES = ALIASES

#: Punkt's type for a number (nltk uses the same token).
NUMBER = "##number##"


def normalize_language(language: str) -> str:
    """Lower-case a language name and map ISO codes ("en", "fr") to names ("english", "french")."""
    name = (language or "english").strip().lower()
    return LANGUAGE_ALIASES.get(name, name)


@dataclass(frozen=True)
class SplitParameters:
    """The curated data for one language, as sets of lower-cased types without final periods."""

    language: str
    abbreviations: frozenset[str]  # may end a sentence: a following starter opens a new one
    titles: frozenset[str]  # never end a sentence (Mr, Gen, e.g, vs)
    places: frozenset[str]  # abbreviations only after a comma or a party label (Ill, Wash)
    starters: frozenset[str]  # words that open a sentence after an abbreviation
    collocations: frozenset[tuple[str, str]]  # (left, right): no boundary between them
    enders: frozenset[str] = frozenset()  # usually end a sentence before a capital (a.m, etc)
    continuations: frozenset[str] = frozenset()  # capitalised words that follow enders (Monday)
    numbered: frozenset[str] = frozenset()  # abbreviations only before a number (No. 5, p. 4)

    @property
    def ordinal_numbers(self) -> bool:
        """True when a number followed by a period is an ordinal ("am 3. Oktober")."""
        return NUMBER in self.abbreviations

    @property
    def shipped(self) -> bool:
        """True when the package ships curated data for this language."""
        return bool(self.abbreviations or self.titles or self.starters)


def read_list(path: Path) -> list[str]:
    """Entries of one data file: stripped, lower-cased lines, comments (``#``) and blanks dropped."""
    if not path.is_file():
        return []
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        entry = line.strip()
        if entry.startswith(NUMBER):
            entry = NUMBER + entry[len(NUMBER):].split(" #", 1)[0]
        elif entry.startswith("#"):
            continue
        entry = entry.split(" #", 1)[0].strip()
        if entry:
            out.append(entry.lower())
    return out


def available_languages() -> list[str]:
    """Languages with curated splitting data in the package."""
    return sorted(p.name for p in DATA_DIR.iterdir()
                  if p.is_dir() and (p / "splitter" / "starters.txt").is_file() and p.name != "common")


@lru_cache(maxsize=32)
def load_parameters(language: str = "english") -> SplitParameters:
    """The curated parameters for ``language``, read once and cached.

    The lists in ``lang/common/splitter`` (titles, ranks and abbreviations seen in news of any language)
    are added to every language's. A language without a folder of its own gets only those and
    the splitter's language-neutral rules.
    """
    name = normalize_language(language)
    folder = DATA_DIR / name / "splitter"
    common = DATA_DIR / "common" / "splitter"

    def entries(kind: str) -> frozenset[str]:
        return frozenset(read_list(folder / kind) + read_list(common / kind))

    colls = set()
    for entry in read_list(folder / "collocations.txt"):
        parts = entry.split()
        if len(parts) == 2:
            colls.add((parts[0], parts[1]))
    return SplitParameters(
        language=name,
        abbreviations=entries("abbreviations.txt"),
        titles=entries("titles.txt"),
        places=entries("places.txt"),
        starters=entries("starters.txt"),
        collocations=frozenset(colls),
        enders=entries("enders.txt"),
        continuations=entries("continuations.txt"),
        numbered=entries("numbered.txt"),
    )


@lru_cache(maxsize=32)
def punkt_parameters(language: str = "english"):
    """nltk ``PunktParameters`` built from the shipped lists (imports nltk, about 0.6 s).

    Titles, abbreviations and places become ``abbrev_types``, starters ``sent_starters`` and the
    pairs ``collocations``. Use it with ``nltk.tokenize.punkt.PunktSentenceTokenizer(params)``.
    """
    from nltk.tokenize.punkt import PunktParameters

    p = load_parameters(language)
    params = PunktParameters()
    params.abbrev_types = set(p.abbreviations | p.titles | p.places | p.enders | p.numbered) - {NUMBER}
    params.sent_starters = set(p.starters)
    params.collocations = set(p.collocations)
    return params
