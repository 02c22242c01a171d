"""The prosecutor's review of the French and Russian letters (2026-12-06), and its analogues in
the other letter languages: what a signatory would still correct before signing. Each test is a
point of the review, asserted on the .docx of an example rendered in the language."""

from __future__ import annotations

import re
from typing import Any

import pytest
from docx.document import Document
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from mla_writer.model import LetterOfRequest
from mla_writer.render.formatting import list_letter, provision_in_sentence, typeset
from tests.test_render import build, load

NO_BREAK = "\u00a0"


def body_text(document: Document) -> str:
    """The body's text as Word holds it: no-break spaces kept, paragraphs (in table cells too)
    on lines, a tab after a list's marker."""
    paragraphs = document.element.body.iter(qn("w:p"))
    return "\n".join(Paragraph(paragraph, document).text for paragraph in paragraphs)


def flat(text: str) -> str:
    return re.sub(r"[\s\u200e\u200f\u202a-\u202e]+", " ", text)


def changed(case: LetterOfRequest, **changes: Any) -> LetterOfRequest:
    """The case with some top-level parts replaced (as in the case file)."""
    data = case.model_dump(mode="json", exclude_defaults=True)
    data.update(changes)
    return LetterOfRequest.model_validate(data)


def with_translations(case: LetterOfRequest, language: str, **texts: str) -> LetterOfRequest:
    """The case with some of its free text translated into `language` (by field path; "__" for
    "." and "_N_" for "[N]" in the keyword)."""
    data = case.model_dump(mode="json", exclude_defaults=True)
    entries = data.setdefault("translations", {}).setdefault(language, {})
    for key, text in texts.items():
        entries[key] = {"text": text}
    return LetterOfRequest.model_validate(data)


def render(case: LetterOfRequest, language: str) -> str:
    return body_text(build(case, language=language, draft=language != "en"))


@pytest.fixture(scope="module")
def trafficking() -> LetterOfRequest:
    return load("trafficking")


# ------------------------------------------------------------------ 1. the signatory's sex


@pytest.mark.parametrize(
    ("sex", "opening"),
    [
        ("female", "Je soussignée, Elena Vârtosu,"),
        ("male", "Je soussigné, Elena Vârtosu,"),
        (None, "Moi, Elena Vârtosu,"),
    ],
)
def test_the_french_opening_agrees_with_the_signatory(
    trafficking: LetterOfRequest, sex: str | None, opening: str
) -> None:
    signatory = {"name": "Elena Vârtosu", "sex": sex} if sex else {"name": "Elena Vârtosu"}
    text = flat(render(changed(trafficking, signatory=signatory), "fr"))
    assert opening in text
    assert "soussigné(e)" not in text and "(e)" not in text.split("Destinataire")[-1][:2000]


def test_the_examples_signatories_are_women_and_their_french_letter_says_so(
    trafficking: LetterOfRequest,
) -> None:
    assert trafficking.signatory is not None and trafficking.signatory.sex == "female"
    for name in ("email-fraud", "asset-freezing"):
        signatory = load(name).signatory
        assert signatory is not None and signatory.sex == "female"
    assert "Je soussignée, Elena Vârtosu," in flat(render(trafficking, "fr"))


@pytest.mark.parametrize(
    ("language", "sex", "undersigned"),
    [
        ("ru", "female", "Я, нижеподписавшаяся,"),
        ("ru", "male", "Я, нижеподписавшийся,"),
        ("es", "female", "Yo, la abajo firmante,"),
        ("es", None, "Yo, quien suscribe,"),
        ("pt", "female", "Eu, a signatária,"),
        ("ar", "female", "الموقعة أدناه"),
    ],
)
def test_a_signatory_without_a_name_is_the_undersigned_of_their_sex(
    trafficking: LetterOfRequest, language: str, sex: str | None, undersigned: str
) -> None:
    text = flat(render(changed(trafficking, signatory={"sex": sex} if sex else {}), language))
    assert undersigned in text
    assert "el/la" not in text


def test_a_person_of_unknown_sex_is_born_without_brackets_in_french_and_spanish(
    trafficking: LetterOfRequest,
) -> None:
    data = trafficking.model_dump(mode="json", exclude_defaults=True)
    for person in data["persons"]:
        person.pop("sex", None)  # as a drafter who does not know it leaves it out
    trafficking = LetterOfRequest.model_validate(data)
    french = flat(render(trafficking, "fr"))
    assert "né(e)" not in french
    assert "date de naissance : 30 septembre 1976" in french
    assert "nacido/a" not in flat(render(trafficking, "es"))


# ------------------------------------------------------------------ 2. French grammar, "l'article"


def test_the_french_procedures_are_asked_for_with_demander_not_prier_que(
    trafficking: LetterOfRequest,
) -> None:
    text = flat(render(trafficking, "fr"))
    assert "l'autorité requérante demande respectueusement que soient observées" in text
    assert "prie respectueusement que" not in text


def test_the_french_records_are_held_by_their_holder_not_opened_documents(
    trafficking: LetterOfRequest,
) -> None:
    text = flat(render(trafficking, "fr"))
    assert "Les comptes ou identifiants concernés sont au nom de Bosfor" in text
    assert "Ils sont ouverts au nom de" not in text


@pytest.mark.parametrize(
    ("language", "provision", "written"),
    [
        ("fr", "Article 165, paragraphes 1 et 2, du Code pénal", "prévue par l'article 165,"),
        ("fr", "Articles 165 et 243 du Code pénal", "prévue par les articles 165 et 243"),
        ("es", "Artículo 165 del Código Penal", "tipificado en el artículo 165 del"),
        ("pt", "Artigo 165.º do Código Penal", "prevista no artigo 165.º do"),
        ("ru", "Статья 165 Уголовного кодекса", "предусмотрено статьёй 165 Уголовного"),
        ("ru", "Часть 1 статьи 338 УК Грузии", "предусмотрено частью 1 статьи 338"),
        ("ar", "مادة 165 من قانون العقوبات", "منصوص عليها في المادة 165"),
    ],
)
def test_a_provision_named_by_its_article_reads_in_the_sentence(
    trafficking: LetterOfRequest, language: str, provision: str, written: str
) -> None:
    case = with_translations(trafficking, language, **{"offences[1].provision": provision})
    assert written in flat(render(case, language))


@pytest.mark.parametrize(
    ("language", "provision", "expected"),
    [
        ("fr", "article 12", "l'article 12"),
        ("fr", "Loi n° 2005-241", None),
        ("fr", "Article", None),
        ("en", "Article 165", None),
        ("ru", "Статьи 165 и 243", "статьями 165 и 243"),
    ],
)
def test_the_rule_changes_only_a_first_word_it_knows(
    language: str, provision: str, expected: str | None
) -> None:
    assert provision_in_sentence(provision, language) == expected


# ------------------------------------------------------------------ 3. items are not paragraphs


@pytest.mark.parametrize(
    ("language", "heading", "reference"),
    [
        ("fr", "Mesure n° 2 – ", "(mesures nos 2 et 3)"),
        ("ru", "Просьба № 2 — ", "(просьбы № 2 и 3)"),
        ("es", "Diligencia n.º 2 – ", "(diligencias n.os 2 y 3)"),
        ("pt", "Diligência n.º 2 – ", "(diligências n.os 2 e 3)"),
        ("ar", "الإجراء المطلوب رقم 2 – ", "(الإجراءات المطلوبة رقم 2 و3)"),
        ("zh", "第2项请求——", "（第2和3项请求）"),
    ],
)
def test_an_item_of_assistance_is_not_named_like_a_paragraph(
    trafficking: LetterOfRequest, language: str, heading: str, reference: str
) -> None:
    """The heading and the summary's reference to items use one word, not the paragraphs'."""
    text = flat(render(trafficking, language))
    assert heading in text
    assert reference in text
    assert "البند" not in text and "Пункт 2" not in text


# ------------------------------------------------------------------ 4. typography


def test_a_russian_date_ending_a_sentence_has_one_full_stop(
    trafficking: LetterOfRequest,
) -> None:
    text = render(trafficking, "ru")
    assert "г.." not in text
    assert f"по 31{NO_BREAK}октября 2026\u202fг. " in text  # CLDR's narrow no-break space


def test_russian_lists_are_lettered_in_cyrillic(trafficking: LetterOfRequest) -> None:
    lines = render(trafficking, "ru").splitlines()
    markers = [line.split("\t")[0] for line in lines if re.match(r"^\(?\w\)\t", line)]
    assert "а)" in markers and "б)" in markers
    assert not [marker for marker in markers if re.match(r"^\(?[a-z]\)", marker)]
    assert [list_letter(index, "ru") for index in range(4)] == ["а", "б", "в", "г"]


def test_a_day_stays_with_its_month_and_a_sign_with_its_number(
    trafficking: LetterOfRequest,
) -> None:
    english = render(trafficking, "en")
    assert f"15{NO_BREAK}February 2027" in english
    assert "15 February" not in english
    assert f"no.{NO_BREAK}2026/0417" in english
    french = render(trafficking, "fr")
    assert f"1er{NO_BREAK}janvier 2025" in french
    assert f"n°{NO_BREAK}30" in french  # "STE n° 30"


def test_french_punctuation_never_starts_a_line(trafficking: LetterOfRequest) -> None:
    french = render(trafficking, "fr")
    assert not re.search(r" [;:!?»]", french)
    assert not re.search(r"« ", french)
    assert f"Objet{NO_BREAK}:" in french


@pytest.mark.parametrize(
    ("language", "typed", "set"),
    [
        ("ru", "свыше 10 000 турецких лир", f"свыше 10{NO_BREAK}000 турецких лир"),
        ("fr", "toute divulgation ; « supervision »", f"toute divulgation{NO_BREAK}; «{NO_BREAK}"),
        ("en", "18 U.S.C. § 2705(b)", f"18 U.S.C. §{NO_BREAK}2705(b)"),
        ("en", "as the text says [...] here", "as the text says [...] here"),
        ("es", "el 15 de febrero de 2027", f"el 15{NO_BREAK}de{NO_BREAK}febrero de 2027"),
        ("en", "Bosfor Örme Tekstil Ltd. Şti..", "Bosfor Örme Tekstil Ltd. Şti."),
        # a telephone number is never broken across lines (the prosecutors' reading)
        (
            "en",
            "Telephone: +373 22 000 417",
            f"Telephone: +373{NO_BREAK}22{NO_BREAK}000{NO_BREAK}417",
        ),
        (
            "ru",
            "тел. +90 212 555 01 02.",
            f"тел. +90{NO_BREAK}212{NO_BREAK}555{NO_BREAK}01{NO_BREAK}02.",
        ),
        # full-width punctuation carries its own space: no half-width space after it
        ("zh", "本请求紧急。 见第32段。", "本请求紧急。见第32段。"),
        ("zh", "Case 2026/0417。 Ref", "Case 2026/0417。 Ref"),
    ],
)
def test_typesetting_of_a_text(language: str, typed: str, set: str) -> None:
    assert typeset(typed, language).startswith(set)


def test_telephone_numbers_in_a_letter_do_not_break(trafficking: LetterOfRequest) -> None:
    for language in ("en", "ru"):
        text = render(trafficking, language)
        assert f"+373{NO_BREAK}22{NO_BREAK}000{NO_BREAK}417" in text
        assert "+373 22" not in text


def test_a_russian_letter_asks_without_calques(trafficking: LetterOfRequest) -> None:
    """«почтительно просит» renders "respectfully asks" word for word; both prosecutors who read
    the Russian letter said a Russian authority writes «просит»."""
    text = flat(render(trafficking, "ru"))
    assert "почтительно" not in text
    assert "запрашивающий орган просит" in text.lower()


def test_a_victims_role_agrees_with_her_sex(trafficking: LetterOfRequest) -> None:
    text = render(trafficking, "ru")
    assert "Vera Grădinaru\nПотерпевшая\n" in text  # the persons table, row by row
    assert "Pavel Ostafi\nПотерпевший\n" in text


def test_the_persons_table_gives_the_role_the_width_of_its_longest_word(
    trafficking: LetterOfRequest,
) -> None:
    """«Подозреваемый» (13 letters at 10 pt) fits a column of 1814 twips; 1474 split it."""
    document = build(trafficking, language="ru", draft=True)
    table = next(t for t in document.tables if "Подозреваем" in t._tbl.xml)
    widths = [int(column.get(qn("w:w"))) for column in table._tbl.tblGrid.iter(qn("w:gridCol"))]
    assert widths[1] >= 1800


# ------------------------------------------------------------------ 6. Russian dates and terms


def test_a_russian_period_from_a_month_is_in_the_genitive(trafficking: LetterOfRequest) -> None:
    data = trafficking.model_dump(mode="json", exclude_defaults=True)
    data["assistance"][0]["period_from"] = "2025-03"
    text = flat(render(LetterOfRequest.model_validate(data), "ru"))
    assert "с марта 2025 года по 31 октября 2026 г." in text
    assert "с март 2025" not in text


def test_russian_freezing_is_the_arrest_of_property() -> None:
    text = flat(render(load("asset-freezing"), "ru"))
    assert "наложить арест на следующее имущество" in text
    assert "замороз" not in text.lower()
