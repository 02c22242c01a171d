"""Rendering one case, in this process or a worker process: its outcome, never an exception."""

from __future__ import annotations

import gc
import os
import signal
import sys
from contextlib import suppress

from mla_writer.app import LetterOptions, render_file
from mla_writer.batch.outcomes import Gap, Outcome, Result, Task
from mla_writer.checklist import POINTS, POINTS_BY_KEY, Report
from mla_writer.errors import CaseFileError, MlaError
from mla_writer.i18n import _, set_ui_language
from mla_writer.render import IncompleteRequestError
from mla_writer.translation.localize import UntranslatedTextError


def _gaps(report: Report) -> tuple[Gap, ...]:
    numbers = {point.key: point.number for point in POINTS}
    return tuple(Gap(numbers.get(f.point, 0), f.field, f.message) for f in report.errors())


def _translation_gaps(error: UntranslatedTextError) -> tuple[Gap, ...]:
    number = POINTS_BY_KEY["language"].number
    missing = _("not translated into the letter's language (%(language)s)") % {
        "language": error.language
    }
    outdated = _("translated from an earlier version of the text: translate it again")
    return tuple(Gap(number, path, missing) for path in error.missing) + tuple(
        Gap(number, path, outdated) for path in error.outdated
    )


def render_case(task: Task) -> Result:
    """Load, check and render one case; whatever happens, return its outcome (never raise)."""
    options = LetterOptions(
        language=task.options.language,
        draft=task.options.draft,
        template=task.options.template,
        force=True,  # the planner chose a name that is free or this case's own letter
        pdf=task.options.pdf,
    )
    try:
        rendered = render_file(task.input, task.output, options, task.options.profiles)
        # A final letter is complete: only a draft has gaps, shown where they belong.
        return Result(
            task.input,
            Outcome.RENDERED,
            task.output,
            gaps=_gaps(rendered.assessment.report),
            error=rendered.pdf_problem,
            pdf_missing=bool(rendered.pdf_problem),
        )
    except CaseFileError as error:
        # Each problem already says file:line:column; the "N problems" heading adds nothing here.
        problems = [
            f"{p.location(error.path)}{f' [{p.field}]' if p.field else ''}: {p.message}"
            for p in error.problems
        ]
        return Result(task.input, Outcome.INVALID, error="\n".join(problems) or error.message)
    except IncompleteRequestError as error:
        return Result(task.input, Outcome.INCOMPLETE, gaps=_gaps(error.report))
    except UntranslatedTextError as error:  # point 14: a gap to fill, not a bad file
        return Result(task.input, Outcome.INCOMPLETE, gaps=_translation_gaps(error))
    except MlaError as error:
        return Result(task.input, Outcome.INVALID, error=error.message)
    except Exception as error:  # a bug must not stop the other cases; say so plainly
        if os.environ.get("MLA_DEBUG"):
            raise
        return Result(
            task.input,
            Outcome.INVALID,
            error=_(
                "mla-writer could not render this case because of an internal error (%(error)s). "
                "This is a bug, not a problem with your file; please report it."
            )
            % {"error": type(error).__name__},
        )


class Collector:
    """Bounds a batch's memory without a full garbage collection after every letter.

    A letter's python-docx package holds reference cycles (parts, relationships, lxml trees),
    freed only by a full collection, whose cost grows with everything the process holds. After
    the first letter (which loaded python-docx, the template and the renderer's tables), what
    is held is set aside for good (`gc.freeze`): later collections scan only new objects. Then
    a collection every `every` letters keeps at most that many letters' garbage, a few MiB.
    """

    def __init__(self, every: int = 8) -> None:
        self.every = every
        self.letters = 0

    def letter_done(self) -> None:
        self.letters += 1
        if self.letters == 1 or self.letters % self.every == 0:
            gc.collect()
        if self.letters == 1:
            gc.freeze()


_WORKER_COLLECTOR = Collector()


def render_in_worker(task: Task) -> Result:
    """`render_case` in a worker process, which collects garbage on the batch's budget."""
    try:
        return render_case(task)
    finally:
        _WORKER_COLLECTOR.letter_done()


STOP_SIGNALS = frozenset({signal.SIGINT, signal.SIGTERM})
"""Blocked while workers are forked (`pool`), unblocked by each worker once it has its handlers."""


def start_worker(language: str, parent: int, inherited: tuple[int, ...]) -> None:
    # Ctrl-C is the main process's to handle: it stops handing out work, and each worker
    # finishes the letter it is writing instead of dying with a traceback. A termination signal
    # sent to the worker itself ends it at once (the main process's handler, inherited through
    # fork, is not the worker's to run); the main process then removes any half-written file.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if hasattr(signal, "pthread_sigmask"):  # a signal that came during the fork arrives now
        signal.pthread_sigmask(signal.SIG_UNBLOCK, STOP_SIGNALS)
    for descriptor in inherited:
        with suppress(OSError):
            os.close(descriptor)
    _end_with_parent(parent)
    set_ui_language(language)
    gc.collect()
    gc.freeze()  # what the worker inherited stays put: later collections only scan new objects


def _end_with_parent(parent: int) -> None:
    """On Linux, have the system end this worker if the main process is killed (kill -9).

    Otherwise an orphaned worker would wait for work forever, or write a letter no run records.
    """
    if sys.platform != "linux":
        return
    import ctypes

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, int(signal.SIGKILL), 0, 0, 0)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # the main process ended before the request was made
        os._exit(1)
