"""Typed, scoped evidence of `mla check`, on short invented letters in en/fr/es/ru: whose phone,
which agreement, what text of the law, which items, what translation, and explicit negatives."""

from __future__ import annotations

import pytest

from mla_writer.checklist import Status
from mla_writer.foreign import analyse_passages
from mla_writer.foreign.analyse import ForeignReport, letter_context, point_status, profiles_from
from mla_writer.foreign.extract import split_paragraphs
from mla_writer.foreign.points import EVALUATORS


def analyse(text: str) -> ForeignReport:
    return analyse_passages(split_paragraphs(text), profiles_from())


def fields(report: ForeignReport, key: str) -> list[str]:
    return [str(finding.field) for finding in report.point(key).findings]


HEAD = "PUBLIC PROSECUTOR'S OFFICE OF RIGA\nBrīvības iela 34, Riga\n\n"
HEADS = {
    "en": HEAD,
    "fr": "PARQUET DU PROCUREUR DU ROI DE BRUXELLES\nRue des Quatre Bras 4, Bruxelles\n\n",
    "es": "FISCALÍA PROVINCIAL DE MADRID\nCalle de Alcalá 12, Madrid\n\n",
    "ru": "ПРОКУРАТУРА ГОРОДА АЛМАТЫ\nг. Алматы, ул. Абая, 10\n\n",
}


def test_a_phone_number_given_for_the_bank_is_not_the_authority_s_own() -> None:
    report = analyse(
        HEAD + "The investigation concerns a fraud on investors.\n\n"
        "The suspect moved the proceeds to accounts abroad in 2025.\n\n"
        "We ask you to obtain the statements of account 1234-5678 held by Harbour Bank plc, "
        "compliance desk, tel. +44 20 7946 0831, for 2025."
    )
    point = report.point("identification")
    assert point.status is Status.PARTIAL
    assert "belong to others" in point.findings[0].message


def test_the_authority_s_own_phone_in_its_letterhead_is_its_contact() -> None:
    report = analyse(
        "PUBLIC PROSECUTOR'S OFFICE OF RIGA\ntel. +371 6700 0000\n\n"
        "The investigation concerns a fraud on investors."
    )
    assert report.point("identification").status is Status.OK


def test_a_contract_between_companies_is_no_treaty() -> None:
    report = analyse(
        HEADS["ru"] + "Правовое основание запроса: Договор № 27/04 от 14 февраля 2022 года, "
        "заключённый между ООО «Альфа» и ОсОО «Бета»."
    )
    assert report.point("legal_basis").status is not Status.OK


def test_an_eu_instrument_with_national_law_is_a_legal_basis() -> None:
    report = analyse(
        HEADS["fr"] + "Fondement juridique : directive 2014/41/UE du 3 avril 2014 concernant la "
        "décision d'enquête européenne ; loi belge du 22 mai 2017."
    )
    assert report.point("legal_basis").status is Status.OK


@pytest.mark.parametrize(
    ("language", "law", "expected"),
    [
        # quoted verbatim after a colon, without any "quoted below" announcement
        (
            "en",
            'Article 191(5): "Actions envisaged by parts one to four, if committed by an '
            'organised group, are punishable by imprisonment for a term of seven to twelve years."',
            [],
        ),
        (
            "fr",
            "Art. 496 du Code pénal : « Quiconque, dans le but de s'approprier une chose "
            "appartenant à autrui, se sera fait remettre des fonds, sera puni d'un emprisonnement "
            "d'un mois à cinq ans. »",
            [],
        ),
        # a form row saying the text is not attached
        ("en", "Text of the applicable provisions: not attached.", ["offences.law_text"]),
    ],
)
def test_the_text_of_the_law_quoted_verbatim_counts_and_a_negated_annex_does_not(
    language: str, law: str, expected: list[str]
) -> None:
    offence = {
        "en": "The suspect is charged with fraud contrary to section 191 of the Criminal Code, "
        "punishable by imprisonment of up to twelve years.",
        "fr": "Le suspect est mis en examen du chef d'escroquerie, infraction prévue par "
        "l'article 496 du Code pénal et punie d'un emprisonnement de cinq ans.",
    }[language]
    report = analyse(HEADS[language] + offence + "\n\n" + law)
    assert [f for f in fields(report, "offences") if f == "offences.law_text"] == expected


def test_a_translation_only_promised_makes_the_language_partial() -> None:
    report = analyse(
        "FISCALÍA GENERAL DE LA REPÚBLICA, México\n\n"
        "A las autoridades competentes de los Estados Unidos de América.\n\n"
        "La Fiscalía investiga un delito de extorsión. Solicitamos los registros de la cuenta "
        "1234-5678 del Banco del Norte entre el 1 de enero y el 31 de marzo de 2025.\n\n"
        "La traducción al idioma inglés de la presente solicitud se remitirá a la brevedad."
    )
    assert report.point("language").status is Status.PARTIAL
    assert "only promised" in report.point("language").findings[0].message


def test_only_vague_assistance_is_partial_even_beside_dates() -> None:
    report = analyse(
        HEADS["ru"]
        + "В дополнение к нашему запросу от 12.09.2024 просим направить любую имеющуюся у "
        "правоохранительных органов информацию в отношении обвиняемого и его связей."
    )
    assert report.point("assistance").status is Status.PARTIAL


def test_items_announced_by_a_colon_without_numbers_are_the_request() -> None:
    report = analyse(
        HEADS["fr"]
        + "Mesures sollicitées. Le Parquet prie les autorités suisses de bien vouloir :\n\n"
        "obtenir de la Banque Léman SA les relevés du compte n° 0271-558903-01 pour la période "
        "du 1er janvier 2019 à la date d'exécution ;\n\n"
        "entendre M. Jean Dupont en qualité de témoin."
    )
    assert report.point("assistance").status is Status.OK


@pytest.mark.parametrize(
    ("language", "text", "key"),
    [
        ("fr", "Nous ne souhaitons pas assister à l'exécution de la présente demande.", "presence_of_officials"),
        ("ru", "Участие сотрудников Следственного комитета в исполнении запроса не требуется.", "presence_of_officials"),
        ("es", "No se estima necesaria la presencia de funcionarios españoles en la ejecución.", "presence_of_officials"),
        ("fr", "Il n'a été pris, à ce jour, aucun contact avec les autorités suisses.", "prior_contact"),
        ("es", "Este Tribunal no ha tomado contacto, previo al presente, con autoridad española alguna.", "prior_contact"),
        ("fr", "Celle-ci ne revêt, quant à elle, aucun caractère confidentiel.", "confidentiality"),
        ("ru", "Запрос срочным не является.", "urgency"),
        ("en", "There is no particular time pressure on this one: any date in May suits us.", "urgency"),
    ],
)  # fmt: skip
def test_an_explicit_negative_answers_the_point(language: str, text: str, key: str) -> None:
    assert analyse(HEADS[language] + text).point(key).status is Status.OK


def test_a_wish_to_attend_is_not_read_as_a_refusal() -> None:
    report = analyse(
        HEAD + "Two officers of the Serious Fraud Office, DS Alan Pryce and DC Mary Jones, wish "
        "to attend the interview of the witness. They will be able to identify the documents."
    )
    assert report.point("presence_of_officials").status is Status.OK


def test_confidential_in_an_annex_title_asks_nothing() -> None:
    report = analyse(HEAD + "Annex C: confidential bank records\n\nThe suspect is a fraudster.")
    assert report.point("confidentiality").status is Status.MISSING


# --------------------------------------------------------------------------- typed evidence
# Points 1, 4, 8, 9, 10 and 11 judged on a few invented sentences in each language the analyser
# reads, as a lawyer would judge the same lines: what the status is, and which element is lacking.


def judge(text: str, language: str, key: str) -> tuple[Status, list[str]]:
    """The status of one point, and its findings' fields, when `text` is all the letter says."""
    verdict = EVALUATORS[key](letter_context(split_paragraphs(text), language=language))
    return point_status(verdict), [field for _severity, field, *_rest in verdict.findings]


OWN_CONTACT = {
    "en": "PUBLIC PROSECUTOR'S OFFICE OF TALLINN\nTel. +372 600 1234, e-mail mla@prok.example",
    "fr": "PARQUET DE NAMUR\nTél. +32 81 00 12 34, courriel entraide@parquet.example",
    "es": "FISCALÍA PROVINCIAL DE SEVILLA\nTel. +34 954 00 12 34, correo cooperacion@fiscal.example",
    "ru": "ПРОКУРАТУРА ГОРОДА ОМСКА\nТел. +7 3812 00 12 34, эл. почта mla@prok.example",
    "pt": "PROCURADORIA DA REPÚBLICA DE BRAGA\nTel. +351 253 001 234, correio mla@pgr.example",
    "ar": "النيابة العامة بمدينة طنجة\nهاتف: +212 539 001 234، البريد: mla@parquet.example",
}
SOMEONE_ELSE_S = {
    "en": "PUBLIC PROSECUTOR'S OFFICE OF TALLINN\nThe account is held at Baltic Harbour Bank,"
    " compliance desk, tel. +372 600 9876.",
    "fr": "PARQUET DE NAMUR\nLe compte est ouvert auprès de la banque Meuse Crédit, service"
    " conformité, tél. +32 81 00 98 76.",
    "es": "FISCALÍA PROVINCIAL DE SEVILLA\nLa cuenta está abierta en el banco Guadalquivir,"
    " departamento de cumplimiento, tel. +34 954 00 98 76.",
    "ru": "ПРОКУРАТУРА ГОРОДА ОМСКА\nСчёт открыт в банке «Иртыш», отдел комплаенс,"
    " тел. +7 3812 00 98 76.",
    "pt": "PROCURADORIA DA REPÚBLICA DE BRAGA\nA conta está aberta no banco Minho Crédito,"
    " departamento de compliance, tel. +351 253 009 876.",
    "ar": "النيابة العامة بمدينة طنجة\nالحساب مفتوح لدى بنك المضيق، قسم الامتثال، هاتف: +212 539 009 876.",
}


@pytest.mark.parametrize("language", sorted(OWN_CONTACT))
def test_an_authority_with_its_own_phone_is_identified(language: str) -> None:
    assert judge(OWN_CONTACT[language], language, "identification")[0] is Status.OK


@pytest.mark.parametrize("language", sorted(SOMEONE_ELSE_S))
def test_an_authority_whose_only_phone_is_a_bank_s_lacks_its_contact(language: str) -> None:
    status, found = judge(SOMEONE_ELSE_S[language], language, "identification")
    assert (status, found) == (Status.PARTIAL, ["identification.contact"])


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Requesting authority: District Court of Narva.\nAll correspondence through the"
            " Central Authority, Ministry of Justice, tel. +372 620 0000.",
        ),
        (
            "fr",
            "Autorité requérante : tribunal de Dinant.\nLa correspondance passe par"
            " l'intermédiaire du ministère de la Justice, tél. +32 2 000 00 00.",
        ),
        (
            "es",
            "Autoridad requirente: Juzgado de Instrucción n.º 2 de Jaén.\nLas comunicaciones"
            " se cursan por conducto de la Secretaría de Estado, tel. +34 91 000 00 00.",
        ),
    ],
)
def test_an_intermediary_s_phone_is_not_the_authority_s_own(language: str, text: str) -> None:
    assert judge(text, language, "identification")[0] is Status.PARTIAL


def test_a_suspect_s_phone_without_any_authority_identifies_no_one() -> None:
    text = "The suspect used the number +44 7700 900123 to call the victims."
    assert judge(text, "en", "identification")[0] is Status.MISSING


ACKNOWLEDGEMENT_FORM = {
    "en": "ANNEX C — ACKNOWLEDGEMENT OF RECEIPT\nDate of receipt: __________\nYour reference: __________",
    "fr": "ANNEXE 3 — ACCUSÉ DE RÉCEPTION\nDate de réception : ………………\nVotre référence : ………………",
    "es": "ANEXO 3 — ACUSE DE RECIBO\nFecha de recepción: __________\nSu referencia: __________",
    "ru": "ПРИЛОЖЕНИЕ № 3. УВЕДОМЛЕНИЕ О ПОЛУЧЕНИИ\nДата получения: ________\nВходящий номер: ________",
    "pt": "ANEXO 3 — AVISO DE RECEÇÃO\nData de receção: __________\nA vossa referência: __________",
    "ar": "الملحق 3 — إشعار بالاستلام\nتاريخ الاستلام: ________\nمرجعكم: ________",
}
ACKNOWLEDGEMENT_ASKED = {
    "en": "We would be grateful if you could acknowledge receipt of this request.",
    "fr": "Nous vous prions de bien vouloir accuser réception de la présente demande.",
    "es": "Les rogamos acusar recibo de la presente solicitud.",
    "ru": "Просим подтвердить получение настоящего запроса.",
    "pt": "Solicita-se que seja acusada a receção do presente pedido.",
    "ar": "نرجو إشعارنا باستلام هذا الطلب.",
}


@pytest.mark.parametrize("language", sorted(ACKNOWLEDGEMENT_FORM))
def test_an_acknowledgement_form_with_blank_fields_is_the_acknowledgement(language: str) -> None:
    assert judge(ACKNOWLEDGEMENT_FORM[language], language, "acknowledgement")[0] is Status.OK


@pytest.mark.parametrize("language", sorted(ACKNOWLEDGEMENT_ASKED))
def test_a_bare_request_to_acknowledge_receipt_is_partial(language: str) -> None:
    status, found = judge(ACKNOWLEDGEMENT_ASKED[language], language, "acknowledgement")
    assert (status, found) == (Status.PARTIAL, ["acknowledgement.form"])


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "¿Se adjunta formulario de acuse de recibo? [ ] Sí [ ] No"),
        ("fr", "Le gérant a signé un accusé de réception des marchandises le 2 mars 2024."),
        ("en", 'The director wrote: "Please acknowledge receipt of the attached invoices."'),
        ("ru", "Согласно расписке Петров подтвердил получение от потерпевшего 10 000 долларов."),
    ],
)
def test_an_acknowledgement_neither_included_nor_asked_for_this_request_is_missing(
    language: str, text: str
) -> None:
    assert judge(text, language, "acknowledgement")[0] is Status.MISSING


FACTS_NAME_ONLY = {
    "en": "Between 2023 and 2024 Mr Tom REEVE defrauded forty investors of EUR 2 million.\n"
    "Please provide, for the account holder, the date of birth, nationality and passport number.",
    "fr": "Entre 2023 et 2024, M. Luc MARCHAL, soupçonné d'escroquerie, a détourné 2 millions"
    " d'euros.\nNous vous demandons de communiquer sa date de naissance et sa nationalité.",
    "es": "Entre 2023 y 2024 el investigado Raúl PARDO transfirió 2 millones de euros.\n"
    "Solicitamos que se informe su fecha de nacimiento, nacionalidad y pasaporte.",
    "ru": "В 2023–2024 годах подозреваемый Орлов И. похитил 2 млн рублей.\n"
    "Просим установить его дату рождения, гражданство и паспортные данные.",
}
FACTS_IDENTIFIED = {
    "en": "Between 2023 and 2024 Mr Tom REEVE, born on 4 May 1980, a British national, defrauded"
    " forty investors of EUR 2 million through a sham fund.",
    "fr": "Entre 2023 et 2024, M. Luc MARCHAL, né le 4 mai 1980, de nationalité belge, soupçonné"
    " d'escroquerie, a détourné 2 millions d'euros au préjudice de quarante épargnants.",
    "es": "Entre 2023 y 2024 el investigado Raúl PARDO, nacido el 4 de mayo de 1980, de"
    " nacionalidad española, transfirió 2 millones de euros a cuentas en el extranjero.",
    "ru": "В 2023–2024 годах подозреваемый Орлов Иван Петрович, 04.05.1980 года рождения,"
    " гражданин Российской Федерации, похитил 2 млн рублей у сорока вкладчиков.",
}


@pytest.mark.parametrize("language", sorted(FACTS_NAME_ONLY))
def test_identifiers_only_in_the_data_requested_leave_the_suspect_unidentified(
    language: str,
) -> None:
    status, found = judge(FACTS_NAME_ONLY[language], language, "facts")
    assert (status, found) == (Status.PARTIAL, ["facts.persons"])


@pytest.mark.parametrize("language", sorted(FACTS_IDENTIFIED))
def test_a_suspect_identified_in_the_facts_makes_them_complete(language: str) -> None:
    assert judge(FACTS_IDENTIFIED[language], language, "facts")[0] is Status.OK


OFFENCE_COMPLETE = {
    "en": "Fraud, section 2 of the Fraud Act, punishable by up to ten years' imprisonment."
    ' Section 2 reads: "A person is guilty of fraud if he dishonestly makes a false'
    ' representation intending to make a gain."',
    "fr": "Escroquerie, article 313-1 du code pénal, punie de cinq ans d'emprisonnement."
    " L'article 313-1 dispose : « L'escroquerie est le fait de tromper une personne physique"
    " par l'usage d'un faux nom pour la déterminer à remettre des fonds. »",
    "es": "Estafa, artículo 248 del Código Penal, castigada con pena de prisión de seis meses a"
    " tres años. El artículo 248 establece: «Cometen estafa los que, con ánimo de lucro,"
    " utilizaren engaño bastante para producir error en otro.»",
    "ru": "Мошенничество, ч. 4 ст. 159 УК РФ, наказывается лишением свободы на срок до десяти"
    " лет. Статья 159 гласит: «Мошенничество, то есть хищение чужого имущества путём обмана"
    " или злоупотребления доверием, — наказывается лишением свободы»",
    "pt": "Burla, artigo 217.º do Código Penal, punível com pena de prisão até três anos."
    ' O artigo 217.º dispõe: "Quem, com intenção de obter para si enriquecimento ilegítimo,'
    ' por meio de erro ou engano, é punido com pena de prisão até três anos."',
    "ar": "جريمة النصب المنصوص عليها في المادة 336 من قانون العقوبات، والمعاقب عليها بالحبس مدة"
    " لا تزيد على ثلاث سنوات. نص المادة: «يعاقب بالحبس كل من توصل إلى الاستيلاء على نقود"
    " الغير باستعمال طرق احتيالية.»",
}


@pytest.mark.parametrize("language", sorted(OFFENCE_COMPLETE))
def test_an_offence_with_provision_penalty_in_words_and_quoted_law_is_complete(
    language: str,
) -> None:
    assert judge(OFFENCE_COMPLETE[language], language, "offences")[0] is Status.OK


@pytest.mark.parametrize(
    ("language", "text", "lacking"),
    [
        (
            "en",
            "Theft, section 1 of the Theft Act, punishable by imprisonment and a fine."
            " The text of section 1 is attached as Annex B.",
            "offences.penalty",
        ),
        (
            "pt",
            "Crime: furto (art. 203.º do Código Penal). Pena: prisão até três anos.\n"
            "Texto da lei: não anexado.",
            "offences.law_text",
        ),
        (
            "ar",
            "الجريمة: الرشوة (المادة 103 من قانون العقوبات)، وعقوبتها السجن خمس سنوات."
            " نص القانون: غير مرفق.",
            "offences.law_text",
        ),
        (
            "es",
            "Tipo penal: cohecho (art. 419 CP), pena: hasta cinco años.\n"
            "Texto legal: no se acompaña.",
            "offences.law_text",
        ),
    ],
)
def test_an_offence_without_its_measured_penalty_or_its_law_text_is_partial(
    language: str, text: str, lacking: str
) -> None:
    status, found = judge(text, language, "offences")
    assert status is Status.PARTIAL and lacking in found


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "According to the criminal records bureau, the witness has no previous offences."),
        ("fr", "Le témoin n'a jamais commis d'infraction et son casier judiciaire est vierge."),
        ("pt", "O investigado foi condenado em 2015 por furto (art. 155 do CP), pena já extinta."),
    ],
)
def test_a_criminal_record_names_no_offence_of_the_request(language: str, text: str) -> None:
    assert judge(text, language, "offences")[0] is Status.MISSING


ASSISTANCE_VAGUE = {
    "en": "Your authorities are kindly asked to provide any useful information on the suspect.",
    "fr": "Vos autorités sont priées de nous communiquer tout renseignement utile sur le suspect.",
    "es": "Se ruega remitir toda la información disponible sobre el investigado.",
    "ru": "Просим предоставить любые имеющиеся сведения о подозреваемом.",
    "ar": "نرجو موافاتنا بأية معلومات مفيدة عن المتهم.",
}
ASSISTANCE_SPECIFIC = {
    "en": "Please produce the statements of account 4412-0098 at Harbour Bank for 2024.",
    "fr": "Prière de saisir les relevés du compte 4412-0098 à la banque Meuse pour l'année 2024.",
    "es": "Se pide obtener los extractos de la cuenta 4412-0098 del banco Sur del período 2024.",
    "ru": "Просим истребовать выписки по счёту № 40817810000000001234 за период 2024 года.",
    "ar": "تجميد الأموال المودعة في الحساب رقم 4412-0098 لدى بنك المضيق.",
}


@pytest.mark.parametrize("language", sorted(ASSISTANCE_VAGUE))
def test_only_vague_assistance_is_partial(language: str) -> None:
    status, found = judge(ASSISTANCE_VAGUE[language], language, "assistance")
    assert (status, found) == (Status.PARTIAL, ["assistance.specific"])


@pytest.mark.parametrize("language", sorted(ASSISTANCE_SPECIFIC))
def test_a_specific_measure_is_the_assistance(language: str) -> None:
    assert judge(ASSISTANCE_SPECIFIC[language], language, "assistance")[0] is Status.OK


RELEVANCE_BOILERPLATE = {
    "en": "The evidence requested is relevant and necessary for a full and objective investigation.",
    "fr": "Les actes demandés sont nécessaires à la manifestation de la vérité.",
    "es": "Las diligencias solicitadas resultan pertinentes y necesarias para el esclarecimiento"
    " de los hechos.",
    "ru": "Запрашиваемые сведения необходимы для всестороннего, полного и объективного"
    " расследования уголовного дела.",
    "pt": "As diligências solicitadas são necessárias para a descoberta da verdade material.",
    "ar": "إن الإجراءات المطلوبة ضرورية لاستكمال التحقيق والوصول إلى الحقيقة.",
}
RELEVANCE_TIED = {
    "en": "The bank statements will show that the ransom paid by the victim reached the"
    " suspect's account in Riga on 3 March 2025.",
    "fr": "Les relevés bancaires permettront d'établir que la rançon versée par la victime a"
    " transité par le compte du suspect à Riga.",
    "es": "Los extractos permitirán acreditar que el rescate pagado por la víctima llegó a la"
    " cuenta del sospechoso en Riga.",
    "ru": "Выписки позволят установить, что выкуп, уплаченный потерпевшим, поступил на счёт"
    " подозреваемого в Риге.",
    "pt": "Os extratos permitirão comprovar que o resgate pago pela vítima chegou à conta do"
    " suspeito em Riga.",
    "ar": "تهدف كشوف الحساب إلى إثبات وصول الفدية التي دفعها المجني عليه إلى حساب المشتبه به في"
    " ريغا.",
}


@pytest.mark.parametrize("language", sorted(RELEVANCE_BOILERPLATE))
def test_boilerplate_relevance_is_partial(language: str) -> None:
    status, found = judge(RELEVANCE_BOILERPLATE[language], language, "relevance")
    assert (status, found) == (Status.PARTIAL, ["relevance.boilerplate"])


@pytest.mark.parametrize("language", sorted(RELEVANCE_TIED))
def test_a_reason_that_names_what_the_evidence_shows_is_the_relevance(language: str) -> None:
    assert judge(RELEVANCE_TIED[language], language, "relevance")[0] is Status.OK


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The relevant provisions of the Criminal Code are reproduced in Annex A."),
        ("fr", "Le tribunal appréciera la pertinence des moyens de la défense."),
        ("pt", "O arguido exerce um cargo relevante no município."),
    ],
)
def test_relevant_as_an_adjective_explains_nothing(language: str, text: str) -> None:
    assert judge(text, language, "relevance")[0] is Status.MISSING


def test_a_form_whose_empty_rows_read_as_bare_labels_is_the_acknowledgement() -> None:
    """A Word form's empty rows, saved as text, leave their labels alone on their lines."""
    text = (
        "ACCUSÉ DE RÉCEPTION\nDate de réception\nRéférence de l'autorité d'exécution\n"
        "Autorité chargée de l'exécution\nSignature et cachet\n"
    )
    assert judge(text, "fr", "acknowledgement")[0] is Status.OK
