"""The command line as a user meets it: run `python -m briefing` in a subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"


def run(*args: str, cwd: Path | None = None, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "briefing", *args],
        cwd=cwd,
        input=stdin,
        capture_output=True,
        timeout=300,
    )


def assert_one_line_error(proc: subprocess.CompletedProcess, code: int, *needles: str) -> str:
    err = proc.stderr.decode()
    assert proc.returncode == code, (proc.returncode, err)
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    for needle in needles:
        assert needle in lines[0], (needle, lines[0])
    return lines[0]


def test_help_lists_commands_and_exit_codes():
    proc = run("--help")
    out = proc.stdout.decode()
    assert proc.returncode == 0
    for command in ("build", "summarize", "inspect"):
        assert command in out
    assert "Exit codes" in out


def test_version():
    proc = run("--version")
    assert proc.returncode == 0
    assert proc.stdout.decode().startswith("briefing ")


def test_missing_input_names_the_path(tmp_path):
    missing = tmp_path / "nope.txt"
    assert_one_line_error(run("summarize", str(missing)), 1, str(missing))


def test_empty_file_is_a_one_line_error(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    assert_one_line_error(run("build", str(empty), cwd=tmp_path), 1, "empty.txt")
    assert not (tmp_path / "briefing.pdf").exists()


def test_unknown_extension(tmp_path):
    odd = tmp_path / "notes.xyz"
    odd.write_text("Some text. More text.")
    assert_one_line_error(run("summarize", str(odd)), 1, "notes.xyz")


def test_invalid_json_lines_names_the_line(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "One fine sentence here. And another one."}\n{"text": oops}\n')
    assert_one_line_error(run("summarize", str(bad)), 1, "bad.jsonl", "2")


def test_unknown_algorithm_is_an_error():
    proc = run("summarize", str(SAMPLES), "--algorithm", "nonsense")
    line = assert_one_line_error(proc, 2, "nonsense")
    assert "algorithm" in line


def test_two_outputs_to_stdout_is_refused(tmp_path):
    assert_one_line_error(run("build", str(SAMPLES), "--md", "-", "--json", "-", cwd=tmp_path), 2)


def test_failed_build_leaves_existing_outputs_untouched(tmp_path):
    (tmp_path / "briefing.pdf").write_bytes(b"old pdf")
    (tmp_path / "briefing.md").write_text("old md")
    empty = tmp_path / "in"
    empty.mkdir()
    assert_one_line_error(run("build", str(empty), cwd=tmp_path), 1, "in")
    assert (tmp_path / "briefing.pdf").read_bytes() == b"old pdf"
    assert (tmp_path / "briefing.md").read_text() == "old md"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["briefing.md", "briefing.pdf", "in"]


def test_build_samples_writes_pdf_and_markdown(tmp_path):
    proc = run("build", str(SAMPLES), cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr.decode()
    pdf = (tmp_path / "briefing.pdf").read_bytes()
    assert pdf.startswith(b"%PDF")
    md = (tmp_path / "briefing.md").read_text()
    assert md.lstrip().startswith("#")
    out = proc.stdout.decode()
    assert "briefing.pdf" in out and "briefing.md" in out
    assert "Bottom line" in out and "5 articles" in out
    assert len(out.splitlines()) <= 40  # one screen
    assert "Traceback" not in proc.stderr.decode()


def test_build_quiet_prints_nothing(tmp_path):
    proc = run("build", str(SAMPLES), "--quiet", "--md", "out.md", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr.decode()
    assert proc.stdout == b"" and proc.stderr == b""
    assert (tmp_path / "out.md").read_text().strip()
    assert not (tmp_path / "briefing.pdf").exists()


def test_build_json_to_stdout_keeps_stdout_clean(tmp_path):
    proc = run("build", str(SAMPLES), "--json", "-", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr.decode()
    data = json.loads(proc.stdout)
    assert len(data["sources"]) == 5
    assert "wrote" in proc.stderr.decode()


def test_summarize_budget_whole_sentences():
    proc = run("summarize", str(SAMPLES), "--words", "60")
    assert proc.returncode == 0, proc.stderr.decode()
    lines = proc.stdout.decode().splitlines()
    assert lines and all(line.strip() for line in lines)
    counts = [len(line.split()) for line in lines]
    # whole sentences up to and including the first that reaches the budget
    assert sum(counts) >= 60
    assert sum(counts[:-1]) < 60


def test_summarize_reads_jsonl_from_stdin_without_titles():
    articles = [json.loads(line) for line in _sample_jsonl().splitlines()]
    payload = "\n".join(json.dumps({"text": a["text"]}) for a in articles).encode()
    proc = run("summarize", "-", "--words", "40", stdin=payload)
    assert proc.returncode == 0, proc.stderr.decode()
    assert len(proc.stdout.decode().split()) >= 40


def test_inspect_shows_articles_and_topics():
    proc = run("inspect", str(SAMPLES))
    assert proc.returncode == 0, proc.stderr.decode()
    out = proc.stdout.decode()
    assert "Articles" in out and "Bottom line" in out and "Topic" in out
    assert "EFE" in out


def _sample_jsonl() -> str:
    """The samples as JSON Lines, through the public API."""
    from briefing import load_articles

    return "\n".join(json.dumps({"text": a.text, "title": a.title}) for a in load_articles([SAMPLES]))


@pytest.mark.parametrize("args", [["build", "--paper", "a3", "x"], ["summarize", "--words", "0", "x"]])
def test_bad_option_values_are_usage_errors(args):
    proc = run(*args)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr.decode()


def test_size_limits_are_options(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("Word " * 300_000)  # 1.5 MB
    assert_one_line_error(run("summarize", str(big), "--max-file-mb", "1"), 1, "big.txt", "limit")
    assert_one_line_error(run("summarize", str(SAMPLES), "--max-total-mb", "0.01"), 1, "limit")
    assert run("summarize", str(SAMPLES), "--words", "20", "--max-file-mb", "1").returncode == 0
