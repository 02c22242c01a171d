"""Typed, scoped evidence of `mla check`, on short invented letters in en/fr/es/ru: whose phone,
which agreement, what text of the law, which items, what translation, and explicit negatives."""

from __future__ import annotations

import pytest

from mla_writer.checklist import Status
from mla_writer.foreign import analyse_passages
from mla_writer.foreign.analyse import ForeignReport, profiles_from
from mla_writer.foreign.extract import split_paragraphs


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
