"""Letters in the languages of international cooperation: every fixed phrase translated, each
script laid out and tagged the way Word and LibreOffice need it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import docx
import pytest
from babel.dates import format_date
from babel.messages.pofile import read_po
from docx.document import Document
from docx.oxml.ns import qn

from mla_writer.checklist import CheckContext
from mla_writer.model import LetterOfRequest
from mla_writer.render import build_document
from mla_writer.render.formatting import LetterFormat, english_takes_article, typeset
from mla_writer.render.ooxml import (
    isolate_left_to_right,
    run_is_right_to_left,
    run_prefers_east_asian_font,
)
from tests.conftest import ROOT, TODAY, run_mla

CONTEXT = CheckContext(today=TODAY)
NON_ENGLISH = ["fr", "es", "pt", "ru", "ar", "zh"]
TAGS = {"en": "en-GB", "fr": "fr-FR", "es": "es-ES", "pt": "pt-PT", "ru": "ru-RU"}
TAGS |= {"ar": "ar-SA", "zh": "zh-CN"}
_PLACEHOLDER = re.compile(r"%\([^)]*\)s|%[sd]|\{[^{}]*\}")


def build(request: LetterOfRequest, language: str) -> Document:
    # Free text stays as typed (English) in a draft; the fixed phrases are what is tested here.
    return build_document(request, language=language, draft=True, context=CONTEXT)


def _trafficking() -> LetterOfRequest:
    from mla_writer.casefile import parse_case
    from mla_writer.examples import example_text

    return parse_case(example_text("trafficking"), "trafficking.yaml")


@cache
def _letter(language: str) -> Document:
    return build(_trafficking(), language)


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item)


def _without_free_text(text: str) -> str:
    """The letter's text with everything the user typed blanked out (it stays as typed)."""
    text = re.sub(r"\s+", " ", text)
    typed = {re.sub(r"\s+", " ", s).strip() for s in _strings(_trafficking().model_dump())}
    for value in sorted(typed, key=len, reverse=True):
        if len(value) > 3:
            text = text.replace(value, "¶")
    return text


def _parts(document: Document) -> Iterator[Any]:
    """The body, headers and footers (as XML elements)."""
    yield document.element.body
    for section in document.sections:
        yield section.header._element
        yield section.footer._element


def _text(document: Document) -> str:
    lines = []
    for part in _parts(document):
        for p in part.iter(qn("w:p")):
            lines.append("".join(t.text or "" for t in p.iter(qn("w:t"))))
    return "\n".join(lines)


@cache
def _english_fixed_phrases() -> list[str]:
    """Pieces of the letter template's phrases, between placeholders, of four words or more."""
    with (ROOT / "locales" / "letter.pot").open("rb") as file:
        template = read_po(file)
    pieces = set()
    for message in template:
        if not message.id:
            continue
        for message_id in message.id if isinstance(message.id, tuple) else (message.id,):
            for piece in _PLACEHOLDER.split(message_id):
                piece = piece.strip(" .,:;()[]–-")
                if len(piece.split()) >= 4:
                    pieces.add(piece)
    return sorted(pieces)


@pytest.mark.parametrize("language", NON_ENGLISH)
def test_letter_holds_no_english_fixed_phrase(language: str) -> None:
    letter_text = _without_free_text(_text(_letter(language)))
    english = [phrase for phrase in _english_fixed_phrases() if phrase in letter_text]
    assert len(_english_fixed_phrases()) > 100
    assert not english, english[:5]


@pytest.mark.parametrize("language", NON_ENGLISH)
def test_letter_date_and_headings_are_in_the_letter_language(language: str) -> None:
    document = _letter(language)
    text = _text(document)
    fmt = LetterFormat(language)
    assert fmt.tag == TAGS[language]
    date = format_date(_trafficking().date or TODAY, "long", locale=fmt.locale)
    assert typeset(date, language) in text  # the day and its month held together
    assert document.core_properties.language == TAGS[language]
    assert "Summary of the facts" not in text and "Undertakings" not in text


@pytest.mark.parametrize("language", ["en", *NON_ENGLISH])
def test_every_run_carries_the_letter_language(language: str) -> None:
    document = _letter(language)
    runs = [r for part in _parts(document) for r in part.iter(qn("w:r"))]
    assert runs
    for r in runs:
        lang = r.find(qn("w:rPr") + "/" + qn("w:lang"))
        assert lang is not None, "a run without a language tag"
        assert lang.get(qn("w:eastAsia")) == lang.get(qn("w:bidi")) == TAGS[language]
        # Latin-script words of a Chinese letter (names, references) are tagged as such.
        latin = "en-GB" if language == "zh" else TAGS[language]
        assert lang.get(qn("w:val")) == latin


def test_arabic_letter_runs_right_to_left() -> None:
    document = _letter("ar")
    body = document.element.body
    paragraphs = [p for part in _parts(document) for p in part.iter(qn("w:p"))]
    assert len(paragraphs) > 100
    for p in paragraphs:
        assert p.find(qn("w:pPr") + "/" + qn("w:bidi")) is not None, "a paragraph without bidi"
    for sect_pr in body.iter(qn("w:sectPr")):
        assert sect_pr.find(qn("w:bidi")) is not None
    tables = list(body.iter(qn("w:tbl")))
    assert len(tables) >= 3  # the form, the addresses, the persons
    for table in tables:
        assert table.find(qn("w:tblPr") + "/" + qn("w:bidiVisual")) is not None
    arabic_runs = 0
    for r in body.iter(qn("w:r")):
        text = "".join(t.text or "" for t in r.iter(qn("w:t")))
        rtl = r.find(qn("w:rPr") + "/" + qn("w:rtl")) is not None
        if re.search("[\u0600-\u06ff]", text):
            arabic_runs += 1
            assert rtl, text
        elif re.search("[A-Za-z\u0400-\u04ff]", text):
            assert not rtl, text  # Latin and Cyrillic names, e-mails, references stay left-to-right
    assert arabic_runs > 100
    defaults = document.styles.element.find(qn("w:docDefaults") + "/" + qn("w:rPrDefault"))
    fonts = defaults.find(qn("w:rPr") + "/" + qn("w:rFonts"))
    assert fonts.get(qn("w:cs")) == "Arial"  # Word's Arabic font, on every installation
    size = int(defaults.find(qn("w:rPr") + "/" + qn("w:sz")).get(qn("w:val")))
    size_cs = int(defaults.find(qn("w:rPr") + "/" + qn("w:szCs")).get(qn("w:val")))
    assert size_cs == size  # Arabic in Arial matches the Latin text at the same size
    heading = document.styles["Heading 1"].element.find(qn("w:rPr"))
    assert heading.find(qn("w:bCs")) is not None  # bold reaches Arabic text


def test_left_to_right_letters_have_no_bidi() -> None:
    body = _letter("fr").element.body
    assert not list(body.iter(qn("w:bidi")))
    assert not list(body.iter(qn("w:rtl")))
    assert not list(body.iter(qn("w:bidiVisual")))


def test_chinese_letter_uses_east_asian_fonts_and_language() -> None:
    document = _letter("zh")
    defaults = document.styles.element.find(qn("w:docDefaults") + "/" + qn("w:rPrDefault"))
    fonts = defaults.find(qn("w:rPr") + "/" + qn("w:rFonts"))
    assert fonts.get(qn("w:eastAsia")) == "SimSun"
    assert fonts.get(qn("w:ascii")) == "Times New Roman"
    lang = defaults.find(qn("w:rPr") + "/" + qn("w:lang"))
    assert lang.get(qn("w:eastAsia")) == "zh-CN"
    runs = list(document.element.body.iter(qn("w:r")))
    hinted = 0
    for r in runs:
        text = "".join(r.itertext())
        fonts = r.find(qn("w:rPr") + "/" + qn("w:rFonts"))
        hint = fonts.get(qn("w:hint")) if fonts is not None else None
        if re.search("[A-Za-z]", text):
            assert hint is None, text  # Latin words keep Latin line breaking
        elif re.search("[\u4e00-\u9fff]", text):
            assert hint == "eastAsia", text
            hinted += 1
    assert hinted > 80
    assert document.styles["Emphasis"].element.find(qn("w:rPr") + "/" + qn("w:i")) is None
    assert "请求" in _text(document)


def test_cyrillic_and_greek_names_are_written_as_typed(trafficking: LetterOfRequest) -> None:
    persons = [
        trafficking.persons[0].model_copy(update={"name": "Ιωάννης Παπαδόπουλος"}),
        *trafficking.persons[1:],
    ]
    request = trafficking.model_copy(update={"persons": persons})
    for language in ("ar", "zh", "ru"):
        text = _text(build(request, language))
        assert "Ιωάννης Παπαδόπουλος" in text
        assert "Вадим Прокопенко" in text


def test_run_direction_follows_its_characters() -> None:
    assert run_is_right_to_left("طلب المساعدة")
    assert run_is_right_to_left("1.\t")  # neutral: takes the paragraph's direction
    assert run_is_right_to_left("20 نوفمبر 2026")
    assert not run_is_right_to_left("MD-2026/0457")
    assert not run_is_right_to_left("Вадим Прокопенко")


@pytest.mark.parametrize(
    ("name", "article"),
    [
        ("United States", True),
        ("United Kingdom", True),
        ("Netherlands", True),
        ("Dominican Republic", True),
        ("Marshall Islands", True),
        ("Türkiye", False),
        ("Cyprus", False),
        ("Isle of Man", False),
        ("Moldova", False),
    ],
)
def test_english_state_names_take_the_article_by_rule(name: str, article: bool) -> None:
    assert english_takes_article(name) is article


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("الهاتف: +373 22 000 417", "الهاتف: ⁧+373 22 000 417⁩"),
        ("[غير مترجم] The suspect is held.", "[غير مترجم] ⁧The suspect is held.⁩"),
        ("(المرجع: Case no. 2026/0417).", "(المرجع: ⁧Case no. 2026/0417⁩)."),
        ("Chişinău، 20 نوفمبر 2026", "⁧Chişinău⁩، 20 نوفمبر 2026"),
        ("20 نوفمبر 2026", "20 نوفمبر 2026"),
        ("1.", "1."),
    ],
)
def test_left_to_right_stretches_keep_their_order_in_arabic(text: str, expected: str) -> None:
    """⁧ and ⁩ stand for the embedding's opening and closing marks in `expected`."""
    wrapped = isolate_left_to_right(text)
    shown = wrapped.replace("\u200f\u202a", "⁧").replace("\u202c\u200f", "⁩")
    assert shown == expected


def test_arabic_letter_keeps_phone_numbers_and_names_in_typed_order() -> None:
    text = _text(_letter("ar"))
    # (the telephone number's spaces are no-break ones: it never breaks across lines)
    assert "\u200f\u202a+373\u00a022\u00a0000\u00a0417\u202c\u200f" in text
    assert "\u202aВадим Прокопенко\u202c" in text


def test_east_asian_font_hint_only_for_runs_without_latin_words() -> None:
    assert run_prefers_east_asian_font("请求书“附件”")
    assert not run_prefers_east_asian_font("【未翻译】Prosecutor General's Office")
    assert not run_prefers_east_asian_font("PG-2026/0417")


def test_mla_render_lang_writes_each_shipped_language_and_refuses_others(tmp_path: Path) -> None:
    case = tmp_path / "case.yaml"
    assert run_mla("example", "trafficking", "-o", case).returncode == 0
    for language in ("fr", "ar"):
        output = tmp_path / f"letter-{language}.docx"
        result = run_mla("render", case, "-o", output, "--lang", language, "--draft")
        assert result.returncode == 0, result.stderr
        assert docx.Document(str(output)).core_properties.language == TAGS[language]
    refused = run_mla("render", case, "-o", tmp_path / "de.docx", "--lang", "de", "--draft")
    assert refused.returncode == 2
    assert "Letters cannot be written in “de” yet" in refused.stderr
    assert "ar, es, fr, pt, ru, zh" in refused.stderr
    assert not (tmp_path / "de.docx").exists()


def test_office_letterhead_gets_fonts_and_direction_for_arabic_and_chinese(
    trafficking: LetterOfRequest, tmp_path: Path
) -> None:
    """A letterhead made in Word names theme fonts only: the letter still names its scripts' fonts."""
    path = tmp_path / "letterhead.docx"
    docx.Document().save(str(path))
    for language in ("ar", "zh"):
        document = build_document(
            trafficking, language=language, draft=True, context=CONTEXT, template=path
        )
        defaults = document.styles.element.find(qn("w:docDefaults") + "/" + qn("w:rPrDefault"))
        fonts = defaults.find(qn("w:rPr") + "/" + qn("w:rFonts"))
        assert fonts.get(qn("w:eastAsia")) == "SimSun"
        assert fonts.get(qn("w:cs")) == ("Arial" if language == "ar" else "Times New Roman")
        assert fonts.get(qn("w:eastAsiaTheme")) is None
        sections_bidi = [s.find(qn("w:bidi")) for s in document.element.body.iter(qn("w:sectPr"))]
        assert all(b is not None for b in sections_bidi) is (language == "ar")
