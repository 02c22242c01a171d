ID = "C09_pt_carta_rogatoria_br_uy"
OPTIONS = dict(lang="pt-BR", font="Arial", size=11)


def build(L):
    L.header("URGENTE – RÉU PRESO – AUDIÊNCIA EM 18/03/2026", size=11, bold=True, align="right")
    L.footer("Justiça Federal – Seção Judiciária do Rio Grande do Sul – 2ª Vara Federal Criminal de Porto Alegre", page_word="Pág.")
    L.p("PODER JUDICIÁRIO\nJUSTIÇA FEDERAL DE PRIMEIRO GRAU NO RIO GRANDE DO SUL\n2ª Vara Federal Criminal de Porto Alegre\nRua Otávio Francisco Caruso da Rocha, 600 – Porto Alegre/RS – CEP 90010-395\nTel. +55 51 5555 3402 – prtpoa02@example.jus.br",
        align="center", size=10, bold=True)
    L.p("**CARTA ROGATÓRIA**", align="center", size=13, space_before=8)
    L.p("Ação Penal n.º {{processo|5004170-21.2025.4.04.7100}}/RS", align="center")
    L.p("Juízo rogante: 2ª Vara Federal Criminal de Porto Alegre – República Federativa do Brasil\nJuízo rogado: Autoridade judiciária competente da República Oriental do Uruguai (Departamento de Rivera)\nAutoridades Centrais: DRCI/SENAJUS/MJSP (Brasil) – Dirección de Cooperación Jurídica Internacional y de Justicia, Ministerio de Educación y Cultura (Uruguai)",
        size=10)
    L.p("A Juíza Federal Substituta **Mariana Kessler Bortolini**, no exercício da titularidade da 2ª Vara Federal Criminal de Porto Alegre, na forma da lei, FAZ SABER à autoridade judiciária competente da República Oriental do Uruguai que, perante este Juízo, tramita a ação penal acima indicada, movida pelo Ministério Público Federal, e ROGA que se digne determinar o cumprimento das diligências abaixo, com fundamento no Protocolo de Assistência Jurídica Mútua em Assuntos Penais do MERCOSUL (Decisão CMC n.º 2/96, San Luis, 25 de junho de 1996), promulgado no Brasil pelo Decreto n.º 3.468, de 17 de maio de 2000.",
        align="justify")
    n = L.new_list("upperroman")
    L.heading("Síntese dos fatos", num=n)
    L.p("Segundo a denúncia, recebida em 4 de dezembro de 2025, entre janeiro e julho de 2025 uma associação criminosa introduziu no Brasil, pela fronteira seca entre Rivera e Santana do Livramento, cerca de 41.000 pacotes de cigarros de fabricação paraguaia, sem registro na ANVISA, escondidos em caminhões de transporte de arroz. Foi preso em flagrante em 22 de julho de 2025 o motorista e corréu Jairo Luís Fagundes Camargo, que permanece preso preventivamente.",
        align="justify")
    L.p("O corréu **Gustavo Adolfo BENTANCOR PÍRIZ**, uruguaio, cédula de identidade uruguaia n.º 4.000.417-2, nascido em 8 de dezembro de 1979 em Rivera, residente na Calle Agraciada Vieja, n.º 1455, Rivera, seria o responsável pelo depósito onde a carga era preparada. O Sr. **Marcelo Dorneles Viana**, brasileiro, ex-empregado do depósito, residente na Calle Sarandí Alta, n.º 870, Rivera, é testemunha arrolada pela acusação.",
        align="justify")
    L.heading("Crimes imputados", num=n)
    L.p("Contrabando (art. 334-A, § 1.º, do Código Penal brasileiro), punido com reclusão de 2 a 5 anos, e associação criminosa (art. 288 do Código Penal), punida com reclusão de 1 a 3 anos.",
        align="justify")
    L.heading("Diligências rogadas", num=n)
    L.p("Citação de Gustavo Adolfo BENTANCOR PÍRIZ, no endereço acima, para responder à acusação por escrito no prazo de 10 (dez) dias (art. 396 do Código de Processo Penal), mediante entrega dos documentos listados no quadro abaixo.",
        num=n, level=1, align="justify")
    L.p("Intimação da testemunha Marcelo Dorneles Viana para comparecer à sede do Juzgado Letrado de Rivera em 18 de março de 2026, às 14h00 (hora de Brasília), a fim de ser ouvida por videoconferência por este Juízo, se a lei uruguaia o permitir, ou, não sendo possível, para prestar depoimento perante a autoridade uruguaia sobre os quesitos do Anexo 2.",
        num=n, level=1, align="justify")
    L.table([["Documento a entregar ao citando", "Folhas"],
             ["Denúncia do Ministério Público Federal (com tradução)", "1–22"],
             ["Decisão de recebimento da denúncia, de 4/12/2025 (com tradução)", "23–26"],
             ["Mandado de citação (com tradução)", "27–28"]],
            widths_cm=[12, 4], header=True, size=9)
    L.heading("Finalidade das diligências", num=n)
    L.p("A citação é indispensável para que a ação penal prossiga em relação a BENTANCOR PÍRIZ; sem ela o processo e o prazo prescricional ficariam suspensos quanto a ele (art. 366 do Código de Processo Penal). O depoimento de Marcelo Dorneles Viana é a única prova testemunhal sobre o funcionamento do depósito em Rivera e sobre a participação do citando.",
        align="justify")
    L.heading("Urgência", num=n)
    L.p("O corréu Jairo Luís Fagundes Camargo está preso preventivamente e a audiência de instrução foi designada para **18 de março de 2026**. Roga-se que a citação seja cumprida e a certidão devolvida até {-28 de fevereiro-}{+6 de março+} de 2026, para que a audiência possa ser realizada na data marcada.",
        align="justify")
    L.heading("Forma de cumprimento", num=n)
    L.p("Roga-se que a citação seja certificada pelo oficial que a cumprir, com data, hora, local, identificação do citando e declaração de entrega das cópias, e que o citando seja informado do direito de constituir defensor ou de ser assistido pela Defensoria Pública da União. Na videoconferência, roga-se que a testemunha seja identificada por funcionário do Juízo rogado antes do início do ato. Não será necessária a presença de autoridades brasileiras em território uruguaio.",
        align="justify")
    L.heading("Outras informações", num=n)
    L.p("A presente carta não foi remetida por nenhuma outra via. Não há necessidade de sigilo: trata-se de ação penal pública já instaurada e o citando tem conhecimento da investigação, pois foi ouvido informalmente pela Polícia Federal em agosto de 2025. Acompanha tradução para o espanhol de toda a carta e dos documentos, firmada por tradutor público e intérprete comercial (Anexo 3).",
        align="justify")
    L.p("Contatos técnicos para a videoconferência: Seção de Informática da JFRS, +55 51 5555 3490, videoconf.jfrs@example.jus.br.", size=10, align="justify")
    L.p("Anexos: 1 – Peças a entregar ao citando; 2 – Quesitos para a testemunha; 3 – Tradução juramentada para o espanhol.", size=10)
    L.p("Porto Alegre, 19 de janeiro de 2026.", align="right")
    L.p("\n(documento assinado eletronicamente)\nMariana Kessler Bortolini\nJuíza Federal Substituta", align="center")
