"""`mla check`: read a request from whatever file it comes in and run the checklist on it."""

from __future__ import annotations

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


def context_for(request: LetterOfRequest) -> CheckContext:
    """What the rules may know besides the request itself."""
    return CheckContext()


def check_file(path: Path) -> tuple[Report, str]:
    request, kind = load_request(path)
    return check(request, context_for(request)), kind
