# -*- coding: utf-8 -*-
"""Convert each .docx to .txt with LibreOffice, then make the text what a reader sees:
remove text of tracked deletions (LibreOffice keeps it), add footnotes at the end and
header/footer markings. Optionally also PDF."""
import sys, os, subprocess, zipfile, re, tempfile
from lxml import etree
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
HERE = os.path.dirname(os.path.abspath(__file__))
LO = ['soffice', '-env:UserInstallation=file:///tmp/lo-I', '--headless']

def para_texts(xml):
    root = etree.fromstring(xml)
    out = []
    for p in root.iter(W + 'p'):
        out.append(''.join(t.text or '' for t in p.iter(W + 't')))
    return [x for x in out if x.strip()]

def fix(docx):
    base = docx[:-5]
    tmp = tempfile.mkdtemp()
    subprocess.run(LO + ['--convert-to', 'txt:Text (encoded):UTF8', '--outdir', tmp, docx], check=True, capture_output=True)
    txt = open(os.path.join(tmp, os.path.basename(base) + '.txt'), encoding='utf-8-sig').read()
    z = zipfile.ZipFile(docx)
    doc = etree.fromstring(z.read('word/document.xml'))
    for d in doc.iter(W + 'del'):
        s = ''.join(t.text or '' for t in d.iter(W + 'delText'))
        if s and s in txt:
            txt = txt.replace(s, '', 1)
        elif s:
            print('WARN deletion not found', docx, s[:40])
    head, foot = [], []
    for n in z.namelist():
        if re.match(r'word/header\d*\.xml', n): head += para_texts(z.read(n))
        if re.match(r'word/footer\d*\.xml', n): foot += para_texts(z.read(n))
    notes = []
    if 'word/footnotes.xml' in z.namelist():
        fr = etree.fromstring(z.read('word/footnotes.xml'))
        for fn in fr.findall(W + 'footnote'):
            i = int(fn.get(W + 'id'))
            if i > 0:
                notes.append('%d%s' % (i, ''.join(t.text or '' for t in fn.iter(W + 't'))))
    parts = []
    if head: parts.append('\n'.join(head) + '\n')
    parts.append(txt.rstrip() + '\n')
    if notes: parts.append('\n____________\n' + '\n'.join(notes) + '\n')
    if foot: parts.append('\n' + '\n'.join(foot) + '\n')
    open(base + '.txt', 'w', encoding='utf-8').write('\n'.join(parts))

def pdf(docx):
    subprocess.run(LO + ['--convert-to', 'pdf', '--outdir', HERE, docx], check=True, capture_output=True)

if __name__ == '__main__':
    for a in sys.argv[1:]:
        if a.startswith('pdf:'):
            pdf(os.path.join(HERE, a[4:])); print('pdf', a[4:])
        else:
            fix(os.path.join(HERE, a)); print('txt', a)
