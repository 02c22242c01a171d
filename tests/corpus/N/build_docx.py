#!/usr/bin/env python
"""Build the Word versions (and their plain-text reading copies) of the letters of request
from the light mark-up sources in src/.

Mark-up (one block = lines up to a blank line):
  @header: text          page header (txt: first line)
  @footer: text          page footer (txt: last line)
  @rtl                   (unused here)
  = Title                centred bold paragraph
  ## Heading             bold paragraph
  #. text                automatically numbered paragraph, level 0 ("1.")
  #a. text               automatically numbered paragraph, level 1 ("(a)")
  -. text                bulleted paragraph (numbering definition, "–")
  > text                 right-aligned paragraph
  | c1 | c2 |            table row ("|* ..." = shaded heading row); cells: " // " = line break
  other                  plain paragraph; lines inside a block become line breaks
Inline: **bold**, [^footnote text], {+inserted+}, {-deleted-} (tracked changes), [x] / [ ] check boxes.

Usage: build_docx.py NAME [NAME ...]     (writes NAME.docx, NAME.txt; NAME.accepted.docx in /tmp
                                          for PDF conversion when --pdf is given)
"""
import copy
import os
import re
import subprocess
import sys
import shutil
import tempfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14_NS = "http://schemas.microsoft.com/office/word/2010/wordml"
AUTHOR = "Central Authority"
DATE = "2026-03-02T09:00:00Z"

INLINE = re.compile(r"(\*\*.+?\*\*|\[\^.+?\]|\{\+.+?\+\}|\{-.+?-\}|\[x\]|\[ \])")


# ---------------------------------------------------------------- parsing
def parse(path):
    meta = {"header": "", "footer": ""}
    blocks, cur = [], []
    for raw in open(path, encoding="utf-8").read().splitlines():
        if raw.startswith("@header:"):
            meta["header"] = raw.split(":", 1)[1].strip()
            continue
        if raw.startswith("@footer:"):
            meta["footer"] = raw.split(":", 1)[1].strip()
            continue
        if raw.strip() == "":
            if cur:
                blocks.append(cur)
                cur = []
            continue
        cur.append(raw.rstrip())
    if cur:
        blocks.append(cur)
    return meta, blocks


def kind(block):
    first = block[0]
    if first.startswith("|"):
        return "table", block
    for pre, k in (("= ", "title"), ("## ", "heading"), ("#a. ", "num1"), ("#. ", "num0"),
                   ("-. ", "bullet"), ("> ", "right")):
        if first.startswith(pre):
            rest = [x[2:] if k == "right" and x.startswith("> ") else x for x in block[1:]]
            return k, [first[len(pre):]] + rest
    return "para", block


def split_cells(row):
    shaded = row.startswith("|*")
    row = row[2:] if shaded else row[1:]
    if row.endswith("|"):
        row = row[:-1]
    return shaded, [c.strip() for c in row.split(" | ")] if " | " in row or True else []


# ---------------------------------------------------------------- text rendering
class TextState:
    def __init__(self):
        self.n0 = 0
        self.n1 = 0
        self.notes = []


def inline_text(s, st):
    out = []
    for tok in INLINE.split(s):
        if not tok:
            continue
        if tok.startswith("**") and tok.endswith("**"):
            out.append(tok[2:-2])
        elif tok.startswith("[^"):
            st.notes.append(tok[2:-1])
            out.append("[%d]" % len(st.notes))
        elif tok.startswith("{+"):
            out.append(tok[2:-2])
        elif tok.startswith("{-"):
            pass
        elif tok == "[x]":
            out.append("☒")
        elif tok == "[ ]":
            out.append("☐")
        else:
            out.append(tok)
    return re.sub(r"  +", " ", "".join(out))


def render_txt(meta, blocks):
    st = TextState()
    lines = []
    if meta["header"]:
        lines += [meta["header"], ""]
    for b in blocks:
        k, body = kind(b)
        if k == "table":
            for row in body:
                _, cells = split_cells(row)
                cells = [inline_text(c.replace(" // ", "\n  "), st) for c in cells]
                lines.append(" | ".join(cells).rstrip(" |"))
            lines.append("")
            continue
        text = "\n".join(inline_text(x, st) for x in body)
        if k == "num0":
            st.n0 += 1
            st.n1 = 0
            text = "%d. %s" % (st.n0, text)
        elif k == "num1":
            st.n1 += 1
            text = "(%s) %s" % ("abcdefghijklmnopqrstuvwxyz"[st.n1 - 1], text)
        elif k == "bullet":
            text = "– " + text
        lines += [text, ""]
    if st.notes:
        lines += ["_____", ""]
        for i, n in enumerate(st.notes, 1):
            lines.append("[%d] %s" % (i, n))
        lines.append("")
    if meta["footer"]:
        lines += [meta["footer"], ""]
    return "\n".join(lines).rstrip() + "\n"


# ---------------------------------------------------------------- docx building
NUMBERING_ABS = """
<w:abstractNum %s w:abstractNumId="%d">
  <w:multiLevelType w:val="multilevel"/>
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%%1."/>
    <w:lvlJc w:val="left"/><w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%%2)"/>
    <w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1134" w:hanging="567"/></w:pPr></w:lvl>
</w:abstractNum>"""
BULLET_ABS = """
<w:abstractNum %s w:abstractNumId="%d">
  <w:multiLevelType w:val="singleLevel"/>
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="–"/>
    <w:lvlJc w:val="left"/><w:pPr><w:ind w:left="851" w:hanging="284"/></w:pPr></w:lvl>
</w:abstractNum>"""


class DocBuilder:
    def __init__(self, accept=False):
        self.accept = accept
        self.doc = Document()
        st = self.doc.styles["Normal"]
        st.font.name = "Times New Roman"
        st.font.size = Pt(11.5)
        self.rev = 100
        self.notes = []
        self._setup_numbering()

    def _setup_numbering(self):
        numbering = self.doc.part.numbering_part.element
        existing = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
        base = max(existing + [0]) + 10
        a1 = parse_xml(NUMBERING_ABS % (nsdecls("w"), base))
        a2 = parse_xml(BULLET_ABS % (nsdecls("w"), base + 1))
        # abstractNum elements must precede num elements
        first_num = numbering.find(qn("w:num"))
        for a in (a1, a2):
            if first_num is not None:
                first_num.addprevious(a)
            else:
                numbering.append(a)
        nums = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
        self.num_id = max(nums + [0]) + 10
        self.bul_id = self.num_id + 1
        for nid, aid in ((self.num_id, base), (self.bul_id, base + 1)):
            numbering.append(parse_xml(
                '<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>' % (nsdecls("w"), nid, aid)))

    def _numpr(self, p, num_id, ilvl):
        pPr = p._p.get_or_add_pPr()
        pPr.append(parse_xml('<w:numPr %s><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>'
                             % (nsdecls("w"), ilvl, num_id)))

    # inline runs
    def _run_xml(self, text, bold=False, deleted=False, superscript=False):
        rpr = ""
        if bold or superscript:
            rpr = "<w:rPr>%s%s</w:rPr>" % ("<w:b/>" if bold else "",
                                            '<w:vertAlign w:val="superscript"/>' if superscript else "")
        tag = "w:delText" if deleted else "w:t"
        esc = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        return '<w:r %s>%s<%s xml:space="preserve">%s</%s></w:r>' % (nsdecls("w"), rpr, tag, esc, tag)

    def add_inline(self, p, s, bold_all=False):
        for tok in INLINE.split(s):
            if not tok:
                continue
            if tok.startswith("**") and tok.endswith("**"):
                p._p.append(parse_xml(self._run_xml(tok[2:-2], bold=True)))
            elif tok.startswith("[^"):
                self.notes.append(tok[2:-1])
                fid = len(self.notes)
                p._p.append(parse_xml(
                    '<w:r %s><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                    '<w:footnoteReference w:id="%d"/></w:r>' % (nsdecls("w"), fid)))
            elif tok.startswith("{+"):
                if self.accept:
                    p._p.append(parse_xml(self._run_xml(tok[2:-2], bold=bold_all)))
                else:
                    self.rev += 1
                    ins = parse_xml('<w:ins %s w:id="%d" w:author="%s" w:date="%s"/>'
                                    % (nsdecls("w"), self.rev, AUTHOR, DATE))
                    ins.append(parse_xml(self._run_xml(tok[2:-2], bold=bold_all)))
                    p._p.append(ins)
            elif tok.startswith("{-"):
                if not self.accept:
                    self.rev += 1
                    d = parse_xml('<w:del %s w:id="%d" w:author="%s" w:date="%s"/>'
                                  % (nsdecls("w"), self.rev, AUTHOR, DATE))
                    d.append(parse_xml(self._run_xml(tok[2:-2], bold=bold_all, deleted=True)))
                    p._p.append(d)
            elif tok in ("[x]", "[ ]"):
                checked = tok == "[x]"
                self.rev += 1
                p._p.append(parse_xml(
                    '<w:sdt %s xmlns:w14="%s"><w:sdtPr><w:id w:val="%d"/><w14:checkbox>'
                    '<w14:checked w14:val="%d"/>'
                    '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
                    '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>'
                    '</w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr>'
                    '<w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr>'
                    '<w:t>%s</w:t></w:r></w:sdtContent></w:sdt>'
                    % (nsdecls("w"), W14_NS, 9000 + self.rev, 1 if checked else 0,
                       "☒" if checked else "☐")))
            else:
                p._p.append(parse_xml(self._run_xml(tok, bold=bold_all)))

    def add_lines(self, p, lines, bold_all=False):
        for i, line in enumerate(lines):
            if i:
                p._p.append(parse_xml('<w:r %s><w:br/></w:r>' % nsdecls("w")))
            self.add_inline(p, line, bold_all)

    def build(self, meta, blocks):
        d = self.doc
        sec = d.sections[0]
        sec.left_margin = sec.right_margin = Cm(2.3)
        if meta["header"]:
            hp = sec.header.paragraphs[0]
            hp.text = meta["header"]
            hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if meta["footer"]:
            fp = sec.footer.paragraphs[0]
            fp.text = meta["footer"]
            fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        first = True
        for b in blocks:
            k, body = kind(b)
            if k == "table":
                self._table(body)
                continue
            if first:
                p = d.paragraphs[0] if d.paragraphs else d.add_paragraph()
                first = False
            else:
                p = d.add_paragraph()
            bold = k in ("title", "heading")
            if k == "title":
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif k == "right":
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            elif k == "num0":
                self._numpr(p, self.num_id, 0)
            elif k == "num1":
                self._numpr(p, self.num_id, 1)
            elif k == "bullet":
                self._numpr(p, self.bul_id, 0)
            if k not in ("title", "heading", "right") and len(body) == 1:
                p.alignment = p.alignment or WD_ALIGN_PARAGRAPH.JUSTIFY
            p.paragraph_format.space_after = Pt(6)
            self.add_lines(p, body, bold_all=bold)
        self._footnotes()

    def _table(self, rows):
        parsed = [split_cells(r) for r in rows]
        ncols = max(len(c) for _, c in parsed)
        t = self.doc.add_table(rows=0, cols=ncols)
        t.style = "Table Grid"
        for shaded, cells in parsed:
            r = t.add_row()
            for i in range(ncols):
                cell = r.cells[i]
                txt = cells[i] if i < len(cells) else ""
                p = cell.paragraphs[0]
                self.add_lines(p, txt.split(" // "), bold_all=shaded)
                if shaded:
                    tcPr = cell._tc.get_or_add_tcPr()
                    tcPr.append(parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="D9D9D9"/>'
                                          % nsdecls("w")))
            if len(cells) < ncols and len(cells) == 1:
                r.cells[0].merge(r.cells[ncols - 1])
        self.doc.add_paragraph()

    def _footnotes(self):
        if not self.notes:
            return
        parts = ['<w:footnotes %s>' % nsdecls("w"),
                 '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
                 '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
                 '</w:r></w:p></w:footnote>']
        for i, n in enumerate(self.notes, 1):
            esc = n.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            parts.append('<w:footnote w:id="%d"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
                         '<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="18"/></w:rPr>'
                         '<w:footnoteRef/></w:r><w:r><w:rPr><w:sz w:val="18"/></w:rPr>'
                         '<w:t xml:space="preserve"> %s</w:t></w:r></w:p></w:footnote>' % (i, esc))
        parts.append("</w:footnotes>")
        blob = "".join(parts).encode("utf-8")
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    blob, self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)


def build(name, pdf=False):
    meta, blocks = parse(os.path.join(SRC, name + ".md"))
    b = DocBuilder()
    b.build(meta, blocks)
    b.doc.save(os.path.join(HERE, name + ".docx"))
    with open(os.path.join(HERE, name + ".txt"), "w", encoding="utf-8") as f:
        f.write(render_txt(meta, blocks))
    if pdf:
        tmp = tempfile.mkdtemp()
        acc = DocBuilder(accept=True)
        acc.build(meta, blocks)
        acc.doc.save(os.path.join(tmp, name + ".docx"))
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp,
                        os.path.join(tmp, name + ".docx")], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.copy(os.path.join(tmp, name + ".pdf"), os.path.join(HERE, name + ".pdf"))
        shutil.rmtree(tmp)


PDF_SET = {"N01_en_form_ke_gb", "N02_en_form_ph_sg", "N10_en_transl-ar_iq_au",
           "N15_fr_letter_fr_ch", "N17_es_letter_es_mx", "N21_ru_letter_ru_am"}

if __name__ == "__main__":
    args = sys.argv[1:]
    if not args:  # build everything: all sources, PDFs for PDF_SET
        for f in sorted(os.listdir(SRC)):
            if f.endswith(".md"):
                n = f[:-3]
                build(n, pdf=n in PDF_SET)
                print("built", n, "(pdf)" if n in PDF_SET else "")
        sys.exit(0)
    pdf = "--pdf" in args
    for n in [a for a in args if not a.startswith("--")]:
        build(n, pdf=pdf)
        print("built", n, "(pdf)" if pdf else "")
