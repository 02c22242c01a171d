"""Use case: check a file (`mla check`) — a case file, a letter made by mla-writer, or a letter
written by others — and report what the request lacks, point by point."""

from __future__ import annotations

import dataclasses
from functools import partial
from pathlib import Path
from typing import NamedTuple

from mla_writer.app.assessment import ProfileDirs, assess, cited_codes, with_reminders
from mla_writer.app.sources import SourceKind, line_in, load_request_located, written_by_others
from mla_writer.checklist import Report
from mla_writer.model.dates import date_readings


class CheckedFile(NamedTuple):
    """The report on a file (with the State's reminders among its notes), and its kind."""

    report: Report
    kind: SourceKind


def check_file(path: Path, profile_dirs: ProfileDirs = ()) -> CheckedFile:
    """Check the request in `path` against the checklist and the States' profiles."""
    if written_by_others(path):
        # Reading letters (cue files, PDF and Word text) is for others' letters only: a case
        # file's check does without it (~45 ms).
        from mla_writer.foreign import check_letter

        letter_report = check_letter(path, profile_dirs)
        requested = letter_report.letter.requested_state
        report = with_reminders(letter_report, requested, profile_dirs, outgoing=False)
        return CheckedFile(report, SourceKind.FOREIGN_LETTER)
    request, kind, located = load_request_located(path)
    report = assess(request, profile_dirs).report
    # How day-first dates (14.10.2026) were read, so that a misreading is seen before sending.
    readings = tuple(f"{path}: {text}" for path, text in date_readings(request))
    if readings:
        report = dataclasses.replace(report, notes=(*readings, *report.notes))
    if located is not None:
        report = report.with_lines(partial(line_in, located))
    instruments = cited_codes(request)
    return CheckedFile(
        with_reminders(report, request.requested_state, profile_dirs, instruments), kind
    )
