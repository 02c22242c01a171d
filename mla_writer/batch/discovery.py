"""Which case files the arguments name: files, folders (searched recursively) and globs, each once,
in a stable order.
"""

from __future__ import annotations

import glob
import os
import stat
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from mla_writer.batch.outcomes import Outcome, Result
from mla_writer.i18n import _

CASE_FILE_SUFFIXES = (".yaml", ".yml")


@dataclass
class Inputs:
    """The case files found, in a stable order, and what was found but is not a case."""

    files: list[Path] = field(default_factory=list)
    problems: list[Result] = field(default_factory=list)  # arguments that name nothing usable
    ignored: int = 0  # other files in the folders (letters, notes, ...)


def _not_a_regular_file(path: Path) -> Result | None:
    """A pipe, device or socket: reading it could wait forever, so it is reported, never read."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return None  # gone or unreadable: loading it says so, with the reason
    if stat.S_ISREG(mode):
        return None
    return Result(
        path,
        Outcome.INVALID,
        error=_(
            "not a regular file (a pipe, a device or a socket), so it was not read. A case file "
            "must be an ordinary .yaml or .yml file; move this one out of the folder."
        ),
    )


def _walk(folder: Path, inputs: Inputs) -> Iterator[Path]:
    found: list[Path] = []
    for directory, subfolders, names in os.walk(folder):
        subfolders[:] = [name for name in subfolders if not name.startswith(".")]
        for name in names:
            path = Path(directory) / name
            if name.startswith("."):
                continue  # editor backups, lock files, our manifest
            if path.suffix.lower() in CASE_FILE_SUFFIXES:
                found.append(path)
            else:
                inputs.ignored += 1
    yield from sorted(found, key=lambda p: [part.casefold() for part in p.parts])


def _has_magic(text: str) -> bool:
    return any(char in text for char in "*?[")


def discover(arguments: Sequence[str | Path]) -> Inputs:
    """Case files named by files, folders (searched recursively) and globs, each once, in order."""
    inputs = Inputs()
    seen: set[Path] = set()

    def add(path: Path) -> None:
        key = path.resolve()
        if key not in seen:
            seen.add(key)
            problem = _not_a_regular_file(path)
            if problem is None:
                inputs.files.append(path)
            else:
                inputs.problems.append(problem)

    for argument in arguments:
        path = Path(argument)
        if path.is_dir():
            for found in _walk(path, inputs):
                add(found)
        elif path.exists():
            add(path)  # named explicitly: checked even if its extension is unusual
        elif _has_magic(str(argument)):
            matches = sorted(glob.glob(str(argument), recursive=True))
            if not matches:
                inputs.problems.append(
                    Result(
                        path,
                        Outcome.INVALID,
                        error=_("no file matches this pattern."),
                    )
                )
            for match in matches:
                matched = Path(match)
                if matched.is_dir():
                    for found in _walk(matched, inputs):
                        add(found)
                elif matched.suffix.lower() in CASE_FILE_SUFFIXES:
                    add(matched)
                else:
                    inputs.ignored += 1
        else:
            inputs.problems.append(
                Result(
                    path,
                    Outcome.INVALID,
                    error=_("the file does not exist; check the name and folder."),
                )
            )
    return inputs
