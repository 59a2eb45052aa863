"""The ROUGE benchmark's protocol helpers (truncation, Unicode tokens); no dataset needed."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

pytest.importorskip("rouge_score")

_spec = importlib.util.spec_from_file_location(
    "bench_rouge", Path(__file__).resolve().parents[2] / "benchmarks" / "rouge.py")
rouge = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(rouge)


def test_truncate_cuts_at_exactly_n_words():
    assert rouge.truncate(["One two three.", "Four five six."], 4) == "One two three. Four"
    assert rouge.truncate(["One two."], 10) == "One two."


def test_unicode_tokenizer_keeps_accents():
    tok = rouge.UnicodeTokenizer("french")
    assert tok.tokenize("La sécurité a été renforcée, l'armée déployée.") == [
        "la", "sécurité", "a", "été", "renforcée", "l", "armée", "déployée"]
    stemmed = rouge.UnicodeTokenizer("french", stem=True).tokenize("renforcée renforcer")
    assert stemmed[0] == stemmed[1]


def test_french_scores_count_accented_words():
    scorer = rouge.make_scorer("french", stem=False)
    s = rouge.score_story("été sécurité", ["sécurité été renforcée"], scorer)
    assert s["rouge1_r"] == pytest.approx(2 / 3)
    english = rouge.make_scorer("english", stem=False)
    # the default (ASCII) tokenizer would split "sécurité" into "s" and "curit"
    assert english.score("sécurité", "sécurité")["rouge1"].recall == 1.0
    assert rouge.score_story("a b", ["a b", "a c"], english)["rouge1_r"] == pytest.approx(0.75)
