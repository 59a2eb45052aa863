"""The quotation finder: quotations found, attributed, merged across outlets and ranked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...model import Article, Citation, Quote, Sentence
from ..lexicon import Lexicon, lexicon
from ..text import Locator, outlet_key, term
from .attribution import (
    _QWORD, _adjacent_sentence, _only_glue, _short_attribution, _speaker_after_of, _speaker_before_of,
    _subject_phrase,
)
from .marks import _clause_end, _is_cap, _mask, _mask_spans, _sentence_end, _sentence_start, _tokens, quote_spans
from .names import _NameIndex, _looks_like_name, _mention_counts, _name_from


@dataclass
class RawQuote:
    """One quotation as found: where it stands and how it is attributed."""

    article: int
    paragraph: int
    start: int  # span of the quoted words (without marks) in the article text
    end: int
    text: str
    cite_start: int  # span of the sentences holding quote and attribution
    cite_end: int
    speaker: str = ""  # raw as written ("US Secretary of State Antony Blinken", "he")
    how: str = ""  # "after", "before", "end", "according", "continues", "pronoun"
    parts: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class _Merged:
    speaker: str
    members: list[RawQuote]


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
        """Every quotation of at least ``min_words`` words with its raw attribution."""
        lex = lexicon(self.language)
        locator = Locator(articles, sentences)
        out: list[RawQuote] = []
        # Wire copy repeats whole paragraphs: a paragraph read once is replayed when the same text
        # comes back with the same sentence boundaries and the same speaker left open before it.
        seen: dict[tuple, tuple[list[tuple], bool]] = {}
        short_of: dict[str, bool] = {}  # quoted words -> a scare quote or a title, not speech
        for a, article in enumerate(articles):
            prev_para_quote: RawQuote | None = None
            for p, (ps, pe) in enumerate(article.paragraph_spans()):
                para = article.text[ps:pe]
                spans = quote_spans(para)
                if not spans:
                    prev_para_quote = None
                    continue
                key = (para, prev_para_quote.speaker if prev_para_quote is not None else None,
                       locator.relative_sentences(a, ps, pe))
                replay = seen.get(key)
                if replay is not None:
                    records, keep_last = replay
                    para_quotes = [_from_record(rec, a, p, ps) for rec in records]
                    out.extend(q for q in para_quotes if not q._short)  # type: ignore[attr-defined]
                    prev_para_quote = para_quotes[-1] if keep_last else None
                    continue
                masked = _mask(para, spans)
                para_quotes: list[RawQuote] = []
                last: RawQuote | None = None
                for qs, qe in spans:
                    speaker, how, att_end = self._attribute(para, masked, spans, qs, qe, locator, a, ps, lex)
                    if last is not None:
                        glue = _only_glue(masked, last.end - ps + 1, qs - 1)
                        follows = _adjacent_sentence(masked, last.end - ps + 1, qs)
                        if not speaker and (glue or follows):
                            speaker, how = last.speaker, "continues"
                        elif (
                            how == "before" and speaker == last.speaker
                            and (last.text.rstrip().endswith(",") or masked[last.end - ps + 1:].lstrip().startswith(","))
                            and _short_attribution(masked, last.end - ps + 1, qs - 1)
                        ):
                            how = "continues"
                    if not speaker and last is None and prev_para_quote is not None and masked[:qs - 1].strip() == "":
                        speaker, how = prev_para_quote.speaker, "continues"
                    cs = locator.cite(a, ps + qs, ps + max(qe, att_end))
                    rq = RawQuote(a, p, ps + qs, ps + qe, para[qs:qe].strip(), cs.start, cs.end, speaker, how,
                                  [(ps + qs, ps + qe)])
                    short = short_of.get(rq.text)
                    if short is None:
                        words = _QWORD.findall(para[qs:qe])
                        short = short_of[rq.text] = len(words) < self.min_words or _title_like(words, lex)
                    rq._short = short  # type: ignore[attr-defined]
                    if how == "continues" and last is not None and not last._short and not rq._short:  # type: ignore[attr-defined]
                        last.text = _join(last.text, rq.text)
                        last.parts.append((ps + qs, ps + qe))
                        last.cite_end = max(last.cite_end, cs.end)
                        continue
                    para_quotes.append(rq)
                    last = rq
                out.extend(q for q in para_quotes if not q._short)  # type: ignore[attr-defined]
                left_open = bool(spans) and spans[-1][1] == len(para) and para.rstrip()[-1:] not in '"”»’'
                prev_para_quote = para_quotes[-1] if para_quotes and para_quotes[-1].speaker and left_open else None
                seen[key] = ([_to_record(q, ps) for q in para_quotes], prev_para_quote is not None)
        return out

    def _attribute(self, para, masked, spans, qs, qe, locator, a, ps, lex: Lexicon) -> tuple[str, str, int]:
        """(raw speaker, how, end of the attribution in the paragraph) for the quotation at qs:qe."""
        # 1. right after the quotation: ', Blinken said' / ', said Blinken' / ' he told reporters'
        after_end = _clause_end(masked, qe + 1)
        after = masked[qe + 1:after_end]
        ending = para[qs:qe].rstrip()[-1:]
        # '"We will win." Blinken said: "..."' - a quotation that ends its sentence is not
        # attributed by the words after it (they introduce the next one), unless a pronoun follows
        # an exclamation or a question: '"Why now?" she asked.'
        if ending != "." and not (ending in "!?" and not re.match(r"\W*[a-z]", after)):
            who = _speaker_after_of(after, lex.language)
            if who:
                return who, "after", after_end
        # 2. before it in the same sentence: 'Lavrov said he hopes "...'
        sent = locator.sentence_at(a, ps + qs - 1)
        sstart = (sent.start - ps) if sent is not None and sent.start - ps < qs else _sentence_start(masked, qs)
        sstart = max(0, min(sstart, _sentence_start(masked, qs)) if sent is None else sstart)
        before = masked[sstart:max(sstart, qs - 1)]
        who = _speaker_before_of(before, lex.language)
        if who:
            return who, "before", qe
        # 3. at the end of the sentence: '"...", the ministry said.'
        end = _sentence_end(masked, qe + 1)
        tail = masked[qe + 1:end]
        m = re.search(r",\s*([^,]{2,80}?)\s+(\w+)\s*[.!?]?\s*$", tail)
        if m and m.group(2).lower() in lex.speech_verbs:
            who = _subject_phrase(_tokens(m.group(1)), lex)
            if who:
                return who, "end", end
        # 4. 'according to X'
        region = masked[sstart:end]
        m = re.search(r"\b(?:according to|selon)\s+((?:[A-Z][\w’'.-]*\s*){1,4})", region)
        if m:
            words = [(w, 0, 0) for w in m.group(1).split()]
            return _name_from(words, lex) or m.group(1).strip(), "according", end
        return "", "", qe

    # -- speakers -------------------------------------------------------------------------

    def resolve(self, raw: list[RawQuote], articles: list[Article]) -> None:
        """Give every quotation its canonical speaker (in place)."""
        lex = lexicon(self.language)
        names = _NameIndex(articles, lex)
        known: set[str] = set()
        for q in raw:
            if q.speaker and q.speaker.lower() not in lex.pronouns:
                canon = names.canonical(q.speaker)
                if canon and 2 <= len(canon.split()) <= 4 and _looks_like_name(canon, lex):
                    known.add(canon.split()[-1])
        by_article: dict[int, list[RawQuote]] = {}
        for q in raw:
            by_article.setdefault(q.article, []).append(q)
        for q in raw:
            if q.speaker.lower() in lex.pronouns:
                q.speaker = self._pronoun(q, articles, known, names, by_article)
                q.how = "pronoun"
            else:
                q.speaker = names.canonical(q.speaker) if q.speaker else ""
        # continuations took the raw speaker of the quotation before: make them canonical too
        for q in raw:
            if q.speaker:
                q.speaker = names.canonical(q.speaker)

    def _pronoun(self, q: RawQuote, articles, known: set[str], names: "_NameIndex",
                 by_article: dict[int, list[RawQuote]]) -> str:
        """The last known speaker named before the quotation in its paragraph or the one before."""
        article = articles[q.article]
        spans = article.paragraph_spans()
        lo = spans[max(0, q.paragraph - 1)][0]
        region = article.text[lo:q.start]
        masked = _mask(region, [(s - 1, e + 1) for s, e in _mask_spans(region)])
        for pool in (known | names.people(),):
            best = ""
            best_pos = -1
            for m in re.finditer(r"[A-Z][\w’'-]+", masked):
                w = re.sub(r"[’']s$", "", m.group())
                if w in pool and m.start() > best_pos:
                    best, best_pos = w, m.start()
            if best:
                return names.canonical(best)
        prior = [r for r in by_article.get(q.article, []) if r.end <= q.start and r.paragraph >= q.paragraph - 1
                 and r.speaker and r.speaker.lower() not in lexicon(self.language).pronouns]
        return names.canonical(prior[-1].speaker) if prior else ""

    # -- merging and ranking -----------------------------------------------------------------

    def merge(self, raw: list[RawQuote]) -> list[_Merged]:
        """The same words quoted by several articles, grouped.

        Candidates come from an index of each group's rarer words, so the work stays linear in
        the number of quotations."""
        bags_q = _bags([q.text for q in raw])
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
                if inter < 4:
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
        if not raw:
            return []
        self.resolve(raw, articles)
        groups = self.merge(raw)
        mentions = _mention_counts(articles, {g.speaker for g in groups if g.speaker})
        n_articles = max(1, len(articles))
        scored: list[tuple[float, int, _Merged, RawQuote]] = []
        n_words_of: dict[str, int] = {}
        for order, g in enumerate(groups):
            outlets = {outlet_key(articles, q.article) for q in g.members}
            if not g.speaker and len(outlets) < 2:
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
        for score, _, g, rep in scored:
            if per.get(g.speaker, 0) >= self.per_speaker:
                continue
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


# -- helpers ------------------------------------------------------------------------------


def _to_record(q: RawQuote, ps: int) -> tuple:
    """A quotation of the paragraph starting at ``ps``, with positions relative to it."""
    return (q.start - ps, q.end - ps, q.text, q.cite_start - ps, q.cite_end - ps, q.speaker, q.how,
            tuple((s - ps, e - ps) for s, e in q.parts), q._short)  # type: ignore[attr-defined]


def _from_record(rec: tuple, article: int, paragraph: int, ps: int) -> RawQuote:
    """A fresh :class:`RawQuote` from :func:`_to_record` for the paragraph starting at ``ps``."""
    start, end, text, cite_start, cite_end, speaker, how, parts, short = rec
    q = RawQuote(article, paragraph, start + ps, end + ps, text, cite_start + ps, cite_end + ps, speaker, how,
                 [(s + ps, e + ps) for s, e in parts])
    q._short = short  # type: ignore[attr-defined]
    return q


def _title_like(words: list[str], lex: Lexicon) -> bool:
    """Titles in quotation marks ("Ministry of Truth", report titles) are names, not speech."""
    content = [w for w in words if w.lower() not in lex.stop]
    if not content:
        return True
    caps = sum(1 for w in content if _is_cap(w))
    return caps / len(content) >= 0.75 and len(words) <= 14


def _join(first: str, second: str) -> str:
    """Two parts of one quotation split by an attribution."""
    a = first.rstrip()
    b = second.lstrip()
    if a.endswith(","):
        a = a[:-1] + ("." if b[:1].isupper() else ",")
    elif a[-1:] not in ".!?…":
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



def find_quotes(articles: list[Article], sentences: list[Sentence], language: str = "english") -> list[Quote]:
    """The key quotes of the story (see :class:`QuoteFinder`)."""
    return QuoteFinder(language).run(articles, sentences)
