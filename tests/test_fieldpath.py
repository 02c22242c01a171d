"""FieldPath: one typed path for findings, case-file problems, translations and placeholders."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from mla_writer.checklist import RULES, CheckContext, Rule, Severity, check
from mla_writer.fieldpath import FieldPath, FieldPathError
from mla_writer.message import F_, Message
from mla_writer.model import LetterOfRequest
from tests.conftest import TODAY


def test_a_written_path_counts_items_from_one_and_python_from_zero() -> None:
    path = FieldPath.parse("assistance[2].procedures[1].reason")

    assert path.steps == ("assistance", 1, "procedures", 0, "reason")
    assert str(path) == "assistance[2].procedures[1].reason"
    assert path.xliff_id == "assistance[2].procedures[1].reason"
    assert path == FieldPath.root("assistance").item(2).child("procedures").item(1).child("reason")
    assert hash(path) == hash(FieldPath.parse(str(path)))


def test_a_path_covers_its_own_fields_only() -> None:
    item = FieldPath.parse("assistance[2]")

    assert item.covers(FieldPath.parse("assistance[2].relevance"))
    assert item.covers(item)
    assert not item.covers(FieldPath.parse("assistance[20]"))
    assert not FieldPath.parse("assistance[2].relevance").covers(item)
    assert item.item_number("assistance") == 2
    assert FieldPath.parse("persons[3].name").listed() == ("persons", 3)
    assert FieldPath.parse("legal_basis.instruments[1]").listed() is None
    assert FieldPath.parse("assistance[7].relevance").shape() == "assistance[].relevance"


def test_the_case_file_loader_keeps_keys_as_the_file_wrote_them() -> None:
    """A translation's key is itself a written path; a stray key is named as typed."""
    loc = ("translations", "fr", "assistance[1].relevance", "text")
    assert str(FieldPath.from_loc(loc)) == "translations.fr.assistance[1].relevance.text"
    assert str(FieldPath.from_loc(("facts", "a key with spaces"))) == "facts.a key with spaces"


@pytest.mark.parametrize(
    "written", ["assistance[0]", "assistance[x]", "assistance.[1]", "assistance..relevance", " x"]
)
def test_a_malformed_path_is_refused(written: str) -> None:
    with pytest.raises(FieldPathError):
        FieldPath.parse(written)
    assert FieldPath.parse_or_none(written) is None


def test_a_path_is_checked_against_the_model() -> None:
    for written in (
        "assistance[1].premises",  # a field of one kind of assistance only
        "assistance[1].identifiers[1].observed_at",
        "legal_basis.instruments[1].code",
        "translations.fr.assistance[1].relevance",  # inside a mapping, any key
    ):
        assert FieldPath.parse(written).check(LetterOfRequest)
    with pytest.raises(FieldPathError, match=re.escape("assistance[1].relevence")):
        FieldPath.parse("assistance[1].relevence").check(LetterOfRequest)


def test_a_rule_with_a_typo_in_its_path_fails_loudly(trafficking: LetterOfRequest) -> None:
    """A finding pointing at no field would silently lose its placeholder and its re-asking."""

    def typo(r: LetterOfRequest, c: CheckContext) -> Iterator[tuple[Severity, FieldPath, Message]]:
        yield Severity.WARNING, FieldPath.parse("urgency.reasn"), F_("Say why.")

    RULES.append(Rule("urgency.typo", "urgency", typo))
    try:
        with pytest.raises(FieldPathError, match=re.escape("urgency.reasn")):
            check(trafficking, CheckContext(today=TODAY))
    finally:
        RULES.pop()
