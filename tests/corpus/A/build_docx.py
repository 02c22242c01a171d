#!/usr/bin/env python3
"""Build author A's Word letters from the light markup files in _src/*.dsrc.

Usage:  /work/staging/venv/bin/python build_docx.py [ID ...]

Uses python-docx for the document skeleton and raw OOXML (lxml) for what python-docx lacks:
automatic numbering (numbering.xml abstractNum/num), real footnotes (footnotes.xml part),
content controls (w:sdt: check boxes and plain-text controls), tracked changes (w:ins / w:del),
PAGE fields in headers/footers, right-to-left paragraphs.

Markup of a .dsrc file (one paragraph per line; blank lines are ignored):
  @font NAME SIZE          body font and size (pt)
  @page A4|Letter          paper size
  @rtl                     right-to-left document (Arabic)
  @header TEXT             header line (may be repeated; "{PAGE}" and "{NUMPAGES}" become fields)
  @footer TEXT             footer line (idem)
  @author NAME             author of tracked changes
  @list SCHEME             start a new automatically numbered list (restarts at 1);
                           SCHEME: para | legal | ru | alpha | annex
  @hlist SCHEME            start a new numbered-heading list: roman | upperalpha | decimal
  @pagebreak
  @to-ltr                  switch the rest of the body to left-to-right (e.g. an English translation)
  @blank                   empty paragraph
  @table W1,W2,...         start a table (column widths in cm); rows are "| a | b |"; "<p>" splits
  @endtable                paragraphs inside a cell; a row beginning "|!" is a shaded header row
  # TEXT                   centred bold title
  ## TEXT                  bold heading
  ### TEXT                 underlined sub-heading
  H. TEXT                  heading numbered by the current @hlist
  1. TEXT / b. TEXT / ii. TEXT  list item at level 0 / 1 / 2 of the current @list (the mark in
                           the source is only a reminder: Word numbers the items itself)
  - TEXT                   bullet
  > TEXT                   indented block (quotations)
  =r TEXT / =c TEXT        right-aligned / centred paragraph
  TEXT                     ordinary paragraph
Inline: **bold**  <u>underline</u>  ~~italic~~  <br> (soft line break)  [^footnote text^]
        {+inserted+} {-deleted-} (tracked changes)  [[x]] / [[ ]] (check-box content control)
        {{value|Label}} (plain-text content control with that title)
"""
import copy
import datetime
import os
import re
import sys

from docx import Document
from docx.enum.section import WD_ORIENT  # noqa: F401
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, Cm, RGBColor
from lxml import etree

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "_src")
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"

# ----------------------------------------------------------------------------- numbering
SCHEMES = {
    # level: (numFmt, lvlText, left indent twips, hanging twips)
    "para": [("decimal", "%1.", 720, 720), ("lowerLetter", "(%2)", 1440, 720),
             ("lowerRoman", "(%3)", 2160, 720)],
    "legal": [("decimal", "%1.", 567, 567), ("decimal", "%1.%2.", 1134, 567),
              ("decimal", "%1.%2.%3.", 1843, 709)],
    "ru": [("decimal", "%1.", 0, -709), ("decimal", "%1.%2.", 0, -709),
           ("decimal", "%1.%2.%3.", 0, -709)],
    "india": [("decimal", "%1.", 720, 720), ("lowerRoman", "(%2)", 1440, 720),
              ("lowerLetter", "(%3)", 2160, 720)],
    "arabic": [("decimal", "%1.", 720, 720), ("arabicAbjad", "(%2)", 1440, 720),
               ("decimal", "%3)", 2160, 720)],
    "alpha": [("lowerLetter", "%1)", 567, 567), ("lowerRoman", "%2.", 1134, 567),
              ("decimal", "%3.", 1701, 567)],
    "annex": [("decimal", "A.%1", 851, 851), ("lowerLetter", "(%2)", 1418, 567),
              ("lowerRoman", "(%3)", 1985, 567)],
    "bullet": [("bullet", "\u2022", 720, 360), ("bullet", "\u2013", 1440, 360),
               ("bullet", "\u2022", 2160, 360)],
    # headings
    "roman": [("upperRoman", "%1.", 567, 567)],
    "upperalpha": [("upperLetter", "%1.", 567, 567)],
    "decimal": [("decimal", "%1.", 567, 567)],
    "part": [("upperRoman", "PART %1 \u2013", 0, 0)],
    "razdel": [("upperRoman", "%1.", 0, 0)],
}


class Numbering:
    """Owns numbering.xml: one abstractNum per scheme, one w:num per list instance."""

    def __init__(self, doc):
        self.el = doc.part.numbering_part.element
        for child in list(self.el):
            self.el.remove(child)
        self.abstract = {}
        self.next_abs = 10
        self.next_num = 1
        self.nums = []

    def _abstract_for(self, scheme, rtl=False):
        if scheme.startswith("annex_") and scheme not in SCHEMES:   # annex_C -> C.1, C.2 ...
            letter = scheme[6:]
            SCHEMES[scheme] = [("decimal", letter + ".%1", 851, 851)] + SCHEMES["annex"][1:]
        key = (scheme, rtl)
        if key in self.abstract:
            return self.abstract[key]
        aid = self.next_abs
        self.next_abs += 1
        a = etree.SubElement(self.el, qn("w:abstractNum"))
        a.set(qn("w:abstractNumId"), str(aid))
        ml = etree.SubElement(a, qn("w:multiLevelType"))
        ml.set(qn("w:val"), "hybridMultilevel" if scheme not in ("legal", "ru") else "multilevel")
        for ilvl, (fmt, txt, left, hang) in enumerate(SCHEMES[scheme]):
            lvl = etree.SubElement(a, qn("w:lvl"))
            lvl.set(qn("w:ilvl"), str(ilvl))
            s = etree.SubElement(lvl, qn("w:start")); s.set(qn("w:val"), "1")
            f = etree.SubElement(lvl, qn("w:numFmt")); f.set(qn("w:val"), fmt)
            if scheme in ("part", "razdel", "roman", "upperalpha", "decimal"):
                sfx = etree.SubElement(lvl, qn("w:suff")); sfx.set(qn("w:val"), "space")
            t = etree.SubElement(lvl, qn("w:lvlText")); t.set(qn("w:val"), txt)
            j = etree.SubElement(lvl, qn("w:lvlJc")); j.set(qn("w:val"), "left")
            ppr = etree.SubElement(lvl, qn("w:pPr"))
            ind = etree.SubElement(ppr, qn("w:ind"))
            if hang < 0:  # first-line indent style (Russian: number inside the first line)
                ind.set(qn("w:left"), str(left))
                ind.set(qn("w:firstLine"), str(-hang))
            else:
                ind.set(qn("w:left"), str(left))
                ind.set(qn("w:hanging"), str(hang))
        self.abstract[key] = aid
        return aid

    def new(self, scheme, rtl=False):
        aid = self._abstract_for(scheme, rtl)
        nid = self.next_num
        self.next_num += 1
        self.nums.append((nid, aid))
        return nid

    def finish(self):
        # all w:abstractNum must precede all w:num
        for nid, aid in self.nums:
            n = etree.SubElement(self.el, qn("w:num"))
            n.set(qn("w:numId"), str(nid))
            a = etree.SubElement(n, qn("w:abstractNumId"))
            a.set(qn("w:val"), str(aid))
            ov = etree.SubElement(n, qn("w:lvlOverride"))
            ov.set(qn("w:ilvl"), "0")
            so = etree.SubElement(ov, qn("w:startOverride"))
            so.set(qn("w:val"), "1")


PPR_ORDER = ["pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
             "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
             "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd",
             "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc",
             "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle",
             "rPr", "sectPr", "pPrChange"]


def ppr_insert(ppr, child):
    """Insert child into a w:pPr at its schema position."""
    name = etree.QName(child).localname
    rank = PPR_ORDER.index(name)
    for i, ch in enumerate(ppr):
        n = etree.QName(ch).localname
        if n in PPR_ORDER and PPR_ORDER.index(n) > rank:
            ppr.insert(i, child)
            return child
    ppr.append(child)
    return child


def set_num(paragraph, num_id, ilvl):
    ppr = paragraph._p.get_or_add_pPr()
    numpr = etree.Element(qn("w:numPr"))
    il = etree.SubElement(numpr, qn("w:ilvl")); il.set(qn("w:val"), str(ilvl))
    ni = etree.SubElement(numpr, qn("w:numId")); ni.set(qn("w:val"), str(num_id))
    ppr_insert(ppr, numpr)


# ----------------------------------------------------------------------------- footnotes
FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
FOOTNOTES_XML = (
    '<w:footnotes %s>'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
    'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
    'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
    '</w:footnotes>' % nsdecls("w")
)


class Footnotes:
    def __init__(self, doc):
        self.doc = doc
        self.el = parse_xml(FOOTNOTES_XML)
        self.part = None
        self.next_id = 1

    def add(self, builder, text):
        fid = self.next_id
        self.next_id += 1
        fn = etree.SubElement(self.el, qn("w:footnote"))
        fn.set(qn("w:id"), str(fid))
        p = etree.SubElement(fn, qn("w:p"))
        ppr = etree.SubElement(p, qn("w:pPr"))
        if builder.rtl:
            etree.SubElement(ppr, qn("w:bidi"))
        sp = etree.SubElement(ppr, qn("w:spacing")); sp.set(qn("w:after"), "40")
        r = etree.SubElement(p, qn("w:r"))
        rpr = etree.SubElement(r, qn("w:rPr"))
        va = etree.SubElement(rpr, qn("w:vertAlign")); va.set(qn("w:val"), "superscript")
        etree.SubElement(r, qn("w:footnoteRef"))
        r2 = etree.SubElement(p, qn("w:r"))
        t = etree.SubElement(r2, qn("w:t")); t.text = " "
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        builder.inline(p, text, size=builder.size - 2, in_footnote=True)
        return fid

    def attach(self):
        if self.next_id == 1:
            return
        blob = etree.tostring(self.el, xml_declaration=True, encoding="UTF-8", standalone=True)
        part = Part(PackURI("/word/footnotes.xml"), FOOTNOTES_CT, blob, self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)
        # footnote properties in settings
        settings = self.doc.settings.element
        fpr = parse_xml('<w:footnotePr %s><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
                        % nsdecls("w"))
        # place after w:defaultTabStop if present (schema order is lenient in LO/Word for this)
        anchor = settings.find(qn("w:compat"))
        if anchor is not None:
            anchor.addprevious(fpr)
        else:
            settings.append(fpr)


# ----------------------------------------------------------------------------- inline markup
TOKEN = re.compile(
    r"(\*\*|<u>|</u>|~~|<br>|\[\^|\^\]|\{\+|\+\}|\{-|-\}|\[\[x\]\]|\[\[ \]\]|\{\{.*?\}\})"
)


class Builder:
    def __init__(self, did):
        self.did = did
        self.doc = Document()
        self.num = Numbering(self.doc)
        self.fns = Footnotes(self.doc)
        self.font = "Times New Roman"
        self.size = 12
        self.rtl = False
        self.author = "Registry"
        self.rev_id = 100
        self.list_id = None
        self.hlist_id = None
        self.bullet_id = None
        self.sdt_id = 5000
        self.table = None
        self.table_widths = None
        self.headers = []
        self.footers = []
        self.page = "A4"

    # -- run helpers
    def _run(self, parent, text, bold=False, ital=False, und=False, size=None, deleted=False):
        r = etree.SubElement(parent, qn("w:r"))
        rpr = etree.SubElement(r, qn("w:rPr"))
        if bold:
            etree.SubElement(rpr, qn("w:b"))
            if self.rtl:
                etree.SubElement(rpr, qn("w:bCs"))
        if ital:
            etree.SubElement(rpr, qn("w:i"))
        if size:
            sz = etree.SubElement(rpr, qn("w:sz")); sz.set(qn("w:val"), str(int(size * 2)))
            szc = etree.SubElement(rpr, qn("w:szCs")); szc.set(qn("w:val"), str(int(size * 2)))
        if und:
            u = etree.SubElement(rpr, qn("w:u")); u.set(qn("w:val"), "single")
        if self.rtl:
            etree.SubElement(rpr, qn("w:rtl"))
        if len(rpr) == 0:
            r.remove(rpr)
        t = etree.SubElement(r, qn("w:delText" if deleted else "w:t"))
        t.text = text
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        return r

    def _br(self, parent):
        r = etree.SubElement(parent, qn("w:r"))
        etree.SubElement(r, qn("w:br"))

    def _checkbox(self, parent, checked):
        self.sdt_id += 1
        sdt = parse_xml(
            '<w:sdt %s xmlns:w14="%s"><w:sdtPr><w:id w:val="%d"/>'
            '<w14:checkbox><w14:checked w14:val="%d"/>'
            '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
            '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
            '<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" '
            'w:hAnsi="MS Gothic" w:hint="eastAsia"/></w:rPr><w:t>%s</w:t></w:r></w:sdtContent></w:sdt>'
            % (nsdecls("w"), W14, self.sdt_id, 1 if checked else 0, "\u2612" if checked else "\u2610"))
        parent.append(sdt)

    def _textcontrol(self, parent, value, label, size=None):
        self.sdt_id += 1
        sdt = parse_xml(
            '<w:sdt %s><w:sdtPr><w:alias w:val=""/><w:tag w:val=""/><w:id w:val="%d"/><w:text/></w:sdtPr>'
            '<w:sdtContent/></w:sdt>' % (nsdecls("w"), self.sdt_id))
        sdt.find(qn("w:sdtPr")).find(qn("w:alias")).set(qn("w:val"), label)
        sdt.find(qn("w:sdtPr")).find(qn("w:tag")).set(qn("w:val"), re.sub(r"\W+", "_", label)[:60])
        content = sdt.find(qn("w:sdtContent"))
        self._run(content, value, size=size)
        parent.append(sdt)

    def inline(self, p, text, size=None, in_footnote=False, base_bold=False):
        """Parse inline markup into runs appended to the w:p element p."""
        bold = base_bold
        ital = und = False
        target = p          # where runs go (p, or a w:ins / w:del wrapper)
        deleted = False
        fn_buf = None       # collecting footnote text
        for tok in TOKEN.split(text):
            if tok == "":
                continue
            if fn_buf is not None:
                if tok == "^]":
                    fid = self.fns.add(self, "".join(fn_buf))
                    r = etree.SubElement(target, qn("w:r"))
                    rpr = etree.SubElement(r, qn("w:rPr"))
                    va = etree.SubElement(rpr, qn("w:vertAlign")); va.set(qn("w:val"), "superscript")
                    ref = etree.SubElement(r, qn("w:footnoteReference")); ref.set(qn("w:id"), str(fid))
                    fn_buf = None
                else:
                    fn_buf.append(tok)
                continue
            if tok == "**":
                bold = not bold
            elif tok in ("<u>", "</u>"):
                und = tok == "<u>"
            elif tok == "~~":
                ital = not ital
            elif tok == "<br>":
                self._br(target)
            elif tok == "[^":
                fn_buf = []
            elif tok in ("{+", "{-"):
                self.rev_id += 1
                w = etree.SubElement(p, qn("w:ins" if tok == "{+" else "w:del"))
                w.set(qn("w:id"), str(self.rev_id))
                w.set(qn("w:author"), self.author)
                w.set(qn("w:date"), self.rev_date)
                target = w
                deleted = tok == "{-"
            elif tok in ("+}", "-}"):
                target = p
                deleted = False
            elif tok == "[[x]]":
                self._checkbox(target, True)
            elif tok == "[[ ]]":
                self._checkbox(target, False)
            elif tok.startswith("{{") and tok.endswith("}}"):
                inner = tok[2:-2]
                value, _, label = inner.partition("|")
                self._textcontrol(target, value, label or "Field", size=size)
            else:
                self._run(target, tok, bold=bold, ital=ital, und=und, size=size, deleted=deleted)

    # -- paragraph helpers
    def para(self, text, align=None, bold=False, keep=False, indent=None, space_after=6, size=None,
             style=None, container=None):
        cont = container if container is not None else self.doc
        p = cont.add_paragraph(style=style) if style else cont.add_paragraph()
        pf = p.paragraph_format
        pf.space_after = Pt(space_after)
        if align is not None:
            p.alignment = align
        elif not self.rtl:
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if keep:
            pf.keep_with_next = True
        if indent is not None:
            pf.left_indent = Cm(indent)
            pf.right_indent = Cm(indent * 0.6)
        if self.rtl:
            ppr = p._p.get_or_add_pPr()
            ppr_insert(ppr, etree.Element(qn("w:bidi")))
            if align is None:
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        self.inline(p._p, text, size=size, base_bold=bold)
        return p

    def header_footer(self):
        sec = self.doc.sections[0]
        for lines, hf in ((self.headers, sec.header), (self.footers, sec.footer)):
            if not lines:
                continue
            first = True
            for line in lines:
                p = hf.paragraphs[0] if first else hf.add_paragraph()
                first = False
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                if self.rtl:
                    ppr_insert(p._p.get_or_add_pPr(), etree.Element(qn("w:bidi")))
                parts = re.split(r"(\{PAGE\}|\{NUMPAGES\})", line)
                for part in parts:
                    if part in ("{PAGE}", "{NUMPAGES}"):
                        fld = parse_xml('<w:fldSimple %s w:instr=" %s "><w:r><w:t>1</w:t></w:r></w:fldSimple>'
                                        % (nsdecls("w"), part[1:-1]))
                        p._p.append(fld)
                    elif part:
                        self.inline(p._p, part, size=9)

    def setup(self):
        st = self.doc.styles["Normal"]
        st.font.name = self.font
        st.font.size = Pt(self.size)
        rpr = st.element.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        if rfonts is None:
            rfonts = etree.SubElement(rpr, qn("w:rFonts"))
        for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            rfonts.set(qn(a), self.font)
        szcs = etree.SubElement(rpr, qn("w:szCs")); szcs.set(qn("w:val"), str(self.size * 2))
        sec = self.doc.sections[0]
        if self.page == "Letter":
            sec.page_width, sec.page_height = Cm(21.59), Cm(27.94)
        else:
            sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
        sec.left_margin = sec.right_margin = Cm(2.5)
        sec.top_margin = Cm(2.2)
        sec.bottom_margin = Cm(2.0)
        core = self.doc.core_properties
        core.author = self.author
        core.title = self.did
        core.created = datetime.datetime(2026, 3, 2, 9, 0, 0)

    # -- tables
    def start_table(self, widths):
        self.table_widths = [float(x) for x in widths.split(",")]
        self.table = self.doc.add_table(rows=0, cols=len(self.table_widths))
        self.table.style = "Table Grid"
        if self.rtl:
            tblpr = self.table._tbl.tblPr
            tblpr.find(qn("w:tblStyle")).addnext(etree.Element(qn("w:bidiVisual")))

    def table_row(self, line):
        header = line.startswith("|!")
        line = line[2:] if header else line[1:]
        if line.endswith("|"):
            line = line[:-1]
        cells = [c.strip() for c in line.split(" | ")]
        if len(cells) == 1 and "|" in line and len(self.table_widths) > 1:
            cells = [c.strip() for c in line.split("|")]
        row = self.table.add_row()
        n = len(self.table_widths)
        if len(cells) < n:  # merged last cell
            a = row.cells[len(cells) - 1]
            b = row.cells[n - 1]
            a.merge(b)
        for i, txt in enumerate(cells):
            cell = row.cells[i]
            cell.width = Cm(sum(self.table_widths[i:]) if (i == len(cells) - 1 and len(cells) < n)
                            else self.table_widths[i])
            first = True
            for chunk in txt.split("<p>"):
                if first:
                    p = cell.paragraphs[0]
                    first = False
                else:
                    p = cell.add_paragraph()
                p.paragraph_format.space_after = Pt(2)
                if self.rtl:
                    ppr_insert(p._p.get_or_add_pPr(), etree.Element(qn("w:bidi")))
                self.inline(p._p, chunk.strip(), size=self.size - 1, base_bold=header)
            if header:
                tcpr = cell._tc.get_or_add_tcPr()
                shd = parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="D9D9D9"/>' % nsdecls("w"))
                tcpr.append(shd)

    def end_table(self):
        self.table = None
        self.doc.add_paragraph().paragraph_format.space_after = Pt(2)

    # -- main
    def build(self, path):
        lines = open(path, encoding="utf-8").read().splitlines()
        # directives first
        body = []
        for ln in lines:
            s = ln.rstrip()
            if s.startswith("@font "):
                _, name_size = s.split(" ", 1)
                name, size = name_size.rsplit(" ", 1)
                self.font, self.size = name, int(size)
            elif s == "@rtl":
                self.rtl = True
            elif s.startswith("@header "):
                self.headers.append(s[8:])
            elif s.startswith("@footer "):
                self.footers.append(s[8:])
            elif s.startswith("@author "):
                self.author = s[8:]
            elif s.startswith("@page "):
                self.page = s[6:].strip()
            elif s.startswith("@revdate "):
                self.rev_date = s[9:].strip()
            else:
                body.append(s)
        if not hasattr(self, "rev_date"):
            self.rev_date = "2026-02-27T10:00:00Z"
        self.setup()
        # python-docx starts with one empty paragraph? No: Document() body is empty except sectPr.
        for s in body:
            if not s.strip():
                continue
            if self.table is not None:
                if s.startswith("@endtable"):
                    self.end_table()
                else:
                    self.table_row(s)
                continue
            if s.startswith("@list "):
                self.list_id = self.num.new(s.split()[1], self.rtl)
            elif s.startswith("@hlist "):
                self.hlist_id = self.num.new(s.split()[1], self.rtl)
            elif s == "@to-ltr":       # the rest of the document runs left to right
                self.rtl = False
            elif s == "@pagebreak":
                p = self.doc.add_paragraph()
                p.add_run().add_break(WD_BREAK.PAGE)
            elif s == "@blank":
                self.doc.add_paragraph()
            elif s.startswith("@table "):
                self.start_table(s[7:])
            elif s.startswith("### "):
                p = self.para("<u>" + s[4:] + "</u>", keep=True,
                              align=WD_ALIGN_PARAGRAPH.RIGHT if self.rtl else WD_ALIGN_PARAGRAPH.LEFT)
            elif s.startswith("## "):
                self.para(s[3:], bold=True, keep=True, space_after=6,
                          align=WD_ALIGN_PARAGRAPH.RIGHT if self.rtl else WD_ALIGN_PARAGRAPH.LEFT)
            elif s.startswith("# "):
                self.para(s[2:], bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, keep=True, space_after=10)
            elif s.startswith("H. "):
                p = self.para(s[3:], bold=True, keep=True,
                              align=WD_ALIGN_PARAGRAPH.RIGHT if self.rtl else WD_ALIGN_PARAGRAPH.LEFT)
                set_num(p, self.hlist_id, 0)
            elif re.match(r"^(\d+|[a-z]|i|ii|iii|iv|v|vi|vii|viii)\. ", s):
                mark, rest = s.split(". ", 1)
                if mark.isdigit():
                    lvl = 0
                elif mark in ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii"):
                    lvl = 2
                else:
                    lvl = 1
                p = self.para(rest)
                set_num(p, self.list_id, lvl)
            elif s.startswith("- "):
                if self.bullet_id is None:
                    self.bullet_id = self.num.new("bullet", self.rtl)
                p = self.para(s[2:])
                set_num(p, self.bullet_id, 0)
            elif s.startswith("> "):
                self.para(s[2:], indent=1.25, size=self.size - 1)
            elif s.startswith("=r "):
                self.para(s[3:], align=WD_ALIGN_PARAGRAPH.LEFT if self.rtl else WD_ALIGN_PARAGRAPH.RIGHT)
            elif s.startswith("=l "):
                self.para(s[3:], align=WD_ALIGN_PARAGRAPH.RIGHT if self.rtl else WD_ALIGN_PARAGRAPH.LEFT)
            elif s.startswith("=c "):
                self.para(s[3:], align=WD_ALIGN_PARAGRAPH.CENTER)
            else:
                self.para(s)
        self.num.finish()
        self.fns.attach()
        self.header_footer()
        out = os.path.join(HERE, self.did + ".docx")
        self.doc.save(out)
        return out


def main(ids):
    srcs = sorted(f[:-5] for f in os.listdir(SRC) if f.endswith(".dsrc"))
    if ids:
        srcs = [s for s in srcs if s in ids or any(s.startswith(i) for i in ids)]
    for did in srcs:
        out = Builder(did).build(os.path.join(SRC, did + ".dsrc"))
        print("built", os.path.basename(out))


if __name__ == "__main__":
    main(sys.argv[1:])
