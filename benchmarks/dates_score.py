"""Score the date reader (briefing.find_dates) on TempEval-3-style JSON Lines.

    python benchmarks/dates_score.py DATA.jsonl [--show N] [--coarse]

A copy of the shared trust harness (``dates_score.py``) with its adapters on the public API:
``briefing.parse_article``, ``briefing.segment`` and ``briefing.find_dates``. Each row is one
document: ``id``, ``title``, ``date`` (the document's creation time, ISO), ``text`` and ``timexes``
(``start``, ``end``, ``type``, ``value``, ``text``, ``full_day``, ``day``), offsets into ``text``.

Figures (the matching rules of the shared harness):
- recall: gold DATE timexes with a full-day value (YYYY-MM-DD, or a part or time of that day) at which
  the reader reports a day (a mention starts inside the timex span, 2 characters of slack before it);
  accuracy: of those, the share resolved to the gold day; end-to-end = correct / gold. Wrong ones with
  the gold month and day in another year count as `wrong year`.
- timeline: sentences with a full-day gold date whose first reported day is one of their gold days.
- false dates: reported days in sentences without any gold DATE/TIME; `spurious`: not inside any
  gold TIMEX3; `over-specified`: a day for a gold DATE whose value is not a day.
- dates read as counts: quantities of the figure reader overlapping a gold DATE or TIME.
- ``--coarse`` adds the granularity check: gold DATEs whose value is a week, month or year
  (``1998-W10``, ``1998-08``, ``1998``) at which find_dates reports a mention, and the share of those
  with exactly the gold value.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import re
from collections import Counter

from _align import align, move  # noqa: E402 - shared by the trust harnesses


# ---- adapters: every call into the project is here ------------------------------------------------
def project_article(row):
    """The article as the project ingests it (briefing.parse_article on a JSON record)."""
    from briefing import parse_article
    rec = {'title': row['title'], 'text': row['text'], 'date': row['date']}
    return parse_article(json.dumps(rec), f"{row['id']}.json", fmt='json')[0]


def project_sentences(article):
    """[(start, end, text)] of the article's sentences (briefing.segment)."""
    from briefing import segment
    return [(s.start, s.end, s.text) for s in segment([article])]


def project_mentions(sentence, article_date):
    """Every mention briefing.find_dates reads in one sentence: [(position, value, granularity)]."""
    from briefing import find_dates
    return [(m.start, m.value, m.granularity) for m in find_dates(sentence, reference=article_date)]


def project_dates(sentence, article_date):
    """[(position in sentence, ISO day)]: the mentions resolved to a day."""
    return [(p, v) for p, v, g in project_mentions(sentence, article_date) if g == 'day']


def project_quantities(sentence):
    """[(start, end, value)] of the figure reader (internal: briefing.analysis.numbers)."""
    from briefing.analysis.numbers import find_quantities
    return [(q.start, q.end, q.value) for q in find_quantities(sentence, 'english')]
# -----------------------------------------------------------------------------------------------------


def read_jsonl(path):
    with open(path, encoding='utf-8') as f:
        return [json.loads(line) for line in f if line.strip()]


def evaluate(prepared, examples=None):
    c = Counter()
    for row, art, m, sents in prepared:
        day = dt.date.fromisoformat(row['date'])
        gold = []
        for t in row['timexes']:
            sp = move(m, t['start'], t['end'])
            if sp is None:
                if t['full_day']:
                    c['gold'] += 1
                    c['lost'] += 1
                continue
            gold.append((sp, t))
        for ss, se, stext in sents:
            g_in = [(sp, t) for sp, t in gold if ss <= sp[0] < se]
            found = [(ss + p, iso) for p, iso in project_dates(stext, day)]
            has_date = any(t['type'] in ('DATE', 'TIME') for _, t in g_in)
            full = [(sp, t) for sp, t in g_in if t['full_day']]
            for p, iso in found:
                c['mentions'] += 1
                inside = [t for sp, t in g_in if sp[0] - 2 <= p < sp[1]]
                if not has_date:
                    c['false_sent'] += 1
                    if examples is not None:
                        examples.append(('false date', stext, iso, ''))
                if not inside:
                    c['spurious'] += 1
                elif not any(t['full_day'] for t in inside) and any(t['type'] == 'DATE' for t in inside):
                    c['overspec'] += 1
                    if examples is not None:
                        t = inside[0]
                        examples.append(('over-specified', stext, iso, f"{t['text']!r}={t['value']}"))
            for sp, t in full:
                c['gold'] += 1
                hit = [iso for p, iso in found if sp[0] - 2 <= p < sp[1]]
                if not hit:
                    if examples is not None:
                        examples.append(('missed', stext, '', f"{t['text']!r}={t['value']}"))
                    continue
                c['found'] += 1
                if hit[0] == t['day']:
                    c['correct'] += 1
                else:
                    if hit[0][5:] == t['day'][5:]:
                        c['wrong_year'] += 1
                    if examples is not None:
                        examples.append(('wrong day', stext, hit[0], f"{t['text']!r}={t['value']}"))
            if full:
                c['tl_sent'] += 1
                if found and found[0][1] in {t['day'] for _, t in full}:
                    c['tl_ok'] += 1
    return c


_COARSE = re.compile(r'^\d{4}(?:-\d{2}|-W\d{2})?$')


def coarse(prepared, examples=None):
    """Gold weeks, months and years: found (a mention starts inside) and exact (same value)."""
    c = Counter()
    for row, art, m, sents in prepared:
        day = dt.date.fromisoformat(row['date'])
        for ss, se, stext in sents:
            mentions = [(ss + p, v, g) for p, v, g in project_mentions(stext, day)]
            for t in row['timexes']:
                sp = move(m, t['start'], t['end'])
                if t['type'] != 'DATE' or sp is None or not ss <= sp[0] < se or not _COARSE.match(t['value']):
                    continue
                kind = 'week' if 'W' in t['value'] else 'month' if len(t['value']) == 7 else 'year'
                c[kind] += 1
                hit = [v for p, v, g in mentions if sp[0] - 2 <= p < sp[1]]
                if hit:
                    c[kind + '_found'] += 1
                    if hit[0] == t['value']:
                        c[kind + '_exact'] += 1
                    elif examples is not None:
                        examples.append((f'wrong {kind}', stext, hit[0], f"{t['text']!r}={t['value']}"))
    return c


def counts_as_dates(prepared, examples=None):
    c = Counter()
    for row, art, m, sents in prepared:
        gold = [sp for sp, t in ((move(m, t['start'], t['end']), t) for t in row['timexes'])
                if sp and t['type'] in ('DATE', 'TIME')]
        for ss, se, stext in sents:
            for qs, qe, v in project_quantities(stext):
                c['quantities'] += 1
                if any(ss + qs < g[1] and ss + qe > g[0] for g in gold):
                    c['on_dates'] += 1
                    if examples is not None:
                        examples.append(('date read as a count', stext, v, ''))
    return c


def rate(a, b):
    return a / b if b else 0.0


def line(c):
    return (f"recall {rate(c['found'], c['gold']):.3f} ({c['found']}/{c['gold']}, lost {c['lost']}), accuracy "
            f"{rate(c['correct'], c['found']):.3f}, end-to-end {rate(c['correct'], c['gold']):.3f}, wrong year "
            f"{c['wrong_year']}, timeline {c['tl_ok']}/{c['tl_sent']}, false dates {c['false_sent']} of "
            f"{c['mentions']} mentions (spurious {c['spurious']}, over-specified {c['overspec']})")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('data', help='JSON Lines of documents with their timexes (e.g. the trust dates dev split)')
    ap.add_argument('--show', type=int, default=0, help='print up to N examples of each kind of error')
    ap.add_argument('--coarse', action='store_true', help='also score weeks, months and years')
    args = ap.parse_args()
    rows = read_jsonl(args.data)
    prepared = []
    for row in rows:
        art = project_article(row)
        prepared.append((row, art, align(row['text'], art.text), project_sentences(art)))
    ex = [] if args.show else None
    c = evaluate(prepared, ex)
    q = counts_as_dates(prepared, ex)
    out = (f"dates {len(rows)} docs | find_dates: {line(c)} | dates read as counts "
           f"{q['on_dates']}/{q['quantities']} quantities")
    if args.coarse:
        k = coarse(prepared, ex)
        out += " | coarse: " + ", ".join(
            f"{g} found {rate(k[g + '_found'], k[g]):.3f} exact {rate(k[g + '_exact'], k[g + '_found']):.3f} "
            f"({k[g + '_exact']}/{k[g + '_found']}/{k[g]})" for g in ('week', 'month', 'year'))
    if ex:
        by = {}
        for e in ex:
            by.setdefault(e[0], []).append(e)
        for kind, es in by.items():
            for e in es[:args.show]:
                print(f"  [{kind}] {e[1][:150]!r} -> {e[2]} (gold {e[3]})")
    print(out)


if __name__ == '__main__':
    main()
