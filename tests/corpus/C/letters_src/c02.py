ID = "C02_es_comision_rogatoria_es_mx"
OPTIONS = dict(lang="es-ES", font="Arial", size=11)


def build(L):
    L.header("ADMINISTRACIÓN DE JUSTICIA – AUDIENCIA NACIONAL\nJuzgado Central de Instrucción n.º 4 · Diligencias Previas 57/2025 · RESERVADO", size=8)
    L.footer("C/ García Gutiérrez, 1 – 28004 Madrid · Tel. +34 91 555 04 04 · jci4.audiencianacional@example.es",
             page_word="Pág.")
    L.p("**COMISIÓN ROGATORIA INTERNACIONAL**", align="center", size=13)
    L.p("**URGENTE – PRESOS** (véase el apartado SEXTO)", align="center", size=10)
    L.p("Órgano requirente: Juzgado Central de Instrucción n.º 4 de la Audiencia Nacional, Madrid (Reino de España).\nProcedimiento: Diligencias Previas n.º 57/2025, por delitos contra la salud pública y blanqueo de capitales.\nAutoridad requerida: la Autoridad judicial o ministerial competente de los Estados Unidos Mexicanos, por conducto de la Fiscalía General de la República (Autoridad Central).\nTransmisión: Ministerio de Justicia del Reino de España – Subdirección General de Cooperación Jurídica Internacional.",
        size=10)
    L.p("D. Aurelio Castañeda Villaverde, Magistrado-Juez del Juzgado Central de Instrucción número 4 de la Audiencia Nacional, con sede en Madrid,", align="justify")
    L.p("**HACE SABER** a la Autoridad competente de los Estados Unidos Mexicanos que en este Juzgado se tramitan las diligencias arriba referenciadas, en las que, por auto de esta fecha, se ha acordado librar la presente comisión rogatoria con arreglo a lo siguiente:",
        align="justify")
    n = L.new_list("decimal")

    L.heading("PRIMERO. – Base jurídica")
    L.p("La presente se formula al amparo del Tratado de Asistencia Jurídica Mutua en materia penal entre el Reino de España y los Estados Unidos Mexicanos, hecho en Las Palmas de Gran Canaria el 29 de septiembre de 2006; de la Convención de las Naciones Unidas contra el Tráfico Ilícito de Estupefacientes y Sustancias Sicotrópicas (Viena, 1988), artículo 7, y de la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional (Palermo, 2000), artículo 18.",
        num=n, align="justify")

    L.heading("SEGUNDO. – Hechos")
    L.p("El 9 de agosto de 2025, en el puerto de Algeciras, funcionarios del Servicio de Vigilancia Aduanera intervinieron en el contenedor refrigerado MSKU 000417-3, procedente del puerto de Manzanillo (Colima), 412 kilogramos de cocaína ocultos entre cajas de aguacate declaradas por la exportadora mexicana **Exportadora Agrícola Los Tulipanes del Pacífico, S.A. de C.V.**",
        num=n, align="justify")
    L.p("En la entrega vigilada autorizada por este Juzgado fueron detenidos en Sevilla los ciudadanos españoles Iván Rojo Carmona y Sergio Pulido Alcaide, quienes permanecen en prisión provisional comunicada desde el 12 de agosto de 2025. El análisis de sus teléfonos revela comunicaciones por mensajería con dos números mexicanos (cuadro del apartado CUARTO), atribuidos por los investigados a un tal «Don Rigo», identificado provisionalmente por la Guardia Civil (UCO) como **Rigoberto SALDAÑA ORNELAS**, quien figuraría como apoderado de la exportadora.",
        num=n, align="justify")
    L.p("Se han detectado además tres transferencias, por un total de EUR 286.400, desde una cuenta de Rojo Carmona en España hacia una sociedad de servicios logísticos radicada en Guadalajara (Jalisco), que podrían corresponder al pago de la mercancía.",
        num=n, align="justify")

    L.heading("TERCERO. – Calificación jurídica")
    L.p("Los hechos son constitutivos, de forma provisional, de un delito contra la salud pública en su modalidad de sustancias que causan grave daño a la salud, en cantidad de notoria importancia y cometido por organización (artículos 368, 369.1.5.ª y 369 bis del Código Penal), castigado con pena de prisión de nueve a doce años y multa del tanto al cuádruplo del valor de la droga, y de un delito de blanqueo de capitales (artículo 301.1 del Código Penal), castigado con prisión de seis meses a seis años y multa del tanto al triplo del valor de los bienes, en su mitad superior cuando los bienes procedan del tráfico de drogas. Se acompaña como **Anexo I** el texto literal de los preceptos citados.",
        num=n, align="justify")

    L.heading("CUARTO. – Diligencias que se interesan")
    L.p("Se ruega a la Autoridad mexicana que, conforme a su legislación, acuerde la práctica de las siguientes diligencias:", num=n, align="justify")
    L.p("información registral de Exportadora Agrícola Los Tulipanes del Pacífico, S.A. de C.V. (RFC ETP-190311-XX0): copia certificada del acta constitutiva, socios, administradores, apoderados y domicilio fiscal;",
        num=n, level=1, align="justify")
    L.p("datos de identificación de Rigoberto SALDAÑA ORNELAS, nacido el 9 de enero de 1980 en Culiacán (Sinaloa): copia certificada de su acta de nacimiento, de la credencial para votar y del pasaporte, si lo tuviera, así como su domicilio actual;",
        num=n, level=1, align="justify")
    L.p("copia certificada del pedimento de exportación del contenedor MSKU 000417-3 y de los documentos de embarque presentados ante la Aduana de Manzanillo (julio de 2025);",
        num=n, level=1, align="justify")
    L.p("datos de titularidad (suscriptor, domicilio, fecha de alta, medio de pago) de las líneas que figuran en el cuadro siguiente, por el período del 1 de marzo al 31 de agosto de 2025:",
        num=n, level=1, align="justify")
    L.table([["Línea", "Operador (según numeración)", "Utilizada por"],
             ["+52 33 5550 1142", "por determinar", "«Don Rigo» – contacto de Rojo Carmona"],
             ["+52 314 555 0987", "por determinar", "«Logística Manzanillo» – contacto de Pulido Alcaide"]],
            widths_cm=[4.5, 4.5, 7], header=True, size=9)

    L.heading("QUINTO. – Pertinencia")
    L.p("Las diligencias a) y c) permitirán acreditar quién organizó el envío y quién figuraba como responsable de la carga; la b) es necesaria para individualizar a SALDAÑA ORNELAS y, en su caso, emitir orden de detención internacional; la d) permitirá vincular los números a personas concretas y confirmar la versión de los detenidos.",
        num=n, align="justify")

    L.heading("SEXTO. – Urgencia y reserva")
    L.p("Los dos investigados se encuentran en prisión provisional y el plazo de instrucción de la causa, prorrogado conforme al artículo 324 de la Ley de Enjuiciamiento Criminal, vence el 15 de abril de 2026. Por ello se ruega que el resultado se remita antes del **15 de marzo de 2026**.",
        num=n, align="justify")
    L.p("Las actuaciones han sido declaradas secretas (artículo 302 de la Ley de Enjuiciamiento Criminal). Se ruega no informar a los titulares de las líneas ni a la sociedad, ya que SALDAÑA ORNELAS y los demás partícipes se encuentran en libertad en México y podrían ocultarse o destruir pruebas. Si la Autoridad requerida no pudiera garantizar la reserva, se ruega lo comunique a este Juzgado antes de ejecutar.",
        num=n, align="justify")

    L.heading("SÉPTIMO. – Forma de ejecución y otras indicaciones")
    L.p("La documentación se remitirá en copia certificada por la autoridad que la expida; los datos de las líneas, acompañados de la certificación del operador sobre su autenticidad e integridad.",
        num=n, align="justify")
    L.p("No se estima necesaria la presencia de funcionarios españoles en la ejecución.", num=n, align="justify")
    L.p("Con fecha 3 de noviembre de 2025, el Fiscal de la Fiscalía Especial Antidroga D. Tomás Écija Ruano se reunió en Madrid con el Agregado de la Fiscalía General de la República en la Embajada de México, a quien adelantó el contenido de esta solicitud y quien sugirió concretar las líneas telefónicas y el número de contenedor, lo que aquí se hace. Se remite además copia anticipada por correo electrónico a la Dirección General de Procedimientos Internacionales de la FGR; el original sigue la vía de las Autoridades Centrales.",
        num=n, align="justify")
    L.p("La información obtenida solo se utilizará en el presente procedimiento, salvo consentimiento de la Parte requerida.", num=n, align="justify")
    L.p("Se ruega acusen recibo de la presente a la dirección de correo electrónico del Juzgado.", num=n, align="justify")

    L.p("Anexo I: Texto de los artículos 301, 368, 369, 369 bis y 370 del Código Penal español.\nAnexo II: Auto de 20 de noviembre de 2025 por el que se acuerda librar la comisión rogatoria.",
        size=10, space_before=6)
    L.p("En Madrid, a 20 de noviembre de 2025.", align="right")
    L.p("EL MAGISTRADO-JUEZ\n\n\nFdo.: Aurelio Castañeda Villaverde\n\nLA LETRADA DE LA ADMINISTRACIÓN DE JUSTICIA\n\n\nFdo.: Nieves Urquijo Baldrich",
        align="center")
