"""Where in a draft letter each missing item is marked: one place per finding.

A draft shows a placeholder for every error the checklist found, in the part of the letter the
missing item belongs to. `place_of` is the one function that decides where a finding goes; the
section writers ask `MissingItems` for the findings of their part (`for_part`) or of one item of
assistance (`for_item`), and whatever no section asked for is shown at the end.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from mla_writer.checklist import Finding
from mla_writer.fieldpath import FieldPath

ItemAspect = Literal["relevance", "procedures"]


@dataclass(frozen=True)
class Place:
    """A part of the letter (`"facts"`, `"cover"`, `"assistance"`…), or one item of assistance
    (`part="item"`, its number counted from 1, and optionally its relevance or procedures)."""

    part: str
    item: int | None = None
    aspect: ItemAspect | None = None


_POINT_PARTS = {
    "identification": "identification",
    "prior_contact": "prior_contact",
    "other_channels": "other_channels",
    "acknowledgement": "cover",
    "urgency": "urgency",
    "confidentiality": "confidentiality",
    "legal_basis": "legal_basis",
    "facts": "facts",
    "offences": "offences",
    "assistance": "assistance",
    "relevance": "assistance",
    "procedures": "assistance",
    "presence_of_officials": "officials",
    "language": "language",
}
"""The part for a finding of each checklist point, when its field does not say better."""

_FIELD_PARTS = (
    ("signatory", "signature"),
    ("addressee", "heading"),
    ("reference", "heading"),
    ("requesting_state", "heading"),
    ("requested_state", "heading"),
    ("persons", "persons"),
    ("offences", "offences"),
    ("acknowledgement", "cover"),
)
"""The part for a finding on a field of the request (the field, or anything below it)."""


def place_of(finding: Finding) -> Place:
    """Where in the letter a missing item belongs."""
    number = finding.path.item_number("assistance")
    if number is not None:
        step = finding.path.steps[2:3]
        aspect: ItemAspect | None = (
            "relevance"
            if step == ("relevance",)
            else "procedures"
            if step == ("procedures",)
            else None
        )
        return Place("item", number, aspect)
    for prefix, part in _FIELD_PARTS:
        if FieldPath.root(prefix).covers(finding.path):
            return Place(part)
    return Place(_POINT_PARTS.get(finding.point, "assistance"))


class MissingItems:
    """The findings a draft marks, by place; each is handed out once."""

    def __init__(self, findings: Iterable[Finding]) -> None:
        self._pending: dict[Place, list[Finding]] = defaultdict(list)
        for finding in findings:
            self._pending[place_of(finding)].append(finding)

    def for_part(self, part: str) -> list[Finding]:
        """The findings of a part of the letter not handed out yet."""
        return self._pending.pop(Place(part), [])

    def for_item(self, number: int, aspect: ItemAspect | None = None) -> list[Finding]:
        """The findings of item `number` of assistance (or of its relevance or procedures)."""
        return self._pending.pop(Place("item", number, aspect), [])

    def left_over(self) -> list[Finding]:
        """The findings no section asked for, in the order their places first came up."""
        places = list(self._pending)
        return [finding for place in places for finding in self._pending.pop(place)]
