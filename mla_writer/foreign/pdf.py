"""A PDF letter as the blocks of the document model, rebuilt from its pages' laid-out text.

pypdf's layout extraction keeps each line's indentation and the blank space between paragraphs,
which is what a reader uses to see paragraphs: a numbered line or a line set back to the margin
opens one, a clearly short line or a space above the next line closes one. The space is measured:
the pages are laid out with one blank line per tenth of a font height (`LINE_STEP`), so the run
of blank lines above a line gives its distance from the line before, and a paragraph's spacing (a
few points more than the page's usual line pitch, as word processors put after a paragraph, in
table cells too) is seen even where it is less than a whole blank line. A paragraph that runs on
at the foot of a page (a full line, no closing punctuation) goes on at the top of the next.

Lines repeated at the top or the bottom of the pages (running headers, "Page 2 of 9") are the
letter's header and footer, kept once, and notes at the foot of a page ("1 All amounts...") are
footnotes, read after the body as in the Word file they were printed from. Every block keeps its
page, for evidence.

A right-to-left page (Arabic, Hebrew) comes as seen, left to right: it is laid out from its glyphs
(`glyph_page`, so that a ligature's letters and a vowel mark keep their place) and each line is
read back by the Unicode bidi rules (`_reading_order`): reversed, except the Latin words and
numbers inside it; presentation forms are normalised (NFKC) and kashida stretching dropped.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, replace

from mla_writer.foreign.document import FOOTER, FOOTNOTE, HEADER, Block, with_note_references

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


# The pages are laid out with a blank line per this fraction of a line's font height
# (pypdf's `layout_mode_font_height_weight`), so that blank lines measure vertical distance.
LINE_STEP = 0.1
_BLANK_LINE = 2.0  # a distance of two font heights or more: a blank line in the layout
_SPACED = 1.3  # a line this much further from the one above than the page's usual pitch


@dataclass
class _Line:
    text: str  # whitespace collapsed
    indent: int  # columns of leading space in the laid-out page
    width: int  # columns up to the line's last character
    gap_before: bool  # a blank line above it
    cells: tuple[tuple[int, str], ...] = ()  # (start column, text) where a wide gap splits it
    spread: bool = False  # words set far apart across the line: a line of its own (letterhead)
    spaced: bool = False  # set apart from the line above more than lines within a paragraph


# Right-to-left letters (Hebrew, Arabic and their presentation forms), without the Arabic-Indic
# digits, which are numbers and run left to right like 0-9.
_RTL_LETTERS = "\u0590-\u05ff\u0600-\u065f\u066a-\u06ef\u06fa-\u08ff\ufb1d-\ufdff\ufe70-\ufefc"
_RTL = re.compile(f"[{_RTL_LETTERS}]")
# What keeps its left-to-right order inside a right-to-left line, by the Unicode bidi rules: a
# run of Latin (or Cyrillic...) words from its first letter to its last letter or digit, with
# the spaces and signs between them; a number with the separators inside it ("2022/1/1",
# "3,600,000", "11-3/0721", "70%").
_LEFT_TO_RIGHT = re.compile(
    rf"[^\W\d_{_RTL_LETTERS}](?:[^{_RTL_LETTERS}]*[^\W_{_RTL_LETTERS}])?"
    r"|\d+(?:[.,/:\-]\d+)*%?"
)
_PRESENTATION_FORM = re.compile("[\ufb50-\ufdff\ufe70-\ufefc]")
# Kashida (tatweel) stretches justified Arabic lines: it is spacing, not text, and a Word file
# has none. Some PDF writers give the stretching glyph a wrong letter ("F", "="): Latin letters
# glued inside an Arabic word are such stretches.
_KASHIDA = re.compile(f"\u0640|(?<=[{_RTL_LETTERS}])[A-Za-z=]+(?=[{_RTL_LETTERS}])")


def _reading_order(line: str) -> str:
    """A right-to-left line (Arabic, Hebrew) back in reading order. The layout gives a line as
    seen, left to right, so that the whole line reads backwards except what runs left to right
    inside it (Latin words, numbers), which keeps its order; the rest, spaces and punctuation
    included, is reversed, as the Unicode bidi algorithm laid it out. Presentation forms (a
    lam-alef ligature as one character) become the letters they stand for (NFKC)."""
    line = _KASHIDA.sub("", line)
    pieces: list[str] = []  # in display order: reversed runs, and left-to-right runs as they are
    shown = 0
    for run in _LEFT_TO_RIGHT.finditer(line):
        pieces += [line[shown : run.start()][::-1], run.group()]
        shown = run.end()
    pieces.append(line[shown:][::-1])
    text = "".join(reversed(pieces))
    return _PRESENTATION_FORM.sub(lambda form: unicodedata.normalize("NFKC", form.group()), text)


_MIRRORED = str.maketrans("()[]{}", ")(][}{")


def _unmirrored(line: str) -> str:
    """A line without right-to-left letters as its writer typed it: set in a right-to-left
    paragraph (an English translation in an Arabic Word file), its brackets were drawn mirrored
    ("10. The documents )item 9/a( prove"): a closing bracket before any opening one, where the
    mirrored line pairs them all ("a) one (see b)" stays as it is)."""
    if _RTL.search(line) or _balance(line) >= 0:
        return line
    mirrored = line.translate(_MIRRORED)
    return mirrored if _balance(mirrored) == 0 else line


def _balance(line: str) -> int:
    """-1 if a closing bracket comes before its opening one, else the brackets left open."""
    depth = 0
    for char in line:
        depth += (char in "([{") - (char in ")]}")
        if depth < 0:
            return -1
    return depth


def right_to_left(page: str) -> bool:
    """Whether a page is mostly written right to left."""
    letters = [c for c in page if c.isalpha()]
    return len(_RTL.findall(page)) * 3 > len(letters) > 0


@dataclass(frozen=True)
class Glyph:
    """A glyph drawn on a PDF page: its text (several letters for a ligature) and its box."""

    text: str
    x0: float
    x1: float
    y0: float
    y1: float
    size: float


def glyph_page(glyphs: list[Glyph], step: float = LINE_STEP) -> str:
    """A page laid out from its glyphs as pypdf lays out text: its lines from the top, each as
    seen from left to right, with a blank line per `step` of a font height between lines.

    For right-to-left pages, where a line must be read back from what is seen: a ligature is
    one glyph whose letters come in reading order (lam-alef is "لا"), and a vowel mark sits
    over its letter; both are put in display order here, so that reading the line back
    (`_reading_order`) gives them right."""
    lines: list[list[Glyph]] = []
    for glyph in sorted(glyphs, key=lambda g: (-(g.y0 + g.y1) / 2, g.x0)):
        middle = (glyph.y0 + glyph.y1) / 2
        if lines and abs((lines[-1][0].y0 + lines[-1][0].y1) / 2 - middle) < glyph.size * 0.4:
            lines[-1].append(glyph)
        else:
            lines.append([glyph])
    text: list[str] = []
    above = 0.0
    for line in lines:
        base = max(line, key=lambda g: g.size)
        if text and base.size:
            gap = above - (base.y0 + base.y1) / 2
            text += [""] * max(0, int(gap / (base.size * step)) - 1)
        text.append(_glyph_line(sorted(line, key=lambda g: g.x0)))
        above = (base.y0 + base.y1) / 2
    return "\n".join(text)


def _glyph_line(glyphs: list[Glyph]) -> str:
    """One line as seen: a space where glyphs stand apart, four for a column's gap."""
    clusters: list[tuple[Glyph, str]] = []  # a glyph, and its text with its marks as seen
    for glyph in glyphs:
        piece = glyph.text[::-1] if len(glyph.text) > 1 and _RTL.search(glyph.text) else glyph.text
        if unicodedata.combining(piece[:1]) and clusters:
            base, shown = clusters[-1]
            if _RTL.search(base.text) and base.x0 <= (glyph.x0 + glyph.x1) / 2 <= base.x1:
                clusters[-1] = (base, piece + shown)  # a vowel mark comes before its letter
                continue
        clusters.append((glyph, piece))
    line = ""
    for index, (glyph, piece) in enumerate(clusters):
        if index:
            gap = glyph.x0 - clusters[index - 1][0].x1
            if gap > glyph.size * 2:
                line = line.rstrip(" ") + "    "
            elif gap > glyph.size * 0.2 and not line.endswith(" ") and piece != " ":
                line += " "
        line += piece
    return line


def _lines(page: str, step: float = 0.0) -> list[_Line]:
    """The laid-out lines of a page. With `step`, each run of blank lines measures the distance
    from the line above in font heights (see `LINE_STEP`); without it, any blank line is a gap."""
    lines: list[_Line] = []
    pitches: list[float] = []  # each line's distance from the line above, in font heights
    blanks = 0
    if right_to_left(page):
        page = "\n".join(_reading_order(raw.strip()) for raw in page.split("\n"))
    page = "\n".join(_unmirrored(raw) for raw in page.split("\n"))
    for raw in page.replace("\r", "\n").split("\n"):
        if not raw.strip():
            blanks += 1
            continue
        pitch = (blanks + 1) * step if step else (_BLANK_LINE if blanks else 1.0)
        blank = pitch >= _BLANK_LINE - 1e-6
        blanks = 0
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
        pitches.append(pitch)
    return _mark_spacing(lines, pitches)


def _mark_spacing(lines: list[_Line], pitches: list[float]) -> list[_Line]:
    """Mark the lines set further from the line above than the page's usual line pitch: a
    paragraph's spacing, which a blank line in the layout shows only when it is large."""
    within = sorted(pitches[1:])
    if not within:
        return lines
    usual = within[len(within) // 5]  # the tight pitch of lines within a paragraph
    return [
        replace(line, spaced=line.gap_before or (index > 0 and pitch >= usual * _SPACED))
        for index, (line, pitch) in enumerate(zip(lines, pitches, strict=True))
    ]


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
            rows[-1][slot].append(
                _Line(text, column, column + len(text), False, spaced=line.spaced and not first)
            )
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
        # A little more space above a line (a taller glyph, a box on the line above) does not
        # cut a sentence that visibly runs on into it.
        spaced = line.gap_before or (
            line.spaced and not _runs_on(current[-1].text, line.text) if current else False
        )
        if current and (
            spaced
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


def _runs_over(previous: list[_Line], following: list[_Line]) -> bool:
    """Whether the last paragraph of a page goes on at the top of the next page: its last line
    is full and does not end a sentence (or the next line opens in lower case), and the next
    page opens with a line at the same indent that starts nothing (no number, no table)."""
    if not previous or not following:
        return False
    last, first = previous[-1], following[0]
    widths = sorted(line.width for line in previous)
    usual = widths[int(len(widths) * 0.8)]
    return (
        not 2 <= len(last.cells) <= 3  # a table's row (a justified line has many wide gaps)
        and not _opens_table(following, 0)
        and not _NUMBERED.match(first.text)
        and abs(first.indent - last.indent) <= 2
        and (last.width >= usual * 0.88 or bool(_HYPHENATED.search(last.text)))
        and (not re.search(r"[.:;!?»\")]$", last.text) or first.text[:1].islower())
    )


def pdf_blocks(pages: list[str], step: float = 0.0) -> list[Block]:
    """The blocks of a PDF letter from its pages' laid-out text, in reading order; `step` is
    the fraction of a font height a blank line stands for (`LINE_STEP`), 0 where any blank
    line is a gap (text laid out by hand)."""
    laid_out = [_lines(page, step) for page in pages]
    running = _running_lines(laid_out)
    headers: list[str] = []
    footers: list[str] = []
    body: list[Block] = []
    notes: list[Block] = []
    previous: list[_Line] = []  # the body lines of the page before
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
        blocks = _page_blocks(text, number)
        if body and blocks and _runs_over(previous, text):
            # The paragraph at the foot of the last page goes on here; it is cited where it
            # starts.
            joined = _join([_Line(body[-1].text, 0, 0, False), _Line(blocks[0].text, 0, 0, False)])
            body[-1] = replace(body[-1], text=joined)
            blocks = blocks[1:]
        body += blocks
        previous = text
        for block in _paragraphs(foot, number, _NOTE):
            match = _NOTE.match(block.text)
            note = match.group(1) if match else ""
            body_text = re.sub(r"^\[?\d{1,2}\]?\s+", "", block.text) if match else block.text
            notes.append(Block(body_text, FOOTNOTE, page=number, note=note))
    return with_note_references(
        [Block(text, HEADER, page=1) for text in headers]
        + body
        + notes
        + [Block(text, FOOTER, page=len(pages)) for text in footers],
        pdf=True,
    )
