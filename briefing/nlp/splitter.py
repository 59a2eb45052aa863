"""Offline sentence splitting: Punkt's decisions on shipped parameters, plus rules for news text.

How a boundary is decided (``benchmarks/README.md``, "Sentence splitting", has the long version):

1. A blank line always ends a sentence.
2. Every ``.`` ``?`` ``!`` ``…`` (or a run of them), with any closing quotes or brackets after it,
   followed by white space is a candidate. It is *not* a boundary when the next word starts in
   lower case (``"It's over," she said``; ``5 p.m. on Monday``), when more punctuation follows,
   or when a quotation is followed by its attribution (``"Why now?" Smith asked.``).
3. ``?``, ``!`` and ellipses end the sentence before a capital (a spaced ellipsis of three dots
   goes on, four end it); so does a period followed by a closing quote or bracket
   (``"Yes." He left.``). A parenthetical citation after it stays (``...]" (Smith 55).``).
4. After a plain period, nltk's Punkt decision (Kiss & Strunk 2006) on the lists curated in
   ``briefing/lang/<language>/splitter``: a *title* (``Gen.``, ``Mr.``, ``e.g.``) never ends a sentence; an
   *abbreviation* (``Inc.``, ``Jan.``), dotted acronym (``U.S.``, ``J.R.R.``) or initial (``W.``)
   only before a *sentence starter* (``The``, ``He``, ``But``) and never before a number; an
   *ender* (``a.m.``, ``etc.``) before any capital but a *continuation* (``Monday``, ``EST``);
   a *numbered* abbreviation (``No.``, ``p.``) is one only before a number; a number ends the
   sentence unless it is a list number or (German) an ordinal; a *collocation* is never split.
   Any other period before a capital or a number ends the sentence.
5. Lists (``1.`` ... ``2.``, ``a)`` ... ``b)``, ``•``) start a sentence per item, inline or not.
6. A line break after a line with no final punctuation ends a sentence when the line reads like
   a heading (short, mostly capitalised or all capitals) or the next line is a list item.
7. A boundary glued to the next word by scraping (``said.The``) is split, conservatively.

Pure Python with precompiled regular expressions: no nltk import, no downloaded data, and well
over 20,000 sentences a second.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .params import NUMBER, SplitParameters, load_parameters

# Closing quotes and brackets that belong to the sentence they follow (French guillemets may be
# preceded by a (narrow) no-break space).
# Possessive quantifiers and the look-behind keep the scan linear on runs like "......": a
# candidate starts only at the first terminator of a run. The look-behind comes after that first
# character (it checks the one before it), so the pattern starts with the terminator class and
# the regex engine skips straight to candidates instead of testing every position.
_CLOSE = r"(?:[\"'”’»›)\]]|[ \u00a0\u202f][»›])*+"
_CANDIDATE = re.compile(
    r"([.?!…](?<![.?!…].)[.?!…]*+)(" + _CLOSE + r")(?=(\s+)((?:[«‹][ \u00a0\u202f]*)?\S*))"
)
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n\s*")
_BULLETS = "•⁃▪◦‣"
_SECOND_ITEM = re.compile(r"[2bB][.)]")  # after white space: a second list item
_MARKER = re.compile(r"(?:^|\s)(?:([•⁃▪◦‣])[^\S\n]*)?(\d{1,3}|[A-Za-z])(\.\)|[.)])(?=[^\S\n]+\w)")
_INLINE_BULLET = re.compile(r"(?<=\S)[^\S\n]+(?=[•⁃▪◦‣][^\S\n]*[^\W\d_])")
_SPACED_ELLIPSIS_NEXT = re.compile(r"(?:[ \u00a0]\.){3}[^\S\n]+[\"'“‘(]?[A-Z]")
_NUMBER_WORDS = frozenset(
    "at on in to from of by until till since before after about around than over under "
    "no number page pages chapter step version vol round game race stage level grade "
    "le la les au à de du des en am im um vom zum bis ab el los las en del al".split()
)
_GLUED_GATE = re.compile(r"[.?!][\"”’']?[A-Z][a-z]")
_GLUED = re.compile(r"(?<=[a-z]{2})[.?!]++[\"”’']?(?=[A-Z][a-z])")
_ZONE_TIME = re.compile(r"[A-Z][\w.-]*\s+time\b")
_PARAGRAPH_SPLIT = re.compile(r"(?:[^\n]|\n(?![^\S\n]*\n))+")
_QUOTE_CHAR = re.compile(r"[\"“”«»„]")
_CITATION = re.compile(r"\([^()\n]{1,60}\)[.?!,;:]")
_SINGLE_NEWLINE = re.compile(r"(?<!\n)\n(?![^\S\n]*\n)")
_LIST_ITEM = re.compile(r"[^\S\n]*(?:[-*•▪◦–—]\s|(?:\d{1,3}|[a-zA-Z])[.)]\s)")
_OPENERS = "\"'“‘«‹([{¿¡*•–—- \u00a0\u202f"
_LEADING_PUNCT = "\"'“‘«‹([{¿¡*$€£¥"
_WORD = re.compile(r"[\w'’-]+")
_HAS_WORD = re.compile(r"[^\W_]")
_NUMBER = re.compile(r"[$€£¥]?\d[\d,.:'’]*%?$")
_DOTTED = re.compile(r"(?:[^\W\d_]{1,3}\.-?)+[^\W\d_]{1,3}$")
_PARTY = re.compile(r"[a-z]{1,2}-([a-z.]+)$")
_SPEECH_VERBS = (
    "said|says|asked|asks|added|adds|told|tells|wrote|writes|replied|replies|shouted|whispered|"
    "cried|insisted|continued|recalled|explained|noted|declared|exclaimed|argued|warned|"
    "a déclaré|a dit|a ajouté|a demandé|dit|demande|sagte|fragte|dijo|preguntó|disse|ha detto"
)
_ATTRIBUTION = re.compile(
    r"((?:[^\W\d_][\w'’.-]*,?\s+){1,4}?)(?:" + _SPEECH_VERBS + r")\b(\s*[.,;:!?]|\s*$)?"
)
_CLOSERS = "\"'”’»›)] \u00a0\u202f"
_CONNECTOR_END = ",;:(-–—&/"


class SentenceSplitter:
    """Splits text into sentences offline with the curated parameters of one language.

    Parameters are set in the constructor; the object holds no other state, so one instance can
    be shared.

    Parameters:
        language: a name ("english") or ISO code ("en"); picks the shipped parameters.
        split_headings: end a sentence after a heading-like line with no final punctuation.
        keep_quotes: never split inside a quotation that closes in the same paragraph, so a
            quoted passage of several sentences stays one unit (``He said: "We will win. Nobody
            can stop us."``). Off by default: gold segmentations split such passages.
        params: explicit :class:`SplitParameters` instead of the shipped ones.
    """

    def __init__(self, language: str = "english", *, split_headings: bool = True,
                 keep_quotes: bool = False, params: SplitParameters | None = None) -> None:
        self.params = params if params is not None else load_parameters(language)
        self.language = self.params.language
        self.split_headings = split_headings
        self.keep_quotes = keep_quotes
        p = self.params
        self._titles = p.titles
        self._abbrevs = p.abbreviations - {NUMBER}
        self._places = p.places
        self._starters = p.starters
        self._colls = p.collocations
        self._ordinals = p.ordinal_numbers
        self._enders = p.enders
        self._continuations = p.continuations
        self._numbered = p.numbered
        self._special = (self._titles | self._abbrevs | self._places | self._enders | self._numbered
                         | {left for left, _ in self._colls})

    # -- public ---------------------------------------------------------------------------

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Character spans of the sentences of ``text``, stripped of surrounding white space."""
        if not text:
            return []
        breaks = self._breaks(text)
        if self.keep_quotes and breaks:
            breaks = _outside_quotes(text, breaks)
        spans: list[tuple[int, int]] = []
        start = 0
        for b in breaks:
            _append_stripped(spans, text, start, b)
            start = b
        _append_stripped(spans, text, start, len(text))
        return spans

    def split(self, text: str) -> list[str]:
        """The sentences of ``text`` as strings."""
        return [text[s:e] for s, e in self.spans(text)]

    # -- boundaries -----------------------------------------------------------------------

    def _breaks(self, text: str) -> list[int]:
        breaks, markers = self._list_items(text)
        n_list = len(breaks)  # breaks before list items come first: sort at the end
        decide = self._is_boundary
        last = 0
        for m in _CANDIDATE.finditer(text):
            i = m.start()
            if i in markers:
                continue  # the period of a list marker: "2. Vote on it", "1.) Draft"
            if decide(text, m, last) and (text[i - 1].isalnum() or _HAS_WORD.search(text, last, i)):
                last = m.end(2)
                breaks.append(last)
        unsorted = n_list > 0
        if _GLUED_GATE.search(text):
            breaks.extend(self._glued_breaks(text))
            unsorted = True
        if unsorted or "\n" in text:
            breaks.extend(m.start() for m in _PARAGRAPH_BREAK.finditer(text))
            if self.split_headings:
                breaks.extend(self._line_breaks(text))
            breaks = sorted(set(breaks))
        return breaks

    def _is_boundary(self, text: str, m: re.Match, sent_start: int = 0) -> bool:
        """Whether the candidate ``m`` (terminator, closers, white space, next token) ends the
        sentence that starts at ``sent_start``."""
        term, close, ws, nxt = m.groups()
        after = m.end(2) + len(ws)
        if "\n" in ws and (ws.count("\n") > 1 or _LIST_ITEM.match(text, after)):
            return True  # paragraph break, or a list item on the next line
        nw = nxt.lstrip(_OPENERS)
        first = nw[:1]
        if not (first.isalnum() or (first and first in "$€£¥")):
            if (term == "." and not close and m.start() and not text[m.start() - 1].isspace()
                    and _SPACED_ELLIPSIS_NEXT.match(text, m.end())):
                return True  # "compounds. . . . The practice": the ellipsis opens the next one
            return False  # more punctuation follows: ". . .", " — "
        if first.islower() and not (len(nw) > 1 and nw[1].isupper()):  # "iPhone", "eBay" start
            return False
        if nxt[:1] == "(" and _CITATION.match(text, after):
            return False  # "... [...]" (Smith 55).  -- a citation closes the sentence
        quoted = bool(close) and close.strip(")] \u00a0\u202f") != ""
        if quoted and self._attribution(text, after, term):
            return False
        if term[-1] in "?!" or "…" in term or len(term) > 1:
            return True  # question, exclamation, ellipsis: the next word is capitalised
        if close:
            return True  # "Yes." He left.  /  (He declined to comment.) Talks ...
        ts = _word_start(text, m.start())
        core = text[ts:m.start()].lstrip(_LEADING_PUNCT)
        if not core:
            return _spaced_ellipsis_ends(text, m.start(), "\n" in ws)
        low = core.lower()
        if len(low) > 1 and low.isalpha() and low not in self._special:
            return True  # an ordinary word before a capitalised one: the common case
        if low in self._titles:
            return False
        nw_low = _first_word(nw)
        if (low, nw_low) in self._colls:
            return False
        digit_next = first.isdigit() or first in "$€£¥"
        if _NUMBER.match(core):
            if len(core) <= 3 and core.isdigit() and _line_start(text, ts):
                return False  # numbered list item: "1. Open the box."
            if self._ordinals and (NUMBER, nw_low) in self._colls:
                return False
            if self._ordinals and not digit_next and nw_low not in self._starters:
                return False
            return True
        if low in self._numbered and digit_next:
            return False  # No. 5, Fig. 2, p. 4
        if low in self._enders:
            if digit_next or nw_low in self._continuations or _ZONE_TIME.match(text, after):
                return False  # 10 a.m. Monday, 5 p.m. EST, 9 a.m. Moscow time
            return len(text[sent_start:ts].split()) >= 3  # "At 5 a.m. Mr. Smith left." stays whole
        if self._is_abbreviation(low, text, ts) or (len(core) == 1 and core.isalpha()):
            if digit_next:
                return False  # Jan. 21, No. 1, p. 4
            return nw_low in self._starters
        return True

    def _is_abbreviation(self, low: str, text: str, start: int) -> bool:
        if low in self._abbrevs:
            return True
        if low in self._places:
            return start >= 2 and text[start - 2] == ","
        if "." in low and _DOTTED.match(low):
            return True  # U.S., J.R.R., Ph.D., EE.UU., S.p.A.
        party = _PARTY.match(low)
        if party:
            seg = party.group(1)
            return seg in self._places or seg in self._abbrevs or bool(_DOTTED.match(seg))
        return False

    def _attribution(self, text: str, pos: int, term: str) -> bool:
        """True when ``"...?" Smith asked.`` style attribution starts at ``pos``."""
        m = _ATTRIBUTION.match(text, pos, min(len(text), pos + 80))
        if not m:
            return False
        name = m.group(1)
        if _first_word(name) in self._starters:
            return False  # "What?" He said it twice.  -> a new sentence
        if term[-1] in "?!":
            return True
        return m.group(2) is not None  # after a period only "Smith said." / "Smith said,"

    def _line_breaks(self, text: str) -> list[int]:
        """Line breaks that end a heading-like line or come before a list item."""
        out = []
        for m in _SINGLE_NEWLINE.finditer(text):
            pos = m.start()
            ls = text.rfind("\n", 0, pos) + 1
            line = text[ls:pos].strip()
            if not line:
                continue
            nxt = text[pos + 1:pos + 200].lstrip(" \t\r\u00a0")
            if not nxt or nxt[0] == "\n":
                continue  # paragraph break, handled elsewhere
            bare = line.rstrip(_CLOSERS) or line
            if bare[-1] in ".?!…":
                continue  # a candidate boundary: decided by _is_boundary
            if _LIST_ITEM.match(nxt) or _LIST_ITEM.match(line + " "):
                out.append(pos)
                continue
            head = nxt.lstrip(_OPENERS)
            if not head or not (head[0].isupper() or head[0].isdigit()):
                continue
            if bare[-1] in _CONNECTOR_END:
                continue
            if self._heading_like(line) and not _wrapped(text, ls, line):
                out.append(pos)
        return out

    def _heading_like(self, line: str) -> bool:
        words = line.split()
        if len(words) > 14:
            return False
        if _first_word(words[-1]) in self._starters and words[-1][:1].islower():
            return False  # ends with "the", "of", "and": a wrapped line, not a heading
        if line.isupper() or len(words) <= 6:
            return True
        caps = sum(1 for w in words if w[:1].isupper() or w[:1].isdigit())
        return caps >= 0.6 * len(words)


    def _list_items(self, text: str) -> tuple[list[int], set[int]]:
        """Breaks before inline list items, and the positions of list-marker periods.

        Markers count when they run in sequence (``1.`` ... ``2.``, ``a)`` ... ``b)``) with words
        between; a bullet (``•``) after text always starts an item. A number after a word that
        takes one ("Jan. 2.", "at 3.") is not a marker.
        """
        breaks: list[int] = []
        periods: set[int] = set()
        bullets = any(c in text for c in _BULLETS)
        if not bullets and not _has_second_item(text):
            return breaks, periods  # no list here: the common case
        prev: dict[str, tuple[int, int, int]] = {}  # kind -> (value, end, period position)
        for m in _MARKER.finditer(text):
            bullet, label, punct = m.group(1), m.group(2), m.group(3)
            start = m.start(1) if bullet else m.start(2)
            if not bullet and self._takes_number(text, start):
                continue
            if label.isdigit():
                kind, value = "n", int(label)
            elif label.islower():
                kind, value = "l", ord(label)
            elif bullet or _line_start(text, start):
                kind, value = "u", ord(label)  # inline, "A." is an initial: "Mark A. Milley"
            else:
                continue
            p = prev.get(kind)
            if p and text.find("\n\n", p[1], start) >= 0:
                p = None  # a list does not run across paragraphs
            period = m.start(3) if punct.startswith(".") else -1
            if p and p[0] == value - 1 and _HAS_WORD.search(text, p[1], start):
                breaks.append(start)
                periods.update(x for x in (p[2], period) if x >= 0)
            elif bullet and _HAS_WORD.search(text, 0, start):
                breaks.append(start)
                if period >= 0:
                    periods.add(period)
            elif bullet and period >= 0:
                periods.add(period)
            if p or bullet or value in (1, 97, 65):  # a list starts at 1, a or A (or a bullet)
                prev[kind] = (value, m.end(), period)
        if bullets:
            breaks.extend(m.start() for m in _INLINE_BULLET.finditer(text))
        return breaks, periods

    def _glued_breaks(self, text: str) -> list[int]:
        """Boundaries with no space after them, as scraped pages leave them: "said.The next".

        Only after a lower-case word of two letters or more that is no abbreviation and no part of
        an address (no ``.``, ``/``, ``@`` in it), before a capitalised word.
        """
        out = []
        for m in _GLUED.finditer(text):
            ts = _word_start(text, m.start())
            word = text[ts:m.start()].lstrip(_LEADING_PUNCT)
            if (word.isalpha() and word.islower() and word not in self._special
                    and not any(c in text[m.end():m.end() + 40].split(" ", 1)[0] for c in "./@:")):
                out.append(m.end())
        return out

    def _takes_number(self, text: str, pos: int) -> bool:
        """True when the word before ``pos`` (same line) usually takes a number: "Jan.", "No.",
        "at", "page"."""
        line = text[max(0, pos - 40):pos]
        words = line.rsplit("\n", 1)[-1].split()
        if not words:
            return False
        w = words[-1].lstrip(_LEADING_PUNCT).lower()
        if w.endswith("."):
            w = w[:-1]
            return w in self._special or w in self._places or bool(_DOTTED.match(w))
        return w in _NUMBER_WORDS or w in self._continuations


def _has_second_item(text: str) -> bool:
    """True when ``2.``, ``2)``, ``b.`` or ``b)`` follows white space somewhere in ``text``."""
    for m in _SECOND_ITEM.finditer(text):
        i = m.start()
        if i and text[i - 1].isspace():
            return True
    return False


def _quotations(text: str) -> list[tuple[int, int]]:
    """(open, close) positions of the double quotations that close within their paragraph."""
    out = []
    for para in _PARAGRAPH_SPLIT.finditer(text):
        a, b = para.span()
        opened = -1
        for m in _QUOTE_CHAR.finditer(text, a, b):
            c = m.group()
            if c in "“«„":
                opened = m.start()
            elif c in "”»":
                if opened >= 0:
                    out.append((opened, m.start()))
                opened = -1
            elif opened >= 0:  # a straight quote closes the open one ...
                out.append((opened, m.start()))
                opened = -1
            else:  # ... or opens one
                opened = m.start()
    return out


def _outside_quotes(text: str, breaks: list[int]) -> list[int]:
    """The breaks that do not fall inside a quotation closed in the same paragraph."""
    from bisect import bisect_left

    quotes = _quotations(text)  # in text order, not overlapping
    if not quotes:
        return breaks
    opens = [o for o, _ in quotes]
    out = []
    for b in breaks:
        k = bisect_left(opens, b) - 1
        if k < 0 or b > quotes[k][1]:
            out.append(b)
    return out


def _wrapped(text: str, ls: int, line: str) -> bool:
    """True when the line starting at ``ls`` continues a hard-wrapped sentence: it starts in lower
    case, or the line before it in the same paragraph is long and has no final punctuation."""
    first = line.lstrip(_OPENERS)[:1]
    if first.islower():
        return True
    if ls < 2 or text[ls - 2] == "\n":
        return False
    prev = text[text.rfind("\n", 0, ls - 1) + 1:ls - 1].strip()
    return bool(prev) and len(prev.split()) > 8 and prev.rstrip(_CLOSERS)[-1:] not in ".?!…:"


def _word_start(text: str, i: int) -> int:
    """Where the word that ends at ``i`` starts (looking back at most 64 characters)."""
    lo = i - 64 if i > 64 else 0
    rfind = text.rfind
    return max(rfind(" ", lo, i), rfind("\n", lo, i), rfind("\t", lo, i), rfind("\u00a0", lo, i), lo - 1) + 1


def _spaced_ellipsis_ends(text: str, i: int, line_end: bool) -> bool:
    """A period standing alone at ``i``: the end of a spaced ellipsis ". . ." (three dots go on,
    four end the sentence) or a stray period (ends it). ``line_end``: a line break follows."""
    j = i
    dots = 0
    while j >= 1 and dots < 8 and text[j] == "." and text[j - 1] in " \u00a0":
        dots += 1
        j -= 2
    attached = j >= 0 and text[j] == "." and (j == 0 or not text[j - 1].isspace())
    if attached:
        return dots != 3 or line_end  # "long. . . . The": broken after "long." already
    return dots + (1 if j >= 0 and text[j] == "." else 0) != 3


def _first_word(s: str) -> str:
    m = _WORD.match(s.lstrip(_OPENERS))
    return m.group(0).lower() if m else ""


def _line_start(text: str, start: int) -> bool:
    """True when only spaces stand between the start of the line and ``start``."""
    i = start - 1
    while i >= 0 and text[i] in " \t\u00a0":
        i -= 1
    return i < 0 or text[i] == "\n"


def _append_stripped(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    seg = text[start:end]
    stripped = seg.strip()
    if stripped:
        s = start + (len(seg) - len(seg.lstrip()))
        spans.append((s, s + len(stripped)))


@lru_cache(maxsize=64)
def get_splitter(language: str = "english", keep_quotes: bool = False) -> SentenceSplitter:
    """A shared :class:`SentenceSplitter` for ``language`` (built once, cached)."""
    return SentenceSplitter(language, keep_quotes=keep_quotes)
