"""Hardening at the command line: every error path is one line on stderr, a non-zero exit code, no
traceback and no output file; size limits fail fast (a 2 GB file is refused before it is read).

Runs ``python -m briefing`` in a subprocess, as a user or a cron job would.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = (
    "Ministers meet in Geneva for border talks\n\n"
    "The foreign ministers of two neighbouring countries met in Geneva on Friday for talks on the "
    "border crisis. Both sides said the meeting was useful but announced no breakthrough.\n\n"
    "Officials said more than 100,000 troops were stationed near the border. The ministers agreed to "
    "meet again next month after written answers are exchanged.\n"
)


# Started through a fresh small interpreter: on Linux a child's ru_maxrss starts at its parent's
# resident size, and pytest's own is large; the launcher reports the CLI's own peak.
SHIM = """import json, os, sys, time
t0 = time.perf_counter()
pid = os.posix_spawn(sys.executable, [sys.executable, "-m", "briefing", *sys.argv[2:]], os.environ)
_, status, u = os.wait4(pid, 0)
with open(sys.argv[1], "w") as f:
    json.dump({"wall": time.perf_counter() - t0, "rc": os.waitstatus_to_exitcode(status),
               "peak_mb": u.ru_maxrss / 1024}, f)
"""


def run(args: list[str], cwd: Path, stdin: bytes = b"") -> tuple[subprocess.CompletedProcess, float, float]:
    """Run the CLI; return the process, its wall seconds and its own peak RSS in MB."""
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env.pop("BRIEFING_DEBUG", None)
    with tempfile.TemporaryDirectory() as tmp:
        result = Path(tmp) / "rusage.json"
        p = subprocess.run([sys.executable, "-c", SHIM, str(result), *args], cwd=cwd, env=env, input=stdin,
                           capture_output=True, timeout=300)
        r = json.loads(result.read_text())
    proc = subprocess.CompletedProcess(args, r["rc"], p.stdout, p.stderr)
    return proc, r["wall"], r["peak_mb"]


def one_error_line(proc: subprocess.CompletedProcess, code: int, *needles: str) -> str:
    err = proc.stderr.decode("utf-8", "replace")
    assert proc.returncode == code, (proc.returncode, err)
    assert "Traceback" not in err, err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, f"expected one line on stderr, got {len(lines)}:\n{err}"
    for needle in needles:
        assert needle in lines[0], (needle, lines[0])
    return lines[0]


def sparse(path: Path, size: int) -> Path:
    """A file of ``size`` bytes that takes no disk space (like ``truncate -s``)."""
    with open(path, "wb") as fh:
        fh.truncate(size)
    return path


# ---------------------------------------------------------------------------------------------
# Input errors: exit 1, the line names the file


def _case_files(tmp: Path) -> dict[str, tuple[list[str], int, tuple[str, ...]]]:
    (tmp / "empty.txt").write_bytes(b"")
    (tmp / "blank.md").write_text("  \n\n\t \n")
    (tmp / "binary.txt").write_bytes(bytes(range(256)) * 20)
    (tmp / "png.html").write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(2000))
    (tmp / "notes.xyz").write_text(SAMPLE)
    (tmp / "bad.json").write_text('{"title": "x", "text": ')
    (tmp / "notext.jsonl").write_text('{"title": "A headline only"}\n')
    (tmp / "numbers.json").write_text("[1, 2, 3]")
    (tmp / "nofiles").mkdir()
    (tmp / "nofiles" / "image.png").write_bytes(b"\x89PNG")
    return {
        "missing file": (["build", str(tmp / "nope.txt")], 1, ("nope.txt",)),
        "empty file": (["build", str(tmp / "empty.txt")], 1, ("empty.txt",)),
        "whitespace only": (["build", str(tmp / "blank.md")], 1, ("blank.md",)),
        "binary file": (["build", str(tmp / "binary.txt")], 1, ("binary.txt",)),
        "image named .html": (["build", str(tmp / "png.html")], 1, ("png.html",)),
        "unknown extension": (["build", str(tmp / "notes.xyz")], 1, ("notes.xyz",)),
        "invalid json": (["build", str(tmp / "bad.json")], 1, ("bad.json",)),
        "json lines without text": (["build", str(tmp / "notext.jsonl")], 1, ("notext.jsonl",)),
        "json of numbers": (["build", str(tmp / "numbers.json")], 1, ("numbers.json",)),
        "folder without articles": (["build", str(tmp / "nofiles")], 1, ("nofiles",)),
        "empty stdin": (["build", "-"], 1, ("stdin",)),
    }


CASES = [
    "missing file", "empty file", "whitespace only", "binary file", "image named .html", "unknown extension",
    "invalid json", "json lines without text", "json of numbers", "folder without articles", "empty stdin",
]


@pytest.mark.parametrize("case", CASES)
def test_bad_input_is_one_line_exit_1_and_writes_nothing(case, tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    args, code, needles = _case_files(inputs)[case]
    out = tmp_path / "out"
    out.mkdir()
    proc, _, _ = run([*args, "--pdf", str(out / "b.pdf"), "--md", str(out / "b.md")], cwd=out)
    one_error_line(proc, code, *needles)
    assert list(out.iterdir()) == [], "a failed run left files behind"


# ---------------------------------------------------------------------------------------------
# Size limits: fail fast, before reading


def test_2gb_file_fails_fast_naming_the_file(tmp_path):
    big = sparse(tmp_path / "server.log.txt", 2 * 1024**3)
    proc, wall, peak = run(["build", str(big), "--pdf", str(tmp_path / "b.pdf")], cwd=tmp_path)
    line = one_error_line(proc, 1, "server.log.txt")
    assert "limit" in line
    assert wall < 15, f"took {wall:.1f} s to refuse a 2 GB file"
    assert peak < 400, f"peak RSS {peak:.0f} MB: the file was read"
    assert not (tmp_path / "b.pdf").exists()


def test_2gb_file_inside_a_folder_fails_fast(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(SAMPLE)
    sparse(folder / "b_dump.txt", 2 * 1024**3)
    proc, wall, _ = run(["build", str(folder), "--pdf", str(tmp_path / "b.pdf")], cwd=tmp_path)
    one_error_line(proc, 1, "b_dump.txt", "limit")
    assert wall < 15


def test_inputs_over_the_total_limit_fail_fast(tmp_path):
    """Eleven 49 MB files (each under the per-file limit) add up to more than the total limit."""
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(11):
        sparse(folder / f"part{i:02d}.txt", 49 * 1000**2)
    proc, wall, peak = run(["build", str(folder), "--pdf", str(tmp_path / "b.pdf")], cwd=tmp_path)
    line = one_error_line(proc, 1, "part")
    assert "total" in line and "limit" in line
    assert wall < 15
    assert peak < 400


def test_limits_are_configurable_from_python(tmp_path):
    from briefing import load_articles
    from briefing.errors import InputError

    (tmp_path / "a.txt").write_text(SAMPLE)
    (tmp_path / "b.txt").write_text(SAMPLE)
    assert len(load_articles([tmp_path])) == 2
    with pytest.raises(InputError) as info:
        load_articles([tmp_path], max_file_bytes=100)
    assert "a.txt" in str(info.value) and "limit" in str(info.value)
    with pytest.raises(InputError) as info:
        load_articles([tmp_path], max_total_bytes=len(SAMPLE.encode()) + 10)
    assert "b.txt" in str(info.value) and "total" in str(info.value)


def test_huge_stdin_is_cut_off_with_an_error(tmp_path):
    from io import BytesIO

    from briefing import load_articles
    from briefing.errors import InputError

    with pytest.raises(InputError) as info:
        load_articles(["-"], stdin=BytesIO(SAMPLE.encode() * 1000), max_file_bytes=10_000)
    assert "stdin" in str(info.value) and "limit" in str(info.value)


# ---------------------------------------------------------------------------------------------
# Output errors: exit 3; usage errors: exit 2


def test_output_folder_missing_is_exit_3(tmp_path):
    (tmp_path / "a.txt").write_text(SAMPLE)
    proc, _, _ = run(["build", str(tmp_path / "a.txt"), "--pdf", str(tmp_path / "no" / "such" / "b.pdf")],
                     cwd=tmp_path)
    one_error_line(proc, 3, "b.pdf")


def test_output_is_a_folder_is_exit_3(tmp_path):
    (tmp_path / "a.txt").write_text(SAMPLE)
    (tmp_path / "taken").mkdir()
    proc, _, _ = run(["build", str(tmp_path / "a.txt"), "--md", str(tmp_path / "taken")], cwd=tmp_path)
    one_error_line(proc, 3, "taken")


def test_broken_user_template_is_one_line(tmp_path):
    (tmp_path / "a.txt").write_text(SAMPLE)
    tpl = tmp_path / "tpl"
    tpl.mkdir()
    (tpl / "briefing.md.j2").write_text("# {{ v.title }\n{% for x in %}\n")
    proc, _, _ = run(["build", str(tmp_path / "a.txt"), "--md", str(tmp_path / "b.md"), "--template-dir", str(tpl)],
                     cwd=tmp_path)
    err = proc.stderr.decode()
    assert proc.returncode in (1, 2, 3), (proc.returncode, err)
    one_error_line(proc, proc.returncode, "briefing.md.j2")
    assert not (tmp_path / "b.md").exists()


@pytest.mark.parametrize("args,needle", [
    (["build", "--bogus", "x.txt"], "--bogus"),
    (["build"], "INPUT"),
    (["nonsense"], "nonsense"),
    (["build", "x.txt", "--paper", "a7"], "a7"),
])
def test_usage_errors_are_exit_2_one_line(args, needle, tmp_path):
    proc, _, _ = run(args, cwd=tmp_path)
    one_error_line(proc, 2, needle)


def test_two_outputs_to_stdout_is_an_error(tmp_path):
    (tmp_path / "a.txt").write_text(SAMPLE)
    proc, _, _ = run(["build", str(tmp_path / "a.txt"), "--md", "-", "--json", "-"], cwd=tmp_path)
    assert proc.returncode != 0
    one_error_line(proc, proc.returncode, "standard output")
    assert proc.stdout == b""


def test_small_valid_input_works_and_json_is_valid(tmp_path):
    """The control case: the same harness on a good input succeeds, so the error tests can fail."""
    (tmp_path / "a.txt").write_text(SAMPLE)
    proc, _, _ = run(["build", str(tmp_path / "a.txt"), "--json", "-", "--quiet"], cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr.decode()
    assert proc.stderr.decode().strip() == ""
    data = json.loads(proc.stdout)
    assert data["sources"]


# ---------------------------------------------------------------------------------------------
# Nasty but readable inputs through the command line (in-process): a briefing or one clear line

NASTY = {
    "right-to-left": "\u0627\u0644\u0648\u0632\u064a\u0631 \u0627\u0644\u062a\u0642\u0649 \u0628\u0646\u0638\u064a\u0631\u0647 "
                     "\u0641\u064a \u062c\u0646\u064a\u0641 \u064a\u0648\u0645 \u0627\u0644\u062c\u0645\u0639\u0629.\n\n"
                     "\u05d4\u05e9\u05e8 \u05e0\u05e4\u05d2\u05e9 \u05e2\u05dd \u05de\u05e7\u05d1\u05d9\u05dc\u05d5 "
                     "\u05d1\u05d6\u05e0\u05d1\u05d4 \u05d1\u05d9\u05d5\u05dd \u05e9\u05d9\u05e9\u05d9.\n",
    "emoji": "\U0001f525 Talks collapse \U0001f4a5 as envoys walk out \U0001f6b6\u200d\u2640\ufe0f in Geneva. "
             "\U0001f1fa\U0001f1f8\U0001f91d\U0001f1f7\U0001f1fa the meeting lasted 90 minutes \u2764\ufe0f.\n",
    "control characters": "The minister\x07 met the\x1b[31m envoy\x1b[0m on Friday.\x0c Rescuers\u200b reached "
                          "the\u2028village at dawn.\n",
    "one enormous line": "word " * 40_000,
    "only numbers": " ".join(str(i * 7919 % 100_003) for i in range(3000)),
    "identical sentences": "The minister met the envoy in the capital on Friday. " * 500,
    "no punctuation": " ".join(["minister envoy talks border troops Geneva Friday crisis"] * 800),
}


@pytest.mark.parametrize("name", sorted(NASTY))
def test_nasty_input_through_the_cli(name, tmp_path, monkeypatch):
    from io import BytesIO

    from pypdf import PdfReader
    from typer.testing import CliRunner

    from briefing.cli import app

    (tmp_path / "story.txt").write_text(NASTY[name], encoding="utf-8")
    (tmp_path / "copy.txt").write_text(NASTY[name], encoding="utf-8")  # a duplicated article
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["build", "story.txt", "copy.txt", "--pdf", "b.pdf", "--md", "b.md",
                                      "--html", "b.html", "--json", "b.json", "--quiet"])
    err = result.stderr
    assert "Traceback" not in err, err
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    if result.exit_code == 0:
        assert len(PdfReader(BytesIO((tmp_path / "b.pdf").read_bytes())).pages) == 1
        json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))
        assert (tmp_path / "b.md").read_text(encoding="utf-8").strip()
    else:
        assert result.exit_code == 1, (result.exit_code, err)
        lines = [line for line in err.splitlines() if line.strip()]
        assert len(lines) == 1 and "story.txt" in lines[0], err
        assert not (tmp_path / "b.pdf").exists()


def test_same_input_same_output_across_processes(tmp_path):
    """Deterministic output: two processes with different hash seeds write the same JSON and Markdown."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("briefing_bench_corpus", ROOT / "benchmarks" / "corpus.py")
    corpus = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = corpus
    spec.loader.exec_module(corpus)
    story = tmp_path / "story"
    corpus.write_corpus(corpus.generate(15, seed=5), story, "md")
    outputs = []
    for seed in ("1", "2"):
        env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONHASHSEED=seed)
        env.pop("BRIEFING_DEBUG", None)
        out = tmp_path / f"run{seed}"
        out.mkdir()
        p = subprocess.run([sys.executable, "-m", "briefing", "build", str(story), "--json", "b.json", "--md", "b.md",
                            "--quiet"], cwd=out, env=env, capture_output=True, timeout=300)
        assert p.returncode == 0, p.stderr.decode()
        outputs.append(((out / "b.json").read_bytes(), (out / "b.md").read_bytes()))
    assert outputs[0][0] == outputs[1][0], "JSON differs between runs"
    assert outputs[0][1] == outputs[1][1], "Markdown differs between runs"
