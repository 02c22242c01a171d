#!/usr/bin/env python3
"""Build author D's Word letters from src/<id>.src (a small line markup).

Markup (one paragraph per non-empty line):
  @header: text            header line (repeat for several lines)
  @footer: text            footer line
  @rtl                     right-to-left document (Arabic)
  @pdf                     also export a PDF with LibreOffice
  @font: Name              body font
  @num: SCHEME             numbering scheme for this document:
                           "dot"  -> 1. / (a) / (i)
                           "paren"-> 1) / а) / -   (Russian office style)
                           "legal"-> 1. / 1.1. / 1.1.1.
  @restart                 next numbered paragraph starts again at 1
  @pagebreak               page break
  =C text / =R text / =B text / =I text   centred bold / right / bold / italic paragraph
  #1 text / #2 text / #3 text              automatically numbered paragraph, level 1-3
  > text                   indented block (quotation of the law)
  | a | b | c              table row (consecutive rows form one table); "|!" = header row (bold)
  plain text               ordinary paragraph
Inline:
  **bold**   //italic//   <br> soft line break
  [[fn:text]]        real footnote (footnotes.xml)
  [[ins:text]]       tracked insertion (w:ins)
  [[del:text]]       tracked deletion (w:del)
  [[chk:x]] / [[chk: ]]   check box content control (w14:checkbox)
  [[txt:value]]      plain-text content control (w:sdt)
  [[date:value]]     date content control
Run: /work/staging/venv/bin/python build_docx.py [id ...]
Each run writes <id>.docx, <id>.txt (LibreOffice text export of a "reader copy": tracked changes
accepted, header/footer lines and footnotes written out, table rows as "a | b") and, with @pdf,
<id>.pdf (LibreOffice export of the .docx itself).
"""
import copy
import re
import sys
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

HERE = Path(__file__).resolve().parent
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
AUTHOR = "Central Authority"
DATE = "2026-03-02T09:00:00Z"

INLINE = re.compile(r"(\[\[(?:fn|ins|del|chk|txt|date):.*?\]\]|\*\*.+?\*\*|//.+?//|<br>)")


class Builder:
    def __init__(self, src: Path):
        self.src = src
        self.doc = Document()
        self.rtl = False
        self.scheme = "dot"
        self.font = "Times New Roman"
        self.fn_id = 0
        self.rev_id = 100
        self.sdt_id = 5000
        self.footnotes = None
        self.num_id = None
        self.abstract_id = None
        self.restart_pending = False
        self.table = None
        self.headers, self.footers = [], []

    # ---------- numbering ----------
    def setup_numbering(self):
        numbering = self.doc.part.numbering_part.element
        schemes = {
            "dot": [("decimal", "%1."), ("lowerLetter", "(%2)"), ("lowerRoman", "(%3)")],
            "paren": [("decimal", "%1)"), ("russianLower", "%2)"), ("bullet", "\u2013")],
            "legal": [("decimal", "%1."), ("decimal", "%1.%2."), ("decimal", "%1.%2.%3.")],
            "arabic": [("decimal", "%1-"), ("arabicAbjad", "(%2)"), ("decimal", "%3)")],
        }
        lv = schemes[self.scheme]
        existing = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
        self.abstract_id = (max(existing) + 1) if existing else 10
        levels = []
        for i, (fmt, text) in enumerate(lv):
            ind = 567 * (i + 1)
            levels.append(
                f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
                f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
                f'<w:pPr><w:ind w:left="{ind}" w:hanging="567"/></w:pPr></w:lvl>')
        absxml = (f'<w:abstractNum xmlns:w="{W}" w:abstractNumId="{self.abstract_id}">'
                  f'<w:multiLevelType w:val="multilevel"/>' + "".join(levels) + "</w:abstractNum>")
        # abstractNum elements must precede num elements
        first_num = numbering.find(qn("w:num"))
        el = parse_xml(absxml)
        if first_num is not None:
            first_num.addprevious(el)
        else:
            numbering.append(el)
        self.new_num(restart=False)

    def new_num(self, restart=True):
        numbering = self.doc.part.numbering_part.element
        existing = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
        nid = (max(existing) + 1) if existing else 1
        over = ('<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>' if restart else "")
        numbering.append(parse_xml(
            f'<w:num xmlns:w="{W}" w:numId="{nid}"><w:abstractNumId w:val="{self.abstract_id}"/>{over}</w:num>'))
        self.num_id = nid

    # ---------- footnotes ----------
    def footnotes_part(self):
        if self.footnotes is None:
            xml = (f'<w:footnotes xmlns:w="{W}">'
                   '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                   '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
                   '</w:footnotes>')
            part = Part(PackURI("/word/footnotes.xml"),
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                        xml.encode("utf-8"), self.doc.part.package)
            self.doc.part.relate_to(part, RT.FOOTNOTES)
            self.footnotes = part
            self.fn_root = parse_xml(xml)
        return self.fn_root

    def add_footnote(self, p, text):
        root = self.footnotes_part()
        self.fn_id += 1
        fid = self.fn_id
        fn = parse_xml(f'<w:footnote xmlns:w="{W}" w:id="{fid}"/>')
        fp = parse_xml(f'<w:p xmlns:w="{W}"/>')
        if self.rtl:
            fp.append(parse_xml(f'<w:pPr xmlns:w="{W}"><w:bidi/></w:pPr>'))
        ref = parse_xml(f'<w:r xmlns:w="{W}"><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>')
        fp.append(ref)
        sp = parse_xml(f'<w:r xmlns:w="{W}"><w:t xml:space="preserve"> </w:t></w:r>')
        fp.append(sp)
        for r in self.make_runs(text, size=9):
            fp.append(r)
        fn.append(fp)
        root.append(fn)
        run = parse_xml(f'<w:r xmlns:w="{W}"><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                        f'<w:footnoteReference w:id="{fid}"/></w:r>')
        p._p.append(run)

    # ---------- runs ----------
    def rpr(self, bold=False, italic=False, size=None):
        parts = [f'<w:rFonts w:ascii="{self.font}" w:hAnsi="{self.font}" w:cs="{self.font}"/>']
        if bold:
            parts.append("<w:b/><w:bCs/>")
        if italic:
            parts.append("<w:i/><w:iCs/>")
        if size:
            parts.append(f'<w:sz w:val="{size*2}"/><w:szCs w:val="{size*2}"/>')
        if self.rtl:
            parts.append("<w:rtl/>")
        return "<w:rPr>" + "".join(parts) + "</w:rPr>"

    def make_runs(self, text, bold=False, italic=False, size=None):
        """Return a list of lxml run-like elements for plain text with **/// markup and <br>."""
        out = []
        for tok in re.split(r"(\*\*.+?\*\*|//.+?//|<br>)", text):
            if not tok:
                continue
            if tok == "<br>":
                out.append(parse_xml(f'<w:r xmlns:w="{W}">{self.rpr(bold, italic, size)}<w:br/></w:r>'))
                continue
            b, i, t = bold, italic, tok
            if tok.startswith("**") and tok.endswith("**"):
                b, t = True, tok[2:-2]
            elif tok.startswith("//") and tok.endswith("//"):
                i, t = True, tok[2:-2]
            r = parse_xml(f'<w:r xmlns:w="{W}">{self.rpr(b, i, size)}<w:t xml:space="preserve"></w:t></w:r>')
            r.find(qn("w:t")).text = t
            out.append(r)
        return out

    def fill(self, p, text, bold=False, italic=False):
        for tok in INLINE.split(text):
            if not tok:
                continue
            m = re.match(r"\[\[(fn|ins|del|chk|txt|date):(.*?)\]\]$", tok, re.S)
            if m:
                kind, val = m.groups()
                if kind == "fn":
                    self.add_footnote(p, val)
                elif kind == "ins":
                    self.rev_id += 1
                    ins = parse_xml(f'<w:ins xmlns:w="{W}" w:id="{self.rev_id}" w:author="{AUTHOR}" w:date="{DATE}"/>')
                    for r in self.make_runs(val, bold, italic):
                        ins.append(r)
                    p._p.append(ins)
                elif kind == "del":
                    self.rev_id += 1
                    d = parse_xml(f'<w:del xmlns:w="{W}" w:id="{self.rev_id}" w:author="{AUTHOR}" w:date="{DATE}"/>')
                    for r in self.make_runs(val, bold, italic):
                        for t in r.findall(qn("w:t")):
                            t.tag = qn("w:delText")
                        d.append(r)
                    p._p.append(d)
                elif kind == "chk":
                    self.sdt_id += 1
                    on = val.strip().lower() == "x"
                    ch = "\u2612" if on else "\u2610"
                    sdt = parse_xml(
                        f'<w:sdt xmlns:w="{W}" xmlns:w14="{W14}"><w:sdtPr><w:id w:val="{self.sdt_id}"/>'
                        f'<w14:checkbox><w14:checked w14:val="{1 if on else 0}"/>'
                        f'<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
                        f'<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
                        f'<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic" w:hint="eastAsia"/></w:rPr>'
                        f'<w:t>{ch}</w:t></w:r></w:sdtContent></w:sdt>')
                    p._p.append(sdt)
                else:  # txt / date
                    self.sdt_id += 1
                    kindxml = ('<w:text/>' if kind == "txt" else
                               '<w:date><w:dateFormat w:val="dd.MM.yyyy"/><w:lid w:val="fr-FR"/></w:date>')
                    sdt = parse_xml(
                        f'<w:sdt xmlns:w="{W}"><w:sdtPr><w:id w:val="{self.sdt_id}"/>'
                        f'<w:tag w:val="field{self.sdt_id}"/>{kindxml}</w:sdtPr><w:sdtContent/></w:sdt>')
                    content = sdt.find(qn("w:sdtContent"))
                    for r in self.make_runs(val, bold, italic):
                        content.append(r)
                    p._p.append(sdt)
                continue
            for r in self.make_runs(tok, bold, italic):
                p._p.append(r)

    # ---------- paragraphs ----------
    def para(self, text, style=None, align=None, bold=False, italic=False, container=None):
        container = container if container is not None else self.doc
        p = container.add_paragraph()
        if self.rtl:
            p._p.get_or_add_pPr().append(parse_xml(f'<w:bidi xmlns:w="{W}"/>'))
        if align == "C":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "R":
            p.alignment = WD_ALIGN_PARAGRAPH.LEFT if self.rtl else WD_ALIGN_PARAGRAPH.RIGHT
        elif align == "J":
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        self.fill(p, text, bold, italic)
        if re.fullmatch(r"\[\[del:.*\]\]", text.strip(), re.S):
            # whole paragraph deleted: mark the paragraph mark as deleted too
            self.rev_id += 1
            pPr = p._p.get_or_add_pPr()
            pPr.append(parse_xml(f'<w:rPr xmlns:w="{W}"><w:del w:id="{self.rev_id}" '
                                 f'w:author="{AUTHOR}" w:date="{DATE}"/></w:rPr>'))
        return p

    def numbered(self, level, text):
        if self.num_id is None:
            self.setup_numbering()
        if self.restart_pending:
            self.new_num(restart=True)
            self.restart_pending = False
        p = self.para(text, align="J")
        pPr = p._p.get_or_add_pPr()
        numPr = parse_xml(f'<w:numPr xmlns:w="{W}"><w:ilvl w:val="{level-1}"/><w:numId w:val="{self.num_id}"/></w:numPr>')
        pPr.insert(0, numPr)
        return p

    def quote(self, text):
        p = self.para(text, italic=False, align="J")
        p.paragraph_format.left_indent = Cm(1.5)
        p.paragraph_format.right_indent = Cm(1.0)
        return p

    def flush_table(self):
        if not self.table:
            return
        rows = self.table
        ncols = max(len(r[1]) for r in rows)
        t = self.doc.add_table(rows=0, cols=ncols)
        t.style = "Table Grid"
        if self.rtl:
            tblPr = t._tbl.tblPr
            tblPr.append(parse_xml(f'<w:bidiVisual xmlns:w="{W}"/>'))
        for header, cells in rows:
            row = t.add_row()
            for i in range(ncols):
                cell = row.cells[i]
                txt = cells[i] if i < len(cells) else ""
                cp = cell.paragraphs[0]
                if self.rtl:
                    cp._p.get_or_add_pPr().append(parse_xml(f'<w:bidi xmlns:w="{W}"/>'))
                first = True
                for chunk in txt.split(" ¶ "):  # " ¶ " = new paragraph inside a cell
                    if not first:
                        cp = cell.add_paragraph()
                        if self.rtl:
                            cp._p.get_or_add_pPr().append(parse_xml(f'<w:bidi xmlns:w="{W}"/>'))
                    self.fill(cp, chunk.strip(), bold=header)
                    first = False
        self.doc.add_paragraph()
        self.table = None

    def header_footer(self):
        sec = self.doc.sections[0]
        for lines, hf in ((self.headers, sec.header), (self.footers, sec.footer)):
            if not lines:
                continue
            hf.is_linked_to_previous = False
            first = True
            for line in lines:
                p = hf.paragraphs[0] if first else hf.add_paragraph()
                first = False
                if self.rtl:
                    p._p.get_or_add_pPr().append(parse_xml(f'<w:bidi xmlns:w="{W}"/>'))
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                self.fill(p, line)

    def build(self, out: Path):
        lines = self.src.read_text(encoding="utf-8").splitlines()
        # first pass: directives
        for line in lines:
            if line.startswith("@rtl"):
                self.rtl = True
            elif line.startswith("@num:"):
                self.scheme = line.split(":", 1)[1].strip()
            elif line.startswith("@font:"):
                self.font = line.split(":", 1)[1].strip()
        st = self.doc.styles["Normal"]
        st.font.name = self.font
        st.font.size = Pt(11.5)
        st.element.rPr.rFonts.set(qn("w:cs"), self.font)
        st.element.rPr.rFonts.set(qn("w:eastAsia"), self.font)
        st.paragraph_format.space_after = Pt(5)
        for sec in self.doc.sections:
            sec.left_margin = sec.right_margin = Cm(2.3)
            sec.top_margin = Cm(2.0)
            sec.bottom_margin = Cm(2.0)
        for raw in lines:
            line = raw.rstrip()
            if line.startswith("|"):
                header = line.startswith("|!")
                body = line[2:] if header else line[1:]
                cells = [c.strip() for c in body.split(" | ")]
                if cells and cells[-1].endswith("|"):
                    cells[-1] = cells[-1][:-1].strip()
                self.table = (self.table or []) + [(header, cells)]
                continue
            self.flush_table()
            if not line.strip() or line.startswith("%"):
                continue
            if line.startswith("@header:"):
                self.headers.append(line.split(":", 1)[1].strip())
            elif line.startswith("@footer:"):
                self.footers.append(line.split(":", 1)[1].strip())
            elif line.startswith(("@rtl", "@num:", "@font:", "@pdf")):
                continue
            elif line.startswith("@restart"):
                if self.num_id is None:
                    self.setup_numbering()
                else:
                    self.restart_pending = True
            elif line.startswith("@pagebreak"):
                p = self.doc.add_paragraph()
                p.add_run().add_break(WD_BREAK.PAGE)
            elif line[:2] in ("=C", "=R", "=B", "=I") and line[2:3] == " ":
                tag, txt = line[:2], line[3:]
                if tag == "=C":
                    self.para(txt, align="C", bold=True)
                elif tag == "=R":
                    self.para(txt, align="R")
                elif tag == "=B":
                    self.para(txt, bold=True)
                else:
                    self.para(txt, italic=True)
            elif re.match(r"#[123] ", line):
                self.numbered(int(line[1]), line[3:])
            elif line.startswith("> "):
                self.quote(line[2:])
            else:
                self.para(line, align="J")
        self.flush_table()
        self.header_footer()
        if self.footnotes is not None:
            from lxml import etree
            self.footnotes._blob = etree.tostring(self.fn_root, xml_declaration=True,
                                                  encoding="UTF-8", standalone=True)
            # footnote properties in settings so Word numbers them 1, 2, 3
        self.doc.core_properties.author = "Author D"
        self.doc.core_properties.title = self.src.stem
        self.doc.save(out)


def reader_copy(docx_path: Path, out: Path):
    """A copy of the letter as a reader sees it, for the plain-text export: tracked changes
    accepted (w:del dropped, w:ins kept), header lines on top, footer lines at the end, table
    rows as "cell | cell" lines, footnote references as [n] and footnote texts at the end."""
    from docx import Document as D
    d = D(str(docx_path))
    body = d.element.body
    for el in list(body.iter(qn("w:del"))):
        parent = el.getparent()
        if parent.tag == qn("w:rPr") and parent.getparent().tag == qn("w:pPr"):
            p = parent.getparent().getparent()
            if not "".join(t.text or "" for t in p.iter(qn("w:t"))).strip():
                p.getparent().remove(p)  # paragraph deleted as a whole
                continue
        parent.remove(el)
    for el in list(body.iter(qn("w:ins"))):
        parent = el.getparent()
        idx = parent.index(el)
        for child in list(el):
            parent.insert(idx, child)
            idx += 1
        parent.remove(el)
    notes = {}
    fpart = None
    for rel in d.part.rels.values():
        if rel.reltype == RT.FOOTNOTES:
            fpart = rel.target_part
    if fpart is not None:
        froot = parse_xml(fpart.blob)
        for fn in froot.findall(qn("w:footnote")):
            fid = int(fn.get(qn("w:id")))
            if fid > 0:
                notes[fid] = "".join(t.text or "" for t in fn.iter(qn("w:t"))).strip()
    for ref in list(body.iter(qn("w:footnoteReference"))):
        r = ref.getparent()
        fid = int(ref.get(qn("w:id")))
        new = parse_xml(f'<w:r xmlns:w="{W}"><w:t xml:space="preserve">[{fid}]</w:t></w:r>')
        r.addprevious(new)
        r.getparent().remove(r)
    # tables -> lines
    for tbl in list(body.iter(qn("w:tbl"))):
        for tr in tbl.findall(qn("w:tr")):
            cells = []
            for tc in tr.findall(qn("w:tc")):
                paras = []
                for p in tc.findall(qn("w:p")):
                    paras.append("".join(t.text or "" for t in p.iter(qn("w:t"))))
                cells.append(" / ".join(x for x in paras if x.strip()))
            p = parse_xml(f'<w:p xmlns:w="{W}"><w:r><w:t xml:space="preserve"></w:t></w:r></w:p>')
            p.find(".//" + qn("w:t")).text = " | ".join(cells)
            tbl.addprevious(p)
        tbl.getparent().remove(tbl)
    sec = d.sections[0]
    head = [p.text for p in sec.header.paragraphs if p.text.strip()]
    foot = [p.text for p in sec.footer.paragraphs if p.text.strip()]
    first = body[0]
    for line in head:
        p = parse_xml(f'<w:p xmlns:w="{W}"><w:r><w:t xml:space="preserve"></w:t></w:r></w:p>')
        p.find(".//" + qn("w:t")).text = line
        first.addprevious(p)
    sectPr = body.find(qn("w:sectPr"))
    tail = []
    if notes:
        tail.append("_____")
        tail += [f"[{k}] {v}" for k, v in sorted(notes.items())]
    tail += foot
    for line in tail:
        p = parse_xml(f'<w:p xmlns:w="{W}"><w:r><w:t xml:space="preserve"></w:t></w:r></w:p>')
        p.find(".//" + qn("w:t")).text = line
        sectPr.addprevious(p)
    d.save(str(out))


def to_text(docx_path: Path):
    """LibreOffice plain-text export of the reader copy -> <id>.txt next to the .docx."""
    import shutil
    import subprocess
    import tempfile
    tmp = Path(tempfile.mkdtemp(prefix="D-txt-"))
    rc = tmp / docx_path.name
    reader_copy(docx_path, rc)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-D", "--headless", "--convert-to",
                    "txt:Text (encoded):UTF8", "--outdir", str(tmp), str(rc)],
                   check=True, capture_output=True)
    txt = (tmp / (docx_path.stem + ".txt")).read_text(encoding="utf-8-sig")
    txt = "\n".join(l.rstrip() for l in txt.splitlines()).strip() + "\n"
    (docx_path.parent / (docx_path.stem + ".txt")).write_text(txt, encoding="utf-8")
    shutil.rmtree(tmp)


def to_pdf(docx_path: Path):
    import subprocess
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-D", "--headless", "--convert-to",
                    "pdf", "--outdir", str(docx_path.parent), str(docx_path)],
                   check=True, capture_output=True)


PDF = set()  # ids that also get a PDF, read from src "@pdf" directive


def main(ids):
    srcs = sorted((HERE / "src").glob("*.src"))
    for s in srcs:
        if ids and s.stem not in ids:
            continue
        out = HERE / f"{s.stem}.docx"
        Builder(s).build(out)
        to_text(out)
        if "@pdf" in s.read_text(encoding="utf-8").splitlines():
            to_pdf(out)
        print("built", out.name)


if __name__ == "__main__":
    main(sys.argv[1:])
