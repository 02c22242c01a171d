"""The kind `search_and_seizure`: Search premises, a person or a vehicle and seize items."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from mla_writer.i18n import L_, N_
from mla_writer.message import F_
from mla_writer.model.assistance import AssistanceBase
from mla_writer.model.common import Prose
from mla_writer.model.kinds.spec import E, KindSpec, W, listed, requirement, says, told


class SearchAndSeizure(AssistanceBase):
    type: Literal["search_and_seizure"]
    premises: Prose | None = Field(
        default=None,
        description=N_("The premises (or person or vehicle) to search, with the precise address."),
    )
    items_sought: list[Prose] = []
    grounds: Prose | None = Field(
        default=None, description=N_("Why there are grounds to believe the items are there.")
    )
    handling: Prose | None = Field(
        default=None,
        description=N_("Handling of what is seized: sealing, inventory, chain of custody."),
    )
    return_of_items: Prose | None = None
    conditions: Prose | None = Field(
        default=None,
        description=N_(
            "How the requested State's conditions for search and seizure are met, where it has declared\nany (art. 5 of the 1959 Convention: the offence is punishable under both laws, extraditable,\nand the measure consistent with its law)."
        ),
    )


SPEC = KindSpec(
    model=SearchAndSeizure,
    position=40,
    title=L_("Search and seizure"),
    label=N_("Search premises, a person or a vehicle and seize items"),
    item_name=N_("search and seizure"),
    questions={
        "premises": N_("Premises, person or vehicle to search, with the precise address"),
        "items_sought": N_("Item sought"),
        "grounds": N_("Why are there grounds to believe the items (or the assets) are there?"),
        "handling": N_(
            "How should seized items be handled (sealing, inventory, chain of custody)?"
        ),
        "return_of_items": N_("What should happen to the items afterwards (return, transfer)?"),
        "conditions": N_(
            "If the requested State attaches conditions to search and seizure: how they are met (e.g. the offence is punishable under both laws and extraditable)"
        ),
    },
    letter=(
        says(
            "premises",
            L_("The requesting authority asks that %(value)s be searched."),
            noun_phrase=True,
        ),
        listed("items_sought", L_("The following items are sought:")),
        told("grounds"),
        told("handling"),
        told("return_of_items"),
        told("conditions"),
    ),
    requirements=(
        requirement(
            "premises",
            E,
            F_("Give the premises, person or vehicle to search, with the precise address."),
        ),
        requirement("items_sought", E, F_("List the items sought.")),
        requirement(
            "grounds", E, F_("Explain why there are grounds to believe the items are there.")
        ),
        requirement(
            "handling", W, F_("Say how seized items should be handled (sealing, chain of custody).")
        ),
    ),
)
