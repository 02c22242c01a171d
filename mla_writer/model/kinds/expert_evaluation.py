"""The kind `expert_evaluation`: Obtain an expert evaluation."""

from __future__ import annotations

from typing import Literal

from mla_writer.i18n import L_, N_
from mla_writer.message import F_
from mla_writer.model.assistance import AssistanceBase
from mla_writer.model.common import Prose, ShortProse
from mla_writer.model.kinds.spec import E, KindSpec, listed, requirement, says


class ExpertEvaluation(AssistanceBase):
    type: Literal["expert_evaluation"]
    subject: Prose | None = None
    questions: list[Prose] = []
    form_of_report: ShortProse | None = None


SPEC = KindSpec(
    model=ExpertEvaluation,
    position=70,
    title=L_("Expert evaluation"),
    label=N_("Obtain an expert evaluation"),
    item_name=N_("expert evaluation"),
    questions={
        "subject": N_("What is to be examined or evaluated?"),
        "questions": N_("Question to ask"),
        "form_of_report": N_("In what form should the result be reported?"),
    },
    letter=(
        says(
            "subject",
            L_("The requesting authority asks for an expert evaluation of %(value)s."),
            noun_phrase=True,
        ),
        listed("questions", L_("The following questions should be put to the expert:")),
        says(
            "form_of_report",
            L_("The results should be reported in the form of %(value)s."),
            noun_phrase=True,
        ),
    ),
    requirements=(
        requirement("subject", E, F_("Say what the expert is to evaluate.")),
        requirement("questions", E, F_("Give the questions for the expert.")),
    ),
)
