"""Running rules in worker processes that share the loaded corpus.

A corpus is built once, in this process; sending it to workers would cost more
than checking it (pickling 100,000 records takes longer than loading them). So
workers are *forked* after loading: each starts with the whole corpus in memory
(copy-on-write, nothing is sent), runs the rules it is handed, and sends back
only their findings. Rules that share derived data (``SHARES``: share groups,
check outcomes) travel together so it is computed once.

Forking is used only where it is safe and pays: on platforms that fork, from a
single-threaded process, with more than one job, and for a corpus of at least
:data:`PARALLEL_FROM` claims (below that, starting workers costs more than it
saves). Everywhere else, and if a worker dies, the rules run here, in order.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

PARALLEL_FROM = 5_000  # claims; measured: below this, two workers are not faster than one


def available_cores() -> int:
    """The cores this process may run on (its CPU affinity where the OS tells it)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def can_fork() -> bool:
    """True where forked workers are safe: the platform forks and no other thread runs."""
    import multiprocessing

    return "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1


# What forked workers inherit: the function that runs one task, and the tasks.
_inherited: tuple[Callable[[Any], Any], Sequence[Any]] | None = None


def _run_inherited(index: int) -> Any:
    assert _inherited is not None  # set before the fork, inherited by the worker
    run, tasks = _inherited
    return run(tasks[index])


def run_forked(run: Callable[[T], R], tasks: Sequence[T], jobs: int) -> list[R]:
    """``[run(task) for task in tasks]``, computed by up to ``jobs`` forked workers.

    Workers take the tasks in order as they become free (so put the longest
    first); results come back in the tasks' order. Falls back to running here
    when forking is unsafe or a worker fails.
    """
    global _inherited
    if jobs <= 1 or len(tasks) <= 1 or not can_fork():
        return [run(task) for task in tasks]
    # imported only when workers are wanted: they cost a cold start ~15 ms
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    _inherited = (run, tasks)
    try:
        # with fork, the executor starts every worker before its own thread: a safe fork
        with ProcessPoolExecutor(
            min(jobs, len(tasks)), mp_context=multiprocessing.get_context("fork")
        ) as pool:
            return list(pool.map(_run_inherited, range(len(tasks))))
    except (OSError, BrokenProcessPool):  # cannot fork now, or a worker was killed
        return [run(task) for task in tasks]
    finally:
        _inherited = None
