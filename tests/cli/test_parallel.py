"""The engine runs in a forked child beside WeasyPrint's start-up: same results, same errors,
nothing left running when the parent is interrupted."""

from __future__ import annotations

import os
import signal
import sys
import time

import pytest

from briefing import parallel
from briefing.errors import InputError, OutputError

needs_fork = pytest.mark.skipif(not parallel.can_fork(), reason="runs serially on this machine")


@pytest.fixture(autouse=True)
def _allow_fork(monkeypatch):
    monkeypatch.delenv("BRIEFING_SERIAL", raising=False)
    monkeypatch.delenv("BRIEFING_DEBUG", raising=False)


def _beside(work, meanwhile=lambda: None):
    job = parallel.start(work)
    try:
        meanwhile()
        return job.result()
    finally:
        job.cancel()


@needs_fork
def test_result_comes_from_a_child():
    parent = os.getpid()
    pid, payload = _beside(lambda: (os.getpid(), {"big": "x" * 1_000_000}))
    assert pid != parent
    assert payload["big"] == "x" * 1_000_000  # larger than a pipe's buffer


@needs_fork
@pytest.mark.parametrize("error", [InputError("a.txt", "not UTF-8"), OutputError("pdf", "no room")])
def test_errors_arrive_whole(error):
    def work():
        raise error

    with pytest.raises(type(error)) as caught:
        _beside(work)
    assert (caught.value.where, caught.value.problem, caught.value.exit_code) == \
        (error.where, error.problem, error.exit_code)
    assert str(caught.value) == str(error)


@needs_fork
def test_unpicklable_error_still_arrives_as_one_line():
    class Odd(Exception):
        def __reduce__(self):
            raise TypeError("cannot pickle")

    def work():
        raise Odd("inner problem")

    with pytest.raises(RuntimeError, match="cannot pickle"):
        _beside(work)


@needs_fork
def test_a_killed_child_is_reported():
    def work():
        os.kill(os.getpid(), signal.SIGKILL)

    with pytest.raises(parallel.WorkerDied, match="SIGKILL"):
        _beside(work)


@needs_fork
def test_interrupting_the_parent_stops_the_child(tmp_path):
    marker = tmp_path / "child.pid"

    def work():
        marker.write_text(str(os.getpid()))
        time.sleep(30)
        (tmp_path / "finished").write_text("should not happen")

    def meanwhile():
        deadline = time.monotonic() + 10
        while not marker.exists() or not marker.read_text():
            assert time.monotonic() < deadline
            time.sleep(0.01)
        raise KeyboardInterrupt

    started = time.monotonic()
    with pytest.raises(KeyboardInterrupt):
        _beside(work, meanwhile)
    assert time.monotonic() - started < 10
    child = int(marker.read_text())
    with pytest.raises(ProcessLookupError):  # killed and reaped: not even a zombie
        os.kill(child, 0)
    assert not (tmp_path / "finished").exists()


def test_serial_when_asked(monkeypatch):
    monkeypatch.setenv("BRIEFING_SERIAL", "1")
    assert not parallel.can_fork()


def test_debugging_runs_serially(monkeypatch):
    monkeypatch.setenv("BRIEFING_DEBUG", "1")
    assert not parallel.can_fork()


@needs_fork
def test_pdf_worker_renders_the_same_pdf(monkeypatch, tmp_path):
    from briefing.engine.pipeline import build_briefing
    from briefing.model import Article
    from briefing.render.pdf import render_pdf

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    article = Article(text="The council met on Monday.\n\nIt approved the budget of 5 million euros.",
                      title="Council approves budget", outlet="Daily")
    b = build_briefing([article])
    worker = parallel.PdfWorker()
    try:
        data = worker.render(b, "letter")
    finally:
        worker.cancel()
    assert data.startswith(b"%PDF")
    assert data == render_pdf(b, paper="letter")


@needs_fork
def test_pdf_worker_errors_arrive_and_cancel_leaves_nothing(tmp_path):
    from briefing.model import Briefing

    (tmp_path / "briefing.html.j2").write_text("{{ no_such_name }}")
    worker = parallel.PdfWorker()
    try:
        with pytest.raises(OutputError, match="template"):
            worker.render(Briefing(title="T", sources=[], bottom_line=[], topics=[]), "a4", tmp_path)
    finally:
        worker.cancel()
    idle = parallel.PdfWorker()
    pid = idle._job._pid
    idle.cancel()
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)


@needs_fork
def test_engine_with_a_fork_runner_gives_the_same_briefing(monkeypatch):
    from pathlib import Path

    from briefing.engine import pipeline
    from briefing.ingest import load_articles
    from briefing.render.json import render_json

    samples = Path(__file__).resolve().parents[2] / "samples"
    if not samples.is_dir():
        pytest.skip("needs the bundled samples")
    articles = load_articles([samples])
    serial = render_json(pipeline.build_briefing(articles))
    forks = []
    real_start = parallel.start
    monkeypatch.setattr(parallel, "start", lambda work: forks.append(1) or real_start(work))
    assert render_json(pipeline.build_briefing(articles, runner=parallel.ForkRunner(min_cost=0))) == serial
    assert forks == [1]
    # small work stays in this process
    assert render_json(pipeline.build_briefing(articles, runner=parallel.ForkRunner())) == serial
    assert forks == [1]


@needs_fork
def test_engine_error_stops_the_analysis_worker(monkeypatch):
    from briefing.engine import pipeline
    from briefing.model import Article

    started = []
    real_start = parallel.start

    def spy(work):
        job = real_start(work)
        started.append(job)
        return job

    def broken(*args, **kwargs):
        raise RuntimeError("engine failed")

    monkeypatch.setattr(parallel, "start", spy)
    monkeypatch.setattr("briefing.engine.represent.represent", broken)
    article = Article(text="The council met on Monday. It approved the budget of 5 million euros.",
                      title="Council", outlet="Daily")
    with pytest.raises(RuntimeError, match="engine failed"):
        pipeline.build_briefing([article], runner=parallel.ForkRunner(min_cost=0))
    assert len(started) == 1 and started[0]._pid is None  # reaped, nothing left running


@needs_fork
@pytest.mark.parametrize("args, code", [
    (["--pdf", "{out}/b.pdf", "--md", "{out}/b.md"], 0),
    (["--md", "{out}/b.md"], 0),  # no PDF: the worker started at launch is stopped
    (["--pdf", "{out}/b.pdf", "--no-such-option"], 2),
])
def test_command_line_leaves_no_process_behind(tmp_path, args, code):
    import subprocess
    import sys
    from pathlib import Path

    samples = Path(__file__).resolve().parents[2] / "samples"
    if not samples.is_dir():
        pytest.skip("needs the bundled samples")
    argv = [sys.executable, "-m", "briefing", "build", str(samples), "-q",
            *[a.format(out=tmp_path) for a in args]]
    run = subprocess.Popen(argv, start_new_session=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    run.communicate(timeout=120)
    assert run.returncode == code
    time.sleep(0.2)
    with pytest.raises(ProcessLookupError):  # nothing left in the run's process group
        os.killpg(run.pid, 0)
    if code == 0 and "--pdf" in args:
        assert (tmp_path / "b.pdf").read_bytes().startswith(b"%PDF")


def test_progress_bar_runs_no_thread_while_the_engine_may_fork(monkeypatch):
    import io
    import threading

    from briefing import cli
    from briefing.engine import pipeline
    from briefing.model import Article

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    seen = []

    def fake_build(articles, progress=None, runner=None, **options):
        for stage in ("segment", "merge", "analyse"):
            progress(stage, 0.5)
            seen.append(threading.active_count())
        return "briefing"

    monkeypatch.setattr(sys, "stderr", Terminal())
    monkeypatch.setattr(pipeline, "build_briefing", fake_build)
    articles = [Article(text=f"Sentence {k}.", title=f"T{k}") for k in range(60)]
    assert cli._build(articles, "default", "english", None, quiet=False) == "briefing"
    assert seen == [1, 1, 1]
