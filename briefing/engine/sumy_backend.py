"""sumy's summarizers as baselines, run offline on our sentences.

The document is built directly from :class:`~briefing.model.Sentence` objects (one sumy paragraph
per article paragraph, the article title as a heading) with
:class:`briefing.nlp.sumy_tokenizer.SumyTokenizer` for words, so no nltk data is ever needed and
every ranked sentence maps back to its provenance.  sumy's own ratings are captured (not only its
top-k), so a word budget can be filled exactly like the project's own algorithms do.

Note that sumy's summarizers are pure Python and quadratic: LexRank and TextRank take about 11 s
on 1,000 sentences, KL-Sum minutes.
"""

from __future__ import annotations

from typing import Sequence

import numpy as np

from ..model import Article, Sentence

#: sumy algorithm name -> (module, class)
SUMY_ALGORITHMS: dict[str, tuple[str, str]] = {
    "lexrank": ("sumy.summarizers.lex_rank", "LexRankSummarizer"),
    "textrank": ("sumy.summarizers.text_rank", "TextRankSummarizer"),
    "lsa": ("sumy.summarizers.lsa", "LsaSummarizer"),
    "luhn": ("sumy.summarizers.luhn", "LuhnSummarizer"),
    "kl": ("sumy.summarizers.kl", "KLSummarizer"),
    "sumbasic": ("sumy.summarizers.sum_basic", "SumBasicSummarizer"),
    "edmundson": ("sumy.summarizers.edmundson", "EdmundsonSummarizer"),
    "reduction": ("sumy.summarizers.reduction", "ReductionSummarizer"),
}


def build_document(sentences: Sequence[Sentence], articles: Sequence[Article], language: str):
    """A sumy ``ObjectDocumentModel`` of ``sentences`` (titles as headings) and the sumy sentence
    objects in the same order as ``sentences``."""
    from sumy.models.dom import ObjectDocumentModel, Paragraph
    from sumy.models.dom import Sentence as SumySentence

    from ..nlp.sumy_tokenizer import SumyTokenizer

    tok = SumyTokenizer(language)
    paragraphs = []
    objs = []
    current: list = []
    key = None
    seen_title: set[int] = set()
    for s in sentences:
        k = (s.article, s.paragraph)
        if k != key and current:
            paragraphs.append(Paragraph(current))
            current = []
        key = k
        if s.article not in seen_title and 0 <= s.article < len(articles):
            seen_title.add(s.article)
            title = articles[s.article].title.strip()
            if title:
                current.append(SumySentence(title, tok, is_heading=True))
        obj = SumySentence(s.text, tok)
        current.append(obj)
        objs.append(obj)
    if current:
        paragraphs.append(Paragraph(current))
    return ObjectDocumentModel(tuple(paragraphs)), objs


def _summarizer(algorithm: str, language: str, sentences: Sequence[Sentence]):
    from importlib import import_module

    from sumy.nlp.stemmers import Stemmer
    from sumy.utils import get_stop_words

    from ..errors import OptionError

    module, cls = SUMY_ALGORITHMS[algorithm]
    try:
        stemmer = Stemmer(language)
    except LookupError as e:
        raise OptionError("language", f"sumy has no stemmer for {language!r} ({e})") from None
    summarizer = getattr(import_module(module), cls)(stemmer)
    try:
        stop = get_stop_words(language)
    except LookupError:  # sumy ships no list for this language: use the project's own
        from ..nlp.words import stop_words

        stop = stop_words(language)
    if algorithm == "edmundson":
        # Edmundson needs cue words; take the story's most frequent content words as bonus words
        from ..nlp.words import word_tokens

        counts: dict[str, int] = {}
        stops = {w.lower() for w in stop}
        for s in sentences:
            for w in {t.lower() for t in word_tokens(s.text)}:
                if w not in stops and not w.isdigit() and len(w) > 2:
                    counts[w] = counts.get(w, 0) + 1
        top = sorted(counts, key=lambda w: (-counts[w], w))[:20]
        summarizer.bonus_words = top
        summarizer.stigma_words = ["?"]
        summarizer.null_words = stop
    else:
        summarizer.stop_words = stop
    return summarizer


def sumy_scores(sentences: Sequence[Sentence], articles: Sequence[Article], algorithm: str,
                language: str = "english") -> np.ndarray:
    """sumy's rating of every sentence, turned into a rank score (higher is better).

    The score is ``n - rank`` in sumy's own order (ties kept in document order, as sumy does).

    Args:
        sentences: the sentences to rate.
        articles: the articles they point into.
        algorithm: one of :data:`SUMY_ALGORITHMS`.
        language: whose stemmer and stop words sumy uses.

    Returns:
        One score per sentence.

    Raises:
        OptionError: sumy has no stemmer for ``language``.
    """
    n = len(sentences)
    if n == 0:
        return np.zeros(0)
    doc, objs = build_document(sentences, articles, language)
    summarizer = _summarizer(algorithm, language, sentences)
    ranked: list[int] = []

    def capture(infos):
        infos = list(infos)
        ranked.extend(i.order for i in infos)
        return infos

    summarizer(doc, capture)
    out = np.zeros(n)
    for r, order in enumerate(ranked):
        if 0 <= order < n:
            out[order] = float(n - r)
    return out
