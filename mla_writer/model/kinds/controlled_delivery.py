"""The kind `controlled_delivery`: letting an illicit or suspect consignment pass through, out of or
into the requested State under supervision (Second Additional Protocol to the 1959 Convention,
ETS 182 art. 18; UNTOC art. 20; 1988 Vienna Convention art. 11)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from mla_writer.i18n import L_, N_
from mla_writer.message import F_
from mla_writer.model.assistance import AssistanceBase
from mla_writer.model.common import Contact, Prose, ShortProse, ShortText
from mla_writer.model.dates import Schedule
from mla_writer.model.kinds.spec import E, KindSpec, W, requirement, says, sentence, told


class ControlledDelivery(AssistanceBase):
    """A controlled delivery of an illicit or suspect consignment (ETS 182 art. 18; UNTOC art. 20)."""

    type: Literal["controlled_delivery"]
    consignment: Prose | None = Field(
        default=None,
        description=N_("What the consignment holds, e.g. cocaine concealed in a cargo of bananas."),
    )
    quantity: ShortProse | None = None
    packaging: ShortProse | None = None
    route: Prose | None = None
    entry_point: ShortProse | None = Field(
        default=None, description=N_("Where the consignment enters the requested State.")
    )
    exit_point: ShortProse | None = Field(
        default=None,
        description=N_("Where the consignment leaves the requested State, if it does."),
    )
    dates: list[Schedule] = []
    transport: ShortProse | None = None
    persons: list[ShortText] = Field(
        default=[], description=N_("The ids, in `persons`, of the persons involved.")
    )
    surveillance: Prose | None = None
    substitution: bool | None = Field(
        default=None,
        description=N_(
            "Whether the consignment may be intercepted and allowed to continue with its original "
            "contents removed or replaced in whole or in part."
        ),
    )
    operational_contact: Contact | None = None
    necessity: Prose | None = Field(
        default=None,
        description=N_("Why a controlled delivery, rather than an immediate seizure, is needed."),
    )


SPEC = KindSpec(
    model=ControlledDelivery,
    position=165,
    title=L_("Controlled delivery"),
    label=N_("Let a consignment pass under supervision (controlled delivery)"),
    item_name=N_("controlled delivery"),
    questions={
        "consignment": N_("What does the consignment hold?"),
        "quantity": N_("In what quantity?"),
        "packaging": N_("How is it packed or concealed?"),
        "route": N_("What route will the consignment take?"),
        "entry_point": N_("Where will it enter the requested State?"),
        "exit_point": N_("Where will it leave the requested State, if it does?"),
        "dates": N_("Expected date"),
        "transport": N_("By what means of transport?"),
        "persons": N_("Person involved (their id in the persons list)"),
        "surveillance": N_("What supervision do you ask for (surveillance, tracking, escort)?"),
        "substitution": N_(
            "May the consignment be intercepted and continue with its contents removed or replaced?"
        ),
        "operational_contact": N_("Operational contact, reachable during the operation"),
        "necessity": N_("Why is a controlled delivery needed rather than an immediate seizure?"),
    },
    letter=(
        says("consignment", L_("The consignment consists of %(value)s."), noun_phrase=True),
        says("quantity", L_("Its quantity is %(value)s."), noun_phrase=True),
        says("packaging", L_("The packaging or concealment is %(value)s."), noun_phrase=True),
        says("route", L_("The expected route is %(value)s."), noun_phrase=True),
        says("entry_point", L_("It is expected to enter at %(value)s.")),
        says("exit_point", L_("It is expected to leave at %(value)s.")),
        says("dates", L_("It is expected on %(value)s.")),
        says("transport", L_("It is carried by %(value)s."), noun_phrase=True),
        says("persons", L_("The persons involved are %(value)s.")),
        told("surveillance"),
        sentence(
            "substitution",
            L_(
                "The requested State is asked to allow the consignment, once intercepted, to "
                "continue with its original contents removed or replaced in whole or in part."
            ),
            L_("The consignment should be allowed to continue with its contents intact."),
        ),
        says("operational_contact", L_("Operational arrangements may be made with %(value)s.")),
        told("necessity"),
    ),
    requirements=(
        requirement(
            "consignment",
            E,
            F_("Describe the consignment: what it holds, in what quantity and how it is packed."),
        ),
        requirement(
            "route|entry_point|exit_point",
            E,
            F_("Give the route of the consignment and where it enters or leaves the territory."),
        ),
        requirement("surveillance", E, F_("Say what supervision you ask the requested State for.")),
        requirement(
            "operational_contact",
            E,
            F_("Give an operational contact who can be reached at any time during the operation."),
        ),
        requirement(
            "necessity",
            E,
            F_("Explain why a controlled delivery is needed rather than an immediate seizure."),
        ),
        requirement("dates", W, F_("Give the expected dates of the passage.")),
        requirement("transport", W, F_("Say by what means of transport the consignment travels.")),
        requirement(
            "substitution",
            W,
            F_(
                "Say expressly whether the contents may be removed or replaced "
                "(substitution: true/false)."
            ),
        ),
        requirement(
            "persons",
            W,
            F_("Name the persons involved: their ids from the persons list."),
        ),
    ),
    person_fields=("persons",),
    wizard_help={"persons": ""},
)
