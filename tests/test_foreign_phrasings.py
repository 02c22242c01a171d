"""Phrasings the second and third development sets of independent letters (tests/corpus/I and
J) showed the analyser did not read, as general rules, on short invented sentences: an idiom
that holds a negation word is no negation (Arabic «ولا سيما», "especially"); a wish to send
officials, and its explicit denial, in other words than "attend"; the reason of an urgency given
as a fact of custody or of data kept only for a while; a videoconference as the measure asked
for is no prior contact."""

from __future__ import annotations

import pytest

from mla_writer.checklist import Status
from mla_writer.foreign.cues import cues_for
from mla_writer.foreign.document import Passage
from mla_writer.foreign.letter import Letter
from mla_writer.foreign.pdf import _unmirrored
from mla_writer.foreign.points import EVALUATORS, Context
from tests.test_foreign_statements import _letter, _status


def test_an_idiom_with_a_negation_word_negates_nothing() -> None:
    sentence = (
        "وذلك استناداً إلى أحكام اتفاقية الرياض العربية للتعاون القضائي لعام ١٩٨٣م، ولا سيما "
        "المواد (١٤) إلى (٢١) منها."
    )
    assert _status("ar", "legal_basis", sentence) is Status.OK


@pytest.mark.parametrize(
    ("language", "sentence", "status"),
    [
        (
            "pt",
            "Não se pretende que magistrados ou órgãos de polícia criminal portugueses "
            "acompanhem a execução das diligências.",
            Status.OK,
        ),
        ("fr", "Je ne souhaite pas dépêcher de magistrat ni d'enquêteur à Abidjan.", Status.OK),
        (
            "en",
            "We intend to send two officers to attend the search, because they know the "
            "premises and the seized ledgers.",
            Status.OK,
        ),
        ("es", "Esta Fiscalía desea enviar a dos fiscales a la diligencia.", Status.PARTIAL),
    ],
)
def test_sending_officials_is_a_wish_and_its_denial_an_explicit_no(
    language: str, sentence: str, status: Status
) -> None:
    assert _status(language, "presence_of_officials", sentence) is status


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        (
            "ar",
            "نرجو التكرم بتنفيذ هذا الطلب على وجه الاستعجال، وفي موعد أقصاه 31 يناير 2027. "
            "فالمتهم الثاني محبوس احتياطياً على ذمة القضية.",
        ),
        (
            "fr",
            "La demande présente un caractère d'urgence : les opérateurs ne conservent "
            "l'historique des transactions que douze mois. Une exécution avant le 31 janvier "
            "2027 est demandée.",
        ),
    ],
)
def test_a_fact_of_custody_or_of_data_kept_for_a_while_is_the_reason_of_an_urgency(
    language: str, sentence: str
) -> None:
    assert _status(language, "urgency", sentence) is Status.OK


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("es", "Se solicita recibir la declaración de la víctima mediante videoconferencia."),
        ("en", "We ask that the witness be heard by videoconference from our office."),
    ],
)
def test_a_videoconference_asked_for_is_no_prior_contact(language: str, sentence: str) -> None:
    assert _status(language, "prior_contact", sentence) is Status.MISSING


@pytest.mark.parametrize(
    ("language", "heading", "point"),
    [
        ("en", "Fifth: The confidentiality", "confidentiality"),
        ("en", "Eleventh: The attendance", "presence_of_officials"),
        ("es", "PRIMERO.- Los hechos", "facts"),
        ("fr", "Troisièmement : l'urgence", "urgency"),
        ("fr", "12. La demande n'est pas urgente : la détention a été prolongée.", None),
        ("en", "First of all, we thank you for your assistance.", None),
    ],
)
def test_parts_numbered_by_ordinal_words_and_headed_with_an_article(
    language: str, heading: str, point: str | None
) -> None:
    letter = Letter([Passage(heading, "paragraph 1")], cues_for(language))
    points, _start, _standalone = letter.heading_points(heading)
    assert (points[0] if points else None) == point


def test_numbers_in_brackets_are_provisions_and_penalties() -> None:
    sentence = (
        "Receiving a bribe, Article (207) of the Penal Code, punished with imprisonment of not "
        "less than (3) years and not more than (10) years."
    )
    context = Context(
        letter=_letter("en", sentence),
        language="en",
        requesting_state=None,
        requested_state=None,
        instruments=[],
    )
    fields = {finding[1] for finding in EVALUATORS["offences"](context).findings}
    assert fields == {"offences.law_text"}  # the provision and the penalty are read


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "SECTION B: Urgency",
            "☒ Yes — see Section F",
            "SECTION C: Property",
            "Funds in account MT00 0000 held at Example Bank.",
            "SECTION F: Grounds for the freezing order",
            "Summary of facts:",
            "The suspect's lawyer has announced the sale of the yacht. Execution is requested "
            "by 30 May 2025, before the sale can be completed.",
        ),
        (
            "URGENT – see paragraph 3",
            "1. The Prosecutor's Office requests assistance.",
            "2. The facts are set out in the annex.",
            "3. The suspect is in custody until 3 May 2027, when he must be charged or released; "
            "the records are needed by 1 April 2027.",
        ),
    ],
)
def test_a_reason_and_a_date_given_in_the_part_a_row_refers_to(
    paragraphs: tuple[str, ...],
) -> None:
    assert _status("en", "urgency", *paragraphs) is Status.OK


def test_a_number_and_a_hyphen_number_a_part() -> None:
    paragraph = "9- حضور ممثلين عن النيابة العامة البحرينية: لا."
    assert _status("ar", "presence_of_officials", paragraph) is Status.OK


def test_a_marking_on_every_page_does_not_outweigh_an_explicit_no() -> None:
    paragraphs = (
        "Для служебного пользования",
        "6. Конфиденциальность. Особого режима конфиденциальности не требуется: обвиняемый и "
        "его защитник ознакомлены с постановлением о направлении запроса.",
    )
    assert _status("ru", "confidentiality", *paragraphs) is Status.OK


@pytest.mark.parametrize(
    ("drawn", "typed"),
    [
        ("10. The banking documents )item 9/a( prove the transfers.", None),
        ("a) one item (see b) below", "a) one item (see b) below"),
        ("annex)", "annex)"),
    ],
)
def test_brackets_drawn_mirrored_in_a_right_to_left_paragraph_are_read_as_typed(
    drawn: str, typed: str | None
) -> None:
    expected = typed or "10. The banking documents (item 9/a) prove the transfers."
    assert _unmirrored(drawn) == expected


def test_a_date_of_the_case_before_the_letters_own_is_no_time_limit() -> None:
    paragraphs = (
        "Curitiba, 10 November 2026.",
        "8. This request is urgent, since there is a risk that the accused, who was arrested on "
        "30 September 2026 and released, orders the transfer of the funds abroad.",
    )
    assert _status("en", "urgency", *paragraphs) is Status.PARTIAL
    later = (*paragraphs[:1], paragraphs[1] + " The records are needed by 15 January 2027.")
    assert _status("en", "urgency", *later) is Status.OK


@pytest.mark.parametrize(
    ("language", "point", "paragraphs", "status"),
    [
        # "additionally" asks for more; it promises nothing
        (
            "ru",
            "legal_basis",
            (
                "В дополнение к нашему запросу, направленному на основании Конвенции о правовой "
                "помощи и правовых отношениях по гражданским, семейным и уголовным делам от 7 "
                "октября 2002 года, просим дополнительно допросить свидетеля.",
            ),
            Status.OK,
        ),
        ("es", "urgency", ("¿Urgente?", "☐ Sí   ☒ No"), Status.OK),
        (
            "en",
            "prior_contact",
            (
                "In September 2026 the undersigned maintained a telephonic conversation with the "
                "Resident Legal Advisor of your Embassy, who advised on the channel.",
            ),
            Status.OK,
        ),
        (
            "en",
            "prior_contact",
            ("[X] This EIO supplements an earlier EIO issued on 11 November 2024.",),
            Status.OK,
        ),
        (
            "en",
            "confidentiality",
            (
                "It is requested to maintain the reserve of the present. The investigated "
                "persons have not been notified yet and could withdraw the funds.",
            ),
            Status.OK,
        ),
        (
            "es",
            "prior_contact",
            (
                "Mediante oficio de 2 de octubre de 2026, ese Juzgado nos comunicó que la cuenta "
                "había sido cancelada.",
            ),
            Status.OK,
        ),
    ],
)
def test_phrasings_of_translated_and_supplementary_letters(
    language: str, point: str, paragraphs: tuple[str, ...], status: Status
) -> None:
    assert _status(language, point, *paragraphs) is status


@pytest.mark.parametrize(
    ("language", "paragraphs"),
    [
        (
            "es",
            (
                "ANEXO B",
                "CONFIRMACIÓN DE LA RECEPCIÓN DE UNA OEI",
                "A) Autoridad que ha recibido la OEI: ____________ Fecha de recepción: ________",
                "Devuélvase a: fiscalia@example.es",
            ),
        ),
        (
            "en",
            (
                "ANNEX B",
                "CONFIRMATION OF THE RECEIPT OF AN EIO",
                "Authority which received the EIO: ____________ Date of receipt: ____________",
                "Return to: prosecutor@example.lv",
            ),
        ),
    ],
)
def test_the_eio_annex_b_form_as_its_language_version_titles_it(
    language: str, paragraphs: tuple[str, ...]
) -> None:
    assert _status(language, "acknowledgement", *paragraphs) is Status.OK


def test_a_forms_objective_and_link_row_gives_the_relevance() -> None:
    paragraphs = (
        "10. DILIGÊNCIAS SOLICITADAS",
        "a) Extratos da conta n.º 0000 no Banco Exemplo, de 1.1.2024 a 31.12.2025;",
        "11. OBJETIVO / NEXO",
        "Comprovar o destino dos valores remetidos do Brasil e identificar o beneficiário final.",
    )
    assert _status("pt", "relevance", *paragraphs) is Status.OK
