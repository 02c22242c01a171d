"""The kind `examination`: Examine objects or sites."""

from __future__ import annotations

from typing import Literal

from mla_writer.i18n import L_, N_
from mla_writer.message import F_
from mla_writer.model.assistance import AssistanceBase
from mla_writer.model.common import Prose, ShortProse
from mla_writer.model.kinds.spec import E, KindSpec, requirement, says, told


class Examination(AssistanceBase):
    """Examination of objects or sites."""

    type: Literal["examination"]
    subject: Prose | None = None
    what_to_establish: Prose | None = None
    form_of_report: ShortProse | None = None


SPEC = KindSpec(
    model=Examination,
    position=60,
    title=L_("Examination of objects or sites"),
    label=N_("Examine objects or sites"),
    item_name=N_("examination"),
    questions={
        "subject": N_("What is to be examined or evaluated?"),
        "what_to_establish": N_("What should the examination establish?"),
        "form_of_report": N_("In what form should the result be reported?"),
    },
    letter=(
        says(
            "subject",
            L_("The requesting authority asks for the examination of %(value)s."),
            noun_phrase=True,
        ),
        told("what_to_establish"),
        says(
            "form_of_report",
            L_("The results should be reported in the form of %(value)s."),
            noun_phrase=True,
        ),
    ),
    requirements=(
        requirement("subject", E, F_("Say which object or site is to be examined.")),
        requirement("what_to_establish", E, F_("Say what the examination should establish.")),
    ),
)
