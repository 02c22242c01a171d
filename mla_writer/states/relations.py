"""How instruments relate to each other, and the bilateral treaties between States: dated data.

`relations.yaml` beside this file holds, with a source for each: the precedence rules the
legal-basis proposal applies (one instrument displacing another between parties to both, a
later one prevailing, one cited as a supplementary basis) and the bilateral treaties linking
two States. Its `data_version` dates the whole State data set (profiles included); the changes
are listed in `CHANGELOG.md` beside the profiles.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from functools import cache
from importlib import resources
from typing import Annotated

from pydantic import BeforeValidator, Field, ValidationError

from mla_writer.errors import CaseFileError
from mla_writer.instruments import KNOWN_INSTRUMENTS
from mla_writer.model.common import CaseModel, ShortText, StateCode, Text
from mla_writer.states.model import Fact, instrument_code
from mla_writer.validation import validation_problems
from mla_writer.yamlfile import parse_yaml

BILATERAL = "BILATERAL"
"""In a precedence rule: any bilateral treaty between the two States."""


class RuleKind(StrEnum):
    DISPLACES = "displaces"
    """Between parties to both, the later instrument replaces the earlier ones: cite the later."""
    SUPPLEMENTS = "supplements"
    """The instrument is cited beside the main basis, as a supplementary basis."""


def _rule_code(value: object) -> object:
    return value if value == BILATERAL else instrument_code(value)


RuleCode = Annotated[str, BeforeValidator(_rule_code)]
"""A known instrument code, or BILATERAL for any bilateral treaty between the two States."""


class PrecedenceRule(Fact):
    id: ShortText
    kind: RuleKind
    later: RuleCode
    """The instrument that applies (or is cited as supplementary)."""
    earlier: list[RuleCode] = []
    """The instruments it displaces or supplements (empty, for `supplements`:
    whatever the main basis is)."""
    provision: ShortText
    """Where the rule comes from, e.g. art. 120(3) of the Chișinău Convention."""
    explanation: Text
    """The rule in plain English, as the proposal explains it to the drafter."""
    only_between: list[StateCode] = []
    """The rule applies only between these States (e.g. the EU Member States bound by the EIO
    Directive); empty: between any parties to both."""


class TreatyStatus(StrEnum):
    IN_FORCE = "in_force"
    SIGNED = "signed"  # signed, not (known to be) in force: not a basis yet
    TERMINATED = "terminated"


class BilateralTreaty(Fact):
    code: Annotated[str, Field(pattern=r"^BIL_[A-Z]{2}_[A-Z]{2}_\d{4}$")]
    """BIL_<State>_<State>_<year signed>, the two codes in alphabetical order."""
    parties: Annotated[list[StateCode], Field(min_length=2, max_length=2)]
    title: ShortText
    """The English title (official where there is an English text)."""
    title_native: ShortText | None = None
    place: ShortText | None = None
    signed: dt.date
    """The date of signature, which with the parties identifies the treaty."""
    status: TreatyStatus = TreatyStatus.IN_FORCE
    in_force_since: dt.date | None = None
    covers_criminal_mla: bool = True
    """False for police co-operation agreements, which are no basis for a letter of request."""


class Relations(CaseModel):
    data_version: dt.date
    """The date of the State data set as a whole (profiles, rules and treaties)."""
    precedence: list[PrecedenceRule] = []
    bilateral: list[BilateralTreaty] = []


@cache
def relations() -> Relations:
    """The bundled rules and bilateral treaties."""
    text = resources.files("mla_writer.states").joinpath("relations.yaml").read_text("utf-8")
    data, located = parse_yaml(text)
    source = "mla_writer/states/relations.yaml"
    if located.problems:
        raise CaseFileError(source, located.problems)
    try:
        return Relations.model_validate(data)
    except ValidationError as error:
        raise CaseFileError(source, validation_problems(error, data, located, Relations)) from None


def data_version() -> dt.date:
    return relations().data_version


def bilateral_between(a: str, b: str) -> list[BilateralTreaty]:
    """Bilateral treaties between the two States that can serve as a basis today."""
    pair = {a, b}
    return [
        treaty
        for treaty in relations().bilateral
        if set(treaty.parties) == pair
        and treaty.status is TreatyStatus.IN_FORCE
        and treaty.covers_criminal_mla
    ]


def bilateral_treaty(code: str) -> BilateralTreaty | None:
    return next((t for t in relations().bilateral if t.code == code.upper()), None)


def is_known_code(code: str) -> bool:
    """An instrument code a request may cite: a known instrument or a recorded bilateral treaty."""
    return code.upper() in KNOWN_INSTRUMENTS or bilateral_treaty(code) is not None
