"""The text of a letter written by anyone: Word (.docx), PDF with a text layer, plain text, Markdown.

Letters arrive from strangers, so every reader here is defensive: the file size, the size of each
part of a Word archive (declared and actually decompressed), the number of PDF pages, the time
spent and the amount of text are all bounded. Anything hostile, broken or unreadable ends in a
`LetterReadError` (exit code 2) that says what is wrong and what to do.

The result is a list of passages (a paragraph, a table row, a header, a footnote, a PDF
paragraph), each with a location a lawyer can find again: "paragraph 12", "table 1, row 3",
"page 2".
"""

from __future__ import annotations

import re
import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from mla_writer.errors import CaseFileError, Problem
from mla_writer.i18n import _
from mla_writer.inputs import InputProblem, read_limited, regular_file_size
from mla_writer.wordfile import (
    MAX_ARCHIVE_BYTES,
    MAX_FILE_BYTES,
    MAX_PART_BYTES,
    UnsafeWordFile,
    load_word_file,
    open_word_archive,
    read_part,
    refuse_document_type,
)

MAX_PDF_PAGES = 300
MAX_SECONDS = 30.0  # reading one letter; checked between pages and parts
MAX_TEXT_CHARS = 2_000_000
MAX_PASSAGES = 5_000  # paragraphs, rows and list items: a 4,000-word letter has a few hundred
MIN_PDF_TEXT_CHARS = 40  # fewer letters than this on all pages: a scan without a text layer

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
LETTER_SUFFIXES = TEXT_SUFFIXES | {".docx", ".pdf"}

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@dataclass(frozen=True)
class Passage:
    """A piece of a letter's text and where it stands, as a reader would cite it."""

    text: str
    location: str
    table: int = 0  # the table a row belongs to (1, 2...), 0 outside tables
    cells: tuple[str, ...] = ()  # a table row's cells, empty ones included


class LetterReadError(CaseFileError):
    """A letter that cannot be read safely: damaged, encrypted, hostile, or without text."""

    def __init__(self, path: Path | str, message: str) -> None:
        super().__init__(path, [Problem(message)])


def read_letter(path: Path) -> list[Passage]:
    """The passages of the letter in `path`, read within the safety limits."""
    path = Path(path)
    suffix = path.suffix.lower()
    try:
        size = regular_file_size(path)
    except InputProblem as error:
        raise LetterReadError(path, error.message) from None
    if size > MAX_FILE_BYTES:
        raise LetterReadError(
            path,
            _(
                "the file is %(size)d MB, more than the %(limit)d MB a letter of request can "
                "reasonably be. Check only the letter itself, without its annexes."
            )
            % {"size": size // (1024 * 1024), "limit": MAX_FILE_BYTES // (1024 * 1024)},
        )
    if size == 0:
        raise LetterReadError(path, _("the file is empty."))
    deadline = time.monotonic() + MAX_SECONDS
    if suffix == ".docx":
        with _time_limit(path, MAX_SECONDS + 5):
            passages = _read_docx(path, deadline)
    elif suffix == ".pdf":
        with _time_limit(path, MAX_SECONDS + 5):
            passages = _read_pdf(path, deadline)
    elif suffix in TEXT_SUFFIXES:
        passages = _read_text(path)
    else:
        raise LetterReadError(
            path,
            _(
                "this kind of file (%(suffix)s) cannot be read. Give the letter as a Word "
                "document (.docx), a PDF with a text layer (.pdf), or text (.txt, .md)."
            )
            % {"suffix": suffix or _("no extension")},
        )
    if not any(p.text.strip() for p in passages):
        raise LetterReadError(path, _("the file contains no text to check."))
    if len(passages) > MAX_PASSAGES:
        # The analysis looks at every paragraph against every point: bounded like the reading.
        raise LetterReadError(
            path,
            _(
                "the letter has %(count)d paragraphs, more than the %(limit)d a letter of request "
                "can reasonably have, so it is too large to check. Check the letter without its "
                "annexes."
            )
            % {"count": len(passages), "limit": MAX_PASSAGES},
        )
    return passages


class _OutOfTime(BaseException):
    """Raised by the alarm; a BaseException so that no library's `except Exception` eats it."""


@contextmanager
def _time_limit(path: Path, seconds: float) -> Iterator[None]:
    """A hard limit on the time spent reading, beyond the checks between pages and parts:
    one hostile page or part cannot hang the command. Only where alarms exist (POSIX, main
    thread); elsewhere the checks between pages and parts remain."""
    if (
        not hasattr(signal, "setitimer")
        or threading.current_thread() is not threading.main_thread()
    ):
        yield
        return

    def on_alarm(signum: int, frame: object) -> None:
        raise _OutOfTime

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    except _OutOfTime:
        raise LetterReadError(path, _too_slow()) from None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


# --------------------------------------------------------------------------- plain text


def decode_text(data: bytes) -> str:
    """Text from bytes in UTF-8 (with or without BOM), UTF-16 (with BOM), or a legacy code page."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # Legacy files: Windows-1251 for Cyrillic letters, else Windows-1252. Bytes 0xC0-0xFF are
    # letters in both; Cyrillic text is mostly made of them, Western text only here and there.
    high = sum(1 for b in data if b >= 0xC0)
    letters = sum(1 for b in data if b >= 0xC0 or (0x41 <= b <= 0x7A))
    encoding = "cp1251" if letters and high / letters > 0.4 else "cp1252"
    return data.decode(encoding, errors="replace")


def _read_text(path: Path) -> list[Passage]:
    try:
        data = read_limited(path, MAX_FILE_BYTES)
    except InputProblem as error:
        raise LetterReadError(path, error.message) from None
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise LetterReadError(
            path,
            _(
                "this is not a text file (it contains binary data). If it is a Word document or "
                "a PDF, give it its proper extension (.docx, .pdf)."
            ),
        )
    text = decode_text(data)[:MAX_TEXT_CHARS]
    return split_paragraphs(text, markdown=path.suffix.lower() in {".md", ".markdown"})


_MD_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}")
_MD_EMPHASIS = re.compile(r"(\*\*|__|(?<!\w)\*(?!\s)|`)")


def _markdown_line(line: str) -> str:
    stripped = line.strip()
    if stripped.startswith("|") and stripped.endswith("|"):
        cells = [c.strip() for c in stripped.strip("|").split("|")]
        line = _row_text(cells)
    line = re.sub(r"^\s{0,3}#{1,6}\s+", "", line)
    line = re.sub(r"^\s*>\s?", "", line)
    return _MD_EMPHASIS.sub("", line)


def split_paragraphs(text: str, markdown: bool = False) -> list[Passage]:
    """Paragraphs separated by blank lines, located by paragraph number and first line."""
    passages: list[Passage] = []
    current: list[str] = []
    start = 0
    tables = 0
    in_table = False
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for number, line in enumerate([*lines, ""], start=1):
        if markdown:
            if _MD_TABLE_RULE.match(line):
                continue
            # Each heading and each table row stands alone, as it does on the screen.
            row = line.strip().startswith("|")
            if row and not in_table:
                tables += 1
            in_table = row
            if re.match(r"^\s{0,3}#{1,6}\s", line) or row:
                if current:
                    passages.append(_passage(current, len(passages), start))
                    current = []
                passage = _passage([_markdown_line(line)], len(passages), number)
                if row:
                    cells = tuple(
                        _MD_EMPHASIS.sub("", c).strip() for c in line.strip().strip("|").split("|")
                    )
                    passage = Passage(passage.text, passage.location, tables, cells)
                passages.append(passage)
                continue
            line = _markdown_line(line)
        if line.strip():
            if not current:
                start = number
            current.append(line.rstrip())
        elif current:
            for lines_of, first, joined in _reflow(current, start):
                passages.append(_passage(lines_of, len(passages), first, joined))
            current = []
    return [p for p in passages if p.text]


_LIST_START = re.compile(r"^\s*(?:\d{1,2}[.)]|\([a-z0-9]{1,4}\)|[a-z][.)]|[-•*–])\s+", re.I)


def _reflow(lines: list[str], first_line: int) -> list[tuple[list[str], int, bool]]:
    """Cut hard-wrapped text (OCR output, plain-text e-mail) back into paragraphs.

    A block whose lines mostly fill the same width is wrapped prose: a clearly shorter line
    ends a paragraph and a numbered line starts one. Other blocks (letterheads, addresses,
    e-mail headers) stay as they are, line by line. Returns (lines, first line, wrapped).
    """
    widths = sorted(len(line) for line in lines)
    usual = widths[int(len(widths) * 0.8)]
    full = sum(1 for line in lines if len(line) >= usual * 0.85)
    if len(lines) < 4 or usual < 40 or full < len(lines) * 0.5:
        return [(lines, first_line, False)]
    groups: list[tuple[list[str], int, bool]] = []
    current: list[str] = []
    start = first_line
    for offset, line in enumerate(lines):
        if current and _LIST_START.match(line):
            groups.append((current, start, True))
            current = []
        if not current:
            start = first_line + offset
        current.append(line)
        if len(line) < usual * 0.85:
            groups.append((current, start, True))
            current = []
    if current:
        groups.append((current, start, True))
    return groups


def _passage(lines: list[str], index: int, line: int, wrapped: bool = False) -> Passage:
    if wrapped:  # one paragraph: join the lines, mending words hyphenated across them
        text = ""
        for piece in (part.strip() for part in lines):
            if text.endswith("-") and not text.endswith(" -") and piece[:1].islower():
                text = text[:-1] + piece
            else:
                text = f"{text} {piece}".strip()
    else:
        text = "\n".join(lines).strip()
    return Passage(
        text,
        _("paragraph %(number)d (line %(line)d)") % {"number": index + 1, "line": line},
    )


def _row_text(cells: list[str]) -> str:
    """A table row as a reader says it: "Label: value" for two cells, else cells joined by " | "."""
    cells = [c for c in (cell.strip() for cell in cells) if c]
    if len(cells) == 2 and len(cells[0]) <= 60:
        return f"{cells[0].rstrip(':')}: {cells[1]}"
    return " | ".join(cells)


# --------------------------------------------------------------------------- Word


def _read_docx(path: Path, deadline: float) -> list[Passage]:
    with _refusals_as_letter_errors(path):
        archive = open_word_archive(load_word_file(path))
    with archive:
        names = {info.filename: info for info in archive.infolist()}
        if "word/document.xml" not in names:
            raise LetterReadError(
                path,
                _(
                    "is not a Word document: it is a zip archive without a document body "
                    "(word/document.xml). Save the letter as a .docx document."
                ),
            )
        # Headers first: that is where letterheads are, and where a reader starts.
        parts = sorted(n for n in names if re.fullmatch(r"word/header\d*\.xml", n))
        parts += ["word/document.xml"]
        parts += sorted(n for n in names if re.fullmatch(r"word/footer\d*\.xml", n))
        parts += [n for n in ("word/footnotes.xml", "word/endnotes.xml") if n in names]
        budget = MAX_ARCHIVE_BYTES
        passages: list[Passage] = []
        for name in parts:
            with _refusals_as_letter_errors(path):
                data = read_part(archive, names[name], min(MAX_PART_BYTES, budget))
                refuse_document_type(name, data)
            budget -= len(data)
            if time.monotonic() > deadline:
                raise LetterReadError(path, _too_slow())
            root = _parse_xml(data, path)
            passages += _docx_part_passages(name, root)
        return passages


@contextmanager
def _refusals_as_letter_errors(path: Path) -> Iterator[None]:
    """The shared Word-file guard's refusals, reported as this letter's reading errors."""
    try:
        yield
    except UnsafeWordFile as refusal:
        raise LetterReadError(path, refusal.reason) from None


def _too_slow() -> str:
    return _(
        "reading this file takes too long (more than %(seconds)d seconds): it is unusually "
        "large or complex. Save the letter alone as a smaller file, or as plain text."
    ) % {"seconds": int(MAX_SECONDS)}


def _parse_xml(data: bytes, path: Path) -> ElementTree.Element:
    try:
        return ElementTree.fromstring(data)
    except ElementTree.ParseError:
        raise LetterReadError(
            path,
            _(
                "is a damaged Word document (its XML cannot be read). Open it in Word and save "
                "it again, or ask the sender for a new copy."
            ),
        ) from None


def _paragraph_text(paragraph: ElementTree.Element) -> str:
    pieces: list[str] = []
    for node in paragraph.iter():
        if node.tag == f"{_W}t" and node.text:
            pieces.append(node.text)
        elif node.tag == f"{_W}tab":
            pieces.append("\t")
        elif node.tag in (f"{_W}br", f"{_W}cr"):
            pieces.append("\n")
    return "".join(pieces).strip()


def _docx_part_passages(name: str, root: ElementTree.Element) -> list[Passage]:
    if name == "word/document.xml":
        body = root.find(f"{_W}body")
        return _body_passages(body if body is not None else root)
    if "header" in name or "footer" in name:
        kind = _("header") if "header" in name else _("footer")
        texts = [_paragraph_text(p) for p in root.iter(f"{_W}p")]
        text = "\n".join(t for t in texts if t)
        return [Passage(text, kind)] if text else []
    passages = []
    note_kind = "footnote" if "footnotes" in name else "endnote"
    for note in root.iter(f"{_W}{note_kind}"):
        if note.get(f"{_W}type") in ("separator", "continuationSeparator", "continuationNotice"):
            continue
        text = " ".join(t for t in (_paragraph_text(p) for p in note.iter(f"{_W}p")) if t)
        if text:
            label = _("footnote %(id)s") if note_kind == "footnote" else _("endnote %(id)s")
            passages.append(Passage(text, label % {"id": note.get(f"{_W}id", "?")}))
    return passages


def _body_passages(body: ElementTree.Element) -> list[Passage]:
    passages: list[Passage] = []
    counters = {"paragraph": 0, "table": 0}

    def walk(element: ElementTree.Element) -> None:
        for child in element:
            if child.tag == f"{_W}p":
                text = _paragraph_text(child)
                if text:
                    counters["paragraph"] += 1
                    passages.append(
                        Passage(text, _("paragraph %(number)d") % {"number": counters["paragraph"]})
                    )
            elif child.tag == f"{_W}tbl":
                counters["table"] += 1
                table = counters["table"]
                for row_number, row in enumerate(child.iter(f"{_W}tr"), start=1):
                    cells = [
                        "\n".join(t for t in (_paragraph_text(p) for p in cell.iter(f"{_W}p")) if t)
                        for cell in row.iter(f"{_W}tc")
                    ]
                    text = _row_text(cells)
                    if text:
                        passages.append(
                            Passage(
                                text,
                                _("table %(table)d, row %(row)d")
                                % {"table": table, "row": row_number},
                                table,
                                tuple(cells),
                            )
                        )
            else:  # content controls, smart tags, inserted text: look inside
                walk(child)

    walk(body)
    return passages


# --------------------------------------------------------------------------- PDF


def _damaged() -> str:
    return _(
        "is not a readable PDF: it may be damaged. Ask the sender for a new copy, or save the "
        "letter again as PDF."
    )


def _read_pdf(path: Path, deadline: float) -> list[Passage]:
    pages = _pdf_pages(path)
    count = len(pages)
    if count > MAX_PDF_PAGES:
        raise LetterReadError(
            path,
            _(
                "the PDF has %(count)d pages, more than the %(limit)d pages read for one letter. "
                "Check the letter without its annexes."
            )
            % {"count": count, "limit": MAX_PDF_PAGES},
        )
    passages: list[Passage] = []
    total = 0
    for number in range(count):
        if time.monotonic() > deadline:
            raise LetterReadError(path, _too_slow())
        try:
            text = pages[number].extract_text() or ""
        except MemoryError:
            raise
        except Exception:  # pypdf raises many kinds of errors on hostile content streams
            raise LetterReadError(path, _damaged()) from None
        total += len(text)
        if total > MAX_TEXT_CHARS:
            raise LetterReadError(path, _too_slow())
        label = _("page %(number)d") % {"number": number + 1}
        passages += [Passage(p, label) for p in pdf_paragraphs(text)]
    if sum(len(re.sub(r"\W", "", p.text)) for p in passages) < MIN_PDF_TEXT_CHARS:
        raise LetterReadError(
            path,
            _("this PDF has no text layer (a scan?): run OCR on it first, then check it again."),
        )
    return passages


def _pdf_pages(path: Path) -> Any:
    """The PDF's pages (pypdf's lazy list), opened with an empty password where one is needed."""
    import logging

    from pypdf import PasswordType, PdfReader
    from pypdf.errors import DependencyError, PdfReadError, PyPdfError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its warnings are not the user's business
    try:
        reader = PdfReader(str(path), strict=False)
        if reader.is_encrypted:
            # Many PDFs are "protected" only against printing or editing, with an empty
            # password for reading; those open. Others need a password we do not have.
            try:
                opened = reader.decrypt("")
            except (PyPdfError, DependencyError, NotImplementedError, ValueError, KeyError):
                opened = PasswordType.NOT_DECRYPTED
            if not opened:
                raise LetterReadError(
                    path,
                    _(
                        "this PDF is encrypted with a password. Ask the sender for an "
                        "unprotected copy, or open it and save it again without a password."
                    ),
                )
        pages = reader.pages
        len(pages)  # reading the page tree is where a damaged file fails
        return pages
    except LetterReadError:
        raise
    except DependencyError:  # AES encryption, which pypdf opens only with extra libraries
        raise LetterReadError(
            path,
            _(
                "this PDF is encrypted (AES), so mla-writer cannot read it. Ask the sender for "
                "an unprotected copy, or open it and save it again without protection."
            ),
        ) from None
    except (
        PyPdfError,
        PdfReadError,
        OSError,
        ValueError,
        KeyError,
        TypeError,
        AttributeError,
        RecursionError,
    ):
        raise LetterReadError(path, _damaged()) from None


def pdf_paragraphs(text: str) -> list[str]:
    """Rebuild paragraphs from a PDF page's lines: a line clearly shorter than the usual line,
    or a blank line, ends a paragraph; words hyphenated across lines are joined."""
    lines = [line.rstrip() for line in text.replace("\r", "\n").split("\n")]
    widths = sorted(len(line) for line in lines if line.strip())
    if not widths:
        return []
    usual = widths[int(len(widths) * 0.8)] if len(widths) > 4 else widths[-1]
    paragraphs: list[str] = []
    current = ""
    for line in lines:
        if not line.strip():
            if current:
                paragraphs.append(current)
                current = ""
            continue
        if current.endswith("-") and not current.endswith(" -"):
            current = current[:-1] + line.strip()
        else:
            current = f"{current} {line.strip()}".strip() if current else line.strip()
        # Wrapped lines fill the column; a clearly shorter line ends its paragraph.
        if len(line) < usual * 0.85:
            paragraphs.append(current)
            current = ""
    if current:
        paragraphs.append(current)
    return paragraphs
