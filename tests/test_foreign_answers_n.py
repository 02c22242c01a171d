"""Whose particulars identify the suspect, as the seventh development set of independent letters
(tests/corpus/N: English translated from Russian, Arabic, Turkish and Spanish, CIS запросы) showed
it, as general rules on invented sentences: the date of birth of a witness, a victim or a
co-suspect does not identify the person the letter says it investigates; the suspect's own
particulars do, in the same sentence, in the short lines after the name, or in a footnote (read
from Word, or at the end of a text where a footnote's number opens it). A convention "against
Transnational Organized Crime" and the defence counsel "of the accused, Dr. X" are nobody's
suspects. And the forms it wrote (Harare scheme, ASEAN, SADC, Brazilian, CIS): a row's negative
answer in other words ("Not requested.", "No se solicita"), the reasons for urgency in a row of
their own, the text of the law in the cell after its label or in a listed annex's row, a reason
for confidentiality told as what the suspect does not know, a request sent "only through" the
prosecutors' offices. And what looks answered and is not: "acts necessary for the manifestation
of the truth", a private person's telephone given with his particulars, copies that "may be
sent", a translator's attestation, a memorandum between police forces, a form's acknowledgement
row that only asks (while an avocat général is a prosecutor, not a lawyer)."""

from __future__ import annotations

import pytest

from mla_writer.checklist import Status
from tests.test_foreign_answers import _form_status
from tests.test_foreign_statements import _status

STORY = (
    "Between March 2024 and June 2025 the company Nordhavn Trading transferred EUR 2,400,000 "
    "received from the municipality to accounts abroad; the money was then paid to a shell company."
)


@pytest.mark.parametrize(
    ("language", "facts"),
    [
        (
            "en",
            "The suspect Jonas Ferrel directed the scheme. The witness Mara Olsen, born on 3 May "
            "1980, Norwegian passport XN000111, kept the accounts.",
        ),
        (
            "en",
            "The investigation is conducted against Mr. Jonas Ferrel. His driver, Mr. Ole Brann "
            "(born on 1 June 1975, passport XN000222), was questioned.",
        ),
        (
            "en",
            "It was established that the suspect Jonas Ferrel, together with the suspects Ole "
            "Brann (born 1 June 1975) and Kari Lund (born 2 July 1977), opened the accounts.",
        ),
        (
            "ru",
            "Обвиняемый ЛЕСКОВ Пётр Ильич похитил денежные средства. Свидетель ИВАНОВА Анна "
            "Сергеевна, 12.03.1980 года рождения, гражданка Российской Федерации, паспорт 45 01 "
            "000111, дала показания.",
        ),
        (
            "es",
            "El imputado Julián ORTEGA VIDAL transfirió los fondos. La víctima, Marta Ruiz, "
            "nacida el 3 de mayo de 1980, con DNI 00000111-X, denunció los hechos.",
        ),
    ],
)
def test_someone_elses_particulars_do_not_identify_the_suspect(language: str, facts: str) -> None:
    assert _status(language, "facts", STORY, facts) is Status.PARTIAL


@pytest.mark.parametrize(
    ("language", "facts"),
    [
        (
            "en",
            "The suspect Jonas Ferrel, born on 3 May 1980 in Bergen, Norwegian passport "
            "XN000111, directed the scheme.",
        ),
        (
            "en",
            "The main suspect is Mr. Jonas FERREL, a Norwegian citizen born on 3 May 1980, "
            "holder of passport XN000111.",
        ),
        (
            "ru",
            "Обвиняемый ЛЕСКОВ Пётр Ильич, 12.03.1979 года рождения, уроженец г. Самары, "
            "гражданин Российской Федерации, похитил денежные средства.",
        ),
        (
            "pt",
            "O arguido Rui Manuel TEIXEIRA, nascido em 3 de maio de 1980, portador do cartão de "
            "cidadão n.º 00000111, transferiu os fundos.",
        ),
    ],
)
def test_the_suspects_own_particulars_identify_him(language: str, facts: str) -> None:
    assert _status(language, "facts", STORY, facts) is Status.OK


def test_the_suspects_particulars_in_the_lines_after_his_name() -> None:
    lines = ("The suspect:", "Jonas FERREL", "Date of birth: 3 May 1980", "Passport: XN000111")
    assert _status("en", "facts", STORY, *lines) is Status.OK


def test_the_suspects_particulars_in_a_footnote_at_the_end_of_a_text() -> None:
    body = [STORY, "The suspect Jonas FERREL 1 directed the scheme."] + [
        f"{number}. The bank is asked to produce the records of account {number}."
        for number in range(2, 6)
    ]
    note = "1 Born on 3 May 1980 in Bergen, Norwegian passport XN000111."
    assert _status("en", "facts", *body, note) is Status.OK


def test_a_convention_against_crime_and_the_defence_counsel_are_nobodys_suspects() -> None:
    facts = (
        "This request is made under the United Nations Convention against Transnational "
        "Organized Crime. Mara Olsen, born on 3 May 1980, will be heard in the "
        "presence of the defence counsel of the accused, Dr. Ana Ruiz."
    )
    # no suspect is named: the particulars the letter gives are taken (unless they are a
    # victim's, a witness's or a company's: test_foreign_relevance_rows)
    assert _status("en", "facts", STORY, facts) is Status.OK


# --------------------------------------------------------------------------- forms (author N)


@pytest.mark.parametrize(
    ("language", "point", "label", "answer"),
    [
        ("en", "presence_of_officials", "6.2 Presence of Philippine officials", "Not requested."),
        ("en", "presence_of_officials", "Persons wishing to be present", "No."),
        ("pt", "other_channels", "Pedido enviado por outros canais", "Não."),
        ("es", "presence_of_officials", "Presencia de funcionarios", "No se solicita."),
        ("fr", "presence_of_officials", "Présence de fonctionnaires", "Non demandée."),
    ],
)
def test_a_form_rows_negative_answer_in_other_words(
    language: str, point: str, label: str, answer: str
) -> None:
    assert _form_status(language, point, (label, answer)) is Status.OK


def test_a_russian_request_sent_only_through_the_prosecutors_has_no_other_channel() -> None:
    sentence = "Запрос направляется только через Генеральные прокуратуры."
    assert _status("ru", "other_channels", sentence) is Status.OK


def test_the_reasons_for_urgency_in_a_row_of_their_own() -> None:
    rows = [
        ("Urgent?", "☒ Yes ☐ No"),
        ("Date by which assistance required", "30 June 2026"),
        (
            "Reasons for urgency",
            "The suspect has listed the flat for sale since February; the sale would put the "
            "proceeds out of reach.",
        ),
    ]
    assert _form_status("en", "urgency", *rows) is Status.OK
    assert _form_status("en", "urgency", *rows[:2], ("Reasons for urgency", "—")) is Status.PARTIAL


def test_a_legal_time_limit_and_a_sale_are_reasons_for_urgency() -> None:
    sentence = (
        "The request is urgent. The investigation must be concluded by 20 July 2026, and the "
        "apartment was advertised for sale in February. We ask for execution by 30 June 2026."
    )
    assert _status("en", "urgency", sentence) is Status.OK


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        (
            "fr",
            "M. KORVAN n'a pas connaissance de l'enquête. Nous demandons que la présente "
            "demande ne soit pas portée à la connaissance du titulaire du compte.",
        ),
        (
            "ar",
            "نرجو الحفاظ على سرية الطلب وعدم إبلاغ صاحب الحساب، إذ إن علمه به سيؤدي إلى سحب "
            "الأموال.",
        ),
    ],
)
def test_confidentiality_with_its_reason_in_other_words(language: str, sentence: str) -> None:
    assert _status(language, "confidentiality", sentence) is Status.OK


def test_the_text_of_the_law_in_the_next_cell_or_in_a_listed_annex_row() -> None:
    offence = (
        "Offences",
        "Abuse of office, s. 46 Anti-Corruption Act 2003: imprisonment not exceeding 10 years.",
    )
    assert _form_status("en", "offences", offence, ("Text of the law", "Yes – see Annex 3.")) is (
        Status.OK
    )
    annexes = ("Annex 3", "Extracts: Anti-Corruption Act 2003, ss. 45, 46, 48")
    assert (
        _form_status("en", "offences", offence, ("Annexes", "Annex 1: slip"), annexes) is Status.OK
    )
    assert _form_status("en", "offences", offence, ("Text of the law", "Not attached.")) is (
        Status.PARTIAL
    )


# ------------------------------------------------------------- looks answered, is not (author N)


def test_acts_necessary_for_the_manifestation_of_the_truth_is_boilerplate() -> None:
    items = (
        "We request: 1. the records of account 0041-77 at Pinecrest Bank for 2024; "
        "2. the hearing of the branch manager."
    )
    boilerplate = "These acts are necessary for the manifestation of the truth."
    assert _status("en", "relevance", items, boilerplate) is Status.PARTIAL


def test_a_private_persons_telephone_given_with_his_particulars_is_not_the_authoritys() -> None:
    letterhead = "Central Criminal Court of Iraq, Al-Karkh, Baghdad"
    witness = (
        "The objects were consigned by a person residing in Australia, Mr. Roy Wendle, born 11 "
        "May 1961, Australian passport PA0000045, telephone +61 2 9990 0000."
    )
    assert _status("en", "identification", letterhead, witness) is Status.PARTIAL


def test_an_avocat_general_is_a_prosecutor_not_a_lawyer() -> None:
    head = (
        "Parquet général près la Cour d'appel de Kinshasa",
        "Avocat général chargé du dossier : M. Paul MBALA – tél. +243 81 000 0000 – "
        "p.mbala@parquet.example.org",
    )
    assert _status("fr", "identification", *head) is Status.OK


def test_copies_that_may_be_sent_are_no_statement_about_other_channels() -> None:
    sentence = "Copies of this request may be sent through the diplomatic channel."
    assert _status("en", "other_channels", sentence) is Status.MISSING
    assert _status("en", "other_channels", sentence.replace("may be", "have been")) is Status.OK


def test_the_translators_attestation_is_no_procedure_asked() -> None:
    line = "Translation from French into English done by the sworn translator Mr. Eto Ndom."
    assert _status("en", "procedures", line) is Status.MISSING


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        (
            "fr",
            "La présente demande est formulée en application du Protocole d'accord de "
            "coopération policière entre la Police nationale et la Police fédérale, signé en 2019.",
        ),
        (
            "en",
            "This request is made under the Memorandum of Understanding on police cooperation "
            "between the National Police and the Federal Police.",
        ),
    ],
)
def test_a_memorandum_between_police_forces_is_no_legal_basis(language: str, sentence: str) -> None:
    assert _status(language, "legal_basis", sentence) is Status.MISSING


def test_a_forms_acknowledgement_row_that_only_asks_is_no_form() -> None:
    rows = (
        ("C.3 Acuse de recibo", "Se agradecerá acusar recibo de la presente."),
        ("C.4 Confidencialidad", "☒ Sí ☐ No"),
        ("C.5 Presencia de funcionarios", "☐ Sí ☒ No"),
    )
    assert _form_status("es", "acknowledgement", *rows) is Status.PARTIAL
