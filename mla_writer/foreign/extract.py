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

import itertools
import re
import signal
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from mla_writer.errors import CaseFileError, Problem
from mla_writer.foreign.document import (
    BRACKET_MARK,
    CELL,
    FOOTNOTE,
    HEADING,
    Block,
    Passage,
    passages_of,
    with_note_references,
)
from mla_writer.foreign.pdf import LINE_STEP, Glyph, glyph_page, pdf_blocks, right_to_left
from mla_writer.foreign.word import word_blocks
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
_TEXT_ROW = re.compile(r"^[^|]*\S\s\|(?:\s|$)")
_CELL_PARAGRAPH = re.compile(
    r"\s/\s(?=[☐☒•]|\(\w{1,3}\)\s|\d{1,2}[.)]\s)|(?<=[.;!?])\s/\s(?=[«\"A-ZÀ-ÝА-ЯЁ])"
)
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")


def split_paragraphs(text: str, markdown: bool = False) -> list[Passage]:
    """The passages of a text letter, cut as every other format's (see document.py)."""
    return passages_of(text_blocks(text, markdown))


def text_blocks(text: str, markdown: bool = False) -> list[Block]:
    """The blocks of a text letter: one paragraph per line, as a word processor saves text,
    except hard-wrapped prose (OCR output, plain-text e-mail), whose lines are joined back into
    paragraphs; Markdown headings as headings and Markdown tables cell by cell, as in Word."""
    blocks: list[Block] = []
    group: list[str] = []
    table = {"count": 0, "row": 0}
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for line in [*lines, ""]:
        if markdown and _MD_TABLE_RULE.match(line):
            continue
        if markdown and (line.strip().startswith("|") or _MD_HEADING.match(line)):
            blocks += _unwrap(group)
            group = []
            blocks += _markdown_block(line, table)
            continue
        if not markdown and _TEXT_ROW.search(line):  # "Label | value", a table saved as text
            blocks += _unwrap(group)
            group = []
            blocks += _markdown_block(f"|{line}|", table)
            continue
        table["row"] = 0
        if markdown:
            line = _MD_EMPHASIS.sub("", re.sub(r"^\s*>\s?", "", line))
        if line.strip():
            group.append(line.rstrip())
        else:
            blocks += _unwrap(group)
            group = []
    return with_note_references(_text_notes(blocks), pdf=False)


_NOTE_LINE = re.compile(r"^\[(\d{1,2})\]\s+(?=\S)")


def _text_notes(blocks: list[Block]) -> list[Block]:
    """A text copy of a letter with footnotes: "…supplementary questions.[2]" in the body and
    "[2] Mr Okafor will be responsible…" after it. A paragraph opened by a bracketed number
    that the text before it marks is that footnote, as Word and a PDF would show it."""
    marked: set[str] = set()
    notes = []
    for block in blocks:
        opening = _NOTE_LINE.match(block.text)
        if opening and opening.group(1) in marked:
            notes.append(Block(block.text[opening.end() :], FOOTNOTE, note=opening.group(1)))
            continue
        marked.update(BRACKET_MARK.findall(block.text))
        notes.append(block)
    return notes


def _markdown_block(line: str, table: dict[str, int]) -> list[Block]:
    if _MD_HEADING.match(line):
        table["row"] = 0
        return [Block(_MD_EMPHASIS.sub("", _MD_HEADING.sub("", line)).strip(), HEADING)]
    if not table["row"]:
        table["count"] += 1
    table["row"] += 1
    cells = tuple(_MD_EMPHASIS.sub("", c).strip() for c in line.strip().strip("|").split("|"))
    # A cell's own paragraphs, saved as "☒ one / ☐ two" or "(1) ... / (2) ...".
    blocks = [
        Block(paragraph, CELL, table=table["count"], row=table["row"])
        for cell in cells
        for paragraph in _CELL_PARAGRAPH.split(cell)
        if paragraph.strip()
    ]
    if blocks:
        blocks[0] = Block(blocks[0].text, CELL, table=table["count"], row=table["row"], cells=cells)
    return blocks


_LIST_START = re.compile(r"^\s*(?:\d{1,2}[.)]|\([a-z0-9]{1,4}\)|[a-z][.)]|[-•*–])\s+", re.I)


def _unwrap(lines: list[str]) -> list[Block]:
    """Cut a block of lines back into paragraphs.

    A block whose lines mostly fill the same width is wrapped prose: a clearly shorter line
    ends a paragraph and a numbered line starts one. In other blocks (one paragraph per line,
    letterheads, addresses, e-mail headers) each line is a paragraph.
    """
    if not lines:
        return []
    widths = sorted(len(line) for line in lines)
    usual = widths[int(len(widths) * 0.8)]
    if len(lines) < 4:
        return _unwrap_runs(lines)
    if usual < 40 or not _runs_on(lines, usual):
        return [Block(line.strip()) for line in lines if line.strip()]
    blocks: list[Block] = []
    current: list[str] = []
    for line in lines:
        if current and _LIST_START.match(line):
            blocks.append(Block(_join_wrapped(current)))
            current = []
        current.append(line)
        if len(line) < usual * 0.85:
            blocks.append(Block(_join_wrapped(current)))
            current = []
    if current:
        blocks.append(Block(_join_wrapped(current)))
    return blocks


_WRAPPED_WIDTH = 60  # a line this long that ends mid-sentence was wrapped, not ended…
_WRAPPED_MAX = 132  # …up to the widest a mail program or an editor wraps at
_ENDS_SENTENCE = re.compile(r"[.:;!?»\")]$")
# A line that opens with a label of its own ("Tel:", "بواسطة/", "Via:") is a field, not a run-on.
_LABEL_START = re.compile(r"^\s*(?:[^\W\d_][\w.'’-]*\s*){1,3}[:/]\s")


def _unwrap_runs(lines: list[str]) -> list[Block]:
    """The lines of a short block (two or three lines between blank lines), each its own
    paragraph — except a line of a wrapping width that stops mid-sentence, which runs on into
    the next one ("no officer has so far been in / touch with your authorities"): a short
    paragraph of a hard-wrapped e-mail is one paragraph, as its .docx would be. A longer block
    is a text saved a paragraph per line (`_unwrap` tells the two apart), where a line is a
    paragraph whatever it ends with."""
    lines = [line for line in lines if line.strip()]
    blocks: list[Block] = []
    current: list[str] = []
    for line, after in itertools.zip_longest(lines, lines[1:], fillvalue=""):
        current.append(line)
        if not _runs_into(line, after):
            blocks.append(Block(_join_wrapped(current)))
            current = []
    return blocks


def _runs_into(line: str, after: str) -> bool:
    """Whether a long line stops mid-sentence and the next one carries on with it: not a new
    sentence, list item or entry of a list ("Annex 1: …" / "Annex 2: …")."""
    start, width = after.strip(), len(line.strip())
    if not start or not _WRAPPED_WIDTH <= width <= _WRAPPED_MAX:
        return False
    if _ENDS_SENTENCE.search(line.rstrip()):
        return False
    if start[:1].isupper() or _LIST_START.match(after) or _LABEL_START.match(after):
        return False
    return line.split(maxsplit=1)[0] != start.split(maxsplit=1)[0]


def _runs_on(lines: list[str], usual: int) -> bool:
    """Whether the lines are wrapped prose: a quarter of them fill the width and run on into the
    next (no closing punctuation, the next line not opening with a capital), where a letter
    saved one paragraph per line has long lines that end sentences."""
    running = sum(
        1
        for line, after in itertools.pairwise(lines)
        if len(line) >= usual * 0.85
        and not re.search(r"[.:;!?»\")]$", line.rstrip())
        and not after.strip()[:1].isupper()
    )
    return running * 4 >= len(lines) - 1 > 0


def _join_wrapped(lines: list[str]) -> str:
    """One paragraph from its wrapped lines, mending words hyphenated across them."""
    text = ""
    for piece in (part.strip() for part in lines):
        if text.endswith("-") and not text.endswith(" -") and piece[:1].islower():
            text = text[:-1] + piece
        else:
            text = f"{text} {piece}".strip()
    return text


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
        wanted = [n for n in names if re.fullmatch(r"word/(?:header|footer)\d*\.xml", n)]
        wanted += ["word/document.xml", "word/numbering.xml", "word/styles.xml"]
        wanted += ["word/footnotes.xml", "word/endnotes.xml"]
        budget = MAX_ARCHIVE_BYTES
        parts: dict[str, ElementTree.Element] = {}
        for name in (n for n in wanted if n in names):
            with _refusals_as_letter_errors(path):
                data = read_part(archive, names[name], min(MAX_PART_BYTES, budget))
                refuse_document_type(name, data)
            budget -= len(data)
            if time.monotonic() > deadline:
                raise LetterReadError(path, _too_slow())
            parts[name] = _parse_xml(data, path)
        return passages_of(word_blocks(parts))


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
    texts: list[str] = []
    total = 0
    for number in range(count):
        if time.monotonic() > deadline:
            raise LetterReadError(path, _too_slow())
        try:
            text = (
                pages[number].extract_text(
                    extraction_mode="layout", layout_mode_font_height_weight=LINE_STEP
                )
                or ""
            )
        except MemoryError:
            raise
        except Exception:  # pypdf raises many kinds of errors on hostile content streams
            raise LetterReadError(path, _damaged()) from None
        total += len(text)
        if total > MAX_TEXT_CHARS:
            raise LetterReadError(path, _too_slow())
        texts.append(text)
    # A right-to-left page is laid out again from its glyphs: pypdf gives a line's letters as
    # seen, which reads back wrongly where one glyph stands for several letters (lam-alef).
    backwards = [number for number, text in enumerate(texts) if right_to_left(text)]
    for number, glyphs in zip(backwards, _pdf_glyphs(path, backwards, deadline), strict=False):
        texts[number] = glyph_page(glyphs) or texts[number]
    passages = passages_of(pdf_blocks(texts, LINE_STEP))
    if sum(len(re.sub(r"\W", "", p.text)) for p in passages) < MIN_PDF_TEXT_CHARS:
        raise LetterReadError(
            path,
            _("this PDF has no text layer (a scan?): run OCR on it first, then check it again."),
        )
    return passages


def _pdf_glyphs(path: Path, numbers: list[int], deadline: float) -> list[list[Glyph]]:
    """The glyphs of some pages (0-based numbers) of a PDF that pypdf has read, with pdfminer,
    which keeps each glyph apart (pypdf only gives runs of text). Where pdfminer cannot read
    the file, no glyphs: pypdf's reading of those pages stands."""
    if not numbers:
        return []
    import logging

    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTChar, LTComponent

    logging.getLogger("pdfminer").setLevel(logging.ERROR)

    def glyphs_in(item: LTComponent) -> Iterator[Glyph]:
        if isinstance(item, LTChar):
            yield Glyph(item.get_text(), item.x0, item.x1, item.y0, item.y1, item.size)
        elif isinstance(item, Iterable):
            for inner in item:
                yield from glyphs_in(inner)

    pages: list[list[Glyph]] = []
    try:
        for page in extract_pages(str(path), page_numbers=numbers, laparams=None):
            if time.monotonic() > deadline:
                raise LetterReadError(path, _too_slow())
            pages.append(list(glyphs_in(page)))
    except MemoryError:
        raise
    except LetterReadError:
        raise
    except Exception:  # pdfminer, like pypdf, raises many kinds of errors on hostile content
        return []
    return pages


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
