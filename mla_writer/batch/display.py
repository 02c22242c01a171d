"""What the user reads during and after a run: one line per input in a log or pipe, a progress bar
on a terminal.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from mla_writer.batch.outcomes import Outcome, Result, Summary, outcome_label
from mla_writer.i18n import _, ngettext


def summary_line(summary: Summary) -> str:
    counts = {outcome: summary.count(outcome) for outcome in Outcome}
    return _(
        "%(total)s cases: %(rendered)s rendered, %(skipped)s up to date, "
        "%(incomplete)s incomplete, %(invalid)s invalid."
    ) % {
        "total": len(summary.results),
        "rendered": counts[Outcome.RENDERED],
        "skipped": counts[Outcome.SKIPPED],
        "incomplete": counts[Outcome.INCOMPLETE],
        "invalid": counts[Outcome.INVALID],
    }


def next_step_line(summary: Summary) -> str:
    """What to do after a run that did not render everything; "" after one that did."""
    if summary.succeeded:
        return ""
    return _(
        "Each incomplete or invalid case is listed above with what to fix. Fix them and run the "
        "same command again: letters that are up to date are not made again."
    )


def ignored_line(summary: Summary) -> str:
    return ngettext(
        "%(count)d other file in the folders is not a case file (.yaml, .yml) and was left alone.",
        "%(count)d other files in the folders are not case files (.yaml, .yml) and were left "
        "alone.",
        summary.ignored,
    ) % {"count": summary.ignored}


def result_lines(result: Result) -> list[str]:
    """One line per input, then its gaps or its error, indented: readable in a log or a pipe."""
    values = {
        "outcome": outcome_label(result.outcome),
        "input": result.input,
        "output": result.output,
    }
    if result.outcome is Outcome.RENDERED:
        lines = [_("%(outcome)s: %(input)s -> %(output)s") % values]
    elif result.outcome is Outcome.SKIPPED:
        lines = [_("%(outcome)s: %(input)s (%(output)s is newer)") % values]
    elif result.outcome is Outcome.INCOMPLETE:
        lines = [
            ngettext(
                "%(outcome)s: %(input)s has %(count)d gap to fill:",
                "%(outcome)s: %(input)s has %(count)d gaps to fill:",
                len(result.gaps),
            )
            % {**values, "count": len(result.gaps)}
        ]
    else:
        lines = [_("%(outcome)s: %(input)s") % values]
    lines += [f"    {gap.as_text()}" for gap in result.gaps]  # a draft's too
    lines += [f"    {line.strip()}" for line in result.error.splitlines() if line.strip()]
    return lines


class PlainDisplay:
    """Line-oriented output for logs, pipes and CI: one line per input as it is done."""

    def __init__(self, write: Callable[[str], None]) -> None:
        self.write = write
        self.total = 0
        self.done = 0

    def start(self, total: int) -> None:
        self.total = total
        self.write(
            ngettext("%(count)d case to process.", "%(count)d cases to process.", total)
            % {"count": total}
        )

    def result(self, result: Result) -> None:
        self.done += 1
        width = len(str(self.total))
        lines = result_lines(result)
        self.write(f"[{self.done:>{width}}/{self.total}] {lines[0]}")
        for line in lines[1:]:
            self.write(line)

    def finish(self, summary: Summary) -> None:
        self.write(summary_line(summary))
        if summary.ignored:
            self.write(ignored_line(summary))
        if next_step_line(summary):
            self.write(next_step_line(summary))

    def close(self) -> None:
        pass


class RichDisplay:
    """A progress bar on a terminal; problems are printed above it as they come."""

    def __init__(self) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self.console = Console(highlight=False)
        self.progress = Progress(
            TextColumn(_("Rendering letters")),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            TimeRemainingColumn(),
            console=self.console,
            transient=True,
        )
        self.task_id: Any = None

    def start(self, total: int) -> None:
        self.progress.start()
        self.task_id = self.progress.add_task("", total=total)

    def result(self, result: Result) -> None:
        from rich.padding import Padding
        from rich.text import Text

        if not result.outcome.succeeded:
            style = "yellow" if result.outcome is Outcome.INCOMPLETE else "red"
            lines = result_lines(result)
            self.console.print(Text(lines[0], style=style))
            for line in lines[1:]:  # wrapped lines stay indented under their case
                self.console.print(Padding(Text(line.strip()), (0, 0, 0, 4)))
        self.progress.advance(self.task_id)

    def finish(self, summary: Summary) -> None:
        from rich.table import Table

        self.close()
        table = Table(title=_("Summary"), title_justify="left")
        table.add_column(_("Outcome"))
        table.add_column(_("Cases"), justify="right")
        styles = {
            Outcome.RENDERED: "green",
            Outcome.SKIPPED: "green",
            Outcome.INCOMPLETE: "yellow",
            Outcome.INVALID: "red",
        }
        for outcome in Outcome:
            count = summary.count(outcome)
            table.add_row(
                outcome_label(outcome), str(count), style=styles[outcome] if count else "dim"
            )
        table.add_row(_("Total"), str(len(summary.results)), style="bold")
        self.console.print(table)
        if summary.ignored:
            self.console.print(ignored_line(summary))
        if next_step_line(summary):
            self.console.print(next_step_line(summary))

    def close(self) -> None:
        self.progress.stop()
