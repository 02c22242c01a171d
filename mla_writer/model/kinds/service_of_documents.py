"""The kind `service_of_documents`: Serve documents on a person."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from mla_writer.i18n import L_, N_
from mla_writer.message import F_
from mla_writer.model.assistance import AssistanceBase
from mla_writer.model.common import ShortProse, ShortText, Text
from mla_writer.model.dates import Schedule
from mla_writer.model.kinds.spec import E, KindSpec, W, listed, requirement, says


class ServiceOfDocuments(AssistanceBase):
    type: Literal["service_of_documents"]
    recipient: ShortText | None = Field(
        default=None, description=N_("The id of the person in `persons`.")
    )
    address: Text | None = None
    documents: list[ShortProse] = []
    proof_of_service: ShortProse | None = Field(
        default=None,
        description=N_(
            "The proof wanted, e.g. a receipt signed by the recipient or a certificate of service."
        ),
    )
    appearance_date: Schedule | None = Field(
        default=None,
        description=N_(
            "If the documents summon the person to appear: the date of the hearing. Some States want a\nsummons to an accused person served a set time before it (e.g. 50 days, art. 7(3) ETS 30)."
        ),
    )


SPEC = KindSpec(
    model=ServiceOfDocuments,
    position=30,
    title=L_("Service of documents"),
    label=N_("Serve documents on a person"),
    item_name=N_("service of documents on %(person)s"),
    questions={
        "recipient": N_("Who is to be served?"),
        "address": N_("Address for service"),
        "documents": N_("Document to serve"),
        "proof_of_service": N_("What proof of service do you need?"),
        "appearance_date": N_("If the documents summon the person: the date of appearance"),
    },
    letter=(
        says(
            "recipient",
            L_("The requesting authority asks that the documents be served on %(value)s."),
        ),
        says("address", L_("Service may be effected at %(value)s.")),
        listed("documents", L_("The documents to be served are the following:")),
        says(
            "proof_of_service",
            L_("Proof of service is requested in the form of %(value)s."),
            noun_phrase=True,
        ),
        says("appearance_date", L_("The person is summoned to appear on %(value)s.")),
    ),
    requirements=(
        requirement(
            "recipient", E, F_("Say who is to be served: the person's id from the persons list.")
        ),
        requirement("documents", E, F_("List the documents to be served.")),
        requirement("proof_of_service", W, F_("Say what proof of service you need.")),
    ),
    person_fields=("recipient",),
    wizard_help={"recipient": ""},
)
