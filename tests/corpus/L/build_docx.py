#!/usr/bin/env python
"""Author L: builds the Word letters of corpus2/L with python-docx + raw OOXML (lxml).
Mini-markup inside paragraph strings:
  [[fn:text]]      real footnote (footnotes.xml)
  [[ins:text]]     tracked insertion   [[del:text]] tracked deletion
  [[sdt:Tag|val]]  plain-text content control    [[cb:1]] / [[cb:0]] check-box content control
  **bold**         bold run          \n soft line break (w:br)
"""
import re, os
from docx import Document
from docx.shared import Pt, Cm
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.opc.part import XmlPart
from docx.opc.packuri import PackURI
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from xml.sax.saxutils import escape

W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
W14 = 'http://schemas.microsoft.com/office/word/2010/wordml'
NS = f'xmlns:w="{W}" xmlns:w14="{W14}"'
OUT = os.path.dirname(os.path.abspath(__file__))
SZ18 = '<w:sz w:val="18"/>'
TOKEN = re.compile(r'(\[\[(?:fn|ins|del|sdt|cb):.*?\]\]|\*\*.*?\*\*|\n)', re.S)


class Doc:
    def __init__(self, rtl=False, author='Registry', date='2026-11-20T09:00:00Z', font=None):
        self.d = Document()
        self.rtl, self.author, self.date = rtl, author, date
        self.fn_id, self.rev, self.sdt_id = 0, 100, 500
        self.fn_root = None
        st = self.d.styles['Normal']
        st.font.size = Pt(11)
        if font:
            st.font.name = font
            rpr = st.element.get_or_add_rPr()
            rf = rpr.find(qn('w:rFonts'))
            rf.set(qn('w:cs'), font)
        self._numbering()

    # ---------- numbering.xml ----------
    def _numbering(self):
        self.numel = self.d.part.numbering_part.element
        absxml = (f'<w:abstractNum {NS} w:abstractNumId="77"><w:multiLevelType w:val="multilevel"/>'
                  '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>'
                  '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>'
                  '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="' + ('arabicAbjad' if self.rtl else 'lowerLetter') + '"/><w:lvlText w:val="(%2)"/>'
                  '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1134" w:hanging="567"/></w:pPr></w:lvl>'
                  '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="(%3)"/>'
                  '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1701" w:hanging="567"/></w:pPr></w:lvl>'
                  '</w:abstractNum>')
        absel = parse_xml(absxml)
        existing = self.numel.findall(qn('w:abstractNum'))
        if existing:
            existing[-1].addnext(absel)
        else:
            self.numel.insert(0, absel)
        self.next_num = 300

    def new_list(self, start=1):
        self.next_num += 1
        nid = self.next_num
        self.numel.append(parse_xml(
            f'<w:num {NS} w:numId="{nid}"><w:abstractNumId w:val="77"/>'
            f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{start}"/></w:lvlOverride></w:num>'))
        self.cur_list = nid
        return nid

    # ---------- footnotes.xml ----------
    def _fnpart(self):
        if self.fn_root is None:
            xml = (f'<w:footnotes {NS}>'
                   '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                   '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
                   '</w:footnotes>')
            self.fn_root = parse_xml(xml)
            part = XmlPart(PackURI('/word/footnotes.xml'),
                           'application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml',
                           self.fn_root, self.d.part.package)
            self.d.part.relate_to(part, RT.FOOTNOTES)
        return self.fn_root

    def _rpr(self, extra=''):
        r = '<w:rtl/>' if self.rtl else ''
        return f'<w:rPr>{extra}{r}</w:rPr>' if (extra or r) else ''

    def _run(self, text, extra=''):
        return f'<w:r {NS}>{self._rpr(extra)}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'

    def _fill(self, p_el, text):
        for tok in TOKEN.split(text):
            if not tok:
                continue
            if tok == '\n':
                p_el.append(parse_xml(f'<w:r {NS}><w:br/></w:r>'))
            elif tok.startswith('**'):
                p_el.append(parse_xml(self._run(tok[2:-2], '<w:b/><w:bCs/>')))
            elif tok.startswith('[[fn:'):
                self.fn_id += 1
                root = self._fnpart()
                fnp = (f'<w:footnote {NS} w:id="{self.fn_id}"><w:p><w:pPr>{"<w:bidi/>" if self.rtl else ""}<w:rPr><w:sz w:val="18"/></w:rPr></w:pPr>'
                       f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>' +
                       self._run(" " + tok[5:-2], SZ18) + '</w:p></w:footnote>')
                root.append(parse_xml(fnp))
                p_el.append(parse_xml(f'<w:r {NS}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                                      f'<w:footnoteReference w:id="{self.fn_id}"/></w:r>'))
            elif tok.startswith('[[ins:'):
                self.rev += 1
                p_el.append(parse_xml(f'<w:ins {NS} w:id="{self.rev}" w:author="{escape(self.author)}" w:date="{self.date}">'
                                      f'{self._run(tok[6:-2])}</w:ins>'))
            elif tok.startswith('[[del:'):
                self.rev += 1
                p_el.append(parse_xml(f'<w:del {NS} w:id="{self.rev}" w:author="{escape(self.author)}" w:date="{self.date}">'
                                      f'<w:r>{self._rpr()}<w:delText xml:space="preserve">{escape(tok[6:-2])}</w:delText></w:r></w:del>'))
            elif tok.startswith('[[sdt:'):
                tag, val = tok[6:-2].split('|', 1)
                self.sdt_id += 1
                p_el.append(parse_xml(f'<w:sdt {NS}><w:sdtPr><w:alias w:val="{escape(tag)}"/><w:tag w:val="{escape(tag)}"/>'
                                      f'<w:id w:val="{self.sdt_id}"/><w:text/></w:sdtPr><w:sdtContent>{self._run(val)}</w:sdtContent></w:sdt>'))
            elif tok.startswith('[[cb:'):
                on = tok[5:-2].strip() == '1'
                self.sdt_id += 1
                ch = '\u2612' if on else '\u2610'
                p_el.append(parse_xml(
                    f'<w:sdt {NS}><w:sdtPr><w:id w:val="{self.sdt_id}"/><w14:checkbox><w14:checked w14:val="{1 if on else 0}"/>'
                    '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>'
                    f'</w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:hAnsi="MS Gothic" w:eastAsia="MS Gothic"/></w:rPr>'
                    f'<w:t>{ch}</w:t></w:r></w:sdtContent></w:sdt>'))
            else:
                p_el.append(parse_xml(self._run(tok)))

    def _bidi(self, p):
        if self.rtl:
            p._p.get_or_add_pPr().append(parse_xml(f'<w:bidi {NS}/>'))

    def p(self, text='', style=None, align=None, bold=False):
        p = self.d.add_paragraph(style=style)
        self._bidi(p)
        if align:
            from docx.enum.text import WD_ALIGN_PARAGRAPH as A
            p.alignment = {'c': A.CENTER, 'r': A.RIGHT, 'j': A.JUSTIFY, 'l': A.LEFT}[align]
        self._fill(p._p, f'**{text}**' if bold and text else text)
        return p

    def h(self, text):
        return self.p(text, bold=True)

    def n(self, text, level=0):
        """automatically numbered paragraph (numbering.xml), no number typed in the text"""
        p = self.d.add_paragraph()
        pPr = p._p.get_or_add_pPr()
        pPr.append(parse_xml(f'<w:numPr {NS}><w:ilvl w:val="{level}"/><w:numId w:val="{self.cur_list}"/></w:numPr>'))
        self._bidi(p)
        self._fill(p._p, text)
        return p

    def table(self, rows, widths=(6.0, 10.5), header=None):
        ncol = len(rows[0])
        t = self.d.add_table(rows=0, cols=ncol)
        t.style = 'Table Grid'
        if self.rtl:
            t._tbl.tblPr.append(parse_xml(f'<w:bidiVisual {NS}/>'))
        if header:
            rows = [header] + list(rows)
        for i, row in enumerate(rows):
            cells = t.add_row().cells
            for j, val in enumerate(row):
                c = cells[j]
                c.width = Cm(widths[j] if j < len(widths) else 4)
                paras = val if isinstance(val, list) else [val]
                first = True
                for ptxt in paras:
                    para = c.paragraphs[0] if first else c.add_paragraph()
                    first = False
                    self._bidi(para)
                    self._fill(para._p, f'**{ptxt}**' if (header and i == 0) else ptxt)
        self.d.add_paragraph()
        return t

    def header(self, text, footer=None):
        sec = self.d.sections[0]
        hp = sec.header.paragraphs[0]
        self._bidi(hp)
        self._fill(hp._p, text)
        if footer:
            fp = sec.footer.paragraphs[0]
            self._bidi(fp)
            self._fill(fp._p, footer)

    def save(self, name):
        self.d.save(os.path.join(OUT, name + '.docx'))
        print('saved', name)


LETTERS = []


def letter(fn):
    LETTERS.append(fn)
    return fn


@letter
def L01():
    d = Doc(author='Greffe JI Liège')
    d.header('CONFIDENTIEL — Entraide judiciaire pénale — Formulaire type PC-OC',
             'Cabinet du juge d\'instruction Delvaux — Liège — Dossier LI.37.98.1184/26 — Notice 26/118')
    d.p('CONSEIL DE L\'EUROPE — FORMULAIRE TYPE DE DEMANDE D\'ENTRAIDE JUDICIAIRE EN MATIÈRE PÉNALE', bold=True, align='c')
    d.p('(modèle élaboré par le Comité PC-OC — version complétée par l\'autorité requérante)', align='c')
    d.h('Partie A — Autorités')
    d.table([
        ('A.1 Autorité requérante', ['Tribunal de première instance de Liège — M. Marc DELVAUX, juge d\'instruction',
                                     'Palais de justice, place Saint-Lambert 16, 4000 Liège (Belgique)\nTél. +32 4 000 21 84 — courriel : ji.delvaux@just-liege.example.be']),
        ('A.2 Autorité requise', 'Ministère public de la République et canton de Genève, route de Chancy 6B, 1213 Petit-Lancy (Suisse) — copie à l\'Office fédéral de la justice, Unité Entraide judiciaire'),
        ('A.3 Personnes de contact de l\'autorité requérante', ['M. Marc DELVAUX, juge d\'instruction (voir A.1)',
                                                               'Mme Sophie RENARD, inspectrice principale, Office central pour la répression de la corruption (OCRC), Police judiciaire fédérale — tél. +32 2 000 47 12, sophie.renard@pjf-ocrc.example.be']),
        ('A.4 Contacts préalables', 'Entretien téléphonique du 3 novembre 2026 entre le juge d\'instruction et Mme Laure PITTET, procureure au Ministère public de Genève, qui a confirmé la compétence genevoise et suggéré de joindre le formulaire A de la banque s\'il est disponible.'),
        ('A.5 Transmission par d\'autres voies', [ '[[cb:1]] transmission directe (art. 15 § 1 de la Convention, tel que remplacé par l\'art. 4 du 2e Protocole)   [[cb:1]] copie par courriel à l\'OFJ',
                                                  '[[cb:0]] INTERPOL   [[cb:0]] voie diplomatique   [[cb:0]] Eurojust']),
    ])
    d.h('Partie B — Traitement de la demande')
    d.table([
        ('B.1 Urgence', ['[[cb:1]] Oui — délai souhaité : [[sdt:Délai|dans les 30 jours de la réception de la présente]]',
                         'Motif : voir C.1, dernier alinéa.']),
        ('B.2 Confidentialité', ['[[cb:1]] Oui', 'Le titulaire du compte et l\'ayant droit économique ne doivent pas être informés de la demande avant l\'exécution du blocage : une information prématurée permettrait le transfert immédiat des avoirs vers un pays tiers.']),
        ('B.3 Base juridique', 'Convention européenne d\'entraide judiciaire en matière pénale du 20 avril 1959 et son deuxième Protocole additionnel du 8 novembre 2001 ; Convention relative au blanchiment, au dépistage, à la saisie et à la confiscation des produits du crime du 8 novembre 1990 (STE n° 141) pour la mesure de blocage.'),
        ('B.4 Accusé de réception', '[[cb:1]] formulaire d\'accusé de réception joint (annexe 4), à retourner complété à l\'adresse figurant en A.1'),
    ])
    d.h('Partie C — Exposé des faits et infractions')
    d.table([
        ('C.1 Résumé des faits', ['Entre février 2024 et juin 2026, au moins 41 particuliers domiciliés en Belgique ont versé un total de 2 318 400 EUR à la société MOSALY TRADING SRL (BCE 0799.999.412), qui leur promettait un rendement mensuel garanti de 4 % sur des « placements en crypto-actifs ». Aucun investissement n\'a été réalisé ; les premiers investisseurs étaient rémunérés au moyen des versements des suivants.',
                                  'Le gérant, Didier VANHAMME, né le 14 mars 1979 à Verviers, de nationalité belge, carte d\'identité n° 592-0012345-67, domicilié rue des Vennes 280, 4020 Liège, a fait virer 1 140 000 EUR de la société vers le compte n° CH00 8999 9000 1234 5678 9 ouvert auprès de la Banque Lémanique Privée SA, Genève.',
                                  'D. VANHAMME est détenu sous mandat d\'arrêt depuis le 21 octobre 2026. La chambre du conseil statuera sur le maintien de sa détention le 18 décembre 2026 ; la démonstration du circuit des fonds est déterminante pour ce débat, ce qui explique le délai demandé en B.1.']),
        ('C.2 Qualification — dispositions — peines', ['Escroquerie : article 496 du Code pénal belge — emprisonnement d\'un mois à cinq ans et amende de 26 à 3 000 euros (majorés des décimes additionnels).',
                                                       'Blanchiment : article 505, alinéa 1er, 2° à 4°, du Code pénal — emprisonnement de quinze jours à cinq ans et amende de 26 à 100 000 euros.',
                                                       'Texte des dispositions : annexe 2.']),
    ])
    d.h('Partie D — Mesures demandées')
    d.table([
        ('Obtenir de la Banque Lémanique Privée SA, pour le compte CH00 8999 9000 1234 5678 9, la documentation d\'ouverture, le formulaire A, les relevés et avis de virement du 1er janvier 2024 à ce jour', 'Établir si D. VANHAMME est l\'ayant droit économique et retracer la destination des 1 140 000 EUR issus des investisseurs lésés'),
        ('Bloquer le solde du compte précité', 'Préserver les avoirs en vue de leur confiscation et de l\'indemnisation des 41 parties lésées'),
        ('Entendre comme témoin Mme Corinne AEBI, gestionnaire du compte auprès de la banque', 'Connaître les justifications économiques données par le client lors des virements entrants de 2024 et 2025, qui contredisent ses déclarations en Belgique'),
    ], widths=(9.0, 7.5), header=('Mesure (qui / quoi / où / période)', 'Utilité pour la procédure belge'))
    d.h('Partie E — Modalités d\'exécution et présence')
    d.table([
        ('E.1 Formalités', 'Documents bancaires certifiés conformes par la banque (attestation d\'authenticité signée). Témoin entendu après rappel de son droit de ne pas s\'incriminer ; procès-verbal signé par le témoin.'),
        ('E.2 Présence d\'agents de l\'État requérant', ['[[cb:1]] Oui — les personnes mentionnées en A.3 souhaitent assister à l\'audition de Mme AEBI.',
                                                         'Elles connaissent l\'ensemble des flux déjà analysés en Belgique et pourront suggérer au magistrat genevois des questions complémentaires sur des opérations précises.']),
        ('E.3 Langue', 'Demande rédigée en français, langue officielle du canton de Genève.'),
    ])
    d.h('Annexes')
    d.new_list()
    d.n('Copie du mandat d\'arrêt du 21 octobre 2026.')
    d.n('Texte des articles 496 et 505 du Code pénal belge.')
    d.n('Tableau des virements MOSALY TRADING SRL vers la Suisse (4 pages).')
    d.n('Accusé de réception à compléter et à renvoyer.')
    d.p('Fait à Liège, le 20 novembre 2026.\nLe juge d\'instruction,\n(s.) Marc DELVAUX')
    d.p('')
    d.h('Annexe 2 — Dispositions légales')
    d.p('Article 496 : « Quiconque, dans le but de s\'approprier une chose appartenant à autrui, se sera fait remettre ou délivrer ou aura tenté de se faire remettre ou délivrer des fonds, meubles, obligations, quittances, décharges, soit en faisant usage de faux noms ou de fausses qualités, soit en employant des manœuvres frauduleuses pour persuader l\'existence de fausses entreprises, d\'un pouvoir ou d\'un crédit imaginaire, pour faire naître l\'espérance ou la crainte d\'un succès, d\'un accident ou de tout autre événement chimérique, ou pour abuser autrement de la confiance ou de la crédulité, sera puni d\'un emprisonnement d\'un mois à cinq ans et d\'une amende de vingt-six euros à trois mille euros. »')
    d.p('Article 505, alinéa 1er : « Seront punis d\'un emprisonnement de quinze jours à cinq ans et d\'une amende de vingt-six euros à cent mille euros ou d\'une de ces peines seulement : […] 2° ceux qui auront acheté, reçu en échange ou à titre gratuit, possédé, gardé ou géré des choses visées à l\'article 42, 3°, alors qu\'ils connaissaient ou devaient connaître l\'origine de ces choses au début de ces opérations ; 3° ceux qui auront converti ou transféré des choses visées à l\'article 42, 3°, dans le but de dissimuler ou de déguiser leur origine illicite […]. »')
    d.h('Annexe 4 — Accusé de réception')
    d.table([
        ('Autorité requise / destinataire', ''),
        ('Référence interne attribuée', ''),
        ('Date de réception', ''),
        ('Magistrat / agent en charge (nom, tél., courriel)', ''),
        ('Signature et sceau', ''),
    ])
    d.p('À retourner par courriel à ji.delvaux@just-liege.example.be ou par poste à l\'adresse indiquée en A.1.')
    d.save('L01_fr_formulaire_pcoc_be_ch')

@letter
def L02():
    d = Doc(author='PGR-TL')
    d.header('REPÚBLICA DEMOCRÁTICA DE TIMOR-LESTE — MINISTÉRIO PÚBLICO — Procuradoria-Geral da República',
             'Formulário PGR/CJI-03 — Pedido de auxílio judiciário mútuo (versão 2025)')
    d.p('FORMULÁRIO DE PEDIDO DE AUXÍLIO JUDICIÁRIO MÚTUO EM MATÉRIA PENAL', bold=True, align='c')
    d.p('Autoridade Central — Gabinete de Cooperação Judiciária Internacional', align='c')
    d.table([
        ('1. Autoridade requerente', 'Ministério Público — Procuradoria da República do Distrito de Díli, Procurador Dr. Agostinho da Costa Ximenes. Morada: Rua de Caicoli, Edifício do Ministério Público, Díli, Timor-Leste.'),
        ('2. Autoridade requerida', 'Procuradoria-Geral da República de Portugal — Gabinete de Documentação e Direito Comparado / Autoridade Central, Lisboa'),
        ('3. N.º do processo', '[[sdt:Processo|NUC 0417/25.PDDIL]]'),
        ('4. Base jurídica', 'Convenção de Auxílio Judiciário em Matéria Penal entre os Estados Membros da Comunidade dos Países de Língua Portuguesa (Cidade da Praia, 23 de novembro de 2005); Convenção das Nações Unidas contra a Corrupção, artigo 46.º'),
        ('5. Contactos anteriores sobre o mesmo caso', 'Não houve.'),
        ('6. Transmissão por outras vias', '[[cb:1]] Cópia antecipada via Gabinete Nacional INTERPOL Díli   [[cb:0]] Via diplomática'),
        ('7. Urgência', '[[cb:0]] Urgente   [[cb:1]] Não urgente'),
        ('8. Confidencialidade', '[[cb:1]] Sim — o suspeito ainda não foi constituído arguido e desconhece a investigação; o conhecimento do pedido pelo banco cliente poderia levar à movimentação dos fundos.'),
        ('9. Factos', ['Entre março de 2023 e agosto de 2024, o suspeito Jacinto Soares GUTERRES, nascido em 02/09/1976 em Baucau, de nacionalidade timorense, passaporte n.º TL-P0099812, então Diretor de Aprovisionamento do Ministério das Obras Públicas, autorizou pagamentos de 1 870 000 USD à empresa Loro Matan Construções, Lda., por obras de reabilitação de estradas rurais que não foram executadas.',
                       'Cerca de 640 000 USD foram depois transferidos do Banco Comercial Lafaek, Díli (tel. +670 331 0000), para uma conta em nome do suspeito no Banco Atlântico Central, S.A., agência de Setúbal, Portugal (IBAN PT50 0000 0000 1234 5678 9012 3).']),
        ('10. Infrações', ['Peculato — artigo 295.º do Código Penal (Decreto-Lei n.º 19/2009): pena de prisão de 3 a 10 anos.',
                           'Branqueamento de capitais — artigo 313.º do Código Penal: pena de prisão de 4 a 12 anos.',
                           'Texto integral: ver anexo III.']),
        ('11. Diligências solicitadas', ['a) Informação bancária da conta PT50 0000 0000 1234 5678 9012 3: ficha de abertura, titulares e autorizados, extratos de 01/01/2023 até à data;',
                                        'b) Cópia dos documentos de suporte das transferências recebidas de Díli;',
                                        'c) Inquirição, como testemunha, do gestor de conta.']),
        ('12. Relação entre as diligências e a investigação', 'As diligências são necessárias para a investigação em curso e para o apuramento da verdade material.'),
        ('13. Formalidades', 'Documentação bancária certificada pela instituição; auto de inquirição assinado.'),
        ('14. Presença de autoridades de Timor-Leste', 'Não se pretende.'),
        ('15. Idioma', 'Português (língua oficial de ambos os Estados).'),
        ('16. Anexos', 'I — Despacho de abertura do inquérito; II — Relatório de auditoria da Câmara de Contas; III — Artigos 295.º e 313.º do Código Penal.'),
    ], widths=(5.0, 11.5))
    d.p('Agradece-se a confirmação da receção do presente pedido.')
    d.p('Díli, 14 de novembro de 2026\nO Procurador da República\n(assinatura) Agostinho da Costa Ximenes')
    d.save('L02_pt_formulario_autoridade_central_tl_pt')


@letter
def L03():
    d = Doc(author='ГП РК')
    d.header('Генеральная прокуратура Республики Казахстан — Комитет по правовой статистике и международному сотрудничеству',
             'Типовая форма запроса о правовой помощи по уголовным делам (государства — участники СНГ)')
    d.p('ЗАПРОС\nо правовой помощи по уголовному делу № 261500031000457', bold=True, align='c')
    d.p('(типовая форма, заполняется компетентным органом запрашивающей Стороны)', align='c')
    d.table([
        ('1. Запрашивающий орган', ['Следственный департамент Агентства Республики Казахстан по финансовому мониторингу, г. Астана, пр. Мангилик Ел, 8',
                                    'Следователь по особо важным делам подполковник экономических расследований Нурлан Беркутович САДЫКОВ, тел. +7 7172 00 45 18, эл. почта n.sadykov@afm-sd.example.kz']),
        ('2. Запрашиваемый орган', 'Генеральная прокуратура Республики Беларусь, г. Минск'),
        ('3. Основание', 'Конвенция о правовой помощи и правовых отношениях по гражданским, семейным и уголовным делам (Минск, 22 января 1993 г.), статьи 6, 8 и 17'),
        ('4. Предшествующие контакты', 'Контакты с компетентными органами Республики Беларусь по данному делу ранее не поддерживались.'),
        ('5. Направление по иным каналам', 'Запрос направляется только через Генеральную прокуратуру; по линии Интерпола и дипломатическим путём не дублируется.'),
        ('6. Срочность', ['[[cb:1]] срочно — просим исполнить до [[sdt:Срок|3 марта 2027 г.]]', 'Обоснование — см. п. 9, последний абзац.']),
        ('7. Конфиденциальность', 'Не требуется: обвиняемый задержан и ознакомлен с постановлением о привлечении в качестве обвиняемого.'),
        ('8. Уведомление о получении', '[[cb:1]] Прилагается бланк уведомления (приложение 3) — просим заполнить и вернуть по адресу п. 1.'),
        ('9. Обстоятельства дела', ['В период с января по октябрь 2025 года ЖУМАБЕКОВ Ерлан Сапарович, 12.05.1983 г.р., гражданин Республики Казахстан, ИИН 830512300000, паспорт № N09876543, действуя от имени ТОО «Дала Агро Экспорт», путём обмана получил от 14 сельхозпроизводителей предоплату за поставку минеральных удобрений на общую сумму 412 600 000 тенге. Удобрения не поставлены. Часть средств (эквивалент 318 000 долл. США) перечислена в адрес ООО «БелХимСнаб» (г. Гродно, УНП 590000000).',
                                     'Уголовное дело направляется в суд; предварительное слушание назначено на 3 марта 2027 г., после чего дополнение доказательств существенно затруднено.']),
        ('10. Квалификация', ['Часть 4 статьи 190 УК Республики Казахстан (мошенничество в особо крупном размере)[[fn:Статья 190 УК РК: «1. Мошенничество, то есть хищение чужого имущества или приобретение права на чужое имущество путем обмана или злоупотребления доверием […] 4. Мошенничество, совершенное: 1) преступной группой; 2) в особо крупном размере, — наказывается лишением свободы на срок от пяти до десяти лет с конфискацией имущества […]».]] — лишение свободы на срок от пяти до десяти лет с конфискацией имущества.']),
    ], widths=(5.0, 11.5))
    d.p('11. Запрашиваемые процессуальные действия и их значение для дела', bold=True)
    d.table([
        ('Истребовать в ООО «БелХимСнаб» договоры, счета-фактуры и товарно-транспортные накладные с ТОО «Дала Агро Экспорт» за 2025 г.', 'Проверить, была ли реальная закупка удобрений или договоры фиктивны (версия защиты — срыв поставки по вине белорусского поставщика)'),
        ('Получить выписку по счёту ООО «БелХимСнаб» в ОАО «Гродненский расчётный банк» за период 01.01.2025–31.12.2025', 'Установить, куда ушли 318 000 долл. США после поступления — возвращены ли они на подконтрольные обвиняемому счета'),
        ('Допросить в качестве свидетеля директора ООО «БелХимСнаб» ЛАВРИНОВИЧА Павла Игоревича', 'Подтвердить или опровергнуть показания обвиняемого о якобы сорванной поставке'),
    ], widths=(8.5, 8.0), header=('Действие', 'Для чего необходимо'))
    d.table([
        ('12. Порядок исполнения', 'Свидетеля допросить с разъяснением ст. 56 УПК РК (приложение 2) и предупреждением об ответственности по законодательству Республики Беларусь; копии документов заверить печатью организации.'),
        ('13. Участие представителей запрашивающей Стороны', 'В участии казахстанских следователей при исполнении запроса необходимости нет.'),
        ('14. Язык', 'Русский (ст. 17 Минской конвенции).'),
        ('15. Приложения', '1) постановление о производстве выемки; 2) ст. 56 УПК РК; 3) бланк уведомления о получении.'),
    ], widths=(5.0, 11.5))
    d.p('Приложение 3. УВЕДОМЛЕНИЕ О ПОЛУЧЕНИИ ЗАПРОСА', bold=True)
    d.table([('Наименование органа, получившего запрос', ''), ('Дата получения / вх. №', ''), ('Исполнитель (Ф.И.О., тел.)', ''), ('Подпись', '')])
    d.p('Вернуть: 010000, г. Астана, пр. Мангилик Ел, 8, Следственный департамент АФМ, n.sadykov@afm-sd.example.kz')
    d.p('Следователь по ОВД Н.Б. Садыков        25 ноября 2026 г.\nСОГЛАСОВАНО: заместитель Генерального прокурора Республики Казахстан')
    d.save('L03_ru_tipovaya_forma_sng_kz_by')

@letter
def L04():
    d = Doc(author='FGN-DAI')
    d.header('FISCALÍA GENERAL DE LA NACIÓN — Dirección de Asuntos Internacionales — Colombia',
             'Formato FGN-DAI-F-07 Solicitud de asistencia judicial — Rev. 04')
    d.p('SOLICITUD DE ASISTENCIA JUDICIAL EN MATERIA PENAL — FORMATO ÚNICO', bold=True, align='c')
    d.table([
        ('1.1 Autoridad requirente', 'Fiscalía 14 Especializada contra el Narcotráfico, Dirección Especializada contra el Narcotráfico, Bogotá D.C. — Fiscal Luz Marina OSPINA RESTREPO'),
        ('1.2 Teléfono / correo', '+57 601 000 2040 ext. 3321 / luz.ospina@fiscalia-dean.example.co'),
        ('1.3 Autoridad requerida', 'Ministerio de Justicia de España — Subdirección General de Cooperación Jurídica Internacional'),
        ('1.4 Radicado', '[[sdt:Radicado|110016000000202600318]]'),
        ('2.1 Fundamento jurídico', 'Convenio de cooperación judicial en materia penal entre la República de Colombia y el Reino de España (Madrid, 29 de mayo de 1997); Convención de las Naciones Unidas contra el Tráfico Ilícito de Estupefacientes y Sustancias Sicotrópicas (Viena, 1988), art. 7'),
        ('2.2 Contactos previos', 'Sí — ver 6.3'),
        ('2.3 Otras vías de transmisión', 'N/A'),
        ('3.1 Urgente', 'Sí — ver 4.2'),
        ('3.2 Reserva / confidencialidad', 'Sí. Ver 4.3'),
        ('3.3 Acuse de recibo', 'Sí, por favor.'),
        ('4.1 Hechos', ['La investigación versa sobre una red que, entre 2025 y 2026, habría exportado clorhidrato de cocaína oculto en cargamentos de aguacate desde el puerto de Buenaventura hacia el puerto de Algeciras. El 9 de septiembre de 2026 la Policía Nacional incautó 1.140 kg en el contenedor MSKU0000000, consignado a la sociedad española FRUTAS DEL ESTRECHO 2019 S.L. (CIF B00000000).',
                        'Se investiga a Hernán Darío CALLE VÉLEZ como coordinador de los envíos y a un socio español conocido como "el Andaluz".']),
        ('4.2 Motivo de la urgencia', 'El término de la investigación vence el 15 de enero de 2027 (art. 175 Ley 906 de 2004); se requiere la respuesta antes del 20 de diciembre de 2026.'),
        ('4.3 Motivo de la reserva', 'Reserva de la actuación (art. 212B Ley 906 de 2004): el socio español no está identificado y podría destruir evidencia si se entera.'),
        ('5.1 Delitos', ['Tráfico, fabricación o porte de estupefacientes — art. 376 inc. 1 Código Penal (Ley 599 de 2000): prisión de 128 a 360 meses y multa de 1.334 a 50.000 SMMLV.',
                         'Concierto para delinquir agravado — art. 340 inc. 2 C.P.: prisión de 96 a 216 meses.']),
        ('5.2 Texto de las normas', 'No se adjunta.'),
        ('6.1 Asistencia solicitada', ['a) Datos registrales y cuentas anuales de FRUTAS DEL ESTRECHO 2019 S.L. (2024–2026): socios, administradores, domicilio;',
                                       'b) Identificación completa de su administrador único (nombre, documento nacional de identidad, fecha de nacimiento, domicilio);',
                                       'c) Documentación aduanera de las importaciones de aguacate desde Buenaventura, 01/01/2025 – 30/09/2026.']),
        ('6.2 Pertinencia', 'a) y b): identificar al "Andaluz", receptor de la carga; c): establecer cuántos envíos previos sirvieron para el mismo fin y su peso declarado.'),
        ('6.3 Contactos previos (detalle)', 'Reunión de la fiscal con el Magistrado de enlace de España en Bogotá el 28 de octubre de 2026, quien sugirió remitir la solicitud por esta vía.'),
        ('7.1 Procedimiento especial', 'Ver anexo 2.'),
        ('7.2 Presencia de funcionarios colombianos', 'No.'),
        ('8. Idioma', 'Español'),
        ('9. Anexos', '1 — Acta de incautación; 2 — Requisitos de cadena de custodia'),
    ], widths=(5.0, 11.5))
    d.p('Anexo 2 — Cadena de custodia', bold=True)
    d.p('Los documentos deberán remitirse en copia certificada por el Registro Mercantil y por la Agencia Estatal de Administración Tributaria, con indicación del funcionario que los expide, para su incorporación como evidencia conforme al Manual de Cadena de Custodia de la Fiscalía.')
    d.p('Bogotá D.C., 17 de noviembre de 2026\nLuz Marina Ospina Restrepo\nFiscal 14 Especializada — DEAN')
    d.save('L04_es_formulario_respuestas_cortas_co_es')


@letter
def L05():
    d = Doc(author='DACG Dakar', date='2026-11-23T10:12:00Z')
    d.header('RÉPUBLIQUE DU SÉNÉGAL — Un Peuple – Un But – Une Foi — MINISTÈRE DE LA JUSTICE',
             'Direction des Affaires criminelles et des Grâces — Bureau de l\'entraide pénale internationale — Fiche DACG/EPI-2')
    d.p('FICHE DE DEMANDE D\'ENTRAIDE JUDICIAIRE INTERNATIONALE EN MATIÈRE PÉNALE', bold=True, align='c')
    d.table([
        ('Autorité requérante', ['Pool judiciaire financier — Cabinet du juge d\'instruction n° 2, Tribunal de grande instance hors classe de Dakar',
                                 'Juge : Mme Aminata DIOP NDIAYE — tél. +221 33 000 12 40 — courriel : pjf.cabinet2@justice-senegal.example.sn']),
        ('Autorité requise', 'Ministère de la Justice de la République française — Direction des affaires criminelles et des grâces, Bureau de l\'entraide pénale internationale (BEPI), Paris'),
        ('Fondement', 'Convention de coopération en matière judiciaire entre la République française et la République du Sénégal du 29 mars 1974 ; Convention des Nations Unies contre la corruption (Mérida, 2003), article 46'),
        ('Contacts préalables', 'Il n\'a été pris, à ce stade de la procédure, aucun contact préalable avec les autorités judiciaires françaises.'),
        ('Autres voies', 'La demande n\'est adressée par aucune autre voie[[del: (copie INTERPOL Dakar)]][[ins: ; aucune copie n\'est transmise par INTERPOL ni par la voie diplomatique]].'),
        ('Délai', 'La réponse est souhaitée avant l\'audience de la Chambre d\'accusation financière du 3 mars 2027.'),
        ('Confidentialité', 'Requise : des complices présumés résidant en France n\'ont pas encore été entendus et pourraient se concerter.'),
        ('Accusé de réception', 'Fiche de retour jointe en dernière page.'),
    ], widths=(4.5, 12.0))
    d.p('Exposé des faits', bold=True)
    d.p('Courant 2022 et 2023, le sieur Ousmane Baye FALL, né le 7 juillet 1971 à Thiès (Sénégal), de nationalité sénégalaise, titulaire du passeport n° A00123456, alors directeur administratif et financier de l\'Agence nationale des pistes rurales (ANPR), a fait payer à la société SAHEL BTP CONSEIL SARL [[del:onze]][[ins:treize]] factures fictives d\'un montant cumulé de 1 912 000 000 FCFA (environ 2,9 millions d\'euros). Une partie des fonds a servi à l\'acquisition, le 14 avril 2023, d\'un appartement situé 18 rue des Tanneurs, 69007 Lyon, au nom de son épouse Mme Khady SECK.')
    d.p('L\'inculpé, placé sous mandat de dépôt le 2 juin 2026, sera renvoyé devant la Chambre d\'accusation financière, dont l\'audience est fixée au 3 mars 2027 ; passé cette date, les éléments recueillis à l\'étranger ne pourront plus être discutés contradictoirement avant le règlement, d\'où le délai indiqué ci-dessus.')
    d.p('Qualification et textes', bold=True)
    d.p('Détournement de deniers publics, article 152 du Code pénal : « Tout fonctionnaire public, tout agent ou préposé d\'une administration publique, qui aura détourné ou soustrait des deniers publics ou privés […] qui étaient entre ses mains en vertu de ses fonctions, sera puni des travaux forcés à temps lorsque les choses détournées ou soustraites sont d\'une valeur supérieure à 1 000 000 de francs. » En application de la loi n° 2020-05, la peine encourue est de cinq à dix ans d\'emprisonnement.')
    d.p('Blanchiment de capitaux, articles 7 et 37 de la loi n° 2024-08 relative à la lutte contre le blanchiment de capitaux : « Est puni d\'un emprisonnement de trois à sept ans et d\'une amende égale au triple de la valeur des biens ou des fonds sur lesquels ont porté les opérations de blanchiment, quiconque […] ». ')
    d.p('Actes sollicités et utilité', bold=True)
    d.new_list()
    d.n('Obtenir auprès de l\'office notarial ayant reçu l\'acte de vente du 14 avril 2023 (Me Lucien PERRET, Lyon) copie de l\'acte et de la justification de l\'origine des fonds, afin d\'établir que le prix a été réglé au moyen des paiements de l\'ANPR.')
    d.n('Obtenir de la banque du notaire les ordres de virement reçus pour cette vente, pour rattacher les fonds aux comptes de SAHEL BTP CONSEIL.')
    d.n('Entendre Mme Khady SECK, née le 3 février 1980 à Dakar, en qualité de témoin sur le financement de l\'acquisition, afin de savoir si elle est une simple prête-nom.')
    d.n('Procéder à la saisie pénale immobilière de l\'appartement, en vue d\'une confiscation future.')
    d.p('Formes requises : audition de Mme SECK par procès-verbal signé, après notification de son droit à l\'assistance d\'un avocat ; copies certifiées conformes.')
    d.p('Présence : l\'autorité requérante s\'en remet entièrement aux autorités françaises pour l\'exécution et ne dépêchera ni magistrat ni enquêteur.')
    d.p('La présente demande est rédigée en langue française, langue officielle des deux États.')
    d.p('Dakar, le 23 novembre 2026 — Le juge d\'instruction, Aminata DIOP NDIAYE — Vu et transmis : le Directeur des Affaires criminelles et des Grâces')
    d.p('FICHE DE RETOUR — ACCUSÉ DE RÉCEPTION (à compléter et à renvoyer)', bold=True)
    d.table([('Service destinataire', ''), ('N° d\'enregistrement', ''), ('Reçu le', ''), ('Magistrat chargé de l\'exécution', ''), ('Observations', '')])
    d.p('Retour : DACG — Bureau de l\'entraide pénale internationale, Building administratif Mamadou Dia, Dakar — entraide.penale@justice-senegal.example.sn')
    d.save('L05_fr_formulaire_autorite_centrale_sn_fr')

@letter
def L06():
    d = Doc(author='SGCJI', date='2026-11-26T12:40:00Z')
    d.header('MINISTERIO DE JUSTICIA — Subdirección General de Cooperación Jurídica Internacional',
             'Modelo SGCJI-CR/P — Comisión rogatoria en materia penal (salida)')
    d.p('COMISIÓN ROGATORIA INTERNACIONAL EN MATERIA PENAL — MODELO NORMALIZADO', bold=True, align='c')
    d.table([
        ('Órgano requirente', 'Juzgado Central de Instrucción n.º 3 de la Audiencia Nacional, calle García Gutiérrez 1, 28004 Madrid — Magistrado-Juez Ilmo. Sr. D. Fernando ALCÁZAR MOLINA\nTel. 91 000 73 30 — jcinstruccion3@justicia-an.example.es'),
        ('Estado y autoridad requeridos', 'República Argentina — Ministerio de Relaciones Exteriores, Comercio Internacional y Culto, Dirección de Asistencia Jurídica Internacional'),
        ('Procedimiento', 'Diligencias Previas 77/2026'),
        ('Base jurídica', 'Tratado de asistencia judicial en materia penal entre el Reino de España y la República Argentina, hecho en Buenos Aires el 3 de marzo de 1987'),
        ('Carácter', '[[cb:1]] ordinario   [[cb:0]] urgente'),
        ('Contactos previos', 'No se ha mantenido ningún contacto previo con autoridades argentinas en relación con este procedimiento.'),
        ('Remisión por otras vías', 'Copia adelantada a través de la red IberRed (punto de contacto de Argentina) el 26/11/2026.'),
    ], widths=(4.5, 12.0))
    d.p('Hechos', bold=True)
    d.p('Se investiga una estructura dedicada a la captación de inversores en España para la adquisición de participaciones en supuestas explotaciones de litio en la provincia de Catamarca. Entre 2023 y 2025, unos 230 perjudicados transfirieron 6,4 millones de euros a la mercantil LITIO ANDINO INVERSIONES S.A. Los fondos habrían sido desviados a cuentas en Buenos Aires controladas por el investigado Martín Ezequiel ROLDÁN, administrador de hecho de la sociedad.')
    d.p('Delitos', bold=True)
    d.p('Estafa agravada, artículos 248 y 250.1.5.º del Código Penal (prisión de uno a seis años y multa de seis a doce meses); [[del:blanchiment, ]]blanqueo de capitales, artículo 301.1 del Código Penal (prisión de seis meses a seis años y multa del tanto al triplo). Se acompaña el texto de los preceptos como Anexo III (confidencial).')
    d.p('Diligencias interesadas', bold=True)
    d.new_list()
    d.n('Información de la Inspección General de Justicia sobre LITIO ANDINO S.R.L. (CUIT 30-00000000-0): socios, gerentes y estados contables 2022–2025.')
    d.n('Extractos de las cuentas abiertas a nombre de Martín Ezequiel ROLDÁN o de dicha sociedad en el Banco del Plata Austral S.A., sucursal Microcentro, desde el 1 de enero de 2023.')
    d.n('Declaración testifical de la contadora de la sociedad, Sra. Verónica PAZ.')
    d.p('La práctica de las diligencias resulta necesaria para el buen fin de la investigación y el esclarecimiento de los hechos.')
    d.p('Formalidades: las declaraciones se documentarán en acta firmada; los documentos bancarios se remitirán autenticados.')
    d.p('[[del:Se interesa que el Inspector de la UDEF D. Álvaro Ruiz pueda asistir a la declaración de la Sra. Paz, por conocer la documentación contable incautada en España.]]')
    d.p('Esta comisión rogatoria se extiende en español, idioma común de ambos Estados.')
    d.p('En Madrid, a 26 de noviembre de 2026.\nEl Magistrado-Juez, Fernando Alcázar Molina — La Letrada de la Administración de Justicia')
    d.p('ANEXO III (confidencial) — Texto de los preceptos', bold=True)
    d.p('Artículo 248.1 CP: «Cometen estafa los que, con ánimo de lucro, utilizaren engaño bastante para producir error en otro, induciéndolo a realizar un acto de disposición en perjuicio propio o ajeno.»')
    d.p('Artículo 301.1 CP: «El que adquiera, posea, utilice, convierta, o transmita bienes, sabiendo que éstos tienen su origen en una actividad delictiva, cometida por él o por cualquiera tercera persona, o realice cualquier otro acto para ocultar o encubrir su origen ilícito, o para ayudar a la persona que haya participado en la infracción o infracciones a eludir las consecuencias legales de sus actos, será castigado con la pena de prisión de seis meses a seis años y multa del tanto al triplo del valor de los bienes.»')
    d.save('L06_es_formulario_nacional_es_ar')

@letter
def L07():
    d = Doc(author='Translator')
    d.header('REPUBLIC OF ANGOLA — OFFICE OF THE ATTORNEY GENERAL OF THE REPUBLIC (PGR) — Directorate of International Exchange',
             'Translation from Portuguese — sworn translator Helena M. Kiala, Luanda, reg. no. TJ-0457')
    d.p('Official Letter no. 2291/DIIC/PGR/2026\nLuanda, 19 November 2026', align='r')
    d.p('To: United Kingdom Central Authority (UKCA), Home Office, 2 Marsham Street, London SW1P 4DF, United Kingdom')
    d.p('Subject: REQUEST OF MUTUAL LEGAL ASSISTANCE IN CRIMINAL MATTER — Process no. 0318/25-DNIAP (Inquiry of embezzlement and money laundering)', bold=True)
    d.p('Excellencies,')
    d.new_list()
    d.n('The Attorney General Office of the Republic of Angola, through the National Directorate of Investigation and Penal Action (DNIAP), presents its compliments and has the honour to request to the competent authorities of the United Kingdom of Great Britain and Northern Ireland the assistance described below, within the framework of the United Nations Convention against Corruption (Merida, 2003), article 46, of which Angola and the United Kingdom are Parties, and of Law no. 13/15 of 19 June, on International Judicial Cooperation in Penal Matter.')
    d.p('I. REQUESTING AUTHORITY', bold=True)
    d.n('The request is made by the Magistrate of Public Ministry Dr. Adelino Bento CAMUNDA, Deputy Attorney General, DNIAP, Rua 17 de Setembro, Luanda. Telephone: +244 222 000 518; e-mail: a.camunda@pgr-dniap.example.ao. Second contact: Investigator Ms. Rosa Nzinga MATETA, Criminal Investigation Service (SIC), +244 923 000 771, r.mateta@sic-angola.example.ao.')
    d.n('It was not maintained any previous contact with British authorities about this process. The present request is not sent through other ways (Interpol, diplomatic channel or other) and it is the only one.')
    d.p('II. SUMMARY OF THE FACTS', bold=True)
    d.n('Between January 2021 and December 2023, the suspect Mr. Januário Kassoma DOMINGOS, born on 11 October 1968 in Malanje, Angolan nationality, holder of the Angolan passport no. N0000471 and of the identity card no. 000123456LA041, exercising the functions of Administrator for Finance of the public company ENCOMAR — Empresa Nacional de Combustíveis Marítimos, E.P., ordered 37 payments, in total of USD 14,200,000, to the company Blue Harbour Marine Services Ltd, registered in England and Wales (company number 00000001), for supply of vessel fuel that was never delivered.')
    d.n('The audit of the General Inspection of State (IGAE) verified that Blue Harbour Marine Services Ltd has as sole director and shareholder Mr. Paulo Sérgio DOMINGOS, born on 2 May 1994, son of the suspect, student in London. From the account of Blue Harbour at Thameside Commercial Bank plc, London (sort code 00-00-00, account 00012345), amounts of about GBP 3,100,000 were used to acquire the residential property at 14 Lindenmere Gardens, London NW3 (title number NGL000000).')
    d.p('III. OFFENCES', bold=True)
    d.n('The facts constitute the crimes of embezzlement (peculato), article 362 of the Penal Code approved by Law no. 38/20 of 11 November[[fn:Article 362 (1) of the Angolan Penal Code: "The public official who illegitimately appropriates, for himself or for another person, money or any movable thing, public or private, which was delivered to him, is in his possession or is accessible to him by reason of his functions, is punished with imprisonment from 2 to 8 years, if a more severe penalty does not correspond by other legal disposition." (2): "If the value is considerably high, the penalty is imprisonment from 3 to 12 years."]], punished with imprisonment from 3 to 12 years for considerably high value, and of money laundering, article 82 of Law no. 5/20 of 27 January (Law of Prevention and Combat of Money Laundering)[[fn:Article 82 (1) of Law no. 5/20: "Whoever converts, transfers, assists or facilitates any operation of conversion or transfer of advantages, obtained by himself or a third party, directly or indirectly, with the purpose to dissimulate their illicit origin, or to avoid that the author or participant of such infractions is criminally prosecuted or submitted to a reaction, is punished with imprisonment from 2 to 12 years."]], punished with imprisonment from 2 to 12 years.')
    d.p('IV. ASSISTANCE REQUESTED', bold=True)
    d.n('The Angolan authorities request:')
    d.n('copy of the account opening documents, mandate and statements of the account of Blue Harbour Marine Services Ltd at Thameside Commercial Bank plc, for the period 1 January 2021 to 31 December 2024 — with this it will be possible to follow the USD 14.2 million paid by ENCOMAR until the final beneficiaries;', level=1)
    d.n('certified copy of the register of title and of the transfer documents (TR1) of the property at 14 Lindenmere Gardens, and the conveyancer file identifying the source of the purchase money — for the confiscation of the property as product of the crime;', level=1)
    d.n('witness statement of Mr. Paulo Sérgio DOMINGOS about the activity of the company and the origin of the funds, since he is the formal owner but, according to the evidence, never carried any commercial activity;', level=1)
    d.n('restraint of the property, in view of future confiscation order of the Angolan court.', level=1)
    d.p('V. PROCEDURES AND PRESENCE', bold=True)
    d.n('The bank documents should be accompanied by a certificate of a bank officer confirming they are records made in the ordinary course of business, in order to be admissible in the Angolan court. The statement should be taken in presence of a lawyer if the witness so wishes, with the warning that he may refuse to answer questions that can incriminate him or his father (article 171 of the Angolan Code of Penal Procedure).')
    d.n('The Magistrate and the Investigator indicated in paragraph 2 would like to be present at the taking of the statement. The reason is that they know the 37 payment orders and the IGAE audit in detail and can assist the British officer to put the relevant questions.')
    d.p('VI. URGENCY AND CONFIDENTIALITY', bold=True)
    d.n('This request does not have character of urgency.')
    d.n('Confidentiality is requested: the suspect is still in functions in another public company and was not yet notified as arguido; if he knows about the request he can transfer the property or the remaining funds.')
    d.p('VII. FINAL', bold=True)
    d.n('The original is in Portuguese; the present English translation is certified by sworn translator (see footer and certificate annexed). The Republic of Angola thanks the cooperation and expresses its highest consideration.')
    d.p('Annexes: (A) certificate of translation; (B) IGAE audit report, extract; (C) acknowledgement of receipt form — to be completed and returned to the e-mail in paragraph 2.')
    d.p('Adelino Bento Camunda\nDeputy Attorney General of the Republic')
    d.p('Annex C — ACKNOWLEDGEMENT OF RECEIPT', bold=True)
    d.table([('Received by (authority)', ''), ('Date of receipt', ''), ('UK reference', ''), ('Officer in charge / contact', '')], widths=(6, 10.5))
    d.p('Please return to: a.camunda@pgr-dniap.example.ao — PGR/DNIAP, Rua 17 de Setembro, Luanda, Angola.')
    d.save('L07_en_translated_pt_ao_gb')

@letter
def L13():
    d = Doc(author='СУ СК России по Краснодарскому краю', date='2026-11-24T15:05:00Z')
    d.header('СЛЕДСТВЕННЫЙ КОМИТЕТ РОССИЙСКОЙ ФЕДЕРАЦИИ — Главное следственное управление по Краснодарскому краю',
             'Исх. № 201/3-2-77-26 от 24.11.2026')
    d.p('Генеральная прокуратура Республики Армения\n0010, г. Ереван, ул. В. Вагаршяна, 5', align='r')
    d.p('ЗАПРОС\nо правовой помощи по уголовному делу № 12602030001000045', bold=True, align='c')
    d.p('В производстве следственного отдела по Центральному округу г. Краснодар ГСУ СК России по Краснодарскому краю (350000, г. Краснодар, ул. Красноармейская, 1; тел. +7 861 000 94 12; эл. почта so-centr@krd-sk.example.ru) находится уголовное дело № 12602030001000045, возбуждённое 3 августа 2026 г. по признакам преступления, предусмотренного ч. 3 ст. 159 УК РФ.')
    d.p('Руководствуясь Конвенцией о правовой помощи и правовых отношениях по гражданским, семейным и уголовным делам от 22 января 1993 г. и Протоколом к ней от 28 марта 1997 г., прошу оказать правовую помощь.')
    d.p('Обстоятельства дела', bold=True)
    d.p('В период с 10 марта по 30 июня 2026 г. Арутюнян Гор Ашотович, действуя от имени ООО «Кубань-Строй-Ресурс», получил от ООО «ЮгАгроТерминал» предоплату в размере 9 450 000 рублей за поставку строительной арматуры из Республики Армения. Поставка не осуществлена, денежные средства перечислены на счёт ООО «Арарат Метал Трейд» (г. Ереван) в ЗАО «Ереванский торговый банк», после чего Арутюнян Г.А. выехал за пределы Российской Федерации.')
    d.p('Квалификация', bold=True)
    d.p('Часть 3 статьи 159 УК РФ — мошенничество, совершённое в крупном размере; наказывается лишением свободы на срок до шести лет со штрафом в размере до восьмидесяти тысяч рублей либо без такового. Выписка из УК РФ прилагается.')
    d.p('Прошу', bold=True)
    d.new_list()
    d.n('Истребовать в ЗАО «Ереванский торговый банк» сведения о движении денежных средств по счетам ООО «Арарат Метал Трейд» за период с 01.03.2026 по 31.10.2026 с указанием контрагентов.')
    d.n('Установить и допросить в качестве свидетеля руководителя ООО «Арарат Метал Трейд» об основаниях получения денежных средств от ООО «Кубань-Строй-Ресурс».')
    d.n('Установить место нахождения Арутюняна Г.А. на территории Республики Армения.')
    d.p('Исполнение указанных действий необходимо для всестороннего, полного и объективного расследования уголовного дела.')
    d.p('Допрос свидетеля прошу провести с разъяснением ему ст. 51 Конституции Российской Федерации и ст. 56 УПК РФ; протокол допроса и полученные документы заверить гербовой печатью.')
    d.p('Участие представителей российской стороны при исполнении запроса не планируется.')
    d.p('Прошу исполнить запрос в возможно короткий срок.[[del: Срок содержания под стражей соучастника истекает 3 февраля 2027 г.]]')
    d.p('[[del:Прошу не уведомлять Арутюняна Г.А. о поступлении запроса, поскольку он может скрыться.]]')
    d.p('О направлении запроса по иным каналам: копия запроса по каналам НЦБ Интерпола не направлялась.[[ins: Ранее по данному делу запросов в Республику Армения не направлялось, контактов с армянскими коллегами не было.]]')
    d.p('Приложения: 1) выписка из УК РФ (ст. 159), УПК РФ (ст. 56), Конституции РФ (ст. 51) на 2 л.; 2) копия постановления о возбуждении уголовного дела на 1 л.')
    d.p('Руководитель следственного отдела\nподполковник юстиции                                   А.В. Кравцов')
    d.save('L13_ru_zapros_tracked_ru_am')

@letter
def L19():
    d = Doc(author='MPF')
    d.header('MINISTÉRIO PÚBLICO FEDERAL — Procuradoria da República no Estado de Pernambuco',
             'Carta rogatória — Auxílio direto em matéria penal — PR-PE — Ofício n.º 4412/2026')
    d.p('Excelentíssimo(a) Senhor(a) Procurador(a)-Geral da República Portuguesa\nAutoridade Central — Lisboa', align='l')
    d.p('Pedido de auxílio jurídico mútuo em matéria penal — Inquérito Policial n.º 2026.0000412-PF/PE — Procedimento Investigatório n.º 1.26.000.000318/2026-11', bold=True)
    d.p('O MINISTÉRIO PÚBLICO FEDERAL, pelo Procurador da República signatário, com fundamento no Tratado de Auxílio Mútuo em Matéria Penal entre a República Federativa do Brasil e a República Portuguesa, celebrado em Brasília em 7 de maio de 1991 (promulgado pelo Decreto n.º 1.320, de 30 de novembro de 1994), por intermédio da Autoridade Central brasileira (Departamento de Recuperação de Ativos e Cooperação Jurídica Internacional — DRCI/SENAJUS/MJSP), vem requerer o seguinte.')
    d.p('I — Autoridades', bold=True)
    d.new_list()
    d.n('Autoridade requerente: Dr. Rodrigo Albuquerque LINS, Procurador da República, Av. Agamenon Magalhães, 1800, Recife/PE — telefone +55 81 0000 2231 — correio eletrónico prpe-gabinete14@mpf.example.br. Apoio: Delegado de Polícia Federal Tiago Moura BRANDÃO, DELEFIN/SR/PF/PE, tiago.brandao@pf.example.br, +55 81 0000 4790.')
    d.n('Não houve contato anterior com autoridades portuguesas a respeito destes fatos[[fn:Registra-se, para evitar duplicidade, que a difusão amarela n.º A-0000/2026 da INTERPOL diz respeito a outro investigado e não guarda relação com este pedido; o presente pedido não foi encaminhado por nenhum outro canal (INTERPOL, Eurojust, via diplomática).]].')
    d.p('II — Síntese dos fatos', bold=True)
    d.n('Investiga-se esquema de fraude em licitações do Programa Estadual de Merenda Escolar de Pernambuco, entre 2022 e 2025, com sobrepreço estimado em R$ 38,7 milhões. A empresa NORDESTE ALIMENTOS INTEGRADOS LTDA. (CNPJ 00.000.000/0001-00) teria pago vantagens indevidas a servidores da Secretaria de Educação, por intermédio de contratos fictícios de consultoria.')
    d.n('O principal investigado, Carlos Eduardo FERRAZ DE MELO, brasileiro e português (dupla nacionalidade), nascido em 23/01/1972 em Olinda/PE, CPF 000.000.000-00, passaporte brasileiro FZ000451 e cartão de cidadão português n.º 00000000 0ZZ0, sócio-administrador da empresa, transferiu em 2024 cerca de EUR 2,1 milhões para conta de que é titular no Banco Douro Atlântico, S.A., Porto, e adquiriu um imóvel em Matosinhos.')
    d.p('III — Tipificação penal', bold=True)
    d.n('Corrupção ativa — art. 333 do Código Penal brasileiro[[fn:Art. 333 CP: "Oferecer ou prometer vantagem indevida a funcionário público, para determiná-lo a praticar, omitir ou retardar ato de ofício: Pena — reclusão, de 2 (dois) a 12 (doze) anos, e multa."]]: reclusão de 2 a 12 anos e multa.')
    d.n('Lavagem de dinheiro — art. 1.º da Lei n.º 9.613/1998[[fn:Art. 1.º da Lei 9.613/1998: "Ocultar ou dissimular a natureza, origem, localização, disposição, movimentação ou propriedade de bens, direitos ou valores provenientes, direta ou indiretamente, de infração penal. Pena: reclusão, de 3 (três) a 10 (dez) anos, e multa."]]: reclusão de 3 a 10 anos e multa.')
    d.p('IV — Diligências requeridas', bold=True)
    d.n('Obtenção, junto do Banco Douro Atlântico, S.A., dos documentos de abertura e extratos da conta titulada por Carlos Eduardo FERRAZ DE MELO, de 01/01/2024 até a data da execução, com a identificação de ordenantes e beneficiários — diligência indispensável para demonstrar que os valores provêm dos contratos fictícios de consultoria pagos pela empresa.')
    d.n('Certidão da Conservatória do Registo Predial de Matosinhos relativa ao imóvel adquirido em 2024 e cópia da escritura, com meio de pagamento utilizado, para fins de futuro confisco.')
    d.n('Oitiva, como testemunha, do gestor de conta, sobre as justificativas de origem dos fundos apresentadas pelo cliente.')
    d.p('V — Forma de cumprimento, prazo e sigilo', bold=True)
    d.n('Requer-se que os documentos bancários sejam acompanhados de declaração de autenticidade emitida pelo banco e que a oitiva seja reduzida a termo e assinada, a fim de assegurar sua validade perante a Justiça Federal brasileira.')
    d.n('Solicita-se sigilo: a divulgação do pedido ao investigado, que tem residência em Portugal, frustraria eventual medida de indisponibilidade de bens.')
    d.n('O pedido não tem caráter urgente.')
    d.n('Não se requer a participação de autoridades brasileiras na execução das diligências.')
    d.p('VI — Idioma e anexos', bold=True)
    d.n('O pedido é redigido em língua portuguesa, comum aos dois Estados. Segue em anexo formulário de aviso de recebimento, a ser preenchido e devolvido ao endereço eletrónico indicado no item 1.')
    d.p('Recife, 25 de novembro de 2026.\nRodrigo Albuquerque Lins\nProcurador da República')
    d.p('ANEXO — AVISO DE RECEBIMENTO', bold=True)
    d.table([('Autoridade recebedora', ''), ('Data de recebimento', ''), ('Número de registo atribuído', ''), ('Responsável (nome / contacto)', '')], widths=(6, 10.5))
    d.p('Devolver a: prpe-gabinete14@mpf.example.br')
    d.save('L19_pt_carta_rogatoria_br_pt')

@letter
def L22():
    d = Doc(rtl=True, author='نيابة دبي', font='Arial')
    d.header('دولة الإمارات العربية المتحدة — النيابة العامة بدبي — نيابة الأموال العامة',
             'سري للغاية — طلب مساعدة قانونية متبادلة — الرقم المرجعي: ن ع/أ ع/2026/1187')
    d.p('إلى: وزارة العدل في المملكة الأردنية الهاشمية — مديرية التعاون الدولي\nعن طريق: وزارة العدل بدولة الإمارات العربية المتحدة (السلطة المركزية)')
    d.p('**الموضوع: طلب مساعدة قانونية في القضية الجزائية رقم** [[sdt:رقم القضية|4471 لسنة 2026 جزاء دبي]]')
    d.p('تهدي النيابة العامة بدبي أطيب تحياتها إلى وزارة العدل في المملكة الأردنية الهاشمية، وتتشرف بأن تطلب المساعدة القانونية المبينة أدناه، استنادًا إلى اتفاقية الرياض العربية للتعاون القضائي لعام 1983، وإلى المادة 18 من اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية.')
    d.new_list()
    d.n('**الجهة الطالبة:** رئيس النيابة المستشار/ سالم عبيد الكتبي، نيابة الأموال العامة بدبي — هاتف: ‎+971 4 000 3318‎ — بريد إلكتروني: s.alketbi@dxb-pp.example.ae. ويرافقه عند التنفيذ: المقدم/ حمد راشد المهيري، الإدارة العامة للتحريات والمباحث الجنائية، شرطة دبي.')
    d.n('**الاتصالات السابقة:** لم يسبق لهذه النيابة التواصل مع الجهات الأردنية بشأن هذه القضية، ولم تُرسل نسخة من الطلب عن طريق الإنتربول ولا بالطريق الدبلوماسي.')
    d.n('**الوقائع:** خلال الفترة من فبراير إلى سبتمبر 2026 قام المتهم/ باسل عدنان الحوراني، أردني الجنسية، مواليد 19/06/1985، جواز سفر رقم R000412، بصفته مديرًا لشركة «الريادة لتجارة المعادن ذ.م.م» بدبي، بالاستيلاء على مبلغ 11,400,000 درهم من ثلاثة بنوك عن طريق تقديم فواتير شحن مزورة لبضائع لم تُشحن، ثم حوّل مبلغ 3,250,000 درهم إلى حساب شركة «الأفق الممتد للاستثمار» لدى البنك التجاري المشرقي في عمّان (رقم الحساب JO00 XXXX 0000 0000 0000 1234 5678 90).')
    d.n('**الجرائم والعقوبات:** الاحتيال، المادة 451 من المرسوم بقانون اتحادي رقم 31 لسنة 2021 بإصدار قانون الجرائم والعقوبات، وعقوبتها الحبس أو الغرامة؛ وغسل الأموال، المادة 2 من المرسوم بقانون اتحادي رقم 20 لسنة 2018[[fn:المادة 2 (1): «يعد مرتكبًا جريمة غسل الأموال كل من كان عالمًا بأن الأموال متحصلة من جناية أو جنحة، وارتكب عمدًا أحد الأفعال الآتية: أ- حوّل المتحصلات أو نقلها أو أجرى أي عملية بها بقصد إخفاء أو تمويه مصدرها غير المشروع…». المادة 22 (1): «يعاقب بالسجن مدة لا تزيد على عشر سنوات وبالغرامة التي لا تقل عن (100,000) مائة ألف درهم ولا تزيد على (5,000,000) خمسة ملايين درهم، أو بإحدى هاتين العقوبتين، كل من ارتكب أيًّا من الأفعال المنصوص عليها في البند (1) من المادة (2)».]]، وعقوبتها السجن مدة لا تزيد على عشر سنوات والغرامة. ونص المادة 451 مرفق (المرفق 2).')
    d.n('**المساعدة المطلوبة:**')
    d.n('تزويدنا بكشوف حساب شركة «الأفق الممتد للاستثمار» من 01/01/2026 حتى تاريخه، ومستندات فتح الحساب والمفوضين بالتوقيع، للتثبت من أن المتهم هو المستفيد الحقيقي من المبالغ المحوّلة؛', level=1)
    d.n('سماع أقوال المفوض بالتوقيع على الحساب كشاهد، لمعرفة المقابل الاقتصادي المزعوم للتحويلات الواردة من دبي؛', level=1)
    d.n('التحفظ على الرصيد القائم تمهيدًا لمصادرته ورد الأموال إلى البنوك المجني عليها.', level=1)
    d.n('**الإجراءات:** يُرجى أن تكون المستندات مصدقة من البنك وأن تُدوَّن أقوال الشاهد في محضر موقّع بعد تحليفه اليمين وفقًا للقانون الأردني.')
    d.n('**الحضور:** ترغب النيابة في حضور المذكورَين في البند 1 أثناء سماع أقوال الشاهد.')
    d.n('**الاستعجال:** يُرجى التنفيذ قبل جلسة المحاكمة المحددة في 3 مارس 2027.')
    d.n('**السرية:** لا ترى النيابة حاجة إلى إحاطة الطلب بالسرية، إذ إن المتهم موقوف وقد أُبلغ بالتهم المسندة إليه.')
    d.n('وتعود الرغبة في الحضور إلى أن المذكورَين تولّيا تحليل الفواتير المزورة ويمكنهما مساعدة جهة التنفيذ في طرح الأسئلة المتعلقة بكل تحويل. أما الموعد المذكور في البند 8 فسببه أن المتهم موقوف وأن المحكمة لن تؤجل الجلسة مرة ثانية.')
    d.n('**اللغة والإشعار بالاستلام:** حُرر هذا الطلب باللغة العربية، وهي اللغة الرسمية للدولتين. ومرفق نموذج إشعار بالاستلام يُرجى تعبئته وإعادته إلى البريد الإلكتروني المذكور في البند 1.')
    d.p('المرفقات: (1) أمر الإحالة؛ (2) نص المادة 451 من قانون الجرائم والعقوبات؛ (3) نموذج الإشعار بالاستلام.')
    d.p('وتفضلوا بقبول فائق الاحترام والتقدير،\nرئيس النيابة\nسالم عبيد الكتبي\nدبي في 27/11/2026')
    d.p('المرفق 3 — نموذج إشعار بالاستلام', bold=True)
    d.table([('الجهة المستلمة', ''), ('تاريخ الاستلام', ''), ('الرقم المرجعي لدى الجهة المستلمة', ''), ('الموظف المختص ووسيلة الاتصال', '')], widths=(6, 10.5))
    d.p('يُعاد إلى: s.alketbi@dxb-pp.example.ae — نيابة الأموال العامة، دبي.')
    d.save('L22_ar_talab_musaada_ae_jo')


# ---------- reader's plain-text copy (tracked changes accepted, footnotes at the end) ----------
def reader_copy(src, dst):
    """Write a copy of src in which deletions are dropped, insertions accepted, and footnote
    references turned into visible [n] markers; return (header, footer, footnotes) texts."""
    import zipfile
    from lxml import etree
    wq = lambda t: '{%s}%s' % (W, t)
    zin = zipfile.ZipFile(src)
    texts = lambda el: ''.join(el.itertext())
    hdr, ftr, notes = [], [], []
    with zipfile.ZipFile(dst, 'w', zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == 'word/document.xml':
                root = etree.fromstring(data)
                for el in root.iter(wq('del')):
                    pass
                for el in list(root.iter(wq('del'))):
                    el.getparent().remove(el)
                for el in list(root.iter(wq('ins'))):
                    parent = el.getparent(); idx = parent.index(el)
                    for ch in list(el):
                        parent.insert(idx, ch); idx += 1
                    parent.remove(el)
                for ref in list(root.iter(wq('footnoteReference'))):
                    r = ref.getparent()
                    t = etree.SubElement(r, wq('t')); t.text = '[%s]' % ref.get(wq('id'))
                    r.remove(ref)
                data = etree.tostring(root, xml_declaration=True, encoding='UTF-8', standalone=True)
            elif item.filename == 'word/footnotes.xml':
                root = etree.fromstring(data)
                for fn in root.findall(wq('footnote')):
                    if int(fn.get(wq('id'))) > 0:
                        notes.append('[%s]%s' % (fn.get(wq('id')), texts(fn)))
            elif re.match(r'word/header\d*\.xml', item.filename):
                t = texts(etree.fromstring(data)).strip()
                if t: hdr.append(t)
            elif re.match(r'word/footer\d*\.xml', item.filename):
                t = texts(etree.fromstring(data)).strip()
                if t: ftr.append(t)
            zout.writestr(item, data)
    return hdr, ftr, notes


def finish_txt(txt_path, hdr, ftr, notes, notes_title='Footnotes'):
    body = open(txt_path, encoding='utf-8-sig').read().rstrip() + '\n'
    out = ''
    if hdr: out += '\n'.join(dict.fromkeys(hdr)) + '\n\n'
    out += body
    if notes: out += '\n____\n' + notes_title + ':\n' + '\n'.join(notes) + '\n'
    if ftr: out += '\n' + '\n'.join(dict.fromkeys(ftr)) + '\n'
    open(txt_path, 'w', encoding='utf-8').write(out)


if __name__ == '__main__':
    import sys, subprocess, tempfile
    sel = [a for a in sys.argv[1:] if not a.startswith('-')]
    for fn in LETTERS:
        if not sel or fn.__name__ in sel:
            fn()
    if '--txt' in sys.argv:   # plain-text copies through LibreOffice, one file at a time
        tmp = tempfile.mkdtemp(prefix='L_reader_')
        for name in sorted(os.listdir(OUT)):
            if not name.endswith('.docx') or (sel and name.split('_')[0] not in sel):
                continue
            stem = name[:-5]
            src = os.path.join(tmp, stem + '.docx')
            hdr, ftr, notes = reader_copy(os.path.join(OUT, name), src)
            subprocess.run(['soffice', '-env:UserInstallation=file:///tmp/lo-L', '--headless', '--convert-to',
                            'txt:Text (encoded):UTF8', '--outdir', OUT, src], check=True, capture_output=True)
            finish_txt(os.path.join(OUT, stem + '.txt'), hdr, ftr, notes)
            print('txt', stem)
