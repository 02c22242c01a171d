"""What a kind of assistance is, in one object: its model, what makes it complete, how the letter
writes it and how the wizard asks for it. Each module of this package holds one `KindSpec`."""

from __future__ import annotations

import typing
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from mla_writer.message import Message
from mla_writer.model.assistance import AssistanceBase
from mla_writer.severity import Severity

E, W = Severity.ERROR, Severity.WARNING


@dataclass(frozen=True)
class Requirement:
    """A field (or any one of several) an item of the kind must have (point 10)."""

    fields: tuple[str, ...]
    severity: Severity
    message: Message  # shown when the fields are all missing (terminal, report, draft letter)
    applies: Callable[[Any], bool] | None = None  # to which items; None: to every item

    def applies_to(self, item: Any) -> bool:
        return self.applies is None or self.applies(item)


def requirement(
    fields: str,
    severity: Severity,
    message: Message,
    applies: Callable[[Any], bool] | None = None,
) -> Requirement:
    """`requirement("questions|subject_matter", E, F_("..."))`: any one of the fields answers it;
    `applies` limits it to some items (no oath question for a suspect)."""
    return Requirement(tuple(fields.split("|")), severity, message, applies)


@dataclass(frozen=True)
class LetterField:
    """How the letter writes one field, always in sentences: a sentence holding the value
    (`prose`), a sentence introducing a list (`lead`), the drafter's own sentences (`own`), or,
    for a yes/no field, a sentence for each answer (`sentences`)."""

    name: str
    prose: str = ""  # msgid of the letter with %(value)s: "The records are held by %(value)s."
    lead: str = ""  # msgid of the letter: "The following records are requested:", then the list
    own: bool = False  # the drafter's sentences, as paragraphs of their own under no label
    noun_phrase: bool = False
    """The value is the drafter's noun phrase ("Certified copies, …"), set inside the sentence
    with a small initial and no full stop of its own."""
    sentences: tuple[str, str] | None = None  # msgids of the letter: when true, when false
    choice_sentence: bool = False  # an enum field written as its choice's letter text alone

    @property
    def messages(self) -> tuple[str, ...]:
        """The msgids of the letter this field is written with."""
        return tuple(m for m in (self.prose, self.lead, *(self.sentences or ())) if m)


def says(name: str, prose: str, *, noun_phrase: bool = False) -> LetterField:
    """A field written in a sentence that holds its value (`%(value)s`)."""
    return LetterField(name, prose=prose, noun_phrase=noun_phrase)


def listed(name: str, lead: str) -> LetterField:
    """A list field: a sentence introducing it, then its entries."""
    return LetterField(name, lead=lead)


def told(name: str, lead: str = "") -> LetterField:
    """A field the drafter writes in sentences: its own paragraphs, under no label, or after
    `lead` (msgid of the letter), marked (a), (b)… when there are several."""
    return LetterField(name, lead=lead, own=True)


def sentence(name: str, when_true: str, when_false: str) -> LetterField:
    return LetterField(name, sentences=(when_true, when_false))


def choice_sentence(name: str) -> LetterField:
    """An enum field whose choices' letter texts are whole sentences (one per answer)."""
    return LetterField(name, choice_sentence=True)


@dataclass(frozen=True)
class Choice:
    """One value of an enum of the kind, as the wizard offers it and as the letter writes it."""

    interface: str  # msgid of the interface
    letter: str  # msgid of the letter
    title: str | None = None  # msgid of the letter: the item's title when this value is chosen


@dataclass(frozen=True)
class KindSpec:
    """Everything mla-writer knows about one kind of assistance."""

    model: type[AssistanceBase]
    position: int
    """Where the kind comes in the wizard's menu, the schema and the README (`other` last)."""
    title: str  # msgid of the letter: the item's heading
    label: str  # msgid of the interface: the wizard's menu entry
    item_name: str  # msgid of the interface, may hold %(person)s: how the wizard names an item
    questions: Mapping[str, str]  # field -> msgid of the interface: the wizard's question
    letter: tuple[LetterField, ...]  # the fields in the order the letter gives them
    requirements: tuple[Requirement, ...]
    choices: Mapping[type[StrEnum], Mapping[str, Choice]] = field(default_factory=dict)
    title_field: str | None = None
    """An enum field whose value, when its `Choice` has a title, names the item instead."""
    person_fields: tuple[str, ...] = ()
    """Fields holding a person's id from the persons list (checked, written as the name)."""
    name_fields: tuple[str, ...] = ()
    """Fields holding persons' ids or names (written as names, not checked)."""
    item_name_detail: tuple[str, str] | None = None
    """(field, msgid with %(field)s): the wizard's name for an item when that field is given."""
    wizard_help: Mapping[str, str] = field(default_factory=dict)
    """field -> msgid: help replacing the field's description, which speaks of case-file syntax."""
    description_required: bool = False
    """The item is nothing but its description (the kind `other`)."""

    @property
    def key(self) -> str:
        """The kind's `type:` in a case file, e.g. `witness_statement`."""
        (value,) = typing.get_args(self.model.model_fields["type"].annotation)
        return str(value)

    @property
    def fields(self) -> list[str]:
        """The kind's own fields (those every item has left out), in model order."""
        shared = set(AssistanceBase.model_fields) | {"type"}
        return [name for name in self.model.model_fields if name not in shared]

    def choice(self, value: object) -> Choice | None:
        """The labels of an enum value of this kind, if it is one."""
        if not isinstance(value, StrEnum):
            return None
        return self.choices.get(type(value), {}).get(value.value)
