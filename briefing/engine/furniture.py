"""Site furniture that survives extraction: a short line a site prints on every page.

Pages saved from one site carry the same tagline, motto or notice ("A collection of government
web content.", "Independent journalism since 1851.") as a paragraph of its own at the top or the
bottom of the body.  Extraction keeps it when the site's markup does not mark it, and then the
engine sees one sentence "corroborated" by every article and puts it in the bottom line.

The sign is shape, not wording: the same short paragraph, word for word, at the head or foot of
several articles whose other sentences differ.  Wire copies of one story also repeat paragraphs,
but they repeat most of their text; a lead shared by rewrites of a wire story is a long sentence
in the middle of shared text, not a short line alone at the edge of otherwise different pages.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Sequence

from ..model import Sentence

__all__ = ["furniture"]

MAX_WORDS = 12  # a tagline is short; a lead is rarely this short and alone in its paragraph
EDGE = 2  # within the first or last two paragraphs of the body
MIN_ARTICLES = 3  # seen on at least this many pages
MAX_SHARED = 0.5  # the pages share at most this share of their other sentences


def _key(text: str) -> str:
    return " ".join(text.lower().split())


def furniture(sentences: Sequence[Sentence]) -> frozenset[int]:
    """Indices of the sentences that are a site's furniture (see the module docstring).

    A sentence counts when it is a whole paragraph of at most :data:`MAX_WORDS` words, among the
    first or last :data:`EDGE` paragraphs of its article, found the same (case and spacing aside)
    in at least :data:`MIN_ARTICLES` articles, and those articles share at most
    :data:`MAX_SHARED` of their other sentences (they are not copies of one text).

    Args:
        sentences: the story's sentences, in any article numbering.

    Returns:
        The indices into ``sentences`` of the furniture lines.
    """
    per_paragraph: dict[tuple[int, int], list[int]] = defaultdict(list)
    last_paragraph: dict[int, int] = {}
    for i, s in enumerate(sentences):
        per_paragraph[s.article, s.paragraph].append(i)
        last_paragraph[s.article] = max(last_paragraph.get(s.article, 0), s.paragraph)
    lines: dict[str, list[int]] = defaultdict(list)
    for (article, paragraph), members in per_paragraph.items():
        if len(members) != 1:
            continue
        s = sentences[members[0]]
        if len(s.text.split()) > MAX_WORDS:
            continue
        if paragraph >= EDGE and last_paragraph[article] - paragraph >= EDGE:
            continue
        lines[_key(s.text)].append(members[0])
    found = {k: v for k, v in lines.items() if len({sentences[i].article for i in v}) >= MIN_ARTICLES}
    if not found:
        return frozenset()
    texts: dict[int, set[str]] = defaultdict(set)
    for s in sentences:
        texts[s.article].add(_key(s.text))
    out: set[int] = set()
    for key, members in found.items():
        articles = sorted({sentences[i].article for i in members})
        others = [texts[a] - {key} for a in articles]
        shared = set.intersection(*others)
        smallest = min((len(o) for o in others), default=0)
        if smallest == 0 or len(shared) / smallest <= MAX_SHARED:
            out.update(members)
    return frozenset(out)
