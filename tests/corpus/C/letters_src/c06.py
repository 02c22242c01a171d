ID = "C06_pt_pedido_auxilio_br_pt"
OPTIONS = dict(lang="pt-BR", font="Times New Roman", size=12)


def build(L):
    L.header("MINISTÉRIO PÚBLICO FEDERAL\nProcuradoria da República no Distrito Federal – 5º Ofício de Combate à Corrupção\nSIGILOSO", size=9, bold=True)
    L.footer("PIC n.º 1.16.000.000417/2024-11 – Pedido de auxílio jurídico à República Portuguesa", page_word="Pág.")
    L.p("**PEDIDO DE AUXÍLIO JURÍDICO EM MATÉRIA PENAL**", align="center", size=13)
    L.p("**URGENTE – prazo: 20 de março de 2026 (item 9)**", align="center", size=11)
    L.p("À Procuradoria-Geral da República Portuguesa\n(Autoridade Central designada no Tratado de 1991)\nLisboa – Portugal", space_after=4)
    L.p("Por intermédio da Secretaria de Cooperação Internacional da Procuradoria-Geral da República (Autoridade Central brasileira para o Tratado)", italic=True, size=10)
    L.p("Brasília, 9 de fevereiro de 2026.", align="right")
    n = L.new_list("decimal")

    L.heading("Autoridade requerente", num=n)
    L.p("O presente pedido é formulado pela Procuradora da República **Helena Braga Vasconcellos**, titular do 5º Ofício de Combate à Corrupção da Procuradoria da República no Distrito Federal, SAF Sul, Quadra 4, Conjunto C, Brasília-DF, CEP 70050-900, telefone +55 61 5555 4170, correio eletrônico prdf-5oficio@example.mp.br, responsável pelo Procedimento Investigatório Criminal (PIC) n.º 1.16.000.000417/2024-11, que tramita em conjunto com o Inquérito Policial n.º 2024.0041718-DPF/DICOR.",
        align="justify")

    L.heading("Fundamento jurídico", num=n)
    L.p("O pedido tem por base o Tratado de Auxílio Mútuo em Matéria Penal entre o Governo da República Federativa do Brasil e o Governo da República Portuguesa, assinado em Lisboa em 7 de maio de 1991 e promulgado pelo Decreto n.º 1.320, de 30 de novembro de 1994, bem como a Convenção das Nações Unidas contra a Corrupção (Mérida, 2003), promulgada pelo Decreto n.º 5.687, de 31 de janeiro de 2006.",
        align="justify")

    L.heading("Contatos prévios e outros canais", num=n)
    L.p("Em 14 de janeiro de 2026, por videoconferência, a signatária e o Procurador da República Dr. Rui Manuel Sequeira Lobo, do Departamento Central de Investigação e Ação Penal (DCIAP), trataram da viabilidade das diligências; acordou-se que o pedido indicaria os números das contas e o artigo matricial do imóvel, o que se faz no item 6.",
        align="justify")
    L.p("Não foi enviada cópia deste pedido por outra via – nem pela Interpol, nem pela via diplomática, nem diretamente a qualquer autoridade portuguesa.",
        align="justify")

    L.heading("Resumo dos fatos", num=n)
    L.p("Investiga-se **Roberto Carlos ALBUQUERQUE TEIXEIRA**, brasileiro, nascido em 21 de junho de 1969 em Recife-PE, CPF 000.417.226-15, passaporte brasileiro n.º GC000417, que entre 2019 e 2023 exerceu o cargo de Coordenador-Geral de Tecnologia da Informação da Fundação Nacional de Dados Públicos (FUNADAP).",
        align="justify")
    L.p("Segundo as provas colhidas (colaboração premiada homologada, relatórios do Tribunal de Contas da União e quebras de sigilo bancário autorizadas pela 10ª Vara Federal do Distrito Federal), ALBUQUERQUE TEIXEIRA direcionou à empresa **Nexum Soluções Digitais S.A.** (CNPJ 00.417.552/0001-08) quatro contratos de licenciamento de software, no valor total de R$ 186 milhões, em troca de vantagem indevida equivalente a 6 % de cada pagamento.",
        align="justify")
    L.p("Parte da propina, cerca de EUR 1,15 milhão, foi paga no exterior: entre abril de 2021 e setembro de 2022, uma sociedade offshore controlada por um diretor da Nexum transferiu esse valor para a conta da sociedade portuguesa **Tejo Horizonte, Unipessoal, Lda.** (NIPC 500000417), cujo sócio único é ALBUQUERQUE TEIXEIRA. Em 3 de novembro de 2022 essa sociedade adquiriu uma fração autónoma em Lisboa (Avenida Conde de Valbom Nova, n.º 61, 7.º Dto.) por EUR 985.000, e o investigado requereu, com base nesse investimento, autorização de residência em Portugal.",
        align="justify")
    L.p("Em 5 de fevereiro de 2026, a 10ª Vara Federal do Distrito Federal decretou o sequestro dos bens do investigado no Brasil (cópia da decisão no Anexo B).",
        align="justify")

    L.heading("Crimes e penas", num=n)
    L.p("Os fatos configuram, em tese:", align="justify")
    L.p("corrupção passiva (art. 317 do Código Penal brasileiro), punida com reclusão de 2 a 12 anos e multa[^Art. 317: “Solicitar ou receber, para si ou para outrem, direta ou indiretamente, ainda que fora da função ou antes de assumi-la, mas em razão dela, vantagem indevida, ou aceitar promessa de tal vantagem: Pena – reclusão, de 2 (dois) a 12 (doze) anos, e multa.”^];",
        num=n, level=1, align="justify")
    L.p("corrupção ativa (art. 333 do Código Penal), quanto aos dirigentes da Nexum, punida com reclusão de 2 a 12 anos e multa[^Art. 333: “Oferecer ou prometer vantagem indevida a funcionário público, para determiná-lo a praticar, omitir ou retardar ato de ofício: Pena – reclusão, de 2 (dois) a 12 (doze) anos, e multa.”^];",
        num=n, level=1, align="justify")
    L.p("lavagem de dinheiro (art. 1º da Lei n.º 9.613, de 3 de março de 1998), punida com reclusão de 3 a 10 anos e multa[^Lei n.º 9.613/1998, art. 1º: “Ocultar ou dissimular a natureza, origem, localização, disposição, movimentação ou propriedade de bens, direitos ou valores provenientes, direta ou indiretamente, de infração penal. Pena: reclusão, de 3 (três) a 10 (dez) anos, e multa.”^].",
        num=n, level=1, align="justify")

    L.heading("Diligências solicitadas", num=n)
    L.p("Solicita-se às autoridades portuguesas, na forma da sua lei:", align="justify")
    L.p("obter junto do Banco Atlântico Português, S.A. a documentação de abertura, as fichas de assinaturas, a identificação do beneficiário efetivo, os extratos e os comprovativos das transferências recebidas e enviadas da conta IBAN PT50 0000 0417 0000 1122 3344 5, titulada por Tejo Horizonte, Unipessoal, Lda., de 1 de janeiro de 2021 até à data da execução;",
        num=n, level=1, align="justify")
    L.p("obter certidão permanente do registo comercial de Tejo Horizonte, Unipessoal, Lda. e certidão do registo predial da fração autónoma referida no item 4 (artigo matricial 4170-AF, freguesia das Avenidas Novas), com a escritura ou o título de aquisição de 3 de novembro de 2022;",
        num=n, level=1, align="justify")
    L.p("obter junto da Agência para a Integração, Migrações e Asilo (AIMA) cópia do processo de autorização de residência de Roberto Carlos ALBUQUERQUE TEIXEIRA, em especial a prova de investimento apresentada;",
        num=n, level=1, align="justify")
    L.p("inquirir como testemunha o Sr. **Duarte Nuno CARVALHO MEIRELES**, mediador imobiliário, sócio-gerente de Meireles & Filhos – Mediação Imobiliária, Lda., com domicílio profissional na Rua Tomás Ribeiro Alta, n.º 12, Lisboa, sobre: (i) quem negociou a compra da fração; (ii) como foi pago o preço; (iii) se o investigado esteve presente; (iv) se lhe foram apresentados documentos sobre a origem dos fundos.",
        num=n, level=1, align="justify")

    L.heading("Pertinência", num=n)
    L.p("Os documentos bancários (6, a) permitirão demonstrar que os EUR 1,15 milhão provieram da offshore ligada à Nexum, fechando o circuito da propina; os registos (6, b) provam que o imóvel pertence, por interposta sociedade, ao investigado; o processo de residência (6, c) contém declarações do próprio investigado sobre a origem do dinheiro; e o depoimento do mediador (6, d) esclarece quem atuou na compra, ponto que a defesa contesta.",
        align="justify")

    L.heading("Forma de execução", num=n)
    L.p("Na medida em que a lei portuguesa o permita, solicita-se que: a testemunha seja advertida do dever de dizer a verdade e das consequências do falso testemunho, e que o depoimento seja reduzido a termo assinado pela testemunha e pela autoridade, com indicação das perguntas e respostas; os documentos sejam remetidos em cópia certificada pela entidade emitente, acompanhados de declaração de autenticidade do banco. Caso algum destes procedimentos não seja compatível com a lei portuguesa, pede-se que as autoridades requeridas nos informem.",
        align="justify")
    L.p("A signatária e o Delegado de Polícia Federal **Marcos Vinícius Torquato**, que preside o inquérito, desejam estar presentes na inquirição do item 6, d), e sugerir perguntas por intermédio da autoridade portuguesa, porque conhecem em detalhe o fluxo financeiro e os documentos que serão exibidos à testemunha. As despesas da deslocação correrão por conta do Ministério Público Federal.",
        align="justify")

    L.heading("Urgência", num=n)
    L.p("Pede-se execução prioritária até **20 de março de 2026**. O sequestro decretado em 5 de fevereiro de 2026 perde eficácia se a ação penal não for proposta no prazo de 60 dias (art. 131, I, do Código de Processo Penal), e a denúncia depende da prova bancária pedida no item 6, a).",
        align="justify")

    L.heading("Sigilo", num=n)
    L.p("O procedimento tramita sob sigilo judicial. Solicita-se que nem o banco nem as demais entidades requeridas deem conhecimento das diligências ao investigado ou à sociedade, {-dado que-}{+uma vez que+} ALBUQUERQUE TEIXEIRA desconhece a investigação em Portugal e poderia transferir os ativos ou vender o imóvel. Se o sigilo não puder ser assegurado, pede-se consulta prévia a esta Procuradoria antes da execução.",
        align="justify")

    L.heading("Compromissos", num=n)
    L.p("As provas obtidas serão utilizadas apenas no procedimento indicado e nas ações penais dele decorrentes, salvo autorização da Parte requerida. O Ministério Público Federal compromete-se a suportar os custos extraordinários da execução.",
        align="justify")
    L.p("Anexos: A – Formulário de aviso de recebimento; B – Decisão de sequestro de 5 de fevereiro de 2026 (cópia).", size=10)
    L.p("Respeitosamente,", space_before=6)
    L.p("\n(assinado eletronicamente)\nHelena Braga Vasconcellos\nProcuradora da República", align="center")

    L.page_break()
    L.p("**ANEXO A – AVISO DE RECEBIMENTO**", align="center")
    L.p("A preencher pela autoridade portuguesa e a devolver para prdf-5oficio@example.mp.br (com cópia para a Secretaria de Cooperação Internacional da PGR: sci.pedidos@example.mp.br).", size=10, align="justify")
    L.table([["Referência brasileira", "PIC 1.16.000.000417/2024-11"],
             ["Autoridade que recebeu", ""],
             ["Data de recebimento", ""],
             ["Referência portuguesa atribuída", ""],
             ["Autoridade encarregada da execução e contacto", ""],
             ["Assinatura / carimbo", ""]], widths_cm=[6, 10], size=10, bold_first_col=True)
