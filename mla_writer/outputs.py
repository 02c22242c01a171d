"""One way to write every file mla-writer produces: completely or not at all, never over a file
unless asked."""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

from mla_writer.errors import EnvironmentProblem, MlaError, OutputExistsError
from mla_writer.i18n import _


def atomic_write(path: Path, content: bytes, *, force: bool = False, mode: int = 0o644) -> None:
    """Write `content` to `path` completely or not at all; never replace a file unless `force`."""
    path = Path(path)
    if os.path.lexists(path) and not force:  # a dangling link is in the way too
        raise OutputExistsError(path)
    if path.is_dir():
        raise MlaError(
            _("%(path)s is a folder; give the name of a file to write.") % {"path": path}
        )
    if path.is_symlink():
        path = Path(os.path.realpath(path))  # replace what the link points to, keep the link
    directory = path.parent if str(path.parent) else Path(".")
    try:
        directory.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    except FileExistsError as error:  # a file stands where a folder of the path should be
        blocked = OSError(errno.ENOTDIR, error.strerror, error.filename)
        raise EnvironmentProblem(blocked, error.filename or directory) from None
    except OSError as error:
        raise EnvironmentProblem(error, error.filename or directory) from None
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(content)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise EnvironmentProblem(error, path) from None
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
