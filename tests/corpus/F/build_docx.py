#!/usr/bin/env python3
"""Build author F's Word letters from the small mark-up sources in docx_src/.

Run with /work/staging/venv/bin/python build_docx.py  (python-docx + lxml).

Mark-up (one paragraph per line; blank lines are ignored):
  @key: value            document settings (rtl, header, footer, font, csfont, size,
                         num1, num1fmt, num2, num2fmt, author, date, page, pdf)
The script also writes <id>.txt (LibreOffice text export of a copy with tracked changes
accepted, plus header, footnotes and footer) and, with @pdf: yes, <id>.pdf.
  =T text                title (style Title)
  # text / ## text       Heading 1 / Heading 2
  #R text                heading with automatic upper-roman numbering (I., II., ...)
  #1 text / #2 text / #3 text
                         automatically numbered paragraph, level 1 / 2 / 3
                         (numbering.xml; the numbers are NOT in the text)
  @restart               the next #1 starts again at 1 (new w:num over the same definition)
  > text                 indented block quotation
  .c text / .r text      centred / right-aligned paragraph
  | a | b |              table row (consecutive rows form one table); |! a | b | = bold header row
  ---page---             page break
Inline:
  **bold**  ~~italic~~  <br> (soft line break, w:br)  <tab>
  [[fn:text]]            real footnote (footnotes.xml part)
  {+text+} / {-text-}    tracked insertion / deletion (w:ins / w:del)
  [[x]] / [[ ]]          check-box content control (w14:checkbox), checked / unchecked
  [[txt:Tag::value]]     plain-text content control (w:sdt with w:text)
"""
import copy
import datetime
import os
import re
import sys

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "docx_src")

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14_NS = "http://schemas.microsoft.com/office/word/2010/wordml"
NSDECL = f'xmlns:w="{W_NS}" xmlns:w14="{W14_NS}"'

INLINE_RE = re.compile(
    r"(\*\*.+?\*\*|~~.+?~~|\{\+.+?\+\}|\{-.+?-\}|\[\[fn:.+?\]\]|\[\[x\]\]|\[\[ \]\]|"
    r"\[\[txt:[^:\]]+::.*?\]\]|<br>|<tab>)"
)


def esc(t):
    return (t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
             .replace('"', "&quot;"))


class Builder:
    def __init__(self, doc_id, meta):
        self.doc_id = doc_id
        self.meta = meta
        self.rtl = meta.get("rtl", "no") == "yes"
        self.doc = Document()
        self.fn_id = 0
        self.footnotes = []  # list of xml strings
        self.footnote_texts = []
        self.rev_id = 100
        self.sdt_id = 424200
        self.author = meta.get("author", "Secretariat")
        self.date = meta.get("date", "2026-05-12T09:30:00Z")
        self.num_main = None
        self.num_roman = None
        self._setup()

    # ---------- set-up: styles, numbering, header/footer ----------
    def _setup(self):
        doc = self.doc
        st = doc.styles["Normal"]
        st.font.name = self.meta.get("font", "Times New Roman")
        st.font.size = Pt(float(self.meta.get("size", "11.5")))
        rpr = st.element.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        if rfonts is None:
            rfonts = parse_xml(f'<w:rFonts {NSDECL}/>')
            rpr.append(rfonts)
        rfonts.set(qn("w:cs"), self.meta.get("csfont", "Noto Naskh Arabic" if self.rtl else "Times New Roman"))
        rfonts.set(qn("w:eastAsia"), self.meta.get("font", "Times New Roman"))
        if self.rtl:
            rpr.append(parse_xml(f'<w:szCs {NSDECL} w:val="{int(float(self.meta.get("size", "13"))*2)}"/>'))
        pf = st.paragraph_format
        pf.space_after = Pt(6)
        for hs in ("Heading 1", "Heading 2", "Title"):
            s = doc.styles[hs]
            s.font.name = self.meta.get("font", "Times New Roman")
            s.font.color.rgb = None
            r = s.element.get_or_add_rPr()
            rf = r.find(qn("w:rFonts"))
            if rf is None:
                rf = parse_xml(f'<w:rFonts {NSDECL}/>')
                r.insert(0, rf)
            for a in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
                if rf.get(qn(a)) is not None:
                    del rf.attrib[qn(a)]
            rf.set(qn("w:ascii"), self.meta.get("font", "Times New Roman"))
            rf.set(qn("w:hAnsi"), self.meta.get("font", "Times New Roman"))
            rf.set(qn("w:cs"), self.meta.get("csfont", "Noto Naskh Arabic" if self.rtl else "Times New Roman"))
        doc.styles["Heading 1"].font.size = Pt(12.5)
        doc.styles["Heading 2"].font.size = Pt(11.5)
        doc.styles["Title"].font.size = Pt(15)
        sec = doc.sections[0]
        page = self.meta.get("page", "A4")
        if page == "A4":
            sec.page_width, sec.page_height = Cm(21), Cm(29.7)
        sec.left_margin = sec.right_margin = Cm(2.3)
        sec.top_margin = Cm(2.2)
        sec.bottom_margin = Cm(2.0)
        if self.rtl:
            grid = sec._sectPr.find(qn("w:docGrid"))
            bidi = parse_xml(f'<w:bidi {NSDECL}/>')
            if grid is not None:
                grid.addprevious(bidi)
            else:
                sec._sectPr.append(bidi)
        self._numbering()
        if "header" in self.meta:
            hp = sec.header.paragraphs[0]
            self.fill(hp, self.meta["header"])
            hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            self._para_rtl(hp)
        if "footer" in self.meta or self.meta.get("pagenum", "yes") == "yes":
            fp = sec.footer.paragraphs[0]
            if "footer" in self.meta:
                self.fill(fp, self.meta["footer"] + "  —  ")
            fp._p.append(parse_xml(
                f'<w:fldSimple {NSDECL} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))
            fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            self._para_rtl(fp)

    def _numbering(self):
        numbering = self.doc.part.numbering_part.element
        n1 = self.meta.get("num1", "%1.")
        n2 = self.meta.get("num2", "(%2)")
        n2fmt = self.meta.get("num2fmt", "lowerLetter")
        n3 = self.meta.get("num3", "(%3)")
        n1fmt = self.meta.get("num1fmt", "decimal")
        side = "left"  # for bidi paragraphs Word and LibreOffice read w:left as the leading edge
        abs_main = f'''<w:abstractNum {NSDECL} w:abstractNumId="71">
  <w:multiLevelType w:val="multilevel"/>
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{n1fmt}"/><w:lvlText w:val="{n1}"/><w:lvlJc w:val="left"/>
    <w:pPr><w:ind w:{side}="567" w:hanging="567"/></w:pPr></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="{n2fmt}"/><w:lvlText w:val="{n2}"/><w:lvlJc w:val="left"/>
    <w:pPr><w:ind w:{side}="1134" w:hanging="567"/></w:pPr></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="{n3}"/><w:lvlJc w:val="left"/>
    <w:pPr><w:ind w:{side}="1701" w:hanging="567"/></w:pPr></w:lvl>
</w:abstractNum>'''
        abs_roman = f'''<w:abstractNum {NSDECL} w:abstractNumId="72">
  <w:multiLevelType w:val="singleLevel"/>
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>
    <w:pPr><w:ind w:{side}="567" w:hanging="567"/></w:pPr></w:lvl>
</w:abstractNum>'''
        # abstractNum elements must precede num elements
        first_num = numbering.find(qn("w:num"))
        for xml in (abs_main, abs_roman):
            el = parse_xml(xml)
            if first_num is not None:
                first_num.addprevious(el)
            else:
                numbering.append(el)
        self.num_main = self._new_num(71)
        self.num_roman = self._new_num(72)

    def _new_num(self, abs_id):
        numbering = self.doc.part.numbering_part.element
        ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
        nid = max(ids + [0]) + 1
        numbering.append(parse_xml(
            f'<w:num {NSDECL} w:numId="{nid}"><w:abstractNumId w:val="{abs_id}"/>'
            f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'))
        return nid

    # ---------- runs ----------
    def _rpr(self, bold=False, italic=False, extra=""):
        parts = []
        if bold:
            parts.append("<w:b/><w:bCs/>")
        if italic:
            parts.append("<w:i/><w:iCs/>")
        parts.append(extra)  # e.g. vertAlign: schema order puts it before w:rtl
        if self.rtl:
            parts.append("<w:rtl/>")
        s = "".join(parts)
        return f"<w:rPr>{s}</w:rPr>" if s else ""

    def _run_xml(self, text, bold=False, italic=False, deleted=False):
        tag = "w:delText" if deleted else "w:t"
        return (f'<w:r {NSDECL}>{self._rpr(bold, italic)}'
                f'<{tag} xml:space="preserve">{esc(text)}</{tag}></w:r>')

    # elements that follow w:bidi in CT_PPr (schema order)
    _AFTER_BIDI = ("adjustRightInd", "snapToGrid", "spacing", "ind", "contextualSpacing",
                   "mirrorIndents", "suppressOverlap", "jc", "textDirection", "textAlignment",
                   "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange")

    def _para_rtl(self, p):
        if self.rtl:
            ppr = p._p.get_or_add_pPr()
            if ppr.find(qn("w:bidi")) is not None:
                return
            bidi = parse_xml(f'<w:bidi {NSDECL}/>')
            for child in ppr:
                if child.tag in [qn("w:" + t) for t in self._AFTER_BIDI]:
                    child.addprevious(bidi)
                    return
            ppr.append(bidi)

    def fill(self, p, text, bold=False, italic=False):
        """Append inline-marked-up text to paragraph p (python-docx Paragraph)."""
        for tok in INLINE_RE.split(text):
            if not tok:
                continue
            if tok.startswith("**") and tok.endswith("**") and len(tok) > 4:
                self._append_text(p, tok[2:-2], True, italic)
            elif tok.startswith("~~") and tok.endswith("~~") and len(tok) > 4:
                self._append_text(p, tok[2:-2], bold, True)
            elif tok == "<br>":
                p._p.append(parse_xml(f'<w:r {NSDECL}>{self._rpr()}<w:br/></w:r>'))
            elif tok == "<tab>":
                p._p.append(parse_xml(f'<w:r {NSDECL}>{self._rpr()}<w:tab/></w:r>'))
            elif tok.startswith("{+"):
                self.rev_id += 1
                ins = parse_xml(f'<w:ins {NSDECL} w:id="{self.rev_id}" w:author="{esc(self.author)}" '
                                f'w:date="{self.date}"/>')
                self._fill_into(ins, tok[2:-2], bold, italic, False)
                p._p.append(ins)
            elif tok.startswith("{-"):
                self.rev_id += 1
                dele = parse_xml(f'<w:del {NSDECL} w:id="{self.rev_id}" w:author="{esc(self.author)}" '
                                 f'w:date="{self.date}"/>')
                self._fill_into(dele, tok[2:-2], bold, italic, True)
                p._p.append(dele)
            elif tok.startswith("[[fn:"):
                self._footnote(p, tok[5:-2])
            elif tok in ("[[x]]", "[[ ]]"):
                self._checkbox(p, tok == "[[x]]")
            elif tok.startswith("[[txt:"):
                tag, val = tok[6:-2].split("::", 1)
                self._textcontrol(p, tag, val)
            else:
                self._append_text(p, tok, bold, italic)

    def _fill_into(self, parent, text, bold, italic, deleted):
        # nested bold inside tracked changes is supported; other inline marks are not
        for tok in re.split(r"(\*\*.+?\*\*|<br>)", text):
            if not tok:
                continue
            if tok == "<br>":
                parent.append(parse_xml(f'<w:r {NSDECL}>{self._rpr()}<w:br/></w:r>'))
            elif tok.startswith("**"):
                parent.append(parse_xml(self._run_xml(tok[2:-2], True, italic, deleted)))
            else:
                parent.append(parse_xml(self._run_xml(tok, bold, italic, deleted)))

    def _append_text(self, p, text, bold, italic):
        p._p.append(parse_xml(self._run_xml(text, bold, italic)))

    def _footnote(self, p, text):
        self.fn_id += 1
        fid = self.fn_id
        self.footnote_texts.append(text)
        sup = '<w:vertAlign w:val="superscript"/>'
        p._p.append(parse_xml(
            f'<w:r {NSDECL}>{self._rpr(extra=sup)}'
            f'<w:footnoteReference w:id="{fid}"/></w:r>'))
        bidi = "<w:bidi/>" if self.rtl else ""
        rtl = "<w:rtl/>" if self.rtl else ""
        body = "".join(
            f'<w:r><w:rPr><w:sz w:val="19"/><w:szCs w:val="19"/>{rtl}</w:rPr>'
            f'<w:t xml:space="preserve">{esc(seg)}</w:t></w:r>'
            for seg in [" " + text])
        self.footnotes.append(
            f'<w:footnote w:id="{fid}"><w:p><w:pPr>{bidi}<w:spacing w:after="0"/></w:pPr>'
            f'<w:r><w:rPr><w:sz w:val="19"/><w:vertAlign w:val="superscript"/>{rtl}</w:rPr><w:footnoteRef/></w:r>'
            f'{body}</w:p></w:footnote>')

    def _checkbox(self, p, checked):
        self.sdt_id += 1
        sym = "☒" if checked else "☐"
        p._p.append(parse_xml(
            f'<w:sdt {NSDECL}><w:sdtPr><w:id w:val="{self.sdt_id}"/>'
            f'<w14:checkbox><w14:checked w14:val="{1 if checked else 0}"/>'
            f'<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
            f'<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
            f'<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:hAnsi="MS Gothic" w:eastAsia="MS Gothic"/>'
            f'</w:rPr><w:t>{sym}</w:t></w:r></w:sdtContent></w:sdt>'))

    def _textcontrol(self, p, tag, val):
        self.sdt_id += 1
        rtl = "<w:rPr><w:rtl/></w:rPr>" if self.rtl else ""
        p._p.append(parse_xml(
            f'<w:sdt {NSDECL}><w:sdtPr><w:alias w:val="{esc(tag)}"/><w:tag w:val="{esc(tag)}"/>'
            f'<w:id w:val="{self.sdt_id}"/><w:text/></w:sdtPr>'
            f'<w:sdtContent><w:r>{rtl}<w:t xml:space="preserve">{esc(val)}</w:t></w:r></w:sdtContent></w:sdt>'))

    # ---------- blocks ----------
    def para(self, text, style=None, align=None, numid=None, ilvl=0, bold=False, italic=False, indent=None):
        p = self.doc.add_paragraph(style=style)
        if numid is not None:
            ppr = p._p.get_or_add_pPr()
            ppr.append(parse_xml(f'<w:numPr {NSDECL}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{numid}"/></w:numPr>'))
        self._para_rtl(p)
        if align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "r":
            p.alignment = WD_ALIGN_PARAGRAPH.LEFT if self.rtl else WD_ALIGN_PARAGRAPH.RIGHT
        elif "<br>" in text and numid is None:
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT if self.rtl else WD_ALIGN_PARAGRAPH.LEFT
        elif numid is not None or style is None:
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if indent:
            p.paragraph_format.left_indent = Cm(indent) if not self.rtl else None
            p.paragraph_format.right_indent = Cm(indent if self.rtl else 1.0)
            if self.rtl:
                p.paragraph_format.right_indent = Cm(indent)
                p.paragraph_format.left_indent = Cm(1.0)
        self.fill(p, text, bold=bold, italic=italic)
        return p

    def table(self, rows):
        ncols = max(len(r[1]) for r in rows)
        t = self.doc.add_table(rows=0, cols=ncols)
        t.style = self.doc.styles["Table Grid"]
        if self.rtl:
            tblpr = t._tbl.tblPr
            bv = parse_xml(f'<w:bidiVisual {NSDECL}/>')
            style = tblpr.find(qn("w:tblStyle"))
            if style is not None:
                style.addnext(bv)
            else:
                tblpr.insert(0, bv)
        for header, cells in rows:
            r = t.add_row()
            for i in range(ncols):
                txt = cells[i] if i < len(cells) else ""
                cell = r.cells[i]
                cp = cell.paragraphs[0]
                self._para_rtl(cp)
                # several paragraphs in one cell: separate with " ¶ "
                parts = txt.split(" ¶ ")
                self.fill(cp, parts[0].strip(), bold=header)
                for extra in parts[1:]:
                    np_ = cell.add_paragraph()
                    self._para_rtl(np_)
                    self.fill(np_, extra.strip(), bold=header)
            if ncols > 1 and len(cells) == 1:
                # a one-cell row spans the table (section title)
                a = r.cells[0]
                b = r.cells[ncols - 1]
                merged = a.merge(b)
                # merge() keeps text of all merged cells; remove empty paragraphs
                for para in list(merged.paragraphs)[1:]:
                    if not para.text.strip():
                        para._p.getparent().remove(para._p)
        self.doc.add_paragraph()  # space after table
        return t

    def page_break(self):
        p = self.doc.add_paragraph()
        p.add_run().add_break(WD_BREAK.PAGE)

    # ---------- footnotes part ----------
    def _write_footnotes(self):
        if not self.footnotes:
            return
        xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               f'<w:footnotes {NSDECL} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
               f'<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
               f'<w:r><w:separator/></w:r></w:p></w:footnote>'
               f'<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
               f'<w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
               + "".join(self.footnotes) + '</w:footnotes>')
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    xml.encode("utf-8"), self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)
        settings = self.doc.settings.element
        fpr = parse_xml(f'<w:footnotePr {NSDECL}><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>')
        # schema order: footnotePr comes after w:characterSpacingControl etc.; place before compat if present
        compat = settings.find(qn("w:compat"))
        if compat is not None:
            compat.addprevious(fpr)
        else:
            settings.append(fpr)

    def save(self, path):
        self._write_footnotes()
        self.doc.core_properties.author = self.author
        self.doc.core_properties.title = self.meta.get("title", self.doc_id)
        self.doc.save(path)


def accepted_copy(docx_path, out_path):
    """Copy of the .docx with all tracked changes accepted (w:del removed, w:ins unwrapped).
    Used only to make the reader's .txt and the .pdf: deleted text is not part of the letter."""
    d = Document(docx_path)
    roots = [d.element]
    for rel in d.part.rels.values():
        if rel.reltype in (RT.FOOTNOTES,):
            roots.append(parse_xml(rel.target_part.blob))
    for sec in d.sections:
        roots.append(sec.header._element)
        roots.append(sec.footer._element)
    for root in roots[:1] + roots[2:]:
        for el in list(root.iter(qn("w:del"))):
            el.getparent().remove(el)
        for el in list(root.iter(qn("w:ins"))):
            parent = el.getparent()
            idx = parent.index(el)
            for child in list(el):
                parent.insert(idx, child)
                idx += 1
            parent.remove(el)
    d.save(out_path)


def soffice(fmt, src, outdir):
    import subprocess
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-F", "--headless",
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def reader_text(doc_id, builder, out_dir, make_pdf):
    """Make <id>.txt (and <id>.pdf) with LibreOffice from the accepted copy; add header,
    footer and footnote texts, which LibreOffice's text export leaves out."""
    import shutil
    tmp = "/tmp/lo-F-accepted"
    os.makedirs(tmp, exist_ok=True)
    acc = os.path.join(tmp, doc_id + ".docx")
    accepted_copy(os.path.join(out_dir, doc_id + ".docx"), acc)
    soffice("txt:Text (encoded):UTF8", acc, tmp)
    txt = open(os.path.join(tmp, doc_id + ".txt"), encoding="utf-8-sig").read()
    txt = re.sub(r"[ \t]+\n", "\n", txt).strip("\n")
    strip = lambda t: re.sub(r"\[\[txt:[^:\]]+::(.*?)\]\]", r"\1",
                             re.sub(r"\*\*|~~|\{-.+?-\}|\{\+|\+\}", "", t)).replace("<br>", " ")
    head = strip(builder.meta.get("header", ""))
    foot = strip(builder.meta.get("footer", ""))
    parts = []
    if head:
        parts.append(head + "\n")
    parts.append(txt)
    if builder.footnote_texts:
        parts.append("\n__________\n" + "\n".join(
            f"{i} {t}" for i, t in enumerate(builder.footnote_texts, 1)))
    if foot:
        parts.append("\n" + foot)
    with open(os.path.join(out_dir, doc_id + ".txt"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(parts) + "\n")
    if make_pdf:
        soffice("pdf", acc, tmp)
        shutil.copy(os.path.join(tmp, doc_id + ".pdf"), os.path.join(out_dir, doc_id + ".pdf"))


def build(src_path, out_dir):
    doc_id = os.path.splitext(os.path.basename(src_path))[0]
    lines = open(src_path, encoding="utf-8").read().splitlines()
    meta = {}
    body = []
    for ln in lines:
        m = re.match(r"^@(\w+):\s?(.*)$", ln)
        if m and not body:
            meta[m.group(1)] = m.group(2)
        else:
            body.append(ln)
    b = Builder(doc_id, meta)
    table_rows = []

    def flush_table():
        if table_rows:
            b.table(list(table_rows))
            table_rows.clear()

    for ln in body:
        s = ln.rstrip()
        if s.startswith("|"):
            header = s.startswith("|!")
            inner = s[2:] if header else s[1:]
            if inner.endswith("|"):
                inner = inner[:-1]
            table_rows.append((header, [c.strip() for c in inner.split("|")]))
            continue
        flush_table()
        if not s.strip():
            continue
        if s == "@restart":
            b.num_main = b._new_num(71)
        elif s == "---page---":
            b.page_break()
        elif s.startswith("=T "):
            b.para(s[3:], style="Title", align="c")
        elif s.startswith("#R "):
            b.para(s[3:], style="Heading 1", numid=b.num_roman)
        elif s.startswith("## "):
            b.para(s[3:], style="Heading 2")
        elif s.startswith("# "):
            b.para(s[2:], style="Heading 1")
        elif re.match(r"^#[123] ", s):
            b.para(s[3:], numid=b.num_main, ilvl=int(s[1]) - 1)
        elif s.startswith("> "):
            b.para(s[2:], italic=False, indent=1.5)
        elif s.startswith(".c "):
            b.para(s[3:], align="c")
        elif s.startswith(".r "):
            b.para(s[3:], align="r")
        else:
            b.para(s)
    flush_table()
    out = os.path.join(out_dir, doc_id + ".docx")
    b.save(out)
    reader_text(doc_id, b, out_dir, meta.get("pdf", "no") == "yes")
    return out


def pdf_from_txt(txt_name, rtl):
    """PDF of a plain-text letter: each line becomes a paragraph of a temporary .docx
    (right-to-left if rtl), converted with LibreOffice; the temporary .docx is not kept."""
    import shutil
    doc_id = os.path.splitext(txt_name)[0]
    meta = {"rtl": "yes" if rtl else "no", "pagenum": "yes"}
    if rtl:
        meta.update({"font": "Noto Naskh Arabic", "csfont": "Noto Naskh Arabic", "size": "12"})
    b = Builder(doc_id, meta)
    for line in open(os.path.join(HERE, txt_name), encoding="utf-8").read().splitlines():
        p = b.doc.add_paragraph()
        b._para_rtl(p)
        p.paragraph_format.space_after = Pt(2)
        if line.strip():
            p._p.append(parse_xml(b._run_xml(line)))
    tmp = "/tmp/lo-F-accepted"
    os.makedirs(tmp, exist_ok=True)
    tmp_docx = os.path.join(tmp, doc_id + ".docx")
    b.save(tmp_docx)
    soffice("pdf", tmp_docx, tmp)
    shutil.copy(os.path.join(tmp, doc_id + ".pdf"), os.path.join(HERE, doc_id + ".pdf"))
    return os.path.join(HERE, doc_id + ".pdf")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--pdf-from-txt"]:
        # usage: build_docx.py --pdf-from-txt <file.txt> [--rtl]
        print("built", pdf_from_txt(sys.argv[2], "--rtl" in sys.argv))
        sys.exit(0)
    targets = sys.argv[1:] or sorted(
        os.path.join(SRC, f) for f in os.listdir(SRC) if f.endswith(".src"))
    for t in targets:
        if not t.endswith(".src"):
            t = os.path.join(SRC, t + ".src")
        print("built", build(t, HERE))
