"""Every completeness rule of the checklist, each shown failing on a minimally broken request.

Each row of TRIGGERS starts from the complete `trafficking` example, makes the smallest edit a
user could make to its case file, and says which rule must then speak: its id, the severity and
field of the finding, and the status of the rule's point. A rule without a row fails
`test_every_rule_has_a_trigger`, so a new rule cannot go in untested.

To cover a new rule, add a `Trigger(...)` row: `edit` is one or more of `setting`, `dropping`,
`appending` (paths are written like the findings' fields, `assistance[1].relevance`, counted
from 1), and `context` takes a `CheckContext` (for rules that read today's date or a State's
profile).
"""

from __future__ import annotations

import copy
import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from conftest import TODAY, load_tool

from mla_writer.checklist import (
    RULES,
    CheckContext,
    Finding,
    Report,
    Severity,
    Status,
    check,
)
from mla_writer.examples import example_text
from mla_writer.model import LetterOfRequest
from mla_writer.model.kinds import KINDS
from mla_writer.states import StateProfile, bundled_profiles
from mla_writer.yamlfile import parse_yaml

E, W = Severity.ERROR, Severity.WARNING
ROOT = Path(__file__).resolve().parent.parent
OK, PARTIAL, MISSING = Status.OK, Status.PARTIAL, Status.MISSING

Data = dict[str, Any]
Edit = Callable[[Data], None]

# --------------------------------------------------------------------------- editing a case file

_STEP = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


def _steps(path: str) -> list[str | int]:
    """`assistance[2].procedures[1].reason` -> ["assistance", 1, "procedures", 0, "reason"]."""
    return [name if name else int(index) - 1 for name, index in _STEP.findall(path)]


def _parent(data: Data, path: str) -> tuple[Any, str | int]:
    *head, last = _steps(path)
    current: Any = data
    for step in head:
        current = current[step]
    return current, last


def setting(path: str, value: Any) -> Edit:
    """Set a field as a user would type it in the case file (text, list, mapping)."""

    def edit(data: Data) -> None:
        parent, last = _parent(data, path)
        parent[last] = copy.deepcopy(value)

    return edit


def dropping(path: str) -> Edit:
    """Delete a field (or a list entry) from the case file."""

    def edit(data: Data) -> None:
        parent, last = _parent(data, path)
        del parent[last]

    return edit


def appending(path: str, value: Any) -> Edit:
    """Add an entry at the end of a list in the case file."""

    def edit(data: Data) -> None:
        parent, last = _parent(data, path)
        parent.setdefault(last, []).append(copy.deepcopy(value))

    return edit


def trafficking_data() -> Data:
    """The complete `trafficking` example as the case-file loader reads it (plain YAML data)."""
    data, located = parse_yaml(example_text("trafficking"))
    assert not located.problems
    return data


def edited(edits: Sequence[Edit]) -> LetterOfRequest:
    data = trafficking_data()
    for edit in edits:
        edit(data)
    return LetterOfRequest.model_validate(data)


def findings_of(report: Report, rule_id: str) -> list[Finding]:
    return [finding for finding in report.findings if finding.rule == rule_id]


# Items a case may add to the trafficking example's three items of assistance (becoming item 4).
SERVICE = {
    "type": "service_of_documents",
    "recipient": "prokopenko",  # a suspect with no address on file
    "documents": ["Summons to appear before the investigating prosecutor on 12 January 2027"],
    "proof_of_service": "A receipt signed by the recipient",
    "relevance": "Mr Prokopenko must be summoned to be heard as a suspect in the case.",
    "procedures": "none",
}
TRANSFER = {
    "type": "temporary_transfer",
    "person": "carbunaru",
    "purpose": "To take part in a confrontation with the suspect Serkan Yıldızoğlu in Istanbul.",
    "dates": ["2027-01-20"],
    "custody_and_escort": "Escorted by two officers of the Moldovan prison service throughout.",
    "consent": True,
    "return_undertaking": True,
    "relevance": "The confrontation is needed to resolve contradictions between the statements.",
    "procedures": "none",
}
PRESERVATION = {
    "type": "data_preservation",
    "provider": "Example Mail A.Ş., Istanbul",
    "identifiers": [{"kind": "e-mail account", "value": "bosfor.isci@example.com.tr"}],
    "data_categories": ["subscriber information", "traffic data", "content"],
    "necessity": "The provider deletes the data of inactive accounts after 90 days.",
    "follow_up_request": True,
    "relevance": "The account was used to send the job offers to the victims in Moldova.",
    "procedures": "none",
}
PRODUCTION = {
    "type": "stored_data_production",
    "provider": "Example Mail A.Ş., Istanbul",
    "identifiers": [{"kind": "e-mail account", "value": "bosfor.isci@example.com.tr"}],
    "data_categories": ["subscriber information", "traffic data"],
    "period_from": "2025-01-01",
    "period_to": "2026-06-30",
    "relevance": "The account was used to send the job offers to the victims in Moldova.",
    "procedures": "none",
}
SEARCH = {
    "type": "search_and_seizure",
    "premises": "The workshop of Bosfor Örme Tekstil Ltd. Şti., Örnek Sokak No. 7, Zeytinburnu",
    "items_sought": ["Wage records and the victims' passports"],
    "grounds": "The victims saw their passports locked in the manager's office.",
    "handling": "Sealed and listed in a record signed by the officers.",
    "relevance": "The passports and wage records prove the withholding of documents and wages.",
    "procedures": "none",
}
UNNAMED_PERSON = {"id": "kaya", "role": "witness", "date_of_birth": "1970-01-01"}


# Contexts with the States' real profiles, and with an invented requirement of Türkiye.
PROFILES_MD_TR = CheckContext(
    today=TODAY,
    requested_profile=bundled_profiles()["TR"],
    requesting_profile=bundled_profiles()["MD"],
)


def _turkiye_requiring(kind: str, applies_to: list[str]) -> CheckContext:
    data = bundled_profiles()["TR"].model_dump(mode="json")
    data["requirements"] = [
        {
            "kind": kind,
            "text": "An invented requirement for this test.",
            "applies_to": applies_to,
            "source": "Invented for the test",
            "as_of": "2026-11-01",
        }
    ]
    return CheckContext(
        today=TODAY,
        requested_profile=StateProfile.model_validate(data),
        requesting_profile=bundled_profiles()["MD"],
    )


def _turkiye_silent_on(code: str) -> CheckContext:
    data = bundled_profiles()["TR"].model_dump(mode="json")
    data["instruments"] = [i for i in data["instruments"] if i["code"] != code]
    return CheckContext(
        today=TODAY,
        requested_profile=StateProfile.model_validate(data),
        requesting_profile=bundled_profiles()["MD"],
    )


# --------------------------------------------------------------------------- the table


@dataclass(frozen=True)
class Trigger:
    """A minimal edit of the trafficking example that must make `rule` report a finding."""

    story: str  # what the user did, as the test's name
    rule: str  # Rule.id in mla_writer.checklist.RULES
    edit: Sequence[Edit]
    severity: Severity
    field: str  # Finding.field of the expected finding
    status: Status  # the status of the rule's point afterwards
    context: CheckContext = field(default_factory=lambda: CheckContext(today=TODAY))
    message: str = ""  # a fragment the message must contain, if it matters

    @property
    def point(self) -> str:
        return next(rule.point for rule in RULES if rule.id == self.rule)


TRIGGERS: list[Trigger] = [
    # 1. identification
    Trigger(
        "no_identification_at_all",
        "identification.unanswered",
        [dropping("identification")],
        E,
        "identification",
        MISSING,
    ),
    Trigger(
        "requested_state_left_out",
        "identification.states",
        [dropping("requested_state")],
        E,
        "requested_state",
        PARTIAL,
    ),
    Trigger(
        "requesting_state_left_out",
        "identification.states",
        [dropping("requesting_state")],
        E,
        "requesting_state",
        PARTIAL,
    ),
    Trigger(
        "requesting_authority_not_named",
        "identification.requesting_authority",
        [dropping("identification.requesting_authority.name")],
        E,
        "identification.requesting_authority.name",
        PARTIAL,
    ),
    Trigger(
        "requesting_authority_without_postal_address",
        "identification.requesting_authority",
        [dropping("identification.requesting_authority.address")],
        W,
        "identification.requesting_authority.address",
        OK,
    ),
    Trigger(
        "requesting_authority_cannot_be_reached",
        "identification.requesting_authority",
        [
            dropping("identification.requesting_authority.phone"),
            dropping("identification.requesting_authority.email"),
            dropping("identification.requesting_authority.contact.phone"),
            dropping("identification.requesting_authority.contact.email"),
            dropping("identification.contacts[1].phone"),
            dropping("identification.contacts[1].email"),
        ],
        E,
        "identification.requesting_authority",
        PARTIAL,
    ),
    Trigger(
        "proceeding_authority_not_named",
        "identification.proceedings",
        [dropping("identification.proceeding_authority")],
        E,
        "identification.proceeding_authority.name",
        PARTIAL,
    ),
    Trigger(
        "subject_of_proceedings_left_out",
        "identification.proceedings",
        [dropping("identification.proceedings.subject")],
        E,
        "identification.proceedings",
        PARTIAL,
    ),
    Trigger(
        "nobody_in_charge_is_named",
        "identification.officer",
        [
            dropping("identification.requesting_authority.contact"),
            dropping("identification.proceeding_authority.contact"),
            setting("identification.contacts", []),
        ],
        W,
        "identification.contacts",
        OK,
    ),
    Trigger(
        "addressee_left_out",
        "identification.addressee",
        [dropping("addressee")],
        W,
        "addressee.name",
        OK,
    ),
    Trigger(
        "own_reference_left_out",
        "identification.reference",
        [dropping("reference")],
        W,
        "reference",
        OK,
    ),
    Trigger(
        "signatory_without_function",
        "identification.signatory",
        [dropping("signatory.function")],
        E,
        "signatory",
        PARTIAL,
    ),
    # 2. prior contact
    Trigger(
        "prior_contact_unanswered",
        "prior_contact.unanswered",
        [dropping("prior_contact")],
        E,
        "prior_contact",
        MISSING,
    ),
    Trigger(
        "prior_contact_without_date_or_people",
        "prior_contact.details",
        [setting("prior_contact", [{"summary": "We spoke about the case."}])],
        W,
        "prior_contact[1]",
        OK,
    ),
    # 3. other channels
    Trigger(
        "other_channels_unanswered",
        "other_channels.unanswered",
        [dropping("other_channels")],
        E,
        "other_channels",
        MISSING,
    ),
    Trigger(
        "copy_sent_without_saying_through_which_channel",
        "other_channels.details",
        [dropping("other_channels[1].channel")],
        W,
        "other_channels[1].channel",
        OK,
    ),
    # 4. acknowledgement
    Trigger(
        "acknowledgement_form_switched_off",
        "acknowledgement.form",
        [setting("acknowledgement.include_form", False)],
        E,
        "acknowledgement.include_form",
        MISSING,
    ),
    Trigger(
        "acknowledgement_return_address_without_address",
        "acknowledgement.return_address",
        [setting("acknowledgement.return_to", {"name": "Registry of the Prosecutor's Office"})],
        W,
        "acknowledgement.return_to",
        OK,
    ),
    # 5. urgency
    Trigger(
        "urgency_unanswered",
        "urgency.unanswered",
        [dropping("urgency")],
        E,
        "urgency.urgent",
        MISSING,
    ),
    Trigger(
        "urgent_request_without_reason",
        "urgency.reason",
        [dropping("urgency.reason")],
        E,
        "urgency.reason",
        PARTIAL,
    ),
    Trigger(
        "deadline_without_reason_on_a_request_not_marked_urgent",
        "urgency.reason",
        [setting("urgency.urgent", False), dropping("urgency.reason")],
        E,
        "urgency.reason",
        PARTIAL,
    ),
    Trigger(
        "urgent_request_without_deadline",
        "urgency.deadline",
        [dropping("urgency.deadline")],
        W,
        "urgency.deadline",
        OK,
    ),
    Trigger(
        "deadline_on_or_before_the_letters_date",
        "urgency.deadline_past",
        [setting("date", "2027-02-15")],
        E,
        "urgency.deadline",
        PARTIAL,
        context=CheckContext(today=dt.date(2027, 2, 15)),
        message="2027-02-15",
    ),
    Trigger(
        "deadline_passed_since_the_letter_was_dated",
        "urgency.deadline_passed_since",
        [],
        W,
        "urgency.deadline",
        OK,
        context=CheckContext(today=dt.date(2027, 2, 16)),
        message="2027-02-15",
    ),
    # 6. confidentiality
    Trigger(
        "confidentiality_unanswered",
        "confidentiality.unanswered",
        [dropping("confidentiality")],
        E,
        "confidentiality.required",
        MISSING,
    ),
    Trigger(
        "confidentiality_without_reason",
        "confidentiality.reason",
        [dropping("confidentiality.reason")],
        E,
        "confidentiality.reason",
        PARTIAL,
    ),
    Trigger(
        "confidentiality_without_consultation",
        "confidentiality.consultation",
        [setting("confidentiality.consult_before_execution", False)],
        W,
        "confidentiality.consult_before_execution",
        OK,
    ),
    # 7. legal basis
    Trigger(
        "no_legal_basis",
        "legal_basis.missing",
        [dropping("legal_basis")],
        E,
        "legal_basis",
        MISSING,
    ),
    Trigger(
        "misspelt_instrument_code",
        "legal_basis.instruments",
        [setting("legal_basis.instruments[1].code", "ECMA1995")],
        E,
        "legal_basis.instruments[1].code",
        PARTIAL,
        message="did you mean ECMA1959?",
    ),
    Trigger(
        "instrument_with_articles_but_no_name",
        "legal_basis.instruments",
        [setting("legal_basis.instruments[1]", {"articles": "Articles 1 and 3"})],
        E,
        "legal_basis.instruments[1]",
        PARTIAL,
    ),
    # 8. facts and persons
    Trigger(
        "no_summary_of_facts",
        "facts.summary",
        [dropping("facts")],
        E,
        "facts.summary",
        MISSING,
    ),
    Trigger(
        "summary_of_facts_in_one_line",
        "facts.summary",
        [setting("facts.summary", "Victims were exploited in a workshop in Istanbul.")],
        W,
        "facts.summary",
        OK,
        message="(8 words)",
    ),
    Trigger(
        "no_suspect_among_the_persons",
        "facts.offender_identified",
        [dropping("persons[3]"), dropping("persons[2]"), dropping("persons[1]")],
        W,
        "persons",
        OK,
    ),
    Trigger(
        "person_mentioned_without_name",
        "facts.person_named",
        [appending("persons", UNNAMED_PERSON)],
        W,
        "persons[7].name",
        OK,
    ),
    Trigger(
        "witness_to_be_heard_without_name",
        "facts.person_named",
        [appending("persons", UNNAMED_PERSON), setting("assistance[2].person", "kaya")],
        E,
        "persons[7].name",
        PARTIAL,
    ),
    Trigger(
        "suspect_not_acted_upon_known_by_name_only",
        "facts.person_details",
        [dropping("persons[2].date_of_birth"), dropping("persons[2].addresses")],
        W,
        "persons[2]",
        OK,
        message="Serkan Yıldızoğlu",
    ),
    Trigger(
        "victim_to_be_heard_known_by_name_only",
        "facts.person_details",
        [
            dropping("persons[5].date_of_birth"),
            dropping("persons[5].addresses"),
            dropping("persons[5].notes"),
        ],
        E,
        "persons[5]",
        PARTIAL,
        message="Vera Grădinaru",
    ),
    Trigger(
        "witness_to_be_heard_described_only_in_the_notes",
        "facts.person_details",
        [
            dropping("persons[5].date_of_birth"),
            dropping("persons[5].addresses"),
            setting("persons[5].notes", "Works at the Example Café in Cahul, where she met him."),
        ],
        W,
        "persons[5]",
        OK,
        message="Vera Grădinaru",
    ),
    Trigger(
        "address_split_by_a_flow_list",
        "facts.split_address",
        [setting("persons[2].addresses", ["Cahul", "Republic of Moldova"])],
        W,
        "persons[2].addresses[2]",
        OK,
        message="Cahul, Republic of Moldova",
    ),
    Trigger(
        "cyrillic_name_without_transliteration",
        "facts.transliteration",
        [dropping("persons[3].name_latin")],
        W,
        "persons[3].name_latin",
        OK,
        message="Вадим Прокопенко",
    ),
    Trigger(
        "two_persons_with_the_same_id",
        "facts.duplicate_person",
        [appending("persons", {**UNNAMED_PERSON, "id": "carbunaru", "name": "Ion Cărbunaru"})],
        E,
        "persons[7].id",
        PARTIAL,
    ),
    # 9. offences
    Trigger(
        "no_offence_listed",
        "offences.missing",
        [setting("offences", [])],
        E,
        "offences",
        MISSING,
    ),
    Trigger(
        "offence_without_provision",
        "offences.described",
        [dropping("offences[1].provision")],
        E,
        "offences[1]",
        PARTIAL,
    ),
    Trigger(
        "offence_without_penalty",
        "offences.penalty",
        [dropping("offences[1].max_penalty")],
        E,
        "offences[1].max_penalty",
        PARTIAL,
        message="Trafficking in human beings",
    ),
    Trigger(
        "offence_without_text_of_the_law_and_no_coercive_measure",
        "offences.law_text",
        [dropping("offences[1].law_text")],
        W,
        "offences[1].law_text",
        OK,
    ),
    Trigger(
        "search_asked_for_and_no_offence_has_its_text",
        "offences.law_text",
        [
            dropping("offences[1].law_text"),
            dropping("offences[2].law_text_annex"),
            appending("assistance", SEARCH),
        ],
        E,
        "offences[1].law_text",
        PARTIAL,
        message="assistance[4]",
    ),
    Trigger(
        "dual_criminality_required_for_records_and_no_offence_has_its_text",
        "offences.law_text",
        [dropping("offences[1].law_text"), dropping("offences[2].law_text_annex")],
        E,
        "offences[1].law_text",
        PARTIAL,
        context=_turkiye_requiring("dual_criminality_coercive", ["records_production"]),
        message="assistance[1]",
    ),
    Trigger(
        "law_text_annex_not_among_the_annexes",
        "offences.annex_listed",
        [dropping("annexes[2]")],
        W,
        "offences[2].law_text_annex",
        OK,
    ),
    # 10. assistance
    Trigger(
        "no_assistance_requested",
        "assistance.missing",
        [setting("assistance", [])],
        E,
        "assistance",
        MISSING,
    ),
    Trigger(
        "bank_records_without_the_bank",
        "assistance.type_fields",
        [dropping("assistance[1].institution")],
        E,
        "assistance[1].institution",
        PARTIAL,
    ),
    Trigger(
        "bank_records_without_certification",
        "assistance.type_fields",
        [dropping("assistance[1].certification")],
        W,
        "assistance[1].certification",
        OK,
    ),
    Trigger(
        "witness_without_questions",
        "assistance.type_fields",
        [dropping("assistance[2].questions")],
        E,
        "assistance[2].questions",
        PARTIAL,
    ),
    Trigger(
        "witness_id_misspelt",
        "assistance.person_reference",
        [setting("assistance[2].person", "gradinaro")],
        E,
        "assistance[2].person",
        PARTIAL,
        message="did you mean “gradinaru”?",
    ),
    Trigger(
        "suspect_heard_without_rights_warning",
        "assistance.suspect_rights",
        [setting("assistance[2].status", "suspect")],
        E,
        "assistance[2].rights_warning",
        PARTIAL,
    ),
    Trigger(
        "person_listed_as_suspect_heard_as_witness_without_rights_warning",
        "assistance.suspect_rights",
        [setting("assistance[3].person", "prokopenko"), setting("assistance[3].status", "witness")],
        E,
        "assistance[3].rights_warning",
        PARTIAL,
    ),
    Trigger(
        "service_on_a_person_without_address",
        "assistance.service_address",
        [appending("assistance", SERVICE)],
        E,
        "assistance[4].address",
        PARTIAL,
    ),
    Trigger(
        "transfer_of_detainee_without_consent",
        "assistance.transfer_guarantees",
        [appending("assistance", {**TRANSFER, "consent": None})],
        E,
        "assistance[4].consent",
        PARTIAL,
    ),
    Trigger(
        "transfer_of_detainee_who_refused_consent",
        "assistance.transfer_guarantees",
        [appending("assistance", {**TRANSFER, "consent": "refused"})],
        E,
        "assistance[4].consent",
        PARTIAL,
        message="videoconference",
    ),
    Trigger(
        "transfer_of_detainee_without_undertaking_to_return",
        "assistance.transfer_guarantees",
        [appending("assistance", {**TRANSFER, "return_undertaking": False})],
        E,
        "assistance[4].return_undertaking",
        PARTIAL,
    ),
    Trigger(
        "ip_address_without_time_zone",
        "assistance.ip_timestamps",
        [
            appending(
                "assistance",
                {
                    **PRODUCTION,
                    "identifiers": [
                        {
                            "kind": "IP address",
                            "value": "192.0.2.17",
                            "observed_at": "2026-03-04T10:22:00",
                        }
                    ],
                },
            )
        ],
        E,
        "assistance[4].identifiers[1].observed_at",
        PARTIAL,
    ),
    Trigger(
        "ip_address_without_time_of_use",
        "assistance.ip_timestamps",
        [
            appending(
                "assistance",
                {**PRESERVATION, "identifiers": [{"kind": "IP address", "value": "192.0.2.17"}]},
            )
        ],
        E,
        "assistance[4].identifiers[1].observed_at",
        PARTIAL,
    ),
    Trigger(
        "preservation_without_promise_of_follow_up_request",
        "assistance.preservation_follow_up",
        [appending("assistance", {**PRESERVATION, "follow_up_request": None})],
        E,
        "assistance[4].follow_up_request",
        PARTIAL,
    ),
    Trigger(
        "e_mail_content_without_justification",
        "assistance.content_justification",
        [
            appending(
                "assistance",
                {**PRODUCTION, "data_categories": ["subscriber information", "Content of e-mails"]},
            )
        ],
        E,
        "assistance[4].content_justification",
        PARTIAL,
    ),
    Trigger(
        "bank_records_without_a_period",
        "assistance.period",
        [dropping("assistance[1].period_from"), dropping("assistance[1].period_to")],
        E,
        "assistance[1].period_from",
        PARTIAL,
    ),
    Trigger(
        "business_records_without_a_period",
        "assistance.period",
        [
            setting("assistance[1].record_kind", "business"),
            dropping("assistance[1].period_from"),
            dropping("assistance[1].period_to"),
        ],
        E,
        "assistance[1].period_from",
        PARTIAL,
    ),
    Trigger(
        "government_records_without_a_period",
        "assistance.period",
        [
            setting("assistance[1].record_kind", "government"),
            dropping("assistance[1].period_from"),
            dropping("assistance[1].period_to"),
        ],
        W,
        "assistance[1].period_from",
        OK,
    ),
    Trigger(
        "period_given_whole_and_again",
        "assistance.period_order",
        [setting("assistance[1].period_from", "2025-01-01 to date")],
        E,
        "assistance[1].period_to",
        PARTIAL,
        message="2025-01-01 to date",
    ),
    Trigger(
        "period_ending_before_it_starts",
        "assistance.period_order",
        [setting("assistance[1].period_to", "2024-10-31")],
        E,
        "assistance[1].period_to",
        PARTIAL,
    ),
    # 11. relevance
    Trigger(
        "item_without_relevance",
        "relevance.explained",
        [dropping("assistance[1].relevance")],
        E,
        "assistance[1].relevance",
        PARTIAL,
    ),
    Trigger(
        "relevance_in_three_words",
        "relevance.explained",
        [setting("assistance[1].relevance", "Shows the money.")],
        W,
        "assistance[1].relevance",
        OK,
    ),
    Trigger(
        "nothing_requested_so_no_relevance",
        "relevance.explained",
        [setting("assistance", [])],
        E,
        "assistance",
        MISSING,
    ),
    # 12. procedures
    Trigger(
        "item_without_procedures",
        "procedures.answered",
        [dropping("assistance[1].procedures")],
        E,
        "assistance[1].procedures",
        PARTIAL,
    ),
    Trigger(
        "no_item_says_anything_about_procedures",
        "procedures.answered",
        [dropping(f"assistance[{n}].procedures") for n in (1, 2, 3)],
        E,
        "assistance[3].procedures",
        MISSING,
    ),
    Trigger(
        "procedure_without_reason",
        "procedures.reason",
        [dropping("assistance[1].procedures[2].reason")],
        W,
        "assistance[1].procedures[2].reason",
        OK,
    ),
    Trigger(
        "procedure_reason_without_the_procedure",
        "procedures.reason",
        [dropping("assistance[1].procedures[1].requirement")],
        E,
        "assistance[1].procedures[1].requirement",
        PARTIAL,
    ),
    Trigger(
        "hearing_on_oath_without_saying_how",
        "procedures.oath_procedure",
        [setting("assistance[2].on_oath", True), setting("assistance[2].procedures", "none")],
        W,
        "assistance[2].procedures",
        OK,
    ),
    # 13. presence of officials
    Trigger(
        "presence_of_officials_unanswered",
        "presence_of_officials.unanswered",
        [dropping("presence_of_officials")],
        E,
        "presence_of_officials",
        MISSING,
    ),
    Trigger(
        "official_attending_without_reason",
        "presence_of_officials.reason",
        [
            setting(
                "presence_of_officials",
                [{"name": "Radu Țurcanu", "function": "Prosecutor", "role": "To observe."}],
            )
        ],
        W,
        "presence_of_officials[1].reason",
        OK,
    ),
    Trigger(
        "official_attending_without_name",
        "presence_of_officials.reason",
        [
            setting(
                "presence_of_officials",
                [{"function": "Prosecutor", "reason": "To explain the financial analysis."}],
            )
        ],
        W,
        "presence_of_officials[1].name",
        OK,
        message="Give the official's name.",
    ),
    Trigger(
        "official_attending_without_name_or_function",
        "presence_of_officials.reason",
        [setting("presence_of_officials", [{"reason": "To explain the financial analysis."}])],
        W,
        "presence_of_officials[1]",
        OK,
        message="name and function",
    ),
    # 14. language
    Trigger(
        "english_letter_for_a_state_that_accepts_only_turkish_without_translation",
        "language.accepted",
        [dropping("language.translation")],
        E,
        "language.translation",
        PARTIAL,
        message="it accepts Turkish",
    ),
    Trigger(
        "languages_of_the_requested_state_unknown",
        "language.accepted",
        [dropping("language.accepted_by_requested_state")],
        W,
        "language.accepted_by_requested_state",
        OK,
    ),
    Trigger(
        "requested_state_profile_refuses_the_letter_language",
        "language.accepted",
        [dropping("language.accepted_by_requested_state"), dropping("language.translation")],
        E,
        "language.translation",
        PARTIAL,
        # Türkiye's profile: Turkish, and English only under the 1990 Strasbourg Convention
        context=CheckContext(today=TODAY, requested_profile=bundled_profiles()["TR"]),
    ),
    Trigger(
        "case_file_says_the_requested_state_accepts_a_language_its_profile_does_not_list",
        "language.accepted_against_profile",
        [setting("language.accepted_by_requested_state", ["tr", "en"])],
        W,
        "language.accepted_by_requested_state",
        OK,
        context=CheckContext(today=TODAY, requested_profile=bundled_profiles()["TR"]),
        message="not en",
    ),
    Trigger(
        "translation_not_certified",
        "language.certified",
        [setting("language.translation.certified", False)],
        W,
        "language.translation.certified",
        OK,
    ),
    Trigger(
        "letter_switched_to_french_while_the_facts_stay_in_english",
        "language.free_text_translated",
        [setting("language.original", "en"), setting("language.letter", "fr")],
        E,
        "translations.fr",
        PARTIAL,
        message="mla translate export",
    ),
    Trigger(
        "translation_kept_for_an_item_that_was_removed",
        "language.free_text_translated",
        [setting("translations", {"fr": {"assistance[9].relevance": "Pertinence."}})],
        W,
        "translations.fr.assistance[9].relevance",
        OK,
    ),
    # State profiles (mla_writer/states/): the trafficking example goes from Moldova to Türkiye.
    Trigger(
        "cites_a_convention_the_requesting_state_has_only_signed",
        "legal_basis.state_party",
        [appending("legal_basis.instruments", {"code": "CHISINAU2002"})],
        E,
        "legal_basis.instruments[4].code",
        PARTIAL,
        context=PROFILES_MD_TR,
        message="Moldova is not bound by CHISINAU2002",
    ),
    Trigger(
        "cites_a_convention_the_requested_state_profile_is_silent_on",
        "legal_basis.state_party",
        [],
        W,
        "legal_basis.instruments[3].code",
        OK,
        context=_turkiye_silent_on("UNTOC_TIP"),
        message="does not record whether it is a party to UNTOC_TIP",
    ),
    Trigger(
        "relies_on_reciprocity_although_both_states_are_parties_to_conventions",
        "legal_basis.common_instrument",
        [setting("legal_basis", {"reciprocity": True})],
        W,
        "legal_basis.instruments",
        OK,
        context=PROFILES_MD_TR,
        message="both parties to ECMA1959",
    ),
    Trigger(
        "cites_the_third_additional_protocol_which_is_not_in_force",
        "legal_basis.precedence",
        [appending("legal_basis.instruments", {"code": "ECMA_AP3"})],
        E,
        "legal_basis.instruments[4].code",
        PARTIAL,
        context=PROFILES_MD_TR,
        message="ECMA_AP3 is not in force yet",
    ),
    Trigger(
        "cites_the_minsk_convention_between_two_parties_to_the_chisinau_convention",
        "legal_basis.precedence",
        [appending("legal_basis.instruments", {"code": "MINSK1993"})],
        W,
        "legal_basis.instruments[4].code",
        OK,
        context=CheckContext(
            today=TODAY,
            requested_profile=bundled_profiles()["AZ"],  # Russia never ratified Chișinău
            requesting_profile=bundled_profiles()["AM"],
        ),
        message="CHISINAU2002 replaces MINSK1993",
    ),
    Trigger(
        "asks_russia_for_a_search_without_saying_how_the_article_5_conditions_are_met",
        "assistance.search_conditions",
        [
            appending(
                "assistance",
                {
                    "type": "search_and_seizure",
                    "premises": "Office 4, 12 Invented Street, Moscow",
                    "items_sought": ["the agency's ledgers for 2025"],
                    "grounds": "The manager kept them there.",
                    "relevance": "They list the victims recruited.",
                    "procedures": "none",
                },
            )
        ],
        W,
        "assistance[4].conditions",
        OK,
        context=CheckContext(
            today=TODAY,
            requested_profile=bundled_profiles()["RU"],
            requesting_profile=bundled_profiles()["MD"],
        ),
        message="executes a search or seizure only under conditions",
    ),
    Trigger(
        "summons_the_accused_to_appear_in_russia_twenty_days_from_now",
        "assistance.summons_notice",
        [
            appending(
                "assistance",
                {
                    "type": "service_of_documents",
                    "recipient": "carbunaru",
                    "documents": ["Summons to the trial"],
                    "appearance_date": (TODAY + dt.timedelta(days=20)).isoformat(),
                    "relevance": "The accused must be summoned.",
                    "procedures": "none",
                },
            )
        ],
        E,
        "assistance[4].appearance_date",
        PARTIAL,
        context=CheckContext(
            today=TODAY,
            requested_profile=bundled_profiles()["RU"],
            requesting_profile=bundled_profiles()["MD"],
        ),
        message="at least 50 days",
    ),
    Trigger(
        "asks_for_bank_records_where_dual_criminality_is_required_for_them",
        "offences.dual_criminality",
        [],
        W,
        "offences",
        OK,
        context=_turkiye_requiring("dual_criminality_coercive", ["records_production"]),
        message="requires dual criminality for assistance[1]",
    ),
    Trigger(
        "asks_for_a_witness_statement_where_the_state_has_a_rule_on_statements",
        "assistance.state_requirement",
        [],
        W,
        "assistance[2]",
        OK,
        context=_turkiye_requiring("statement_form", ["witness_statement"]),
        message="An invented requirement",
    ),
    Trigger(
        "translation_not_certified_for_a_state_requiring_a_certified_one",
        "language.certified_required",
        [setting("language.translation.certified", False)],
        E,
        "language.translation.certified",
        PARTIAL,
        context=PROFILES_MD_TR,
        message="Türkiye requires a certified translation",
    ),
]


# --------------------------------------------------------------------------- the tests


def test_every_rule_has_a_trigger() -> None:
    """A new rule in the checklist needs a row in TRIGGERS; a removed rule, its rows removed."""
    assert {trigger.rule for trigger in TRIGGERS} == {rule.id for rule in RULES}


def test_rule_ids_are_unique_and_name_their_point() -> None:
    ids = [rule.id for rule in RULES]
    assert len(ids) == len(set(ids))
    assert all(rule.id.startswith(f"{rule.point}.") for rule in RULES)


def test_trigger_stories_are_unique() -> None:
    stories = [trigger.story for trigger in TRIGGERS]
    assert len(stories) == len(set(stories))


@pytest.mark.parametrize("trigger", TRIGGERS, ids=lambda trigger: trigger.story)
def test_rule_reports_the_gap(trigger: Trigger) -> None:
    report = check(edited(trigger.edit), trigger.context)

    reported = findings_of(report, trigger.rule)
    assert (trigger.severity, trigger.field) in [(f.severity, f.field) for f in reported], (
        f"{trigger.rule} reported {[(f.severity.value, f.field) for f in reported]}"
    )
    finding = next(f for f in reported if f.field == trigger.field)
    assert finding.point == trigger.point
    assert trigger.message in finding.message
    assert report.point(trigger.point).status is trigger.status
    # A minimal edit: a warning leaves the request ready to send, an error stops it.
    assert report.complete is (trigger.severity is W)


def test_complete_example_has_no_findings_at_all(trafficking: LetterOfRequest) -> None:
    report = check(trafficking, CheckContext(today=TODAY))
    assert report.findings == []
    assert report.complete
    assert [result.status for result in report.points] == [OK] * 14


def test_deadline_passed_since_the_letters_date_warns_but_the_request_still_renders(
    trafficking: LetterOfRequest,
) -> None:
    # The letter is dated 2026-11-20 and the deadline is 2027-02-15 (issue 15: the letter's own
    # date decides; a deadline gone by since is a warning, so an older draft still renders).
    on_time = check(trafficking, CheckContext(today=dt.date(2027, 2, 14)))
    passed_since = check(trafficking, CheckContext(today=dt.date(2027, 2, 15)))

    assert on_time.findings == []
    assert passed_since.complete
    [finding] = passed_since.findings
    assert (finding.rule, finding.severity) == ("urgency.deadline_passed_since", W)
    assert "2027-02-15" in finding.message and "2026-11-20" in finding.message


def test_deadline_on_or_before_the_letters_date_makes_the_request_incomplete(
    trafficking: LetterOfRequest,
) -> None:
    trafficking.date = dt.date(2027, 2, 15)
    report = check(trafficking, CheckContext(today=dt.date(2027, 1, 1)))

    assert not report.complete
    [finding] = report.errors()
    assert (finding.rule, finding.field) == ("urgency.deadline_past", "urgency.deadline")


def test_deadline_without_a_letter_date_is_compared_with_today() -> None:
    request = edited([dropping("date")])
    assert check(request, CheckContext(today=dt.date(2027, 2, 14))).complete
    report = check(request, CheckContext(today=dt.date(2027, 2, 15)))
    assert [f.rule for f in report.errors()] == ["urgency.deadline_past"]


def test_time_limit_counted_from_receipt_is_never_compared() -> None:
    request = edited([setting("urgency.deadline", "within 60 days of receipt")])
    assert check(request, CheckContext(today=dt.date(2030, 1, 1))).findings == []


@pytest.mark.parametrize("answer", ["none", "None", "no", "n/a", "not applicable", False])
def test_none_answers_complete_prior_contact_other_channels_and_officials(answer: Any) -> None:
    request = edited(
        [
            setting("prior_contact", answer),
            setting("other_channels", answer),
            setting("presence_of_officials", answer),
        ]
    )
    report = check(request, CheckContext(today=TODAY))

    for key in ("prior_contact", "other_channels", "presence_of_officials"):
        assert report.point(key).status is OK, key
        assert report.point(key).findings == (), key
    assert report.complete


@pytest.mark.parametrize("key", ["prior_contact", "other_channels", "presence_of_officials"])
def test_point_left_empty_is_missing_not_answered(key: str) -> None:
    report = check(edited([setting(key, None)]), CheckContext(today=TODAY))
    assert report.point(key).status is MISSING
    assert not report.complete


def test_service_of_documents_only_needs_no_summary_of_facts() -> None:
    served = {**SERVICE, "address": "Strada Florilor 3, MD-2004 Chișinău, Republic of Moldova"}

    def only_the_recipient(data: Data) -> None:
        data["persons"] = [person for person in data["persons"] if person["id"] == "prokopenko"]

    request = edited([dropping("facts"), only_the_recipient, setting("assistance", [served])])
    report = check(request, CheckContext(today=TODAY))

    assert request.facts is None
    assert report.point("facts").status is OK
    assert report.point("facts").findings == ()
    assert report.complete


def test_service_among_other_measures_still_needs_the_facts() -> None:
    request = edited([dropping("facts"), appending("assistance", SERVICE)])
    report = check(request, CheckContext(today=TODAY))

    assert report.point("facts").status is MISSING
    assert ("facts.summary", "facts.summary") in [(f.rule, f.field) for f in report.findings]


def test_contact_inappropriate_excuses_naming_the_officer() -> None:
    request = edited(
        [
            dropping("identification.requesting_authority.contact"),
            dropping("identification.proceeding_authority.contact"),
            setting("identification.contacts", []),
            setting(
                "identification.contact_inappropriate",
                "The prosecutor in charge is under protection after threats from the group.",
            ),
        ]
    )
    assert findings_of(check(request, CheckContext(today=TODAY)), "identification.officer") == []


def test_reciprocity_is_a_legal_basis() -> None:
    request = edited([setting("legal_basis", {"reciprocity": True})])
    report = check(request, CheckContext(today=TODAY))
    assert report.point("legal_basis").status is OK
    assert report.point("legal_basis").findings == ()


def test_translation_into_an_accepted_language_satisfies_point_14() -> None:
    request = edited([setting("language.accepted_by_requested_state", ["tr"])])
    assert check(request, CheckContext(today=TODAY)).point("language").findings == ()


# What each kind of assistance must say, written out so that dropping a requirement fails here.
EXPECTED_REQUIREMENTS: dict[str, list[tuple[str, Severity]]] = {
    "witness_statement": [("person", E), ("questions", E), ("on_oath", W), ("record_form", W)],
    "videoconference_hearing": [
        ("person", E),
        ("why_not_in_person", E),
        ("proposed_dates", W),
        ("technical_contact", W),
        ("conducted_by", W),
        ("oath_or_warning", W),
        ("interpretation", W),
    ],
    "service_of_documents": [("recipient", E), ("documents", E), ("proof_of_service", W)],
    "search_and_seizure": [("premises", E), ("items_sought", E), ("grounds", E), ("handling", W)],
    "records_production": [
        ("institution", E),
        ("identifiers", E),
        ("record_types", W),
        ("certification", W),
    ],
    "examination": [("subject", E), ("what_to_establish", E)],
    "expert_evaluation": [("subject", E), ("questions", E)],
    "tracing_proceeds": [("property", E), ("link_to_offence", E)],
    "freezing": [
        ("property", E),
        ("link_to_offence", E),
        ("domestic_order", E),
        ("stage_of_proceedings", W),
    ],
    "confiscation": [("property", E), ("order", E), ("link_to_offence", E)],
    "voluntary_appearance": [("person", E), ("purpose", E), ("expenses", W), ("safe_conduct", W)],
    "temporary_transfer": [("person", E), ("purpose", E), ("custody_and_escort", E), ("dates", W)],
    "data_preservation": [
        ("provider", E),
        ("identifiers", E),
        ("data_categories", E),
        ("necessity", E),
    ],
    "stored_data_production": [
        ("provider", E),
        ("identifiers", E),
        ("data_categories", E),
    ],
    "traffic_data_realtime": [("identifiers", E), ("duration", E), ("legal_threshold", E)],
    "locate_person": [("person", E), ("last_known_whereabouts", W)],
    "controlled_delivery": [
        ("consignment", E),
        ("route", E),
        ("surveillance", E),
        ("operational_contact", E),
        ("necessity", E),
        ("dates", W),
        ("transport", W),
        ("substitution", W),
        ("persons", W),
    ],
    "other": [("description", E)],
}


def test_every_kind_of_assistance_has_its_requirements_written_out() -> None:
    assert set(EXPECTED_REQUIREMENTS) == set(KINDS)


@pytest.mark.parametrize("kind", sorted(EXPECTED_REQUIREMENTS))
def test_empty_item_of_each_kind_says_what_it_lacks(kind: str) -> None:
    bare = {
        "type": kind,
        "relevance": "This item is needed to establish the facts set out in the summary.",
        "procedures": "none",
    }
    if kind == "temporary_transfer":
        bare |= {"consent": True, "return_undertaking": True}
    if kind == "data_preservation":
        bare |= {"follow_up_request": True}
    report = check(edited([appending("assistance", bare)]), CheckContext(today=TODAY))

    reported = [
        (f.field.removeprefix("assistance[4]."), f.severity)
        for f in findings_of(report, "assistance.type_fields")
    ]
    assert reported == EXPECTED_REQUIREMENTS[kind]
    assert report.point("assistance").status is PARTIAL


@pytest.mark.parametrize(
    ("kind", "alternative", "value"),
    [
        ("witness_statement", "subject_matter", "His role in the company and the transfers."),
        ("records_production", "holders", ["bosfor"]),
        ("tracing_proceeds", "description", "Any account held by Bosfor Örme Tekstil Ltd. Şti."),
        ("freezing", "grounds", "The balances are the profit of the exploitation."),
    ],
)
def test_either_of_two_fields_answers_a_requirement(
    kind: str, alternative: str, value: Any
) -> None:
    item = {"type": kind, alternative: value, "relevance": "Needed.", "procedures": "none"}
    report = check(edited([appending("assistance", item)]), CheckContext(today=TODAY))
    first = next(r.fields[0] for r in KINDS[kind].requirements if alternative in r.fields)
    fields = [f.field for f in findings_of(report, "assistance.type_fields")]
    assert f"assistance[4].{first}" not in fields


# --------------------------------------------------------------------------- the README's table


def test_every_rule_declares_its_severities_and_why() -> None:
    """The README's rule table is made of these: a rule without them would be a blank row."""
    for registered in RULES:
        assert registered.severities, f"{registered.id}: which severities?"
        assert len(registered.why.split()) >= 8, f"{registered.id}: why is it an error/warning?"


def test_every_trigger_severity_is_declared_by_its_rule() -> None:
    declared = {registered.id: registered.severities for registered in RULES}
    for trigger in TRIGGERS:
        assert trigger.severity in declared[trigger.rule], trigger.story


def test_every_declared_severity_has_a_trigger() -> None:
    """A rule that says it can be an error and a warning is shown being both."""
    shown = {(trigger.rule, trigger.severity) for trigger in TRIGGERS}
    for registered in RULES:
        if registered.id == "assistance.type_fields":
            continue  # its severities are the kinds' requirements (EXPECTED_REQUIREMENTS)
        for severity in registered.severities:
            assert (registered.id, severity) in shown, f"{registered.id} as {severity.value}"


def test_readme_rule_table_is_the_checklist() -> None:
    """Fails until `python tools/readme_rules.py` is run after a rule or a severity changes."""
    tool = load_tool("readme_rules")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert tool.rewritten(readme) == readme
    for registered in RULES:
        assert f"| `{registered.id}` |" in readme


def test_no_oath_is_asked_about_for_a_suspect_questioned() -> None:
    """An oath is not put to a suspect (brief 07's reviewer): the on_oath warning is for
    witnesses, victims and experts only."""
    report = check(
        edited([setting("assistance[2].status", "suspect"), dropping("assistance[2].on_oath")]),
        CheckContext(today=TODAY),
    )
    assert not [f for f in report.findings if f.field == "assistance[2].on_oath"]
    witness = check(edited([dropping("assistance[2].on_oath")]), CheckContext(today=TODAY))
    assert [f.severity for f in witness.findings if f.field == "assistance[2].on_oath"] == [W]
