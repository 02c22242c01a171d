"""Points answered by a statement or an explicit "no" (prior contact, other channels, urgency,
confidentiality, procedures, presence of officials), on short invented letters in the six
languages read: headings however numbered, headings that cover two points, the scope of a
negation, a disclosure denied as a confidentiality request, and form boxes on lines of their own.
"""

from __future__ import annotations

import re

import pytest

from mla_writer.checklist import Status
from mla_writer.foreign.cues import cues_for
from mla_writer.foreign.document import Passage
from mla_writer.foreign.letter import Letter
from mla_writer.foreign.points import EVALUATORS, Context
from mla_writer.foreign.polarity import Polarity, PolarityReader


def _letter(language: str, *paragraphs: str) -> Letter:
    passages = [Passage(text, f"paragraph {n}") for n, text in enumerate(paragraphs, 1)]
    return Letter(passages, cues_for(language))


def _status(language: str, point: str, *paragraphs: str) -> Status:
    return _letter_status(_letter(language, *paragraphs), language, point)


def _letter_status(letter: Letter, language: str, point: str) -> Status:
    """The status of `point` in `letter`, no States or instruments known."""
    context = Context(
        letter=letter,
        language=language,
        requesting_state=None,
        requested_state=None,
        instruments=[],
    )
    return EVALUATORS[point](context).status


# --------------------------------------------------------------------------- headings


@pytest.mark.parametrize(
    ("language", "heading", "points"),
    [
        ("en", "K. CONFIDENTIALITY", {"confidentiality"}),
        ("en", "IV. Urgency", {"urgency"}),
        ("en", "Urgency and confidentiality", {"urgency", "confidentiality"}),
        ("fr", "IV. — URGENCE", {"urgency"}),
        ("fr", "C) Urgence et confidentialité", {"urgency", "confidentiality"}),
        ("es", "5. Carácter urgente", {"urgency"}),
        ("es", "VII. Reserva y confidencialidad", {"confidentiality"}),
        ("ru", "Б. Срочность и конфиденциальность", {"urgency", "confidentiality"}),
        ("pt", "14. CONTATOS PRÉVIOS E OUTRAS VIAS", {"prior_contact", "other_channels"}),
        ("pt", "Contatos prévios com autoridades do Estado requerido", {"prior_contact"}),
        ("ar", "سادسا: الاستعجال والسرية", {"urgency", "confidentiality"}),
    ],
)
def test_a_heading_gives_its_points_however_it_is_numbered(
    language: str, heading: str, points: set[str]
) -> None:
    letter = _letter(language, heading, "Some words of the part under the heading follow here.")
    assert letter.sections[1] == points


def test_a_numbered_line_the_cues_do_not_know_ends_the_part_before_it() -> None:
    letter = _letter(
        "es",
        "7. Contactos previos con autoridades del Estado requerido",
        "☐ Sí ☒ No",
        "9. Breve relación de los hechos",
        "El 6 de septiembre de 2025 se detuvo el camión.",
    )
    assert letter.in_section("prior_contact") == [1]


# --------------------------------------------------------------------------- negation scope

A, D = Polarity.AFFIRMED, Polarity.DENIED

SCOPES = [
    # A negation in a complement clause after the cue stays in it...
    (
        "en",
        "We ask that the request be kept confidential and that no one be told.",
        "confidential",
        A,
    ),
    (
        "fr",
        "La demande est confidentielle et nous demandons que personne ne soit avisé.",
        "confidentielle",
        A,
    ),
    ("es", "Solicitamos reserva, de modo que no se informe al titular.", "reserva", A),
    (
        "ru",
        "Просим соблюдать конфиденциальность, что не допускает уведомления клиента.",
        "конфиденциальность",
        A,
    ),
    ("pt", "Pede-se sigilo, de forma que não seja informado o titular.", "sigilo", A),
    ("ar", "نطلب الحفاظ على السرية وأن لا يتم إبلاغ المتهم", "السرية", A),
    # ...but a negation before the cue reaches into the complement clause.
    ("en", "We do not ask that officers attend the hearing.", "attend", D),
    ("fr", "Nous ne demandons pas que des enquêteurs assistent à l'audition.", "assistent", D),
    ("pt", "Não se solicita que funcionários brasileiros estejam presentes.", "presentes", D),
    ("pt", "Não houve contactos prévios com as autoridades portuguesas.", "contactos", D),
    ("ar", "لم يتم أي اتصال مع السلطات الفرنسية", "اتصال", D),
    ("ar", "لا تتسم هذه الإنابة بطابع الاستعجال", "الاستعجال", D),
]


@pytest.mark.parametrize(("language", "sentence", "cue", "expected"), SCOPES)
def test_a_negation_reaches_into_a_complement_clause_but_not_out_of_one(
    language: str, sentence: str, cue: str, expected: Polarity
) -> None:
    reader = PolarityReader(cues_for(language))
    match = re.search(re.escape(cue), sentence)
    assert match is not None
    assert reader.polarity(sentence, match.start(), match.end()) is expected


# --------------------------------------------------------------------------- confidentiality


@pytest.mark.parametrize(
    ("language", "asked", "reason"),
    [
        (
            "en",
            "I ask that neither the company nor any account holder be informed of this request.",
            "The third suspect has not yet been arrested and could move the funds.",
        ),
        (
            "fr",
            "Il est demandé de ne pas aviser le titulaire du compte de la présente demande.",
            "Le suspect est en fuite et pourrait soustraire les fonds.",
        ),
        (
            "es",
            "Se ruega que no se notifique al titular de la cuenta la existencia de esta solicitud.",
            "El investigado se encuentra prófugo y podría ocultar los fondos.",
        ),
        (
            "ru",
            "Просим не уведомлять владельца счёта о поступлении настоящего запроса.",
            "Подозреваемый находится в розыске и может скрыться.",
        ),
        (
            "pt",
            "Solicita-se que os titulares das contas não sejam notificados do presente pedido.",
            "Os investigados estão foragidos e poderiam dissipar os valores.",
        ),
        (
            "ar",
            "نرجو عدم إبلاغ صاحب الحساب بهذا الطلب",
            "لأن المتهم فار ويمكن أن يقوم بتهريب الأموال",
        ),
    ],
)
def test_a_disclosure_denied_is_a_confidentiality_request(
    language: str, asked: str, reason: str
) -> None:
    assert _status(language, "confidentiality", asked, reason) is Status.OK
    assert _status(language, "confidentiality", asked) is Status.PARTIAL


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "This request may be disclosed to the persons concerned."),
        ("fr", "La présente demande peut être communiquée aux personnes concernées."),
        ("es", "La presente solicitud puede ser comunicada a los interesados."),
        ("ru", "Содержание запроса может быть доведено до сведения владельца счёта."),
        ("pt", "Não há qualquer inconveniente em que o titular seja informado."),
        ("ar", "يمكن إطلاع المعنيين على هذا الطلب"),
    ],
)
def test_leave_to_disclose_is_an_explicit_no_to_confidentiality(
    language: str, sentence: str
) -> None:
    assert _status(language, "confidentiality", sentence) is Status.OK


def test_the_heading_covering_urgency_and_confidentiality_answers_both() -> None:
    paragraphs = (
        "K. URGENCY AND CONFIDENTIALITY",
        "The trial is fixed for 12 April 2027 and the evidence is needed by 31 January 2027.",
        "Please keep this request confidential: the suspect is still at large.",
    )
    assert _status("en", "urgency", *paragraphs) is Status.OK
    assert _status("en", "confidentiality", *paragraphs) is Status.OK


# --------------------------------------------------------------------------- explicit "no"


@pytest.mark.parametrize(
    ("language", "point", "paragraphs"),
    [
        (
            "pt",
            "presence_of_officials",
            ("13. PARTICIPAÇÃO DE AUTORIDADES", "Participação solicitada?", "☐ Sim", "☒ Não"),
        ),
        ("es", "urgency", ("5. Carácter urgente", "☐ Sí ☒ No")),
        ("en", "prior_contact", ("There has been no prior consultation with your authorities.",)),
        (
            "fr",
            "prior_contact",
            ("Aucun contact n'a été établi à ce jour avec les autorités françaises.",),
        ),
        (
            "es",
            "prior_contact",
            ("No se ha mantenido comunicación previa con las autoridades requeridas.",),
        ),
        ("ru", "prior_contact", ("Ранее запросы по данному делу не направлялись.",)),
        ("pt", "prior_contact", ("Não houve contacto prévio com as autoridades portuguesas.",)),
        ("ar", "prior_contact", ("لم يسبق الاتصال بالسلطات المختصة بشأن هذه القضية",)),
        ("en", "urgency", ("There is no particular urgency; ordinary time limits apply.",)),
        ("pt", "urgency", ("Não se verifica urgência na execução do pedido.",)),
        (
            "en",
            "procedures",
            ("No special procedure is required for the execution of this request.",),
        ),
        ("es", "procedures", ("Ninguna en especial; basta la certificación de copias.",)),
    ],
)
def test_an_explicit_no_answers_the_point(
    language: str, point: str, paragraphs: tuple[str, ...]
) -> None:
    assert _status(language, point, *paragraphs) is Status.OK


@pytest.mark.parametrize(
    ("language", "point", "sentence"),
    [
        (
            "en",
            "prior_contact",
            "This matter was discussed with the liaison magistrate in Paris on 3 May 2026.",
        ),
        (
            "fr",
            "prior_contact",
            "L'affaire a été évoquée avec le magistrat de liaison le 3 mai 2026.",
        ),
        (
            "es",
            "prior_contact",
            "Se ha mantenido comunicación con el agregado de policía el 3 de mayo de 2026.",
        ),
        (
            "pt",
            "prior_contact",
            "Foi realizada reunião com o procurador do DCIAP em 14 de janeiro de 2026.",
        ),
        ("en", "other_channels", "An advance copy has been sent by e-mail to the liaison officer."),
        ("es", "other_channels", "Se remite copia anticipada por conducto diplomático."),
        ("ru", "other_channels", "Копия запроса направлена через НЦБ Интерпола."),
        (
            "ar",
            "other_channels",
            "أرسلت نسخة من هذا الطلب إلى السلطات المختصة عبر القناة الدبلوماسية.",
        ),
        (
            "en",
            "procedures",
            "The records should be produced with an affidavit of the custodian of records.",
        ),
        ("ru", "procedures", "Допрос провести в присутствии защитника, с видеозаписью."),
    ],
)
def test_a_statement_answers_the_point(language: str, point: str, sentence: str) -> None:
    assert _status(language, point, sentence) is Status.OK


@pytest.mark.parametrize(
    ("language", "sentences"),
    [
        (
            "en",
            (
                "The trial starts on 12 April 2027; the request is urgent and needed by 1 March 2027.",
            ),
        ),
        (
            "pt",
            ("O pedido é urgente: o arguido está em prisão preventiva até 30 de junho de 2026.",),
        ),
        ("ar", ("الطلب مستعجل لأن المتهم رهن الحبس الاحتياطي حتى 20 جويلية 2025",)),
    ],
)
def test_an_urgency_with_its_reason_and_date_is_answered(
    language: str, sentences: tuple[str, ...]
) -> None:
    assert _status(language, "urgency", *sentences) is Status.OK


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("pt", "O pedido é urgente porque o arguido está em prisão preventiva."),
        (
            "ar",
            "نظرا لطابع الاستعجال، كون المتهمين رهن الحبس الاحتياطي، نرجو التنفيذ في أقرب الآجال",
        ),
    ],
)
def test_an_urgency_without_a_date_is_partial(language: str, sentence: str) -> None:
    assert _status(language, "urgency", sentence) is Status.PARTIAL


def test_a_signature_block_is_no_procedure() -> None:
    assert _status("ar", "procedures", "(التوقيع والختم)") is Status.MISSING


# --------------------------------------------------------------------------- points 2 and 3


@pytest.mark.parametrize(
    ("language", "point", "sentence", "expected"),
    [
        # A channel named is a copy of the request only with a word of sending in its sentence.
        (
            "en",
            "other_channels",
            "A red notice for the accused was circulated by INTERPOL.",
            "missing",
        ),
        (
            "en",
            "other_channels",
            "The funds left through other channels, such as couriers.",
            "missing",
        ),
        (
            "en",
            "other_channels",
            "A scanned copy will go to your liaison officer in advance.",
            "ok",
        ),
        ("fr", "other_channels", "Une copie sera transmise par l'intermédiaire d'Eurojust.", "ok"),
        ("es", "other_channels", "El acusado tiene una notificación roja de INTERPOL.", "missing"),
        ("ru", "other_channels", "Копия запроса направлена через атташе МВД.", "ok"),
        # A form row whose label names the point and whose value is a bare no.
        ("en", "other_channels", "Copies through other channels (INTERPOL, Eurojust): N/A", "ok"),
        ("ru", "other_channels", "Копия направлена по иным каналам: нет", "ok"),
        ("pt", "prior_contact", "Contatos anteriores com as autoridades do Brasil: nenhum.", "ok"),
        # A contact offered for the future, or one between suspects, is no prior contact.
        (
            "en",
            "prior_contact",
            "Should you wish to contact the officer in charge, please call him.",
            "missing",
        ),
        ("es", "prior_contact", "El acusado mantuvo contacto con su cómplice a diario.", "missing"),
        ("ar", "prior_contact", "نرجو التواصل مع وكيل النيابة قبل موعد الجلسة.", "missing"),
        # A contact with an authority that took place, however it is worded.
        (
            "fr",
            "prior_contact",
            "J'ai pu échanger, le 2 mai, avec votre magistrat de liaison.",
            "ok",
        ),
        (
            "es",
            "prior_contact",
            "Ningún fiscal de esta República ha tratado el asunto con sus homólogos.",
            "ok",
        ),
        (
            "pt",
            "prior_contact",
            "Nenhuma autoridade nossa manteve tratativas com a polícia suíça.",
            "ok",
        ),
    ],
)
def test_prior_contact_and_other_channels_are_read_by_what_happened(
    language: str, point: str, sentence: str, expected: str
) -> None:
    assert _status(language, point, sentence).value == expected


# --------------------------------------------------------------------------- points 5, 6 and 13


@pytest.mark.parametrize(
    ("language", "point", "paragraphs", "expected"),
    [
        # A marking alone asks for the point, without its reason.
        ("en", "urgency", ["VERY URGENT"], "partial"),
        ("pt", "confidentiality", ["ESTRITAMENTE CONFIDENCIAL"], "partial"),
        # An urgency or a secrecy of something else than the request.
        (
            "en",
            "urgency",
            ["The manager signed an urgent wire order to Malta that evening."],
            "missing",
        ),
        ("fr", "urgency", ["Le témoin a été hospitalisé en urgence en mai."], "missing"),
        ("ru", "urgency", ["Средства находились на срочном депозите до 2025 года."], "missing"),
        ("en", "confidentiality", ["He sold confidential client records to a rival."], "missing"),
        (
            "es",
            "confidentiality",
            ["El secreto bancario no podrá invocarse para denegar la asistencia."],
            "missing",
        ),
        # Secrecy asked in other words, with a risk as its reason; a sentence with a colon.
        (
            "es",
            "confidentiality",
            [
                "Rogamos mantener en secreto el contenido de esta solicitud: un testigo "
                "protegido que sigue en la organización correría un grave peligro."
            ],
            "ok",
        ),
        # A form's reason row right after its deadline row.
        (
            "en",
            "urgency",
            ["Time limit: 15/12/2025.", "Reason: the trial opens on 12 January 2026."],
            "ok",
        ),
        # Presence: the defence's wish, or a measure done at home, is not the officials' wish.
        (
            "en",
            "presence_of_officials",
            ["Counsel for the accused asked to attend the hearing."],
            "missing",
        ),
        (
            "pt",
            "presence_of_officials",
            ["A busca realizada em 2023 contou com a presença de inspetores da PJ."],
            "missing",
        ),
        (
            "es",
            "presence_of_officials",
            ["Dos agentes de nuestra policía desearían estar presentes en el registro."],
            "partial",
        ),
        (
            "en",
            "presence_of_officials",
            ["Presence of requesting-State officials: ☐ Yes ☒ No"],
            "ok",
        ),
    ],
)
def test_urgency_confidentiality_and_presence_are_about_the_request(
    language: str, point: str, paragraphs: list[str], expected: str
) -> None:
    assert _status(language, point, *paragraphs).value == expected


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("ru", "Соблюдения особых формальностей при исполнении не требуется."),
        ("en", "No special formality needs to be observed by your officers."),
        ("fr", "Aucune formalité particulière n'est requise pour l'exécution."),
    ],
)
def test_a_formality_denied_is_an_explicit_none(language: str, sentence: str) -> None:
    assert _status(language, "procedures", sentence) is Status.OK


@pytest.mark.parametrize(
    ("language", "paragraphs"),
    [
        (
            "en",
            [
                "The bank records are necessary because they show the transfer to Orenda Ltd.",
                "The telephone records and the registry extracts are also requested.",
            ],
        ),
        (
            "pt",
            [
                "A busca é necessária porque os livros paralelos estão no escritório; quanto às "
                "restantes diligências, são úteis à investigação."
            ],
        ),
    ],
)
def test_relevance_explained_for_one_item_and_not_the_rest_is_partial(
    language: str, paragraphs: list[str]
) -> None:
    assert _status(language, "relevance", *paragraphs) is Status.PARTIAL


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        (
            "en",
            "The accused had already testified under oath before a civil court in 2020.",
            "missing",
        ),
        ("ru", "Ранее свидетель уже был допрошен под присягой в суде.", "missing"),
        ("fr", "Procédures ou formalités à respecter : néant.", "ok"),
        (
            "en",
            "The witness should be heard under oath, as our law requires for use at trial.",
            "ok",
        ),
    ],
)
def test_an_oath_of_the_past_is_no_procedure_asked(
    language: str, sentence: str, expected: str
) -> None:
    assert _status(language, "procedures", sentence).value == expected


def test_the_reason_given_in_a_footnote_of_the_paragraph_counts() -> None:
    """A point answered outside its paragraph: the officials' reason in the footnote that the
    paragraph refers to (issue 14: a footnote)."""
    passages = [
        Passage(
            "36. The Central Authority asks that Inspector Jane ROE be permitted to attend.",
            "paragraph 36",
            notes=("footnote 2",),
        ),
        Passage("37. The evidence should be sent to the address above.", "paragraph 37"),
        Passage(
            "Inspector Roe led the inquiry and will be able to identify the documents.",
            "footnote 2",
        ),
    ]
    context = Context(
        letter=Letter(passages, cues_for("en")),
        language="en",
        requesting_state=None,
        requested_state=None,
        instruments=[],
    )
    assert EVALUATORS["presence_of_officials"](context).status is Status.OK
    without = Context(
        letter=Letter([*passages[:2], Passage(passages[2].text, "footnote 3")], cues_for("en")),
        language="en",
        requesting_state=None,
        requested_state=None,
        instruments=[],
    )
    assert EVALUATORS["presence_of_officials"](without).status is Status.PARTIAL
