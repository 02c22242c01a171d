"""Who asks, who conducts the proceedings, who receives: points 1, 2, 3 and 13."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from mla_writer.model.common import (
    Authority,
    CaseModel,
    Contact,
    Name,
    NoneAnswer,
    NoneWithReason,
    NoneWord,
    Prose,
    ShortProse,
    ShortText,
)
from mla_writer.model.dates import Deadline, PastDate
from mla_writer.model.persons import Sex


class ProceedingsNature(StrEnum):
    INVESTIGATION = "investigation"
    PROSECUTION = "prosecution"
    JUDICIAL_PROCEEDINGS = "judicial_proceedings"


class Proceedings(CaseModel):
    """The investigation, prosecution or proceedings the request serves (UNTOC 18(15)(b))."""

    nature: ProceedingsNature | None = None
    reference: ShortText | None = None
    """The case number of the proceedings, e.g. "Criminal case no. 2026/0417"."""
    subject: Prose | None = None
    """What the proceedings are about, in one sentence."""
    stage: Prose | None = None
    """Where the proceedings stand, e.g. "pre-trial investigation; two suspects charged"."""
    opened: PastDate | None = None
    """The date the proceedings were opened (the case registered or the investigation begun)."""


class Identification(CaseModel):
    """Point 1: the requesting, transmitting and proceeding authorities with contact particulars."""

    requesting_authority: Authority | None = None
    """The office presenting the request."""
    transmitting_authority: Authority | None = None
    """The central authority transmitting it, if different."""
    proceeding_authority: Authority | None = None
    """The authority conducting the investigation, prosecution or proceedings."""
    proceedings: Proceedings | None = None
    contacts: list[Contact] = []
    """Further people to contact (case officer, investigator)."""
    contact_inappropriate: Prose | None = None
    """Why the officer, prosecutor or judge is not named, if naming them is inappropriate."""


class PriorContact(CaseModel):
    date: PastDate | None = None
    between: Prose | None = None
    """Who was in contact, on both sides."""
    means: ShortProse | None = None
    """e.g. telephone, e-mail, meeting, liaison magistrate."""
    summary: Prose | None = None
    """What was discussed or agreed."""


PriorContacts = Annotated[list[PriorContact] | NoneWithReason | NoneAnswer | None, NoneWord]


class ChannelKind(StrEnum):
    INTERPOL = "interpol"
    DIPLOMATIC = "diplomatic"
    EUROJUST = "eurojust"
    EJN = "ejn"
    DIRECT = "direct"
    POLICE_COOPERATION = "police_cooperation"
    OTHER = "other"


class OtherChannel(CaseModel):
    channel: ChannelKind | None = None
    date: PastDate | None = None
    reference: ShortText | None = None
    details: Prose | None = None


OtherChannels = Annotated[list[OtherChannel] | NoneWithReason | NoneAnswer | None, NoneWord]


class Official(CaseModel):
    """An official or other person of the requesting State who wishes to attend execution, in
    person or from a distance."""

    name: Name | None = None
    function: ShortProse | None = None
    authority: ShortProse | None = None
    role: Prose | None = None
    """What they wish to do: observe, put questions through the executing authority..."""
    reason: Prose | None = None
    """Why their presence is needed."""
    remote: Prose | None = None
    """If they will take part from a distance rather than travel: how and from where, e.g. "by
    video link from the Prosecutor General's Office in Kyiv"."""
    costs: ShortProse | None = None
    """Who bears the costs of their participation, e.g. "the requesting State"."""


class NoOfficials(NoneWithReason):
    """No official will attend, and why: `{answer: none, reason: ...}`."""

    reason: Prose
    """Why no one will attend, e.g. "the questions are attached; the record will do"."""


Officials = Annotated[list[Official] | NoOfficials | NoneAnswer | None, NoneWord]


class Acknowledgement(CaseModel):
    """Point 4: the cover sheet with an acknowledgement of receipt."""

    include_form: bool = True
    return_to: Authority | None = None
    """Where to return the form; by default the requesting authority."""


class Urgency(CaseModel):
    """Point 5."""

    urgent: bool | None = None
    deadline: Deadline | None = None
    reason: Prose | None = None
    """Why: custody time limit, trial date, risk of loss of evidence, data retention, victims at risk."""


class Confidentiality(CaseModel):
    """Point 6."""

    required: bool | None = None
    reason: Prose | None = None
    """Why confidentiality is needed, or (with `required: false`) why it is not; either way the
    letter gives it."""
    consult_before_execution: bool = True
    """Ask the requested State to consult before executing if it cannot keep the request confidential."""


class Signatory(CaseModel):
    name: Name | None = None
    function: ShortProse | None = None
    authority: ShortProse | None = None
    sex: Sex | None = None
    """`female` or `male`, for the words that agree with the signatory in languages that have
    them (« Je soussignée », "la abajo firmante"); without it, the letter uses wording that needs
    none."""


class Annex(CaseModel):
    title: ShortProse
    description: Prose | None = None
    pages: int | None = None
