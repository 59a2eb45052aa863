"""Unicode and white-space normalisation for article text.

Decisions (they hold for every input format):

- Unicode is normalised to NFC (composed accents), never NFKC (which would change meaning,
  e.g. superscripts or full-width forms).
- Typographic quotes are mapped to straight ASCII quotes: ``“ ” „ ‟`` become ``"`` and
  ``‘ ’ ‚ ‛`` become ``'``. Every mark maps one to one, so quotes stay paired and the words are
  unchanged, while outlets that use curly quotes and outlets that use straight ones read alike
  (``didn’t`` and ``didn't`` are the same word for cross-source merging and quote matching).
  Guillemets (``« »``, ``‹ ›``), dashes and the ellipsis character are left as they are.
- Odd white space (no-break, thin, ideographic spaces, tabs) becomes one plain space; zero-width
  spaces, byte-order marks and soft hyphens are removed; runs of spaces collapse to one; line
  ends become ``\\n``; control characters are dropped.
"""

from __future__ import annotations

import re
import unicodedata

_QUOTES = str.maketrans(
    {
        "\u201c": '"',  # “
        "\u201d": '"',  # ”
        "\u201e": '"',  # „
        "\u201f": '"',  # ‟
        "\u2018": "'",  # ‘
        "\u2019": "'",  # ’
        "\u201a": "'",  # ‚
        "\u201b": "'",  # ‛
    }
)

# spaces that become a plain space
_SPACES = "\t\v\f\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
# characters removed outright: zero-width space, word joiner, BOM, soft hyphen
_REMOVED = "\u200b\u2060\ufeff\u00ad"

_SPACE_TABLE = str.maketrans({**{c: " " for c in _SPACES}, **{c: None for c in _REMOVED}})
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_MULTISPACE = re.compile(r" {2,}")
# mojibake of UTF-8 read as CP1252 ("â€™", "Ã©"): repaired when the round trip succeeds
_MOJIBAKE = re.compile(r"[âÃÂ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]")


def fix_mojibake(text: str) -> str:
    """Repair UTF-8 text that was decoded as CP1252 or Latin-1 (``â€™`` or ``â\x80\x99`` for
    ``’``, ``Ã©`` for ``é``), when that is clearly mojibake.

    A cheap test for the tell-tale sequences comes first; only text that has them goes to ftfy
    (``ftfy.fix_encoding``, which also mends texts where only part was mis-decoded). The result is
    kept only when it has fewer tell-tale sequences than the input, so text that merely contains
    "Ã" or "â" (Portuguese, French) stays as it is.
    """
    if ("â" not in text and "Ã" not in text and "Â" not in text) or not _MOJIBAKE.search(text):
        return text  # every tell-tale sequence starts with one of these three letters
    try:
        fixed = text.encode("cp1252").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        import ftfy

        fixed = ftfy.fix_encoding(text)
    return fixed if len(_MOJIBAKE.findall(fixed)) < len(_MOJIBAKE.findall(text)) else text


_TABLE = {**_SPACE_TABLE, **_QUOTES}
_QUOTE_REPLACEMENTS = tuple((chr(code), value) for code, value in _QUOTES.items())


def map_quotes(text: str) -> str:
    """Curly quotes to straight ones, as :func:`normalize_text` maps them (one character for one)."""
    if text.isascii():
        return text
    for char, value in _QUOTE_REPLACEMENTS:
        if char in text:
            text = text.replace(char, value)
    return text


_REPLACEMENTS = tuple((chr(code), value or "") for code, value in _TABLE.items())


def _map_special(text: str) -> str:
    """Odd spaces to plain spaces, invisible characters out, curly quotes to straight ones."""
    if text.isascii():
        return text.replace("\t", " ").replace("\v", " ").replace("\f", " ")
    # one replace per character present (no replacement is itself a special character)
    for char, value in _REPLACEMENTS:
        if char in text:
            text = text.replace(char, value)
    return text


def normalize_line(line: str) -> str:
    """One line of text with normalised spaces and quotes, stripped at both ends."""
    line = _CONTROL.sub("", _map_special(line))
    return _MULTISPACE.sub(" ", line).strip()


def normalize_text(text: str) -> str:
    """Normalise a whole text: NFC, ``\\n`` line ends, spaces, quotes; blank lines kept.

    Lines are stripped; a line holding only white space becomes empty, so blank-line paragraph
    breaks survive as ``\\n\\n``.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n").replace("\x85", "\n")
    text = fix_mojibake(text)
    text = unicodedata.normalize("NFC", text)
    text = _CONTROL.sub("", _map_special(text))
    if "  " in text:
        text = _MULTISPACE.sub(" ", text)  # runs of spaces never cross a line end
    return "\n".join([line.strip() for line in text.split("\n")])
