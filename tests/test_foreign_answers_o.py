"""What the eighth development set of independent letters (tests/corpus/O: European and Council
of Europe practice, smaller practices in mixed registers) showed, as general rules on invented
sentences and rows: officials who "will not travel", «присутствовать не будут», "attending
execution: Nil"; a request "sent only to you"; a prior contact recalled as "como falámos por
telefone" or «هاتفياً»; relevance under "What we expect to learn"; a reason that only names the
States is boilerplate; a table's head ("Champ | Réponse") and a "Motifs" row stay in the part
they are in; the words of a form's check boxes ("☒ oui ☐ non") negate nothing; "Copia por otra
vía" heads the part about other channels."""

from __future__ import annotations

import pytest

from mla_writer.checklist import Status
from mla_writer.foreign.points import EVALUATORS, Context
from tests.test_foreign_answers import _form_status
from tests.test_foreign_statements import _letter, _status


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "Our investigators will not travel to Malta for the execution of this request."),
        ("en", "13. Officials of the Republic of Fiji attending execution: Nil."),
        ("fr", "V. Nos enquêteurs ne se déplaceront pas en France."),
        ("ru", "6. Сотрудники прокуратуры при исполнении запроса присутствовать не будут."),
        ("es", "Los fiscales del caso no viajarán a Chile para la ejecución."),
    ],
)
def test_officials_who_will_not_come_is_an_explicit_no(language: str, sentence: str) -> None:
    assert _status(language, "presence_of_officials", sentence) is Status.OK


def test_a_request_sent_only_to_you_went_through_no_other_channel() -> None:
    assert _status("en", "other_channels", "This request is sent only to you.") is Status.OK


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        (
            "pt",
            "Como falámos por telefone na semana passada (conversa do nosso colega com a Dra. "
            "Ana Reis, do DRCI, em 5 de fevereiro), o pedido foi limitado a uma conta.",
        ),
        ("ar", "للتذكير: تحدث المستشار أحمد معكم هاتفياً يوم 1 مارس 2026 وأبلغكم بقرب إرسال الطلب."),
    ],
)
def test_a_prior_contact_recalled_in_a_cover_note(language: str, sentence: str) -> None:
    assert _status(language, "prior_contact", sentence) is Status.OK


def test_relevance_under_what_we_expect_to_learn() -> None:
    paragraphs = (
        "We request: a) the records of account 0041-77 at Pinecrest Bank for 2024; b) the "
        "hearing of the branch manager, Ms Lia Borg.",
        "5. What we expect to learn",
        "The records will show whether the EUR 410,000 paid by Adriatic Fuel reached the "
        "account; Ms Borg can say who gave the instructions for the transfers.",
    )
    assert _status("en", "relevance", *paragraphs) is Status.OK


def test_a_reason_that_only_names_the_states_is_boilerplate() -> None:
    paragraphs = (
        "Trinidad and Tobago requests the bank records of account 0041-77 at Maple Bank, "
        "Toronto, for 2023 and 2024.",
        "7. The evidence requested is relevant and material to the investigation and will "
        "assist the authorities of Trinidad and Tobago in establishing the offences described "
        "above and in bringing the offenders to justice.",
    )
    context = Context(
        letter=_letter("en", *paragraphs),
        language="en",
        requesting_state="TT",
        requested_state="CA",
        instruments=[],
    )
    assert EVALUATORS["relevance"](context).status is Status.PARTIAL


def test_a_tables_head_and_its_reasons_row_stay_in_the_urgency_part() -> None:
    rows = [
        ("SECTION B : Urgence",),
        ("Champ", "Réponse"),
        ("Veuillez indiquer s'il y a urgence", "☒ oui"),
        ("Motifs", "L'inculpé est en détention préventive ; la chambre statuera le 30 avril."),
        ("Délai d'exécution souhaité", "au plus tard le 15 avril 2026"),
    ]
    assert _form_status("fr", "urgency", *rows) is Status.OK


def test_the_words_of_check_boxes_negate_nothing() -> None:
    row = (
        "4. Urgence",
        "☒ oui ☐ non — Nous vous prions d'exécuter la demande dans les meilleurs délais.",
    )
    assert _form_status("fr", "urgency", row) is Status.PARTIAL  # urgent, no reason, no date


def test_a_copy_by_another_route_heads_the_part_about_other_channels() -> None:
    row = (
        "Copia por otra vía",
        "☒ INTERPOL (OCN México, 3 de noviembre)   ☐ Vía diplomática   ☐ Ninguna",
    )
    assert _form_status("es", "other_channels", row) is Status.OK
