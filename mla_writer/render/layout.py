"""Layout primitives: paragraphs in a named style, runs, tables, labelled fields.

A `Layout` writes into one document made from the template: every paragraph and table takes a
style of the template by name, in the letter's script and direction. It knows nothing of a
request; the section writers (`mla_writer.render.sections`) decide what goes where.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from docx.document import Document
from docx.shared import Length

import mla_writer.render.ooxml as ooxml
from mla_writer.render.formatting import LetterFormat, LetterWording, paragraphs
from mla_writer.render.template import LoadedTemplate
from mla_writer.translation.localize import MARK_START, marked_pieces

EAST_ASIAN_LANGUAGES = frozenset({"zh", "ja", "ko"})
"""Letter languages whose runs prefer the East Asian font for shared punctuation."""
RIGHT_TO_LEFT_LABEL_SCALE = 1.25
"""How much wider the label column of a details table is in a right-to-left letter."""
LATIN_IN_EAST_ASIAN_LETTERS = "en-GB"
"""The language of Latin-script words in an East Asian letter, as Word's Chinese documents do."""

TEXT_WIDTH = 9072  # twips: A4 (11906) less 2.5 cm margins each side, as in the base template

Run = str | tuple[str, str | None]
"""A piece of text, or (text, character style name)."""


def letter_script(fmt: LetterFormat) -> ooxml.Script:
    """The script and direction of a letter written as `fmt` writes."""
    east_asian = fmt.language in EAST_ASIAN_LANGUAGES
    return ooxml.Script(
        fmt.tag,
        right_to_left=fmt.right_to_left,
        east_asian=east_asian,
        # Latin-script words in a Chinese letter (names, references) are not Chinese.
        latin_tag=LATIN_IN_EAST_ASIAN_LETTERS if east_asian else None,
    )


class Layout:
    """Writes paragraphs and tables at the end of a fresh document's body, or into a container."""

    def __init__(
        self,
        document: Document,
        template: LoadedTemplate,
        script: ooxml.Script,
        wording: LetterWording,
    ) -> None:
        self.document = document
        self.template = template
        self.script = script
        self.wording = wording
        self.right_to_left = script.right_to_left
        self.end = document.element.body.sectPr  # the body's content goes before it
        section = document.sections[0]
        page, left, right = section.page_width, section.left_margin, section.right_margin
        self.text_width = (
            Length(page - left - right).twips if page and left and right else TEXT_WIDTH
        )

    def style_id(self, name: str) -> str:
        return self.template.style_ids[name]

    def para(
        self,
        style: str,
        *runs: Run,
        container: Any = None,
        keep_with_next: bool = False,
        page_break_before: bool = False,
    ) -> Any:
        """A paragraph (`w:p`) of `style` holding `runs`, at the end of the body or of a
        container (a table cell, the header)."""
        p = ooxml.new_paragraph(
            self.end if container is None else container,
            self.style_id(style),
            append=container is not None,
            keep_with_next=keep_with_next,
            page_break_before=page_break_before,
            bidi=self.right_to_left,
        )
        ooxml.add_runs(p, self._runs(runs), self.script)
        return p

    def _runs(self, runs: Sequence[Run]) -> list[tuple[str, str | None]]:
        resolved = []
        for run in runs:
            text, character_style = (run, None) if isinstance(run, str) else run
            style = self.style_id(character_style) if character_style else None
            if MARK_START not in text:
                resolved.append((text, style))
                continue
            # A draft's marks on untranslated text show as its missing items do.
            for piece, marked in marked_pieces(text):
                resolved.append((piece, self.style_id("Placeholder") if marked else style))
        return resolved

    def cell_para(self, cell: Any, style: str, *runs: Run) -> Any:
        """A paragraph at the end of a table cell (`w:tc`)."""
        return self.para(style, *runs, container=cell)

    def widths(self, *columns: int) -> list[int]:
        """Column widths for the page's text width: `columns` as drawn for the base template's
        A4 page, scaled to an office template's page, the last column taking the rest."""
        scaled = [round(width * self.text_width / TEXT_WIDTH) for width in columns]
        return [*scaled, self.text_width - sum(scaled)]

    def table(
        self, rows: int, widths: list[int], style: str, *, header: bool = False
    ) -> list[list[Any]]:
        """A table at the end of the body; its cells by row."""
        return ooxml.add_table(
            self.end,
            self.style_id(style),
            widths,
            rows,
            header=header,
            right_to_left=self.right_to_left,
        )

    def field(self, label: str, value: str, style: str = "Field Line") -> None:
        """`Label: value`, the label in bold; a value of several paragraphs goes below its label."""
        parts = paragraphs(value) if "\n" in value else [value]
        if len(parts) == 1:
            self.para(style, (self.wording.label_before_value(label), "Strong"), parts[0])
            return
        self.para(style, (self.wording.label(label), "Strong"), keep_with_next=True)
        for part in parts:
            self.para(style, part)

    def details_table(self, rows: list[tuple[str, list[Run]]], label_width: int = 2268) -> None:
        """A two-column table of labels and values (addresses, references, the proceedings)."""
        if self.right_to_left:
            # Arabic labels are set larger (complex-script size) and run longer than English.
            label_width = round(label_width * RIGHT_TO_LEFT_LABEL_SCALE)
        table = self.table(len(rows), self.widths(label_width), "Details Table")
        for row, (label, runs) in zip(table, rows, strict=True):
            self.cell_para(row[0], "Table Heading", self.wording.label(label))
            self.cell_para(row[1], "Table Text", *runs)

    def last_paragraph(self, container: Any = None) -> Any:
        """The paragraph (`w:p`) written last in the body (in a table cell or not), or in a
        container (a table cell)."""
        element = self.document.element.body if container is None else container
        return element.xpath(".//w:p")[-1]

    def comment(self, paragraph: Any, text: str) -> None:
        """A Word comment in the margin, on `paragraph` (a draft's warnings)."""
        ooxml.add_comment(self.document, paragraph, text, self.script)

    def fill_empty_cells(self) -> None:
        """An empty paragraph in every empty table cell, as Word requires."""
        ooxml.fill_empty_cells(
            self.document.element.body, self.style_id("Table Text"), bidi=self.right_to_left
        )
