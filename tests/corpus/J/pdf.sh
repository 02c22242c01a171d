#!/bin/sh
# usage: pdf.sh ID... — PDF of each Word letter as sent (tracked changes accepted)
cd /work/staging/corpus2/J
T=/tmp/lo-J-pdf; rm -rf $T; mkdir -p $T
for i in "$@"; do
  /work/staging/venv/bin/python build_docx.py --accepted "$i.docx" "$T/$i.docx"
  soffice -env:UserInstallation=file:///tmp/lo-J --headless --convert-to pdf --outdir . "$T/$i.docx" >/dev/null 2>&1 || echo "PDF FAIL $i"
done
