# -*- coding: utf-8 -*-
"""B14 -- Spain, Juzgado Central de Instrucción (Audiencia Nacional) -> Morocco:
comisión rogatoria internacional with acknowledgement form, footnotes,
automatic numbering, tracked changes; law quoted as a block. COMPLETE."""
from docxkit import Letter

ID = 'B14_es_comision_rogatoria_es_ma'
PDF = True
TITLE = 'Comisión rogatoria - DP 82/2024'
AUTHOR = 'LAJ JCI 4'

BL = '<sdt tag="acuse" alias="Cumplimentar" placeholder>……………………………………</sdt>'


def make():
    L = Letter(font='Arial', size=11, lang='es-ES', author='LAJ JCI4', date='2025-09-22T12:30:00Z', track=True)
    L.header(['ADMINISTRACIÓN DE JUSTICIA — AUDIENCIA NACIONAL', 'JUZGADO CENTRAL DE INSTRUCCIÓN N.º 4',
              'Diligencias Previas 82/2024 — URGENTE — SECRETO DE LAS ACTUACIONES'], size=8)
    L.footer(['C/ García Gutiérrez, 1 — 28004 Madrid — Tel. +34 91 000 47 04 — jci4.cooperacion@justicia.example.es'],
             page_numbers=True)
    n = L.numbering('ibero')
    L.para('A LA AUTORIDAD JUDICIAL COMPETENTE DEL REINO DE MARRUECOS', bold=True)
    L.para('(por conducto del Ministerio de Justicia de España, Subdirección General de Cooperación Jurídica '
           'Internacional, y del Ministerio de Justicia del Reino de Marruecos, Dirección de Asuntos Penales y '
           'de Indultos)', size=9.5, italic=True)
    L.para('COMISIÓN ROGATORIA INTERNACIONAL', align='center', bold=True, size=13, space_before=12, space_after=12)
    L.para('Doña Beatriz ALCÁNTARA MONTESINOS, Magistrada-Juez del Juzgado Central de Instrucción n.º 4 de la '
           'Audiencia Nacional,', align='both')
    L.para('HACE SABER: Que en este Juzgado se siguen Diligencias Previas n.º 82/2024 por presuntos delitos contra la '
           'salud pública, de pertenencia a organización criminal y de blanqueo de capitales, en las que se ha '
           'acordado, por auto de 19 de septiembre de 2025, librar la presente comisión rogatoria, con arreglo a lo '
           'siguiente:', align='both')

    def h(t):
        L.para(t, bold=True, space_before=8, keep_next=True)

    h('I. AUTORIDAD REQUIRENTE')
    L.para('Juzgado Central de Instrucción n.º 4 de la Audiencia Nacional, C/ García Gutiérrez, 1, 28004 Madrid. '
           'Teléfono de la Oficina judicial: +34 91 000 47 04; correo electrónico: jci4.cooperacion@justicia.example.es. '
           'Letrada de la Administración de Justicia: Doña Elena SOTOMAYOR RIVAS (+34 91 000 47 06). La investigación '
           'policial corresponde a la Unidad de Drogas y Crimen Organizado (UDYCO) Central de la Policía Nacional; el '
           'Ministerio Fiscal está representado por la Fiscalía Especial Antidroga.', num=n, align='both')

    h('II. FUNDAMENTO JURÍDICO')
    L.para('La presente comisión rogatoria se libra al amparo del Convenio entre el Reino de España y el Reino de '
           'Marruecos relativo a la asistencia judicial en materia penal, hecho en Madrid el 24 de junio de 2009, y de '
           'la Convención de las Naciones Unidas contra el tráfico ilícito de estupefacientes y sustancias '
           'psicotrópicas, hecha en Viena el 20 de diciembre de 1988 (artículo 7)<fn>Ambos Estados son Parte en la '
           'Convención de Viena de 1988. En lo no previsto por los tratados, se estará a lo dispuesto en los '
           'artículos 276 y siguientes de la Ley Orgánica del Poder Judicial.</fn>.', num=n, align='both')

    h('III. CONTACTOS PREVIOS Y OTRAS VÍAS')
    L.para('No se ha mantenido ningún contacto previo con autoridades marroquíes en relación con estos hechos.',
           num=n, align='both')
    L.para('La comisión se remite únicamente por la vía prevista en el Convenio; no se ha enviado copia por INTERPOL, '
           'por vía diplomática ni directamente a autoridad alguna.', num=n, align='both')

    h('IV. URGENCIA Y SECRETO')
    L.para('URGENTE. El investigado Juan Antonio RUEDA CAMPOY se encuentra en situación de prisión provisional desde el '
           '11 de septiembre de 2024. La acusación necesita el resultado de esta comisión para formular su escrito de '
           'calificación, y el plazo de la prisión provisional, aun prorrogable, obliga a concluir la instrucción con '
           'la mayor celeridad. Se ruega, por ello, que la documentación se remita antes del <del>31 de marzo'
           '</del><ins>15 de marzo</ins> de 2026.', num=n, align='both')
    L.para('Las actuaciones han sido declaradas secretas (artículo 302 de la Ley de Enjuiciamiento Criminal), con '
           'última prórroga acordada por auto de 12 de septiembre de 2025. Dos miembros de la organización, que se encuentran en Marruecos, no han sido '
           'localizados: si tuvieran noticia de la presente comisión, podrían sustraerse a la acción de la justicia y '
           'hacer desaparecer los terminales telefónicos. Se ruega que no se informe a las personas afectadas y que, si '
           'el secreto no pudiera garantizarse, se consulte a este Juzgado antes de la ejecución.', num=n,
           align='both')

    h('V. HECHOS')
    L.para('Desde, al menos, enero de 2024, una organización asentada en la provincia de Cádiz introduce en España '
           'hachís procedente de la costa marroquí próxima a Martil (provincia de Tetuán) mediante embarcaciones '
           'neumáticas semirrígidas de alta velocidad. La organización estaría dirigida por Juan Antonio RUEDA '
           'CAMPOY<fn>Nacido en Barbate (Cádiz) el 22 de febrero de 1983, de nacionalidad española, con DNI '
           'n.º 00041721-X, domiciliado en Vejer de la Frontera (Cádiz).</fn>, encargado de la logística en España, y '
           'por Mohamed Amine BOUAZZAOUI<fn>Nacido en Tetuán (Marruecos) el 7 de diciembre de 1986, de nacionalidad '
           'marroquí, titular del pasaporte marroquí n.º UV0000982 y de la tarjeta de residente española con NIE '
           'X-0000417-L; en paradero desconocido, con orden de busca y captura de 2 de octubre de 2024.</fn>, que '
           'organizaría la carga de la mercancía en Marruecos.', num=n, align='both')
    L.para('El 9 de septiembre de 2024, la Guardia Civil interceptó frente a la costa de Barbate una embarcación '
           'semirrígida con 2.840 kilogramos de hachís, cuyos tripulantes fueron detenidos. Del análisis de sus '
           'teléfonos resulta que, antes de zarpar, recibieron instrucciones desde los números marroquíes '
           '+212 600 00 98 21 y +212 600 00 33 07, atribuidos por las investigaciones a BOUAZZAOUI y a un '
           'colaborador conocido como «EL RIFI».', num=n, align='both')
    L.para('RUEDA CAMPOY fue detenido el 11 de septiembre de 2024. En su domicilio se intervinieron 186.000 euros en '
           'efectivo y justificantes de transferencias a una cuenta abierta en Marruecos a nombre de BOUAZZAOUI en la '
           'entidad CRÉDIT DU RIF, agencia de Tetuán, por importe total de 1.350.000 dirhams entre marzo y agosto de '
           '2024.', num=n, align='both')

    h('VI. CALIFICACIÓN JURÍDICA Y PENAS')
    L.para('Los hechos podrían ser constitutivos de un delito contra la salud pública de los artículos 368, 369 bis y '
           '370.3.º del Código Penal, de un delito de pertenencia a organización criminal del artículo 570 bis y de '
           'un delito de blanqueo de capitales del artículo 301.1 del mismo Código.', num=n, align='both')
    L.para('«Los que ejecuten actos de cultivo, elaboración o tráfico, o de otro modo promuevan, favorezcan o faciliten '
           'el consumo ilegal de drogas tóxicas, estupefacientes o sustancias psicotrópicas, o las posean con aquellos '
           'fines, serán castigados con las penas de prisión de tres a seis años y multa del tanto al triplo del valor '
           'de la droga objeto del delito si se tratare de sustancias o productos que causen grave daño a la salud, y '
           'de prisión de uno a tres años y multa del tanto al duplo en los demás casos.»', indent_cm=1.5,
           align='both', size=10)
    L.para('«Cuando los hechos descritos en los artículos 368 y 369 se hayan realizado por quienes pertenecieren a una '
           'organización delictiva, se impondrán las penas de prisión de nueve a doce años y multa del tanto al '
           'cuádruplo del valor de la droga si se tratara de sustancias y productos que causen grave daño a la salud y '
           'de prisión de cuatro años y seis meses a diez años y la misma multa en los demás casos.»', indent_cm=1.5,
           align='both', size=10)
    L.para('El uso de embarcaciones como medio de transporte específico permite imponer la pena superior en uno o '
           'dos grados (artículo 370.3.º). El blanqueo de capitales se castiga con prisión de seis meses a seis años y '
           'multa del tanto al triplo del valor de los bienes, en su mitad superior cuando los bienes procedan del '
           'tráfico de drogas (artículo 301.1). La pertenencia a organización criminal se castiga con prisión de dos a '
           'cinco años (artículo 570 bis.1). El texto de todos los preceptos citados figura en el Anexo II.', num=n,
           align='both')

    h('VII. DILIGENCIAS QUE SE SOLICITAN')
    L.para('Se ruega a la Autoridad judicial marroquí competente que acuerde la práctica de las siguientes '
           'diligencias:', num=n, align='both', keep_next=True)
    L.para('identificar a los titulares de las líneas +212 600 00 98 21 y +212 600 00 33 07 y obtener de los '
           'operadores los datos de abonado y el registro de llamadas y mensajes entrantes y salientes, sin contenido, '
           'con indicación de las antenas, del 1 de junio al 30 de septiembre de 2024;', num=n, level=1, align='both')
    L.para('obtener de CRÉDIT DU RIF, agencia de Tetuán, la documentación de apertura y los extractos de las cuentas '
           'de Mohamed Amine BOUAZZAOUI del 1 de enero de 2024 al 31 de diciembre de 2024, con identificación de los '
           'ordenantes y beneficiarios de las operaciones superiores a 50.000 dirhams;', num=n, level=1, align='both')
    L.para('recibir declaración como testigo al titular del taller náutico «Atelier Marine Cabo Negro», en Martil, '
           'que, según los mensajes intervenidos, vendió en agosto de 2024 dos motores fueraborda de 300 CV pagados en '
           'efectivo, sobre la identidad del comprador y las condiciones de la venta, exhibiéndole las fotografías del '
           'Anexo III;', num=n, level=1, align='both')
    L.para('informar sobre los antecedentes penales que, en su caso, consten en Marruecos respecto de Mohamed Amine '
           'BOUAZZAOUI.', num=n, level=1, align='both')

    h('VIII. RELACIÓN DE LAS DILIGENCIAS CON LA INVESTIGACIÓN')
    L.para('La identificación de los titulares y los registros de llamadas y antenas (a) permitirán acreditar que '
           'BOUAZZAOUI y «EL RIFI» dirigieron la salida de la embarcación interceptada el 9 de septiembre de 2024 '
           'desde la costa de Martil. Los extractos bancarios (b) deben mostrar si las transferencias de RUEDA CAMPOY '
           'pagaban la mercancía, lo que sustenta el delito de blanqueo y la pertenencia a la organización. La '
           'declaración del vendedor de los motores (c) puede identificar a un tercer miembro y confirmar la '
           'preparación de la embarcación. Los antecedentes (d) son necesarios para valorar la situación personal del '
           'investigado a efectos de las medidas cautelares que se adopten cuando sea detenido.', num=n, align='both')

    h('IX. FORMA DE EJECUCIÓN')
    L.para('Se ruega que la declaración del testigo se reciba con las formalidades de la ley marroquí, previa '
           'advertencia de la obligación de decir verdad, con asistencia de intérprete si fuera necesario, y se '
           'documente en acta firmada por el testigo. Los datos de los operadores y de la entidad bancaria deberán '
           'remitirse certificados por la entidad que los custodia. Estas formalidades son necesarias para que las '
           'diligencias puedan ser valoradas como prueba documental en el juicio oral.', num=n, align='both')
    L.para('Se solicita que puedan estar presentes en la declaración del testigo el Inspector Jefe Álvaro CEBRIÁN '
           'LORCA y el Subinspector Karim EL HADDAD RUIZ, de la UDYCO Central, sin intervenir en ella salvo '
           'autorización de la autoridad marroquí. Conocen los mensajes intervenidos y pueden asistir en la '
           'identificación del comprador a partir de las fotografías.', num=n, align='both')
    L.para('España se compromete a utilizar la información obtenida únicamente en este procedimiento y a observar la '
           'reciprocidad en casos análogos.', num=n, align='both')

    h('X. IDIOMA Y ACUSE DE RECIBO')
    L.para('Se acompaña traducción al francés de la presente comisión y de sus anexos, realizada por intérprete '
           'jurado (Anexo IV). Se adjunta, como Anexo I, un formulario de acuse de recibo, que se ruega cumplimentar '
           'y devolver al correo electrónico indicado en el apartado I.', num=n, align='both')
    L.para('Lo que se comunica a la Autoridad judicial competente del Reino de Marruecos, agradeciendo de antemano su '
           'colaboración y ofreciendo la reciprocidad en casos análogos.', align='both', space_before=8)
    L.para('En Madrid, a 22 de septiembre de 2025.', align='right')
    L.para('LA MAGISTRADA-JUEZ<br/>Beatriz ALCÁNTARA MONTESINOS<br/><br/>LA LETRADA DE LA ADMINISTRACIÓN DE JUSTICIA'
           '<br/>Elena SOTOMAYOR RIVAS', align='right')
    L.para('Anexos: I — Acuse de recibo; II — Texto de los artículos 301, 368, 369 bis, 370 y 570 bis del Código '
           'Penal; III — Fotografías de los motores y de la embarcación; IV — Traducción jurada al francés.', size=10,
           space_before=8)

    L.page_break()
    L.para('ANEXO I — ACUSE DE RECIBO', align='center', bold=True)
    L.para('A cumplimentar por la autoridad marroquí y devolver a jci4.cooperacion@justicia.example.es — Juzgado Central '
           'de Instrucción n.º 4, C/ García Gutiérrez, 1, 28004 Madrid (España)', align='center', italic=True, size=9.5)
    L.table([
        ['Comisión rogatoria', 'DP 82/2024 — Juzgado Central de Instrucción n.º 4 — 22/09/2025'],
        ['Autoridad receptora', BL],
        ['Fecha de recepción', BL],
        ['Número de registro en Marruecos', BL],
        ['Autoridad encargada de la ejecución y persona de contacto', BL],
        ['Firma y sello', BL],
    ], widths_cm=(6, 10), size=10)
    return L
