"""Which request a file holds, and what kind of file it is: a case file, a letter made by
mla-writer (its embedded case), or a letter written by others (read as text)."""

from __future__ import annotations

import zipfile
import zlib
from enum import StrEnum
from pathlib import Path

from mla_writer.casefile import load_case_located
from mla_writer.errors import CaseFileError, Problem
from mla_writer.fieldpath import FieldPath
from mla_writer.i18n import _
from mla_writer.model import LetterOfRequest
from mla_writer.yamlfile import Located

CASE_FILE_SUFFIXES = {".yaml", ".yml"}
FOREIGN_LETTER_SUFFIXES = {".pdf", ".txt", ".md", ".markdown", ".text"}


class SourceKind(StrEnum):
    """The kind of file a request came from; the values are a contract (the JSON report)."""

    CASE_FILE = "case-file"
    MLA_LETTER = "mla-letter"
    FOREIGN_LETTER = "foreign-letter"


def line_in(located: Located, path: FieldPath) -> int | None:
    """The line of a field in the case file, or of its nearest parent present in it (none
    when only the whole file is: a missing top-level field has no line to point at)."""
    for depth in range(len(path.steps), 0, -1):
        prefix = path.steps[:depth]
        position = located.keys.get(prefix) or located.values.get(prefix)
        if position is not None:
            return position[0]
    return None


def load_request(path: Path) -> tuple[LetterOfRequest, SourceKind]:
    """The request in a case file or a letter made by mla-writer, and the kind of file."""
    request, kind, _located = load_request_located(path)
    return request, kind


def load_request_located(path: Path) -> tuple[LetterOfRequest, SourceKind, Located | None]:
    """The request, the kind of file, and where each field stands in it (a case file only: a
    letter made by mla-writer has no lines to point at)."""
    suffix = path.suffix.lower()
    if suffix in CASE_FILE_SUFFIXES:
        request, located = load_case_located(path)
        return request, SourceKind.CASE_FILE, located
    if suffix == ".docx":
        from mla_writer.render.embedded import read_embedded_case  # lxml: Word files only

        embedded = read_embedded_case(path)
        if embedded is not None:
            return embedded, SourceKind.MLA_LETTER, None
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


def written_by_others(path: Path) -> bool:
    """A letter to read as text: PDF, text, or a Word file without mla-writer's embedded case."""
    suffix = path.suffix.lower()
    if suffix in FOREIGN_LETTER_SUFFIXES:
        return True
    if suffix != ".docx":
        return False
    if not path.is_file() or not zipfile.is_zipfile(path):
        return True  # missing, encrypted or damaged: the letter reader says precisely why
    from mla_writer.render.embedded import read_embedded_case  # lxml: Word files only

    try:
        return read_embedded_case(path) is None
    except (zipfile.BadZipFile, NotImplementedError, EOFError, OSError, RuntimeError, zlib.error):
        return True  # a damaged archive: the letter reader says precisely why
