"""The report file of `mla batch --report` (.json or .csv): every input with its outcome."""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from mla_writer.batch.outcomes import Result
from mla_writer.errors import MlaError, OutputExistsError
from mla_writer.i18n import _
from mla_writer.outputs import atomic_write

REPORT_COLUMNS = ("input", "outcome", "output", "gaps", "error")
REPORT_SUFFIXES = (".json", ".csv")


def check_report_path(path: Path, *, force: bool) -> None:
    """Refuse, before any work, a report file we cannot write or must not replace."""
    if path.suffix.lower() not in REPORT_SUFFIXES:
        raise MlaError(
            _(
                "The report file must end in .json or .csv (got “%(name)s”); the ending picks "
                "the format."
            )
            % {"name": path.name}
        )
    if path.exists() and not force and not _is_batch_report(path):
        raise OutputExistsError(path)
    folder = path.parent.resolve()
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    try:  # a real probe (permission bits say nothing to root, nor about a read-only disk)
        handle, probe = tempfile.mkstemp(prefix=".mla-report-probe.", dir=folder)
        os.close(handle)
        os.unlink(probe)
    except OSError:  # before any letter is written, not after
        raise MlaError(
            _(
                "The report %(path)s cannot be written: %(folder)s does not accept new files "
                "(read-only, or no permission). Choose another place for --report; no letter "
                "was written."
            )
            % {"path": path, "folder": folder}
        ) from None


def _is_batch_report(path: Path) -> bool:
    """A report from an earlier run may be replaced; any other file is left alone."""
    try:
        with path.open(encoding="utf-8-sig") as stream:
            if path.suffix.lower() == ".csv":
                return next(csv.reader(stream), None) == list(REPORT_COLUMNS)
            data = json.load(stream)
    except (OSError, ValueError, StopIteration):
        return False
    return isinstance(data, list) and all(
        isinstance(item, dict) and set(REPORT_COLUMNS) <= set(item) for item in data
    )


def report_text(results: Iterable[Result], suffix: str) -> str:
    """The report: every input with its outcome, its letter, and its gaps or its error."""
    if suffix.lower() == ".json":
        return (
            json.dumps([result.as_dict() for result in results], ensure_ascii=False, indent=2)
            + "\n"
        )
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(REPORT_COLUMNS)
    for result in results:
        writer.writerow(
            [
                str(result.input),
                result.outcome.value,
                str(result.output) if result.output else "",
                "\n".join(gap.as_text() for gap in result.gaps),
                result.error,
            ]
        )
    return buffer.getvalue()


def write_report(path: Path, results: Iterable[Result]) -> None:
    # utf-8-sig: a spreadsheet opened by double-click then shows accents and Cyrillic correctly
    encoding = "utf-8-sig" if path.suffix.lower() == ".csv" else "utf-8"
    text = report_text(results, path.suffix)
    atomic_write(path, text.encode(encoding), force=True, mode=0o600)
