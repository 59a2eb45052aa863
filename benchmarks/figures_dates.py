"""No date read as a quantity: the figures of the dates benchmark's sentences against its gold dates.

    python benchmarks/figures_dates.py [--trust ../shared/bench/trust] [--show N]

A copy of the "dates read as counts" check of ``../shared/bench/trust/dates_score.py`` with its
adapters on the public API: each TempEval-3 development document (one article, dated) is read with
``briefing.parse_article``, split with ``briefing.segment``, and every figure of
``briefing.find_figures`` (parts of totals and ages included, so stricter than the quantities the
differences compare) that overlaps a gold DATE or TIME expression is counted. The shared helpers
(``align``, ``move``, ``read_jsonl``) come from the trust folder; no data is copied here.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def project_article(row):
    """The article as the project ingests it (public API)."""
    from briefing import parse_article

    rec = {"title": row["title"], "text": row["text"], "date": row["date"]}
    return parse_article(json.dumps(rec), f"{row['id']}.json", fmt="json")[0]


def project_sentences(article):
    """[(start, end, text)] of the article's sentences (public API)."""
    from briefing import segment

    return [(s.start, s.end, s.text) for s in segment([article])]


def project_figures(sentence):
    """[(start, end, text)] of every figure of a sentence (public API)."""
    from briefing import find_figures

    return [(f.start, f.end, f.text) for f in find_figures(sentence, language="english")]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--trust", default="../shared/bench/trust", help="the trust benchmarks folder")
    ap.add_argument("--show", type=int, default=0)
    args = ap.parse_args(argv)
    sys.path.insert(0, args.trust)
    from common import align, move, read_jsonl  # the shared benchmark's helpers

    figures = on_dates = 0
    shown = 0
    for row in read_jsonl(str(Path(args.trust) / "dates" / "dev.jsonl")):
        art = project_article(row)
        m = align(row["text"], art.text)
        gold = [sp for sp, t in ((move(m, t["start"], t["end"]), t) for t in row["timexes"])
                if sp and t["type"] in ("DATE", "TIME")]
        for ss, _, stext in project_sentences(art):
            for fs, fe, text in project_figures(stext):
                figures += 1
                if any(ss + fs < g[1] and ss + fe > g[0] for g in gold):
                    on_dates += 1
                    if shown < args.show:
                        shown += 1
                        print(f"  [date read as a figure] {text!r}: {stext[:150]!r}")
    print(f"figures on gold dates: {on_dates}/{figures}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
