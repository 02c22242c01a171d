"""How an answer is typed, said with every question: "(a date, e.g. 15.02.2027; optional)".

The form follows the field's type in the model (a date, a telephone number, a State...), so a
question never needs to say it in its own words; `terminal.instruction` adds "optional" and the
default forms of one line, several lines and menus.
"""

from __future__ import annotations

import typing
from typing import Any

from pydantic import BaseModel

from mla_writer.i18n import N_, _
from mla_writer.model.common import LanguageCode, StateCode
from mla_writer.model.contact_details import PHONE_FIELDS, EmailAddress
from mla_writer.model.dates import BirthDate, Deadline, PeriodEnd, PeriodStart

LIST_FORM = N_("one entry per line; Esc, then Enter, to finish")
NAMES_FORM = N_("names or codes, separated by commas")

# By the field's type: the forms of dates first, the most particular before the general.
_FORMS: tuple[tuple[Any, str], ...] = (
    (BirthDate, N_("a date, e.g. 14.03.1975, or the year alone")),
    (Deadline, N_("a date, e.g. 15.02.2027, or a time limit, e.g. 60 days")),
    (
        PeriodStart,
        N_("the first day, e.g. 01.03.2025, or the whole period: 01.03.2025 – 30.09.2026"),
    ),
    (PeriodEnd, N_("the last day, e.g. 30.09.2026")),
    (StateCode, N_("the name of a State, or its two-letter code")),
    (LanguageCode, N_("the name of a language, or its code")),
    (EmailAddress, N_("an e-mail address")),
)
DATE_FORM = N_("a date, e.g. 15.02.2027")
PHONE_FORM = N_("a telephone number, e.g. +373 22 000 417")


def _types(annotation: Any) -> list[Any]:
    """The annotation and every type it is a union of (`PeriodStart | None`)."""
    return [annotation, *typing.get_args(annotation)]


def field_form(model: type[BaseModel] | None, name: str | int, *, is_date: bool = False) -> str:
    """How to type the field `name` of `model`, translated; "" for plain text."""
    if isinstance(name, str) and name in PHONE_FIELDS:
        return _(PHONE_FORM)
    if model is None or not isinstance(name, str) or name not in model.model_fields:
        return _(DATE_FORM) if is_date else ""
    annotation = model.model_fields[name].annotation
    types = _types(annotation)
    for kind, form in _FORMS:
        if any(kind == candidate for candidate in types):
            return _(form)
    return _(DATE_FORM) if is_date else ""
