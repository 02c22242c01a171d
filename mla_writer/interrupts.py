"""Ctrl-C and termination signals, taken the same way by every command.

Most commands take SIGTERM like Ctrl-C: the handler raises (`Terminated`) wherever the main thread
happens to be, and the command stops cleanly, its files written whole or not at all.

A long run that calls into libraries cannot take a signal that way. Raised at an arbitrary
instant, the exception may land
- in Python code called back by a C extension that turns it into an ordinary error or drops it:
  pydantic-core, serialising a case with `exclude_defaults`, calls `__eq__`, `deepcopy` and enum
  properties, and hands the exception back as `PydanticSerializationError` or not at all; a batch
  then reported the letter as invalid ("internal error") and went on to its end, exit 1, silent;
- in a finaliser or a weakref callback, where Python prints "Exception ignored" with a traceback
  and carries on;
- between two lock operations of `concurrent.futures` (a `wait()` takes every future's lock in
  turn), leaving a lock held that the pool's own thread then waits for forever, while the
  shutdown waits for that thread: a run asleep for good, deaf to further signals.

So `mla batch` runs under `stop_at_safe_points()`: a signal only records the request, and the run
stops where it chooses (`stop_if_requested()`, between letters and while waiting for workers).
The one place a signal still raises at once is an `interruptible()` block, around output that may
block forever (a pipe whose reader stopped reading).

A stop is raised once; a second signal during the clean-up is ignored, so that the clean-up itself
is not cut short (SIGKILL still stops everything).
"""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from typing import NoReturn


class Terminated(KeyboardInterrupt):
    """A termination signal (SIGTERM) in a command that handles it like Ctrl-C."""


@dataclass
class _StopRequest:
    kind: type[KeyboardInterrupt] | None = None  # what was asked: Ctrl-C or a termination
    raised: bool = False  # the stop has been raised: the clean-up is under way
    interruptible: int = 0  # inside this many regions where a signal raises at once
    handling: int = 0  # how many of the context managers below are active


_stop = _StopRequest()


def _raise_stop() -> NoReturn:
    _stop.raised = True
    raise (_stop.kind or Terminated)()


def _on_signal(signum: int, frame: object) -> None:
    if _stop.raised:
        return
    if _stop.kind is None:
        _stop.kind = Terminated if signum == signal.SIGTERM else KeyboardInterrupt
    if _stop.interruptible:
        _raise_stop()


def stop_requested() -> bool:
    """Whether a stop signal came (raised already or not)."""
    return _stop.kind is not None


def stop_if_requested() -> None:
    """Raise the stop a signal asked for, if it has not been raised yet: call at a safe point."""
    if _stop.kind is not None and not _stop.raised:
        _raise_stop()


@contextmanager
def _handling(signals: tuple[signal.Signals, ...], *, interruptible: bool) -> Iterator[None]:
    if not _stop.handling:  # a command starts untold (tests run several in one process)
        _stop.kind, _stop.raised = None, False
    saved = _stop.interruptible
    _stop.interruptible = 1 if interruptible else 0
    previous = {number: signal.signal(number, _on_signal) for number in signals}
    _stop.handling += 1
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
        _stop.handling -= 1
        _stop.interruptible = saved


def terminate_as_interrupt() -> AbstractContextManager[None]:
    """While inside, SIGTERM stops the command the way Ctrl-C does: cleanly, files whole."""
    return _handling((signal.SIGTERM,), interruptible=True)


def stop_at_safe_points() -> AbstractContextManager[None]:
    """While inside, Ctrl-C and SIGTERM only record a stop, raised by `stop_if_requested()`.

    For runs that call into libraries and a process pool (see the module's docstring); blocks
    that may wait forever on output are marked `interruptible()`.
    """
    return _handling((signal.SIGINT, signal.SIGTERM), interruptible=False)


@contextmanager
def interruptible() -> Iterator[None]:
    """A block where a stop signal raises at once (a write that may block forever), even under
    `stop_at_safe_points()`; a stop asked before it is raised on entry."""
    stop_if_requested()
    _stop.interruptible += 1
    try:
        yield
    finally:
        _stop.interruptible -= 1
