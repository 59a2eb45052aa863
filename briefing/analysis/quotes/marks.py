"""Quotation marks: where quotations stand in a paragraph, and the text around them masked.
"""

from __future__ import annotations

import re


_OPEN_DOUBLE = "“„«"
_CLOSE_DOUBLE = "”»"
_WORD = re.compile(r"[^\W\d_]+(?:[-'’.][^\W\d_]+)*\.?|\d+(?:[.,]\d+)*|[^\w\s]", re.UNICODE)
_PH = "\u2063"  # stands for each quoted character in masked text (an invisible separator)
_MARKS = re.compile(r"[\"“”„«»‘’]")


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the quoted words (marks excluded) in one paragraph, in order."""
    spans: list[tuple[int, int]] = []
    open_at = -1
    open_char = ""
    n = len(text)
    for m in _MARKS.finditer(text):
        i = m.start()
        ch = text[i]
        if open_at < 0:
            if ch in _OPEN_DOUBLE or ch == '"':
                open_at, open_char = i, ch
            elif ch == "‘" and (i == 0 or not text[i - 1].isalnum()):
                open_at, open_char = i, ch
        else:
            closes = (
                (ch == '"' and open_char == '"')
                or (ch in _CLOSE_DOUBLE and open_char in _OPEN_DOUBLE)
                or (ch == "“" and open_char == "„")
                or (ch == "’" and open_char == "‘" and (i + 1 >= n or not text[i + 1].isalnum()))
            )
            if closes:
                if i > open_at + 1:
                    spans.append((open_at + 1, i))
                open_at = -1
            elif ch in "“«" and open_char in "“«":
                open_at, open_char = i, ch  # an unclosed quote restarts
    if open_at >= 0 and open_char != "‘" and n - open_at > 1:
        spans.append((open_at + 1, n))
    return spans


def _tokens(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]


def _is_cap(w: str) -> bool:
    return w[:1].isupper()


_NOT_SPACE = re.compile(r"\S")
_SPACE = re.compile(r"\s")


def _mask(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with quoted characters replaced by placeholders (same length, spaces kept).

    Every character inside a span becomes ``_PH``, every whitespace character there a plain space.
    """
    n = len(text)
    merged: list[list[int]] = []
    for s, e in sorted((max(0, s), min(n, e)) for s, e in spans):
        if s >= e:
            continue
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    if not merged:
        return text
    pieces: list[str] = []
    pos = 0
    for s, e in merged:
        pieces.append(text[pos:s])
        pieces.append(_SPACE.sub(" ", _NOT_SPACE.sub(_PH, text[s:e])))
        pos = e
    pieces.append(text[pos:])
    return "".join(pieces)


def _mask_spans(text: str) -> list[tuple[int, int]]:
    return quote_spans(text)


_CLAUSE_STOP = re.compile("[.!?;\"“«‘" + _PH + "]")
_SENTENCE_BREAK = re.compile(r"[.!?]\s")
_SENTENCE_STOP = re.compile(r"[.!?](?!\S)")


def _clause_end(masked: str, i: int) -> int:
    """End of the attribution clause that starts at ``i`` (next sentence end or quotation)."""
    n = len(masked)
    for m in _CLAUSE_STOP.finditer(masked, i):
        j = m.start()
        ch = masked[j]
        if ch in ".!?;":
            if ch == "." and j + 1 < n and masked[j + 1].isalpha():
                continue
            # "U.S." and "Jan." inside names are not ends
            if ch == "." and j > 0 and masked[j - 1].isupper() and (j < 2 or not masked[j - 2].isalpha()):
                continue
            return j
        if ch != _PH or (j > i and masked[j - 1] in '"“«‘ '):
            return j
    return n


def _sentence_start(masked: str, i: int) -> int:
    """Start of the sentence around ``i``: after the last ". " before it (0 if none)."""
    start = 0
    for m in _SENTENCE_BREAK.finditer(masked, 0, max(0, i)):
        start = m.end()
    return start


def _sentence_end(masked: str, i: int) -> int:
    n = len(masked)
    for m in _SENTENCE_STOP.finditer(masked, i):
        j = m.start()
        if not (masked[j] == "." and j > 0 and masked[j - 1].isupper() and (j < 2 or not masked[j - 2].isalpha())):
            return j + 1
    return n

