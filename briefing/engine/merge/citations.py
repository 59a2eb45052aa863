"""Citations: the exact span of each sentence behind a point, and what counts as one outlet."""

from __future__ import annotations

import re
from typing import Sequence

from ...model import Article, Citation, Sentence, outlet_key

__all__ = ["citation", "citations_of", "outlet_key"]


# A dateline before the first sentence of a wire story: "ISTANBUL —", "GENEVA, Jan 21 (Reuters) -",
# "Geneva, Jan 21 (EFE).-", "PARIS (AFP) -", "Tuesday, July 7, 2009 ".
_DATELINE = re.compile(
    r"^(?:[A-Z][A-Z.'’ -]{2,40}?(?:,\s*[A-Z][\w.'’ -]{1,30}?)?(?:\s*\([\w .&/-]{2,30}\))?\s*[—–-]{1,2}\s+"
    r"|[A-Z][\w.'’ -]{1,40},\s+[A-Z][a-z]{2,9}\.?\s+\d{1,2}\s*\([\w .&/-]{2,30}\)\s*\.?\s*[—–-]{1,2}\s*"
    r"|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\s+[A-Z][a-z]{2,8}\s+\d{1,2},\s+\d{4}\s*[—–-]?\s*)"
    r"(?=[\"“A-Z])")


def citation(sentence: Sentence, articles: Sequence[Article]) -> Citation:
    """The exact citation of ``sentence``: ``articles[a].text[start:end] == text``.

    A wire dateline in front of the sentence ("GENEVA (Reuters) - ...") is left out of the span.
    """
    a = sentence.article
    start, end = sentence.start, sentence.end
    text = articles[a].text[start:end]
    m = _DATELINE.match(text)
    if m and len(text) - m.end() >= 20:
        start += m.end()
        text = articles[a].text[start:end]
    return Citation(article=a, start=start, end=end, text=text)


def citations_of(group: Sequence[int], sentences: Sequence[Sentence],
                 articles: Sequence[Article]) -> list[Citation]:
    """The citations of a point's sentences ``group`` (from :func:`merge`), in that order."""
    cite = _Citer(articles)
    return [cite(sentences[i]) for i in group]


class _Citer:
    """:func:`citation` for many sentences: where the dateline ends is looked up once per text."""

    def __init__(self, articles: Sequence[Article]) -> None:
        self.texts = [a.text for a in articles]
        self.skip: dict[str, int] = {}  # sentence text -> characters of dateline to leave out

    def __call__(self, sentence: Sentence) -> Citation:
        a, start, end = sentence.article, sentence.start, sentence.end
        text = self.texts[a][start:end]
        skip = self.skip.get(text)
        if skip is None:
            m = _DATELINE.match(text)
            skip = self.skip[text] = m.end() if m and len(text) - m.end() >= 20 else 0
        if skip:
            start += skip
            text = self.texts[a][start:end]
        return Citation(article=a, start=start, end=end, text=text)

