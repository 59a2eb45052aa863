"""The engine runs in a forked child beside WeasyPrint's start-up: same results, same errors,
nothing left running when the parent is interrupted."""

from __future__ import annotations

import os
import signal
import time

import pytest

from briefing import overlap
from briefing.errors import InputError, OutputError

needs_fork = pytest.mark.skipif(not overlap.can_overlap(), reason="runs serially on this machine")


@pytest.fixture(autouse=True)
def _allow_fork(monkeypatch):
    monkeypatch.delenv("BRIEFING_SERIAL", raising=False)
    monkeypatch.delenv("BRIEFING_DEBUG", raising=False)


@needs_fork
def test_result_comes_from_a_child_and_warm_runs_here():
    parent = os.getpid()
    warmed = []
    pid, payload = overlap.run_beside(lambda: (os.getpid(), {"big": "x" * 1_000_000}),
                                      lambda: warmed.append(os.getpid()))
    assert pid != parent
    assert payload["big"] == "x" * 1_000_000  # larger than a pipe's buffer
    assert warmed == [parent]


@needs_fork
@pytest.mark.parametrize("error", [InputError("a.txt", "not UTF-8"), OutputError("pdf", "no room")])
def test_errors_arrive_whole(error):
    def work():
        raise error

    with pytest.raises(type(error)) as caught:
        overlap.run_beside(work, lambda: None)
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
        overlap.run_beside(work, lambda: None)


@needs_fork
def test_failing_warm_up_is_ignored():
    def warm():
        raise OSError("no fonts")

    assert overlap.run_beside(lambda: 42, warm) == 42


@needs_fork
def test_a_killed_child_is_reported():
    def work():
        os.kill(os.getpid(), signal.SIGKILL)

    with pytest.raises(overlap.WorkerDied, match="SIGKILL"):
        overlap.run_beside(work, lambda: None)


@needs_fork
def test_interrupting_the_parent_stops_the_child(tmp_path):
    marker = tmp_path / "child.pid"

    def work():
        marker.write_text(str(os.getpid()))
        time.sleep(30)
        (tmp_path / "finished").write_text("should not happen")

    def warm():
        deadline = time.monotonic() + 10
        while not marker.exists() or not marker.read_text():
            assert time.monotonic() < deadline
            time.sleep(0.01)
        raise KeyboardInterrupt

    started = time.monotonic()
    with pytest.raises(KeyboardInterrupt):
        overlap.run_beside(work, warm)
    assert time.monotonic() - started < 10
    child = int(marker.read_text())
    with pytest.raises(ProcessLookupError):  # killed and reaped: not even a zombie
        os.kill(child, 0)
    assert not (tmp_path / "finished").exists()


def test_serial_when_asked(monkeypatch):
    monkeypatch.setenv("BRIEFING_SERIAL", "1")
    warmed = []
    assert overlap.run_beside(os.getpid, lambda: warmed.append(1)) == os.getpid()
    assert warmed == []  # serially, the renderer gets ready when it is first used


def test_debugging_runs_serially(monkeypatch):
    monkeypatch.setenv("BRIEFING_DEBUG", "1")
    assert not overlap.can_overlap()
    with pytest.raises(ValueError):
        overlap.run_beside(lambda: int("x"), lambda: None)


@needs_fork
def test_engine_with_two_workers_gives_the_same_briefing(monkeypatch):
    from pathlib import Path

    from briefing.engine import pipeline
    from briefing.ingest import load_articles
    from briefing.render.json import render_json

    samples = Path(__file__).resolve().parent.parent / "samples"
    if not samples.is_dir():
        pytest.skip("needs the bundled samples")
    articles = load_articles([samples])
    serial = render_json(pipeline.build_briefing(articles))
    forks = []
    real_start = overlap.start
    monkeypatch.setattr(pipeline, "PARALLEL_MIN_SENTENCES", 0)
    monkeypatch.setattr(overlap, "start", lambda work: forks.append(1) or real_start(work))
    assert render_json(pipeline.build_briefing(articles, workers=2)) == serial
    assert forks == [1]


@needs_fork
def test_engine_error_stops_the_analysis_worker(monkeypatch):
    from briefing.engine import pipeline
    from briefing.model import Article

    started = []
    real_start = overlap.start

    def spy(work):
        job = real_start(work)
        started.append(job)
        return job

    def broken(*args, **kwargs):
        raise RuntimeError("engine failed")

    monkeypatch.setattr(pipeline, "PARALLEL_MIN_SENTENCES", 0)
    monkeypatch.setattr(overlap, "start", spy)
    monkeypatch.setattr("briefing.engine.represent.represent", broken)
    article = Article(text="The council met on Monday. It approved the budget of 5 million euros.",
                      title="Council", outlet="Daily")
    with pytest.raises(RuntimeError, match="engine failed"):
        pipeline.build_briefing([article], workers=2)
    assert len(started) == 1 and started[0]._pid is None  # reaped, nothing left running
