"""The kind `confiscation`: Confiscate property (enforce a confiscation order)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from mla_writer.i18n import L_, N_
from mla_writer.message import F_
from mla_writer.model.assistance import AssistanceBase, Order, Property
from mla_writer.model.common import Prose
from mla_writer.model.kinds.spec import E, KindSpec, listed, requirement, told


class Confiscation(AssistanceBase):
    type: Literal["confiscation"]
    property: list[Property] = []
    link_to_offence: Prose | None = None
    order: Order | None = None
    enforcement: Prose | None = Field(
        default=None,
        description=N_(
            "What is asked: enforcement of the order, sharing or return of the proceeds."
        ),
    )


SPEC = KindSpec(
    model=Confiscation,
    position=100,
    title=L_("Confiscation"),
    label=N_("Confiscate property (enforce a confiscation order)"),
    item_name=N_("confiscation"),
    questions={
        "property": N_("Property or asset"),
        "link_to_offence": N_("How is the property linked to the offence?"),
        "order": N_("The confiscation order"),
        "enforcement": N_(
            "What is asked: enforcement of the order, sharing or return of proceeds?"
        ),
    },
    letter=(
        listed(
            "property",
            L_("The requesting authority asks that the following property be confiscated:"),
        ),
        told("link_to_offence"),
        told("order"),
        told("enforcement"),
    ),
    requirements=(
        requirement("property", E, F_("Describe the property to confiscate, and where it is.")),
        requirement(
            "order",
            E,
            F_("Give the confiscation order (court, date, reference; attach a certified copy)."),
        ),
        requirement("link_to_offence", E, F_("Explain how the property is linked to the offence.")),
    ),
)
