"""Word files (.docx) opened defensively: the limits and checks every reader of one shares.

Three kinds of Word file reach mla-writer from outside: letters written by others (`mla check`),
letters mla-writer made, read back for the case data they carry (`mla check letter.docx`,
`mla render letter.docx`), and office letterheads (`mla render --template`). Any of them may be
damaged, encrypted or built to harm: the file size, the number of parts, the size of each part
(declared and actually unpacked), its checksum and document type declarations are checked here,
once, without python-docx.

A refusal is an `UnsafeWordFile` whose `reason` is a sentence for the user that does not name
the file: each caller names it and says what the file was for.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from pathlib import Path

from mla_writer.i18n import _
from mla_writer.inputs import InputProblem, TooLarge, read_limited

MAX_FILE_BYTES = 20 * 1024 * 1024  # a letter with annexes, or a letterhead, rarely exceeds a few MB
MAX_PART_BYTES = 25 * 1024 * 1024  # one decompressed part of a .docx
MAX_ARCHIVE_BYTES = 60 * 1024 * 1024  # all the parts of a .docx we read, decompressed
MAX_ARCHIVE_ENTRIES = 5000

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # encrypted Office files and old .doc


class UnsafeWordFile(Exception):
    """A Word file that is not read further; `reason` says why, without naming the file."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def load_word_file(path: Path) -> bytes:
    """The bytes of the Word file in `path`, refused when missing, empty, too large or encrypted."""
    try:
        data = read_limited(path, MAX_FILE_BYTES)  # a regular file: never a pipe or a device
    except TooLarge as error:
        raise UnsafeWordFile(
            _(
                "the file is %(size)d MB, more than the %(limit)d MB mla-writer reads from a "
                "Word document. Save the document without its annexes or large pictures."
            )
            % {"size": error.size // (1024 * 1024), "limit": MAX_FILE_BYTES // (1024 * 1024)}
        ) from None
    except InputProblem as error:
        raise UnsafeWordFile(error.message) from None
    if not data:
        raise UnsafeWordFile(_("the file is empty."))
    if data.startswith(OLE_MAGIC):
        raise UnsafeWordFile(
            _(
                "this Word file is password-protected or in the old .doc format. Open it in "
                "Word, remove the password if any, and save it as a .docx document."
            )
        )
    return data


def open_word_archive(data: bytes) -> zipfile.ZipFile:
    """The zip archive of a Word file's bytes, refused when it is no zip or has too many parts."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, EOFError):
        raise UnsafeWordFile(not_a_word_file()) from None
    if len(archive.infolist()) > MAX_ARCHIVE_ENTRIES:
        archive.close()
        raise UnsafeWordFile(hostile_archive())
    return archive


def read_part(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    """Unpack one part, stopping as soon as it exceeds `limit` (declared sizes can lie); the
    checksum is verified, encrypted and damaged parts are refused."""
    if info.flag_bits & 0x1:
        raise UnsafeWordFile(encrypted())
    if info.file_size > limit:
        raise UnsafeWordFile(hostile_archive())
    chunks: list[bytes] = []
    total = 0
    try:
        with archive.open(info) as stream:
            while chunk := stream.read(1024 * 1024):
                total += len(chunk)
                if total > limit:
                    raise UnsafeWordFile(hostile_archive())
                chunks.append(chunk)
    except (
        zipfile.BadZipFile,  # a wrong checksum among others
        zipfile.LargeZipFile,
        EOFError,
        OSError,
        ValueError,
        NotImplementedError,  # an unknown compression method or zip version
        zlib.error,
    ):
        raise UnsafeWordFile(damaged_part(info.filename)) from None
    except RuntimeError:  # zipfile's way of saying "password required"
        raise UnsafeWordFile(encrypted()) from None
    return b"".join(chunks)


def refuse_document_type(name: str, data: bytes) -> None:
    """Word never writes a document type declaration; refusing one closes the door to
    entity-expansion and external-entity attacks on whatever parses the part next."""
    head = data[:4096]
    if b"<!DOCTYPE" in head or b"<!ENTITY" in data or _utf16_declaration(head):
        raise UnsafeWordFile(
            _(
                "part %(part)s of this Word file contains a document type declaration "
                "(<!DOCTYPE>). Word never writes one, and it can carry an attack on the programs "
                "that read the file, so mla-writer refuses such files for safety. Open the "
                "document in Word and save it again as a .docx document, or ask for a new copy."
            )
            % {"part": name}
        )


def _utf16_declaration(head: bytes) -> bool:
    if not head.startswith((b"\xff\xfe", b"\xfe\xff", b"<\x00", b"\x00<")):
        return False
    text = head.decode("utf-16-be" if head[:1] in (b"\xfe", b"\x00") else "utf-16-le", "ignore")
    return "<!DOCTYPE" in text or "<!ENTITY" in text


def verify_archive(archive: zipfile.ZipFile) -> None:
    """Unpack every part within the limits and refuse document type declarations: after this,
    a library that reads the whole package (python-docx) can be given the file safely."""
    budget = MAX_ARCHIVE_BYTES
    for info in archive.infolist():
        if info.is_dir():
            continue
        data = read_part(archive, info, min(MAX_PART_BYTES, budget))
        budget -= len(data)
        if info.filename.lower().endswith((".xml", ".rels")):
            refuse_document_type(info.filename, data)


def not_a_word_file() -> str:
    return _(
        "the file is not a readable Word document (.docx): it may be damaged or saved in "
        "another format. Open it in Word and save it again as a .docx document."
    )


def hostile_archive() -> str:
    return _(
        "this Word file unpacks to far more data than any letter or letterhead holds (a damaged "
        "file or a “zip bomb”), so it was not opened. Ask for a clean copy of the document."
    )


def encrypted() -> str:
    return _(
        "this Word file is encrypted. Remove the password in Word and save it again as a .docx "
        "document."
    )


def damaged_part(name: str) -> str:
    return _(
        "the file is a damaged Word document: part %(part)s cannot be unpacked. Open it in Word "
        "and save it again, or ask for a new copy."
    ) % {"part": name}
