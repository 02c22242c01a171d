"""The kind `records_production`: Obtain bank, business, telecom or government records."""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import Field

from mla_writer.i18n import L_, N_
from mla_writer.message import F_
from mla_writer.model.assistance import AssistanceBase
from mla_writer.model.common import Prose, ShortProse, ShortText, Text
from mla_writer.model.dates import PeriodEnd, PeriodStart
from mla_writer.model.kinds.spec import (
    Choice,
    E,
    KindSpec,
    W,
    listed,
    requirement,
    says,
    sentence,
)


class RecordKind(StrEnum):
    BANK = "bank"
    BUSINESS = "business"
    TELECOM = "telecom"
    GOVERNMENT = "government"
    REGISTRY = "registry"
    """An extract from a public register (companies, land, vehicles): it has no period."""
    OTHER = "other"


class RecordsProduction(AssistanceBase):
    """Production of bank, business, telecom or government records."""

    type: Literal["records_production"]
    record_kind: RecordKind | None = None
    institution: Text | None = None
    identifiers: list[ShortText] = Field(
        default=[], description=N_("Account numbers, IBANs, subscriber numbers, file numbers.")
    )
    holders: list[ShortText] = Field(
        default=[], description=N_("Account holders: persons' ids or names.")
    )
    period_from: PeriodStart | None = None
    period_to: PeriodEnd | None = None
    record_types: list[ShortProse] = Field(
        default=[],
        description=N_("e.g. account-opening documents, statements, transfer orders, KYC files."),
    )
    certification: Prose | None = Field(
        default=None,
        description=N_(
            "How the records should be certified (e.g. a certificate of authenticity by the custodian)."
        ),
    )
    no_disclosure_to_customer: bool | None = None


SPEC = KindSpec(
    model=RecordsProduction,
    position=50,
    title=L_("Production of records"),
    label=N_("Obtain bank, business, telecom or government records"),
    item_name=N_("records"),
    questions={
        "record_kind": N_("What kind of records?"),
        "institution": N_("Which bank, company or office holds them (name and branch)?"),
        "identifiers": N_("Account number, IBAN or other identifier"),
        "holders": N_("Holder (a person's name)"),
        "period_from": N_("Period covered"),
        "period_to": N_("Period covered: its last day"),
        "record_types": N_("Kind of record sought"),
        "certification": N_("How should the records be certified?"),
        "no_disclosure_to_customer": N_("Must the customer not be told of the request?"),
    },
    letter=(
        says("institution", L_("The records are held by %(value)s.")),
        says("record_kind", L_("The records sought are %(value)s.")),
        says("identifiers", L_("The records relate to %(value)s.")),
        says("holders", L_("They are held in the name of %(value)s.")),
        says("period_from", L_("The request covers the period %(value)s.")),
        listed("record_types", L_("The following records are requested:")),
        says("certification", L_("The records should be provided as %(value)s."), noun_phrase=True),
        sentence(
            "no_disclosure_to_customer",
            L_(
                "The institution should be asked not to disclose the request or its execution to the customer or to any third party."
            ),
            L_("The customer may be informed of the request."),
        ),
    ),
    requirements=(
        requirement(
            "institution", E, F_("Name the bank, company or office that holds the records.")
        ),
        requirement(
            "identifiers|holders",
            E,
            F_("Give the account or other identifiers, or the holders, of the records sought."),
        ),
        requirement(
            "record_types", W, F_("List the kinds of record sought (statements, KYC files...).")
        ),
        requirement("certification", W, F_("Say how the records should be certified.")),
    ),
    choices={
        RecordKind: {
            "bank": Choice(
                N_("Bank records"), L_("bank records"), title=L_("Production of bank records")
            ),
            "business": Choice(
                N_("Business records"),
                L_("business records"),
                title=L_("Production of business records"),
            ),
            "telecom": Choice(
                N_("Telecommunications records"),
                L_("telecommunications records"),
                title=L_("Production of telecommunications records"),
            ),
            "government": Choice(
                N_("Government records"),
                L_("government records"),
                title=L_("Production of government records"),
            ),
            "registry": Choice(
                N_("Extract from a public register (companies, land, vehicles)"),
                L_("extract from a public register"),
                title=L_("Extract from a public register"),
            ),
            "other": Choice(N_("Other records"), L_("other records")),
        },
    },
    title_field="record_kind",
    name_fields=("holders",),
    item_name_detail=("institution", N_("records of %(institution)s")),
    wizard_help={
        "identifiers": "",
        "holders": N_("Their names, as in the persons list if they are there."),
    },
)
