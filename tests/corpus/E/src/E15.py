# -*- coding: utf-8 -*-
# Pedido de cooperacao juridica internacional em materia penal, MPF (Brasil) -> Portugal.
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from _formkit import kv

ID = "E15_pt_pedido_auxilio_br_pt"
TITLE = "Pedido de cooperacao juridica internacional - PIC 1.34.001.000412/2025-11"
AUTHOR = "PR-SP - 5o Oficio de Combate a Corrupcao"


def build(Builder):
    b = Builder(font="Times New Roman", size=12, lang="pt-BR")
    b.header([("b", "SIGILOSO"), " (v. item 6) \u2013 Pedido sem caráter de urgência", ("br",),
              "MPF/PR-SP \u2013 PIC n.º 1.34.001.000412/2025-11"], size=8)
    b.footer(["Pedido de cooperação Brasil\u2013Portugal \u2013 PIC 1.34.001.000412/2025-11 "
              "\u2013 pág. "], page_label="")

    b.p([("b", "MINISTÉRIO PÚBLICO FEDERAL"), ("br",),
         "Procuradoria da República no Estado de São Paulo", ("br",),
         "5.º Ofício de Combate à Corrupção"], align="center", size=11)
    b.p([("b", "PEDIDO DE COOPERAÇÃO JURÍDICA INTERNACIONAL EM MATÉRIA PENAL")],
        align="center", size=13, space_before=8)
    b.p("(Auxílio direto \u2013 Brasil / Portugal)", align="center", size=10)

    n = b.numbering("legal")

    def P(segs, level=0):
        # section paragraphs are plain; only the requested measures are auto-numbered (a), (b)
        if level:
            b.p(segs, num=n, level=level)
        else:
            b.p(segs)

    b.heading("1. Autoridades")
    kv(b, [
        ["Autoridade requerente", "Procurador da República Fernando Augusto LACERDA BRANDÃO, "
         "Ministério Público Federal, Procuradoria da República no Estado de São Paulo, Rua "
         "Frei Caneca 1360, CEP 01307-002, São Paulo/SP \u2013 tel. +55 11 3000 6412 \u2013 "
         "fernando.brandao@mpf.example.br"],
        ["Autoridade Central brasileira", "Departamento de Recuperação de Ativos e Cooperação "
         "Jurídica Internacional (DRCI/SENAJUS), Ministério da Justiça e Segurança Pública, "
         "Brasília/DF \u2013 cooperacaopenal@mj.example.br"],
        ["Autoridade Central requerida", "Procuradoria-Geral da República, Lisboa, Portugal"],
        ["Procedimento", "Procedimento Investigatório Criminal n.º 1.34.001.000412/2025-11 e "
         "Inquérito Policial n.º 2025.0087311 (Polícia Federal \u2013 Delegacia de Repressão "
         "à Corrupção e Crimes Financeiros em São Paulo)"],
    ], widths=(4.5, 12.0), size=10.5)

    b.heading("2. Fundamento jurídico")
    P(["O pedido é formulado com base no Tratado de Auxílio Mútuo em Matéria Penal entre o "
       "Governo da República Federativa do Brasil e o Governo da República Portuguesa, "
       "celebrado em Brasília em 7 de maio de 1991 e promulgado no Brasil pelo Decreto n.º "
       "1.320, de 30 de novembro de 1994, bem como no artigo 46 da Convenção das Nações "
       "Unidas contra a Corrupção.",
       ("fn", "O pedido é transmitido exclusivamente por intermédio das Autoridades Centrais "
              "designadas. Não foi encaminhada cópia por outra via (INTERPOL, via diplomática "
              "ou contato direto com autoridades judiciárias portuguesas).")])

    b.heading("3. Contatos prévios")
    P(["Em 18 de agosto de 2026 realizou-se reunião por videoconferência entre o Procurador da "
       "República signatário e a Procuradora da República Dra. Helena CASTRO NUNES, do "
       "Departamento Central de Investigação e Ação Penal (DCIAP), na qual se confirmou a "
       "existência da conta e do imóvel referidos no item 4 e se acordou que o presente "
       "pedido indicaria expressamente a forma de certificação dos documentos bancários."])

    b.heading("4. Síntese dos fatos")
    P(["Investiga-se esquema de corrupção na concessão de alvarás de construção no Município "
       "de Santo Amaro da Serra/SP entre 2019 e 2023. Cláudio Roberto MENEGHETTI, então "
       "Secretário Municipal de Obras e Licenciamento, teria recebido da construtora VALE "
       "ALTO EMPREENDIMENTOS LTDA. vantagens indevidas no valor aproximado de R$ 7,8 milhões, "
       "em troca da aprovação acelerada de 11 empreendimentos imobiliários e da dispensa de "
       "estudos de impacto de vizinhança."])
    P(["Os pagamentos foram dissimulados como honorários de consultoria pagos pela construtora "
       "à empresa MENEGHETTI & ASSOCIADOS ASSESSORIA LTDA., de que é sócia a esposa do "
       "investigado, Sra. Marta Helena DUARTE MENEGHETTI. A quebra de sigilo bancário "
       "autorizada pela 6.ª Vara Criminal Federal de São Paulo revelou que, entre março de "
       "2021 e novembro de 2022, essa empresa remeteu ao exterior EUR 1 140 000, por meio de "
       "contratos de câmbio, para a conta n.º 0004 1285 7710 no BANCO ATLÂNTICO MERCANTIL, "
       "S.A., em Lisboa, titulada pelo investigado."])
    P(["Em 14 de fevereiro de 2022 o investigado adquiriu, em Cascais, a fração autónoma "
       "designada pela letra «F» do prédio urbano sito na Avenida Marginal n.º 8023, descrito na "
       "Conservatória do Registo Predial de Cascais sob o n.º 4127 da freguesia de Cascais e "
       "Estoril, pelo preço declarado de EUR 980 000."])
    P(["Qualificação do investigado:"])
    kv(b, [
        ["Nome", "Cláudio Roberto MENEGHETTI"],
        ["Nascimento", "21 de junho de 1966, Campinas/SP"],
        ["Nacionalidade", "brasileira e portuguesa"],
        ["Documentos", "CPF 218.447.903-16; passaporte brasileiro n.º FX482117; Cartão de "
         "Cidadão português n.º 31014558 3 ZX9"],
        ["Endereço", "Rua dos Ipês 240, Jardim Paulistano, São Paulo/SP"],
    ], widths=(4.0, 12.5), size=10.5)

    b.heading("5. Tipificação e penas")
    P(["Os fatos configuram, em tese, os crimes de corrupção passiva e de lavagem de dinheiro, "
       "assim definidos na legislação brasileira:"])
    b.p("Art. 317 do Código Penal \u2013 Solicitar ou receber, para si ou para outrem, direta "
        "ou indiretamente, ainda que fora da função ou antes de assumi-la, mas em razão dela, "
        "vantagem indevida, ou aceitar promessa de tal vantagem: Pena \u2013 reclusão, de 2 "
        "(dois) a 12 (doze) anos, e multa.", indent_cm=1.5, size=11)
    b.p("Art. 1.º da Lei n.º 9.613, de 3 de março de 1998 \u2013 Ocultar ou dissimular a "
        "natureza, origem, localização, disposição, movimentação ou propriedade de bens, "
        "direitos ou valores provenientes, direta ou indiretamente, de infração penal. Pena: "
        "reclusão, de 3 (três) a 10 (dez) anos, e multa.", indent_cm=1.5, size=11)
    P(["Os mesmos fatos são puníveis em Portugal, notadamente como corrupção passiva e "
       "branqueamento (artigos 373.º e 368.º-A do Código Penal português)."])

    b.heading("6. Sigilo")
    P(["A investigação tramita sob sigilo decretado pela 6.ª Vara Criminal Federal de São "
       "Paulo. O investigado ainda não foi ouvido e desconhece a existência de elementos no "
       "exterior. A sua ciência antecipada permitiria a venda do imóvel de Cascais e a "
       "transferência do saldo da conta, frustrando futuro pedido de bloqueio de bens."])
    P(["Solicita-se, por isso, que o banco e as demais entidades não informem o investigado "
       "nem a sua esposa do presente pedido. Caso o sigilo não possa ser assegurado segundo a "
       "lei portuguesa, solicita-se que a Autoridade Central brasileira seja consultada antes "
       "do cumprimento."])

    b.heading("7. Diligências solicitadas")
    P(["Solicita-se às autoridades portuguesas competentes:"])
    P(["a obtenção, junto do BANCO ATLÂNTICO MERCANTIL, S.A., relativamente à conta n.º 0004 "
       "1285 7710 e a quaisquer outras contas de que sejam titulares, cotitulares ou "
       "procuradores Cláudio Roberto MENEGHETTI ou Marta Helena DUARTE MENEGHETTI, da "
       "documentação de abertura, ficha de assinaturas e elementos de identificação do "
       "beneficiário efetivo, e dos extratos de 1 de janeiro de 2021 a 31 de dezembro de 2025, "
       "com identificação da origem e do destino das transferências;"], level=1)
    P(["a obtenção de certidão permanente do registo predial do imóvel descrito no item 4 e de "
       "cópia certificada da escritura de compra e venda de 14 de fevereiro de 2022, com os "
       "documentos comprovativos do meio de pagamento do preço;"], level=1)
    P(["a inquirição, como testemunha, do gestor de conta do investigado no BANCO ATLÂNTICO "
       "MERCANTIL, S.A., sobre a justificação apresentada para a origem dos fundos recebidos "
       "do Brasil e sobre as instruções recebidas, conforme as perguntas do Anexo II."],
      level=1)

    b.heading("8. Pertinência das diligências")
    P(["Os documentos bancários (item 7(a)) demonstrarão o recebimento em Portugal dos valores "
       "remetidos pela empresa da esposa, completando o rastro financeiro já reconstituído no "
       "Brasil, e o seu destino posterior, em especial o pagamento do imóvel de Cascais."])
    P(["A documentação registral e notarial (item 7(b)) permitirá comprovar que o preço do "
       "imóvel foi pago com esses recursos, o que caracteriza a ocultação própria da lavagem, "
       "e fundamentará um eventual pedido de bloqueio e perda do bem."])
    P(["O depoimento do gestor de conta (item 7(c)) revelará a justificação apresentada pelo "
       "investigado para a origem dos fundos, relevante para o dolo de ocultação."])

    b.heading("9. Forma de cumprimento")
    P(["Solicita-se que os documentos bancários sejam fornecidos em cópias certificadas pela "
       "instituição, com declaração de que correspondem integralmente aos registos, e também "
       "em formato eletrónico editável, para permitir a análise pericial no Brasil. O "
       "depoimento deverá ser reduzido a escrito e assinado pela testemunha, advertida nos "
       "termos da lei portuguesa. Caso alguma destas formas não seja admitida pela lei "
       "portuguesa, solicita-se o cumprimento na forma legalmente possível, com informação à "
       "autoridade requerente."])
    P(["Não se pretende a participação de autoridades brasileiras no cumprimento do pedido."])

    b.heading("10. Compromissos")
    P(["As provas obtidas serão utilizadas exclusivamente no procedimento acima identificado e "
       "nas ações penais dele decorrentes, salvo autorização prévia das autoridades "
       "portuguesas. Os documentos originais eventualmente remetidos serão devolvidos logo "
       "que dispensáveis."])

    b.heading("11. Anexos")
    a = b.numbering("dash")
    b.p("Anexo I \u2013 texto integral dos artigos 317 do Código Penal e 1.º da Lei n.º "
        "9.613/1998;", num=a)
    b.p("Anexo II \u2013 perguntas a formular à testemunha;", num=a)
    b.p("Anexo III \u2013 formulário de aviso de recebimento.", num=a)

    b.p("São Paulo, 2 de outubro de 2026.", space_before=8)
    b.p([("i", "(assinado eletronicamente)"), ("br",), "Fernando Augusto Lacerda Brandão",
         ("br",), "Procurador da República"], align="left")

    b.page_break()
    b.p([("b", "ANEXO II \u2013 Perguntas à testemunha")], align="center")
    q = b.numbering("legal")
    for t in ["Desde quando é gestor da conta de Cláudio Roberto MENEGHETTI e quem apresentou o "
              "cliente ao banco?",
              "Que atividade profissional e que origem de fundos declarou o cliente na abertura "
              "da conta e posteriormente?",
              "Que documentos justificativos foram apresentados para as transferências "
              "recebidas de MENEGHETTI & ASSOCIADOS ASSESSORIA LTDA.?",
              "Quem dava instruções sobre a conta e por que meio?",
              "O banco interveio no financiamento ou no pagamento do imóvel de Cascais?"]:
        b.p(t, num=q)

    b.p([("b", "ANEXO III \u2013 Aviso de recebimento")], align="center", space_before=14)
    b.p("A preencher pela Autoridade Central portuguesa e a devolver ao DRCI/SENAJUS "
        "(cooperacaopenal@mj.example.br; Esplanada dos Ministérios, Bloco T, Brasília/DF), com "
        "cópia para fernando.brandao@mpf.example.br.", size=10.5)
    kv(b, [
        ["Referência brasileira", "PIC 1.34.001.000412/2025-11"],
        ["Data de recebimento", [("txt", "Data de recebimento", " ")]],
        ["Referência portuguesa", [("txt", "Referencia portuguesa", " ")]],
        ["Autoridade encarregada do cumprimento", [("txt", "Autoridade", " ")]],
        ["Pessoa de contato (telefone / correio eletrônico)", [("txt", "Contacto", " ")]],
        ["Data e assinatura", [("txt", "Assinatura", " ")]],
    ], widths=(6.0, 10.5), size=10.5)
    return ID, b, False
