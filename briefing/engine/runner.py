"""How the engine runs a stage beside the others: the caller's choice, passed in as a runner.

The engine hands the cross-source analysis to ``runner.start(work, cost=...)`` and collects it
with ``job.result()`` once the rest of the briefing is built (``job.cancel()`` in a ``finally``).
It never starts processes itself: the default, :class:`InlineRunner`, runs the work in this
process when its result is asked for; :class:`briefing.parallel.ForkRunner` (used by the command
line) runs it in a forked process. The briefing is the same either way.
"""

from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Callable, Generic, Iterator, Protocol, TypeVar

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)

__all__ = ["Job", "Runner", "Deferred", "InlineRunner", "no_cycle_collection"]


class Job(Protocol[T_co]):
    """A piece of work started by a :class:`Runner`."""

    def result(self) -> T_co:
        """What the work returned (its exception is raised here)."""

    def cancel(self) -> None:
        """Stop the work if it still runs; harmless after :meth:`result`."""


class Runner(Protocol):
    """Starts work: ``start(work, cost=...)`` returns a :class:`Job` at once."""

    def start(self, work: Callable[[], T], *, cost: int = 0) -> Job[T]:
        """Start ``work()``.

        Args:
            work: the work, a callable without arguments (its result must pickle for a runner
                that uses another process).
            cost: how big the work is (the engine passes the story's sentence count); a runner
                may run small work inline.

        Returns:
            A :class:`Job`.
        """


class Deferred(Generic[T]):
    """Work run in this process when its result is first asked for."""

    def __init__(self, work: Callable[[], T]) -> None:
        self._work: Callable[[], T] | None = work

    def result(self) -> T:
        """Run the work and return what it returned.

        Raises:
            RuntimeError: the result was already taken or the job cancelled.
        """
        if self._work is None:
            raise RuntimeError("the result was already taken or cancelled")
        work, self._work = self._work, None
        return work()

    def cancel(self) -> None:
        """Drop the work if it has not run."""
        self._work = None


class InlineRunner:
    """The default runner: no second process; the work runs when its result is asked for."""

    def start(self, work: Callable[[], T], *, cost: int = 0) -> Deferred[T]:
        """Defer ``work()`` until :meth:`Deferred.result` (``cost`` is ignored)."""
        return Deferred(work)


@contextmanager
def no_cycle_collection() -> Iterator[None]:
    """Python's cycle collector off while a stage runs, back as it was after.

    For stages that build hundreds of thousands of small lists, dicts and tuples that live until
    they end and hold no reference cycles (the merge, the story clustering): the collector's full
    passes over a growing heap find nothing to free and make them cost more than linear time
    (the merge of 80,000 repeats of one sentence: 4.1 s with it, 1.9 s without).
    """
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()
