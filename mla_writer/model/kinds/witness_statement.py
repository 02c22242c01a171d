"""The kind `witness_statement`: Take a statement from a witness, victim, suspect or expert."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, Field

from mla_writer.i18n import L_, N_
from mla_writer.message import F_
from mla_writer.model.assistance import AssistanceBase
from mla_writer.model.common import CaseModel, Prose, ShortProse, ShortText
from mla_writer.model.kinds.spec import (
    Choice,
    E,
    KindSpec,
    W,
    listed,
    requirement,
    says,
    sentence,
)


class WitnessStatus(StrEnum):
    WITNESS = "witness"
    VICTIM = "victim"
    SUSPECT = "suspect"
    EXPERT = "expert"


class PersonHeard(CaseModel):
    """One of several persons heard on the same terms, with the questions for them alone."""

    person: ShortText
    """The id of the person in `persons`."""
    questions: list[Prose] = []
    """Questions for this person only, asked besides the item's own questions."""


def _plain_id(value: Any) -> Any:
    """Let a person heard be written as their id alone (`persons: [ivanova, petrov]`)."""
    return {"person": value} if isinstance(value, str) else value


class WitnessStatement(AssistanceBase):
    """Taking evidence or a statement from a person, or from several on the same terms."""

    type: Literal["witness_statement"]
    person: ShortText | None = Field(
        default=None, description=N_("The id of the person in `persons`.")
    )
    persons: list[Annotated[PersonHeard, BeforeValidator(_plain_id)]] = Field(
        default=[],
        description=N_(
            "Several persons heard on the same terms, instead of `person`: their ids, or "
            "`{person: id, questions: [...]}` for questions to one of them only."
        ),
    )
    status: WitnessStatus | None = None
    questions: list[Prose] = []
    subject_matter: Prose | None = Field(
        default=None, description=N_("The subjects to cover, if not a list of questions.")
    )
    on_oath: bool | None = None
    rights_warning: Prose | None = Field(
        default=None,
        description=N_("For a suspect: the rights to be explained before questioning."),
    )
    record_form: ShortProse | None = Field(
        default=None,
        description=N_("e.g. verbatim record signed by the witness; audio-video recording."),
    )
    requesting_officials_may_question: bool | None = None

    def person_ids(self) -> list[str]:
        """The ids of everyone the item is to hear, `person` first."""
        return ([self.person] if self.person else []) + [heard.person for heard in self.persons]


SPEC = KindSpec(
    model=WitnessStatement,
    position=10,
    title=L_("Taking of a statement"),
    label=N_("Take a statement from a witness, victim, suspect or expert"),
    item_name=N_("statement of %(person)s"),
    questions={
        "person": N_("Who is concerned?"),
        "persons": N_("Who else is to be heard on the same terms?"),
        "status": N_("In what capacity is the person to be heard?"),
        "questions": N_("Question to ask"),
        "subject_matter": N_(
            "If you give no list of questions: the subjects the statement must cover"
        ),
        "on_oath": N_("Is the person to be heard on oath?"),
        "rights_warning": N_(
            "Rights to explain before questioning (silence, counsel, interpreter...)"
        ),
        "record_form": N_("In what form should the statement be recorded?"),
        "requesting_officials_may_question": N_(
            "May your officials put questions (through the executing authority)?"
        ),
    },
    letter=(
        says("person", L_("The requesting authority asks that %(value)s be heard.")),
        says("persons", L_("The requesting authority asks that %(value)s be heard.")),
        says("status", L_("The person is to be heard in the capacity of %(value)s.")),
        says("subject_matter", L_("The hearing should cover %(value)s."), noun_phrase=True),
        listed("questions", L_("The following questions should be put:")),
        sentence(
            "on_oath",
            L_("The person should be heard on oath."),
            L_("The person need not be heard on oath."),
        ),
        says(
            "rights_warning",
            L_("Before being questioned, the person should be informed of %(value)s."),
            noun_phrase=True,
        ),
        says(
            "record_form",
            L_("The statement should be recorded in the form of %(value)s."),
            noun_phrase=True,
        ),
        sentence(
            "requesting_officials_may_question",
            L_(
                "The requesting authority asks that its officials be allowed to put questions through the executing authority."
            ),
            L_("The requesting authority does not ask to put questions itself."),
        ),
    ),
    requirements=(
        requirement(
            "person|persons",
            E,
            F_("Say who is to be heard: the person's id from the persons list."),
        ),
        requirement(
            "questions|subject_matter",
            E,
            F_("Give the questions to ask, or the subjects the statement must cover."),
        ),
        requirement(
            "on_oath",
            W,
            F_("Say expressly whether the person is to be heard on oath (on_oath: true/false)."),
            applies=lambda item: item.status is not WitnessStatus.SUSPECT,  # no oath for them
        ),
        requirement("record_form", W, F_("Say in what form the statement should be recorded.")),
    ),
    choices={
        WitnessStatus: {
            "witness": Choice(
                N_("As a witness"), L_("witness"), title=L_("Statement of a witness")
            ),
            "victim": Choice(N_("As a victim"), L_("victim"), title=L_("Statement of a victim")),
            "suspect": Choice(
                N_("As a suspect"), L_("suspect"), title=L_("Questioning of a suspect")
            ),
            "expert": Choice(N_("As an expert"), L_("expert"), title=L_("Statement of an expert")),
        },
    },
    title_field="status",
    person_fields=("person", "persons"),
    wizard_help={"person": "", "persons": ""},
)
