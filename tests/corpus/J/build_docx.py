#!/usr/bin/env python3
"""Build author J's Word letters from the small mark-up sources in src/<id>.src.

Mark-up (one paragraph per line; blank lines are ignored):
  @header: text         page header (marking)         @footer: text   page footer
  @rtl                  right-to-left document (Arabic)
  @font: Name           body font
  # text                centred bold line (title)
  ## text               bold line
  + text                automatically numbered paragraph, level 1  ("1.")
  ++ text               automatically numbered paragraph, level 2  ("(a)")
  | c1 | c2 |           table row (consecutive rows form one table)
  > text                indented block (quotation)
  >> text               right-aligned line (signature block etc.)
  ---                   page break
Inline:
  **bold**   \\ soft line break   [[fn:footnote text]]   [[ins:inserted text]]
  [[del:deleted text]]   [[chk:1]] / [[chk:0]] check-box content control
  [[txt:value]]  plain-text content control
Word features produced with raw OOXML (lxml): numbering.xml definitions, footnotes.xml part,
w:sdt content controls (w14:checkbox), w:ins/w:del tracked changes, bidi paragraphs.
"""
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
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14_NS = "http://schemas.microsoft.com/office/word/2010/wordml"
NSDECL = f'xmlns:w="{W_NS}" xmlns:w14="{W14_NS}"'
DATE = "2026-11-20T10:00:00Z"

INLINE = re.compile(r"(\*\*.+?\*\*|\\\\|\[\[(?:fn|ins|del|chk|txt):.*?\]\])")


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class Builder:
    def __init__(self, src):
        self.src = src
        self.doc = Document()
        self.rtl = False
        self.fn_id = 0
        self.rev_id = 100
        self.sdt_id = 5000
        self.footnotes = None
        self.num_id = None
        sec = self.doc.sections[0]
        sec.left_margin = sec.right_margin = Cm(2.3)

    # ---------- parts ----------
    def ensure_footnotes(self):
        if self.footnotes is not None:
            return
        xml = (f'<w:footnotes {NSDECL}>'
               '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
               '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
               '</w:footnotes>')
        self.footnotes = parse_xml(xml)
        self._fn_part = Part(PackURI("/word/footnotes.xml"),
                             "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                             b"", self.doc.part.package)
        self.doc.part.relate_to(self._fn_part, RT.FOOTNOTES)

    def ensure_numbering(self):
        if self.num_id is not None:
            return self.num_id
        numbering = self.doc.part.numbering_part.element
        abs_id, num_id = 90, 90
        jc = "left"
        bidi = "<w:bidi/>" if self.rtl else ""
        lvl0_fmt = "%1." if not self.rtl else "%1-"
        xml = (f'<w:abstractNum {NSDECL} w:abstractNumId="{abs_id}">'
               '<w:multiLevelType w:val="hybridMultilevel"/>'
               f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="{lvl0_fmt}"/>'
               f'<w:lvlJc w:val="{jc}"/><w:pPr>{bidi}<w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>'
               f'<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="{"arabicAlpha" if self.rtl else "lowerLetter"}"/><w:lvlText w:val="(%2)"/>'
               f'<w:lvlJc w:val="{jc}"/><w:pPr>{bidi}<w:ind w:left="1134" w:hanging="567"/></w:pPr></w:lvl>'
               '</w:abstractNum>')
        absn = parse_xml(xml)
        # abstractNum elements must precede num elements
        first_num = numbering.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(absn)
        else:
            numbering.append(absn)
        numbering.append(parse_xml(f'<w:num {NSDECL} w:numId="{num_id}"><w:abstractNumId w:val="{abs_id}"/></w:num>'))
        self.num_id = num_id
        return num_id

    def restart_numbering(self):
        self.ensure_numbering()
        numbering = self.doc.part.numbering_part.element
        self.num_id += 1
        numbering.append(parse_xml(
            f'<w:num {NSDECL} w:numId="{self.num_id}"><w:abstractNumId w:val="90"/>'
            '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'))

    # ---------- runs ----------
    def run_xml(self, text, bold=False, deleted=False):
        rpr = ""
        if bold or self.rtl:
            rpr = "<w:rPr>" + ("<w:b/><w:bCs/>" if bold else "") + ("<w:rtl/>" if self.rtl else "") + "</w:rPr>"
        tag = "w:delText" if deleted else "w:t"
        return f'<w:r {NSDECL}>{rpr}<{tag} xml:space="preserve">{esc(text)}</{tag}></w:r>'

    def add_inline(self, p, text, bold=False):
        pe = p._p
        for tok in INLINE.split(text):
            if not tok:
                continue
            if tok.startswith("**") and tok.endswith("**") and len(tok) > 4:
                self.add_inline(p, tok[2:-2], bold=True)
            elif tok == "\\\\":
                r = p.add_run()
                r.add_break(WD_BREAK.LINE)
            elif tok.startswith("[[fn:"):
                self.add_footnote(p, tok[5:-2])
            elif tok.startswith("[[ins:"):
                self.rev_id += 1
                el = parse_xml(f'<w:ins {NSDECL} w:id="{self.rev_id}" w:author="Secretaría" w:date="{DATE}">'
                               + self.run_xml(tok[6:-2], bold) + '</w:ins>')
                pe.append(el)
            elif tok.startswith("[[del:"):
                self.rev_id += 1
                el = parse_xml(f'<w:del {NSDECL} w:id="{self.rev_id}" w:author="Secretaría" w:date="{DATE}">'
                               + self.run_xml(tok[6:-2], bold, deleted=True) + '</w:del>')
                pe.append(el)
            elif tok.startswith("[[chk:"):
                on = tok[6:-2].strip() == "1"
                self.sdt_id += 1
                sym = "\u2612" if on else "\u2610"
                el = parse_xml(
                    f'<w:sdt {NSDECL}><w:sdtPr><w:id w:val="{self.sdt_id}"/>'
                    f'<w14:checkbox><w14:checked w14:val="{1 if on else 0}"/>'
                    '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
                    '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
                    f'<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:hAnsi="MS Gothic" w:eastAsia="MS Gothic"/></w:rPr>'
                    f'<w:t>{sym}</w:t></w:r></w:sdtContent></w:sdt>')
                pe.append(el)
            elif tok.startswith("[[txt:"):
                self.sdt_id += 1
                el = parse_xml(
                    f'<w:sdt {NSDECL}><w:sdtPr><w:id w:val="{self.sdt_id}"/><w:text/></w:sdtPr>'
                    f'<w:sdtContent>{self.run_xml(tok[6:-2], bold)}</w:sdtContent></w:sdt>')
                pe.append(el)
            else:
                pe.append(parse_xml(self.run_xml(tok, bold)))

    def add_footnote(self, p, text):
        self.ensure_footnotes()
        self.fn_id += 1
        fid = self.fn_id
        rtl = "<w:bidi/>" if self.rtl else ""
        rtlr = "<w:rtl/>" if self.rtl else ""
        self.footnotes.append(parse_xml(
            f'<w:footnote {NSDECL} w:id="{fid}"><w:p><w:pPr>{rtl}<w:spacing w:after="0"/></w:pPr>'
            f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:rPr><w:sz w:val="18"/>{rtlr}</w:rPr><w:t xml:space="preserve"> {esc(text)}</w:t></w:r></w:p></w:footnote>'))
        p._p.append(parse_xml(
            f'<w:r {NSDECL}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{fid}"/></w:r>'))

    # ---------- paragraphs ----------
    def para(self, text="", bold=False, align=None, numlvl=None, indent=None):
        p = self.doc.add_paragraph()
        if self.rtl:
            p._p.get_or_add_pPr().append(parse_xml(f'<w:bidi {NSDECL}/>'))
        if numlvl is not None:
            nid = self.ensure_numbering()
            p._p.get_or_add_pPr().insert(0, parse_xml(
                f'<w:numPr {NSDECL}><w:ilvl w:val="{numlvl}"/><w:numId w:val="{nid}"/></w:numPr>'))
        if align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "end":
            p.alignment = WD_ALIGN_PARAGRAPH.LEFT if self.rtl else WD_ALIGN_PARAGRAPH.RIGHT
        elif self.rtl:
            pass  # bidi paragraph: default alignment is the start (right) side
        else:
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if indent:
            p.paragraph_format.left_indent = Cm(indent)
            p.paragraph_format.right_indent = Cm(indent)
        self.add_inline(p, text, bold)
        return p

    def table(self, rows):
        ncol = max(len(r) for r in rows)
        t = self.doc.add_table(rows=0, cols=ncol)
        t.style = "Table Grid"
        if self.rtl:
            t._tbl.tblPr.append(parse_xml(f'<w:bidiVisual {NSDECL}/>'))
        for r in rows:
            cells = t.add_row().cells
            for i, c in enumerate(r):
                cp = cells[i].paragraphs[0]
                if self.rtl:
                    cp._p.get_or_add_pPr().append(parse_xml(f'<w:bidi {NSDECL}/>'))
                    cp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                self.add_inline(cp, c.strip())
        self.doc.add_paragraph()

    def build(self, out):
        lines = self.src.read_text(encoding="utf-8").splitlines()
        font = None
        header = footer = None
        rows = []
        for raw in lines + [""]:
            line = raw.rstrip()
            if rows and not line.startswith("|"):
                self.table(rows)
                rows = []
            if not line.strip():
                continue
            if line.startswith("@rtl"):
                self.rtl = True
                sect = self.doc.sections[0]._sectPr
                sect.append(parse_xml(f'<w:bidi {NSDECL}/>'))
                continue
            if line.startswith("@font:"):
                font = line[6:].strip()
                continue
            if line.startswith("@header:"):
                header = line[8:].strip()
                continue
            if line.startswith("@footer:"):
                footer = line[8:].strip()
                continue
            if line.startswith("|"):
                rows.append([c for c in line.strip().strip("|").split("|")])
                continue
            if line.startswith("@restart"):
                self.restart_numbering()
                continue
            if line.strip() == "---":
                self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
                continue
            if line.startswith("## "):
                self.para(line[3:], bold=True)
            elif line.startswith("# "):
                self.para(line[2:], bold=True, align="center")
            elif line.startswith("++ "):
                self.para(line[3:], numlvl=1)
            elif line.startswith("+ "):
                self.para(line[2:], numlvl=0)
            elif line.startswith(">> "):
                self.para(line[3:], align="end")
            elif line.startswith("> "):
                self.para(line[2:], indent=1.2)
            else:
                self.para(line)
        st = self.doc.styles["Normal"]
        st.font.size = Pt(11)
        if font:
            st.font.name = font
            rpr = st.element.get_or_add_rPr()
            rf = rpr.find(qn("w:rFonts"))
            rf.set(qn("w:cs"), font)
            rf.set(qn("w:ascii"), font)
            rf.set(qn("w:hAnsi"), font)
        sec = self.doc.sections[0]
        for where, txt in (("header", header), ("footer", footer)):
            if txt:
                hp = getattr(sec, where).paragraphs[0]
                if self.rtl:
                    hp._p.get_or_add_pPr().append(parse_xml(f'<w:bidi {NSDECL}/>'))
                hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
                self.add_inline(hp, txt, bold=True)
        if self.footnotes is not None:
            from lxml import etree
            self._fn_part._blob = etree.tostring(self.footnotes, xml_declaration=True,
                                                 encoding="UTF-8", standalone=True)
        self.doc.save(out)


def fix_txt(src, txt):
    """Post-process LibreOffice's text export: drop tracked deletions, add header/footer
    markings and the footnotes at the end (the Text filter omits them)."""
    body = txt.read_text(encoding="utf-8-sig")
    lines = src.read_text(encoding="utf-8").splitlines()
    s = "\n".join(lines)
    for line in lines:
        toks = [t for t in INLINE.split(line) if t]
        for i, t in enumerate(toks):
            if not t.startswith("[[del:"):
                continue
            d = t[6:-2]
            prev = toks[i - 1] if i and not toks[i - 1].startswith("[[") else ""
            prev = re.sub(r"^[#+>| ]+", "", prev)[-15:]
            nxt = toks[i + 1] if i + 1 < len(toks) else ""
            nxt = (nxt[6:-2] if nxt.startswith("[[ins:") else nxt)[:15]
            if prev and prev + d in body:
                body = body.replace(prev + d, prev, 1)
            elif d + nxt in body:
                body = body.replace(d + nxt, nxt, 1)
            else:
                raise SystemExit(f"cannot locate deletion {d[:30]!r} in {txt.name}")
    notes = re.findall(r"\[\[fn:(.*?)\]\]", s)
    head = [l[8:].strip() for l in lines if l.startswith("@header:")]
    foot = [l[8:].strip() for l in lines if l.startswith("@footer:")]
    out = ""
    if head:
        out += head[0] + "\n\n"
    out += body.rstrip() + "\n"
    if notes:
        out += "\n__________\n" + "".join(f"{i} {n}\n" for i, n in enumerate(notes, 1))
    if foot:
        out += "\n" + foot[0] + "\n"
    out = out.replace("\\\\", "")
    txt.write_text(out, encoding="utf-8")


def accepted_copy(src_docx, out_docx):
    """Copy of a .docx with tracked changes accepted (w:del removed, w:ins unwrapped),
    used only to make the PDF show the letter as sent."""
    import zipfile
    from lxml import etree
    with zipfile.ZipFile(src_docx) as zin, zipfile.ZipFile(out_docx, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "word/document.xml":
                root = etree.fromstring(data)
                for d in list(root.iter(qn("w:del"))):
                    d.getparent().remove(d)
                for ins in list(root.iter(qn("w:ins"))):
                    parent = ins.getparent()
                    idx = parent.index(ins)
                    for child in list(ins):
                        parent.insert(idx, child)
                        idx += 1
                    parent.remove(ins)
                data = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
            zout.writestr(item, data)


def main(ids):
    srcs = sorted((HERE / "src").glob("*.src"))
    for s in srcs:
        if ids and s.stem not in ids:
            continue
        out = HERE / (s.stem + ".docx")
        Builder(s).build(out)
        print("built", out.name)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--accepted"]:
        accepted_copy(sys.argv[2], sys.argv[3])
    elif sys.argv[1:2] == ["--fix-txt"]:
        for i in sys.argv[2:]:
            fix_txt(HERE / "src" / (i + ".src"), HERE / (i + ".txt"))
            print("fixed", i + ".txt")
    else:
        main(sys.argv[1:])
