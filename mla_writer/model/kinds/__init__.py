"""The kinds of assistance (point 10), one module each: the registry every other part reads.

A module of this package that defines `SPEC` (a `KindSpec`) is a kind: its model joins the case
file's discriminated union (and so `mla schema`), its requirements the checklist, its sentences the
letter, its label and questions the wizard's "add an item" menu. Adding a kind is adding a module
and translating its messages; `tests/test_kinds.py` proves each one complete.
"""

from __future__ import annotations

import importlib
import pkgutil
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, Union

from pydantic import Field

from mla_writer.model.assistance import AssistanceBase
from mla_writer.model.kinds.spec import Choice, KindSpec


def _discover() -> dict[str, KindSpec]:
    specs = []
    for module in pkgutil.iter_modules(__path__):
        found = getattr(importlib.import_module(f"{__name__}.{module.name}"), "SPEC", None)
        if isinstance(found, KindSpec):
            specs.append(found)
    return {spec.key: spec for spec in sorted(specs, key=lambda spec: spec.position)}


KINDS: dict[str, KindSpec] = _discover()
"""Every kind of assistance by its `type:`, in menu order."""

ASSISTANCE_TYPES: dict[str, type[AssistanceBase]] = {key: spec.model for key, spec in KINDS.items()}

_BY_MODEL: dict[type[AssistanceBase], KindSpec] = {spec.model: spec for spec in KINDS.values()}

if TYPE_CHECKING:
    AssistanceItem = AssistanceBase
else:
    AssistanceItem = Annotated[
        Union[tuple(ASSISTANCE_TYPES.values())],  # noqa: UP007 - built from the registry
        Field(discriminator="type"),
    ]


def spec_of(item: AssistanceBase) -> KindSpec:
    """The spec of an item of assistance."""
    return _BY_MODEL[type(item)]


def enum_choices(enum: type[StrEnum]) -> dict[str, Choice]:
    """The labels of an enum used by a kind (empty for any other enum)."""
    for spec in KINDS.values():
        if enum in spec.choices:
            return dict(spec.choices[enum])
    return {}


def letter_label(value: StrEnum) -> str:
    """The letter's msgid for an enum value of a kind (the value itself if it has none)."""
    choice = enum_choices(type(value)).get(value.value)
    return choice.letter if choice else value.value
