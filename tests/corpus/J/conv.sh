#!/bin/sh
# usage: conv.sh ID...  — build docx, export txt with LibreOffice, post-process txt
cd /work/staging/corpus2/J
/work/staging/venv/bin/python build_docx.py "$@" || exit 1
for i in "$@"; do
  soffice -env:UserInstallation=file:///tmp/lo-J --headless --convert-to "txt:Text (encoded):UTF8" --outdir . "$i.docx" >/dev/null 2>&1 || echo "TXT FAIL $i"
done
/work/staging/venv/bin/python build_docx.py --fix-txt "$@"
