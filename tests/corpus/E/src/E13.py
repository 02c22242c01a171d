# -*- coding: utf-8 -*-
# Comision rogatoria de un juzgado de instruccion espanol a Chile (Convenio europeo de 1959).
import os, sys
sys.path.insert(0, os.path.dirname(__file__))

ID = "E13_es_comision_rogatoria_es_cl"
TITLE = "Comision rogatoria - DP 1187/2026 - Juzgado de Instruccion n.o 5 de Palma"
AUTHOR = "Juzgado de Instruccion 5 Palma"
LAJ = "LAJ Instrucción 5"


def build(Builder):
    b = Builder(font="Times New Roman", size=12, lang="es-ES")
    b.header(["ADMINISTRACIÓN DE JUSTICIA \u2013 JUZGADO DE INSTRUCCIÓN N.º 5 DE PALMA", ("br",),
              "Diligencias Previas 1187/2026 \u2013 Actuaciones declaradas secretas"], size=8)
    b.footer(["Comisión rogatoria DP 1187/2026 \u2013 página "], page_label="")

    b.p([("b", "JUZGADO DE INSTRUCCIÓN N.º 5 DE PALMA"), ("br",),
         "Vía Alemania, 5 \u2013 07003 Palma (Illes Balears)", ("br",),
         "Tel.: +34 971 000 452 \u2013 Correo electrónico: instruccion5.palma@justicia.example.es"],
        align="left", size=10)
    b.p(["Diligencias Previas n.º 1187/2026", ("br",), "NIG 07040 43 2 2026 0011873"],
        align="left", size=10)
    b.p([("b", "COMISIÓN ROGATORIA")], align="center", size=14, space_before=10)
    b.p(["A LA AUTORIDAD JUDICIAL COMPETENTE DE LA REPÚBLICA DE CHILE", ("br",),
         "(por conducto del Ministerio de la Presidencia, Justicia y Relaciones con las Cortes "
         "del Reino de España)"], align="center", size=11)

    b.p("Doña María José ALBERTÍ SERRA, Magistrada-Jueza del Juzgado de Instrucción número 5 de "
        "Palma, saluda atentamente a la autoridad judicial competente de la República de Chile y "
        "tiene el honor de solicitar su auxilio judicial en los términos siguientes.",
        space_before=8)

    n = b.numbering("legal")

    def P(segs, level=0):
        b.p(segs, num=n, level=level)

    b.heading("Fundamento")
    P(["La presente comisión rogatoria se libra al amparo del Convenio Europeo de Asistencia "
       "Judicial en Materia Penal, hecho en Estrasburgo el 20 de abril de 1959, del que son "
       "Partes el Reino de España y la República de Chile, y de los artículos 276 y 277 de la "
       "Ley Orgánica del Poder Judicial."])
    P(["Se remite por conducto del Ministerio de Justicia, conforme al artículo 15.1 del "
       "Convenio. No se ha cursado copia por ninguna otra vía. No consta contacto previo alguno "
       "entre este Juzgado o la Policía Judicial española y autoridades chilenas en relación con "
       "estos hechos."])

    b.heading("Hechos")
    P(["Entre junio de 2024 y septiembre de 2025 se publicaron en diversos portales de alquiler "
       "vacacional anuncios de 14 villas en Mallorca cuyas fotografías y descripciones se "
       "habían copiado de anuncios auténticos. Las personas interesadas, en su mayoría "
       "residentes en Alemania y en los Países Bajos, eran contactadas por correo electrónico "
       "por un supuesto gestor, «Sebastián Moll», que les pedía el pago anticipado del 50 % del "
       "alquiler por transferencia a una cuenta abierta en una entidad de pago española."])
    P(["Se han identificado 63 perjudicados y un importe total defraudado de 187.400 euros. "
       "Ninguna de las villas estaba a disposición del anunciante."])
    P(["Los fondos recibidos en la cuenta española fueron transferidos, en un plazo de uno a "
       "tres días, a dos cuentas abiertas en el BANCO DEL PACÍFICO SUR S.A., en Santiago de "
       "Chile: la cuenta corriente n.º 00-412-55871-03, de la que es titular Sebastián Andrés "
       "MUÑOZ VALDIVIA, y la cuenta vista n.º 00-418-20064-11, de la que es titular Javiera "
       "Ignacia CONTRERAS LEIVA."])
    P(["La cuenta española fue abierta en línea con un documento de identidad chileno a nombre "
       "de MUÑOZ VALDIVIA, y la dirección IP utilizada para gestionarla corresponde a un "
       "proveedor chileno. MUÑOZ VALDIVIA residió en Palma entre 2019 y 2023, donde trabajó "
       "en una agencia inmobiliaria, lo que explica su conocimiento de las villas anunciadas."])
    P(["Datos del investigado: Sebastián Andrés MUÑOZ VALDIVIA, nacido el 14 de mayo de 1988 "
       "en Valparaíso (Chile), de nacionalidad chilena, RUN 16.482.937-5, pasaporte chileno "
       "n.º F04471295, con último domicilio conocido en Palma en calle Fábrica 17, 3.º 2.ª, y "
       "domicilio actual en Chile desconocido."])

    b.heading("Calificación jurídica")
    P(["Los hechos son constitutivos de un delito continuado de estafa agravada por razón de la "
       "cuantía y del número de perjudicados, previsto en los artículos 248 y 250.1.5.º del "
       "Código Penal, castigado con prisión de uno a seis años y multa de seis a doce meses.",
       ("fn", "Artículo 248.1 del Código Penal: «Cometen estafa los que, con ánimo de lucro, "
              "utilizaren engaño bastante para producir error en otro, induciéndolo a realizar "
              "un acto de disposición en perjuicio propio o ajeno.» Artículo 250.1: «El delito "
              "de estafa será castigado con las penas de prisión de uno a seis años y multa de "
              "seis a doce meses, cuando: [...] 5.º El valor de la defraudación supere los "
              "50.000 euros, o afecte a un elevado número de personas.»")])

    b.heading("Diligencias que se solicitan")
    P(["Se ruega a la autoridad judicial chilena que acuerde la práctica de las siguientes "
       "diligencias:"])
    P(["requerir al BANCO DEL PACÍFICO SUR S.A. la documentación de apertura, las personas "
       "autorizadas y los movimientos de las dos cuentas indicadas en el apartado 5, desde el "
       "1 de junio de 2024 hasta el ",
       ("del", "30 de septiembre de 2025", LAJ, "2026-10-19T12:40:00Z"),
       ("ins", "31 de diciembre de 2025", LAJ, "2026-10-19T12:40:00Z"),
       ", con indicación del origen y destino de cada transferencia;"], level=1)
    P(["recibir declaración como testigo a doña Javiera Ignacia CONTRERAS LEIVA sobre la "
       "apertura y el uso de su cuenta, la persona que disponía de ella y su relación con MUÑOZ "
       "VALDIVIA;"], level=1)
    P(["obtener del Servicio de Registro Civil e Identificación la certificación de la "
       "identidad y del domicilio registrado de MUÑOZ VALDIVIA."], level=1)

    b.heading("Relación de las diligencias con la causa")
    P(["La documentación bancaria permitirá determinar quién dispuso de los fondos defraudados "
       "y su destino final, y acreditar que MUÑOZ VALDIVIA fue el beneficiario del engaño. La "
       "declaración de la señora CONTRERAS LEIVA es necesaria para saber si prestó su cuenta "
       "conscientemente o fue utilizada por el investigado. La certificación del Registro Civil "
       "permitirá confirmar la identidad del titular del documento usado para abrir la cuenta "
       "española y, en su caso, dictar una orden internacional de detención."])

    b.heading("Formalidades")
    P(["De conformidad con el artículo 3.2 del Convenio, se solicita expresamente que la testigo "
       "preste juramento o promesa de decir verdad, previa advertencia de las consecuencias del "
       "falso testimonio, y que su declaración se documente en acta firmada por ella. La "
       "documentación bancaria deberá remitirse en copia certificada por la entidad. Si alguna "
       "de estas formalidades no fuera compatible con la legislación chilena, se ruega que se "
       "practique la diligencia en la forma que dicha legislación permita, informando de ello."])
    P(["No se considera necesaria la presencia de funcionarios españoles en la práctica de las "
       "diligencias."])

    b.heading("Secreto de las actuaciones")
    P(["Por auto de 2 de octubre de 2026 se declararon secretas las actuaciones conforme al "
       "artículo 302 de la Ley de Enjuiciamiento Criminal. El investigado desconoce la "
       "existencia del procedimiento. Si tuviera noticia de él podría retirar los saldos de "
       "las cuentas chilenas y desaparecer antes de que pueda dictarse una orden de detención."])
    P(["Se ruega, por ello, que no se informe a los titulares de las cuentas de la existencia "
       "de esta comisión rogatoria y que, si ello no fuera posible conforme al Derecho chileno, "
       "se consulte a este Juzgado antes de su cumplimiento."])

    b.heading("Compromisos y devolución")
    P(["Los datos y pruebas obtenidos se utilizarán exclusivamente en el presente procedimiento. "
       "Este Juzgado queda a disposición de la autoridad chilena para cumplimentar, en "
       "reciprocidad, los despachos que le sean dirigidos. Las actuaciones practicadas podrán "
       "devolverse por el mismo conducto por el que se recibe la presente.",
       ("del", " Se acompaña formulario de acuse de recibo, que se ruega devolver "
               "cumplimentado.", LAJ, "2026-10-19T12:44:00Z")])

    b.p("En Palma, a 20 de octubre de 2026.", space_before=8)
    b.p([("i", "(firma)"), ("br",), "La Magistrada-Jueza", ("br",),
         "María José Albertí Serra"], align="left")
    b.p([("i", "(firma)"), ("br",), "El Letrado de la Administración de Justicia"],
        align="right")
    return ID, b, False
