"""The kind `data_preservation`: Preserve stored computer data quickly (before it is deleted)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from mla_writer.i18n import L_, N_
from mla_writer.message import F_
from mla_writer.model.assistance import AssistanceBase, DataIdentifier
from mla_writer.model.common import Prose, ShortProse, Text
from mla_writer.model.dates import PeriodEnd, PeriodStart
from mla_writer.model.kinds.spec import E, KindSpec, listed, requirement, says, sentence, told


class DataPreservation(AssistanceBase):
    """Expedited preservation of stored computer data (Budapest Convention art. 29)."""

    type: Literal["data_preservation"]
    provider: Text | None = None
    identifiers: list[DataIdentifier] = []
    data_categories: list[ShortProse] = []
    period_from: PeriodStart | None = None
    period_to: PeriodEnd | None = None
    necessity: Prose | None = Field(
        default=None, description=N_("Why the data may be lost or altered without preservation.")
    )
    follow_up_request: bool | None = Field(
        default=None, description=N_("Whether a request for production will follow.")
    )


SPEC = KindSpec(
    model=DataPreservation,
    position=130,
    title=L_("Expedited preservation of stored computer data"),
    label=N_("Preserve stored computer data quickly (before it is deleted)"),
    item_name=N_("preservation of data"),
    questions={
        "provider": N_("Which service provider or custodian holds the data?"),
        "identifiers": N_("Account number, IBAN or other identifier"),
        "data_categories": N_("Category of data (subscriber information, traffic data, content)"),
        "period_from": N_("Period covered"),
        "period_to": N_("Period covered: its last day"),
        "necessity": N_("Why may the data be lost or altered without preservation?"),
        "follow_up_request": N_("Will a request for production of the data follow?"),
    },
    letter=(
        says("provider", L_("The data are held by %(value)s.")),
        listed("identifiers", L_("The data relate to the following identifiers:")),
        listed("data_categories", L_("The following data should be preserved:")),
        says("period_from", L_("The request covers the period %(value)s.")),
        told("necessity"),
        sentence(
            "follow_up_request",
            L_("A request for the production of the preserved data will follow."),
            L_("No request for the production of the data is planned at this stage."),
        ),
    ),
    requirements=(
        requirement("provider", E, F_("Name the service provider or custodian of the data.")),
        requirement(
            "identifiers",
            E,
            F_("Give the accounts, addresses or numbers whose data is to be preserved."),
        ),
        requirement("data_categories", E, F_("Say which categories of data are to be preserved.")),
        requirement("necessity", E, F_("Explain why the data may be lost without preservation.")),
    ),
    wizard_help={"identifiers": ""},
)
