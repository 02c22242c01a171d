#!/usr/bin/env python
"""Build Word letters (and their reader's .txt) from light mark-up sources in src/.

Mark-up (one paragraph per line; blank lines are ignored):
  @header: text        header line (repeatable)      @footer: text   footer line
  @title: text         bold, centred paragraph
  # text               bold heading paragraph
  #. text              auto-numbered paragraph, level 0 (Word numbering definition)
  ##. text             auto-numbered paragraph, level 1 (a), b), ...)
  @restart             following #. items start again at 1 (new w:num with startOverride)
  @fmt: decimal|upperRoman  number format of level 0 for the following @restart list
  | a | b |            table row (consecutive rows form one table)
  [^n]                 footnote reference; '[^n]: text' defines the footnote
  [x] / [ ]            check-box content control (checked / unchecked)
  {+text+} {-text-}    tracked insertion / deletion (author 'Revisor', dated)
  **text**             bold
Usage: build_docx.py SRC.md OUT_STEM [--accepted]   (writes OUT_STEM.docx and OUT_STEM.txt)
"""
import re
import sys
import copy
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.part import Part
from docx.opc.packuri import PackURI
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
TOK = re.compile(r"(\[\^\d+\]|\[x\]|\[ \]|\{\+.*?\+\}|\{-.*?-\}|\*\*.*?\*\*)")
REV_AUTHOR = "Revisor"
REV_DATE = "2026-03-02T10:15:00Z"


def el(tag, **attrs):
    e = etree.Element(qn(tag))
    for k, v in attrs.items():
        if ":" in k:
            pfx, local = k.split(":")
            ns = W14 if pfx == "w14" else W
            e.set("{%s}%s" % (ns, local), v)
        else:
            e.set(qn("w:" + k), v)
    return e


def w14(tag, **attrs):
    e = etree.Element("{%s}%s" % (W14, tag))
    for k, v in attrs.items():
        e.set("{%s}%s" % (W14, k), v)
    return e


def make_run(text, bold=False, deleted=False):
    r = el("w:r")
    rpr = el("w:rPr")
    if bold:
        rpr.append(el("w:b"))
    if len(rpr):
        r.append(rpr)
    t = el("w:delText" if deleted else "w:t")
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    t.text = text
    r.append(t)
    return r


class Builder:
    def __init__(self, accepted=False):
        self.doc = Document()
        st = self.doc.styles["Normal"]
        st.font.name = "Times New Roman"
        st.font.size = Pt(11)
        self.accepted = accepted
        self.rev_id = 100
        self.sdt_id = 5000
        self.footnotes = {}
        self.fn_elems = None
        self.num_id = None
        self.lvl0_fmt = "decimal"
        self._init_numbering()
        self.txt = []
        self.counters = [0, 0]

    # ---- numbering -------------------------------------------------
    def _init_numbering(self):
        self.numbering = self.doc.part.numbering_part.element
        self.abs_ids = {}

    def _abstract(self, fmt):
        if fmt in self.abs_ids:
            return self.abs_ids[fmt]
        aid = str(90 + len(self.abs_ids))
        a = el("w:abstractNum", abstractNumId=aid)
        a.append(el("w:multiLevelType", val="multilevel"))
        lv0 = "%1." if fmt == "decimal" else "%1."
        for ilvl, (nf, txt, ind) in enumerate([(fmt, lv0, 567), ("lowerLetter", "%2)", 1134)]):
            lvl = el("w:lvl", ilvl=str(ilvl))
            lvl.append(el("w:start", val="1"))
            lvl.append(el("w:numFmt", val=nf))
            lvl.append(el("w:lvlText", val=txt))
            lvl.append(el("w:lvlJc", val="left"))
            ppr = el("w:pPr")
            ppr.append(el("w:ind", left=str(ind), hanging="567"))
            lvl.append(ppr)
            a.append(lvl)
        # abstractNum elements must precede num elements
        first_num = self.numbering.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(a)
        else:
            self.numbering.append(a)
        self.abs_ids[fmt] = aid
        return aid

    def new_list(self):
        aid = self._abstract(self.lvl0_fmt)
        nid = str(200 + len(self.numbering.findall(qn("w:num"))))
        n = el("w:num", numId=nid)
        n.append(el("w:abstractNumId", val=aid))
        ov = el("w:lvlOverride", ilvl="0")
        ov.append(el("w:startOverride", val="1"))
        n.append(ov)
        self.numbering.append(n)
        self.num_id = nid
        self.counters = [0, 0]

    # ---- footnotes -------------------------------------------------
    def _ensure_footnotes(self):
        if self.fn_elems is not None:
            return
        root = etree.Element(qn("w:footnotes"), nsmap={"w": W})
        for fid, typ, child in (("-1", "separator", "w:separator"), ("0", "continuationSeparator", "w:continuationSeparator")):
            f = el("w:footnote", type=typ, id=fid)
            p = el("w:p")
            r = el("w:r")
            r.append(el(child))
            p.append(r)
            f.append(p)
            root.append(f)
        self.fn_elems = root

    def footnote_ref(self, n):
        self._ensure_footnotes()
        r = el("w:r")
        rpr = el("w:rPr")
        rpr.append(el("w:vertAlign", val="superscript"))
        r.append(rpr)
        r.append(el("w:footnoteReference", id=str(n)))
        return r

    def add_footnote_body(self, n, text):
        self._ensure_footnotes()
        f = el("w:footnote", id=str(n))
        p = el("w:p")
        ppr = el("w:pPr")
        rpr0 = el("w:rPr")
        rpr0.append(el("w:sz", val="18"))
        ppr.append(el("w:spacing", after="0"))
        p.append(ppr)
        r = el("w:r")
        rpr = el("w:rPr")
        rpr.append(el("w:vertAlign", val="superscript"))
        r.append(rpr)
        r.append(el("w:footnoteRef"))
        p.append(r)
        tr = make_run(" " + text)
        rp = el("w:rPr")
        rp.append(el("w:sz", val="18"))
        tr.insert(0, rp)
        p.append(tr)
        f.append(p)
        self.fn_elems.append(f)

    def finish_footnotes(self):
        if self.fn_elems is None:
            return
        blob = etree.tostring(self.fn_elems, xml_declaration=True, encoding="UTF-8", standalone=True)
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    blob, self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)

    # ---- check boxes -----------------------------------------------
    def checkbox(self, checked):
        self.sdt_id += 1
        sdt = el("w:sdt")
        pr = el("w:sdtPr")
        pr.append(el("w:id", val=str(self.sdt_id)))
        cb = w14("checkbox")
        cb.append(w14("checked", val="1" if checked else "0"))
        cb.append(w14("checkedState", val="2612", font="MS Gothic"))
        cb.append(w14("uncheckedState", val="2610", font="MS Gothic"))
        pr.append(cb)
        sdt.append(pr)
        content = el("w:sdtContent")
        r = el("w:r")
        rpr = el("w:rPr")
        rpr.append(el("w:rFonts", ascii="MS Gothic", hAnsi="MS Gothic", eastAsia="MS Gothic"))
        r.append(rpr)
        t = el("w:t")
        t.text = "\u2612" if checked else "\u2610"
        r.append(t)
        content.append(r)
        sdt.append(content)
        return sdt

    # ---- inline ----------------------------------------------------
    def fill(self, p_el, text, bold=False):
        """append inline content of `text` to paragraph element; return the reader's text"""
        out = []
        for tok in TOK.split(text):
            if not tok:
                continue
            m = re.fullmatch(r"\[\^(\d+)\]", tok)
            if m:
                p_el.append(self.footnote_ref(int(m.group(1))))
                out.append("[%s]" % m.group(1))
            elif tok in ("[x]", "[ ]"):
                p_el.append(self.checkbox(tok == "[x]"))
                out.append("\u2612" if tok == "[x]" else "\u2610")
            elif tok.startswith("{+"):
                body = tok[2:-2]
                if self.accepted:
                    p_el.append(make_run(body, bold))
                else:
                    self.rev_id += 1
                    ins = el("w:ins", id=str(self.rev_id), author=REV_AUTHOR, date=REV_DATE)
                    ins.append(make_run(body, bold))
                    p_el.append(ins)
                out.append(body)
            elif tok.startswith("{-"):
                body = tok[2:-2]
                if not self.accepted:
                    self.rev_id += 1
                    d = el("w:del", id=str(self.rev_id), author=REV_AUTHOR, date=REV_DATE)
                    d.append(make_run(body, bold, deleted=True))
                    p_el.append(d)
            elif tok.startswith("**"):
                p_el.append(make_run(tok[2:-2], True))
                out.append(tok[2:-2])
            else:
                p_el.append(make_run(tok, bold))
                out.append(tok)
        return "".join(out)

    # ---- blocks ----------------------------------------------------
    def para(self, text, bold=False, center=False, num_level=None):
        p = self.doc.add_paragraph()
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if num_level is not None:
            if self.num_id is None:
                self.new_list()
            ppr = p._p.get_or_add_pPr()
            numpr = el("w:numPr")
            numpr.append(el("w:ilvl", val=str(num_level)))
            numpr.append(el("w:numId", val=self.num_id))
            ppr.append(numpr)
        shown = self.fill(p._p, text, bold)
        if num_level == 0:
            self.counters[0] += 1
            self.counters[1] = 0
            n = self.counters[0]
            label = (self._roman(n) if self.lvl0_fmt == "upperRoman" else str(n)) + "."
            shown = label + " " + shown
        elif num_level == 1:
            self.counters[1] += 1
            shown = "    " + "abcdefghijklmnopqrstuvwxyz"[self.counters[1] - 1] + ") " + shown
        self.txt.append(shown)

    @staticmethod
    def _roman(n):
        vals = [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        s = ""
        for v, r in vals:
            while n >= v:
                s += r
                n -= v
        return s

    def table(self, rows):
        ncol = max(len(r) for r in rows)
        t = self.doc.add_table(rows=len(rows), cols=ncol)
        t.style = self.doc.styles["Table Grid"]
        block = []
        for i, row in enumerate(rows):
            shown = []
            for j in range(ncol):
                cell = t.cell(i, j)
                text = row[j] if j < len(row) else ""
                p = cell.paragraphs[0]
                shown.append(self.fill(p._p, text, bold=(i == 0 and text.startswith("!"))) if not text.startswith("!")
                             else self.fill(p._p, text[1:], bold=True))
            block.append(" | ".join(s for s in shown))
        self.txt.append("\n".join(block))
        self.doc.add_paragraph()

    def build(self, src):
        lines = open(src, encoding="utf-8").read().splitlines()
        headers, footers, notes, body = [], [], {}, []
        for ln in lines:
            m = re.match(r"\[\^(\d+)\]:\s*(.*)", ln)
            if m:
                notes[int(m.group(1))] = m.group(2)
            elif ln.startswith("@header:"):
                headers.append(ln[8:].strip())
            elif ln.startswith("@footer:"):
                footers.append(ln[8:].strip())
            else:
                body.append(ln)
        sec = self.doc.sections[0]
        head_txt = []
        for i, h in enumerate(headers):
            p = sec.header.paragraphs[0] if i == 0 else sec.header.add_paragraph()
            head_txt.append(self.fill(p._p, h))
        foot_txt = []
        for i, f in enumerate(footers):
            p = sec.footer.paragraphs[0] if i == 0 else sec.footer.add_paragraph()
            foot_txt.append(self.fill(p._p, f))
        self.txt.extend(head_txt)
        if head_txt:
            self.txt.append("")
        table_rows = []
        for ln in body + [""]:
            if ln.startswith("|"):
                table_rows.append([c.strip() for c in ln.strip().strip("|").split("|")])
                continue
            if table_rows:
                self.table(table_rows)
                table_rows = []
            if not ln.strip():
                continue
            if ln.startswith("@title:"):
                self.para(ln[7:].strip(), bold=True, center=True)
            elif ln.startswith("@fmt:"):
                self.lvl0_fmt = ln[5:].strip()
            elif ln.strip() == "@restart":
                self.new_list()
            elif ln.startswith("##. "):
                self.para(ln[4:], num_level=1)
            elif ln.startswith("#. "):
                self.para(ln[3:], num_level=0)
            elif ln.startswith("# "):
                self.para(ln[2:], bold=True)
            else:
                self.para(ln)
        for n in sorted(notes):
            self.add_footnote_body(n, notes[n])
        self.finish_footnotes()
        if foot_txt:
            self.txt.append("")
            self.txt.extend(foot_txt)
        if notes:
            self.txt.append("")
            self.txt.append("__________")
            for n in sorted(notes):
                self.txt.append("[%d] %s" % (n, notes[n]))
        return "\n\n".join(x for x in self.txt if x is not None).replace("\n\n\n\n", "\n\n") + "\n"


def main():
    src, stem = sys.argv[1], sys.argv[2]
    accepted = "--accepted" in sys.argv
    b = Builder(accepted=accepted)
    text = b.build(src)
    b.doc.save(stem + ".docx")
    if not accepted:
        with open(stem + ".txt", "w", encoding="utf-8") as fh:
            fh.write(text)


if __name__ == "__main__":
    main()
