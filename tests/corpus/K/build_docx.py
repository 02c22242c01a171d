#!/usr/bin/env python3
"""Author K: builds the Word letters of corpus2/K with python-docx plus raw OOXML (lxml).

Word features used: automatic numbering (numbering.xml), real footnotes (footnotes.xml),
content controls (w:sdt: check boxes and plain-text controls), tracked changes (w:ins/w:del),
headers/footers with markings, tables for forms, soft line breaks, right-to-left paragraphs.
Run: /work/staging/venv/bin/python build_docx.py  (writes the .docx next to this script)
"""
import os
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.part import XmlPart
from docx.opc.packuri import PackURI
from xml.sax.saxutils import escape

OUT = os.path.dirname(os.path.abspath(__file__))
WNS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
W14NS = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'
FOOT_CT = 'application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml'


class Letter:
    """Thin wrapper over a python-docx Document with the OOXML pieces python-docx lacks."""

    def __init__(self, rtl=False, font='Times New Roman', size=12):
        self.d = Document()
        self.rtl = rtl
        st = self.d.styles['Normal']
        st.font.name = font
        st.font.size = Pt(size)
        rpr = st.element.get_or_add_rPr()
        rfonts = rpr.find(qn('w:rFonts'))
        if rfonts is None:
            rfonts = parse_xml('<w:rFonts %s/>' % WNS)
            rpr.append(rfonts)
        for a in ('w:ascii', 'w:hAnsi', 'w:cs'):
            rfonts.set(qn(a), font)
        self.fn_part = None
        self.fn_next = 1
        self.change_id = 900
        self.sdt_id = 7000
        self.nums = {}

    # ---------- numbering ----------
    def numbering(self, key, levels):
        """levels: list of (numFmt, lvlText, indent_twips). Returns numId (new list instance)."""
        numbering = self.d.part.numbering_part.element
        aid = 50 + len(self.nums)
        lv = ''
        for i, (fmt, text, ind) in enumerate(levels):
            lv += ('<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
                   '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
                   '<w:pPr><w:ind w:left="%d" w:hanging="567"/></w:pPr></w:lvl>') % (i, fmt, text, ind)
        absn = parse_xml('<w:abstractNum %s w:abstractNumId="%d"><w:multiLevelType w:val="multilevel"/>%s</w:abstractNum>'
                         % (WNS, aid, lv))
        existing = numbering.findall(qn('w:abstractNum'))
        if existing:
            existing[-1].addnext(absn)
        else:
            numbering.insert(0, absn)
        num = parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>' % (WNS, aid, aid))
        numbering.append(num)
        self.nums[key] = aid
        return aid

    # ---------- footnotes ----------
    def _footnotes(self):
        if self.fn_part is None:
            for rel in self.d.part.rels.values():
                if rel.reltype == RT.FOOTNOTES:
                    self.fn_part = rel.target_part
            if self.fn_part is None:
                xml = ('<w:footnotes %s><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                       '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
                       '</w:footnotes>') % WNS
                self.fn_part = XmlPart(PackURI('/word/footnotes.xml'), FOOT_CT, parse_xml(xml), self.d.part.package)
                self.d.part.relate_to(self.fn_part, RT.FOOTNOTES)
        return self.fn_part

    def footnote(self, p, text):
        part = self._footnotes()
        fid = self.fn_next
        self.fn_next += 1
        bidi = '<w:bidi/>' if self.rtl else ''
        fn = parse_xml(('<w:footnote %s w:id="%d"><w:p><w:pPr>%s<w:spacing w:after="0"/></w:pPr>'
                        '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
                        '<w:r><w:rPr><w:sz w:val="20"/></w:rPr><w:t xml:space="preserve"> %s</w:t></w:r></w:p></w:footnote>')
                       % (WNS, fid, bidi, escape(text)))
        part.element.append(fn)
        p._p.append(parse_xml('<w:r %s><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="%d"/></w:r>'
                              % (WNS, fid)))

    # ---------- tracked changes ----------
    def ins(self, p, text, author='Secretaría', date='2026-11-20T09:00:00Z'):
        self.change_id += 1
        p._p.append(parse_xml('<w:ins %s w:id="%d" w:author="%s" w:date="%s"><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:ins>'
                              % (WNS, self.change_id, escape(author), date, escape(text))))

    def dele(self, p, text, author='Secretaría', date='2026-11-20T09:00:00Z'):
        self.change_id += 1
        p._p.append(parse_xml('<w:del %s w:id="%d" w:author="%s" w:date="%s"><w:r><w:delText xml:space="preserve">%s</w:delText></w:r></w:del>'
                              % (WNS, self.change_id, escape(author), date, escape(text))))

    # ---------- content controls ----------
    def checkbox(self, p, checked, alias):
        self.sdt_id += 1
        sym = '\u2612' if checked else '\u2610'
        p._p.append(parse_xml(
            ('<w:sdt %s %s><w:sdtPr><w:alias w:val="%s"/><w:tag w:val="%s"/><w:id w:val="%d"/>'
             '<w14:checkbox><w14:checked w14:val="%d"/><w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
             '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
             '<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:hAnsi="MS Gothic" w:eastAsia="MS Gothic"/></w:rPr>'
             '<w:t>%s</w:t></w:r></w:sdtContent></w:sdt>')
            % (WNS, W14NS, escape(alias), escape(alias), self.sdt_id, 1 if checked else 0, sym)))

    def textcontrol(self, p, value, alias):
        self.sdt_id += 1
        p._p.append(parse_xml(
            ('<w:sdt %s><w:sdtPr><w:alias w:val="%s"/><w:tag w:val="%s"/><w:id w:val="%d"/><w:text w:multiLine="1"/></w:sdtPr>'
             '<w:sdtContent><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:sdtContent></w:sdt>')
            % (WNS, escape(alias), escape(alias), self.sdt_id, escape(value))))

    # ---------- paragraphs ----------
    def _rtlize(self, p):
        if self.rtl:
            pPr = p._p.get_or_add_pPr()
            pPr.insert(0, parse_xml('<w:bidi %s/>' % WNS))

    def _run(self, p, text, bold=False, italic=False, underline=False):
        r = p.add_run(text)
        r.bold = bold or None
        r.italic = italic or None
        r.underline = underline or None
        if self.rtl:
            r._r.get_or_add_rPr().append(parse_xml('<w:rtl %s/>' % WNS))
        return r

    def fill(self, p, segs):
        """segs: str or list of str / tuples: ('b',t) ('i',t) ('u',t) ('br',) ('fn',t) ('ins',t) ('del',t)
        ('cb',checked,alias) ('tc',value,alias)."""
        if isinstance(segs, str):
            segs = [segs]
        for s in segs:
            if isinstance(s, str):
                self._run(p, s)
            elif s[0] == 'b':
                self._run(p, s[1], bold=True)
            elif s[0] == 'i':
                self._run(p, s[1], italic=True)
            elif s[0] == 'u':
                self._run(p, s[1], underline=True)
            elif s[0] == 'br':
                p.add_run().add_break()
            elif s[0] == 'fn':
                self.footnote(p, s[1])
            elif s[0] == 'ins':
                self.ins(p, s[1], *s[2:])
            elif s[0] == 'del':
                self.dele(p, s[1], *s[2:])
            elif s[0] == 'cb':
                self.checkbox(p, s[1], s[2])
            elif s[0] == 'tc':
                self.textcontrol(p, s[1], s[2])
        return p

    def p(self, segs='', num=None, level=0, align=None, bold=False, size=None, space_after=6):
        par = self.d.add_paragraph()
        self._rtlize(par)
        if bold:
            segs = [('b', s) if isinstance(s, str) else s for s in ([segs] if isinstance(segs, str) else segs)]
        self.fill(par, segs)
        if num is not None:
            numPr = par._p.get_or_add_pPr().get_or_add_numPr()
            numPr.get_or_add_ilvl().val = level
            numPr.get_or_add_numId().val = self.nums[num]
        if align == 'center':
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == 'right':
            par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif align == 'justify':
            par.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        par.paragraph_format.space_after = Pt(space_after)
        if size:
            for r in par.runs:
                r.font.size = Pt(size)
        return par

    def table(self, rows, widths=None, header=False):
        t = self.d.add_table(rows=0, cols=len(rows[0]))
        t.style = 'Table Grid'
        if self.rtl:
            t._tbl.tblPr.append(parse_xml('<w:bidiVisual %s/>' % WNS))
        for ri, row in enumerate(rows):
            cells = t.add_row().cells
            for ci, segs in enumerate(row):
                cell = cells[ci]
                par = cell.paragraphs[0]
                self._rtlize(par)
                if header and ri == 0 and isinstance(segs, str):
                    segs = [('b', segs)]
                self.fill(par, segs)
                if widths:
                    cell.width = Cm(widths[ci])
        self.d.add_paragraph()
        return t

    def header(self, text, footer=None):
        sec = self.d.sections[0]
        hp = sec.header.paragraphs[0]
        self._rtlize(hp)
        self._run(hp, text, bold=True)
        hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if footer:
            fp = sec.footer.paragraphs[0]
            self._rtlize(fp)
            self._run(fp, footer)
            fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def page_break(self):
        self.d.add_page_break()

    def save(self, name):
        self.d.save(os.path.join(OUT, name + '.docx'))
        print('wrote', name + '.docx')


BUILDERS = []


def builder(f):
    BUILDERS.append(f)
    return f


# =====================================================================================
@builder
def k01():
    L = Letter()
    L.numbering('main', [('decimal', '%1.', 567), ('decimal', '%1.%2.', 1134)])
    L.p([('b', 'СЛЕДСТВЕННЫЙ КОМИТЕТ РЕСПУБЛИКИ БЕЛАРУСЬ'), ('br',), 'Главное следственное управление', ('br',),
         '220000, г. Минск, ул. Примерная, д. 00'], align='center')
    L.p('№ 16-02-112/2026/4417 от 16.11.2026')
    L.p(['Генеральная прокуратура Республики Казахстан', ('br',),
         'Департамент международного сотрудничества', ('br',), 'г. Астана'], align='right')
    L.p([('b', 'ЗАПРОС'), ('br',), 'о правовой помощи по уголовному делу № 26112000417'], align='center')
    L.p('Уважаемые коллеги!')
    L.p('Главное следственное управление Следственного комитета Республики Беларусь свидетельствует свое уважение и, '
        'руководствуясь Минской конвенцией 1993 года, обращается с просьбой об оказании правовой помощи по уголовному делу, '
        'находящемуся в его производстве.', align='justify')
    L.p('Обстоятельства дела', bold=True)
    L.p('Уголовное дело № 26112000417 возбуждено 04.04.2026 по ч. 4 ст. 209 Уголовного кодекса Республики Беларусь '
        '(мошенничество в особо крупном размере) в отношении Стельмаха Виталия Аркадьевича, 22.10.1983 года рождения, '
        'уроженца г. Гродно, гражданина Республики Беларусь, паспорт серии МР № 0004417, выдан 14.02.2019, '
        'директора ООО «БелАгроЛогистик».', num='main', align='justify')
    L.p('В период с сентября по декабрь 2025 года Стельмах В.А., действуя от имени ООО «БелАгроЛогистик», заключил с ОАО '
        '«Минский комбинат хлебопродуктов» договоры на поставку 12 000 тонн продовольственной пшеницы казахстанского '
        'происхождения, получил предоплату в размере 4 860 000 белорусских рублей и перечислил ее на счет ТОО «Ак-Жол '
        'Астык» (БИН 000000004417), г. Костанай, Республика Казахстан. Пшеница не поставлена. По имеющимся данным, '
        'ТОО «Ак-Жол Астык» зерном не торгует, а полученные средства в тот же день переведены на счета третьих лиц.',
        num='main', align='justify')
    L.p('Действия Стельмаха В.А. квалифицированы по ч. 4 ст. 209 УК Республики Беларусь, которая гласит: '
        '«Мошенничество, совершенное в особо крупном размере либо организованной группой, — наказывается лишением свободы '
        'на срок от трех до двенадцати лет с конфискацией имущества или без конфискации». Выписка из Уголовного кодекса '
        'прилагается (приложение 1).', num='main', align='justify')
    L.p('Просьба', bold=True)
    L.p('Прошу поручить компетентным органам Республики Казахстан выполнить следующие процессуальные действия:', num='main')
    L.p('допросить в качестве свидетеля руководителя ТОО «Ак-Жол Астык» (г. Костанай, ул. Примерная, д. 00) об '
        'основаниях получения в октябре–декабре 2025 года денежных средств от ООО «БелАгроЛогистик» и о лицах, по чьему '
        'указанию они были перечислены далее, — это позволит установить, являлась ли организация участником хищения или '
        'использовалась Стельмахом В.А. «втемную»;', num='main', level=1, align='justify')
    L.p('истребовать в обслуживающем банке выписку по текущему счету ТОО «Ак-Жол Астык» за период с 01.09.2025 по '
        '31.01.2026 с указанием получателей платежей — для установления конечных получателей похищенных средств и '
        'возмещения ущерба;', num='main', level=1, align='justify')
    L.p('получить из органа государственных доходов сведения о регистрации ТОО «Ак-Жол Астык», его учредителях и '
        'сданной налоговой отчетности за 2025 год — они покажут, вело ли товарищество реальную хозяйственную деятельность.',
        num='main', level=1, align='justify')
    L.p(['Свидетеля прошу предупредить об уголовной ответственности за дачу заведомо ложных показаний и отказ от дачи '
         'показаний, разъяснив ему право не свидетельствовать против себя и близких родственников; протокол допроса, '
         'а также копии банковских документов прошу заверить печатью органа, исполнившего запрос.'], num='main',
        align='justify')
    L.p(['Контакты с компетентными органами Республики Казахстан по данному делу ранее не поддерживались',
         ('fn', 'Копия настоящего запроса ни по каналам Интерпола, ни по дипломатическим каналам не направлялась.'),
         '. Присутствие представителей белорусской стороны при выполнении процессуальных действий не предполагается.'],
        num='main', align='justify')
    L.p('Запрос срочным не является: срок предварительного расследования продлен до 30.06.2027. Особых требований '
        'о конфиденциальности не заявляется, поскольку обвиняемый ознакомлен с постановлением о привлечении в качестве '
        'обвиняемого и знает о проверке расчетов с ТОО «Ак-Жол Астык».', num='main', align='justify')
    L.p('Гарантирую, что полученные сведения будут использованы исключительно в целях расследования по настоящему '
        'уголовному делу.', num='main', align='justify')
    L.p('Приложения: 1) выписка из УК Республики Беларусь (ст. 209) на 1 л.; 2) уведомление о получении на 1 л.')
    L.p(['Начальник управления по расследованию преступлений', ('br',),
         'против собственности Главного следственного управления', ('br',),
         'Следственного комитета Республики Беларусь', ('br',),
         'полковник юстиции                                        И. В. Дашкевич'])
    L.p(['Исполнитель: старший следователь по особо важным делам майор юстиции Т. Г. Рубанова,', ('br',),
         'тел. +375 17 000 44 17, эл. почта t.rubanova@sk.example.by'], size=10)
    L.page_break()
    L.p([('b', 'Приложение 2'), ('br',), ('b', 'УВЕДОМЛЕНИЕ О ПОЛУЧЕНИИ ЗАПРОСА')], align='center')
    L.p('Просим заполнить и вернуть по адресу: Главное следственное управление Следственного комитета Республики Беларусь, '
        '220000, г. Минск, ул. Примерная, д. 00; эл. почта t.rubanova@sk.example.by')
    L.table([['Наш номер и дата', '№ 16-02-112/2026/4417 от 16.11.2026'],
             ['Получено (орган)', ''], ['Дата получения', ''], ['Ваш входящий номер', ''],
             ['Орган, которому поручено исполнение, контактное лицо', ''], ['Подпись, печать', '']], widths=[7, 9])
    L.save('K01_ru_zapros_minsk_by_kz')


@builder
def k02():
    L = Letter(font='Arial', size=10)
    L.header('ДЛЯ СЛУЖЕБНОГО ПОЛЬЗОВАНИЯ', footer='Типовая форма запроса о правовой помощи по уголовным делам (государства – участники СНГ)')
    L.p([('b', 'ГЕНЕРАЛЬНАЯ ПРОКУРАТУРА КЫРГЫЗСКОЙ РЕСПУБЛИКИ'), ('br',), 'Управление международного сотрудничества'], align='center')
    L.p([('b', 'ЗАПРОС О ПРАВОВОЙ ПОМОЩИ ПО УГОЛОВНОМУ ДЕЛУ'), ('br',), '(типовая форма)'], align='center')
    rows = [
        ['1. Запрашивающий орган', [('tc', 'Следственная служба по борьбе с экономическими преступлениями (Финансовая полиция) при Министерстве финансов Кыргызской Республики; следователь по особо важным делам капитан финансовой полиции Абдыкадыров Нурлан Маратович; тел. +996 312 00 04 17; эл. почта n.abdykadyrov@finpol.example.kg', 'Запрашивающий орган')]],
        ['2. Запрашиваемый орган', [('tc', 'Генеральная прокуратура Республики Казахстан, г. Астана', 'Запрашиваемый орган')]],
        ['3. Правовое основание', [('tc', 'Кишиневская конвенция 2002 г. (ст. 6, 7, 97); при ее неприменимости — Минская конвенция 1993 г.', 'Правовое основание')]],
        ['4. Номер дела, дата возбуждения', [('tc', '№ 06-004417-26 от 11.03.2026', 'Номер дела')]],
        ['5. Сведения о лице', [('tc', 'Жумабеков Эрлан Талантбекович, 30.06.1988 г.р., уроженец г. Ош, гражданин Кыргызской Республики, паспорт AN 0004417 (выдан МКК 211041 от 05.08.2020), ИНН 00000000004417', 'Сведения о лице')]],
        ['6. Обстоятельства дела', [('tc', 'В 2024–2025 гг. Жумабеков Э.Т., являясь учредителем ОсОО «Ала-Тоо Импорт», организовал ввоз в Кыргызскую Республику из Республики Казахстан 214 партий бытовой техники по заниженной таможенной стоимости, используя подложные инвойсы ТОО «Сары-Арка Трейд» (г. Алматы). Ущерб бюджету — 61 300 000 сомов.', 'Обстоятельства')]],
        ['7. Квалификация, санкция, текст закона', [('tc', 'ч. 2 ст. 233 УК КР (уклонение от уплаты таможенных платежей в особо крупном размере) — лишение свободы на срок от 5 до 7 лет с конфискацией имущества; текст статьи — приложение 1.', 'Квалификация')]],
        ['8. Запрашиваемые действия', [('tc', 'а) истребовать в ТОО «Сары-Арка Трейд» (г. Алматы, БИН 000000004418) оригиналы или заверенные копии счетов-фактур и контрактов с ОсОО «Ала-Тоо Импорт» за 01.01.2024–31.12.2025; б) истребовать в органах государственных доходов РК экспортные декларации по этим поставкам; в) допросить директора ТОО «Сары-Арка Трейд» о фактической стоимости товара.', 'Действия')]],
        ['9. Значение для дела', [('tc', 'Сопоставление подлинных счетов и экспортных деклараций РК с инвойсами, представленными в таможню КР, прямо доказывает занижение стоимости (пп. а, б); показания директора (п. в) подтвердят, кем изготовлены подложные инвойсы.', 'Значение')]],
        ['10. Порядок исполнения', [('tc', 'Допрос — с предупреждением об ответственности по законодательству РК; копии документов заверить печатью; протоколы — на русском языке.', 'Порядок')]],
        ['11. Срочность', ['Да ', ('cb', False, 'Срочно: да'), '   Нет ', ('cb', True, 'Срочно: нет'), '   Срок: —']],
        ['12. Конфиденциальность', ['Требуется ', ('cb', False, 'Конфиденциально: да'), '   Не требуется ', ('cb', True, 'Конфиденциально: нет')]],
        ['13. Участие представителей запрашивающей Стороны', ['Да ', ('cb', False, 'Участие: да'), '   Нет ', ('cb', True, 'Участие: нет')]],
        ['14. Приложения', [('tc', '1) выписка из УК КР (ст. 233); 2) копии 12 инвойсов; 3) уведомление о получении', 'Приложения')]],
        ['15. Дополнительные сведения', [('tc', 'Обвиняемый объявлен в розыск и осведомлен о расследовании, поэтому конфиденциальность не требуется; срок следствия продлен до 11.09.2027, поэтому запрос не срочный. Ранее по делу с казахстанскими коллегами не контактировали. Запрос направлен только через Генеральную прокуратуру КР, иными путями (Интерпол, дипломатические каналы) не передавался. Участие наших следователей не нужно — вопросы для допроса приведены в п. 8.', 'Дополнительные сведения')]],
    ]
    L.table([['Графа', 'Сведения']] + rows, widths=[5, 11.5], header=True)
    L.p(['Начальник Управления международного сотрудничества', ('br',), 'Генеральной прокуратуры Кыргызской Республики   ',
         ('tc', 'К. Б. Осмоналиев', 'Подписант'), '   «18» ноября 2026 г.'])
    L.page_break()
    L.p([('b', 'Приложение 3. УВЕДОМЛЕНИЕ О ПОЛУЧЕНИИ'), ('br',),
         'Заполняется запрашиваемой Стороной и возвращается: Управление международного сотрудничества Генеральной прокуратуры КР, '
         'г. Бишкек, эл. почта intl@prokuror.example.kg'], align='center')
    L.table([['Запрос', '№ 06-004417-26, от 18.11.2026'],
             ['Дата получения', [('tc', '', 'Дата получения')]],
             ['Входящий номер', [('tc', '', 'Входящий номер')]],
             ['Исполнитель и его контакты', [('tc', '', 'Исполнитель')]],
             ['Подпись', '']], widths=[6, 10.5])
    L.save('K02_ru_tipovaya_forma_sng_kg_kz')


@builder
def k05():
    L = Letter()
    L.numbering('main', [('upperRoman', '%1.', 567), ('decimal', '%2.', 1134)])
    L.header('FISCALÍA GENERAL DE LA REPÚBLICA – ESTADOS UNIDOS MEXICANOS', footer='Documento reservado – art. 218 CNPP')
    L.p([('b', 'FISCALÍA ESPECIALIZADA EN MATERIA DE DELINCUENCIA ORGANIZADA'), ('br',),
         'Unidad Especializada en Investigación de Delitos en Materia de Secuestro y Extorsión', ('br',),
         'Av. Paseo de la Reforma 000, Col. Juárez, C.P. 06600, Ciudad de México', ('br',),
         'Tel. +52 55 0000 4417 · ueidmse.exhortos@fgr.example.mx'], align='center', size=10)
    L.p(['Carpeta de investigación: FED/FEMDO/UEIDMSE-CDMX/0000417/2026', ('br',), 'Oficio: FEMDO/UEIDMSE/4417/2026', ('br',),
         'Asunto: Solicitud de asistencia jurídica internacional'], align='right')
    L.p(['A LA FISCALÍA GENERAL DE LA NACIÓN DE LA REPÚBLICA DE COLOMBIA', ('br',),
         'Dirección de Asuntos Internacionales', ('br',), 'Bogotá, D.C.'], bold=True)
    L.p([('b', 'URGENTE'), ' – víctimas bajo amenaza actual (véase el apartado V).'])
    L.p(['La suscrita, Agente del Ministerio Público de la Federación adscrita a la Unidad Especializada en Investigación de '
         'Delitos en Materia de Secuestro y Extorsión, con fundamento en los instrumentos internacionales aplicables',
         ('fn', 'Convención de Palermo, artículo 18; Convención Interamericana sobre Asistencia Mutua en Materia Penal '
                '(Nassau, 1992). Ambos Estados son Parte de los dos instrumentos.'),
         ' y en los artículos 433 a 437 del Código Nacional de Procedimientos Penales, solicita respetuosamente la asistencia de las '
         'autoridades colombianas en los términos siguientes.'], align='justify')
    L.p('Hechos', num='main', bold=True)
    L.p('Desde marzo de 2025 opera en los municipios de Naucalpan y Tlalnepantla, Estado de México, una red de préstamos '
        'informales denominados «gota a gota». La red otorga créditos a comerciantes en mercados públicos y cobra intereses '
        'diarios de hasta el 20 %; ante el retraso en los pagos, sus cobradores amenazan de muerte a los deudores y a sus '
        'familias mediante llamadas y mensajes de WhatsApp enviados desde líneas colombianas.', num='main', level=1, align='justify')
    L.p('Las investigaciones identifican como organizador a Jhon Fredy OSORIO CARDONA, nacido en Pereira, Risaralda, el '
        '9 de septiembre de 1987, de nacionalidad colombiana, cédula de ciudadanía 00.000.441.7 y pasaporte AX0004417, '
        'quien ingresó a México el 12 de enero de 2025 y permanece prófugo. Hasta ahora se han documentado 37 víctimas y '
        'el homicidio de un comerciante ocurrido el 3 de agosto de 2026, relacionado con la misma red.', num='main', level=1,
        align='justify')
    L.p('Las ganancias se remiten semanalmente a Colombia a través de giros a la cuenta de ahorros 000-004417-20 del Banco '
        'Cafetero del Occidente S.A., a nombre de Luz Dary CARDONA de OSORIO, madre del investigado, con domicilio en Pereira.',
        num='main', level=1, align='justify')
    L.p('Delitos y penas', num='main', bold=True)
    L.p(['Extorsión, previsto en el artículo 390 del Código Penal Federal: «Al que sin derecho obligue a otro a dar, hacer, '
         'dejar de hacer o tolerar algo, obteniendo un lucro para sí o para otro o causando a alguien un perjuicio patrimonial, '
         'se le aplicarán de dos a ocho años de prisión y de cuarenta a ciento sesenta días multa.» La pena se incrementa hasta en '
         'un tanto más cuando el delito se cometa por una asociación delictuosa (mismo artículo, párrafo segundo).'],
        num='main', level=1, align='justify')
    L.p('Delincuencia organizada, artículos 2, fracción VIII, y 4 de la Ley Federal contra la Delincuencia Organizada: para quien '
        'tenga funciones de administración, dirección o supervisión, de veinte a cuarenta años de prisión y de quinientos a '
        'veinticinco mil días multa. El texto de estos preceptos figura en el Anexo 1.', num='main', level=1, align='justify')
    L.p('Asistencia solicitada', num='main', bold=True)
    L.p('Obtener de los operadores de telefonía móvil colombianos que resulten titulares de las líneas +57 300 000 4417, '
        '+57 310 000 4418 y +57 320 000 4419 los datos de suscriptor (nombre, documento, domicilio, fecha de activación) y los '
        'registros de llamadas y mensajes de datos del 1 de marzo de 2025 al 30 de noviembre de 2026. Desde esas líneas se '
        'recibieron las amenazas; su titularidad vinculará a los cobradores con el investigado.', num='main', level=1, align='justify')
    L.p('Obtener del Banco Cafetero del Occidente S.A. los extractos de la cuenta 000-004417-20 del 1 de marzo de 2025 a la fecha, '
        'con detalle de los giros recibidos desde México y de los retiros. Con ellos se acreditará el destino del dinero '
        'obtenido de las víctimas y el beneficio económico de la red.', num='main', level=1, align='justify')
    L.p(['Recibir entrevista a la señora Luz Dary CARDONA de OSORIO, en calidad de testigo, sobre el origen de los giros y el '
         'paradero de su hijo, advirtiéndole de su derecho a no declarar contra parientes', ('del', ' en línea directa y en '
         'cualquier caso', 'Lic. R. Salinas', '2026-11-19T17:40:00Z'), ('ins', ' conforme a la ley colombiana', 'Lic. R. Salinas',
         '2026-11-19T17:41:00Z'), '. Su dicho puede permitir localizar al investigado, cuya orden de aprehensión está vigente.'],
        num='main', level=1, align='justify')
    L.p('Procedimientos', num='main', bold=True)
    L.p('Se solicita que los registros telefónicos y bancarios se remitan certificados por el funcionario responsable de cada '
        'entidad, con registro de cadena de custodia en el caso de los soportes digitales, y que la entrevista conste en acta '
        'firmada, con la advertencia de ley. De no ser posible alguna de estas formalidades conforme al derecho colombiano, '
        'se agradecerá informarlo antes de la ejecución.', num='main', level=1, align='justify')
    L.p('Urgencia, reserva y otros puntos', num='main', bold=True)
    L.p(['La solicitud es urgente: los cobradores siguen amenazando a las víctimas y una de ellas fue asesinada. Se ruega '
         'cumplimentarla a más tardar el ', ('del', '15 de febrero de 2027', 'Lic. R. Salinas', '2026-11-19T17:42:00Z'),
         ('ins', '31 de enero de 2027', 'Lic. R. Salinas', '2026-11-19T17:42:00Z'), '.'], num='main', level=1, align='justify')
    L.p('Se pide reserva sobre la existencia de esta solicitud. Familiares del investigado residen en Pereira y, si tuvieran '
        'noticia de ella, podrían alertarlo y vaciar la cuenta. Si la reserva no pudiera garantizarse, se ruega consultar a esta '
        'Fiscalía antes de ejecutar.', num='main', level=1, align='justify')
    L.p('Hasta la fecha, esta Representación Social no ha tenido comunicación alguna con autoridades colombianas respecto de '
        'estos hechos. La presente se remite exclusivamente por conducto de la Dirección General de Procedimientos '
        'Internacionales de esta Fiscalía, sin copia por la vía de INTERPOL ni por la diplomática.', num='main', level=1,
        align='justify')
    L.p('Se desea que el Agente del Ministerio Público de la Federación Lic. Rodrigo SALINAS PÉREZ y la perita en análisis '
        'telefónico Ing. Daniela ORTEGA RUIZ asistan a la entrevista de la testigo, para aportar al funcionario colombiano '
        'los datos de los giros y de las llamadas que permitan contrastar su dicho en el momento.', num='main', level=1,
        align='justify')
    L.p('Esta Fiscalía se compromete a utilizar la información únicamente en la presente investigación y a ofrecer reciprocidad '
        'en casos análogos.', num='main', level=1, align='justify')
    L.p(['Ciudad de México, a 20 de noviembre de 2026.', ('br',), ('br',), 'Lic. María Fernanda IBARRA GUTIÉRREZ', ('br',),
         'Agente del Ministerio Público de la Federación', ('br',), 'Tel. +52 55 0000 4417 ext. 120 · mf.ibarra@fgr.example.mx'])
    L.p('Anexos: 1. Texto de los artículos 390 CPF y 2 y 4 LFDO. 2. Orden de aprehensión (copia certificada). 3. Acuse de recibo.')
    L.page_break()
    L.p([('b', 'ANEXO 3 – ACUSE DE RECIBO'), ('br',), 'Favor de llenar y devolver a: ueidmse.exhortos@fgr.example.mx · '
         'Av. Paseo de la Reforma 000, Col. Juárez, C.P. 06600, Ciudad de México'], align='center')
    L.table([['Referencia mexicana', 'FEMDO/UEIDMSE/4417/2026'], ['Autoridad que recibe', ''], ['Fecha de recepción', ''],
             ['Número asignado', ''], ['Autoridad encargada de la ejecución y contacto', ''], ['Firma y sello', '']], widths=[7, 9])
    L.save('K05_es_solicitud_fgr_mx_co')


@builder
def k09():
    L = Letter(rtl=True, font='Arial', size=12)
    L.numbering('main', [('decimal', '%1-', 567), ('decimal', '%1-%2', 1134)])
    L.header('سري – انظر الفقرة 5-2', footer='المملكة المغربية – رئاسة النيابة العامة')
    L.p([('b', 'المملكة المغربية'), ('br',), 'رئاسة النيابة العامة', ('br',), 'قطب التعاون القضائي الدولي', ('br',),
         'الرباط – الهاتف: ‎+212 537 00 04 17‎ – البريد الإلكتروني: cooperation.penale@pmp.example.ma'], align='center')
    L.p(['الرباط في: 17 نونبر 2026', ('br',), 'عدد: 4417/ت.ق.د/2026'])
    L.p(['إلى السيد المدير العام للشؤون الجزائية', ('br',), 'وزارة العدل – الجمهورية التونسية', ('br',), 'تونس'], bold=True)
    L.p([('b', 'الموضوع: '), 'طلب مساعدة قضائية في المادة الجنائية – الملف عدد 2026/2106/417 (الفرقة الوطنية للشرطة القضائية)'])
    L.p('سلام تام بوجود مولانا الإمام،', )
    L.p('وبعد، يشرفني أن أحيل إليكم طلب المساعدة القضائية الصادر عن السيد وكيل الملك لدى المحكمة الابتدائية الزجرية بالدار البيضاء، '
        'في إطار اتفاقية الرياض العربية للتعاون القضائي، الموقعة بتاريخ 6 أبريل 1983، والتي صادقت عليها المملكة المغربية والجمهورية التونسية.')
    L.p('الوقائع', num='main', bold=True)
    L.p('خلال الفترة الممتدة من يناير إلى يونيو 2026 توصل 212 من زبناء بنك المغرب العربي للتجارة برسائل نصية قصيرة تنتحل صفة البنك، '
        'تحيلهم على موقع إلكتروني مزيف يستولي على بياناتهم البنكية. وقد تم تحويل ما مجموعه 3.840.000 درهم من حساباتهم إلى حسابات '
        'وسيطة، ثم إلى حسابين مفتوحين لدى البنك التونسي للادخار والتنمية بمدينة صفاقس.', num='main', level=1)
    L.p('وقد أسفرت الأبحاث عن تحديد هوية المشتبه فيه الرئيسي، المسمى/ ياسين بن صالح الطرابلسي، تونسي الجنسية، المزداد بتاريخ '
        '19 ماي 1992 بصفاقس، الحامل لبطاقة التعريف الوطنية التونسية عدد 00004417، والذي استأجر الخادم المضيف للموقع المزيف من مزود '
        'خدمات بتونس، بينما تم إيقاف شريكيه المغربيين بالدار البيضاء في 4 شتنبر 2026.', num='main', level=1)
    L.p('التكييف القانوني والعقوبات', num='main', bold=True)
    L.p('النصب، طبقاً للفصل 540 من مجموعة القانون الجنائي: «يعد مرتكبا لجريمة النصب، ويعاقب بالحبس من سنة إلى خمس سنوات وغرامة من '
        'خمسمائة إلى خمسة آلاف درهم، من استعمل الاحتيال ليوقع شخصا في الغلط بتأكيدات خادعة أو إخفاء وقائع صحيحة أو استغلال ماكر '
        'لخطأ وقع فيه غيره ويدفعه بذلك إلى أعمال تمس مصالحه أو مصالح الغير المالية بقصد الحصول على منفعة مالية له أو لشخص آخر».',
        num='main', level=1)
    L.p('الدخول الاحتيالي إلى نظم المعالجة الآلية للمعطيات، الفصلان 3-607 و6-607 من نفس المجموعة، والعقوبة قد تصل إلى الحبس من سنتين إلى '
        'خمس سنوات وغرامة؛ وغسل الأموال، الفصلان 2-574 و3-574 (الحبس من سنتين إلى خمس سنوات وغرامة من 20.000 إلى 100.000 درهم). '
        'وتجدون نصوص هذه الفصول كاملة في الملحق رقم 1.', num='main', level=1)
    L.p('المساعدة المطلوبة', num='main', bold=True)
    L.p('موافاتنا بكشوف الحسابين رقم 0000-4417-01 و0000-4417-02 لدى البنك التونسي للادخار والتنمية – فرع صفاقس، عن الفترة من '
        '1 يناير 2026 إلى تاريخ التنفيذ، ووثائق فتحهما، قصد تتبع مآل المبالغ المختلسة من الضحايا وتحديد المستفيد النهائي منها.',
        num='main', level=1)
    L.p('مطالبة مزود الخدمات «تونس هوستينغ» بتسليم بيانات المشترك وسجلات الاتصال (عناوين IP مع التوقيت بتوقيت غرينتش) الخاصة بالخادم '
        'ذي العنوان 203.0.113.41 خلال الفترة نفسها، لإثبات أن المشتبه فيه هو من أدار الموقع المزيف.', num='main', level=1)
    L.p('الاستماع إلى المشتبه فيه بحضور محاميه، إن رغب في ذلك، حول علاقته بالحسابين والخادم وبالموقوفين المغربيين، لأن أقواله ضرورية '
        'لتحديد دور كل من المتهمين.', num='main', level=1)
    L.p('الإجراءات المطلوبة', num='main', bold=True)
    L.p('نرجو أن تكون الوثائق البنكية مشهوداً بمطابقتها للأصل، وأن تُحفظ البيانات المعلوماتية على وسيط رقمي مختوم مع محضر يبين سلسلة '
        'الحيازة وقيمة البصمة الرقمية (hash)، وأن يُشعر المشتبه فيه بحقوقه قبل الاستماع إليه، وذلك حتى تُقبل هذه الأدلة أمام المحكمة.',
        num='main', level=1)
    L.p('مسائل أخرى', num='main', bold=True)
    L.p('يكتسي الطلب طابع الاستعجال: لا يحتفظ مزود الخدمات بسجلات الاتصال إلا لمدة محدودة، وقد يسقط جزء منها ابتداء من فبراير 2027؛ '
        'لذا نرجو التنفيذ قبل 31 يناير 2027.', num='main', level=1)
    L.p('نلتمس الحفاظ على سرية هذا الطلب: فالمشتبه فيه لا يعلم بعدُ بإيقاف شريكيه، ومن شأن إشعاره أن يدفعه إلى سحب الأموال أو إتلاف '
        'بيانات الخادم. وإذا تعذر ضمان السرية، نرجو إخبارنا قبل التنفيذ.', num='main', level=1)
    L.p(['لا يرى السيد وكيل الملك ضرورة لانتقال أي قاض أو ضابط مغربي إلى تونس لحضور التنفيذ', ('fn',
         'وللإشارة، فقد سبق للسيد نائب وكيل الملك المكلف بالملف أن أجرى اتصالاً هاتفياً بتاريخ 28 أكتوبر 2026 مع ممثل النيابة العمومية '
         'بصفاقس، أطلعه فيه على وجود الحسابين، واتفقا على توجيه هذا الطلب عبر القناة المركزية. ولم تُوجَّه نسخة منه عبر الأنتربول.'), '.'],
        num='main', level=1)
    L.p('تلتزم النيابة العامة المغربية بعدم استعمال المعلومات المحصل عليها إلا في إطار هذه القضية.', num='main', level=1)
    L.p(['وتقبلوا فائق عبارات التقدير والاحترام.', ('br',), ('br',), 'عن رئيس النيابة العامة', ('br',),
         'رئيس قطب التعاون القضائي الدولي', ('br',), 'عبد الرحيم البقالي'])
    L.p('الملحقات: 1) نصوص الفصول 540 و3-607 و6-607 و2-574 و3-574 من مجموعة القانون الجنائي؛ 2) طلب وكيل الملك؛ 3) إشعار بالتوصل.')
    L.page_break()
    L.p([('b', 'الملحق 3 – إشعار بالتوصل'), ('br',), 'يُملأ ويُعاد إلى: قطب التعاون القضائي الدولي، رئاسة النيابة العامة، الرباط – '
         'cooperation.penale@pmp.example.ma'], align='center')
    L.table([['مرجعنا', '4417/ت.ق.د/2026'], ['الجهة المستلمة', ''], ['تاريخ التوصل', ''], ['مرجعكم', ''],
             ['الجهة المكلفة بالتنفيذ وضابط الاتصال', ''], ['التوقيع والختم', '']], widths=[6, 10])
    L.save('K09_ar_talab_riyadh_ma_tn')


@builder
def k14():
    L = Letter(font='Times New Roman', size=12)
    L.numbering('main', [('decimal', '%1.', 567), ('lowerLetter', '(%2)', 1134), ('lowerRoman', '(%3)', 1701)])
    L.header('CONFIDENTIAL – see paragraph 16', footer='Translation from Spanish – FGN Colombia – Radicado 110016000000202500417')
    L.p([('b', 'ATTORNEY GENERAL\'S OFFICE OF THE REPUBLIC OF COLOMBIA'), ('br',), '(Fiscalía General de la Nación)', ('br',),
         'National Specialized Directorate against Money Laundering', ('br',),
         'Diagonal 22B No. 00-00, Bogotá D.C., Colombia'], align='center')
    L.p([('i', 'Official translation from Spanish made by the Translation Office of the Fiscalía General de la Nación. '
               'Translator: Andrés Felipe Rojas M., official translator, Resolution 0417 of 2019. The translator certifies '
               'that this is a faithful translation of the original in Spanish, which is attached.')], size=10)
    L.p(['Bogotá D.C., November 23, 2026', ('br',), 'Official letter No. DNLA-20260417'])
    L.p(['Office of International Affairs', ('br',), 'Criminal Division, U.S. Department of Justice', ('br',), 'Washington, D.C.',
         ('br',), 'United States of America'])
    L.p([('b', 'Subject: '), 'Request of mutual legal assistance in criminal matters – Criminal news No. 110016000000202500417 – '
         'money laundering, illicit enrichment of private individuals and drug trafficking'])
    L.p([('b', 'Requesting authority and contact persons')])
    L.table([['Prosecutor in charge', 'Dr. Camila Andrea VÉLEZ RESTREPO, Prosecutor 41 Specialized, National Directorate against '
              'Money Laundering. Tel. +57 601 000 4417 ext. 2041 – e-mail camila.velez@fiscalia.example.co'],
             ['Investigator', 'Senior Investigator Jorge Iván PATIÑO LOAIZA, Technical Investigation Corps (CTI), Financial Unit. '
              'Tel. +57 601 000 4417 ext. 3318 – e-mail jorge.patino@fiscalia.example.co'],
             ['Transmitting office', 'Directorate of International Affairs, Fiscalía General de la Nación – asuntos.internacionales@fiscalia.example.co']],
            widths=[4.5, 12])
    L.p('I. INTRODUCTION', bold=True)
    L.p('The Prosecutor 41 Specialized of the National Directorate against Money Laundering of the Fiscalía General de la Nación of '
        'Colombia (hereinafter "the Prosecutor") respectfully presents this request to the Central Authority of the United '
        'States of America in the frame of the investigation identified with the criminal news number 110016000000202500417.',
        num='main', align='justify')
    L.p(['This request is formulated on the basis of the Nassau Convention',
         ('fn', 'Inter-American Convention on Mutual Assistance in Criminal Matters, adopted in Nassau, The Bahamas, on 23 May 1992, '
                'and its Optional Protocol of 11 June 1993, in force for both States.'),
         ', as well as the 1988 Vienna Convention (article 7) and articles 484 to 489 of Law 906 of 2004 (Colombian Code of '
         'Criminal Procedure).'], num='main', align='justify')
    L.p('In short, the Prosecutor asks the competent authorities of the United States to obtain and send certified bank and '
        'business records located in the State of Florida, import records, and the testimony of two witnesses, which will '
        'permit to demonstrate that the exports of flowers of the company Flores de la Sabana S.A.S. were used to introduce '
        'into the Colombian financial system the proceeds of cocaine trafficking.', num='main', align='justify')
    L.p('II. SUMMARY OF THE FACTS', bold=True)
    L.p('Since 2021 the company Flores de la Sabana S.A.S. (Tax ID NIT 900.000.417-1), with domicile in Facatativá, '
        'Cundinamarca, declares exports of fresh cut flowers to the company Blossom Gate Imports LLC, registered in the State '
        'of Florida and with offices at 0000 NW 00th Street, Doral, Florida. Between January 2022 and June 2025 Flores de la '
        'Sabana S.A.S. received from the United States 412 international transfers for a total value of USD 28,600,000, '
        'supposedly in payment of the flowers.', num='main', align='justify')
    L.p('The financial analysis of the CTI established that the volume of flowers effectively exported, according to the '
        'phytosanitary certificates of the Colombian Agricultural Institute (ICA), corresponds to a value of approximately '
        'USD 6,900,000 in the same period. The difference, about USD 21,700,000, has no commercial justification.',
        num='main', align='justify')
    L.p('The transfers were not sent by Blossom Gate Imports LLC only. 187 of them were ordered by eleven other companies '
        'and natural persons in Florida, Texas and New Jersey without any commercial relation with Flores de la Sabana '
        'S.A.S. Intercepted communications, authorized by a Judge of Control of Guarantees of Bogotá on 14 March 2025, show '
        'that these payments were coordinated by the main investigated person to "receive" in Colombia money from the sale of '
        'cocaine in the United States ("trade-based money laundering").', num='main', align='justify')
    L.p('The main investigated person is Mr. Héctor Julián BUITRAGO SALAZAR, born in Zipaquirá, Cundinamarca, on 2 November '
        '1975, Colombian national, citizenship card No. 00.000.417, passport No. AT0000417, legal representative and majority '
        'shareholder of Flores de la Sabana S.A.S. He is also the beneficial owner, according to the information received '
        'from the Financial Information and Analysis Unit (UIAF), of 50 % of Blossom Gate Imports LLC. Mr. BUITRAGO SALAZAR was '
        'charged (imputation of charges) on 9 September 2026 and is in preventive detention in the La Picota prison since '
        'that date.', num='main', align='justify')
    L.p('Other investigated persons are: (i) Mrs. Diana Marcela OSPINA GIRALDO, born on 17 July 1982 in Bogotá, Colombian '
        'national, citizenship card No. 00.000.418, financial manager of Flores de la Sabana S.A.S.; and (ii) Mr. Wilson '
        'Arley CARMONA DUQUE, born on 30 April 1979 in Medellín, Colombian and U.S. dual national, who administers Blossom '
        'Gate Imports LLC in Florida. Mr. CARMONA DUQUE is not detained and, according to our information, resides in Doral, '
        'Florida.', num='main', align='justify')
    L.p('The cocaine trafficking that generated the proceeds is investigated in a connected process (criminal news No. '
        '110016000000202400981), in which on 22 May 2025 the Colombian Navy seized 2.3 tons of cocaine hydrochloride in the '
        'port of Buenaventura hidden in a container of the company Logística Pacífico Express S.A.S., whose shareholders '
        'include Mr. BUITRAGO SALAZAR.', num='main', align='justify')
    L.p('III. OFFENCES AND PENALTIES', bold=True)
    L.p('The facts are qualified in the Colombian Penal Code (Law 599 of 2000) as follows. The text of the provisions is '
        'transcribed here and the complete text is in Annex A.', num='main', align='justify')
    L.p(['Money laundering (article 323): "Whoever acquires, protects, invests, transports, transforms, stores, conserves, '
         'guards or administers goods that have their mediate or immediate origin in activities of ... trafficking of toxic '
         'drugs, narcotics or psychotropic substances ..., or gives to the goods originating from such activities the appearance '
         'of legality or legalizes them, hides or conceals the real nature, origin, location, destination, movement or right '
         'over such goods ..., shall incur, for this conduct alone, imprisonment of ten (10) to thirty (30) years and a fine of '
         'one thousand (1,000) to fifty thousand (50,000) monthly legal minimum wages." The penalty is increased from one third '
         'to one half when the conduct is carried out using foreign trade operations (article 323, paragraph 3).'],
        num='main', level=1, align='justify')
    L.p('Illicit enrichment of private individuals (article 327): imprisonment of eight (8) to fifteen (15) years and a fine '
        'corresponding to double the value of the unjustified increase of patrimony, without exceeding fifty thousand monthly '
        'legal minimum wages.', num='main', level=1, align='justify')
    L.p('Conspiracy to commit crimes, aggravated (article 340, second paragraph): imprisonment of eight (8) to eighteen (18) '
        'years and a fine of 2,700 to 30,000 monthly legal minimum wages when the conspiracy is for drug trafficking or money '
        'laundering.', num='main', level=1, align='justify')
    L.p('Drug trafficking (article 376) is charged in the connected process; it is mentioned only as the underlying offence.',
        num='main', level=1, align='justify')
    L.p('IV. ASSISTANCE REQUESTED', bold=True)
    L.p('The Prosecutor respectfully asks that the competent authorities of the United States:', num='main')
    L.p('obtain from the bank Coastal Palm Bank, N.A., Miami, Florida, for the accounts of Blossom Gate Imports LLC (account '
        'numbers in Annex B) for the period 1 January 2022 to 30 June 2025: account opening documents and signature cards; '
        'monthly statements; the wire transfer records of all transfers sent to Colombia; and the "know your customer" file '
        'including beneficial ownership certification. These records are necessary to prove that the money sent as '
        'payment of flowers did not come from the sale of flowers in the U.S. market but from third parties;',
        num='main', level=1, align='justify')
    L.p('obtain from the same bank, or from the banks identified in the wire transfers listed in Annex C, the identification '
        'of the originators of the 187 transfers ordered by third parties, for the same period, because these persons are the '
        'link between the sale of the drug and the "payment" of the exports;', num='main', level=1, align='justify')
    L.p('obtain from U.S. Customs and Border Protection the import entry records (entry summaries) in the name of Blossom '
        'Gate Imports LLC as importer of record for the period 1 January 2022 to 30 June 2025, with quantities and declared '
        'values; they will be compared with the export declarations in Colombia to quantify the over-invoicing;',
        num='main', level=1, align='justify')
    L.p('obtain from the Florida Department of State, Division of Corporations, certified copies of the articles of '
        'organization, annual reports and changes of managers of Blossom Gate Imports LLC since its creation, which show who '
        'controlled the company that sent the transfers;', num='main', level=1, align='justify')
    L.p('take the testimony, as witnesses, of:', num='main', level=1, align='justify')
    L.p('the custodian of records or compliance officer of Coastal Palm Bank, N.A., on the authenticity of the records '
        'produced and on any suspicious activity analysis performed on the accounts (to the extent permitted by U.S. law); and',
        num='main', level=2, align='justify')
    L.p('Ms. Patricia Lynn HOLLOWAY-REYES, former bookkeeper of Blossom Gate Imports LLC (last known address in Annex B), '
        'on the origin of the funds used to pay Flores de la Sabana S.A.S., the instructions she received and from whom; '
        'her declaration is essential because she is the only known person who handled the books of the U.S. company and '
        'who is not investigated;', num='main', level=2, align='justify')
    L.p('the questions proposed for the witnesses are in Annex D; the U.S. authority may add the questions it considers '
        'useful.', num='main', level=1, align='justify')
    L.p('The Prosecutor does not ask for any coercive measure against Mr. CARMONA DUQUE at this stage, nor his interview.',
        num='main', align='justify')
    L.p('V. PROCEDURES TO BE FOLLOWED', bold=True)
    L.p('So that the evidence is admissible in the oral trial in Colombia (articles 424 to 434 of Law 906 of 2004), the '
        'Prosecutor asks, to the extent compatible with the law of the United States:', num='main', align='justify')
    L.p('that business records be accompanied by a certificate of authenticity of the custodian of records (for example the '
        'form provided in 18 U.S.C. § 3505) and that public records be certified by the competent official;',
        num='main', level=1, align='justify')
    L.p('that the documents be delivered with a chain of custody record indicating who received them, when and how they '
        'were kept, and if they are delivered in electronic form, with the hash value of each file;', num='main', level=1,
        align='justify')
    L.p('that the witnesses give their testimony under oath, that the testimony be recorded verbatim (transcript by a court '
        'reporter) and, if possible, in video, and that the defence counsel of the accused, notified by the Prosecutor, be '
        'permitted to attend and to ask questions, since under Colombian law testimony taken abroad without the opportunity '
        'for the defence to confront the witness may be excluded at trial;', num='main', level=1, align='justify')
    L.p('if any of these procedures is not possible, that the Prosecutor be informed before the execution, to agree an '
        'alternative.', num='main', level=1, align='justify')
    L.p('VI. PARTICIPATION OF COLOMBIAN OFFICIALS', bold=True)
    L.p('The Prosecutor and the CTI investigator named in the contact table at the beginning of this request wish to be '
        'present during the testimony of the witnesses in paragraph 11(e). Their presence is necessary because they know the '
        'content of the 412 transfers and of the intercepted communications, and can help the U.S. official to put the '
        'documents to the witnesses and to formulate supplementary questions. They will travel at the cost of the Fiscalía '
        'and will act only under the direction of the U.S. authority.', num='main', align='justify')
    L.p('VII. TIME LIMIT', bold=True)
    L.p('Mr. BUITRAGO SALAZAR is in preventive detention since 9 September 2026. Under article 317 of Law 906 of 2004 he must '
        'be released if the indictment hearing does not start within the legal term, which in this case (several accused, '
        'complex crime) expires on 8 September 2027. The Prosecutor needs the evidence to file the indictment and therefore '
        'respectfully asks that the request be executed, if possible, before 31 May 2027.', num='main', align='justify')
    L.p('VIII. CONFIDENTIALITY AND USE OF THE EVIDENCE', bold=True)
    L.p('Mr. CARMONA DUQUE is not detained and lives in Florida, and nine of the eleven third-party originators have not been '
        'identified. If they learn of this request they could close accounts, destroy records or leave the United States. '
        'The Prosecutor therefore asks that the request and its execution be kept confidential, that the bank be instructed '
        'not to inform its clients, and that, if confidentiality cannot be kept, the Central Authority of Colombia be '
        'consulted before execution.', num='main', align='justify')
    L.p('The Fiscalía General de la Nación undertakes to use the evidence only for the investigation and prosecution '
        'described in this request and in the connected process mentioned in paragraph 9, unless the United States consents '
        'otherwise, and to return the originals if so requested.', num='main', align='justify')
    L.p('IX. CONTACTS AND TRANSMISSION', bold=True)
    L.p(['The Prosecutor has had contact with U.S. officials about this case before this request',
         ('fn', 'On 14 August 2026 the Prosecutor and the CTI investigator met in Bogotá with Special Agent Mark T. Delgado of '
                'Homeland Security Investigations (HSI), attaché office at the U.S. Embassy in Bogotá, who informed that HSI '
                'Miami has an open case on Blossom Gate Imports LLC (no reference communicated) and suggested to send this '
                'request through the Office of International Affairs. No agreement was made on the exchange of evidence.'),
         '. An advance copy of this request is sent by e-mail to the Office of International Affairs; the original is '
         'transmitted by the Directorate of International Affairs of the Fiscalía through the Embassy of Colombia in Washington. '
         'No copy has been sent through INTERPOL.'], num='main', align='justify')
    L.p('The Prosecutor would be grateful if the Office of International Affairs completes and returns the acknowledgement of '
        'receipt in Annex E.', num='main', align='justify')
    L.p('The evidence may be sent to the Directorate of International Affairs of the Fiscalía General de la Nación at the '
        'address above, or in electronic form to the e-mail addresses in the contact table, followed by the certified paper '
        'originals.', num='main', align='justify')
    L.p('The Prosecutor thanks in advance the authorities of the United States for their valuable collaboration and reiterates '
        'the disposition of the Fiscalía General de la Nación to render assistance in similar cases.', num='main',
        align='justify')
    L.p(['Cordially,', ('br',), ('br',), 'CAMILA ANDREA VÉLEZ RESTREPO', ('br',), 'Prosecutor 41 Specialized', ('br',),
         'National Specialized Directorate against Money Laundering', ('br',), 'Fiscalía General de la Nación'])
    L.p('ANNEXES', bold=True)
    L.p(['Annex A – Text of articles 323, 327, 340 and 376 of the Colombian Penal Code (Spanish and English)', ('br',),
         'Annex B – Account numbers and last known address of the witness (confidential)', ('br',),
         'Annex C – List of the 187 transfers ordered by third parties (date, amount, originator bank)', ('br',),
         'Annex D – Questions for the witnesses', ('br',),
         'Annex E – Acknowledgement of receipt', ('br',),
         'Annex F – Original request in Spanish'])
    L.page_break()
    L.p([('b', 'ANNEX E – ACKNOWLEDGEMENT OF RECEIPT'), ('br',),
         'Please complete and return to: Directorate of International Affairs, Fiscalía General de la Nación, Bogotá – '
         'asuntos.internacionales@fiscalia.example.co'], align='center')
    L.table([['Colombian reference', 'DNLA-20260417 – Criminal news 110016000000202500417'],
             ['Received by (authority)', [('tc', ' ', 'Received by')]], ['Date of receipt', [('tc', ' ', 'Date of receipt')]],
             ['Your reference', [('tc', ' ', 'Your reference')]],
             ['Executing authority and contact', [('tc', ' ', 'Executing authority')]], ['Signature', '']], widths=[6, 10.5])
    L.save('K14_en_translated_es_co_us')


@builder
def k16():
    L = Letter(font='Calibri', size=11)
    L.numbering('main', [('decimal', '%1.', 567), ('decimal', '%1.%2', 1134)])
    L.header('CONFIDENTIAL', footer='Translated from Chinese – Ministry of Justice of the People\'s Republic of China – Ref. SFB-GJ-2026-0417')
    L.p([('b', 'MINISTRY OF JUSTICE OF THE PEOPLE\'S REPUBLIC OF CHINA'), ('br',), 'Department of International Cooperation',
         ('br',), 'Beijing', ('br',), 'Tel. +86 10 0000 4417   E-mail: mla.dic@moj.example.cn'], align='center')
    L.p([('i', '[Translation. The translator (Wang Jing, Translation Centre of the Ministry of Justice) certifies the '
               'translation accords with the Chinese original.]')], size=9)
    L.p(['Ref.: SFB-GJ-2026-0417', ('br',), 'Date: 26 November 2026'])
    L.p(['International Assistance Group', ('br',), 'Department of Justice Canada', ('br',), 'Ottawa, Ontario'])
    L.p([('b', 'Request for Assistance in Criminal Matters – Case of ZHOU Minghui (telecom fraud)')])
    L.p(['The Ministry of Justice of the People\'s Republic of China, as the Central Authority designated under the Treaty '
         'signed on 29 July 1994 between our two countries, presents its compliments to the Department of Justice Canada and '
         'has the honour to transmit the following request from the Shenzhen Municipal Public Security Bureau.'], align='justify')
    L.p('Authority in charge of the case', num='main', bold=True)
    L.p('Economic Crime Investigation Detachment, Shenzhen Municipal Public Security Bureau, Guangdong Province. Officer in '
        'charge: Police Inspector LIU Yang, tel. +86 755 0000 4418, e-mail liuyang.ecid@szpsb.example.cn.', num='main',
        level=1, align='justify')
    L.p('Summary of facts', num='main', bold=True)
    L.p('From March 2024 to May 2025, a criminal group operating from Cambodia called victims in mainland China, pretending '
        'to be officers of the public security organs, and induced 1,326 victims to transfer a total of RMB 96,400,000 to '
        '"safe accounts". Part of the money was converted into cryptocurrency (USDT) and then into Canadian dollars through '
        'a money service business in Richmond, British Columbia.', num='main', level=1, align='justify')
    L.p('The suspect ZHOU Minghui (周明辉), male, born on 8 June 1990 in Shantou, Guangdong, Chinese nationality, resident '
        'identity card No. 440500199006080000, passport No. EA0004417, is the organiser of the money channel. He entered '
        'Canada on 2 July 2025 with a visitor visa and his current whereabouts are not known.', num='main', level=1,
        align='justify')
    L.p('Offence and punishment', num='main', bold=True)
    L.p('Fraud, Article 266 of the Criminal Law of the People\'s Republic of China: "Whoever defrauds public or private '
        'money or property, if the amount involved is relatively large, shall be sentenced to fixed-term imprisonment of not '
        'more than three years, criminal detention or public surveillance and shall also, or shall only, be fined; if the '
        'amount involved is huge or if there are other serious circumstances, he shall be sentenced to fixed-term '
        'imprisonment of not less than three years but not more than ten years and shall also be fined; if the amount '
        'involved is especially huge or if there are other especially serious circumstances, he shall be sentenced to '
        'fixed-term imprisonment of not less than ten years or life imprisonment and shall also be fined or be sentenced to '
        'confiscation of property."', num='main', level=1, align='justify')
    L.p(['The offence in this case does not carry the death penalty.', ('del', ' The suspect may also be charged with '
         'organising illegal border crossing, the evidence for which will be sent later.', 'LIU Yang', '2026-11-24T08:10:00Z')],
        num='main', level=1, align='justify')
    L.p('Assistance requested', num='main', bold=True)
    L.p('To obtain from the money service business Maple Bridge Exchange Ltd., Richmond, B.C., the customer file and the '
        'transaction records of ZHOU Minghui and of the company Golden Harbour Trading Ltd. for the period 1 January 2024 to '
        '31 December 2025, to prove the conversion of the victims\' money into Canadian dollars and identify the recipients.',
        num='main', level=1, align='justify')
    L.p('To take a statement from Mr. CHEN Wei, employee of Maple Bridge Exchange Ltd., who handled the transactions, about the '
        'persons who brought the cryptocurrency and the instructions given, because his account will link ZHOU Minghui '
        'personally to the transactions.', num='main', level=1, align='justify')
    L.p('To inform us whether ZHOU Minghui holds any immigration status in Canada and his last known address, to allow the '
        'Chinese side to consider further requests.', num='main', level=1, align='justify')
    L.p('Manner of execution', num='main', bold=True)
    L.p('Records to be provided with an affidavit or certificate of the custodian of records; the statement of the witness '
        'to be taken in writing, read back and signed, and if possible audio-video recorded, with an interpreter of Mandarin '
        'if the witness prefers.', num='main', level=1, align='justify')
    L.p('Other matters', num='main', bold=True)
    L.p('The Canadian side has not yet been approached on this case by any Chinese authority. This request is transmitted '
        'only through the Central Authorities under the Treaty.', num='main', level=1, align='justify')
    L.p(['', ('del', 'This request is urgent.', 'LIU Yang', '2026-11-24T08:12:00Z'),
         ('ins', 'This request is not urgent: the suspect is not in custody and no trial date is fixed.', 'WANG Jing',
          '2026-11-25T10:02:00Z')], num='main', level=1, align='justify')
    L.p('Please keep this request confidential and do not notify ZHOU Minghui or Golden Harbour Trading Ltd., as he could '
        'move the remaining funds out of Canada. If confidentiality cannot be ensured, please consult us first.',
        num='main', level=1, align='justify')
    L.p('The Shenzhen Municipal Public Security Bureau hopes to send officers to be present at the taking of the witness '
        'statement, so as to help identify the persons shown in the transaction records.', num='main', level=1,
        align='justify')
    L.p('The Chinese side undertakes to use the information only for this case, in accordance with the Treaty.',
        num='main', level=1, align='justify')
    L.p('Please kindly complete and return the acknowledgement of receipt attached below.', num='main', level=1)
    L.p(['Department of International Cooperation', ('br',), 'Ministry of Justice of the People\'s Republic of China', ('br',),
         '(seal)'])
    L.p([('b', 'ACKNOWLEDGEMENT OF RECEIPT'), ' — return to mla.dic@moj.example.cn (Department of International Cooperation, '
         'Ministry of Justice, Beijing)'])
    L.table([['Chinese reference', 'SFB-GJ-2026-0417'], ['Received on', ''], ['Canadian file number', ''],
             ['Contact officer', '']], widths=[6, 10])
    L.save('K16_en_translated_zh_cn_ca')


@builder
def k18():
    L = Letter(font='Arial', size=10)
    L.header('COMMONWEALTH SCHEME RELATING TO MUTUAL ASSISTANCE IN CRIMINAL MATTERS', footer='Form MA-1 (Kenya) – Request for assistance')
    L.p([('b', 'OFFICE OF THE DIRECTOR OF PUBLIC PROSECUTIONS – REPUBLIC OF KENYA'), ('br',),
         'International Cooperation and Mutual Legal Assistance Division', ('br',), 'NSSF Building, Nairobi'], align='center')
    L.p([('b', 'REQUEST FOR MUTUAL LEGAL ASSISTANCE (FORM MA-1)')], align='center')
    yes_no = lambda y, tag: ['Yes ', ('cb', y, tag + ' yes'), '   No ', ('cb', not y, tag + ' no')]
    rows = [
        ['1. Requesting State', [('tc', 'Republic of Kenya', 'Requesting State')]],
        ['2. Requested State', [('tc', 'Federal Republic of Nigeria – Central Authority: Federal Ministry of Justice, Abuja', 'Requested State')]],
        ['3. Scheme / treaty relied on', [('tc', 'Harare Scheme (as revised 2011); Mutual Legal Assistance (Criminal Matters) Act, No. 36 of 2011 (Kenya)', 'Legal basis')]],
        ['4. Authority conducting the investigation', [('tc', 'Directorate of Criminal Investigations (DCI), Banking Fraud Investigations Unit; investigating officer: Chief Inspector Mercy Wanjiru KAMAU, tel. +254 20 000 4417, mkamau@dci.example.ke', 'Investigating authority')]],
        ['5. Prosecutor responsible', [('tc', 'Senior Principal Prosecution Counsel Daniel Otieno OMONDI, ODPP, tel. +254 20 000 4418, d.omondi@odpp.example.ke', 'Prosecutor')]],
        ['6. Reference numbers', [('tc', 'DCI/BFIU/INQ/417/2026; ODPP/MLA/2026/0417', 'References')]],
        ['7. Person(s) concerned', [('tc', 'Chukwuemeka Ifeanyi OKAFOR, male, born 21 January 1986 in Onitsha, Nigerian national, Nigerian passport A00004417; last known address in Lekki, Lagos', 'Persons')]],
        ['8. Summary of facts', [('tc', 'Between February and June 2026, e-mails impersonating a Nairobi engineering supplier redirected payments of four Kenyan county governments to accounts opened in the name of "Kestrel Supplies Ltd" at a bank in Lagos. KES 186,400,000 (approx. USD 1.44 million) was paid. Bank records obtained in Kenya show the suspect\'s Nigerian passport was used to open the Lagos accounts, and he was recorded entering Kenya two days before the first fraudulent e-mail.', 'Facts')]],
        ['9. Offences, penalties and text of law', [('tc', 'Obtaining money by false pretences, s. 313 Penal Code (Cap. 63): imprisonment for three years; money laundering, s. 3 and 16 Proceeds of Crime and Anti-Money Laundering Act 2009: imprisonment up to fourteen years or a fine up to KES 5,000,000 or both. Full text at Schedule 1.', 'Offences')]],
        ['10. Assistance requested', [('tc', '(a) certified account-opening documents, KYC and statements of accounts of Kestrel Supplies Ltd (numbers in Schedule 2), 1 January–31 August 2026; (b) CCTV or records of the persons who withdrew cash at the branch on 12, 19 and 26 May 2026; (c) a statement from the branch account officer who opened the accounts.', 'Assistance')]],
        ['11. Relevance of each item', [('tc', '(a) shows where the KES 186.4m went and who controls the accounts; (b) identifies who physically received the cash; (c) confirms whether OKAFOR attended in person with his passport.', 'Relevance')]],
        ['12. Procedure / form of evidence', [('tc', 'Bank records certified under the Evidence Act of Nigeria (s. 89–90 certificate); the account officer\'s statement taken on oath or affirmation and signed; exhibits to be labelled and sealed.', 'Procedure')]],
        ['13. Urgency', yes_no(True, 'Urgent') + ['   Reason and date: see item 17']],
        ['14. Confidentiality required', yes_no(True, 'Confidential') + ['   Reason: the suspect is at large; disclosure to the account holder could lead to the withdrawal of remaining funds.']],
        ['15. Officials wish to be present', yes_no(True, 'Officials present') + ['   Chief Inspector M. W. KAMAU (item 4) – to identify the Kenyan transaction documents to be shown to the account officer.']],
        ['16. Previous contact on this matter', [('tc', 'See remarks (item 17).', 'Previous contact')]],
        ['17. Remarks', [('tc', 'On 9 October 2026 Chief Inspector KAMAU and Nigeria Police Force Interpol Lagos (Supt. A. Bello) exchanged messages on the identification of the account holder; it was agreed that bank records would be obtained only by formal request. This request is sent through the Central Authority only; no copy has been sent through the diplomatic channel. Urgency: the remaining balance (approx. NGN 112 million) is subject to a freezing order of the Federal High Court expiring on 15 January 2027; evidence needed by 5 January 2027 to support its extension.', 'Remarks')]],
        ['18. Acknowledgement', [('tc', 'Please complete and return the acknowledgement slip on page 2.', 'Acknowledgement')]],
    ]
    L.table([['Item', 'Particulars']] + rows, widths=[5, 11.5], header=True)
    L.p(['Signed: ', ('tc', 'Daniel Otieno OMONDI', 'Signatory'), ', for the Director of Public Prosecutions   Date: ',
         ('tc', '24 November 2026', 'Date')])
    L.page_break()
    L.p([('b', 'ACKNOWLEDGEMENT OF RECEIPT – Form MA-1'), ('br',),
         'Return to: International Cooperation and MLA Division, ODPP, Nairobi – mla@odpp.example.ke'], align='center')
    L.table([['Kenyan reference', 'ODPP/MLA/2026/0417'], ['Received by', [('tc', ' ', 'Received by')]],
             ['Date received', [('tc', ' ', 'Date received')]], ['Reference allocated', [('tc', ' ', 'Ref allocated')]],
             ['Officer handling and contact', [('tc', ' ', 'Handling officer')]]], widths=[6, 10.5])
    L.save('K18_en_harare_form_ke_ng')


@builder
def k20():
    L = Letter(font='Arial', size=10)
    L.header('MINISTÉRIO DA JUSTIÇA E SEGURANÇA PÚBLICA – DRCI/SENAJUS', footer='Formulário de Pedido de Auxílio Jurídico em Matéria Penal – versão 2026')
    L.p([('b', 'FORMULÁRIO DE PEDIDO DE AUXÍLIO JURÍDICO EM MATÉRIA PENAL'), ('br',), '(Pedido ativo – Brasil como Estado requerente)'],
        align='center')
    L.p(['Processo DRCI n.º ', ('tc', '08099.004417/2026-20', 'Processo DRCI'), '     Data: ', ('tc', '19/11/2026', 'Data')])
    sec = lambda t: [('b', t)]
    rows = [
        [sec('1. AUTORIDADE REQUERENTE'), [('tc', 'Juízo da 2.ª Vara Federal Criminal de Curitiba/PR – Juíza Federal Dra. Renata Albuquerque Fontes. Contato: secretaria, tel. +55 41 0000 4417, e-mail vfcrim02.cwb@jf.example.br', 'Autoridade requerente')]],
        [sec('2. ESTADO E AUTORIDADE REQUERIDOS'), [('tc', 'República Portuguesa – Procuradoria-Geral da República (Autoridade Central), Lisboa', 'Requerido')]],
        [sec('3. BASE JURÍDICA'), [('tc', 'Tratado de Auxílio Mútuo em Matéria Penal de 7 de maio de 1991 (promulgado pelo Decreto n.º 1.320/1994)', 'Base jurídica')]],
        [sec('4. PROCEDIMENTO'), [('tc', 'Ação Penal n.º 5004417-20.2026.4.04.7000 – fase: instrução', 'Procedimento')]],
        [sec('5. PESSOA INVESTIGADA / RÉ'), [('tc', 'Marcelo Augusto DIAS TEIXEIRA, brasileiro e português (dupla nacionalidade), nascido em 04/04/1971 em Curitiba/PR, CPF 000.004.417-00, passaporte português n.º C000441, residente em Cascais', 'Réu')]],
        [sec('6. RESUMO DOS FATOS'), [('tc', 'O réu, diretor financeiro da Construtora Araucária S.A., teria pago, entre 2019 e 2022, vantagens indevidas de R$ 14,2 milhões a servidores do Departamento de Estradas de Rodagem do Paraná para obter aditivos contratuais, por meio de contratos simulados de consultoria com a empresa portuguesa Atlântico Consultores, Lda. (Lisboa), que repassava os valores a contas de offshore.', 'Fatos')]],
        [sec('7. TIPIFICAÇÃO, PENA E TEXTO LEGAL'), [('tc', 'Corrupção ativa – art. 333 do Código Penal: "Oferecer ou prometer vantagem indevida a funcionário público, para determiná-lo a praticar, omitir ou retardar ato de ofício: Pena – reclusão, de 2 (dois) a 12 (doze) anos, e multa." Lavagem de dinheiro – art. 1.º da Lei 9.613/1998: reclusão de 3 a 10 anos e multa (texto integral no Anexo I).', 'Tipificação')]],
        [sec('8. MEDIDAS SOLICITADAS'), [('tc', 'a) Oitiva, como testemunha, de Joaquim Mendes RIBEIRO, sócio-gerente da Atlântico Consultores, Lda., sobre os serviços supostamente prestados à Construtora Araucária S.A.; b) obtenção dos documentos contabilísticos e faturas da Atlântico Consultores, Lda. relativos à Construtora Araucária S.A. (2019–2022); c) extratos da conta da Atlântico Consultores, Lda. no Banco Lusitano de Investimento, S.A. (IBAN no Anexo II) no mesmo período.', 'Medidas')]],
        [sec('9. PERTINÊNCIA'), [('tc', 'A oitiva (a) e os documentos (b) demonstrarão se houve prestação real de serviços ou mera simulação; os extratos (c) mostrarão o destino dos valores e permitirão identificar os servidores beneficiados.', 'Pertinência')]],
        [sec('10. PROCEDIMENTO ESPECIAL'), [('tc', 'Oitiva com compromisso de dizer a verdade, na presença de defensor do réu se este o indicar, com gravação audiovisual; documentos com certificação de autenticidade pela autoridade portuguesa.', 'Procedimento especial')]],
        [sec('11. PRESENÇA DE AUTORIDADES BRASILEIRAS'), ['Sim ', ('cb', True, 'Presença sim'), '  Não ', ('cb', False, 'Presença não'), ('br',),
            ('tc', 'Procurador da República Dr. Fábio Neves CORDEIRO (MPF/PR), que formulará perguntas complementares sobre os contratos que ele próprio analisou na fase de investigação.', 'Presença – quem e por quê')]],
        [sec('12. URGÊNCIA'), ['Sim ', ('cb', False, 'Urgência sim'), '  Não ', ('cb', True, 'Urgência não'), ('br',),
            ('tc', 'Réu solto; audiência de instrução ainda sem data.', 'Urgência – motivo')]],
        [sec('13. SIGILO'), ['Sim ', ('cb', False, 'Sigilo sim'), '  Não ', ('cb', True, 'Sigilo não'), ('br',),
            ('tc', 'Ação penal pública; réu já citado e ciente das provas requeridas.', 'Sigilo – motivo')]],
        [sec('14. OBSERVAÇÕES'), [('tc', 'Não houve contatos prévios com autoridades portuguesas sobre este caso, nem envio por outra via (Interpol, Eurojust ou via diplomática). O Brasil compromete-se a utilizar as provas apenas neste processo.', 'Observações')]],
        [sec('15. ANEXOS'), [('tc', 'I – Texto dos arts. 333 CP e 1.º Lei 9.613/1998; II – dados bancários; III – quesitos para a testemunha; IV – formulário de acusação de receção.', 'Anexos')]],
    ]
    L.table(rows, widths=[5, 11.5])
    L.p(['Renata Albuquerque Fontes', ('br',), 'Juíza Federal'], align='center')
    L.page_break()
    L.p([('b', 'ANEXO IV – ACUSAÇÃO DE RECEÇÃO'), ('br',), 'Devolver preenchido a: DRCI/SENAJUS – Ministério da Justiça e Segurança '
         'Pública, Brasília/DF – cooperacaopenal@mj.example.br'], align='center')
    L.table([['Referência brasileira', 'DRCI 08099.004417/2026-20'], ['Recebido por', [('tc', ' ', 'Recebido por')]],
             ['Data de receção', [('tc', ' ', 'Data de receção')]], ['Referência portuguesa', [('tc', ' ', 'Ref PT')]],
             ['Autoridade de execução / contacto', [('tc', ' ', 'Autoridade de execução')]]], widths=[6, 10.5])
    L.save('K20_pt_formulario_drci_br_pt')


@builder
def k22():
    L = Letter(font='Arial', size=10)
    L.header('CONFIDENTIEL – voir rubrique 13', footer='Parquet fédéral – Bruxelles – Réf. FD.35.98.000417/26')
    L.p([('b', 'PAGE DE GARDE – TRANSMISSION D\'UNE DEMANDE D\'ENTRAIDE JUDICIAIRE'), ('br',),
         'et ACCUSÉ DE RÉCEPTION à compléter et à renvoyer'], align='center')
    L.table([['Expéditeur', 'Parquet fédéral belge – Section criminalité informatique, rue aux Laines 00, 1000 Bruxelles'],
             ['Destinataire', 'Groupe d\'entraide internationale (GEI), ministère de la Justice du Canada, Ottawa'],
             ['Objet', 'Demande d\'entraide – rançongiciel contre le Centre hospitalier régional de Namur'],
             ['Nombre de pages', '4 (page de garde comprise) + annexes 1 à 3']], widths=[4.5, 12])
    L.p([('b', 'Accusé de réception'), ' (à renvoyer à fed.cyber@just.example.be)'])
    L.table([['Reçu par (autorité)', [('tc', ' ', 'Reçu par')]], ['Date de réception', [('tc', ' ', 'Date de réception')]],
             ['Numéro de dossier canadien', [('tc', ' ', 'Dossier canadien')]], ['Personne de contact', [('tc', ' ', 'Contact')]],
             ['Signature', '']], widths=[6, 10.5])
    L.p([('i', 'Note de couverture : la conservation des données visées en rubrique 8 a été demandée le 2 octobre 2026 par le point de '
               'contact 24/7 belge (FCCU) au point de contact 24/7 canadien (GRC, Centre national de coordination en '
               'cybercriminalité), qui l\'a confirmée le 3 octobre 2026 sous la référence NC3-2026-0417. La présente demande en '
               'constitue la suite annoncée. Elle n\'est transmise par aucune autre voie (ni Interpol, ni voie diplomatique).')])
    L.page_break()
    L.p([('b', 'FORMULAIRE DE DEMANDE D\'ENTRAIDE JUDICIAIRE EN MATIÈRE PÉNALE')], align='center')
    rows = [
        ['1. Autorité requérante', [('tc', 'M. Laurent DEWAELE, magistrat fédéral, Parquet fédéral, section criminalité informatique – tél. +32 2 000 44 17 – laurent.dewaele@just.example.be', 'Autorité requérante')]],
        ['2. Autorité chargée de l\'enquête', [('tc', 'Federal Computer Crime Unit (FCCU), Police judiciaire fédérale – commissaire Sofie PEETERS, tél. +32 2 000 44 18', 'Enquêteur')]],
        ['3. Fondement juridique', [('tc', 'Convention de Budapest (STE n° 185), art. 25, 29 et 31', 'Fondement')]],
        ['4. Référence', [('tc', 'FD.35.98.000417/26 – instruction n° 417/26 du juge d\'instruction de Namur', 'Référence')]],
        ['5. Faits', [('tc', 'Le 28 septembre 2026, le Centre hospitalier régional de Namur a été paralysé par le rançongiciel « NightQuill » ; 14 000 dossiers de patients ont été chiffrés et exfiltrés, et une rançon de 60 bitcoins a été exigée. L\'analyse de la FCCU montre que les données ont été exfiltrées vers un serveur virtuel (VPS) loué chez NorthPeak Hosting Inc., Montréal, adresse IP 198.51.100.44.', 'Faits')]],
        ['6. Personne soupçonnée', [('tc', 'Inconnue à ce stade ; le compte client du VPS est au nom de « Alex Morin », adresse électronique alexm@mail.example.net (probablement fictive).', 'Suspect')]],
        ['7. Infractions et peines', [('tc', 'Hacking (art. 550bis C. pén.) et sabotage informatique (art. 550ter) : emprisonnement de un à cinq ans (550bis §3) et de un à cinq ans, porté à dix ans en cas d\'empêchement du fonctionnement d\'un système critique (550ter §4) ; extorsion (art. 470) : réclusion de cinq à dix ans. Textes en annexe 1.', 'Infractions')]],
        ['8. Mesures demandées', [('tc', 'Obtenir de NorthPeak Hosting Inc. : a) les données d\'abonné du compte titulaire du VPS (nom, adresses, moyens de paiement, adresses IP de création et de connexion) ; b) les journaux de connexion au VPS du 1er septembre au 3 octobre 2026 ; c) une copie (image) du VPS conservé.', 'Mesures')]],
        ['9. Lien avec l\'enquête', [('tc', 'a) et b) permettent d\'identifier l\'auteur qui a loué et piloté le serveur d\'exfiltration ; c) contient les données volées des patients et les outils de l\'attaque, qui constituent la preuve matérielle de l\'exfiltration.', 'Lien')]],
        ['10. Formalités', [('tc', 'Copie du VPS avec calcul d\'empreinte (SHA-256) et procès-verbal de la chaîne de possession ; attestation du dépositaire des documents pour a) et b).', 'Formalités')]],
        ['11. Urgence', ['Oui ', ('cb', True, 'Urgence oui'), '  Non ', ('cb', False, 'Urgence non'), ('br',),
            ('tc', 'La conservation obtenue le 3 octobre 2026 expire le 1er février 2027 ; exécution souhaitée avant le 15 janvier 2027.', 'Urgence – motif')]],
        ['12. Présence d\'agents belges', ['Oui ', ('cb', False, 'Présence oui'), '  Non ', ('cb', True, 'Présence non')]],
        ['13. Confidentialité', ['Oui ', ('cb', True, 'Confidentialité oui'), '  Non ', ('cb', False, 'Confidentialité non'), ('br',),
            ('tc', 'L\'auteur utilise encore l\'infrastructure ; NorthPeak ne doit pas aviser son client. À défaut, merci de nous consulter avant exécution.', 'Confidentialité – motif')]],
        ['14. Engagements', [('tc', 'Les données ne seront utilisées qu\'aux fins de la présente procédure.', 'Engagements')]],
    ]
    L.table([['Rubrique', 'Renseignements']] + rows, widths=[4.5, 12], header=True)
    L.p(['Bruxelles, le 20 novembre 2026', ('br',), 'Laurent DEWAELE, magistrat fédéral'])
    L.p('Annexes : 1. Articles 470, 550bis et 550ter du Code pénal belge ; 2. rapport technique FCCU (extrait) ; 3. confirmation de conservation NC3-2026-0417.')
    L.save('K22_fr_page_de_garde_formulaire_be_ca')


@builder
def k10():
    L = Letter(rtl=True, font='Arial', size=11)
    L.header('نموذج طلب مساعدة قضائية في المسائل الجزائية – دول مجلس التعاون', footer='النيابة العامة الاتحادية – دولة الإمارات العربية المتحدة')
    L.p([('b', 'دولة الإمارات العربية المتحدة'), ('br',), 'النيابة العامة الاتحادية – نيابة الأموال العامة', ('br',), 'أبوظبي'],
        align='center')
    L.p([('b', 'نموذج طلب مساعدة قضائية')], align='center')
    rows = [
        ['١. الجهة الطالبة', [('tc', 'نيابة الأموال العامة – النيابة العامة الاتحادية؛ وكيل النيابة/ سالم خليفة الكعبي؛ هاتف ‎+971 2 000 4417‎؛ بريد إلكتروني: s.alkaabi@pp.example.ae', 'الجهة الطالبة')]],
        ['٢. الجهة المطلوب إليها', [('tc', 'النيابة العامة – المملكة العربية السعودية، الرياض', 'الجهة المطلوب إليها')]],
        ['٣. السند القانوني', [('tc', 'اتفاقية الإعلانات والإنابات القضائية لدول مجلس التعاون (1995)', 'السند')]],
        ['٤. رقم القضية', [('tc', '417 لسنة 2026 أموال عامة', 'رقم القضية')]],
        ['٥. بيانات المتهم', [('tc', 'فيصل عبدالعزيز المري، إماراتي الجنسية، مواليد 12/2/1980، رقم الهوية الإماراتية 784-1980-0004417-1، جواز سفر رقم P0004417', 'المتهم')]],
        ['٦. ملخص الوقائع', [('tc', 'قام المتهم بصفته مدير المشتريات في إحدى الهيئات الاتحادية خلال عامي 2024 و2025 بترسية عقود توريد على شركة "النخبة للتجهيزات" بالرياض مقابل عمولات بلغت 3.200.000 درهم أودعت في حساب شقيقه لدى أحد البنوك في المملكة.', 'الوقائع')]],
        ['٧. الوصف القانوني والعقوبة', [('tc', 'جريمة الرشوة – المادة 275 من قانون الجرائم والعقوبات الاتحادي: السجن المؤقت وغرامة تعادل ما طُلب أو قُبل', 'الوصف')]],
        ['٨. نص المادة القانونية', [('tc', 'غير مرفق', 'نص المادة')]],
        ['٩. المساعدة المطلوبة', [('tc', 'أ) كشوف حساب عبدالله عبدالعزيز المري لدى بنك الجزيرة العربية للاستثمار (رقم الحساب في المرفق) من 1/1/2024 حتى 31/12/2025؛ ب) سماع أقوال المدير العام لشركة "النخبة للتجهيزات" كشاهد.', 'المساعدة')]],
        ['١٠. صلة المساعدة بالقضية', [('tc', 'الكشوف تثبت وصول العمولات وتوقيتها مقارنة بتواريخ الترسية؛ وأقوال الشاهد تبين من طلب العمولة ومقابل أي عقود.', 'الصلة')]],
        ['١١. الإجراءات المطلوبة', [('tc', 'تصديق الكشوف من البنك، وتحليف الشاهد اليمين وتحرير محضر موقع.', 'الإجراءات')]],
        ['١٢. الاستعجال', ['نعم ', ('cb', True, 'مستعجل نعم'), '  لا ', ('cb', False, 'مستعجل لا'), ('br',),
            ('tc', 'المتهم موقوف احتياطياً.', 'سبب الاستعجال')]],
        ['١٣. السرية', ['نعم ', ('cb', True, 'سري نعم'), '  لا ', ('cb', False, 'سري لا'), ('br',),
            ('tc', 'حتى لا يتصرف شقيق المتهم في الأموال المودعة.', 'سبب السرية')]],
        ['١٤. اتصالات سابقة', [('tc', 'لا يوجد', 'اتصالات سابقة')]],
        ['١٥. ملاحظات', [('tc', 'ترغب النيابة في حضور وكيل النيابة سالم خليفة الكعبي والنقيب ماجد سعيد الظاهري (إدارة التحريات المالية) عند سماع أقوال الشاهد، لمواجهته بمستندات العقود التي لا تتوفر إلا باللغة العربية لدى الجهة الطالبة.', 'ملاحظات')]],
    ]
    L.table([['البند', 'البيان']] + rows, widths=[5, 11.5], header=True)
    L.p(['التوقيع: ', ('tc', 'سالم خليفة الكعبي – وكيل النيابة', 'التوقيع'), '   التاريخ: ', ('tc', '22/11/2026', 'التاريخ')])
    L.save('K10_ar_namudhaj_khaliji_ae_sa')


if __name__ == '__main__':
    for b in BUILDERS:
        b()
