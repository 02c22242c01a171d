"""A PDF letter as the blocks of the document model, rebuilt from its pages' laid-out text.

pypdf's layout extraction keeps each line's indentation and the blank space between paragraphs,
which is what a reader uses to see paragraphs: a numbered line or a line set back to the margin
opens one, a clearly short line or a blank line closes one. Lines repeated at the top or the
bottom of the pages (running headers, "Page 2 of 9") are the letter's header and footer, kept
once, and notes at the foot of a page ("1 All amounts...") are footnotes, read after the body as
in the Word file they were printed from. Every block keeps its page, for evidence.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from mla_writer.foreign.document import FOOTER, FOOTNOTE, HEADER, Block

_NUMBERED = re.compile(
    r"^(?:\d{1,3}(?:\.\d{1,3})*[.)]|\(\s*[0-9a-zа-я]{1,3}\s*\)|[a-zа-я][.)]|[IVXLC]{1,5}\.|[A-Z]\."
    r"|[•☐☒▪\-–])(?:\s|$)"
)
_LABEL = re.compile(
    r"^(?:\d{1,3}(?:\.\d{1,3})*[.)]?|\(?[0-9a-zа-я]{1,3}[.)]|[IVXLC]{1,5}\.|[•☐☒▪\-–])$"
)
_NOTE = re.compile(r"^\[?(\d{1,2})\]?\s+\S")
_HYPHENATED = re.compile(r"\w-$")
_GAP = re.compile(r"\s{2,}")


_CELL_GAP = re.compile(r"\S(\s{4,})(?=\S)")


@dataclass
class _Line:
    text: str  # whitespace collapsed
    indent: int  # columns of leading space in the laid-out page
    width: int  # columns up to the line's last character
    gap_before: bool  # a blank line above it
    cells: tuple[tuple[int, str], ...] = ()  # (start column, text) where a wide gap splits it
    spread: bool = False  # words set far apart across the line: a line of its own (letterhead)


_RTL = re.compile(r"[\u0590-\u08ff\ufb1d-\ufeff]")
_RTL_RUN = re.compile(r"[\u0590-\u08ff\ufb1d-\ufeff\u064b-\u065f]+|[^\u0590-\u08ff\ufb1d-\ufeff]+")


_MIRRORED = str.maketrans("()[]{}«»", ")(][}{»«")


def _reading_order(line: str) -> str:
    """A right-to-left line (Arabic, Hebrew) back in reading order: the layout gives it as seen,
    right to left, so its words come reversed. Numbers and Latin words keep their own order."""
    segments: list[str] = []  # a right-to-left word, or a run of left-to-right words
    for token in line.split(" "):
        if _RTL.search(token) or not segments or _RTL.search(segments[-1]):
            segments.append(token)
        else:
            segments[-1] = f"{segments[-1]} {token}"
    words = []
    for segment in reversed(segments):
        if not _RTL.search(segment):
            words.append(segment)
            continue
        runs = _RTL_RUN.findall(segment)
        words.append(
            "".join(
                run[::-1] if _RTL.search(run) else run.translate(_MIRRORED)
                for run in reversed(runs)
            )
        )
    return " ".join(words)


def _right_to_left(page: str) -> bool:
    """Whether a page is mostly written right to left."""
    letters = [c for c in page if c.isalpha()]
    return len(_RTL.findall(page)) * 3 > len(letters) > 0


def _lines(page: str) -> list[_Line]:
    lines, blank = [], False
    if _right_to_left(page):
        page = "\n".join(_reading_order(raw.strip()) for raw in page.split("\n"))
    for raw in page.replace("\r", "\n").split("\n"):
        if not raw.strip():
            blank = True
            continue
        stripped = raw.rstrip()
        indent = len(stripped) - len(stripped.lstrip())
        starts = [indent] + [gap.end(1) for gap in _CELL_GAP.finditer(stripped)]
        cells = tuple(
            (start, _GAP.sub(" ", stripped[start:end].strip()))
            for start, end in zip(starts, [*starts[1:], len(stripped)], strict=True)
        )
        if len(cells) >= 2 and _LABEL.match(cells[0][1]):  # "1.      I, Harriet...": one cell
            cells = ((indent, f"{cells[0][1]} {cells[1][1]}"), *cells[2:])
        spread = len(re.findall(r"\S {8,}(?=\S)", stripped)) >= 2
        text = _GAP.sub(" ", stripped.strip())
        lines.append(_Line(text, indent, len(stripped), blank, cells, spread))
        blank = False
    return lines


def _table_rows(lines: list[_Line], start: int) -> tuple[list[list[list[_Line]]], int]:
    """The rows of a table laid out from line `start` (cells side by side, set apart by wide
    gaps), each a list of columns of lines, and the index of the first line after it."""
    columns = [column for column, _text in lines[start].cells]
    rows: list[list[list[_Line]]] = []
    index = start
    while index < len(lines):
        line = lines[index]
        if index > start and (
            line.gap_before
            or (
                line.indent > columns[0] + 2
                and not any(
                    abs(column - other) <= 2 for column, _t in line.cells for other in columns[1:]
                )
            )
        ):
            break
        if line.indent <= columns[0] + 2 and line.width > columns[1] and len(line.cells) == 1:
            break  # a line across the page: the table has ended
        first = line.cells[0][0] <= columns[0] + 2
        previous = rows[-1][0][-1] if rows and rows[-1][0] else None
        # A label cell wrapped onto this line continues the row: the line above it was long
        # and did not close the label (":", "?", ".").
        wrapped = (
            previous is not None
            and lines[index - 1].cells[0][0] <= columns[0] + 2
            and previous.width >= columns[1] * 0.6
            and not re.search(r"[:?.]$", previous.text)
        )
        if first and not wrapped:
            rows.append([[] for _ in columns])
        for column, text in line.cells:
            slot = max((k for k, other in enumerate(columns) if other <= column + 2), default=0)
            rows[-1][slot].append(_Line(text, column, column + len(text), False))
        index += 1
    return rows, index


def _table_blocks(rows: list[list[list[_Line]]], page: int) -> list[Block]:
    blocks: list[Block] = []
    for row in rows:
        for cell in row:
            if not cell:
                continue
            widths = sorted(line.width for line in cell)
            blocks += _paragraphs(
                [replace(line, indent=0, width=line.width - cell[0].indent) for line in cell],
                page,
                usual=widths[-1] - cell[0].indent,
            )
    return blocks


def _key(text: str) -> str:
    """A running line's identity whatever its page number ("Page 2 of 9" is "Page # of #")."""
    return re.sub(r"\d+", "#", text.casefold())


def _running_lines(pages: list[list[_Line]]) -> set[str]:
    """Lines repeated at the top or the bottom of several pages: the running header/footer."""
    if len(pages) < 2:
        return set()
    seen: Counter[str] = Counter()
    for lines in pages:
        seen.update({_key(line.text) for line in lines[:3] + lines[-3:]})
    return {key for key, count in seen.items() if count >= 2 and count * 2 >= len(pages)}


def _opens_table(lines: list[_Line], index: int) -> bool:
    """Whether a line is a table's row: two or three cells set apart by wide gaps, the second
    lined up with a cell of the next line (a justified line's wide gaps line up with nothing)."""
    line = lines[index]
    if not 2 <= len(line.cells) <= 3 or line.cells[0][0] >= 20:
        return False
    column = line.cells[1][0]
    following = lines[index + 1 : index + 2]
    return any(abs(start - column) <= 2 for other in following for start, _t in other.cells)


def _page_blocks(lines: list[_Line], page: int) -> list[Block]:
    """A page's paragraphs, with the tables on it read row by row, cell by cell."""
    blocks: list[Block] = []
    prose: list[_Line] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if _opens_table(lines, index):
            rows, after = _table_rows(lines, index)
            if after > index:
                blocks += _paragraphs(prose, page)
                prose = []
                blocks += _table_blocks(rows, page)
                index = after
                continue
        prose.append(line)
        index += 1
    return blocks + _paragraphs(prose, page)


def _paragraphs(
    lines: list[_Line], page: int, opens: re.Pattern[str] = _NUMBERED, usual: int = 0
) -> list[Block]:
    blocks: list[Block] = []
    if not lines:
        return blocks
    widths = sorted(line.width for line in lines)
    usual = usual or widths[int(len(widths) * 0.8)]
    current: list[_Line] = []

    def close() -> None:
        if current:
            blocks.append(Block(_join(current), page=page))
            current.clear()

    def deep_column(line: _Line) -> bool:
        """Whether a line belongs to a long run of lines set at the same deep indent (a table
        column continued from the page before), not to a short address block."""
        same = [other for other in lines if abs(other.indent - line.indent) <= 2]
        return len(same) >= 5

    for line, after in zip(lines, [*lines[1:], None], strict=True):
        if current and (
            line.gap_before
            or line.spread
            or current[-1].spread
            or opens.match(line.text)
            or (
                line.indent + 2 < current[-1].indent
                and (len(current) == 1 or line.indent + 2 < current[1].indent)
            )
        ):
            close()
        current.append(line)
        # A line ends its paragraph when the next line's first word would have fitted on it.
        following = after.text.split(" ", 1)[0] if after is not None else ""
        # (Within a margin: a proportional font fits more narrow letters than wide ones.)
        if (
            line.width + 1 + len(following) < usual * 0.88
            and not _HYPHENATED.search(line.text)
            and not _runs_on(line.text, following)
        ) or (line.indent > usual * 0.3 and not deep_column(line)):
            close()  # a line set to the right or centred (an address, a date) stands alone
    close()
    return blocks


def _runs_on(text: str, following: str) -> bool:
    """A sentence that goes on: no closing punctuation, and the next line opens in lower case
    or with a number ("... от 7 октября" / "2002 года")."""
    return (
        not re.search(r"[.:;!?»\")]$", text)
        and bool(following)
        and (following[:1].islower() or following[:1].isdigit())
    )


def _join(lines: list[_Line]) -> str:
    text = ""
    for line in lines:
        piece = line.text
        if re.search(r"[a-zà-ÿа-яё]-$", text) and piece[:1].islower():
            text = text[:-1] + piece  # "ac-" / "count": a word hyphenated across lines
        elif text.endswith("-") and not text.endswith(" -"):
            text += piece  # "DUVERGIER-" / "MASSON": the hyphen is the name's
        else:
            text = f"{text} {piece}".strip()
    return text


def _split_notes(lines: list[_Line]) -> tuple[list[_Line], list[_Line]]:
    """(body, footnotes) of a page: notes are the numbered lines after the last blank space
    of the page, set in a run of their own."""
    for start in range(len(lines) - 1, 0, -1):
        if lines[start].gap_before:
            tail = lines[start:]
            if _NOTE.match(tail[0].text) and len(tail) <= max(8, len(lines) // 3):
                return lines[:start], tail
            return lines, []
    return lines, []


def pdf_blocks(pages: list[str]) -> list[Block]:
    """The blocks of a PDF letter from its pages' laid-out text, in reading order."""
    laid_out = [_lines(page) for page in pages]
    running = _running_lines(laid_out)
    headers: list[str] = []
    footers: list[str] = []
    body: list[Block] = []
    notes: list[Block] = []
    for number, lines in enumerate(laid_out, start=1):
        kept = []
        for index, line in enumerate(lines):
            if _key(line.text) not in running:
                kept.append(line)
                continue
            place = headers if index < len(lines) / 2 else footers
            if line.text not in place and _key(line.text) not in map(_key, place):
                place.append(line.text)
        text, foot = _split_notes(kept)
        body += _page_blocks(text, number)
        for block in _paragraphs(foot, number, _NOTE):
            match = _NOTE.match(block.text)
            note = match.group(1) if match else ""
            body_text = re.sub(r"^\[?\d{1,2}\]?\s+", "", block.text) if match else block.text
            notes.append(Block(body_text, FOOTNOTE, page=number, note=note))
    return (
        [Block(text, HEADER, page=1) for text in headers]
        + body
        + notes
        + [Block(text, FOOTER, page=len(pages)) for text in footers]
    )
