"""Polarity of cues at clause level, on short invented sentences in the four languages read."""

from __future__ import annotations

import re

import pytest

from mla_writer.foreign.cues import cues_for
from mla_writer.foreign.polarity import Polarity, PolarityReader, ticked_answer

A, D, P = Polarity.AFFIRMED, Polarity.DENIED, Polarity.PROMISED

CASES = [
    # (language, sentence, the cue in it, polarity)
    ("en", "Two officers of the Serious Fraud Office wish to attend the interview.", "attend", A),
    ("en", "No officer of our service wishes to attend the interview.", "attend", D),
    ("en", "The presence of officials is not required.", "presence", D),
    ("en", "We don't wish to attend.", "attend", D),
    ("en", "We wish to attend because the witness does not speak English.", "attend", A),
    ("en", "Text of the law: not attached.", "attached", D),
    ("en", "A certified translation will follow.", "translation", P),
    ("en", "The request in case No. 12/2026 is urgent.", "urgent", A),
    ("en", "Evidence is needed no later than 3 May; the request is urgent.", "urgent", A),
    ("fr", "Nous ne souhaitons pas assister à l'exécution.", "assister", D),
    ("fr", "Celle-ci ne revêt, quant à elle, aucun caractère confidentiel.", "confidentiel", D),
    ("fr", "Il n'a été pris, à ce jour, aucun contact avec les autorités.", "contact", D),
    ("fr", "Deux enquêteurs souhaitent assister à l'audition.", "assister", A),
    ("fr", "Nous souhaitons assister, car le témoin ne parle pas le français.", "assister", A),
    ("fr", "La traduction suivra.", "traduction", P),
    ("es", "No se estima necesaria la presencia de funcionarios.", "presencia", D),
    (
        "es",
        "El juzgado no ha tomado contacto, previo al presente, con autoridad alguna.",
        "contacto",
        D,
    ),
    ("es", "Se solicita la presencia de dos fiscales.", "presencia", A),
    ("es", "La traducción se remitirá posteriormente.", "traducción", P),
    ("ru", "Участие сотрудников комитета в исполнении запроса не требуется.", "Участие", D),
    ("ru", "Контакты между органами по данному делу ранее не поддерживались.", "Контакты", D),
    ("ru", "Просим разрешить следователю присутствовать при допросе.", "присутствовать", A),
    ("ru", "Перевод будет направлен дополнительно.", "Перевод", P),
]


@pytest.mark.parametrize(("language", "sentence", "cue", "expected"), CASES)
def test_a_negation_reaches_the_cue_of_its_own_clause_only(
    language: str, sentence: str, cue: str, expected: Polarity
) -> None:
    reader = PolarityReader(cues_for(language))
    match = re.search(re.escape(cue), sentence)
    assert match is not None
    assert reader.polarity(sentence, match.start(), match.end()) is expected


def test_a_negation_inside_the_cue_is_the_cue_s_own() -> None:
    """ "do not disclose" asks for confidentiality; its "not" does not deny it."""
    reader = PolarityReader(cues_for("en"))
    sentence = "Please do not disclose this request to the account holder."
    match = re.search("do not disclose", sentence)
    assert match is not None
    assert reader.polarity(sentence, match.start(), match.end()) is A


@pytest.mark.parametrize(
    ("language", "row", "expected"),
    [
        ("es", "15. Presencia de funcionarios argentinos: ☐ Sí   ☒ No", "no"),
        ("fr", "Présence d'autorités de l'État d'émission : ☒ Oui ☐ Non", "yes"),
        ("en", "Confidentiality required: [X] Yes [ ] No", "yes"),
        ("en", "Confidentiality required: [ ] Yes [x] No", "no"),
        ("ru", "Срочность: ☐ да ☒ нет", "no"),
        ("en", "The witness said no.", None),
    ],
)
def test_the_box_ticked_in_a_form_row_is_its_answer(
    language: str, row: str, expected: str | None
) -> None:
    assert ticked_answer(row, cues_for(language)) == expected
