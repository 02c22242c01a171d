# -*- coding: utf-8 -*-
"""Build author E's Word letters, their plain-text twins and the PDFs.

Usage:  /work/staging/venv/bin/python build_docx.py [E01 E03 ...]

Each Word letter is defined in src/<id-prefix>.py as  build(Builder) -> (id, builder, pdf)
(the Builder comes from docx_engine.py: python-docx + raw OOXML via lxml).
For each letter this script:
  1. saves <id>.docx (with tracked changes, footnotes, content controls as built);
  2. makes a copy with tracked changes accepted (w:del removed, w:ins unwrapped) and
     converts it with LibreOffice to UTF-8 text;
  3. completes that text as a reader sees the letter: header markings on top, footer at
     the end, footnotes after it (LibreOffice's text filter drops all three);
  4. if asked, converts the accepted copy to PDF with LibreOffice (the letter as sent).
"""
import glob
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

from lxml import etree

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from docx_engine import Builder  # noqa: E402

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
SOFFICE = ["soffice", "-env:UserInstallation=file:///tmp/lo-E", "--headless"]


def accepted_copy(src, dst):
    """Copy a .docx with all tracked changes accepted."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename.startswith("word/") and item.filename.endswith(".xml"):
                root = etree.fromstring(data)
                for d in list(root.iter(W + "del")):
                    d.getparent().remove(d)
                for ins in list(root.iter(W + "ins")):
                    parent = ins.getparent()
                    idx = parent.index(ins)
                    for child in list(ins):
                        parent.insert(idx, child)
                        idx += 1
                    parent.remove(ins)
                data = etree.tostring(root, xml_declaration=True, encoding="UTF-8",
                                      standalone=True)
            zout.writestr(item, data)


def _part_text(root):
    """Plain text of the paragraphs of a header/footer/footnote part (fields shown as [n])."""
    lines = []

    def walk(node, buf):
        for ch in node:
            if ch.tag == W + "fldSimple":
                buf.append("[n]")
            elif ch.tag == W + "t" and ch.text:
                buf.append(ch.text)
            elif ch.tag == W + "tab":
                buf.append("\t")
            elif ch.tag == W + "br":
                buf.append("\n")
            else:
                walk(ch, buf)

    for p in root.iter(W + "p"):
        buf = []
        walk(p, buf)
        lines.append("".join(buf))
    return lines


def reader_text(docx_path, lo_txt):
    with zipfile.ZipFile(docx_path) as z:
        names = z.namelist()
        header = []
        for n in sorted(x for x in names if re.match(r"word/header\d*\.xml", x)):
            header += [l for l in _part_text(etree.fromstring(z.read(n))) if l.strip()]
        footer = []
        for n in sorted(x for x in names if re.match(r"word/footer\d*\.xml", x)):
            footer += [l for l in _part_text(etree.fromstring(z.read(n))) if l.strip()]
        notes = []
        if "word/footnotes.xml" in names:
            root = etree.fromstring(z.read("word/footnotes.xml"))
            for fn in root.findall(W + "footnote"):
                fid = int(fn.get(W + "id"))
                if fid < 1:
                    continue
                text = " ".join(l for l in _part_text(fn)).strip()
                notes.append("%d %s" % (fid, text))
    body = lo_txt.lstrip("\ufeff").rstrip() + "\n"
    out = []
    if header:
        out += ["[Header] " + h.strip() for h in header] + [""]
    out.append(body)
    if footer:
        out += [""] + ["[Footer] " + re.sub(r"\s+$", "", f) for f in footer]
    if notes:
        out += ["", "__________", "Footnotes:"] + notes
    return "\n".join(out).rstrip() + "\n"


def convert(docx_path, want_pdf):
    outdir = os.path.dirname(docx_path)
    base = os.path.splitext(os.path.basename(docx_path))[0]
    with tempfile.TemporaryDirectory() as tmp:
        acc = os.path.join(tmp, base + ".docx")
        accepted_copy(docx_path, acc)
        subprocess.run(SOFFICE + ["--convert-to", "txt:Text (encoded):UTF8", "--outdir", tmp, acc],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        with open(os.path.join(tmp, base + ".txt"), encoding="utf-8") as f:
            lo_txt = f.read()
        if want_pdf:
            # the PDF is the letter as sent: made from the copy with tracked changes accepted
            subprocess.run(SOFFICE + ["--convert-to", "pdf", "--outdir", tmp, acc],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            shutil.move(os.path.join(tmp, base + ".pdf"), os.path.join(outdir, base + ".pdf"))
    with open(os.path.join(outdir, base + ".txt"), "w", encoding="utf-8") as f:
        f.write(reader_text(docx_path, lo_txt))


def load(path):
    spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main(only):
    for src in sorted(glob.glob(os.path.join(HERE, "src", "E*.py"))):
        key = os.path.basename(src)[:3]
        if only and key not in only:
            continue
        mod = load(src)
        letter_id, builder, pdf = mod.build(Builder)
        path = os.path.join(HERE, letter_id + ".docx")
        builder.save(path, title=getattr(mod, "TITLE", letter_id),
                     author=getattr(mod, "AUTHOR", "Registry"))
        convert(path, pdf)
        print("built", letter_id, "(+pdf)" if pdf else "")


if __name__ == "__main__":
    main(set(sys.argv[1:]))
