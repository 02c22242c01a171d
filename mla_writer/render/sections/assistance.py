"""Section 7, assistance requested (points 9 to 11): each item of assistance in numbered
paragraphs of prose, its relevance to the proceedings and the procedures to be followed.

Each kind's spec (`mla_writer/model/kinds/`) says how the letter writes each field: in a sentence
holding its value, in a sentence introducing a list, in the drafter's own sentences, or (a yes/no
field) in a sentence for each answer. Consecutive short sentences make one paragraph, as a lawyer
writes them; never a `label: value` line.
"""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum
from typing import Any

from mla_writer.i18n import L_
from mla_writer.model.assistance import DataIdentifier, Order, Property
from mla_writer.model.common import Contact, Money, is_none_answer, none_reason
from mla_writer.model.dates import CaseDate, DateForm
from mla_writer.model.kinds import AssistanceItem, letter_label, spec_of
from mla_writer.model.kinds.spec import LetterField
from mla_writer.model.kinds.witness_statement import PersonHeard
from mla_writer.render.formatting import in_sentence, list_letter, paragraphs
from mla_writer.render.sections.shared import Letter

NUMBERED_LISTS = {"questions"}
"""List fields whose entries are numbered 1, 2, 3 (questions are referred to by number)."""


def write_assistance(letter: Letter) -> None:
    t, request = letter.t, letter.request
    letter.heading("assistance")
    state = {"of_state": letter.of_state(request.requested_state)}
    if request.assistance:
        letter.numbered(
            t(
                "The requesting authority respectfully asks the competent authorities "
                "%(of_state)s to provide the following assistance."
            )
            % state,
            anchor="assistance_first",
        )
    for number, item in enumerate(request.assistance, start=1):
        write_item(letter, number, item)
    letter.paragraph_numbers["assistance_last"] = letter.last_number
    letter.placeholders(letter.missing.for_part("assistance"))
    if request.assistance:
        letter.numbered(
            t(
                "The requesting authority would also be grateful if the competent authorities "
                "%(of_state)s took any further steps they consider useful for the purposes of "
                "this request, and informed it if, in the course of execution, further "
                "investigative measures appeared appropriate."
            )
            % state
        )


def item_title(letter: Letter, item: AssistanceItem) -> str:
    spec = spec_of(item)
    choice = spec.choice(getattr(item, spec.title_field or "", None))
    return letter.t(choice.title if choice and choice.title else spec.title)


class ItemProse:
    """The sentences of one item, gathered into numbered paragraphs: short sentences run on in
    one paragraph; a list, or the drafter's own paragraphs, close it."""

    def __init__(self, letter: Letter) -> None:
        self.letter = letter
        self.pending: list[str] = []

    def add(self, sentence: str) -> None:
        self.pending.append(sentence)

    def flush(self, *, keep_with_next: bool = False) -> None:
        if self.pending:
            self.letter.numbered(" ".join(self.pending), keep_with_next=keep_with_next)
            self.pending = []

    def paragraphs(self, text: str) -> None:
        """The drafter's own paragraphs, each numbered, after the sentences gathered so far."""
        self.flush()
        for sentences in paragraphs(text):
            self.letter.numbered(sentences)

    def listed(self, lead: str, entries: list[str], *, numbers: bool = False) -> None:
        """`lead`, closing the paragraph, then the entries marked (a), (b)… or 1., 2.…"""
        self.add(lead)
        self.flush(keep_with_next=True)
        for index, entry in enumerate(entries):
            marker = f"{index + 1}." if numbers else self.marker(index)
            # One entry has no (a): nothing follows for it to be told apart from (a question
            # keeps its number, by which the record of the hearing answers it).
            marked = numbers or len(entries) > 1
            self.letter.layout.para("List Item", f"{marker}\t" if marked else "\t", entry)

    def marker(self, index: int) -> str:
        letter = list_letter(index, self.letter.fmt.language)
        return self.letter.t("(%(letter)s)") % {"letter": letter}


def write_item(letter: Letter, number: int, item: AssistanceItem) -> None:
    """Item `number`: its heading, description and fields, relevance and procedures."""
    t, layout = letter.t, letter.layout
    values = {"number": number, "kind": item_title(letter, item)}
    layout.para("Heading 2", t("Item %(number)s – %(kind)s") % values, keep_with_next=True)
    for text in paragraphs(item.description or ""):
        letter.numbered(text)
    prose = ItemProse(letter)
    if item.executing_authority:
        prose.add(
            t(
                "The requesting authority understands that %(authority)s would be competent to "
                "execute this item."
            )
            % {"authority": item.executing_authority}
        )
    spec = spec_of(item)
    for letter_field in spec.letter:
        if letter_field.name == spec.title_field and _in_title(item):
            continue  # "Statement of a victim" already says it
        write_item_field(prose, item, letter_field)
    prose.flush()
    letter.placeholders(letter.missing.for_item(number))
    if item.relevance:
        layout.para("Heading 3", t("Relevance to the proceedings"), keep_with_next=True)
        for text in paragraphs(item.relevance):
            letter.numbered(text)
    letter.placeholders(letter.missing.for_item(number, "relevance"))
    _write_procedures(letter, item)
    letter.placeholders(letter.missing.for_item(number, "procedures"))


def _write_procedures(letter: Letter, item: AssistanceItem) -> None:
    """The procedures asked for, so far as the requested State's law allows, each followed by
    the drafter's reason for it; nothing where none is asked for without a reason."""
    t, layout = letter.t, letter.layout
    reason = none_reason(item.procedures)
    if is_none_answer(item.procedures) and reason:
        layout.para("Heading 3", t("Procedures to be followed"), keep_with_next=True)
        letter.prose(t("No particular procedure is requested for this item."), reason)
    if not isinstance(item.procedures, list) or not item.procedures:
        return
    layout.para("Heading 3", t("Procedures to be followed"), keep_with_next=True)
    several = len(item.procedures) > 1
    lead = (
        t(
            "So far as compatible with the law %(of_state)s, the requesting authority "
            "respectfully asks that the following procedures be followed:"
        )
        if several
        else t(
            "So far as compatible with the law %(of_state)s, the requesting authority "
            "respectfully asks that the following procedure be followed:"
        )
    )
    of_state = letter.of_state(letter.request.requested_state)
    letter.numbered(lead % {"of_state": of_state}, keep_with_next=True)
    prose = ItemProse(letter)
    for index, procedure in enumerate(item.procedures):
        # The reason follows the procedure as the drafter's own sentences, under no label.
        text = " ".join(part for part in (procedure.requirement, procedure.reason) if part)
        layout.para("List Item", f"{prose.marker(index)}\t" if several else "\t", text)


def _in_title(item: AssistanceItem) -> bool:
    spec = spec_of(item)
    choice = spec.choice(getattr(item, spec.title_field or "", None))
    return choice is not None and choice.title is not None


def write_item_field(prose: ItemProse, item: AssistanceItem, letter_field: LetterField) -> None:
    """One field of an item, in sentences: a yes/no answer's sentence, a sentence holding the
    value, a sentence introducing a list, or the drafter's own paragraphs."""
    letter = prose.letter
    t, name = letter.t, letter_field.name
    value = getattr(item, name, None)
    if letter_field.choice_sentence:
        if isinstance(value, StrEnum):
            prose.add(t(letter_label(value)))
        return
    if letter_field.sentences:
        if value is not None:
            prose.add(t(letter_field.sentences[0 if value else 1]))
        return
    empty = value is None or value == [] or value == ""
    if empty and (name != "period_from" or getattr(item, "period_to", None) is None):
        return
    if isinstance(value, Order):
        prose.add(order_text(letter, name, value))
        return
    if letter_field.own and isinstance(value, str):
        if letter_field.lead:  # "The facts … are as follows:", then (a), (b) per paragraph
            prose.flush()
            prose.listed(t(letter_field.lead), paragraphs(value))
        else:
            prose.paragraphs(value)  # the drafter's sentences, under no label
        return
    text = _field_text(letter, item, name, value)
    if text is not None and letter_field.prose:
        embedded = in_sentence(text) if letter_field.noun_phrase else text
        prose.add(t(letter_field.prose) % {"value": embedded})
        if isinstance(value, list) and any(isinstance(entry, PersonHeard) for entry in value):
            _write_own_questions(prose, value)
    elif isinstance(value, list) and letter_field.lead:
        entries = [entry_text(letter, entry) for entry in value]
        prose.listed(t(letter_field.lead), entries, numbers=name in NUMBERED_LISTS)


def _write_own_questions(prose: ItemProse, heard: list[PersonHeard]) -> None:
    """The questions for one of several persons alone, after the persons and under their name."""
    letter = prose.letter
    for entry in heard:
        if not entry.questions:
            continue
        lead = letter.t("The following questions should be put to %(person)s only:") % {
            "person": letter.person_name(entry.person)
        }
        prose.listed(lead, list(entry.questions), numbers=True)


def _field_text(letter: Letter, item: AssistanceItem, name: str, value: Any) -> str | None:
    """A field's value as a sentence holds it; None for a list written entry by entry."""
    t, fmt = letter.t, letter.fmt
    if name == "period_from":
        return _period(letter, getattr(item, "period_from", None), getattr(item, "period_to", None))
    spec = spec_of(item)
    if name in spec.person_fields + spec.name_fields:
        references = value if isinstance(value, list) else [value]
        return fmt.join(
            letter.person_name(ref.person if isinstance(ref, PersonHeard) else ref)
            for ref in references
        )
    if isinstance(value, StrEnum):
        return t(letter_label(value))
    if isinstance(value, str):
        return value
    if isinstance(value, CaseDate):
        return letter.date_text(value)
    if isinstance(value, list):
        return fmt.join(entry_text(letter, entry) for entry in value)
    if isinstance(value, Contact):
        return letter.wording.joined(
            [
                value.name,
                value.function,
                value.authority,
                value.phone,
                value.second_phone,
                value.fax and t("Fax: %(fax)s") % {"fax": value.fax},
                value.email,
            ]
        )
    return None


def _period(letter: Letter, start: CaseDate | None, end: CaseDate | None) -> str:
    """ "from 1 March 2023 to date", "from 2023 to 2024", or the whole period given in `start`."""
    t = letter.t
    if start and start.form in (DateForm.RANGE, DateForm.OPEN):
        whole = letter.date_text(start)
        return whole if start.form is DateForm.OPEN else _from_to(letter, *start.parts)
    if start and start.form is DateForm.EARLIEST:
        if end and end.form is DateForm.TO_DATE:
            return t("from the earliest record held to date")
        if end:
            return t("from the earliest record held to %(end)s") % {"end": letter.date_text(end)}
        return t("from the earliest record held")
    if start and end:
        return _from_to(letter, start, end)
    if start:
        return t("from %(start)s") % {"start": letter.date_text(start, genitive=True)}
    if end and end.form is DateForm.TO_DATE:
        return letter.date_text(end)
    return t("until %(end)s") % {"end": letter.date_text(end)} if end else ""


def _from_to(letter: Letter, start: CaseDate, end: CaseDate) -> str:
    if end.form is DateForm.TO_DATE:
        return letter.t("from %(start)s to date") % {
            "start": letter.date_text(start, genitive=True)
        }
    return letter.t("from %(start)s to %(end)s") % {
        "start": letter.date_text(start, genitive=True),
        "end": letter.date_text(end),
    }


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
        if entry.fixed:
            text = t("%(identifier)s, a fixed address") % {"identifier": text}
        if entry.observed_at:
            text = t("%(identifier)s, used on %(when)s") % {
                "identifier": text,
                "when": fmt.datetime(entry.observed_at),
            }
        return text
    if isinstance(entry, Property):
        # Phrases, each reading the same whatever the others are, in every language.
        # A fact the description already states is not said again.
        description = entry.description or ""
        parts = [description]
        if entry.location and entry.location not in description:
            parts.append(t("located at %(location)s") % {"location": entry.location})
        holder = letter.person_name(entry.holder) if entry.holder else ""
        if holder and holder not in description:
            parts.append(t("held by %(holder)s") % {"holder": holder})
        if entry.estimated_value:
            parts.append(
                t("of an estimated value of %(value)s")
                % {"value": money_text(letter, entry.estimated_value)}
            )
        return wording.joined(parts)
    if isinstance(entry, CaseDate):
        return letter.date_text(entry)
    return str(entry)


def money_text(letter: Letter, money: Money) -> str:
    amount = money.amount if isinstance(money.amount, Decimal) else None
    return letter.fmt.money(amount, money.currency)


ORDER_MADE = {
    ("domestic_order", True, False): L_(
        "The domestic order on which this request rests was made by the %(authority)s on %(date)s."
    ),
    ("domestic_order", False, False): L_(
        "The domestic order on which this request rests was made by the %(authority)s."
    ),
    ("order", True, False): L_("The confiscation order was made by the %(authority)s on %(date)s."),
    ("order", False, False): L_("The confiscation order was made by the %(authority)s."),
    ("domestic_order", True, True): L_(
        "%(reference)s, the domestic order on which this request rests, was made by the "
        "%(authority)s on %(date)s."
    ),
    ("domestic_order", False, True): L_(
        "%(reference)s, the domestic order on which this request rests, was made by the "
        "%(authority)s."
    ),
    ("order", True, True): L_(
        "%(reference)s, the confiscation order, was made by the %(authority)s on %(date)s."
    ),
    ("order", False, True): L_(
        "%(reference)s, the confiscation order, was made by the %(authority)s."
    ),
}
"""The first sentence on an order, by its field, whether its date is known and whether its
reference is ("Ruling no. 10a/4172-26, the domestic order …, was made by …")."""


def order_text(letter: Letter, name: str, order: Order) -> str:
    """A domestic or confiscation order in sentences: what it is and who made it when, whether
    it is final, where its certified copy is."""
    t = letter.t
    values = {
        "authority": order.authority or t("[authority not given]"),
        "date": letter.date_text(order.date) if order.date else "",
        "reference": (order.reference or "").strip(),
    }
    key = (name, order.date is not None, bool(values["reference"]))
    sentences = [t(ORDER_MADE[key]) % values]
    if order.final is True:
        sentences.append(t("The order is final."))
    elif order.final is False:
        sentences.append(t("The order is not yet final."))
    if order.annex:
        sentences.append(
            t("A certified copy is attached (%(annex)s).") % {"annex": order.annex.rstrip(".")}
        )
    return " ".join(sentences)
