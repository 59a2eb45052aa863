"""Where the per-story work of a digest runs: here, a local process pool, or a Dask cluster.

Each runner maps one picklable function over picklable jobs and yields the results in the order of
the jobs, so the outputs are the same bytes whichever runs them. Dask is imported only for
``--scheduler`` (``pip install 'briefing[dask]'``).
"""

from __future__ import annotations

import os
import sys
import threading
from typing import Callable, Iterable, Iterator, Sequence, TypeVar

from ..errors import BriefingError

J = TypeVar("J")
R = TypeVar("R")


def run_serial(fn: Callable[[J], R], jobs: Sequence[J]) -> Iterator[R]:
    """Run the jobs one after the other in this process."""
    for job in jobs:
        yield fn(job)


def run_local(fn: Callable[[J], R], jobs: Sequence[J], workers: int) -> Iterator[R]:
    """Run the jobs on a pool of ``workers`` local processes (forked on Linux when this process
    runs no other thread, else spawned); results in job order."""
    if workers <= 1 or len(jobs) <= 1:
        yield from run_serial(fn, jobs)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    method = "fork" if sys.platform.startswith("linux") and threading.active_count() == 1 else "spawn"
    ctx = multiprocessing.get_context(method)
    with ProcessPoolExecutor(max_workers=min(workers, len(jobs)), mp_context=ctx) as pool:
        futures = [pool.submit(fn, job) for job in jobs]
        try:
            for f in futures:
                yield f.result()
        except BaseException:
            for f in futures:
                f.cancel()
            raise


def run_dask(fn: Callable[[J], R], jobs: Sequence[J], address: str) -> Iterator[R]:
    """Run the jobs on the Dask distributed cluster whose scheduler is at ``address``; results
    in job order.

    Raises:
        BriefingError: Dask is not installed, or the scheduler cannot be reached.
    """
    try:
        from distributed import Client
    except ImportError:
        raise BriefingError("--scheduler", "Dask is not installed (pip install 'briefing[dask]')") from None
    try:
        client = Client(address, timeout="20s", set_as_default=False)
    except (OSError, TimeoutError) as exc:
        raise BriefingError("--scheduler", f"cannot reach the Dask scheduler at {address}: {exc}") from None
    try:
        futures = client.map(fn, list(jobs), pure=False)
        try:
            for f in futures:
                yield f.result()
        finally:
            client.cancel(futures)
    finally:
        client.close()


def usable_cores() -> int:
    """The number of cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def runner_for(workers: int, scheduler: str | None) -> Callable[[Callable, Sequence], Iterable]:
    """The runner to use: Dask when ``scheduler`` is given, else a local pool of ``workers``."""
    if scheduler:
        return lambda fn, jobs: run_dask(fn, jobs, scheduler)
    return lambda fn, jobs: run_local(fn, jobs, workers)
