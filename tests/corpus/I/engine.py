# -*- coding: utf-8 -*-
"""Small engine used by build_docx.py: python-docx + raw OOXML (lxml) for
automatic numbering, real footnotes, content controls, tracked changes."""
import re, copy
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn, nsdecls
from docx.oxml import parse_xml, OxmlElement
from docx.opc.part import Part
from docx.opc.packuri import PackURI
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from lxml import etree

W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
W14 = 'http://schemas.microsoft.com/office/word/2010/wordml'
FN_CT = 'application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml'

class Builder:
    def __init__(self, font='Times New Roman', size=11, rtl=False, author='Registry'):
        self.doc = Document()
        st = self.doc.styles['Normal']
        st.font.name = font; st.font.size = Pt(size)
        rpr = st.element.get_or_add_rPr()
        rf = rpr.find(qn('w:rFonts'))
        if rf is None:
            rf = OxmlElement('w:rFonts'); rpr.append(rf)
        for a in ('w:ascii', 'w:hAnsi', 'w:cs', 'w:eastAsia'):
            rf.set(qn(a), font)
        for s in self.doc.sections:
            s.left_margin = s.right_margin = Cm(2.2)
            s.top_margin = s.bottom_margin = Cm(2.0)
        self.rtl = rtl
        self.author = author
        self.rev = 100
        self.fn_part = None
        self.fn_next = 1
        self.num_defs = {}
        self.container_stack = []

    # ---------- footnotes part ----------
    def _footnotes(self):
        if self.fn_part is None:
            xml = ('<w:footnotes %s>'
                   '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                   '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
                   '</w:footnotes>') % nsdecls('w')
            self.fn_root = etree.fromstring(xml.encode())
            self.fn_part = Part(PackURI('/word/footnotes.xml'), FN_CT, b'', self.doc.part.package)
            self.doc.part.relate_to(self.fn_part, RT.FOOTNOTES)
        return self.fn_root

    def _add_footnote(self, p_el, text):
        root = self._footnotes()
        fid = self.fn_next; self.fn_next += 1
        fn = etree.SubElement(root, qn('w:footnote')); fn.set(qn('w:id'), str(fid))
        fp = etree.SubElement(fn, qn('w:p'))
        ppr = etree.SubElement(fp, qn('w:pPr'))
        sz = etree.SubElement(etree.SubElement(ppr, qn('w:rPr')), qn('w:sz')); sz.set(qn('w:val'), '18')
        r = etree.SubElement(fp, qn('w:r'))
        rp = etree.SubElement(r, qn('w:rPr'))
        va = etree.SubElement(rp, qn('w:vertAlign')); va.set(qn('w:val'), 'superscript')
        etree.SubElement(r, qn('w:footnoteRef'))
        r2 = etree.SubElement(fp, qn('w:r'))
        rp2 = etree.SubElement(r2, qn('w:rPr')); s2 = etree.SubElement(rp2, qn('w:sz')); s2.set(qn('w:val'), '18')
        t = etree.SubElement(r2, qn('w:t')); t.text = ' ' + text
        t.set('{http://www.w3.org/XML/1998/namespace}space', 'preserve')
        # reference in body
        r = OxmlElement('w:r'); rp = OxmlElement('w:rPr'); va = OxmlElement('w:vertAlign')
        va.set(qn('w:val'), 'superscript'); rp.append(va); r.append(rp)
        ref = OxmlElement('w:footnoteReference'); ref.set(qn('w:id'), str(fid)); r.append(ref)
        p_el.append(r)

    # ---------- numbering ----------
    def numbering(self, name, fmts):
        """fmts: list of (numFmt, lvlText, indent_cm) per level."""
        if name in self.num_defs: return self.num_defs[name]
        np_ = self.doc.part.numbering_part.element
        aid = 10 + len(self.num_defs)
        lv = ''
        for i, (fmt, txt, ind) in enumerate(fmts):
            left = int(ind * 567)
            lv += ('<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/><w:lvlText w:val="%s"/>'
                   '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="%d" w:hanging="454"/></w:pPr></w:lvl>') % (i, fmt, txt, left)
        an = parse_xml('<w:abstractNum %s w:abstractNumId="%d"><w:multiLevelType w:val="multilevel"/>%s</w:abstractNum>' % (nsdecls('w'), aid, lv))
        first_num = np_.find(qn('w:num'))
        if first_num is not None: first_num.addprevious(an)
        else: np_.append(an)
        numid = 50 + len(self.num_defs)
        np_.append(parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>' % (nsdecls('w'), numid, aid)))
        self.num_defs[name] = numid
        return numid

    # ---------- inline markup ----------
    # {fn:...} footnote  {ins:...} insertion  {del:...} deletion  {cb1} {cb0} checkbox control
    # {txt:...} plain-text content control  **bold**  \n soft line break
    TOK = re.compile(r'(\{fn:.*?\}|\{ins:.*?\}|\{del:.*?\}|\{cb[01]\}|\{txt:.*?\}|\*\*.*?\*\*)', re.S)

    def _run(self, text, bold=False, size=None, italic=False, deleted=False):
        r = OxmlElement('w:r'); rp = OxmlElement('w:rPr')
        if bold: rp.append(OxmlElement('w:b'))
        if italic: rp.append(OxmlElement('w:i'))
        if size:
            s = OxmlElement('w:sz'); s.set(qn('w:val'), str(int(size * 2))); rp.append(s)
        if self.rtl: rp.append(OxmlElement('w:rtl'))
        if len(rp): r.append(rp)
        parts = text.split('\n')
        for i, part in enumerate(parts):
            if i: r.append(OxmlElement('w:br'))
            if part:
                t = OxmlElement('w:delText' if deleted else 'w:t'); t.text = part
                t.set('{http://www.w3.org/XML/1998/namespace}space', 'preserve'); r.append(t)
        return r

    def _fill(self, p_el, text, bold=False, size=None, italic=False):
        for tok in self.TOK.split(text):
            if not tok: continue
            if tok.startswith('{fn:'):
                self._add_footnote(p_el, tok[4:-1])
            elif tok.startswith('{ins:') or tok.startswith('{del:'):
                kind = 'w:ins' if tok.startswith('{ins:') else 'w:del'
                el = OxmlElement(kind); self.rev += 1
                el.set(qn('w:id'), str(self.rev)); el.set(qn('w:author'), self.author)
                el.set(qn('w:date'), '2025-03-10T09:15:00Z')
                el.append(self._run(tok[5:-1], bold, size, italic, deleted=(kind == 'w:del')))
                p_el.append(el)
            elif tok in ('{cb1}', '{cb0}'):
                p_el.append(self._checkbox(tok == '{cb1}'))
            elif tok.startswith('{txt:'):
                p_el.append(self._textctl(tok[5:-1]))
            elif tok.startswith('**') and tok.endswith('**') and len(tok) > 4:
                p_el.append(self._run(tok[2:-2], True, size, italic))
            else:
                p_el.append(self._run(tok, bold, size, italic))

    def _checkbox(self, checked):
        self.rev += 1
        xml = ('<w:sdt %s xmlns:w14="%s"><w:sdtPr><w:id w:val="%d"/>'
               '<w14:checkbox><w14:checked w14:val="%d"/>'
               '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
               '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
               '<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:hAnsi="MS Gothic" w:eastAsia="MS Gothic"/></w:rPr>'
               '<w:t>%s</w:t></w:r></w:sdtContent></w:sdt>') % (nsdecls('w'), W14, 900000 + self.rev, 1 if checked else 0,
                                                                 '\u2612' if checked else '\u2610')
        return parse_xml(xml)

    def _textctl(self, value):
        self.rev += 1
        from xml.sax.saxutils import escape
        xml = ('<w:sdt %s><w:sdtPr><w:id w:val="%d"/><w:text/></w:sdtPr>'
               '<w:sdtContent><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:sdtContent></w:sdt>') % (
            nsdecls('w'), 800000 + self.rev, escape(value))
        return parse_xml(xml)

    # ---------- block API ----------
    def _para(self, container=None):
        c = container if container is not None else self.doc
        p = c.add_paragraph()
        if self.rtl:
            ppr = p._p.get_or_add_pPr(); ppr.append(OxmlElement('w:bidi'))
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        return p

    def p(self, text, bold=False, size=None, align=None, italic=False, container=None, space_after=4):
        p = self._para(container)
        if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if align == 'r': p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if align == 'j': p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        p.paragraph_format.space_after = Pt(space_after)
        self._fill(p._p, text, bold, size, italic)
        return p

    def num(self, numid, text, level=0, container=None, **kw):
        p = self.p(text, container=container, **kw)
        ppr = p._p.get_or_add_pPr()
        numpr = parse_xml('<w:numPr %s><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>' % (nsdecls('w'), level, numid))
        ppr.insert(0, numpr)
        return p

    def table(self, rows, widths=None, header=False, shade_first_col=False):
        ncol = max(len(r) for r in rows)
        t = self.doc.add_table(rows=0, cols=ncol)
        t.style = 'Table Grid'
        if self.rtl:
            tblPr = t._tbl.tblPr; b = OxmlElement('w:bidiVisual'); tblPr.append(b)
        for ri, row in enumerate(rows):
            cells = t.add_row().cells
            if len(row) < ncol:
                a = cells[len(row) - 1]
                for extra in cells[len(row):]:
                    a = a.merge(extra)
            for ci, val in enumerate(row):
                cell = cells[ci]
                cell.paragraphs[0]._p.getparent().remove(cell.paragraphs[0]._p)
                for li, line in enumerate(val.split('\n\n') if val else ['']):
                    bold = (header and ri == 0) or (shade_first_col and ci == 0 and len(row) > 1)
                    self.p(line, bold=bold, container=cell, space_after=2)
                if (shade_first_col and ci == 0 and len(row) > 1) or (header and ri == 0) or len(row) == 1 and val.startswith('**'):
                    tcPr = cell._tc.get_or_add_tcPr()
                    tcPr.append(parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="E7E6E6"/>' % nsdecls('w')))
        if widths:
            for row in t.rows:
                for ci, w in enumerate(widths):
                    if ci < len(row.cells): row.cells[ci].width = Cm(w)
        self.doc.add_paragraph().paragraph_format.space_after = Pt(2)
        return t

    def header_footer(self, header=None, footer=None):
        s = self.doc.sections[0]
        if header:
            hp = s.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            self._fill(hp._p, header, bold=True, size=9)
        if footer:
            fp = s.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            self._fill(fp._p, footer, size=8)

    def page_break(self):
        from docx.enum.text import WD_BREAK
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def save(self, path):
        if self.fn_part is not None:
            self.fn_part._blob = etree.tostring(self.fn_root, xml_declaration=True, encoding='UTF-8', standalone=True)
        self.doc.save(path)
