# -*- coding: utf-8 -*-
"""B06 -- Brazil (MPF, via DRCI) -> Portugal: filled-in request form
(formulário de pedido de cooperação jurídica internacional em matéria penal)
with plain-text and check-box content controls. Contacts of the requesting
prosecutor only in the page header; urgency reason in the 'Observações' row."""
from docxkit import Letter

ID = 'B06_pt_formulario_br_pt'
PDF = False
TITLE = 'Formulário de pedido de cooperação jurídica internacional em matéria penal'
AUTHOR = 'MPF PR-SP'

X, O = '<cb tag="s" on/>', '<cb tag="n"/>'


def v(tag, text):
    return '<sdt tag="%s" alias="%s">%s</sdt>' % (tag, tag, text)


def make():
    L = Letter(font='Calibri', size=10, lang='pt-BR', author='L. P. Vilhena', date='2025-05-05T14:20:00Z')
    L.header(['MINISTÉRIO PÚBLICO FEDERAL — PROCURADORIA DA REPÚBLICA NO ESTADO DE SÃO PAULO',
              '2º Ofício Criminal — Rua Fictícia do Ouvidor, 417, São Paulo/SP — tel. +55 11 0000-4127 — '
              'pr-sp-2oficio@mpf.example.br'], size=8)
    L.footer(['PIC n.º 1.34.001.000417/2024-11 — Formulário DRCI'], page_numbers=True)
    L.para('FORMULÁRIO DE PEDIDO DE COOPERAÇÃO JURÍDICA INTERNACIONAL EM MATÉRIA PENAL', align='center', bold=True,
           size=12)
    L.para('(a ser encaminhado por intermédio da Autoridade Central brasileira — DRCI/SENAJUS/MJSP)', align='center',
           italic=True, size=9)

    def sec(t):
        L.para(t, bold=True, space_before=6, keep_next=True, shade='DDE6F0')

    W = (5.5, 10.5)
    sec('1. AUTORIDADE REQUERENTE')
    L.table([
        ['Nome e cargo', v('req_nome', 'Luciana Prates VILHENA — Procuradora da República')],
        ['Órgão', v('req_orgao', 'Ministério Público Federal — Procuradoria da República no Estado de São Paulo, 2º Ofício Criminal')],
        ['Autoridade policial responsável', v('req_pol', 'Delegado de Polícia Federal Henrique SALLES BRANDÃO — Delegacia de Repressão à Corrupção e Crimes Financeiros (DELECOR/SR/PF/SP)')],
    ], widths_cm=W)
    sec('2. ESTADO REQUERIDO')
    L.table([
        ['País', v('pais', 'República Portuguesa')],
        ['Autoridade Central', v('ac', 'Procuradoria-Geral da República — Lisboa')],
    ], widths_cm=W)
    sec('3. FUNDAMENTO JURÍDICO')
    L.table([
        ['Instrumento', [X + ' Tratado de Auxílio Mútuo em Matéria Penal entre o Governo da República Federativa do '
                         'Brasil e o Governo da República Portuguesa, assinado em Brasília, em 7 de maio de 1991 '
                         '(Decreto n.º 1.320, de 30 de novembro de 1994)',
                         O + ' Convenção de Auxílio Judiciário em Matéria Penal entre os Estados Membros da CPLP',
                         O + ' Convenção das Nações Unidas contra a Corrupção',
                         O + ' Promessa de reciprocidade']],
    ], widths_cm=W)
    sec('4. IDENTIFICAÇÃO DO PROCEDIMENTO')
    L.table([
        ['Natureza e número', v('proc', 'Procedimento Investigatório Criminal n.º 1.34.001.000417/2024-11, instaurado em 19/02/2024; Inquérito Policial n.º 2024.0041872-SR/PF/SP')],
        ['Fase', [X + ' investigação', O + ' ação penal', O + ' execução']],
    ], widths_cm=W)
    sec('5. PESSOAS ENVOLVIDAS')
    L.table([
        ['Investigado 1', v('inv1', 'Marcos Aurélio FONTENELLE DIAS, brasileiro e português, nascido em 12/05/1966 em Santos/SP, '
                            'filho de Joaquim Fontenelle Dias e Maria Aurélia Dias, CPF 000.000.417-87, passaporte '
                            'brasileiro FZ000417, cartão de cidadão português 00041718 0 ZZ7, diretor-presidente da '
                            'CONSTRUTORA IGUAPÉ S.A., residente em São Paulo/SP')],
        ['Investigado 2', v('inv2', 'Cláudio Henrique ARRUDA NETO, brasileiro, nascido em 30/09/1972 em Campinas/SP, CPF '
                            '000.000.982-14, ex-Secretário Municipal de Obras de Vila Serrana/SP')],
        ['Pessoa jurídica', v('pj', 'LUSOBRAS IMOBILIÁRIA, LDA., NIPC 500 000 417, sede em Lisboa, sócio-gerente: Marcos Aurélio FONTENELLE DIAS')],
    ], widths_cm=W)
    sec('6. RESUMO DOS FATOS')
    L.table([['', v('fatos',
        'Entre 2019 e 2022, a CONSTRUTORA IGUAPÉ S.A. obteve do Município de Vila Serrana/SP cinco contratos de '
        'pavimentação, no valor total de R$ 148,6 milhões, mediante o pagamento de vantagens indevidas ao então '
        'Secretário Municipal de Obras, CLÁUDIO HENRIQUE ARRUDA NETO, que direcionou as licitações. Colaborador '
        'premiado (termo homologado em 03/10/2024) declarou que as vantagens, equivalentes a 4% de cada medição, eram '
        'pagas no exterior. A análise das contas da construtora revelou remessas de EUR 2.310.000 a título de '
        '"consultoria" para a LUSOBRAS IMOBILIÁRIA, LDA., com sede em Lisboa, cujo sócio-gerente é o próprio '
        'diretor-presidente da construtora, FONTENELLE DIAS. Segundo o colaborador, parte desses valores foi utilizada '
        'na aquisição de dois apartamentos em Lisboa, em 2021, registrados em nome de uma sociedade cujo beneficiário '
        'seria ARRUDA NETO.')]], widths_cm=(0.5, 15.5))
    sec('7. TIPIFICAÇÃO PENAL E PENAS')
    L.table([
        ['Corrupção ativa', v('tip1', 'Art. 333 do Código Penal — reclusão, de 2 (dois) a 12 (doze) anos, e multa')],
        ['Corrupção passiva', v('tip2', 'Art. 317 do Código Penal — reclusão, de 2 (dois) a 12 (doze) anos, e multa')],
        ['Lavagem de dinheiro', v('tip3', 'Art. 1º da Lei n.º 9.613/1998 — reclusão, de 3 (três) a 10 (dez) anos, e multa')],
        ['Texto legal', [X + ' transcrito no Anexo I', O + ' não anexado']],
    ], widths_cm=W)
    sec('8. ASSISTÊNCIA SOLICITADA')
    L.table([
        ['Medidas', [X + ' obtenção de documentos bancários', X + ' informações societárias / beneficiário efetivo',
                     X + ' informações de registro predial', O + ' oitiva de testemunha', O + ' interrogatório',
                     O + ' busca e apreensão', O + ' bloqueio de bens', O + ' citação / intimação']],
        ['Descrição', [v('desc1', 'a) Banco TEJO ATLÂNTICO, S.A. (Lisboa): documentação de abertura, ficha de cliente, '
                         'identificação dos beneficiários efetivos e extratos das contas tituladas pela LUSOBRAS '
                         'IMOBILIÁRIA, LDA. (NIPC 500 000 417), em especial a conta IBAN PT50 0000 0000 0041 7218 7001 5, '
                         'de 01/01/2019 a 31/12/2023, com os comprovantes das transferências recebidas da CONSTRUTORA '
                         'IGUAPÉ S.A. e de todos os débitos superiores a EUR 10.000;'),
                       v('desc2', 'b) certidão permanente do registo comercial da LUSOBRAS IMOBILIÁRIA, LDA. e declaração '
                         'do Registo Central do Beneficiário Efetivo (RCBE), com o histórico desde a constituição;'),
                       v('desc3', 'c) certidões da Conservatória do Registo Predial relativas aos imóveis adquiridos em '
                         '2021 com recursos provenientes da conta referida em (a), com indicação do adquirente, do '
                         'preço e da forma de pagamento, bem como cópia das respectivas escrituras.')]],
    ], widths_cm=W)
    sec('9. NEXO ENTRE A ASSISTÊNCIA E OS FATOS')
    L.table([['', v('nexo', 'Os extratos (a) permitirão seguir os EUR 2.310.000 remetidos pela construtora e verificar se '
                    'foram destinados a ARRUDA NETO ou a pessoas a ele ligadas, o que comprova o pagamento da vantagem '
                    'indevida e a lavagem. A certidão comercial e o RCBE (b) demonstrarão o controle de FONTENELLE DIAS '
                    'sobre a LUSOBRAS e a inexistência de atividade de consultoria. As certidões prediais e escrituras (c) '
                    'corroborarão a declaração do colaborador sobre a aquisição dos apartamentos e identificarão o '
                    'beneficiário real.')]], widths_cm=(0.5, 15.5))
    sec('10. PROCEDIMENTOS ESPECIAIS')
    L.table([['', v('proced', 'Documentos bancários acompanhados de declaração de autenticidade firmada pelo responsável '
                    'da instituição; extratos também em formato eletrônico (planilha). As certidões registrais podem ser '
                    'as emitidas por via eletrônica, com código de acesso. Tais formalidades permitem a juntada dos '
                    'documentos aos autos sem necessidade de legalização ou de nova autenticação.')]],
            widths_cm=(0.5, 15.5))
    sec('11. URGÊNCIA')
    L.table([['Pedido urgente?', [X + ' Sim — ver campo 15', O + ' Não']]], widths_cm=W)
    sec('12. SIGILO')
    L.table([['Sigilo?', [X + ' Sim', v('sigilo', 'Os investigados desconhecem a existência da investigação no '
                                          'exterior. A ciência antecipada permitiria a movimentação dos saldos e a '
                                          'alienação dos imóveis. Caso o sigilo não possa ser assegurado, solicita-se '
                                          'que a Autoridade requerente seja consultada antes do cumprimento.')]]],
            widths_cm=W)
    sec('13. PARTICIPAÇÃO DE AUTORIDADES BRASILEIRAS NO CUMPRIMENTO')
    L.table([['Participação solicitada?', [O + ' Sim', X + ' Não']]], widths_cm=W)
    sec('14. CONTATOS PRÉVIOS E OUTRAS VIAS')
    L.table([
        ['Contatos prévios com autoridades do Estado requerido', v('contatos', 'Não houve.')],
        ['Pedido encaminhado também por outra via (INTERPOL, via diplomática, Eurojust, etc.)', v('vias', 'Não.')],
    ], widths_cm=W)
    sec('15. OBSERVAÇÕES')
    L.table([['', [v('obs1', 'Quanto ao campo 11: solicita-se o cumprimento até 30/06/2025. O acordo de colaboração '
                     'prevê que o colaborador preste depoimento complementar em julho de 2025, ocasião em que deverá ser '
                     'confrontado com os extratos; além disso, segundo o colaborador, um dos imóveis está anunciado para '
                     'venda.'),
                   v('obs2', 'Fica assegurado que as provas obtidas serão utilizadas exclusivamente neste procedimento e '
                     'na ação penal dele decorrente, nos termos do Tratado.')]]], widths_cm=(0.5, 15.5))
    sec('16. IDIOMA')
    L.table([['Tradução', v('idioma', 'Dispensada: o pedido é redigido em língua portuguesa, idioma oficial de ambos os Estados.')]],
            widths_cm=W)
    sec('17. ANEXOS')
    L.table([['', 'Anexo I — transcrição dos arts. 317 e 333 do Código Penal e do art. 1º da Lei n.º 9.613/1998; '
              'Anexo II — cópia da decisão judicial de afastamento do sigilo bancário (autos n.º 5000417-22.2024.4.03.6181, '
              '6ª Vara Federal Criminal de São Paulo).']], widths_cm=(0.5, 15.5))
    L.para('São Paulo, 5 de maio de 2025.', align='right', space_before=10)
    L.para('Luciana Prates VILHENA<br/>Procuradora da República', align='right')
    L.para('[assinatura eletrônica]', align='right', italic=True, size=8)
    return L
