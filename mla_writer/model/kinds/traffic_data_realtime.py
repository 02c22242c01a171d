"""The kind `traffic_data_realtime`: Collect traffic data in real time."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from mla_writer.i18n import L_, N_
from mla_writer.message import F_
from mla_writer.model.assistance import AssistanceBase, DataIdentifier
from mla_writer.model.common import Prose, ShortProse
from mla_writer.model.kinds.spec import E, KindSpec, listed, requirement, says, told


class TrafficDataRealtime(AssistanceBase):
    """Real-time collection of traffic data."""

    type: Literal["traffic_data_realtime"]
    identifiers: list[DataIdentifier] = []
    duration: ShortProse | None = None
    legal_threshold: Prose | None = Field(
        default=None, description=N_("Why the legal threshold for the measure is met.")
    )


SPEC = KindSpec(
    model=TrafficDataRealtime,
    position=150,
    title=L_("Real-time collection of traffic data"),
    label=N_("Collect traffic data in real time"),
    item_name=N_("real-time traffic data"),
    questions={
        "identifiers": N_("Account number, IBAN or other identifier"),
        "duration": N_("For how long should the data be collected?"),
        "legal_threshold": N_("Why is the legal threshold for the measure met?"),
    },
    letter=(
        listed("identifiers", L_("The collection should cover the following identifiers:")),
        says("duration", L_("The collection is requested for %(value)s."), noun_phrase=True),
        told("legal_threshold"),
    ),
    requirements=(
        requirement("identifiers", E, F_("Give the target identifiers.")),
        requirement("duration", E, F_("Say for how long the data should be collected.")),
        requirement(
            "legal_threshold", E, F_("Explain why the legal threshold for the measure is met.")
        ),
    ),
    wizard_help={"identifiers": ""},
)
