"""Ctrl-C and termination signals, taken the same way by every command.

A SIGTERM handler raises `Terminated` where the main thread happens to be. If that moment is
inside a finaliser or a C callback, Python reports the exception as "ignored" and carries on, and a
run would go on to its end as if never told to stop. So the handler also records the request, and
long loops (the batch) call `stop_if_terminated()` between steps.
"""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager


class Terminated(KeyboardInterrupt):
    """A termination signal (SIGTERM) in a command that handles it like Ctrl-C."""


_requested = False


def stop_if_terminated() -> None:
    """Raise `Terminated` if a termination signal came (even one whose exception was lost)."""
    if _requested:
        raise Terminated


@contextmanager
def terminate_as_interrupt() -> Iterator[None]:
    """While inside, SIGTERM stops the command the way Ctrl-C does: cleanly, files whole.

    The signal is taken once; a second one during the clean-up is ignored, so that the clean-up
    itself is not cut short (SIGKILL still stops everything).
    """

    def stop(signum: int, frame: object) -> None:
        global _requested
        _requested = True
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        raise Terminated

    global _requested
    _requested = False  # a command starts untold (tests run several in one process)
    previous = signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
