"""Nothing typed is lost: a request saved as a case file and read back is the same request."""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from mla_writer.casefile import dump_case, parse_case
from mla_writer.examples import example_text, list_examples
from mla_writer.model import LetterOfRequest


def _round_trip(request: LetterOfRequest) -> LetterOfRequest:
    return parse_case(dump_case(request), "saved.yaml")


@pytest.mark.parametrize("name", [example.name for example in list_examples()])
def test_bundled_example_survives_saving_and_loading(name: str) -> None:
    request = parse_case(example_text(name), f"{name}.yaml")
    saved = dump_case(request)

    assert _round_trip(request) == request
    assert dump_case(_round_trip(request)) == saved  # saving is stable, too


def test_saved_file_keeps_scripts_readable_and_long_texts_as_blocks(
    trafficking: LetterOfRequest,
) -> None:
    saved = dump_case(trafficking)
    assert "name: Вадим Прокопенко" in saved
    assert "name: Serkan Yıldızoğlu" in saved
    assert re.search(r"^  summary: \|", saved, re.MULTILINE)
    assert "\\u" not in saved


# --------------------------------------------------------------------------- any text at all

# Characters a Word document cannot hold, which the model refuses with a message (tested in
# test_casefile.py); every other character, in any script, must come back as it was typed.
XML_INVALID = (
    "".join(map(chr, [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20)])) + "\ufffe\uffff"
)

characters = st.characters(blacklist_categories=("Cs",), blacklist_characters=XML_INVALID)

# Texts YAML could read as something else, or that need quoting, mixed into the random ones.
TRICKY = [
    "none",
    "None",
    "no",
    "NO",
    "yes",
    "Off",
    "null",
    "~",
    "true",
    "FALSE",
    "0417",
    "1.10",
    "1e3",
    "0x1F",
    "2026-03-04",
    "2026-03-04T10:22:00+02:00",
    "- item",
    "key: value",
    "# not a comment",
    "'quoted'",
    '"double"',
    "|",
    ">",
    "&anchor",
    "*alias",
    "!tag",
    "%directive",
    "@at",
    "`tick`",
    "{a: 1}",
    "[1, 2]",
    "a\u0085b",  # NEXT LINE, which YAML takes for a line break
    "line one\u2028line two",
    "paragraph\u2029paragraph",
    "tab\there",
    "carriage\r\nreturn",
    "trailing space \nnext line",
    "Ţ\u0327 combining",
    "\u200fRTL mark עברית",
    "emoji 🧾 and 𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
    "\ufeffbyte order mark",
    "---",
    "...",
]

text = st.one_of(st.text(characters, max_size=200), st.sampled_from(TRICKY))
multiline = st.lists(text, min_size=1, max_size=6).map("\n".join)
names = st.text(characters, min_size=1, max_size=60)


def _build(base: dict[str, Any], changes: dict[str, Any]) -> LetterOfRequest:
    """The trafficking request with free-text fields replaced, validated as if typed."""
    data = dict(base)
    data["facts"] = {"summary": changes["summary"]}
    data["title"] = changes["title"]
    persons = [dict(person) for person in data["persons"]]
    persons[0] |= {"name": changes["name"], "name_latin": changes["name_latin"]}
    persons[1] |= {"aliases": changes["aliases"], "addresses": changes["addresses"]}
    data["persons"] = persons
    offences = [dict(offence) for offence in data["offences"]]
    offences[0] |= {"law_text": changes["law_text"], "max_penalty": changes["max_penalty"]}
    data["offences"] = offences
    assistance = [dict(item) for item in data["assistance"]]
    assistance[1] |= {"questions": changes["questions"], "relevance": changes["relevance"]}
    data["assistance"] = assistance
    return LetterOfRequest.model_validate(data)


@pytest.fixture(scope="module")
def trafficking_data() -> dict[str, Any]:
    request = parse_case(example_text("trafficking"), "trafficking.yaml")
    return request.model_dump(mode="json", exclude_defaults=True)


@settings(
    max_examples=200,
    deadline=None,
    phases=[Phase.explicit, Phase.reuse, Phase.generate, Phase.shrink],  # no slow "explain"
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    changes=st.fixed_dictionaries(
        {
            "summary": multiline,
            "title": text,
            "name": names,
            "name_latin": names,
            "aliases": st.lists(names, max_size=3),
            "addresses": st.lists(multiline, max_size=3),
            "law_text": multiline,
            "max_penalty": text,
            "questions": st.lists(text, max_size=4),
            "relevance": multiline,
        }
    )
)
def test_any_text_in_any_script_comes_back_as_typed(
    trafficking_data: dict[str, Any], changes: dict[str, Any]
) -> None:
    request = _build(trafficking_data, changes)

    # The model only trims the ends of each text; everything else is kept as typed.
    assert request.facts is not None and request.facts.summary == changes["summary"].strip()
    assert request.persons[0].name == changes["name"].strip()

    assert _round_trip(request) == request
