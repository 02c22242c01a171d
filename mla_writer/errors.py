"""User-facing error types and the exit codes of the `mla` command.

Every error a user can cause is an `MlaError`: its message is shown as is, in plain language,
and it picks the exit code. Anything else is a bug and is reported as one.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from pathlib import Path

from mla_writer.i18n import _, ngettext


class ExitCode(IntEnum):
    """Documented exit codes; other programs rely on them."""

    OK = 0
    GAPS = 1  # the request has gaps (check) or was refused as incomplete (render)
    INVALID = 2  # unreadable or invalid input, or a refused operation (file exists, ...)
    INTERNAL = 3  # a bug in mla-writer: please report it
    INTERRUPTED = 130  # Ctrl-C
    TERMINATED = 143  # stopped by a termination signal (kill, a shutdown, a job scheduler)


class MlaError(Exception):
    """An error caused by the user's input or situation, with a message meant for them."""

    exit_code: ExitCode = ExitCode.INVALID

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Problem:
    """One thing wrong in an input file, located as precisely as we can."""

    message: str
    field: str = ""
    line: int | None = None  # 1-based
    column: int | None = None  # 1-based

    def location(self, file: str) -> str:
        where = file
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return where


class CaseFileError(MlaError):
    """A case file that cannot be read or does not follow the case-file format."""

    def __init__(self, path: Path | str, problems: list[Problem]) -> None:
        self.path = str(path)
        self.problems = problems
        super().__init__(self.render())

    def render(self) -> str:
        header = ngettext(
            "%(file)s: %(count)d problem:",
            "%(file)s: %(count)d problems:",
            len(self.problems),
        ) % {"file": self.path, "count": len(self.problems)}
        lines = [header]
        for problem in self.problems:
            field = f" [{problem.field}]" if problem.field else ""
            lines.append(f"  {problem.location(self.path)}{field}: {problem.message}")
        return "\n".join(lines)


class OutputExistsError(MlaError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            _(
                "%(path)s already exists and was left untouched. Use --force to replace it, "
                "or choose another name with -o."
            )
            % {"path": path}
        )


class EnvironmentProblem(MlaError):
    """The machine refused an operation (disk full, permission denied, read-only folder...)."""

    def __init__(self, error: OSError, path: Path | str | None = None) -> None:
        super().__init__(os_error_message(error, path))


def os_error_message(error: OSError, path: Path | str | None = None) -> str:
    """A plain sentence for an operating-system error, naming the file it concerns."""
    import errno

    where = str(path or error.filename or _("a file"))
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        text = _(
            "%(path)s: the disk is full (or your quota is used up), so it could not be written; "
            "what was already there is unchanged. Free some space and run the command again."
        )
    elif error.errno in (errno.EACCES, errno.EPERM):
        text = _(
            "%(path)s: permission denied. Choose a file or folder you may use, or ask for access."
        )
    elif error.errno == errno.EROFS:
        text = _(
            "%(path)s is on a read-only disk, so nothing can be written there: choose another "
            "folder (with -o)."
        )
    elif error.errno == errno.EISDIR:
        text = _("%(path)s is a folder; give a file name.")
    elif error.errno == errno.ENOTDIR:
        text = _("%(path)s: part of this path is a file, not a folder; check the path.")
    elif error.errno == errno.ENOENT:
        text = _("%(path)s does not exist; check the name and folder.")
    elif error.errno == errno.ENAMETOOLONG:
        text = _("%(path)s: the name is too long for the file system; choose a shorter one.")
    elif error.errno == errno.EEXIST:
        text = _("%(path)s already exists and is in the way; move it or choose another name.")
    else:
        text = _(
            "%(path)s: the system refused the operation (%(reason)s). Check the path and the "
            "disk, then run the command again."
        )
    return text % {"path": where, "reason": error.strerror or type(error).__name__}
