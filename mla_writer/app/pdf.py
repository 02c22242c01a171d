"""Use case: a PDF of a Word letter, made by LibreOffice, beside the letter (`--pdf`).

The Word letter stays the primary output: the PDF is a copy for reading and sending. LibreOffice
runs headless, with a profile of its own in a private temporary folder (so that it neither
waits for, nor disturbs, a LibreOffice the user has open), within a time limit; the PDF it makes
is checked and then moved into place atomically, so that no half-written PDF is ever left and no
file is replaced without --force.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

from mla_writer.errors import MlaError, OutputExistsError
from mla_writer.i18n import _
from mla_writer.outputs import atomic_write

CONVERTERS = ("soffice", "libreoffice")
"""The names LibreOffice's command goes by on Linux, macOS (with its folder on PATH) and Windows."""
_MAC_APPLICATION = Path("/Applications/LibreOffice.app/Contents/MacOS/soffice")
TIMEOUT_SECONDS = 180.0
"""A long letter converts in a few seconds; the first run of a fresh profile takes longer."""


class PdfNotMadeError(MlaError):
    """The PDF could not be made; the Word letter, already written, is kept."""


def pdf_path(letter: Path) -> Path:
    """Where the PDF of `letter` goes: beside it, with the same name."""
    return Path(letter).with_suffix(".pdf")


def find_converter() -> Path | None:
    """LibreOffice's command, if it is installed."""
    for name in CONVERTERS:
        found = shutil.which(name)
        if found:
            return Path(found)
    return _MAC_APPLICATION if sys.platform == "darwin" and _MAC_APPLICATION.exists() else None


def how_to_install() -> str:
    """One sentence on installing LibreOffice on this system."""
    if sys.platform == "darwin":
        return _("To install it: `brew install --cask libreoffice`, or from libreoffice.org.")
    if sys.platform == "win32":
        return _(
            "To install it: `winget install TheDocumentFoundation.LibreOffice`, or from libreoffice.org."
        )
    return _(
        "To install it: `sudo apt install libreoffice-writer` (Debian, Ubuntu), "
        "`sudo dnf install libreoffice-writer` (Fedora), or ask your IT department."
    )


def converter_missing() -> PdfNotMadeError:
    return PdfNotMadeError(
        _(
            "No PDF was made: LibreOffice, which makes it, is not installed. The Word letter is "
            "complete; open it in Word and save it as PDF, or install LibreOffice and run the "
            "command again with --force. %(install)s"
        )
        % {"install": how_to_install()}
    )


def check_pdf_target(letter: Path, *, force: bool) -> None:
    """Refuse before anything is written if the PDF would replace a file without --force."""
    target = pdf_path(letter)
    if os.path.lexists(target) and not force:
        raise OutputExistsError(target)


def write_pdf(letter: Path, *, force: bool = False, timeout: float = TIMEOUT_SECONDS) -> Path:
    """Convert the Word letter `letter` into a PDF beside it; return the PDF's path.

    Raises PdfNotMadeError when LibreOffice is absent, fails or takes longer than `timeout`
    seconds, and OutputExistsError when the PDF exists and `force` is false.
    """
    check_pdf_target(letter, force=force)
    converter = find_converter()
    if converter is None:
        raise converter_missing()
    with tempfile.TemporaryDirectory(prefix="mla-pdf-") as work:  # readable by the user only
        folder = Path(work)
        source = folder / "letter.docx"
        shutil.copyfile(letter, source)
        made = _convert(converter, source, folder, timeout)
        content = made.read_bytes() if made.is_file() else b""
        if not content.startswith(b"%PDF") or b"%%EOF" not in content[-1024:]:
            raise _failed(_("LibreOffice did not produce a complete PDF"))
        target = pdf_path(letter)
        atomic_write(target, content, force=force, mode=0o600)
    return target


def _convert(converter: Path, source: Path, folder: Path, timeout: float) -> Path:
    """Run LibreOffice on `source` with a private profile; the PDF it wrote (maybe none)."""
    profile = (folder / "profile").as_uri()
    command = [
        str(converter),
        f"-env:UserInstallation={profile}",
        "--headless",
        "--norestore",
        "--nolockcheck",
        "--convert-to",
        "pdf:writer_pdf_Export",
        "--outdir",
        str(folder / "out"),
        str(source),
    ]
    try:
        process = subprocess.Popen(  # a fixed command, on a copy we made
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,  # its helper processes end with it on a timeout
        )
    except OSError as error:
        raise _failed(error.strerror or type(error).__name__) from None
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        _stop(process)
        raise _failed(
            _("LibreOffice took longer than %(seconds)d seconds") % {"seconds": timeout}
        ) from None
    except BaseException:  # Ctrl-C: leave no LibreOffice behind
        _stop(process)
        raise
    return folder / "out" / "letter.pdf"


def _stop(process: subprocess.Popen[bytes]) -> None:
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except (OSError, AttributeError):  # already gone, or no process groups (Windows)
        process.kill()
    process.wait()


def _failed(reason: str) -> PdfNotMadeError:
    return PdfNotMadeError(
        _(
            "No PDF was made (%(reason)s). The Word letter is complete; open it in Word and save "
            "it as PDF, or run the command again with --force."
        )
        % {"reason": reason}
    )
