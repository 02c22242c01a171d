"""`mla check`: read a request from whatever file it comes in and run the checklist on it."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import Path

from mla_writer.casefile import load_case
from mla_writer.checklist import CheckContext, Report, check
from mla_writer.errors import CaseFileError, Problem
from mla_writer.i18n import _
from mla_writer.model import LetterOfRequest

CASE_FILE_SUFFIXES = {".yaml", ".yml"}


def load_request(path: Path) -> tuple[LetterOfRequest, str]:
    """The request in a file, and the kind of file it came from (`case-file`, `mla-letter`)."""
    suffix = path.suffix.lower()
    if suffix in CASE_FILE_SUFFIXES:
        return load_case(path), "case-file"
    if suffix == ".docx":
        from mla_writer.render.embedded import read_embedded_case

        embedded = read_embedded_case(path)
        if embedded is not None:
            return embedded, "mla-letter"
    if suffix in (".docx", *FOREIGN_LETTER_SUFFIXES):
        raise CaseFileError(
            path,
            [
                Problem(
                    _(
                        "this letter was not made by mla-writer (it holds no case data), so "
                        "there is nothing to render from it. `mla check` reads it as a letter "
                        "written by others; to write a letter, give a YAML case file."
                    )
                )
            ],
        )
    raise CaseFileError(
        path,
        [
            Problem(
                _(
                    "this kind of file (%(suffix)s) cannot be checked yet. Give a YAML case file "
                    "(.yaml or .yml)."
                )
                % {"suffix": suffix or _("no extension")}
            )
        ],
    )


def context_for(request: LetterOfRequest, profile_dirs: Sequence[Path | str] = ()) -> CheckContext:
    """What the rules may know besides the request itself: the two States' profiles.

    Profiles are seen through the instruments the request names, because some languages are
    accepted only for requests under a given convention.
    """
    from mla_writer.states import load_profiles

    profiles = load_profiles(profile_dirs)
    named = cited_codes(request)
    requested = profiles.get(request.requested_state or "")
    requesting = profiles.get(request.requesting_state or "")
    return CheckContext(
        requested_profile=requested.bound_to(named) if requested else None,
        requesting_profile=requesting.bound_to(named) if requesting else None,
    )


FOREIGN_LETTER_SUFFIXES = {".pdf", ".txt", ".md", ".markdown", ".text"}


def _written_by_others(path: Path) -> bool:
    """A letter to read as text: PDF, text, or a Word file without mla-writer's embedded case."""
    suffix = path.suffix.lower()
    if suffix in FOREIGN_LETTER_SUFFIXES:
        return True
    if suffix != ".docx":
        return False
    import zipfile
    import zlib

    if not path.is_file() or not zipfile.is_zipfile(path):
        return True  # missing, encrypted or damaged: the letter reader says precisely why
    from mla_writer.render.embedded import read_embedded_case

    try:
        return read_embedded_case(path) is None
    except (zipfile.BadZipFile, NotImplementedError, EOFError, OSError, RuntimeError, zlib.error):
        return True  # a damaged archive: the letter reader says precisely why


def check_file(path: Path, profile_dirs: Sequence[Path | str] = ()) -> tuple[Report, str]:
    if _written_by_others(path):
        from mla_writer.foreign import check_letter

        letter_report = check_letter(path, profile_dirs)
        requested = letter_report.letter.requested_state
        return with_reminders(letter_report, requested, profile_dirs), "foreign-letter"
    request, kind = load_request(path)
    report = check(request, context_for(request, profile_dirs))
    return with_reminders(report, request.requested_state, profile_dirs, cited_codes(request)), kind


def cited_codes(request: LetterOfRequest) -> list[str]:
    """The instrument codes the request's legal basis cites."""
    basis = request.legal_basis
    return [i.code.upper() for i in basis.instruments if i.code] if basis else []


def state_reminders(
    requested_state: str | None,
    profile_dirs: Sequence[Path | str] = (),
    instruments: Sequence[str] = (),
) -> list[str]:
    """The reminders to verify what the requested State's profile told the check, and which of
    the facts the letter relies on (`instruments` cited) are more than two years old."""
    if not requested_state:
        return []
    from mla_writer.states import load_profiles, verification_reminder
    from mla_writer.states.proposals import stale_facts_reminder

    profile = load_profiles(profile_dirs).get(requested_state)
    if profile is None:
        return []
    stale = stale_facts_reminder(profile, tuple(instruments))
    return [verification_reminder(profile), *([stale] if stale else [])]


def with_reminders(
    report: Report,
    requested_state: str | None,
    profile_dirs: Sequence[Path | str] = (),
    instruments: Sequence[str] = (),
) -> Report:
    notes = state_reminders(requested_state, profile_dirs, instruments)
    return dataclasses.replace(report, notes=(*report.notes, *notes)) if notes else report
