"""The representative wording of a group: its clearest full sentence that the others corroborate."""

from __future__ import annotations

import re
from collections import Counter
from itertools import chain
from operator import itemgetter
from typing import Sequence

import numpy as np

from ...model import Sentence
from .features import Features, normalise

_OPENERS = "\"“„«‘'("
_PRONOUN_START = re.compile(
    r"^(?:he|she|it|they|this|that|these|those|his|her|their|its|but|and|so|also|however)\b", re.I)
_JUNK = ("http://", "https://", "www.", "photo:", "©", "click here", "read more", "subscribe")
_JUNK_RE = re.compile("|".join(map(re.escape, _JUNK)))
_WORDISH = re.compile(r"\w+")
_TOKEN = re.compile(r"[^\W\d_][\w'’-]*")


def clarity(text: str) -> float:
    """How well ``text`` reads as a stand-alone full sentence, in [0, 1].

    Rewards a complete sentence (capital or quotation mark at the start, final punctuation at the
    end, balanced quotation marks and brackets) of moderate length (12-35 words); penalises
    fragments, questions, openings that lean on a previous sentence ("He", "But", "This"),
    captions made of names and capitals, and web debris (URLs, photo credits).
    """
    t = text.strip()
    if not t:
        return 0.0
    words = len(_WORDISH.findall(t))
    score = 1.0
    if words < 6:
        score -= 0.6
    elif words < 12:
        score -= 0.25 * (12 - words) / 6
    elif words > 45:
        score -= min(0.5, 0.02 * (words - 45) + 0.2)
    elif words > 35:
        score -= 0.01 * (words - 35)
    head = t.lstrip(_OPENERS)
    if not head[:1].isupper() and not head[:1].isdigit():
        score -= 0.3
    end = t.rstrip("\"”’'»)] ")
    if not end.endswith((".", "!", "?", "…")):
        score -= 0.3
    if end.endswith("?"):
        score -= 0.2
    if _PRONOUN_START.match(head):
        score -= 0.15
    dq = t.count('"')
    if dq % 2 or t.count("“") != t.count("”") or t.count("(") != t.count(")") or t.count("«") != t.count("»"):
        score -= 0.2
    if _JUNK_RE.search(t.lower()):
        score -= 0.4
    tokens = _TOKEN.findall(t)
    if len(tokens) >= 5 and sum(map(str.islower, map(itemgetter(0), tokens))) < 0.3 * len(tokens):
        score -= 0.5  # a caption or headline: names and capitals, hardly a lower-case word
    return max(0.0, min(1.0, score))


def _shingles(text: str, n: int = 5) -> set[tuple[str, ...]]:
    words = normalise(text).split()
    return set(zip(*(words[k:] for k in range(n))))  # every run of n consecutive words


def representative(group: Sequence[int], sentences: Sequence[Sentence],
                   support: "Sequence[float] | np.ndarray | None" = None,
                   clarity_of: "dict[str, float] | None" = None) -> int:
    """The member of ``group`` that best words the claim: a clear full sentence whose content the
    other members corroborate, preferably in the same words.

    ``support[k]`` is how much of member ``k``'s content the other members carry (see
    :meth:`Comparer.support`), in group order; without it every member counts as equally central.
    Score: ``0.4 * clarity + 0.4 * support / max(support) + 0.2 * verbatim``, where ``verbatim``
    is the share of its five-word runs that other members repeat word for word (the original
    words of a quotation beat a translation).  Ties go to the earliest article.
    ``clarity_of`` caches :func:`clarity` by text.
    """
    if len(group) == 1:
        return group[0]
    m = len(group)
    central = np.ones(m) if support is None else np.asarray(support, dtype=np.float64)
    hi = float(central.max()) if m else 0.0
    central = central / hi if hi > 0 else np.ones(m)
    cache = {} if clarity_of is None else clarity_of
    shingles: dict[str, set] = {}
    counts: Counter = Counter()
    for i in group:  # in how many members (texts counted once per member) each run occurs
        text = sentences[i].text
        sh = shingles.get(text)
        if sh is None:
            sh = shingles[text] = _shingles(text)
        counts.update(sh)
    repeated = {x for x, c in counts.items() if c > 1}
    verbatim = []
    for i in group:
        own = shingles[sentences[i].text]
        verbatim.append(len(own & repeated) / len(own) if own else 0.0)
    # Keys differ (no two members share article and start), so the best does not depend on the
    # order members are tried in.  Trying them by their value at full clarity, best first, a
    # member whose value cannot reach the best so far even at full clarity needs no clarity.
    ceiling = [0.4 * 1.0 + 0.4 * float(central[k]) + 0.2 * verbatim[k] for k in range(m)]
    best, best_key = group[0], None
    for k in sorted(range(m), key=ceiling.__getitem__, reverse=True):
        if best_key is not None and round(ceiling[k], 9) < best_key[0]:
            break  # nor can any later one (their ceilings are no higher)
        i = group[k]
        s = sentences[i]
        c = cache.get(s.text)
        if c is None:
            c = cache[s.text] = clarity(s.text)
        value = 0.4 * c + 0.4 * float(central[k]) + 0.2 * verbatim[k]
        key = (round(value, 9), -s.article, -s.start)
        if best_key is None or key > best_key:
            best, best_key = i, key
    return best


def support_matrix(feats: Sequence[Features], idf: dict[str, float]) -> np.ndarray:
    """``out[x, y]``: share of ``feats[x]``'s content weight that ``feats[y]`` also carries."""
    from collections import defaultdict
    from itertools import count

    cols: defaultdict[str, int] = defaultdict(count().__next__)  # stem -> column, in order of appearance
    idx = list(chain.from_iterable(map(cols.__getitem__, f.terms) for f in feats))
    rows = np.repeat(np.arange(len(feats)), [len(f.terms) for f in feats])
    b = np.zeros((len(feats), max(len(cols), 1)))
    b[rows, idx] = 1.0
    w = np.zeros(b.shape[1])
    w[list(cols.values())] = [idf.get(t, 0.0) for t in cols]
    shared = (b * w) @ b.T
    own = np.maximum(np.diag(shared).copy(), 1e-12)
    return shared / own[:, None]


