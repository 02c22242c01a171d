"""The kind `temporary_transfer`: Temporarily transfer a detained person."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, Field

from mla_writer.i18n import L_, N_
from mla_writer.message import F_
from mla_writer.model.assistance import AssistanceBase
from mla_writer.model.common import Prose, ShortText
from mla_writer.model.dates import Schedule
from mla_writer.model.kinds.spec import (
    Choice,
    E,
    KindSpec,
    W,
    choice_sentence,
    requirement,
    says,
    sentence,
    told,
)


# The detained person's consent (UNTOC 18(10)(a)): given, to be obtained by the requested State
# before the transfer, or refused.
class TransferConsent(StrEnum):
    GIVEN = "given"
    TO_BE_OBTAINED = "to_be_obtained"
    REFUSED = "refused"


def _consent_from_yes_no(value: Any) -> Any:
    """`consent: true` / `false`, as case files wrote it before the three answers."""
    if value is True:
        return TransferConsent.GIVEN
    if value is False:
        return TransferConsent.REFUSED
    return value


class TemporaryTransfer(AssistanceBase):
    """Temporary transfer of a detained person (UNTOC 18(10)-(12))."""

    type: Literal["temporary_transfer"]
    person: ShortText | None = None
    purpose: Prose | None = None
    dates: list[Schedule] = []
    custody_and_escort: Prose | None = None
    return_undertaking: bool | None = None
    consent: Annotated[TransferConsent | None, BeforeValidator(_consent_from_yes_no)] = Field(
        default=None,
        description=N_(
            "The person's free and informed consent: given, to_be_obtained (by the requested "
            "State before the transfer) or refused; true and false still mean given and refused."
        ),
    )


SPEC = KindSpec(
    model=TemporaryTransfer,
    position=120,
    title=L_("Temporary transfer of a detained person"),
    label=N_("Temporarily transfer a detained person"),
    item_name=N_("transfer of %(person)s"),
    questions={
        "person": N_("Who is concerned?"),
        "purpose": N_("Why is this needed?"),
        "dates": N_("Date"),
        "custody_and_escort": N_("How will custody and escort be ensured?"),
        "return_undertaking": N_("Do you undertake to keep the person in custody and return them?"),
        "consent": N_("Has the person given free and informed consent?"),
    },
    letter=(
        says(
            "person", L_("The requesting authority asks for the temporary transfer of %(value)s.")
        ),
        told("purpose"),
        says("dates", L_("The transfer is foreseen on %(value)s.")),
        told("custody_and_escort"),
        choice_sentence("consent"),
        sentence(
            "return_undertaking",
            L_(
                "The requesting State undertakes to keep the person in custody and to return them as soon as the purpose of the transfer has been achieved."
            ),
            L_("No undertaking to return the person is given."),
        ),
    ),
    requirements=(
        requirement("person", E, F_("Say which detained person is to be transferred.")),
        requirement("purpose", E, F_("Say why the transfer is needed.")),
        requirement("custody_and_escort", E, F_("Say how custody and escort will be ensured.")),
        requirement("dates", W, F_("Give the dates of the transfer.")),
    ),
    choices={
        TransferConsent: {
            "given": Choice(
                N_("Given"), L_("The person has given free and informed consent to the transfer.")
            ),
            "to_be_obtained": Choice(
                N_("To be obtained by the requested State"),
                L_(
                    "The requested State is asked to obtain the person's free and informed "
                    "consent before the transfer."
                ),
            ),
            "refused": Choice(N_("Refused"), L_("The person has not consented to the transfer.")),
        },
    },
    person_fields=("person",),
    wizard_help={"person": ""},
)
