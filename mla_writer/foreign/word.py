"""A Word letter (.docx) as its reader sees it, as the blocks of the document model.

Word as offices write it: automatic numbering shown as displayed ("12.", "(b)", which live in
numbering.xml, not in the text), headings by style or outline level, tables cell by cell, real
footnotes and endnotes, headers and footers, text boxes (once, not once per fallback copy),
content controls and legacy form fields with their check boxes (☒ / ☐), soft line breaks, and
tracked changes: deleted and moved-away text is not part of the letter, inserted text is.

The archive is opened and bounded by extract.py; this module only reads parsed XML parts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from xml.etree.ElementTree import Element

from mla_writer.foreign.document import (
    CELL,
    ENDNOTE,
    FOOTER,
    FOOTNOTE,
    HEADER,
    HEADING,
    LIST_ITEM,
    PARAGRAPH,
    TEXT_BOX,
    Block,
)

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
W14 = "{http://schemas.microsoft.com/office/word/2010/wordml}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"

CHECKED, UNCHECKED = "☒", "☐"
_SKIPPED = {f"{W}del", f"{W}moveFrom", f"{W}pPr", f"{W}rPr", f"{W}sdtPr", f"{W}instrText"}
_SKIPPED |= {f"{W}delText", f"{W}fldData"}


# --------------------------------------------------------------------------- numbering


@dataclass(frozen=True)
class _Level:
    fmt: str = "decimal"
    text: str = "%1."
    start: int = 1


@dataclass
class Numbering:
    """Word's numbering definitions and the counters of the lists met so far."""

    levels: dict[str, dict[int, _Level]] = field(default_factory=dict)  # numId -> levels
    starts: dict[str, dict[int, int]] = field(default_factory=dict)  # numId -> overrides
    counters: dict[str, dict[int, int]] = field(default_factory=dict)

    @classmethod
    def read(cls, root: Element | None) -> Numbering:
        numbering = cls()
        if root is None:
            return numbering
        abstract: dict[str, dict[int, _Level]] = {}
        for definition in root.iter(f"{W}abstractNum"):
            abstract[definition.get(f"{W}abstractNumId", "")] = {
                int(level.get(f"{W}ilvl", "0")): _Level(
                    _val(level.find(f"{W}numFmt")) or "decimal",
                    _val(level.find(f"{W}lvlText")) or "",
                    int(_val(level.find(f"{W}start")) or "1"),
                )
                for level in definition.iter(f"{W}lvl")
            }
        for num in root.iter(f"{W}num"):
            num_id = num.get(f"{W}numId", "")
            numbering.levels[num_id] = abstract.get(_val(num.find(f"{W}abstractNumId")), {})
            numbering.starts[num_id] = {
                int(override.get(f"{W}ilvl", "0")): int(_val(start) or "1")
                for override in num.iter(f"{W}lvlOverride")
                if (start := override.find(f"{W}startOverride")) is not None
            }
        return numbering

    def label(self, num_id: str, level: int) -> str:
        """The number the next paragraph of this list displays ("12.", "(b)", "•")."""
        levels = self.levels.get(num_id)
        if not levels or level not in levels:
            return ""
        counters = self.counters.setdefault(num_id, {})
        definition = levels[level]
        start = self.starts.get(num_id, {}).get(level, definition.start)
        counters[level] = counters.get(level, start - 1) + 1
        for deeper in [k for k in counters if k > level]:
            del counters[deeper]
        if definition.fmt == "bullet":
            return "•"
        if definition.fmt == "none":
            return definition.text if "%" not in definition.text else ""

        def shown(match: re.Match[str]) -> str:
            index = int(match.group(1)) - 1
            other = levels.get(index, _Level())
            value = counters.get(index, self.starts.get(num_id, {}).get(index, other.start))
            return _format(value, other.fmt)

        return re.sub(r"%(\d)", shown, definition.text).strip()


_ROMAN = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc")]
_ROMAN += [(50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
_ALPHABETS = {
    "lowerLetter": "abcdefghijklmnopqrstuvwxyz",
    "upperLetter": "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "russianLower": "абвгдежзиклмнопрстуфхцчшщэюя",
    "russianUpper": "АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЩЭЮЯ",
}


def _format(value: int, fmt: str) -> str:
    if fmt in _ALPHABETS:
        letters = _ALPHABETS[fmt]
        # Word repeats the letter past the alphabet: y, z, aa, bb.
        return letters[(value - 1) % len(letters)] * ((value - 1) // len(letters) + 1)
    if fmt in ("lowerRoman", "upperRoman"):
        roman, rest = "", value
        for amount, digits in _ROMAN:
            while rest >= amount:
                roman, rest = roman + digits, rest - amount
        return roman.upper() if fmt == "upperRoman" else roman
    if fmt == "decimalZero":
        return f"{value:02d}"
    return str(value)


def _val(element: Element | None) -> str:
    return element.get(f"{W}val", "") if element is not None else ""


# --------------------------------------------------------------------------- styles


@dataclass(frozen=True)
class Styles:
    """What a paragraph style brings: its list (numId, level) and its outline level."""

    lists: dict[str, tuple[str, int]] = field(default_factory=dict)
    outline: dict[str, int] = field(default_factory=dict)

    @classmethod
    def read(cls, root: Element | None) -> Styles:
        if root is None:
            return cls()
        lists: dict[str, tuple[str, int]] = {}
        outline: dict[str, int] = {}
        based: dict[str, str] = {}
        for style in root.iter(f"{W}style"):
            style_id = style.get(f"{W}styleId", "")
            based[style_id] = _val(style.find(f"{W}basedOn"))
            properties = style.find(f"{W}pPr")
            name = _val(style.find(f"{W}name")).lower()
            heading = re.fullmatch(r"heading (\d)", name)
            if heading:
                outline[style_id] = int(heading.group(1)) - 1
            if properties is None:
                continue
            level = properties.find(f"{W}outlineLvl")
            if level is not None and _val(level).isdigit() and int(_val(level)) < 9:
                outline[style_id] = int(_val(level))
            num = properties.find(f"{W}numPr")
            if num is not None and _val(num.find(f"{W}numId")):
                lists[style_id] = (
                    _val(num.find(f"{W}numId")),
                    int(_val(num.find(f"{W}ilvl")) or 0),
                )
        for style_id in based:  # a style inherits its parent's list and outline level
            parent, seen = based[style_id], {style_id}
            while parent and parent not in seen:
                seen.add(parent)
                if style_id not in lists and parent in lists:
                    lists[style_id] = lists[parent]
                if style_id not in outline and parent in outline:
                    outline[style_id] = outline[parent]
                parent = based.get(parent, "")
        return cls(lists, outline)


# --------------------------------------------------------------------------- text


def _checkbox_state(sdt_properties: Element | None) -> str:
    """☒ / ☐ for a content control that is a check box, "" otherwise."""
    if sdt_properties is None:
        return ""
    box = sdt_properties.find(f"{W14}checkbox")
    if box is None:
        return ""
    checked = box.find(f"{W14}checked")
    value = checked.get(f"{W14}val", "0") if checked is not None else "0"
    return CHECKED if value in ("1", "true") else UNCHECKED


def _legacy_checkbox(field_char: Element) -> str:
    """☒ / ☐ for a legacy form field check box (its state lives in the field's data)."""
    box = field_char.find(f"{W}ffData/{W}checkBox")
    if box is None:
        return ""
    for name in (f"{W}checked", f"{W}default"):
        state = box.find(name)
        if state is not None:
            return UNCHECKED if state.get(f"{W}val", "1") in ("0", "false") else CHECKED
    return UNCHECKED


class _Text:
    """The text of one paragraph, and the text boxes and note references met inside it."""

    def __init__(self) -> None:
        self.pieces: list[str] = []
        self.boxes: list[Element] = []  # w:txbxContent, read as paragraphs of their own
        self.notes: list[str] = []  # the ids of the footnotes referred to

    def read(self, element: Element) -> None:
        for node in element:
            tag = node.tag
            if tag in _SKIPPED:
                continue
            if tag == f"{W}t":
                self.pieces.append(node.text or "")
            elif tag == f"{W}tab":
                self.pieces.append("\t")
            elif tag in (f"{W}br", f"{W}cr"):
                if node.get(f"{W}type") not in ("page", "column"):
                    self.pieces.append("\n")
            elif tag == f"{W}noBreakHyphen":
                self.pieces.append("-")
            elif tag == f"{W}fldChar":
                self.pieces.append(_legacy_checkbox(node))
            elif tag == f"{W}txbxContent":
                self.boxes.append(node)
            elif tag == f"{W}footnoteReference":
                self.notes.append(node.get(f"{W}id") or "")
            elif tag == f"{MC}AlternateContent":
                # The same drawing twice (a modern choice and a fallback): read one of them.
                choice = next(iter(node), None)
                if choice is not None:
                    self.read(choice)
            elif tag == f"{W}sdt":
                self._content_control(node)
            else:  # runs, insertions, hyperlinks, smart tags, fields, drawings: look inside
                self.read(node)

    def _content_control(self, node: Element) -> None:
        state = _checkbox_state(node.find(f"{W}sdtPr"))
        content = node.find(f"{W}sdtContent")
        if state:
            self.pieces.append(state)
        elif content is not None:
            self.read(content)

    @property
    def text(self) -> str:
        return re.sub(r"[ \t]*\n[ \t]*", "\n", "".join(self.pieces)).strip()


# --------------------------------------------------------------------------- the body


@dataclass
class _Reader:
    numbering: Numbering
    styles: Styles
    blocks: list[Block] = field(default_factory=list)
    tables: int = 0

    def paragraph(
        self, paragraph: Element, kind: str = PARAGRAPH, table: int = 0, row: int = 0
    ) -> None:
        reading = _Text()
        reading.read(paragraph)
        number, level, kind = self._number(paragraph, kind)
        if reading.text:
            refs = tuple(reading.notes)
            self.blocks.append(
                Block(reading.text, kind, number, level, table=table, row=row, refs=refs)
            )
        for box in reading.boxes:
            for inner in box.iter(f"{W}p"):
                self.paragraph(inner, TEXT_BOX)

    def _number(self, paragraph: Element, kind: str) -> tuple[str, int, str]:
        properties = paragraph.find(f"{W}pPr")
        style = _val(properties.find(f"{W}pStyle")) if properties is not None else ""
        num = properties.find(f"{W}numPr") if properties is not None else None
        num_id, level = self.styles.lists.get(style, ("", 0))
        if num is not None:
            num_id = _val(num.find(f"{W}numId")) or num_id
            level = int(_val(num.find(f"{W}ilvl")) or level)
        outline = self.styles.outline.get(style)
        if properties is not None and (own := properties.find(f"{W}outlineLvl")) is not None:
            outline = int(_val(own)) if _val(own).isdigit() else outline
        number = self.numbering.label(num_id, level) if num_id and num_id != "0" else ""
        if kind == PARAGRAPH and outline is not None and outline < 9:
            return number, outline, HEADING
        if kind == PARAGRAPH and number:
            return number, level, LIST_ITEM
        return number, level, kind

    def table(self, table: Element) -> None:
        self.tables += 1
        number = self.tables
        for row_number, row in enumerate(table.findall(f"{W}tr"), start=1):
            cells = row.findall(f"{W}tc") + row.findall(f"{W}sdt/{W}sdtContent/{W}tc")
            texts = tuple(_cell_text(cell) for cell in cells)
            first = len(self.blocks)
            for cell in cells:
                self.body(cell, CELL, table=number, row=row_number)
            if len(self.blocks) > first:
                head = self.blocks[first]
                self.blocks[first] = replace(head, cells=texts)

    def body(self, element: Element, kind: str = PARAGRAPH, table: int = 0, row: int = 0) -> None:
        for child in element:
            if child.tag == f"{W}p":
                self.paragraph(child, kind, table, row)
            elif child.tag == f"{W}tbl":
                self.table(child)
            elif child.tag in (f"{W}del", f"{W}moveFrom", f"{W}sectPr"):
                continue
            else:  # content controls, insertions, custom XML around paragraphs
                self.body(child, kind, table, row)


def _cell_text(cell: Element) -> str:
    texts = []
    for paragraph in _paragraphs(cell):
        reading = _Text()
        reading.read(paragraph)
        if reading.text:
            texts.append(reading.text)
    return "\n".join(texts)


def _paragraphs(element: Element) -> Iterator[Element]:
    for child in element:
        if child.tag == f"{W}p":
            yield child
        elif child.tag not in (f"{W}del", f"{W}moveFrom", f"{W}tbl"):
            yield from _paragraphs(child)


def _notes(root: Element, kind: str, numbers: dict[str, str]) -> list[Block]:
    """The notes of a notes part, numbered as Word displays them; `numbers` gets each note's
    number by its id, for the references in the body."""
    tag = "footnote" if kind == FOOTNOTE else "endnote"
    blocks = []
    for number, note in enumerate(
        (
            note
            for note in root.iter(f"{W}{tag}")
            if note.get(f"{W}type")
            not in ("separator", "continuationSeparator", "continuationNotice")
        ),
        start=1,
    ):
        texts = []
        for paragraph in _paragraphs(note):
            reading = _Text()
            reading.read(paragraph)
            texts.append(reading.text)
        text = " ".join(t for t in texts if t)
        if text:
            blocks.append(Block(text, kind, note=str(number)))
            if kind == FOOTNOTE:
                numbers[note.get(f"{W}id") or ""] = str(number)
    return blocks


def _furniture(roots: list[Element], kind: str) -> list[Block]:
    """Headers or footers, each distinct line once (a first-page and a default header often
    repeat each other)."""
    seen: list[str] = []
    for root in roots:
        for paragraph in _paragraphs(root):
            reading = _Text()
            reading.read(paragraph)
            for line in reading.text.split("\n"):
                if line.strip() and line.strip() not in seen:
                    seen.append(line.strip())
    return [Block(line, kind) for line in seen]


def word_blocks(parts: dict[str, Element]) -> list[Block]:
    """The blocks of a Word letter from its parsed parts (by name inside the archive)."""
    reader = _Reader(
        Numbering.read(parts.get("word/numbering.xml")), Styles.read(parts.get("word/styles.xml"))
    )
    headers = [
        root for name, root in sorted(parts.items()) if re.fullmatch(r"word/header\d*\.xml", name)
    ]
    footers = [
        root for name, root in sorted(parts.items()) if re.fullmatch(r"word/footer\d*\.xml", name)
    ]
    document = parts["word/document.xml"]
    body = document.find(f"{W}body")
    reader.body(body if body is not None else document)
    notes: list[Block] = []
    numbers: dict[str, str] = {}
    for name, kind in (("word/footnotes.xml", FOOTNOTE), ("word/endnotes.xml", ENDNOTE)):
        if name in parts:
            notes += _notes(parts[name], kind, numbers)
    body_blocks = [
        replace(block, refs=tuple(numbers[ref] for ref in block.refs if ref in numbers))
        if block.refs
        else block
        for block in reader.blocks
    ]
    return _furniture(headers, HEADER) + body_blocks + notes + _furniture(footers, FOOTER)
