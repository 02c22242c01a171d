"""The OOXML helpers that fill python-docx's gaps write elements in schema order."""

from __future__ import annotations

import docx
from docx.oxml.ns import qn

from mla_writer.render import ooxml


def child_tags(element: object) -> list[str]:
    return [child.tag.split("}")[1] for child in element]  # type: ignore[attr-defined]


def test_bidi_goes_before_spacing_and_alignment_in_paragraph_properties() -> None:
    document = docx.Document()
    paragraph = document.add_paragraph("نص")
    paragraph.paragraph_format.space_after = 0
    paragraph.alignment = 2
    ooxml.set_paragraph_bidi(paragraph)
    assert child_tags(paragraph._p.pPr) == ["bidi", "spacing", "jc"]
    ooxml.set_paragraph_bidi(paragraph)  # idempotent
    assert child_tags(paragraph._p.pPr).count("bidi") == 1


def test_run_language_is_set_once_and_after_fonts_and_size() -> None:
    document = docx.Document()
    run = document.add_paragraph().add_run("text")
    run.bold = True
    run.font.size = 240000
    ooxml.set_run_language(run._r, "fr-FR")
    ooxml.set_run_language(run._r, "en-GB")
    tags = child_tags(run._r.rPr)
    assert tags == ["b", "sz", "lang"]
    lang = run._r.rPr.find(qn("w:lang"))
    assert lang.get(qn("w:val")) == lang.get(qn("w:eastAsia")) == lang.get(qn("w:bidi")) == "en-GB"


def test_page_field_is_a_complete_complex_field() -> None:
    document = docx.Document()
    paragraph = document.add_paragraph()
    ooxml.add_field(paragraph._p, "NUMPAGES", "1", "en-GB")
    runs = paragraph._p.findall(qn("w:r"))
    assert [child_tags(r)[-1] for r in runs] == ["fldChar", "instrText", "fldChar", "t", "fldChar"]
    assert paragraph._p.find(".//" + qn("w:instrText")).text == " NUMPAGES "


def test_east_asian_font_is_set_in_the_style() -> None:
    document = docx.Document()
    style = document.styles["Normal"]
    ooxml.set_east_asian_font(style, "SimSun")
    fonts = style.element.rPr.find(qn("w:rFonts"))
    assert fonts.get(qn("w:eastAsia")) == "SimSun"


def test_table_has_fixed_widths_in_grid_and_cells_and_a_repeating_header() -> None:
    document = docx.Document()
    before = document.element.body.sectPr
    cells = ooxml.add_table(before, "TableGrid", [2000, 7000], 2, header=True)
    ooxml.fill_empty_cells(document.element.body, "Normal")
    table = document.tables[0]
    grid = [int(c.get(qn("w:w"))) for c in table._tbl.tblGrid.findall(qn("w:gridCol"))]
    assert grid == [2000, 7000]
    assert [cell.width.twips for cell in table.rows[1].cells] == [2000, 7000]
    assert table._tbl.tblPr.find(qn("w:tblLayout")).get(qn("w:type")) == "fixed"
    assert child_tags(table._tbl.tblPr) == ["tblStyle", "tblW", "tblLayout", "tblLook"]
    first_row = table._tbl.tr_lst[0].trPr
    assert child_tags(first_row) == ["cantSplit", "tblHeader"]
    assert all(tc.find(qn("w:p")) is not None for row in cells for tc in row)
    assert document.element.body[-1] is before  # the section properties stay last


def test_runs_turn_newlines_and_tabs_into_breaks_and_keep_spaces() -> None:
    document = docx.Document()
    p = ooxml.new_paragraph(document.element.body.sectPr, "Normal", append=False)
    ooxml.add_runs(p, [("1.\tFirst line\nsecond ", None), ("", None)], "en-GB")
    paragraph = document.paragraphs[-1]
    assert paragraph.text == "1.\tFirst line\nsecond "
    run = p.findall(qn("w:r"))
    assert len(run) == 1
    assert child_tags(run[0]) == ["rPr", "t", "tab", "t", "br", "t"]
    assert run[0].findall(qn("w:t"))[-1].get(qn("xml:space")) == "preserve"
