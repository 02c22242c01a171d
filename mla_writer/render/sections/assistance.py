"""Section 7, assistance requested (points 9 to 11): each item of assistance with its fields,
its relevance to the proceedings and the procedures to be followed.

The tables below say, for each kind of assistance, its title in the letter, its fields in the
letter's order with their labels, the sentences for its yes/no fields and the wording of its
enumerated values.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from enum import Enum
from typing import Any

from mla_writer.i18n import L_
from mla_writer.model.assistance import AssistanceItem, DataIdentifier, Order, Property
from mla_writer.model.common import Contact, Money
from mla_writer.render.formatting import paragraphs
from mla_writer.render.sections.shared import Letter

KIND_TITLES = {
    "witness_statement": L_("Taking of a statement"),
    "videoconference_hearing": L_("Hearing by videoconference"),
    "service_of_documents": L_("Service of documents"),
    "search_and_seizure": L_("Search and seizure"),
    "records_production": L_("Production of records"),
    "examination": L_("Examination of objects or sites"),
    "expert_evaluation": L_("Expert evaluation"),
    "tracing_proceeds": L_("Identification and tracing of proceeds of crime"),
    "freezing": L_("Freezing or seizure of assets"),
    "confiscation": L_("Confiscation"),
    "voluntary_appearance": L_("Voluntary appearance of a person in the requesting State"),
    "temporary_transfer": L_("Temporary transfer of a detained person"),
    "data_preservation": L_("Expedited preservation of stored computer data"),
    "stored_data_production": L_("Production of stored computer data"),
    "traffic_data_realtime": L_("Real-time collection of traffic data"),
    "locate_person": L_("Locating or identifying a person"),
    "other": L_("Other assistance"),
}

RECORD_TITLES = {
    "bank": L_("Production of bank records"),
    "business": L_("Production of business records"),
    "telecom": L_("Production of telecommunications records"),
    "government": L_("Production of government records"),
}

STATEMENT_TITLES = {
    "witness": L_("Statement of a witness"),
    "victim": L_("Statement of a victim"),
    "suspect": L_("Questioning of a suspect"),
    "expert": L_("Statement of an expert"),
}

ENUM_VALUES = {
    "witness": L_("witness"),
    "victim": L_("victim"),
    "suspect": L_("suspect"),
    "expert": L_("expert"),
    "bank": L_("bank records"),
    "business": L_("business records"),
    "telecom": L_("telecommunications records"),
    "government": L_("government records"),
    "other": L_("other records"),
}

# The fields of each kind of assistance, in the order the letter gives them, with their labels.
# `description`, `relevance` and `procedures` (common to all) are written separately.
_PERIOD = ("period_from", L_("Period"))
ITEM_FIELDS: dict[str, tuple[tuple[str, str], ...]] = {
    "witness_statement": (
        ("person", L_("Person to be heard")),
        ("status", L_("Capacity")),
        ("subject_matter", L_("Subjects to be covered")),
        ("questions", L_("Questions to be asked")),
        ("on_oath", ""),
        ("rights_warning", L_("Rights to be explained before questioning")),
        ("record_form", L_("Form of the record")),
        ("requesting_officials_may_question", ""),
    ),
    "videoconference_hearing": (
        ("person", L_("Person to be heard")),
        ("why_not_in_person", L_("Why the person cannot attend in person")),
        ("proposed_dates", L_("Proposed dates")),
        ("conducted_by", L_("Hearing conducted by")),
        ("applicable_law", L_("Applicable law")),
        ("interpretation", L_("Interpretation")),
        ("technical_contact", L_("Technical contact")),
    ),
    "service_of_documents": (
        ("recipient", L_("Person to be served")),
        ("address", L_("Address for service")),
        ("documents", L_("Documents to be served")),
        ("proof_of_service", L_("Proof of service requested")),
        ("appearance_date", L_("Date of appearance")),
    ),
    "search_and_seizure": (
        ("premises", L_("Premises, person or vehicle to be searched")),
        ("items_sought", L_("Items sought")),
        ("grounds", L_("Grounds to believe the items are there")),
        ("handling", L_("Handling of seized items")),
        ("return_of_items", L_("Return of items")),
        ("conditions", L_("Conditions for search and seizure")),
    ),
    "records_production": (
        ("institution", L_("Institution holding the records")),
        ("record_kind", L_("Kind of records")),
        ("identifiers", L_("Accounts or other identifiers")),
        ("holders", L_("Holders")),
        _PERIOD,
        ("record_types", L_("Records requested")),
        ("certification", L_("Certification")),
        ("no_disclosure_to_customer", ""),
    ),
    "examination": (
        ("subject", L_("Object or site to be examined")),
        ("what_to_establish", L_("What the examination should establish")),
        ("form_of_report", L_("Form of the report")),
    ),
    "expert_evaluation": (
        ("subject", L_("Subject of the evaluation")),
        ("questions", L_("Questions for the expert")),
        ("form_of_report", L_("Form of the report")),
    ),
    "tracing_proceeds": (
        ("property", L_("Property to be identified or traced")),
        ("link_to_offence", L_("Link to the offence")),
    ),
    "freezing": (
        ("property", L_("Assets to be frozen or seized")),
        ("link_to_offence", L_("Link to the offence")),
        ("domestic_order", L_("Domestic order")),
        ("grounds", L_("Grounds for the measure")),
        ("stage_of_proceedings", L_("Stage of the proceedings")),
        ("management", L_("Management of the assets")),
    ),
    "confiscation": (
        ("property", L_("Property to be confiscated")),
        ("link_to_offence", L_("Link to the offence")),
        ("order", L_("Confiscation order")),
        ("enforcement", L_("Enforcement requested")),
    ),
    "voluntary_appearance": (
        ("person", L_("Person concerned")),
        ("purpose", L_("Purpose of the appearance")),
        ("dates", L_("Dates")),
        ("expenses", L_("Travel, accommodation and allowances")),
        ("safe_conduct", ""),
    ),
    "temporary_transfer": (
        ("person", L_("Person to be transferred")),
        ("purpose", L_("Purpose of the transfer")),
        ("dates", L_("Dates")),
        ("custody_and_escort", L_("Custody and escort")),
        ("consent", ""),
        ("return_undertaking", ""),
    ),
    "data_preservation": (
        ("provider", L_("Service provider or custodian")),
        ("identifiers", L_("Identifiers")),
        ("data_categories", L_("Data to be preserved")),
        _PERIOD,
        ("necessity", L_("Why preservation is necessary")),
        ("follow_up_request", ""),
    ),
    "stored_data_production": (
        ("provider", L_("Service provider or custodian")),
        ("identifiers", L_("Identifiers")),
        ("data_categories", L_("Data requested")),
        _PERIOD,
        ("preservation_reference", L_("Reference of the preservation")),
        ("content_justification", L_("Why the content holds evidence of the offence")),
    ),
    "traffic_data_realtime": (
        ("identifiers", L_("Target identifiers")),
        ("duration", L_("Duration")),
        ("legal_threshold", L_("Why the legal threshold is met")),
    ),
    "locate_person": (
        ("person", L_("Person to be located or identified")),
        ("last_known_whereabouts", L_("Last known whereabouts")),
    ),
    "other": (),
}

NUMBERED_LISTS = {"questions"}

BOOLEAN_SENTENCES: dict[str, tuple[str, str]] = {
    "on_oath": (
        L_("The person should be heard on oath."),
        L_("The person need not be heard on oath."),
    ),
    "requesting_officials_may_question": (
        L_(
            "The requesting authority asks that its officials be allowed to put questions "
            "through the executing authority."
        ),
        L_("The requesting authority does not ask to put questions itself."),
    ),
    "no_disclosure_to_customer": (
        L_(
            "The institution should be asked not to disclose the request or its execution to "
            "the customer or to any third party."
        ),
        L_("The customer may be informed of the request."),
    ),
    "safe_conduct": (
        L_("The person is guaranteed safe conduct for the duration of the stay."),
        L_("No safe conduct is offered."),
    ),
    "consent": (
        L_("The person has given free and informed consent to the transfer."),
        L_("The person has not yet consented to the transfer."),
    ),
    "return_undertaking": (
        L_(
            "The requesting State undertakes to keep the person in custody and to return them "
            "as soon as the purpose of the transfer has been achieved."
        ),
        L_("No undertaking to return the person is given."),
    ),
    "follow_up_request": (
        L_("A request for the production of the preserved data will follow."),
        L_("No request for the production of the data is planned at this stage."),
    ),
}


def write_assistance(letter: Letter) -> None:
    t, layout, request = letter.t, letter.layout, letter.request
    letter.heading("assistance")
    if request.assistance:
        layout.para(
            "Body Text",
            t(
                "The competent authorities of %(state)s are requested to provide the "
                "following assistance."
            )
            % {"state": letter.state_in_text(request.requested_state)},
        )
    for number, item in enumerate(request.assistance, start=1):
        write_item(letter, number, item)
    letter.placeholders(letter.missing.for_part("assistance"))
    if request.assistance:
        layout.para(
            "Body Text Spaced",
            t(
                "The competent authorities of %(state)s are also requested to take any "
                "further steps they consider useful for the purposes of this request, and to "
                "inform the requesting authority if, in the course of execution, further "
                "investigative measures appear appropriate."
            )
            % {"state": letter.state_in_text(request.requested_state)},
        )


def item_title(letter: Letter, item: AssistanceItem) -> str:
    title = KIND_TITLES[item.type]
    record_kind = getattr(item, "record_kind", None)
    status = getattr(item, "status", None)
    if item.type == "records_production" and record_kind in RECORD_TITLES:
        title = RECORD_TITLES[record_kind]
    if item.type == "witness_statement" and status in STATEMENT_TITLES:
        title = STATEMENT_TITLES[status]
    return letter.t(title)


def write_item(letter: Letter, number: int, item: AssistanceItem) -> None:
    """Item `number`: its heading, description and fields, relevance and procedures."""
    t, layout = letter.t, letter.layout
    values = {"number": number, "kind": item_title(letter, item)}
    layout.para("Heading 2", t("Item %(number)s – %(kind)s") % values)
    if item.description:
        for text in paragraphs(item.description):
            layout.para("Body Text", text)
    for name, label in ITEM_FIELDS[item.type]:
        if name in ("status", "record_kind") and _in_title(item, name):
            continue  # "Statement of a victim" already says it
        write_item_field(letter, item, name, label)
    letter.placeholders(letter.missing.for_item(number))
    layout.para("Heading 3", t("Relevance to the proceedings"))
    if item.relevance:
        for text in paragraphs(item.relevance):
            layout.para("Body Text", text)
    letter.placeholders(letter.missing.for_item(number, "relevance"))
    layout.para("Heading 3", t("Procedures to be followed"))
    if item.procedures == "none":
        layout.para("Body Text", t("No particular procedure is requested for this item."))
    elif item.procedures:
        for index, procedure in enumerate(item.procedures, start=1):
            layout.para("List Item", f"{index}.\t", procedure.requirement or "")
            if procedure.reason:
                layout.para(
                    "List Item",
                    "\t",
                    (letter.wording.label_before_value(t("Reason")), "Emphasis"),
                    procedure.reason,
                )
    letter.placeholders(letter.missing.for_item(number, "procedures"))


def _in_title(item: AssistanceItem, name: str) -> bool:
    value = getattr(item, name, None)
    titles = STATEMENT_TITLES if name == "status" else RECORD_TITLES
    return value is not None and value in titles


def write_item_field(letter: Letter, item: AssistanceItem, name: str, label: str) -> None:
    """One field of an item: a sentence for a yes/no field, `Label: value`, or a labelled list."""
    t, layout = letter.t, letter.layout
    value = getattr(item, name, None)
    if name in BOOLEAN_SENTENCES:
        if value is not None:
            layout.para("Field Line", t(BOOLEAN_SENTENCES[name][0 if value else 1]))
        return
    empty = value is None or value == [] or value == ""
    if empty and (name != "period_from" or getattr(item, "period_to", None) is None):
        return
    label = t(label)
    text = _field_text(letter, item, name, value)
    if text is not None:
        layout.field(label, text)
    elif isinstance(value, list):
        layout.para("Field Line", (letter.wording.label(label), "Strong"), keep_with_next=True)
        for index, entry in enumerate(value, start=1):
            marker = f"{index}.\t" if name in NUMBERED_LISTS else "–\t"
            layout.para("List Item", marker, entry_text(letter, entry))


def _field_text(letter: Letter, item: AssistanceItem, name: str, value: Any) -> str | None:
    """A field's value on one line after its label; None for a list (written below its label)."""
    t, fmt = letter.t, letter.fmt
    if name == "period_from":
        return _period(letter, getattr(item, "period_from", None), getattr(item, "period_to", None))
    if name in ("person", "recipient"):
        return letter.person_name(value)
    if name == "holders":
        return fmt.join(letter.person_name(holder) for holder in value)
    if isinstance(value, Enum):
        return t(ENUM_VALUES.get(value.value, value.value))
    if isinstance(value, str):
        return value
    if isinstance(value, dt.date):
        return fmt.date(value)
    if isinstance(value, Contact):
        return letter.wording.joined([value.name, value.function, value.phone, value.email])
    if isinstance(value, Order):
        return order_text(letter, value)
    return None


def _period(letter: Letter, start: dt.date | None, end: dt.date | None) -> str:
    t, fmt = letter.t, letter.fmt
    if start and end:
        return t("from %(start)s to %(end)s") % {"start": fmt.date(start), "end": fmt.date(end)}
    if start:
        return t("from %(start)s") % {"start": fmt.date(start)}
    return t("until %(end)s") % {"end": fmt.date(end)} if end else ""


def entry_text(letter: Letter, entry: Any) -> str:
    """One entry of a list field: an identifier, a piece of property, a date or a text."""
    fmt, t, wording = letter.fmt, letter.t, letter.wording
    if isinstance(entry, DataIdentifier):
        text = entry.value or ""
        if entry.kind:
            text = (
                t("%(identifier)s (%(kind)s)") % {"identifier": text, "kind": entry.kind}
                if text
                else entry.kind
            )
        if entry.observed_at:
            text = t("%(identifier)s, used on %(when)s") % {
                "identifier": text,
                "when": fmt.datetime(entry.observed_at),
            }
        return text
    if isinstance(entry, Property):
        # Labelled details: each reads the same whatever the others are, in every language.
        parts = [entry.description or ""]
        if entry.location:
            parts.append(t("location: %(location)s") % {"location": entry.location})
        if entry.holder:
            parts.append(t("holder: %(holder)s") % {"holder": letter.person_name(entry.holder)})
        if entry.estimated_value:
            parts.append(
                t("estimated value: %(value)s")
                % {"value": money_text(letter, entry.estimated_value)}
            )
        return wording.details(parts)
    if isinstance(entry, dt.date):
        return fmt.date(entry)
    return str(entry)


def money_text(letter: Letter, money: Money) -> str:
    amount = money.amount if isinstance(money.amount, Decimal) else None
    return letter.fmt.money(amount, money.currency)


def order_text(letter: Letter, order: Order) -> str:
    """A domestic or confiscation order: authority, date, reference, finality, annex."""
    t = letter.t
    parts = [order.authority or ""]
    if order.date:
        parts.append(t("date of the order: %(date)s") % {"date": letter.fmt.date(order.date)})
    if order.reference:
        parts.append(t("reference: %(reference)s") % {"reference": order.reference})
    if order.final is True:
        parts.append(t("the order is final"))
    elif order.final is False:
        parts.append(t("the order is not yet final"))
    if order.annex:
        parts.append(t("certified copy attached: %(annex)s") % {"annex": order.annex})
    return letter.wording.details(parts)
