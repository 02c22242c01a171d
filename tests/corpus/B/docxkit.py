# -*- coding: utf-8 -*-
"""Small helper layer over python-docx for author B's letters.

python-docx has no API for footnotes, content controls, tracked changes or
custom numbering definitions, so those are written as raw OOXML with lxml.

Inline markup understood by Letter.para() / Letter.fill():
  <b>..</b> <i>..</i> <u>..</u>     bold / italic / underline
  <br/>                             soft line break (w:br)
  <tab/>                            tab
  <fn>..</fn>                       a real footnote (footnotes.xml part)
  <ins>..</ins> / <del>..</del>     tracked insertion / deletion (w:ins / w:del)
  <sdt tag="x" alias="Y">..</sdt>   plain-text content control (w:sdt + w:text)
  <cb tag="x" on/>  <cb tag="x"/>   check-box content control (w14:checkbox)
"""
import copy
import datetime
import re

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from lxml import etree

W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
W14_NS = 'http://schemas.microsoft.com/office/word/2010/wordml'
FOOTNOTES_CT = 'application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml'


def w14(tag):
    return '{%s}%s' % (W14_NS, tag)


ALIGN = {
    'left': WD_ALIGN_PARAGRAPH.LEFT, 'center': WD_ALIGN_PARAGRAPH.CENTER,
    'right': WD_ALIGN_PARAGRAPH.RIGHT, 'both': WD_ALIGN_PARAGRAPH.JUSTIFY,
}

# numbering formats: list of (numFmt, lvlText, indent_left_twips)
NUM_SCHEMES = {
    # 1.  (a)  (i)
    'legal': [('decimal', '%1.', 567), ('lowerLetter', '(%2)', 1134), ('lowerRoman', '(%3)', 1701)],
    # 1.  a)  -
    'civil': [('decimal', '%1.', 425), ('lowerLetter', '%2)', 851), ('bullet', '\u2013', 1276)],
    # I.  1.  a)
    'roman': [('upperRoman', '%1.', 567), ('decimal', '%2.', 1134), ('lowerLetter', '%3)', 1701)],
    # 1)  a)
    'paren': [('decimal', '%1)', 425), ('lowerLetter', '%2)', 851), ('lowerRoman', '%3)', 1276)],
    # Article-style: 1.1 nesting
    'outline': [('decimal', '%1.', 567), ('decimal', '%1.%2.', 1134), ('lowerLetter', '(%3)', 1701)],
    # Russian: 1.  1)  а)   (Cyrillic letters are not a Word numFmt in all
    # versions; use russianLower which LibreOffice and Word both support)
    'ru': [('decimal', '%1.', 425), ('decimal', '%2)', 851), ('russianLower', '%3)', 1276)],
    # Portuguese/Spanish: 1.  a)  i)
    # Arabic: 1.  أ)  -
    'ar': [('decimal', '%1.', 425), ('arabicAbjad', '%2)', 851), ('bullet', '\u2013', 1276)],
    'ibero': [('decimal', '%1.', 425), ('lowerLetter', '%2)', 851), ('lowerRoman', '%3)', 1276)],
}


class Letter:
    def __init__(self, font='Times New Roman', size=11.5, cs_font=None, rtl=False,
                 lang='fr-FR', author='Greffe', date='2025-03-10T09:00:00Z',
                 margins_cm=(2.5, 2.5, 2.5, 2.5), a4=True, track=False):
        self.doc = Document()
        self.rtl = rtl
        self.author = author
        self.date = date
        self.lang = lang
        self._rev = 1
        self._sdt = 1000
        self._footnotes = []
        self._nums = {}
        self._next_abs = 100
        self._next_num = 100
        st = self.doc.styles['Normal']
        st.font.name = font
        st.font.size = Pt(size)
        rpr = st.element.get_or_add_rPr()
        rf = rpr.find(qn('w:rFonts'))
        if rf is None:
            rf = OxmlElement('w:rFonts'); rpr.insert(0, rf)
        for a in ('w:ascii', 'w:hAnsi', 'w:eastAsia'):
            rf.set(qn(a), font)
        rf.set(qn('w:cs'), cs_font or font)
        szcs = OxmlElement('w:szCs'); szcs.set(qn('w:val'), str(int(size * 2))); rpr.append(szcs)
        lang_el = OxmlElement('w:lang'); lang_el.set(qn('w:val'), lang)
        if rtl:
            lang_el.set(qn('w:bidi'), lang)
        rpr.append(lang_el)
        pf = st.paragraph_format
        pf.space_after = Pt(6)
        pf.space_before = Pt(0)
        sec = self.doc.sections[0]
        if a4:
            sec.page_width = Cm(21.0); sec.page_height = Cm(29.7)
        sec.top_margin, sec.right_margin, sec.bottom_margin, sec.left_margin = [Cm(x) for x in margins_cm]
        if rtl:
            sp = sec._sectPr
            b = OxmlElement('w:bidi')
            # w:bidi must come before w:rtlGutter/docGrid; put it before docGrid
            dg = sp.find(qn('w:docGrid'))
            if dg is not None:
                dg.addprevious(b)
            else:
                sp.append(b)
        if track:
            self._settings_insert_before('w:defaultTabStop', OxmlElement('w:trackRevisions'))
        # remove placeholder body paragraphs of the template
        body = self.doc.element.body
        for p in list(body.findall(qn('w:p'))):
            body.remove(p)

    # ------------------------------------------------------------------ utils
    def _settings_insert_before(self, tag, el):
        s = self.doc.settings.element
        ref = s.find(qn(tag))
        if ref is not None:
            ref.addprevious(el)
        else:
            s.append(el)

    def _rid(self):
        self._rev += 1
        return str(self._rev)

    # -------------------------------------------------------------- numbering
    def numbering(self, scheme='legal', start=1, name=None):
        """Create a new list (w:num) on an abstract definition of `scheme`.
        Returns the numId to pass to para(num=...)."""
        numbering = self.doc.part.numbering_part.element
        absid = self._next_abs; self._next_abs += 1
        numid = self._next_num; self._next_num += 1
        an = OxmlElement('w:abstractNum'); an.set(qn('w:abstractNumId'), str(absid))
        mlt = OxmlElement('w:multiLevelType'); mlt.set(qn('w:val'), 'hybridMultilevel'); an.append(mlt)
        for ilvl, (fmt, text, ind) in enumerate(NUM_SCHEMES[scheme]):
            lvl = OxmlElement('w:lvl'); lvl.set(qn('w:ilvl'), str(ilvl))
            s = OxmlElement('w:start'); s.set(qn('w:val'), str(start if ilvl == 0 else 1)); lvl.append(s)
            nf = OxmlElement('w:numFmt'); nf.set(qn('w:val'), fmt); lvl.append(nf)
            lt = OxmlElement('w:lvlText'); lt.set(qn('w:val'), text); lvl.append(lt)
            jc = OxmlElement('w:lvlJc'); jc.set(qn('w:val'), 'left'); lvl.append(jc)
            ppr = OxmlElement('w:pPr')
            ind_el = OxmlElement('w:ind'); ind_el.set(qn('w:left'), str(ind)); ind_el.set(qn('w:hanging'), '425')
            ppr.append(ind_el); lvl.append(ppr)
            an.append(lvl)
        first_num = numbering.find(qn('w:num'))
        if first_num is not None:
            first_num.addprevious(an)
        else:
            numbering.append(an)
        num = OxmlElement('w:num'); num.set(qn('w:numId'), str(numid))
        ani = OxmlElement('w:abstractNumId'); ani.set(qn('w:val'), str(absid)); num.append(ani)
        numbering.append(num)
        return numid

    # -------------------------------------------------------------- paragraphs
    def para(self, markup='', align=None, style=None, num=None, level=0, size=None,
             bold=False, italic=False, space_after=None, space_before=None, indent_cm=None,
             keep_next=False, container=None, shade=None, border=False, page_break_before=False):
        container = container if container is not None else self.doc
        p = container.add_paragraph(style=style) if style else container.add_paragraph()
        self._format_para(p, align, num, level, space_after, space_before, indent_cm, keep_next,
                          shade, border, page_break_before)
        self.fill(p, markup, size=size, bold=bold, italic=italic)
        return p

    def _format_para(self, p, align, num, level, space_after, space_before, indent_cm, keep_next,
                     shade=None, border=False, page_break_before=False):
        ppr = p._p.get_or_add_pPr()
        if num is not None:
            numpr = OxmlElement('w:numPr')
            il = OxmlElement('w:ilvl'); il.set(qn('w:val'), str(level)); numpr.append(il)
            ni = OxmlElement('w:numId'); ni.set(qn('w:val'), str(num)); numpr.append(ni)
            ppr.append(numpr)
        if border:
            pbdr = OxmlElement('w:pBdr')
            for side in ('top', 'left', 'bottom', 'right'):
                e = OxmlElement('w:' + side)
                e.set(qn('w:val'), 'single'); e.set(qn('w:sz'), '6'); e.set(qn('w:space'), '4'); e.set(qn('w:color'), '000000')
                pbdr.append(e)
            ppr.append(pbdr)
        if shade:
            shd = OxmlElement('w:shd'); shd.set(qn('w:val'), 'clear'); shd.set(qn('w:color'), 'auto'); shd.set(qn('w:fill'), shade)
            ppr.append(shd)
        if self.rtl:
            ppr.append(OxmlElement('w:bidi'))
        # python-docx re-orders pPr children correctly for the properties it knows
        pf = p.paragraph_format
        if align:
            pf.alignment = ALIGN[align]
        if space_after is not None:
            pf.space_after = Pt(space_after)
        if space_before is not None:
            pf.space_before = Pt(space_before)
        if indent_cm is not None:
            if self.rtl:
                pf.right_indent = Cm(indent_cm)
            else:
                pf.left_indent = Cm(indent_cm)
        if keep_next:
            pf.keep_with_next = True
        if page_break_before:
            pf.page_break_before = True
        self._sort_ppr(ppr)

    _PPR_ORDER = ['pStyle', 'keepNext', 'keepLines', 'pageBreakBefore', 'framePr', 'widowControl', 'numPr',
                  'suppressLineNumbers', 'pBdr', 'shd', 'tabs', 'suppressAutoHyphens', 'kinsoku', 'wordWrap',
                  'overflowPunct', 'topLinePunct', 'autoSpaceDE', 'autoSpaceDN', 'bidi', 'adjustRightInd',
                  'snapToGrid', 'spacing', 'ind', 'contextualSpacing', 'mirrorIndents', 'suppressOverlap', 'jc',
                  'textDirection', 'textAlignment', 'textboxTightWrap', 'outlineLvl', 'divId', 'cnfStyle', 'rPr',
                  'sectPr', 'pPrChange']

    def _sort_ppr(self, ppr):
        kids = list(ppr)
        def key(e):
            t = etree.QName(e).localname
            return self._PPR_ORDER.index(t) if t in self._PPR_ORDER else 99
        kids.sort(key=key)
        for k in kids:
            ppr.remove(k)
        for k in kids:
            ppr.append(k)

    # ------------------------------------------------------------------- runs
    TOKEN = re.compile(r'(<[^<>]+>)')

    def _rpr(self, bold, italic, underline, size, mono=False, symbol_font=None):
        rpr = OxmlElement('w:rPr')
        if symbol_font:
            rf = OxmlElement('w:rFonts')
            for a in ('w:ascii', 'w:hAnsi', 'w:eastAsia'):
                rf.set(qn(a), symbol_font)
            rf.set(qn('w:hint'), 'eastAsia')
            rpr.append(rf)
        if bold:
            rpr.append(OxmlElement('w:b')); rpr.append(OxmlElement('w:bCs'))
        if italic:
            rpr.append(OxmlElement('w:i')); rpr.append(OxmlElement('w:iCs'))
        if size:
            s = OxmlElement('w:sz'); s.set(qn('w:val'), str(int(size * 2))); rpr.append(s)
            s = OxmlElement('w:szCs'); s.set(qn('w:val'), str(int(size * 2))); rpr.append(s)
        if underline:  # CT_RPr order: ... sz, szCs, highlight, u ...
            u = OxmlElement('w:u'); u.set(qn('w:val'), 'single'); rpr.append(u)
        if self.rtl:
            rpr.append(OxmlElement('w:rtl'))
        return rpr

    def _run(self, text, fmt, deleted=False):
        r = OxmlElement('w:r')
        r.append(self._rpr(fmt['b'], fmt['i'], fmt['u'], fmt['size']))
        t = OxmlElement('w:delText' if deleted else 'w:t')
        t.set('{http://www.w3.org/XML/1998/namespace}space', 'preserve')
        t.text = text
        r.append(t)
        return r

    def fill(self, p, markup, size=None, bold=False, italic=False):
        """Append runs described by `markup` to paragraph p (python-docx Paragraph)."""
        P = p._p
        fmt = {'b': bold, 'i': italic, 'u': False, 'size': size}
        stack = []
        state = {'ins': None, 'del': None, 'sdt': None, 'fn': None}

        def target():
            if state['sdt'] is not None:
                return state['sdt']
            if state['ins'] is not None:
                return state['ins']
            if state['del'] is not None:
                return state['del']
            return P

        for tok in self.TOKEN.split(markup):
            if not tok:
                continue
            if tok.startswith('<') and tok.endswith('>'):
                tag = tok[1:-1].strip()
                name = tag.split()[0].rstrip('/')
                closing = name.startswith('/')
                name = name.lstrip('/')
                if state['fn'] is not None and not (closing and name == 'fn'):
                    state['fn'].append(tok)
                    continue
                if name in ('b', 'i', 'u'):
                    fmt[name] = not closing
                elif name == 'br':
                    r = OxmlElement('w:r'); r.append(self._rpr(fmt['b'], fmt['i'], fmt['u'], fmt['size']))
                    r.append(OxmlElement('w:br')); target().append(r)
                elif name == 'tab':
                    r = OxmlElement('w:r'); r.append(self._rpr(fmt['b'], fmt['i'], fmt['u'], fmt['size']))
                    r.append(OxmlElement('w:tab')); target().append(r)
                elif name == 'fn':
                    if not closing:
                        state['fn'] = []
                    else:
                        self._add_footnote(target(), ''.join(state['fn']))
                        state['fn'] = None
                elif name in ('ins', 'del'):
                    if not closing:
                        el = OxmlElement('w:' + name)
                        el.set(qn('w:id'), self._rid())
                        el.set(qn('w:author'), self._attr(tag, 'author') or self.author)
                        el.set(qn('w:date'), self._attr(tag, 'date') or self.date)
                        P.append(el)
                        state[name] = el
                    else:
                        state[name] = None
                elif name == 'sdt':
                    if not closing:
                        sdt, content = self._sdt_text(self._attr(tag, 'tag'), self._attr(tag, 'alias'),
                                                      placeholder=('placeholder' in tag))
                        target().append(sdt)
                        state['sdt'] = content
                    else:
                        state['sdt'] = None
                elif name == 'cb':
                    target().append(self._sdt_checkbox(self._attr(tag, 'tag'), bool(re.search(r'\son\b', re.sub(r'"[^"]*"', '', tag))),
                                                       self._attr(tag, 'alias')))
                else:
                    raise ValueError('unknown tag %r' % tok)
                continue
            text = tok.replace('&lt;', '<').replace('&gt;', '>')
            if state['fn'] is not None:
                state['fn'].append(text)
                continue
            target().append(self._run(text, fmt, deleted=state['del'] is not None))
        return p

    @staticmethod
    def _attr(tag, name):
        m = re.search(r'%s="([^"]*)"' % name, tag)
        return m.group(1) if m else None

    # ------------------------------------------------------- content controls
    def _sdt_text(self, tag, alias, placeholder=False):
        self._sdt += 1
        sdt = OxmlElement('w:sdt')
        pr = OxmlElement('w:sdtPr')
        if alias:
            a = OxmlElement('w:alias'); a.set(qn('w:val'), alias); pr.append(a)
        if tag:
            t = OxmlElement('w:tag'); t.set(qn('w:val'), tag); pr.append(t)
        i = OxmlElement('w:id'); i.set(qn('w:val'), str(self._sdt)); pr.append(i)
        if placeholder:
            pr.append(OxmlElement('w:showingPlcHdr'))
        pr.append(OxmlElement('w:text'))
        sdt.append(pr)
        content = OxmlElement('w:sdtContent')
        sdt.append(content)
        return sdt, content

    def _sdt_checkbox(self, tag, checked, alias=None):
        self._sdt += 1
        sdt = OxmlElement('w:sdt')
        pr = OxmlElement('w:sdtPr')
        rpr = OxmlElement('w:rPr')
        rf = OxmlElement('w:rFonts')
        for a in ('w:ascii', 'w:hAnsi', 'w:eastAsia'):
            rf.set(qn(a), 'MS Gothic')
        rf.set(qn('w:hint'), 'eastAsia')
        rpr.append(rf); pr.append(rpr)
        if alias:
            a = OxmlElement('w:alias'); a.set(qn('w:val'), alias); pr.append(a)
        if tag:
            t = OxmlElement('w:tag'); t.set(qn('w:val'), tag); pr.append(t)
        i = OxmlElement('w:id'); i.set(qn('w:val'), str(self._sdt)); pr.append(i)
        cb = etree.SubElement(pr, w14('checkbox'))
        c = etree.SubElement(cb, w14('checked')); c.set(w14('val'), '1' if checked else '0')
        cs = etree.SubElement(cb, w14('checkedState')); cs.set(w14('val'), '2612'); cs.set(w14('font'), 'MS Gothic')
        us = etree.SubElement(cb, w14('uncheckedState')); us.set(w14('val'), '2610'); us.set(w14('font'), 'MS Gothic')
        sdt.append(pr)
        content = OxmlElement('w:sdtContent')
        r = OxmlElement('w:r')
        r.append(self._rpr(False, False, False, None, symbol_font='MS Gothic'))
        t = OxmlElement('w:t'); t.text = '\u2612' if checked else '\u2610'
        r.append(t)
        content.append(r)
        sdt.append(content)
        return sdt

    # -------------------------------------------------------------- footnotes
    def _add_footnote(self, parent, text):
        fid = len(self._footnotes) + 1
        self._footnotes.append(text)
        r = OxmlElement('w:r')
        rpr = OxmlElement('w:rPr')
        va = OxmlElement('w:vertAlign'); va.set(qn('w:val'), 'superscript'); rpr.append(va)
        if self.rtl:
            rpr.append(OxmlElement('w:rtl'))
        r.append(rpr)
        ref = OxmlElement('w:footnoteReference'); ref.set(qn('w:id'), str(fid)); r.append(ref)
        parent.append(r)

    def _footnotes_xml(self):
        bidi = '<w:bidi/>' if self.rtl else ''
        rtl = '<w:rtl/>' if self.rtl else ''
        out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
               '<w:footnotes xmlns:w="%s" xmlns:w14="%s">' % (W_NS, W14_NS),
               '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
               '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
        for i, text in enumerate(self._footnotes, 1):
            tmp = Document()
            tp = tmp.add_paragraph()
            # re-use the inline formatter on a scratch paragraph (b/i only)
            saved = self._footnotes
            self._footnotes = []
            self.fill(tp, text, size=9)
            self._footnotes = saved
            runs = ''.join(etree.tostring(r, encoding='unicode') for r in tp._p if etree.QName(r).localname in ('r',))
            out.append('<w:footnote w:id="%d"><w:p><w:pPr>%s<w:spacing w:after="0"/></w:pPr>'
                       '<w:r><w:rPr><w:sz w:val="18"/><w:vertAlign w:val="superscript"/>%s</w:rPr><w:footnoteRef/></w:r>'
                       '<w:r><w:rPr><w:sz w:val="18"/>%s</w:rPr><w:t xml:space="preserve"> </w:t></w:r>%s</w:p></w:footnote>'
                       % (i, bidi, rtl, rtl, runs))
        out.append('</w:footnotes>')
        return '\n'.join(out).encode('utf-8')

    # ----------------------------------------------------------------- tables
    def table(self, rows, widths_cm=None, header=False, style='Table Grid', shade_first_col=None, size=None):
        """rows: list of lists of markup strings (a cell may be a list of
        strings = several paragraphs)."""
        ncols = max(len(r) for r in rows)
        t = self.doc.add_table(rows=0, cols=ncols)
        t.style = self.doc.styles[style]
        tblpr = t._tbl.tblPr
        look = tblpr.find(qn('w:tblLook'))
        if look is None:
            look = OxmlElement('w:tblLook'); tblpr.append(look)
        for k, v in (('w:val', '0000'), ('w:firstRow', '0'), ('w:lastRow', '0'), ('w:firstColumn', '0'),
                     ('w:lastColumn', '0'), ('w:noHBand', '1'), ('w:noVBand', '1')):
            look.set(qn(k), v)
        if self.rtl:
            tpr = t._tbl.tblPr
            bv = OxmlElement('w:bidiVisual')
            tpr.insert(1 if tpr.find(qn('w:tblStyle')) is not None else 0, bv)
        for ri, row in enumerate(rows):
            cells = t.add_row().cells
            for ci in range(ncols):
                val = row[ci] if ci < len(row) else ''
                cell = cells[ci]
                paras = val if isinstance(val, list) else [val]
                first = True
                for m in paras:
                    p = cell.paragraphs[0] if first else cell.add_paragraph()
                    first = False
                    self._format_para(p, None, None, 0, 2, 0, None, False)
                    self.fill(p, m, size=size, bold=(header and ri == 0))
                if shade_first_col and ci == 0:
                    tcpr = cell._tc.get_or_add_tcPr()
                    shd = OxmlElement('w:shd'); shd.set(qn('w:val'), 'clear'); shd.set(qn('w:color'), 'auto'); shd.set(qn('w:fill'), shade_first_col)
                    tcpr.append(shd)
        if widths_cm:
            grid = t._tbl.tblGrid
            for gc, wcm in zip(grid.findall(qn('w:gridCol')), widths_cm):
                gc.set(qn('w:w'), str(int(wcm * 567)))
            t.autofit = False
            for row in t.rows:
                for ci, wcm in enumerate(widths_cm):
                    if ci < len(row.cells):
                        row.cells[ci].width = Cm(wcm)
        return t

    # ------------------------------------------------------- header / footer
    def header(self, markup_lines, align='center', size=9):
        hdr = self.doc.sections[0].header
        hdr.is_linked_to_previous = False
        first = True
        for m in markup_lines:
            p = hdr.paragraphs[0] if first else hdr.add_paragraph()
            first = False
            self._format_para(p, align, None, 0, 0, 0, None, False)
            self.fill(p, m, size=size)

    def footer(self, markup_lines, align='center', size=8, page_numbers=False):
        ftr = self.doc.sections[0].footer
        ftr.is_linked_to_previous = False
        first = True
        for m in markup_lines:
            p = ftr.paragraphs[0] if first else ftr.add_paragraph()
            first = False
            self._format_para(p, align, None, 0, 0, 0, None, False)
            self.fill(p, m, size=size)
        if page_numbers:
            p = ftr.add_paragraph()
            self._format_para(p, align, None, 0, 0, 0, None, False)
            self._field(p, 'PAGE', size)
            self.fill(p, ' / ', size=size)
            self._field(p, 'NUMPAGES', size)

    def _field(self, p, instr, size):
        for kind in ('begin', None, 'separate', '1', 'end'):
            r = OxmlElement('w:r')
            r.append(self._rpr(False, False, False, size))
            if kind in ('begin', 'separate', 'end'):
                fc = OxmlElement('w:fldChar'); fc.set(qn('w:fldCharType'), kind); r.append(fc)
            elif kind is None:
                it = OxmlElement('w:instrText'); it.set('{http://www.w3.org/XML/1998/namespace}space', 'preserve')
                it.text = ' %s ' % instr; r.append(it)
            else:
                t = OxmlElement('w:t'); t.text = kind; r.append(t)
            p._p.append(r)

    def page_break(self):
        p = self.doc.add_paragraph()
        r = OxmlElement('w:r'); br = OxmlElement('w:br'); br.set(qn('w:type'), 'page'); r.append(br)
        p._p.append(r)

    # ------------------------------------------------------------------- save
    def save(self, path, title=None, author=None):
        if self._footnotes:
            part = Part(PackURI('/word/footnotes.xml'), FOOTNOTES_CT, self._footnotes_xml(), self.doc.part.package)
            self.doc.part.relate_to(part, RT.FOOTNOTES)
            fpr = OxmlElement('w:footnotePr')
            for i in ('-1', '0'):
                f = OxmlElement('w:footnote'); f.set(qn('w:id'), i); fpr.append(f)
            self._settings_insert_before('w:compat', fpr)
        cp = self.doc.core_properties
        cp.title = title or ''
        cp.author = author or self.author
        cp.last_modified_by = author or self.author
        cp.comments = ''
        cp.keywords = ''
        cp.subject = ''
        cp.created = datetime.datetime.strptime(self.date[:10], '%Y-%m-%d')
        cp.modified = datetime.datetime.strptime(self.date[:10], '%Y-%m-%d')
        self.doc.save(path)
