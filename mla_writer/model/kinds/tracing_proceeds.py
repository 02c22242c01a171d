"""The kind `tracing_proceeds`: Identify or trace proceeds of crime or property."""

from __future__ import annotations

from typing import Literal

from mla_writer.i18n import L_, N_
from mla_writer.message import F_
from mla_writer.model.assistance import AssistanceBase, Property
from mla_writer.model.common import Prose
from mla_writer.model.kinds.spec import E, KindSpec, listed, requirement, told


class TracingProceeds(AssistanceBase):
    """Identifying or tracing proceeds of crime, property or instrumentalities."""

    type: Literal["tracing_proceeds"]
    property: list[Property] = []
    link_to_offence: Prose | None = None


SPEC = KindSpec(
    model=TracingProceeds,
    position=80,
    title=L_("Identification and tracing of proceeds of crime"),
    label=N_("Identify or trace proceeds of crime or property"),
    item_name=N_("tracing of proceeds"),
    questions={
        "property": N_("Property or asset"),
        "link_to_offence": N_("How is the property linked to the offence?"),
    },
    letter=(
        listed(
            "property",
            L_(
                "The requesting authority asks that the following property be identified and traced:"
            ),
        ),
        told("link_to_offence"),
    ),
    requirements=(
        requirement(
            "property|description", E, F_("Describe the property or proceeds to identify or trace.")
        ),
        requirement("link_to_offence", E, F_("Explain how the property is linked to the offence.")),
    ),
)
