"""Answers a hurried reader misses, as the fourth development set of independent letters
(tests/corpus/K: forms other than the EIO, English translated by non-native translators, CIS,
Spanish and Arabic letters) showed them, as general rules on invented rows and sentences: a form's
row whose answer is its check box after the word ("Sim ☐ Não ☒"), a bare answer in the label's
row ("لا يوجد"), a short value cell (which is no label), a dot leader after a long label; a prior
contact denied in other words than "contact"; a convention named by its city or scheme; a reason
of confidentiality or urgency given as a risk, a threat or what the suspect still does; a word of
secrecy in an annex's title."""

from __future__ import annotations

import pytest

from mla_writer.checklist import Status
from mla_writer.foreign.cues import cues_for
from mla_writer.foreign.document import Passage
from mla_writer.foreign.letter import Letter
from tests.test_foreign_statements import _letter_status, _status


def _form_status(language: str, point: str, *rows: tuple[str, ...]) -> Status:
    """The status of `point` in a form: each row a label cell and its value cells."""
    passages = [
        Passage(cell, f"table 1, row {number}", table=1)
        for number, cells in enumerate(rows, 1)
        for cell in cells
    ]
    return _letter_status(Letter(passages, cues_for(language)), language, point)


# --------------------------------------------------------------------------- forms


@pytest.mark.parametrize(
    ("language", "label", "answer", "reason"),
    [
        ("pt", "12. URGÊNCIA", "Sim ☐ Não ☒", "Réu solto; audiência ainda sem data."),
        ("en", "12. Urgent", "Yes [ ] No [X]", "The accused is on bail."),
        ("ar", "١٢. الاستعجال", "نعم ☐ لا ☒", "المتهم طليق."),
    ],
)
def test_a_box_ticked_after_its_word_answers_no(
    language: str, label: str, answer: str, reason: str
) -> None:
    assert _form_status(language, "urgency", (label, answer, reason)) is Status.OK


def test_a_box_ticked_after_its_word_answers_yes_and_the_reason_follows() -> None:
    rows = (
        (
            "13. SIGILO",
            "Sim ☒ Não ☐",
            "O investigado ainda não sabe do pedido; risco de ocultação.",
        ),
    )
    assert _form_status("pt", "confidentiality", *rows) is Status.OK
    asked = (("13. SIGILO", "Sim ☒ Não ☐"),)
    assert _form_status("pt", "confidentiality", *asked) is Status.PARTIAL


@pytest.mark.parametrize(
    ("language", "label", "answer"),
    [("ar", "١٤. اتصالات سابقة", "لا يوجد"), ("fr", "14. Contacts préalables", "Néant")],
)
def test_a_bare_answer_in_the_labels_row_answers_the_point(
    language: str, label: str, answer: str
) -> None:
    assert _form_status(language, "prior_contact", (label, answer)) is Status.OK


def test_a_short_value_cell_is_no_label() -> None:
    rows = (("٣. السند القانوني", "اتفاقية الإعلانات والإنابات القضائية لدول مجلس التعاون (1995)"),)
    assert _form_status("ar", "legal_basis", *rows) is Status.OK


def test_a_label_with_a_dot_leader_opens_its_part() -> None:
    row = (
        "16. Presença de autoridades do Estado requerente . Sim — Delegado Ricardo Tavares Lima, "
        "para auxiliar na seleção das faturas pertinentes."
    )
    assert _status("pt", "presence_of_officials", row) is Status.OK
    # A sentence that happens to end on a full stop after the point's word is no label.
    sentence = "7. Confidentiality is not required. Both accused know of the case."
    assert _status("en", "confidentiality", sentence) is Status.OK


def test_an_official_named_with_what_he_will_do_has_a_reason() -> None:
    rows = (
        (
            "11. PRESENÇA DE AUTORIDADES BRASILEIRAS",
            "Sim ☒ Não ☐",
            "Procurador Dr. Fábio Cordeiro, que formulará perguntas complementares.",
        ),
    )
    assert _form_status("pt", "presence_of_officials", *rows) is Status.OK
    sentence = (
        "Se desea que el fiscal Lic. Rodrigo Salinas asista a la entrevista de la testigo, quien "
        "aportará los datos de las llamadas."
    )
    assert _status("es", "presence_of_officials", sentence) is Status.OK


def test_a_name_after_que_is_no_future_tense() -> None:
    sentence = "Pretende-se que a Dra. Lurdes Mabunda assista à oitiva referida na alínea c)."
    assert _status("pt", "presence_of_officials", sentence) is Status.PARTIAL


# --------------------------------------------------------------------------- prior contact


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        (
            "en",
            "The Canadian side has not yet been approached on this case by any Chinese authority.",
        ),
        ("es", "Esta Fiscalía no ha tenido comunicación alguna con autoridades colombianas."),
        ("ru", "Ранее по делу с казахстанскими коллегами не контактировали."),
        ("fr", "La conservation des données a été demandée par le point de contact 24/7 belge."),
        ("ar", "سبق لنائب وكيل الملك أن أجرى اتصالاً هاتفياً مع ممثل النيابة العمومية بصفاقس."),
    ],
)
def test_a_prior_contact_told_or_denied_in_other_words(language: str, sentence: str) -> None:
    assert _status(language, "prior_contact", sentence) is Status.OK


def test_a_copy_through_no_other_way_is_an_explicit_no() -> None:
    assert _status("ar", "other_channels", "ولم يُرسَل هذا الطلب بأي طريق آخر.") is Status.OK


# --------------------------------------------------------------------------- legal basis


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("pt", "06. Fundamento jurídico: Convenção de Nassau (1992), arts. 1, 7 e 26."),
        ("en", "Legal basis: Harare Scheme (as revised 2011)."),
        ("es", "La presente se formula al amparo de la Convención Interamericana de 1992."),
    ],
)
def test_a_convention_named_by_its_city_or_scheme_is_a_legal_basis(
    language: str, sentence: str
) -> None:
    assert _status(language, "legal_basis", sentence) is Status.OK


# --------------------------------------------------------------------------- reasons


@pytest.mark.parametrize(
    ("language", "sentences"),
    [
        (
            "en",
            (
                "Please to keep in secret the fact of this request.",
                "His relatives are in London and can alienate the flat if they will know.",
            ),
        ),
        (
            "fr",
            (
                "Nous prions de ne pas aviser les titulaires des comptes, une information "
                "prématurée risquant de provoquer le transfert des avoirs.",
            ),
        ),
        (
            "fr",
            (
                "Confidentialité : L'auteur utilise encore l'infrastructure ; le fournisseur ne "
                "doit pas aviser son client.",
            ),
        ),
    ],
)
def test_a_reason_for_secrecy_given_as_a_risk(language: str, sentences: tuple[str, ...]) -> None:
    assert _status(language, "confidentiality", *sentences) is Status.OK


def test_no_particular_confidentiality_called_for_is_an_explicit_no() -> None:
    sentence = (
        "This request does not call for particular measures of confidentiality, the network "
        "being dismantled."
    )
    assert _status("en", "confidentiality", sentence) is Status.OK


def test_a_threat_to_victims_is_a_reason_for_urgency() -> None:
    sentence = (
        "La solicitud es urgente: los cobradores siguen amenazando a las víctimas. Se ruega "
        "cumplimentarla a más tardar el 31 de enero de 2027."
    )
    assert _status("es", "urgency", sentence) is Status.OK


def test_secret_in_an_annexs_title_asks_for_no_secrecy() -> None:
    assert _status("ar", "confidentiality", "مرفق (٣): كشف سري بأوامر الصرف.") is Status.MISSING


def test_the_moroccan_acknowledgement_form_is_a_form() -> None:
    paragraphs = (
        "الملحق 3 – إشعار بالتوصل",
        "يُملأ ويُعاد إلى: قطب التعاون القضائي الدولي، الرباط – cooperation@example.ma",
        "تاريخ التوصل: ..........",
    )
    assert _status("ar", "acknowledgement", *paragraphs) is Status.OK


def test_a_quotation_announced_by_the_line_above_is_the_text_of_the_law() -> None:
    paragraphs = (
        "II. TIPO PENAL",
        "Los hechos encuadran en el delito de lavado de dinero del artículo 2 de la Ley contra el "
        "Lavado de Dinero (Decreto 67-2001), que dispone:",
        '"Comete el delito de lavado de dinero quien por sí, o por interpósita persona, invierta, '
        'convierta o transfiera bienes sabiendo que proceden de la comisión de un delito."',
        "El artículo 4 de la misma ley sanciona este delito con prisión de seis a veinte años.",
    )
    assert _status("es", "offences", *paragraphs) is Status.OK


def test_the_full_text_at_a_schedule_is_annexed() -> None:
    sentence = (
        "Money laundering, s. 3 Proceeds of Crime Act 2009: imprisonment up to fourteen years. "
        "Full text at Schedule 1."
    )
    assert _status("en", "offences", sentence) is Status.OK


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("fr", "Les vérifications demandées sont indispensables à la manifestation de la vérité."),
        ("ar", "وذلك لما لهذه المستندات من أهمية بالغة في التحقيقات الجارية."),
    ],
)
def test_relevance_in_stock_words_only_is_boilerplate(language: str, sentence: str) -> None:
    assert _status(language, "relevance", sentence) is Status.PARTIAL


def test_a_copy_sent_to_a_police_attache_verb_first_is_another_channel() -> None:
    sentence = (
        "Foi igualmente remetida cópia do pedido, a título informativo, ao Adido de Polícia da "
        "Embaixada do Brasil em Maputo."
    )
    assert _status("pt", "other_channels", sentence) is Status.OK


def test_the_requesting_judge_taking_part_by_videoconference_is_a_presence() -> None:
    sentence = (
        "Requer-se que seja assegurada a participação, por videoconferência, do Juiz Federal "
        "signatário, do Procurador da República Dr. Leandro Exemplo e do defensor do réu, os "
        "quais poderão formular perguntas, uma vez que o processo exige o contraditório."
    )
    assert _status("pt", "presence_of_officials", sentence) is Status.OK
    # Counsel asking first is the defence's wish, not the requesting State's.
    defence = "O defensor do réu requer a participação, por videoconferência, do Juiz Federal."
    assert _status("pt", "presence_of_officials", defence) is Status.MISSING


def test_a_hearing_conducted_by_the_requesting_judge_is_a_presence() -> None:
    sentence = (
        "La declaración será dirigida por la Magistrada-Juez que suscribe, ya que el testigo "
        "reside en Italia y no comparecerá en España."
    )
    assert _status("es", "presence_of_officials", sentence) is Status.OK


# --------------------------------------------------------------------------- author L


def test_a_provision_named_in_the_list_of_annexes_is_its_text_annexed() -> None:
    paragraphs = (
        "Os factos integram o crime de corrupção passiva, previsto e punido pelo artigo 502 do "
        "Código Penal, com pena de prisão de 2 a 8 anos.",
        "Anexos: I — Despacho de acusação; II — Artigo 502 do Código Penal.",
    )
    assert _status("pt", "offences", *paragraphs) is Status.OK


@pytest.mark.parametrize(
    ("language", "paragraphs"),
    [
        (
            "fr",
            (
                "B.1 Urgence",
                "☒ Oui — délai souhaité : dans les 30 jours de la réception.",
                "Motif : voir C.1.",
                "C.1 Exposé des faits",
                "D. Exemple est détenu ; la chambre du conseil statuera le 18 décembre 2026.",
            ),
        ),
        (
            "ru",
            (
                "5. Сроки исполнения",
                "Прошу исполнить запрос в течение 30 суток.",
                "6. Иные сведения",
                "Указанный в п. 5 срок обусловлен тем, что срок следствия "
                "истекает 7 января 2027 г.",
            ),
        ),
        ("es", ("Carácter", "☒ ordinario   ☐ urgente")),
    ],
)
def test_an_urgency_and_its_reason_where_a_form_puts_them(
    language: str, paragraphs: tuple[str, ...]
) -> None:
    assert _status(language, "urgency", *paragraphs) is Status.OK


@pytest.mark.parametrize(
    ("language", "paragraphs"),
    [
        ("es", ("7.2 Presencia de funcionarios colombianos", "No.")),
        ("fr", ("L'autorité requérante ne dépêchera ni magistrat ni enquêteur.",)),
        ("pt", ("13. Não se requer a participação de autoridades brasileiras na execução.",)),
    ],
)
def test_no_officials_said_in_other_words_is_an_explicit_no(
    language: str, paragraphs: tuple[str, ...]
) -> None:
    assert _status(language, "presence_of_officials", *paragraphs) is Status.OK


def test_asking_before_a_colon_is_no_label() -> None:
    sentence = (
        "11. Solicita-se sigilo: a divulgação do pedido ao investigado frustraria a medida de "
        "indisponibilidade de bens."
    )
    assert _status("pt", "confidentiality", sentence) is Status.OK


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "Previously the Kazakh side did not address to the Cypriot side on this case."),
        ("en", "There was no communication beforehand with the Singapore authorities."),
    ],
)
def test_a_prior_contact_denied_in_a_translators_words(language: str, sentence: str) -> None:
    assert _status(language, "prior_contact", sentence) is Status.OK


def test_a_table_head_read_as_text_does_not_end_its_part() -> None:
    paragraphs = (
        "11. Запрашиваемые процессуальные действия",
        "Действие",
        "Для чего необходимо",
        "Истребовать в ООО «Пример» договоры и счета-фактуры за 2025 год.",
    )
    letter = Letter(
        [Passage(text, f"paragraph {n}") for n, text in enumerate(paragraphs, 1)],
        cues_for("ru"),
    )
    assert letter.section[3] == "assistance"


def test_a_part_numbered_in_words_opens_its_part() -> None:
    letter = Letter(
        [Passage("PART FIVE — THE ASSISTANCE REQUESTED AND ITS PURPOSE", "paragraph 1")],
        cues_for("en"),
    )
    assert letter.heading_points(letter.passages[0].text)[0] == ("assistance",)


def test_a_liaison_officer_consulted_is_no_channel_of_a_copy() -> None:
    sentence = (
        "Before sending this request, the case was discussed by telephone on 22/10/2026 with the "
        "Dutch police liaison officer in Ankara, who advised sending the request through the "
        "central authority."
    )
    assert _status("en", "other_channels", sentence) is Status.MISSING
    copy = "A copy of this request has also been sent through the liaison officer in Ankara."
    assert _status("en", "other_channels", copy) is Status.OK


# --------------------------------------------------------------------------- author M


@pytest.mark.parametrize(
    ("language", "point", "label", "answer"),
    [
        ("es", "presence_of_officials", "16. Presencia de funcionarios", "☒ No se solicita"),
        ("ru", "other_channels", "Направление по иным каналам", "☒ не направлялся"),
        ("ru", "prior_contact", "Прежние контакты по делу", "☒ отсутствуют"),
        ("pt", "presence_of_officials", "15. Presença de autoridades", "☒ Não"),
    ],
)
def test_a_single_ticked_box_answers_its_row(
    language: str, point: str, label: str, answer: str
) -> None:
    assert _form_status(language, point, (label, answer)) is Status.OK
    assert _form_status(language, point, (label, answer.replace("☒", "☐"))) is Status.MISSING


def test_a_procedure_told_as_already_done_is_not_asked() -> None:
    sentence = (
        "The Brazilian bank has already delivered to this Office certified copies of the "
        "contracts, under oath of its compliance officer, which are in the records."
    )
    assert _status("en", "procedures", sentence) is Status.MISSING


def test_confidentiality_asked_before_a_colon_with_its_reason() -> None:
    sentence = (
        "La confidentialité est demandée : l'épouse de l'inculpé n'est pas encore mise en cause, "
        "et l'information des parties pourrait conduire à la vente de l'appartement."
    )
    assert _status("fr", "confidentiality", sentence) is Status.OK
