"""Official forms read as their printed wording means: the European Investigation Order form
(Annex A of Directive 2014/41/EU) in the wording of its English, French, Spanish and Portuguese
versions — sections lettered "SECTION K:", a statement left unticked is not made (and, where a
plain "no" answers the point, it is that "no"), the form's printed preamble about the
confidentiality of the investigation asks for nothing. A box left unticked is no explicit "no"
either: the independent author of the form letters (tests/corpus/I) labels an empty officials box
as "missing". Invented filled-in rows."""

from __future__ import annotations

import pytest

from mla_writer.checklist import Status
from mla_writer.foreign.cues import cues_for
from mla_writer.foreign.document import Passage
from mla_writer.foreign.letter import Letter
from tests.test_foreign_statements import _status

# Section I, box 2 of the form, as each language version prints it.
OFFICIALS_BOX = {
    "en": "It is requested that one or several officials of the issuing State assist in the "
    "execution of the EIO in support to the competent authorities of the executing State.",
    "fr": "Il est demandé qu'un ou plusieurs agents de l'État d'émission assistent à l'exécution "
    "de la décision d'enquête européenne en appui aux autorités compétentes de l'État "
    "d'exécution.",
    "es": "Se solicita que uno o varios funcionarios del Estado de emisión asistan en la "
    "ejecución de la OEI en apoyo de las autoridades competentes del Estado de ejecución.",
    "pt": "Solicita-se que um ou mais funcionários do Estado de emissão prestem assistência na "
    "execução da DEI, em apoio das autoridades competentes do Estado de execução.",
}
SECTION_I = {
    "en": "SECTION I: Formalities and procedures requested for the execution",
    "fr": "SECTION I : Formalités et procédures demandées pour l'exécution",
    "es": "SECCIÓN I: Formalidades y procedimientos solicitados para la ejecución",
    "pt": "SECÇÃO I: Formalidades e procedimentos solicitados para a execução",
}
NAMES_AND_REASON = {
    "en": "Detective Sergeant Ann Example, because she knows the 900 pages of bank records.",
    "fr": "Le commandant Paul Exemple, car il connaît les 900 pages de relevés bancaires.",
    "es": "El inspector Juan Ejemplo, porque conoce las 900 páginas de extractos bancarios.",
    "pt": "O inspetor João Exemplo, porque conhece as 900 páginas de extratos bancários.",
}


@pytest.mark.parametrize("language", sorted(OFFICIALS_BOX))
def test_the_officials_box_left_unticked_is_neither_a_wish_nor_an_explicit_no(
    language: str,
) -> None:
    status = _status(
        language, "presence_of_officials", SECTION_I[language], f"2. ☐ {OFFICIALS_BOX[language]}"
    )
    assert status is Status.MISSING


@pytest.mark.parametrize("language", sorted(OFFICIALS_BOX))
def test_the_officials_box_ticked_is_a_wish_that_needs_names_and_a_reason(language: str) -> None:
    ticked = f"2. ☒ {OFFICIALS_BOX[language]}"
    bare = _status(language, "presence_of_officials", SECTION_I[language], ticked)
    full = _status(
        language,
        "presence_of_officials",
        SECTION_I[language],
        ticked,
        NAMES_AND_REASON[language],
    )
    assert (bare, full) == (Status.PARTIAL, Status.OK)


PREAMBLE = {
    "en": "I request that the investigative measure or measures specified below be carried out "
    "taking due account of the confidentiality of the investigation and that the evidence "
    "obtained as a result of the execution of the EIO be transferred.",
    "fr": "Je demande que la ou les mesures d'enquête précisées ci-dessous soient exécutées en "
    "tenant dûment compte de la confidentialité de l'enquête et que les éléments de preuve "
    "obtenus soient transférés.",
    "es": "Solicito que se lleven a cabo la medida o medidas de investigación especificadas a "
    "continuación, teniendo debidamente en cuenta la confidencialidad de la investigación, y "
    "que se transfieran las pruebas obtenidas.",
    "pt": "Solicito que a medida ou medidas de investigação a seguir especificadas sejam "
    "executadas tendo devidamente em conta a confidencialidade da investigação e que as provas "
    "obtidas sejam transferidas.",
}


@pytest.mark.parametrize("language", sorted(PREAMBLE))
def test_the_forms_printed_preamble_asks_for_no_confidentiality(language: str) -> None:
    assert _status(language, "confidentiality", PREAMBLE[language]) is Status.MISSING


IDENTITY = {
    "en": (
        "SECTION E: Identity of the person concerned",
        "(i) Name: Ivan Example; date of birth: 04.05.1980; nationality: Latvian.",
        "SECTION G: Grounds for issuing the EIO",
        "1. Summary of the facts",
        "Between 2024 and 2025 the suspect obtained EUR 2,400,000 from 38 investors by false "
        "promises of returns, and transferred the money to the company's account in Malta.",
    ),
    "fr": (
        "SECTION E : Identité de la personne concernée",
        "Nom : Jean Exemple ; date de naissance : 04.05.1980 ; nationalité : belge.",
        "SECTION G : Motifs de l'émission de la décision d'enquête européenne",
        "1. Résumé des faits",
        "Entre 2024 et 2025, le suspect a obtenu 2 400 000 EUR de 38 investisseurs par de "
        "fausses promesses de rendement et a viré les fonds sur le compte de la société à Malte.",
    ),
}


@pytest.mark.parametrize("language", sorted(IDENTITY))
def test_the_persons_section_of_a_form_identifies_the_persons_of_its_facts(
    language: str,
) -> None:
    assert _status(language, "facts", *IDENTITY[language]) is Status.OK


@pytest.mark.parametrize(
    ("language", "heading", "point"),
    [
        ("en", "SECTION K: Details of the authority which issued the EIO", "identification"),
        ("fr", "SECTION K : Coordonnées de l'autorité qui a émis la DEE", "identification"),
        ("es", "SECCIÓN K: Datos de la autoridad que ha emitido la OEI", "identification"),
        ("pt", "SECÇÃO K: Dados da autoridade que emitiu a DEI", "identification"),
        ("en", "Section E — Identity of the person concerned", "facts"),
        ("es", "SECCIÓN I – Formalidades y procedimientos solicitados", "procedures"),
        ("en", "SECTION D: Relation to an earlier EIO", None),
    ],
)
def test_a_forms_lettered_sections_are_read_as_headings(
    language: str, heading: str, point: str | None
) -> None:
    letter = Letter([Passage(heading, "row 1")], cues_for(language))
    points, _start, _standalone = letter.heading_points(heading)
    assert (points[0] if points and points[0] != "other" else None) == point
