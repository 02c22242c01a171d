"""Rendering many cases: one after another, or in a pool of worker processes."""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Generator

from mla_writer.batch.outcomes import Listener, Outcome, Result, Task
from mla_writer.batch.worker import render_case, start_worker
from mla_writer.i18n import _, ui_language


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
        # Everything loaded so far lives as long as the process: set it aside, so that the
        # collection after each letter scans only that letter's objects (16 ms -> under 1 ms).
        gc.collect()
        gc.freeze()
        try:
            for task in tasks:
                yield render_case(task)
        finally:
            gc.unfreeze()
        return
    yield from _render_in_pool(tasks, min(jobs, len(tasks)), salvage, inherited)


def _render_in_pool(
    tasks: list[Task], jobs: int, salvage: Listener, inherited: tuple[int, ...] = ()
) -> Generator[Result, None, None]:
    """Results as they come. If the run is interrupted, the letters the workers were already
    writing are finished and passed to `salvage`, so that the manifest knows them."""
    import multiprocessing
    from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
    from concurrent.futures.process import BrokenProcessPool

    # Forked workers start at once with everything already imported; fork is safe on Linux
    # only (macOS system libraries may crash in a forked child, Windows has no fork).
    forked = sys.platform == "linux"
    context = multiprocessing.get_context("fork" if forked else "spawn")
    window = jobs * 4  # enough queued work to keep every worker busy; little memory held
    pending: dict[Future[Result], Task] = {}
    queue = iter(tasks)
    with ProcessPoolExecutor(
        max_workers=jobs,
        mp_context=context,
        initializer=start_worker,
        initargs=(ui_language(), os.getpid(), inherited if forked else ()),
    ) as pool:
        try:
            broken = False
            while True:
                while not broken and len(pending) < window:
                    task = next(queue, None)
                    if task is None:
                        break
                    try:
                        pending[pool.submit(render_case, task)] = task
                    except BrokenProcessPool:
                        yield _lost(task)
                        broken = True
                if not pending:
                    break
                done, _waiting = wait(pending, return_when=FIRST_COMPLETED)
                for future in done:
                    task = pending.pop(future)
                    try:
                        yield future.result()
                    except BrokenProcessPool:
                        broken = True
                        yield _lost(task)
            for task in queue:
                yield _lost(task)
        except BaseException:
            pool.shutdown(wait=True, cancel_futures=True)
            for future in pending:
                if future.done() and not future.cancelled() and future.exception() is None:
                    salvage(future.result())
            raise


def _lost(task: Task) -> Result:
    return Result(
        task.input,
        Outcome.INVALID,
        error=_(
            "not rendered: a worker process stopped unexpectedly (out of memory?). "
            "Run the command again; letters already made are kept."
        ),
    )
