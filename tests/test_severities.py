"""Severities as a central authority sees them (issue 15): what makes the requested State refuse or
return a request is an error; the rest is a warning, and a request with warnings only renders a
final letter that reads well."""

from __future__ import annotations

import re
from typing import Any

import pytest
from conftest import TODAY

from mla_writer.checklist import CheckContext, Severity, check
from mla_writer.examples import example_text
from mla_writer.model import LetterOfRequest
from mla_writer.model.kinds.temporary_transfer import TemporaryTransfer, TransferConsent
from mla_writer.render import build_document
from mla_writer.yamlfile import parse_yaml

CONTEXT = CheckContext(today=TODAY)
TRANSFER: dict[str, Any] = {
    "type": "temporary_transfer",
    "person": "carbunaru",
    "purpose": "To take part in a confrontation with the suspect Serkan Yıldızoğlu in Istanbul.",
    "dates": ["2027-01-20"],
    "custody_and_escort": "Escorted by two officers of the Moldovan prison service throughout.",
    "return_undertaking": True,
    "relevance": "The confrontation is needed to resolve contradictions between the statements.",
    "procedures": "none",
}


def trafficking_with(**changes: Any) -> LetterOfRequest:
    data, _located = parse_yaml(example_text("trafficking"))
    for key, value in changes.items():
        data[key] = value(data[key]) if callable(value) else value
    return LetterOfRequest.model_validate(data)


def letter_text(request: LetterOfRequest, *, draft: bool = False) -> str:
    document = build_document(request, context=CONTEXT, draft=draft)
    return re.sub(r"\s+", " ", "\n".join(p.text for p in document.paragraphs))


def with_transfer(consent: object) -> LetterOfRequest:
    return trafficking_with(assistance=lambda items: [*items, {**TRANSFER, "consent": consent}])


@pytest.mark.parametrize(
    ("written", "read"),
    [
        (True, TransferConsent.GIVEN),
        (False, TransferConsent.REFUSED),
        ("given", TransferConsent.GIVEN),
        ("to_be_obtained", TransferConsent.TO_BE_OBTAINED),
    ],
)
def test_transfer_consent_keeps_reading_true_and_false(written: object, read: object) -> None:
    item = with_transfer(written).assistance[3]
    assert isinstance(item, TemporaryTransfer) and item.consent is read


def test_consent_to_be_obtained_by_the_requested_state_renders_a_final_letter() -> None:
    request = with_transfer("to_be_obtained")
    report = check(request, CONTEXT)
    assert report.complete, [f.message for f in report.errors()]
    assert (
        "The requested State is asked to obtain the person's free and informed consent "
        "before the transfer." in letter_text(request)
    )


def test_consent_given_is_written_as_before() -> None:
    text = letter_text(with_transfer(True))
    assert "The person has given free and informed consent to the transfer." in text


@pytest.mark.parametrize("consent", ["refused", False, None])
def test_transfer_without_consent_is_refused(consent: object) -> None:
    report = check(with_transfer(consent), CONTEXT)
    assert [f.field for f in report.errors()] == ["assistance[4].consent"]


def test_only_the_main_offence_needs_its_text_when_a_search_is_asked_for() -> None:
    """Briefs quote the main offence and name the others with provision and penalty."""
    search = {
        "type": "search_and_seizure",
        "premises": "The workshop at Örnek Sokak No. 7, Zeytinburnu",
        "items_sought": ["Wage records"],
        "grounds": "The victims saw the records in the manager's office.",
        "relevance": "The wage records prove the withholding of wages from the victims.",
        "procedures": "none",
    }

    def second_without_text(offences: list[dict[str, Any]]) -> list[dict[str, Any]]:
        del offences[1]["law_text_annex"]
        return offences

    request = trafficking_with(
        assistance=lambda items: [*items, search], offences=second_without_text
    )
    report = check(request, CONTEXT)
    law_text = [f for f in report.findings if f.rule == "offences.law_text"]
    assert [(f.severity, f.field) for f in law_text] == [(Severity.WARNING, "offences[2].law_text")]
    assert report.complete


def test_urgency_and_confidentiality_without_reason_are_gaps_and_draft_whole_sentences() -> None:
    """Both reasons are what the requested State weighs (the corpus standard and the briefs'
    reviewer agree): without them the point is partial, and the draft still reads as sentences."""
    request = trafficking_with(
        urgency=lambda urgency: {**urgency, "reason": None},
        confidentiality=lambda conf: {**conf, "reason": None},
    )
    report = check(request, CONTEXT)
    assert not report.complete
    assert {(f.severity, f.field) for f in report.findings} == {
        (Severity.ERROR, "urgency.reason"),
        (Severity.ERROR, "confidentiality.reason"),
    }
    text = letter_text(request, draft=True)
    assert (
        "The requesting authority respectfully asks that this request be executed urgently, by "
        "15 February 2027 at the latest." in text
    )
    assert (
        "The requesting authority respectfully asks that this request, its contents and its "
        "execution be kept confidential." in text
    )
    assert "at the latest, for the following reason" not in text
    assert "kept confidential, for the following reason" not in text
