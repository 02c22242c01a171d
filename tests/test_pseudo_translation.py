"""A letter in another language holds no word of the case's own language: every text the case
file holds is either sent to the translator, or kept as typed because it is a name, a contact,
an identifier or a code (`mla_writer/translation/kept.py`, the one table that says which).

Each example is rendered in every letter language with a complete pseudo-translation: each unit
the export offers comes back wrapped in sentinels (⟦…⟧). Each line of each translatable text of
the case carries a tag of its own (⁅12⁆), so a line printed from the original instead of its
translation shows as a tag outside sentinels, and the test names its field.
"""

from __future__ import annotations

import io
import re
import zipfile
from typing import Any

import pytest

from mla_writer.casefile import parse_case
from mla_writer.checklist import CheckContext
from mla_writer.examples import example_text, list_examples
from mla_writer.model import LetterOfRequest
from mla_writer.render import letter_bytes
from mla_writer.translation.fields import fingerprint, set_text, translatable_fields
from mla_writer.translation.kept import (
    KEPT_AS_TYPED,
    Kept,
    holds_words,
    model_classes,
    opens_with_title,
    text_fields,
)
from mla_writer.translation.units import units_for_export
from tests.conftest import TODAY

LETTER_LANGUAGES = ("en", "fr", "es", "pt", "ru", "ar", "zh")
EXAMPLES = {example.name: example.complete for example in list_examples()}
TAG = re.compile(r"⁅(\d+)⁆")
TRANSLATED = re.compile(r"⟦[^⟧]*⟧")
DIRECTION_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
"""Marks an Arabic letter puts around Latin text (they may split a tag)."""


def _tagged(request: LetterOfRequest) -> tuple[LetterOfRequest, dict[int, str]]:
    """The case with a tag after each line of each translatable text; the field of each tag."""
    data = request.model_dump(mode="json")
    fields: dict[int, str] = {}
    for path, text in translatable_fields(request):
        lines = []
        for line in text.split("\n"):
            if line.strip():
                fields[len(fields)] = path
                line = f"{line} ⁅{len(fields) - 1}⁆"
            lines.append(line)
        set_text(data, path, "\n".join(lines))
    return LetterOfRequest.model_validate(data), fields


def _pseudo_translated(request: LetterOfRequest, language: str) -> LetterOfRequest:
    """The case with every unit the export offers translated as ⟦original⟧."""
    data: dict[str, Any] = request.model_dump(mode="json")
    data["translations"] = {
        language: {
            path: {"text": f"⟦{source}⟧", "source": fingerprint(source)}
            for path, source, *_rest in units_for_export(request, language)
        }
    }
    return LetterOfRequest.model_validate(data)


def _letter_text(content: bytes) -> str:
    """Every text of the letter's parts (body, headers, footers, notes, comments)."""
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        parts = [
            archive.read(name).decode("utf-8")
            for name in archive.namelist()
            if name.startswith("word/") and name.endswith(".xml")
        ]
    return DIRECTION_MARKS.sub(
        "",
        "\n".join(
            text for part in parts for text in re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", part)
        ),
    )


def _case_in(name: str, language: str) -> LetterOfRequest:
    request = parse_case(example_text(name), f"{name}.yaml")
    if language == request.language.source_language():
        # An English letter is tried on the same case said to be typed in French.
        data = request.model_dump(mode="json")
        data["language"]["original"] = "fr"
        request = LetterOfRequest.model_validate(data)
    return request


@pytest.mark.parametrize("language", LETTER_LANGUAGES)
@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_a_fully_translated_letter_holds_no_untranslated_text(name: str, language: str) -> None:
    tagged, fields = _tagged(_case_in(name, language))
    content = letter_bytes(
        _pseudo_translated(tagged, language),
        language=language,
        draft=not EXAMPLES[name],
        context=CheckContext(today=TODAY),
    )
    text = _letter_text(content)
    outside = TRANSLATED.sub("", text)
    leaked = sorted({fields[int(number)] for number in TAG.findall(outside)})
    assert leaked == []
    assert len(TRANSLATED.findall(text)) >= 20  # the translations are printed, the test can fail


def test_the_table_names_only_text_fields_of_the_case() -> None:
    text_fields_named = {
        f"{base.__name__}.{name}"
        for klass in model_classes(LetterOfRequest)
        for base in klass.__mro__
        for name, _kept in text_fields(klass)
    }
    assert sorted(set(KEPT_AS_TYPED) - text_fields_named) == []


def test_addresses_places_references_with_words_and_the_translator_are_translated() -> None:
    request = parse_case(example_text("asset-freezing"), "asset-freezing.yaml")
    paths = dict(translatable_fields(request))
    for path in (
        "place",
        "addressee.address",
        "persons[1].place_of_birth",
        "persons[1].addresses[1]",
        "persons[3].registration_number",
        "identification.proceedings.reference",
        "assistance[3].institution",
        "assistance[3].identifiers[1]",
    ):
        assert path in paths
    assert "reference" not in paths  # "13/04-0417/26-MLA": a code
    for kept in ("persons[1].name", "persons[1].name_latin", "signatory.name"):
        assert kept not in paths


def test_names_contacts_and_identifiers_are_never_sent_to_the_translator() -> None:
    for name in EXAMPLES:
        paths = dict(translatable_fields(parse_case(example_text(name), f"{name}.yaml")))
        sent = [
            path
            for path in paths
            if re.search(r"\.(name|name_latin|aliases|email|phone|fax|value|id)(\[\d+\])?$", path)
            and not path.endswith("authority.name")
            and not path.endswith(("requesting_authority.name", "proceeding_authority.name"))
            and not path.startswith("addressee.name")
            and not path.startswith("offences[")
            # an official's title or rank is translated with the name it opens
            and not (path.endswith(".name") and opens_with_title(paths[path]))
        ]
        assert sent == []


def test_a_contact_s_title_is_offered_to_the_translator_with_the_name() -> None:
    """ "Inspector Mihai Grosu" would stay in English in a French or Russian letter."""
    request = parse_case(example_text("trafficking"), "trafficking.yaml")
    paths = dict(translatable_fields(request))
    assert paths["identification.contacts[1].name"] == "Inspector Mihai Grosu"
    assert "signatory.name" not in paths  # "Elena Vârtosu": a name, kept as typed
    assert "identification.requesting_authority.contact.name" not in paths  # Elena Vârtosu


@pytest.mark.parametrize(
    ("name", "titled"),
    [
        ("Inspector Mihai Grosu", True),
        ("Chief Inspector Raluca Enache", True),
        ("Mme Claire Dubois", True),
        ("M. Jean Martin", True),
        ("Следователь Иван Петров", True),
        ("Elena Vârtosu", False),
        ("Major-Smith", False),
    ],
)
def test_a_name_is_translated_only_when_it_opens_with_a_title(name: str, titled: bool) -> None:
    assert opens_with_title(name) is titled


@pytest.mark.parametrize(
    ("reference", "worded"),
    [
        ("13/04-0417/26-MLA", False),
        ("HE 417223", False),
        ("RO-UA 0004172", False),
        ("Criminal case no. 074170226", True),
        ("CY41 0090 0417 0000 0000 0417 2201 (euros)", True),
        ("Уголовное дело № 12", True),
        ("刑事案件 2026 号", True),
    ],
)
def test_a_reference_is_translated_only_when_it_holds_words(reference: str, worded: bool) -> None:
    assert holds_words(reference) is worded


def test_every_kind_of_kept_text_is_used() -> None:
    assert set(KEPT_AS_TYPED.values()) == set(Kept)
