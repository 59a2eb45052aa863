"""Dates to ISO 8601, without guessing.

:func:`parse_date` accepts ISO 8601 dates and datetimes, ``2022/01/21``, ``21.01.2022``,
day/month/year with slashes when the order is certain, month names in English, French,
Spanish, Portuguese, Italian and German (``January 21, 2022``, ``Jan. 21 2022``, ``21 janvier
2022``, ``21 de enero de 2022``, ``21. Januar 2022``), RFC 2822 e-mail dates, Unix timestamps and
``datetime``/``date`` objects. A date without a year (``Jan 21``) is not a full date: it yields
``""`` unless the caller passes the year. ``01/02/2022`` is ambiguous (January 2 or 1 February)
and yields ``""``; ``21/01/2022`` and ``2022-01-02`` are not.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass

from .lazyre import lazy

MONTHS: dict[str, int] = {}
for _num, _names in enumerate(
    [
        "january jan janvier janv enero ene janeiro gennaio gen januar jänner",
        "february feb feby février fevrier févr fevr febrero febr fevereiro fev febbraio februar",
        "march mar mars marzo março marco märz maerz mrz",
        "april apr avril avr abril abr aprile",
        "may mai mayo maio maggio mag",
        "june jun juin junio junho giugno giu juni",
        "july jul juillet juil julio julho luglio lug juli",
        "august aug août aout agosto ago",
        "september sep sept septembre setiembre septiembre setembro set settembre",
        "october oct octobre octubre outubro out ottobre ott oktober okt",
        "november nov novembre noviembre novembro",
        "december dec décembre decembre déc diciembre dic dezembro dez dicembre dezember",
    ],
    start=1,
):
    for _name in _names.split():
        MONTHS.setdefault(_name, _num)

_MONTH_RE = "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True))
# letters a case-insensitive pattern matches although ``str.lower`` does not give the ASCII letter
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def month_number(name: str) -> int:
    """The month (1-12) of a month name matched case-insensitively (``MAI``, ``Sept``, ``maı``)."""
    return MONTHS.get(name.lower()) or MONTHS[name.translate(_FOLD).lower()]

_WEEKDAYS = (
    r"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?|lundi|mardi|mercredi|jeudi|"
    r"vendredi|samedi|dimanche|lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo|"
    r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag"
)

_ISO = re.compile(
    r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"
    r"(?:[T ](?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:[.,]\d+)?)?\s*(?P<tz>Z|[+-]\d{2}(?::?\d{2})?|UTC|GMT)?)?"
)
_YMD = lazy(r"(?P<y>\d{4})[/.](?P<m>\d{1,2})[/.](?P<d>\d{1,2})")
_NUMERIC = lazy(r"(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4})")
_MDY = lazy(
    rf"(?P<mon>{_MONTH_RE})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y>\d{{4}}))?(?![\d:])", re.I
)
_DMY = lazy(
    rf"(?P<d>\d{{1,2}})(?:st|nd|rd|th|er|º|o)?\.?\s+(?:de\s+)?(?P<mon>{_MONTH_RE})\.?(?:,?\s+(?:de\s+)?(?P<y>\d{{4}}))?(?![\d:])",
    re.I,
)
# what may surround a date on a line that holds nothing else
_PREFIX = lazy(
    rf"^(?:(?:published|updated|last updated|posted|modified|date|dated|created|first published|publié|mis à jour|"
    rf"publicado|actualizado|veröffentlicht|aktualisiert)\b(?:\s+(?:on|at|le|el|am))?\s*:?\s*"
    rf"(?:\d{{1,2}}[:.h]\d{{2}}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{{2,4}})?\s*,?\s*)?)?"
    rf"(?:(?:{_WEEKDAYS})\s*,?\s*)?",
    re.I,
)
_TIME = lazy(
    r"^(?:\s*[,|·•-]?\s*(?:at\s+|à\s+|um\s+)?\d{1,2}[:.h]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*"
    r"(?:GMT|UTC|CET|CEST|EST|EDT|PST|PDT|BST|MSK|ET|CT|MT|PT|[A-Z]{2,4}T|[+-]\d{2}:?\d{2}|Z)?(?:\s*[+-]\d{1,2}(?::?\d{2})?)?)?\s*$",
    re.I,
)


# "January 21, 2022 / 5:25 PM / Updated 3 years ago": a publication date followed by an update note
_TRAILER = lazy(
    r"^\s*(?:[/|·•,-]\s*)?(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4})?\s*)?"
    r"(?:[/|·•,-]\s*)?(?:(?:updated|last updated|modified|mis à jour|actualizado|aktualisiert)\b.{0,40})?$",
    re.I,
)


@dataclass(frozen=True)
class DateParts:
    """A parsed date: year may be None (``Jan 21``); ``iso_time`` is the time part when known."""

    year: int | None
    month: int
    day: int
    iso_time: str = ""

    def iso(self, year: int | None = None) -> str:
        """ISO 8601 text, or "" when the year is unknown and not given."""
        y = self.year if self.year is not None else year
        if y is None:
            return ""
        try:
            _dt.date(y, self.month, self.day)
        except ValueError:
            return ""
        return f"{y:04d}-{self.month:02d}-{self.day:02d}{self.iso_time}"


def _valid(y: int | None, m: int, d: int) -> bool:
    if not (1 <= m <= 12 and 1 <= d <= 31):
        return False
    if y is None:
        return True
    if not 1800 <= y <= 2200:
        return False
    try:
        _dt.date(y, m, d)
    except ValueError:
        return False
    return True


def _tz_suffix(tz: str | None) -> str:
    if not tz:
        return ""
    tz = tz.upper()
    if tz in {"Z", "UTC", "GMT"}:
        return "+00:00"
    sign, digits = tz[0], tz[1:].replace(":", "")
    digits = (digits + "00")[:4]
    return f"{sign}{digits[:2]}:{digits[2:]}"


def _match_at(text: str, pos: int = 0, *, full: bool) -> tuple[DateParts, int] | None:
    """Parse a date starting at ``pos``; returns (parts, end). ``full``: the match must end the text."""
    for pattern in (_ISO, _YMD):
        m = pattern.match(text, pos)
        if m:
            y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
            if _valid(y, mo, d):
                iso_time = ""
                if pattern is _ISO and m["H"] is not None:
                    h, mi, s = int(m["H"]), int(m["M"]), int(m["S"] or 0)
                    if h < 24 and mi < 60 and s < 60:
                        iso_time = f"T{h:02d}:{mi:02d}:{s:02d}{_tz_suffix(m['tz'])}"
                return DateParts(y, mo, d, iso_time), m.end()
            return None
    m = _NUMERIC.match(text, pos)
    if m:
        a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
        if a > 12 or (m["sep"] == "." and a != b):
            day, month = a, b  # 21/01/2022, and dotted dates are day-first everywhere
        elif b > 12:
            month, day = a, b  # 01/21/2022
        elif a == b:
            month = day = a
        else:
            return None  # 01/02/2022: ambiguous
        return (DateParts(y, month, day), m.end()) if _valid(y, month, day) else None
    for pattern in (_MDY, _DMY):
        m = pattern.match(text, pos)
        if m:
            month = month_number(m["mon"])
            y = int(m["y"]) if m["y"] else None  # type: ignore[assignment]  # no year: the reader infers it
            d = int(m["d"])
            if _valid(y, month, d):
                return DateParts(y, month, d), m.end()
    return None


_RFC_MONTH = re.compile(r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec", re.I)


def parse_date_parts(value: str) -> DateParts | None:
    """Parse a string that holds a date (with optional weekday, prefix and time) and nothing else."""
    text = value.strip().strip("|·•").strip()
    if not text:
        return None
    m = _PREFIX.match(text)
    pos = m.end() if m else 0
    found = _match_at(text, pos, full=True)
    if found is not None:
        parts, end = found
        if _TIME.match(text[end:]) or _TRAILER.match(text[end:]):
            return parts
        return None
    if not _RFC_MONTH.search(text):
        return None  # an RFC 2822 date names its month in English (the parser needs the name)
    try:  # RFC 2822: "Fri, 21 Jan 2022 10:00:00 +0000"
        from email.utils import parsedate_to_datetime

        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    tz = when.strftime("%z")
    tz = f"{tz[:3]}:{tz[3:]}" if tz else ""
    return DateParts(when.year, when.month, when.day, f"T{when:%H:%M:%S}{tz}")


def parse_date(value: object, year: int | None = None) -> str:
    """Any supported date value to ISO 8601 (``2022-01-21`` or ``2022-01-21T10:00:00+00:00``).

    Returns ``""`` for values that are not a complete, unambiguous date. ``year`` completes a
    date written without one.
    """
    if value is None or value == "" or isinstance(value, bool):
        return ""
    if isinstance(value, _dt.datetime):
        return value.isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, (int, float)):
        seconds = float(value) / (1000 if value > 1e11 else 1)  # milliseconds since the epoch
        try:
            return _dt.datetime.fromtimestamp(seconds, tz=_dt.timezone.utc).isoformat()
        except (OverflowError, OSError, ValueError):
            return ""
    if not isinstance(value, str):
        return ""
    parts = parse_date_parts(value)
    return parts.iso(year) if parts else ""


_YEAR = lazy(r"(?<!\d)(?:1[89]\d\d|2[01]\d\d)(?!\d)")


def find_years(text: str) -> list[int]:
    """Years of the complete dates written anywhere in ``text`` (ISO or with month names)."""
    years: list[int] = []
    for y in _YEAR.finditer(text):
        year = int(y.group())
        iso = _ISO.match(text, y.start())
        if iso and _valid(year, int(iso["m"]), int(iso["d"])):
            years.append(year)
            continue
        # a month-name date ending in this year: look only at the few words before it
        window = text[max(0, y.start() - 40) : y.end()]
        for pattern in (_MDY, _DMY):
            m = None
            for m in pattern.finditer(window):
                pass
            if m and m["y"] and m.end() == len(window) and _valid(year, month_number(m["mon"]), int(m["d"])):
                years.append(year)
                break
    return years


_URL_DATE = lazy(r"/(?P<y>(?:19|20)\d{2})[/-](?P<m>\d{1,2})[/-](?P<d>\d{1,2})(?=[/-])")
_URL_DATE_COMPACT = lazy(r"/(?P<y>(?:19|20)\d{2})(?P<m>\d{2})(?P<d>\d{2})(?=/)")


def date_from_url(url: str) -> str:
    """The publication date a news URL carries in its path (``/2022/01/21/``), else ""."""
    for pattern in (_URL_DATE, _URL_DATE_COMPACT):
        m = pattern.search(url)
        if m and _valid(int(m["y"]), int(m["m"]), int(m["d"])):
            return DateParts(int(m["y"]), int(m["m"]), int(m["d"])).iso()
    return ""


# a wire-service identifier ("APW19981124.0554", "NYT19980807.0123", "AFP_ENG_20030301.0123") or a
# file name that starts or ends with an ISO date ("2019-06-03-storm", "storm_20190603")
_NAME_WIRE = lazy(r"(?<![A-Za-z0-9])[A-Z]{2,5}(?:_[A-Z]{2,4})?_?(?P<y>(?:19|20)\d{2})(?P<m>\d{2})(?P<d>\d{2})(?=[._-]\d{2,6}\b|$|[._-])")
_NAME_ISO = lazy(r"(?:^|[^0-9])(?P<y>(?:19|20)\d{2})(?P<sep>[-_.]?)(?P<m>\d{2})(?P=sep)(?P<d>\d{2})(?:[^0-9]|$)")


def date_from_name(stem: str) -> str:
    """The date a file name carries: a wire identifier (``APW19981124.0554``) or an ISO date at
    its start or end (``2019-06-03-storm``, ``storm_20190603``), else ""."""
    if not stem:
        return ""
    m = _NAME_WIRE.search(stem)
    if m is None:
        m = _NAME_ISO.search(stem)
        if m is not None and not m["sep"]:
            left = stem[m.start("y") - 1] if m.start("y") else ""
            right = stem[m.end("d")] if m.end("d") < len(stem) else ""
            if left.isalnum() or right.isalnum():
                m = None  # eight digits run into letters: a number, not a date
    if m is not None and _valid(int(m["y"]), int(m["m"]), int(m["d"])):
        return DateParts(int(m["y"]), int(m["m"]), int(m["d"])).iso()
    return ""


# "NEW YORK, Aug. 7, 1998 (AP) --", "PARIS, 21 janvier 2022 (AFP) -": a dateline that states its year
_LEAD_DATE = lazy(
    rf"^[A-ZÀ-Ý][\w.'’ -]{{1,40}}?,\s*(?:[A-Z][a-z]+\.?,\s*)?(?P<date>(?:{_MONTH_RE})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+"
    rf"(?:19|20)\d{{2}}|\d{{1,2}}(?:er)?\.?\s+(?:{_MONTH_RE})\.?\s+(?:19|20)\d{{2}})\s*(?:\([^)]{{1,30}}\))?\s*(?:[-–—_:]|\.-)",
    re.I,
)


# "Tuesday, January 18, 2005" opening the text or one of its first lines (a caption may stand above):
# the weekday must be the date's own
_LEAD_WEEKDAY = lazy(
    rf"(?:^|\n)[ \t]*(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+"
    rf"(?P<date>(?:{_MONTH_RE})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{{2}}"
    rf"|\d{{1,2}}\.?\s+(?:{_MONTH_RE})\.?,?\s+(?:19|20)\d{{2}})(?!\d)",
    re.I,
)
_WEEKDAY_NUMBER = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}


def date_from_lead(text: str) -> str:
    """The date of a dateline at the start of ``text`` when it states the year, else "".

    Two forms: a wire dateline ("NEW YORK, Aug. 7, 1998 (AP) --") and a weekday with a full date
    opening the text or one of its first three lines ("Tuesday, January 18, 2005 Through a
    telethon, ..."), whose weekday must be the date's own.
    """
    m = _LEAD_DATE.match(text[:160])
    if m:
        return parse_date(m["date"])
    head = "\n".join(text[:400].split("\n")[:5])
    for w in _LEAD_WEEKDAY.finditer(head):
        if head[: w.start()].count("\n") > 4:
            break
        iso = parse_date(w["date"])
        if iso and _dt.date.fromisoformat(iso[:10]).weekday() == _WEEKDAY_NUMBER[w["wd"].lower()]:
            return iso
    return ""
