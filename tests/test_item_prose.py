"""Issue 16: each item of assistance in prose. The review of 2026-12-06 found, inside the items of
the asset-freezing and trafficking letters, chains of `label: value` ("Link to the offence:",
"Holders:", "Period:", "location: …; holder: …"), dashes as list markers, "This is asked for the
following reason:" and facts said twice. Every kind, in every letter language, is now written in
sentences a lawyer would write."""

from __future__ import annotations

import re

import pytest
from docx.document import Document

from mla_writer.i18n import LetterTranslator
from mla_writer.model import LetterOfRequest
from mla_writer.model.kinds import KINDS
from mla_writer.render.formatting import in_sentence
from tests.test_render import COMPLETE, build, load, sample_item

LANGUAGES = ("en", "fr", "es", "pt", "ru", "ar", "zh")
# The labels the letters printed inside items before (English), and "as follows:".
OLD_LABELS = (
    "Link to the offence:",
    "Holders:",
    "Period:",
    "Certification:",
    "Assets to be frozen or seized:",
    "Institution holding the records:",
    "Person to be heard:",
    "Form of the record:",
    "Management of the assets:",
    "This is asked for the following reason:",
    "as follows:",
    "location:",
    "holder:",
    "estimated value:",
)


def _item_paragraphs(document: Document, language: str = "en") -> list[tuple[str, str]]:
    """(style, text) of every paragraph of the assistance items, from the first item's heading
    to the next part of the letter."""
    title = LetterTranslator(language)("Assistance requested")
    found: list[tuple[str, str]] = []
    part = ""
    for paragraph in document.paragraphs:
        style = paragraph.style.name
        if style == "Heading 1":
            part = paragraph.text
        elif part == title and (found or style == "Heading 2"):
            found.append((style, paragraph.text))
    return found


def _with_every_kind(trafficking: LetterOfRequest) -> LetterOfRequest:
    data = trafficking.model_dump(mode="json", exclude_defaults=True)
    data["assistance"] = [sample_item(kind) for kind in KINDS if kind != "other"]
    return LetterOfRequest.model_validate(data)


def _assert_prose(paragraphs: list[tuple[str, str]]) -> None:
    assert paragraphs
    styles = {style for style, _ in paragraphs}
    assert "Field Line" not in styles  # no paragraph is a label and its value
    for style, shown in paragraphs:
        text = re.sub("[\u200e\u200f\u202a-\u202e]", "", shown)  # direction marks of Arabic
        assert not text.startswith("–"), text  # entries are (a), (b)… or 1., 2., never dashes
        if style == "List Item":  # marked, or the one entry of its list, indented
            assert re.match(r"(\(\w\)|\d+\.|\S{1,4})?\t", text), text


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_kind_of_item_is_written_in_sentences_in_every_letter_language(
    trafficking: LetterOfRequest, language: str
) -> None:
    document = build(_with_every_kind(trafficking), language=language, draft=True)
    _assert_prose(_item_paragraphs(document, language))


@pytest.mark.parametrize("name", COMPLETE)
def test_the_examples_items_hold_no_label_value_chains(name: str) -> None:
    paragraphs = _item_paragraphs(build(load(name)))
    _assert_prose(paragraphs)
    text = " ".join(text for _, text in paragraphs)
    for label in OLD_LABELS:
        assert label not in text, label


def test_an_item_reads_as_a_lawyer_writes_it() -> None:
    text = " ".join(t for _, t in _item_paragraphs(build(load("asset-freezing"))))
    assert "The requesting authority asks that the following assets be frozen or seized:" in text
    assert "The records are held by Pafos Mercantile Bank Ltd, 25 Example Avenue" in text
    assert "They are held in the name of Alazani Holdings Ltd." in text
    assert (
        "The request covers the period from 1\u00a0January 2022 to 19\u00a0November 2026." in text
    )
    assert "The records should be provided as certified copies, with a certificate" in text
    # A procedure's reason follows it, as the drafter wrote it.
    assert "without prior notice to Alazani Holdings Ltd or its director. Notice before" in text


def test_no_fact_is_said_twice_in_an_item() -> None:
    for name in COMPLETE:
        text = " ".join(t for _, t in _item_paragraphs(build(load(name))))
        assert "certified as described above" not in text
        # Non-disclosure asked once, in the procedure that gives its reason.
        assert len(re.findall(r"not to (?:inform|disclose)|forbidden to inform", text)) <= 1
        # The holder named in a property's description is not "held by" again.
        assert "Alazani Holdings Ltd, held by Alazani Holdings Ltd" not in text
        assert not re.search(r"held by ([^,]+),.*located at .*, held by \1", text)


@pytest.mark.parametrize(
    ("phrase", "in_a_sentence"),
    [
        ("Certified copies, with a certificate.", "certified copies, with a certificate"),
        ("Written record of the statement", "written record of the statement"),
        ("IBAN statements", "IBAN statements"),  # an acronym keeps its capitals
        ("McDonald's invoices", "McDonald's invoices"),  # so does a name
        ("30 days", "30 days"),
        ("محضر مكتوب.", "محضر مكتوب"),  # a script without capitals
    ],
)
def test_a_drafters_noun_phrase_is_set_inside_the_sentence(phrase: str, in_a_sentence: str) -> None:
    assert in_sentence(phrase) == in_a_sentence
