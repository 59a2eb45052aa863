"""The engine runs a stage beside the others through the runner its caller passes in."""

from __future__ import annotations

import pytest

from briefing.engine.pipeline import build_briefing
from briefing.engine.runner import Deferred, InlineRunner
from briefing.model import Article

ARTICLES = [
    Article(text="The council approved the budget of 5 million euros on Monday. The vote was close.",
            title="Council approves budget", outlet="Daily"),
    Article(text="The council approved a budget of 6 million euros on Monday after a long debate.",
            title="Budget passes", outlet="Weekly"),
]


def test_inline_work_runs_when_asked_once():
    calls = []
    job = InlineRunner().start(lambda: calls.append(1) or "done", cost=10**6)
    assert calls == []  # nothing runs before the result is needed
    assert job.result() == "done" and calls == [1]
    with pytest.raises(RuntimeError):
        job.result()
    job.cancel()  # harmless after the result


def test_cancelled_work_never_runs():
    job = Deferred(lambda: pytest.fail("ran"))
    job.cancel()
    with pytest.raises(RuntimeError):
        job.result()


class Recording:
    def __init__(self):
        self.costs = []

    def start(self, work, *, cost=0):
        self.costs.append(cost)
        return Deferred(work)


def test_the_engine_uses_the_runner_it_is_given():
    runner = Recording()
    assert build_briefing(ARTICLES, runner=runner) == build_briefing(ARTICLES)
    assert len(runner.costs) == 1 and runner.costs[0] > 0  # the story's sentence count


def test_workers_is_gone_in_favour_of_a_runner():
    with pytest.raises(TypeError, match="workers"):
        build_briefing(ARTICLES, workers=2)  # type: ignore[call-arg]


def test_fork_runner_checks_its_value():
    from briefing.parallel import ForkRunner

    with pytest.raises(ValueError, match="min_cost"):
        ForkRunner(min_cost=-1)
    job = ForkRunner(min_cost=10**9).start(lambda: 7, cost=5)  # small work stays here
    assert isinstance(job, Deferred) and job.result() == 7
