"""The kind `voluntary_appearance`: Arrange a person's voluntary appearance in your State."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from mla_writer.i18n import L_, N_
from mla_writer.message import F_
from mla_writer.model.assistance import AssistanceBase
from mla_writer.model.common import Prose, ShortText
from mla_writer.model.dates import Schedule
from mla_writer.model.kinds.spec import E, KindSpec, W, requirement, says, sentence, told


class VoluntaryAppearance(AssistanceBase):
    """Facilitating the voluntary appearance of a person in the requesting State."""

    type: Literal["voluntary_appearance"]
    person: ShortText | None = None
    purpose: Prose | None = None
    dates: list[Schedule] = []
    expenses: Prose | None = Field(
        default=None, description=N_("Travel, accommodation and allowances, and who pays them.")
    )
    safe_conduct: bool | None = None


SPEC = KindSpec(
    model=VoluntaryAppearance,
    position=110,
    title=L_("Voluntary appearance of a person in the requesting State"),
    label=N_("Arrange a person's voluntary appearance in your State"),
    item_name=N_("appearance of %(person)s"),
    questions={
        "person": N_("Who is concerned?"),
        "purpose": N_("Why is this needed?"),
        "dates": N_("Date"),
        "expenses": N_("Travel, accommodation and allowances: who pays them?"),
        "safe_conduct": N_("Is safe conduct guaranteed?"),
    },
    letter=(
        says(
            "person",
            L_(
                "The requesting authority asks that %(value)s be invited to appear in the requesting State."
            ),
        ),
        told("purpose"),
        says("dates", L_("The appearance is foreseen on %(value)s.")),
        told("expenses"),
        sentence(
            "safe_conduct",
            L_("The person is guaranteed safe conduct for the duration of the stay."),
            L_("No safe conduct is offered."),
        ),
    ),
    requirements=(
        requirement(
            "person",
            E,
            F_("Say whose appearance is sought: the person's id from the persons list."),
        ),
        requirement("purpose", E, F_("Say why the person's appearance is needed.")),
        requirement("expenses", W, F_("Say who pays travel, accommodation and allowances.")),
        requirement("safe_conduct", W, F_("Say whether safe conduct is guaranteed.")),
    ),
    person_fields=("person",),
    wizard_help={"person": ""},
)
