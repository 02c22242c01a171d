"""Where in a draft letter each finding is marked, and how it reads there.

A draft shows a placeholder for every error the checklist found, in the part of the letter the
missing item belongs to, and each warning as a Word comment in the margin beside that part.
`place_of` is the one function that decides where a finding goes; the section writers ask
`MissingItems` for the findings of their part (`for_part`), of one person (`for_person`), of one
offence (`for_offence`) or of one item of assistance (`for_item`), and whatever no section asked
for is shown at the end.

`draft_text` says a finding as the letter's reader should read it: in the letter's language,
quoting the case's text as the letter prints it (translated), without the Markdown of the
terminal's messages.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Literal

from mla_writer.checklist import Finding
from mla_writer.fieldpath import FieldPath
from mla_writer.message import Message, Param, Translator

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
    for listed in ("offences", "persons"):
        number = finding.path.item_number(listed)
        if number is not None:
            return Place(listed, number)
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

    def for_person(self, number: int) -> list[Finding]:
        """The findings of person `number` (counted from 1), shown in that person's row."""
        return self._pending.pop(Place("persons", number), [])

    def for_offence(self, number: int) -> list[Finding]:
        """The findings of offence `number` (counted from 1), printed under it, not the next."""
        return self._pending.pop(Place("offences", number), [])

    def for_item(self, number: int, aspect: ItemAspect | None = None) -> list[Finding]:
        """The findings of item `number` of assistance (or of its relevance or procedures)."""
        return self._pending.pop(Place("item", number, aspect), [])

    def left_over(self) -> list[Finding]:
        """The findings no section asked for, in the order their places first came up."""
        places = list(self._pending)
        return [finding for place in places for finding in self._pending.pop(place)]


QUOTES = {
    "en": "“%s”",
    "fr": "«\u00a0%s\u00a0»",
    "es": "«%s»",
    "pt": "“%s”",
    "ru": "«%s»",
    "ar": "«%s»",
}
"""How each letter language quotes a word; Chinese and others quote as English does."""

_CODE = re.compile(r"`([^`]*)`")
_CASE_FILE_HINT = re.compile(r" ?[(（](?:[a-z_]+: [\w/]+|[a-z]+_[a-z_]+)[)）]")
"""A hint in case-file syntax that a terminal message ends with: "(certified: true)",
"(law_text_annex)", in Chinese between full-width brackets; the drafter finds the field from the
placeholder's place in the letter."""


def draft_text(finding: Finding, translator: Translator, translated: Mapping[str, str]) -> str:
    """A finding as a draft shows it: in the translator's language, each text of the case it
    quotes as the letter prints it (`translated`: original text -> the letter's), a word the
    terminal shows as `none` quoted as the language quotes, and no hint in case-file syntax."""
    text = _CASE_FILE_HINT.sub("", _in_letter(finding.wording, translated).shown(translator))
    quote = QUOTES.get(translator.language, QUOTES["en"])
    return _CODE.sub(lambda match: quote % match.group(1), text)


def _in_letter(message: Message, translated: Mapping[str, str]) -> Message:
    def value(param: Param) -> Param:
        if isinstance(param, Message):
            return _in_letter(param, translated)
        if isinstance(param, str):
            return translated.get(param, param)
        return param

    return Message(message.msgid, tuple((name, value(param)) for name, param in message.params))
