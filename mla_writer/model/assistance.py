"""Point 10: what every item of assistance shares, and the pieces several kinds use.

Every item carries, besides the fields of its kind, its own relevance (point 11) and the procedures
to follow (point 12). The kinds themselves (their models, requirements, letter text and wizard
questions) are in `mla_writer.model.kinds`, one module each.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import re
from typing import TYPE_CHECKING, Annotated

from pydantic import Field

from mla_writer.model.common import (
    CaseModel,
    Money,
    NoneAnswer,
    NoneWithReason,
    NoneWord,
    Prose,
    ShortProse,
    ShortText,
)
from mla_writer.model.dates import PastDate


class Procedure(CaseModel):
    """A formality the requested State is asked to follow, and why (point 12)."""

    requirement: Prose | None = None
    """e.g. "Hear the witness on oath and record the statement verbatim"."""
    reason: Prose | None = None
    """Why: the rule of the requesting State that makes it necessary for admissibility."""


Procedures = Annotated[list[Procedure] | NoneWithReason | NoneAnswer | None, NoneWord]


class Property(CaseModel):
    """An asset to trace, freeze, seize or confiscate."""

    description: Prose | None = None
    """e.g. "Balance of account RO49 AAAA 1B31 0075 9384 0000" or "Apartment at ..."."""
    location: Prose | None = None
    holder: ShortText | None = None
    """Who holds it: a person's id from `persons`, or a name."""
    estimated_value: Money | None = None


class Order(CaseModel):
    """A domestic order (freezing, seizure, confiscation) to be recognised or enforced."""

    authority: ShortProse | None = None
    date: PastDate | None = None
    reference: ShortText | None = None
    final: bool | None = None
    """Whether the order is final (no further appeal)."""
    annex: ShortProse | None = None
    """The annex holding the certified copy of the order."""


# How a case file's kind of identifier says "IP address" and "a fixed one", in the languages a
# case file is written in (its free text may be typed in any letter language).
_IP_WORD = re.compile(r"(?<![^\W\d_])ip(?![^\W\d_])|адрес\s+ip|عنوان\s*ip|ip\s*地址", re.I)
_FIXED_ADDRESS_WORDS = re.compile(
    r"\b(server|server's|static|fixed|serveur|fixe|statique|servidor|fija|fijo|estática|"
    r"estático|fixo|estático|сервер\w*|статическ\w*|фиксированн\w*|постоянн\w*)\b"
    r"|خادم|ثابت|服务器|静态|固定",
    re.I,
)


def _is_ip_value(value: str | None) -> bool:
    try:
        ipaddress.ip_address((value or "").strip())
    except ValueError:
        return False
    return True


class DataIdentifier(CaseModel):
    """An account, address or number that identifies the data sought."""

    kind: ShortProse | None = None
    """e.g. e-mail account, IP address, telephone number, user name, URL."""
    value: ShortText | None = None
    observed_at: dt.datetime | None = None
    """For an IP address: when it was used, with its time zone (2026-03-04T10:22:00+02:00)."""
    fixed: bool | None = None
    """True for an address that does not change, such as a server's: it identifies its holder
    without a time of use (so does a kind such as "server IP address" or "static IP address")."""

    def is_ip_address(self) -> bool:
        """Said so in any language ("IP address", "IP-адрес", "adresse IP"), or a value that is
        one (192.0.2.14, 2001:db8::1)."""
        return bool(self.kind and _IP_WORD.search(self.kind)) or _is_ip_value(self.value)

    def needs_time_of_use(self) -> bool:
        """An IP address that may be shared or reassigned: only a time of use tells who had it."""
        fixed_kind = bool(self.kind and _FIXED_ADDRESS_WORDS.search(self.kind))
        return self.is_ip_address() and not self.fixed and not fixed_kind


class AssistanceBase(CaseModel):
    """What every item of assistance has."""

    id: ShortText | None = Field(default=None, pattern=r"^[\w.-]+$")
    """An optional key for cross-references; items are numbered in the letter anyway."""
    description: Prose | None = None
    """Anything else the requested State needs to know to carry out this item, in specific
    terms."""
    executing_authority: ShortProse | None = None
    """The authority of the requested State you understand to be competent for this item, as a
    suggestion, e.g. "the Public Prosecutor's Office of Istanbul"."""
    relevance: Prose | None = None
    """Point 11: how this item connects to the investigation: why the evidence matters."""
    procedures: Procedures = None
    """Point 12: formalities to follow so the evidence is admissible, and why; or `none`."""

    if TYPE_CHECKING:
        # Each kind declares `type` as its own Literal (the union's discriminator); declaring it
        # here for pydantic would put it first in every kind's schema.
        type: str
