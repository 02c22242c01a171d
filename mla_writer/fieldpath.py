"""The path of a field in a case file (`assistance[2].procedures[1].reason`), as a type.

One path names a field everywhere: in the checklist's findings, the case-file loader's problems,
the translations kept in a case file and the XLIFF/PO ids made from them, the wizard's re-asking
and a draft letter's placeholders. Items of a list are counted from 1 in the written form, as a
lawyer counts them, and from 0 in `steps`, as Python indexes them.

Paths written in code are parsed strictly (`FieldPath.parse`) and can be checked against the
model (`FieldPath.check`), so a typo in a rule fails loudly instead of pointing nowhere; paths
that come from a user's file (`FieldPath.from_loc`) keep whatever names the file used.
"""

from __future__ import annotations

import re
import types
import typing
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Union

_NAME = r"[A-Za-z_][A-Za-z0-9_]*"
_WRITTEN = re.compile(rf"{_NAME}(\[[1-9]\d*\])*(\.{_NAME}(\[[1-9]\d*\])*)*")
_STEP = re.compile(rf"({_NAME})|\[(\d+)\]")

Step = str | int
"""A field's name, or an item's index in its list (from 0)."""


class FieldPathError(ValueError):
    """A path written in code that is malformed or names no field of the model: a bug."""


@dataclass(frozen=True)
class FieldPath:
    """A field of the case: names of fields and indexes of list items (from 0), outermost first."""

    steps: tuple[Step, ...] = ()

    # ----------------------------------------------------------------- building

    @classmethod
    def root(cls, name: str) -> FieldPath:
        """A top-level field: `FieldPath.root("assistance")`."""
        return cls().child(name)

    @classmethod
    def parse(cls, written: str) -> FieldPath:
        """`assistance[2].relevance` -> FieldPath(("assistance", 1, "relevance")); the empty
        text is the whole case. Raises FieldPathError on anything else than names and [n]."""
        if not written:
            return cls()
        if not _WRITTEN.fullmatch(written):
            raise FieldPathError(f"not a field path: {written!r}")
        return cls(
            tuple(name if name else int(index) - 1 for name, index in _STEP.findall(written))
        )

    @classmethod
    def parse_or_none(cls, written: str) -> FieldPath | None:
        """The path written in a user's file, or None if it is not one."""
        try:
            return cls.parse(written)
        except FieldPathError:
            return None

    @classmethod
    def from_loc(cls, loc: Iterable[Step]) -> FieldPath:
        """A path from pydantic's or the YAML loader's location; keys are kept as the file wrote
        them (a translation's key is itself a written path, and stays one step)."""
        return cls(tuple(loc))

    def child(self, name: str) -> FieldPath:
        """The field `name` of this one: `.child("relevance")`."""
        if not re.fullmatch(_NAME, name):
            raise FieldPathError(f"not a field name: {name!r}")
        return FieldPath((*self.steps, name))

    def item(self, number: int) -> FieldPath:
        """Item `number` of this list, counted from 1 as written: `.item(2)` is `[2]`."""
        if number < 1:
            raise FieldPathError(f"items are counted from 1, not {number}")
        return FieldPath((*self.steps, number - 1))

    def items(self, count: int) -> list[FieldPath]:
        """The paths of the first `count` items of this list, in order."""
        return [self.item(number) for number in range(1, count + 1)]

    # ----------------------------------------------------------------- reading

    def __str__(self) -> str:
        """The written form, items counted from 1: `assistance[2].procedures[1].reason`."""
        text = ""
        for step in self.steps:
            if isinstance(step, int):
                text += f"[{step + 1}]"
            else:
                text += f".{step}" if text else step
        return text

    def __bool__(self) -> bool:
        return bool(self.steps)

    @property
    def xliff_id(self) -> str:
        """The id of a translation unit (XLIFF) or the msgctxt (PO): the written form."""
        return str(self)

    def covers(self, other: FieldPath) -> bool:
        """Whether `other` is this field or lies inside it (`assistance[2]` covers
        `assistance[2].relevance`, not `assistance[20]`)."""
        return other.steps[: len(self.steps)] == self.steps

    def item_number(self, list_name: str) -> int | None:
        """The item's number (from 1) if this path starts with an item of the top-level list
        `list_name`: 2 for `assistance[2].relevance` and "assistance"."""
        if len(self.steps) >= 2 and self.steps[0] == list_name and isinstance(self.steps[1], int):
            return self.steps[1] + 1
        return None

    def listed(self) -> tuple[str, int] | None:
        """(list, item number from 1) if the path starts with an item of a top-level list."""
        if len(self.steps) >= 2 and isinstance(self.steps[0], str):
            number = self.item_number(self.steps[0])
            if number is not None:
                return self.steps[0], number
        return None

    def shape(self) -> str:
        """The written form without item numbers (`assistance[].relevance`): same field, any item."""
        return re.sub(r"\[\d+\]", "[]", str(self))

    # ----------------------------------------------------------------- checking

    def check(self, model: type[Any]) -> FieldPath:
        """This path, if every step names a field of `model` (a pydantic class) or an item of one
        of its lists; raises FieldPathError otherwise. Inside a mapping any key is accepted."""
        kinds: list[Any] = [model]
        for position, step in enumerate(self.steps):
            flat = _flatten(kinds)
            if any(_is_mapping(kind) for kind in flat):
                return self
            if isinstance(step, int):
                kinds = [arg for kind in flat if _is_list(kind) for arg in typing.get_args(kind)]
            else:
                fields = [getattr(kind, "model_fields", {}) for kind in flat]
                kinds = [named[step].annotation for named in fields if step in named]
            if not kinds:
                where = str(FieldPath(self.steps[: position + 1]))
                raise FieldPathError(f"{self}: {where!r} is not a field of {model.__name__}")
        return self


def _flatten(kinds: list[Any]) -> list[Any]:
    """The alternatives of unions, optionals and annotated types, as plain types."""
    flat: list[Any] = []
    for kind in kinds:
        origin = typing.get_origin(kind)
        if origin is typing.Annotated:
            flat.extend(_flatten([typing.get_args(kind)[0]]))
        elif origin is Union or origin is types.UnionType:
            flat.extend(_flatten(list(typing.get_args(kind))))
        else:
            flat.append(kind)
    return flat


def _is_list(kind: Any) -> bool:
    return typing.get_origin(kind) in (list, tuple)


def _is_mapping(kind: Any) -> bool:
    return typing.get_origin(kind) is dict or kind is dict
