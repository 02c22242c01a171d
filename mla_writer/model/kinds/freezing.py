"""The kind `freezing`: Freeze or seize assets."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from mla_writer.i18n import L_, N_
from mla_writer.message import F_
from mla_writer.model.assistance import AssistanceBase, Order, Property
from mla_writer.model.common import Prose
from mla_writer.model.kinds.spec import E, KindSpec, W, listed, requirement, told


class Freezing(AssistanceBase):
    """Freezing or seizure of assets."""

    type: Literal["freezing"]
    property: list[Property] = []
    link_to_offence: Prose | None = None
    domestic_order: Order | None = None
    grounds: Prose | None = Field(
        default=None,
        description=N_("The grounds for the measure, where there is no domestic order yet."),
    )
    stage_of_proceedings: Prose | None = None
    management: Prose | None = Field(
        default=None,
        description=N_(
            "How the frozen assets should be managed (e.g. perishable goods, vehicles)."
        ),
    )


SPEC = KindSpec(
    model=Freezing,
    position=90,
    title=L_("Freezing or seizure of assets"),
    label=N_("Freeze or seize assets"),
    item_name=N_("freezing of assets"),
    questions={
        "property": N_("Property or asset"),
        "link_to_offence": N_("How is the property linked to the offence?"),
        "domestic_order": N_("The domestic freezing or seizure order"),
        "grounds": N_("Why are there grounds to believe the items (or the assets) are there?"),
        "stage_of_proceedings": N_("At what stage are the proceedings?"),
        "management": N_("How should the frozen assets be managed?"),
    },
    letter=(
        listed(
            "property",
            L_("The requesting authority asks that the following assets be frozen or seized:"),
        ),
        told("link_to_offence"),
        told("domestic_order"),
        told("grounds"),
        told("stage_of_proceedings"),
        told("management"),
    ),
    requirements=(
        requirement(
            "property", E, F_("Describe the assets to freeze or seize, and where they are.")
        ),
        requirement("link_to_offence", E, F_("Explain how the assets are linked to the offence.")),
        requirement(
            "domestic_order|grounds",
            E,
            F_(
                "Give the domestic freezing order (attach a certified copy) or the grounds for the measure."
            ),
        ),
        requirement("stage_of_proceedings", W, F_("Say at what stage the proceedings are.")),
    ),
)
