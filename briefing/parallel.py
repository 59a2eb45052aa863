"""Process management: work in a forked child process, its result pickled back through a pipe.

Only the top of the program uses this module (the command line, or a program that passes
``runner=ForkRunner()`` to :func:`briefing.build_briefing`); the engine never imports it. Two uses:

* :class:`PdfWorker`: a cold ``briefing build`` spends about 0.6 s importing WeasyPrint and getting
  it ready, and about as long parsing its options, reading the articles and running the engine;
  neither needs the other. The command line starts a worker first thing, which imports WeasyPrint,
  parses the C types it uses and compiles the template, then waits; the briefing is sent to it,
  and it sends the PDF's bytes back. The command line writes the file, as before.
* :class:`ForkRunner`: passed to the engine (``build_briefing(..., runner=ForkRunner())``), it
  runs the cross-source analysis of a large story in a child while the engine merges, selects and
  labels; the engine collects it at the end (see :mod:`briefing.engine.runner`).

Both run serially instead when forking is not available or not worth it: not Linux, one usable
core, ``BRIEFING_SERIAL=1`` or ``BRIEFING_DEBUG=1`` set (a traceback from a child process would
be incomplete). The result is the same either way.

What happens when things go wrong:

* The child's work raises: the exception is pickled and raised here, so a bad template or a
  failed layout still gives the same one-line error and exit code.
* This process is interrupted (Ctrl-C, SIGTERM): the child is killed and reaped before the
  interruption goes on; it never writes files, so nothing is left behind.
* The child dies without a result (killed, out of memory): :class:`WorkerDied` says how.
* This process dies: the child finishes its work, fails to write to the pipe, and exits.
"""

from __future__ import annotations

import os
import pickle
import signal
import sys
from dataclasses import dataclass
from typing import Callable, Generic, TypeVar

T = TypeVar("T")


class WorkerDied(RuntimeError):
    """The child process ended without sending a result."""


def usable_cores() -> int:
    """The number of cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def can_fork() -> bool:
    """Whether forking is available and worth it here (see the module docstring)."""
    if os.environ.get("BRIEFING_SERIAL") or os.environ.get("BRIEFING_DEBUG"):
        return False
    return sys.platform.startswith("linux") and hasattr(os, "fork") and usable_cores() >= 2


class Pending(Generic[T]):
    """``work()`` running in a forked child; :meth:`result` waits for it (see :func:`start`)."""

    def __init__(self, work: Callable[[], T]) -> None:
        for stream in (sys.stdout, sys.stderr):  # nothing buffered may be written twice
            try:
                stream.flush()
            except (OSError, ValueError):
                pass
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: compute, send, leave without running the parent's exit handlers
            os.close(read_end)
            _child(work, write_end)
        os.close(write_end)
        self._pid: int | None = pid
        self._fd: int | None = read_end

    def result(self) -> T:
        """What ``work`` returned, or the exception it raised, raised here."""
        if self._fd is None:
            raise RuntimeError("the result was already taken or cancelled")
        fd, self._fd = self._fd, None
        with os.fdopen(fd, "rb") as pipe:
            data = pipe.read()
        pid, self._pid = self._pid, None
        assert pid is not None  # set with _fd, which was not None
        _, status = os.waitpid(pid, 0)
        if not data:
            raise WorkerDied(f"the worker process ended without a result ({_describe(status)})")
        kind, value = pickle.loads(data)
        if kind == "error":
            raise value
        return value

    def cancel(self) -> None:
        """Stop the child if it still runs (an interruption, or an error elsewhere)."""
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
        if self._pid is not None:
            pid, self._pid = self._pid, None
            _stop(pid)


def start(work: Callable[[], T]) -> Pending[T]:
    """Start ``work()`` in a forked child and return at once.

    Call :meth:`Pending.result` to get its outcome, and :meth:`Pending.cancel` (in a ``finally``)
    so that an interruption leaves no process behind. Only where :func:`can_fork` is true, and
    from a process without threads (forking copies only the calling thread).

    Args:
        work: the work; its result (or exception) must pickle.

    Returns:
        The running :class:`Pending` job.
    """
    return Pending(work)


@dataclass(frozen=True)
class ForkRunner:
    """A runner for the engine (:class:`briefing.engine.runner.Runner`) that forks.

    Work of at least ``min_cost`` (the engine passes the story's sentence count) runs in a forked
    child where :func:`can_fork` is true; smaller work, or work elsewhere, runs in this process
    when its result is asked for. The result is the same. Use it from a process without threads.

    Attributes:
        min_cost: the least cost worth a fork (below it, forking costs more than it saves).

    Raises:
        OptionError: ``min_cost`` is not a whole number >= 0 (a ``ValueError``).
    """

    min_cost: int = 2000

    def __post_init__(self) -> None:
        from .errors import check_number

        check_number("min_cost", self.min_cost, low=0, whole=True)

    def start(self, work: Callable[[], T], *, cost: int = 0):
        """Start ``work()``: forked when ``cost >= min_cost`` and forking is available.

        Returns:
            A job with ``result()`` and ``cancel()``.
        """
        if cost >= self.min_cost and can_fork():
            return start(work)
        from .engine.runner import Deferred

        return Deferred(work)


def without_texts(briefing):
    """``briefing`` without its sources' article texts, which the page never shows (the same PDF):
    sent to the PDF worker, a 490 MB input would otherwise be pickled and copied whole."""
    from dataclasses import replace

    return replace(briefing, sources=[replace(s, text="") for s in briefing.sources])


class PdfWorker:
    """A process that gets WeasyPrint ready at once, then renders one PDF when given the briefing.

    See the module docstring. Start it before anything else; call :meth:`render` or :meth:`cancel`.
    """

    def __init__(self) -> None:
        job_read, job_write = os.pipe()

        def serve() -> tuple[bytes, frozenset[str]] | None:
            os.close(job_write)
            from .render.pdf import render_pdf_page, warm_up

            warm_up()
            with os.fdopen(job_read, "rb") as pipe:
                data = pipe.read()
            if not data:  # the command ended without asking for a PDF
                return None
            briefing, paper, template_dir = pickle.loads(data)
            return render_pdf_page(briefing, paper=paper, template_dir=template_dir)

        self._job = start(serve)
        os.close(job_read)
        self._send: int | None = job_write
        #: After :meth:`render`: the keys of the items the page shows (``render.view.shown_keys``).
        self.page: frozenset[str] = frozenset()

    def render(self, briefing, paper: str = "a4", template_dir=None) -> bytes:
        """The PDF of ``briefing``, rendered in the worker (see :func:`briefing.render.pdf.render_pdf`);
        the items its page shows are then in :attr:`page`.

        Raises:
            RuntimeError: the worker already rendered or was cancelled.
            WorkerDied: the worker ended without a result.
            Exception: what rendering raised in the worker.
        """
        if self._send is None:
            raise RuntimeError("this worker has already rendered or was cancelled")
        data = pickle.dumps((without_texts(briefing), paper, template_dir), protocol=pickle.HIGHEST_PROTOCOL)
        fd, self._send = self._send, None
        try:
            with os.fdopen(fd, "wb") as pipe:
                pipe.write(data)
        except BrokenPipeError:
            pass  # the worker is gone: result() says how
        result = self._job.result()
        if result is None:
            raise WorkerDied("the PDF worker ended without a PDF")
        pdf, self.page = result
        return pdf

    def cancel(self) -> None:
        """Stop the worker if it still runs."""
        if self._send is not None:
            os.close(self._send)
            self._send = None
        self._job.cancel()


def _child(work: Callable[[], object], fd: int) -> None:
    code = 0
    try:
        try:
            payload = ("ok", work())
        except BaseException as exc:  # noqa: BLE001 - every outcome goes back to the parent
            payload = ("error", exc)
        try:
            data = pickle.dumps(payload, protocol=pickle.HIGHEST_PROTOCOL)
        except Exception as exc:  # an unpicklable result or exception
            data = pickle.dumps(("error", RuntimeError(f"{type(exc).__name__}: {exc}")))
        with os.fdopen(fd, "wb") as pipe:
            pipe.write(data)
    except BaseException:  # noqa: BLE001 - the parent went away: nothing left to do
        code = 1
    finally:
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except BaseException:  # noqa: BLE001
                pass
        os._exit(code)


def _stop(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    try:
        os.waitpid(pid, 0)
    except ChildProcessError:
        pass


def _describe(status: int) -> str:
    if os.WIFSIGNALED(status):
        sig = os.WTERMSIG(status)
        try:
            name = signal.Signals(sig).name
        except ValueError:
            name = str(sig)
        return f"killed by {name}" + (", perhaps out of memory" if sig == signal.SIGKILL else "")
    return f"exit status {os.WEXITSTATUS(status)}"
