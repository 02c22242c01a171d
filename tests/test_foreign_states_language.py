"""`mla check` on someone else's letter: which States it is between (point 14 depends on it), its
legal basis (point 7) and its language (point 14). Short invented letters, one mechanism each."""

from __future__ import annotations

from pathlib import Path

import pytest

from mla_writer.checklist import Severity, Status
from mla_writer.foreign import ForeignReport, check_letter

BODY = (
    "The prosecutor investigates a fraud committed in 2025 by Mr Alan Smith, born 3 May 1970, "
    "who transferred the proceeds to an account in your State. We request certified copies of "
    "the statements of that account for 2025, which will show where the money went."
)


def check(tmp_path: Path, text: str, name: str = "letter.txt") -> ForeignReport:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return check_letter(path)


def point(report: ForeignReport, key: str) -> tuple[Status, list[str], list[str]]:
    """Status, error messages and warnings of a point, as the report shows them."""
    result = next(r for r in report.points if r.point.key == key)
    errors = [f.message for f in result.findings if f.severity is Severity.ERROR]
    warnings = [f.message for f in result.findings if f.severity is Severity.WARNING]
    return result.status, errors, warnings


# --------------------------------------------------------------------------- the States


def test_an_e_mail_s_from_and_to_fields_give_the_two_states(tmp_path: Path) -> None:
    report = check(
        tmp_path,
        "From: International Cooperation Unit <mla@fiscalia.example.cl>\n"
        "To: Central Authority <central@justicia.example.pe>\n"
        "Subject: Request for assistance\n\n" + BODY,
    )
    assert (report.letter.requesting_state, report.letter.requested_state) == ("CL", "PE")


def test_the_letterhead_is_the_requesting_state_and_the_addressee_the_requested(
    tmp_path: Path,
) -> None:
    # Only cities and a telephone code: no State is named.
    report = check(
        tmp_path,
        "Prosecutor General's Office\nBaku, tel. +994 12 555 00 00\n\n"
        "To the Prosecutor General's Office\nTashkent\n\n" + BODY,
    )
    assert (report.letter.requesting_state, report.letter.requested_state) == ("AZ", "UZ")


def test_a_street_named_after_a_state_is_not_the_letterhead_s_state(tmp_path: Path) -> None:
    report = check(
        tmp_path,
        "Crown Prosecution Service\n102 Petty France, London, United Kingdom\n\n"
        "To the Ministry of Justice and Public Order\nNicosia, Cyprus\n\n" + BODY,
    )
    assert (report.letter.requesting_state, report.letter.requested_state) == ("GB", "CY")


def test_a_form_s_issuing_and_executing_state_rows_give_the_states(tmp_path: Path) -> None:
    report = check(
        tmp_path,
        "EUROPEAN INVESTIGATION ORDER\nIssuing State\nRomania\nExecuting State\nFrance\n\n"
        "This order is issued under Directive 2014/41/EU. " + BODY,
    )
    assert (report.letter.requesting_state, report.letter.requested_state) == ("RO", "FR")


def test_a_state_guessed_from_mentions_only_is_said_to_be_uncertain(tmp_path: Path) -> None:
    report = check(
        tmp_path,
        "Dear colleagues,\n\nUnder the European Convention on Mutual Assistance in Criminal "
        "Matters, Italy asks Italy's partners for help. Italy thanks you. " + BODY,
    )
    status, errors, warnings = point(report, "language")
    assert status is Status.OK and not errors
    assert any("mentions most" in w or "could not be recognised" in w for w in warnings)


# --------------------------------------------------------------------------- point 7


@pytest.mark.parametrize(
    "basis",
    [
        "This request is made under the European Convention on Mutual Assistance in Criminal "
        "Matters of 20 April 1959 (ETS No. 30).",
        "This request is made under the 1959 Convention and its Second Additional Protocol.",
        "This European Investigation Order is issued under Directive 2014/41/EU and section 12 "
        "of our Criminal Justice Act 2024.",
        "In the absence of a treaty, we rely on reciprocity; our State undertakes to provide "
        "similar assistance to your authorities in a comparable case.",
    ],
)
def test_a_treaty_an_eu_instrument_or_reciprocity_with_an_undertaking_is_a_legal_basis(
    tmp_path: Path, basis: str
) -> None:
    report = check(tmp_path, "To the competent authorities of France\n\n" + basis + " " + BODY)
    assert point(report, "legal_basis")[0] is Status.OK


def test_reciprocity_without_an_undertaking_is_partial(tmp_path: Path) -> None:
    report = check(
        tmp_path,
        "To the competent authorities of France\n\nWe ask for assistance on the basis of "
        "reciprocity and international comity. " + BODY,
    )
    status, errors, _warnings = point(report, "legal_basis")
    assert status is Status.PARTIAL
    assert any("no undertaking" in e for e in errors)


def test_national_law_alone_is_partial(tmp_path: Path) -> None:
    report = check(
        tmp_path,
        "To the competent authorities of France\n\nThis letter of request is issued under "
        "section 166A of the Code of Criminal Procedure. " + BODY,
    )
    status, errors, _warnings = point(report, "legal_basis")
    assert status is Status.PARTIAL
    assert any("own law only" in e for e in errors)


def test_an_agreement_between_companies_is_no_treaty(tmp_path: Path) -> None:
    report = check(
        tmp_path,
        "To the competent authorities of France\n\nLegal basis: the Cooperation Agreement "
        "between Alpha Trading Ltd and Beta Shipping Ltd of 3 March 2021. " + BODY,
    )
    status, errors, _warnings = point(report, "legal_basis")
    assert status is Status.MISSING
    assert any("not a treaty between States" in e for e in errors)


def test_the_same_private_agreement_named_again_later_is_still_no_treaty(
    tmp_path: Path,
) -> None:
    report = check(
        tmp_path,
        "To the competent authorities of France\n\nIn 2021 Alpha Trading Ltd and Beta Shipping "
        "Ltd signed a Partnership and Cooperation Agreement for the port works.\n\n"
        "This request is made in view of the Partnership and Cooperation Agreement referred to "
        "above and of the Code of Criminal Procedure. " + BODY,
    )
    assert point(report, "legal_basis")[0] is Status.PARTIAL


# --------------------------------------------------------------------------- point 14


def test_a_translation_only_promised_is_partial_even_without_a_profile(
    tmp_path: Path,
) -> None:
    report = check(
        tmp_path,
        "À l'attention des autorités compétentes de la République d'Afrique du Sud\n\n"
        "Le juge d'instruction enquête sur une escroquerie commise en 2025 par M. Alain Martin, "
        "né le 3 mai 1970, qui a viré le produit sur un compte dans votre État. Nous demandons "
        "les relevés de ce compte pour 2025. La traduction en anglais de la présente demande "
        "sera transmise ultérieurement.",
    )
    assert report.letter.requested_state == "ZA"
    status, errors, _warnings = point(report, "language")
    assert status is Status.PARTIAL
    assert any("only promised" in e for e in errors)


def test_a_letter_in_a_language_an_unprofiled_state_may_not_accept_is_a_warning_not_a_gap(
    tmp_path: Path,
) -> None:
    # Tajikistan has no profile; its official language is Tajik, yet CIS States correspond in
    # Russian: without a confirmed profile the check says it cannot tell.
    report = check(
        tmp_path,
        "Генеральная прокуратура\nРеспублики Таджикистан\nг. Душанбе\n\n"
        "Следственное управление расследует мошенничество, совершённое в 2025 году гражданином "
        "Алиевым Рустамом, 03.05.1970 года рождения. Просим предоставить выписки по его счёту "
        "за 2025 год, которые покажут, куда были переведены деньги.",
    )
    status, errors, warnings = point(report, "language")
    assert status is Status.OK and not errors
    assert any("No profile of TJ" in w for w in warnings)


def test_a_letter_a_confirmed_profile_does_not_accept_without_translation_is_missing(
    tmp_path: Path,
) -> None:
    report = check(
        tmp_path,
        "From: Fiscalía <fiscalia@example.ar>\nTo: Bureau d'entraide <entraide@justice.example.fr>"
        "\n\nLa fiscalía investiga una estafa cometida en 2025 por el Sr. Juan Pérez, nacido el "
        "3 de mayo de 1970, que transfirió el producto a una cuenta en su Estado. Solicitamos "
        "los extractos de esa cuenta correspondientes a 2025.",
    )
    assert report.letter.requested_state == "FR"
    assert point(report, "language")[0] is Status.MISSING


def test_an_attached_translation_into_an_accepted_language_answers_point_14(
    tmp_path: Path,
) -> None:
    report = check(
        tmp_path,
        "From: Fiscalía <fiscalia@example.ar>\nTo: Bureau d'entraide <entraide@justice.example.fr>"
        "\n\nLa fiscalía investiga una estafa cometida en 2025 por el Sr. Juan Pérez, nacido el "
        "3 de mayo de 1970, que transfirió el producto a una cuenta en su Estado. Solicitamos "
        "los extractos de esa cuenta correspondientes a 2025. Se adjunta la traducción "
        "certificada al francés de la presente solicitud.",
    )
    assert point(report, "language")[0] is Status.OK
