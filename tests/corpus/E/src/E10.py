# -*- coding: utf-8 -*-
# Orden europea de investigacion (Anexo A, espanol), Portugal -> Espana, OEI complementaria, Anexo B.
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from _formkit import band, kv, boxes, inline_boxes

ID = "E10_es_oei_complementaria_pt_es"
TITLE = "Orden europea de investigacion complementaria - NUIPC 412/24.7JAPRT"
AUTHOR = "DIAP Porto"


def build(Builder):
    b = Builder(font="Arial", size=10, lang="es-ES")
    b.header(["Ministério Público \u2013 Procuradoria da República da Comarca do Porto \u2013 DIAP, "
              "3.ª Secção", ("br",), "Inquérito/Processo n.º 412/24.7JAPRT \u2013 OEI complementaria "
              "(traducción al español)"], size=8)
    b.footer(["OEI PT\u2192ES \u2013 412/24.7JAPRT \u2013 página "], page_label="")

    b.p([("b", "ANEXO A")], align="center", size=12, space_after=0)
    b.p([("b", "ORDEN EUROPEA DE INVESTIGACIÓN (OEI)")], align="center", size=13)
    b.p("La presente OEI ha sido emitida por una autoridad competente. La autoridad de emisión "
        "certifica que la emisión de la presente OEI es necesaria y proporcionada a efectos del "
        "procedimiento especificado en ella, teniendo en cuenta los derechos del sospechoso o "
        "acusado, y que las medidas de investigación solicitadas podrían haberse ordenado en las "
        "mismas condiciones en un caso interno similar. Solicito que la medida o medidas de "
        "investigación especificadas a continuación se lleven a cabo teniendo debidamente en "
        "cuenta la confidencialidad de la investigación y que se transfieran las pruebas "
        "obtenidas como resultado de la ejecución de la OEI.", size=9)

    band(b, "SECCIÓN A")
    kv(b, [
        ["Estado de emisión:", [("txt", "Estado de emision", "REPÚBLICA PORTUGUESA")]],
        ["Estado de ejecución:", [("txt", "Estado de ejecucion", "REINO DE ESPAÑA")]],
    ])

    band(b, "SECCIÓN B: URGENCIA")
    kv(b, [
        ["Indíquese si existe urgencia debido a:",
         boxes([(False, "Posibilidad de ocultación o destrucción de pruebas"),
                (True, "Fecha de juicio inminente"),
                (False, "Cualquier otro motivo")])],
        ["Especifíquese a continuación:",
         "El juicio oral ante el Juízo Central Criminal de Beja está señalado para los días 9 y "
         "10 de febrero de 2027. Los dos testigos indicados en la sección E residen en España y "
         "deben declarar en dichas sesiones."],
        ["Los plazos de ejecución de la OEI se establecen en la Directiva 2014/41/UE. No "
         "obstante, si es necesario un plazo más corto o específico, indíquese la fecha y "
         "explíquese el motivo:",
         ["Confirmación de la disponibilidad de los testigos y prueba técnica de conexión antes "
          "del ", ("date", "Fecha limite", "2027-01-15", "15/01/2027"),
          ", a fin de poder notificar a las partes la modalidad de la declaración con la "
          "antelación que exige el Derecho portugués."]],
    ])

    band(b, "SECCIÓN C: MEDIDA(S) DE INVESTIGACIÓN QUE DEBEN LLEVARSE A CABO")
    kv(b, [
        ["1. Descríbase la asistencia o la(s) medida(s) de investigación solicitada(s) E "
         "indíquese, en su caso, si se trata de una de las siguientes medidas:",
         boxes([
             (False, "Obtención de información o pruebas que ya obran en poder de la autoridad "
                     "de ejecución"),
             (False, "Obtención de información contenida en bases de datos de la policía o de "
                     "las autoridades judiciales"),
             (False, "Audición de un testigo, perito, víctima, sospechoso o acusado o tercero en "
                     "el territorio del Estado de ejecución"),
             (False, "Identificación de personas titulares de un número de teléfono o una "
                     "dirección IP"),
             (False, "Traslado temporal de un detenido al Estado de emisión"),
             (False, "Traslado temporal de un detenido al Estado de ejecución"),
             (True, "Audición por videoconferencia u otros medios de transmisión "
                    "audiovisual"),
             (False, "Audición por conferencia telefónica"),
             (False, "Información sobre cuentas bancarias y otras cuentas financieras"),
             (False, "Información sobre operaciones bancarias y otras operaciones financieras"),
             (False, "Medida de investigación que implique la obtención de pruebas en tiempo "
                     "real, de manera continua y durante un determinado período de tiempo"),
             (False, "Investigaciones encubiertas"),
             (False, "Intervención de telecomunicaciones"),
             (False, "Medida(s) provisional(es) para impedir la destrucción, transformación, "
                     "desplazamiento, transferencia o enajenación de un objeto que pueda "
                     "utilizarse como prueba")])],
        ["2. Descripción:",
         "Audición por videoconferencia, durante las sesiones del juicio oral de los días 9 y 10 "
         "de febrero de 2027 (de 9:30 a 13:00, hora de Lisboa), de los testigos-víctimas Bikash "
         "THAPA y Sunita GURUNG (sección E), por el tribunal portugués, desde la sede judicial "
         "española más próxima a su domicilio (Lepe o Huelva), con intervención de intérprete "
         "de lengua nepalí."],
    ])

    band(b, "SECCIÓN D: RELACIÓN CON UNA OEI ANTERIOR")
    kv(b, [
        ["Indíquese si la presente OEI complementa una OEI anterior:",
         [{"p": boxes([(True, "Sí")])},
          {"p": "OEI emitida el 3 de marzo de 2026 por esta misma autoridad y transmitida el 5 de "
                "marzo de 2026 a la Fiscalía Provincial de Huelva (referencia española: "
                "Diligencias de Investigación Penal n.º 118/2026). Su objeto era la obtención "
                "de la documentación de AGRO-LABORAL IBÉRICA, S.L. (Registro Mercantil y "
                "Tesorería General de la Seguridad Social). Fue ejecutada el 22 de mayo de "
                "2026."},
          {"p": "Con ocasión de aquella ejecución, la fiscal D.ª Carmen Robles Ortega comunicó a "
                "la autoridad de emisión, por correo electrónico de 20 de mayo de 2026, los "
                "domicilios actuales de los dos testigos en Lepe (Huelva) y la disponibilidad "
                "de sala de videoconferencia en el Juzgado de Ayamonte."}]],
        ["Si procede, indíquese si se ha dirigido una OEI a otro Estado miembro en relación con "
         "el mismo asunto:",
         "No. Se remite copia de la presente OEI, para su conocimiento, al miembro nacional de "
         "España en Eurojust."],
    ])

    band(b, "SECCIÓN E: IDENTIDAD DE LA PERSONA AFECTADA")
    kv(b, [
        ("span", [("b", "Persona 1")]),
        ["Calidad:", inline_boxes([(True, "sospechoso o acusado"), (False, "víctima"),
                                   (False, "testigo"), (False, "tercero")])],
        ["Apellidos, nombre:", "ROCHA PINTO, José Manuel"],
        ["Nacionalidad / fecha y lugar de nacimiento:", "portuguesa / 2 de agosto de 1972, Serpa "
         "(Portugal)"],
        ["Documento de identidad:", "Cartão de Cidadão n.º 10447213 6 ZX4"],
        ["Domicilio:", "en prisión preventiva en el Estabelecimento Prisional de Beja"],
        ("span", [("b", "Persona 2")]),
        ["Calidad:", inline_boxes([(True, "sospechoso o acusado"), (False, "víctima"),
                                   (False, "testigo"), (False, "tercero")])],
        ["Apellidos, nombre:", "MEDINA SOTO, Raúl"],
        ["Nacionalidad / fecha de nacimiento:", "española / 14 de noviembre de 1980"],
        ["Documento de identidad:", "DNI 48917235-T (según la documentación obtenida en "
         "ejecución de la OEI anterior)"],
        ["Cargo:", "administrador único de AGRO-LABORAL IBÉRICA, S.L., Cartaya (Huelva)"],
        ("span", [("b", "Personas 3 y 4")]),
        ["Calidad:", inline_boxes([(False, "sospechoso o acusado"), (True, "víctima"),
                                   (True, "testigo"), (False, "tercero")])],
        ["Testigo 1:", "THAPA, Bikash, nacional nepalí, nacido el 5 de marzo de 1994; domicilio: "
         "calle Nueva 12, Lepe (Huelva)"],
        ["Testigo 2:", "GURUNG, Sunita, nacional nepalí, nacida el 19 de julio de 1997; "
         "domicilio: el mismo"],
        ["Lengua(s) que comprenden:", "nepalí; comprensión limitada del inglés"],
    ])

    band(b, "SECCIÓN F: TIPO DE PROCEDIMIENTO PARA EL QUE SE EMITE LA OEI")
    kv(b, [
        ["Tipo:", boxes([(True, "a) procedimiento penal incoado por una autoridad judicial, o "
                                "que pueda ser incoado ante la misma, relativo a una infracción "
                                "penal con arreglo al Derecho del Estado de emisión"),
                         (False, "b), c) o d) (otros procedimientos)")])],
        ["Base jurídica:", "Directiva 2014/41/UE del Parlamento Europeo y del Consejo, de 3 de "
         "abril de 2014, relativa a la orden europea de investigación en materia penal, y Lei "
         "n.º 88/2017, de 21 de agosto, que la transpone al ordenamiento portugués."],
    ])

    band(b, "SECCIÓN G: MOTIVOS PARA LA EMISIÓN DE LA OEI")
    kv(b, [
        ["1. Resumen de los hechos:",
         [{"p": "Entre enero de 2023 y octubre de 2024, al menos 23 trabajadores nepalíes fueron "
                "contratados a través de AGRO-LABORAL IBÉRICA, S.L., empresa de trabajo temporal "
                "con sede en Cartaya (Huelva), y cedidos a explotaciones de olivar intensivo del "
                "Baixo Alentejo gestionadas por el acusado ROCHA PINTO."},
          {"p": "A los trabajadores se les retuvo el pasaporte, se les alojó en naves sin "
                "condiciones de habitabilidad en Ferreira do Alentejo y se les descontó de un "
                "salario de 760 euros mensuales una supuesta deuda de viaje de 4.000 euros, "
                "de modo que no percibían prácticamente nada. Quienes se quejaban eran "
                "amenazados con la denuncia a las autoridades de inmigración."},
          {"p": "El 17 de octubre de 2024 la Polícia Judiciária liberó a 19 trabajadores. Los "
                "testigos THAPA y GURUNG, que trabajaron en dichas explotaciones de marzo a "
                "octubre de 2024, se trasladaron posteriormente a Lepe. El acusado ROCHA PINTO "
                "se encuentra en prisión preventiva; el acusado MEDINA SOTO ha sido acusado "
                "y está en libertad."},
          {"p": "Fase del procedimiento: acusación formulada el 30 de junio de 2026; juicio "
                "señalado para los días 9 y 10 de febrero de 2027."}]],
        ["2. Naturaleza y tipificación jurídica de la(s) infracción(es) y disposición legal "
         "aplicable:",
         "Trata de seres humanos con fines de explotación laboral, artículo 160, apartados 1 y 2, "
         "del Código Penal portugués; pena de prisión de tres a diez años. El texto del artículo "
         "160 figura en el Anexo I."],
        ["3. Lista de infracciones (marcar):",
         boxes([(True, "trata de seres humanos"),
                (False, "ayuda a la entrada y residencia en situación ilegal"),
                (False, "otra")])],
    ])

    band(b, "SECCIÓN H: REQUISITOS ADICIONALES PARA DETERMINADAS MEDIDAS")
    kv(b, [
        ("span", [("b", "H2 \u2013 Audición por videoconferencia")]),
        ["Autoridad que realizará la audición:", "Juízo Central Criminal de Beja \u2013 Juiz 2 "
         "(tribunal colectivo), Rua Dr. Aresta Branco, Beja"],
        ["Motivos por los que se solicita la videoconferencia:",
         "Los testigos son víctimas que residen legalmente en España con permiso de trabajo "
         "temporal y no pueden ausentarse sin perderlo; su desplazamiento a Beja les expondría "
         "además a encontrarse con el acusado ROCHA PINTO y con personas de su entorno. Sus "
         "declaraciones son la prueba directa de la retención de pasaportes y de las amenazas, "
         "hechos que los acusados niegan."],
        ["Datos técnicos de contacto:", "Sr. Nuno Teixeira, técnico de informática, Comarca de "
         "Beja, tel. +351 284 000 617, nuno.teixeira@tribunais.example.pt"],
    ])

    band(b, "SECCIÓN I: FORMALIDADES Y PROCEDIMIENTOS SOLICITADOS PARA LA EJECUCIÓN")
    kv(b, [
        ["1.", [{"p": boxes([(True, "Se solicita que la autoridad de ejecución cumpla las "
                                    "siguientes formalidades y procedimientos:")])},
                {"p": "La audición será dirigida por el tribunal portugués con arreglo al "
                      "Derecho portugués (artículo 24, apartado 5, de la Directiva). Se ruega "
                      "que la autoridad española identifique a los testigos antes de la "
                      "declaración, esté presente durante ella y levante acta de las "
                      "condiciones en que se ha desarrollado. Se ruega asimismo que designe un "
                      "intérprete de nepalí que permanezca junto a los testigos; los testigos "
                      "prestarán juramento ante el tribunal portugués."}]],
        ["2.", [{"p": boxes([(True, "Se solicita que uno o varios funcionarios del Estado de "
                                    "emisión asistan en la ejecución de la OEI en apoyo de las "
                                    "autoridades competentes del Estado de ejecución.")])},
                {"p": "Inspectora Rita FONSECA, Polícia Judiciária, Diretoria do Sul."},
                {"p": "Lenguas: portugués, español."}]],
    ])

    band(b, "SECCIÓN J: VÍAS DE RECURSO")
    kv(b, [["1. Recurso interpuesto contra la emisión de la OEI:", "Ninguno."],
           ["2. Autoridad que puede facilitar información:", "La autoridad de emisión."]])

    band(b, "SECCIÓN K: DATOS DE LA AUTORIDAD QUE EMITIÓ LA OEI")
    kv(b, [
        ["Tipo de autoridad:", boxes([(False, "Juez, tribunal o juez de instrucción"),
                                      (True, "Fiscal"),
                                      (False, "Otra autoridad competente")])],
        ["Nombre de la autoridad:", "Ministério Público \u2013 DIAP do Porto, 3.ª Secção"],
        ["Nombre de su representante:", [("txt", "Representante", "Inês CARVALHO MOURA")]],
        ["Cargo:", "Procuradora da República"],
        ["Referencia del expediente:", "412/24.7JAPRT"],
        ["Dirección:", "Rua de Camões 155, 4049-074 Porto, Portugal"],
        ["Teléfono:", "+351 22 000 4315"],
        ["Correo electrónico:", "ines.moura@mp.example.pt"],
        ["Lenguas para comunicarse con la autoridad:", "portugués, español, inglés"],
        ["Firma:", [("i", "(firmado)"), ("br",), "Inês Carvalho Moura, Procuradora da República",
                    ("br",), "Fecha: ", ("date", "Fecha de emision", "2026-10-28", "28/10/2026")]],
    ])

    band(b, "SECCIÓN L: DATOS DE LA AUTORIDAD JUDICIAL QUE VALIDÓ LA OEI")
    kv(b, [["Validación:", "No procede (OEI emitida por el Ministério Público)."]])

    b.p([("b", "ANEXO I \u2013 Código Penal portugués (traducción)")], align="center",
        space_before=12)
    b.p("Artículo 160. Trata de personas. 1 \u2013 Quien ofrezca, entregue, capte, acepte, "
        "transporte, aloje o acoja a una persona con fines de explotación, incluida la "
        "explotación sexual, la explotación laboral, la mendicidad, la esclavitud, la "
        "extracción de órganos o la explotación de otras actividades delictivas: a) mediante "
        "violencia, secuestro o amenaza grave; b) mediante ardid o maniobra fraudulenta; c) "
        "con abuso de autoridad resultante de una relación de dependencia jerárquica, "
        "económica, laboral o familiar; d) aprovechándose de la incapacidad psíquica o de una "
        "situación de especial vulnerabilidad de la víctima; o e) obteniendo el consentimiento "
        "de la persona que tiene control sobre la víctima; será castigado con pena de prisión "
        "de tres a diez años. [...]", size=9.5)

    b.page_break()
    b.p([("b", "ANEXO B")], align="center", size=12, space_after=0)
    b.p([("b", "ACUSE DE RECIBO DE UNA OEI")], align="center", size=12)
    b.p("El presente formulario deberá ser cumplimentado por la autoridad del Estado de "
        "ejecución que haya recibido la OEI a que se refiere y remitido a la autoridad de "
        "emisión (ines.moura@mp.example.pt).", size=9)
    band(b, "A) OEI DE QUE SE TRATA")
    kv(b, [
        ["Autoridad que emitió la OEI:", "Ministério Público \u2013 DIAP do Porto"],
        ["Referencia del expediente:", "412/24.7JAPRT"],
        ["Fecha de emisión:", "28/10/2026"],
        ["Fecha de recepción:", [("txt", "Fecha de recepcion", " ")]],
    ])
    band(b, "B) AUTORIDAD QUE RECIBIÓ LA OEI")
    kv(b, [
        ["Denominación oficial de la autoridad competente:", [("txt", "Autoridad", " ")]],
        ["Nombre de su representante / cargo:", [("txt", "Representante", " ")]],
        ["Dirección / teléfono / correo electrónico:", [("txt", "Contacto", " ")]],
        ["Referencia del expediente:", [("txt", "Referencia", " ")]],
        ["Lenguas de comunicación:", [("txt", "Lenguas", " ")]],
    ])
    band(b, "C) (EN SU CASO) AUTORIDAD COMPETENTE A LA QUE SE TRANSMITE LA OEI")
    kv(b, [["Denominación, datos de contacto, fecha de transmisión:", [("txt", "Transmitida a", " ")]]])
    band(b, "D) CUALQUIER OTRA INFORMACIÓN PERTINENTE")
    kv(b, [["Información:", [("txt", "Otra informacion", " ")]]])
    band(b, "E) FIRMA Y FECHA")
    kv(b, [["Firma / fecha / sello:", [("txt", "Firma", " ")]]])
    b.p([("i", "Traducción al español realizada por Ana Sofia Ferreira, traductora, "
               "conforme con el original portugués.")], size=8.5, space_before=10)
    return ID, b, True
