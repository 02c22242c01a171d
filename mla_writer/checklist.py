"""THE 14-point checklist for requests for mutual legal assistance: the single source of truth.

Source: UNODC/UN.GIFT toolkit, Tool 4 "Mutual assistance requests" (the checklist), and UNTOC
article 18(15). Each point has a number, a fixed key, a title and guidance (what to write and why it
matters), a test of whether it has been answered at all, and completeness rules. A rule inspects a
request and yields findings: `error` means the request cannot go out; `warning` means it probably
should not. The wizard, `mla check`, the renderer and the docs all read the points from here.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache, partial
from typing import Any

from mla_writer.clock import check_date
from mla_writer.field_labels import label_of
from mla_writer.fieldpath import FieldPath
from mla_writer.i18n import L_, N_, _
from mla_writer.instruments import KNOWN_INSTRUMENTS
from mla_writer.message import ENGLISH, F_, INTERFACE, Message, Named, Translator
from mla_writer.model.assistance import AssistanceBase, DataIdentifier
from mla_writer.model.common import is_none_answer
from mla_writer.model.dates import CaseDate, DateForm
from mla_writer.model.kinds import spec_of
from mla_writer.model.kinds.data_preservation import DataPreservation
from mla_writer.model.kinds.records_production import RecordKind, RecordsProduction
from mla_writer.model.kinds.search_and_seizure import SearchAndSeizure
from mla_writer.model.kinds.service_of_documents import ServiceOfDocuments
from mla_writer.model.kinds.stored_data_production import StoredDataProduction
from mla_writer.model.kinds.temporary_transfer import TemporaryTransfer, TransferConsent
from mla_writer.model.kinds.witness_statement import PersonHeard, WitnessStatement
from mla_writer.model.persons import Role
from mla_writer.model.request import LetterOfRequest, Translation
from mla_writer.places import language_name, state_code
from mla_writer.severity import Severity
from mla_writer.states.model import RequirementKind, StateProfile
from mla_writer.states.proposals import common_instruments, propose_legal_basis
from mla_writer.states.relations import is_known_code
from mla_writer.suggestions import close_matches
from mla_writer.translation.fields import (
    missing_translations,
    orphan_translations,
    outdated_translations,
)


class Status(StrEnum):
    OK = "ok"
    PARTIAL = "partial"
    MISSING = "missing"


@dataclass(frozen=True)
class Finding:
    """What a rule found: where (a field path), how grave, and what to tell, kept untranslated
    (a message id and its parameters) until a surface shows it in its own language."""

    point: str
    severity: Severity
    path: FieldPath
    wording: Message
    rule: str
    label: Message | None = field(default=None, kw_only=True)
    """What the path points into, in words: "assistance item 3 (records of …)"."""
    line: int | None = field(default=None, kw_only=True)
    """The line of the field in the case file, or of its nearest parent present in it; none
    for a request that comes from no file of lines (a letter made by mla-writer)."""

    @property
    def code(self) -> str:
        """The rule's id (`assistance.type_fields`): stable, for programs reading the report."""
        return self.rule

    @property
    def field(self) -> str:
        """The path as written in reports and case files: `assistance[2].relevance`."""
        return str(self.path)

    @property
    def message_id(self) -> str:
        return self.wording.msgid

    @property
    def params(self) -> dict[str, object]:
        return dict(self.wording.params)

    def shown(self, translator: Translator) -> str:
        """The message in the translator's language (the interface's, the letter's, English)."""
        return self.wording.shown(translator)

    @property
    def message(self) -> str:
        """The message in the interface language of the moment: what the terminal shows."""
        return self.wording.shown(INTERFACE)

    def shown_label(self, translator: Translator = INTERFACE) -> str:
        """The label in the translator's language, or "" when the path has none."""
        return self.label.shown(translator) if self.label is not None else ""

    def as_dict(self) -> dict[str, Any]:
        """The finding in the JSON report: the message in English whatever the interface
        language, with the rule's code and the parameters of the message; `line` and `label`
        beside `field` when there are some."""
        data: dict[str, Any] = {"severity": self.severity.value, "field": self.field}
        if self.line is not None:
            data["line"] = self.line
        if self.label is not None:
            data["label"] = self.label.shown(ENGLISH)
        return {
            **data,
            "message": self.wording.shown(ENGLISH),
            "code": self.code,
            "params": self.wording.english_params(),
        }


@dataclass(frozen=True)
class CheckContext:
    """What the rules may know besides the request: today's date, and the States' profiles."""

    today: dt.date = field(default_factory=lambda: check_date())
    requested_profile: StateProfile | None = None
    requesting_profile: StateProfile | None = None


RuleFunction = Callable[
    [LetterOfRequest, CheckContext], Iterable[tuple[Severity, FieldPath, Message]]
]


@dataclass(frozen=True)
class Rule:
    """A completeness rule: its id (`urgency.reason`), its point, the severities its findings
    may have, and why (as a central authority sees it: an error is what makes the requested
    State refuse or return the request; anything else is a warning)."""

    id: str
    point: str
    function: RuleFunction
    severities: tuple[Severity, ...] = ()
    why: str = ""


@dataclass(frozen=True)
class Point:
    number: int
    key: str
    title: str  # msgid
    guidance: str  # msgid
    untoc: str  # the provision of UNTOC art. 18 behind it, if any
    answered: Callable[[LetterOfRequest], bool]

    @property
    def rules(self) -> list[Rule]:
        return [rule for rule in RULES if rule.point == self.key]


def _service_only(request: LetterOfRequest) -> bool:
    """UNTOC 18(15)(c): a summary of facts is not required for service of judicial documents."""
    return bool(request.assistance) and all(
        isinstance(item, ServiceOfDocuments) for item in request.assistance
    )


POINTS: tuple[Point, ...] = (
    Point(
        1,
        "identification",
        N_("Identification of the authorities and contacts"),
        N_(
            "Name the office presenting or transmitting the request and the authority conducting "
            "the investigation, prosecution or proceedings, with postal address, telephone and "
            "e-mail; unless it is inappropriate, also the investigating officer, prosecutor or "
            "judge in charge. Say what the proceedings are about and at what stage they are. The "
            "requested State needs someone to call when a question arises during execution."
        ),
        "18(15)(a), (b)",
        lambda r: r.identification is not None,
    ),
    Point(
        2,
        "prior_contact",
        N_("Prior contact"),
        N_(
            "Describe any contact between officers of the two States about this matter: who, "
            "when, how, and what was agreed. If there was none, say so explicitly (`none`). "
            "Prior contact lets the requested State link the request to work already under way."
        ),
        "",
        lambda r: r.prior_contact not in (None, []),
    ),
    Point(
        3,
        "other_channels",
        N_("Copies sent through other channels"),
        N_(
            "Say whether a copy of the request has been or is being sent through other channels "
            "(INTERPOL, diplomatic channel, Eurojust, directly to an authority), or answer "
            "`none`. This avoids the same request being executed twice or treated as a new one."
        ),
        "",
        lambda r: r.other_channels not in (None, []),
    ),
    Point(
        4,
        "acknowledgement",
        N_("Acknowledgement of receipt"),
        N_(
            "The letter opens with a cover sheet carrying an acknowledgement of receipt for the "
            "requested State to complete and return, with the address to return it to. It tells "
            "you who holds the request and under which reference."
        ),
        "",
        lambda r: r.acknowledgement.include_form,
    ),
    Point(
        5,
        "urgency",
        N_("Urgency and time limits"),
        N_(
            "Say whether the request is urgent or must be executed by a date, and why: a custody "
            "time limit, a trial date, a risk that evidence is lost, a data retention period, "
            "victims at risk. An urgency without a reason is usually ignored (UNTOC 18(24))."
        ),
        "18(24)",
        lambda r: r.urgency is not None and r.urgency.urgent is not None,
    ),
    Point(
        6,
        "confidentiality",
        N_("Confidentiality"),
        N_(
            "Say whether the request and its content must be kept confidential, and why (for "
            "instance, the suspects must not learn of the investigation). Ask the requested "
            "State to consult you before executing the request if it cannot keep it "
            "confidential (UNTOC 18(20))."
        ),
        "18(20)",
        lambda r: r.confidentiality is not None and r.confidentiality.required is not None,
    ),
    Point(
        7,
        "legal_basis",
        N_("Legal basis"),
        N_(
            "Name the bilateral treaty, multilateral convention or scheme under which you ask, "
            "with the articles relied on; where there is none, ask on the basis of reciprocity "
            "and undertake to reciprocate in a similar case."
        ),
        "",
        lambda r: (
            r.legal_basis is not None
            and (bool(r.legal_basis.instruments) or r.legal_basis.reciprocity is not None)
        ),
    ),
    Point(
        8,
        "facts",
        N_("Summary of the facts and persons concerned"),
        N_(
            "Summarise the relevant facts: what happened, when, where, who is involved, and why "
            "the evidence or person is in the requested State. Identify the alleged offenders as "
            "fully as you can (names in original script and transliteration, date of birth, "
            "nationality, documents, addresses). The facts must show an offence and the link to "
            "the requested State; they are not needed for service of documents alone."
        ),
        "18(15)(c), (e)",
        lambda r: bool(r.facts and r.facts.summary) or _service_only(r),
    ),
    Point(
        9,
        "offences",
        N_("Offences and penalties"),
        N_(
            "List each offence with the provision of the law, the maximum penalty, and the text "
            "of the law quoted (or a copy in an annex). The requested State checks dual "
            "criminality and refusal grounds against this."
        ),
        "18(15)(b)",
        lambda r: bool(r.offences),
    ),
    Point(
        10,
        "assistance",
        N_("Assistance requested"),
        N_(
            "Describe each measure you ask for in specific terms: who, what, where, which period. "
            "Ask for the result you need (the records, the statement), not for a measure by the "
            "name it has in your own law."
        ),
        "18(15)(d)",
        lambda r: bool(r.assistance),
    ),
    Point(
        11,
        "relevance",
        N_("Relevance of each item"),
        N_(
            "For each item of assistance, explain how it is connected to the investigation or "
            "proceedings: what you expect it to show and why it matters. Requests that look like "
            "fishing expeditions are refused."
        ),
        "18(15)(f)",
        lambda r: any(item.relevance for item in r.assistance),
    ),
    Point(
        12,
        "procedures",
        N_("Procedures to follow"),
        N_(
            "Say which procedures the requested State's authorities should follow so that the "
            "evidence is admissible in your courts (oath, certification, chain of custody, "
            "presence of counsel, form of the record), and why; or answer `none` for an item "
            "that needs no particular procedure (UNTOC 18(17))."
        ),
        "18(15)(d), 18(17)",
        lambda r: any(item.procedures is not None for item in r.assistance),
    ),
    Point(
        13,
        "presence_of_officials",
        N_("Presence of officials at execution"),
        N_(
            "Say whether officials or other persons of your State (investigators, prosecutors, "
            "defence counsel) wish to be present at or take part in the execution, and why; or "
            "answer `none`. The requested State must agree to it in advance."
        ),
        "",
        lambda r: r.presence_of_officials not in (None, []),
    ),
    Point(
        14,
        "language",
        N_("Language and translation"),
        N_(
            "The request must be in, or accompanied by a certified translation into, a language "
            "the requested State accepts (UNTOC 18(14)). Plain language without jargon or "
            "acronyms translates well."
        ),
        "18(14)",
        lambda r: bool(r.language.letter),
    ),
)

POINTS_BY_KEY: dict[str, Point] = {point.key: point for point in POINTS}

COST_NOTE = L_(
    "If executing the request (or several requests together) would cost the requested State "
    "substantially or extraordinarily, the two States consult on the terms and the costs."
)

# --------------------------------------------------------------------------- rules

RULES: list[Rule] = []

E, W = Severity.ERROR, Severity.WARNING
Yield = Iterator[tuple[Severity, FieldPath, Message]]
_at = cache(FieldPath.parse)  # a path written out in a rule (run_rules checks it names a field);
# paths are immutable and the rules name the same few again for every item of every case


def rule(
    point: str,
    rule_id: str,
    severity: Severity | tuple[Severity, ...] = (),
    *,
    why: str = "",
) -> Callable[[RuleFunction], RuleFunction]:
    """Register a completeness rule for a checklist point, with the severities its findings
    may have and why (the README's rule table, `tools/readme_rules.py`, is made of these)."""
    assert point in POINTS_BY_KEY, point
    severities = (severity,) if isinstance(severity, Severity) else severity

    def register(function: RuleFunction) -> RuleFunction:
        RULES.append(Rule(f"{point}.{rule_id}", point, function, severities, why))
        return function

    return register


def _items(request: LetterOfRequest) -> Iterator[tuple[FieldPath, AssistanceBase]]:
    for index, item in enumerate(request.assistance):
        yield _at("assistance").item(index + 1), item


def _given(value: object) -> bool:
    """An answer counts even when it is `false` or `0`; empty text and empty lists do not."""
    return value is not None and value != "" and value != []


def _word_count(text: str | None) -> int:
    return len(re.findall(r"\w+", text or ""))


# 1. identification ------------------------------------------------------------------------


@rule(
    "identification",
    "unanswered",
    E,
    why=(
        "Without the requesting authority the requested State cannot tell who asks, or "
        "answer: the request is returned."
    ),
)
def _identification_unanswered(r: LetterOfRequest, c: CheckContext) -> Yield:
    if r.identification is None:
        yield (
            E,
            _at("identification"),
            F_("The requesting authority and its contacts are not given."),
        )


@rule(
    "identification",
    "states",
    E,
    why=(
        "The requested and requesting States decide the legal basis, the channel and the "
        "language: a request without them cannot be routed."
    ),
)
def _states(r: LetterOfRequest, c: CheckContext) -> Yield:
    if not r.requesting_state:
        yield E, _at("requesting_state"), F_("Name the requesting State (its ISO code, e.g. MD).")
    if not r.requested_state:
        yield E, _at("requested_state"), F_("Name the requested State (its ISO code, e.g. TR).")


@rule(
    "identification",
    "requesting_authority",
    (E, W),
    why=(
        "The authority's name, and a telephone or e-mail to reach it, are required (UNTOC "
        "18(15)(a)): a request nobody can be asked about is returned. A missing postal "
        "address is a warning: results travel through the central authorities, and the "
        "requested State asks for the address rather than refusing."
    ),
)
def _requesting_authority(r: LetterOfRequest, c: CheckContext) -> Yield:
    ident = r.identification
    if ident is None:
        return
    authority = ident.requesting_authority
    if authority is None or not authority.name:
        yield (
            E,
            _at("identification.requesting_authority.name"),
            F_("Name the authority presenting the request."),
        )
        return
    if not authority.address:
        yield (
            W,
            _at("identification.requesting_authority.address"),
            F_("Give the postal address of the requesting authority."),
        )
    if not (authority.reachable() or any(contact.reachable() for contact in ident.contacts)):
        yield (
            E,
            _at("identification.requesting_authority"),
            F_(
                "Give a telephone number or e-mail address where the requested State can reach "
                "the requesting authority."
            ),
        )


@rule(
    "identification",
    "proceedings",
    E,
    why=(
        "UNTOC 18(15)(b) requires the subject matter and nature of the proceedings and the "
        "authority conducting them; without them the requested State cannot assess the "
        "request."
    ),
)
def _proceedings(r: LetterOfRequest, c: CheckContext) -> Yield:
    ident = r.identification
    if ident is None:
        return
    if ident.proceeding_authority is None or not ident.proceeding_authority.name:
        yield (
            E,
            _at("identification.proceeding_authority.name"),
            F_(
                "Name the authority conducting the investigation, prosecution or proceedings "
                "(repeat the requesting authority if it is the same)."
            ),
        )
    proceedings = ident.proceedings
    if proceedings is None or not proceedings.nature or not proceedings.subject:
        yield (
            E,
            _at("identification.proceedings"),
            F_(
                "Say what the proceedings are (investigation, prosecution or judicial "
                "proceedings) and what they are about (UNTOC 18(15)(b))."
            ),
        )


@rule(
    "identification",
    "officer",
    W,
    why=(
        "The officer in charge speeds up questions during execution, but the central "
        "authority can answer them: a warning."
    ),
)
def _officer(r: LetterOfRequest, c: CheckContext) -> Yield:
    ident = r.identification
    if ident is None or ident.contact_inappropriate:
        return
    named = [
        a.contact.name
        for a in (ident.requesting_authority, ident.proceeding_authority)
        if a and a.contact and a.contact.name
    ]
    named += [contact.name for contact in ident.contacts if contact.name]
    if not named:
        yield (
            W,
            _at("identification.contacts"),
            F_(
                "Name the prosecutor, judge or investigating officer in charge, or say why it is "
                "inappropriate (contact_inappropriate)."
            ),
        )


@rule(
    "identification",
    "addressee",
    W,
    why=(
        "mla-writer addresses the letter to the central authority; naming it is a courtesy "
        "the channel makes up for."
    ),
)
def _addressee(r: LetterOfRequest, c: CheckContext) -> Yield:
    if r.addressee is None or not r.addressee.name:
        yield (
            W,
            _at("addressee.name"),
            F_(
                "Name the addressee: the requested State's central authority for mutual legal assistance."
            ),
        )


@rule(
    "identification",
    "reference",
    W,
    why=("Your reference lets replies find the file; the requested State gives its own anyway."),
)
def _reference(r: LetterOfRequest, c: CheckContext) -> Yield:
    if not r.reference:
        yield (
            W,
            _at("reference"),
            F_("Give your reference for this request, to be quoted in all replies."),
        )


@rule(
    "identification",
    "signatory",
    E,
    why=(
        "An unsigned request, or one signed by nobody identifiable, is not a request of a "
        "competent authority: it is returned."
    ),
)
def _signatory(r: LetterOfRequest, c: CheckContext) -> Yield:
    if r.signatory is None or not r.signatory.name or not r.signatory.function:
        yield (
            E,
            _at("signatory"),
            F_("Give the name and function of the person who signs the request."),
        )


# 2-3. prior contact, other channels --------------------------------------------------------


@rule(
    "prior_contact",
    "unanswered",
    E,
    why=(
        "Every point of the UNODC checklist is answered, if only with `none`: a silent point "
        "is a question the requested State sends back."
    ),
)
def _prior_contact_unanswered(r: LetterOfRequest, c: CheckContext) -> Yield:
    if r.prior_contact is None or r.prior_contact == []:
        yield (
            E,
            _at("prior_contact"),
            F_("Say whether there was prior contact about this matter, or answer `none`."),
        )


@rule(
    "prior_contact",
    "details",
    W,
    why=(
        "Details of a prior contact help link the request to work under way; their absence "
        "delays nothing essential."
    ),
)
def _prior_contact_details(r: LetterOfRequest, c: CheckContext) -> Yield:
    if not isinstance(r.prior_contact, list):
        return
    for index, contact in enumerate(r.prior_contact):
        if not contact.date or not contact.between or not contact.summary:
            yield (
                W,
                _at("prior_contact").item(index + 1),
                F_(
                    "Say when the contact took place, between whom, and what was discussed or agreed."
                ),
            )


@rule(
    "other_channels",
    "unanswered",
    E,
    why=(
        "Every point of the UNODC checklist is answered, if only with `none`; a copy sent "
        "elsewhere and not declared risks double execution."
    ),
)
def _other_channels_unanswered(r: LetterOfRequest, c: CheckContext) -> Yield:
    if r.other_channels is None or r.other_channels == []:
        yield (
            E,
            _at("other_channels"),
            F_(
                "Say whether a copy is sent through other channels (INTERPOL, diplomatic...), or answer `none`."
            ),
        )


@rule(
    "other_channels",
    "details",
    W,
    why=(
        "Which channel a copy went through helps the requested State find it; the request "
        "stands without it."
    ),
)
def _other_channels_details(r: LetterOfRequest, c: CheckContext) -> Yield:
    if not isinstance(r.other_channels, list):
        return
    for index, channel in enumerate(r.other_channels):
        if not channel.channel:
            yield (
                W,
                _at("other_channels").item(index + 1).child("channel"),
                F_("Say which channel the copy went through."),
            )


# 4. acknowledgement ----------------------------------------------------------------------


@rule(
    "acknowledgement",
    "form",
    E,
    why=(
        "mla-writer's letters carry the acknowledgement of receipt (checklist point 4): "
        "switching it off leaves you without proof of who holds the request."
    ),
)
def _acknowledgement_form(r: LetterOfRequest, c: CheckContext) -> Yield:
    if not r.acknowledgement.include_form:
        yield (
            E,
            _at("acknowledgement.include_form"),
            F_("Include the acknowledgement-of-receipt form: set include_form to true."),
        )


@rule(
    "acknowledgement",
    "return_address",
    W,
    why=(
        "The acknowledgement can come back through the central authorities; a return address "
        "only makes it quicker."
    ),
)
def _acknowledgement_return(r: LetterOfRequest, c: CheckContext) -> Yield:
    if not r.acknowledgement.include_form:
        return
    target = r.acknowledgement.return_to or (
        r.identification.requesting_authority if r.identification else None
    )
    if target is None or not (target.address or target.email):
        yield (
            W,
            _at("acknowledgement.return_to"),
            F_("Give an address or e-mail to which the acknowledgement of receipt is returned."),
        )


# 5. urgency -------------------------------------------------------------------------------


@rule(
    "urgency",
    "unanswered",
    E,
    why=(
        "Every point of the UNODC checklist is answered: say whether the request is urgent, "
        "even if it is not."
    ),
)
def _urgency_unanswered(r: LetterOfRequest, c: CheckContext) -> Yield:
    if r.urgency is None or r.urgency.urgent is None:
        yield (
            E,
            _at("urgency.urgent"),
            F_("Say whether the request is urgent (urgent: true or false)."),
        )


@rule(
    "urgency",
    "reason",
    E,
    why=(
        "The requested State gives priority only to an urgency it can weigh (UNTOC 18(24)): "
        "an urgency or time limit without a reason is queued as an ordinary request or sent "
        "back with a question, so the time it was meant to save is lost."
    ),
)
def _urgency_reason(r: LetterOfRequest, c: CheckContext) -> Yield:
    u = r.urgency
    if u and (u.urgent or u.deadline) and not u.reason:
        yield (
            E,
            _at("urgency.reason"),
            F_(
                "Give the reason for the urgency or time limit (custody time limit, trial date, "
                "risk of loss of evidence...): without it, it is usually not honoured."
            ),
        )


@rule(
    "urgency",
    "deadline",
    W,
    why=(
        "An urgent request without a date is still executed; the date only tells the "
        "requested State by when."
    ),
)
def _urgency_deadline(r: LetterOfRequest, c: CheckContext) -> Yield:
    u = r.urgency
    if u and u.urgent and not u.deadline:
        yield W, _at("urgency.deadline"), F_("Give the date by which the assistance is needed.")


def _deadline_dates(
    r: LetterOfRequest, c: CheckContext
) -> tuple[CaseDate | None, dt.date | None, dt.date]:
    """The deadline as written, its last day (None for a time limit counted from receipt: there
    is no receipt yet, so it is printed, not compared) and the letter's date."""
    deadline = r.urgency.deadline if r.urgency else None
    return deadline, deadline.latest if deadline else None, r.date or c.today


@rule(
    "urgency",
    "deadline_past",
    E,
    why=(
        "A deadline already past on the letter's date asks for the impossible: the requested "
        "State returns the request."
    ),
)
def _urgency_deadline_past(r: LetterOfRequest, c: CheckContext) -> Yield:
    """A deadline on or before the letter's own date cannot be met."""
    deadline, due, letter_date = _deadline_dates(r, c)
    if due is not None and due <= letter_date:
        yield (
            E,
            _at("urgency.deadline"),
            F_(
                "The deadline %(deadline)s is not after the letter's date (%(date)s): set a later "
                "deadline, or remove it."
            )
            % {"deadline": str(deadline), "date": letter_date.isoformat()},
        )


@rule(
    "urgency",
    "deadline_passed_since",
    W,
    why=(
        "A deadline that has gone by since the letter was dated does not make the request "
        "unlawful: an older draft still renders, and the sender learns the date is past."
    ),
)
def _urgency_deadline_passed_since(r: LetterOfRequest, c: CheckContext) -> Yield:
    """A deadline after the letter's date that has passed since: an older draft still renders,
    and whoever sends it learns that the date has gone by."""
    deadline, due, letter_date = _deadline_dates(r, c)
    if due is not None and letter_date < due <= c.today:
        yield (
            W,
            _at("urgency.deadline"),
            F_(
                "The deadline %(deadline)s has passed since the letter's date (%(date)s): if the "
                "request has not gone out yet, set a new deadline and date the letter again."
            )
            % {"deadline": str(deadline), "date": letter_date.isoformat()},
        )


# 6. confidentiality ----------------------------------------------------------------------


@rule(
    "confidentiality",
    "unanswered",
    E,
    why=(
        "Every point of the UNODC checklist is answered: say whether the request is "
        "confidential, even if it is not."
    ),
)
def _confidentiality_unanswered(r: LetterOfRequest, c: CheckContext) -> Yield:
    if r.confidentiality is None or r.confidentiality.required is None:
        yield (
            E,
            _at("confidentiality.required"),
            F_("Say whether the request must be kept confidential (required: true or false)."),
        )


@rule(
    "confidentiality",
    "reason",
    E,
    why=(
        "Keeping a request confidential (UNTOC 18(20)) can conflict with the requested State's "
        "own duties of disclosure: its central authority weighs the reason, and without one it "
        "asks for it before executing."
    ),
)
def _confidentiality_reason(r: LetterOfRequest, c: CheckContext) -> Yield:
    conf = r.confidentiality
    if conf and conf.required and not conf.reason:
        yield (
            E,
            _at("confidentiality.reason"),
            F_("Give the reason for confidentiality (e.g. the suspects must not be alerted)."),
        )


@rule(
    "confidentiality",
    "consultation",
    W,
    why=(
        "Without the request to consult first, a State that cannot keep the secret may "
        "execute openly; the request itself is executed."
    ),
)
def _confidentiality_consultation(r: LetterOfRequest, c: CheckContext) -> Yield:
    conf = r.confidentiality
    if conf and conf.required and not conf.consult_before_execution:
        yield (
            W,
            _at("confidentiality.consult_before_execution"),
            F_(
                "Ask the requested State to consult you before execution if it cannot keep the "
                "request confidential; otherwise it may execute it openly."
            ),
        )


# 7. legal basis ---------------------------------------------------------------------------


@rule(
    "legal_basis",
    "missing",
    E,
    why=(
        "A request rests on a treaty or on reciprocity; without either, the requested State "
        "has no basis to act and returns it."
    ),
)
def _legal_basis_missing(r: LetterOfRequest, c: CheckContext) -> Yield:
    basis = r.legal_basis
    if basis is None or (not basis.instruments and not basis.reciprocity):
        yield (
            E,
            _at("legal_basis"),
            F_(
                "Name the treaty or convention the request is based on, or rely on reciprocity "
                "(reciprocity: true) and undertake to reciprocate."
            ),
        )


@rule(
    "legal_basis",
    "instruments",
    E,
    why=(
        "An instrument that cannot be identified is no legal basis: the letter could not even"
        " name it."
    ),
)
def _legal_basis_instruments(r: LetterOfRequest, c: CheckContext) -> Yield:
    if r.legal_basis is None:
        return
    for index, instrument in enumerate(r.legal_basis.instruments):
        where = _at("legal_basis.instruments").item(index + 1)
        if instrument.code and not is_known_code(instrument.code):
            close = close_matches(instrument.code.upper(), KNOWN_INSTRUMENTS)
            hint = (
                F_("did you mean %(code)s?") % {"code": close[0]}
                if close
                else F_("known codes: %(codes)s; or give the full title instead.")
                % {"codes": ", ".join(KNOWN_INSTRUMENTS)}
            )
            yield (
                E,
                where.child("code"),
                F_("Unknown instrument code “%(code)s”: %(hint)s")
                % {"code": instrument.code, "hint": hint},
            )
        elif not instrument.code and not instrument.title:
            yield E, where, F_("Give the instrument's code or its full title.")


# 8. facts and persons ---------------------------------------------------------------------


@rule(
    "facts",
    "summary",
    (E, W),
    why=(
        "UNTOC 18(15)(c) requires a summary of the facts (except for service of documents): "
        "none is an error; a very short one, a warning."
    ),
)
def _facts_summary(r: LetterOfRequest, c: CheckContext) -> Yield:
    if _service_only(r):
        return
    if not (r.facts and r.facts.summary):
        yield (
            E,
            _at("facts.summary"),
            F_(
                "Summarise the facts: what happened, when, where, who, and the link to the requested State."
            ),
        )
    elif _word_count(r.facts.summary) < 60:
        yield (
            W,
            _at("facts.summary"),
            F_(
                "The summary of facts is very short (%(words)s words). Say enough to show an "
                "offence and why the evidence is in the requested State."
            )
            % {"words": _word_count(r.facts.summary)},
        )


@rule(
    "facts",
    "offender_identified",
    W,
    why=(
        "Identifying the alleged offenders helps the requested State, but unknown offenders "
        "are common in investigations."
    ),
)
def _offender_identified(r: LetterOfRequest, c: CheckContext) -> Yield:
    if _service_only(r) or not r.persons:
        if not _service_only(r):
            yield (
                W,
                _at("persons"),
                F_(
                    "No persons concerned are listed: identify the alleged offenders as far as possible."
                ),
            )
        return
    if not any(p.role in (Role.SUSPECT, Role.ACCUSED) for p in r.persons):
        yield (
            W,
            _at("persons"),
            F_(
                "No suspect or accused is listed: identify the alleged offenders as far as possible."
            ),
        )


@rule(
    "facts",
    "person_named",
    (E, W),
    why=(
        "A person the requested State must hear, serve, locate or transfer needs a name, or "
        "it cannot act; an unknown offender mentioned in the facts may stay unnamed (a "
        "warning)."
    ),
)
def _person_named(r: LetterOfRequest, c: CheckContext) -> Yield:
    acted_upon = _persons_acted_upon(r)
    for index, person in enumerate(r.persons):
        if not (person.name or person.name_latin):
            severity = E if person.id in acted_upon else W
            yield (
                severity,
                _at("persons").item(index + 1).child("name"),
                F_("Give this person's name."),
            )


def _persons_acted_upon(request: LetterOfRequest) -> set[str]:
    """The ids of the persons an item asks the requested State to hear, serve, locate, transfer
    or summon: it must be able to find them."""
    return {
        ref for where, item in _items(request) for _path, ref in _person_references(where, item)
    }


@rule(
    "facts",
    "person_details",
    (E, W),
    why=(
        "A person the requested State must act upon needs details beyond the name (UNTOC "
        '18(15)(e)), or it cannot find them; a description in the notes ("employee of X who '
        'booked the container") lets it find them, so then, as for anyone else, it is a '
        "warning."
    ),
)
def _person_details(r: LetterOfRequest, c: CheckContext) -> Yield:
    acted_upon = _persons_acted_upon(r)
    for index, person in enumerate(r.persons):
        if person.identifying_details():
            continue
        severity = E if person.id in acted_upon and not person.notes else W
        yield (
            severity,
            _at("persons").item(index + 1),
            F_(
                "%(name)s has no identifying details beyond the name: add a date of birth, an "
                "identity document, an address, a registration number or where the person can be "
                "found (whereabouts, e.g. their employer)."
            )
            % {"name": person.display_name()},
        )


@rule(
    "facts",
    "split_address",
    W,
    why=(
        "A list in square brackets splits an address at every comma; the letter still prints "
        "every part, so the requested State can read it: a warning to join them."
    ),
)
def _split_address(r: LetterOfRequest, c: CheckContext) -> Yield:
    """`addresses: [Cahul, Republic of Moldova]` is two addresses to YAML, one to its writer."""
    for index, person in enumerate(r.persons):
        for number, address in enumerate(person.addresses, start=1):
            if number > 1 and _is_state_name(address):
                yield (
                    W,
                    _at("persons").item(index + 1).child("addresses").item(number),
                    F_(
                        "“%(part)s” alone is not an address: if it belongs with the address "
                        "before it, write them as one, in quotes (a list in square brackets is "
                        'split at every comma): "%(joined)s".'
                    )
                    % {"part": address, "joined": f"{person.addresses[number - 2]}, {address}"},
                )


def _is_state_name(text: str) -> bool:
    try:
        state_code(text)
    except ValueError:
        return False
    return len(text.strip()) > 2  # "MD" could be a part of an address; "Moldova" is not one


def _is_latin(text: str) -> bool:
    return all(not ch.isalpha() or unicodedata.name(ch, "").startswith("LATIN") for ch in text)


@rule(
    "facts",
    "transliteration",
    W,
    why=(
        "A transliteration as in the passport avoids two spellings; the original script still"
        " identifies the person."
    ),
)
def _transliteration(r: LetterOfRequest, c: CheckContext) -> Yield:
    for index, person in enumerate(r.persons):
        if person.name and not _is_latin(person.name) and not person.name_latin:
            yield (
                W,
                _at("persons").item(index + 1).child("name_latin"),
                F_(
                    "Give the transliteration of %(name)s into Latin script as in the passport, "
                    "so both States spell it the same way."
                )
                % {"name": person.name},
            )


@rule(
    "facts",
    "duplicate_person",
    E,
    why=(
        "Two persons with one id make every reference to them ambiguous: the letter would "
        "name the wrong person."
    ),
)
def _duplicate_person(r: LetterOfRequest, c: CheckContext) -> Yield:
    seen: set[str] = set()
    for index, person in enumerate(r.persons):
        if person.id in seen:
            yield (
                E,
                _at("persons").item(index + 1).child("id"),
                F_("The id “%(id)s” is used for two persons: give each its own.")
                % {"id": person.id},
            )
        seen.add(person.id)


# 9. offences -------------------------------------------------------------------------------


@rule(
    "offences",
    "missing",
    E,
    why=(
        "UNTOC 18(15)(b) and dual criminality: a request naming no offence cannot be assessed"
        " and is returned."
    ),
)
def _offences_missing(r: LetterOfRequest, c: CheckContext) -> Yield:
    if not r.offences:
        yield E, _at("offences"), F_("List the offences under investigation, with their penalties.")


@rule(
    "offences",
    "described",
    E,
    why=(
        "The provision of the law is what the requested State checks dual criminality and "
        "refusal grounds against."
    ),
)
def _offence_described(r: LetterOfRequest, c: CheckContext) -> Yield:
    for index, offence in enumerate(r.offences):
        if not offence.name or not offence.provision:
            yield (
                E,
                _at("offences").item(index + 1),
                F_("Give the offence's name and the provision of the law (article and code)."),
            )


@rule(
    "offences",
    "penalty",
    E,
    why=(
        "The maximum penalty decides thresholds (coercive measures, art. 5 ETS 30 "
        "reservations, extraditable offences): without it the request cannot be assessed."
    ),
)
def _offence_penalty(r: LetterOfRequest, c: CheckContext) -> Yield:
    for index, offence in enumerate(r.offences):
        if not offence.max_penalty:
            yield (
                E,
                _at("offences").item(index + 1).child("max_penalty"),
                F_("Give the maximum penalty for %(offence)s.")
                % {"offence": offence.name or F_("this offence")},
            )


@rule(
    "offences",
    "law_text",
    (E, W),
    why=(
        "The requested State checks dual criminality for coercive measures (search and "
        "seizure, freezing, confiscation, real-time collection, and any measure its profile "
        "names) against the text of the law: at least one offence they rest on must have its "
        "text quoted or annexed. For other offences, or requests without coercive measures, "
        "the provision and penalty suffice: a warning."
    ),
)
def _offence_law_text(r: LetterOfRequest, c: CheckContext) -> Yield:
    quoted = [bool(offence.law_text or offence.law_text_annex) for offence in r.offences]
    # Coercive measures rest on an offence whose text the requested State can read: the first
    # offence (the main one) must carry it unless another does.
    required = bool(_coercive_items(r, c)) and not any(quoted)
    for index, offence in enumerate(r.offences):
        if not quoted[index]:
            name = offence.name or F_("this offence")
            where = _at("offences").item(index + 1).child("law_text")
            if required and index == 0:
                yield (
                    E,
                    where,
                    F_(
                        "The request asks for coercive measures (%(items)s), which the requested "
                        "State grants only on the text of the law: quote it for %(offence)s, or "
                        "name the annex that holds it (law_text_annex)."
                    )
                    % {"offence": name, "items": ", ".join(map(str, _coercive_items(r, c)))},
                )
                continue
            yield (
                W,
                where,
                F_(
                    "Quote the text of the law for %(offence)s, or name the annex that holds it "
                    "(law_text_annex)."
                )
                % {"offence": name},
            )


@rule(
    "offences",
    "annex_listed",
    W,
    why=(
        "An annex named but not listed may go missing in transmission; the letter still says "
        "where the text is."
    ),
)
def _offence_annex(r: LetterOfRequest, c: CheckContext) -> Yield:
    titles = {annex.title for annex in r.annexes}
    for index, offence in enumerate(r.offences):
        if offence.law_text_annex and offence.law_text_annex not in titles:
            yield (
                W,
                _at("offences").item(index + 1).child("law_text_annex"),
                F_("The annex “%(annex)s” is not in the list of annexes.")
                % {"annex": offence.law_text_annex},
            )


# 10. assistance ---------------------------------------------------------------------------


@rule(
    "assistance",
    "missing",
    E,
    why=("A request that asks for nothing cannot be executed."),
)
def _assistance_missing(r: LetterOfRequest, c: CheckContext) -> Yield:
    if not r.assistance:
        yield E, _at("assistance"), F_("Say what assistance you request.")


@rule(
    "assistance",
    "type_fields",
    (E, W),
    why=(
        "What each kind of assistance needs to be executed (errors) or to be executed well "
        "(warnings): see the kinds' requirements below."
    ),
)
def _assistance_type_fields(r: LetterOfRequest, c: CheckContext) -> Yield:
    for where, item in _items(r):
        for requirement in spec_of(item).requirements:
            if not requirement.applies_to(item):
                continue
            if not any(_given(getattr(item, name, None)) for name in requirement.fields):
                yield (
                    requirement.severity,
                    where.child(requirement.fields[0]),
                    requirement.message,
                )


@rule(
    "assistance",
    "person_reference",
    E,
    why=("An item naming a person who is not in the persons list cannot say whom it concerns."),
)
def _person_reference(r: LetterOfRequest, c: CheckContext) -> Yield:
    ids = [person.id for person in r.persons]
    for where, item in _items(r):
        for field_path, ref in _person_references(where, item):
            if ref not in ids:
                close = close_matches(ref, ids)
                hint = (
                    F_("did you mean “%(id)s”?") % {"id": close[0]}
                    if close
                    else F_("add the person to the persons list.")
                )
                yield (
                    E,
                    field_path,
                    F_("“%(ref)s” is not the id of any person in the persons list: %(hint)s")
                    % {"ref": ref, "hint": hint},
                )


def _person_references(where: FieldPath, item: AssistanceBase) -> Iterator[tuple[FieldPath, str]]:
    """(path, person id) for every person the item names by id, as `recipient` or `persons[2]`."""
    for name in spec_of(item).person_fields:
        value = getattr(item, name, None)
        if isinstance(value, list):
            listed = where.child(name)
            for index, ref in enumerate(value, 1):
                if isinstance(ref, PersonHeard):  # several persons heard on the same terms
                    yield listed.item(index).child("person"), ref.person
                elif ref:
                    yield listed.item(index), ref
        elif value:
            yield where.child(name), value


@rule(
    "assistance",
    "suspect_rights",
    E,
    why=(
        "A suspect heard without being told of their rights gives a statement your courts may"
        " exclude, and the requested State asks which rights apply before it proceeds."
    ),
)
def _suspect_rights(r: LetterOfRequest, c: CheckContext) -> Yield:
    for where, item in _items(r):
        if not isinstance(item, WitnessStatement):
            continue
        heard = [r.person(ref) for ref in item.person_ids()]
        is_suspect = item.status == "suspect" or any(
            person is not None and person.role in (Role.SUSPECT, Role.ACCUSED) for person in heard
        )
        if is_suspect and not item.rights_warning:
            yield (
                E,
                where.child("rights_warning"),
                F_(
                    "This person is a suspect: say which rights must be explained before "
                    "questioning (silence, counsel, interpreter) under your law."
                ),
            )


@rule(
    "assistance",
    "service_address",
    E,
    why=("Documents cannot be served without an address: the request comes back unexecuted."),
)
def _service_address(r: LetterOfRequest, c: CheckContext) -> Yield:
    for where, item in _items(r):
        if not isinstance(item, ServiceOfDocuments):
            continue
        person = r.person(item.recipient) if item.recipient else None
        if not item.address and not (person and person.addresses):
            yield (
                E,
                where.child("address"),
                F_("Give the address at which the documents are to be served."),
            )


@rule(
    "assistance",
    "transfer_guarantees",
    E,
    why=(
        "A detained person is transferred only with their consent (UNTOC 18(10)(a)) and "
        "against an undertaking to return them (18(11)): consent given, or to be obtained by "
        "the requested State, answers the first; consent refused or not stated, and a missing"
        " undertaking, make the transfer impossible."
    ),
)
def _transfer_guarantees(r: LetterOfRequest, c: CheckContext) -> Yield:
    for where, item in _items(r):
        if not isinstance(item, TemporaryTransfer):
            continue
        if item.consent is None:
            yield (
                E,
                where.child("consent"),
                F_(
                    "A detained person is transferred only with their free and informed consent (UNTOC 18(10)(a)): say whether it is given or is to be obtained by the requested State (consent: given or to_be_obtained)."
                ),
            )
        elif item.consent is TransferConsent.REFUSED:
            yield (
                E,
                where.child("consent"),
                F_(
                    "The person has refused consent, and a detained person is transferred only with their free and informed consent (UNTOC 18(10)(a)): ask for a hearing by videoconference instead."
                ),
            )
        if item.return_undertaking is not True:
            yield (
                E,
                where.child("return_undertaking"),
                F_("Undertake to keep the person in custody and return them (UNTOC 18(11))."),
            )


@rule(
    "assistance",
    "ip_timestamps",
    E,
    why=(
        "A dynamic IP address identifies nobody without the date, time and time zone of its "
        "use: the provider cannot answer."
    ),
)
def _ip_timestamps(r: LetterOfRequest, c: CheckContext) -> Yield:
    for where, item in _items(r):
        for index, identifier in enumerate(getattr(item, "identifiers", []) or []):
            if not isinstance(identifier, DataIdentifier) or not identifier.needs_time_of_use():
                continue
            at = identifier.observed_at
            if at is None or at.tzinfo is None:
                yield (
                    E,
                    where.child("identifiers").item(index + 1).child("observed_at"),
                    F_(
                        "An IP address identifies nobody without the date, time and time zone of "
                        "its use: give observed_at, e.g. 2026-03-04T10:22:00+02:00."
                    ),
                )


@rule(
    "assistance",
    "preservation_follow_up",
    E,
    why=(
        "Budapest Convention art. 29(2)(f): a preservation request must state that a request "
        "for production will follow."
    ),
)
def _preservation_follow_up(r: LetterOfRequest, c: CheckContext) -> Yield:
    for where, item in _items(r):
        if isinstance(item, DataPreservation) and item.follow_up_request is not True:
            yield (
                E,
                where.child("follow_up_request"),
                F_(
                    "State that a request for production of the data will follow "
                    "(Budapest Convention art. 29(2)(f)): set follow_up_request to true."
                ),
            )


@rule(
    "assistance",
    "content_justification",
    E,
    why=(
        "Content data needs a stronger showing in most States (probable cause in the United "
        "States): without it the request is refused."
    ),
)
def _content_justification(r: LetterOfRequest, c: CheckContext) -> Yield:
    for where, item in _items(r):
        if not isinstance(item, StoredDataProduction):
            continue
        if item.asks_for_content() and not item.content_justification:
            yield (
                E,
                where.child("content_justification"),
                F_(
                    "Content data needs a stronger showing: give the specific facts showing that "
                    "the account holds evidence of the offence (content_justification)."
                ),
            )


@rule(
    "assistance",
    "period_order",
    E,
    why=("A period that ends before it starts asks for nothing."),
)
def _period_order(r: LetterOfRequest, c: CheckContext) -> Yield:
    for where, item in _items(r):
        start, end = getattr(item, "period_from", None), getattr(item, "period_to", None)
        if start is None or end is None:
            continue
        if start.form in (DateForm.RANGE, DateForm.OPEN):
            yield (
                E,
                where.child("period_to"),
                F_(
                    "The period is given twice: period_from already holds the whole period "
                    "(%(period)s). Leave period_to out, or give only the first day in period_from."
                )
                % {"period": str(start)},
            )
        elif start.earliest and end.latest and start.earliest > end.latest:
            yield E, where.child("period_to"), F_("The period ends before it starts.")


# Records that run over time: what is produced depends on the period. A register extract (a
# company, land or vehicle register) shows the register as it stands and has no period.
_RECORDS_OVER_TIME = {RecordKind.BANK, RecordKind.BUSINESS, RecordKind.TELECOM}
_RECORDS_WITHOUT_PERIOD = {RecordKind.REGISTRY}


def _period_severity(item: AssistanceBase) -> Severity | None:
    """How grave a missing period is for an item, or None if the item needs none."""
    if isinstance(item, RecordsProduction):
        if item.record_kind in _RECORDS_WITHOUT_PERIOD:
            return None
        return E if item.record_kind in _RECORDS_OVER_TIME else W
    if isinstance(item, StoredDataProduction):
        return E if item.asks_for_content() or item.asks_for_traffic() else W
    return None


@rule(
    "assistance",
    "period",
    (E, W),
    why=(
        "Bank, business (a company's transactions, customers, bookings) and telecommunications "
        "records, traffic data and content run over time: without a period the requested State "
        "cannot tell what to produce and returns the request; for other records it is a "
        "warning, and a registry extract needs none."
    ),
)
def _assistance_period(r: LetterOfRequest, c: CheckContext) -> Yield:
    """Bank, business and telecommunications records, traffic data and content run over time:
    without a period the request is returned. Other records: a warning. Registry extracts: none."""
    for where, item in _items(r):
        severity = _period_severity(item)
        start, end = getattr(item, "period_from", None), getattr(item, "period_to", None)
        if severity is None:
            continue
        if start is None:
            yield (
                severity,
                where.child("period_from"),
                F_(
                    "Give the period the records or data should cover: period_from and "
                    "period_to (a date, or “to date” for records up to the present)."
                ),
            )
        elif end is None and start.form not in (DateForm.RANGE, DateForm.OPEN):
            yield (
                severity,
                where.child("period_to"),
                F_(
                    "Say where the period ends (period_to): a date, or “to date” for records up "
                    "to the present."
                ),
            )


# 11-12. relevance, procedures -------------------------------------------------------------


@rule(
    "relevance",
    "explained",
    (E, W),
    why=(
        "UNTOC 18(15)(f): an item whose relevance is not explained looks like a fishing "
        "expedition and is refused; a very short explanation is a warning."
    ),
)
def _relevance(r: LetterOfRequest, c: CheckContext) -> Yield:
    if not r.assistance:
        yield (
            E,
            _at("assistance"),
            F_("No assistance is requested, so there is no relevance to explain."),
        )
    for where, item in _items(r):
        if not item.relevance:
            yield (
                E,
                where.child("relevance"),
                F_(
                    "Explain how this item is connected to the investigation and what it should show."
                ),
            )
        elif _word_count(item.relevance) < 8:
            yield (
                W,
                where.child("relevance"),
                F_("The relevance is very brief: say what you expect the evidence to show."),
            )


@rule(
    "procedures",
    "answered",
    E,
    why=(
        "Every item says which procedures to follow, or `none` (checklist point 12; UNTOC "
        "18(17)): a silent item leaves the requested State to guess what your courts need."
    ),
)
def _procedures(r: LetterOfRequest, c: CheckContext) -> Yield:
    if not r.assistance:
        yield (
            E,
            _at("assistance"),
            F_("No assistance is requested, so there are no procedures to state."),
        )
    for where, item in _items(r):
        if item.procedures is None or item.procedures == []:
            yield (
                E,
                where.child("procedures"),
                F_(
                    "Say which procedures should be followed for this item, and why, or answer `none`."
                ),
            )


@rule(
    "procedures",
    "reason",
    (E, W),
    why=(
        "A procedure without content cannot be followed (error); one without its reason is "
        "followed where possible, but may be set aside (UNTOC 18(17)): a warning."
    ),
)
def _procedures_reason(r: LetterOfRequest, c: CheckContext) -> Yield:
    for where, item in _items(r):
        if not isinstance(item.procedures, list):
            continue
        for index, procedure in enumerate(item.procedures):
            if not procedure.requirement:
                yield (
                    E,
                    where.child("procedures").item(index + 1).child("requirement"),
                    F_("Say what procedure to follow."),
                )
            elif not procedure.reason:
                yield (
                    W,
                    where.child("procedures").item(index + 1).child("reason"),
                    F_("Say why this procedure is needed (the rule of your law that requires it)."),
                )


@rule(
    "procedures",
    "oath_procedure",
    W,
    why=(
        "An oath is administered under the requested State's law unless you say how (ECMA "
        "1959 art. 3(2)); the hearing still takes place."
    ),
)
def _oath_procedure(r: LetterOfRequest, c: CheckContext) -> Yield:
    for where, item in _items(r):
        if isinstance(item, WitnessStatement) and item.on_oath and is_none_answer(item.procedures):
            yield (
                W,
                where.child("procedures"),
                F_(
                    "The person is to be heard on oath, yet no procedure is stated: say how the "
                    "oath should be administered and why (ECMA 1959 art. 3(2))."
                ),
            )


# 13. presence of officials ---------------------------------------------------------------


@rule(
    "presence_of_officials",
    "unanswered",
    E,
    why=(
        "Every point of the UNODC checklist is answered: say whether officials wish to "
        "attend, or `none`."
    ),
)
def _officials_unanswered(r: LetterOfRequest, c: CheckContext) -> Yield:
    if r.presence_of_officials is None or r.presence_of_officials == []:
        yield (
            E,
            _at("presence_of_officials"),
            F_(
                "Say whether officials of your State wish to attend the execution, or answer `none`."
            ),
        )


@rule(
    "presence_of_officials",
    "reason",
    W,
    why=(
        "Without a reason or a name, the requested State may refuse the officials' presence, "
        "not the request: warnings."
    ),
)
def _officials_reason(r: LetterOfRequest, c: CheckContext) -> Yield:
    if not isinstance(r.presence_of_officials, list):
        return
    for index, official in enumerate(r.presence_of_officials):
        where = _at("presence_of_officials").item(index + 1)
        if not official.reason:
            yield W, where.child("reason"), F_("Say why this official's presence is needed.")
        if not official.name and not official.function:
            yield W, where, F_("Give the official's name and function.")
        elif not official.name:
            yield W, where.child("name"), F_("Give the official's name.")
        elif not official.function:
            yield W, where.child("function"), F_("Give the official's function.")


# 14. language -----------------------------------------------------------------------------


def accepted_languages(request: LetterOfRequest, context: CheckContext) -> list[str]:
    """Languages the requested State accepts: from the case file, else from its profile."""
    if request.language.accepted_by_requested_state:
        return list(request.language.accepted_by_requested_state)
    profile = context.requested_profile
    return list(profile.accepted_languages) if profile is not None else []


@rule(
    "language",
    "accepted_against_profile",
    W,
    why=(
        "The case file's list of accepted languages wins over the State's profile (it may be "
        "newer), but a language the profile does not list is as likely a mistake: a letter in "
        "it would be returned."
    ),
)
def _accepted_against_profile(r: LetterOfRequest, c: CheckContext) -> Yield:
    profile = c.requested_profile
    written = r.language.accepted_by_requested_state
    known = list(profile.accepted_languages) if profile is not None else []
    unlisted = [code for code in written if code not in known]
    if profile is None or not known or not unlisted:
        return
    yield (
        W,
        _at("language.accepted_by_requested_state"),
        F_(
            "%(state)s's profile lists %(known)s as the languages it accepts, not %(unlisted)s: "
            "confirm with its central authority before relying on it, or remove "
            "accepted_by_requested_state to use the profile."
        )
        % {
            "state": _state_name(profile),
            "known": ", ".join(known),
            "unlisted": ", ".join(unlisted),
        },
    )


@rule(
    "language",
    "accepted",
    (E, W),
    why=(
        "A request in a language the requested State does not accept, without a translation "
        "into one it does, is returned (UNTOC 18(14)); when the accepted languages are "
        "unknown, a warning asks you to find them."
    ),
)
def _language_accepted(r: LetterOfRequest, c: CheckContext) -> Yield:
    accepted = accepted_languages(r, c)
    translation = r.language.translation
    translated_to = translation.language if isinstance(translation, Translation) else None
    if not accepted:
        yield (
            W,
            _at("language.accepted_by_requested_state"),
            F_(
                "Which languages does the requested State accept? Check its declaration under "
                "UNTOC 18(14) or ask its central authority, and list them."
            ),
        )
        return
    if r.language.letter in accepted:
        return
    if translated_to in accepted:
        return
    yield (
        E,
        _at("language.translation"),
        F_(
            "The letter is in %(letter)s, which the requested State does not accept (it accepts "
            "%(accepted)s): attach a certified translation into one of them."
        )
        % {"letter": _language(r.language.letter), "accepted": _languages(accepted)},
    )


def _language(code: str) -> Named:
    """A language as each surface names it ("French", « français »), not its code."""
    return Named(code, partial(language_name, code))


def _languages(codes: Iterable[str]) -> Named:
    listed = list(codes)
    return Named(
        ", ".join(listed),
        lambda language: ", ".join(str(language_name(code, language)) for code in listed),
    )


@rule(
    "language",
    "certified",
    W,
    why=(
        "Most States accept an uncertified translation; those that do not are checked by "
        "`language.certified_required`."
    ),
)
def _translation_certified(r: LetterOfRequest, c: CheckContext) -> Yield:
    translation = r.language.translation
    if isinstance(translation, Translation) and translation.certified is not True:
        yield (
            W,
            _at("language.translation.certified"),
            F_("The translation should be certified (certified: true)."),
        )


@rule(
    "language",
    "free_text_translated",
    (E, W),
    why=(
        "A letter in one language with free text left in another cannot be read by the "
        "requested State (error); a translation left over from a removed field is a warning."
    ),
)
def _free_text_translated(r: LetterOfRequest, c: CheckContext) -> Yield:
    """The letter's language is not the free text's, and the translations are incomplete."""
    letter, original = r.language.letter, r.language.source_language()
    missing = missing_translations(r, letter)
    outdated = outdated_translations(r, letter)
    if missing or outdated:
        fields = [*missing, *outdated]
        yield (
            E,
            _at("translations").child(letter),
            F_(
                "The letter is in %(letter)s but the free text is written in %(original)s: "
                "%(missing)s field(s) have no %(letter)s translation and %(outdated)s were "
                "translated from an earlier text (%(fields)s). Export them for a translator with "
                "`mla translate export CASE_FILE --lang %(code)s`, then bring the translation "
                "back with `mla translate import`."
            )
            % {
                "letter": Named(letter, partial(language_name, letter)),
                "original": Named(original, partial(language_name, original)),
                "missing": len(missing),
                "outdated": len(outdated),
                "fields": ", ".join(fields[:6]) + (", …" if len(fields) > 6 else ""),
                "code": letter,
            },
        )
    for language, path in orphan_translations(r):
        yield (
            W,
            FieldPath(("translations", language, path)),
            F_(
                "This translation belongs to a field that is now empty or no longer exists (items "
                "may have been removed or renumbered): delete it, or move it to its field."
            ),
        )


# =========================================================================== State profiles
# Rules that read the States' profiles (mla_writer/states/): they say nothing when a State has
# no profile. Profiles may be out of date, so the messages say where the fact comes from.

# Measures that need a court order or other compulsion in most States (dual criminality).
COERCIVE_TYPES = ("search_and_seizure", "freezing", "confiscation")
# Measures the requested State tests against the text of the law: the coercive ones, and
# real-time collection of traffic data (a judicial order in most States).
LAW_TEXT_TYPES = (*COERCIVE_TYPES, "traffic_data_realtime")


def _coercive_items(r: LetterOfRequest, c: CheckContext) -> list[FieldPath]:
    """The items that rest on the text of the law: coercive measures, and the items the
    requested State's profile subjects to dual criminality."""
    kinds = set(LAW_TEXT_TYPES)
    profile = c.requested_profile
    if profile is not None:
        for requirement in profile.requirements_of(RequirementKind.DUAL_CRIMINALITY_COERCIVE):
            kinds.update(requirement.applies_to or COERCIVE_TYPES)
    return [where for where, item in _items(r) if item.type in kinds]


def _state_profile(context: CheckContext, side: str) -> StateProfile | None:
    """The requested or requesting State's profile, if the context carries one."""
    return context.requested_profile if side == "requested" else context.requesting_profile


def _state_name(profile: Any) -> Named:
    """The State's name, in the language of whatever shows the finding."""
    return Named(profile.code, profile.name)


@rule(
    "legal_basis",
    "state_party",
    (E, W),
    why=(
        "An instrument one of the two States is not bound by (or does not apply with the "
        "other) is no legal basis: the request is refused under it. A profile that is silent "
        "is a warning."
    ),
)
def _legal_basis_state_party(r: LetterOfRequest, c: CheckContext) -> Yield:
    """An instrument is cited that one of the two States is not bound by (or not with the other)."""
    if r.legal_basis is None:
        return
    findings = list(_state_party_findings(r.legal_basis, c))
    # Errors first: a State that is not bound matters more than a profile that is silent.
    yield from sorted(findings, key=lambda finding: finding[0] is not E)


def _state_party_findings(basis: Any, c: CheckContext) -> Yield:
    requested, requesting = _state_profile(c, "requested"), _state_profile(c, "requesting")
    pairs = [(requested, requesting), (requesting, requested)]
    for index, instrument in enumerate(basis.instruments):
        code = (instrument.code or "").upper()
        if code not in KNOWN_INSTRUMENTS:
            continue
        where = _at("legal_basis.instruments").item(index + 1).child("code")
        for profile, other in pairs:
            if profile is None:
                continue
            status = profile.instrument(code)
            state = _state_name(profile)
            if status is None:
                yield (
                    W,
                    where,
                    F_(
                        "The profile of %(state)s does not record whether it is a party to "
                        "%(code)s: check with the central authority before relying on it."
                    )
                    % {"state": state, "code": code},
                )
            elif status.status != "party":
                yield (
                    E,
                    where,
                    F_(
                        "%(state)s is not bound by %(code)s (profile: %(status)s; source: "
                        "%(source)s, as of %(date)s). Cite an instrument both States are party "
                        "to, or rely on reciprocity."
                    )
                    % {
                        "state": state,
                        "code": code,
                        "status": str(status.status).replace("_", " "),
                        "source": status.source,
                        "date": status.as_of.isoformat(),
                    },
                )
            elif other is not None and other.code in status.not_applicable_with:
                yield (
                    E,
                    where,
                    F_(
                        "%(state)s does not apply %(code)s with %(other)s (source: %(source)s, "
                        "as of %(date)s). Cite another instrument, or rely on reciprocity."
                    )
                    % {
                        "state": state,
                        "code": code,
                        "other": _state_name(other),
                        "source": status.source,
                        "date": status.as_of.isoformat(),
                    },
                )


@rule(
    "legal_basis",
    "common_instrument",
    W,
    why=(
        "Reciprocity or a weaker instrument still works, but a treaty both States are party "
        "to binds the requested State."
    ),
)
def _legal_basis_common_instrument(r: LetterOfRequest, c: CheckContext) -> Yield:
    """The request names no instrument linking the two States although some exist."""
    requested, requesting = _state_profile(c, "requested"), _state_profile(c, "requesting")
    if requested is None or requesting is None or r.legal_basis is None:
        return
    common = common_instruments(requesting, requested)
    named = {(i.code or "").upper() for i in r.legal_basis.instruments}
    if not common or named & set(common):
        return
    yield (
        W,
        _at("legal_basis.instruments"),
        F_(
            "%(requesting)s and %(requested)s are both parties to %(codes)s, but the request "
            "cites none of them: cite the most specific one that covers the case (reciprocity "
            "alone is weaker)."
        )
        % {
            "requesting": _state_name(requesting),
            "requested": _state_name(requested),
            "codes": ", ".join(common),
        },
    )


@rule(
    "legal_basis",
    "precedence",
    (E, W),
    why=(
        "An instrument not yet in force is no legal basis (error); one displaced by a later "
        "instrument between the two States is usually still read as the later one (warning)."
    ),
)
def _legal_basis_precedence(r: LetterOfRequest, c: CheckContext) -> Yield:
    """An instrument is cited that is not in force yet, or that another instrument displaces
    between the two States (the precedence rules of states/relations.yaml)."""
    if r.legal_basis is None:
        return
    requested, requesting = _state_profile(c, "requested"), _state_profile(c, "requesting")
    proposal = None
    if requested is not None and requesting is not None:
        proposal = propose_legal_basis(requesting, requested)
    displaced = {i.code: i.superseded_by for i in proposal.instruments} if proposal else {}
    for index, instrument in enumerate(r.legal_basis.instruments):
        code = (instrument.code or "").upper()
        where = _at("legal_basis.instruments").item(index + 1).child("code")
        known = KNOWN_INSTRUMENTS.get(code)
        if known is not None and not known.in_force:
            yield (
                E,
                where,
                F_(
                    "%(code)s is not in force yet: a request cannot rest on it. Cite an "
                    "instrument in force between the two States, or rely on reciprocity."
                )
                % {"code": code},
            )
        elif displaced.get(code):
            yield (
                W,
                where,
                F_(
                    "Between these two States %(later)s replaces %(code)s: cite %(later)s "
                    "instead (see `mla states show` and the legal-basis proposal for the rule)."
                )
                % {"code": code, "later": displaced[code]},
            )


@rule(
    "offences",
    "dual_criminality",
    W,
    why=(
        "The requested State requires dual criminality for coercive measures; the facts and "
        "offences may already show it, so this is a reminder."
    ),
)
def _offences_dual_criminality(r: LetterOfRequest, c: CheckContext) -> Yield:
    """The requested State requires dual criminality for the coercive measures asked for."""
    profile = _state_profile(c, "requested")
    if profile is None:
        return
    for requirement in profile.requirements_of(RequirementKind.DUAL_CRIMINALITY_COERCIVE):
        kinds = requirement.applies_to or COERCIVE_TYPES
        concerned = [where for where, item in _items(r) if item.type in kinds]
        if not concerned:
            continue
        yield (
            W,
            _at("offences"),
            F_(
                "%(state)s requires dual criminality for %(items)s: “%(text)s” (source: "
                "%(source)s, as of %(date)s). Describe the conduct in the facts and offences so "
                "that it is recognisable as an offence under its law."
            )
            % {
                "state": _state_name(profile),
                "items": ", ".join(str(where) for where in concerned),
                "text": requirement.text.strip(),
                "source": requirement.source,
                "date": requirement.as_of.isoformat(),
            },
        )


@rule(
    "assistance",
    "state_requirement",
    W,
    why=(
        "A requirement recorded in the requested State's profile for this kind of item: a "
        "reminder to meet it, since the profile may be out of date."
    ),
)
def _assistance_state_requirement(r: LetterOfRequest, c: CheckContext) -> Yield:
    """A requirement of the requested State concerns a kind of assistance asked for."""
    profile = _state_profile(c, "requested")
    if profile is None:
        return
    handled = {RequirementKind.DUAL_CRIMINALITY_COERCIVE, RequirementKind.CERTIFIED_TRANSLATION}
    for requirement in profile.requirements:
        if requirement.kind in handled or not requirement.applies_to:
            continue
        for where, item in _items(r):
            if item.type in requirement.applies_to:
                yield (
                    W,
                    where,
                    F_(
                        "%(state)s: “%(text)s” (source: %(source)s, as of %(date)s). Make sure "
                        "this item meets it."
                    )
                    % {
                        "state": _state_name(profile),
                        "text": requirement.text.strip(),
                        "source": requirement.source,
                        "date": requirement.as_of.isoformat(),
                    },
                )


@rule(
    "language",
    "certified_required",
    E,
    why=(
        "The requested State's profile requires a certified translation: an uncertified one "
        "is returned."
    ),
)
def _translation_certified_required(r: LetterOfRequest, c: CheckContext) -> Yield:
    """The requested State requires a certified translation and the one attached is not."""
    profile = _state_profile(c, "requested")
    if profile is None:
        return
    required = profile.requirements_of(RequirementKind.CERTIFIED_TRANSLATION)
    translation = r.language.translation
    if not required or not isinstance(translation, Translation) or translation.certified:
        return
    yield (
        E,
        _at("language.translation.certified"),
        F_(
            "%(state)s requires a certified translation: “%(text)s” (source: %(source)s, as of "
            "%(date)s). Have the translation certified and write certified: true."
        )
        % {
            "state": _state_name(profile),
            "text": required[0].text.strip(),
            "source": required[0].source,
            "date": required[0].as_of.isoformat(),
        },
    )


# --------------------------------------------------------------------------- the report


@dataclass(frozen=True)
class PointResult:
    point: Point
    status: Status
    findings: tuple[Finding, ...]

    def as_dict(self) -> dict[str, Any]:
        return {
            "number": self.point.number,
            "key": self.point.key,
            "title": _(self.point.title),
            "status": self.status.value,
            "findings": [f.as_dict() for f in self.findings],
        }


@dataclass(frozen=True)
class Report:
    points: tuple[PointResult, ...]
    notes: tuple[str, ...] = ()
    """Reminders that are not findings, e.g. to verify a State profile's facts before sending."""

    @property
    def complete(self) -> bool:
        return all(
            f.severity is not Severity.ERROR for result in self.points for f in result.findings
        )

    @property
    def findings(self) -> list[Finding]:
        return [f for result in self.points for f in result.findings]

    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity is Severity.ERROR]

    def point(self, key: str) -> PointResult:
        return next(result for result in self.points if result.point.key == key)

    def with_lines(self, line_of: Callable[[FieldPath], int | None]) -> Report:
        """The report with each finding's line in the case file (`line_of` a finding's path)."""
        points = tuple(
            dataclasses.replace(
                result,
                findings=tuple(
                    dataclasses.replace(finding, line=line_of(finding.path))
                    for finding in result.findings
                ),
            )
            for result in self.points
        )
        return dataclasses.replace(self, points=points)


def run_rules(request: LetterOfRequest, context: CheckContext) -> list[Finding]:
    findings = []
    for registered in RULES:
        for severity, path, message in registered.function(request, context):
            # A path that names no field of the case is a typo in the rule: fail loudly; so is
            # a severity the rule does not declare (the README's rule table would be wrong).
            path.check(LetterOfRequest)
            if registered.severities and severity not in registered.severities:
                raise AssertionError(f"{registered.id} yields {severity}, not declared")
            label = label_of(path, request)
            findings.append(
                Finding(registered.point, severity, path, message, registered.id, label=label)
            )
    return findings


def check(request: LetterOfRequest, context: CheckContext | None = None) -> Report:
    """Apply every rule and grade every point: ok, partial (errors) or missing (unanswered)."""
    context = context or CheckContext()
    findings = run_rules(request, context)
    results = []
    for point in POINTS:
        own = tuple(f for f in findings if f.point == point.key)
        if not point.answered(request):
            status = Status.MISSING
        elif any(f.severity is Severity.ERROR for f in own):
            status = Status.PARTIAL
        else:
            status = Status.OK
        results.append(PointResult(point, status, own))
    return Report(tuple(results))


def _reservations(r: LetterOfRequest, c: CheckContext, kind: str) -> list[Any]:
    """The requested State's reservations of a kind under instruments the request may rest on
    (all of them while the request names no instrument)."""
    profile = _state_profile(c, "requested")
    if profile is None:
        return []
    cited = {(i.code or "").upper() for i in r.legal_basis.instruments} if r.legal_basis else set()
    return [
        reservation
        for reservation in profile.reservations
        if reservation.kind == kind and (not cited or reservation.instrument in cited)
    ]


@rule(
    "assistance",
    "search_conditions",
    W,
    why=(
        "A State with a reservation under art. 5 ETS 30 executes a search only under its "
        "conditions; saying how they are met prevents a refusal, but the conditions may be "
        "evident from the offences."
    ),
)
def _assistance_search_conditions(r: LetterOfRequest, c: CheckContext) -> Yield:
    """A search or seizure asked of a State that executes one only under conditions (art. 5
    ETS 30), without saying how the request meets them."""
    for reservation in _reservations(r, c, "search_seizure_conditions"):
        for where, item in _items(r):
            if not isinstance(item, SearchAndSeizure) or item.conditions:
                continue
            yield (
                W,
                where.child("conditions"),
                F_(
                    "%(state)s executes a search or seizure only under conditions (%(instrument)s, "
                    "art. %(article)s: %(text)s; source: %(source)s, as of %(date)s). Say how "
                    "this request meets them (for instance that the offence is punishable under "
                    "the law of both States and is extraditable), or it may be refused."
                )
                % {
                    "state": _state_name(_state_profile(c, "requested")),
                    "instrument": reservation.instrument,
                    "article": reservation.article,
                    "text": reservation.text.strip(),
                    "source": reservation.source,
                    "date": reservation.as_of.isoformat(),
                },
            )


@rule(
    "assistance",
    "summons_notice",
    E,
    why=(
        "A summons served with less notice than the requested State's reservation demands "
        "(art. 7(3) ETS 30) is not served."
    ),
)
def _assistance_summons_notice(r: LetterOfRequest, c: CheckContext) -> Yield:
    """A summons to an accused person served with less notice than the requested State demands
    (art. 7(3) ETS 30)."""
    roles = {person.id: person.role for person in r.persons}
    for reservation in _reservations(r, c, "summons_notice"):
        if not reservation.days:
            continue
        for where, item in _items(r):
            if not isinstance(item, ServiceOfDocuments) or item.appearance_date is None:
                continue
            if roles.get(item.recipient or "") not in (Role.SUSPECT, Role.ACCUSED):
                continue
            first_day = item.appearance_date.earliest
            if first_day is None:
                continue
            notice = (first_day - c.today).days
            if notice >= reservation.days:
                continue
            yield (
                E,
                where.child("appearance_date"),
                F_(
                    "%(state)s wants a summons to an accused person served at least %(days)d days "
                    "before the appearance (%(instrument)s, art. %(article)s; source: %(source)s, "
                    "as of %(date)s); the appearance is %(notice)d days from today. Set a later "
                    "date, allowing for transmission."
                )
                % {
                    "state": _state_name(_state_profile(c, "requested")),
                    "days": reservation.days,
                    "instrument": reservation.instrument,
                    "article": reservation.article,
                    "source": reservation.source,
                    "date": reservation.as_of.isoformat(),
                    "notice": notice,
                },
            )
