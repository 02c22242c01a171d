"""(Re)generate `base.docx`, the base template of every letter: page, fonts, sizes and named styles.

Run `python -m mla_writer.templates.make_base` after changing a style here; commit both files.
The letter builder (mla_writer/render/) uses only the style names defined below (see
`LETTER_STYLES`), never direct formatting, so an office can restyle letters with its own
letterhead template (`mla render --template letterhead.docx`): styles it lacks are copied from here.

The template is written from python-docx's default package with its styles part replaced by a lean
one: fewer styles to parse makes every letter faster (issue 6 renders thousands).
"""

from __future__ import annotations

import io
import re
from pathlib import Path

BASE_TEMPLATE = Path(__file__).with_name("base.docx")

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

FONT = "Times New Roman"  # metric-compatible with Liberation Serif where Word is absent
# Chinese text: SimSun (宋体) ships with every Chinese Windows and Office; LibreOffice substitutes
# Noto Serif CJK SC. Arabic text: Times New Roman, whose Windows version carries Arabic glyphs.
EAST_ASIAN_FONT = "SimSun"
COMPLEX_SCRIPT_FONT = "Times New Roman"

# Every style the builder uses: (type, styleId, name, basedOn, next, pPr xml, rPr xml, extra xml).
# Sizes are half-points (24 = 12 pt); spacing and indents are twips (20 = 1 pt, 567 = 1 cm).
_KEEP = "<w:keepNext/><w:keepLines/>"
STYLE_SPECS: list[tuple[str, str, str, str | None, str | None, str, str, str]] = [
    (
        "paragraph",
        "Normal",
        "Normal",
        None,
        None,
        '<w:widowControl/><w:spacing w:after="120" w:line="259" w:lineRule="auto"/>',
        "",
        "",
    ),
    (
        "paragraph",
        "BodyText",
        "Body Text",
        "Normal",
        "BodyText",
        '<w:spacing w:after="140"/><w:jc w:val="both"/>',
        "",
        "",
    ),
    (
        "paragraph",
        "Title",
        "Title",
        "Normal",
        "Normal",
        f'{_KEEP}<w:spacing w:before="240" w:after="240"/><w:jc w:val="center"/>',
        '<w:b/><w:caps/><w:spacing w:val="10"/><w:sz w:val="30"/><w:szCs w:val="30"/>',
        "",
    ),
    (
        "paragraph",
        "Subtitle",
        "Subtitle",
        "Normal",
        "Normal",
        '<w:spacing w:after="240"/><w:jc w:val="center"/>',
        '<w:sz w:val="24"/><w:szCs w:val="24"/>',
        "",
    ),
    (
        "paragraph",
        "Heading1",
        "heading 1",
        "Normal",
        "BodyText",
        f'{_KEEP}<w:spacing w:before="320" w:after="120"/><w:ind w:left="567" w:hanging="567"/>'
        '<w:outlineLvl w:val="0"/>',
        '<w:b/><w:sz w:val="25"/><w:szCs w:val="25"/>',
        "",
    ),
    (
        "paragraph",
        "Heading2",
        "heading 2",
        "Normal",
        "BodyText",
        f'{_KEEP}<w:spacing w:before="240" w:after="100"/><w:outlineLvl w:val="1"/>',
        "<w:b/>",
        "",
    ),
    (
        "paragraph",
        "Heading3",
        "heading 3",
        "Normal",
        "BodyText",
        f'{_KEEP}<w:spacing w:before="140" w:after="60"/><w:outlineLvl w:val="2"/>',
        "<w:b/><w:i/>",
        "",
    ),
    (
        "paragraph",
        "Address",
        "Address",
        "Normal",
        "Address",
        '<w:spacing w:after="0"/>',
        "",
        "",
    ),
    (
        "paragraph",
        "ReturnAddress",
        "Return Address",
        "Address",
        "ReturnAddress",
        '<w:spacing w:after="0"/><w:ind w:left="567"/>',
        "",
        "",
    ),
    (
        "paragraph",
        "NumberedParagraph",
        "Numbered Paragraph",
        "BodyText",
        "NumberedParagraph",
        '<w:tabs><w:tab w:val="left" w:pos="567"/></w:tabs><w:ind w:left="567" w:hanging="567"/>',
        "",
        "",
    ),
    (
        "paragraph",
        "FlagLine",
        "Flag Line",
        "Normal",
        "BodyText",
        f'{_KEEP}<w:spacing w:before="60" w:after="60"/>',
        "",
        "",
    ),
    (
        "paragraph",
        "BodyTextSpaced",
        "Body Text Spaced",
        "BodyText",
        "BodyText",
        '<w:spacing w:before="200"/>',
        "",
        "",
    ),
    (
        "paragraph",
        "LetterSubject",
        "Letter Subject",
        "Normal",
        "BodyText",
        f'{_KEEP}<w:spacing w:before="240" w:after="240"/><w:ind w:left="1134" w:hanging="1134"/>',
        "<w:b/>",
        "",
    ),
    (
        "paragraph",
        "DateLine",
        "Date Line",
        "Normal",
        "Normal",
        '<w:spacing w:before="240" w:after="0"/><w:jc w:val="right"/>',
        "",
        "",
    ),
    (
        "paragraph",
        "NoticeTitle",
        "Notice Title",
        "Normal",
        "NoticeText",
        f"{_KEEP}"
        '<w:pBdr><w:top w:val="single" w:sz="18" w:space="4" w:color="000000"/>'
        '<w:left w:val="single" w:sz="18" w:space="4" w:color="000000"/>'
        '<w:bottom w:val="single" w:sz="18" w:space="4" w:color="000000"/>'
        '<w:right w:val="single" w:sz="18" w:space="4" w:color="000000"/></w:pBdr>'
        '<w:shd w:val="clear" w:color="auto" w:fill="EDEDED"/>'
        '<w:spacing w:before="120" w:after="60"/><w:ind w:left="113" w:right="113"/>',
        '<w:b/><w:caps/><w:spacing w:val="20"/><w:sz w:val="28"/><w:szCs w:val="28"/>',
        "",
    ),
    (
        "paragraph",
        "NoticeText",
        "Notice Text",
        "Normal",
        "NoticeText",
        '<w:pBdr><w:top w:val="single" w:sz="18" w:space="4" w:color="000000"/>'
        '<w:left w:val="single" w:sz="18" w:space="4" w:color="000000"/>'
        '<w:bottom w:val="single" w:sz="18" w:space="4" w:color="000000"/>'
        '<w:right w:val="single" w:sz="18" w:space="4" w:color="000000"/></w:pBdr>'
        '<w:shd w:val="clear" w:color="auto" w:fill="EDEDED"/>'
        '<w:spacing w:after="60"/><w:ind w:left="113" w:right="113"/><w:jc w:val="both"/>',
        "",
        "",
    ),
    (
        "paragraph",
        "NoticeSpacer",
        "Notice Spacer",
        "Normal",
        "Normal",
        '<w:spacing w:after="120" w:line="120" w:lineRule="exact"/>',
        '<w:sz w:val="8"/><w:szCs w:val="8"/>',
        "",
    ),
    (
        "paragraph",
        "Quote",
        "Quote",
        "Normal",
        "BodyText",
        '<w:pBdr><w:left w:val="single" w:sz="12" w:space="8" w:color="808080"/></w:pBdr>'
        '<w:spacing w:after="100"/><w:ind w:left="680" w:right="340"/><w:jc w:val="both"/>',
        '<w:sz w:val="22"/><w:szCs w:val="22"/>',
        "",
    ),
    (
        "paragraph",
        "ListItem",
        "List Item",
        "Normal",
        "ListItem",
        '<w:tabs><w:tab w:val="left" w:pos="851"/></w:tabs>'
        '<w:spacing w:after="60"/><w:ind w:left="851" w:hanging="397"/>',
        "",
        "",
    ),
    (
        "paragraph",
        "FieldLine",
        "Field Line",
        "Normal",
        "FieldLine",
        '<w:spacing w:after="60"/><w:ind w:left="454"/>',
        "",
        "",
    ),
    (
        "paragraph",
        "TableText",
        "Table Text",
        "Normal",
        "TableText",
        '<w:spacing w:before="20" w:after="40" w:line="240" w:lineRule="auto"/>',
        '<w:sz w:val="21"/><w:szCs w:val="21"/>',
        "",
    ),
    (
        "paragraph",
        "TableHeading",
        "Table Heading",
        "TableText",
        "TableText",
        "",
        "<w:b/>",
        "",
    ),
    (
        "paragraph",
        "FormAnswer",
        "Form Answer",
        "TableText",
        "FormAnswer",
        '<w:spacing w:before="200" w:after="100"/>',
        "",
        "",
    ),
    (
        "paragraph",
        "CoverNote",
        "Cover Note",
        "Normal",
        "Normal",
        '<w:spacing w:before="120" w:after="120"/><w:jc w:val="both"/>',
        '<w:i/><w:sz w:val="22"/><w:szCs w:val="22"/>',
        "",
    ),
    (
        "paragraph",
        "Closing",
        "Closing",
        "BodyText",
        "Closing",
        '<w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="140"/>',
        "",
        "",
    ),
    (
        "paragraph",
        "Signature",
        "Signature",
        "Normal",
        "Signature",
        '<w:keepNext/><w:keepLines/><w:spacing w:after="0"/><w:ind w:left="4536"/>',
        "",
        "",
    ),
    (
        "paragraph",
        "SignatureLine",
        "Signature Line",
        "Signature",
        "Signature",
        '<w:keepNext/><w:spacing w:before="840" w:after="0"/>',
        "",
        "",
    ),
    (
        "paragraph",
        "AnnexItem",
        "Annex Item",
        "Normal",
        "AnnexItem",
        '<w:spacing w:after="60"/><w:ind w:left="454" w:hanging="454"/>',
        "",
        "",
    ),
    (
        "paragraph",
        "Header",
        "header",
        "Normal",
        "Header",
        '<w:tabs><w:tab w:val="center" w:pos="4536"/><w:tab w:val="right" w:pos="9072"/></w:tabs>'
        '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>',
        '<w:sz w:val="18"/><w:szCs w:val="18"/>',
        "",
    ),
    (
        "paragraph",
        "Footer",
        "footer",
        "Normal",
        "Footer",
        '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:jc w:val="center"/>',
        '<w:sz w:val="18"/><w:szCs w:val="18"/>',
        "",
    ),
    (
        "paragraph",
        "DraftMark",
        "Draft Mark",
        "Header",
        "Header",
        '<w:spacing w:after="60"/><w:jc w:val="center"/>',
        '<w:b/><w:caps/><w:color w:val="C00000"/><w:spacing w:val="40"/>'
        '<w:sz w:val="28"/><w:szCs w:val="28"/>',
        "",
    ),
    ("character", "DefaultParagraphFont", "Default Paragraph Font", None, None, "", "", ""),
    ("character", "Strong", "Strong", "DefaultParagraphFont", None, "", "<w:b/><w:bCs/>", ""),
    ("character", "Emphasis", "Emphasis", "DefaultParagraphFont", None, "", "<w:i/><w:iCs/>", ""),
    (
        "character",
        "Marking",
        "Marking",
        "DefaultParagraphFont",
        None,
        "",
        '<w:b/><w:bCs/><w:caps/><w:spacing w:val="20"/>',
        "",
    ),
    (
        "character",
        "Placeholder",
        "Placeholder",
        "DefaultParagraphFont",
        None,
        "",
        '<w:b/><w:bCs/><w:color w:val="C00000"/><w:highlight w:val="yellow"/>',
        "",
    ),
    (
        "table",
        "TableNormal",
        "Normal Table",
        None,
        None,
        "",
        "",
        '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>'
        '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/>'
        '<w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr>',
    ),
    (
        "table",
        "LetterTable",
        "Letter Table",
        "TableNormal",
        None,
        "",
        "",
        "<w:tblPr><w:tblBorders>"
        '<w:top w:val="single" w:sz="4" w:space="0" w:color="808080"/>'
        '<w:left w:val="single" w:sz="4" w:space="0" w:color="808080"/>'
        '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="808080"/>'
        '<w:right w:val="single" w:sz="4" w:space="0" w:color="808080"/>'
        '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="808080"/>'
        '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="808080"/>'
        '</w:tblBorders><w:tblCellMar><w:top w:w="40" w:type="dxa"/>'
        '<w:left w:w="100" w:type="dxa"/><w:bottom w:w="40" w:type="dxa"/>'
        '<w:right w:w="100" w:type="dxa"/></w:tblCellMar></w:tblPr>'
        '<w:tblStylePr w:type="firstRow"><w:tblPr/><w:trPr><w:tblHeader/></w:trPr>'
        '<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="E7E6E6"/></w:tcPr></w:tblStylePr>',
    ),
    (
        "table",
        "FormTable",
        "Form Table",
        "TableNormal",
        None,
        "",
        "",
        "<w:tblPr><w:tblBorders>"
        '<w:top w:val="single" w:sz="8" w:space="0" w:color="000000"/>'
        '<w:left w:val="single" w:sz="8" w:space="0" w:color="000000"/>'
        '<w:bottom w:val="single" w:sz="8" w:space="0" w:color="000000"/>'
        '<w:right w:val="single" w:sz="8" w:space="0" w:color="000000"/>'
        '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="808080"/>'
        '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="808080"/>'
        '</w:tblBorders><w:tblCellMar><w:top w:w="60" w:type="dxa"/>'
        '<w:left w:w="100" w:type="dxa"/><w:bottom w:w="60" w:type="dxa"/>'
        '<w:right w:w="100" w:type="dxa"/></w:tblCellMar></w:tblPr>',
    ),
    (
        "table",
        "DetailsTable",
        "Details Table",
        "TableNormal",
        None,
        "",
        "",
        '<w:tblPr><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="0" w:type="dxa"/>'
        '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="113" w:type="dxa"/></w:tblCellMar>'
        "</w:tblPr>",
    ),
    ("numbering", "NoList", "No List", None, None, "", "", ""),
]

_UI_NAMES = {"heading 1": "Heading 1", "heading 2": "Heading 2", "heading 3": "Heading 3"}
_UI_NAMES |= {"header": "Header", "footer": "Footer"}
LETTER_STYLES: frozenset[str] = frozenset(_UI_NAMES.get(spec[2], spec[2]) for spec in STYLE_SPECS)
"""The style names (as python-docx knows them) every letter template must define."""


def _style_xml(spec: tuple[str, str, str, str | None, str | None, str, str, str]) -> str:
    kind, style_id, name, based_on, next_style, ppr, rpr, extra = spec
    defaults = {"Normal", "DefaultParagraphFont", "TableNormal", "NoList"}
    default = ' w:default="1"' if style_id in defaults else ""
    parts = [f'<w:style w:type="{kind}"{default} w:styleId="{style_id}"><w:name w:val="{name}"/>']
    if based_on:
        parts.append(f'<w:basedOn w:val="{based_on}"/>')
    if next_style:
        parts.append(f'<w:next w:val="{next_style}"/>')
    parts.append("<w:qFormat/>" if kind == "paragraph" else "")
    if kind in ("character", "table") and style_id not in defaults:
        parts.append("<w:uiPriority w:val='9'/>".replace("'", '"'))
    if ppr:
        parts.append(f"<w:pPr>{ppr}</w:pPr>")
    if rpr:
        # Bold and italic apply to Arabic (complex-script) text only through bCs and iCs.
        rpr = re.sub(r"<w:b/>(?!<w:bCs/>)", "<w:b/><w:bCs/>", rpr)
        rpr = re.sub(r"<w:i/>(?!<w:iCs/>)", "<w:i/><w:iCs/>", rpr)
        parts.append(f"<w:rPr>{rpr}</w:rPr>")
    parts.append(extra)
    parts.append("</w:style>")
    return "".join(parts)


def styles_xml(language: str = "en-GB") -> bytes:
    """The whole styles part: document defaults (font, size, language) and the named styles."""
    body = "".join(_style_xml(spec) for spec in STYLE_SPECS)
    return (
        "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
        f'<w:styles xmlns:w="{W_NS}">'
        "<w:docDefaults><w:rPrDefault><w:rPr>"
        f'<w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:eastAsia="{EAST_ASIAN_FONT}" '
        f'w:cs="{COMPLEX_SCRIPT_FONT}"/>'
        '<w:sz w:val="24"/><w:szCs w:val="24"/>'
        f'<w:lang w:val="{language}" w:eastAsia="zh-CN" w:bidi="ar-SA"/>'
        "</w:rPr></w:rPrDefault>"
        '<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="259" w:lineRule="auto"/>'
        "</w:pPr></w:pPrDefault></w:docDefaults>"
        f"{body}</w:styles>"
    ).encode()


def build_base() -> bytes:
    """The bytes of base.docx."""
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml import parse_xml
    from docx.shared import Cm

    document = docx.Document()
    # Drop what a letter never needs: the default template's sample custom XML, the
    # Word-2010 styles copy, web settings and the thumbnail (a picture of an empty page).
    unwanted = ("/customXml", "/stylesWithEffects", "/webSettings")
    for rel_id, rel in list(document.part.rels.items()):
        if rel.reltype.endswith(unwanted):
            del document.part.rels[rel_id]
    package_rels = document.part.package.rels
    for rel_id, rel in list(package_rels.items()):
        if rel.reltype.endswith("/thumbnail"):
            del package_rels[rel_id]

    styles_part = document.part.part_related_by(RT.STYLES)
    styles_part._element = parse_xml(styles_xml())  # type: ignore[attr-defined]

    section = document.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)  # A4
    section.top_margin = section.bottom_margin = Cm(2.5)
    section.left_margin = section.right_margin = Cm(2.5)
    section.header_distance = section.footer_distance = Cm(1.2)

    settings = document.settings.element
    for child in list(settings):
        if child.tag.endswith("}rsids") or child.tag.endswith("}proofState"):
            settings.remove(child)
    for child in settings:
        if child.tag.endswith("}themeFontLang"):
            child.set(f"{{{W_NS}}}val", "en-GB")
        if child.tag.endswith("}compat"):
            # A line the drafter ended with a single Enter inside a justified paragraph is not
            # stretched across the page (Word's and LibreOffice's "do not expand a line ending
            # with a manual line break").
            child.insert(0, parse_xml(f'<w:doNotExpandShiftReturn xmlns:w="{W_NS}"/>'))

    core = document.core_properties
    core.author = core.last_modified_by = "mla-writer"
    core.title = core.subject = core.keywords = core.comments = ""
    core.revision = 1

    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def main() -> None:
    BASE_TEMPLATE.write_bytes(build_base())
    print(f"wrote {BASE_TEMPLATE}")


if __name__ == "__main__":
    main()
