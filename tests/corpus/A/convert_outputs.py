#!/usr/bin/env python3
"""Make the reader's .txt (and, where asked, the .pdf) of author A's Word letters with LibreOffice.

  /work/staging/venv/bin/python convert_outputs.py ID [ID ...] [--pdf ID,ID,...]

For the .txt, a temporary copy of the .docx is prepared as a reader sees the letter: tracked changes
accepted (w:del removed, w:ins unwrapped), each footnote reference shown as "[n]" and the footnotes
appended at the end under a rule, the header lines put at the top and the footer lines at the bottom
(page fields dropped). LibreOffice then converts that copy to UTF-8 text. The .pdf is converted from a
copy with the tracked changes accepted (as printed in "final" view), real footnotes kept.
"""
import copy
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

from lxml import etree

HERE = os.path.dirname(os.path.abspath(__file__))
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS = {"w": W, "r": R}


def q(tag):
    p, n = tag.split(":")
    return "{%s}%s" % ({"w": W, "r": R}[p], n)


def accept_changes(root):
    for d in list(root.iter(q("w:del"))):
        d.getparent().remove(d)
    for ins in list(root.iter(q("w:ins"))):
        parent = ins.getparent()
        idx = parent.index(ins)
        for ch in list(ins):
            parent.insert(idx, ch)
            idx += 1
        parent.remove(ins)


def para_text(p):
    out = []
    for el in p.iter():
        if el.tag == q("w:t"):
            out.append(el.text or "")
        elif el.tag == q("w:br"):
            out.append(" ")
    return "".join(out)


def make_variant(src, dst, reader):
    zin = zipfile.ZipFile(src)
    files = {n: zin.read(n) for n in zin.namelist()}
    doc = etree.fromstring(files["word/document.xml"])
    accept_changes(doc)
    if reader:
        body = doc.find(q("w:body"))
        sect = body.find(q("w:sectPr"))
        # footnotes -> [n] and a list at the end
        notes = {}
        if "word/footnotes.xml" in files:
            fx = etree.fromstring(files["word/footnotes.xml"])
            accept_changes(fx)
            for fn in fx.findall(q("w:footnote")):
                fid = fn.get(q("w:id"))
                if int(fid) <= 0:
                    continue
                notes[fid] = " ".join(para_text(p) for p in fn.findall(q("w:p"))).strip()
        order = []
        for ref in list(doc.iter(q("w:footnoteReference"))):
            fid = ref.get(q("w:id"))
            order.append(fid)
            run = ref.getparent()
            t = etree.SubElement(run, q("w:t"))
            t.text = "[%d]" % len(order)
            run.remove(ref)
            rpr = run.find(q("w:rPr"))
            if rpr is not None:
                run.remove(rpr)

        def add_para(text, before=None):
            p = etree.Element(q("w:p"))
            r = etree.SubElement(p, q("w:r"))
            t = etree.SubElement(r, q("w:t"))
            t.text = text
            t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            if before is not None:
                before.addprevious(p)
            else:
                sect.addprevious(p)

        # header / footer text
        rels = etree.fromstring(files["word/_rels/document.xml.rels"])
        relmap = {r.get("Id"): r.get("Target") for r in rels}

        def hf_lines(kind):
            lines = []
            ref = sect.find(q("w:%sReference" % kind))
            if ref is None:
                return lines
            target = "word/" + relmap[ref.get(q("r:id"))]
            hx = etree.fromstring(files[target])
            for p in hx.iter(q("w:p")):
                txt = para_text(p)
                # drop the page-number field results
                txt = re.sub(r"\s+", " ", txt).strip()
                if txt:
                    lines.append(txt)
            return lines

        first = body[0]
        for line in hf_lines("header"):
            add_para(line, before=first)
        if order:
            add_para("_______________")
            for i, fid in enumerate(order, 1):
                add_para("[%d] %s" % (i, notes.get(fid, "")))
        for line in hf_lines("footer"):
            add_para(line)
    files["word/document.xml"] = etree.tostring(doc, xml_declaration=True, encoding="UTF-8",
                                                standalone=True)
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for n, b in files.items():
            zout.writestr(n, b)


def soffice(fmt, path, outdir):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-A", "--headless",
                    "--convert-to", fmt, "--outdir", outdir, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)


def footer_fields_to_text(path):
    """Replace PAGE / NUMPAGES field results so the reader copy does not show a stray '1'."""
    zin = zipfile.ZipFile(path)
    files = {n: zin.read(n) for n in zin.namelist()}
    for n in list(files):
        if re.match(r"word/(header|footer)\d*\.xml", n):
            x = etree.fromstring(files[n])
            for f in list(x.iter(q("w:fldSimple"))):
                p = f.getparent()
                if p.getparent() is not None:
                    p.getparent().remove(p)   # a page-number line is not part of the letter
            files[n] = etree.tostring(x, xml_declaration=True, encoding="UTF-8", standalone=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for n, b in files.items():
            zout.writestr(n, b)


def convert(did, pdf):
    src = os.path.join(HERE, did + ".docx")
    tmp = tempfile.mkdtemp(prefix="A_conv_")
    reader = os.path.join(tmp, did + ".docx")
    shutil.copy(src, reader)
    footer_fields_to_text(reader)
    make_variant(reader, reader, reader=True)
    soffice("txt:Text (encoded):UTF8", reader, tmp)
    txt = open(os.path.join(tmp, did + ".txt"), encoding="utf-8-sig").read()
    txt = txt.replace("\r\n", "\n").rstrip() + "\n"
    open(os.path.join(HERE, did + ".txt"), "w", encoding="utf-8").write(txt)
    if pdf:
        final_dir = os.path.join(tmp, "final")
        os.makedirs(final_dir)
        final = os.path.join(final_dir, did + ".docx")
        make_variant(src, final, reader=False)
        soffice("pdf", final, final_dir)
        shutil.copy(os.path.join(final_dir, did + ".pdf"), os.path.join(HERE, did + ".pdf"))
    shutil.rmtree(tmp)
    print("converted", did, "(+pdf)" if pdf else "")


if __name__ == "__main__":
    args = sys.argv[1:]
    pdfs = set()
    if "--pdf" in args:
        i = args.index("--pdf")
        pdfs = set(args[i + 1].split(","))
        del args[i:i + 2]
    docs = sorted(f[:-5] for f in os.listdir(HERE) if f.endswith(".docx"))
    for a in args:
        a = a[:-5] if a.endswith(".docx") else a
        for did in [d for d in docs if d == a or d.startswith(a + "_") or a == "all"]:
            convert(did, any(did.startswith(p) for p in pdfs))
