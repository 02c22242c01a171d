#!/usr/bin/env python3
"""Build author C's Word letters (python-docx + raw OOXML via lxml).

Run:  /work/staging/venv/bin/python build_docx.py            (builds every letter)
      /work/staging/venv/bin/python build_docx.py C01 C06    (only those ids)

Each letter's content lives in letters_src/cNN.py as a function build(L) that
receives a Letter object (defined here).  The small inline markup used in the
content is:
    **bold**           bold run
    //italic//         italic run
    [^text^]           a REAL footnote (footnotes.xml) anchored here
    {+text+}           tracked insertion (w:ins)
    {-text-}           tracked deletion (w:del) - not part of the letter
    \n                 soft line break (w:br)
    [x] / [ ]          (tables and form lines) a check-box content control
    {{tag|value}}      a plain-text content control (w:sdt) with a tag
Paragraph numbering is real Word numbering (numbering.xml), never typed.
"""
import copy
import importlib
import os
import re
import sys

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from lxml import etree

HERE = os.path.dirname(os.path.abspath(__file__))
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
NSDECL = ('xmlns:w="%s" xmlns:w14="%s" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"' % (W, W14))
REV_AUTHOR = "C. Registry"
REV_DATE = "2026-02-10T09:30:00Z"


def el(tag, **attrs):
    e = etree.SubElement if False else None
    node = etree.Element(qn(tag))
    for k, v in attrs.items():
        node.set(qn(k.replace("_", ":", 1)) if "_" in k else qn("w:" + k), str(v))
    return node


def wattr(node, name, value):
    node.set(qn("w:" + name), str(value))
    return node


TOKEN = re.compile(r"(\*\*.+?\*\*|//.+?//|\[\^.+?\^\]|\{\+.+?\+\}|\{-.+?-\}|\n|\[x\]|\[ \]|\{\{[^}]+\}\})", re.S)


class Letter:
    """A Word letter under construction."""

    def __init__(self, lang="es-ES", rtl=False, font="Times New Roman", size=12, cs_font=None,
                 margins_cm=2.5):
        self.doc = Document()
        self.rtl = rtl
        self.lang = lang
        self._rev = 100
        self._fn_next = 1
        self._footnotes = None
        self._sdt_id = 5000
        self._nums = {}
        st = self.doc.styles["Normal"]
        st.font.name = font
        st.font.size = Pt(size)
        rpr = st.element.get_or_add_rPr()
        fonts = rpr.find(qn("w:rFonts"))
        if fonts is None:
            fonts = etree.SubElement(rpr, qn("w:rFonts"))
        for a in ("ascii", "hAnsi", "eastAsia", "cs"):
            fonts.set(qn("w:" + a), cs_font if (a == "cs" and cs_font) else font)
        lang_el = etree.SubElement(rpr, qn("w:lang"))
        lang_el.set(qn("w:val"), lang if not rtl else "en-GB")
        if rtl:
            lang_el.set(qn("w:bidi"), lang)
            szcs = etree.SubElement(rpr, qn("w:szCs"))
            szcs.set(qn("w:val"), str(size * 2))
        pf = st.paragraph_format
        pf.space_after = Pt(6)
        for s in self.doc.sections:
            s.left_margin = s.right_margin = Cm(margins_cm)
            s.top_margin = Cm(2.2)
            s.bottom_margin = Cm(2.0)
        self._define_numbering()

    # ------------------------------------------------------------------ numbering
    def _define_numbering(self):
        numbering = self.doc.part.numbering_part.element
        # remove nothing; append our abstract definitions with high ids
        specs = {
            # name: [(numFmt, lvlText, indent_left_twips, hanging)]
            "decimal": [("decimal", "%1.", 567, 567), ("lowerLetter", "(%2)", 1134, 567),
                        ("lowerRoman", "(%3)", 1701, 567)],
            "paren": [("decimal", "%1)", 567, 567), ("lowerLetter", "%2)", 1134, 567),
                      ("bullet", "–", 1701, 567)],
            "letters": [("lowerLetter", "%1)", 567, 567), ("lowerRoman", "%2.", 1134, 567),
                        ("bullet", "–", 1701, 567)],
            "upperroman": [("upperRoman", "%1.", 567, 567), ("decimal", "%1.%2.", 1134, 567),
                           ("lowerLetter", "(%3)", 1701, 567)],
            "outline": [("decimal", "%1.", 567, 567), ("decimal", "%1.%2.", 1134, 567),
                        ("lowerLetter", "(%3)", 1701, 567)],
            "arabic": [("decimal", "%1.", 567, 567), ("arabicAbjad", "(%2)", 1134, 567),
                       ("decimal", "%3)", 1701, 567)],
            "bullet": [("bullet", "•", 567, 283), ("bullet", "–", 1134, 283), ("bullet", "·", 1701, 283)],
            "dash": [("bullet", "–", 567, 283), ("bullet", "•", 1134, 283), ("bullet", "·", 1701, 283)],
        }
        self._abs = {}
        first_num = None
        for n, (name, levels) in enumerate(specs.items()):
            aid = 40 + n
            a = etree.Element(qn("w:abstractNum"))
            wattr(a, "abstractNumId", aid)
            mlt = etree.SubElement(a, qn("w:multiLevelType"))
            wattr(mlt, "val", "multilevel")
            for i, (fmt, txt, left, hang) in enumerate(levels):
                lvl = etree.SubElement(a, qn("w:lvl"))
                wattr(lvl, "ilvl", i)
                wattr(etree.SubElement(lvl, qn("w:start")), "val", 1)
                wattr(etree.SubElement(lvl, qn("w:numFmt")), "val", fmt)
                wattr(etree.SubElement(lvl, qn("w:lvlText")), "val", txt)
                wattr(etree.SubElement(lvl, qn("w:lvlJc")), "val", "left")
                ppr = etree.SubElement(lvl, qn("w:pPr"))
                ind = etree.SubElement(ppr, qn("w:ind"))
                wattr(ind, "left", left)
                wattr(ind, "hanging", hang)
                if self.rtl:
                    etree.SubElement(ppr, qn("w:bidi"))
            # abstractNum elements must precede num elements
            nums = numbering.findall(qn("w:num"))
            if nums:
                nums[0].addprevious(a)
            else:
                numbering.append(a)
            self._abs[name] = aid

    def new_list(self, kind="decimal", start=None):
        """Return a numId for a fresh list (restarts numbering)."""
        numbering = self.doc.part.numbering_part.element
        existing = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
        nid = max(existing + [100]) + 1
        num = etree.SubElement(numbering, qn("w:num"))
        wattr(num, "numId", nid)
        wattr(etree.SubElement(num, qn("w:abstractNumId")), "val", self._abs[kind])
        ov = etree.SubElement(num, qn("w:lvlOverride"))
        wattr(ov, "ilvl", 0)
        wattr(etree.SubElement(ov, qn("w:startOverride")), "val", start or 1)
        return nid

    # ------------------------------------------------------------------ footnotes
    def _footnotes_root(self):
        if self._footnotes is not None:
            return self._footnotes
        xml = ('<w:footnotes %s>'
               '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
               '<w:r><w:separator/></w:r></w:p></w:footnote>'
               '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
               '<w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
               '</w:footnotes>' % NSDECL)
        root = etree.fromstring(xml.encode())
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    b"", self.doc.part.package)
        self._fn_part = part
        self.doc.part.relate_to(part, RT.FOOTNOTES)
        self._footnotes = root
        # footnote properties in settings (numbering format)
        return root

    def _add_footnote(self, text):
        root = self._footnotes_root()
        fid = self._fn_next
        self._fn_next += 1
        fn = etree.SubElement(root, qn("w:footnote"))
        wattr(fn, "id", fid)
        paras = text.split("\n\n")
        for i, ptxt in enumerate(paras):
            p = etree.SubElement(fn, qn("w:p"))
            ppr = etree.SubElement(p, qn("w:pPr"))
            if self.rtl:
                etree.SubElement(ppr, qn("w:bidi"))
            sp = etree.SubElement(ppr, qn("w:spacing"))
            wattr(sp, "after", 0)
            if i == 0:
                r = etree.SubElement(p, qn("w:r"))
                rpr = etree.SubElement(r, qn("w:rPr"))
                wattr(etree.SubElement(rpr, qn("w:vertAlign")), "val", "superscript")
                etree.SubElement(r, qn("w:footnoteRef"))
                r2 = etree.SubElement(p, qn("w:r"))
                self._rpr(r2, size=10)
                t = etree.SubElement(r2, qn("w:t"))
                t.text = " "
                t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            self._append_runs(p, ptxt, size=10, allow_fn=False)
        return fid

    def _finish_footnotes(self):
        if self._footnotes is not None:
            self._fn_part._blob = etree.tostring(self._footnotes, xml_declaration=True,
                                                 encoding="UTF-8", standalone=True)

    # ------------------------------------------------------------------ runs
    def _rpr(self, r, bold=False, italic=False, size=None, underline=False, caps=False):
        rpr = r.find(qn("w:rPr"))
        if rpr is None:
            rpr = etree.SubElement(r, qn("w:rPr"))
        if bold:
            etree.SubElement(rpr, qn("w:b"))
            etree.SubElement(rpr, qn("w:bCs"))
        if italic:
            etree.SubElement(rpr, qn("w:i"))
            etree.SubElement(rpr, qn("w:iCs"))
        if caps:
            etree.SubElement(rpr, qn("w:caps"))
        if underline:
            wattr(etree.SubElement(rpr, qn("w:u")), "val", "single")
        if size:
            wattr(etree.SubElement(rpr, qn("w:sz")), "val", int(size * 2))
            wattr(etree.SubElement(rpr, qn("w:szCs")), "val", int(size * 2))
        if self.rtl:
            etree.SubElement(rpr, qn("w:rtl"))
        return rpr

    def _text_run(self, parent, text, bold=False, italic=False, size=None, underline=False,
                  deleted=False):
        r = etree.SubElement(parent, qn("w:r"))
        self._rpr(r, bold=bold, italic=italic, size=size, underline=underline)
        t = etree.SubElement(r, qn("w:delText" if deleted else "w:t"))
        t.text = text
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        return r

    def _checkbox(self, parent, checked, size=None):
        self._sdt_id += 1
        sdt = etree.SubElement(parent, qn("w:sdt"))
        pr = etree.SubElement(sdt, qn("w:sdtPr"))
        wattr(etree.SubElement(pr, qn("w:id")), "val", self._sdt_id)
        cb = etree.SubElement(pr, "{%s}checkbox" % W14)
        c = etree.SubElement(cb, "{%s}checked" % W14)
        c.set("{%s}val" % W14, "1" if checked else "0")
        cs = etree.SubElement(cb, "{%s}checkedState" % W14)
        cs.set("{%s}val" % W14, "2612")
        cs.set("{%s}font" % W14, "MS Gothic")
        us = etree.SubElement(cb, "{%s}uncheckedState" % W14)
        us.set("{%s}val" % W14, "2610")
        us.set("{%s}font" % W14, "MS Gothic")
        content = etree.SubElement(sdt, qn("w:sdtContent"))
        r = etree.SubElement(content, qn("w:r"))
        rpr = etree.SubElement(r, qn("w:rPr"))
        f = etree.SubElement(rpr, qn("w:rFonts"))
        for a in ("ascii", "hAnsi", "eastAsia", "cs"):
            f.set(qn("w:" + a), "MS Gothic")
        t = etree.SubElement(r, qn("w:t"))
        t.text = "☒" if checked else "☐"

    def _plain_sdt(self, parent, tag, value, size=None):
        self._sdt_id += 1
        sdt = etree.SubElement(parent, qn("w:sdt"))
        pr = etree.SubElement(sdt, qn("w:sdtPr"))
        wattr(etree.SubElement(pr, qn("w:alias")), "val", tag)
        wattr(etree.SubElement(pr, qn("w:tag")), "val", tag)
        wattr(etree.SubElement(pr, qn("w:id")), "val", self._sdt_id)
        etree.SubElement(pr, qn("w:text"))
        content = etree.SubElement(sdt, qn("w:sdtContent"))
        self._text_run(content, value, size=size)

    def _append_runs(self, p, text, bold=False, italic=False, size=None, allow_fn=True,
                     underline=False):
        for tok in TOKEN.split(text):
            if not tok:
                continue
            if tok == "\n":
                r = etree.SubElement(p, qn("w:r"))
                self._rpr(r, size=size)
                etree.SubElement(r, qn("w:br"))
            elif tok.startswith("**") and tok.endswith("**") and len(tok) > 4:
                self._append_runs(p, tok[2:-2], bold=True, italic=italic, size=size,
                                  allow_fn=allow_fn, underline=underline)
            elif tok.startswith("//") and tok.endswith("//") and len(tok) > 4:
                self._append_runs(p, tok[2:-2], bold=bold, italic=True, size=size,
                                  allow_fn=allow_fn, underline=underline)
            elif tok.startswith("[^") and tok.endswith("^]"):
                fid = self._add_footnote(tok[2:-2])
                r = etree.SubElement(p, qn("w:r"))
                rpr = self._rpr(r, size=size)
                wattr(etree.SubElement(rpr, qn("w:vertAlign")), "val", "superscript")
                ref = etree.SubElement(r, qn("w:footnoteReference"))
                wattr(ref, "id", fid)
            elif tok.startswith("{+") and tok.endswith("+}"):
                self._rev += 1
                ins = etree.SubElement(p, qn("w:ins"))
                wattr(ins, "id", self._rev)
                wattr(ins, "author", REV_AUTHOR)
                wattr(ins, "date", REV_DATE)
                self._text_run(ins, tok[2:-2], bold=bold, italic=italic, size=size)
            elif tok.startswith("{-") and tok.endswith("-}"):
                self._rev += 1
                d = etree.SubElement(p, qn("w:del"))
                wattr(d, "id", self._rev)
                wattr(d, "author", REV_AUTHOR)
                wattr(d, "date", REV_DATE)
                self._text_run(d, tok[2:-2], bold=bold, italic=italic, size=size, deleted=True)
            elif tok in ("[x]", "[ ]"):
                self._checkbox(p, tok == "[x]", size=size)
            elif tok.startswith("{{") and tok.endswith("}}"):
                tag, _, value = tok[2:-2].partition("|")
                self._plain_sdt(p, tag, value, size=size)
            else:
                self._text_run(p, tok, bold=bold, italic=italic, size=size, underline=underline)

    # ------------------------------------------------------------------ paragraphs
    def p(self, text="", align=None, bold=False, italic=False, size=None, num=None, level=0,
          space_after=None, indent_cm=None, keep_next=False, underline=False, space_before=None):
        par = self.doc.add_paragraph()
        ppr = par._p.get_or_add_pPr()
        if self.rtl:
            etree.SubElement(ppr, qn("w:bidi"))
        if num is not None:
            numpr = etree.SubElement(ppr, qn("w:numPr"))
            wattr(etree.SubElement(numpr, qn("w:ilvl")), "val", level)
            wattr(etree.SubElement(numpr, qn("w:numId")), "val", num)
            # numPr must come first in pPr after pStyle
            ppr.remove(numpr)
            ppr.insert(0, numpr)
        if align:
            par.alignment = {"center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT,
                             "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
                             "left": WD_ALIGN_PARAGRAPH.LEFT}[align]
        if space_after is not None:
            par.paragraph_format.space_after = Pt(space_after)
        if space_before is not None:
            par.paragraph_format.space_before = Pt(space_before)
        if indent_cm is not None:
            par.paragraph_format.left_indent = Cm(indent_cm)
        if keep_next:
            par.paragraph_format.keep_with_next = True
        self._append_runs(par._p, text, bold=bold, italic=italic, size=size, underline=underline)
        return par

    def heading(self, text, size=12, align=None, underline=False, space_before=8, num=None, level=0):
        return self.p(text, bold=True, size=size, align=align, keep_next=True, underline=underline,
                      space_before=space_before, num=num, level=level)

    def blank(self):
        return self.p("")

    def page_break(self):
        par = self.doc.add_paragraph()
        r = etree.SubElement(par._p, qn("w:r"))
        br = etree.SubElement(r, qn("w:br"))
        wattr(br, "type", "page")

    # ------------------------------------------------------------------ tables
    def table(self, rows, widths_cm=None, header=False, size=10, bold_first_col=False,
              shade_header=True):
        ncols = max(len(r) for r in rows)
        t = self.doc.add_table(rows=0, cols=ncols)
        t.style = self.doc.styles["Table Grid"]
        if self.rtl:
            tblpr = t._tbl.tblPr
            etree.SubElement(tblpr, qn("w:bidiVisual"))
        for ri, row in enumerate(rows):
            cells = t.add_row().cells
            if len(row) < ncols:  # merge the rest
                merged = cells[len(row) - 1].merge(cells[ncols - 1])
                cells = list(cells[:len(row) - 1]) + [merged]
            for ci, val in enumerate(row):
                cell = cells[ci]
                par = cell.paragraphs[0]
                ppr = par._p.get_or_add_pPr()
                if self.rtl:
                    etree.SubElement(ppr, qn("w:bidi"))
                par.paragraph_format.space_after = Pt(2)
                b = (header and ri == 0) or (bold_first_col and ci == 0 and len(row) > 1)
                chunks = val.split("\n\n") if isinstance(val, str) else [str(val)]
                for k, chunk in enumerate(chunks):
                    if k > 0:
                        par = cell.add_paragraph()
                        if self.rtl:
                            etree.SubElement(par._p.get_or_add_pPr(), qn("w:bidi"))
                        par.paragraph_format.space_after = Pt(2)
                    self._append_runs(par._p, chunk, bold=b, size=size)
                if header and ri == 0 and shade_header:
                    tcpr = cell._tc.get_or_add_tcPr()
                    shd = etree.SubElement(tcpr, qn("w:shd"))
                    wattr(shd, "val", "clear")
                    wattr(shd, "color", "auto")
                    wattr(shd, "fill", "D9D9D9")
        if widths_cm:
            for row in t.rows:
                for ci, cell in enumerate(row.cells):
                    if ci < len(widths_cm):
                        cell.width = Cm(widths_cm[ci])
        self.p("", space_after=2)
        return t

    # ------------------------------------------------------------------ header / footer
    def header(self, text, align="center", size=9, bold=False):
        sec = self.doc.sections[0]
        par = sec.header.paragraphs[0]
        ppr = par._p.get_or_add_pPr()
        if self.rtl:
            etree.SubElement(ppr, qn("w:bidi"))
        par.alignment = {"center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT,
                         "left": WD_ALIGN_PARAGRAPH.LEFT}[align]
        self._append_runs(par._p, text, size=size, bold=bold)

    def footer(self, text, align="center", size=8, page_numbers=True, page_word="Page"):
        sec = self.doc.sections[0]
        par = sec.footer.paragraphs[0]
        ppr = par._p.get_or_add_pPr()
        if self.rtl:
            etree.SubElement(ppr, qn("w:bidi"))
        par.alignment = {"center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT,
                         "left": WD_ALIGN_PARAGRAPH.LEFT}[align]
        self._append_runs(par._p, text, size=size)
        if page_numbers:
            self._append_runs(par._p, "   " + page_word + " ", size=size)
            for kind, val in (("begin", None), ("instr", " PAGE "), ("separate", None),
                              ("text", "1"), ("end", None)):
                r = etree.SubElement(par._p, qn("w:r"))
                self._rpr(r, size=size)
                if kind == "instr":
                    it = etree.SubElement(r, qn("w:instrText"))
                    it.text = val
                    it.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
                elif kind == "text":
                    t = etree.SubElement(r, qn("w:t"))
                    t.text = val
                else:
                    fc = etree.SubElement(r, qn("w:fldChar"))
                    wattr(fc, "fldCharType", kind)

    # ------------------------------------------------------------------ save
    def save(self, path):
        self._finish_footnotes()
        if self.rtl:
            # document-level right-to-left section
            sectpr = self.doc.sections[0]._sectPr
            etree.SubElement(sectpr, qn("w:bidi"))
        self.doc.save(path)


def build(ids=None):
    src = os.path.join(HERE, "letters_src")
    sys.path.insert(0, src)
    built = []
    for fn in sorted(os.listdir(src)):
        m = re.match(r"(c\d\d)\.py$", fn)
        if not m:
            continue
        mod = importlib.import_module(m.group(1))
        if ids and mod.ID.split("_")[0] not in ids:
            continue
        L = Letter(**getattr(mod, "OPTIONS", {}))
        mod.build(L)
        out = os.path.join(HERE, mod.ID + ".docx")
        L.save(out)
        built.append(out)
        print("built", os.path.basename(out))
    return built


if __name__ == "__main__":
    build([a.upper() for a in sys.argv[1:]] or None)
