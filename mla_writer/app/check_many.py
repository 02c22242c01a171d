"""Use case: check several files at once (`mla check a.yaml b.pdf letters/`) — each as `mla
check` checks one, none stopping the others — for a central authority's morning mail.

Folders give the letters and case files in them (in subfolders too, sorted; hidden folders and
files, and README files, are left alone). An input that cannot be read is recorded with its
message, after which the others are still checked.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from mla_writer.app.assessment import ProfileDirs
from mla_writer.app.check import CheckedFile, check_file
from mla_writer.app.sources import CASE_FILE_SUFFIXES, FOREIGN_LETTER_SUFFIXES
from mla_writer.checklist import PointResult, Status
from mla_writer.errors import MlaError, os_error_message
from mla_writer.states import load_profiles

CHECKABLE_SUFFIXES = frozenset({*CASE_FILE_SUFFIXES, ".docx", *FOREIGN_LETTER_SUFFIXES})
"""What a folder is searched for: case files, and letters made by mla-writer or by others."""


@dataclass(frozen=True)
class InputCheck:
    """One input of `mla check`: its report, or why it could not be read."""

    source: Path
    checked: CheckedFile | None = None
    error: str | None = None  # the message `mla check` gives for this file alone

    @property
    def gaps(self) -> list[PointResult]:
        """The points that are missing or incomplete (none for an unreadable input)."""
        if self.checked is None:
            return []
        return [result for result in self.checked.report.points if result.status is not Status.OK]

    @property
    def complete(self) -> bool:
        return self.checked is not None and self.checked.report.complete


@dataclass(frozen=True)
class CheckedInputs:
    """Every input in the order given, folders expanded."""

    inputs: tuple[InputCheck, ...]

    @property
    def unreadable(self) -> list[InputCheck]:
        return [one for one in self.inputs if one.checked is None]

    @property
    def with_gaps(self) -> list[InputCheck]:
        return [one for one in self.inputs if one.checked is not None and not one.complete]

    @property
    def ready(self) -> list[InputCheck]:
        return [one for one in self.inputs if one.complete]


def several(paths: Sequence[Path]) -> bool:
    """Whether `mla check` was given several inputs (a folder counts as several), so that it
    reports one line per letter rather than one letter's checklist."""
    return len(paths) != 1 or paths[0].is_dir()


def expand_inputs(paths: Iterable[Path]) -> list[Path]:
    """The files to check: each file as given, each folder's letters and case files, sorted;
    a file named twice is checked once."""
    files: list[Path] = []
    for path in paths:
        # A folder with nothing to check stays as given: reading it then says it is a folder
        # with no letter, an unreadable input (exit 2), not "0 letters, all ready".
        files += (_folder_files(path) or [path]) if path.is_dir() else [path]
    seen: set[Path] = set()
    unique = []
    for file in files:
        key = file.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(file)
    return unique


def _folder_files(folder: Path) -> list[Path]:
    found = []
    for path in folder.rglob("*"):
        relative = path.relative_to(folder).parts
        if any(part.startswith(".") for part in relative):
            continue  # hidden folders (.git, .mla-batch...) and hidden files
        if path.suffix.lower() not in CHECKABLE_SUFFIXES or not path.is_file():
            continue
        if path.stem.lower() == "readme":
            continue  # a folder's own description, not a letter
        found.append(path)
    return sorted(found)


def check_many(
    paths: Sequence[Path],
    profile_dirs: ProfileDirs = (),
    *,
    started: Callable[[int], None] | None = None,
    checked: Callable[[InputCheck], None] | None = None,
) -> CheckedInputs:
    """Check every input (folders expanded); `started` is told how many files there are and
    `checked` is called after each (for a progress bar).

    A folder of State profiles that cannot be read stops everything at once (it would make
    every check wrong); an input that cannot be read is recorded and the others go on.
    """
    load_profiles(profile_dirs)  # raises, once, for a damaged --profiles folder
    files = expand_inputs(paths)
    if started is not None:
        started(len(files))
    results = []
    for path in files:
        result = _check_one(path, profile_dirs)
        results.append(result)
        if checked is not None:
            checked(result)
    return CheckedInputs(tuple(results))


def _check_one(path: Path, profile_dirs: ProfileDirs) -> InputCheck:
    try:
        return InputCheck(path, check_file(path, profile_dirs))
    except MlaError as error:
        return InputCheck(path, error=error.message)
    except OSError as error:  # the machine said no (permission denied...): this file only
        return InputCheck(path, error=os_error_message(error))
