"""Where a draft marks each missing item: one function decides (`place_of`), the section
writers ask for the findings of their part, and no finding is lost or shown twice."""

from __future__ import annotations

import pytest

from mla_writer.checklist import CheckContext, Finding, Severity, check
from mla_writer.fieldpath import FieldPath
from mla_writer.message import Message
from mla_writer.model import LetterOfRequest
from mla_writer.render import build_document
from mla_writer.render.placement import MissingItems, Place, place_of
from tests.conftest import TODAY

CONTEXT = CheckContext(today=TODAY)


def finding(field: str, point: str = "assistance") -> Finding:
    return Finding(point, Severity.ERROR, FieldPath.parse(field), Message("missing"), "rule")


@pytest.mark.parametrize(
    ("field", "point", "place"),
    [
        ("assistance[2]", "assistance", Place("item", 2)),
        ("assistance[2].person", "assistance", Place("item", 2)),
        ("assistance[12].relevance", "relevance", Place("item", 12, "relevance")),
        ("assistance[1].procedures[3].reason", "procedures", Place("item", 1, "procedures")),
        ("assistance", "assistance", Place("assistance")),
        ("signatory.name", "identification", Place("signature")),
        ("addressee", "identification", Place("heading")),
        ("reference", "identification", Place("heading")),
        ("requested_state", "legal_basis", Place("heading")),
        ("persons[1].date_of_birth", "identification", Place("persons", 1)),
        ("persons", "identification", Place("persons")),
        ("offences[2].max_penalty", "offences", Place("offences", 2)),
        ("offences", "offences", Place("offences")),
        ("acknowledgement.return_to", "acknowledgement", Place("cover")),
        ("urgency.reason", "urgency", Place("urgency")),
        ("confidentiality.reason", "confidentiality", Place("confidentiality")),
        ("facts.summary", "facts", Place("facts")),
        ("presence_of_officials", "presence_of_officials", Place("officials")),
        ("language.translation", "language", Place("language")),
        ("other_channels", "other_channels", Place("other_channels")),
        ("identification.requesting_authority", "identification", Place("identification")),
        ("references", "identification", Place("identification")),  # not "reference"
    ],
)
def test_each_missing_item_is_placed_where_the_reader_looks_for_it(
    field: str, point: str, place: Place
) -> None:
    assert place_of(finding(field, point)) == place


def test_findings_are_handed_out_once_and_the_rest_in_order_of_first_place() -> None:
    first, second, third = (
        finding("facts.summary", "facts"),
        finding("assistance[1]"),
        finding("facts.other", "facts"),
    )
    missing = MissingItems([first, second, third])
    assert missing.for_item(1) == [second]
    assert missing.for_item(1) == []
    assert missing.for_part("persons") == []
    assert missing.left_over() == [first, third]
    assert missing.left_over() == []


def test_every_gap_of_an_empty_draft_is_marked_in_a_section_not_at_the_end() -> None:
    request = LetterOfRequest.model_validate(
        {
            "assistance": [{"type": "witness_statement"}],
            "urgency": {"urgent": True},
            "confidentiality": {"required": True},
        }
    )
    document = build_document(request, draft=True, context=CONTEXT)
    texts = [p.text for p in document.paragraphs]
    closing = next(i for i, p in enumerate(document.paragraphs) if p.style.name == "Closing")
    placeholders = [i for i, text in enumerate(texts) if text.startswith("[MISSING")]
    errors = check(request, CONTEXT).errors()
    assert len(placeholders) == len(errors)
    # After the closing formula, only what is missing of the signature itself.
    signature = [f"[MISSING: {f.message}]" for f in errors if f.field.startswith("signatory")]
    assert all(texts[index] in signature for index in placeholders if index > closing)
