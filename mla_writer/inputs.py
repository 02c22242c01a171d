"""One guard for every file mla-writer reads: a regular file, within a size limit, read in chunks.

A FIFO, a device (`/dev/zero`), a socket or a folder named like a case file must never be opened
for reading: a FIFO blocks forever and a device never ends. The guard looks at the file before
opening it (following symbolic links, so a link to a real file is fine), then reads at most the
limit, in bounded chunks, so that a file that grows while being read cannot exhaust memory.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from mla_writer.i18n import _

CHUNK = 1 << 20


class InputProblem(Exception):
    """A file that cannot be read as input; `message` says why, for the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def regular_file_size(path: Path) -> int:
    """The size of `path`, which must be an existing regular file (links followed)."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise InputProblem(_("the file does not exist; check the name and folder.")) from None
    except NotADirectoryError:
        raise InputProblem(_("the path goes through something that is not a folder.")) from None
    except PermissionError:
        raise InputProblem(
            _("you do not have permission to read this file; ask for access or copy it.")
        ) from None
    except OSError as error:
        raise InputProblem(
            _("the file cannot be opened (%(error)s).") % {"error": error.strerror}
        ) from None
    if stat.S_ISDIR(info.st_mode):
        raise InputProblem(_("is a folder, not a file."))
    if not stat.S_ISREG(info.st_mode):
        raise InputProblem(
            _(
                "is not an ordinary file (it is a pipe, a device or a socket), so mla-writer does "
                "not read it: give the path of a saved file."
            )
        )
    return info.st_size


def read_limited(path: Path, limit: int) -> bytes:
    """The bytes of a regular file of at most `limit` bytes; a larger file raises InputProblem
    with `too_large` set, for the caller to word the limit its own way."""
    size = regular_file_size(path)
    if size > limit:
        raise TooLarge(size, limit)
    chunks: list[bytes] = []
    total = 0
    try:
        with open(path, "rb") as handle:
            while chunk := handle.read(CHUNK):
                total += len(chunk)
                if total > limit:
                    raise TooLarge(total, limit)
                chunks.append(chunk)
    except PermissionError:
        raise InputProblem(
            _("you do not have permission to read this file; ask for access or copy it.")
        ) from None
    except IsADirectoryError:
        raise InputProblem(_("is a folder, not a file.")) from None
    except OSError as error:
        raise InputProblem(
            _("the file cannot be read (%(error)s).") % {"error": error.strerror}
        ) from None
    return b"".join(chunks)


class TooLarge(InputProblem):
    """The file is larger than the limit (`size` bytes, at least)."""

    def __init__(self, size: int, limit: int) -> None:
        super().__init__(
            _("the file is larger than %(limit)s MB.") % {"limit": f"{limit / 1_048_576:.0f}"}
        )
        self.size = size
        self.limit = limit
