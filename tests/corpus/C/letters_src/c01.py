ID = "C01_es_exhorto_ar_es"
OPTIONS = dict(lang="es-AR", font="Times New Roman", size=12)


def build(L):
    L.header("Poder Judicial de la Nación\nJUZGADO NACIONAL EN LO CRIMINAL Y CORRECCIONAL FEDERAL N.º 7 – SECRETARÍA N.º 13",
             size=9, bold=True)
    L.footer("CFP 4417/2024 – Exhorto internacional al Reino de España", page_word="Pág.")
    L.p("**EXHORTO INTERNACIONAL**", align="center", size=14)
    L.p("Causa N.º CFP 4417/2024, caratulada «FERREYRA LANÚS, Marcelo Andrés y otros s/ defraudación contra la administración pública y lavado de activos»",
        align="center", italic=True)
    L.p("Buenos Aires, 17 de noviembre de 2025.", align="right")
    L.p("**A LA AUTORIDAD JUDICIAL COMPETENTE DEL REINO DE ESPAÑA**\n(por intermedio de la Subdirección General de Cooperación Jurídica Internacional del Ministerio de Justicia, Madrid)")
    L.p("El Juzgado Nacional en lo Criminal y Correccional Federal N.º 7 de la Capital Federal, a cargo del Dr. Julián Ezequiel Montenegro Arce, Secretaría N.º 13 a cargo de la Dra. Valeria Soledad Iturraspe, con sede en Av. Comodoro Py 2002, piso 4.º, C1104 Ciudad Autónoma de Buenos Aires, República Argentina, tiene el agrado de dirigirse a V.S. en la causa arriba indicada, a fin de solicitarle que, en el marco de la cooperación judicial internacional, se sirva disponer las diligencias que se detallan en el apartado V.",
        align="justify")
    L.p("Teléfono de la Secretaría: +54 11 5555 0713 (internos 213 y 214). Correo electrónico oficial: jncf7.sec13@example.gob.ar. Persona de contacto: Dra. Valeria Soledad Iturraspe, Secretaria.",
        align="justify")
    n = L.new_list("decimal")

    L.heading("I. FUNDAMENTO JURÍDICO")
    L.p("El presente se libra en los términos del Tratado de Extradición y Asistencia Judicial en Materia Penal entre la República Argentina y el Reino de España, suscripto en Buenos Aires el 3 de marzo de 1987, y de la Convención de las Naciones Unidas contra la Corrupción (Mérida, 2003), de la que ambos Estados son parte, así como de la Ley argentina N.º 24.767 de Cooperación Internacional en Materia Penal.",
        num=n, align="justify")

    L.heading("II. CONTACTOS PREVIOS Y VÍA DE TRANSMISIÓN")
    L.p("Con fecha 22 de septiembre de 2025 la suscripta Secretaria mantuvo una videoconferencia con la Fiscal de enlace de la Fiscalía contra la Corrupción y la Criminalidad Organizada (Madrid), Dña. Montserrat Gironella Pardo, a través del punto de contacto de la Red Iberoamericana de Cooperación Jurídica Internacional (IberRed). En ella se acordó que el presente exhorto precisaría las cuentas y la finca afectadas, cosa que se hace en el apartado V.[^Se remitió copia anticipada, solo a título informativo, a la misma Fiscal de enlace mediante la plataforma segura Iber@ de IberRed el día de la fecha. El original se cursa por la vía de las Autoridades Centrales (Dirección de Asistencia Jurídica Internacional del Ministerio de Relaciones Exteriores, Comercio Internacional y Culto). No se utilizó la vía de INTERPOL.^]",
        num=n, align="justify")

    L.heading("III. HECHOS QUE SE INVESTIGAN")
    L.p("Se investiga a **Marcelo Andrés FERREYRA LANÚS**, argentino, DNI N.º 22.418.093, nacido el 14 de agosto de 1971 en la ciudad de Córdoba, pasaporte argentino N.º AAF 604 118, quien entre marzo de 2019 y diciembre de 2022 se desempeñó como Director de Compras y Contrataciones del Ente Nacional de Infraestructura Vial Regional (ENIVRE), organismo descentralizado del Estado Nacional.",
        num=n, align="justify")
    L.p("Según la prueba reunida (informes de la Auditoría General de la Nación, peritaje contable oficial y declaraciones testimoniales), en ese período FERREYRA LANÚS direccionó once licitaciones de obra a favor de la firma Constructora del Plata Sur S.A., cuyos precios superaron en promedio un 38 % los valores de referencia, con un perjuicio estimado para el Estado Nacional de USD 9.400.000. Como contrapartida, habría percibido retornos por al menos USD 3.150.000.",
        num=n, align="justify")
    L.p("Parte de esos fondos habría sido transferida a España. El 11 de mayo de 2021 se constituyó en Madrid la sociedad **Inversiones Almadraba 2021, S.L.** (NIF B-00000417), cuya administradora única es **Inés Carolina BAZTERRICA**, argentina, DNI N.º 24.930.556, nacida el 2 de febrero de 1975, cónyuge del imputado. Esa sociedad recibió entre junio de 2021 y marzo de 2022 siete transferencias por un total de EUR 1.870.000 desde una cuenta en Montevideo abierta a nombre de un fideicomiso vinculado a Constructora del Plata Sur S.A., y el 14 de marzo de 2022 adquirió una vivienda en Madrid, calle de Fuentelarreyna Alta n.º 27, 4.º B, por EUR 1.240.000.",
        num=n, align="justify")
    L.p("Por auto de fecha {-3 de octubre de 2025-}{+10 de octubre de 2025+} se dispuso el procesamiento con prisión preventiva —sin efectivizar— de FERREYRA LANÚS y se ordenó el embargo de sus bienes hasta cubrir la suma de ARS 12.000.000.000. BAZTERRICA se encuentra citada a prestar declaración indagatoria.",
        num=n, align="justify")

    L.heading("IV. DELITOS Y NORMAS APLICABLES")
    L.p("Los hechos han sido calificados provisoriamente como:", num=n, align="justify")
    L.p("defraudación en perjuicio de la administración pública (artículo 174, inciso 5.º, en función del artículo 173, inciso 7.º, del Código Penal de la Nación), reprimida con prisión de dos a seis años e inhabilitación especial perpetua[^Art. 173: «Sin perjuicio de la disposición general del artículo precedente, se considerarán casos especiales de defraudación y sufrirán la pena que él establece: […] 7. El que, por disposición de la ley, de la autoridad o por un acto jurídico, tuviera a su cargo el manejo, la administración o el cuidado de bienes o intereses pecuniarios ajenos, y con el fin de procurar para sí o para un tercero un lucro indebido o para causar daño, violando sus deberes perjudicare los intereses confiados u obligare abusivamente al titular de éstos».\n\nArt. 174: «Sufrirá prisión de dos a seis años: […] 5. El que cometiere fraude en perjuicio de alguna administración pública. […] En los casos de los tres incisos precedentes, el culpable, si fuere funcionario o empleado público, sufrirá además inhabilitación especial perpetua».^];",
        num=n, level=1, align="justify")
    L.p("lavado de activos agravado (artículo 303, incisos 1.º y 2.º, apartado b, del Código Penal), reprimido con prisión de tres a diez años y multa de dos a diez veces el monto de la operación, escala que se eleva en un tercio del máximo y en la mitad del mínimo por tratarse de un funcionario público[^Art. 303: «1) Será reprimido con prisión de tres (3) a diez (10) años y multa de dos (2) a diez (10) veces del monto de la operación, el que convirtiere, transfiriere, administrare, vendiere, gravare, disimulare o de cualquier otro modo pusiere en circulación en el mercado, bienes provenientes de un ilícito penal, con la consecuencia posible de que el origen de los bienes originarios o los subrogantes adquieran la apariencia de un origen lícito […]. 2) La pena prevista en el inciso 1 será aumentada en un tercio del máximo y en la mitad del mínimo, en los siguientes casos: […] b) Cuando el autor fuera funcionario público que hubiera cometido el hecho en ejercicio u ocasión de sus funciones […]».^].",
        num=n, level=1, align="justify")

    L.heading("V. DILIGENCIAS QUE SE SOLICITAN")
    L.p("Se solicita a V.S. que, de conformidad con su legislación, se sirva ordenar:", num=n, align="justify")
    L.p("al Banco Levantino de Crédito, S.A., la remisión de copia certificada de la documentación de apertura (incluida la identificación del titular real), extractos, órdenes de transferencia recibidas y emitidas y personas autorizadas respecto de la cuenta IBAN ES00 9999 0417 2100 0058 3317, cuya titular es Inversiones Almadraba 2021, S.L., por el período comprendido entre el 1 de mayo de 2021 y la fecha de cumplimiento;",
        num=n, level=1, align="justify")
    L.p("al Registro Mercantil de Madrid, la certificación de la inscripción de Inversiones Almadraba 2021, S.L., con su escritura de constitución, socios, administradores y cuentas anuales depositadas;",
        num=n, level=1, align="justify")
    L.p("al Registro de la Propiedad competente, la certificación literal de la finca sita en calle de Fuentelarreyna Alta n.º 27, 4.º B, de Madrid, con indicación de su titular actual, cargas y asientos de presentación posteriores al 1 de enero de 2025;",
        num=n, level=1, align="justify")
    L.p("al notario autorizante de la escritura de compraventa de 14 de marzo de 2022, la remisión de copia autorizada de esa escritura y de la documentación sobre medios de pago e identificación del titular real que obre en su protocolo.",
        num=n, level=1, align="justify")

    L.heading("VI. PERTINENCIA DE LAS MEDIDAS")
    L.p("La documentación bancaria (V, a) permitirá seguir el recorrido de los EUR 1.870.000 desde Montevideo y establecer si su origen son los retornos pagados por Constructora del Plata Sur S.A.; la registral y societaria (V, b y c) acreditará quién controla la sociedad y el inmueble, extremo que la defensa de BAZTERRICA niega; la notarial (V, d) mostrará con qué fondos se pagó el precio, dato decisivo para el decomiso del inmueble.",
        num=n, align="justify")

    L.heading("VII. CELERIDAD, RESERVA Y FORMA")
    L.p("Se ruega imprimir al presente la mayor celeridad posible: la UIF informó que la vivienda se encuentra publicada en venta desde octubre de 2025, y su enajenación frustraría el decomiso.",
        num=n, align="justify")
    L.p("Se solicita que las diligencias se practiquen con reserva y sin noticia a los titulares de las cuentas ni a la sociedad, pues BAZTERRICA aún no ha sido indagada y la comunicación de la medida le permitiría disponer de los fondos. Si la reserva no pudiera garantizarse, se ruega consultar previamente a este Juzgado.",
        num=n, align="justify")
    L.p("Se ruega que la documentación se remita en copia certificada por el funcionario o el fedatario competente, con indicación de su procedencia, a fin de su incorporación como prueba documental conforme al artículo 392 del Código Procesal Penal de la Nación. No se requiere legalización, atento a que el exhorto circula por vía de Autoridades Centrales.",
        num=n, align="justify")
    L.p("Este Tribunal hace saber asimismo su interés en que, de resultar procedente, funcionarios de la Secretaría puedan presenciar la ejecución de las diligencias.",
        num=n, align="justify")

    L.heading("VIII. COMPROMISOS")
    L.p("La información obtenida se utilizará exclusivamente en la presente causa. El Estado argentino asumirá los gastos extraordinarios que la ejecución ocasione, previa consulta.",
        num=n, align="justify")
    L.p("Saludo a V.S. muy atentamente.", space_before=8)
    L.p("\n\nDr. Julián Ezequiel Montenegro Arce\nJuez Federal\n\nAnte mí: Dra. Valeria Soledad Iturraspe, Secretaria", align="center")
    L.p("//Documento firmado digitalmente conforme Ley 25.506.//", size=9, align="center")
