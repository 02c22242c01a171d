"""One run per output folder (`.mla-batch.lock`), held by a lock the system drops when its holder
ends.
"""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path

from mla_writer.errors import MlaError
from mla_writer.i18n import _

LOCK_NAME = ".mla-batch.lock"


class FolderInUseError(MlaError):
    """Another `mla batch` is writing into the same output folder."""

    def __init__(self, folder: Path, holder: int | None) -> None:
        if holder:
            message = _(
                "Another `mla batch` (process %(pid)s) is writing letters into %(folder)s. Two "
                "runs into one folder would mix their letters, so this one stopped before "
                "writing anything. Wait for the other run to finish and run this command again, "
                "or choose another folder with -o."
            ) % {"pid": holder, "folder": folder}
        else:
            message = _(
                "Another `mla batch` is writing letters into %(folder)s. Two runs into one folder "
                "would mix their letters, so this one stopped before writing anything. Wait for "
                "the other run to finish and run this command again, or choose another folder "
                "with -o."
            ) % {"folder": folder}
        super().__init__(message)


def _lock(descriptor: int) -> bool:
    """Take the lock without waiting: False if another process holds it.

    The system releases it when its holder ends, however it ends, so a run that was killed never
    blocks the next. A file system that cannot lock (some network shares) does not stop the run.
    """
    if sys.platform == "win32":
        import msvcrt

        try:
            msvcrt.locking(descriptor, msvcrt.LK_NBLCK, 1)
        except OSError as error:
            return error.errno not in (errno.EACCES, errno.EDEADLOCK)
        return True
    import fcntl

    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as error:
        return error.errno not in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES)
    return True


class FolderLock:
    """Hold an output folder for one run: a second run into it stops before writing anything.

    The lock file stays in the folder; only the lock on it, which the system drops when the
    process ends, says the folder is in use.
    """

    def __init__(self, folder: Path) -> None:
        self.path = folder / LOCK_NAME
        self.folder = folder
        self.descriptor: int | None = None

    def __enter__(self) -> FolderLock:
        flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0)
        try:
            descriptor = os.open(self.path, flags, 0o600)
        except OSError as error:
            raise MlaError(
                _(
                    "The output folder %(path)s cannot be written to (%(error)s). Choose another "
                    "folder with -o, or ask for permission to write in this one."
                )
                % {"path": self.folder, "error": error.strerror or error}
            ) from None
        if not _lock(descriptor):
            holder = _holder(descriptor)
            os.close(descriptor)
            raise FolderInUseError(self.folder, holder)
        self.descriptor = descriptor
        try:  # who holds it, for a person looking at the folder
            os.ftruncate(descriptor, 0)
            os.write(descriptor, f"{os.getpid()}\n".encode())
        except OSError:
            pass
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self.descriptor is not None:
            os.close(self.descriptor)
            self.descriptor = None


def _holder(descriptor: int) -> int | None:
    try:
        text = os.pread(descriptor, 32, 0).decode("ascii").strip()
    except (OSError, UnicodeDecodeError, AttributeError):
        return None
    return int(text) if text.isdigit() else None
