#!/usr/bin/env python3
"""Convert K's .docx letters to .txt with LibreOffice (one at a time), then add what the LO text
filter leaves out but a reader sees: header/footer markings (top/bottom) and footnotes (at the end).
Deleted tracked text (w:delText) is checked to be absent from the output."""
import re, subprocess, sys, os, zipfile, tempfile
from lxml import etree
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
HERE = os.path.dirname(os.path.abspath(__file__))

def texts(xml):
    root = etree.fromstring(xml)
    out = []
    for p in root.iter(W + 'p'):
        t = ''.join(x.text or '' for x in p.iter(W + 't'))
        if t.strip():
            out.append(t)
    return out

def convert(docx):
    tmp = tempfile.mkdtemp(prefix='k_txt_')
    subprocess.run(['soffice', '-env:UserInstallation=file:///tmp/lo-K', '--headless', '--convert-to',
                    'txt:Text (encoded):UTF8', '--outdir', tmp, docx], check=True, capture_output=True)
    name = os.path.splitext(os.path.basename(docx))[0]
    body = open(os.path.join(tmp, name + '.txt'), encoding='utf-8-sig').read()
    z = zipfile.ZipFile(docx)
    head, foot, notes = [], [], []
    for n in z.namelist():
        if re.match(r'word/header\d*\.xml', n):
            head += texts(z.read(n))
        if re.match(r'word/footer\d*\.xml', n):
            foot += texts(z.read(n))
    if 'word/footnotes.xml' in z.namelist():
        root = etree.fromstring(z.read('word/footnotes.xml'))
        for fn in root.findall(W + 'footnote'):
            fid = int(fn.get(W + 'id'))
            if fid >= 1:
                t = ''.join(x.text or '' for x in fn.iter(W + 't')).strip()
                notes.append('%d %s' % (fid, t))
    doc = z.read('word/document.xml').decode('utf-8')
    dels = [d for d in re.findall(r'<w:delText[^>]*>([^<]*)</w:delText>', doc) if len(d.strip()) > 3]
    for d in dels:
        if d in body:
            print('WARNING deleted text present:', d, file=sys.stderr)
            body = body.replace(d, '')
    out = ''
    if head:
        out += '\n'.join(dict.fromkeys(head)) + '\n\n'
    out += body.rstrip() + '\n'
    if notes:
        out += '\n____________\n' + '\n'.join(notes) + '\n'
    if foot:
        out += '\n' + '\n'.join(dict.fromkeys(foot)) + '\n'
    open(os.path.join(HERE, name + '.txt'), 'w', encoding='utf-8').write(out)
    print('txt', name)

if __name__ == '__main__':
    for f in sys.argv[1:]:
        convert(f)
