"""The kind `videoconference_hearing`: Hear a person by videoconference."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from mla_writer.i18n import L_, N_
from mla_writer.message import F_
from mla_writer.model.assistance import AssistanceBase
from mla_writer.model.common import Contact, Prose, ShortProse, ShortText
from mla_writer.model.dates import Schedule
from mla_writer.model.kinds.spec import E, KindSpec, W, listed, requirement, says, told


class VideoconferenceHearing(AssistanceBase):
    """Hearing a witness or expert by videoconference (UNTOC 18(18))."""

    type: Literal["videoconference_hearing"]
    person: ShortText | None = None
    subject_matter: Prose | None = Field(
        default=None, description=N_("The subjects the hearing is to cover.")
    )
    questions: list[Prose] = Field(
        default=[], description=N_("The questions to put, if they are known in advance.")
    )
    why_not_in_person: Prose | None = None
    proposed_dates: list[Schedule] = []
    technical_contact: Contact | None = None
    conducted_by: ShortProse | None = None
    applicable_law: Prose | None = None
    interpretation: ShortProse | None = Field(
        default=None,
        description=N_("Which languages need interpreting, and who provides the interpreter."),
    )
    oath_or_warning: ShortProse | None = Field(
        default=None,
        description=N_(
            "Whether the person is heard on oath or only warned of the duty to tell the truth, "
            "and under which State's law."
        ),
    )


SPEC = KindSpec(
    model=VideoconferenceHearing,
    position=20,
    title=L_("Hearing by videoconference"),
    label=N_("Hear a person by videoconference"),
    item_name=N_("hearing of %(person)s by videoconference"),
    questions={
        "person": N_("Who is concerned?"),
        "subject_matter": N_("Subjects the hearing is to cover"),
        "questions": N_("Question to ask"),
        "why_not_in_person": N_("Why can the person not (or should not) come in person?"),
        "proposed_dates": N_("Proposed date"),
        "technical_contact": N_("Technical contact for the video link"),
        "conducted_by": N_("Who conducts the hearing?"),
        "applicable_law": N_("Under which law is the hearing conducted?"),
        "interpretation": N_("Interpretation: which languages, and who provides the interpreter?"),
        "oath_or_warning": N_(
            "Is the person heard on oath, or only warned of the duty to tell the truth? Under "
            "which law?"
        ),
    },
    letter=(
        says(
            "person",
            L_("The requesting authority asks that %(value)s be heard by videoconference."),
        ),
        says("subject_matter", L_("The hearing should cover %(value)s."), noun_phrase=True),
        listed("questions", L_("The following questions should be put:")),
        told("why_not_in_person"),
        says("proposed_dates", L_("The hearing could take place on %(value)s.")),
        says("conducted_by", L_("The hearing would be conducted by %(value)s.")),
        told("applicable_law"),
        told("oath_or_warning"),
        told("interpretation"),
        says("technical_contact", L_("The technical arrangements may be made with %(value)s.")),
    ),
    requirements=(
        requirement(
            "person", E, F_("Say who is to be heard: the person's id from the persons list.")
        ),
        requirement(
            "why_not_in_person",
            E,
            F_("Explain why the person cannot or should not attend in person."),
        ),
        requirement("proposed_dates", W, F_("Propose dates for the hearing.")),
        requirement("technical_contact", W, F_("Give a technical contact for the video link.")),
        requirement("conducted_by", W, F_("Say who conducts the hearing.")),
        requirement(
            "oath_or_warning",
            W,
            F_(
                "Say whether the person is to be heard on oath or only warned of the duty to "
                "tell the truth, and under which law: the requested State's judge needs to know "
                "before the hearing."
            ),
        ),
        requirement(
            "interpretation",
            W,
            F_(
                "Say which languages need interpreting and who provides the interpreter, or that "
                "none is needed."
            ),
        ),
    ),
    person_fields=("person",),
    wizard_help={"person": ""},
)
