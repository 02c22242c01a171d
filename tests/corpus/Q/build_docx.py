#!/usr/bin/env python
"""Build Word letters (and their reader's-view .txt) from light mark-up sources in src/.

Mark-up (one paragraph per line; blank lines are ignored):
  @header: text        page header (also first line(s) of the .txt)
  @footer: text        page footer (also last line of the .txt)
  @title: text         bold, centred paragraph
  @center: text        centred paragraph
  @right: text         right-aligned paragraph
  @restart             next numbered paragraph starts a new numbering instance at 1
  @pagebreak           page break
  # text               heading (bold)
  #. text              automatically numbered paragraph, level 1 (1., 2., ...)
  ##. text             automatically numbered paragraph, level 2 ((a), (b), ...)
  | a | b |            table row (consecutive rows form one table)
  [^n]: text           footnote text (the reference [^n] appears inline)
Inline: **bold**, [^n] footnote reference, [x]/[ ] check-box content controls,
        {++inserted++} and {--deleted--} tracked changes.
Usage: build_docx.py [--accept OUTDIR] NAME...   (NAME = source stem in src/)
With --accept the .docx is written to OUTDIR with tracked changes accepted (for the PDF).
"""
import copy, re, sys, os
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
AUTHOR, DATE = "Reviewer", "2026-11-20T10:00:00Z"
INLINE = re.compile(r"(\*\*.+?\*\*|\[\^\d+\]|\[x\]|\[ \]|\{\+\+.+?\+\+\}|\{--.+?--\})")
FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"


def parse(path):
    lines, notes = [], {}
    for raw in open(path, encoding="utf-8"):
        line = raw.rstrip("\n")
        if not line.strip():
            continue
        m = re.match(r"\[\^(\d+)\]:\s*(.*)", line)
        if m:
            notes[m.group(1)] = m.group(2)
        else:
            lines.append(line)
    return lines, notes


class Builder:
    def __init__(self, accept=False):
        self.accept = accept
        self.doc = Document()
        st = self.doc.styles["Normal"]
        st.font.name, st.font.size = "Times New Roman", Pt(12)
        self.rev = 1
        self.fn_part = None
        self.fn_ids = {}
        self.abstract_id = self._make_abstract()
        self.num_id = None

    # ---------- numbering definitions ----------
    def _make_abstract(self):
        numbering = self.doc.part.numbering_part.element
        aid = 90
        xml = (f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{aid}">'
               '<w:multiLevelType w:val="multilevel"/>'
               '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
               '<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>'
               '<w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>'
               '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>'
               '<w:lvlText w:val="(%2)"/><w:lvlJc w:val="left"/>'
               '<w:pPr><w:ind w:left="1134" w:hanging="567"/></w:pPr></w:lvl>'
               '</w:abstractNum>')
        first_num = numbering.find(qn("w:num"))
        el = parse_xml(xml)
        if first_num is not None:
            first_num.addprevious(el)
        else:
            numbering.append(el)
        return aid

    def new_num(self):
        numbering = self.doc.part.numbering_part.element
        ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
        nid = max(ids + [0]) + 1
        numbering.append(parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{nid}"><w:abstractNumId w:val="{self.abstract_id}"/>'
            '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'))
        self.num_id = nid

    # ---------- footnotes part ----------
    def _footnotes(self):
        if self.fn_part is None:
            xml = (f'<w:footnotes {nsdecls("w")}>'
                   '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                   '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
                   '</w:footnotes>')
            pkg = self.doc.part.package
            self.fn_part = XmlPart(PackURI("/word/footnotes.xml"), FOOTNOTES_CT, parse_xml(xml), pkg)
            self.doc.part.relate_to(self.fn_part, RT.FOOTNOTES)
        return self.fn_part

    def add_footnote(self, p, key, text):
        part = self._footnotes()
        fid = len(self.fn_ids) + 1
        self.fn_ids[key] = fid
        fn = parse_xml(
            f'<w:footnote {nsdecls("w")} w:id="{fid}"><w:p><w:pPr><w:rPr/></w:pPr>'
            '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
            '<w:r><w:t xml:space="preserve"> </w:t></w:r></w:p></w:footnote>')
        r = OxmlElement("w:r"); rpr = OxmlElement("w:rPr"); sz = OxmlElement("w:sz"); sz.set(qn("w:val"), "20")
        rpr.append(sz); r.append(rpr)
        t = OxmlElement("w:t"); t.text = text; t.set(qn("xml:space"), "preserve"); r.append(t)
        fn.find(qn("w:p")).append(r)
        part.element.append(fn)
        run = OxmlElement("w:r")
        rpr = OxmlElement("w:rPr"); va = OxmlElement("w:vertAlign"); va.set(qn("w:val"), "superscript")
        rpr.append(va); run.append(rpr)
        ref = OxmlElement("w:footnoteReference"); ref.set(qn("w:id"), str(fid)); run.append(ref)
        p._p.append(run)

    # ---------- inline content ----------
    def _run(self, text, bold=False, deleted=False):
        r = OxmlElement("w:r")
        if bold:
            rpr = OxmlElement("w:rPr"); rpr.append(OxmlElement("w:b")); r.append(rpr)
        t = OxmlElement("w:delText" if deleted else "w:t")
        t.text = text; t.set(qn("xml:space"), "preserve"); r.append(t)
        return r

    def _checkbox(self, checked):
        sym = "\u2612" if checked else "\u2610"
        xml = (f'<w:sdt {nsdecls("w", "w14")}><w:sdtPr><w14:checkbox>'
               f'<w14:checked w14:val="{1 if checked else 0}"/>'
               '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
               '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>'
               '</w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" '
               f'w:eastAsia="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr><w:t>{sym}</w:t></w:r></w:sdtContent></w:sdt>')
        return parse_xml(xml)

    def inline(self, p, text, notes):
        for tok in INLINE.split(text):
            if not tok:
                continue
            if tok.startswith("**"):
                p._p.append(self._run(tok[2:-2], bold=True))
            elif tok.startswith("[^"):
                key = tok[2:-1]
                self.add_footnote(p, key, notes[key])
            elif tok in ("[x]", "[ ]"):
                p._p.append(self._checkbox(tok == "[x]"))
            elif tok.startswith("{++"):
                if self.accept:
                    p._p.append(self._run(tok[3:-3]))
                else:
                    ins = OxmlElement("w:ins"); ins.set(qn("w:id"), str(self.rev)); self.rev += 1
                    ins.set(qn("w:author"), AUTHOR); ins.set(qn("w:date"), DATE)
                    ins.append(self._run(tok[3:-3])); p._p.append(ins)
            elif tok.startswith("{--"):
                if not self.accept:
                    d = OxmlElement("w:del"); d.set(qn("w:id"), str(self.rev)); self.rev += 1
                    d.set(qn("w:author"), AUTHOR); d.set(qn("w:date"), DATE)
                    d.append(self._run(tok[3:-3], deleted=True)); p._p.append(d)
            else:
                p._p.append(self._run(tok))

    def numbered(self, p, level):
        if self.num_id is None:
            self.new_num()
        ppr = p._p.get_or_add_pPr()
        numpr = parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{self.num_id}"/></w:numPr>')
        ppr.insert(0, numpr)

    def build(self, src):
        lines, notes = parse(src)
        doc = self.doc
        i = 0
        while i < len(lines):
            line = lines[i]
            if line.startswith("|"):
                rows = []
                while i < len(lines) and lines[i].startswith("|"):
                    rows.append([c.strip() for c in lines[i].strip().strip("|").split("|")])
                    i += 1
                ncol = max(len(r) for r in rows)
                tbl = doc.add_table(rows=len(rows), cols=ncol)
                tbl.style = "Table Grid"
                for ri, row in enumerate(rows):
                    for ci, cell in enumerate(row):
                        p = tbl.cell(ri, ci).paragraphs[0]
                        self.inline(p, cell, notes)
                continue
            i += 1
            if line.startswith("@header:"):
                hp = doc.sections[0].header.paragraphs[0]
                if hp.text:
                    hp = doc.sections[0].header.add_paragraph()
                hp.text = line[8:].strip()
            elif line.startswith("@footer:"):
                fp = doc.sections[0].footer.paragraphs[0]
                fp.text = line[8:].strip(); fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif line.startswith("@title:"):
                p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                self.inline(p, "**" + line[7:].strip() + "**", notes)
            elif line.startswith("@center:"):
                p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                self.inline(p, line[8:].strip(), notes)
            elif line.startswith("@right:"):
                p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                self.inline(p, line[7:].strip(), notes)
            elif line.strip() == "@restart":
                self.new_num()
            elif line.strip() == "@pagebreak":
                doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            elif line.startswith("##. "):
                p = doc.add_paragraph(); self.numbered(p, 1); self.inline(p, line[4:], notes)
            elif line.startswith("#. "):
                p = doc.add_paragraph(); self.numbered(p, 0); self.inline(p, line[3:], notes)
            elif line.startswith("# "):
                p = doc.add_paragraph(); self.inline(p, "**" + line[2:] + "**", notes)
            else:
                p = doc.add_paragraph(); self.inline(p, line, notes)
        return doc


def to_text(src):
    """The letter as a reader sees it: changes accepted, numbering displayed, footnotes at the end."""
    lines, notes = parse(src)
    head, foot, out, order = [], [], [], []
    n1 = n2 = 0

    def clean(s):
        s = re.sub(r"\{--.+?--\}", "", s)
        s = re.sub(r"\{\+\+(.+?)\+\+\}", r"\1", s)
        s = s.replace("[x]", "\u2612").replace("[ ]", "\u2610").replace("**", "")
        def fn(m):
            if m.group(1) not in order:
                order.append(m.group(1))
            return "[%d]" % (order.index(m.group(1)) + 1)
        return re.sub(r"\[\^(\d+)\]", fn, s)

    for line in lines:
        if line.startswith("@header:"):
            head.append(clean(line[8:].strip()))
        elif line.startswith("@footer:"):
            foot.append(clean(line[8:].strip()))
        elif line.strip() == "@restart":
            n1 = n2 = 0
        elif line.strip() == "@pagebreak":
            out.append("")
        elif line.startswith(("@title:", "@center:", "@right:")):
            out.append(clean(line.split(":", 1)[1].strip()))
        elif line.startswith("##. "):
            n2 += 1
            out.append("    (%s) %s" % ("abcdefghijklmnopqrstuvwxyz"[n2 - 1], clean(line[4:])))
        elif line.startswith("#. "):
            n1 += 1; n2 = 0
            out.append("%d. %s" % (n1, clean(line[3:])))
        elif line.startswith("# "):
            out.append(clean(line[2:]))
        elif line.startswith("|"):
            out.append(" | ".join(c.strip() for c in clean(line).strip().strip("|").split("|")))
        else:
            out.append(clean(line))
    text = "\n".join(head) + ("\n\n" if head else "") + "\n\n".join(out)
    if order:
        text += "\n\n__________\n" + "\n".join("[%d] %s" % (k + 1, clean(notes[key]).replace("[%d]" % (k + 1), ""))
                                               for k, key in enumerate(order))
    if foot:
        text += "\n\n" + "\n".join(foot)
    return text + "\n"


def main(argv):
    accept_dir = None
    if argv and argv[0] == "--accept":
        accept_dir, argv = argv[1], argv[2:]
    names = argv or sorted(f[:-3] for f in os.listdir(os.path.join(HERE, "src")) if f.endswith(".md"))
    for name in names:
        src = os.path.join(HERE, "src", name + ".md")
        b = Builder(accept=bool(accept_dir))
        doc = b.build(src)
        outdir = accept_dir or HERE
        doc.save(os.path.join(outdir, name + ".docx"))
        if not accept_dir:
            with open(os.path.join(HERE, name + ".txt"), "w", encoding="utf-8") as f:
                f.write(to_text(src))
        print("built", name)


if __name__ == "__main__":
    main(sys.argv[1:])
