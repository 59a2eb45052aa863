"""Quotation marks and spans: where quotations stand in a paragraph, and the paragraph as tokens.

Straight double quotes (``"``) carry no direction, so each one is read from the characters around
it: one after a space and before a word opens, one after a word or punctuation and before a space
closes. A mark that cannot be paired is dropped, so one stray mark never throws the pairing of the
rest of the paragraph out of phase. A quotation opened and not closed by the end of its paragraph
runs to the end of it (:attr:`Span.closed` is false): news writing leaves it open when the
quotation goes on in the next paragraph, which then opens with a mark of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

_OPEN_DOUBLE = "“„«"
_CLOSE_DOUBLE = "”»"
_MARKS = re.compile(r"[\"“”„«»‘’]")
_OPENERS_BEFORE = set(" \t\n\u00a0([{—–-/\u2014\u2013") | set(_OPEN_DOUBLE) | {"‘", "'"}
_CLOSERS_AFTER = set(" \t\n\u00a0.,;:!?)]}—–-/…\u2014\u2013") | set(_CLOSE_DOUBLE) | {"’", "'"}


_PARTICLE_NAME = re.compile(r"^(?:al|el|bin|ibn|abu|ben|d)[-'’][A-Z]")  # "al-Humaidi", "d'Estaing"


@dataclass(frozen=True)
class Span:
    """One quotation in a paragraph: the quoted words between ``start`` and ``end`` (marks
    excluded), from the opening mark at ``mark`` (``end`` is the closing mark's position, or the
    end of the paragraph when ``closed`` is false)."""

    mark: int
    start: int
    end: int
    closed: bool


def _straight_role(text: str, i: int) -> str:
    """'open', 'close' or '' (either) for the straight quote at ``i``."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    opens = before in _OPENERS_BEFORE and not after.isspace()
    closes = after in _CLOSERS_AFTER and not before.isspace()
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return ""


@lru_cache(maxsize=1 << 16)
def _quote_marks(text: str) -> tuple[Span, ...]:
    return tuple(_pair(text))


def quote_marks(text: str) -> list[Span]:
    """The quotations of one paragraph, in order (see the module docstring)."""
    return list(_quote_marks(text))


def _pair(text: str) -> list[Span]:
    """The quotations of one paragraph, in order (see the module docstring)."""
    spans: list[Span] = []
    open_at = -1
    open_char = ""
    nested = 0
    n = len(text)
    for m in _MARKS.finditer(text):
        i = m.start()
        ch = text[i]
        if open_at < 0:
            if ch in _OPEN_DOUBLE:
                open_at, open_char = i, ch
            elif ch == '"' and _straight_role(text, i) != "close":
                open_at, open_char = i, ch
            elif ch == "‘" and (i == 0 or not text[i - 1].isalnum()):
                open_at, open_char = i, ch
            continue
        if open_char == "‘":
            if ch == "’" and (i + 1 >= n or not text[i + 1].isalnum()):
                if i > open_at + 1:
                    spans.append(Span(open_at, open_at + 1, i, True))
                open_at = -1
            elif ch in _OPEN_DOUBLE or (ch == '"' and _straight_role(text, i) == "open"):
                open_at, open_char = i, ch  # a single mark never closed: a double one takes over
            continue
        if ch in ("‘", "’"):
            continue  # single marks inside a double quotation are nested quotes or apostrophes
        role = _straight_role(text, i) if ch == '"' else ("close" if ch in _CLOSE_DOUBLE or (ch == "“" and open_char == "„") else "open")
        if nested:
            # inside a quotation that opens the paragraph: a quotation within it
            if role == "close" or (role == "" and ch == '"'):
                nested -= 1
            elif role == "open":
                nested += 1
            continue
        if role == "open" and not (ch == '"' and open_char in _OPEN_DOUBLE):
            if ch != '"' and sum(text.count(c, i + 1) for c in _CLOSE_DOUBLE) >= 2:
                nested = 1  # « ... « la grotte » ... »: a quotation within the quotation
                continue
            if not text[:open_at].strip() and i + 1 < n and _closes_later(text, i, ch):
                nested = 1  # '"PENCE: ... an episode of "Shark Tank." But ...' (no closing mark)
                continue
            if ch == '"' and open_char == '"' and text.count('"', i + 1) >= 2 and text.count('"', i + 1) % 2 == 0:
                nested = 1  # '"... near "the grotto"], and was destroyed," he said': one closes each
                continue
            # a second opening mark: the first was never closed (drop it) and this one opens
            open_at, open_char = i, ch
            continue
        if i > open_at + 1 and text[open_at - 1:open_at] != "=":  # not a markup value: author="..."
            spans.append(Span(open_at, open_at + 1, i, True))
        open_at = -1
    if open_at >= 0 and open_char != "‘" and n - open_at > 1:
        spans.append(Span(open_at, open_at + 1, n, False))
    return spans


def _closes_later(text: str, i: int, ch: str) -> bool:
    """Is there a mark after ``i`` that can close the quotation opened at ``i`` (nested in the
    one that opens the paragraph)?"""
    rest = text[i + 1:]
    if ch == '"':
        return rest.count('"') >= 1
    return any(c in rest for c in _CLOSE_DOUBLE)


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the quoted words (marks excluded) in one paragraph, in order."""
    return [(s.start, s.end) for s in quote_marks(text)]


# -- tokens ---------------------------------------------------------------------------------

_TOKEN = re.compile(
    r"[DRI]-(?:[A-Z][a-z]*\.?)+(?=[\s,);])"  # a lawmaker's party and state: "R-Ky.", "D-N.C."
    r"|(?:[^\W\d_]\.){2,}"  # U.S. G.K. D.C.
    r"|[^\W\d_]+(?:[-'’][^\W\d_]+)*(?:['’]s?)?"  # words, hyphenated words, possessives
    r"|\d+(?:[.,:]\d+)*"
    r"|\S",
    re.UNICODE,
)


class Token(NamedTuple):
    """A word, a punctuation mark or a whole quotation (``kind`` "w", "p" or "q") of a paragraph."""

    kind: str
    text: str
    start: int
    end: int
    quote: int = -1  # index of the quotation for kind "q"
    low: str = ""  # the text in lower case
    cap: bool = False  # a word with a capital first letter


_NICK = re.compile(r"[A-Z][\w.'’-]*")


def _nickname(text: str, span: Span, before: list[Token]) -> bool:
    """A one-word nickname in quotation marks inside a name (``Robert C. "Bobby" Scott``):
    part of the name, not a quotation (left out of the tokens)."""
    if not span.closed or not before or not before[-1].cap or not _NICK.fullmatch(text[span.start:span.end]):
        return False
    rest = text[span.end + 1:span.end + 3].lstrip()
    return rest[:1].isupper()


def tokenize(text: str, spans: list[Span], abbreviations: frozenset[str]) -> list[Token]:
    """``text`` as tokens, each quotation (with its marks) one token of kind "q".

    A word followed by a full stop keeps it when it is an abbreviation ("Mr.", "Sen.") or an
    initial ("R."), so that the stop does not end the sentence.
    """
    out: list[Token] = []
    pos = 0
    bounds = []
    for k, s in enumerate(spans):
        end = s.end + 1 if s.closed else s.end
        bounds.append((s.mark, min(end, len(text)), k))
    for qs, qe, k in bounds + [(len(text), len(text), -1)]:
        for m in _TOKEN.finditer(text, pos, qs):
            w = m.group()
            start, end = m.start(), m.end()
            if (end < len(text) and text[end] == "." and w[:1].isalpha()
                    and (w.lower() in abbreviations or (len(w) == 1 and w.isupper()))):
                w, end = w + ".", end + 1
                if out and out[-1].end > start:
                    continue
            if out and out[-1].end > start:
                continue  # the stop already joined to an abbreviation
            kind = "w" if w[:1].isalnum() else "p"
            cap = kind == "w" and (w[:1].isupper() or bool(_PARTICLE_NAME.match(w)))
            out.append(Token(kind, w, start, end, -1, w.lower(), cap))
        if k >= 0 and not _nickname(text, spans[k], out):
            out.append(Token("q", text[qs:qe], qs, qe, k, text[qs:qe].lower(), False))
        pos = qe
    return out


def sentence_bounds(tokens: list[Token], spans: list[Span]) -> list[tuple[int, int]]:
    """(first, last + 1) token index of each sentence.

    A sentence ends at ".", "!" or "?" and at a quotation whose words end with one of them when
    a capitalised word or another quotation follows.
    """
    out: list[tuple[int, int]] = []
    first = 0
    n = len(tokens)
    depth = 0
    for k, t in enumerate(tokens):
        end = False
        if t.kind == "p" and t.text in "()":
            depth = max(0, depth + (1 if t.text == "(" else -1))
        elif depth and k - first < 200:
            continue  # "(D-N.C.)": no sentence ends inside brackets
        if t.kind == "p" and t.text in ".!?…":
            end = True
        elif t.kind == "q":
            inner = t.text.rstrip("\"”»’' \n").rstrip()
            if inner[-1:] in ".!?" and k + 1 < n and (tokens[k + 1].cap or tokens[k + 1].kind == "q"):
                end = True
        if end:
            out.append((first, k + 1))
            first = k + 1
    if first < n:
        out.append((first, n))
    return out
