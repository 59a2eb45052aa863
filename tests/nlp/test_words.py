"""Words, stems, stop words and the offline sumy tokenizer."""

from __future__ import annotations

import pytest

from briefing.errors import BriefingError
from briefing.nlp.sumy_tokenizer import SumyTokenizer
from briefing.nlp.words import Analyzer, is_number, stop_words, word_tokens


def test_word_tokens():
    assert word_tokens("Russia's 125,000 troops didn't move; U.S. officials met at 10:30.") == [
        "Russia's", "125,000", "troops", "didn't", "move", "U.S.", "officials", "met", "at", "10:30"]
    assert word_tokens("pro-Russian COVID-19 100.000 4.5% São Paulo l'économie") == [
        "pro-Russian", "COVID-19", "100.000", "4.5", "São", "Paulo", "l'économie"]
    assert word_tokens("end.Next, 3.") == ["end", "Next", "3"]
    assert word_tokens("Москва и Київ") == ["Москва", "и", "Київ"]


def test_is_number():
    assert is_number("125,000") and is_number("4.5") and is_number("2022")
    assert not is_number("COVID-19") and not is_number("3D") and not is_number("abc")


def test_analyzer_terms_english():
    a = Analyzer("english")
    assert a.terms("The troops were moving towards Ukraine's border in 2022.") == ["troop", "move", "ukrain", "border"]
    assert a.stem("Running") == "run"
    assert a.stem("government’s") == a.stem("government's") == a.stem("government") == "govern"
    assert "the" in a.stopwords and "troops" not in a.stopwords
    assert Analyzer("en", numbers=True).terms("125,000 troops") == ["125,000", "troop"]


def test_analyzer_french_elision():
    a = Analyzer("french")
    assert a.terms("L'économie de l'Union") == a.terms("économie Union")
    assert a.terms("qu’il") == []


def test_analyzer_is_cheap_to_build_and_shares_stems():
    assert Analyzer("english").stem is Analyzer("en").stem


def test_analyzer_unknown_language():
    with pytest.raises(BriefingError, match="no stemmer"):
        Analyzer("klingon")
    assert stop_words("klingon") == frozenset()


def test_sumy_tokenizer_runs_lexrank_offline(tmp_path):
    nltk = pytest.importorskip("nltk")
    pytest.importorskip("sumy")
    from sumy.nlp.stemmers import Stemmer
    from sumy.parsers.plaintext import PlaintextParser
    from sumy.summarizers.lex_rank import LexRankSummarizer

    saved = list(nltk.data.path)
    nltk.data.path[:] = [str(tmp_path)]
    try:
        text = ("Gen. Smith met U.S. officials on Jan. 21 in Geneva. The talks lasted two hours.\n\n"
                "Officials said the talks were useful. Smith said the U.S. would answer in writing. "
                "Nobody expected a breakthrough.")
        tok = SumyTokenizer("english")
        doc = PlaintextParser.from_string(text, tok).document
        assert [str(s) for s in doc.sentences][0] == "Gen. Smith met U.S. officials on Jan. 21 in Geneva."
        summary = LexRankSummarizer(Stemmer("english"))(doc, 2)
        assert len(summary) == 2
        assert tok.to_words("In 2022, 125,000 troops moved.") == ("In", "troops", "moved")
    finally:
        nltk.data.path[:] = saved


def test_docstring_examples():
    import doctest

    import briefing.nlp
    import briefing.nlp.sumy_tokenizer
    import briefing.nlp.words

    for module in (briefing.nlp, briefing.nlp.words, briefing.nlp.sumy_tokenizer):
        result = doctest.testmod(module)
        assert result.attempted > 0 and result.failed == 0, module.__name__


@pytest.mark.parametrize("module,name", [
    ("text_rank", "TextRankSummarizer"), ("lsa", "LsaSummarizer"), ("luhn", "LuhnSummarizer"),
    ("kl", "KLSummarizer"), ("sum_basic", "SumBasicSummarizer"), ("reduction", "ReductionSummarizer"),
    ("edmundson", "EdmundsonSummarizer"),
])
def test_every_sumy_summarizer_runs_offline(tmp_path, module, name):
    import importlib

    nltk = pytest.importorskip("nltk")
    pytest.importorskip("sumy")
    from sumy.nlp.stemmers import Stemmer
    from sumy.parsers.plaintext import PlaintextParser

    saved = list(nltk.data.path)
    nltk.data.path[:] = [str(tmp_path)]
    try:
        text = ("Gen. Smith met U.S. officials on Jan. 21 in Geneva. The talks lasted two hours. "
                "Officials said the talks were useful.\n\nSmith said the U.S. would answer in writing. "
                "Nobody expected a breakthrough. The talks will go on next week.")
        doc = PlaintextParser.from_string(text, SumyTokenizer("english")).document
        summarizer = getattr(importlib.import_module(f"sumy.summarizers.{module}"), name)(Stemmer("english"))
        summarizer.stop_words = sorted(stop_words("english"))
        if name == "EdmundsonSummarizer":
            summarizer.bonus_words, summarizer.stigma_words = ["talks"], ["nobody"]
            summarizer.null_words = sorted(stop_words("english"))
        summary = summarizer(doc, 2)
        assert len(summary) == 2 and all(str(s) in text for s in summary)
    finally:
        nltk.data.path[:] = saved
