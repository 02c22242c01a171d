"""Controlled delivery (ETS 182 art. 18; UNTOC art. 20), the kind added as one spec file: a
prosecutor asks the requested State to let a consignment pass under supervision."""

from __future__ import annotations

import pytest

from mla_writer.checklist import CheckContext, check
from mla_writer.model import LetterOfRequest
from mla_writer.render import build_document
from tests.conftest import TODAY

DELIVERY = {
    "type": "controlled_delivery",
    "consignment": "Heroin concealed in the frames of textile machinery.",
    "quantity": "About 40 kg",
    "packaging": "Six wooden crates marked BOSFOR",
    "route": "Istanbul – Ruse – Chișinău by road.",
    "entry_point": "Kapıkule border crossing",
    "dates": ["2027-01-20"],
    "transport": "Articulated lorry, registration 34 ABC 123",
    "persons": ["yildizoglu", "carbunaru"],
    "surveillance": "Continuous surveillance of the lorry until it leaves Türkiye.",
    "substitution": True,
    "operational_contact": {"name": "Inspector Mihai Grosu", "phone": "+373 22 000 000"},
    "necessity": "Only a delivery to its destination will identify the organisers.",
    "relevance": "The consignment is the proceeds of the trafficking network's exchanges.",
    "procedures": "none",
}


def _with(trafficking: LetterOfRequest, item: dict[str, object]) -> LetterOfRequest:
    data = trafficking.model_dump(mode="json", exclude_defaults=True)
    data["assistance"] = [*data["assistance"], item]
    return LetterOfRequest.model_validate(data)


def _findings(request: LetterOfRequest) -> list[tuple[str, str]]:
    report = check(request, CheckContext(today=TODAY))
    return [
        (f.field, f.severity.value)
        for point in report.points
        for f in point.findings
        if f.field.startswith("assistance[4]")
    ]


def test_a_fully_described_controlled_delivery_is_complete(trafficking: LetterOfRequest) -> None:
    assert _findings(_with(trafficking, DELIVERY)) == []


def test_a_controlled_delivery_without_route_or_contact_cannot_go_out(
    trafficking: LetterOfRequest,
) -> None:
    bare = {k: v for k, v in DELIVERY.items() if k not in ("route", "entry_point")}
    bare["persons"] = ["yildizoglu", "yildizoglou"]
    del bare["operational_contact"]
    assert _findings(_with(trafficking, bare)) == [
        ("assistance[4].route", "error"),
        ("assistance[4].operational_contact", "error"),
        ("assistance[4].persons[2]", "error"),
    ]


@pytest.mark.parametrize(
    ("substitution", "sentence"),
    [
        (True, "continue with its original contents removed or replaced in whole or in part."),
        (False, "The consignment should be allowed to continue with its contents intact."),
    ],
)
def test_the_letter_asks_for_the_controlled_delivery_in_full(
    trafficking: LetterOfRequest, substitution: bool, sentence: str
) -> None:
    request = _with(trafficking, {**DELIVERY, "substitution": substitution})
    document = build_document(request, context=CheckContext(today=TODAY))
    text = "\n".join(paragraph.text for paragraph in document.paragraphs)
    assert "Item 4 – Controlled delivery" in text
    assert "Kapıkule border crossing" in text
    assert "The persons involved are Serkan Yıldızoğlu and Dorin Cărbunaru." in text
    assert "Persons involved:" not in text  # a sentence, not a label
    assert sentence in text
