"""Everything a language needs, one folder per language (as spaCy keeps ``spacy/lang/de/``).

Layout::

    briefing/lang/
      __init__.py          this registry
      english/
        __init__.py        CODE = "en"
        <part>.py          one plain data module per part: UPPER_CASE constants, no logic
      french/ ...

A *part* is one module of word lists and rule tables that one concern of the tool reads:

=============  =====================================================================
``stopwords``  stop words of the engine and the headings
``numbers``    number words, scales, vague amounts, quantity modifiers, currencies
``figures``    what is counted: classes of counted nouns, people, death/injury cues
``dates``      months, weekdays, relative day words, tense cues
``quotes``     speech verbs, titles, pronouns, roles, organisation nouns
``labels``     the page's labels ("Bottom line", "Key quotes", ...), short month names
``headings``   words topic headings may and may not use
``splitter``   sentence-splitter parameters (data files in the folder ``splitter/``)
``support``    negation, modality and attribution cues (does one sentence support another)
=============  =====================================================================

:func:`part` returns the module of one part of one language. A language without that part gets
English's, with one :class:`LanguageWarning` per language and part, so a missing part is never
silent. Adding a language is adding a folder; adding a part is adding a module to ``english/``
(the reference language, which has every part) and to whichever languages have it.
"""

from __future__ import annotations

import warnings
from functools import lru_cache
from importlib import import_module
from pathlib import Path
from types import ModuleType

__all__ = ["PARTS", "LanguageWarning", "available", "normalize", "part", "supports", "folder"]

#: The parts a language folder may hold (see the module docstring).
PARTS = ("stopwords", "numbers", "figures", "dates", "quotes", "labels", "headings", "splitter", "support")

#: The reference language: it has every part, and others fall back to it.
REFERENCE = "english"

_HERE = Path(__file__).resolve().parent

#: ISO 639-1/2 codes and native spellings accepted for language names.
ALIASES = {
    "en": "english", "eng": "english",
    "fr": "french", "fra": "french", "fre": "french", "français": "french", "francais": "french",
    "de": "german", "deu": "german", "ger": "german", "deutsch": "german",
    "es": "spanish", "spa": "spanish", "español": "spanish", "espanol": "spanish",
    "it": "italian", "ita": "italian", "italiano": "italian",
    "pt": "portuguese", "por": "portuguese", "português": "portuguese", "portugues": "portuguese",
    "nl": "dutch", "sv": "swedish", "da": "danish", "no": "norwegian", "nb": "norwegian",
    "fi": "finnish", "ru": "russian", "pl": "polish", "cs": "czech", "sk": "slovak",
    "tr": "turkish", "ro": "romanian", "hu": "hungarian", "el": "greek",
}


class LanguageWarning(UserWarning):
    """A language lacks a part, and English's is used for it."""


def normalize(language: str) -> str:
    """Lower-case a language name and map codes ("en", "fr") to folder names ("english", "french")."""
    name = (language or REFERENCE).strip().lower()
    return ALIASES.get(name, name)


def folder(language: str) -> Path:
    """The folder of a language (it may not exist)."""
    return _HERE / normalize(language)


def _has(language: str, name: str) -> bool:
    base = folder(language)
    if not (base / "__init__.py").is_file():
        return False
    return (base / f"{name}.py").is_file() or (base / name).is_dir()


@lru_cache(maxsize=None)
def available() -> dict[str, frozenset[str]]:
    """Every language folder, with the parts it has: ``{"english": {...}, "french": {...}}``."""
    out = {}
    for sub in sorted(_HERE.iterdir()):
        if (sub / "__init__.py").is_file():
            out[sub.name] = frozenset(p for p in PARTS if _has(sub.name, p))
    return out


def supports(language: str, name: str) -> bool:
    """Does ``language`` have its own ``name`` part (not English's)?"""
    return name in available().get(normalize(language), frozenset())


@lru_cache(maxsize=None)
def part(language: str, name: str) -> ModuleType:
    """The ``name`` part of ``language``: its data module, else English's with a warning.

    Raises:
        ValueError: ``name`` is not one of :data:`PARTS`.
    """
    if name not in PARTS:
        raise ValueError(f"unknown language part {name!r} (known: {', '.join(PARTS)})")
    lang = normalize(language)
    if supports(lang, name):
        return import_module(f"briefing.lang.{lang}.{name}")
    if lang != REFERENCE:
        what = "is not a known language" if lang not in available() else f"has no {name} part"
        warnings.warn(f"language {lang!r} {what}; English {name} used", LanguageWarning, stacklevel=2)
    return import_module(f"briefing.lang.{REFERENCE}.{name}")
