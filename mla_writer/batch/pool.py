"""Rendering many cases: one after another, or in a pool of worker processes."""

from __future__ import annotations

import gc
import os
import signal
import sys
import time
from collections.abc import Generator, Iterator
from typing import TYPE_CHECKING

from mla_writer.batch.outcomes import Listener, Outcome, Result, Task
from mla_writer.batch.worker import (
    STOP_SIGNALS,
    Collector,
    render_case,
    render_in_worker,
    start_worker,
)
from mla_writer.i18n import _, ui_language
from mla_writer.interrupts import stop_if_requested

if TYPE_CHECKING:
    from concurrent.futures import Executor, Future


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # macOS, Windows
        return max(1, os.cpu_count() or 1)


def render_all(
    tasks: list[Task], jobs: int, salvage: Listener, inherited: tuple[int, ...] = ()
) -> Generator[Result, None, None]:
    if not tasks:
        return
    if jobs == 1 or len(tasks) == 1:
        # Everything loaded so far lives as long as the process: set it aside, so that a
        # collection scans only the letters' objects (16 ms -> under 1 ms).
        gc.collect()
        gc.freeze()
        collector = Collector()
        try:
            for task in tasks:
                try:
                    yield render_case(task)
                finally:
                    collector.letter_done()
        finally:
            gc.collect()  # the last letters' garbage, before the caller goes on
            gc.unfreeze()
        return
    yield from _render_in_pool(tasks, min(jobs, len(tasks)), salvage, inherited)


POLL_SECONDS = 0.1
"""How often the main process looks for a stop request while the workers render: a signal only
records it (see `mla_writer.interrupts`)."""

GRACE_SECONDS = 30.0
"""Once a stop is asked, how long the letters being written may take to finish; their workers are
then ended (the run removes what they were writing)."""


def _render_in_pool(
    tasks: list[Task], jobs: int, salvage: Listener, inherited: tuple[int, ...] = ()
) -> Generator[Result, None, None]:
    """Results as they come. If the run is stopped, the letters the workers were already
    writing are finished and passed to `salvage`, so that the manifest knows them."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # Forked workers start at once with everything already imported; fork is safe on Linux
    # only (macOS system libraries may crash in a forked child, Windows has no fork).
    forked = sys.platform == "linux"
    context = multiprocessing.get_context("fork" if forked else "spawn")
    pending: dict[Future[Result], Task] = {}
    with ProcessPoolExecutor(
        max_workers=jobs,
        mp_context=context,
        initializer=start_worker,
        initargs=(ui_language(), os.getpid(), inherited if forked else ()),
    ) as pool:
        try:
            # enough queued work to keep every worker busy; little memory held
            yield from _results(pool, iter(tasks), jobs * 4, pending)
        except BaseException:
            _wind_down(pool, pending, salvage)
            raise


def _results(
    pool: Executor, queue: Iterator[Task], window: int, pending: dict[Future[Result], Task]
) -> Generator[Result, None, None]:
    """Submit cases, at most `window` ahead, and yield their results as they come.

    The wait has a timeout: a stop request is seen within `POLL_SECONDS` and raised here, between
    two calls into the pool, never inside one.
    """
    from concurrent.futures import FIRST_COMPLETED, wait
    from concurrent.futures.process import BrokenProcessPool

    broken = False
    while True:
        while not broken and len(pending) < window:
            task = next(queue, None)
            if task is None:
                break
            try:
                pending[_submit(pool, task)] = task
            except BrokenProcessPool:
                yield _lost(task)
                broken = True
        if not pending:
            break
        done, _waiting = wait(pending, timeout=POLL_SECONDS, return_when=FIRST_COMPLETED)
        stop_if_requested()
        for future in done:
            task = pending.pop(future)
            try:
                yield future.result()
            except BrokenProcessPool:
                broken = True
                yield _lost(task)
    for task in queue:
        yield _lost(task)


def _submit(pool: Executor, task: Task) -> Future[Result]:
    """Submit one case. The first submission forks the workers: with Ctrl-C and SIGTERM blocked,
    so that a signal sent to the whole run meanwhile waits in each new worker until it has its
    own handlers (`start_worker`), instead of running this process's handler there."""
    if not hasattr(signal, "pthread_sigmask"):  # Windows: no fork, no signal masks
        return pool.submit(render_in_worker, task)
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, STOP_SIGNALS)
    try:
        return pool.submit(render_in_worker, task)
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _wind_down(pool: Executor, pending: dict[Future[Result], Task], salvage: Listener) -> None:
    """After a stop: hand out no more cases, let the workers finish the letters they are writing
    (for `GRACE_SECONDS` at most, then end them) and pass those letters to `salvage`.

    The pool's own thread cancels the cases no worker has taken: a future cancelled from here
    while a worker dies (a shutdown signals every process) makes that thread fail (CPython 3.11
    sets the error of the dead worker's cases on the cancelled future), and the workers it should
    have ended kept the run from ever exiting.
    """
    import multiprocessing
    from concurrent.futures import FIRST_COMPLETED, wait

    pool.shutdown(wait=False, cancel_futures=True)
    # A future the pool cancels never wakes a `wait()` on it: look again every POLL_SECONDS.
    deadline = time.monotonic() + GRACE_SECONDS
    while (unfinished := [f for f in pending if not f.done()]) and time.monotonic() < deadline:
        wait(unfinished, timeout=POLL_SECONDS, return_when=FIRST_COMPLETED)
    done = [f for f in pending if f.done()]
    for worker in multiprocessing.active_children():
        worker.join(timeout=0 if unfinished else GRACE_SECONDS)
        if worker.is_alive():
            worker.terminate()
            worker.join()
    for future in done:
        if not future.cancelled() and future.exception() is None:
            salvage(future.result())


def _lost(task: Task) -> Result:
    return Result(
        task.input,
        Outcome.INVALID,
        error=_(
            "not rendered: a worker process stopped unexpectedly (out of memory?). "
            "Run the command again; letters already made are kept."
        ),
    )
