"""Key quotes: direct quotations with their speakers, merged across outlets.

How it works:

1. Quotation spans are found paragraph by paragraph: straight (``"``) and curly (``“ ”``)
   double quotes, guillemets (``« »``) and curly single quotes (``‘ ’``, only where they cannot
   be apostrophes). A quotation left open at the end of a paragraph runs to its end.
2. Each quotation is attributed from the words around it, in this order: right after it
   (``"...," Blinken said`` / ``said Blinken`` / ``he told reporters``), before it in the same
   sentence (``Lavrov said he hopes "..."``, ``Blinken told reporters: "..."``), at the end of the
   sentence (``"...", the ministry said.``) or ``according to X``. A quotation with no attribution
   of its own continues the one before it in the paragraph (a quotation split around ``he said``),
   or, when its paragraph opens with it, the quotation of the paragraph before.
3. Speakers are named consistently: titles are stripped ("US Secretary of State Antony Blinken"
   -> "Antony Blinken"), pronouns resolve to the last named speaker in the paragraph or the one
   before, a title alone ("said the US Secretary of State") resolves to the person the articles
   give that title, and every spelling of one person ("Blinken", "Anthony Blinken", "Tony Blinken")
   takes the fullest form the articles use most.
4. Quotations of one to three words are scare quotes and titles in quotation marks are names; both
   are skipped. The same words quoted by several outlets are merged (by overlap of the quoted
   words), and the quotes are ranked by how many outlets carry them, the speaker's prominence
   and length.

Citations cite the sentences that hold the quotation and its attribution.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..model import Article, Citation, Quote, Sentence
from .lexicon import Lexicon, lexicon
from .text import Locator, outlet_key, term

_OPEN_DOUBLE = "“„«"
_CLOSE_DOUBLE = "”»"
_WORD = re.compile(r"[^\W\d_]+(?:[-'’.][^\W\d_]+)*\.?|\d+(?:[.,]\d+)*|[^\w\s]", re.UNICODE)
_QWORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*", re.UNICODE)
_PARTICLES = frozenset("de da di del der den van von la le al bin ibn el du dos das ter".split())
_ADVERBS = frozenset("also later then again previously earlier recently repeatedly once further".split())
_AUX = frozenset("has have had would will was is also could did does do a avait ont aurait avaient".split())


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


_ALL_SPEECH = lexicon("english").speech_verbs | lexicon("french").speech_verbs
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


class QuoteFinder:
    """Finds, attributes, merges and ranks direct quotations.

    Parameters: ``min_words`` is the shortest quotation kept (shorter ones are scare quotes);
    ``limit`` the number of quotes returned; ``per_speaker`` the most quotes of one speaker;
    ``merge_overlap`` the least share of the shorter quotation's words found in the other for
    two quotations to be the same.
    """

    def __init__(
        self,
        language: str = "english",
        min_words: int = 4,
        limit: int = 5,
        per_speaker: int = 3,
        merge_overlap: float = 0.5,
    ) -> None:
        self.language = language
        self.min_words = min_words
        self.limit = limit
        self.per_speaker = per_speaker
        self.merge_overlap = merge_overlap

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


def _only_glue(masked: str, i: int, j: int) -> bool:
    """Between two quotations of one speaker: ', he said, ' is glue; new words are not."""
    between = masked[max(0, i):max(i, j)]
    return bool(re.fullmatch(r"[\s,.;:—–-]*", between))


def _adjacent_sentence(masked: str, i: int, j: int) -> bool:
    """The next quotation opens the sentence right after the attribution of the last one."""
    between = masked[max(0, i):max(i, j)]
    m = re.fullmatch(r"([^\"“«‘.!?]*)[.!?]\s*[\"“«‘]?", between)
    if not m or len(between) >= 80:
        return False
    words = _QWORD.findall(m.group(1))
    # '," he said. "' - only the attribution of the last quotation stands between the two
    return 0 < len(words) <= 10 and any(w.lower() in _ALL_SPEECH for w in words)


def _short_attribution(masked: str, i: int, j: int) -> bool:
    """'"...," Lavrov said, "...': only an attribution between two parts of one quotation."""
    between = masked[max(0, i):max(i, j)]
    return _PH not in between and len(_QWORD.findall(between)) <= 6 and not re.search(r"[.!?]\s", between)


@lru_cache(maxsize=1 << 15)
def _speaker_after_of(after: str, language: str) -> str:
    """:func:`_speaker_after`, cached by text: outlets repeat the same attributions."""
    return _speaker_after(after, lexicon(language))


@lru_cache(maxsize=1 << 15)
def _speaker_before_of(before: str, language: str) -> str:
    """:func:`_speaker_before`, cached by text."""
    return _speaker_before(before, lexicon(language))


def _speaker_after(after: str, lex: Lexicon) -> str:
    """Speaker of '<quote>, Blinken said' / ', said Blinken' / ' he told reporters'."""
    toks = _tokens(after)
    # skip leading punctuation
    k = 0
    while k < len(toks) and not toks[k][0][0].isalnum():
        if toks[k][0] not in (",", "—", "–", "-", ":"):
            return ""
        k += 1
    toks = toks[k:]
    if not toks:
        return ""
    while len(toks) > 1 and toks[0][0].lower() in ("a", "avait", "ont", "had", "has"):
        toks = toks[1:]
    first = toks[0][0].lower()
    if first in ("a-t-il", "a-t-elle", "ont-ils", "ajoute-t-il", "ajoute-t-elle", "déclare-t-il", "explique-t-il"):
        return "il" if "il" in first else "elle"
    if re.search(r"-t-(il|elle)$", first):
        return first.rsplit("-", 1)[1]
    if first in lex.speech_verbs:
        return _subject_after_verb(toks[1:], lex)
    # subject then verb within the first nine tokens, no punctuation in between except an
    # appositive pair of commas
    for m in range(1, min(len(toks), 10)):
        w = toks[m][0].lower()
        if w in lex.speech_verbs:
            if m + 1 < len(toks) and toks[m + 1][0] == ":":
                return ""  # 'Zielinski said: "...' introduces the next quotation
            subj = [t for t in toks[:m] if t[0].lower() not in _ADVERBS and t[0].lower() not in _AUX
                    and not t[0].lower().endswith("ly")]
            return _subject_phrase(subj, lex, allow_apposition=True)
        if toks[m][0] in (".", ";", "!", "?", ":"):
            return ""
    return ""


def _subject_after_verb(toks: list[tuple[str, int, int]], lex: Lexicon) -> str:
    """'said the head of American diplomacy, Anthony Blinken, after...' -> the name."""
    phrase: list[tuple[str, int, int]] = []
    rest: list[tuple[str, int, int]] = []
    for k, t in enumerate(toks):
        w = t[0]
        if not w[0].isalnum():
            rest = toks[k:]
            break
        if w.lower() in lex.stop and w.lower() not in ("of", "the", "de", "du", "la", "le") and phrase:
            break
        if w.lower() in ("on", "in", "at", "after", "before", "during", "that", "to", "as", "when", "while", "friday"):
            break
        phrase.append(t)
    who = _subject_phrase(phrase, lex)
    if rest and rest[0][0] == ",":
        # appositive name: ', Anthony Blinken,'
        name = []
        for t in rest[1:]:
            if _is_cap(t[0]) or t[0].lower() in _PARTICLES:
                name.append(t)
            else:
                break
        if name:
            cand = _name_from(name, lex)
            if cand and (not who or not _looks_like_name(who, lex)):
                return cand
    return who


def _speaker_before(before: str, lex: Lexicon) -> str:
    """Speaker of 'Lavrov said he hopes "...' / 'Blinken told reporters: "...'."""
    toks = _tokens(before)
    idx = [k for k, t in enumerate(toks) if t[0].lower() in lex.speech_verbs]
    if not idx:
        # 'Putin "has not learned..." Truss said' is handled after; 'Truss: "..."'
        if toks and toks[-1][0] == ":":
            return _subject_phrase(toks[:-1], lex)
        return ""
    k = idx[-1]
    if (toks[k][0].lower().endswith("ing") and (k == 0 or toks[k - 1][0] == ",")) or (
        k > 0 and toks[k - 1][0].lower() in ("and", "but", "et", "mais")
    ):
        # 'Blinken repeated the warning, saying "...' / 'Leite described it as "..." and warned that
        # "...': the subject of the main clause
        for run in _cap_runs(toks[:k]):
            name = _name_from(run, lex)
            if name and name.split()[0].lower() not in _TIME_WORDS and name.lower() not in lex.pronouns:
                return name
        return ""
    subj = toks[:k]
    while subj and (subj[-1][0].lower() in _ADVERBS or subj[-1][0].lower() in _AUX or subj[-1][0].lower().endswith("ly")):
        subj = subj[:-1]
    if not subj:
        return _subject_after_verb(toks[k + 1:], lex) if k + 1 < len(toks) and _is_cap(toks[k + 1][0]) else ""
    return _subject_phrase(subj, lex, allow_apposition=True)


_PERSON_TITLES = frozenset(
    "president minister secretary chancellor ambassador spokesman spokeswoman spokesperson general "
    "colonel commander chief director governor senator mayor king queen prince pope chairman "
    "chairwoman ceo head leader premier envoy official officials analyst professor correspondent "
    "reporter spokesmen diplomat diplomats prosecutor prosecutors police witness witnesses "
    "président ministre secrétaire porte-parole chef".split()
)
_ORG_NOUNS = frozenset(
    "ministry chancellery office department government kremlin embassy agency army military "
    "council commission committee court police statement spokesman union alliance company "
    "white west ministère gouvernement".split()
)
_TIME_WORDS = frozenset(
    "today yesterday tomorrow monday tuesday wednesday thursday friday saturday sunday january february "
    "march april may june july august september october november december earlier later meanwhile "
    "but and however in on at".split()
)


def _cap_runs(toks: list[tuple[str, int, int]]) -> list[list[tuple[str, int, int]]]:
    runs: list[list[tuple[str, int, int]]] = []
    cur: list[tuple[str, int, int]] = []
    for t in toks:
        if _is_cap(t[0]) or (cur and t[0].lower() in _PARTICLES):
            cur.append(t)
        else:
            if cur:
                runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    return runs


def _subject_phrase(toks: list[tuple[str, int, int]], lex: Lexicon, allow_apposition: bool = False) -> str:
    """The noun phrase that ends ``toks``: a pronoun, a name with its titles, or 'the ministry'."""
    toks = [t for t in toks if t[0] != _PH]
    if not toks:
        return ""
    if allow_apposition and toks[-1][0] == ",":
        # 'Al Jazeera's Natacha Butler, reporting from Geneva,' -> skip the appositive, unless the
        # appositive is the name: 'the national police chief, Mario Andresol,'
        commas = [k for k, t in enumerate(toks[:-1]) if t[0] == ","]
        if commas:
            inner = toks[commas[-1] + 1:-1]
            if 2 <= len(inner) <= 3 and all(_is_cap(t[0]) for t in inner):
                name = _name_from(inner, lex)
                if name:
                    return name
            toks = toks[:commas[-1]]
        else:
            toks = toks[:-1]
    if not toks:
        return ""
    last = toks[-1][0]
    if last.lower() in lex.pronouns:
        return last.lower()
    phrase: list[tuple[str, int, int]] = []
    for t in reversed(toks):
        w = t[0]
        low = w.lower()
        if not w[0].isalnum() and w not in ("’", "'"):
            break
        if low in ("the", "a", "an", "le", "la", "les", "l'"):
            phrase.append(t)
            break
        if low in lex.stop and low not in ("of", "de", "du") and not _is_cap(w):
            break
        phrase.append(t)
        if len(phrase) >= 8:
            break
    phrase.reverse()
    while phrase and phrase[0][0].lower() in ("of", "de", "du"):
        phrase = phrase[1:]
    if not phrase:
        return ""
    text = " ".join(t[0] for t in phrase)
    name = _name_from(phrase, lex)
    if name:
        return name
    if phrase[0][0].lower() in ("a", "an") and len(toks) > len(phrase) + 1 and toks[-len(phrase) - 1][0] == ",":
        # 'Mark Ballesteros, a Pentagon spokesman, says' -> the name before the description
        before = _subject_phrase(toks[: -len(phrase) - 1], lex)
        if before and _looks_like_name(before, lex):
            return before
    low = {w.lower().rstrip(".") for w in text.split()}
    if re.search(r"[’']s\b", text) or not (low & (_PERSON_TITLES | _ORG_NOUNS)):
        return ""
    return text


def _name_from(phrase: list[tuple[str, int, int]], lex: Lexicon) -> str:
    """The person's name in a phrase: after any possessive, without leading titles."""
    words = [t[0] for t in phrase]
    for k in range(len(words) - 1, -1, -1):
        if re.search(r"[’']s$", words[k]):
            words = words[k + 1:]
            break
    last_title = max((k for k, w in enumerate(words) if w.lower().rstrip(".") in lex.titles or w.lower() in lex.titles
                      or (not _is_cap(w) and w.lower() not in _PARTICLES)), default=-1)
    words = words[last_title + 1:]
    while words and (words[0].lower() in _PARTICLES or words[0].lower() in lex.stop):
        words = words[1:]
    if len(words) >= 3:
        keep = 3 if (len(words[-2].rstrip(".")) == 1 or words[-2].lower() in _PARTICLES) else 2
        words = words[-keep:]
    if not words or len(words) > 4:
        return ""
    if not all(_is_cap(w) or w.lower() in _PARTICLES for w in words):
        return ""
    if any(w.lower() in lex.titles for w in words[1:]) and words[-1].lower() in lex.titles:
        return ""
    return " ".join(w.rstrip(".,") if len(w) > 2 else w for w in words)


def _looks_like_name(who: str, lex: Lexicon) -> bool:
    ws = who.split()
    return bool(ws) and all(_is_cap(w) for w in ws) and not any(w.lower() in lex.titles for w in ws)


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


_LOW_TITLE = re.compile(
    r"\b(?:secretary|minister|president|chancellor|ambassador|spokesman|spokeswoman|spokesperson|"
    r"governor|senator|mayor|director|chief|commander|general|envoy|premier|chairman|state|foreign|"
    r"defence|defense|interior|prime|deputy|vice)\b(?=[ \t]+(?:of[ \t]+)?[A-Za-z])"
)
_CAPWORDS = re.compile(r"\b[A-Z][\w-]*")
_CAP_WORD = r"(?:[A-Z]\.(?:[A-Z]\.)*|[A-Z][\w’'-]*)"
_CAP_RUN = re.compile(
    rf"\b{_CAP_WORD}(?:[ \t]+(?:(?:of|de|van|von|der|den|al|bin|la|le|du|da|di)[ \t]+)?{_CAP_WORD})*"
)
_INITIALS = re.compile(r"(?:[A-Z]\.)+")


class _NameIndex:
    """Full names the articles use, by surname, and people by their titles."""

    def __init__(self, articles: list[Article], lex: Lexicon) -> None:
        self.lex = lex
        self.full: dict[str, dict[str, int]] = {}  # surname -> full form -> count
        self.by_title: dict[str, dict[str, int]] = {}  # title word -> surname -> count
        self.titles: list[tuple[frozenset[str], str]] = []
        self._cache: dict[str, str] = {}
        self._by_first: dict[str, list[tuple[str, int]]] | None = None
        self._people: set[str] | None = None
        self._title_words = frozenset(lex.titles) | {"of"} | _PARTICLES
        self._runs: dict[str, tuple[str, str, frozenset[str]] | None] = {}
        for article in articles:
            self._scan(article.text)
            if article.title:
                self._scan(article.title)

    def _scan(self, text: str) -> None:
        # lower-case titles ("US secretary of state Antony Blinken") join the capitalised run
        text = _LOW_TITLE.sub(lambda m: m.group().capitalize(), text)
        runs = self._runs
        for m in _CAP_RUN.finditer(text):
            run = m.group()
            if " " not in run and "\t" not in run:
                continue  # one word: neither a full name nor a title with a name
            parsed = runs.get(run, False)
            if parsed is False:
                parsed = runs[run] = self._parse_run(run)
            if parsed is None:
                continue
            key, surname, title = parsed
            d = self.full.setdefault(surname, {})
            d[key] = d.get(key, 0) + 1
            if title:
                self.titles.append((title, surname))

    def _parse_run(self, run: str) -> tuple[str, str, frozenset[str]] | None:
        """(full name, surname, title words) of a capitalised run, or None when it names no one
        in full; a run that recurs across the articles is parsed once."""
        words = run.split()
        # "Al Jazeera's Natacha Butler": the name starts after the possessive
        for k in range(len(words) - 1, -1, -1):
            if words[k].endswith(("’s", "'s")):
                words = words[k + 1:]
                break
        if not words:
            return None
        return self._record([w[:-1] if w.endswith(".") and len(w) > 3 and not _INITIALS.fullmatch(w) else w
                             for w in words])

    def _record(self, run: list[str]) -> tuple[str, str, frozenset[str]] | None:
        lex = self.lex
        words = [re.sub(r"[’']s$", "", w).rstrip(".") if len(w) > 3 else w for w in run]
        # split into title part and trailing name part
        k = len(words)
        while k > 0 and (
            (_is_cap(words[k - 1]) and words[k - 1].lower() not in lex.titles)
            or (words[k - 1].lower() in _PARTICLES and k >= 2 and _is_cap(words[k - 2]) and k < len(words))
        ):
            k -= 1
        name = words[k:]
        while name and name[0].lower() in lex.stop:
            name = name[1:]  # "In Pichilemu": a sentence opener, not a first name
        if len(name) >= 3:
            # "Pichilemu Roberto Córdova": a place before the name; "Luiz Inácio Lula da Silva"
            # is known by its last words ("Lula da Silva")
            keep = 3 if (len(name[-2]) <= 2 or name[-2].lower() in _PARTICLES) else 2
            name = name[-keep:]
        title = [w.lower().replace(".", "") for w in words[:k] if w.lower() not in ("of", "the", "a", "an")]
        if not name or len(name) > 3 or len(name) < 2:
            return None
        return " ".join(name), name[-1], frozenset(title)

    def by_first(self) -> dict[str, list[tuple[str, int]]]:
        """Full forms by their first word (built once)."""
        if self._by_first is None:
            self._by_first = {}
            for d in self.full.values():
                for f, c in d.items():
                    self._by_first.setdefault(f.split()[0], []).append((f, c))
        return self._by_first

    def people(self) -> set[str]:
        """Surnames of the people the articles name in full."""
        if self._people is None:
            self._people = {f.split()[-1] for d in self.full.values() for f in d if len(f.split()) >= 2}
        return self._people

    def canonical(self, raw: str) -> str:
        """The fullest common form of a name, or the person a title alone describes."""
        cached = self._cache.get(raw)
        if cached is None:
            cached = self._cache[raw] = self._canonical(raw)
        return cached

    def _canonical(self, raw: str) -> str:
        raw = raw.strip().rstrip(",.")
        ws = raw.split()
        if not ws:
            return ""
        if not _looks_like_name(raw, self.lex):
            person = self._by_description(raw)
            if person:
                return person
            return raw[:1].upper() + raw[1:] if raw.split()[0].lower() not in ("the",) else _strip_the(raw)
        surname = ws[-1]
        forms = self.full.get(surname, {})
        first = ws[0] if len(ws) > 1 else ""
        cands = [(c, f) for f, c in forms.items() if not first or _compatible_first(first, f.split()[0])]
        if not cands and len(ws) == 1:
            cands = [(c, f) for f, c in self.by_first().get(raw, []) if c >= 2]
        if not cands:
            return raw
        best = max(cands, key=lambda cf: (cf[0], len(cf[1]), cf[1]))
        return best[1]

    def _by_description(self, desc: str) -> str:
        words = {w.lower().replace(".", "") for w in re.findall(r"[^\W\d_]+(?:[.'’-][^\W\d_]+)*\.?", desc)} - {"the", "a", "an", "of"}
        if not words or not (words & _PERSON_TITLES):
            return ""
        counts: dict[str, int] = {}
        for title, surname in self.titles:
            if words <= title:
                counts[surname] = counts.get(surname, 0) + 1
        if not counts:
            return ""
        surname = max(sorted(counts), key=lambda s: counts[s])
        return self.canonical(surname)


def _strip_the(raw: str) -> str:
    rest = raw.split(None, 1)[1] if len(raw.split()) > 1 else raw
    return rest[:1].upper() + rest[1:]


@lru_cache(maxsize=65536)
def _compatible_first(a: str, b: str) -> bool:
    """'Antony' ~ 'Anthony' ~ 'Tony', 'Sergey' ~ 'Sergei'; 'Joe' !~ 'Hunter'."""
    a, b = a.lower().rstrip("."), b.lower().rstrip(".")
    if a == b or (len(a) <= 2 and b.startswith(a[0])) or (len(b) <= 2 and a.startswith(b[0])):
        return True
    if a.endswith(b) or b.endswith(a) or a.startswith(b) or b.startswith(a):
        return True
    return a[0] == b[0] and abs(len(a) - len(b)) <= 2 and _edit_distance(a, b) <= 2


def _edit_distance(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def _mention_counts(articles: list[Article], speakers: set[str]) -> dict[str, int]:
    """In how many articles each speaker's surname appears."""
    surnames = {s: s.split()[-1] for s in speakers}
    wanted = set(surnames.values())
    seen: dict[str, int] = {}
    for a in articles:
        for w in wanted.intersection(_CAPWORDS.findall(a.text)):
            seen[w] = seen.get(w, 0) + 1
    return {s: seen.get(sur, 0) for s, sur in surnames.items()}


def find_quotes(articles: list[Article], sentences: list[Sentence], language: str = "english") -> list[Quote]:
    """The key quotes of the story (see :class:`QuoteFinder`)."""
    return QuoteFinder(language).find(articles, sentences)
