"""What the ninth and tenth development sets of independent letters (tests/corpus/P: Ibero-American,
Lusophone and Francophone African practice; tests/corpus/Q: CIS, Gulf and Maghreb, Asia-Pacific)
showed, as general rules on invented sentences and rows: a form row numbered by its section's
letter ("F2"); an ordinal with a dash before its heading ("OCTAVO. — PARTICIPACIÓN …"); more ways
to say that nobody will attend, and to ask to attend with a clause in between; the part that
recalls a prior coordination ("Antecedentes de coordinación"); the boilerplate of "the search for
the truth" and of the public prosecution; a sentence about the secrecy gives no relevance; an
embassy's contacts are not the requesting authority's, the prosecutor through whom the office
acts is; a translator's certificate asks for no procedure."""

from __future__ import annotations

import pytest

from mla_writer.checklist import Status
from tests.test_foreign_statements import _status


@pytest.mark.parametrize(
    ("language", "paragraphs"),
    [
        ("en", ("F2 Presence of Mauritian officials | [ ] Yes  [X] No",)),
        ("en", ("No copy has gone through INTERPOL. Nobody from our office needs to attend.",)),
        (
            "fr",
            ("5.3. Il n'est pas prévu la participation d'autorités brésiliennes à l'exécution.",),
        ),
        (
            "es",
            (
                "OCTAVO. — PARTICIPACIÓN DE FUNCIONARIOS PERUANOS",
                "El suscrito y la perito contable CPC Milagros Ticona Apaza solicitan "
                "autorización para estar presentes cuando el banco entregue la información, con "
                "el fin de verificar in situ que se entreguen todas las transferencias.",
            ),
        ),
        (
            "pt",
            (
                "9. O Procurador da República signatário e a Delegada Dra. Renata Sion desejam, "
                "se as autoridades portuguesas o autorizarem, acompanhar o interrogatório, a fim "
                "de sugerir perguntas complementares sobre os contratos de câmbio.",
            ),
        ),
        (
            "ar",
            (
                "سادساً: الحضور",
                "تأمل النيابة العامة السماح لوكيل النيابة الأول حمد جاسم المري بالحضور أثناء "
                "سماع أقوال الشاهد، ذلك أنه أعد تقرير تتبع الأموال.",
            ),
        ),
    ],
)
def test_the_officials_presence_said_in_other_words(
    language: str, paragraphs: tuple[str, ...]
) -> None:
    assert _status(language, "presence_of_officials", *paragraphs) is Status.OK


def test_the_copy_sent_ahead_in_a_part_on_prior_coordination() -> None:
    paragraphs = (
        "CUARTO. – Antecedentes de coordinación.",
        "Las policías de ambos países se reunieron en Lima el 12 de mayo de 2026. La presente se "
        "adelanta por correo electrónico a la Unidad de Cooperación Judicial Internacional; el "
        "original se remite por vía diplomática a través de la Embajada de España en Lima.",
    )
    assert _status("es", "other_channels", *paragraphs) is Status.OK


@pytest.mark.parametrize(
    ("language", "paragraphs"),
    [
        (
            "pt",
            (
                "Solicita-se a inquirição da testemunha Rui Falcão e os extratos da conta n.º "
                "0044-8812 do Banco Atlântico de 2024.",
                "7. As diligências acima são imprescindíveis para a busca da verdade real e "
                "para a instrução da ação penal em curso, sendo necessárias à completa "
                "elucidação dos fatos e à boa decisão da causa.",
            ),
        ),
        (
            "ar",
            (
                "يرجى الحصول على كشوف الحساب رقم 0048-771 لدى بنك النيل عن عام 2025.",
                "وتلتمس النيابة العامة تنفيذ الإجراءات المطلوبة لما لها من أهمية بالغة في كشف "
                "الحقيقة واستكمال التحقيقات.",
            ),
        ),
    ],
)
def test_the_boilerplate_of_the_truth_and_of_the_prosecution(
    language: str, paragraphs: tuple[str, ...]
) -> None:
    assert _status(language, "relevance", *paragraphs) is not Status.OK


def test_a_sentence_about_the_secrecy_gives_no_relevance() -> None:
    paragraphs = (
        "Прошу получить выписку по счёту № 40817810000000012345 в ПАО «Восток» за 2025 год.",
        "Прошу сохранить в тайне факт направления настоящего поручения, поскольку Ковальчук "
        "Д.И. в розыск ещё не объявлен.",
    )
    assert _status("ru", "relevance", *paragraphs) is Status.MISSING


def test_an_embassy_s_contacts_are_not_the_requesting_authority_s() -> None:
    paragraphs = (
        "Oficina del Abogado Principal del Estado (Office of the Chief State Counsel), Manila.",
        "19. Para cualquier consulta sobre esta solicitud, sírvanse dirigirse a la Embajada de "
        "Filipinas en Madrid, Sección Consular (tel. +34 91 000 82 10; correo "
        "legal.madrid@dfa.example.ph).",
    )
    assert _status("es", "identification", *paragraphs) is not Status.OK


def test_the_prosecutor_through_whom_the_office_acts_gives_its_own_contacts() -> None:
    paragraph = (
        "O MINISTÉRIO PÚBLICO FEDERAL, por intermédio do Procurador da República signatário, "
        "Dr. Tiago Resende, telefone direto +55 31 2123 0417 e correio "
        "tiago.resende@mpf-exemplo.mp.br, vem solicitar a cooperação."
    )
    assert _status("pt", "identification", paragraph) is Status.OK


def test_a_translator_s_certificate_asks_for_no_procedure() -> None:
    sentence = (
        "I, Sevinj Karimova, translator, certify that this is a true and complete translation."
    )
    assert _status("en", "procedures", sentence) is Status.MISSING
