# -*- coding: utf-8 -*-
"""B07 -- Portugal (DCIAP) -> Angola: pedido de auxílio judiciário mútuo
(carta rogatória) with a cover sheet / acknowledgement of receipt, automatic
numbering, footnotes, tracked changes. COMPLETE."""
from docxkit import Letter

ID = 'B07_pt_pedido_auxilio_pt_ao'
PDF = True
TITLE = 'Pedido de auxílio judiciário - Inquérito 417/24.0TELSB'
AUTHOR = 'DCIAP'

BL = '<sdt tag="ar" alias="Preencher" placeholder>………………………………………</sdt>'


def make():
    L = Letter(font='Garamond', size=12, lang='pt-PT', author='I. Sarmento Vaz', date='2025-06-02T11:00:00Z',
               track=True)
    L.header(['MINISTÉRIO PÚBLICO — PROCURADORIA-GERAL DA REPÚBLICA',
              'DEPARTAMENTO CENTRAL DE INVESTIGAÇÃO E AÇÃO PENAL (DCIAP)',
              'Inquérito n.º 417/24.0TELSB — SEGREDO DE JUSTIÇA — URGENTE (arguido preso)'], size=8.5)
    L.footer(['Rua Fictícia Alexandre Herculano, 60, 1250-000 Lisboa — Tel. +351 21 000 47 10 — '
              'dciap.inq417@pgr.example.pt'], page_numbers=True)

    # ---- cover sheet with acknowledgement
    L.para('FOLHA DE ROSTO', align='center', bold=True, size=13)
    L.para('Pedido de auxílio judiciário mútuo em matéria penal — República Portuguesa → República de Angola',
           align='center', size=11)
    L.table([
        ['Autoridade requerente', 'Procuradora da República Inês SARMENTO VAZ, DCIAP, Lisboa — tel. +351 21 000 47 10 '
                                  '(direto: +351 21 000 47 16) — dciap.inq417@pgr.example.pt'],
        ['Autoridade Central transmitente', 'Procuradoria-Geral da República (Portugal) — Gabinete de Cooperação '
                                            'Judiciária Internacional — gcji@pgr.example.pt'],
        ['Processo', 'Inquérito n.º 417/24.0TELSB'],
        ['Data do pedido', '2 de junho de 2025'],
        ['Urgência', 'SIM — resposta solicitada até 30 de novembro de 2025 (ver n.º 6)'],
        ['Segredo de justiça', 'SIM — ver n.º 7'],
    ], widths_cm=(5, 11), size=10)
    L.para('AVISO DE RECEÇÃO', align='center', bold=True, space_before=12)
    L.para('(a preencher pela autoridade angolana e a devolver, por correio eletrónico ou postal, à autoridade '
           'requerente acima indicada)', align='center', italic=True, size=9.5)
    L.table([
        ['Autoridade que recebeu o pedido', BL],
        ['Data de receção', BL],
        ['Número de registo / processo em Angola', BL],
        ['Autoridade encarregada da execução e contacto', BL],
        ['Nome, cargo e assinatura', BL],
    ], widths_cm=(6, 10), size=10)
    L.page_break()

    # ---- the request
    L.para('A Sua Excelência o Senhor Procurador-Geral da República de Angola<br/>Luanda', bold=False)
    L.para('PEDIDO DE AUXÍLIO JUDICIÁRIO MÚTUO EM MATÉRIA PENAL', align='center', bold=True, space_before=10, size=13)
    L.para('(carta rogatória)', align='center', italic=True, space_after=10)
    n = L.numbering('ibero')

    def h(t):
        L.para(t, bold=True, space_before=8, keep_next=True)

    h('I. Autoridade requerente e objeto do pedido')
    L.para('O Ministério Público da República Portuguesa, pela Procuradora da República signatária, titular do inquérito '
           'n.º 417/24.0TELSB, que corre termos no Departamento Central de Investigação e Ação Penal (DCIAP), em '
           'Lisboa, vem solicitar às autoridades judiciárias da República de Angola a prática dos atos descritos no '
           'capítulo VII: a obtenção de documentação de um procedimento de contratação pública e de documentação '
           'bancária em Luanda, e a inquirição de uma testemunha.', num=n, align='both')
    L.para('Contactos da autoridade requerente: telefone +351 21 000 47 10 (secretaria) e +351 21 000 47 16 (direto); '
           'correio eletrónico dciap.inq417@pgr.example.pt. A investigação é coadjuvada pela Unidade Nacional de '
           'Combate à Corrupção da Polícia Judiciária (inspetor-chefe Nuno FERREIRA LIMA, +351 21 000 58 02).',
           num=n, align='both')

    h('II. Fundamento jurídico')
    L.para('O pedido é formulado ao abrigo do Acordo de Cooperação Jurídica e Judiciária entre a República Portuguesa '
           'e a República de Angola, assinado em Luanda em 30 de agosto de 1995, da Convenção de Auxílio Judiciário em '
           'Matéria Penal entre os Estados Membros da Comunidade dos Países de Língua Portuguesa, assinada na Praia em '
           '23 de novembro de 2005<fn>Invocada na medida em que vincule ambos os Estados; em caso de dúvida, o pedido '
           'vale ao abrigo do Acordo bilateral de 1995 e da Convenção das Nações Unidas contra a Corrupção (artigo 46.º), '
           'de que ambos os Estados são Partes.</fn>, e da Lei n.º 144/99, de 31 de agosto (Lei da Cooperação '
           'Judiciária Internacional em Matéria Penal).', num=n, align='both')

    h('III. Contactos anteriores e outras vias de transmissão')
    L.para('Nenhum contacto, formal ou informal, foi até hoje estabelecido entre autoridades portuguesas e angolanas a '
           'respeito dos factos objeto deste pedido.', num=n, align='both')
    L.para('O pedido é transmitido exclusivamente através das Autoridades Centrais. Não foi, nem será, remetida cópia '
           'pela via diplomática, pela INTERPOL ou diretamente a qualquer autoridade angolana.', num=n, align='both')

    h('IV. Urgência e segredo de justiça')
    L.para('<b>Pedido urgente.</b> O arguido Rui Miguel CARVALHAIS TORRES encontra-se em prisão preventiva desde 20 de '
           'março de 2025. O procedimento foi declarado de excecional complexidade, pelo que a acusação terá de ser '
           'deduzida até 20 de março de 2026, sob pena de extinção da medida (artigo 215.º do Código de Processo '
           'Penal). Solicita-se, por isso, que a documentação seja remetida até <del>31 de dezembro</del>'
           '<ins>30 de novembro</ins> de 2025, de modo a permitir a sua análise pericial antes da acusação.',
           num=n, align='both')
    L.para('<b>Segredo de justiça.</b> O inquérito está sujeito a segredo de justiça por despacho judicial de 3 de '
           'fevereiro de 2025. Pede-se que a existência e o conteúdo do pedido não sejam revelados aos visados nem às '
           'instituições para além do estritamente necessário. Há pessoas em Angola ainda não identificadas que terão '
           'recebido parte dos fundos; o seu conhecimento prévio do pedido permitiria a dissipação dos saldos. Se o '
           'segredo não puder ser garantido, agradece-se que a autoridade requerente seja avisada antes da execução.',
           num=n, align='both')

    h('V. Factos')
    L.para('A sociedade portuguesa LUSANGO ENGENHARIA E SERVIÇOS, S.A. (NIPC 500 000 882, sede em Oeiras) celebrou em '
           '6 de abril de 2021 com o Instituto Provincial de Águas do Cuanza Sul (IPACS), entidade pública angolana, um '
           'contrato de reabilitação de redes de abastecimento de água no valor de 38,2 milhões de dólares dos Estados '
           'Unidos da América (USD).', num=n, align='both')
    L.para('O arguido Rui Miguel CARVALHAIS TORRES<fn>Nascido em 17 de janeiro de 1969, em Coimbra, de nacionalidade '
           'portuguesa, titular do cartão de cidadão n.º 00000417 4 ZX1 e do passaporte n.º P000417, residente em '
           'Cascais; administrador executivo da LUSANGO de 2018 a 2024.</fn>, administrador executivo da LUSANGO, '
           'autorizou entre maio de 2021 e setembro de 2023 pagamentos de USD 3,1 milhões à sociedade KALANDULA '
           'CONSULTORIA, LDA., com sede em Luanda, a título de «assessoria técnica local». A KALANDULA não tinha '
           'trabalhadores e foi constituída três semanas antes da abertura do concurso público, tendo como sócio-gerente '
           'o angolano Edvaldo Kiluange MANUEL<fn>Nascido em 2 de outubro de 1981, em Sumbe, de nacionalidade angolana, '
           'titular do bilhete de identidade angolano n.º 000417218KS041; identificação obtida através do registo '
           'comercial angolano disponível em linha, a confirmar.</fn>, cunhado de um membro da comissão de avaliação de '
           'propostas do IPACS.', num=n, align='both')
    L.para('Dos USD 3,1 milhões, USD 1,4 milhões regressaram a Portugal entre 2022 e 2024 por transferências da conta '
           'n.º 0000.4172.1801 da KALANDULA no BANCO KWANZA COMERCIAL, S.A., Luanda, para uma conta de uma sociedade '
           'imobiliária controlada pelo arguido, e foram aplicados na compra de três frações em Lisboa. O arguido, '
           'interrogado em 20 de março de 2025, afirma que a KALANDULA prestou serviços reais e que as transferências '
           'para Portugal correspondem a um empréstimo comercial.', num=n, align='both')

    h('VI. Qualificação jurídica e disposições aplicáveis')
    L.para('Os factos integram, em abstrato, a prática de um crime de corrupção ativa com prejuízo do comércio '
           'internacional, previsto e punido pelo artigo 7.º da Lei n.º 20/2008, de 21 de abril, e de um crime de '
           'branqueamento, previsto e punido pelo artigo 368.º-A do Código Penal:', num=n, align='both')
    L.para('«Quem, por si ou por interposta pessoa, der ou prometer a funcionário, nacional, estrangeiro ou de '
           'organização internacional, ou a titular de cargo político, nacional ou estrangeiro, ou a terceiro com '
           'conhecimento daqueles, vantagem patrimonial ou não patrimonial, que lhe não seja devida, para obter ou '
           'conservar um negócio, um contrato ou outra vantagem indevida no comércio internacional, é punido com pena '
           'de prisão de um a oito anos.»', indent_cm=1.5, align='both', size=11)
    L.para('«Quem converter, transferir, auxiliar ou facilitar alguma operação de conversão ou transferência de '
           'vantagens, obtidas por si ou por terceiro, direta ou indiretamente, com o fim de dissimular a sua origem '
           'ilícita, ou de evitar que o autor ou participante dessas infrações seja criminalmente perseguido ou '
           'submetido a uma reação criminal, é punido com pena de prisão de dois a doze anos.»', indent_cm=1.5,
           align='both', size=11)
    L.para('O texto integral das disposições citadas, bem como do artigo 111.º do Código Penal (perda de vantagens), '
           'consta do Anexo 1.', num=n, align='both')

    h('VII. Atos solicitados')
    L.para('Solicita-se às autoridades angolanas competentes que, nos termos da sua lei, se dignem:', num=n,
           align='both', keep_next=True)
    L.para('obter junto do Instituto Provincial de Águas do Cuanza Sul cópia integral do processo do concurso público '
           'n.º 04/IPACS/2021, incluindo o relatório da comissão de avaliação de propostas, a lista dos seus membros e '
           'as declarações de inexistência de conflito de interesses por eles subscritas;', num=n, level=1,
           align='both')
    L.para('obter junto do BANCO KWANZA COMERCIAL, S.A. a documentação de abertura, a ficha de assinaturas e os extratos '
           'da conta n.º 0000.4172.1801, titulada pela KALANDULA CONSULTORIA, LDA., de 1 de março de 2021 a 31 de '
           'dezembro de 2024, com identificação dos beneficiários das transferências e levantamentos superiores a '
           'USD 20 000 ou ao seu contravalor em kwanzas;', num=n, level=1, align='both')
    L.para('inquirir como testemunha a Eng.ª Luzia Ndapandula CAMBUTA, membro da comissão de avaliação de propostas do '
           'IPACS, residente em Sumbe, sobre os critérios de avaliação aplicados, a intervenção da KALANDULA no '
           'concurso e o eventual parentesco entre membros da comissão e o sócio-gerente da KALANDULA, conforme o '
           'questionário do Anexo 2.', num=n, level=1, align='both')
    L.para('<ins>Caso, no decurso da execução, se revele útil a prática de outros atos relacionados com os indicados, '
           'agradece-se que sejam praticados ou que a autoridade requerente seja informada.</ins>', num=n,
           align='both')

    h('VIII. Pertinência dos atos solicitados')
    L.para('O processo de concurso (alínea a) permitirá demonstrar o papel do membro da comissão cunhado do sócio-gerente '
           'da KALANDULA e, assim, o destinatário da vantagem. Os extratos bancários (alínea b) são indispensáveis para '
           'seguir o trajeto dos USD 3,1 milhões e provar que USD 1,4 milhões regressaram ao arguido, o que constitui o '
           'núcleo do crime de branqueamento e contraria a versão do «empréstimo comercial». A inquirição da testemunha '
           '(alínea c) esclarecerá se houve favorecimento na avaliação das propostas.', num=n, align='both')

    h('IX. Formalidades a observar')
    L.para('Pede-se que a testemunha seja advertida do dever de dizer a verdade e das consequências penais do falso '
           'testemunho e que o seu depoimento seja reduzido a auto, assinado pela testemunha e pela autoridade que o '
           'tomar. O defensor do arguido, Dr. Gonçalo PIRES DE ALMADA, requereu ser notificado para assistir; pede-se '
           'que lhe seja comunicada a data da inquirição, se a lei angolana o permitir. Estas formalidades são exigidas '
           'pelo artigo 131.º e seguintes do Código de Processo Penal português para que o depoimento possa ser lido em '
           'audiência de julgamento.', num=n, align='both')
    L.para('Pede-se ainda que os documentos bancários e administrativos sejam remetidos em cópia certificada pela '
           'entidade emitente. A República Portuguesa compromete-se a utilizar os elementos obtidos apenas no presente '
           'processo e a suportar as despesas extraordinárias que a execução implique, após consulta.', num=n,
           align='both')

    h('X. Presença de autoridades portuguesas')
    L.para('Não se solicita a presença de magistrados nem de elementos da Polícia Judiciária portugueses na execução '
           'do pedido.', num=n, align='both')

    h('XI. Língua e devolução')
    L.para('O pedido é redigido em língua portuguesa, língua oficial de ambos os Estados, pelo que não carece de '
           'tradução. Os elementos obtidos deverão ser devolvidos através da Autoridade Central portuguesa, com cópia '
           'digitalizada para o endereço eletrónico indicado no n.º 2.', num=n, align='both')

    L.para('Com os melhores cumprimentos,', space_before=8)
    L.para('Lisboa, 2 de junho de 2025', align='right')
    L.para('A Procuradora da República<br/>Inês SARMENTO VAZ', align='right')
    L.para('Anexos: 1 — texto das disposições legais (Lei n.º 20/2008, art. 7.º; Código Penal, arts. 111.º e 368.º-A); '
           '2 — questionário para a inquirição da testemunha; 3 — cópia do despacho que declarou o segredo de justiça.',
           size=10, space_before=8)
    return L
