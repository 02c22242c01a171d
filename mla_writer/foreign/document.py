"""One document model for every format: what a reader sees in a letter, whatever file it came in.

Each reader (Word in word.py, PDF in pdf.py, plain text and Markdown here) turns its file into the
same thing: a list of `Block`s in reading order (the letterhead and header first, then the body,
then footnotes and endnotes, then the footer), each a paragraph as the letter shows it, with its
number as displayed ("12.", "(b)", "A.") kept apart from its text, its kind (heading, list item,
table cell, footnote...), its outline level, and where it stands (table and row, page, note).

`passages_of` then cuts every document into passages by the same rule, one paragraph (one line of
the letter) each, so that the same letter as .docx, .pdf and .txt is read through the same units of
evidence and gets the same statuses; and it locates each passage as the letter numbers it
("paragraph 18(a)"), adding the page for a PDF.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from mla_writer.i18n import _

# Block kinds
PARAGRAPH = "paragraph"
HEADING = "heading"
LIST_ITEM = "list item"
CELL = "cell"  # a paragraph in a table cell (a form row's label or value)
HEADER = "header"
FOOTER = "footer"
FOOTNOTE = "footnote"
ENDNOTE = "endnote"
TEXT_BOX = "text box"


@dataclass(frozen=True)
class Passage:
    """A piece of a letter's text and where it stands, as a reader would cite it."""

    text: str
    location: str
    table: int = 0  # the table a row belongs to (1, 2...), 0 outside tables
    cells: tuple[str, ...] = ()  # on a row's first passage: the row's cells, empty ones included
    notes: tuple[str, ...] = ()  # the locations of the footnotes this passage refers to


@dataclass(frozen=True)
class Block:
    """A paragraph of the letter as a reader sees it: its displayed number, text and place."""

    text: str
    kind: str = PARAGRAPH
    number: str = ""  # as displayed, from Word's numbering definitions ("12.", "(b)")
    level: int = 0  # outline or list level, 0 at the top
    page: int = 0  # PDF page, 1-based; 0 where the format has no pages
    table: int = 0
    row: int = 0
    cells: tuple[str, ...] = ()  # a table row's cells, on the row's first block only
    note: str = ""  # a footnote's or endnote's number
    refs: tuple[str, ...] = ()  # the numbers of the footnotes the paragraph refers to

    @property
    def shown(self) -> str:
        """The paragraph as displayed: its number, then its text."""
        return f"{self.number} {self.text}".strip() if self.number else self.text


# --------------------------------------------------------------------------- note references

# A footnote's mark as a text copy keeps it, in brackets ("questions.[2]"); as a PDF's text
# layer keeps it, digits glued to the end of a word or a sentence ("questions.2", "Section D.1",
# "September 2024.2") — ambiguous with numbers, so a PDF's mark counts only for a footnote printed
# at the foot of the same page (or of the next, for a paragraph that runs over).
BRACKET_MARK = re.compile(r"(?<=\S)\[(\d{1,2})\]")
_GLUED_MARK = re.compile(r"(?:(?<=[^\W\d_])|(?<=[^\s\d][.,;:)»”\"])|(?<=\d\.))(\d{1,2})(?=\s|$)")


def with_note_references(blocks: list[Block], pdf: bool) -> list[Block]:
    """The body blocks with the footnotes they refer to, found by their marks in the text (a
    mark counts only for a footnote the letter has): the PDF and text readers' counterpart of
    Word's footnote references."""
    notes = {(block.page if pdf else 0, block.note) for block in blocks if block.kind == FOOTNOTE}
    if not notes:
        return blocks
    mark = _GLUED_MARK if pdf else BRACKET_MARK
    linked = []
    for block in blocks:
        if block.kind in (FOOTNOTE, ENDNOTE, HEADER, FOOTER) or block.refs:
            linked.append(block)
            continue
        # A paragraph that runs over a page break is placed where it starts: its footnote may
        # be printed at the foot of the next page.
        pages = (block.page, block.page + 1) if pdf else (0,)
        found = dict.fromkeys(m.group(1) for m in mark.finditer(block.text))
        refs = tuple(ref for ref in found if any((page, ref) in notes for page in pages))
        linked.append(replace(block, refs=refs) if refs else block)
    return linked


# --------------------------------------------------------------------------- passages

# A paragraph's own number at its start, as letters write them: "12.", "12.3", "(b)", "b)",
# "IV.", "A.", "§ 4", "п. 3". The text readers see the same characters Word displays.
_NUMBER = re.compile(
    r"^\s*(?:\(\s*(?P<paren>[0-9]{1,3}|[a-zа-я]{1,2}|[ivxlc]{1,5})\s*\)"
    r"|(?P<plain>[0-9]{1,3}(?:\.[0-9]{1,3}){0,3}|[A-Za-zА-Яа-я]|[IVXLC]{1,5}|[ivxlc]{1,5})[.)])"
    r"(?=\s)"
)
_SPACES = re.compile(r"[ \t\u00a0]+")
_PAGE_FURNITURE = re.compile(
    r"^\W*(?:page|página|pagina|стр\.?|страница)?\s*\d{1,3}(?:\s*(?:/|of|de|из|sur)\s*\d{1,3})?\W*$",
    re.I,
)


def paragraph_number(text: str) -> tuple[str, str]:
    """(number, kind) of a paragraph's own number at its start: ("18", "decimal"), ("a",
    "letter"), or ("", "") when it has none."""
    match = _NUMBER.match(text)
    if not match:
        return "", ""
    value = match.group("paren") or match.group("plain") or ""
    if value[:1].isdigit():
        return value, "decimal"
    return value, "paren" if match.group("paren") else "letter"


class _Numbering:
    """Composes the letter's own numbering into locations: "(a)" under "18." is "18(a)"."""

    def __init__(self) -> None:
        self.top = ""

    def locate(self, text: str) -> str:
        number, kind = paragraph_number(text)
        if not number:
            return ""
        if kind == "decimal":
            self.top = number
            return number
        if kind == "paren" and self.top:
            return f"{self.top}({number})"
        return number


def _location(block: Block, number: str, counted: int) -> str:
    if block.kind in (FOOTNOTE, ENDNOTE):
        if block.kind == FOOTNOTE:
            return _("footnote %(id)s") % {"id": block.note or "?"}
        return _("endnote %(id)s") % {"id": block.note or "?"}
    if block.kind == HEADER:
        return _("header")
    if block.kind == FOOTER:
        return _("footer")
    if block.table:
        where = _("table %(table)d, row %(row)d") % {"table": block.table, "row": block.row}
    elif number:
        where = _("paragraph %(number)s") % {"number": number}
    else:
        where = _("paragraph %(number)s") % {"number": str(counted)}
    if block.page:
        return _("page %(page)d, %(where)s") % {"page": block.page, "where": where}
    return where


def passages_of(blocks: list[Block]) -> list[Passage]:
    """The passages of a document, cut by one rule whatever the format: one per line of a
    paragraph as displayed (a soft line break starts a new line, as it does in a text copy)."""
    passages: list[Passage] = []
    numbering = _Numbering()
    counted = 0
    for block in blocks:
        lines = [_SPACES.sub(" ", line).strip() for line in block.shown.split("\n")]
        lines = [
            line for line in lines if line and (block.table or not _PAGE_FURNITURE.match(line))
        ]
        for index, line in enumerate(lines):
            body = block.kind not in (FOOTNOTE, ENDNOTE, HEADER, FOOTER) and not block.table
            number = numbering.locate(line) if body else ""
            counted += 1 if body else 0
            cells = block.cells if index == 0 else ()
            notes = tuple(_("footnote %(id)s") % {"id": ref} for ref in block.refs)
            where = _location(block, number, counted)
            passages.append(Passage(line, where, block.table, cells, notes))
    return passages
