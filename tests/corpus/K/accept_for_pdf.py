#!/usr/bin/env python3
"""Make a copy of a .docx with tracked changes accepted (w:del removed, w:ins unwrapped), so that the
PDF shows the letter as its reader sees it. Usage: accept_for_pdf.py in.docx outdir/"""
import sys, os, zipfile, re
src, outdir = sys.argv[1], sys.argv[2]
os.makedirs(outdir, exist_ok=True)
dst = os.path.join(outdir, os.path.basename(src))
zin = zipfile.ZipFile(src)
with zipfile.ZipFile(dst, 'w', zipfile.ZIP_DEFLATED) as zout:
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename == 'word/document.xml':
            s = data.decode('utf-8')
            s = re.sub(r'<w:del [^>]*>.*?</w:del>', '', s, flags=re.S)
            s = re.sub(r'<w:ins [^>]*>(.*?)</w:ins>', r'\1', s, flags=re.S)
            data = s.encode('utf-8')
        zout.writestr(item, data)
print(dst)
