"""Score the quotation finder on a quotes benchmark (PolNeAR conversion of ../shared/bench/trust).

    python benchmarks/quotes_score.py PATH/TO/quotes/dev.jsonl [-v] [--show N]

A copy of the shared scorer ``../shared/bench/trust/quotes_score.py`` whose adapters call the public
API only: :func:`briefing.parse_article` (ingestion), :func:`briefing.find_quotes` (every quotation
with its resolved speaker) and :func:`briefing.build_briefing` (the key quotes the page shows). The
dataset is not in the repository: pass its path. Matching rules (unchanged from the shared scorer):

    python ../shared/bench/trust/quotes_score.py [-v] [--show N]   (from the project root, in its venv)

Each article is one story of one article, read through the public ingestion (briefing.parse_article on a
JSON record: title, text, date, outlet); gold offsets are carried into the ingested text by alignment
(a gold quotation that ingestion drops counts as missed and is reported as `lost`).

What is measured (gold = double-quoted spans of 4+ words inside an attribution's content, titles and
nicknames in quotation marks left out: see quotes_convert.py):
- detection: a project quotation (any of its parts, in the article text) matches a gold quotation when
  they overlap by at least half of the shorter one. Recall = matched gold / gold. Precision = project
  quotations matching any attributed quoted span (of any length) / project quotations; the others are
  scare quotes, titles, nicknames or narration shown as a quote.
- speaker: for each detected gold quotation whose speaker can be named, is the project's (resolved,
  canonical) speaker the gold one? Matching rule: the last word of the predicted speaker (lower-cased,
  possessive and dots stripped) must be one of the gold name words, which are: when the source's
  syntactic head is a proper name ("Trump campaign manager Kellyanne Conway" -> "Kellyanne Conway"), its
  words minus titles (its last word always counts); when it is a pronoun or a common noun ("she", "the president"), the words of the
  names of its CoreNLP coreference chain whose surname is the most frequent in the chain (no such names:
  the quotation's speaker is `unnamed` and left out of the accuracy). Titles alone ("President") never
  match. A predicted "he"/"she" is wrong.
- wrong speakers of gold persons are classed: empty, pronoun, non-person (every capitalised word CoreNLP
  tags in that article as ORGANIZATION/LOCATION/MISC and never PERSON, or an organisation noun:
  "Campaign", "Ministry"), fragment (capitalised words CoreNLP never tags as a person and no role noun:
  "Sept", "Ground Zero Hillary"), description (a role noun: "Spokesman"), other-person.
  "not a person" = non-person + fragment.
- shown: the same for the quotes the briefing shows (QuoteFinder.find: top 5 per story).
- baseline: every double-quoted span of 4+ words, speaker = the nearest capitalised name before/after a
  speech verb next to the quotation (a he/she there: the last capitalised name before it), else the last
  capitalised name before the quotation in its paragraph.
"""
import argparse
import json
import os
import re
import sys
from collections import Counter

from _align import align, move  # noqa: E402 - shared by the trust harnesses



def read_jsonl(path):
    with open(path, encoding='utf-8') as f:
        return [json.loads(line) for line in f if line.strip()]


# ---- adapters: every call into the project is here ------------------------------------------------
def project_article(row):
    """The article as the project ingests it (public API: briefing.parse_article on a JSON record)."""
    from briefing import parse_article
    rec = {'title': row['title'], 'text': row['text'], 'date': row['date'], 'source': row['outlet']}
    return parse_article(json.dumps(rec), f"{row['id']}.json", fmt='json')[0]


def project_quotes(article):
    """(every quotation with its resolved speaker, the key quotes the page shows) for a one-article
    story. Public API: briefing.find_quotes and briefing.build_briefing."""
    from briefing import build_briefing, find_quotes
    every = [{'parts': [tuple(p) for p in q.parts], 'speaker': q.speaker, 'text': q.text} for q in find_quotes(article)]
    shown = [{'text': q.text, 'speaker': q.speaker} for q in build_briefing([article]).quotes]
    return every, shown


# -----------------------------------------------------------------------------------------------------


PRONOUNS = {'he', 'she', 'him', 'her', 'they', 'them', 'i', 'we', 'you', 'it', 'his', 'hers', 'their'}
TITLES = set('''mr mrs ms miss dr sen senator rep representative gov governor president vice pres gen general
secretary minister chancellor mayor judge justice speaker leader chairman chairwoman chair ceo sir lord lady
prince princess king queen pope rev reverend prof professor lt col capt sgt adm attorney former house
majority minority republican democratic democrat gop candidate nominee ambassador director chief state u.s
us dem r d i first the a an of and'''.split())
ROLE_NOUNS = set('''spokesman spokeswoman spokesperson spokespeople official officials aide aides adviser advisor
advisers source sources analyst analysts expert experts strategist strategists staffer staffers president
senator candidate nominee chairman chairwoman director secretary governor mayor host anchor moderator reporter
reporters author lawyer attorney lawmaker lawmakers congressman congresswoman representative supporter
supporters voter voters resident residents witness witnesses critic critics official leader leaders officer
police manager aide executive economist professor researcher pollster surrogate member members man woman
mother father son daughter wife husband friend people protester protesters student students worker workers
judge prosecutor prosecutors investigator investigators doctor physician chief minister ambassador'''.split())
ORG_NOUNS = set('''campaign committee ministry department office government administration network newspaper
agency party council court house senate congress commission group team company corporation university
times post news journal magazine channel cnn fox msnbc abc nbc cbs reuters ap press foundation institute
center centre association union coalition board bureau service services pac fund organization
organisation council embassy army military police federation republicans democrats gop whitehouse'''.split())
SPEECH = set('''said says say saying told tells tell added adds asked asks wrote writes tweeted tweets explained
explains stated states continued continues insisted insists argued argues noted notes declared declares
replied replies recalled recalls warned warns acknowledged acknowledges claimed claims suggested suggests
according joked jokes responded responds remarked remarks shouted yelled'''.split())
STOP = set('the a an and but or of in on at to for from by with as this that these those it its our their his her'.split())


def words(s):
    return re.findall(r"[^\W\d_][\w'’.-]*", s)


def norm(w):
    w = re.sub(r"['’]s$", '', w.lower()).strip('.-\'’')
    return w


def gold_names(q):
    """(gold name words, named?) of a gold quotation's speaker (see the module docstring)."""
    head = q.get('head') or ''
    hw = words(head)
    proper = [w for w in hw if w[:1].isupper() and norm(w) not in TITLES and norm(w) not in PRONOUNS]
    if proper and head[:1].isupper() and norm(hw[-1]) not in PRONOUNS:
        return {norm(w) for w in proper} | {norm(hw[-1])}, True  # the surname even if it is "King"
    if not head:  # no CoreNLP: the source's capitalised words
        sw = [w for w in words(q['source']) if w[:1].isupper() and norm(w) not in TITLES | PRONOUNS | STOP]
        if sw:
            return {norm(w) for w in sw}, True
    surnames = Counter()
    for name, n in q.get('aliases', []):
        ws = [w for w in words(name) if norm(w) not in TITLES]
        if ws:
            surnames[norm(ws[-1])] += n
    if surnames:
        top = max(surnames.values())
        keep = {s for s, n in surnames.items() if n == top}
        g = set()
        for name, n in q.get('aliases', []):
            ws = [w for w in words(name) if norm(w) not in TITLES]
            if ws and norm(ws[-1]) in keep:
                g |= {norm(w) for w in ws}
        return g, True
    return {norm(w) for w in hw if norm(w) not in STOP | PRONOUNS}, False


def classify(pred, ner):
    """Why a predicted speaker is wrong: empty, pronoun, non-person, fragment, description, other-person."""
    ws = words(pred)
    if not ws:
        return 'empty'
    if norm(ws[-1]) in PRONOUNS:
        return 'pronoun'
    caps = [w for w in ws if w[:1].isupper()]
    votes = Counter()
    for w in caps:
        for cand in (w, re.sub(r"['’]s$", '', w), w.rstrip('.')):
            if cand in ner:
                votes.update(ner[cand])
                break
    last = norm(ws[-1])
    if votes.get('PERSON', 0) > 0:
        return 'other-person'
    if last in ROLE_NOUNS:
        return 'description'
    if last in ORG_NOUNS or sum(v for t, v in votes.items() if t in ('ORGANIZATION', 'LOCATION', 'MISC')) > 0:
        return 'non-person'
    return 'fragment'


def judge(pred, q, ner):
    g, named = gold_names(q)
    ws = words(pred)
    last = norm(ws[-1]) if ws else ''
    head = words(q.get('head') or '')
    if last in g and last not in PRONOUNS and (last not in TITLES or (head and last == norm(head[-1]))):
        return 'correct'
    if ws and not named and norm(ws[-1]) in g:
        return 'correct'
    return classify(pred, ner)


def overlap(a, b):
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def matches(p, g):
    ov = overlap(p, g)
    return ov > 0 and ov >= 0.5 * min(p[1] - p[0], g[1] - g[0])


# ---- baseline ------------------------------------------------------------------------------------------
OPEN, CLOSE = '"“', '"”'


def quote_spans(para):
    """The baseline's quotation spans (the shared converter's double_quote_spans)."""
    out = []
    open_at, open_ch, nested = -1, '', 0
    for i, ch in enumerate(para):
        if ch not in OPEN and ch not in CLOSE:
            continue
        if open_at < 0:
            if ch in OPEN and not (ch == '"' and i > 0 and para[i - 1].isalnum() and i + 1 < len(para)
                                   and not para[i + 1].isalnum()):
                open_at, open_ch, nested = i, ch, 0
            continue
        if open_ch == '"' and ch == '“':
            nested += 1
        elif open_ch == '"' and ch == '”' and nested:
            nested -= 1
        elif open_ch == '“' and ch == '“':
            open_at = i  # an unclosed quotation restarts
        elif ch in CLOSE:
            if i > open_at + 1:
                out.append((open_at + 1, i))
            open_at = -1
    if open_at >= 0 and len(para) - open_at > 1:
        out.append((open_at + 1, len(para)))
    return out


_TOK = re.compile(r"[A-Za-z][\w'’.-]*|[.!?;:,]")


def cap_runs(toks):
    runs, cur = [], []
    for k, t in enumerate(toks):
        if t[:1].isupper() and t.lower() not in STOP and norm(t) not in PRONOUNS:
            cur.append(k)
        else:
            if cur:
                runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    return runs


def last_name_before(text):
    toks = _TOK.findall(text)
    runs = [r for r in cap_runs(toks) if len(r) >= 2 or (r and r[0] > 0 and toks[r[0] - 1] not in '.!?')]
    return ' '.join(toks[k] for k in runs[-1]) if runs else ''


def baseline_speaker(text, para_start, qs, qe, masked):
    after = masked[qe + 1:qe + 160]
    after = re.split(r'[.!?]\s|[“"]', after)[0]
    toks = _TOK.findall(after)[:12]
    before_ctx = masked[max(0, para_start - 800):qs]
    for k, t in enumerate(toks):
        if t.lower() in SPEECH:
            runs_before = [r for r in cap_runs(toks[:k])]
            if runs_before:
                return ' '.join(toks[j] for j in runs_before[-1])
            if k > 0 and toks[k - 1].lower() in ('he', 'she'):
                return last_name_before(before_ctx)
            runs_after = cap_runs(toks[k + 1:])
            if runs_after:
                return ' '.join(toks[k + 1 + j] for j in runs_after[0])
            if k + 1 < len(toks) and toks[k + 1].lower() in ('he', 'she'):
                return last_name_before(before_ctx)
            break
    sent = re.split(r'(?<=[.!?])\s', masked[para_start:qs])[-1]
    toks = _TOK.findall(sent)
    idx = [k for k, t in enumerate(toks) if t.lower() in SPEECH]
    if idx:
        k = idx[-1]
        runs = cap_runs(toks[:k])
        if runs:
            return ' '.join(toks[j] for j in runs[-1])
        if k > 0 and toks[k - 1].lower() in ('he', 'she'):
            return last_name_before(masked[max(0, para_start - 800):para_start + len(masked[para_start:qs]) - len(sent)])
    return last_name_before(masked[para_start:qs])


def baseline_quotes(text):
    out = []
    pos = 0
    spans = []
    for p in text.split('\n\n'):
        for s, e in quote_spans(p):
            spans.append((pos, pos + s, pos + e))
        pos += len(p) + 2
    masked = list(text)
    for _, s, e in spans:
        for i in range(s, e):
            masked[i] = ' ' if text[i].isspace() else 'x'
    masked = ''.join(masked)
    for ps, s, e in spans:
        if len(re.findall(r"\w+(?:['’]\w+)*", text[s:e])) < 4:
            continue
        out.append({'parts': [(s, e)], 'speaker': baseline_speaker(text, ps, s, e, masked), 'text': text[s:e]})
    return out


# ---- scoring -------------------------------------------------------------------------------------------
def squash(s):
    return re.sub(r'\W+', '', s.lower())


def prepare(rows):
    """(row, ingested article, offset map) per article."""
    out = []
    for row in rows:
        art = project_article(row)
        out.append((row, art, align(row['text'], art.text)))
    return out


def evaluate(prepared, system, examples=None):
    """system(row, article) -> (every, shown). Returns a dict of counts."""
    c = Counter()
    for row, art, m in prepared:
        golds, gold_any = [], []
        for q in row['quotes']:
            sp = move(m, q['start'], q['end'])
            if sp is None:
                if q['words'] >= 4 and not q['title_like']:
                    c['lost'] += 1
                    c['gold'] += 1
                continue
            gold_any.append(sp)
            if q['words'] >= 4 and not q['title_like']:
                golds.append((sp, q))
        c['gold'] += len(golds)
        every, shown = system(row, art)
        c['pred'] += len(every)
        for p in every:
            if any(matches(part, g) for part in p['parts'] for g in gold_any):
                c['pred_ok'] += 1
            elif examples is not None:
                examples.append(('not a quote', art.text[p['parts'][0][0]:p['parts'][0][1]][:100], p['speaker'], ''))
        for sp, q in golds:
            best, best_ov = None, 0
            for p in every:
                for part in p['parts']:
                    if matches(part, sp) and overlap(part, sp) > best_ov:
                        best, best_ov = p, overlap(part, sp)
            if best is None:
                if examples is not None:
                    examples.append(('missed', art.text[sp[0]:sp[1]][:100], '', q['source']))
                continue
            c['found'] += 1
            g, named = gold_names(q)
            if not q['source'] or not named:
                c['unnamed'] += 1
                continue
            c['judged'] += 1
            verdict = judge(best['speaker'], q, row['ner'])
            c['ok'] += verdict == 'correct'
            if q['kind'] == 'person':
                c['person'] += 1
                c['person:' + verdict] += 1
            if verdict != 'correct' and examples is not None:
                examples.append((f'speaker {verdict}', art.text[sp[0]:sp[1]][:80], best['speaker'], q['source']))
        # shown quotes: find each one's spans among `every` by its words
        for s in shown:
            key = squash(s['text'])
            src = next((p for p in every if squash(p['text']) == key), None) or \
                next((p for p in every if key and key in squash(p['text'])), None)
            c['shown'] += 1
            if src is None:
                c['shown_unmapped'] += 1
                continue
            gold_hit = [(sp, q) for sp, q in golds if any(matches(part, sp) for part in src['parts'])]
            if any(matches(part, g) for part in src['parts'] for g in gold_any):
                c['shown_ok'] += 1
            elif examples is not None:
                examples.append(('shown, not a quote', s['text'][:100], s['speaker'], ''))
            if gold_hit:
                sp, q = gold_hit[0]
                g, named = gold_names(q)
                if q['source'] and named:
                    c['shown_judged'] += 1
                    v = judge(s['speaker'], q, row['ner'])
                    c['shown_spk_ok'] += v == 'correct'
                    if q['kind'] == 'person' and v in ('non-person', 'fragment'):
                        c['shown_nonperson'] += 1
    return c


def rate(a, b):
    return a / b if b else 0.0


def summary(c):
    notp = c['person:non-person'] + c['person:fragment']
    return (f"detect R {rate(c['found'], c['gold']):.3f} P {rate(c['pred_ok'], c['pred']):.3f} "
            f"(gold {c['gold']}, lost {c['lost']}, pred {c['pred']}) | speaker acc {rate(c['ok'], c['judged']):.3f} "
            f"of {c['judged']} (persons {rate(c['person:correct'], c['person']):.3f}; not-a-person "
            f"{notp}/{c['person']} = {rate(notp, c['person']):.3f}) | shown P {rate(c['shown_ok'], c['shown']):.3f} "
            f"spk {rate(c['shown_spk_ok'], c['shown_judged']):.3f} not-a-person {c['shown_nonperson']}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('dataset', help='the quotes benchmark as JSON Lines (e.g. ../shared/bench/trust/quotes/dev.jsonl)')
    ap.add_argument('--split', default='dev', help='the name printed with the figures')
    ap.add_argument('-v', action='store_true', help='breakdown of wrong speakers')
    ap.add_argument('--show', type=int, default=0, help='print N example failures of each kind')
    args = ap.parse_args()
    sys.path.insert(0, os.getcwd())  # the project at the current directory wins over an installed one
    rows = read_jsonl(args.dataset)
    ex = [] if args.show else None
    prepared = prepare(rows)
    proj = evaluate(prepared, lambda row, art: project_quotes(art), ex)
    base = evaluate(prepared, lambda row, art: (baseline_quotes(art.text), []))
    if args.v:
        for name, c in (('project', proj), ('baseline', base)):
            print(name, {k: v for k, v in sorted(c.items()) if k.startswith('person')}, 'unnamed', c['unnamed'])
    if ex:
        by = {}
        for e in ex:
            by.setdefault(e[0].split()[0] if e[0].startswith('speaker') else e[0], []).append(e)
        for kind, es in by.items():
            for e in es[:args.show]:
                print(f'  [{e[0]}] “{e[1]}” -> {e[2]!r} (gold: {e[3]!r})')
    print(f"quotes[{args.split}] PolNeAR {len(rows)} articles | project: {summary(proj)} || baseline: "
          f"detect R {rate(base['found'], base['gold']):.3f} P {rate(base['pred_ok'], base['pred']):.3f} "
          f"speaker acc {rate(base['ok'], base['judged']):.3f} (persons {rate(base['person:correct'], base['person']):.3f}; "
          f"not-a-person {rate(base['person:non-person'] + base['person:fragment'], base['person']):.3f})")


if __name__ == '__main__':
    main()
