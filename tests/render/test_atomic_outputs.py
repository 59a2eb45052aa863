"""Outputs are written atomically: a failed or interrupted run leaves an existing briefing.pdf
untouched and no half-written or temporary file.

A real run of ``python -m briefing build`` on a generated story is killed (SIGKILL, SIGTERM,
SIGINT) at several moments, including the moment its temporary output file appears; the old
outputs must be byte-identical afterwards (or, when the kill came after the final rename, a
complete one-page PDF), and no stray file may remain.
"""

from __future__ import annotations

import importlib.util
import os
import re
import signal
import subprocess
import sys
import time
from io import BytesIO
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
OLD_PDF = b"%PDF-1.4\n% the briefing from yesterday\n" + b"0" * 5000 + b"\n%%EOF\n"
OLD_MD = "# Yesterday's briefing\n\nKeep me.\n"


def _corpus_module():
    spec = importlib.util.spec_from_file_location("briefing_bench_corpus", ROOT / "benchmarks" / "corpus.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def story(tmp_path_factory) -> Path:
    """A generated 20-article story (a few seconds of work for the CLI)."""
    corpus = _corpus_module()
    folder = tmp_path_factory.mktemp("story")
    corpus.write_corpus(corpus.generate(20, seed=11), folder, "md")
    return folder


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env.pop("BRIEFING_DEBUG", None)
    return env


def _prepare(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "briefing.pdf").write_bytes(OLD_PDF)
    (out / "briefing.md").write_text(OLD_MD)


def _start(story: Path, out: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "briefing", "build", str(story), "--pdf", "briefing.pdf", "--md", "briefing.md",
         "--quiet"],
        cwd=out, env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )


def _is_one_page_pdf(data: bytes) -> bool:
    from pypdf import PdfReader

    try:
        return data.startswith(b"%PDF-") and len(PdfReader(BytesIO(data)).pages) == 1
    except Exception:
        return False


def _check_after(out: Path, allow_new: bool, allow_temp: bool = False) -> str:
    """The outputs are the old ones (or complete new ones when ``allow_new``); no stray files."""
    pdf = (out / "briefing.pdf").read_bytes()
    md = (out / "briefing.md").read_text()
    if pdf == OLD_PDF:
        state = "old"
    else:
        assert allow_new, "briefing.pdf was replaced although the run did not finish"
        assert _is_one_page_pdf(pdf), "briefing.pdf is half-written"
        state = "new"
    if md != OLD_MD:
        assert allow_new and md.startswith("#") and md.endswith("\n") and len(md) > 200, "briefing.md half-written"
    stray = sorted(p.name for p in out.iterdir() if p.name not in ("briefing.pdf", "briefing.md"))
    if allow_temp:  # only hidden temporary files of the two outputs, never anything else
        stray = [name for name in stray if not re.fullmatch(r"\.briefing\.\d+-[0-9a-f]{8}\.briefing\.(pdf|md)\.tmp", name)]
    assert stray == [], f"left behind: {stray}"
    return state


@pytest.fixture(scope="module")
def full_run(story, tmp_path_factory) -> float:
    """The control: an uninterrupted run replaces both outputs; returns its wall time (the faster
    of two runs, so that the fractions below are not stretched by a slow first run)."""
    walls = []
    for _ in range(2):
        out = tmp_path_factory.mktemp("full")
        _prepare(out)
        t0 = time.perf_counter()
        p = _start(story, out)
        _, err = p.communicate(timeout=600)
        walls.append(time.perf_counter() - t0)
        assert p.returncode == 0, err.decode()
        assert (out / "briefing.pdf").read_bytes() != OLD_PDF
        assert _is_one_page_pdf((out / "briefing.pdf").read_bytes())
        assert (out / "briefing.md").read_text() != OLD_MD
        assert sorted(p.name for p in out.iterdir()) == ["briefing.md", "briefing.pdf"]
    return min(walls)


@pytest.mark.parametrize("fraction,sig", [(0.1, signal.SIGKILL), (0.3, signal.SIGTERM), (0.5, signal.SIGINT),
                                          (0.7, signal.SIGKILL), (0.9, signal.SIGTERM)],
                         ids=lambda v: v.name if isinstance(v, signal.Signals) else f"at{v:.0%}")
def test_killed_midway_leaves_old_outputs(story, full_run, tmp_path, fraction, sig):
    out = tmp_path / "out"
    _prepare(out)
    p = _start(story, out)
    time.sleep(full_run * fraction)
    finished = p.poll() is not None
    p.send_signal(sig)
    _, err = p.communicate(timeout=120)
    # Early in a run (reading, the engine) the old outputs must stay. From half-way on the run may
    # have written an output already (the writes come last, but a loaded machine stretches
    # timings): then it must be complete. Nothing runs after SIGKILL: should it land in the few
    # milliseconds of a write, the hidden temporary file stays (the target is still whole); every
    # other signal must clean up.
    state = _check_after(out, allow_new=finished or fraction >= 0.5, allow_temp=(sig == signal.SIGKILL))
    text = err.decode("utf-8", "replace")
    assert "Traceback" not in text, text
    if sig == signal.SIGINT and not finished and state == "old":
        assert p.returncode == 130, (p.returncode, text)
        assert [line for line in text.splitlines() if line.strip()] == ["briefing: interrupted"], text


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT, signal.SIGKILL], ids=lambda s: s.name)
def test_killed_while_writing_the_pdf(story, tmp_path, sig):
    """Kill the moment a temporary output file appears (the worst moment): the old PDF or a complete
    new one, never a partial one; after SIGTERM or SIGINT the temporary file is removed too (after
    SIGKILL nothing can run, so a hidden temporary file may remain)."""
    out = tmp_path / "out"
    _prepare(out)
    p = _start(story, out)
    seen = None
    deadline = time.monotonic() + 600
    while p.poll() is None and time.monotonic() < deadline:
        stray = [q.name for q in out.iterdir() if q.name not in ("briefing.pdf", "briefing.md")]
        if stray:
            seen = stray
            p.send_signal(sig)
            break
        time.sleep(0.0005)
    _, err = p.communicate(timeout=120)
    if seen is None:
        pytest.skip("the run finished before a temporary file was seen (too fast to catch here)")
    _check_after(out, allow_new=True, allow_temp=(sig == signal.SIGKILL))
    assert "Traceback" not in err.decode("utf-8", "replace")
    if sig == signal.SIGKILL:  # the next run clears what the killed one left, even when it fails
        (tmp_path / "empty.txt").write_text("")
        p = subprocess.run([sys.executable, "-m", "briefing", "build", str(tmp_path / "empty.txt"),
                            "--pdf", "briefing.pdf", "--md", "briefing.md"],
                           cwd=out, env=_env(), capture_output=True, timeout=120)
        assert p.returncode == 1
        _check_after(out, allow_new=True, allow_temp=False)


def test_failed_run_leaves_existing_outputs(story, tmp_path):
    """A run that fails (one output cannot be written) leaves every existing output untouched."""
    out = tmp_path / "out"
    _prepare(out)
    p = subprocess.run(
        [sys.executable, "-m", "briefing", "build", str(story), "--pdf", "briefing.pdf", "--md",
         str(out / "missing" / "briefing.md"), "--quiet"],
        cwd=out, env=_env(), capture_output=True, timeout=600,
    )
    assert p.returncode == 3, p.stderr.decode()
    _check_after(out, allow_new=False)


def test_bad_input_leaves_existing_outputs(tmp_path):
    out = tmp_path / "out"
    _prepare(out)
    (tmp_path / "empty.txt").write_text("")
    p = subprocess.run([sys.executable, "-m", "briefing", "build", str(tmp_path / "empty.txt")],
                       cwd=out, env=_env(), capture_output=True, timeout=120)
    assert p.returncode == 1
    _check_after(out, allow_new=False)


def test_write_atomic_failure_keeps_the_old_file(tmp_path, monkeypatch):
    """In-process: when the write fails after the temp file exists, the target is untouched and the
    temp file is gone."""
    from briefing.errors import OutputError
    from briefing.render.output import write_atomic

    target = tmp_path / "briefing.pdf"
    target.write_bytes(OLD_PDF)

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OutputError) as info:
        write_atomic(target, b"%PDF-new")
    assert "briefing.pdf" in str(info.value)
    monkeypatch.undo()
    assert target.read_bytes() == OLD_PDF
    assert [p.name for p in tmp_path.iterdir()] == ["briefing.pdf"]


def test_failed_rendering_leaves_existing_outputs(story, tmp_path):
    """The Markdown template breaks after the PDF has been rendered: neither output is replaced."""
    out = tmp_path / "out"
    _prepare(out)
    tpl = tmp_path / "tpl"
    tpl.mkdir()
    (tpl / "briefing.md.j2").write_text("{{ v.title }}\n{{ v.no_such_thing.anywhere }}\n")
    p = subprocess.run(
        [sys.executable, "-m", "briefing", "build", str(story), "--pdf", "briefing.pdf", "--md", "briefing.md",
         "--template-dir", str(tpl), "--quiet"],
        cwd=out, env=_env(), capture_output=True, timeout=600,
    )
    err = p.stderr.decode("utf-8", "replace")
    assert p.returncode != 0, "a broken template must fail the run"
    assert "Traceback" not in err and len([x for x in err.splitlines() if x.strip()]) == 1, err
    _check_after(out, allow_new=False)
