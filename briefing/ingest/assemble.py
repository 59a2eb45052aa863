"""From blocks of normalised lines to an :class:`~briefing.model.Article`.

Every format reader (text, Markdown, HTML, JSON) produces :class:`Block` objects (runs of lines
that stood together, a blank line between runs) and whatever metadata the format states
(:class:`Meta`). :func:`build_article` then does the same for all of them:

1. for text and Markdown, reads the head of the page: lone section labels, the headline (the
   first line when it reads like one: short, no closing period, set apart from the body),
   bylines and date lines;
2. drops boilerplate lines (:mod:`briefing.ingest.boilerplate`), keeping the metadata they carry;
3. joins hard-wrapped lines into paragraphs while keeping separate paragraphs separate;
4. takes the dateline off the first paragraph (``Geneva, Jan 21 (EFE).-``) and an agency sign-off
   off the last one (``... them. EFE``);
5. settles title, outlet, author, URL and date, stated metadata first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import PurePath

from ..errors import InputError
from ..model import Article
from .boilerplate import (TERMINAL, Hints, classify, is_sentence_like, is_url_line, join_url, strip_glued_caption,
                          word_count)
from .dates import date_from_lead, date_from_name, date_from_url, find_years, parse_date, parse_date_parts
from .lazyre import lazy
from .outlets import (canonical_outlet, expand_from_filename, is_unknown_acronym, outlet_from_domain,
                      outlet_from_filename, republished, same_outlet)


@dataclass
class Block:
    """Lines that stood together in the source; ``heading`` is a Markdown heading level (0: none)."""

    lines: list[str]
    heading: int = 0


@dataclass
class Meta:
    """Metadata the input states explicitly (front matter, JSON fields, HTML meta tags)."""

    title: str = ""
    outlet: str = ""
    url: str = ""
    date: object = ""
    author: str = ""
    extra: dict[str, str] = field(default_factory=dict)


def blocks_from_text(text: str) -> list[Block]:
    """Split normalised text into blocks at blank lines."""
    blocks: list[Block] = []
    current: list[str] = []
    for line in text.split("\n"):
        if line.strip():
            current.append(line.strip())
        elif current:
            blocks.append(Block(current))
            current = []
    if current:
        blocks.append(Block(current))
    return blocks


# ----------------------------------------------------------------------------- head of the page

def looks_like_headline(line: str) -> bool:
    """Short, no closing period, starts like a title: what a headline looks like."""
    text = line.strip()
    words = word_count(text)
    if not 2 <= words <= 30 or len(text) > 220:
        return False
    if text.endswith((".", ",", ";", ":")) or text.endswith(('."', ".'", ".)")):
        return False
    if text[0].islower() or is_url_line(text):
        return False
    return classify(text) is None


def _similar(a: str, b: str) -> bool:
    wa = set(re.findall(r"\w+", a.casefold()))
    wb = set(re.findall(r"\w+", b.casefold()))
    return bool(wa and wb) and len(wa & wb) / len(wa | wb) >= 0.6


def _is_label(block: Block) -> bool:
    line = block.lines[0]
    return len(block.lines) == 1 and word_count(line) <= 3 and not line.endswith(TERMINAL) and not line[0].islower()


def _caption_block(lines: list[str], kinds: list[str | None]) -> bool:
    """A block of caption lines: credits, and text beside them that is not a sentence."""
    if "caption" not in kinds:
        return False
    for j, (line, kind) in enumerate(zip(lines, kinds)):
        if kind is None:
            neighbours = kinds[max(0, j - 1) : j] + kinds[j + 1 : j + 2]
            if "caption" not in neighbours or is_sentence_like(line) or word_count(line) > 40:
                return False
    return True


def read_head(blocks: list[Block], meta: Meta, hints: Hints) -> tuple[str, list[Block]]:
    """Find the headline and the metadata lines at the top; returns (headline, remaining blocks)."""
    headline = ""
    i = 0
    n = len(blocks)
    while i < n:
        block = blocks[i] = Block([strip_glued_caption(line) for line in blocks[i].lines], blocks[i].heading)
        kinds = [classify(line, hints) for line in block.lines]
        if block.heading and not headline and kinds[0] is None and looks_like_headline(block.lines[0]):
            headline = " ".join(block.lines)
            i += 1
            continue
        if all(k is not None for k in kinds) or _caption_block(block.lines, kinds):
            i += 1  # page furniture or a photo caption above the headline
            continue
        if (
            not headline
            and len(block.lines) > 1
            and looks_like_headline(block.lines[0])
            and any(k is None for k in kinds[1:])
            and kinds[1] != "caption"
            and (kinds[1] is not None or join_lines(block.lines)[0] == block.lines[0])
        ):
            # no blank line after the headline, but it stands on its own line
            headline = block.lines[0]
            blocks = blocks[:i] + [Block(block.lines[1:], block.heading)] + blocks[i + 1 :]
            n = len(blocks)
            continue
        if "caption" in kinds:
            break  # caption text next to its credit: the body cleaning drops them together
        if not headline and looks_like_headline(block.lines[0]) and all(k is not None for k in kinds[1:]):
            # a lone label ("Politics", "Europe Desk") above the real headline
            if _is_label(block) and i + 1 < n and looks_like_headline(blocks[i + 1].lines[0]) and all(
                classify(line) is not None for line in blocks[i + 1].lines[1:]
            ) and not is_sentence_like(blocks[i + 1].lines[0]):
                i += 1
                continue
            headline = block.lines[0]
            i += 1
            continue
        break
    rest = blocks[i:]
    if meta.title and headline and not _similar(meta.title, headline):
        # the stated title wins; a different first line is kept as text
        rest = [Block([headline])] + rest
    return headline, rest


# ----------------------------------------------------------------------------- body cleaning

def clean_blocks(blocks: list[Block], hints: Hints) -> list[Block]:
    """Drop boilerplate lines from every block, keeping what they say in ``hints``."""
    out: list[Block] = []
    related = False  # inside a "Related Articles" list of link titles
    expect_url = False
    for block in blocks:
        block = Block([strip_glued_caption(line) for line in block.lines], block.heading)
        kinds = [classify(line, hints) for line in block.lines]
        if related:
            # a block after a "Related" heading: link titles are short and are not sentences
            content = [line for line, kind in zip(block.lines, kinds) if kind is None]
            if all(not is_sentence_like(p) and word_count(p) <= 25 for p in join_lines(content)):
                continue
            related = False
        keep: list[str] = []
        in_block_related = False
        has_caption = "caption" in kinds
        for j, (line, kind) in enumerate(zip(block.lines, kinds)):
            if expect_url and kind == "url":
                if not hints.url:
                    hints.url = join_url(line)
                expect_url = False
                continue
            expect_url = kind == "url-label"
            if kind is not None:
                if kind == "nav" and re.match(r"^(?:related|more |read (?:more|also|next)|see also|also read|recommended|you (?:may|might)|most |trending|top stories|editor|latest|lire|à lire|voir|leer|lea|mehr)", line.strip("*_# "), re.I):
                    related = in_block_related = True
                continue
            if in_block_related:
                if not is_sentence_like(line) and word_count(line) <= 25:
                    continue
                in_block_related = False
            # caption text next to a credit line: the neighbours that are not sentences
            if has_caption and "caption" in kinds[max(0, j - 1) : j] + kinds[j + 1 : j + 2]:
                if not is_sentence_like(line) and word_count(line) <= 40:
                    continue
            keep.append(line)
        if keep:
            out.append(Block(keep, block.heading))
    return out


def join_lines(lines: list[str]) -> list[str]:
    """Paragraphs from the lines of one block: hard-wrapped lines are joined, others kept apart."""
    if not lines:
        return []
    if len(lines) == 1:
        return [lines[0]]
    width = max(len(line) for line in lines)
    paragraphs: list[list[str]] = [[lines[0]]]
    for prev, line in zip(lines, lines[1:]):
        ends = prev.endswith(TERMINAL)
        starts_lower = line[:1].islower()
        if width > 100:
            # lines longer than any wrap width: each is a paragraph, unless a sentence runs on
            new = not (not ends and starts_lower)
        else:
            short = len(prev) < 0.7 * width
            new = (ends and short) or (short and not ends and not starts_lower and len(prev) < 0.5 * width)
        if new:
            paragraphs.append([line])
        else:
            paragraphs[-1].append(line)
    out = []
    for group in paragraphs:
        text = group[0]
        for line in group[1:]:
            if re.search(r"[A-Za-zÀ-ÿ]-$", text) and line[:1].islower():
                text += line  # a word broken at a hyphen: keep the hyphen, join without a space
            else:
                text += " " + line
        out.append(text)
    return out


# ----------------------------------------------------------------------------- dateline, sign-off

_PLACE = r"[A-ZÀ-Ý][\w'.-]*(?:[ -](?:[A-ZÀ-Ý][\w'.-]*|de|del|of|am|an|sur|en))*?"
_DATELINE_AGENCY = lazy(
    rf"^(?P<place>{_PLACE}(?:,\s*{_PLACE}){{0,2}}?)(?:,\s*(?P<date>[^(),\d]{{0,12}}\d[^(),]{{0,20}}?))?\s*"
    rf"\((?P<agency>[^()]{{2,40}})\)\s*(?:\.\s*-+|[-–—_]{{1,2}}|:|\.)\s*(?=[A-ZÀ-Ý\u0400-\u042f\"'«\d])"
)
_DATELINE_CAPS = lazy(
    r"^(?P<place>[A-ZÀ-Ý][A-ZÀ-Ý'.]+(?:[ -][A-ZÀ-Ý'.]+){0,3})(?:,\s*(?P<region>[A-Z][\w.]+(?: [A-Z][\w.]+)?))?"
    r"(?:,\s*(?P<date>[^(),—–\d-]{0,12}\d[^(),—–-]{0,20}?))?\s*(?:[-–—]{1,2}|\.\s*-)\s*(?=[A-ZÀ-Ý\u0400-\u042f\"'«\d])"
)
_DATELINE_BARE_AGENCY = lazy(r"^\((?P<agency>[A-Z][\w .-]{1,30})\)\s*(?:[-–—_]{1,2}\s*)?(?=[A-Z\"'])")
_SIGNOFF = lazy(
    r"(?<=[.!?\"'»”])\s+(?:[-–—]\s*)?\(?(?P<agency>[A-Z][\w-]{1,20}(?: [A-Z][\w-]+){0,2})\)?\s*$"
)


@dataclass
class Dateline:
    """What a dateline says: place, agency, and the date as written (may lack a year)."""

    place: str = ""
    agency: str = ""
    date: str = ""


def strip_dateline(paragraph: str) -> tuple[str, Dateline | None]:
    """Take a dateline off the start of the first paragraph."""
    m = _DATELINE_AGENCY.match(paragraph)
    if m:
        agency = m["agency"].strip()
        name = canonical_outlet(agency)
        ok = name is not None or (
            word_count(agency) <= 4 and all(w[:1].isupper() for w in agency.split()) and not re.search(r"\d", agency)
        )
        if ok and (m["date"] is None or parse_date_parts(m["date"]) is not None):
            return paragraph[m.end() :], Dateline(m["place"], name or agency, m["date"] or "")
    m = _DATELINE_BARE_AGENCY.match(paragraph)
    if m and canonical_outlet(m["agency"]):
        return paragraph[m.end() :], Dateline("", canonical_outlet(m["agency"]) or "", "")
    m = _DATELINE_CAPS.match(paragraph)
    if m and len(m["place"].replace(" ", "")) >= 3 and (m["date"] is None or parse_date_parts(m["date"]) is not None):
        return paragraph[m.end() :], Dateline(m["place"], "", m["date"] or "")
    return paragraph, None


def strip_signoff(paragraph: str) -> tuple[str, str]:
    """Take an agency sign-off (``... them. EFE``) off the last paragraph: (text, agency)."""
    m = _SIGNOFF.search(paragraph)
    if m:
        name = canonical_outlet(m["agency"])
        if name:
            return paragraph[: m.start()].rstrip(), name
    return paragraph, ""


_SPACE_RUN = re.compile(r" {2,}")
_EMPHASIS = lazy(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")


def strip_emphasis(line: str) -> str:
    """``**bold**`` and ``__bold__`` markers off a plain-text line."""
    if "**" not in line and "__" not in line:
        return line
    return _EMPHASIS.sub(r"\2", line)


_WORD = re.compile(r"\w+")


def _words_key(folded: str) -> str:
    """The words of a case-folded paragraph, one space apart: equal for repeats."""
    return " ".join(_WORD.findall(folded))


def drop_repeats(paragraphs: list[str]) -> list[str]:
    """Paragraphs without exact repeats (a scraping artefact); the first occurrence stays.

    Two paragraphs repeat each other when they have the same words (case and punctuation
    aside). Counts of a few letters, which repeats share, sort paragraphs into buckets first,
    so the words are compared only within a bucket (rarely more than one paragraph).
    """
    buckets: dict[tuple[int, int, int, int], list[str]] = {}  # letter counts -> kept, case-folded
    out = []
    for paragraph in paragraphs:
        folded = paragraph.casefold()
        cheap = (folded.count("e"), folded.count("a"), folded.count("t"), folded.count("o"))
        kept = buckets.get(cheap)
        if kept is None:
            buckets[cheap] = [folded]
        else:
            key = _words_key(folded)
            if any(_words_key(other) == key for other in kept):
                continue
            kept.append(folded)
        out.append(paragraph)
    return out


_SUFFIX_SEP = lazy(r"\s+(?:\||–|—|-|::|»)\s+")
_DATE_LIKE = lazy(r"^[\d./ -]{6,12}$|^\d{1,2}\.\d{1,2}\.\d{2,4}$")


def split_site_suffix(headline: str, site: str = "") -> tuple[str, str]:
    """``Talks end | Reuters`` -> (``Talks end``, ``Reuters``); other headlines are left alone.

    Trailing parts after `` | `` that are an outlet, the page's own site name, a short name or a
    date go, however many there are (``New initiative | DW | 19.01.2020`` -> ``New initiative``,
    ``DW``); after a dash only a known outlet or the site name goes (``Talks end - Reuters``).

    Args:
        headline: the headline as the page gives it.
        site: the page's site name, when known.

    Returns:
        The headline and the outlet its suffix named ("" when none).
    """
    outlet = ""
    text = headline.strip()
    for _ in range(3):
        m = None
        for m in _SUFFIX_SEP.finditer(text):
            pass
        if m is None or not text[: m.start()].strip():
            break
        head, tail, sep = text[: m.start()].strip(), text[m.end():].strip().strip("."), m.group().strip()
        known = canonical_outlet(tail) or (tail if site and tail.casefold() == site.strip().casefold() else "")
        if _DATE_LIKE.match(tail) or parse_date(tail):
            text = head
            continue
        if known or (sep == "|" and word_count(tail) <= 4 and word_count(head) >= 3):
            outlet = outlet or known or tail
            text = head
            continue
        break
    return text, outlet


# ----------------------------------------------------------------------------- the article

_LETTERS = re.compile(r"[^\W\d_]{2,}")
_MARKS = re.compile(r"[^\w\s]")


def has_sentence(text: str, language: str = "english") -> bool:
    """True when ``text`` holds at least one sentence of two or more words."""
    if not re.search(r"\w", text):
        return False
    from ..nlp import split_sentences

    def wordy(chunk: str, words: list[str] | None = None) -> bool:
        if words is None:
            words = _LETTERS.findall(chunk)
        # two words, or one long run of a script written without spaces (Chinese, Japanese, Thai)
        return len(words) >= 2 or any(len(w) >= 4 and not w.isascii() and not re.search("[À-ɏ]", w) for w in words)

    for paragraph in text.split("\n\n"):
        words = _LETTERS.findall(paragraph)
        if not wordy(paragraph, words):
            continue
        # The splitter breaks only after a mark (a full stop, a bullet, a list label's bracket) or
        # at a line break, never inside a run of letters, and at most twice at one mark: a
        # paragraph with more words than it can make sentences has a sentence of two words.
        if len(words) > 2 * len(_MARKS.findall(paragraph)) + paragraph.count("\n") + 1:
            return True
        if any(wordy(s) for s in split_sentences(paragraph, language)):
            return True
    return False


def build_article(
    blocks: list[Block],
    meta: Meta,
    origin: str,
    *,
    read_headline: bool,
    path: str | None = None,
) -> Article:
    """Clean the blocks of one article and settle its metadata (see the module docstring)."""
    hints = Hints()
    headline = ""
    if read_headline:
        headline, blocks = read_head(blocks, meta, hints)
    elif meta.title:
        # a first paragraph that repeats the stated title is the title, not the body
        if blocks and len(blocks[0].lines) == 1 and blocks[0].lines[0].strip().casefold() == meta.title.strip().casefold():
            blocks = blocks[1:]
    blocks = clean_blocks(blocks, hints)
    paragraphs: list[str] = []
    for block in blocks:
        paragraphs.extend(join_lines(block.lines))
    paragraphs = [p for p in ((_SPACE_RUN.sub(" ", p) if "  " in p else p).strip() for p in paragraphs) if p]
    paragraphs = drop_repeats(paragraphs)

    dateline: Dateline | None = None
    if paragraphs:
        first, dateline = strip_dateline(paragraphs[0])
        first = first.strip()
        if first:
            paragraphs[0] = first
        else:
            paragraphs.pop(0)
    signoff = ""
    if paragraphs:
        last, signoff = strip_signoff(paragraphs[-1])
        if last.strip():
            paragraphs[-1] = last
        else:
            paragraphs.pop()
    text = "\n\n".join(paragraphs)

    headline, site = split_site_suffix(headline)
    title = str(meta.title or headline).strip()
    url = str(meta.url or hints.url).strip()
    author = str(meta.author or (hints.authors[0] if hints.authors else "")).strip()
    outlet = str(meta.outlet).strip()
    if not outlet:
        candidates = [
            hints.reprint_outlet,
            *hints.byline_outlets,
            dateline.agency if dateline else "",
            signoff,
            hints.source_outlet,
            site,
            *hints.lone_outlets,
            hints.copyright_outlet,
            outlet_from_domain(url) if url else "",
            outlet_from_filename(PurePath(path).stem) if path else "",
        ]
        outlet = next((c for c in candidates if c), "")
        if path and is_unknown_acronym(outlet):
            outlet = expand_from_filename(outlet, PurePath(path).stem) or outlet
        # a story first published elsewhere keeps both names ("AFP via The Moscow Times")
        site = outlet_from_domain(url) if url and hints.reprint_outlet and outlet == hints.reprint_outlet else ""
        if site and canonical_outlet(site) and not same_outlet(site, outlet):
            outlet = republished(outlet, site)
    via = str(meta.extra.get("via") or "").strip()
    if outlet and via and not same_outlet(via, outlet):
        outlet = republished(outlet, canonical_outlet(via) or via)

    date = parse_date(meta.date) if meta.date not in (None, "") else ""
    if not date and hints.dates:
        date = hints.dates[0]
    if not date and dateline and dateline.date:
        parts = parse_date_parts(dateline.date)
        if parts is not None:
            years = set(find_years(" ".join(hints.dates) + " " + text))
            if url and date_from_url(url):
                years.add(int(date_from_url(url)[:4]))
            date = parts.iso(years.pop() if len(years) == 1 else None)
    if not date and url:
        date = date_from_url(url)
    if not date:  # a dateline with its year, or a wire identifier or dated file name
        date = date_from_lead(text) or (date_from_name(PurePath(path).stem) if path else "")

    if not text.strip():
        raise InputError(origin, "no article text (after removing the headline, metadata and boilerplate nothing is left)")
    if not has_sentence(text):
        raise InputError(origin, "the article has no sentences")
    return Article(text=text, title=title, outlet=outlet, url=url, date=date, author=author, origin=origin)
