"""A bilingual letter: the letter in the language its free text is written in and in the letter's
language, side by side, as some central authorities ask for.

Both letters are built from the same case by the same builder, so they have the same parts in
the same order: each heading (a point, an item of assistance, an offence) and each fixed part
before the first point (notices, date, subject, salutation) starts a row of a two-column table,
the original on the left and the translation on the right. The document is the translated
letter (its header, footer, properties and embedded case), with its body laid out in that table.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import TYPE_CHECKING, Any

from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from mla_writer.checklist import CheckContext, Report, check
from mla_writer.errors import MlaError, OutputExistsError
from mla_writer.i18n import _, base_language, ui_language
from mla_writer.model import LetterOfRequest
from mla_writer.outputs import atomic_write
from mla_writer.places import language_name
from mla_writer.render import build_document
from mla_writer.render.ooxml import document_bytes, set_paragraph_bidi

if TYPE_CHECKING:
    from docx.document import Document

# Paragraph styles that start a new row: every heading and the fixed parts of the first page.
_ROW_STARTS = ("Title", "NoticeTitle", "DateLine", "LetterSubject", "Closing")


class BilingualLayoutError(MlaError):
    """The two letters do not have the same parts, so they cannot be set side by side."""


def _starts_row(element: Any) -> bool:
    if element.tag != qn("w:p"):
        return False
    style = element.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
    name = style.get(qn("w:val")) if style is not None else ""
    return name.startswith("Heading") or name in _ROW_STARTS


def _parts(document: Document) -> list[list[Any]]:
    """The body's elements grouped into the parts that make the table's rows."""
    parts: list[list[Any]] = []
    for element in document.element.body:
        if element.tag == qn("w:sectPr"):
            continue
        if not parts or _starts_row(element):
            parts.append([])
        parts[-1].append(element)
    return parts


_HALF = 0.47  # a column's share of the text width, cell margins deducted


def _fit_to_half(content: Any) -> None:
    """Shrink the tables in `content`, made for the full text width, to one column's width."""
    for sized in content.iter(qn("w:gridCol"), qn("w:tcW"), qn("w:tblW"), qn("w:tblInd")):
        width = sized.get(qn("w:w"))
        if width and width.lstrip("-").isdigit() and sized.get(qn("w:type"), "dxa") == "dxa":
            sized.set(qn("w:w"), str(int(int(width) * _HALF)))


# Children of w:tblPr that come before w:bidiVisual (CT_TblPr sequence).
_TBLPR_BEFORE_BIDI = {qn("w:tblStyle"), qn("w:tblpPr"), qn("w:tblOverlap")}


def _left_to_right_table(properties: Any) -> None:
    """First column on the left, whatever the document's direction (`w:bidiVisual` off)."""
    for old in properties.findall(qn("w:bidiVisual")):
        properties.remove(old)
    visual = properties.makeelement(qn("w:bidiVisual"), {qn("w:val"): "0"})
    before = [child for child in properties if child.tag in _TBLPR_BEFORE_BIDI]
    if before:
        before[-1].addnext(visual)
    else:
        properties.insert(0, visual)


def _fill(cell: Any, elements: list[Any], *, left_to_right: bool = False) -> None:
    """Put copies of `elements` into `cell`; `left_to_right` where the document's defaults are
    right-to-left but these paragraphs are not."""
    tc = cell._tc
    for paragraph in tc.findall(qn("w:p")):
        tc.remove(paragraph)
    for element in elements:
        tc.append(copy.deepcopy(element))
    if not elements or elements[-1].tag != qn("w:p"):
        tc.append(tc.makeelement(qn("w:p"), {}))  # a cell ends with a paragraph
    # Page breaks and "keep with next" inside a table chain the rows together and push them to
    # new pages: in the side-by-side layout the text simply flows.
    for brk in [*tc.iter(qn("w:pageBreakBefore")), *tc.iter(qn("w:br"))]:
        if brk.tag == qn("w:pageBreakBefore") or brk.get(qn("w:type")) == "page":
            brk.getparent().remove(brk)
    for paragraph in tc.iter(qn("w:p")):
        layout = Paragraph(paragraph, cell).paragraph_format
        layout.keep_with_next = False
        layout.keep_together = False
        layout.page_break_before = False
        if left_to_right:
            set_paragraph_bidi(Paragraph(paragraph, cell), on=False)
    for properties in tc.iter(qn("w:tblPr")):
        if left_to_right:
            _left_to_right_table(properties)
    for table in tc.findall(qn("w:tbl")):
        _fit_to_half(table)


def _right_to_left(language: str) -> bool:
    from babel import Locale

    return bool(Locale.parse(base_language(language)).text_direction == "rtl")


def build_bilingual(
    request: LetterOfRequest,
    *,
    language: str,
    draft: bool = False,
    template: Path | None = None,
    context: CheckContext | None = None,
    report: Report | None = None,
) -> Document:
    """The letter in its original and in `language`, side by side; `report` as for
    `build_document` (computed once here if not given, for both letters)."""
    original = request.language.source_language()
    if base_language(original) == base_language(language):
        raise BilingualLayoutError(
            _(
                "A bilingual letter needs a translation: the free text is already in "
                "%(language)s. Choose the other language with --lang."
            )
            % {"language": language_name(original, ui_language())}
        )
    context = context or CheckContext()
    report = report or check(request, context)
    left = build_document(
        request, language=original, draft=draft, template=template, context=context, report=report
    )
    right = build_document(
        request, language=language, draft=draft, template=template, context=context, report=report
    )
    left_parts, right_parts = _parts(left), _parts(right)
    if len(left_parts) != len(right_parts):  # pragma: no cover - same builder, same structure
        raise BilingualLayoutError(
            _("The two letters do not have the same parts; write them separately.")
        )
    body = right.element.body
    for part in right_parts:
        for element in part:
            body.remove(element)
    table = right.add_table(rows=0, cols=2)
    table.autofit = False
    section = right.sections[0]
    # The template sets every page dimension; python-docx types them as optional.
    assert (
        section.page_width and section.left_margin is not None and section.right_margin is not None
    )
    width = section.page_width - section.left_margin - section.right_margin
    # A right-to-left letter's document makes every paragraph right-to-left by default; the
    # original beside it keeps its own direction.
    reset = _right_to_left(language) and not _right_to_left(original)
    for left_part, right_part in zip(left_parts, right_parts, strict=True):
        row = table.add_row()
        for cell, part, ltr in zip(row.cells, (left_part, right_part), (reset, False), strict=True):
            cell.width = width // 2
            _fill(cell, part, left_to_right=ltr)
    return right


def render_bilingual(
    request: LetterOfRequest,
    output: Path,
    *,
    language: str,
    draft: bool = False,
    template: Path | None = None,
    force: bool = False,
    context: CheckContext | None = None,
    report: Report | None = None,
) -> Path:
    """Write the bilingual letter to `output` atomically (refusals as for `render_letter`)."""
    output = Path(output)
    if output.exists() and not force:
        raise OutputExistsError(output)
    document = build_bilingual(
        request,
        language=language,
        draft=draft,
        template=template,
        context=context,
        report=report,
    )
    atomic_write(output, document_bytes(document), force=force, mode=0o600)
    return output
