"""The quotation finder: every quotation of an article with its speaker, and a story's key quotes.

:func:`read_article` reads one article paragraph by paragraph: quotation marks
(:mod:`.marks`), the attribution next to each quotation (:mod:`.attribution`), then what runs
over sentences and paragraphs:

- parts of one quotation split by an attribution (``"A," he said, "B."``, ``"A," he said. "B."``)
  are one quotation;
- a quotation left open at the end of a paragraph goes on in the next paragraph that opens with
  a mark;
- a paragraph that opens with a quotation and has no attribution of its own takes the speaker of
  a colon introduction before it (``Caddell continued:``), else, when it holds nothing but
  quotations, the speaker of the paragraph before (a run of paragraphs of one speaker).

Speakers are resolved against the people the article names (:mod:`.names`): the fullest form of
a name, he/she to the most recent fitting person, a description to a name only where the article
ties them. A place, a date, a dateline, a title alone or a phrase that names no one is never a
speaker: such a quotation is unattributed (``how == "none"``).

:class:`QuoteFinder` builds the key quotes of a story from these: attributed quotations of
several words that read as statements, the same words from several outlets merged into one quote
citing every source, ranked by outlets, the speaker's prominence and length.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from types import ModuleType

from ...model import Article, Citation, Point, Quote, Sentence
from ..text import Locator, outlet_key, term
from .attribution import (
    Cue, Speaker, according_cue, after_cue, before_cue, classify, colon_cue, group_cue, intro_cue, label_cue,
    tail_cue,
)
from .marks import Span, Token, quote_marks, sentence_bounds, tokenize
from .names import People, norm

_QWORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*", re.UNICODE)
_WINDOW = 3  # paragraphs before a quotation where a he/she may find its person
_ANY_MARK = re.compile(r"[\"“”„«»‘’]")
_URL = re.compile(r"https?://|www\.|\.(?:com|org|net|gov)\b", re.IGNORECASE)
_LENIENT_ENDINGS = ",?!—–-…:;"

#: How a quotation was attributed (:attr:`Quotation.how`).
HOW = ("named", "pronoun", "description", "run", "organisation", "none")


def words_of(language: str) -> ModuleType:
    """The ``quotes`` word lists of a language (English's, with a warning, when it has none)."""
    from ...lang import part

    return part(language, "quotes")


@dataclass(frozen=True)
class Quotation:
    """One direct quotation of an article.

    Attributes:
        text: the quoted words, parts joined ("A. B.").
        parts: character spans of the quoted words (marks excluded) in the article's cleaned text,
            one per part of a quotation split by an attribution or running over paragraphs.
        speaker_as_written: the speaker's words next to the quotation ("he", "Mr. Obama",
            "a State Department spokesman"); "" when none.
        speaker: the speaker resolved to the fullest name the article gives ("Barack Obama"), a
            description the article ties to no name ("a State Department spokesman"), an
            organisation ("The ministry"); "" when the speaker cannot be told.
        how: "named" (a name next to it), "pronoun" (he/she resolved), "description", "run" (the
            speaker of the paragraphs before), "organisation" or "none".
        paragraph: index of the paragraph of its first part.
    """

    text: str
    parts: tuple[tuple[int, int], ...]
    speaker_as_written: str
    speaker: str
    how: str
    paragraph: int


@dataclass
class RawQuote:
    """One quotation as found in one article of a story (the finder's working record)."""

    article: int
    paragraph: int
    start: int  # span of the first part's quoted words in the article text
    end: int
    text: str
    cite_start: int  # span of the sentences holding the quotation and its attribution
    cite_end: int
    speaker: str = ""  # as written until :meth:`QuoteFinder.resolve`, then resolved
    how: str = ""
    parts: list[tuple[int, int]] = field(default_factory=list)
    resolved: str = ""
    written: str = ""
    statement: bool = True  # reads as a statement (not a fragment of a few words)


@dataclass
class _Q:
    paragraph: int
    parts: list[tuple[int, int]]  # article offsets
    texts: list[str]
    cue: Cue | None
    ps: int  # paragraph start of the cue
    source: "_Q | None" = None  # a run or continuation: whose speaker it takes
    rule: str = ""
    open_end: bool = False
    span_lo: int = 0
    span_hi: int = 0
    label: str = ""
    fragment: bool = False


@lru_cache(maxsize=1 << 16)
def _tokens_of(para: str, spans: tuple[Span, ...], abbreviations: frozenset[str]) -> tuple[list[Token], list[tuple[int, int]]]:
    """Tokens and sentence bounds of a paragraph (wire copy repeats paragraphs: read once)."""
    toks = tokenize(para, list(spans), abbreviations)
    return toks, sentence_bounds(toks, list(spans))


def _dateline(toks: list[Token]) -> frozenset[str]:
    """Words of a dateline opening the article ("WASHINGTON —", "SAN MIGUEL, Philippines (AP) —")."""
    out = []
    for t in toks[:12]:
        if t.kind == "w" and (t.text.isupper() or t.cap):
            out.append(norm(t.text))
        elif t.kind == "p" and t.text in (",", "(", ")"):
            continue
        elif t.kind == "p" and t.text in ("—", "–", "-", "―", "--"):
            return frozenset(out) if out and toks[0].text.isupper() and len(toks[0].text) > 1 else frozenset()
        else:
            break
    return frozenset()


def _n_words(text: str) -> int:
    return len(_QWORD.findall(text))


def _once(name: str) -> str:
    """``name`` without a word repeated next to itself (a typo such as "Arafat Arafat")."""
    words = name.split()
    return " ".join(w for k, w in enumerate(words) if not k or w != words[k - 1])


def _named_by(text: str, start: int, W: ModuleType) -> bool:
    """Does the quotation opening at ``start`` follow a naming word ("entitled", "dubbed",
    "known as": ``W.NAMING_WORDS``)? Then it is a title or a name, not speech."""
    words = getattr(W, "NAMING_WORDS", ())
    if not words:
        return False
    before = text[max(0, start - 40):start].rstrip(" \t\"'“”«»‘’„").rstrip(" ,:").lower()
    return before.endswith(tuple(" " + w for w in words)) or before in words


def _title_like(text: str, W: ModuleType) -> bool:
    """Titles and names in quotation marks ("Ministry of Truth", "The Apprentice")."""
    words = _QWORD.findall(text)
    content = [w for w in words if w.lower() not in W.DETERMINERS and w.lower() not in ("of", "and", "in", "on", "to", "for", "de", "et")]
    if not content or len(words) > 14:
        return not content
    caps = sum(1 for w in content if w[:1].isupper())
    if caps / len(content) < 0.75:
        return False
    # a title keeps the full stop of the sentence it ends (on CNN's "State of the Union."), a
    # statement of a few capitalised words does not read as one ("Make America Great Again!")
    end = text.rstrip()[-1:]
    return end not in ".!?" or (end == "." and caps == len(content) and len(words) <= 6)


def _fragment(text: str, sentence_start: bool) -> bool:
    """A phrase quoted inside a sentence ("a swift, severe response"), not a statement."""
    t = text.strip()
    if sentence_start or t[:1].isupper() and _n_words(t) >= 6:
        return False
    return _n_words(t) < 6 or t[:1].islower() and not t.rstrip()[-1:] in ".!?"


def _join(first: str, second: str) -> str:
    """Two parts of one quotation split by an attribution."""
    a = first.rstrip()
    b = second.lstrip()
    if not a:
        return b
    if a.endswith(","):
        a = a[:-1] + ("." if b[:1].isupper() else ",")
    elif a[-1:] not in ".!?…—–-":
        a += "." if b[:1].isupper() else ""
    return f"{a} {b}"


def _clean(text: str) -> str:
    """The quoted words as shown: no trailing comma or dangling punctuation."""
    t = text.strip()
    while t and t[-1] in ",;:–—-":
        t = t[:-1].rstrip()
    if t.endswith(".,") or t.endswith(".;"):
        t = t[:-1]
    return t


def _same_phrase(a: Cue | None, b: Cue | None) -> bool:
    return a is not None and b is not None and [t.start for t in a.phrase] == [t.start for t in b.phrase]


def _read(article: Article, W: ModuleType) -> tuple[list[_Q], People, list[tuple[int, list[Token]]]]:
    """Every quotation of one article with its cue (see the module docstring)."""
    text = article.text
    paras = []
    for ps, pe in article.paragraph_spans():
        para = text[ps:pe]
        spans = quote_marks(para)
        paras.append((ps, pe, para, spans))
    # an unclosed quotation inside a paragraph goes on only when the next paragraph opens with a mark
    for p, (ps, pe, para, spans) in enumerate(paras):
        if spans and not spans[-1].closed and para[:spans[-1].mark].strip():
            nxt = paras[p + 1][2].lstrip() if p + 1 < len(paras) else ""
            if nxt[:1] not in "\"“«„":
                paras[p] = (ps, pe, para, spans[:-1])
    # paragraphs with a quotation and the few before them are read word by word; the others
    # only for the names they give (fast)
    near = {0}
    for p, (_, _, _, spans) in enumerate(paras):
        if spans:
            near.update(range(max(0, p - 1), p + 1))
    tokened = []
    for p, (ps, pe, para, spans) in enumerate(paras):
        if p in near:
            toks, bounds = _tokens_of(para, tuple(spans), W.ABBREVIATIONS)
        else:
            toks, bounds = [], []
        tokened.append((ps, pe, para, spans, toks, bounds))
    dateline = _dateline(tokened[0][4]) if tokened else frozenset()

    out: list[_Q] = []
    prev_last: _Q | None = None
    prev_open = False
    prev_colon: tuple[Cue, int] | None = None
    prev_attributed: _Q | None = None
    for p, (ps, pe, para, spans, toks, sents) in enumerate(tokened):
        sent_of = {}
        for s0, s1 in sents:
            for k in range(s0, s1):
                sent_of[k] = (s0, s1)
        qidx = [k for k, t in enumerate(toks) if t.kind == "q"]
        here: list[_Q] = []
        last: _Q | None = None
        last_attr: _Q | None = None
        last_k = -1
        signatures: set[int] = set()  # quotation tokens that are a speaker's name ('- "Fiona"')
        for k in qidx:
            if k in signatures:
                continue
            span: Span = spans[toks[k].quote]
            inner = para[span.start:span.end]
            s0, s1 = sent_of.get(k, (0, len(toks)))
            lab = label_cue(inner, W)
            cue: Cue | None = None
            if not lab:
                ending = inner.rstrip()[-1:]
                cue = after_cue(toks, k, len(toks), W, strict=ending not in _LENIENT_ENDINGS)
                if cue is None:
                    # ', the ministry said.' closing the sentence speaks for all of it
                    cue = tail_cue(toks, k, s1, W)
                    if cue is not None and not (cue.last + 1 >= s1 or toks[cue.last + 1].text in ".!?"):
                        cue = None
                if cue is None:
                    cue = before_cue(toks, k, s0, W)
                if cue is None:
                    cue = tail_cue(toks, k, s1, W)
                if cue is None:
                    cue = according_cue(toks, s0, s1, W)
                if cue is None and k == s0 and s0 > 0:
                    prev_s = sent_of.get(s0 - 1)
                    if prev_s is not None:
                        cue = colon_cue(toks, prev_s[0], prev_s[1], W)
                        # '"A," said X, a lawyer. "B."': B goes on with A's speaker
                        if cue is None and last_attr is not None and last_attr.cue is not None \
                                and last_attr.cue.rule in ("after", "tail") and last_attr.cue.last >= prev_s[0] \
                                and last_attr.cue.last < prev_s[1]:
                            if last is last_attr and not lab:
                                last.parts.append((ps + span.start, ps + span.end))
                                last.texts.append(inner)
                                last.open_end = not span.closed
                                last.span_hi = ps + (span.end + 1 if span.closed else span.end)
                                last_k = k
                                continue
                            cue = last_attr.cue
                        if cue is None:
                            cue = intro_cue(toks, prev_s[0], prev_s[1], W)
                if cue is not None:
                    cue = group_cue(cue, toks, sent_of, W)
                    if cue.rule in ("after", "signature"):
                        signatures.update(m for m in range(cue.first, cue.last + 1) if toks[m].kind == "q")
            opens_paragraph = not para[:span.mark].strip()
            # one quotation split by its attribution, or going on after it
            if last is not None and not lab:
                between = toks[last_k + 1:k]
                covered = set()
                if last.cue is not None and last.cue.rule in ("after", "tail"):
                    covered = set(range(last.cue.first, last.cue.last + 1))
                glue = all(t.kind == "p" or (last_k + 1 + m) in covered for m, t in enumerate(between))
                words_between = [t for t in between if t.kind == "w"]
                if glue and (cue is None or _same_phrase(cue, last.cue) or (not words_between and cue.rule == "before")) \
                        and not (words_between and last.cue is None):
                    last.parts.append((ps + span.start, ps + span.end))
                    last.texts.append(inner)
                    last.open_end = not span.closed
                    last.span_hi = ps + (span.end + 1 if span.closed else span.end)
                    last_k = k
                    continue
            q = _Q(p, [(ps + span.start, ps + span.end)], [inner], cue, ps, open_end=not span.closed,
                   span_lo=ps + span.mark, span_hi=ps + (span.end + 1 if span.closed else span.end), label=lab)
            q.fragment = _fragment(inner, k == s0 or (k > 0 and toks[k - 1].text == ":"))
            if cue is None and not lab and opens_paragraph and not here:
                if prev_open and prev_last is not None:
                    prev_last.parts.append((ps + span.start, ps + span.end))
                    prev_last.texts.append(inner)
                    prev_last.open_end = not span.closed
                    last, last_k = prev_last, k
                    continue
                if prev_colon is not None:
                    q.cue, q.ps, q.rule = prev_colon[0], prev_colon[1], "colon"
                elif prev_attributed is not None and _only_quotes(toks, qidx):
                    q.source, q.rule = prev_attributed, "run"
            here.append(q)
            out.append(q)
            last, last_k = q, k
            if q.cue is not None and _n_words(inner) >= 2:
                last_attr = q
        # what the next paragraph may take from this one
        prev_last = here[-1] if here else (last if last is not None and qidx else None)
        prev_open = bool(qidx) and last is not None and last.open_end and toks[-1].kind == "q"
        prev_colon = None
        if sents:
            s0, s1 = sents[-1]
            c = colon_cue(toks, s0, s1, W)
            if c is not None:
                prev_colon = (c, ps)
        attributed = [q for q in here if q.cue is not None or q.label or q.source is not None]
        if here or not qidx:
            prev_attributed = attributed[-1] if attributed and here and here[-1] in attributed else None
        elif last is not None and (last.cue is not None or last.label or last.source is not None):
            prev_attributed = last
    # the people of the article: read word by word where a he/she may look for its person (the
    # paragraphs up to _WINDOW before one), elsewhere only for the names they give
    window: set[int] = set()
    kinds = []
    for q in out:
        sp = classify(q.cue.phrase, W) if q.cue is not None else None
        kinds.append(sp)
        if sp is not None and sp.kind in ("pronoun", "description"):
            window.update(range(max(0, q.paragraph - _WINDOW), q.paragraph + 1))
    rows: list = []
    for p, (ps, pe, para, spans, toks, sents) in enumerate(tokened):
        if p in window:
            if p not in near:
                toks, sents = _tokens_of(para, tuple(spans), W.ABBREVIATIONS)
            rows.append((ps, para, toks, sents))
        else:
            rows.append((ps, para, None, None))
    people = People(rows, W, dateline)
    for sp in kinds:
        if sp is not None and sp.kind == "name":
            people.note_speaker(sp.words)
    return out, people, [(ps, toks) for ps, _, _, _, toks, _ in tokened]


def _spoken(q: _Q, W: ModuleType) -> bool:
    """Is a phrase quoted inside a sentence said by someone, even one who cannot be named ("one
    questioner claimed that the "..."", "he told a friend that "...""): a speech verb or "according
    to" attributes it, not "what is criticised as a "..."" (a passive verb has no speaker)."""
    if q.cue is None or q.cue.rule not in ("before", "after", "tail", "according", "signature"):
        return False
    sp = classify(q.cue.phrase, W)
    return sp.kind in ("name", "pronoun", "description", "organisation") and sp.text not in W.PLURAL_PRONOUNS


def _only_quotes(toks: list[Token], qidx: list[int]) -> bool:
    """A paragraph of nothing but quotations (and punctuation)."""
    return bool(qidx) and all(t.kind != "w" for t in toks)


def _resolve(q: _Q, people: People, W: ModuleType, paragraph_starts: list[int]) -> tuple[str, str, str]:
    """(speaker as written, resolved speaker, how) of one quotation."""
    if q.source is not None:
        written, speaker, how = _resolve(q.source, people, W, paragraph_starts)
        return written, speaker, ("run" if speaker else "none")
    if q.label:
        words = tuple(w.capitalize() if w.isupper() and len(w) > 2 and "." not in w else w for w in q.label.split())
        return q.label, people.canonical(words), "named"
    if q.cue is None:
        return "", "", "none"
    sp: Speaker = classify(q.cue.phrase, W)
    written = " ".join(t.text for t in q.cue.phrase)
    if sp.kind == "name":
        words = tuple(_once(" ".join(sp.words)).split())  # "Arafat Arafat"
        if len(words) == 1 and people.is_place(words[0]):
            return written, "", "none"
        if written.endswith(("'s", "’s")):
            return written, "", "none"  # "China's current system "must not ...," Jiang said": no speaker
        if any(norm(w) in people.dateline for w in words) and len(words) <= 2 and all(w.isupper() for w in words):
            return written, "", "none"
        gender = ""
        return written, _once(people.canonical(words, gender)), "named"
    if sp.kind == "pronoun":
        if sp.text in W.MALE_PRONOUNS:
            gender = "m"
        elif sp.text in W.FEMALE_PRONOUNS:
            gender = "f"
        else:
            return written, "", "none"
        at = q.ps + sp.pos
        since = paragraph_starts[max(0, q.paragraph - _WINDOW)]
        name = people.pronoun(at, gender, since)
        if not name:
            return written, "", "none"
        return written, people.canonical(name, gender), "pronoun"
    if sp.kind == "description":
        name = people.by_description(list(sp.words))
        if name:
            return written, people.canonical(name), "description"
        content = [w for w in sp.words if w.lower() not in W.DETERMINERS and w.lower() not in W.GENERIC_WORDS]
        if len(content) <= 1:
            return written, "", "none"  # a title alone ("the president") names no one
        return written, sp.text, "description"
    if sp.kind == "organisation":
        ws = sp.text.split()
        if ws and ws[0].lower() in W.DETERMINERS and len(ws) > 1 and not all(w[:1].isupper() for w in ws[1:]):
            ws = ws[1:]  # "the German chancellery" -> "German chancellery"; "The New York Times" stays
        shown = " ".join(ws)
        return written, shown[:1].upper() + shown[1:], "organisation"
    return written, "", "none"


def _story_names(raw: list[RawQuote], everyone: list[People], W: ModuleType) -> None:
    """One name per person across the story's articles: the form the articles use most
    ("Blinken" -> "Antony Blinken" named in full by another outlet), and descriptions one
    article leaves open that another ties to a name."""
    forms: dict[str, dict[tuple[str, ...], int]] = {}
    for people in everyone:
        for surname, d in people.forms.items():
            agg = forms.setdefault(surname, {})
            for f, c in d.items():
                agg[f] = agg.get(f, 0) + c
    story = People([], W, frozenset())
    story.forms = forms
    for people in everyone:
        for key, v in people.gender_votes.items():
            g = story.gender_votes.setdefault(key, [0, 0])
            g[0] += v[0]
            g[1] += v[1]
    for people in everyone:
        for key, titles in people.titles_of.items():
            story.titles_of.setdefault(key, set()).update(titles)
    for q in raw:
        if not q.resolved:
            continue
        if q.how == "description" and q.resolved == " ".join(q.written.split()):
            hit = story.by_description(q.written.split())
            if hit:
                q.resolved = story.canonical(hit)
            continue
        if q.how in ("named", "pronoun", "run", "description") and q.resolved[:1].isupper():
            q.resolved = story.canonical(tuple(q.resolved.split()))


def read_article(article: Article, language: str = "english") -> list[Quotation]:
    """Every direct quotation of one article (see :func:`briefing.find_quotes`)."""
    W = words_of(language)
    found, people, paras = _read(article, W)
    starts = [ps for ps, _ in paras] or [0]
    out = []
    for q in found:
        text = ""
        for t in q.texts:
            text = _join(text, t)
        if _n_words(text) < 4 or _title_like(text, W) or _named_by(article.text, q.parts[0][0], W):
            continue
        written, speaker, how = _resolve(q, people, W, starts)
        if not speaker and q.fragment and not _spoken(q, W):
            continue  # a phrase quoted by the writer, not a statement of anyone's
        out.append(Quotation(_clean(text), tuple(q.parts), written, speaker, how, q.paragraph))
    return out


@dataclass(frozen=True)
class QuoteFinder:
    """Finds, attributes, merges and ranks direct quotations.

    Attributes:
        language: the language whose word lists are read (speech verbs, titles, pronouns).
        min_words: the shortest quotation kept (shorter ones are scare quotes), at least 1.
        limit: the number of key quotes :meth:`run` returns, at least 0.
        per_speaker: the most key quotes of one speaker, at least 1.
        merge_overlap: the least share of the shorter quotation's words found in the other for
            two quotations to be the same, in (0, 1].

    Raises:
        ValueError: a value is out of range (the message names the parameter).
    """

    language: str = "english"
    min_words: int = 4
    limit: int = 5
    per_speaker: int = 3
    merge_overlap: float = 0.5

    def __post_init__(self) -> None:
        if not isinstance(self.language, str) or not self.language.strip():
            raise ValueError(f"language must be a language name, not {self.language!r}")
        if not isinstance(self.min_words, int) or self.min_words < 1:
            raise ValueError(f"min_words must be an integer of at least 1, not {self.min_words!r}")
        if not isinstance(self.limit, int) or self.limit < 0:
            raise ValueError(f"limit must be an integer of at least 0, not {self.limit!r}")
        if not isinstance(self.per_speaker, int) or self.per_speaker < 1:
            raise ValueError(f"per_speaker must be an integer of at least 1, not {self.per_speaker!r}")
        if not isinstance(self.merge_overlap, (int, float)) or not 0 < self.merge_overlap <= 1:
            raise ValueError(f"merge_overlap must be a number in (0, 1], not {self.merge_overlap!r}")

    def run(self, articles: list[Article], sentences: list[Sentence]) -> list[Quote]:
        """The key quotes of the story, most important first.

        Args:
            articles: the story's articles.
            sentences: their sentences (:func:`briefing.nlp.segment`).

        Returns:
            At most ``limit`` quotes, each with its speaker and a citation per article.
        """
        return self.find(articles, sentences)

    # -- finding -------------------------------------------------------------------------

    def raw_quotes(self, articles: list[Article], sentences: list[Sentence]) -> list[RawQuote]:
        """Every quotation of at least ``min_words`` words, speaker as written (see :meth:`resolve`)."""
        W = words_of(self.language)
        locator = Locator(articles, sentences)
        out: list[RawQuote] = []
        everyone: list[People] = []
        for a, article in enumerate(articles):
            if not _ANY_MARK.search(article.text):
                continue  # no quotation mark: nothing to read
            found, people, paras = _read(article, W)
            everyone.append(people)
            starts = [ps for ps, _ in paras] or [0]
            for q in found:
                text = ""
                for t in q.texts:
                    text = _join(text, t)
                if _n_words(text) < self.min_words or _title_like(text, W):
                    continue
                if _named_by(article.text, q.parts[0][0], W):
                    continue  # the seminar, entitled "Latin America: a steady ship ...?": a title
                written, speaker, how = _resolve(q, people, W, starts)
                if not speaker and q.fragment and not _spoken(q, W):
                    continue
                lo = q.span_lo
                hi = q.span_hi
                if q.cue is not None and q.rule != "colon":
                    lo = min(lo, q.ps + min(t.start for t in q.cue.phrase))
                    hi = max(hi, q.ps + max(t.end for t in q.cue.phrase))
                hi = max(hi, q.parts[-1][1])
                cite = locator.cite(a, lo, hi)
                first = q.parts[0]
                out.append(RawQuote(a, q.paragraph, first[0], first[1], text.strip(), cite.start, cite.end,
                                    written, how, list(q.parts), speaker, written,
                                    statement=not q.fragment or _n_words(text) >= 8))
        if len(everyone) > 1:
            _story_names(out, everyone, W)
        return out

    def resolve(self, raw: list[RawQuote], articles: list[Article]) -> None:
        """Give every quotation its resolved speaker (in place; "" when it cannot be told)."""
        for q in raw:
            q.speaker = q.resolved

    # -- merging and ranking -----------------------------------------------------------------

    def merge(self, raw: list[RawQuote]) -> list[_Merged]:
        """The same words quoted by several articles, grouped.

        Candidates come from an index of each group's rarer words, so the work stays linear in
        the number of quotations."""
        from ...lang import part

        stop = frozenset(term(w) for w in part(self.language, "stopwords").ANALYSIS)
        bags_q = [bag - stop for bag in _bags([q.text for q in raw])]  # content words only
        df: dict[str, int] = {}
        for bag in bags_q:
            for w in bag:
                df[w] = df.get(w, 0) + 1
        groups: list[_Merged] = []
        bags: list[set[str]] = []
        index: dict[str, list[int]] = {}  # word -> groups holding it (only the first 32 are read)
        rare_of: dict[int, list[str]] = {}  # per bag object: its rarer words
        # Candidates of a (bag, speaker) stay the same while the index lists of its rare words
        # (append-only, so their total length is a version) and the groups' speakers do not change.
        cands_of: dict[tuple[int, str], tuple[int, int, list[int]]] = {}
        speaker_changes = 0
        for q, bag in zip(raw, bags_q):
            rare = rare_of.get(id(bag))
            if rare is None:
                rare = rare_of[id(bag)] = sorted(bag, key=lambda w: (df[w], w))[: max(8, len(bag) // 2)]
            speaker = q.speaker
            version = sum(len(index.get(w, ())) for w in rare)
            known = cands_of.get((id(bag), speaker))
            if known is not None and known[0] == version and known[1] == speaker_changes:
                cands = known[2]
            else:
                cands = sorted({k for w in rare for k in index.get(w, ())[:32]})
                if speaker:  # a group already attributed to someone else is never a candidate
                    cands = [k for k in cands if not groups[k].speaker or groups[k].speaker == speaker]
                cands_of[(id(bag), speaker)] = (version, speaker_changes, cands)
            best, best_score = -1, self.merge_overlap
            size = len(bag)
            for k in cands:
                inter = len(bag & bags[k])
                if inter < 3:
                    continue
                score = inter / max(1, min(size, len(bags[k])))
                if score >= best_score:
                    best, best_score = k, score
            if best < 0:
                groups.append(_Merged(q.speaker, [q]))
                bags.append(set(bag))
                best = len(groups) - 1
            else:
                groups[best].members.append(q)
                bags[best] |= bag
                if not groups[best].speaker and q.speaker:
                    groups[best].speaker = q.speaker
                    speaker_changes += 1
            for w in bag:
                lst = index.setdefault(w, [])
                if len(lst) < 32 and (not lst or lst[-1] != best):
                    lst.append(best)
        return groups

    def find(self, articles: list[Article], sentences: list[Sentence]) -> list[Quote]:
        """The key quotes of the story, most important first."""
        raw = self.raw_quotes(articles, sentences)
        self.resolve(raw, articles)
        # statements only: no phrase of a few words, no address
        raw = [q for q in raw if q.speaker and q.statement and _n_words(q.text) >= 5 and not _URL.search(q.text)]
        if not raw:
            return []
        groups = self.merge(raw)
        mentions = _mention_counts(articles, {g.speaker for g in groups if g.speaker})
        n_articles = max(1, len(articles))
        scored: list[tuple[float, int, _Merged, RawQuote]] = []
        n_words_of: dict[str, int] = {}
        for order, g in enumerate(groups):
            outlets = {outlet_key(articles, q.article) for q in g.members}
            if not g.speaker:
                continue
            rep = self._representative(g.members)
            n_words = n_words_of.get(rep.text)
            if n_words is None:
                n_words = n_words_of[rep.text] = len(_QWORD.findall(rep.text))
            prominence = mentions.get(g.speaker, 0) / n_articles
            score = 2.0 * len(outlets) + min(n_words, 40) / 40.0 + prominence + (0.5 if g.speaker else 0.0)
            if n_words > 80:
                score -= 0.5
            scored.append((score, order, g, rep))
        scored.sort(key=lambda x: (-x[0], x[1]))
        out: list[Quote] = []
        per: dict[str, int] = {}
        shown: list[tuple[str, set[str]]] = []
        for score, _, g, rep in scored:
            if per.get(g.speaker, 0) >= self.per_speaker:
                continue
            bag = _bag(rep.text)
            if any(s == g.speaker and len(bag & b) >= self.merge_overlap * min(len(bag), len(b)) for s, b in shown):
                continue  # the same statement of one speaker in other words: never shown twice
            shown.append((g.speaker, bag))
            per[g.speaker] = per.get(g.speaker, 0) + 1
            out.append(self._quote(g, rep, score, articles))
            if len(out) >= self.limit:
                break
        return out

    def _quote(self, g: _Merged, rep: RawQuote, score: float, articles: list[Article]) -> Quote:
        """The quote of a group: its representative wording, cited first, then one citation per
        other article."""
        citations = [Citation(rep.article, rep.cite_start, rep.cite_end, articles[rep.article].text[rep.cite_start:rep.cite_end])]
        seen = {rep.article}
        for q in sorted(g.members, key=lambda q: (q.article, q.start)):
            if q.article in seen:
                continue
            seen.add(q.article)
            body = articles[q.article].text
            citations.append(Citation(q.article, q.cite_start, q.cite_end, body[q.cite_start:q.cite_end]))
        return Quote(_clean(rep.text), g.speaker, citations, round(score, 4))

    def _representative(self, members: list[RawQuote]) -> RawQuote:
        """The wording most shared with the other members (ties: the longest, then the first)."""
        if len(members) == 1:
            return members[0]
        bags = _bags([q.text for q in members])
        freq: dict[str, int] = {}
        for bag in bags:
            for w in bag:
                freq[w] = freq.get(w, 0) + 1

        def key(k: int) -> tuple:
            overlap = sum(freq[w] - 1 for w in bags[k])
            return (overlap, len(members[k].text), -members[k].article, -members[k].start)

        return members[max(range(len(members)), key=key)]



@dataclass
class _Merged:
    speaker: str
    members: list[RawQuote]


def _bag(text: str) -> set[str]:
    return {term(w) for w in _QWORD.findall(text)}


def _bags(texts: list[str]) -> list[set[str]]:
    """:func:`_bag` of each text; equal texts (a quotation carried by many outlets) share one set,
    which callers must not change."""
    seen: dict[str, set[str]] = {}
    out: list[set[str]] = []
    for text in texts:
        bag = seen.get(text)
        if bag is None:
            bag = seen[text] = _bag(text)
        out.append(bag)
    return out


_CAPWORDS = re.compile(r"\b[A-Z][\w-]*")


def _mention_counts(articles: list[Article], speakers: set[str]) -> dict[str, int]:
    """In how many articles each speaker's last word appears."""
    last = {s: s.split()[-1] for s in speakers if s.split()}
    wanted = set(last.values())
    seen: dict[str, int] = {}
    for a in articles:
        for w in wanted.intersection(_CAPWORDS.findall(a.text)):
            seen[w] = seen.get(w, 0) + 1
    return {s: seen.get(w, 0) for s, w in last.items()}


def key_quotes(articles: list[Article], sentences: list[Sentence], language: str = "english") -> list[Quote]:
    """The key quotes of the story (see :class:`QuoteFinder`)."""
    return QuoteFinder(language).run(articles, sentences)


def without_points(quotes: list[Quote], points: list[Point], overlap: float = 0.6) -> list[Quote]:
    """The quotes whose words are not already on the page as a point.

    A quote is dropped when at least ``overlap`` of its words stand in one point's text.
    """
    bags = [_bag(p.text) for p in points]
    out = []
    for q in quotes:
        qb = _bag(q.text)
        if qb and any(len(qb & b) >= overlap * len(qb) for b in bags):
            continue
        out.append(q)
    return out
