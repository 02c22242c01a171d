"""Point 10: the assistance requested, as typed items (a discriminated union on `type`).

Every item carries, besides the fields of its type, its own relevance (point 11) and the procedures
to follow (point 12). What each type must contain to be complete is in `checklist.py`.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import Field

from mla_writer.model.common import (
    CaseModel,
    Contact,
    Money,
    NoneAnswer,
    NoneWord,
    Prose,
    ShortProse,
    ShortText,
    Text,
)


class Procedure(CaseModel):
    """A formality the requested State is asked to follow, and why (point 12)."""

    requirement: Prose | None = None
    """e.g. "Hear the witness on oath and record the statement verbatim"."""
    reason: Prose | None = None
    """Why: the rule of the requesting State that makes it necessary for admissibility."""


Procedures = Annotated[list[Procedure] | NoneAnswer | None, NoneWord]


class Property(CaseModel):
    """An asset to trace, freeze, seize or confiscate."""

    description: Prose | None = None
    """e.g. "Balance of account RO49 AAAA 1B31 0075 9384 0000" or "Apartment at ..."."""
    location: Prose | None = None
    holder: ShortText | None = None
    """Who holds it: a person's id from `persons`, or a name."""
    estimated_value: Money | None = None


class Order(CaseModel):
    """A domestic order (freezing, seizure, confiscation) to be recognised or enforced."""

    authority: ShortProse | None = None
    date: dt.date | None = None
    reference: ShortText | None = None
    final: bool | None = None
    """Whether the order is final (no further appeal)."""
    annex: ShortProse | None = None
    """The annex holding the certified copy of the order."""


class DataIdentifier(CaseModel):
    """An account, address or number that identifies the data sought."""

    kind: ShortProse | None = None
    """e.g. e-mail account, IP address, telephone number, user name, URL."""
    value: ShortText | None = None
    observed_at: dt.datetime | None = None
    """For an IP address: when it was used, with its time zone (2026-03-04T10:22:00+02:00)."""

    def is_ip_address(self) -> bool:
        return bool(self.kind and "ip" in self.kind.lower().split())


class WitnessStatus(StrEnum):
    WITNESS = "witness"
    VICTIM = "victim"
    SUSPECT = "suspect"
    EXPERT = "expert"


class RecordKind(StrEnum):
    BANK = "bank"
    BUSINESS = "business"
    TELECOM = "telecom"
    GOVERNMENT = "government"
    OTHER = "other"


class AssistanceBase(CaseModel):
    """What every item of assistance has."""

    id: ShortText | None = Field(default=None, pattern=r"^[\w.-]+$")
    """An optional key for cross-references; items are numbered in the letter anyway."""
    description: Prose | None = None
    """Anything the type's fields do not capture, in specific terms."""
    relevance: Prose | None = None
    """Point 11: how this item connects to the investigation: why the evidence matters."""
    procedures: Procedures = None
    """Point 12: formalities to follow so the evidence is admissible, and why; or `none`."""


class WitnessStatement(AssistanceBase):
    """Taking evidence or a statement from a person."""

    type: Literal["witness_statement"]
    person: ShortText | None = None
    """The id of the person in `persons`."""
    status: WitnessStatus | None = None
    questions: list[Prose] = []
    subject_matter: Prose | None = None
    """The subjects to cover, if not a list of questions."""
    on_oath: bool | None = None
    rights_warning: Prose | None = None
    """For a suspect: the rights to be explained before questioning."""
    record_form: ShortProse | None = None
    """e.g. verbatim record signed by the witness; audio-video recording."""
    requesting_officials_may_question: bool | None = None


class VideoconferenceHearing(AssistanceBase):
    """Hearing a witness or expert by videoconference (UNTOC 18(18))."""

    type: Literal["videoconference_hearing"]
    person: ShortText | None = None
    why_not_in_person: Prose | None = None
    proposed_dates: list[dt.date] = []
    technical_contact: Contact | None = None
    conducted_by: ShortProse | None = None
    applicable_law: Prose | None = None
    interpretation: ShortProse | None = None
    """Which languages need interpreting, and who provides the interpreter."""


class ServiceOfDocuments(AssistanceBase):
    type: Literal["service_of_documents"]
    recipient: ShortText | None = None
    """The id of the person in `persons`."""
    address: Text | None = None
    documents: list[ShortProse] = []
    proof_of_service: ShortProse | None = None
    """The proof wanted, e.g. a receipt signed by the recipient or a certificate of service."""
    appearance_date: dt.date | None = None
    """If the documents summon the person to appear: the date of the hearing. Some States want a
    summons to an accused person served a set time before it (e.g. 50 days, art. 7(3) ETS 30)."""


class SearchAndSeizure(AssistanceBase):
    type: Literal["search_and_seizure"]
    premises: Prose | None = None
    """The premises (or person or vehicle) to search, with the precise address."""
    items_sought: list[Prose] = []
    grounds: Prose | None = None
    """Why there are grounds to believe the items are there."""
    handling: Prose | None = None
    """Handling of what is seized: sealing, inventory, chain of custody."""
    return_of_items: Prose | None = None
    conditions: Prose | None = None
    """How the requested State's conditions for search and seizure are met, where it has declared
    any (art. 5 of the 1959 Convention: the offence is punishable under both laws, extraditable,
    and the measure consistent with its law)."""


class RecordsProduction(AssistanceBase):
    """Production of bank, business, telecom or government records."""

    type: Literal["records_production"]
    record_kind: RecordKind | None = None
    institution: Text | None = None
    identifiers: list[ShortText] = []
    """Account numbers, IBANs, subscriber numbers, file numbers."""
    holders: list[ShortText] = []
    """Account holders: persons' ids or names."""
    period_from: dt.date | None = None
    period_to: dt.date | None = None
    record_types: list[ShortProse] = []
    """e.g. account-opening documents, statements, transfer orders, KYC files."""
    certification: Prose | None = None
    """How the records should be certified (e.g. a certificate of authenticity by the custodian)."""
    no_disclosure_to_customer: bool | None = None


class Examination(AssistanceBase):
    """Examination of objects or sites."""

    type: Literal["examination"]
    subject: Prose | None = None
    what_to_establish: Prose | None = None
    form_of_report: ShortProse | None = None


class ExpertEvaluation(AssistanceBase):
    type: Literal["expert_evaluation"]
    subject: Prose | None = None
    questions: list[Prose] = []
    form_of_report: ShortProse | None = None


class TracingProceeds(AssistanceBase):
    """Identifying or tracing proceeds of crime, property or instrumentalities."""

    type: Literal["tracing_proceeds"]
    property: list[Property] = []
    link_to_offence: Prose | None = None


class Freezing(AssistanceBase):
    """Freezing or seizure of assets."""

    type: Literal["freezing"]
    property: list[Property] = []
    link_to_offence: Prose | None = None
    domestic_order: Order | None = None
    grounds: Prose | None = None
    """The grounds for the measure, where there is no domestic order yet."""
    stage_of_proceedings: Prose | None = None
    management: Prose | None = None
    """How the frozen assets should be managed (e.g. perishable goods, vehicles)."""


class Confiscation(AssistanceBase):
    type: Literal["confiscation"]
    property: list[Property] = []
    link_to_offence: Prose | None = None
    order: Order | None = None
    enforcement: Prose | None = None
    """What is asked: enforcement of the order, sharing or return of the proceeds."""


class VoluntaryAppearance(AssistanceBase):
    """Facilitating the voluntary appearance of a person in the requesting State."""

    type: Literal["voluntary_appearance"]
    person: ShortText | None = None
    purpose: Prose | None = None
    dates: list[dt.date] = []
    expenses: Prose | None = None
    """Travel, accommodation and allowances, and who pays them."""
    safe_conduct: bool | None = None


class TemporaryTransfer(AssistanceBase):
    """Temporary transfer of a detained person (UNTOC 18(10)-(12))."""

    type: Literal["temporary_transfer"]
    person: ShortText | None = None
    purpose: Prose | None = None
    dates: list[dt.date] = []
    custody_and_escort: Prose | None = None
    return_undertaking: bool | None = None
    consent: bool | None = None
    """Whether the person has given their free and informed consent."""


class DataPreservation(AssistanceBase):
    """Expedited preservation of stored computer data (Budapest Convention art. 29)."""

    type: Literal["data_preservation"]
    provider: Text | None = None
    identifiers: list[DataIdentifier] = []
    data_categories: list[ShortProse] = []
    period_from: dt.date | None = None
    period_to: dt.date | None = None
    necessity: Prose | None = None
    """Why the data may be lost or altered without preservation."""
    follow_up_request: bool | None = None
    """Whether a request for production will follow."""


class StoredDataProduction(AssistanceBase):
    """Production of stored computer data."""

    type: Literal["stored_data_production"]
    provider: Text | None = None
    identifiers: list[DataIdentifier] = []
    data_categories: list[ShortProse] = []
    """subscriber information, traffic data, content."""
    period_from: dt.date | None = None
    period_to: dt.date | None = None
    preservation_reference: ShortText | None = None
    content_justification: Prose | None = None
    """Where content is sought: the facts that show it holds evidence of the offence."""


class TrafficDataRealtime(AssistanceBase):
    """Real-time collection of traffic data."""

    type: Literal["traffic_data_realtime"]
    identifiers: list[DataIdentifier] = []
    duration: ShortProse | None = None
    legal_threshold: Prose | None = None
    """Why the legal threshold for the measure is met."""


class LocatePerson(AssistanceBase):
    """Locating or identifying a person."""

    type: Literal["locate_person"]
    person: ShortText | None = None
    last_known_whereabouts: Prose | None = None


class OtherAssistance(AssistanceBase):
    """Any other assistance not contrary to the requested State's law."""

    type: Literal["other"]


AssistanceItem = Annotated[
    WitnessStatement
    | VideoconferenceHearing
    | ServiceOfDocuments
    | SearchAndSeizure
    | RecordsProduction
    | Examination
    | ExpertEvaluation
    | TracingProceeds
    | Freezing
    | Confiscation
    | VoluntaryAppearance
    | TemporaryTransfer
    | DataPreservation
    | StoredDataProduction
    | TrafficDataRealtime
    | LocatePerson
    | OtherAssistance,
    Field(discriminator="type"),
]

ASSISTANCE_TYPES: dict[str, type[AssistanceBase]] = {
    cls.model_fields["type"].annotation.__args__[0]: cls  # type: ignore[union-attr]
    for cls in AssistanceBase.__subclasses__()
}

PERSON_REFERENCES = ("person", "recipient")
"""Fields of assistance items that hold a person's id."""
