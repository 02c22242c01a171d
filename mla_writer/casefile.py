"""Case files: read (size, encoding), parsed and validated with every problem located; written
back as YAML readable by its owner only.

The YAML reading itself is in `yamlfile.py`, the wording of validation errors in `validation.py`.
"""

from __future__ import annotations

from pathlib import Path

import yaml
from pydantic import ValidationError

from mla_writer.errors import CaseFileError, Problem
from mla_writer.i18n import N_, _
from mla_writer.inputs import InputProblem, TooLarge, read_limited
from mla_writer.model import LetterOfRequest
from mla_writer.outputs import atomic_write
from mla_writer.validation import validation_problems
from mla_writer.yamlfile import Located, parse_yaml

MAX_CASE_FILE_BYTES = 2 * 1024 * 1024  # a complete case with long statements is ~50 KB


def read_case_text(path: Path) -> str:
    """Read a case file's text, refusing what is too large, not a regular file, not text, or
    not UTF-8."""
    try:
        data = read_limited(path, MAX_CASE_FILE_BYTES)
    except TooLarge as error:
        raise CaseFileError(
            path,
            [
                Problem(
                    _(
                        "is %(size)s MB; case files are limited to %(limit)s MB. Put long documents "
                        "in annexes and refer to them instead of pasting them in."
                    )
                    % {
                        "size": f"{error.size / 1_048_576:.1f}",
                        "limit": MAX_CASE_FILE_BYTES // 1_048_576,
                    }
                )
            ],
        ) from None
    except InputProblem as error:
        raise CaseFileError(path, [Problem(error.message)]) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise CaseFileError(
            path,
            [
                Problem(
                    _(
                        "is not saved as UTF-8 text (unexpected byte at line %(line)s). Save it "
                        "again as “UTF-8” in your editor."
                    )
                    % {"line": line},
                    line=line,
                )
            ],
        ) from None
    if "\x00" in text:
        raise CaseFileError(path, [Problem(_("is not a text file (it contains binary data)."))])
    return text


def load_case(path: Path | str) -> LetterOfRequest:
    """Load and validate a case file; raise CaseFileError listing every problem."""
    path = Path(path)
    return parse_case(read_case_text(path), path)


def load_case_located(path: Path | str) -> tuple[LetterOfRequest, Located]:
    """Load a case file, with the line and column of every field (for findings' lines)."""
    path = Path(path)
    return parse_case_located(read_case_text(path), path)


def parse_case(text: str, source: Path | str = "<case file>") -> LetterOfRequest:
    return parse_case_located(text, source)[0]


def parse_case_located(
    text: str, source: Path | str = "<case file>"
) -> tuple[LetterOfRequest, Located]:
    """The request and where each of its fields stands in the text."""
    data, located = parse_yaml(text)
    if located.problems:
        raise CaseFileError(source, located.problems)
    if data == {}:
        raise CaseFileError(
            source,
            [
                Problem(
                    _(
                        "is empty: it holds no fields. Write your case into it, or start from "
                        "`mla example trafficking -o case.yaml`."
                    )
                )
            ],
        )
    if not isinstance(data, dict):
        raise CaseFileError(
            source,
            [
                Problem(
                    _(
                        "a case file is a list of “field: value” lines (reference:, "
                        "requested_state:, ...); this file holds something else. Start from "
                        "`mla example trafficking -o case.yaml`."
                    ),
                    line=1,
                )
            ],
        )
    try:
        return LetterOfRequest.model_validate(data), located
    except ValidationError as error:
        raise CaseFileError(source, validation_problems(error, data, located)) from None


# --------------------------------------------------------------------------- writing


class _Dumper(yaml.SafeDumper):
    pass


def _represent_text(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    if "\x85" in value:
        # NEXT LINE is a line break to a YAML reader, which turns it into a space or a newline
        # anywhere but in double quotes, where the dumper writes it as the escape \N.
        style: str | None = '"'
    else:
        style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _represent_text)

CASE_FILE_HEADER = N_(
    "# mla-writer case file: a request for mutual legal assistance.\n"
    "# Check it with `mla check FILE`; `mla schema` describes every field.\n"
)


def dump_case(request: LetterOfRequest) -> str:
    """The case file's YAML text (UTF-8, dates ISO 8601, long texts as blocks)."""
    data = request.model_dump(mode="json", exclude_defaults=True)
    data = {"schema_version": request.schema_version, **data}
    body = yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100, indent=2)
    return _(CASE_FILE_HEADER) + body


def save_case(request: LetterOfRequest, path: Path, *, force: bool = False) -> None:
    """Save a case file readable by its owner only: it holds personal data."""
    atomic_write(Path(path), dump_case(request).encode("utf-8"), force=force, mode=0o600)
