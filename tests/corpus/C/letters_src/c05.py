ID = "C05_es_formulario_mercosur_ar_br"
OPTIONS = dict(lang="es-AR", font="Calibri", size=10, margins_cm=2.0)


def build(L):
    L.header("MINISTERIO PÚBLICO FISCAL – PROCURACIÓN GENERAL DE LA NACIÓN – REPÚBLICA ARGENTINA", size=8, bold=True)
    L.footer("Formulario MPF-AJM/03 (rev. 2024)", page_word="Hoja")
    L.p("**FORMULARIO DE SOLICITUD DE ASISTENCIA JURÍDICA MUTUA EN ASUNTOS PENALES**", align="center", size=12)
    L.p("Protocolo de Asistencia Jurídica Mutua en Asuntos Penales del MERCOSUR", align="center", italic=True)
    rows = [
        ["Campo", "Contenido"],
        ["1. Autoridad requirente",
         "Fiscalía Federal N.º 2 de Rosario (Santa Fe)\nFiscal a cargo: Dr. Hernán Gustavo Scaglione\nBv. Oroño 940, S2000 Rosario\nTel. +54 341 555 2290 – fedrosario2@example.gob.ar"],
        ["2. Autoridad Central requerida",
         "Departamento de Recuperação de Ativos e Cooperação Jurídica Internacional (DRCI) – Ministério da Justiça e Segurança Pública – República Federativa do Brasil"],
        ["3. Expediente", "{{expediente|FRO 21877/2025}} – «PEREIRA DA SILVA, Anderson Luiz y otros s/ infracción ley 23.737»"],
        ["4. Instrumento invocado",
         "Protocolo de Asistencia Jurídica Mutua en Asuntos Penales (Decisión CMC N.º 2/96, San Luis, 25 de junio de 1996); Ley N.º 24.767 de Cooperación Internacional en Materia Penal."],
        ["5. Carácter urgente", "[ ] Sí   [x] No\nMotivo y plazo: —"],
        ["6. Reserva / confidencialidad", "[x] Sí   [ ] No\nMotivo: {{motivo_reserva| }}"],
        ["7. Contactos previos con autoridades del Estado requerido", "[ ] Sí   [x] No\nDetalle: —"],
        ["8. Copia remitida por otra vía (INTERPOL, diplomática, directa)", "[ ] Sí   [x] No"],
        ["9. Breve relación de los hechos",
         "El 6 de septiembre de 2025, en el peaje de la Autopista Rosario–Córdoba (km 12), Gendarmería Nacional detuvo el camión Scania con patente brasileña RGS4F21 y semirremolque RGS7B09, que transportaba harina de soja con destino declarado a Uruguaiana (RS). En un doble fondo del semirremolque se hallaron 96 paquetes con 101,4 kg de clorhidrato de cocaína.\n\nFue detenido el conductor, Anderson Luiz PEREIRA DA SILVA, brasileño, CPF 000.417.118-26, nacido el 30 de abril de 1986 en Santa Maria (RS), con domicilio declarado en Uruguaiana. El camión está registrado a nombre de la empresa Transportes Serra Gaúcha Ltda. (CNPJ 00.417.226/0001-90). Los registros del sistema de control aduanero argentino muestran nueve ingresos del mismo camión por el paso Paso de los Libres–Uruguaiana entre enero y agosto de 2025."],
        ["10. Delitos – normas – penas",
         "Transporte de estupefacientes (art. 5, inc. c, Ley 23.737): prisión de 4 a 15 años y multa.\nAgravante por intervención de tres o más personas organizadas (art. 11, inc. c, Ley 23.737): las penas se aumentan en un tercio del máximo a la mitad del mínimo.\nContrabando de estupefacientes en grado de tentativa (arts. 864, 866, primer párrafo, y 871 del Código Aduanero): prisión de 3 años y 6 meses a 12 años."],
        ["11. Texto de las normas", "No se adjunta."],
        ["12. Asistencia solicitada",
         "a) Datos del registro del camión RGS4F21 y del semirremolque RGS7B09 (RENAVAM): titular, historial de titularidad desde 2022, restricciones.\n\nb) Contrato social, socios, administradores y domicilio de Transportes Serra Gaúcha Ltda. (CNPJ 00.417.226/0001-90), según la Junta Comercial do Estado do Rio Grande do Sul.\n\nc) Antecedentes penales de Anderson Luiz PEREIRA DA SILVA en la República Federativa del Brasil.\n\nd) Registros de entradas y salidas del camión RGS4F21 por el paso Uruguaiana–Paso de los Libres, con fechas y cargas declaradas, entre el 1 de enero y el 6 de septiembre de 2025 (Receita Federal)."],
        ["13. Relación de la asistencia con la investigación",
         "Las medidas solicitadas resultan pertinentes y útiles para el esclarecimiento de los hechos investigados y la determinación de las responsabilidades penales correspondientes."],
        ["14. Procedimientos especiales requeridos", "Ninguno en particular. La documentación puede remitirse en copia simple."],
        ["15. Presencia de funcionarios argentinos en la ejecución", "[ ] Sí   [x] No"],
        ["16. Idioma / traducción", "La traducción al idioma portugués será remitida a la brevedad por la Autoridad Central argentina."],
        ["17. Compromiso de uso", "La información será utilizada exclusivamente en el expediente indicado en el punto 3."],
    ]
    L.table(rows, widths_cm=[5.0, 12.0], header=True, size=9, bold_first_col=True)
    L.p("Rosario, 18 de noviembre de 2025.", align="right")
    L.p("\n\nDr. Hernán Gustavo Scaglione\nFiscal Federal\nFiscalía Federal N.º 2 de Rosario", align="center")
