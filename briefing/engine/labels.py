"""Short human-readable labels for topics, and a title for the whole briefing.

A topic label is a phrase of 2-5 words taken from the topic's own sentences in their surface form
("Written response next week", "Troop build-up near Ukraine"), never a list of stems.

Candidates are word runs of one to four words inside a clause (no punctuation crossed) that
neither start nor end with a stop word, a figure or a reporting verb ("said", "told").  Each
candidate is scored by how characteristic its content stems are of the topic (class-based
tf-idf: frequent in this topic, rare in the rest of the story, so the story's ever-present names
weigh little), times how many of the topic's sentences use it, with a preference for two- and
three-word phrases.  A one-word winner is joined with the next distinct phrase ("Sanctions and
NATO").  Labels are unique across topics.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from itertools import chain
from typing import Sequence

_CLAUSE_SPLIT = re.compile(r"[,;:()\[\]\"“”„«»‘’—–?!…\n]|\.(?=\s|$)|\s-\s")
_WORD = re.compile(r"\w+(?:[-'’]\w+)*", re.UNICODE)

#: Words that may stand inside a label ("Troop build-up near Ukraine"), per language.
CONNECTORS = {
    "english": {"of", "near", "on", "over", "for", "in", "with", "against", "from", "and", "the", "a",
                "to", "at", "by", "into"},
    "french": {"de", "du", "des", "la", "le", "les", "l", "d", "et", "sur", "pour", "contre", "avec",
               "en", "à", "au", "aux", "près", "dans", "par", "entre"},
}

#: Reporting verbs, auxiliaries and days: never at the edge of a label nor inside it, per language.
REPORTING = {
    "english": {"said", "says", "say", "told", "tell", "tells", "added", "adds", "according", "stated",
                "warned", "noted", "reported", "reports", "asked", "called", "claimed", "explained",
                "insisted", "announced", "stressed", "described", "declared", "urged", "also",
                "would", "could", "will", "may", "might", "must", "should", "can", "did", "does", "do",
                "has", "have", "had", "was", "were", "is", "are", "been", "being", "be", "today",
                "friday", "monday", "tuesday", "wednesday", "thursday", "saturday", "sunday",
                "yesterday", "tomorrow", "week", "mr", "mrs", "ms", "not", "no", "january", "february",
                "march", "april", "june", "july", "august", "september", "october", "november",
                "december", "jan", "feb", "aug", "sept", "oct", "nov", "dec"},
    "french": {"a", "ont", "dit", "déclaré", "indiqué", "affirmé", "selon", "ajouté", "annoncé", "estimé",
               "expliqué", "souligné", "précisé", "été", "est", "sont", "était", "étaient", "sera",
               "aussi", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier",
               "aujourd'hui", "m", "mme", "ne", "pas", "janvier", "février", "mars", "avril", "mai",
               "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"},
}


#: Words after which a noun (or its adjective) follows, per language: the labeler learns from the
#: story itself which words are used as nouns, so that labels end on a noun ("Written response"),
#: not a verb ("Lavrov met").
DETERMINERS = {
    "english": {"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our",
                "your", "my", "any", "some", "no", "every", "each", "another", "other", "new", "more"},
    "french": {"le", "la", "les", "l", "un", "une", "des", "du", "ce", "cet", "cette", "ces", "son", "sa",
               "ses", "leur", "leurs", "notre", "nos", "aucun", "aucune", "chaque"},
}


_ADJECTIVE = re.compile(r"(?:ed|en|al|ic|ive|ous|ful|ary|ant|ent|ern|ish|less|able|ible|ile|el|aire|if|ive|eux|euse)$")
_PARTICIPLE = re.compile(r"(?:ed|ing)$")
_STRONG_ADJECTIVE = re.compile(r"(?:[^i]al|ic|ive|ous|ful|ish|less|able|ible)$")
_VERB_FORM = re.compile(r"(?:ed|ing|é|ée|és|ées|er|ait|aient|ent)$")
_PROPER_ADJECTIVE = re.compile(r"(?:an|ese|ish|i|ic|ais|aise|ien|ienne|ain|aine)$")
# inside a label, "-ed"/"-en" words are more often verbs ("occurred at", "halted the") than adjectives
_LABEL_ADJECTIVE = re.compile(r"(?:al|ic|ive|ous|ful|ary|ant|(?<!m)ent|ern|ish|less|able|ible|ile|aire|if|eux|euse)$")


def noun_like(texts: Sequence[str], language: str = "english") -> Counter:
    """Lower-cased words the story uses as nouns or names, with how often: right after a
    determiner, after a determiner and an adjective-looking word ("a written *response*", "the
    Russian *demands*", but not "the UN *promised*"), or capitalised inside a sentence."""
    det = DETERMINERS.get(language, set())
    out: Counter = Counter()
    for text in texts:
        words = _WORD.findall(text)
        low = [w.lower() for w in words]
        for i in range(1, len(words)):
            if low[i - 1] in det:
                nxt = low[i + 1] if i + 1 < len(words) else ""
                if nxt and _PARTICIPLE.search(low[i]):
                    out[nxt] += 1  # "a heated *standoff*": the participle is no noun
                    continue
                if nxt and language == "english" and _STRONG_ADJECTIVE.search(low[i]) and nxt not in det:
                    out[nxt] += 1  # "the formal *investigation*": the adjective is no noun
                    continue
                out[low[i]] += 1
                if nxt and (_ADJECTIVE.search(low[i])
                            or (_capital(words[i]) and _PROPER_ADJECTIVE.search(low[i]))
                            or (nxt.endswith("s") and not nxt.endswith("ss") and language == "english")):
                    out[nxt] += 1  # "a written *response*", "the top *diplomats*"
            if _capital(words[i]) and not words[i].isupper() or (words[i].isupper() and len(words[i]) > 1):
                out[low[i]] += 1
    return out


#: Time words that make poor label edges ("Recent months", "Last week").
TIME_WORDS = {
    "english": {"recent", "recently", "months", "month", "weeks", "days", "day", "hours", "hour", "years",
                "year", "earlier", "later", "ago", "time", "times", "last", "next", "morning", "evening",
                "night", "afternoon", "weekend", "minutes"},
    "french": {"récent", "récents", "récemment", "mois", "semaines", "semaine", "jours", "jour", "heures",
               "heure", "ans", "années", "année", "dernier", "dernière", "prochain", "prochaine", "matin",
               "soir", "nuit", "minutes", "fois"},
}


def _clauses(text: str) -> list[list[str]]:
    return [_WORD.findall(part) for part in _CLAUSE_SPLIT.split(text)]


_NAME_GLUE = {"of", "de", "du", "des", "la", "le", "von", "van", "al", "bin"}


def _capital(word: str) -> bool:
    return word[:1].isupper()


class Labeler:
    """Labels topics with characteristic phrases.

    Parameters:
        language: stop words, stems and reporting verbs.
        max_words: longest label.
    """

    def __init__(self, language: str = "english", max_words: int = 5) -> None:
        self.language = language
        self.max_words = max_words

    def _tools(self):
        from ..nlp.words import Analyzer

        analyzer = Analyzer(self.language)
        stop = set(analyzer.stopwords) | REPORTING.get(self.language, set()) | TIME_WORDS.get(self.language, set())
        connectors = CONNECTORS.get(self.language, set())
        return analyzer, stop, connectors

    def candidates(self, text: str, analyzer, stop: set[str], connectors: set[str]
                   ) -> list[tuple[tuple[str, ...], str]]:
        """``(stem key, surface phrase)`` for every run of 1-4 words of ``text`` fit to be a label.

        A run starts and ends with a content word, has only connectors ("of", "near") inside,
        does not cut a name ("Foreign Minister Sergei" out of "... Sergei Lavrov") and is not a
        name alone of more than one word.
        """
        out = []
        first_clause = True
        for words in _clauses(text):
            low = [w.lower() for w in words]
            n_w = len(words)
            for n in (1, 2, 3, 4):
                for k in range(n_w - n + 1):
                    run = low[k:k + n]
                    a, b = run[0], run[-1]
                    if a in stop or b in stop or a.isdigit() or b.isdigit() or len(a) < 2 or len(b) < 2:
                        continue
                    if any(w in stop and w not in connectors for w in run[1:-1]):
                        continue
                    if any(w in REPORTING.get(self.language, ()) for w in run):
                        continue
                    surface = words[k:k + n]
                    if a in _NAME_GLUE or b in _NAME_GLUE:  # "de France", "Paris-Charles de"
                        continue
                    # do not cut a name ("Secretary of State Antony Blinken" stays whole)
                    if k > 0 and _capital(words[k]) and not (first_clause and k == 1) and (
                            _capital(words[k - 1]) or (k > 1 and low[k - 1] in _NAME_GLUE and _capital(words[k - 2]))):
                        continue
                    if k + n < n_w and _capital(words[k + n - 1]) and (
                            _capital(words[k + n]) or (k + n + 1 < n_w and low[k + n] in _NAME_GLUE
                                                      and _capital(words[k + n + 1]))):
                        continue
                    key = tuple(analyzer.stem(w) for w in run if w not in stop and not w.isdigit())
                    if not key or len(set(key)) < len(key):
                        continue
                    out.append((key, " ".join(surface)))
            if words:
                first_clause = False
        return out

    def label(self, topics: Sequence[Sequence[str]], background: Sequence[str] = (),
              background_terms: Sequence[Sequence[str]] | None = None,
              weights: Sequence[Sequence[float]] | None = None) -> list[str]:
        """One label per topic.

        Args:
            topics: per topic, one text per point (all the outlets' wordings of the point may be
                joined with newlines, the wording shown on the page first: every wording helps,
                and phrases of the shown wordings are preferred).
            background: texts of the whole story's sentences (for how common a word is overall,
                and which words the story uses as nouns; the first 3,000 suffice for the latter).
            background_terms: the stems of each background sentence, when already known
                (``Representation.terms``); saves stemming the story twice.
            weights: per topic, a weight per point (default equal).  The pipeline gives the
                best points more weight: they are the ones a page that must drop points keeps.

        A candidate's score: the mean, over its stems, of ``share * log(lift)`` (share: of the
        topic's points that contain the stem; lift: that share over the share of the story's
        sentences that contain it), times the share of the topic's points containing all its
        stems (shares weighted by ``weights``), with a bonus for two- and three-word phrases and
        penalties for a bare multi-word name, a verb-like word and phrases no shown wording has.
        """
        if not topics:
            return []
        analyzer, stop, connectors = self._tools()
        if background_terms is None:
            background_terms = [analyzer.terms(t) for t in background]
        bg_df: Counter = Counter(chain.from_iterable(map(set, background_terms)))  # sentences per stem
        n_bg = max(len(background_terms), 1)
        nouns = noun_like(list(background[:3000]) + [t for texts in topics for t in texts], self.language)
        labels: list[str] = []
        self.candidates_: list[list[tuple[float, str]]] = []  # the ten best candidates per topic
        used_stems: list[set[str]] = []
        for k, texts in enumerate(topics):
            point_terms = [set(analyzer.terms(t)) for t in texts]
            pw = [1.0] * len(texts) if weights is None else [max(float(w), 0.0) for w in weights[k]]
            m = sum(pw) or 1.0
            df_t: Counter = Counter()
            for ts, w in zip(point_terms, pw):
                for t in ts:
                    df_t[t] += w
            surfaces: dict[tuple[str, ...], Counter] = {}
            for t in texts:
                for key, surface in self.candidates(t, analyzer, stop, connectors):
                    surfaces.setdefault(key, Counter())[surface] += 1

            def lift(stem: str) -> float:
                return (df_t[stem] / m) / ((bg_df[stem] + 1) / (n_bg + 1)) if df_t[stem] else 0.0

            def weight(stem: str) -> float:
                return df_t[stem] / m * max(math.log(lift(stem)), 0.0) if df_t[stem] else 0.0

            shown = " \n ".join(t.split("\n", 1)[0] for t in texts).lower()  # the wordings on the page
            scored = []
            for key, variants in surfaces.items():
                surface = sorted(variants.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
                words = surface.split()
                if len(words) > self.max_words:
                    continue
                visible = any(v.lower() in shown for v in variants)
                cover = sum(w for ts, w in zip(point_terms, pw) if set(key) <= ts) / m
                value = sum(weight(s) for s in key) / len(key) * cover
                value *= {1: 1.0, 2: 1.5, 3: 1.6, 4: 1.3}.get(len(key), 1.0)
                if not visible:
                    value *= 0.7  # only in other outlets' wordings, not in the points as shown
                if len(words) > 1 and any(all(_capital(w) or w.lower() in connectors for w in v.split())
                                          for v in variants):
                    value *= 0.6  # a bare name ("Secretary of State Antony Blinken") labels badly
                if words[-1].lower() not in nouns:
                    value *= 0.35  # ends on a word the story never uses as a noun: likely a verb
                for w in words[:-1]:
                    lw = w.lower()
                    if lw not in connectors and lw not in nouns and not _LABEL_ADJECTIVE.search(lw):
                        value *= 0.5  # "met in Geneva": a verb inside or in front
                if nouns[words[0].lower()] == 0 and _VERB_FORM.search(words[0].lower()):
                    value *= 0.5  # "Accepté les dons", "Arrived from ...": a participle in front
                scored.append((value, key, surface))
            scored.sort(key=lambda x: (-x[0], x[2]))
            self.candidates_.append([(round(v, 4), surface) for v, _, surface in scored[:10]])
            # labels of different topics share no stem (unless nothing else is left)
            fresh = [(key, surface) for _, key, surface in scored
                     if not any(set(key) & u for u in used_stems)]
            taken = fresh or [(key, surface) for _, key, surface in scored]
            if not taken:
                labels.append(f"Topic {k + 1}")
                continue
            value_of = {key: v for v, key, _ in scored}
            key, surface = taken[0]
            best = value_of[key]
            if len(surface.split()) == 1:
                # a phrase around the same word, else the best phrase, if not much weaker
                longer = next(((k2, s2) for k2, s2 in taken if len(k2) > 1 and set(key) <= set(k2)
                               and nouns[s2.split()[-1].lower()] and value_of[k2] >= 0.25 * best), None)
                if longer is None:
                    longer = next(((k2, s2) for k2, s2 in taken if len(k2) > 1 and value_of[k2] >= 0.5 * best
                                   and nouns[s2.split()[-1].lower()]), None)
                if longer is not None:
                    key, surface = longer
            if len(surface.split()) == 1:  # two characteristic nouns: "Sanctions and NATO"
                other = next(((k2, s2) for k2, s2 in taken[1:6] if len(k2) == 1 and not set(k2) & set(key)
                              and nouns[s2.lower()] >= 2 and nouns[surface.lower()] >= 2
                              and not s2.isupper() and lift(k2[0]) >= 3.0
                              and value_of[k2] >= 0.5 * best), None)
                if other is not None:
                    surface = f"{surface} {'et' if self.language == 'french' else 'and'} {other[1]}"
                    key = key + other[0]
            if len(surface.split()) == 1:  # still one word: the best phrase there is
                longer = next(((k2, s2) for k2, s2 in taken if len(k2) > 1 and nouns[s2.split()[-1].lower()]),
                              None) or next(((k2, s2) for k2, s2 in taken if len(k2) > 1), None)
                if longer is not None:
                    key, surface = longer
            label = _sentence_case(surface)
            if label.casefold() in {x.casefold() for x in labels}:  # never two topics with one label
                other = next((s2 for k2, s2 in taken[1:] if _sentence_case(s2).casefold()
                              not in {x.casefold() for x in labels} and len(s2.split()) > 1), None)
                label = _sentence_case(other) if other else f"{label} ({k + 1})"
            used_stems.append(set(key))
            labels.append(label)
        return labels


def _sentence_case(phrase: str) -> str:
    """Capitalise the first letter, keep the rest as written (names stay capitalised)."""
    return phrase[:1].upper() + phrase[1:] if phrase else phrase


def headline_title(titles: Sequence[str], texts: Sequence[str], language: str = "english",
                   min_words: int = 3, max_words: int = 25,
                   doc_terms: Sequence[set[str]] | None = None) -> str:
    """The most representative headline: the one whose content words the most articles share.

    Each headline of ``min_words``-``max_words`` words is scored by the mean share of articles
    (``texts``, with their headlines) that contain each of its content stems; "" when no headline
    qualifies.  ``doc_terms`` (each article's stems, when already known) saves stemming the texts.
    """
    from ..nlp.words import Analyzer

    analyzer = Analyzer(language)
    if doc_terms is None:
        docs = [set(analyzer.terms(f"{h}\n{t}")) for h, t in zip(titles, texts)]
    else:
        docs = [set(d) | set(analyzer.terms(h)) for h, d in zip(titles, doc_terms)]
    n = len(docs) or 1
    df = Counter(chain.from_iterable(docs))  # articles per stem (each doc is a set)
    best, best_key = "", None
    seen: set[str] = set()
    for h in titles:
        h = " ".join(h.split())
        if not h or h in seen:
            continue
        seen.add(h)
        nwords = len(_WORD.findall(h))
        if nwords < min_words or nwords > max_words:
            continue
        stems = set(analyzer.terms(h))
        if not stems:
            continue
        share = sum(df[s] / n for s in stems) / len(stems)
        # a small preference for headlines that say more (more shared stems), then for brevity
        key = (round(share * (1.0 - 0.5 / (1 + len(stems))), 9), -nwords, h)
        if best_key is None or key > best_key:
            best, best_key = h, key
    return best


def fallback_title(text: str, max_words: int = 12) -> str:
    """A title from a point's words: its first ``max_words`` words, quotation marks dropped."""
    words = re.sub(r"[\"“”„«»]", "", text).split()
    if not words:
        return ""
    out = " ".join(words[:max_words]).rstrip(",;:")
    if len(words) > max_words:
        out += "…"
    return _sentence_case(out)
