# -*- coding: utf-8 -*-
"""Build author B's Word letters, their plain-text twins and PDFs.

Usage:  /work/staging/venv/bin/python build_docx.py [ID-prefix ...]

Each Word letter lives in src/Bnn_*.py and defines
    ID   -- the letter id (file stem)
    PDF  -- True if a PDF is also wanted
    make() -> docxkit.Letter
Layout/OOXML helpers (numbering.xml, footnotes.xml, w:sdt content controls,
w:ins/w:del tracked changes, headers/footers) are in docxkit.py.

The .txt twin is produced with LibreOffice ("Text (encoded):UTF8") from a copy
of the .docx in which tracked changes are accepted (deleted text is not part
of the letter).  LibreOffice's text filter drops headers, footers and
footnotes, so these are added back: header lines at the top, footnotes
("notes") at the end, footer lines last.  The PDF is made from the same
accepted copy.
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
W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
NS = {'w': W}
SOFFICE = ['soffice', '-env:UserInstallation=file:///tmp/lo-B', '--headless']


def accept_changes(src, dst):
    """Copy src .docx to dst with all tracked changes accepted."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, 'w', zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename.startswith('word/') and item.filename.endswith('.xml') and (
                    b'<w:ins ' in data or b'<w:del ' in data or b'trackRevisions' in data):
                root = etree.fromstring(data)
                for d in root.iter('{%s}del' % W):
                    pass
                for d in list(root.iter('{%s}del' % W)):
                    d.getparent().remove(d)
                for i in list(root.iter('{%s}ins' % W)):
                    parent = i.getparent()
                    idx = parent.index(i)
                    for k in list(i):
                        parent.insert(idx, k)
                        idx += 1
                    parent.remove(i)
                for t in list(root.iter('{%s}trackRevisions' % W)):
                    t.getparent().remove(t)
                data = etree.tostring(root, xml_declaration=True, encoding='UTF-8', standalone=True)
            zout.writestr(item, data)


def _para_text(p):
    out = []
    for el in p.iter():
        tag = etree.QName(el).localname
        if tag == 't' and el.text:
            out.append(el.text)
        elif tag == 'tab':
            out.append('\t')
        elif tag == 'br':
            out.append('\n')
    return ''.join(out)


def side_parts(docx_path):
    """Return (header_lines, footnotes, footer_lines) of an (accepted) docx."""
    hdr, ftr, notes = [], [], []
    with zipfile.ZipFile(docx_path) as z:
        names = z.namelist()
        for n in sorted(names):
            if re.match(r'word/header\d*\.xml$', n) or re.match(r'word/footer\d*\.xml$', n):
                root = etree.fromstring(z.read(n))
                lines = []
                for p in root.iter('{%s}p' % W):
                    if p.find('.//w:fldChar', NS) is not None:
                        continue          # page-number line
                    t = _para_text(p).strip()
                    if t:
                        lines.append(t)
                (hdr if 'header' in n else ftr).extend(lines)
        if 'word/footnotes.xml' in names:
            root = etree.fromstring(z.read('word/footnotes.xml'))
            for fn in root.findall('w:footnote', NS):
                fid = int(fn.get('{%s}id' % W))
                if fid <= 0:
                    continue
                t = ' '.join(_para_text(p).strip() for p in fn.findall('w:p', NS)).strip()
                notes.append((fid, t))
    return hdr, notes, ftr


def convert(path, fmt, outdir):
    subprocess.run(SOFFICE + ['--convert-to', fmt, '--outdir', outdir, path], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)


def make_twins(docx_path, want_pdf):
    stem = os.path.splitext(os.path.basename(docx_path))[0]
    tmp = tempfile.mkdtemp(prefix='B-build-')
    acc = os.path.join(tmp, stem + '.docx')
    accept_changes(docx_path, acc)
    convert(acc, 'txt:Text (encoded):UTF8', tmp)
    body = open(os.path.join(tmp, stem + '.txt'), encoding='utf-8-sig').read()
    body = body.replace('\r\n', '\n').rstrip() + '\n'
    hdr, notes, ftr = side_parts(acc)
    parts = []
    if hdr:
        parts.append('\n'.join(hdr) + '\n\n')
    parts.append(body)
    if notes:
        parts.append('\n' + '_' * 20 + '\n')
        parts.append(''.join('%d %s\n' % (i, t) for i, t in notes))
    if ftr:
        parts.append('\n' + '\n'.join(ftr) + '\n')
    with open(os.path.join(HERE, stem + '.txt'), 'w', encoding='utf-8') as f:
        f.write(''.join(parts))
    if want_pdf:
        convert(acc, 'pdf', tmp)
        shutil.copy(os.path.join(tmp, stem + '.pdf'), os.path.join(HERE, stem + '.pdf'))
    shutil.rmtree(tmp)


def load(path):
    spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main(prefixes):
    sys.path.insert(0, HERE)
    for path in sorted(glob.glob(os.path.join(HERE, 'src', 'B*.py'))):
        mod = load(path)
        if prefixes and not any(mod.ID.startswith(p) for p in prefixes):
            continue
        out = os.path.join(HERE, mod.ID + '.docx')
        letter = mod.make()
        letter.save(out, title=getattr(mod, 'TITLE', None), author=getattr(mod, 'AUTHOR', None))
        make_twins(out, getattr(mod, 'PDF', False))
        print('built', mod.ID, '(+pdf)' if getattr(mod, 'PDF', False) else '')


if __name__ == '__main__':
    main(sys.argv[1:])
