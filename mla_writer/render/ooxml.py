"""The one place that works around python-docx's gaps at the OOXML level.

python-docx has no API for: the language of a run, page fields (PAGE, NUMPAGES), paragraph
direction (bidi), East Asian fonts, cell shading, custom XML parts. Each gap is filled here once,
in schema order, so that the builder (letter.py) only calls these functions and uses styles.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml.ns import qn
from docx.oxml.parser import OxmlElement

if TYPE_CHECKING:
    from docx.document import Document
    from docx.styles.style import BaseStyle
    from docx.table import Table
    from docx.text.paragraph import Paragraph

CUSTOM_XML_PROPS_CONTENT_TYPE = (
    "application/vnd.openxmlformats-officedocument.customXmlProperties+xml"
)
_DS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/customXml"

# Children of w:rPr that must come before w:lang (ECMA-376 CT_RPr sequence); w:lang itself is
# followed only by eastAsianLayout, specVanish and oMath.
_RPR_AFTER_LANG = (qn("w:eastAsianLayout"), qn("w:specVanish"), qn("w:oMath"))
# Children of w:pPr that come after w:bidi (CT_PPrBase sequence).
_PPR_AFTER_BIDI = tuple(
    qn(f"w:{name}")
    for name in (
        "adjustRightInd",
        "snapToGrid",
        "spacing",
        "ind",
        "contextualSpacing",
        "mirrorIndents",
        "suppressOverlap",
        "jc",
        "textDirection",
        "textAlignment",
        "textboxTightWrap",
        "outlineLvl",
        "divId",
        "cnfStyle",
        "rPr",
        "sectPr",
        "pPrChange",
    )
)


def language_element(language_tag: str) -> OxmlElement:
    """A `w:lang` for a BCP 47 tag; the same tag serves Latin, East Asian and complex scripts."""
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), language_tag)
    lang.set(qn("w:eastAsia"), language_tag)
    lang.set(qn("w:bidi"), language_tag)
    return lang


def set_run_language(run_element: OxmlElement, language_tag: str) -> None:
    """Mark a run's text as written in `language_tag`, so that Word proof-reads it in it."""
    rpr = run_element.get_or_add_rPr()
    for old in rpr.findall(qn("w:lang")):
        rpr.remove(old)
    lang = language_element(language_tag)
    successor = next((child for child in rpr if child.tag in _RPR_AFTER_LANG), None)
    if successor is None:
        rpr.append(lang)
    else:
        successor.addprevious(lang)


def set_default_language(document: Document, language_tag: str) -> None:
    """The document defaults' language (what new text typed during proofing gets)."""
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles.insert(0, defaults)
    rpr_default = defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        rpr_default = OxmlElement("w:rPrDefault")
        defaults.insert(0, rpr_default)
    rpr = rpr_default.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        rpr_default.append(rpr)
    for old in rpr.findall(qn("w:lang")):
        rpr.remove(old)
    successor = next((child for child in rpr if child.tag in _RPR_AFTER_LANG), None)
    lang = language_element(language_tag)
    if successor is None:
        rpr.append(lang)
    else:
        successor.addprevious(lang)
    settings = document.settings.element
    theme_lang = settings.find(qn("w:themeFontLang"))
    if theme_lang is not None:
        theme_lang.set(qn("w:val"), language_tag)


def set_paragraph_bidi(paragraph: Paragraph, on: bool = True) -> None:
    """Right-to-left paragraph direction (`w:bidi`), inserted in schema order."""
    ppr = paragraph._p.get_or_add_pPr()
    for old in ppr.findall(qn("w:bidi")):
        ppr.remove(old)
    bidi = OxmlElement("w:bidi")
    if not on:
        bidi.set(qn("w:val"), "0")
    successor = next((child for child in ppr if child.tag in _PPR_AFTER_BIDI), None)
    if successor is None:
        ppr.append(bidi)
    else:
        successor.addprevious(bidi)


def set_east_asian_font(style: BaseStyle, font_name: str) -> None:
    """`font.name` sets only ascii/hAnsi: set the East Asian font of a style too."""
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    fonts.set(qn("w:eastAsia"), font_name)


def add_field(paragraph: Paragraph, instruction: str, shown: str, language_tag: str) -> None:
    """A complex field (PAGE, NUMPAGES...) that Word and LibreOffice update when laying out."""
    p = paragraph._p
    for kind, text in (("begin", None), ("instr", instruction), ("separate", None)):
        run = p.add_r()
        set_run_language(run, language_tag)
        if kind == "instr":
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = f" {text} "
            run.append(instr)
        else:
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), kind)
            run.append(char)
    result = p.add_r()
    set_run_language(result, language_tag)
    result.text = shown
    end = p.add_r()
    char = OxmlElement("w:fldChar")
    char.set(qn("w:fldCharType"), "end")
    end.append(char)


def set_cell_shading(cell_element: OxmlElement, fill: str) -> None:
    tcpr = cell_element.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    tcpr.append(shading)


def set_column_widths(table: Table, widths_twips: list[int]) -> None:
    """Fixed column widths that both Word (tcW) and LibreOffice (tblGrid) honour."""
    tbl = table._tbl
    tbl_pr = tbl.tblPr
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    tbl_w = tbl_pr.find(qn("w:tblW"))
    if tbl_w is None:
        tbl_w = OxmlElement("w:tblW")
        tbl_pr.append(tbl_w)
    tbl_w.set(qn("w:w"), str(sum(widths_twips)))
    tbl_w.set(qn("w:type"), "dxa")
    # tblLayout follows tblW, tblJc, tblCellSpacing, tblInd, tblBorders, shd in CT_TblPr.
    successor = next(
        (
            child
            for child in tbl_pr
            if child.tag in (qn("w:tblCellMar"), qn("w:tblLook"), qn("w:tblCaption"))
        ),
        None,
    )
    if successor is None:
        tbl_pr.append(layout)
    else:
        successor.addprevious(layout)
    for grid_col, width in zip(tbl.tblGrid.findall(qn("w:gridCol")), widths_twips, strict=False):
        grid_col.set(qn("w:w"), str(width))
    for tr in tbl.tr_lst:
        for tc, width in zip(tr.tc_lst, widths_twips, strict=False):
            tc_w = tc.get_or_add_tcPr().get_or_add_tcW()
            tc_w.type = "dxa"
            tc_w.w = width


def mark_header_row(table: Table) -> None:
    """Repeat the first row on every page the table spans."""
    tr_pr = table._tbl.tr_lst[0].get_or_add_trPr()
    tr_pr.append(OxmlElement("w:tblHeader"))


def keep_row_together(table: Table) -> None:
    """Rows never split across pages (a person's details stay on one page)."""
    for tr in table._tbl.tr_lst:
        tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))


def add_custom_xml_part(document: Document, xml: bytes, item_id: str, schema_uri: str) -> Part:
    """Attach `xml` as a custom XML data part (kept by Word on save), with its properties part."""
    package = document.part.package
    item_name = package.next_partname("/customXml/item%d.xml")
    number = item_name.idx
    item = Part(PackURI(item_name), "application/xml", xml, package)
    properties = (
        "<?xml version='1.0' encoding='UTF-8' standalone='no'?>\n"
        f'<ds:datastoreItem ds:itemID="{item_id}" xmlns:ds="{_DS_NS}">'
        f'<ds:schemaRefs><ds:schemaRef ds:uri="{schema_uri}"/></ds:schemaRefs>'
        "</ds:datastoreItem>"
    ).encode()
    props = Part(
        PackURI(f"/customXml/itemProps{number}.xml"),
        CUSTOM_XML_PROPS_CONTENT_TYPE,
        properties,
        package,
    )
    item.relate_to(props, RT.CUSTOM_XML_PROPS)
    document.part.relate_to(item, RT.CUSTOM_XML)
    return item
