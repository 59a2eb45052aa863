"""Bytes to text: byte-order marks, UTF-16 without a mark, UTF-8, CP1252/Latin-1, binary files.

The order of decisions, each deterministic:

1. A byte-order mark decides (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE).
2. Known binary signatures (PDF, ZIP/DOCX, images, gzip, ...) are rejected.
3. UTF-16 without a mark is recognised by its pattern of zero bytes.
4. Any other zero byte means a binary file.
5. Strict UTF-8.
6. Otherwise Western text is read as CP1252 (a superset of Latin-1 for printable text, falling
   back to Latin-1 for the five bytes CP1252 leaves undefined); text that reads as words made
   entirely of accented letters is another code page, which ``charset_normalizer`` names
   (Cyrillic, Greek, Arabic, ...).
7. Decoded text with many control characters is rejected as binary.
"""

from __future__ import annotations

import codecs
import re

from ..errors import InputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

_SIGNATURES = (
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or a Word/OpenDocument file)"),
    (b"\x89PNG", "a PNG image"),
    (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office file"),
    (b"\x7fELF", "an executable"),
    (b"{\\rtf", "an RTF document"),
)

_WESTERN = {"cp1252", "latin_1", "iso8859_15", "cp1250", "iso8859_2", "mac_roman", "cp850",
            "cp437", "ascii", "utf_8", "iso8859_9", "cp1254", "cp1257", "iso8859_13", "iso8859_4",
            "iso8859_3", "iso8859_10", "iso8859_14", "iso8859_16", "mac_latin2", "cp858", "cp1258"}


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' / 'utf-16-be' when the zero bytes say so, else None."""
    sample = data[:4096]
    n = len(sample) // 2
    if n < 2:
        return None
    even_zeros = sample[0 : 2 * n : 2].count(0)
    odd_zeros = sample[1 : 2 * n : 2].count(0)
    if odd_zeros > 0.3 * n and even_zeros < 0.05 * n:
        return "utf-16-le"
    if even_zeros > 0.3 * n and odd_zeros < 0.05 * n:
        return "utf-16-be"
    return None


def _western(data: bytes) -> str:
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _legacy(data: bytes) -> str:
    """Decode bytes that are not UTF-8.

    Western European text read as CP1252 has mostly ASCII letters with an accented one here and
    there; Cyrillic, Greek or Arabic text read that way has words made entirely of accented
    letters. Only in that second case is ``charset_normalizer`` asked for the code page (it is
    unreliable on short Western text, which it often takes for a DOS or Arabic code page).
    """
    western = _western(data)
    letters = [c for c in western if c.isalpha()]
    foreign = sum(1 for c in letters if not c.isascii())
    if not letters or foreign / len(letters) < 0.4:
        return western
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - declared dependency
        return western
    best = from_bytes(data[:65536]).best()
    if best is not None and best.encoding not in _WESTERN:
        try:
            return data.decode(best.encoding)
        except (UnicodeDecodeError, LookupError):
            pass
    return western


_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffd]")


_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([A-Za-z0-9_.:-]{2,40})""", re.I)


def _declared(data: bytes) -> str | None:
    """Decode with the charset an HTML page declares in a <meta> tag, when it works."""
    m = _META_CHARSET.search(data[:8192])
    if not m:
        return None
    try:
        return data.decode(m.group(1).decode("ascii"))
    except (LookupError, UnicodeDecodeError):
        return None


def _too_many_controls(text: str) -> bool:
    sample = text[:20000]
    if not sample:
        return False
    bad = len(_CONTROLS.findall(sample))
    return bad > max(3, 0.02 * len(sample))


def decode_bytes(data: bytes, where: str) -> str:
    """Decode one input's bytes to text, or raise :class:`InputError` for binary data."""
    text: str | None = None
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise InputError(where, f"cannot decode as {encoding.upper()} despite its byte-order mark ({exc.reason})") from None
            break
    if text is None:
        for signature, kind in _SIGNATURES:
            if data.startswith(signature):
                raise InputError(where, f"binary file ({kind}), not text")
        utf16 = _utf16_without_bom(data)
        if utf16 is not None:
            try:
                text = data.decode(utf16)
            except UnicodeDecodeError:
                text = None
        if text is None:
            if b"\x00" in data:
                raise InputError(where, "binary file (it contains zero bytes), not text")
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError:
                text = _declared(data) or _legacy(data)
    if _too_many_controls(text):
        raise InputError(where, "binary file (too many control characters), not text")
    return text.lstrip("\ufeff")


# ----------------------------------------------------------------------------- names in messages

# C0 and C1 controls, DEL, bidirectional overrides and isolates, line and paragraph separators:
# characters that can move the cursor, clear a terminal, start a second line or reverse text
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_SHORT_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(m: re.Match) -> str:
    c = m.group()
    if c in _SHORT_ESCAPES:
        return _SHORT_ESCAPES[c]
    if "\ud800" <= c <= "\udfff":  # an undecodable byte of a file name (surrogateescape)
        return f"\\x{ord(c) - 0xDC00:02x}" if "\udc80" <= c <= "\udcff" else f"\\u{ord(c):04x}"
    return f"\\x{ord(c):02x}" if ord(c) < 0x100 else f"\\u{ord(c):04x}"


def terminal_safe(text: str) -> str:
    """``text`` with every character that could act on a terminal written as an escape.

    Newlines become ``\\n``, ESC ``\\x1b``, a right-to-left override ``\\u202e``, an undecodable
    byte of a file name ``\\xe9``: a file name can neither forge a second message line, clear the
    screen, nor reorder what is printed. Text without such characters is returned unchanged, so
    applying it twice is harmless.
    """
    return _UNSAFE.sub(_escape, text) if _UNSAFE.search(text) else text


def display_path(name: str) -> str:
    """A file name as text that is safe to show and to write into any output.

    Names that are not UTF-8 (Python keeps their bytes as surrogates) are decoded as CP1252, or
    Latin-1 where CP1252 leaves a byte undefined, the way file contents are (``caf\\xe9.txt`` shows
    as ``café.txt``); control characters are escaped (:func:`terminal_safe`).
    """
    if any("\ud800" <= c <= "\udfff" for c in name):
        import os

        try:
            raw = os.fsencode(name)
        except UnicodeEncodeError:  # surrogates that were never bytes: escaped below
            return terminal_safe(name)
        try:
            name = raw.decode("utf-8")
        except UnicodeDecodeError:
            name = _western(raw)
    return terminal_safe(name)
