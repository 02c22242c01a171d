"""Build Author M's Word letters from the light mark-up sources in src/*.src.

Mark-up (one paragraph per line; blank lines ignored):
  #HEADER text / #FOOTER text   page header / footer (marking)
  #RTL                          right-to-left document (Arabic)
  #C text   centred bold line       #B text  bold paragraph
  #NR       restart automatic numbering (new w:num)
  #N1 text  automatically numbered paragraph "1."   #N2 text  level 2 "(a)"
  #T ... #/T  table; each row "a | b | c"
  inline: [[fn:text]] real footnote, {+text+} tracked insertion,
          {-text-} tracked deletion, [[x]] / [[ ]] check-box content control,
          [[txt:value]] plain-text content control, \\ soft line break.
"""
import copy, glob, os, re, sys
from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml.ns import qn
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
NSMAP = {"w": W, "w14": W14}
HERE = os.path.dirname(os.path.abspath(__file__))
DATE = "2026-11-20T10:00:00Z"


def w(tag):
    return "{%s}%s" % (W, tag)


class Builder:
    def __init__(self):
        self.doc = Document()
        st = self.doc.styles["Normal"]
        st.font.name = "Liberation Serif"
        st.font.size = Pt(11)
        self.rtl = False
        self.rev = 1
        self.fn_id = 1
        self.sdt_id = 100
        self.footnotes = None
        self.num_id = None
        self.abs_id = None

    # ---------- footnotes part ----------
    def _fn_root(self):
        if self.footnotes is None:
            xml = ('<w:footnotes xmlns:w="%s" xmlns:w14="%s">'
                   '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                   '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
                   '</w:footnotes>' % (W, W14))
            self.footnotes = etree.fromstring(xml)
        return self.footnotes

    def _finish_footnotes(self):
        if self.footnotes is None:
            return
        blob = etree.tostring(self.footnotes, xml_declaration=True, encoding="UTF-8", standalone=True)
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    blob, self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)

    def add_footnote(self, p_el, text):
        fid = self.fn_id
        self.fn_id += 1
        fn = etree.SubElement(self._fn_root(), w("footnote"))
        fn.set(w("id"), str(fid))
        fp = etree.SubElement(fn, w("p"))
        ppr = etree.SubElement(fp, w("pPr"))
        etree.SubElement(ppr, w("pStyle")).set(w("val"), "FootnoteText")
        if self.rtl:
            etree.SubElement(ppr, w("bidi"))
        r = etree.SubElement(fp, w("r"))
        rpr = etree.SubElement(r, w("rPr"))
        etree.SubElement(rpr, w("vertAlign")).set(w("val"), "superscript")
        etree.SubElement(r, w("footnoteRef"))
        r2 = etree.SubElement(fp, w("r"))
        if self.rtl:
            etree.SubElement(etree.SubElement(r2, w("rPr")), w("rtl"))
        t = etree.SubElement(r2, w("t"))
        t.text = " " + text
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        # reference in body
        rr = etree.SubElement(p_el, w("r"))
        rpr = etree.SubElement(rr, w("rPr"))
        etree.SubElement(rpr, w("vertAlign")).set(w("val"), "superscript")
        etree.SubElement(rr, w("footnoteReference")).set(w("id"), str(fid))

    # ---------- numbering ----------
    def _ensure_abstract(self):
        if self.abs_id is not None:
            return
        numbering = self.doc.part.numbering_part.element
        self.abs_id = 90
        a = etree.SubElement(numbering, w("abstractNum"))
        a.set(w("abstractNumId"), str(self.abs_id))
        etree.SubElement(a, w("multiLevelType")).set(w("val"), "multilevel")
        for lvl, fmt, txt, ind in ((0, "decimal", "%1.", 360), (1, "lowerLetter", "(%2)", 720),
                                   (2, "lowerRoman", "(%3)", 1080)):
            l = etree.SubElement(a, w("lvl"))
            l.set(w("ilvl"), str(lvl))
            etree.SubElement(l, w("start")).set(w("val"), "1")
            etree.SubElement(l, w("numFmt")).set(w("val"), fmt)
            etree.SubElement(l, w("lvlText")).set(w("val"), txt)
            etree.SubElement(l, w("lvlJc")).set(w("val"), "left")
            ppr = etree.SubElement(l, w("pPr"))
            i = etree.SubElement(ppr, w("ind"))
            i.set(w("left"), str(ind + 360))
            i.set(w("hanging"), "360")
        # abstractNum elements must precede num elements
        nums = numbering.findall(w("num"))
        if nums:
            numbering.remove(a)
            nums[0].addprevious(a)

    def restart_numbering(self):
        self._ensure_abstract()
        numbering = self.doc.part.numbering_part.element
        ids = [int(n.get(w("numId"))) for n in numbering.findall(w("num"))]
        nid = max(ids + [0]) + 1
        n = etree.SubElement(numbering, w("num"))
        n.set(w("numId"), str(nid))
        etree.SubElement(n, w("abstractNumId")).set(w("val"), str(self.abs_id))
        for lv in (0, 1, 2):
            o = etree.SubElement(n, w("lvlOverride"))
            o.set(w("ilvl"), str(lv))
            etree.SubElement(o, w("startOverride")).set(w("val"), "1")
        self.num_id = nid

    # ---------- inline runs ----------
    def _run(self, parent, text, bold=False, deleted=False):
        r = etree.SubElement(parent, w("r"))
        rpr = etree.SubElement(r, w("rPr"))
        if bold:
            etree.SubElement(rpr, w("b"))
        if self.rtl:
            etree.SubElement(rpr, w("rtl"))
        parts = text.split("\\\\")
        for k, part in enumerate(parts):
            if k:
                etree.SubElement(r, w("br"))
            t = etree.SubElement(r, w("delText" if deleted else "t"))
            t.text = part
            t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        return r

    def _sdt_checkbox(self, parent, checked):
        self.sdt_id += 1
        sdt = etree.SubElement(parent, w("sdt"))
        pr = etree.SubElement(sdt, w("sdtPr"))
        etree.SubElement(pr, w("id")).set(w("val"), str(self.sdt_id))
        cb = etree.SubElement(pr, "{%s}checkbox" % W14)
        etree.SubElement(cb, "{%s}checked" % W14).set("{%s}val" % W14, "1" if checked else "0")
        cs = etree.SubElement(cb, "{%s}checkedState" % W14)
        cs.set("{%s}val" % W14, "2612"); cs.set("{%s}font" % W14, "MS Gothic")
        us = etree.SubElement(cb, "{%s}uncheckedState" % W14)
        us.set("{%s}val" % W14, "2610"); us.set("{%s}font" % W14, "MS Gothic")
        c = etree.SubElement(sdt, w("sdtContent"))
        self._run(c, "\u2612" if checked else "\u2610")

    def _sdt_text(self, parent, value):
        self.sdt_id += 1
        sdt = etree.SubElement(parent, w("sdt"))
        pr = etree.SubElement(sdt, w("sdtPr"))
        etree.SubElement(pr, w("id")).set(w("val"), str(self.sdt_id))
        etree.SubElement(pr, w("text"))
        c = etree.SubElement(sdt, w("sdtContent"))
        self._run(c, value)

    TOKEN = re.compile(r"(\[\[fn:.*?\]\]|\{\+.*?\+\}|\{-.*?-\}|\[\[x\]\]|\[\[ \]\]|\[\[txt:.*?\]\]|\*\*.*?\*\*)")

    def fill(self, p_el, text, bold=False):
        for tok in self.TOKEN.split(text):
            if not tok:
                continue
            if tok.startswith("[[fn:"):
                self.add_footnote(p_el, tok[5:-2])
            elif tok.startswith("{+"):
                ins = etree.SubElement(p_el, w("ins"))
                ins.set(w("id"), str(self.rev)); ins.set(w("author"), "Registry"); ins.set(w("date"), DATE)
                self.rev += 1
                self._run(ins, tok[2:-2], bold)
            elif tok.startswith("{-"):
                d = etree.SubElement(p_el, w("del"))
                d.set(w("id"), str(self.rev)); d.set(w("author"), "Registry"); d.set(w("date"), DATE)
                self.rev += 1
                self._run(d, tok[2:-2], bold, deleted=True)
            elif tok == "[[x]]":
                self._sdt_checkbox(p_el, True)
            elif tok == "[[ ]]":
                self._sdt_checkbox(p_el, False)
            elif tok.startswith("[[txt:"):
                self._sdt_text(p_el, tok[6:-2])
            elif tok.startswith("**"):
                self._run(p_el, tok[2:-2], True)
            else:
                self._run(p_el, tok, bold)

    def para(self, text, bold=False, center=False, numlvl=None, container=None):
        p = (container or self.doc).add_paragraph()
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        pel = p._p
        ppr = pel.get_or_add_pPr()
        if numlvl is not None:
            if self.num_id is None:
                self.restart_numbering()
            numpr = etree.SubElement(ppr, w("numPr"))
            etree.SubElement(numpr, w("ilvl")).set(w("val"), str(numlvl))
            etree.SubElement(numpr, w("numId")).set(w("val"), str(self.num_id))
        if self.rtl:
            etree.SubElement(ppr, w("bidi"))
        self.fill(pel, text, bold)
        return p

    def table(self, rows):
        ncol = max(len(r) for r in rows)
        t = self.doc.add_table(rows=0, cols=ncol)
        t.style = "Table Grid"
        if self.rtl:
            tblpr = t._tbl.tblPr
            etree.SubElement(tblpr, w("bidiVisual"))
        for r in rows:
            cells = t.add_row().cells
            for k, val in enumerate(r):
                cell = cells[k]
                cell.paragraphs[0]._p.getparent().remove(cell.paragraphs[0]._p)
                for line in val.split(" // "):
                    self.para(line.strip(), bold=(k == 0 and ncol > 1), container=cell)

    def build(self, src, out):
        header = footer = None
        rows = None
        for raw in open(src, encoding="utf-8"):
            line = raw.rstrip("\n")
            if rows is not None:
                if line.strip() == "#/T":
                    self.table(rows); rows = None
                elif line.strip():
                    rows.append([c.strip() for c in line.split(" | ")])
                continue
            if not line.strip():
                continue
            if line.startswith("#HEADER "):
                header = line[8:]
            elif line.startswith("#FOOTER "):
                footer = line[8:]
            elif line.strip() == "#RTL":
                self.rtl = True
            elif line.startswith("#C "):
                self.para(line[3:], bold=True, center=True)
            elif line.startswith("#B "):
                self.para(line[3:], bold=True)
            elif line.strip() == "#NR":
                self.restart_numbering()
            elif line.startswith("#N1 "):
                self.para(line[4:], numlvl=0)
            elif line.startswith("#N2 "):
                self.para(line[4:], numlvl=1)
            elif line.strip() == "#T":
                rows = []
            else:
                self.para(line)
        sec = self.doc.sections[0]
        if header:
            hp = sec.header.paragraphs[0]
            hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            self.fill(hp._p, header, bold=True)
        if footer:
            fp = sec.footer.paragraphs[0]
            fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            self.fill(fp._p, footer)
        if self.rtl:
            sp = sec._sectPr
            etree.SubElement(sp, w("bidi"))
        self._finish_footnotes()
        self.doc.save(out)


def to_txt(docx_path):
    """Plain text as a reader sees it: soffice text export, plus header/footer
    markings (top) and the footnotes (end), which the text filter leaves out."""
    import subprocess, tempfile, zipfile
    out = tempfile.mkdtemp(prefix="m_txt_")
    # the text filter keeps deleted revisions: convert a copy with the changes accepted
    accepted = os.path.join(out, os.path.basename(docx_path))
    zin = zipfile.ZipFile(docx_path)
    zout = zipfile.ZipFile(accepted, "w", zipfile.ZIP_DEFLATED)
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename == "word/document.xml":
            root = etree.fromstring(data)
            for d in list(root.iter(w("del"))):
                d.getparent().remove(d)
            for i in list(root.iter(w("ins"))):
                parent = i.getparent()
                idx = parent.index(i)
                for k, ch in enumerate(list(i)):
                    parent.insert(idx + k, ch)
                parent.remove(i)
            data = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
        zout.writestr(item, data)
    zout.close()
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-M", "--headless", "--convert-to",
                    "txt:Text (encoded):UTF8", "--outdir", out, accepted], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = os.path.splitext(os.path.basename(docx_path))[0]
    body = open(os.path.join(out, base + ".txt"), encoding="utf-8-sig").read()
    z = zipfile.ZipFile(docx_path)
    def texts(name):
        try:
            root = etree.fromstring(z.read(name))
        except KeyError:
            return []
        res = []
        for p in root.iter(w("p")):
            t = "".join(x.text or "" for x in p.iter(w("t")))
            if t.strip():
                res.append(t.strip())
        return res
    head = [t for n in z.namelist() if n.startswith("word/header") for t in texts(n)]
    foot = [t for n in z.namelist() if n.startswith("word/footer") for t in texts(n)]
    notes = []
    if "word/footnotes.xml" in z.namelist():
        root = etree.fromstring(z.read("word/footnotes.xml"))
        for fn in root.findall(w("footnote")):
            fid = int(fn.get(w("id")))
            if fid > 0:
                t = "".join(x.text or "" for x in fn.iter(w("t"))).strip()
                notes.append("%d %s" % (fid, t))
    txt = ""
    if head:
        txt += "[Header] " + " / ".join(head) + "\n\n"
    txt += body.rstrip() + "\n"
    if notes:
        txt += "\n________\nNotes\n" + "\n".join(notes) + "\n"
    if foot:
        txt += "\n[Footer] " + " / ".join(foot) + "\n"
    open(os.path.join(HERE, base + ".txt"), "w", encoding="utf-8").write(txt)
    print("text", base + ".txt")


def main(argv):
    srcs = sorted(glob.glob(os.path.join(HERE, "src", "*.src")))
    if len(argv) > 1:
        srcs = [s for s in srcs if any(a in s for a in argv[1:])]
    for s in srcs:
        ident = os.path.splitext(os.path.basename(s))[0]
        out = os.path.join(HERE, ident + ".docx")
        Builder().build(s, out)
        print("built", out)
        to_txt(out)


if __name__ == "__main__":
    main(sys.argv)
