#!/usr/bin/env python
"""Build Word letters (and their reader's .txt) from light mark-up sources in src/.

Mark-up, one paragraph per line:
  @header: text        page header          @footer: text       page footer
  @title: text         bold centred line    ## text             bold heading
  #. text              auto-numbered paragraph, level 1 (1., 2., ...)
  #a. text             auto-numbered sub-paragraph, level 2 ((a), (b), ...)
  > text               indented quotation
  | a | b |            table row (consecutive rows form one table; '|!' = bold header row)
  [x] / [ ]            check-box content control (checked / unchecked)
  ^[text]              real footnote
  {+text+} / {-text-}  tracked insertion / deletion (author 'Registry')
  **text**             bold
  blank line           empty paragraph (ignored in .txt beyond one blank line)
Usage: build_docx.py [--pdf NAME ...]  -> writes O/NAME.docx and O/NAME.txt; PDFs from an
accepted copy (tracked changes applied) via LibreOffice.
"""
import copy, os, re, subprocess, sys, tempfile, shutil
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, 'src')
W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
W14 = 'http://schemas.microsoft.com/office/word/2010/wordml'
DATE = '2026-03-20T10:00:00Z'
TOKEN = re.compile(r'(\^\[[^\]]*\]|\{\+.*?\+\}|\{-.*?-\}|\[x\]|\[ \]|\*\*.*?\*\*)')
NUM_ID = 77


def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


class Builder:
    def __init__(self, accept=False):
        self.doc = Document()
        st = self.doc.styles['Normal']
        st.font.name = 'Times New Roman'
        st.font.size = Pt(11.5)
        self.accept = accept
        self.fn = []          # footnote texts
        self.rev = 100
        self.sdt = 500
        self._numbering()
        self._footnote_part()

    # --- numbering definition (real automatic numbering) -------------------
    def _numbering(self):
        numbering = self.doc.part.numbering_part.element
        absn = parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{NUM_ID}">'
            '<w:multiLevelType w:val="multilevel"/>'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
            '<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>'
            '<w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>'
            '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>'
            '<w:lvlText w:val="(%2)"/><w:lvlJc w:val="left"/>'
            '<w:pPr><w:ind w:left="1134" w:hanging="567"/></w:pPr></w:lvl>'
            '</w:abstractNum>')
        nums = numbering.findall(qn('w:num'))
        if nums:
            nums[0].addprevious(absn)
        else:
            numbering.append(absn)
        numbering.append(parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{NUM_ID}"><w:abstractNumId w:val="{NUM_ID}"/></w:num>'))

    # --- footnotes part (python-docx has no API for it) -----------------------
    def _footnote_part(self):
        self.fn_xml = parse_xml(
            f'<w:footnotes {nsdecls("w")}>'
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
            '</w:footnotes>')

    def _finish_footnotes(self):
        if not self.fn:
            return
        from lxml import etree
        blob = etree.tostring(self.fn_xml, xml_declaration=True, encoding='UTF-8', standalone=True)
        part = Part(PackURI('/word/footnotes.xml'),
                    'application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml',
                    blob, self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)
        sett = self.doc.settings.element
        fp = parse_xml(f'<w:footnotePr {nsdecls("w")}><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>')
        # schema order: footnotePr precedes endnotePr/compat/rsids/...
        for tag in ('w:endnotePr', 'w:compat', 'w:docVars', 'w:rsids', 'm:mathPr', 'w:themeFontLang',
                    'w:clrSchemeMapping', 'w:shapeDefaults', 'w:decimalSymbol', 'w:listSeparator'):
            try:
                nxt = sett.find(qn(tag))
            except Exception:
                nxt = None
            if nxt is not None:
                nxt.addprevious(fp)
                break
        else:
            sett.append(fp)

    # --- inline runs -----------------------------------------------------------
    def runs(self, p, text, txt_parts):
        """Fill paragraph p from mark-up; append reader's text to txt_parts."""
        for tok in TOKEN.split(text):
            if not tok:
                continue
            if tok.startswith('^['):
                body = tok[2:-1]
                self.fn.append(body)
                n = len(self.fn)
                r = parse_xml(f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                              f'<w:footnoteReference w:id="{n}"/></w:r>')
                p._p.append(r)
                self.fn_xml.append(parse_xml(
                    f'<w:footnote {nsdecls("w")} w:id="{n}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
                    f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
                    f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {esc(body)}</w:t></w:r></w:p></w:footnote>'))
                txt_parts.append(f'[{n}]')
            elif tok.startswith('{+'):
                body = tok[2:-2]
                txt_parts.append(body)
                if self.accept:
                    p.add_run(body)
                else:
                    self.rev += 1
                    p._p.append(parse_xml(
                        f'<w:ins {nsdecls("w")} w:id="{self.rev}" w:author="Registry" w:date="{DATE}">'
                        f'<w:r><w:t xml:space="preserve">{esc(body)}</w:t></w:r></w:ins>'))
            elif tok.startswith('{-'):
                body = tok[2:-2]
                if not self.accept:
                    self.rev += 1
                    p._p.append(parse_xml(
                        f'<w:del {nsdecls("w")} w:id="{self.rev}" w:author="Registry" w:date="{DATE}">'
                        f'<w:r><w:delText xml:space="preserve">{esc(body)}</w:delText></w:r></w:del>'))
            elif tok in ('[x]', '[ ]'):
                checked = tok == '[x]'
                self.sdt += 1
                ch = '\u2612' if checked else '\u2610'
                p._p.append(parse_xml(
                    f'<w:sdt {nsdecls("w")} xmlns:w14="{W14}"><w:sdtPr><w:id w:val="{self.sdt}"/>'
                    f'<w14:checkbox><w14:checked w14:val="{1 if checked else 0}"/>'
                    '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
                    '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
                    f'<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:hAnsi="MS Gothic" w:eastAsia="MS Gothic"/></w:rPr>'
                    f'<w:t>{ch}</w:t></w:r></w:sdtContent></w:sdt>'))
                txt_parts.append(ch)
            elif tok.startswith('**'):
                p.add_run(tok[2:-2]).bold = True
                txt_parts.append(tok[2:-2])
            else:
                p.add_run(tok)
                txt_parts.append(tok)

    def build(self, src_lines):
        doc = self.doc
        out = []              # reader's text lines
        header = footer = None
        n1 = n2 = 0
        table_rows = []

        def flush_table():
            nonlocal table_rows
            if not table_rows:
                return
            ncol = max(len(r[1]) for r in table_rows)
            t = doc.add_table(rows=0, cols=ncol)
            t.style = 'Table Grid'
            for bold, cells in table_rows:
                row = t.add_row()
                line = []
                for i, c in enumerate(cells):
                    cell = row.cells[i]
                    parts = []
                    self.runs(cell.paragraphs[0], c, parts)
                    if bold:
                        for r in cell.paragraphs[0].runs:
                            r.bold = True
                    line.append(''.join(parts).strip())
                out.append(' | '.join(line))
            out.append('')
            table_rows = []

        for raw in src_lines:
            line = raw.rstrip('\n')
            if line.startswith('|'):
                bold = line.startswith('|!')
                body = line[2:] if bold else line[1:]
                cells = [c.strip() for c in body.rstrip().rstrip('|').split(' | ')]
                table_rows.append((bold, cells))
                continue
            flush_table()
            parts = []
            if line.startswith('@header:'):
                header = line[8:].strip()
                doc.sections[0].header.paragraphs[0].text = header
                continue
            if line.startswith('@footer:'):
                footer = line[8:].strip()
                fp = doc.sections[0].footer.paragraphs[0]
                fp.text = footer
                fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
                continue
            if not line.strip():
                if out and out[-1] != '':
                    out.append('')
                continue
            if line.startswith('@title:'):
                p = doc.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                self.runs(p, '**' + line[7:].strip() + '**', parts)
                out.append(''.join(parts)); continue
            if line.startswith('## '):
                p = doc.add_paragraph()
                self.runs(p, '**' + line[3:].strip() + '**', parts)
                out.append(''.join(parts)); continue
            m = re.match(r'#(a?)\. (.*)', line)
            if m:
                lvl = 1 if m.group(1) else 0
                p = doc.add_paragraph()
                pPr = p._p.get_or_add_pPr()
                pPr.append(parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{lvl}"/><w:numId w:val="{NUM_ID}"/></w:numPr>'))
                self.runs(p, m.group(2), parts)
                if lvl == 0:
                    n1 += 1; n2 = 0; label = f'{n1}. '
                else:
                    n2 += 1; label = '    (' + 'abcdefghijklmnopqrstuvwxyz'[n2 - 1] + ') '
                out.append(label + ''.join(parts)); continue
            if line.startswith('> '):
                p = doc.add_paragraph()
                p.paragraph_format.left_indent = Cm(1.5)
                self.runs(p, line[2:], parts)
                out.append('    ' + ''.join(parts)); continue
            p = doc.add_paragraph()
            self.runs(p, line, parts)
            out.append(''.join(parts))
        flush_table()
        self._finish_footnotes()
        txt = []
        if header:
            txt += [header, '']
        txt += out
        while txt and txt[-1] == '':
            txt.pop()
        if self.fn:
            txt += ['', '_' * 20]
            txt += [f'[{i}] {t}' for i, t in enumerate(self.fn, 1)]
        if footer:
            txt += ['', footer]
        return '\n'.join(txt) + '\n'


def main(argv):
    pdfs = set()
    if '--pdf' in argv:
        pdfs = set(argv[argv.index('--pdf') + 1:])
    for f in sorted(os.listdir(SRC)):
        if not f.endswith('.src'):
            continue
        name = f[:-4]
        lines = open(os.path.join(SRC, f), encoding='utf-8').readlines()
        b = Builder()
        txt = b.build(lines)
        b.doc.save(os.path.join(HERE, name + '.docx'))
        open(os.path.join(HERE, name + '.txt'), 'w', encoding='utf-8').write(txt)
        if name in pdfs:
            tmp = tempfile.mkdtemp()
            a = Builder(accept=True)
            a.build(lines)
            a.doc.save(os.path.join(tmp, name + '.docx'))
            subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', HERE,
                            os.path.join(tmp, name + '.docx')], check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            shutil.rmtree(tmp)
        print('built', name, len(txt.split()), 'words')


if __name__ == '__main__':
    main(sys.argv[1:])
