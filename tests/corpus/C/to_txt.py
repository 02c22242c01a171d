#!/usr/bin/env python3
"""Make <id>.txt (and optionally <id>.pdf) from <id>.docx with LibreOffice.

The reader's view: tracked changes accepted (w:del removed, w:ins kept), list numbers shown
(LibreOffice writes them), header text at the top, footer text and footnotes at the end.
LibreOffice's plain-text export drops headers, footers and footnotes and keeps deleted text,
so a clean copy is made first and the extra parts are added afterwards.

Usage: to_txt.py ID_PREFIX...  [--pdf ID_PREFIX...]
"""
import glob
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile

from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
HERE = os.path.dirname(os.path.abspath(__file__))
SOFFICE = ["soffice", "-env:UserInstallation=file:///tmp/lo-C", "--headless"]


def accept_changes(xml_bytes):
    root = etree.fromstring(xml_bytes)
    for d in root.iter(W + "del"):
        pass
    for d in list(root.iter(W + "del")):
        d.getparent().remove(d)
    for ins in list(root.iter(W + "ins")):
        parent = ins.getparent()
        idx = parent.index(ins)
        for child in list(ins):
            parent.insert(idx, child)
            idx += 1
        parent.remove(ins)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def para_texts(xml_bytes):
    root = etree.fromstring(xml_bytes)
    out = []
    for p in root.iter(W + "p"):
        buf = []
        for node in p.iter():
            if node.tag == W + "t":
                buf.append(node.text or "")
            elif node.tag == W + "br":
                buf.append("\n")
            elif node.tag == W + "tab":
                buf.append("\t")
        out.append("".join(buf))
    return out


def clean_copy(src, dst):
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename in ("word/document.xml", "word/footnotes.xml") or \
                    item.filename.startswith("word/header") or item.filename.startswith("word/footer"):
                data = accept_changes(data)
            zout.writestr(item, data)


def extras(src):
    heads, foots, notes = [], [], []
    with zipfile.ZipFile(src) as z:
        names = z.namelist()
        for n in sorted(names):
            if n.startswith("word/header") and n.endswith(".xml"):
                heads += [t for t in para_texts(z.read(n)) if t.strip()]
            if n.startswith("word/footer") and n.endswith(".xml"):
                foots += [t for t in para_texts(z.read(n)) if t.strip()]
        if "word/footnotes.xml" in names:
            root = etree.fromstring(z.read("word/footnotes.xml"))
            for fn in root.findall(W + "footnote"):
                fid = int(fn.get(W + "id"))
                if fid < 1:
                    continue
                paras = []
                for p in fn.findall(W + "p"):
                    paras.append("".join(t.text or "" for t in p.iter(W + "t")).strip())
                notes.append((fid, "\n".join(paras)))
    return heads, foots, notes


def convert(docx, pdf=False, notes_title="Notes"):
    base = os.path.splitext(os.path.basename(docx))[0]
    tmp = tempfile.mkdtemp(prefix="c_txt_")
    clean = os.path.join(tmp, base + ".docx")
    clean_copy(docx, clean)
    subprocess.run(SOFFICE + ["--convert-to", "txt:Text (encoded):UTF8", "--outdir", tmp, clean],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    body = open(os.path.join(tmp, base + ".txt"), encoding="utf-8-sig").read()
    heads, foots, notes = extras(docx)
    # de-duplicate repeated footer field text ("1") etc.
    parts = []
    if heads:
        parts.append("\n".join(heads) + "\n")
    parts.append(body.rstrip() + "\n")
    if notes:
        parts.append("\n" + "_" * 20 + "\n" + "\n".join("%d %s" % (i, t) for i, t in notes) + "\n")
    if foots:
        parts.append("\n" + "\n".join(foots) + "\n")
    with open(os.path.join(HERE, base + ".txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(parts))
    if pdf:
        subprocess.run(SOFFICE + ["--convert-to", "pdf", "--outdir", tmp, clean], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.copy(os.path.join(tmp, base + ".pdf"), os.path.join(HERE, base + ".pdf"))
    shutil.rmtree(tmp)
    print("converted", base, "(+pdf)" if pdf else "")


if __name__ == "__main__":
    args = sys.argv[1:]
    pdf_ids = set()
    if "--pdf" in args:
        i = args.index("--pdf")
        pdf_ids = set(a.upper() for a in args[i + 1:])
        args = list(dict.fromkeys(args[:i] + args[i + 1:]))
    for a in args:
        for d in sorted(glob.glob(os.path.join(HERE, a.upper() + "_*.docx"))):
            convert(d, pdf=os.path.basename(d).split("_")[0] in pdf_ids)
