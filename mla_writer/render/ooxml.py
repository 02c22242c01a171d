"""The one place that works around python-docx's gaps at the OOXML level.

python-docx has no API for: the language of a run, page fields (PAGE, NUMPAGES), paragraph
direction (bidi), East Asian fonts, fixed table widths, custom XML parts, a comment on a
paragraph written at the XML level; and python-docx's
element API is slow for thousands of elements, so paragraphs, runs and tables are written here. Each gap is filled here once,
in schema order, so that the builder (letter.py) only calls these functions and uses styles.
"""

from __future__ import annotations

import copy
import io
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any, cast

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.opc.phys_pkg import PhysPkgWriter
from docx.opc.pkgwriter import PackageWriter
from docx.oxml.ns import qn
from docx.oxml.parser import OxmlElement
from docx.oxml.text.run import CT_R
from docx.text.paragraph import Paragraph
from lxml import etree
from lxml.etree import SubElement

if TYPE_CHECKING:
    from docx.document import Document
    from docx.styles.style import BaseStyle

# Clark names, resolved once: the builder creates thousands of elements per letter, and going
# through python-docx's element API (get_or_add_*, xpath for schema order) costs ~3x more.
W_P, W_PPR, W_PSTYLE, W_KEEPNEXT = qn("w:p"), qn("w:pPr"), qn("w:pStyle"), qn("w:keepNext")
W_PAGEBREAKBEFORE, W_BIDI, W_R, W_RPR = (
    qn("w:pageBreakBefore"),
    qn("w:bidi"),
    qn("w:r"),
    qn("w:rPr"),
)
W_RSTYLE, W_LANG, W_T, W_BR, W_TAB = (
    qn("w:rStyle"),
    qn("w:lang"),
    qn("w:t"),
    qn("w:br"),
    qn("w:tab"),
)
W_VAL, W_EASTASIA, W_BIDI_ATTR, W_TYPE = qn("w:val"), qn("w:eastAsia"), qn("w:bidi"), qn("w:type")
W_W, XML_SPACE = qn("w:w"), qn("xml:space")
W_TBL, W_TBLPR, W_TBLGRID, W_GRIDCOL = qn("w:tbl"), qn("w:tblPr"), qn("w:tblGrid"), qn("w:gridCol")
W_TR, W_TRPR, W_TC, W_TCPR, W_TCW = qn("w:tr"), qn("w:trPr"), qn("w:tc"), qn("w:tcPr"), qn("w:tcW")
W_RFONTS, W_RTL, W_HINT, W_BIDIVISUAL = (
    qn("w:rFonts"),
    qn("w:rtl"),
    qn("w:hint"),
    qn("w:bidiVisual"),
)

# Characters of right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko... and their
# presentation forms), and characters that make a run left-to-right (Latin, Greek, Cyrillic, CJK...).
_RTL_CHARACTER = re.compile(r"[\u0590-\u08ff\u200f\ufb1d-\ufdff\ufe70-\ufefc]")
_STRONG_LTR = re.compile(r"[^\W\d_\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")


@dataclass(frozen=True)
class Script:
    """How the runs of a letter are marked for its script."""

    language_tag: str
    right_to_left: bool = False
    east_asian: bool = False
    latin_tag: str | None = None
    """The language of Latin-script words (`w:lang/@w:val`) where it is not the letter's: in a
    Chinese letter, names and references in Latin letters (LibreOffice breaks Latin words
    tagged zh-CN anywhere, as it breaks Chinese)."""


_RTL_RANGES = "\u0590-\u08ff\u200f\ufb1d-\ufdff\ufe70-\ufefc"
# A left-to-right stretch inside right-to-left text: from a letter or digit (or an opening "+"
# or bracket) to a letter or digit, without right-to-left letters, line breaks or tabs.
_LTR_STRETCH = re.compile(
    rf"[+(\[]?[^\W_{_RTL_RANGES}](?:[^{_RTL_RANGES}\n\t]*[^\W_{_RTL_RANGES}])?[)\]]?"
    r"(?:[.!?;:,…]+(?=\s*$)|\.(?=\s))?"  # a sentence's final stop, or an abbreviation's
)
# The last word of a stretch that ends with an abbreviation's full stop ("Ltd.", "Şti.", "A.Ş."):
# the stop belongs to the name, inside the embedding; out of it, it would jump to the name's start.
_ABBREVIATION = re.compile(r"(?:^|[\s.])[^\W\d_]{1,4}\.$")
# LEFT-TO-RIGHT EMBEDDING ... POP DIRECTIONAL FORMATTING, each side guarded by a RIGHT-TO-LEFT
# MARK so that a number after the stretch stays in the Arabic flow (an embedding alone would make
# "Chişinău، 20 نوفمبر" read "20" as left-to-right). Isolates (LRI/PDI) would need no marks but
# older Word versions ignore them.
_LRE, _PDF = "\u200f\u202a", "\u202c\u200f"
_NUMBER = re.compile(r"[+−-]?\d+(?:[.,]\d+)*")


def isolate_left_to_right(text: str) -> str:
    """Keep left-to-right stretches of a right-to-left paragraph in their typed order.

    Without it, the bidi algorithm reverses the groups of "+373 22 000 417" and moves an English
    sentence's final full stop to its start. A stretch with a Latin (Cyrillic, Greek...) letter,
    or several groups of digits, is wrapped in an embedding (LRE ... PDF), which Word and
    LibreOffice both honour; a text without right-to-left letters is wrapped whole, with its
    punctuation. Single numbers and Arabic text are left alone."""
    if not _STRONG_LTR.search(text) and not re.search(r"\d\D+\d", text):
        return text
    if not _RTL_CHARACTER.search(text):
        stripped = text.strip()
        if not _STRONG_LTR.search(stripped) and _NUMBER.fullmatch(stripped):
            return text
        start = text.index(stripped[0]) if stripped else 0
        end = start + len(stripped)
        return f"{text[:start]}{_LRE}{stripped}{_PDF}{text[end:]}" if stripped else text

    def wrap(match: re.Match[str]) -> str:
        stretch = match.group(0)
        ends_text = not match.string[match.end() :].strip()
        if stretch.endswith(".") and not ends_text and not _ABBREVIATION.search(stretch):
            return wrap(_LTR_STRETCH.match(stretch[:-1]) or match) + "."  # the sentence's stop
        core = stretch.rstrip(".!?;:,…")
        closing = core[-1:] in (")", "]") and (core.count("(") + core.count("[")) < (
            core.count(")") + core.count("]")
        )
        if closing:  # the bracket was opened in the right-to-left text: it stays there
            return wrap_inner(core[:-1]) + stretch[len(core) - 1 :]
        return wrap_inner(stretch)

    def wrap_inner(stretch: str) -> str:
        if _STRONG_LTR.search(stretch) or not _NUMBER.fullmatch(stretch):
            return f"{_LRE}{stretch}{_PDF}"
        return stretch

    return _LTR_STRETCH.sub(wrap, text)


_CJK_CHARACTER = re.compile(r"[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]")


def run_prefers_east_asian_font(text: str) -> bool:
    """A run of Chinese (Japanese, Korean) text without Latin, Greek or Cyrillic words: its
    shared punctuation (quotation marks, dashes) should take the East Asian font. Not a run with
    Latin words: LibreOffice would break them anywhere, as it breaks Chinese lines."""
    return bool(_CJK_CHARACTER.search(text)) and not _LATIN_LETTER.search(text)


def run_is_right_to_left(text: str) -> bool:
    """A run Word would mark `w:rtl` in a right-to-left paragraph: it holds right-to-left letters,
    or only neutral characters (digits, punctuation) that take the paragraph's direction.
    Latin references, e-mail addresses and names typed in Latin or Cyrillic stay left-to-right."""
    return bool(_RTL_CHARACTER.search(text)) or not _STRONG_LTR.search(text)


Runs = Sequence[tuple[str, str | None]]
"""(text, character style id or None) pairs."""


def new_paragraph(
    anchor: Any,
    style_id: str,
    *,
    append: bool,
    keep_with_next: bool = False,
    page_break_before: bool = False,
    bidi: bool = False,
) -> Any:
    """A `w:p` of the given style, appended to `anchor` (a cell, a header) or inserted before it
    (the body's final sectPr). Paragraph properties are written in schema order."""
    p = copy.copy(_paragraph_prototype(style_id, keep_with_next, page_break_before, bidi))
    if append:
        anchor.append(p)
    else:
        anchor.addprevious(p)
    return p


@cache
def _paragraph_prototype(
    style_id: str, keep_with_next: bool, page_break_before: bool, bidi: bool
) -> Any:
    """An empty `w:p` with the properties `new_paragraph` gives it, copied for each paragraph."""
    p = OxmlElement("w:p")  # python-docx's element classes (CT_P), and so its copies
    ppr = SubElement(p, W_PPR)
    SubElement(ppr, W_PSTYLE).set(W_VAL, style_id)
    if keep_with_next:
        SubElement(ppr, W_KEEPNEXT)
    if page_break_before:
        SubElement(ppr, W_PAGEBREAKBEFORE)
    if bidi:
        SubElement(ppr, W_BIDI)
    return p


def add_runs(p: Any, runs: Runs, script: Script | str) -> None:
    """Text runs, each marked with the letter's language; a newline is a line break, a tab a tab.

    In a right-to-left letter, runs of right-to-left or neutral text get `w:rtl` (so Word uses the
    complex-script font and size, and orders digits and punctuation right to left); in an East
    Asian letter, runs get `w:rFonts/@w:hint="eastAsia"`, so that shared punctuation (quotation
    marks, dashes) takes the East Asian font, as Word does for text typed with a Chinese IME."""
    if isinstance(script, str):
        script = Script(script)
    for text, style_id in runs:
        if not text:
            continue
        east_asian = script.east_asian and run_prefers_east_asian_font(text)
        right_to_left = script.right_to_left and run_is_right_to_left(text)
        r = copy.copy(_run_prototype(script, style_id, east_asian, right_to_left))
        p.append(r)
        if script.right_to_left:
            text = "\n".join(
                "\t".join(isolate_left_to_right(piece) for piece in line.split("\t"))
                for line in text.split("\n")
            )
        for index, line in enumerate(text.split("\n")):
            if index:
                SubElement(r, W_BR)
            for position, piece in enumerate(line.split("\t")):
                if position:
                    SubElement(r, W_TAB)
                if piece:
                    t = SubElement(r, W_T)
                    t.text = piece
                    if piece[0].isspace() or piece[-1].isspace():
                        t.set(XML_SPACE, "preserve")


@cache
def _run_prototype(
    script: Script, style_id: str | None, east_asian: bool, right_to_left: bool
) -> Any:
    """An empty `w:r` with the properties `add_runs` gives a run (copied for each run: a copy is
    about twice as fast as building the properties element by element)."""
    r = OxmlElement("w:r")  # python-docx's element classes (CT_R), and so its copies
    rpr = SubElement(r, W_RPR)
    if style_id:
        SubElement(rpr, W_RSTYLE).set(W_VAL, style_id)
    if east_asian:
        SubElement(rpr, W_RFONTS).set(W_HINT, "eastAsia")
    if right_to_left:
        SubElement(rpr, W_RTL)
    lang = SubElement(rpr, W_LANG)
    lang.set(W_VAL, script.latin_tag or script.language_tag)
    lang.set(W_EASTASIA, script.language_tag)
    lang.set(W_BIDI_ATTR, script.language_tag)
    return r


def add_page_break(p: Any, script: Script | None = None) -> None:
    r = SubElement(p, W_R)
    if script:
        lang = SubElement(SubElement(r, W_RPR), W_LANG)
        lang.set(W_VAL, script.latin_tag or script.language_tag)
        lang.set(W_EASTASIA, script.language_tag)
        lang.set(W_BIDI_ATTR, script.language_tag)
    SubElement(r, W_BR).set(W_TYPE, "page")


def add_table(
    before: Any,
    style_id: str,
    widths: list[int],
    rows: int,
    *,
    header: bool = False,
    right_to_left: bool = False,
) -> list[list[Any]]:
    """A table of fixed column widths (tblGrid for LibreOffice, tcW for Word) before `before`.

    Rows never split across pages; a header row repeats on each page. A right-to-left table
    (`w:bidiVisual`) shows its first column on the right. Returns the cells (`w:tc`) by row; each
    must receive a paragraph (`fill_empty_cells` sees to it).
    """
    tbl = before.makeelement(W_TBL, {})
    before.addprevious(tbl)
    tbl_pr = SubElement(tbl, W_TBLPR)
    SubElement(tbl_pr, qn("w:tblStyle")).set(W_VAL, style_id)
    if right_to_left:
        SubElement(tbl_pr, W_BIDIVISUAL)
    tbl_w = SubElement(tbl_pr, qn("w:tblW"))
    tbl_w.set(W_W, str(sum(widths)))
    tbl_w.set(W_TYPE, "dxa")
    SubElement(tbl_pr, qn("w:tblLayout")).set(W_TYPE, "fixed")
    look = SubElement(tbl_pr, qn("w:tblLook"))
    look.set(qn("w:firstRow"), "1" if header else "0")
    for name in ("lastRow", "firstColumn", "lastColumn"):
        look.set(qn(f"w:{name}"), "0")
    look.set(qn("w:noHBand"), "1")
    look.set(qn("w:noVBand"), "1")
    grid = SubElement(tbl, W_TBLGRID)
    for width in widths:
        SubElement(grid, W_GRIDCOL).set(W_W, str(width))
    cells = []
    for index in range(rows):
        tr = SubElement(tbl, W_TR)
        tr_pr = SubElement(tr, W_TRPR)
        SubElement(tr_pr, qn("w:cantSplit"))
        if header and index == 0:
            SubElement(tr_pr, qn("w:tblHeader"))
        row = []
        for width in widths:
            tc = SubElement(tr, W_TC)
            tc_w = SubElement(SubElement(tc, W_TCPR), W_TCW)
            tc_w.set(W_W, str(width))
            tc_w.set(W_TYPE, "dxa")
            row.append(tc)
        cells.append(row)
    return cells


def fill_empty_cells(body: Any, style_id: str, *, bidi: bool = False) -> None:
    """Every cell must hold a paragraph (Word refuses the file otherwise)."""
    for tc in body.iter(W_TC):
        if tc.find(W_P) is None:
            new_paragraph(tc, style_id, append=True, bidi=bidi)


# Children of w:sectPr that come after w:bidi (CT_SectPr sequence).
_SECTPR_AFTER_BIDI = tuple(
    qn(f"w:{name}") for name in ("rtlGutter", "docGrid", "printerSettings", "sectPrChange")
)


def set_section_bidi(sect_pr: Any) -> None:
    """A right-to-left section (`w:bidi` in sectPr): columns, page numbers and gutter mirror."""
    if sect_pr.find(W_BIDI) is not None:
        return
    bidi = sect_pr.makeelement(W_BIDI, {})
    successor = next((child for child in sect_pr if child.tag in _SECTPR_AFTER_BIDI), None)
    if successor is None:
        sect_pr.append(bidi)
    else:
        successor.addprevious(bidi)


# Fonts every Word installation has, per script: Latin and Cyrillic in Times New Roman; Chinese
# in SimSun (宋体) for the text and SimHei (黑体) for headings, both shipped with every Chinese
# Windows and with Office; Arabic in Arial, whose Arabic glyphs are drawn to the size of its Latin
# ones (Word's own default for Arabic text), at the Latin text's size. Viewers without them
# substitute (LibreOffice on Linux: Liberation Serif, Noto Serif/Sans CJK SC, DejaVu Sans).
LATIN_FONT = "Times New Roman"
EAST_ASIAN_FONT = "SimSun"
EAST_ASIAN_HEADING_FONT = "SimHei"
COMPLEX_SCRIPT_FONT = "Times New Roman"
ARABIC_SCRIPT_FONT = "Arial"
HEADING_STYLES = ("Title", "Notice Title", "Heading 1", "Heading 2", "Heading 3")
"""Styles (as python-docx names them) set in the East Asian heading font."""

_W_SZCS = qn("w:szCs")


def _default_run_properties(document: Document) -> Any:
    """The document defaults' run properties (`w:docDefaults/w:rPrDefault/w:rPr`), created if
    a template lacks them."""
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles.insert(0, defaults)
    rpr_default = defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        rpr_default = OxmlElement("w:rPrDefault")
        defaults.insert(0, rpr_default)
    rpr = rpr_default.find(W_RPR)
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        rpr_default.append(rpr)
    return rpr


def set_script_defaults(document: Document, script: Script) -> None:
    """Fonts, complex-script sizes and direction of the document's defaults and styles.

    Every letter names its East Asian and complex-script fonts (an office template that names
    none would show Chinese in MS Mincho); a right-to-left letter gets larger complex-script
    sizes in every style (`w:szCs`), a right-to-left default paragraph and a right-to-left
    section."""
    rpr = _default_run_properties(document)
    styles = document.styles.element
    _set_default_fonts(rpr, ARABIC_SCRIPT_FONT if script.right_to_left else COMPLEX_SCRIPT_FONT)
    if script.east_asian:
        for name in HEADING_STYLES:
            style = next((s for s in document.styles if s.name == name), None)
            if style is not None:
                set_east_asian_font(style, EAST_ASIAN_HEADING_FONT)
        # Chinese has no italics (Word slants the characters): emphasis stays upright.
        for style_rpr in styles.iter(W_RPR):
            for italic in (*style_rpr.findall(qn("w:i")), *style_rpr.findall(qn("w:iCs"))):
                style_rpr.remove(italic)
    if not script.right_to_left:
        return
    _match_complex_script_sizes(rpr, styles)
    # Letter-spacing breaks the joining of Arabic letters (LibreOffice draws the gaps as rules).
    for style_rpr in styles.iter(W_RPR):
        for spacing in style_rpr.findall(qn("w:spacing")):
            style_rpr.remove(spacing)
    _set_default_paragraph_bidi(styles.find(qn("w:docDefaults")))
    for sect_pr in document.element.body.iter(qn("w:sectPr")):
        set_section_bidi(sect_pr)


def _set_default_fonts(rpr: Any, complex_script: str) -> None:
    """The default run's fonts: Latin kept if named, East Asian and complex script always ours;
    a style that names its own complex-script font gets `complex_script` too."""
    fonts = rpr.find(W_RFONTS)
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attribute, default in (("ascii", LATIN_FONT), ("hAnsi", LATIN_FONT)):
        if fonts.get(qn(f"w:{attribute}")) is None:
            fonts.set(qn(f"w:{attribute}"), default)
    fonts.set(qn("w:eastAsia"), EAST_ASIAN_FONT)
    fonts.set(qn("w:cs"), complex_script)
    styles = rpr.getroottree().getroot()
    for style_fonts in styles.iter(W_RFONTS):
        if style_fonts is not fonts and style_fonts.get(qn("w:cs")) is not None:
            style_fonts.set(qn("w:cs"), complex_script)
    for theme in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
        fonts.attrib.pop(qn(f"w:{theme}"), None)


def _match_complex_script_sizes(rpr: Any, styles: Any) -> None:
    """Complex-script sizes (`w:szCs`) of the default run and of every style, equal to the Latin
    sizes beside them: Arabic in Arial matches Latin text of the same size."""
    for run_properties in (rpr, *styles.iter(W_RPR)):
        size = run_properties.find(qn("w:sz"))
        if size is None:
            continue
        size_cs = run_properties.find(_W_SZCS)
        if size_cs is None:
            size_cs = OxmlElement("w:szCs")
            size.addnext(size_cs)
        size_cs.set(W_VAL, size.get(W_VAL) or "24")


def _set_default_paragraph_bidi(defaults: Any) -> None:
    """A right-to-left default paragraph (`w:pPrDefault/w:pPr/w:bidi`)."""
    ppr_default = defaults.find(qn("w:pPrDefault"))
    if ppr_default is None:
        ppr_default = OxmlElement("w:pPrDefault")
        defaults.append(ppr_default)
    ppr = ppr_default.find(W_PPR)
    if ppr is None:
        ppr = OxmlElement("w:pPr")
        ppr_default.append(ppr)
    if ppr.find(W_BIDI) is None:
        bidi = OxmlElement("w:bidi")
        successor = next((child for child in ppr if child.tag in _PPR_AFTER_BIDI), None)
        if successor is None:
            ppr.append(bidi)
        else:
            successor.addprevious(bidi)


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


def language_element(language_tag: str, latin_tag: str | None = None) -> etree._Element:
    """A `w:lang` for a BCP 47 tag; the same tag serves Latin, East Asian and complex scripts,
    unless Latin-script words are given another (`latin_tag`)."""
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), latin_tag or language_tag)
    lang.set(qn("w:eastAsia"), language_tag)
    lang.set(qn("w:bidi"), language_tag)
    return lang


def set_run_language(run_element: CT_R, language_tag: str, latin_tag: str | None = None) -> None:
    """Mark a run's text as written in `language_tag`, so that Word proof-reads it in it."""
    rpr: etree._Element = run_element.get_or_add_rPr()
    for old in rpr.findall(qn("w:lang")):
        rpr.remove(old)
    lang = language_element(language_tag, latin_tag)
    successor = next((child for child in rpr if child.tag in _RPR_AFTER_LANG), None)
    if successor is None:
        rpr.append(lang)
    else:
        successor.addprevious(lang)


def set_default_language(
    document: Document, language_tag: str, latin_tag: str | None = None
) -> None:
    """The document defaults' language (what new text typed during proofing gets)."""
    rpr = _default_run_properties(document)
    for old in rpr.findall(qn("w:lang")):
        rpr.remove(old)
    successor = next((child for child in rpr if child.tag in _RPR_AFTER_LANG), None)
    lang = language_element(language_tag, latin_tag)
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
    ppr: etree._Element = paragraph._p.get_or_add_pPr()
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


# Children of w:settings that may come after w:autoHyphenation (CT_Settings sequence, those a
# template is likely to hold).
_SETTINGS_AFTER_HYPHENATION = tuple(
    qn(f"w:{name}")
    for name in (
        "consecutiveHyphenLimit",
        "hyphenationZone",
        "doNotHyphenateCaps",
        "showEnvelope",
        "summaryLength",
        "clickAndTypeStyle",
        "defaultTableStyle",
        "evenAndOddHeaders",
        "drawingGridHorizontalSpacing",
        "drawingGridVerticalSpacing",
        "displayHorizontalDrawingGridEvery",
        "displayVerticalDrawingGridEvery",
        "doNotUseMarginsForDrawingGridOrigin",
        "doNotShadeFormData",
        "noPunctuationKerning",
        "characterSpacingControl",
        "printTwoOnOne",
        "strictFirstAndLastChars",
        "noLineBreaksAfter",
        "noLineBreaksBefore",
        "savePreviewPicture",
        "updateFields",
        "hdrShapeDefaults",
        "footnotePr",
        "endnotePr",
        "compat",
        "docVars",
        "rsids",
        "mathPr",
        "attachedSchema",
        "themeFontLang",
        "clrSchemeMapping",
        "doNotIncludeSubdocsInStats",
        "doNotAutoCompressPictures",
        "forceUpgrade",
        "captions",
        "readModeInkLockDown",
        "smartTagType",
        "schemaLibrary",
        "shapeDefaults",
        "doNotEmbedSmartTags",
        "decimalSymbol",
        "listSeparator",
    )
)


def set_auto_hyphenation(document: Document) -> None:
    """Hyphenate words at line ends, each in its run's language (`w:autoHyphenation`)."""
    settings = document.settings.element
    if settings.find(qn("w:autoHyphenation")) is not None:
        return
    hyphenation = OxmlElement("w:autoHyphenation")
    successor = next((c for c in settings if c.tag in _SETTINGS_AFTER_HYPHENATION), None)
    if successor is None:
        settings.append(hyphenation)
    else:
        successor.addprevious(hyphenation)


def set_east_asian_font(style: BaseStyle, font_name: str) -> None:
    """`font.name` sets only ascii/hAnsi: set the East Asian font of a style too."""
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    fonts.set(qn("w:eastAsia"), font_name)


def add_field(
    p: Any, instruction: str, shown: str, language_tag: str, latin_tag: str | None = None
) -> None:
    """A complex field (PAGE, NUMPAGES...) that Word and LibreOffice update when laying out."""
    for kind, text in (("begin", None), ("instr", instruction), ("separate", None)):
        run = p.add_r()
        set_run_language(run, language_tag, latin_tag)
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
    set_run_language(result, language_tag, latin_tag)
    result.text = shown
    end = p.add_r()
    set_run_language(end, language_tag, latin_tag)
    char = OxmlElement("w:fldChar")
    char.set(qn("w:fldCharType"), "end")
    end.append(char)


COMMENT_AUTHOR, COMMENT_INITIALS = "mla-writer", "MLA"
"""Who the comments of a draft are by, as Word shows it in the margin."""


def add_comment(document: Document, p: Any, text: str, script: Script) -> None:
    """A Word comment (the `comments.xml` part, shown in Word's margin) on the whole of
    paragraph `p`, undated, its text in the letter's language and direction."""
    paragraph = Paragraph(p, document)
    runs = paragraph.runs or [paragraph.add_run()]
    comment = document.add_comment(runs, text="", author=COMMENT_AUTHOR, initials=COMMENT_INITIALS)
    # python-docx stamps the clock; the letter's bytes must depend on its content only.
    comment._comment_elm.attrib.pop(qn("w:date"), None)
    written = comment.paragraphs[0]
    add_runs(written._p, [(text, None)], script)
    if script.right_to_left:
        set_paragraph_bidi(written)


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


# Word files whose bytes depend only on their content: python-docx stamps every zip member with the
# clock, so two renders of one case differed; members here carry a fixed date instead.
_FIXED_ZIP_DATE = (1980, 1, 1, 0, 0, 0)


class _FixedDateZipWriter:
    """python-docx's physical package writer, with a fixed date on every member."""

    def __init__(self, archive: zipfile.ZipFile) -> None:
        self._archive = archive

    def write(self, pack_uri: PackURI, blob: bytes) -> None:
        info = zipfile.ZipInfo(pack_uri.membername, date_time=_FIXED_ZIP_DATE)
        info.compress_type = zipfile.ZIP_DEFLATED
        self._archive.writestr(info, blob)


def document_bytes(document: Any) -> bytes:
    """The .docx file of `document`, byte-identical for identical content (`Document.save`'s
    steps, through a writer that does not stamp the time)."""
    package = document.part.package
    for part in package.parts:
        part.before_marshal()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        # PhysPkgWriter's constructor always makes its own zip writer: ours stands in for it.
        writer = cast("PhysPkgWriter", _FixedDateZipWriter(archive))
        PackageWriter._write_content_types_stream(writer, package.parts)
        PackageWriter._write_pkg_rels(writer, package.rels)
        PackageWriter._write_parts(writer, package.parts)
    return buffer.getvalue()
