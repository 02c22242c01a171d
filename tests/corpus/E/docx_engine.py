# -*- coding: utf-8 -*-
"""Small engine used by build_docx.py (author E).

python-docx for the document skeleton, raw OOXML (lxml) for what python-docx lacks:
numbering definitions (numbering.xml), real footnotes (footnotes.xml part), content
controls (w:sdt: check boxes, plain-text and date controls), tracked changes (w:ins /
w:del), soft line breaks, right-to-left paragraphs and tables, header/footer fields.

A paragraph's content is a list of "segments":
    "plain text"
    ("b", text) bold, ("i", text) italic, ("bi", text), ("u", text) underlined
    ("br",)                      soft line break (w:br)
    ("fn", text_or_segments)     real footnote (reference here, text in footnotes.xml)
    ("ins", text, author, date)  tracked insertion
    ("del", text, author, date)  tracked deletion (not part of the letter once accepted)
    ("chk", True|False)          check-box content control (w14:checkbox)
    ("txt", alias, text)         plain-text content control (w:text)
    ("date", alias, iso, shown)  date-picker content control
    ("tab",)                     tab
"""
import copy
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14_NS = "http://schemas.microsoft.com/office/word/2010/wordml"
NSDECL = 'xmlns:w="%s" xmlns:w14="%s"' % (W_NS, W14_NS)
FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"


def _el(tag, **attrs):
    """Create an element like w:tag with w: attributes."""
    pfx, name = tag.split(":")
    ns = W_NS if pfx == "w" else W14_NS
    e = etree.Element("{%s}%s" % (ns, name))
    for k, v in attrs.items():
        kp, kn = (k.split("_", 1) if "_" in k else ("w", k))
        kns = W_NS if kp == "w" else W14_NS
        e.set("{%s}%s" % (kns, kn), str(v))
    return e


def _t(text, deleted=False):
    t = _el("w:delText" if deleted else "w:t")
    t.text = text
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return t


class Builder:
    def __init__(self, font="Times New Roman", size=11, rtl=False, lang=None,
                 margins_cm=2.2):
        self.doc = Document()
        self.rtl = rtl
        self.font = font
        self._ids = 100
        self._fn_next = 1
        self._fn_part = None
        st = self.doc.styles["Normal"]
        st.font.name = font
        st.font.size = Pt(size)
        rpr = st.element.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        if rfonts is None:
            rfonts = _el("w:rFonts")
            rpr.insert(0, rfonts)
        for a in ("ascii", "hAnsi", "cs", "eastAsia"):
            rfonts.set(qn("w:" + a), font)
        szcs = _el("w:szCs", val=str(size * 2))
        rpr.append(szcs)
        if lang:
            lg = _el("w:lang", val=lang)
            if rtl:
                lg.set(qn("w:bidi"), lang)
            rpr.append(lg)
        pf = st.paragraph_format
        pf.space_after = Pt(4)
        for s in self.doc.sections:
            s.left_margin = s.right_margin = Cm(margins_cm)
            s.top_margin = Cm(2.0)
            s.bottom_margin = Cm(2.0)
        self._abs = {}
        self._num_base_abs = 90
        self._num_base = 90

    # ------------------------------------------------------------------ ids
    def nid(self):
        self._ids += 1
        return self._ids

    # ------------------------------------------------------------ numbering
    def numbering(self, kind="legal"):
        """Create a fresh list (new w:num over a new w:abstractNum); returns numId.

        kinds: legal  -> 1. / (a) / (i)
               ru     -> 1. / 1.1. / а)
               alpha  -> (a) / (i)
               roman  -> I. / 1.
        """
        numbering = self.doc.part.numbering_part.element
        self._num_base_abs += 1
        aid = self._num_base_abs
        levels = {
            "legal": [("decimal", "%1.", 567, 567), ("lowerLetter", "(%2)", 1134, 567),
                      ("lowerRoman", "(%3)", 1701, 567)],
            "ru": [("decimal", "%1.", 567, 567), ("decimal", "%1.%2.", 1134, 567),
                   ("russianLower", "%3)", 1701, 567)],
            "alpha": [("lowerLetter", "(%1)", 567, 567), ("lowerRoman", "(%2)", 1134, 567),
                      ("decimal", "%3.", 1701, 567)],
            "roman": [("upperRoman", "%1.", 567, 567), ("decimal", "%2.", 1134, 567),
                      ("lowerLetter", "%3)", 1701, 567)],
            "dash": [("bullet", "\u2013", 567, 283), ("bullet", "\u2022", 1134, 283),
                     ("bullet", "\u2013", 1701, 283)],
        }[kind]
        absx = ['<w:abstractNum %s w:abstractNumId="%d"><w:nsid w:val="%08X"/>'
                '<w:multiLevelType w:val="multilevel"/>' % (NSDECL, aid, 0x1E000000 + aid)]
        for i, (fmt, txt, left, hang) in enumerate(levels):
            bidi = "<w:bidi/>" if self.rtl else ""
            absx.append(
                '<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
                '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
                '<w:pPr>%s<w:ind w:left="%d" w:hanging="%d"/></w:pPr></w:lvl>'
                % (i, fmt, txt, bidi, left, hang))
        absx.append("</w:abstractNum>")
        abs_el = parse_xml("".join(absx))
        first_num = numbering.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(abs_el)
        else:
            numbering.append(abs_el)
        self._num_base += 1
        num_id = self._num_base
        numbering.append(parse_xml(
            '<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
            % (NSDECL, num_id, aid)))
        return num_id

    # ------------------------------------------------------------ footnotes
    def _footnotes(self):
        if self._fn_part is None:
            xml = ('<w:footnotes %s>'
                   '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
                   '<w:r><w:separator/></w:r></w:p></w:footnote>'
                   '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
                   '<w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
                   '</w:footnotes>' % NSDECL)
            part = XmlPart(PackURI("/word/footnotes.xml"), FOOTNOTES_CT, parse_xml(xml),
                           self.doc.part.package)
            self.doc.part.relate_to(part, RT.FOOTNOTES)
            self._fn_part = part
            settings = self.doc.settings.element
            fpr = parse_xml('<w:footnotePr %s><w:footnote w:id="-1"/><w:footnote w:id="0"/>'
                            '</w:footnotePr>' % NSDECL)
            # footnotePr must come before w:compat in CT_Settings order
            compat = settings.find(qn("w:compat"))
            if compat is not None:
                compat.addprevious(fpr)
            else:
                settings.append(fpr)
        return self._fn_part

    def _add_footnote(self, content):
        part = self._footnotes()
        fid = self._fn_next
        self._fn_next += 1
        fn = _el("w:footnote", id=fid)
        p = _el("w:p")
        ppr = _el("w:pPr")
        if self.rtl:
            ppr.append(_el("w:bidi"))
        ppr.append(_el("w:spacing", after="0"))
        p.append(ppr)
        r = _el("w:r")
        rpr = _el("w:rPr")
        rpr.append(_el("w:vertAlign", val="superscript"))
        r.append(rpr)
        r.append(_el("w:footnoteRef"))
        p.append(r)
        segs = [" "] + (content if isinstance(content, list) else [content])
        for node in self._segments(segs, size=9):
            p.append(node)
        fn.append(p)
        part.element.append(fn)
        return fid

    # ------------------------------------------------------------- runs
    def _rpr(self, bold=False, italic=False, underline=False, size=None, font=None,
             caps=False, superscript=False):
        """w:rPr with children in the schema order (rFonts, b, i, caps, sz, u, vertAlign, rtl)."""
        rpr = _el("w:rPr")
        if font:
            rpr.append(_el("w:rFonts", ascii=font, hAnsi=font, eastAsia=font, cs=font))
        if bold:
            rpr.append(_el("w:b"))
            rpr.append(_el("w:bCs"))
        if italic:
            rpr.append(_el("w:i"))
            rpr.append(_el("w:iCs"))
        if caps:
            rpr.append(_el("w:caps"))
        if size:
            rpr.append(_el("w:sz", val=str(int(size * 2))))
            rpr.append(_el("w:szCs", val=str(int(size * 2))))
        if underline:
            rpr.append(_el("w:u", val="single"))
        if superscript:
            rpr.append(_el("w:vertAlign", val="superscript"))
        if self.rtl:
            rpr.append(_el("w:rtl"))
        return rpr

    def _run(self, text, **fmt):
        r = _el("w:r")
        r.append(self._rpr(**fmt))
        r.append(_t(text))
        return r

    def _segments(self, segs, size=None, bold=False):
        out = []
        if isinstance(segs, str):
            segs = [segs]
        for s in segs:
            if isinstance(s, str):
                out.append(self._run(s, size=size, bold=bold))
                continue
            k = s[0]
            if k in ("b", "i", "bi", "u", "caps"):
                out.append(self._run(s[1], bold=("b" in k) or bold, italic=("i" in k),
                                     underline=(k == "u"), size=size, caps=(k == "caps")))
            elif k == "br":
                r = _el("w:r")
                r.append(_el("w:br"))
                out.append(r)
            elif k == "tab":
                r = _el("w:r")
                r.append(_el("w:tab"))
                out.append(r)
            elif k == "fn":
                fid = self._add_footnote(s[1])
                r = _el("w:r")
                r.append(self._rpr(superscript=True))
                r.append(_el("w:footnoteReference", id=fid))
                out.append(r)
            elif k in ("ins", "del"):
                author = s[2] if len(s) > 2 else "Secretariat"
                date = s[3] if len(s) > 3 else "2026-10-01T09:00:00Z"
                w = _el("w:" + k, id=self.nid(), author=author, date=date)
                r = _el("w:r")
                r.append(self._rpr(size=size, bold=bold))
                r.append(_t(s[1], deleted=(k == "del")))
                w.append(r)
                out.append(w)
            elif k == "chk":
                out.append(self._checkbox(bool(s[1]), s[2] if len(s) > 2 else None))
            elif k == "txt":
                out.append(self._textctl(s[1], s[2], size=size, bold=bold))
            elif k == "date":
                out.append(self._datectl(s[1], s[2], s[3]))
            else:
                raise ValueError(k)
        return out

    def _checkbox(self, checked, alias=None):
        sid = self.nid()
        glyph = "\u2612" if checked else "\u2610"
        alias_xml = '<w:alias w:val="%s"/>' % alias if alias else ""
        rtl = "<w:rtl/>" if self.rtl else ""
        xml = ('<w:sdt %s><w:sdtPr>%s<w:id w:val="%d"/>'
               '<w14:checkbox><w14:checked w14:val="%d"/>'
               '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
               '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox>'
               '</w:sdtPr><w:sdtContent><w:r><w:rPr>'
               '<w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic" w:hint="eastAsia"/>%s'
               '</w:rPr><w:t>%s</w:t></w:r></w:sdtContent></w:sdt>'
               % (NSDECL, alias_xml, sid, 1 if checked else 0, rtl, glyph))
        return parse_xml(xml)

    def _textctl(self, alias, text, size=None, bold=False):
        sid = self.nid()
        sdt = parse_xml('<w:sdt %s><w:sdtPr><w:alias w:val="%s"/><w:tag w:val="%s"/>'
                        '<w:id w:val="%d"/><w:text w:multiLine="1"/></w:sdtPr><w:sdtContent/></w:sdt>'
                        % (NSDECL, _xesc(alias), _xesc(alias.lower().replace(" ", "_"))[:60], sid))
        content = sdt.find(qn("w:sdtContent"))
        parts = text.split("\n")
        for i, part in enumerate(parts):
            if i:
                r = _el("w:r")
                r.append(_el("w:br"))
                content.append(r)
            content.append(self._run(part, size=size, bold=bold))
        return sdt

    def _datectl(self, alias, iso, shown):
        sid = self.nid()
        sdt = parse_xml('<w:sdt %s><w:sdtPr><w:alias w:val="%s"/><w:id w:val="%d"/>'
                        '<w:date w:fullDate="%sT00:00:00Z"><w:dateFormat w:val="dd/MM/yyyy"/>'
                        '<w:lid w:val="en-GB"/><w:storeMappedDataAs w:val="dateTime"/>'
                        '<w:calendar w:val="gregorian"/></w:date></w:sdtPr><w:sdtContent/></w:sdt>'
                        % (NSDECL, _xesc(alias), sid, iso))
        sdt.find(qn("w:sdtContent")).append(self._run(shown))
        return sdt

    # ---------------------------------------------------------- paragraphs
    def p(self, segs="", align=None, num=None, level=0, bold=False, size=None,
          space_after=None, space_before=None, keep_next=False, indent_cm=None,
          style=None, container=None, border_box=False):
        """Add a paragraph to the body (or to container: a cell or header)."""
        if container is None:
            para = self.doc.add_paragraph(style=style)
        else:
            para = container.add_paragraph(style=style)
        pel = para._p
        ppr = pel.get_or_add_pPr()
        if num is not None:
            numpr = parse_xml('<w:numPr %s><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>'
                              % (NSDECL, level, num))
            ppr.append(numpr)
        if border_box:
            ppr.append(parse_xml(
                '<w:pBdr %s><w:top w:val="single" w:sz="8" w:space="2" w:color="000000"/>'
                '<w:left w:val="single" w:sz="8" w:space="4" w:color="000000"/>'
                '<w:bottom w:val="single" w:sz="8" w:space="2" w:color="000000"/>'
                '<w:right w:val="single" w:sz="8" w:space="4" w:color="000000"/></w:pBdr>' % NSDECL))
        if self.rtl:
            ppr.append(_el("w:bidi"))
        if keep_next:
            ppr.append(_el("w:keepNext"))
        for node in self._segments(segs, size=size, bold=bold):
            pel.append(node)
        a = {"center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT,
             "justify": WD_ALIGN_PARAGRAPH.JUSTIFY, "left": WD_ALIGN_PARAGRAPH.LEFT}
        if align:
            para.alignment = a[align]
        elif container is None and not self.rtl:
            para.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if space_after is not None:
            para.paragraph_format.space_after = Pt(space_after)
        if space_before is not None:
            para.paragraph_format.space_before = Pt(space_before)
        if indent_cm is not None:
            para.paragraph_format.left_indent = Cm(indent_cm)
        _sort_ppr(ppr)
        return para

    def heading(self, text, size=12, align=None, space_before=8):
        return self.p([("b", text)], align=align, size=size, space_before=space_before,
                      keep_next=True)

    def page_break(self):
        para = self.doc.add_paragraph()
        r = _el("w:r")
        r.append(_el("w:br", type="page"))
        para._p.append(r)

    # ------------------------------------------------------------- tables
    def table(self, rows, widths_cm=None, header_rows=0, shade_first_col=False,
              font_size=None, shade_rows=()):
        """rows: list of rows; each row a list of cells; each cell is segments, or a
        list of paragraphs given as {"p": segments} dicts, or ("span", n, content)."""
        ncols = max(sum(c[1] if isinstance(c, tuple) and c and c[0] == "span" else 1
                        for c in r) for r in rows)
        t = self.doc.add_table(rows=0, cols=ncols)
        t.style = self.doc.styles["Table Grid"]
        tblpr = t._tbl.tblPr
        if self.rtl:
            # CT_TblPr order: tblStyle, tblpPr, tblOverlap, bidiVisual, ...
            style_el = tblpr.find(qn("w:tblStyle"))
            if style_el is not None:
                style_el.addnext(_el("w:bidiVisual"))
            else:
                tblpr.insert(0, _el("w:bidiVisual"))
        for ri, row in enumerate(rows):
            cells = t.add_row().cells
            ci = 0
            for cell in row:
                span = 1
                if isinstance(cell, tuple) and cell and cell[0] == "span":
                    span, cell = cell[1], cell[2]
                target = cells[ci]
                if span > 1:
                    target = target.merge(cells[ci + span - 1])
                self._fill_cell(target, cell, font_size,
                                bold=(ri < header_rows),
                                shade=(ri < header_rows or ri in shade_rows or
                                       (shade_first_col and ci == 0)))
                ci += span
            if ri < header_rows:
                trpr = t.rows[ri]._tr.get_or_add_trPr()
                trpr.append(_el("w:tblHeader"))
        if widths_cm:
            for row in t.rows:
                for i, c in enumerate(row.cells):
                    if i < len(widths_cm):
                        c.width = Cm(widths_cm[i])
        self.doc.add_paragraph().paragraph_format.space_after = Pt(2)
        return t

    def _fill_cell(self, cell, content, font_size, bold=False, shade=False):
        first = cell.paragraphs[0]
        paras = content if (isinstance(content, list) and content and
                            isinstance(content[0], dict)) else [{"p": content}]
        for i, pd in enumerate(paras):
            para = first if i == 0 else cell.add_paragraph()
            pel = para._p
            ppr = pel.get_or_add_pPr()
            if self.rtl:
                ppr.append(_el("w:bidi"))
            ppr.append(_el("w:spacing", before="20", after="20"))
            for node in self._segments(pd["p"], size=font_size, bold=bold):
                pel.append(node)
            _sort_ppr(ppr)
        if shade:
            tcpr = cell._tc.get_or_add_tcPr()
            tcpr.append(_el("w:shd", val="clear", color="auto", fill="E7E6E6"))

    # ---------------------------------------------------- header / footer
    def header(self, segs, align="center", size=9):
        h = self.doc.sections[0].header
        para = h.paragraphs[0]
        ppr = para._p.get_or_add_pPr()
        if self.rtl:
            ppr.append(_el("w:bidi"))
        for node in self._segments(segs, size=size):
            para._p.append(node)
        para.alignment = {"center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT,
                          "left": WD_ALIGN_PARAGRAPH.LEFT}[align]

    def footer(self, segs, page_label=None, align="center", size=8):
        f = self.doc.sections[0].footer
        para = f.paragraphs[0]
        ppr = para._p.get_or_add_pPr()
        if self.rtl:
            ppr.append(_el("w:bidi"))
        for node in self._segments(segs, size=size):
            para._p.append(node)
        if page_label is not None:
            for node in self._segments([page_label], size=size):
                para._p.append(node)
            fld = parse_xml('<w:fldSimple %s w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="%d"/></w:rPr>'
                            '<w:t>1</w:t></w:r></w:fldSimple>' % (NSDECL, size * 2))
            para._p.append(fld)
        para.alignment = {"center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT,
                          "left": WD_ALIGN_PARAGRAPH.LEFT}[align]

    def save(self, path, title=None, author=None):
        cp = self.doc.core_properties
        if title:
            cp.title = title
        if author:
            cp.author = author
            cp.last_modified_by = author
        self.doc.save(path)


_PPR_ORDER = ["pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl",
              "numPr", "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens",
              "kinsoku", "wordWrap", "overflowPunct", "topLinePunct", "autoSpaceDE",
              "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid", "spacing", "ind",
              "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc", "textDirection",
              "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr",
              "sectPr", "pPrChange"]


def _sort_ppr(ppr):
    kids = list(ppr)
    def key(e):
        name = etree.QName(e).localname
        return _PPR_ORDER.index(name) if name in _PPR_ORDER else 99
    kids.sort(key=key)
    for k in kids:
        ppr.remove(k)
    for k in kids:
        ppr.append(k)


def _xesc(s):
    return (s.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")
            .replace(">", "&gt;"))
