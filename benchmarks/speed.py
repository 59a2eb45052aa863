"""Speed and memory at every scale: per stage, for the whole CLI run, against sumy's LexRank.

    .venv/bin/python benchmarks/speed.py                      # sizes 10 100 1000 2000 5000
    .venv/bin/python benchmarks/speed.py --sizes 10,100 --runs 5 --out /tmp/speed.md

For each size it generates a story with ``benchmarks/corpus.py`` (seeded, Markdown files in a
temporary folder) and measures, each case in a fresh subprocess:

* the stages through the public API (import, ingest, segment, the engine's own stages as it reports
  them through ``build_briefing(progress=...)``, render PDF): wall time and peak RSS during the stage
  (the kernel's high-water mark, reset between stages through ``/proc/self/clear_refs``);
* the whole command line, ``briefing build DIR --pdf ... --md ... --quiet``: wall time, the child's
  peak RSS (``wait4`` rusage), and the number of PDF pages;
* sumy's LexRank (the offline tokenizer, 10 sentences) on the same sentences, with a timeout and an
  address-space cap; sumy builds a dense n-by-n matrix in pure Python, so large sizes are skipped
  with the reason stated;
* cold start: ``briefing --help`` and ``briefing build samples/``, medians of ``--runs`` runs;
* the doubling ratio time(2n)/time(n) between consecutive sizes (normalised to one doubling when the
  sizes are not exactly 2x apart).

It prints a Markdown report and writes it to ``--out`` (default ``benchmarks/SPEED.md``); anything
below the ``<!-- notes -->`` line of an existing report is kept.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOTES_MARK = "<!-- notes -->"
TARGETS = {"help": 0.3, "build_samples": 2.0, "n1000_seconds": 15.0, "n1000_mb": 1536.0, "doubling": 2.3}


# ---------------------------------------------------------------------------------------------
# Children (run in fresh interpreters)


def _hwm_mb() -> float:
    """Peak resident set size of this process since the last reset, in MB."""
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _reset_hwm() -> None:
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
    except OSError:  # not Linux, or not allowed: peaks become cumulative
        pass


class StageClock:
    """Wall time and peak RSS of consecutive named stages."""

    def __init__(self) -> None:
        self.rows: list[dict] = []
        self.name: str | None = None
        self.t0 = 0.0
        self.c0 = 0.0

    def start(self, name: str) -> None:
        if name == self.name:
            return
        self.stop()
        self.name = name
        _reset_hwm()
        self.t0 = time.perf_counter()
        self.c0 = time.process_time()

    def stop(self) -> None:
        if self.name is None:
            return
        self.rows.append({"stage": self.name, "seconds": time.perf_counter() - self.t0,
                          "cpu": time.process_time() - self.c0, "peak_mb": _hwm_mb()})
        self.name = None


def child_stages(folder: str, pdf: str) -> dict:
    """Run the pipeline stage by stage through the public API; return timings as a dict."""
    clock = StageClock()
    t_all = time.perf_counter()
    clock.start("import")
    import briefing
    from briefing.nlp import segment

    load_articles, build_briefing, render_pdf = briefing.load_articles, briefing.build_briefing, briefing.render_pdf
    clock.start("ingest")
    articles = load_articles([folder])
    clock.start("segment")
    sentences = segment(articles, "english")
    clock.start("engine")

    def progress(stage: str, fraction: float) -> None:
        clock.start(f"engine: {stage}")

    try:
        b = build_briefing(articles, progress=progress)
    except TypeError:  # an engine without progress reports: one stage
        b = build_briefing(articles)
    clock.start("render PDF")
    try:
        data = render_pdf(b)
    except TypeError:
        data = render_pdf(b, pdf)
    if isinstance(data, (bytes, bytearray)):
        Path(pdf).write_bytes(data)
    clock.stop()
    return {"stages": clock.rows, "total": time.perf_counter() - t_all, "articles": len(articles),
            "sentences": len(sentences), "words": sum(len(a.text.split()) for a in articles),
            "max_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def child_lexrank(folder: str, count: int) -> dict:
    """sumy's LexRank on the same articles and sentence splitting, ``count`` sentences out."""
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence as SumySentence
    from sumy.nlp.stemmers import Stemmer
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.utils import get_stop_words

    import briefing
    from briefing.nlp import segment
    from briefing.nlp.sumy_tokenizer import SumyTokenizer

    articles = briefing.load_articles([folder])
    sentences = segment(articles, "english")
    t0 = time.perf_counter()
    tok = SumyTokenizer("english")
    paragraphs: dict[tuple[int, int], list] = {}
    for s in sentences:
        paragraphs.setdefault((s.article, s.paragraph), []).append(SumySentence(s.text, tok))
    doc = ObjectDocumentModel([Paragraph(p) for p in paragraphs.values()])
    summarizer = LexRankSummarizer(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    out = summarizer(doc, count)
    return {"seconds": time.perf_counter() - t0, "sentences": len(sentences), "chosen": len(out)}


# ---------------------------------------------------------------------------------------------
# The parent: generate, run, measure, report


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env.pop("BRIEFING_DEBUG", None)
    return env


def run_measured(cmd: list[str], *, cwd: str | Path | None = None, timeout: float | None = None,
                 mem_limit_mb: int | None = None) -> dict:
    """Run ``cmd``; return wall seconds, exit code, output and whether it hit ``timeout``."""

    def limit() -> None:
        if mem_limit_mb:
            resource.setrlimit(resource.RLIMIT_AS, (mem_limit_mb << 20, mem_limit_mb << 20))

    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, cwd=cwd, env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         preexec_fn=limit if mem_limit_mb else None)
    timed_out = False
    try:
        out, err = p.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        p.kill()
        out, err = p.communicate()
        timed_out = True
    wall = time.perf_counter() - t0
    return {"wall": wall, "rc": p.returncode, "stdout": out.decode("utf-8", "replace"),
            "stderr": err.decode("utf-8", "replace"), "timeout": timed_out}


# A small launcher: a child's ru_maxrss starts at its parent's resident size (Linux keeps the
# high-water mark across fork and exec), so the measured command is started by a fresh, small
# interpreter, which reports the command's own wall time, CPU time and peak RSS.
SHIM = """import json, os, sys, time
t0 = time.perf_counter()
pid = os.posix_spawnp(sys.argv[2], sys.argv[2:], os.environ)
_, status, u = os.wait4(pid, 0)
wall = time.perf_counter() - t0
with open(sys.argv[1], "w") as f:
    json.dump({"wall": wall, "rc": os.waitstatus_to_exitcode(status), "maxrss_kb": u.ru_maxrss,
               "cpu": u.ru_utime + u.ru_stime}, f)
"""


def run_with_rusage(cmd: list[str], *, cwd: str | Path | None = None) -> dict:
    """Run ``cmd``: its wall seconds, CPU seconds, exit code, stderr and its own peak RSS in MB."""
    with tempfile.TemporaryDirectory() as tmp:
        result = Path(tmp) / "rusage.json"
        err_path = Path(tmp) / "stderr"
        with open(err_path, "wb") as err:
            subprocess.run([sys.executable, "-c", SHIM, str(result), *cmd], cwd=cwd, env=_env(),
                           stdout=subprocess.DEVNULL, stderr=err, check=False)
        stderr = err_path.read_bytes().decode("utf-8", "replace")
        if not result.exists():
            return {"wall": float("nan"), "rc": -1, "peak_mb": float("nan"), "cpu": float("nan"),
                    "stderr": stderr or "the launcher failed"}
        r = json.loads(result.read_text())
        return {"wall": r["wall"], "rc": r["rc"], "peak_mb": r["maxrss_kb"] / 1024, "cpu": r["cpu"],
                "stderr": stderr}


def briefing_cmd() -> list[str]:
    """How to start the CLI: the installed console script when there is one, else ``python -m``."""
    script = Path(sys.executable).with_name("briefing")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-m", "briefing"]


def pdf_pages(path: Path) -> int | None:
    try:
        from pypdf import PdfReader

        return len(PdfReader(str(path)).pages)
    except Exception:
        return None


def generate(n: int, seed: int, folder: Path, fmt: str) -> None:
    sys.path.insert(0, str(ROOT))
    from benchmarks.corpus import generate as gen, write_corpus

    write_corpus(gen(n, seed), folder, fmt)


def per_doubling(n1: int, t1: float, n2: int, t2: float) -> float:
    """time(2n)/time(n) implied by two measurements (exact when n2 == 2 * n1)."""
    if t1 <= 0 or n2 <= n1:
        return float("nan")
    return (t2 / t1) ** (math.log(2) / math.log(n2 / n1))


def median_runs(cmd: list[str], runs: int, cwd: Path) -> dict:
    walls, peaks, rcs, cpus, err = [], [], [], [], ""
    for _ in range(runs):
        r = run_with_rusage(cmd, cwd=cwd)
        walls.append(r["wall"])
        cpus.append(r["cpu"])
        peaks.append(r["peak_mb"])
        rcs.append(r["rc"])
        if r["rc"]:
            err = (r["stderr"].strip().splitlines() or [""])[-1][:160]
    return {"median": statistics.median(walls), "min": min(walls), "max": max(walls), "runs": runs,
            "cpu": statistics.median(cpus), "peak_mb": max(peaks), "rcs": sorted(set(rcs)), "error": err}


def machine() -> str:
    cpu = platform.processor() or "?"
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    except (ValueError, OSError):
        mem = float("nan")
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    return (f"{cpu}, {os.cpu_count()} cores, {mem:.0f} GB RAM; {platform.system()} {platform.release()}; "
            f"Python {platform.python_version()}; load average at the end {load}")


def lexrank_case(folder: Path, sentences: int, args, previous_timed_out: bool) -> dict:
    need_gb = sentences * sentences * 8 * 2 / 2**30  # sumy's dense matrix and its copy
    if previous_timed_out:
        return {"status": "skipped", "why": "a smaller size already hit the timeout"}
    if need_gb * 1024 > args.lexrank_mem_mb:
        return {"status": "skipped", "why": f"{sentences:,} sentences: sumy's dense matrix needs ~{need_gb:.0f} GB"}
    r = run_measured([sys.executable, __file__, "--child", "lexrank", str(folder)], cwd=ROOT,
                     timeout=args.lexrank_timeout, mem_limit_mb=args.lexrank_mem_mb)
    if r["timeout"]:
        return {"status": "timeout", "why": f"over {args.lexrank_timeout:.0f} s"}
    if r["rc"] != 0:
        last = (r["stderr"].strip().splitlines() or ["?"])[-1]
        return {"status": "failed", "why": last[:120]}
    data = json.loads(r["stdout"].strip().splitlines()[-1])
    return {"status": "ok", "seconds": data["seconds"], "wall": r["wall"]}


def run_size(n: int, args, work: Path, lexrank_timed_out: bool) -> dict:
    folder = work / f"n{n}"
    if not folder.exists():
        generate(n, args.seed, folder, args.format)
    res: dict = {"n": n}
    # 1. stages through the public API
    r = run_measured([sys.executable, __file__, "--child", "stages", str(folder), str(work / f"stages{n}.pdf")],
                     cwd=ROOT)
    if r["rc"] != 0:
        res["stages_error"] = (r["stderr"].strip().splitlines() or ["?"])[-1][:200]
    else:
        res.update(json.loads(r["stdout"].strip().splitlines()[-1]))
    # 2. the whole CLI run
    walls, peaks, cpus = [], [], []
    for _ in range(args.cli_runs if n <= args.cli_runs_up_to else 1):
        pdf, md = work / f"cli{n}.pdf", work / f"cli{n}.md"
        c = run_with_rusage([*briefing_cmd(), "build", str(folder), "--pdf", str(pdf), "--md", str(md), "--quiet"],
                            cwd=work)
        if c["rc"] != 0:
            res["cli_error"] = f"exit {c['rc']}: " + (c["stderr"].strip().splitlines() or ["?"])[-1][:200]
            break
        walls.append(c["wall"])
        peaks.append(c["peak_mb"])
        cpus.append(c["cpu"])
    if walls:
        res["cli_wall"] = statistics.median(walls)
        res["cli_cpu"] = statistics.median(cpus)
        res["cli_runs"] = len(walls)
        res["cli_peak_mb"] = max(peaks)
        res["pages"] = pdf_pages(work / f"cli{n}.pdf")
    # 3. sumy's LexRank on the same input
    if args.lexrank:
        res["lexrank"] = lexrank_case(folder, res.get("sentences", 0) or n * 30, args, lexrank_timed_out)
    return res


def cold_start(args, work: Path) -> dict:
    out = {"help": median_runs([*briefing_cmd(), "--help"], args.runs, work)}
    samples = ROOT / "samples"
    if any(samples.glob("*")):
        cwd = work / "cold"
        cwd.mkdir(exist_ok=True)
        out["build_samples"] = median_runs([*briefing_cmd(), "build", str(samples), "--quiet"], args.runs, cwd)
    # The floor: Python + WeasyPrint + one rendered page.
    floor = ("import weasyprint; weasyprint.HTML(string='<h1>Briefing</h1><p>'+'word '*300+'</p>')"
             ".write_pdf('floor.pdf')")
    out["floor"] = median_runs([sys.executable, "-c", floor], args.runs, work)
    return out


# ---------------------------------------------------------------------------------------------
# Report


def _fmt_s(x: float | None) -> str:
    return "-" if x is None or (isinstance(x, float) and math.isnan(x)) else f"{x:.2f} s"


def _ok(value: float | None, limit: float) -> str:
    if value is None or math.isnan(value):
        return "not measured"
    return "meets" if value <= limit else "**misses**"


def report(results: list[dict], cold: dict | None, args, command: str, started: str) -> str:
    lines = ["# Speed and memory", "",
             f"Command: `{command}`  ", f"Date: {started} UTC  ", f"Machine: {machine()}  ",
             f"Input: `benchmarks/corpus.py --seed {args.seed} --format {args.format}` (one story, many outlets; "
             "wire copy, boilerplate, 300-1,200 words an article). Each case runs in a fresh process.", ""]
    lines += ["## Whole CLI run: `briefing build DIR --pdf ... --md ... --quiet`", "",
              "| articles | words | sentences | wall | CPU | peak RSS | PDF pages | sumy LexRank (same sentences) |",
              "|---:|---:|---:|---:|---:|---:|---:|---|"]
    for r in results:
        lr = r.get("lexrank", {})
        lr_text = (f"{lr['seconds']:.1f} s" if lr.get("status") == "ok" else
                   f"{lr.get('status', 'not run')}: {lr.get('why', '')}".rstrip(": "))
        if "cli_wall" in r:
            cli = f"{r['cli_wall']:.2f} s" + (f" (median of {r['cli_runs']})" if r["cli_runs"] > 1 else "")
            peak = f"{r['cli_peak_mb']:.0f} MB"
            cpu = f"{r['cli_cpu']:.2f} s"
        else:
            cli, peak, cpu = r.get("cli_error", "not run"), "-", "-"
        lines.append(f"| {r['n']:,} | {r.get('words', 0):,} | {r.get('sentences', 0):,} | {cli} | {cpu} | {peak} | "
                     f"{r.get('pages', '-')} | {lr_text} |")
    # Stages
    names: list[str] = []
    for r in results:
        for s in r.get("stages", []):
            if s["stage"] not in names:
                names.append(s["stage"])
    if names:
        lines += ["", "## Stages (public API, one process per size): wall time / peak RSS during the stage", "",
                  "| stage | " + " | ".join(f"{r['n']:,}" for r in results) + " |",
                  "|---|" + "---:|" * len(results)]
        for name in names:
            cells = []
            for r in results:
                row = next((s for s in r.get("stages", []) if s["stage"] == name), None)
                cells.append(f"{row['seconds']:.2f} s ({row['cpu']:.2f} CPU) / {row['peak_mb']:.0f} MB" if row else "-")
            lines.append(f"| {name} | " + " | ".join(cells) + " |")
        lines.append("| **total** | " + " | ".join(
            f"**{r['total']:.2f} s / {r['max_rss_mb']:.0f} MB**" if "total" in r else r.get("stages_error", "-")
            for r in results) + " |")
    # Doubling
    timed = [r for r in results if "cli_wall" in r]
    if len(timed) > 1:
        lines += ["", "## Growth: time(2n) / time(n) (target at most 2.3)", "",
                  "| from | to | CLI wall ratio | per doubling | CLI CPU ratio | per doubling | "
                  "ingest+engine ratio (API) | per doubling |",
                  "|---:|---:|---:|---:|---:|---:|---:|---:|"]
        for a, b in zip(timed, timed[1:]):
            ra = b["cli_wall"] / a["cli_wall"]
            pa = per_doubling(a["n"], a["cli_wall"], b["n"], b["cli_wall"])
            wa = _work(a)
            wb = _work(b)
            rb = wb / wa if wa and wb else float("nan")
            pb = per_doubling(a["n"], wa, b["n"], wb) if wa and wb else float("nan")
            rc = b["cli_cpu"] / a["cli_cpu"]
            pc = per_doubling(a["n"], a["cli_cpu"], b["n"], b["cli_cpu"])
            lines.append(f"| {a['n']:,} | {b['n']:,} | {ra:.2f} | {pa:.2f} | {rc:.2f} | {pc:.2f} | {rb:.2f} | "
                         f"{pb:.2f} |")
    if cold:
        lines += ["", f"## Cold start (median of {args.runs} runs, fresh process each)", "",
                  "| command | median | min | max | CPU (median) | peak RSS | target |",
                  "|---|---:|---:|---:|---:|---:|---|"]
        rows = [("`briefing --help`", "help", TARGETS["help"]),
                ("`briefing build samples/`", "build_samples", TARGETS["build_samples"]),
                ("floor: Python + WeasyPrint + one page", "floor", None)]
        for label, key, target in rows:
            c = cold.get(key)
            if not c:
                continue
            tgt = f"< {target} s: {_ok(c['median'], target)}" if target else ""
            bad = f" (exit codes {c['rcs']}: {c['error']})" if c["rcs"] != [0] else ""
            lines.append(f"| {label}{bad} | {c['median']:.3f} s | {c['min']:.3f} s | {c['max']:.3f} s | "
                         f"{c['cpu']:.3f} s | {c['peak_mb']:.0f} MB | {tgt} |")
    # Targets
    r1000 = next((r for r in results if r["n"] == 1000 and "cli_wall" in r), None)
    lines += ["", "## Against the targets", ""]
    if cold:
        lines.append(f"- `briefing --help` under {TARGETS['help']} s: "
                     f"{_ok(cold['help']['median'], TARGETS['help'])} ({cold['help']['median']:.3f} s)")
        if "build_samples" in cold:
            m = cold["build_samples"]["median"]
            lines.append(f"- `briefing build samples/` under {TARGETS['build_samples']} s: "
                         f"{_ok(m, TARGETS['build_samples'])} ({m:.2f} s)")
    if r1000:
        lines.append(f"- 1,000 articles to PDF under 15 s: {_ok(r1000['cli_wall'], 15.0)} ({r1000['cli_wall']:.2f} s wall, "
                     f"{r1000['cli_cpu']:.2f} s CPU); "
                     f"under 1.5 GB: {_ok(r1000['cli_peak_mb'], 1536.0)} ({r1000['cli_peak_mb']:.0f} MB)")
    if len(timed) > 1:
        worst = max(per_doubling(a["n"], a["cli_wall"], b["n"], b["cli_wall"]) for a, b in zip(timed, timed[1:])
                    if a["n"] >= 100)  if any(a["n"] >= 100 for a in timed[:-1]) else float("nan")
        if not math.isnan(worst):
            worst_cpu = max(per_doubling(a["n"], a["cli_cpu"], b["n"], b["cli_cpu"])
                            for a, b in zip(timed, timed[1:]) if a["n"] >= 100)
            lines.append(f"- each doubling at most 2.3 times the time (CLI, from 100 articles up): wall "
                         f"{_ok(worst, TARGETS['doubling'])} (worst {worst:.2f} per doubling), CPU "
                         f"{_ok(worst_cpu, TARGETS['doubling'])} (worst {worst_cpu:.2f})")
    return "\n".join(lines) + "\n"


def _work(r: dict) -> float | None:
    """Seconds spent on ingest + segment + engine (everything but imports and the PDF)."""
    rows = r.get("stages")
    if not rows:
        return None
    return sum(s["seconds"] for s in rows if s["stage"] not in ("import", "render PDF"))


def write_report(text: str, out: Path) -> None:
    notes = ""
    if out.exists():
        old = out.read_text(encoding="utf-8")
        if NOTES_MARK in old:
            notes = old[old.index(NOTES_MARK):]
    out.write_text(text + ("\n" + notes if notes else ""), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--child"]:
        kind, folder, *rest = argv[1:]
        data = child_stages(folder, rest[0]) if kind == "stages" else child_lexrank(folder, 10)
        print(json.dumps(data))
        return 0
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--sizes", default="10,100,1000,2000,5000", help="comma-separated article counts")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--format", choices=("md", "jsonl", "txt"), default="md")
    p.add_argument("--runs", type=int, default=5, help="runs for the cold-start medians (>= 5 for the report)")
    p.add_argument("--cli-runs", type=int, default=3, help="CLI runs per size (median), up to --cli-runs-up-to")
    p.add_argument("--cli-runs-up-to", type=int, default=2000, help="larger sizes run once")
    p.add_argument("--lexrank-timeout", type=float, default=300.0, help="seconds before LexRank is stopped")
    p.add_argument("--lexrank-mem-mb", type=int, default=4096, help="address-space cap for LexRank")
    p.add_argument("--no-lexrank", dest="lexrank", action="store_false")
    p.add_argument("--no-cold", dest="cold", action="store_false")
    p.add_argument("--work", type=Path, default=None, help="keep generated corpora here (default: a temp dir)")
    p.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "SPEED.md")
    p.add_argument("--json", type=Path, default=None, help="also write the raw measurements here")
    args = p.parse_args(argv)
    sizes = [int(x) for x in args.sizes.split(",") if x.strip()]
    started = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M")
    command = "python benchmarks/speed.py " + " ".join(argv)
    tmp = None
    if args.work is None:
        tmp = tempfile.mkdtemp(prefix="briefing-speed-")
        work = Path(tmp)
    else:
        work = args.work
        work.mkdir(parents=True, exist_ok=True)
    try:
        results = []
        timed_out = False
        for n in sizes:
            print(f"[speed] {n} articles ...", file=sys.stderr, flush=True)
            r = run_size(n, args, work, timed_out)
            timed_out = timed_out or r.get("lexrank", {}).get("status") == "timeout"
            results.append(r)
            print(f"[speed] {n}: cli {_fmt_s(r.get('cli_wall'))} {r.get('cli_error', '')}", file=sys.stderr,
                  flush=True)
        cold = cold_start(args, work) if args.cold else None
        text = report(results, cold, args, command, started)
        print(text)
        write_report(text, args.out)
        if args.json:
            args.json.write_text(json.dumps({"results": results, "cold": cold}, indent=1), encoding="utf-8")
    finally:
        if tmp:
            shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
