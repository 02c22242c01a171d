# -*- coding: utf-8 -*-
# Decisao europeia de investigacao (Anexo A, portugues), Luxemburgo -> Portugal, com Anexo B.
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from _formkit import band, kv, boxes, inline_boxes

ID = "E14_pt_dei_anexo_a_lu_pt"
TITLE = "Decisao europeia de investigacao - dossier JI 2026/0733"
AUTHOR = "Cabinet d'instruction Luxembourg"


def build(Builder):
    b = Builder(font="Arial", size=10, lang="pt-PT")
    b.header(["Tribunal d'arrondissement de Luxembourg \u2013 Cabinet d'instruction \u2013 "
              "dossier JI 2026/0733 (notice 41207/26/CD)", ("br",),
              "Tradução para português \u2013 a versão original está redigida em francês"], size=8)
    b.footer(["DEI LU\u2192PT \u2013 JI 2026/0733 \u2013 página "], page_label="")

    b.p([("b", "ANEXO A")], align="center", size=12, space_after=0)
    b.p([("b", "DECISÃO EUROPEIA DE INVESTIGAÇÃO (DEI)")], align="center", size=13)
    b.p("A presente DEI foi emitida por uma autoridade competente. A autoridade de emissão "
        "certifica que a emissão da presente DEI é necessária e proporcionada para efeitos do "
        "processo nela especificado, tendo em conta os direitos do suspeito ou do arguido, e que "
        "as medidas de investigação solicitadas poderiam ter sido ordenadas nas mesmas condições "
        "num processo nacional semelhante. Solicito que a medida ou medidas de investigação "
        "especificadas infra sejam executadas tendo devidamente em conta a confidencialidade da "
        "investigação e que os elementos de prova obtidos em resultado da execução da DEI sejam "
        "transferidos.", size=9)

    band(b, "SECÇÃO A")
    kv(b, [
        ["Estado de emissão:", [("txt", "Estado de emissao", "GRÃO-DUCADO DO LUXEMBURGO")]],
        ["Estado de execução:", [("txt", "Estado de execucao", "REPÚBLICA PORTUGUESA")]],
    ])

    band(b, "SECÇÃO B: URGÊNCIA")
    kv(b, [
        ["Indicar se existe urgência devido a:",
         boxes([(True, "Risco de ocultação ou destruição de elementos de prova"),
                (False, "Data iminente do julgamento"),
                (False, "Qualquer outra razão")])],
        ["Especificar infra:",
         "O suspeito anunciou a antigos colegas que vai fixar residência no Brasil a partir de "
         "5 de dezembro de 2026. Após essa data, o material informático e os documentos que se "
         "encontram na sua residência em Braga deixarão de estar acessíveis."],
        ["Se for necessário um prazo mais curto ou específico, indicar a data e explicar a "
         "razão:",
         ["Busca e apreensão (medida 1) até ", ("date", "Prazo", "2026-11-30", "30/11/2026"),
          ", pela razão indicada supra. As restantes medidas podem seguir os prazos normais."]],
    ])

    band(b, "SECÇÃO C: MEDIDA(S) DE INVESTIGAÇÃO A EXECUTAR")
    kv(b, [
        ["1. Descrever a assistência ou a(s) medida(s) de investigação requerida(s) E indicar, "
         "se for caso disso, se se trata de uma das seguintes medidas:",
         boxes([
             (False, "Obtenção de informações ou de elementos de prova que já estejam na posse "
                     "da autoridade de execução"),
             (False, "Obtenção de informações contidas em bases de dados detidas pelas "
                     "autoridades policiais ou judiciárias"),
             (True, "Audição de uma testemunha, perito, vítima, suspeito ou arguido ou terceiro "
                    "no território do Estado de execução"),
             (False, "Identificação de pessoas titulares de uma assinatura de um número de "
                     "telefone ou de um endereço IP"),
             (False, "Audição por videoconferência ou outro meio de transmissão audiovisual"),
             (True, "Informações sobre contas bancárias e outras contas financeiras"),
             (True, "Informações sobre operações bancárias e outras operações financeiras"),
             (False, "Interceção de telecomunicações"),
             (True, "Medida(s) provisória(s) destinada(s) a impedir a destruição, "
                    "transformação, deslocação, transferência ou alienação de um elemento que "
                    "possa servir de prova")])],
        ["2. Descrição:",
         [{"p": [("b", "Medida 1 \u2013 "), "Busca à residência do suspeito, Rua de São Vicente "
                 "118, 2.º Esq., 4710-312 Braga, e apreensão de computadores, telemóveis, "
                 "suportes de armazenamento, documentos bancários e documentos relativos à "
                 "FIDUCIAIRE MOSELLE S.à r.l. ou aos seus clientes."]},
          {"p": [("b", "Medida 2 \u2013 "), "Informações sobre as contas bancárias do suspeito "
                 "no BANCO MINHOTO DE CRÉDITO, S.A., incluindo a conta IBAN PT50 0999 0000 4128 "
                 "7730 1019 4: titularidade, autorizações, extratos de 1 de janeiro de 2022 a "
                 "31 de outubro de 2026 e detalhe das transferências recebidas do Luxemburgo."]},
          {"p": [("b", "Medida 3 \u2013 "), "Audição do suspeito, na qualidade de arguido, "
                 "sobre os factos descritos na secção G, após a busca."]}]],
    ])

    band(b, "SECÇÃO D: RELAÇÃO COM UMA DEI ANTERIOR")
    kv(b, [
        ["Indicar se a presente DEI completa uma DEI anterior:", "Não."],
        ["Indicar se foi também enviada uma DEI a outro Estado-Membro no mesmo processo:",
         "Não. Uma cópia da presente DEI foi transmitida, para conhecimento, ao membro nacional "
         "de Portugal na Eurojust."],
    ])

    band(b, "SECÇÃO E: IDENTIDADE DA PESSOA EM CAUSA")
    kv(b, [
        ("span", [("b", "Pessoa 1")]),
        ["Qualidade:", inline_boxes([(True, "suspeito ou arguido"), (False, "vítima"),
                                     (False, "testemunha"), (False, "terceiro")])],
        ["Apelido / nome(s) próprio(s):", "FERREIRA DA SILVA, Ricardo Jorge"],
        ["Sexo / nacionalidade:", "masculino / portuguesa"],
        ["Tipo e número do documento de identidade:", "Cartão de Cidadão n.º 13580247 4 ZY2"],
        ["Data e local de nascimento:", "9 de janeiro de 1985, Braga (Portugal)"],
        ["Residência:", "Rua de São Vicente 118, 2.º Esq., 4710-312 Braga, desde agosto de 2026; "
         "anteriormente Esch-sur-Alzette (Luxemburgo)"],
        ["Línguas que compreende:", "português, francês"],
        ("span", [("b", "Pessoa 2")]),
        ["Qualidade:", inline_boxes([(False, "suspeito ou arguido"), (True, "vítima"),
                                     (False, "testemunha"), (False, "terceiro")])],
        ["Denominação:", "FIDUCIAIRE MOSELLE S.à r.l., Luxemburgo, RCS B 214377, "
         "representada pelo seu gerente, Sr. Paul WAGNER (contacto: +352 621 000 418)"],
    ])

    band(b, "SECÇÃO F: TIPO DE PROCESSO PARA O QUAL É EMITIDA A DEI")
    kv(b, [
        ["Tipo:", boxes([(True, "a) processo penal instaurado por uma autoridade judiciária, ou "
                                "que possa ser instaurado perante esta, relativo a uma infração "
                                "penal ao abrigo do direito nacional do Estado de emissão"),
                         (False, "b), c) ou d)")])],
        ["Base jurídica:", "Diretiva 2014/41/UE do Parlamento Europeu e do Conselho, de 3 de "
         "abril de 2014, e lei luxemburguesa de 1 de agosto de 2018 que a transpõe."],
    ])

    band(b, "SECÇÃO G: MOTIVOS PARA A EMISSÃO DA DEI")
    kv(b, [
        ["1. Resumo dos factos:",
         [{"p": "O suspeito trabalhou de março de 2019 a julho de 2026 como contabilista na "
                "FIDUCIAIRE MOSELLE S.à r.l., sociedade que gere a contabilidade e os "
                "pagamentos de cerca de 300 pequenas empresas luxemburguesas, com poderes "
                "para preparar ordens de pagamento nas contas dos clientes."},
          {"p": "Entre fevereiro de 2022 e junho de 2026, preparou e validou 214 ordens de "
                "pagamento a favor de fornecedores fictícios, num total de 1 274 600 euros, a "
                "débito das contas de 37 clientes. Os montantes foram creditados em cinco "
                "contas abertas em Portugal e na Lituânia, das quais a conta mencionada na "
                "medida 2 está em nome do próprio suspeito."},
          {"p": "As irregularidades foram detetadas por um cliente em julho de 2026, poucos "
                "dias depois de o suspeito se ter despedido. A queixa da FIDUCIAIRE MOSELLE "
                "deu entrada em 4 de agosto de 2026 e foi aberta instrução judicial em 11 de "
                "agosto de 2026."}]],
        ["2. Natureza e qualificação jurídica da infração e disposição legal aplicável:",
         [{"p": "a) Abuso de confiança \u2013 artigo 491.º do Código Penal luxemburguês; pena "
                "de prisão de um mês a cinco anos e multa de 251 a 5 000 euros."},
          {"p": "b) Branqueamento \u2013 artigo 506-1.º do Código Penal luxemburguês; pena de "
                "prisão de um a cinco anos e multa de 1 250 a 1 250 000 euros."},
          {"p": "O texto destas disposições consta do Anexo 1."}]],
        ["3. Lista de infrações (assinalar):",
         boxes([(True, "branqueamento dos produtos do crime"), (True, "burla"),
                (False, "outra")])],
    ])

    band(b, "SECÇÃO H: REQUISITOS ADICIONAIS PARA DETERMINADAS MEDIDAS")
    kv(b, [
        ("span", [("b", "H4 \u2013 Informações sobre contas bancárias")]),
        ["Razões pelas quais se considera que as informações são relevantes:",
         "Os extratos permitem provar que os pagamentos a fornecedores fictícios chegaram a "
         "uma conta do suspeito e seguir o destino dos fundos, o que constitui o elemento "
         "material do branqueamento e permite identificar os titulares das outras contas "
         "beneficiárias."],
        ["Razões pelas quais se presume que bancos do Estado de execução detêm a conta:",
         "O IBAN PT50 consta das ordens de pagamento fraudulentas."],
        ("span", [("b", "Busca e audição")]),
        ["Utilidade:",
         "O material informático do suspeito deve conter os modelos das faturas falsas e os "
         "acessos às outras contas beneficiárias; a audição permite confrontá-lo com esses "
         "elementos."],
    ])

    band(b, "SECÇÃO I: FORMALIDADES E PROCEDIMENTOS SOLICITADOS PARA A EXECUÇÃO")
    kv(b, [
        ["1.", [{"p": boxes([(True, "Solicita-se que a autoridade de execução cumpra as "
                                    "seguintes formalidades e procedimentos:")])},
                {"p": "a) A busca deve ser efetuada sem aviso prévio ao suspeito e o banco não "
                      "deve informar o seu cliente: o suspeito ainda não sabe que foi aberta "
                      "uma instrução e, se o soubesse, poderia destruir o material informático "
                      "e transferir os saldos antes da sua partida para o Brasil. Caso a "
                      "confidencialidade não possa ser assegurada, solicita-se que a autoridade "
                      "de emissão seja consultada antes da execução."},
                {"p": "b) Os dados informáticos devem ser copiados por meios forenses, com "
                      "registo do valor de hash (SHA-256) de cada cópia e documentação da "
                      "cadeia de custódia dos objetos apreendidos."},
                {"p": "c) O suspeito deve ser ouvido na presença de defensor e após ser "
                      "informado dos seus direitos."}]],
        ["2.", [{"p": boxes([(True, "Solicita-se que um ou mais agentes do Estado de emissão "
                                    "prestem assistência na execução da DEI.")])},
                {"p": "Comissário Marc THILL e inspetor-chefe Sandra REUTER, Police "
                      "grand-ducale, Service de police judiciaire, secção criminalidade "
                      "económica e financeira. Conhecem os sistemas informáticos da FIDUCIAIRE "
                      "MOSELLE e podem indicar no local quais os ficheiros e suportes úteis, "
                      "evitando apreensões desnecessárias."},
                {"p": "Línguas: francês, alemão, inglês, português (inspetor-chefe Reuter)."}]],
    ])

    band(b, "SECÇÃO J: VIAS DE RECURSO")
    kv(b, [["1. Recurso já interposto contra a emissão da DEI:", "Nenhum."]])

    band(b, "SECÇÃO K: DADOS DA AUTORIDADE QUE EMITIU A DEI")
    kv(b, [
        ["Tipo de autoridade:", boxes([(True, "Juiz, tribunal ou juiz de instrução"),
                                       (False, "Magistrado do Ministério Público"),
                                       (False, "Outra autoridade competente")])],
        ["Designação da autoridade:", "Juiz de instrução junto do Tribunal d'arrondissement de "
         "Luxembourg"],
        ["Nome do seu representante:", [("txt", "Representante", "Claudine DUPONG")]],
        ["Cargo:", "Juge d'instruction"],
        ["Referência do processo:", "JI 2026/0733 \u2013 notice 41207/26/CD"],
        ["Endereço:", "Cité judiciaire, L-2080 Luxembourg"],
        ["Telefone:", [("txt", "Telefone", "\u2014")]],
        ["Fax:", "\u2014"],
        ["Endereço eletrónico:", [("txt", "E-mail", "\u2014")]],
        ["Línguas em que é possível comunicar com a autoridade de emissão:",
         "francês, alemão, inglês"],
        ["Assinatura:", [("i", "(assinado)"), ("br",), "Claudine DUPONG, juge d'instruction",
                         ("br",), "Data: ", ("date", "Data de emissao", "2026-11-06",
                                              "06/11/2026")]],
    ])

    band(b, "SECÇÃO L: DADOS DA AUTORIDADE JUDICIÁRIA QUE VALIDOU A DEI")
    kv(b, [["Validação:", "Não aplicável (DEI emitida por um juiz de instrução)."]])

    b.p([("b", "ANEXO 1 \u2013 Código Penal luxemburguês (tradução)")], align="center",
        space_before=12)
    b.p("Artigo 491.º \u2013 Quem tiver fraudulentamente desviado ou dissipado, em prejuízo de "
        "outrem, efeitos, fundos, mercadorias, títulos, quitações, escritos de qualquer "
        "natureza que contenham ou produzam obrigação ou quitação e que lhe tenham sido "
        "entregues com a condição de os restituir ou de lhes dar um uso ou emprego "
        "determinado, é punido com pena de prisão de um mês a cinco anos e com multa de 251 "
        "euros a 5 000 euros. [...]", size=9.5)
    b.p("Artigo 506-1.º \u2013 São punidos com pena de prisão de um a cinco anos e com multa de "
        "1 250 euros a 1 250 000 euros, ou com uma só destas penas: 1) aqueles que tiverem "
        "cientemente facilitado, por qualquer meio, a justificação mentirosa da natureza, da "
        "origem, da localização, da disposição, do movimento ou da propriedade dos bens [...] "
        "que constituam o objeto ou o produto, direto ou indireto, [...] de uma infração; 2) "
        "aqueles que tiverem cientemente prestado o seu concurso a uma operação de colocação, "
        "de dissimulação, de disfarce, de transferência ou de conversão desses bens [...].",
        size=9.5)

    b.page_break()
    b.p([("b", "ANEXO B")], align="center", size=12, space_after=0)
    b.p([("b", "CONFIRMAÇÃO DA RECEÇÃO DE UMA DEI")], align="center", size=12)
    b.p("O presente formulário deve ser preenchido pela autoridade do Estado de execução que "
        "recebeu a DEI a seguir referida e devolvido à autoridade de emissão (Cité judiciaire, "
        "L-2080 Luxembourg).", size=9)
    band(b, "A) DEI EM CAUSA")
    kv(b, [
        ["Autoridade que emitiu a DEI:", "Juge d'instruction C. Dupong, Luxemburgo"],
        ["Referência do processo:", "JI 2026/0733"],
        ["Data de emissão:", "06/11/2026"],
        ["Data de receção:", [("txt", "Data de rececao", " ")]],
    ])
    band(b, "B) AUTORIDADE QUE RECEBEU A DEI")
    kv(b, [
        ["Designação oficial da autoridade competente:", [("txt", "Autoridade", " ")]],
        ["Nome do seu representante / cargo:", [("txt", "Representante", " ")]],
        ["Endereço / telefone / endereço eletrónico:", [("txt", "Contactos", " ")]],
        ["Referência do processo:", [("txt", "Referencia", " ")]],
        ["Línguas em que é possível comunicar:", [("txt", "Linguas", " ")]],
    ])
    band(b, "C) (SE FOR CASO DISSO) AUTORIDADE COMPETENTE À QUAL A DEI FOI TRANSMITIDA")
    kv(b, [["Designação, contactos, data da transmissão:", [("txt", "Transmitida a", " ")]]])
    band(b, "D) OUTRAS INFORMAÇÕES RELEVANTES")
    kv(b, [["Informações:", [("txt", "Outras informacoes", " ")]]])
    band(b, "E) ASSINATURA E DATA")
    kv(b, [["Assinatura / data / carimbo:", [("txt", "Assinatura", " ")]]])
    return ID, b, True
