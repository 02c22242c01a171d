"""The kind `locate_person`: Locate or identify a person."""

from __future__ import annotations

from typing import Literal

from mla_writer.i18n import L_, N_
from mla_writer.message import F_
from mla_writer.model.assistance import AssistanceBase
from mla_writer.model.common import Prose, ShortText
from mla_writer.model.kinds.spec import E, KindSpec, W, requirement, says, told


class LocatePerson(AssistanceBase):
    """Locating or identifying a person."""

    type: Literal["locate_person"]
    person: ShortText | None = None
    last_known_whereabouts: Prose | None = None


SPEC = KindSpec(
    model=LocatePerson,
    position=160,
    title=L_("Locating or identifying a person"),
    label=N_("Locate or identify a person"),
    item_name=N_("locating %(person)s"),
    questions={
        "person": N_("Who is concerned?"),
        "last_known_whereabouts": N_("Last known whereabouts"),
    },
    letter=(
        says(
            "person", L_("The requesting authority asks that %(value)s be located or identified.")
        ),
        told("last_known_whereabouts"),
    ),
    requirements=(
        requirement("person", E, F_("Say whom to locate: the person's id from the persons list.")),
        requirement("last_known_whereabouts", W, F_("Give the person's last known whereabouts.")),
    ),
    person_fields=("person",),
    wizard_help={"person": ""},
)
