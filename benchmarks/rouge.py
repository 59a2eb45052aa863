"""Quality benchmark: ROUGE of the summarizers on a MultiLing-style dataset (run by hand).

    python benchmarks/rouge.py english.jsonl --words 250 [--algorithm default --algorithm lexrank]
                              [--stem/--no-stem] [--language french] [--json out.json]

Dataset format (MultiLing 2011 jsonl, one story a line)::

    {"id": "M000", "language": "english",
     "documents": [{"id": "...", "title": "...", "text": "paragraphs separated by blank lines"}],
     "references": ["human summary", ...]}

Protocol (DUC/MultiLing style): every system summary is made of whole sentences
(:func:`briefing.engine.summarize.summarize`), then cut at exactly ``--words`` whitespace words;
ROUGE-1, ROUGE-2 and ROUGE-L recall and F1 come from Google's ``rouge-score`` package, scored
against each reference separately and averaged over the references (as ROUGE-1.5.5 does with
``-f A``), then averaged over the stories.

Tokens: for English, rouge-score's default tokenizer (lower-case, ``[a-z0-9]+`` runs: the same as
ROUGE-1.5.5), with its Porter stemmer under ``--stem``. That tokenizer drops every non-ASCII
letter, which turns "été" into nothing and "sécurité" into "s curit", so for every other language
the script uses a Unicode tokenizer: lower-case runs of letters and digits (``\\w+`` without the
underscore), with the Snowball stemmer of that language under ``--stem``.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

#: Published recall scores at 250 words (MultiLing 2011 pilot, ROUGE-1.5.5, no stemming).
PUBLISHED_MULTILING = {
    "english": [("Centroid baseline (ID9)", 0.381, 0.110), ("CIST (ID1)", 0.405, 0.121),
                ("LIF (ID4)", 0.444, 0.152), ("CLASSY (ID2)", 0.465, 0.171),
                ("JRC (ID3)", 0.432, 0.173), ("topline, uses the references (ID10)", 0.525, 0.252)],
    "french": [("Centroid baseline (ID9)", None, 0.130), ("CIST (ID1)", None, 0.154),
               ("LIF (ID4)", None, 0.159), ("CLASSY (ID2)", None, 0.197),
               ("JRC (ID3)", None, 0.202), ("topline, uses the references (ID10)", None, 0.286)],
}
#: Published recall on DUC 2004 task 2 (100 words, stemmed): the classic newswire bars.
PUBLISHED_DUC2004 = [("LexRank", None, 0.075), ("Centroid", None, 0.079), ("GreedyKL", None, 0.085),
                     ("Submodular", None, 0.093), ("DPP", 0.395, 0.096), ("ICSISumm", None, 0.098)]


class UnicodeTokenizer:
    """rouge-score tokenizer that keeps Unicode letters: lower-cased ``[^\\W_]+`` runs."""

    _WORD = re.compile(r"[^\W_]+", re.UNICODE)

    def __init__(self, language: str = "english", stem: bool = False) -> None:
        self._stem = None
        if stem:
            from nltk.stem.snowball import SnowballStemmer

            self._stem = SnowballStemmer(language).stem

    def tokenize(self, text: str) -> list[str]:
        toks = self._WORD.findall(text.lower())
        if self._stem:
            toks = [self._stem(t) if len(t) > 3 else t for t in toks]
        return toks


def make_scorer(language: str, stem: bool):
    """A ``RougeScorer`` for ROUGE-1/2/L with the tokenizer described in the module docstring."""
    from rouge_score import rouge_scorer

    if language == "english":
        return rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=stem)
    return rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"],
                                    tokenizer=UnicodeTokenizer(language, stem))


def truncate(sentences: list[str], words: int) -> str:
    """The summary text cut at exactly ``words`` whitespace-separated words."""
    return " ".join(" ".join(sentences).split()[:words])


def load(path: str) -> list[dict]:
    """The stories of a MultiLing-style jsonl file."""
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def articles_of(story: dict):
    """The story's documents as :class:`briefing.model.Article` objects."""
    from briefing.model import Article

    return [Article(text=d["text"], title=d.get("title", ""), date=d.get("date", ""),
                    outlet=d.get("outlet", ""), origin=d.get("id", "")) for d in story["documents"]]


def score_story(summary: str, references: list[str], scorer) -> dict[str, float]:
    """Recall and F1 of ROUGE-1/2/L, each averaged over the references."""
    out: dict[str, list[float]] = {}
    for ref in references:
        s = scorer.score(ref, summary)
        for k, v in s.items():
            out.setdefault(f"{k}_r", []).append(v.recall)
            out.setdefault(f"{k}_f", []).append(v.fmeasure)
    return {k: statistics.fmean(v) for k, v in out.items()}


def run(path: str, algorithms: list[str], words: int, stem: bool, language: str | None = None,
        limit: int | None = None) -> dict[str, dict]:
    """Score every algorithm on the dataset; returns {algorithm: {metric: mean, "seconds": s}}."""
    from briefing.engine.summarize import summarize

    stories = load(path)[:limit]
    lang = language or stories[0].get("language", "english")
    scorer = make_scorer(lang, stem)
    results: dict[str, dict] = {}
    for alg in algorithms:
        per: list[dict[str, float]] = []
        t0 = time.perf_counter()
        for story in stories:
            sents = summarize(articles_of(story), words=words, algorithm=alg, language=lang)
            per.append(score_story(truncate(sents, words), story["references"], scorer))
        secs = time.perf_counter() - t0
        res = {k: statistics.fmean(p[k] for p in per) for k in per[0]}
        res["seconds"] = secs
        res["per_story_r2"] = [p["rouge2_r"] for p in per]
        results[alg] = res
    return results


def table(results: dict[str, dict], language: str, words: int, stem: bool) -> str:
    """A Markdown table of the results, with the published bars for the setting."""
    lines = ["| system | R-1 R | R-2 R | R-L R | R-1 F | R-2 F | R-L F | seconds |",
             "|---|---|---|---|---|---|---|---|"]
    for alg, r in results.items():
        lines.append(f"| **{alg}** | {r['rouge1_r']:.3f} | {r['rouge2_r']:.3f} | {r['rougeL_r']:.3f} | "
                     f"{r['rouge1_f']:.3f} | {r['rouge2_f']:.3f} | {r['rougeL_f']:.3f} | "
                     f"{r['seconds']:.1f} |")
    published = []
    if words == 250 and language in PUBLISHED_MULTILING:
        published = PUBLISHED_MULTILING[language]
        note = "published, MultiLing 2011, ROUGE-1.5.5, no stemming"
    elif words == 100 and stem:
        published = PUBLISHED_DUC2004
        note = "published on DUC 2004 (another dataset), for scale only"
    for name, r1, r2 in published:
        r1s = f"{r1:.3f}" if r1 is not None else ""
        lines.append(f"| {name} ({note}) | {r1s} | {r2:.3f} | | | | | |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("datasets", nargs="+", help="MultiLing-style .jsonl files")
    p.add_argument("--words", type=int, default=250)
    p.add_argument("--algorithm", action="append", dest="algorithms",
                   help="repeatable; default: default and lexrank")
    p.add_argument("--stem", action=argparse.BooleanOptionalAction, default=False,
                   help="stem tokens before matching (Porter for English, Snowball otherwise)")
    p.add_argument("--language", help="override the dataset's language")
    p.add_argument("--limit", type=int, help="only the first N stories")
    p.add_argument("--json", help="also write the results to this file")
    args = p.parse_args(argv)
    algorithms = args.algorithms or ["default", "lexrank"]
    everything = {}
    for path in args.datasets:
        stories = load(path)
        lang = args.language or stories[0].get("language", "english")
        res = run(path, algorithms, args.words, args.stem, args.language, args.limit)
        print(f"\n{path}: {lang}, {len(stories[:args.limit])} stories, {args.words} words, "
              f"{'stemmed' if args.stem else 'no stemming'}, recall/F1 averaged over references")
        print(table(res, lang, args.words, args.stem))
        everything[path] = res
    if args.json:
        Path(args.json).write_text(json.dumps(everything, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
