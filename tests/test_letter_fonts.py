"""Issue 16: each script in fonts that every Word installation has, named in the slots Word reads
for it (w:rFonts cs for Arabic, eastAsia for Chinese), at a size that matches the Latin text."""

from __future__ import annotations

from typing import Any

from docx.document import Document
from docx.oxml.ns import qn

from tests.test_letter_languages import _letter


def _default_run(document: Document) -> Any:
    return document.styles.element.find(
        qn("w:docDefaults") + "/" + qn("w:rPrDefault") + "/" + qn("w:rPr")
    )


def _style_fonts(document: Document, name: str) -> Any:
    return document.styles[name].element.find(qn("w:rPr") + "/" + qn("w:rFonts"))


def test_arabic_letter_names_arial_for_arabic_text_at_the_latin_size() -> None:
    document = _letter("ar")
    defaults = _default_run(document)
    assert defaults.find(qn("w:rFonts")).get(qn("w:cs")) == "Arial"
    for rpr in document.styles.element.iter(qn("w:rPr")):
        size, size_cs = rpr.find(qn("w:sz")), rpr.find(qn("w:szCs"))
        if size is not None:
            assert size_cs is not None and size_cs.get(qn("w:val")) == size.get(qn("w:val"))
    assert "Times New Roman" not in {
        fonts.get(qn("w:cs")) for fonts in document.styles.element.iter(qn("w:rFonts"))
    }


def test_chinese_letter_sets_simsun_for_text_and_simhei_for_headings() -> None:
    document = _letter("zh")
    assert _default_run(document).find(qn("w:rFonts")).get(qn("w:eastAsia")) == "SimSun"
    for heading in ("Title", "Heading 1", "Heading 2", "Heading 3"):
        assert _style_fonts(document, heading).get(qn("w:eastAsia")) == "SimHei", heading
    assert _style_fonts(document, "Normal") is None or (
        _style_fonts(document, "Normal").get(qn("w:eastAsia")) in (None, "SimSun")
    )


def test_latin_and_cyrillic_letters_keep_times_new_roman_for_every_slot_they_use() -> None:
    for language in ("en", "ru"):
        fonts = _default_run(_letter(language)).find(qn("w:rFonts"))
        assert fonts.get(qn("w:ascii")) == fonts.get(qn("w:hAnsi")) == "Times New Roman"
        assert fonts.get(qn("w:cs")) == "Times New Roman"
        assert fonts.get(qn("w:eastAsia")) == "SimSun"
