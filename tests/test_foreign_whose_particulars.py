"""Whose particulars identify the suspect, as the seventh development set of independent letters
(tests/corpus/N: English translated from Russian, Arabic, Turkish and Spanish, CIS запросы) showed
it, as general rules on invented sentences: the date of birth of a witness, a victim or a
co-suspect does not identify the person the letter says it investigates; the suspect's own
particulars do, in the same sentence, in the short lines after the name, or in a footnote (read
from Word, or at the end of a text where a footnote's number opens it). A convention "against
Transnational Organized Crime" and the defence counsel "of the accused, Dr. X" are nobody's
suspects."""

from __future__ import annotations

import pytest

from mla_writer.checklist import Status
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
        "Organized Crime. The witness Mara Olsen, born on 3 May 1980, will be heard in the "
        "presence of the defence counsel of the accused, Dr. Ana Ruiz."
    )
    # no suspect is named: whoever's particulars the letter gives are taken, as before
    assert _status("en", "facts", STORY, facts) is Status.OK
