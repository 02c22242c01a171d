"""A bilingual letter: the letter in the language its free text is written in and in the letter's
language, side by side, as some central authorities ask for.

Both letters are built from the same case by the same builder, so they have the same paragraphs
in the same order: each paragraph is a row of a two-column table, the original on the left and
the translation on the right, so that the two stay level (where a part's paragraphs differ, the
part is one row). Tables become paragraphs with their labels above their values, justified
text is set flush with the column's start, and words are hyphenated: half a page is too narrow
for a label column or justification. The acknowledgement form comes first, once, in the letter's
language, on one page. The document is the translated letter (its header, footer, properties
and embedded case), with its body laid out so.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm
from docx.text.paragraph import Paragraph

from mla_writer.checklist import CheckContext, Report, check
from mla_writer.errors import MlaError, OutputExistsError
from mla_writer.i18n import _, base_language, ui_language
from mla_writer.model import LetterOfRequest
from mla_writer.outputs import atomic_write
from mla_writer.places import language_name
from mla_writer.render import build_document
from mla_writer.render.ooxml import document_bytes, set_auto_hyphenation, set_paragraph_bidi

if TYPE_CHECKING:
    from docx.document import Document

# Paragraph styles that start a new row: every heading and the fixed parts of the first page.
# Paragraph styles that start a new part, where the two letters' paragraphs cannot be paired
# one by one: every heading and the fixed parts of the first page.
_ROW_STARTS = ("Title", "NoticeTitle", "DateLine", "LetterSubject", "Closing")
# The acknowledgement form at the top of the letter: set once, in the letter's language, at the
# full width of the page (the requested State fills it in; it reads the letter's language).
_FORM_STYLES = ("Title", "CoverNote", "ReturnAddress", "NoticeSpacer", "FormTable")
# Paragraph styles whose row stays with the next one (a heading never ends a page).
_KEPT_WITH_NEXT = ("Title", "NoticeTitle", "Heading1", "Heading2", "Heading3", "TableHeading")
_JUSTIFIED = (WD_ALIGN_PARAGRAPH.JUSTIFY, WD_ALIGN_PARAGRAPH.DISTRIBUTE)
_WIDE_INDENT = Cm(4)
_LIST_INDENT = Cm(0.8)
_SIGNATURE_LINE = "_" * 24  # the line to sign on, as wide as half a page allows


class BilingualLayoutError(MlaError):
    """The two letters do not have the same parts, so they cannot be set side by side."""


def _style(element: Any) -> str:
    """The paragraph or table style of a body element ("" for none)."""
    paragraph = element.tag == qn("w:p")
    path = "w:pPr/w:pStyle" if paragraph else "w:tblPr/w:tblStyle"
    style = element.find("/".join(qn(tag) for tag in path.split("/")))
    return str(style.get(qn("w:val"))) if style is not None else ""


def _starts_part(element: Any) -> bool:
    name = _style(element) if element.tag == qn("w:p") else ""
    return name.startswith("Heading") or name in _ROW_STARTS


def _body(document: Document) -> list[Any]:
    return [element for element in document.element.body if element.tag != qn("w:sectPr")]


def _split_form(elements: list[Any]) -> tuple[list[Any], list[Any]]:
    """The acknowledgement form that opens the letter (none if switched off), and the rest."""
    count = 0
    while count < len(elements) and _style(elements[count]) in _FORM_STYLES:
        count += 1
    has_form = any(_style(element) == "FormTable" for element in elements[:count])
    return (elements[:count], elements[count:]) if has_form else ([], elements)


def _parts(elements: list[Any]) -> list[list[Any]]:
    """The elements grouped into parts, each starting at a heading or a fixed part."""
    parts: list[list[Any]] = []
    for element in elements:
        if not parts or _starts_part(element):
            parts.append([])
        parts[-1].append(element)
    return parts


def _rows(left: list[Any], right: list[Any]) -> list[tuple[list[Any], list[Any]]]:
    """One row per paragraph where both letters have the same paragraphs; one per part where
    they differ (so that the next part starts level again)."""
    left_parts, right_parts = _parts(left), _parts(right)
    if len(left_parts) != len(right_parts):  # pragma: no cover - same builder, same structure
        raise BilingualLayoutError(
            _("The two letters do not have the same parts; write them separately.")
        )
    rows: list[tuple[list[Any], list[Any]]] = []
    for left_part, right_part in zip(left_parts, right_parts, strict=True):
        if [_style(e) for e in left_part] == [_style(e) for e in right_part]:
            for a, b in zip(left_part, right_part, strict=True):
                rows += _paired(a, b)
        else:
            rows.append((left_part, right_part))
    return rows


def _blocks(table: Any) -> list[list[Any]]:
    """Each row of a table of the letter as paragraphs, labels above values: a label column, or
    a header row over several columns, cannot be narrowed to half a page without breaking its
    words. A persons table gives one block per person."""
    rows = table.findall(qn("w:tr"))
    header: list[list[Any]] = []
    if rows and rows[0].find(f"{qn('w:trPr')}/{qn('w:tblHeader')}") is not None:
        header = [cell.findall(qn("w:p")) for cell in rows[0].findall(qn("w:tc"))]
        rows = rows[1:]
    blocks: list[list[Any]] = []
    for row in rows:
        paragraphs: list[Any] = []
        cells = [cell.findall(qn("w:p")) for cell in row.findall(qn("w:tc"))]
        for index, cell in enumerate(cells):
            if not "".join(text for p in cell for text in p.itertext()).strip():
                continue  # an empty cell says nothing
            label = header[index] if index < len(header) else []
            if not header and index == 0 and len(cells) > 1:
                label, cell = cell, []  # the row's label, above the value of the next cell
            paragraphs += [copy.deepcopy(p) for p in (*label, *cell)]
        blocks.append(paragraphs)
    return blocks


def _paired(left: Any, right: Any) -> list[tuple[list[Any], list[Any]]]:
    """The rows of one pair of elements: a table's rows side by side, one by one."""
    if left.tag == right.tag == qn("w:tbl"):
        left_blocks, right_blocks = _blocks(left), _blocks(right)
        if len(left_blocks) == len(right_blocks):
            return list(zip(left_blocks, right_blocks, strict=True))
    return [([left], [right])]


@dataclass(frozen=True)
class _ColumnStyles:
    """What the letter's paragraph styles do that half a page has no room for."""

    justified: frozenset[str]
    """Styles that justify text."""
    indents: dict[str, tuple[int, int | None]]
    """Style -> (left indent, first-line indent) in a column: the signature block at the
    column's start, lists indented by less."""


def _column_styles(document: Document) -> _ColumnStyles:
    """The styles to set otherwise in a column, directly or through the styles they are based on."""
    justified: set[str] = set()
    indents: dict[str, tuple[int, int | None]] = {}
    for style in document.styles:
        if not hasattr(style, "paragraph_format"):
            continue
        if _inherited(style, "alignment") in _JUSTIFIED:
            justified.add(style.style_id)
        left = _inherited(style, "left_indent") or 0
        first = _inherited(style, "first_line_indent")
        if left > _WIDE_INDENT:
            indents[style.style_id] = (0, None)
        elif left > _LIST_INDENT:
            hanging = max(first, -_LIST_INDENT) if first is not None else None
            indents[style.style_id] = (_LIST_INDENT, hanging)
    return _ColumnStyles(frozenset(justified), indents)


def _inherited(style: Any, name: str) -> Any:
    """A paragraph property of a style, from the style or the nearest one it is based on."""
    current = style
    while current is not None and hasattr(current, "paragraph_format"):
        value = getattr(current.paragraph_format, name)
        if value is not None:
            return value
        current = current.base_style
    return None


def _fill(cell: Any, elements: list[Any], styles: _ColumnStyles, *, left_to_right: bool) -> None:
    """Put copies of `elements` into `cell`, tables as paragraphs, flush with the column's start
    (justified text in half a page opens wide gaps, and letter-spaces Chinese); `left_to_right`
    where the document's defaults are right-to-left but these paragraphs are not."""
    tc = cell._tc
    for paragraph in tc.findall(qn("w:p")):
        tc.remove(paragraph)
    for element in elements:
        if element.tag == qn("w:tbl"):
            copies = [paragraph for block in _blocks(element) for paragraph in block]
        else:
            copies = [copy.deepcopy(element)]
        for piece in copies:
            tc.append(piece)
    if tc.find(qn("w:p")) is None:
        tc.append(tc.makeelement(qn("w:p"), {}))  # a cell ends with a paragraph
    # Page breaks inside a table push rows to new pages: in the side-by-side layout the text
    # flows, and only a heading (or a label) stays with what follows it.
    for brk in [*tc.iter(qn("w:pageBreakBefore")), *tc.iter(qn("w:br"))]:
        if brk.tag == qn("w:pageBreakBefore") or brk.get(qn("w:type")) == "page":
            brk.getparent().remove(brk)
    for paragraph in tc.iter(qn("w:p")):
        layout = Paragraph(paragraph, cell).paragraph_format
        layout.keep_with_next = _style(paragraph) in _KEPT_WITH_NEXT or None
        layout.keep_together = None
        layout.page_break_before = None
        if _style(paragraph) in styles.justified or layout.alignment in _JUSTIFIED:
            layout.alignment = WD_ALIGN_PARAGRAPH.LEFT  # the start: Word reads it logically
        if _style(paragraph) in styles.indents:
            layout.left_indent, first_line = styles.indents[_style(paragraph)]
            if first_line is not None:
                layout.first_line_indent = first_line
        for text in paragraph.iter(qn("w:t")):
            if text.text and len(text.text) > len(_SIGNATURE_LINE) and set(text.text) == {"_"}:
                text.text = _SIGNATURE_LINE
        if left_to_right:
            set_paragraph_bidi(Paragraph(paragraph, cell), on=False)


def _keep_together(document: Document, elements: list[Any]) -> None:
    """The acknowledgement form on one page: each of its paragraphs kept with the next."""
    paragraphs = [p for element in elements for p in element.iter(qn("w:p"))]
    for paragraph in paragraphs[:-1]:
        Paragraph(paragraph, document.part).paragraph_format.keep_with_next = True


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
    right_form, right_rest = _split_form(_body(right))
    rows = _rows(_split_form(_body(left))[1], right_rest)
    column_styles = _column_styles(right)
    body = right.element.body
    for element in _body(right):
        body.remove(element)
    for element in right_form:  # the form, in the letter's language only, at full width
        body.sectPr.addprevious(element)
    _keep_together(right, right_form)
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
    for left_part, right_part in rows:
        row = table.add_row()
        for cell, part, ltr in zip(row.cells, (left_part, right_part), (reset, False), strict=True):
            cell.width = width // 2
            _fill(cell, part, column_styles, left_to_right=ltr)
    set_auto_hyphenation(right)
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
