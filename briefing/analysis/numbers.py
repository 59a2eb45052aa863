"""Quantity mentions: a number, its modifier and the thing it counts.

``find_quantities("Russia has amassed more than 125,000 troops near the border")`` finds one
:class:`Quantity` with ``value="more than 125,000"``, ``number=125000.0`` and ``kind="troops"``.

Numbers are read in every common writing: ``125,000``, ``125.000`` and ``125 000`` (the group
pattern decides: a separator followed by exactly three digits groups thousands, otherwise it is a
decimal point, so ``4.5`` is four and a half and ``100.000`` is a hundred thousand), ``1.5 million``,
``two million``, ``twenty-five``, and vague amounts (``tens of thousands``) whose ``number`` is
``None``. Things that only look like quantities are skipped: years, dates, clock times, durations
("90 minutes", "11 days"), ages, ordinals, numbers inside names ("G7", "Article 5") and numbers
that count nothing recognisable.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from types import ModuleType
from typing import NamedTuple

from .lexicon import Lexicon, lexicon

# One token: a number with its separators, a word (with inner hyphens/apostrophes), or a symbol.
_TOKEN = re.compile(
    r"\d+(?:[.,\u00a0\u202f]\d+)*"
    r"|[^\W\d_]+(?:[-'’.][^\W\d_]+)*"
    r"|[$€£¥%]"
    r"|[^\w\s]",
    re.UNICODE,
)
_GROUPED = re.compile(r"^\d{1,3}(?:([,.\u00a0\u202f])\d{3})(?:\1\d{3})*$")
_THIN_SPACES = "\u00a0\u202f\u2009 "
_SHORT_SCALES = {"m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000, "b": 1_000_000_000,
                 "k": 1_000, "tn": 1_000_000_000_000}
_DISPLACED_BEFORE = frozenset("displaced displacing evacuated evacuating uprooted forced".split())
_DISPLACED_AFTER = frozenset("displaced evacuated homeless fled forced".split())
_TOLL_VERBS = frozenset("to at of reached hit passed topped exceeded surpassed".split())
_MISSING = frozenset("missing unaccounted disappeared disparus disparues".split())
_VERBISH = frozenset(
    "has was is does says remains seems goes comes makes takes gives includes means uses "
    "always perhaps across less unless thus plus".split()
)


class Token(NamedTuple):
    """One token of a sentence with its character span; ``low`` is its lower-cased form.

    A named tuple: sentences of a thousand articles make hundreds of thousands of tokens.
    """

    text: str
    start: int
    end: int
    low: str


def _token(text: str, start: int, end: int) -> Token:
    return Token(text, start, end, _low(text))


@lru_cache(maxsize=1 << 17)
def _low(text: str) -> str:
    """The lower-cased form of a token without trailing full stops (cached by token text)."""
    if text in (".", "..."):
        return text
    return text.lower().rstrip(".") or text


_new_token = tuple.__new__  # Token(...) without the keyword handling of the generated __new__
# A digit, one (thin) space and a digit: the only place where tokenize() joins two tokens.
_SPACED_DIGITS = re.compile(r"\d[ \u00a0\u202f\u2009]\d")


@dataclass(frozen=True, slots=True)
class Quantity:
    """One quantity mention in a text: ``text[start:end] == value``."""

    value: str  # as written, with its modifier: "more than 125,000", "tens of thousands"
    number: float | None  # the normalised number (the lower bound of a range); None if vague
    low: float  # plausible range, for vague amounts: (10_000, 100_000) for "tens of thousands"
    high: float
    kind: str  # the class of the counted thing: "troops", "deaths", "money:USD", "n:tank"
    noun: str  # the counted noun as written ("troops", "lives", "" for money or a bare toll)
    start: int
    end: int
    noun_end: int  # end of the counted noun (or of the value when there is none)
    modifier: str = ""
    part: bool = False  # a part of a larger total: "11 of them", "including 12 Americans", "another 102"

    @property
    def vague(self) -> bool:
        """True for amounts like "tens of thousands" that carry no exact number."""
        return self.number is None


def tokenize(text: str) -> list[Token]:
    """Tokens of ``text`` with spans; numbers split by a thin or plain space are joined."""
    low = _low
    raw = [_new_token(Token, ((g := m.group()), m.start(), m.end(), low(g))) for m in _TOKEN.finditer(text)]
    if _SPACED_DIGITS.search(text) is None:
        return raw  # no "125 000" to join
    out: list[Token] = []
    for tok in raw:
        if (
            out
            and tok.text.isdigit()
            and len(tok.text) == 3
            and re.fullmatch(r"\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})*", out[-1].text.replace(",", "x"))
            and text[out[-1].end:tok.start] in tuple(_THIN_SPACES)
            and _space_grouped(text, out[-1], tok)
        ):
            prev = out.pop()
            out.append(_token(text[prev.start:tok.end], prev.start, tok.end))
            continue
        out.append(tok)
    return out


def _space_grouped(text: str, prev: Token, tok: Token) -> bool:
    """``125 000``: a space between digit groups is a thousands separator only when unambiguous."""
    if len(prev.text.replace("\u00a0", " ").split(" ")[0]) > 3:
        return False
    sep = text[prev.end:tok.start]
    if sep != " ":
        return True
    # A plain space: only when the next thing is not another number and the previous is short.
    after = text[tok.end:tok.end + 1]
    return not (after.isdigit()) and len(prev.text) <= 3


def parse_digits(s: str) -> float | None:
    """The value of a digit string written with any group or decimal separators.

    ``"125,000"`` and ``"125.000"`` and ``"125 000"`` -> 125000.0; ``"4.5"`` and ``"4,5"`` -> 4.5;
    ``"1,234.5"`` and ``"1.234,5"`` -> 1234.5. Returns None for strings that are not numbers.
    """
    s = s.strip()
    for sp in _THIN_SPACES:
        s = s.replace(sp, "\u00a0")
    if not s or not s[0].isdigit():
        return None
    if "\u00a0" in s:
        s = s.replace("\u00a0", "")
    if "," in s and "." in s:
        dec = "," if s.rfind(",") > s.rfind(".") else "."
        grp = "." if dec == "," else ","
        s = s.replace(grp, "").replace(dec, ".")
    elif "," in s or "." in s:
        if _GROUPED.match(s) and not s.startswith("0"):
            s = s.replace(",", "").replace(".", "")
        elif s.count(",") + s.count(".") == 1:
            s = s.replace(",", ".")
        else:
            return None
    try:
        return float(s)
    except ValueError:
        return None


def _words_value(words: list[str], lex: Lexicon) -> float | None:
    """The value of number words: ["two", "hundred", "thousand"] -> 200000."""
    total = 0.0
    current = 0.0
    seen = False
    words = [w for k, w in enumerate(words) if not (w in ("a", "an") and words[k + 1:k + 2] == ["half"])]
    for w in words:
        if w in ("and", "et"):
            continue
        if w in ("a", "an", "un", "une"):
            current = current or 1.0  # "a million"; "half a million" keeps its half
            continue
        if w == "half":
            current += 0.5
            continue
        if w in lex.units:
            current += lex.units[w]
            seen = True
        elif w in lex.scales:
            scale = lex.scales[w]
            current = (current or 1.0) * scale
            if scale >= 1000:
                total += current
                current = 0.0
            seen = True
        else:
            return None
    return total + current if seen else None


@dataclass(frozen=True, slots=True)
class _Num:
    value: float | None
    low: float
    high: float
    i: int  # first token
    j: int  # one past the last token


@lru_cache(maxsize=4)
def _vague_index(language: str) -> dict[str, list[tuple[list[str], int, int]]]:
    """Vague phrases by their first word, longest first."""
    lex = lexicon(language)
    out: dict[str, list[tuple[list[str], int, int]]] = {}
    for phrase, (lo, hi) in sorted(lex.vague.items(), key=lambda kv: (-len(kv[0]), kv[0])):
        parts = phrase.split()
        out.setdefault(parts[0], []).append((parts, lo, hi))
    return out


def _match_vague(toks: list[Token], i: int, lex: Lexicon) -> _Num | None:
    cands = _vague_index(lex.language).get(toks[i].low)
    if not cands:
        return None
    for parts, lo, hi in cands:
        if i + len(parts) > len(toks):
            continue
        if all(toks[i + k].low == p for k, p in enumerate(parts)):
            j = i + len(parts)
            # "tens of thousands of troops", "des milliers de soldats": needs its "of"
            if j < len(toks) and toks[j].low in ("of", "de", "d'"):
                return _Num(None, lo, hi, i, j)
    return None


def _match_number(toks: list[Token], i: int, lex: Lexicon) -> _Num | None:
    """A numeric expression starting at token ``i`` (digits or words, with a scale word)."""
    t = toks[i]
    if t.text[0].isdigit():
        v = parse_digits(t.text)
        if v is None:
            return None
        j = i + 1
        if j < len(toks) and toks[j].low in lex.scales and lex.scales[toks[j].low] >= 1000:
            v *= lex.scales[toks[j].low]
            j += 1
        elif j < len(toks) and toks[j].low in _SHORT_SCALES and toks[j].start == t.end:
            v *= _SHORT_SCALES[toks[j].low]
            j += 1
        return _Num(v, v, v, i, j)
    words: list[str] = []
    j = i
    while j < len(toks):
        low = toks[j].low
        parts = low.split("-")
        if all(p in lex.units or p in lex.scales for p in parts) or (
            low in ("a", "an", "half", "un", "une") and j + 1 < len(toks)
            and (toks[j + 1].low in lex.scales or toks[j + 1].low in ("a", "dozen", "douzaine", "half"))
        ) or (low in ("and", "et") and words and j + 1 < len(toks)
              and all(p in lex.units for p in toks[j + 1].low.split("-"))
              and words[-1] in lex.scales) or (
            low == "and" and words and j + 2 < len(toks) and toks[j + 1].low == "a" and toks[j + 2].low == "half"
        ):
            words.extend(parts)
            j += 1
        else:
            break
    if not words or all(w in ("a", "an", "half", "and", "un", "une", "et") for w in words):
        return None
    v = _words_value(words, lex)
    if v is None:
        return None
    return _Num(v, v, v, i, j)


def _is_year(t: Token, v: float | None) -> bool:
    return t.text.isdigit() and len(t.text) == 4 and v is not None and 1800 <= v <= 2100


@lru_cache(maxsize=4)
def _modifier_parts(language: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The modifiers of the lexicon, longest first, each with its words."""
    mods = set(lexicon(language).modifiers)
    return tuple((mod, tuple(mod.split())) for mod in sorted(mods, key=lambda m: (-len(m), m)))


@lru_cache(maxsize=4)
def _starters(language: str) -> frozenset[str]:
    """Words a number expression can start with."""
    lex = lexicon(language)
    first = {p.split()[0] for p in lex.vague}
    return frozenset(set(lex.units) | set(lex.scales) | first | {"a", "an", "half", "un", "une"})


# Characters whose case-insensitive matching differs from str.lower() ("İ", "ı", "ſ"): texts with
# them skip the pre-filter below (see may_hold_quantity).
_CASE_ODD = re.compile("[\u0130\u0131\u017f]")
_LETTERS = re.compile(r"[^\W\d_]+")
_SEVERE = frozenset("deaths injured missing hostages arrests bodies".split())


class _Hints(NamedTuple):
    after_digit: re.Pattern[str]
    before_digit: re.Pattern[str]
    money: frozenset[str]
    words: frozenset[str]
    symbols: tuple[str, ...]
    small: frozenset[str]


@lru_cache(maxsize=4)
def _quantity_hints(language: str) -> _Hints:
    """What :func:`may_hold_quantity` looks for in lower-cased text.

    Derived from the lexicon so that it follows every path of :func:`find_quantities`:

    - a number of two digits or more followed by a word (the counted thing: "125,000 troops");
    - any number followed by a scale ("5 million", "5bn"), a currency or a percent sign or word,
      or preceded by a currency ("$5", "dollars 5"): money and shares of any size, also in words
      ("five dollars", "one percent");
    - words that make a number on their own from ten up ("twenty", "hundred", "thousands",
      the longest word of each vague amount: "tens of thousands");
    - words that let small counts or bare numbers through: deaths, injuries, missing people,
      hostages, arrests, bodies ("five killed", "the death toll rose to 75") and the displacement
      cues ("lost their homes").
    """
    lex = lexicon(language)
    scales = sorted({w for w, v in lex.scales.items() if v >= 1000}, key=len, reverse=True)
    money = sorted({c for c in lex.currencies if c[:1].isalpha()}, key=len, reverse=True)
    signs = sorted({c for c in lex.currencies if not c[:1].isalnum()} | {"%"})
    symbols = "".join(re.escape(c) for c in signs)
    after_digit = re.compile(
        r"\d(?:[.,\u00a0\u202f]?\d[\s_]*[^\W\d_]"  # "12 troops", "125,000 people"
        rf"|[\s_]*(?:{'|'.join(map(re.escape, scales + money))}|p(?:er|c|our)|[{symbols}])"  # 5 million/dollars/%
        rf"|(?:{'|'.join(map(re.escape, sorted(_SHORT_SCALES, key=len, reverse=True)))}))"  # "5bn"
    )
    before_digit = re.compile(rf"(?:[{symbols}]|{'|'.join(map(re.escape, money))})[\s_]*\d")  # "$5"
    words: set[str] = {w for w, v in lex.units.items() if v >= 10} | set(lex.scales)
    words |= {max(p.split(), key=len) for p in lex.vague}
    words |= set(lex.death_cues) | set(lex.injury_cues) | _MISSING | _DISPLACED_BEFORE | _DISPLACED_AFTER
    words |= {"lost", "lives", "toll"}
    words |= {k.split()[0] for k, v in lex.classes.items() if v in _SEVERE}
    parts = {p for w in words for p in _LETTERS.findall(w)}  # "year-old" -> "year", "old"
    money_parts = {p for w in money for p in _LETTERS.findall(w)}
    money_parts |= {"percent", "per", "cent", "pc", "pourcent", "pour"}  # shares: "five percent"
    small = {p for w in lex.units for p in _LETTERS.findall(w)}  # "five dollars", "$ one"
    return _Hints(after_digit, before_digit, frozenset(money_parts), frozenset(parts), tuple(signs), frozenset(small))


def may_hold_quantity(text: str, language: str = "english") -> bool:
    """False only when :func:`find_quantities` surely finds nothing in ``text`` (a cheap pre-filter).

    A quantity needs a count of ten or more followed by the counted word, money, a share, or
    words about deaths, injuries and the like (small counts are only kept for those); a text with
    none of these is skipped without tokenising it. True does not promise a quantity.
    """
    if not text.isascii() and _CASE_ODD.search(text):
        return True
    low = text.lower()
    hints = _quantity_hints(language)
    if hints.after_digit.search(low) is not None:
        return True
    words = _LETTERS.findall(low)
    if not hints.words.isdisjoint(words):
        return True
    if any(c in low for c in hints.symbols) or not hints.money.isdisjoint(words):
        # money and shares keep small numbers too: "$5", "five dollars", "one percent"
        if not hints.small.isdisjoint(words) or hints.before_digit.search(low) is not None:
            return True
    # number words add up: "nine nine" is eighteen
    small = hints.small
    return sum(1 for w in words if w in small) >= 2


def find_quantities(text: str, language: str = "english", tokens: list[Token] | None = None, *,
                    parts: bool = False) -> list[Quantity]:
    """Every quantity mention in ``text`` whose counted thing is recognisable.

    A mention needs a number (or a vague amount) and a counted thing after it (a noun such as
    "troops", "people", "lives", a currency or a percent sign); deaths are recognised from the
    verb too ("killed more than 13,000 people", "the death toll rose to 80").

    Args:
        text: One sentence (or any text).
        language: The language of its word lists.
        tokens: :func:`tokenize` of ``text`` when the caller has it already.
        parts: Also return the parts of a larger total ("11 of them in Tanzania", "including 12
            Americans", "one of the militants"), marked ``part=True``; by default they are left out,
            since a part is never the total that other sources give.

    Returns:
        The mentions in text order.
    """
    lex = lexicon(language)
    toks = tokens if tokens is not None else tokenize(text)
    out: list[Quantity] = []
    i = 0
    n = len(toks)
    starters = _starters(lex.language)
    while i < n:
        t = toks[i]
        if not (t.text[0].isdigit() or t.low in starters or t.low.split("-")[0] in starters):
            i += 1
            continue
        num = _match_vague(toks, i, lex) or _match_number(toks, i, lex)
        if num is None:
            i += 1
            continue
        q, j = _build(text, toks, num, lex)
        if q is not None and q.kind == _OF_THEM_KIND:
            before = [x for x in out if not x.part]
            q = replace(q, kind=before[-1].kind) if before else None  # "killed 257, 11 of them"
        if q is not None and (parts or not q.part):
            out.append(q)
        i = max(j, i + 1)
    return out


def _build(text: str, toks: list[Token], num: _Num, lex: Lexicon) -> tuple[Quantity | None, int]:
    """The mention around the number ``num`` (or None) and the token index after it."""
    i, j = num.i, num.j
    nxt = toks[j] if j < len(toks) else None
    # Range: "between 100,000 and 130,000" / "100,000 to 130,000" is read as its lower bound.
    dated = i > 0 and (toks[i - 1].low in lex.months or _abbreviation_dot(toks, i - 1, lex) and toks[i - 2].low in lex.months)
    if (num.value is not None and nxt is not None and j + 1 < len(toks) and toks[j + 1].text[:1].isdigit()
            and not dated):  # "from 1,100 on Nov. 2 to 9,000" is no range
        between = i > 0 and toks[i - 1].low in ("between", "entre")
        if nxt.low in ("to", "-", "–", "à") or (between and nxt.low in ("and", "et")):
            rng = _match_number(toks, j + 1, lex)
            if rng is not None and rng.value is not None and rng.value > num.value:
                num = _Num(num.value, num.value, rng.value, i - between, rng.j)
    return _build_one(text, toks, num, lex), num.j


def _build_one(text: str, toks: list[Token], num: _Num, lex: Lexicon) -> Quantity | None:
    i, j = num.i, num.j
    has_between = toks[i].low in ("between", "entre")
    if has_between:
        i += 1
    first = toks[i]
    prev = toks[i - 1] if i > 0 and toks[i - 1].low not in ("between", "entre") else (toks[i - 2] if i > 1 else None)
    nxt = toks[j] if j < len(toks) else None
    # Numbers glued to words or symbols ("G7", "F-16", "COVID-19", "1/2", "11:00") are names.
    if prev is not None and prev.end == first.start and (prev.text[-1].isalnum() or prev.text in "-/:#"):
        return None
    if nxt is not None and nxt.start == toks[j - 1].end and nxt.text in ("-", "/", ":", "th", "st", "nd", "rd"):
        return None
    if prev is not None and prev.low in lex.months:
        return None  # "January 21"
    if prev is not None and prev.text == "." and i >= 2 and toks[i - 2].low in lex.months and toks[i - 2].end == prev.start:
        return None  # "Aug. 7", "Nov. 9"
    if nxt is not None and nxt.low in lex.months:
        return None  # "21 January"
    if prev is not None and prev.low in ("aged", "age", "âgé", "âgée", "no", "number", "article", "no.", "nos"):
        return None
    if _age_or_name(toks, i, j, lex):
        return None
    # Modifier before ("more than", "about"), currency before ("$", "US$", "€").
    start_tok = i
    modifier = ""
    k = i
    currency = ""
    if k > 0 and toks[k - 1].text in lex.currencies:
        currency = lex.currencies[toks[k - 1].text]
        k -= 1
        if k > 0 and toks[k - 1].low in ("us", "u.s", "a", "c", "hk") and toks[k - 1].end == toks[k].start:
            k -= 1
    before = toks[k - 1].low if k > 0 else None
    for mod, parts in _modifier_parts(lex.language):
        if before != parts[-1]:
            continue  # the last word decides most of them
        if k - len(parts) >= 0 and all(toks[k - len(parts) + m].low == p for m, p in enumerate(parts)):
            modifier = mod
            k -= len(parts)
            break
    start_tok = num.i if has_between else k
    end_tok = j
    # Currency or percent after the number.
    if nxt is not None and nxt.low in lex.currencies and not currency:
        currency = lex.currencies[nxt.low]
        end_tok = j + 1
    percent = False
    if nxt is not None and nxt.text == "%":
        percent = True
        end_tok = j + 1
    elif nxt is not None and nxt.low in ("percent", "pourcent", "pc"):
        percent = True
        end_tok = j + 1
    elif nxt is not None and nxt.low == "per" and j + 1 < len(toks) and toks[j + 1].low == "cent":
        percent = True
        end_tok = j + 2
    elif nxt is not None and nxt.low == "pour" and j + 1 < len(toks) and toks[j + 1].low == "cent":
        percent = True
        end_tok = j + 2
    value_start = toks[start_tok].start
    value_end = toks[end_tok - 1].end
    value = text[value_start:value_end].rstrip(".")
    value_end = value_start + len(value)
    v = num.value
    lo, hi = num.low, num.high
    part = _is_part(toks, start_tok, j, lex)
    if v is not None and currency == "" and not percent and _is_year(first, v) and num.j == i + 1:
        if prev is not None and prev.low in ("in", "since", "by", "of", "from", "until", "till", "en", "depuis", "de", "the", "before", "after", "during", "around", "in"):
            return None
    if currency:
        kind, noun, noun_end = f"money:{currency}", "", value_end
        if v is None:
            return None
        return Quantity(value, v, lo, hi, kind, noun, value_start, value_end, noun_end, modifier, part)
    if percent:
        if v is None:
            return None
        return Quantity(value, v, lo, hi, "percent", "", value_start, value_end, value_end, modifier, part)
    kind, noun, noun_end = _counted(text, toks, start_tok, end_tok, lex)
    if not kind and part and nxt is not None and j + 1 < len(toks) and toks[j + 1].low in _part(lex).OF_THEM:
        kind = _OF_THEM_KIND  # "11 of them": the counted thing of the figure before it
    if not kind:
        return None
    if v is not None:
        if _is_year(first, v) and num.j == i + 1 and (kind.startswith("n:") or not noun) and not modifier:
            return None  # "on Dec. 21, 1988, killing 270": the year is no toll
        if v < 10 and kind not in ("deaths", "injured", "missing", "hostages", "arrests", "bodies"):
            return None  # "two leaders", "three documents": too common to compare
        if v != int(v) and v < 100 and kind not in ("money", "percent"):
            return None  # "4.5 people": not a count
    return Quantity(value, v, lo, hi, kind, noun, value_start, value_end, noun_end, modifier, part)


def _age_or_name(toks: list[Token], i: int, j: int, lex: Lexicon) -> bool:
    """True when the number at tokens ``i:j`` is an age or part of a name, never a count.

    ``"Slepian, 52, is"`` and ``"Shirin (13)"`` give ages; ``"died at 62"`` too; ``"Flight 103"`` and
    ``"his Mercedes 600"`` name things (a capitalised word right before a short bare number, inside
    a sentence).
    """
    t = toks[i]
    if j != i + 1 or not t.text.isdigit():
        return False
    prev = toks[i - 1] if i > 0 else None
    nxt = toks[j] if j < len(toks) else None
    if prev is None:
        return False
    before = toks[i - 2] if i > 1 else None
    if (prev.text in (",", "(") and nxt is not None and nxt.text in (",", ")") and before is not None
            and before.text[:1].isupper() and before.low not in lex.months and int(t.text) < 120):
        return True  # "Slepian, 52, is shot", "Shirin (13)"
    if prev.low in ("at", "à") and before is not None and (before.low in lex.death_cues or before.low in _part(lex).AGE_VERBS):
        return True  # "he died at 62", "retired at 65"
    if (len(t.text) <= 4 and prev.text[:1].isupper() and prev.text.isalpha() and prev.end < t.start
            and before is not None and before.text not in (".", "!", "?", "\"", "“", ":")
            and prev.low not in lex.stop and prev.low not in lex.months and prev.low not in lex.weekdays
            and prev.low not in lex.currencies and prev.low not in _part(lex).BEFORE_FIGURE
            and prev.low not in lex.units and prev.low not in lex.scales
            and not (nxt is not None and nxt.text[:1].islower())):
        return True  # "Flight 103", "a Mercedes 600" (not "in Kenya 200 people")
    return False


_OF_THEM_KIND = "=of them"  # "11 of them": takes the counted thing of the figure before it


def _part(lex: Lexicon) -> ModuleType:
    """The ``figures`` part of the lexicon's language (what a figure is, and what it is not)."""
    return _figures_part(lex.language)


@lru_cache(maxsize=16)
def _figures_part(language: str) -> ModuleType:
    from ..lang import part

    return part(language, "figures")


def _is_part(toks: list[Token], i: int, j: int, lex: Lexicon) -> bool:
    """True when the figure at tokens ``i:j`` counts a part of a larger total.

    ``"11 of them in Tanzania"``, ``"one of the militants"``, ``"including 12 Americans"``,
    ``"another 102 people"``, ``"16 others"``: none of them is the total another source gives.
    """
    n = len(toks)
    if j + 1 < n and toks[j].low in ("of", "d'", "de", "des", "d") and toks[j + 1].low in _part(lex).PART_AFTER:
        # "11 of them", "one of the militants", "67 of the 129 deaths", "14 of those killed";
        # not "About 65 of the young people died" (the toll among those present)
        if toks[j + 1].low not in _part(lex).PART_DETERMINERS or toks[i].low in ("one", "un", "une") or toks[i].text == "1":
            return True
        nxt = toks[j + 2] if j + 2 < n else None
        if nxt is not None and (nxt.text[:1].isdigit() or nxt.low in lex.units or nxt.low in _part(lex).TOLL_NOUNS
                                or nxt.low in lex.death_cues or nxt.low in lex.injury_cues):
            return True
    if j < n and toks[j].low in _part(lex).PART_AFTER_FIGURE:
        return True
    k = i - 1
    while k >= 0 and toks[k].low in ("some", "about", "at", "least", "more", "than", "over", "nearly", "almost"):
        k -= 1
    if k >= 0 and toks[k].low in _part(lex).PART_BEFORE:
        return True
    # "including a British couple and 24 Russian soldiers": a list that "including" opens
    for m in range(k, max(-1, k - 6), -1):
        t = toks[m]
        if t.text in (",", ".", ";", ":", "(", ")") or t.text[:1].isdigit():
            return False
        if t.low in _part(lex).LIST_OPENERS:
            return True
    return False


def _counted(text: str, toks: list[Token], i: int, j: int, lex: Lexicon) -> tuple[str, str, int]:
    """The class of the thing counted by the number ending at token ``j``: (kind, noun, end)."""
    n = len(toks)
    k = j
    if k < n and toks[k].low in ("of", "de", "d'"):
        k += 1
    kind = ""
    noun = ""
    noun_end = toks[j - 1].end
    noun_idx = k
    for m in range(k, min(k + 3, n)):
        t = toks[m]
        low = t.low
        if not t.text[0].isalpha():
            break
        if m + 1 < n and f"{low} {toks[m + 1].low}" in lex.classes:
            kind, noun, noun_end = lex.classes[f"{low} {toks[m + 1].low}"], text[t.start:toks[m + 1].end], toks[m + 1].end
            break
        if low in lex.time_units:
            return "", "", 0  # durations, times, ages: never compared
        if low in lex.skip_nouns:
            return "", "", 0
        if low in lex.classes:
            kind, noun, noun_end = lex.classes[low], t.text, t.end
            break
        if low in lex.people or (
            t.text[0].isupper() and m - k <= 1 and re.fullmatch(r"[A-Z][a-z]+(?:ians|ans|ese|is)", t.text)
        ):
            kind, noun, noun_end = "people", t.text, t.end  # "2 million Ukrainians"
            break
        if low in lex.death_cues and low not in ("claimed", "toll", "killing", "kill", "kills", "die", "dies"):
            if _sentence_not_toll(toks, m, lex):
                return "", "", 0  # "23 death sentences"
            kind, noun, noun_end = "deaths", "", toks[j - 1].end
            break
        if low in lex.injury_cues and low not in ("injuring", "wounding"):
            kind, noun, noun_end = "injured", "", toks[j - 1].end
            break
        if low in lex.stop or low in lex.months or low in lex.weekdays:
            break
        # a plain plural noun: "tanks", "refugees"; at most one adjective in front of it
        if (
            m - k <= 1
            and t.text.islower()
            and len(low) >= 4
            and low.endswith("s")
            and not low.endswith(("ss", "us", "is", "ous"))
            and low not in _VERBISH
            and lex.language == "english"
        ):
            kind, noun, noun_end = "n:" + low[:-1], t.text, t.end
            noun_idx = m
            break
    if kind.startswith("n:") and kind != "n:person":
        # "two mass graves" near "killed" count graves: only a verb that governs the noun itself
        # ("killed 16 shoppers", "three villagers were killed") makes the count a toll
        cue = _near_cue(toks, i, noun_idx, lex)
        if cue:
            kind = cue
    elif kind in ("people", "troops", "", "n:person"):
        cue = _cue(toks, i, k, lex)
        if cue == "displaced" and kind == "troops":
            cue = ""
        if cue:
            kind = cue
            if not noun:
                noun_end = toks[j - 1].end
        elif kind in ("", "n:person"):
            return "", "", 0
    return kind, noun, noun_end


_AUX = frozenset("were was are is have has had been being reportedly also all later ont été sont a".split())


def _near_cue(toks: list[Token], i: int, noun_idx: int, lex: Lexicon) -> str:
    """The toll a counted noun belongs to when a verb governs it: "killed 16 shoppers",
    "injuring 24 other people", "three villagers were killed"; "" otherwise."""
    for m in (i - 1, i - 2):
        if m < 0:
            break
        low = toks[m].low
        if low in lex.death_cues and low not in ("toll", "dead", "death", "deaths", "lives", "claimed"):
            return "deaths"
        if low in lex.injury_cues:
            return "injured"
        if low not in ("the", "all", "some", "about", "at", "least", "more", "than", "nearly", "over", "les"):
            break
    m = noun_idx + 1
    while m < len(toks) and m <= noun_idx + 3 and toks[m].low in _part(lex).AUXILIARIES:
        m += 1
    if m < len(toks):
        low = toks[m].low
        if low in _MISSING:
            return "missing"
        if low in lex.death_cues and low not in ("toll", "death", "deaths", "lives", "claimed"):
            return "deaths"
        if low in lex.injury_cues:
            return "injured"
    return ""


def _sentence_not_toll(toks: list[Token], m: int, lex: Lexicon) -> bool:
    """True when the death word at token ``m`` is a punishment or a threat, not a toll:
    "sentenced (12 people) to death", "death sentences", "the death penalty"."""
    words = _part(lex)
    if m + 1 < len(toks) and toks[m + 1].low in words.DEATH_NOT_TOLL_AFTER:
        return True
    return any(t.low in words.SENTENCED for t in toks[max(0, m - 6):m])


def _abbreviation_dot(toks: list[Token], m: int, lex: Lexicon) -> bool:
    """True when the full stop at token ``m`` ends an abbreviation ("Nov.", "Dr."), not a sentence."""
    if m == 0 or toks[m].text != "." or toks[m - 1].end != toks[m].start:
        return False
    prev = toks[m - 1]
    return prev.low in lex.months or (prev.text[:1].isupper() and len(prev.text) <= 3 and prev.text.isalpha())


def _cue(toks: list[Token], i: int, k: int, lex: Lexicon) -> str:
    """What a bare count counts, from the words next to it: "deaths" ("killed 12", "12 died",
    "the death toll rose to 12"), "injured", "missing" ("12 are missing") or "displaced"
    ("displaced 80,000", "80,000 have lost their homes"); "" when nothing says."""
    best = ""
    best_dist = 99
    n = len(toks)
    for m in range(max(0, i - 4), min(n, k + 5)):
        if i <= m < k:
            continue
        low = toks[m].low
        if m >= k and m > i and best and best_dist < 99 and any(t.low in ("and", "but", "et") for t in toks[i - best_dist:i]):
            best_dist = 98  # "died and more than 190 were injured": a cue after the figure wins
        if toks[m].text in (".", ";", ":", "!", "?") or (m < i and toks[m].text == ","):
            if m < i:
                best, best_dist = "", 99
                continue
            break
        if toks[m].text == "," and m + 1 < n and toks[m + 1].text[:1].isdigit():
            break  # "766,000 displaced people, 310,000 injured": the next figure has its own word
        dist = i - m if m < i else m - k + 1
        if dist >= best_dist:
            continue
        nxt = [t.low for t in toks[m + 1:m + 4]]
        if low in _MISSING and m >= k:
            best, best_dist = "missing", dist
        elif low == "lost" and m >= k and ("homes" in nxt or "home" in nxt):
            best, best_dist = "displaced", dist
        elif low == "lives" and m >= k and m > 0 and toks[m - 1].low == "their":
            best, best_dist = "deaths", dist  # "lost their lives"
        elif low in lex.death_cues and (m < i or low not in ("claimed", "lives")):
            if _sentence_not_toll(toks, m, lex):
                continue  # "sentenced 12 people to death": a sentence, not a toll
            if low == "lives" and not any(t.low in _part(lex).TOOK_LIVES for t in toks[max(0, m - 3):m]):
                continue  # "crashing into the lives of 30 million people" is no toll
            best, best_dist = "deaths", dist
        elif low in lex.injury_cues:
            best, best_dist = "injured", dist
        elif low in _DISPLACED_BEFORE and m < i or low in _DISPLACED_AFTER and m >= k:
            best, best_dist = "displaced", dist
    if not best and i > 0 and toks[i - 1].low in _TOLL_VERBS:
        # "the death toll from the floods rose to 75", "the toll rose from 1,100 on Nov. 2 to 9,000"
        for m in range(i - 1, max(-1, i - 14), -1):
            if toks[m].text in (".", ";", "!", "?") and not _abbreviation_dot(toks, m, lex):
                break
            if toks[m].low == "toll":
                return "deaths"
    return best
