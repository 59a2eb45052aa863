"""The same article twice is one source.

A folder often holds a copy of an article (saved twice, or a wire story that two sites printed
word for word). Read twice, it would corroborate itself: every point it carries would cite both
copies as if two outlets had reported it. :func:`drop_copies` keeps the first of each set of
copies and says which it dropped, so the caller can tell the reader.

Two articles are copies when their words (case, punctuation and spacing aside) are the same, or,
for articles of 80 words or more, when nine in ten of their runs of eight words are shared (a
dateline or a sign-off added by one site).
"""

from __future__ import annotations

import hashlib
import re
import zlib
from dataclasses import dataclass
from typing import Sequence

from ..model import Article

_WORD = re.compile(r"\w+")
#: Words in a run compared between two articles.
SHINGLE = 8
#: Two articles whose runs are at least this much the same (Jaccard) are copies.
NEAR = 0.9
#: Articles shorter than this many words are copies only when their words are all the same.
MIN_NEAR_WORDS = 80
#: How many of an article's smallest run hashes find the articles to compare it with.
SKETCH = 4


class DuplicateWarning(UserWarning):
    """An article repeated another and was read once."""


@dataclass(frozen=True)
class Copy:
    """``articles[copy]`` repeats ``articles[original]`` (indices into the list given)."""

    copy: int
    original: int


def _shingles(words: list[str]) -> set[int]:
    """Hashes of the text's runs of :data:`SHINGLE` words."""
    n = SHINGLE
    return {zlib.crc32(" ".join(words[i:i + n]).encode("utf-8", "surrogatepass")) for i in range(max(len(words) - n + 1, 1))}


def find_copies(articles: Sequence[Article]) -> list[Copy]:
    """Every article that repeats an earlier one, with the earlier one it repeats.

    Articles with the same words are copies; so are two long articles whose runs of eight words
    are at least :data:`NEAR` the same (Jaccard), which a dateline or a sign-off added by one site
    does not change. Pairs to compare are found through each article's few smallest run hashes
    (a bottom-k sketch), so the work grows with the number of articles, not with its square. The
    run hashes kept for later comparisons are sorted 4-byte arrays (a set of Python ints would cost
    about 15 times as much: 700 MB for a 50 MB input).

    Args:
        articles: the articles, in the caller's order (the first of a set of copies stays).

    Returns:
        One :class:`Copy` per repeated article, in order.
    """
    import numpy as np

    by_whole: dict[str, int] = {}
    by_sketch: dict[int, list[int]] = {}
    shingles: dict[int, np.ndarray] = {}  # sorted, distinct crc32 values
    out: list[Copy] = []
    for k, a in enumerate(articles):
        words = _WORD.findall(a.text.casefold())
        whole = hashlib.sha1(" ".join(words).encode("utf-8", "surrogatepass")).hexdigest()
        original = by_whole.get(whole)
        mine: np.ndarray | None = None
        if original is None and len(words) >= MIN_NEAR_WORDS:
            runs = _shingles(words)
            mine = np.fromiter(runs, dtype=np.uint32, count=len(runs))
            del runs
            mine.sort()
            sketch = mine[:SKETCH].tolist()
            seen: set[int] = set()
            for h in sketch:
                for j in by_sketch.get(h, ()):
                    if j in seen:
                        continue
                    seen.add(j)
                    other = shingles[j]
                    common = len(np.intersect1d(mine, other, assume_unique=True))
                    if common >= NEAR * (len(mine) + len(other) - common):  # Jaccard of the two sets
                        original = j
                        break
                if original is not None:
                    break
        if original is not None:
            out.append(Copy(k, original))
            continue
        by_whole[whole] = k
        if mine is not None:
            shingles[k] = mine
            for h in mine[:SKETCH].tolist():
                by_sketch.setdefault(h, []).append(k)
    return out


def drop_copies(articles: Sequence[Article]) -> tuple[list[Article], list[Copy]]:
    """The articles without repeats, and the repeats dropped (see :func:`find_copies`)."""
    copies = find_copies(articles)
    dropped = {c.copy for c in copies}
    return [a for k, a in enumerate(articles) if k not in dropped], copies


def describe(copy: Copy, articles: Sequence[Article]) -> str:
    """One line for the reader: ``b.md: same text as a.md; read once``."""
    def name(a: Article) -> str:
        return a.origin or a.title or "an article"

    c, o = articles[copy.copy], articles[copy.original]
    also = f" (also published by {c.outlet})" if c.outlet and o.outlet and c.outlet != o.outlet else ""
    return f"{name(c)}: same text as {name(o)}{also}; read once"
