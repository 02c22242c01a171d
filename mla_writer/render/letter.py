"""Builds the letter of request as a Word document, in the order a central authority expects.

Cover sheet with the acknowledgement of receipt (point 4); the URGENT and CONFIDENTIAL notices
(points 5, 6); addressee, sender, references, date and subject; numbered sections for the other
points; closing and signature; annexes. Every fixed phrase goes through the letter translator
(`t`, domain "letter"); user text is written as data, never interpreted. Layout comes from the
template's named styles only.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from decimal import Decimal
from enum import Enum
from typing import Any

from docx.document import Document
from docx.oxml.ns import qn
from docx.shared import Length

from mla_writer import __version__
from mla_writer.checklist import COST_NOTE, POINTS_BY_KEY, Finding, Report, Severity
from mla_writer.fieldpath import FieldPath
from mla_writer.i18n import L_, LetterTranslator
from mla_writer.instruments import KNOWN_INSTRUMENTS, RECIPROCITY_UNDERTAKINGS
from mla_writer.model import LetterOfRequest, Person
from mla_writer.model.assistance import AssistanceBase, DataIdentifier, Order, Property
from mla_writer.model.common import Authority, Contact, Money
from mla_writer.model.parties import ProceedingsNature
from mla_writer.render import ooxml
from mla_writer.render.embedded import CASE_NAMESPACE, case_xml, item_id
from mla_writer.render.formatting import LetterFormat
from mla_writer.render.template import LoadedTemplate, new_document
from mla_writer.states.proposals import instrument_title
from mla_writer.states.relations import bilateral_treaty

LONG_LAW_TEXT_WORDS = 350
"""Law texts longer than this are reproduced in an appendix, not in the body of the letter."""

EAST_ASIAN_LANGUAGES = frozenset({"zh", "ja", "ko"})
"""Letter languages whose runs prefer the East Asian font for shared punctuation."""
RIGHT_TO_LEFT_LABEL_SCALE = 1.25
"""How much wider the label column of a details table is in a right-to-left letter."""
LATIN_IN_EAST_ASIAN_LETTERS = "en-GB"
"""The language of Latin-script words in an East Asian letter, as Word's Chinese documents do."""

TEXT_WIDTH = 9072  # twips: A4 (11906) less 2.5 cm margins each side, as in the base template

# --------------------------------------------------------------------------- fixed phrases

SECTIONS: tuple[tuple[str, str], ...] = (
    ("identification", L_("Authorities and contacts")),
    ("legal_basis", L_("Legal basis")),
    ("channels", L_("Prior contact and other channels")),
    ("facts", L_("Summary of the facts")),
    ("persons", L_("Persons concerned")),
    ("offences", L_("Offences and applicable penalties")),
    ("assistance", L_("Assistance requested")),
    ("officials", L_("Presence of officials at execution")),
    ("language", L_("Language and translation")),
    ("undertakings", L_("Undertakings")),
)
"""The numbered sections of the letter, in order: (anchor, title msgid)."""

SECTION_NUMBERS = {key: number for number, (key, _title) in enumerate(SECTIONS, start=1)}

ANNEXES_TITLE = L_("Annexes")

INTRODUCTION = {
    (ProceedingsNature.INVESTIGATION, True): L_(
        "I have the honour to request the assistance of the competent authorities of "
        "%(state)s in the criminal investigation conducted by the %(authority)s (reference: "
        "%(reference)s)."
    ),
    (ProceedingsNature.INVESTIGATION, False): L_(
        "I have the honour to request the assistance of the competent authorities of "
        "%(state)s in the criminal investigation conducted by the %(authority)s."
    ),
    (ProceedingsNature.PROSECUTION, True): L_(
        "I have the honour to request the assistance of the competent authorities of "
        "%(state)s in the prosecution conducted by the %(authority)s (reference: %(reference)s)."
    ),
    (ProceedingsNature.PROSECUTION, False): L_(
        "I have the honour to request the assistance of the competent authorities of "
        "%(state)s in the prosecution conducted by the %(authority)s."
    ),
    (ProceedingsNature.JUDICIAL_PROCEEDINGS, True): L_(
        "I have the honour to request the assistance of the competent authorities of "
        "%(state)s in the criminal proceedings before the %(authority)s (reference: "
        "%(reference)s)."
    ),
    (ProceedingsNature.JUDICIAL_PROCEEDINGS, False): L_(
        "I have the honour to request the assistance of the competent authorities of "
        "%(state)s in the criminal proceedings before the %(authority)s."
    ),
}

NATURES = {
    ProceedingsNature.INVESTIGATION: L_("Criminal investigation"),
    ProceedingsNature.PROSECUTION: L_("Prosecution"),
    ProceedingsNature.JUDICIAL_PROCEEDINGS: L_("Judicial proceedings"),
}

ROLES = {
    "suspect": L_("Suspect"),
    "accused": L_("Accused"),
    "witness": L_("Witness"),
    "victim": L_("Victim"),
    "expert": L_("Expert"),
    "company": L_("Company"),
    "other": L_("Other person concerned"),
}

CHANNELS = {
    "interpol": L_("INTERPOL"),
    "diplomatic": L_("Diplomatic channel"),
    "eurojust": L_("Eurojust"),
    "ejn": L_("European Judicial Network"),
    "direct": L_("Direct transmission to a competent authority"),
    "police_cooperation": L_("Police cooperation channel"),
    "other": L_("Other channel"),
}

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

UNDERTAKINGS = {
    "use_limitation": L_(
        "The evidence and information obtained will not be used or transmitted for "
        "investigations, prosecutions or proceedings other than those stated in this request "
        "without the prior consent of the requested State."
    ),
    "confidentiality": L_(
        "If the requested State so asks, the evidence and information provided will be kept "
        "confidential, except to the extent necessary for the proceedings stated in this request."
    ),
    "return_of_originals": L_(
        "Any original records or objects provided will be returned as soon as possible, unless "
        "the requested State waives their return."
    ),
    "reciprocity": L_(
        "%(requesting)s undertakes to execute, in accordance with its law, a similar request "
        "from %(requested)s."
    ),
    "costs": COST_NOTE,
}

# --------------------------------------------------------------------------- the builder

Run = str | tuple[str, str | None]
"""A piece of text, or (text, character style name)."""


def _paragraphs(text: str) -> list[str]:
    """User text split at blank lines: one idea per paragraph, as the user wrote it."""
    return [part.strip() for part in re.split(r"\n\s*\n", text.strip()) if part.strip()]


def _capitalised(sentence: str) -> str:
    """A sentence that starts with a State's name in running text ("the United States ...")."""
    return sentence[:1].upper() + sentence[1:]


def _words(text: str) -> int:
    return len(re.findall(r"\w+", text))


class LetterBuilder:
    """Writes one letter into a fresh document made from the template."""

    def __init__(
        self,
        request: LetterOfRequest,
        template: LoadedTemplate,
        *,
        language: str,
        draft: bool,
        report: Report,
        today: dt.date,
    ) -> None:
        self.request = request
        self.template = template
        self.t = LetterTranslator(language)
        self.fmt = LetterFormat(language)
        self.tag = self.fmt.tag
        east_asian = self.fmt.language in EAST_ASIAN_LANGUAGES
        self.script = ooxml.Script(
            self.tag,
            right_to_left=self.fmt.right_to_left,
            east_asian=east_asian,
            # Latin-script words in a Chinese letter (names, references) are not Chinese.
            latin_tag=LATIN_IN_EAST_ASIAN_LETTERS if east_asian else None,
        )
        self.draft = draft
        self.report = report
        self.letter_date = request.date or today
        self.document: Document = new_document(template)
        self.end = self.document.element.body.sectPr  # the body's content goes before it
        section = self.document.sections[0]
        page, left, right = section.page_width, section.left_margin, section.right_margin
        self.text_width = (
            Length(page - left - right).twips if page and left and right else TEXT_WIDTH
        )
        self.appendix_texts: list[tuple[str, str]] = []
        self.pending: dict[str, list[Finding]] = defaultdict(list)
        if draft:
            for finding in report.errors():
                self.pending[_anchor(finding)].append(finding)

    # ----------------------------------------------------------------- low-level writing

    def _style_id(self, name: str) -> str:
        return self.template.style_ids[name]

    def para(
        self,
        style: str,
        *runs: Run,
        container: Any = None,
        keep_with_next: bool = False,
        page_break_before: bool = False,
    ) -> Any:
        """A paragraph (`w:p`) of `style` holding `runs`, at the end of the body or of a
        container (a table cell, the header)."""
        p = ooxml.new_paragraph(
            self.end if container is None else container,
            self._style_id(style),
            append=container is not None,
            keep_with_next=keep_with_next,
            page_break_before=page_break_before,
            bidi=self.fmt.right_to_left,
        )
        ooxml.add_runs(p, self._runs(runs), self.script)
        return p

    def _runs(self, runs: Sequence[Run]) -> list[tuple[str, str | None]]:
        resolved = []
        for run in runs:
            text, character_style = (run, None) if isinstance(run, str) else run
            resolved.append((text, self._style_id(character_style) if character_style else None))
        return resolved

    def cell_para(self, cell: Any, style: str, *runs: Run) -> Any:
        """A paragraph at the end of a table cell (`w:tc`)."""
        return self.para(style, *runs, container=cell)

    def widths(self, *columns: int) -> list[int]:
        """Column widths for the page's text width: `columns` as drawn for the base template's
        A4 page, scaled to an office template's page, the last column taking the rest."""
        scaled = [round(width * self.text_width / TEXT_WIDTH) for width in columns]
        return [*scaled, self.text_width - sum(scaled)]

    def table(
        self, rows: int, widths: list[int], style: str, *, header: bool = False
    ) -> list[list[Any]]:
        """A table at the end of the body; its cells by row."""
        return ooxml.add_table(
            self.end,
            self._style_id(style),
            widths,
            rows,
            header=header,
            right_to_left=self.fmt.right_to_left,
        )

    def heading(self, key: str) -> None:
        number = SECTION_NUMBERS[key]
        title = self.t(dict(SECTIONS)[key])
        self.para("Heading 1", f"{number}.\t{title}")

    def field(self, label: str, value: str, style: str = "Field Line") -> None:
        """`Label: value`, the label in bold; a value of several paragraphs goes below its label."""
        parts = _paragraphs(value) if "\n" in value else [value]
        if len(parts) == 1:
            self.para(style, (self.label_before_value(label), "Strong"), parts[0])
            return
        label_text = self.t("%(label)s:") % {"label": label}
        self.para(style, (label_text, "Strong"), keep_with_next=True)
        for part in parts:
            self.para(style, part)

    def placeholders(self, anchor: str, container: Any = None, style: str = "Body Text") -> None:
        """In a draft, a visible placeholder for each missing item that belongs here."""
        for finding in self.pending.pop(anchor, []):
            point = POINTS_BY_KEY[finding.point]
            text = self.t("[MISSING – point %(number)s, %(field)s: %(message)s]") % {
                "number": point.number,
                "field": finding.field,
                "message": finding.shown(self.t),  # in the letter's language, not the interface's
            }
            if container is not None:
                self.cell_para(container, "Table Text", (text, "Placeholder"))
            else:
                self.para(style, (text, "Placeholder"))

    # ----------------------------------------------------------------- helpers on data

    def label_before_value(self, label: str) -> str:
        """ "Label: " before a value on the same line, with the language's colon and spacing."""
        return self.t.p("a label followed by its value on the same line", "%(label)s: ") % {
            "label": label
        }

    def joined(self, parts: Iterable[str | None]) -> str:
        """Parts of one name or address ("name, function, authority") with the language's comma."""
        return self.t.p("separator between the parts of a name or address", ", ").join(
            part for part in parts if part
        )

    def details(self, parts: Iterable[str | None]) -> str:
        """Details of one entry ("place: …; holder: …") with the language's semicolon."""
        return self.t.p("separator between the details of one entry", "; ").join(
            part for part in parts if part
        )

    def dash(self, first: str | None, second: str | None) -> str:
        """Two parts of a heading ("12 May 2026 – videoconference"), either may be missing."""
        if first and second:
            return self.t.p("two parts of a heading", "%(first)s – %(second)s") % {
                "first": first,
                "second": second,
            }
        return first or second or ""

    def state(self, code: str | None) -> str:
        return self.fmt.state(code) if code else self.t("[State not given]")

    def state_in_text(self, code: str | None) -> str:
        return self.fmt.state_in_text(code) if code else self.t("[State not given]")

    def person_name(self, reference: str | None) -> str:
        if not reference:
            return ""
        person = self.request.person(reference)
        return person.display_name() if person else reference

    def authority_lines(self, authority: Authority) -> list[Run]:
        runs: list[Run] = [(authority.name or "", "Strong")]
        if authority.address:
            runs += ["\n", authority.address.strip()]
        if authority.phone:
            runs += ["\n", self.t("Telephone: %(phone)s") % {"phone": authority.phone}]
        if authority.email:
            runs += ["\n", self.t("E-mail: %(email)s") % {"email": authority.email}]
        return runs

    # ----------------------------------------------------------------- the letter

    def build(self) -> Document:
        self.header_and_footer()
        if self.request.acknowledgement.include_form:
            self.cover_sheet()
        else:
            self.placeholders("cover")
        self.notices()
        self.letter_heading()
        self.authorities()
        self.legal_basis()
        self.channels()
        self.facts()
        self.persons()
        self.offences()
        self.assistance()
        self.officials()
        self.language()
        self.undertakings()
        self.closing()
        self.annexes()
        self.appendix()
        self.leftover_placeholders()
        ooxml.fill_empty_cells(
            self.document.element.body, self._style_id("Table Text"), bidi=self.fmt.right_to_left
        )
        self.properties()
        self.embed()
        return self.document

    def header_and_footer(self) -> None:
        section = self.document.sections[0]
        header = section.header._element
        # A new header holds one empty paragraph: ours replace it; an office letterhead's stay.
        for p in header.findall(ooxml.W_P):
            if p.find(ooxml.W_R) is None and len(header.findall(ooxml.W_P)) == 1:
                header.remove(p)
        t = self.t
        if self.draft:
            self.para("Draft Mark", t("Draft – not for signature"), container=header)
        markings = []
        if self.request.urgency and self.request.urgency.urgent:
            markings.append(t("Urgent"))
        if self.request.confidentiality and self.request.confidentiality.required:
            markings.append(t("Confidential"))
        reference = self.request.reference or t("[reference not given]")
        runs: list[Run] = [t("Our reference: %(reference)s") % {"reference": reference}]
        if markings:
            runs += [
                "\t\t",
                (t.p("separator between markings", " · ").join(markings), "Marking"),
            ]
        self.para("Header", *runs, container=header)

        footer = section.footer._element
        if any("PAGE" in (i.text or "").split() for i in footer.iter(qn("w:instrText"))):
            return  # the office template numbers its pages itself
        for p in footer.findall(ooxml.W_P):
            if p.find(ooxml.W_R) is None and len(footer.findall(ooxml.W_P)) == 1:
                footer.remove(p)
        target = self.para("Footer", container=footer)
        # "Page %(page)s of %(pages)s": the translated sentence decides where the fields go.
        sentence = self.t("Page %(page)s of %(pages)s")
        for piece in re.split(r"(%\(page\)s|%\(pages\)s)", sentence):
            if piece == "%(page)s":
                ooxml.add_field(target, "PAGE", "1", self.tag, self.script.latin_tag)
            elif piece == "%(pages)s":
                ooxml.add_field(target, "NUMPAGES", "1", self.tag, self.script.latin_tag)
            elif piece:
                ooxml.add_runs(target, [(piece, None)], self.script)

    def cover_sheet(self) -> None:
        request, t = self.request, self.t
        requesting = request.identification.requesting_authority if request.identification else None
        self.para("Title", t("Acknowledgement of receipt"))
        self.para("Subtitle", t("Request for mutual legal assistance in a criminal matter"))
        rows: list[tuple[str, list[Run]]] = [
            (t("From"), [requesting.name or "" if requesting else ""]),
            (t("Requesting State"), [self.state(request.requesting_state)]),
            (t("Requested State"), [self.state(request.requested_state)]),
            (t("Our reference"), [request.reference or t("[reference not given]")]),
            (t("Date of the request"), [self.fmt.date(self.letter_date)]),
            (t("Subject"), [self.subject()]),
        ]
        self.details_table(rows)
        self.placeholders("cover")
        self.para(
            "Cover Note",
            t(
                "The competent authority of the requested State is kindly asked to complete "
                "this form on receipt of the request and to return it, quoting the reference "
                "above, to:"
            ),
        )
        target = request.acknowledgement.return_to or requesting
        if target is not None:
            self.para("Return Address", *self.authority_lines(target))
        self.para("Notice Spacer")
        form = self.table(6, self.widths(3402), "Form Table")
        labels = (
            t("Date of receipt"),
            t("Reference of the requested State"),
            t("Authority executing the request"),
            t("Contact person (name, telephone, e-mail)"),
            t("Remarks"),
            t("Place, date, signature and seal"),
        )
        for row, label in zip(form, labels, strict=True):
            self.cell_para(row[0], "Table Heading", label)
            self.cell_para(row[1], "Form Answer", "")
        last = self.para(
            "Cover Note",
            t("This form is the first page of the request; the request follows."),
        )
        ooxml.add_page_break(last, self.script)

    def details_table(self, rows: list[tuple[str, list[Run]]], label_width: int = 2268) -> None:
        if self.fmt.right_to_left:
            # Arabic labels are set larger (complex-script size) and run longer than English.
            label_width = round(label_width * RIGHT_TO_LEFT_LABEL_SCALE)
        table = self.table(len(rows), self.widths(label_width), "Details Table")
        for row, (label, runs) in zip(table, rows, strict=True):
            self.cell_para(row[0], "Table Heading", self.t("%(label)s:") % {"label": label})
            self.cell_para(row[1], "Table Text", *runs)

    def subject(self) -> str:
        request = self.request
        if request.title:
            return request.title
        proceedings = request.identification.proceedings if request.identification else None
        if proceedings and proceedings.reference:
            return self.t("Request for mutual legal assistance in %(reference)s") % {
                "reference": proceedings.reference
            }
        return self.t("Request for mutual legal assistance in a criminal matter")

    def notices(self) -> None:
        t, urgency, conf = self.t, self.request.urgency, self.request.confidentiality
        shown = False
        if urgency and (urgency.urgent or urgency.deadline):
            self.para("Notice Title", t("Urgent"))
            if urgency.deadline:
                sentence = t(
                    "Please execute this request by %(deadline)s at the latest, for the following "
                    "reason:"
                ) % {"deadline": self.fmt.date(urgency.deadline)}
            else:
                sentence = t("Please execute this request urgently, for the following reason:")
            self.para("Notice Text", sentence)
            for text in _paragraphs(urgency.reason or ""):
                self.para("Notice Text", text)
            self.placeholders("urgency", style="Notice Text")
            shown = True
        if conf and conf.required:
            if shown:
                self.para("Notice Spacer")
            self.para("Notice Title", t("Confidential"))
            self.para(
                "Notice Text",
                t(
                    "This request and its contents must be kept confidential, for the following "
                    "reason:"
                ),
            )
            for text in _paragraphs(conf.reason or ""):
                self.para("Notice Text", text)
            self.placeholders("confidentiality", style="Notice Text")
            if conf.consult_before_execution:
                self.para(
                    "Notice Text",
                    t(
                        "If the request cannot be executed without its existence or contents "
                        "being disclosed, please consult the requesting authority before "
                        "executing it, so that it can decide whether execution should proceed."
                    ),
                )
            shown = True
        self.placeholders("urgency")
        self.placeholders("confidentiality")
        if shown:
            self.para("Notice Spacer")

    def letter_heading(self) -> None:
        request, t = self.request, self.t
        requesting = request.identification.requesting_authority if request.identification else None
        rows: list[tuple[str, list[Run]]] = []
        if request.addressee:
            rows.append((t("To"), self.authority_lines(request.addressee)))
        if requesting:
            rows.append((t("From"), self.authority_lines(requesting)))
        rows.append((t("Our reference"), [request.reference or t("[reference not given]")]))
        rows.append((t("Your reference"), [request.requested_reference or "–"]))
        self.details_table(rows)
        self.placeholders("heading")
        place = request.place
        date = self.fmt.date(self.letter_date)
        self.para(
            "Date Line",
            t("%(place)s, %(date)s") % {"place": place, "date": date} if place else date,
        )
        self.para("Letter Subject", t("Subject:"), "\t", self.subject())
        self.para("Body Text", t("Dear Sir or Madam,"))
        ident = request.identification
        proceedings = ident.proceedings if ident else None
        authority = ident.proceeding_authority if ident else None
        nature = (
            proceedings.nature
            if proceedings and proceedings.nature
            else ProceedingsNature.INVESTIGATION
        )
        has_reference = bool(proceedings and proceedings.reference)
        self.para(
            "Body Text",
            t(INTRODUCTION[(nature, has_reference)])
            % {
                "state": self.state_in_text(request.requested_state),
                "authority": (authority.name if authority and authority.name else "")
                or (requesting.name if requesting and requesting.name else "")
                or t("[authority not given]"),
                "reference": proceedings.reference if proceedings else "",
            },
        )
        self.para(
            "Body Text",
            t(
                "The request is set out below, point by point. I would be grateful if it could be "
                "forwarded to the competent authorities for execution."
            ),
        )

    def authorities(self) -> None:
        t, ident = self.t, self.request.identification
        self.heading("identification")
        if ident is None:
            self.placeholders("identification")
            return
        rows: list[tuple[str, list[Run]]] = []
        if ident.requesting_authority:
            rows.append(
                (t("Requesting authority"), self.authority_lines(ident.requesting_authority))
            )
        if ident.transmitting_authority:
            rows.append(
                (t("Transmitting authority"), self.authority_lines(ident.transmitting_authority))
            )
        if ident.proceeding_authority:
            rows.append(
                (
                    t("Authority conducting the proceedings"),
                    self.authority_lines(ident.proceeding_authority),
                )
            )
        proceedings = ident.proceedings
        if proceedings:
            if proceedings.nature:
                rows.append((t("Nature of the proceedings"), [t(NATURES[proceedings.nature])]))
            if proceedings.reference:
                rows.append((t("Case reference"), [proceedings.reference]))
            if proceedings.subject:
                rows.append((t("Subject of the proceedings"), [proceedings.subject]))
            if proceedings.stage:
                rows.append((t("Stage of the proceedings"), [proceedings.stage]))
        if rows:
            self.details_table(rows, label_width=3402)
        contacts: list[tuple[Contact, str]] = []
        for authority in (ident.requesting_authority, ident.proceeding_authority):
            if authority and authority.contact and authority.contact.name:
                contacts.append((authority.contact, authority.name or ""))
        contacts += [(contact, "") for contact in ident.contacts]
        if contacts:
            self.para(
                "Body Text Spaced",
                t("The following persons may be contacted directly about this request:"),
                keep_with_next=True,
            )
            table = self.table(
                len(contacts) + 1, self.widths(3288, 2948), "Letter Table", header=True
            )
            header = (t("Name and function"), t("Authority"), t("Telephone and e-mail"))
            for cell, label in zip(table[0], header, strict=True):
                self.cell_para(cell, "Table Heading", label)
            for cells, (contact, authority_name) in zip(table[1:], contacts, strict=True):
                self.cell_para(cells[0], "Table Text", (contact.name or "", "Strong"))
                if contact.function:
                    self.cell_para(cells[0], "Table Text", contact.function)
                self.cell_para(cells[1], "Table Text", authority_name or "–")
                self.cell_para(cells[2], "Table Text", contact.phone or "–")
                if contact.email:
                    self.cell_para(cells[2], "Table Text", contact.email)
                if contact.languages:
                    languages = self.fmt.join(self.fmt.language_name(c) for c in contact.languages)
                    self.cell_para(
                        cells[0],
                        "Table Text",
                        (t("Languages: %(languages)s") % {"languages": languages}, "Emphasis"),
                    )
        if ident.contact_inappropriate:
            self.para(
                "Body Text",
                t("The officer in charge is not named, for the following reason: %(reason)s")
                % {"reason": ident.contact_inappropriate},
            )
        self.placeholders("identification")

    def legal_basis(self) -> None:
        t, basis = self.t, self.request.legal_basis
        self.heading("legal_basis")
        if basis and basis.instruments:
            self.para("Body Text", t("This request is made under:"))
            for instrument in basis.instruments:
                code = (instrument.code or "").upper()
                if code in KNOWN_INSTRUMENTS or bilateral_treaty(code):
                    title = instrument_title(code, self.fmt.language)
                else:
                    title = instrument.title or instrument.code or ""
                if instrument.articles:
                    entry = t("%(instrument)s, %(articles)s.") % {
                        "instrument": title,
                        "articles": instrument.articles,
                    }
                else:
                    entry = t("%(instrument)s.") % {"instrument": title}
                self.para("List Item", "–\t", entry)
        if basis and basis.reciprocity:
            self.para(
                "Body Text",
                t(
                    "In the absence of an applicable treaty, this request is made on the basis of "
                    "reciprocity; %(requesting)s undertakes to execute, in accordance with its "
                    "law, a similar request from %(requested)s."
                )
                % {
                    "requesting": self.state_in_text(self.request.requesting_state),
                    "requested": self.state_in_text(self.request.requested_state),
                },
            )
        self.placeholders("legal_basis")

    def channels(self) -> None:
        t, request = self.t, self.request
        self.heading("channels")
        if request.prior_contact == "none":
            self.para(
                "Body Text",
                t(
                    "There has been no prior contact between the authorities of the two States about this matter."
                ),
            )
        elif request.prior_contact:
            self.para("Heading 2", t("Prior contact"))
            self.para(
                "Body Text",
                t("This matter has been discussed between officers of the two States as follows:"),
            )
            for contact in request.prior_contact:
                when = self.fmt.date(contact.date) if contact.date else ""
                self.para("Heading 3", self.dash(when, contact.means))
                if contact.between:
                    self.field(t("Participants"), contact.between)
                if contact.summary:
                    self.field(t("Discussed or agreed"), contact.summary)
        self.placeholders("prior_contact")
        if request.other_channels == "none":
            self.para(
                "Body Text",
                t("No copy of this request has been or is being sent through any other channel."),
            )
        elif request.other_channels:
            self.para("Heading 2", t("Other channels"))
            self.para("Body Text", t("This matter has also been the subject of the following:"))
            for channel in request.other_channels:
                name = t(CHANNELS[channel.channel]) if channel.channel else ""
                when = self.fmt.date(channel.date) if channel.date else ""
                self.para("Heading 3", self.dash(name, when))
                if channel.reference:
                    self.field(t("Reference"), channel.reference)
                if channel.details:
                    self.field(t("Details"), channel.details)
        self.placeholders("other_channels")

    def facts(self) -> None:
        self.heading("facts")
        summary = self.request.facts.summary if self.request.facts else None
        if summary:
            for text in _paragraphs(summary):
                self.para("Body Text", text)
        elif self.request.assistance and all(
            item.type == "service_of_documents" for item in self.request.assistance
        ):
            self.para(
                "Body Text",
                self.t(
                    "No summary of the facts is given: the request concerns the service of documents only."
                ),
            )
        self.placeholders("facts")

    def persons(self) -> None:
        t, persons = self.t, self.request.persons
        self.heading("persons")
        if not persons:
            self.para("Body Text", t("No person is identified at this stage."))
            self.placeholders("persons")
            return
        self.para(
            "Body Text",
            t("The persons concerned by this request are the following:"),
            keep_with_next=True,
        )
        table = self.table(len(persons) + 1, self.widths(2608, 1474), "Letter Table", header=True)
        for cell, label in zip(
            table[0],
            (t("Name"), t("Role"), t("Identification details")),
            strict=True,
        ):
            self.cell_para(cell, "Table Heading", label)
        for cells, person in zip(table[1:], persons, strict=True):
            self.cell_para(
                cells[0], "Table Text", (person.name or person.name_latin or "", "Strong")
            )
            if person.name and person.name_latin and person.name_latin != person.name:
                self.cell_para(cells[0], "Table Text", person.name_latin)
            self.cell_para(cells[1], "Table Text", t(ROLES[person.role.value]))
            details = list(self.person_details(person)) or [["–"]]
            for line in details:
                self.cell_para(cells[2], "Table Text", *line)
        self.placeholders("persons")

    def person_details(self, person: Person) -> Iterable[list[Run]]:
        t, fmt = self.t, self.fmt

        def line(label: str, value: str) -> list[Run]:
            return [(self.label_before_value(label), "Emphasis"), value]

        if person.aliases:
            yield line(t("Also known as"), self.details(person.aliases))
        if person.date_of_birth:
            yield line(t("Date of birth"), fmt.date(person.date_of_birth))
        if person.place_of_birth:
            yield line(t("Place of birth"), person.place_of_birth)
        if person.nationality:
            yield line(t("Nationality"), fmt.join(fmt.state(code) for code in person.nationality))
        for document in person.identity_documents:
            text = " ".join(part for part in (document.kind, document.number) if part)
            # Labels, not prepositions: a State's name stays in the nominative in every language.
            extras = []
            if document.issuing_state:
                extras.append(
                    t("issuing State: %(state)s") % {"state": fmt.state(document.issuing_state)}
                )
            if document.expiry:
                extras.append(t("valid until: %(date)s") % {"date": fmt.date(document.expiry)})
            if extras:
                text = t("%(document)s (%(details)s)") % {
                    "document": text,
                    "details": self.details(extras),
                }
            yield line(t("Identity document"), text)
        if person.registration_number:
            yield line(t("Registration number"), person.registration_number)
        for address in person.addresses:
            yield line(t("Address"), address)
        if person.whereabouts:
            yield line(t("Whereabouts"), person.whereabouts)
        if person.notes:
            yield line(t("Other information"), person.notes)

    def offences(self) -> None:
        t = self.t
        self.heading("offences")
        for offence in self.request.offences:
            self.para("Heading 2", offence.name or t("[offence not named]"))
            if offence.provision:
                self.field(t("Legal provision"), offence.provision)
            if offence.max_penalty:
                self.field(t("Maximum penalty"), offence.max_penalty)
            if offence.law_text and _words(offence.law_text) > LONG_LAW_TEXT_WORDS:
                title = offence.provision or offence.name or ""
                self.appendix_texts.append((title, offence.law_text))
                self.para(
                    "Body Text",
                    t("The text of the law is reproduced in the appendix to this letter."),
                )
            elif offence.law_text:
                self.para("Field Line", (t("Text of the law:"), "Strong"), keep_with_next=True)
                for text in offence.law_text.strip().splitlines():
                    if text.strip():
                        self.para("Quote", text.strip())
            if offence.law_text_annex:
                self.para(
                    "Field Line",
                    t("The full text of the law is attached: %(annex)s.")
                    % {"annex": offence.law_text_annex.rstrip(".")},
                )
        self.placeholders("offences")

    def assistance(self) -> None:
        t, request = self.t, self.request
        self.heading("assistance")
        if request.assistance:
            self.para(
                "Body Text",
                t(
                    "The competent authorities of %(state)s are requested to provide the "
                    "following assistance."
                )
                % {"state": self.state_in_text(request.requested_state)},
            )
        for number, item in enumerate(request.assistance, start=1):
            self.assistance_item(number, item)
        self.placeholders("assistance")
        if request.assistance:
            self.para(
                "Body Text Spaced",
                t(
                    "The competent authorities of %(state)s are also requested to take any "
                    "further steps they consider useful for the purposes of this request, and to "
                    "inform the requesting authority if, in the course of execution, further "
                    "investigative measures appear appropriate."
                )
                % {"state": self.state_in_text(request.requested_state)},
            )

    def item_title(self, item: AssistanceBase) -> str:
        t = self.t
        title = KIND_TITLES[item.type]
        record_kind = getattr(item, "record_kind", None)
        status = getattr(item, "status", None)
        if item.type == "records_production" and record_kind in RECORD_TITLES:
            title = RECORD_TITLES[record_kind]
        if item.type == "witness_statement" and status in STATEMENT_TITLES:
            title = STATEMENT_TITLES[status]
        return t(title)

    def assistance_item(self, number: int, item: AssistanceBase) -> None:
        t = self.t
        values = {"number": number, "kind": self.item_title(item)}
        self.para("Heading 2", t("Item %(number)s – %(kind)s") % values)
        if item.description:
            for text in _paragraphs(item.description):
                self.para("Body Text", text)
        for name, label in ITEM_FIELDS[item.type]:
            if name in ("status", "record_kind") and self._in_title(item, name):
                continue  # "Statement of a victim" already says it
            self.item_field(item, name, label)
        self.placeholders(f"item{number}")
        self.para("Heading 3", t("Relevance to the proceedings"))
        if item.relevance:
            for text in _paragraphs(item.relevance):
                self.para("Body Text", text)
        self.placeholders(f"item{number}.relevance")
        self.para("Heading 3", t("Procedures to be followed"))
        if item.procedures == "none":
            self.para("Body Text", t("No particular procedure is requested for this item."))
        elif item.procedures:
            for index, procedure in enumerate(item.procedures, start=1):
                self.para("List Item", f"{index}.\t", procedure.requirement or "")
                if procedure.reason:
                    self.para(
                        "List Item",
                        "\t",
                        (self.label_before_value(t("Reason")), "Emphasis"),
                        procedure.reason,
                    )
        self.placeholders(f"item{number}.procedures")

    @staticmethod
    def _in_title(item: AssistanceBase, name: str) -> bool:
        value = getattr(item, name, None)
        titles = STATEMENT_TITLES if name == "status" else RECORD_TITLES
        return value is not None and value in titles

    def item_field(self, item: AssistanceBase, name: str, label: str) -> None:
        t, fmt = self.t, self.fmt
        value = getattr(item, name, None)
        if name in BOOLEAN_SENTENCES:
            if value is not None:
                self.para("Field Line", t(BOOLEAN_SENTENCES[name][0 if value else 1]))
            return
        empty = value is None or value == [] or value == ""
        if empty and (name != "period_from" or getattr(item, "period_to", None) is None):
            return
        label = t(label)
        if name == "period_from":
            start, end = getattr(item, "period_from", None), getattr(item, "period_to", None)
            if start and end:
                text = t("from %(start)s to %(end)s") % {
                    "start": fmt.date(start),
                    "end": fmt.date(end),
                }
            elif start:
                text = t("from %(start)s") % {"start": fmt.date(start)}
            else:
                text = t("until %(end)s") % {"end": fmt.date(end)}
            self.field(label, text)
        elif name in ("person", "recipient"):
            self.field(label, self.person_name(value))
        elif name == "holders":
            self.field(label, fmt.join(self.person_name(holder) for holder in value))
        elif isinstance(value, Enum):
            self.field(label, t(ENUM_VALUES.get(value.value, value.value)))
        elif isinstance(value, str):
            self.field(label, value)
        elif isinstance(value, dt.date):
            self.field(label, fmt.date(value))
        elif isinstance(value, Contact):
            self.field(label, self.contact_text(value))
        elif isinstance(value, Order):
            self.field(label, self.order_text(value))
        elif isinstance(value, list):
            self.para(
                "Field Line", (t("%(label)s:") % {"label": label}, "Strong"), keep_with_next=True
            )
            for index, entry in enumerate(value, start=1):
                marker = f"{index}.\t" if name in NUMBERED_LISTS else "–\t"
                self.para("List Item", marker, self.entry_text(entry))

    def entry_text(self, entry: Any) -> str:
        fmt, t = self.fmt, self.t
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
                parts.append(t("holder: %(holder)s") % {"holder": self.person_name(entry.holder)})
            if entry.estimated_value:
                parts.append(
                    t("estimated value: %(value)s") % {"value": self.money(entry.estimated_value)}
                )
            return self.details(parts)
        if isinstance(entry, dt.date):
            return fmt.date(entry)
        return str(entry)

    def money(self, money: Money) -> str:
        amount = money.amount if isinstance(money.amount, Decimal) else None
        return self.fmt.money(amount, money.currency)

    def contact_text(self, contact: Contact) -> str:
        return self.joined([contact.name, contact.function, contact.phone, contact.email])

    def order_text(self, order: Order) -> str:
        t = self.t
        parts = [order.authority or ""]
        if order.date:
            parts.append(t("date of the order: %(date)s") % {"date": self.fmt.date(order.date)})
        if order.reference:
            parts.append(t("reference: %(reference)s") % {"reference": order.reference})
        if order.final is True:
            parts.append(t("the order is final"))
        elif order.final is False:
            parts.append(t("the order is not yet final"))
        if order.annex:
            parts.append(t("certified copy attached: %(annex)s") % {"annex": order.annex})
        return self.details(parts)

    def officials(self) -> None:
        t, request = self.t, self.request
        self.heading("officials")
        officials = request.presence_of_officials
        if officials == "none":
            self.para(
                "Body Text",
                t(
                    "No official or other person of %(state)s wishes to be present at the "
                    "execution of this request."
                )
                % {"state": self.state_in_text(request.requesting_state)},
            )
        elif officials:
            self.para(
                "Body Text",
                t(
                    "The requesting authority asks that the following persons be allowed to be "
                    "present at the execution of this request:"
                ),
            )
            for official in officials:
                name = self.joined((official.name, official.function, official.authority))
                self.para("Heading 3", name)
                if official.role:
                    self.field(t("Role"), official.role)
                if official.reason:
                    self.field(t("Reason"), official.reason)
            self.para(
                "Body Text Spaced",
                t(
                    "Please inform the requesting authority of the date and place of execution "
                    "in good time, so that their travel can be arranged."
                ),
            )
        self.placeholders("officials")

    def language(self) -> None:
        t, fmt, point = self.t, self.fmt, self.request.language
        self.heading("language")
        self.para(
            "Body Text",
            t("This request is written in %(language)s.")
            % {"language": fmt.language_name(fmt.language)},
        )
        translation = point.translation
        if translation and translation != "none":
            values = {
                "language": fmt.language_name(translation.language),
                "translator": translation.translator or "",
            }
            if translation.certified and translation.translator:
                sentence = t(
                    "It is accompanied by a certified translation into %(language)s, made by "
                    "%(translator)s."
                )
            elif translation.certified:
                sentence = t("It is accompanied by a certified translation into %(language)s.")
            elif translation.translator:
                sentence = t(
                    "It is accompanied by a translation into %(language)s, made by %(translator)s."
                )
            else:
                sentence = t("It is accompanied by a translation into %(language)s.")
            self.para("Body Text", sentence % values)
        elif translation == "none":
            self.para("Body Text", t("No translation is attached."))
        if point.accepted_by_requested_state:
            self.para(
                "Body Text",
                _capitalised(
                    t("%(state)s accepts requests in %(languages)s.")
                    % {
                        "state": self.state_in_text(self.request.requested_state),
                        "languages": fmt.join(
                            fmt.language_name(code) for code in point.accepted_by_requested_state
                        ),
                    }
                ),
            )
        self.placeholders("language")

    def undertakings(self) -> None:
        t, request = self.t, self.request
        self.heading("undertakings")
        codes: list[str] = []
        basis = request.legal_basis
        for instrument in basis.instruments if basis else []:
            known = KNOWN_INSTRUMENTS.get((instrument.code or "").upper())
            codes += known.undertakings if known else ()
        if basis and basis.reciprocity:
            codes += RECIPROCITY_UNDERTAKINGS
        if "costs" not in codes:
            codes.append("costs")
        ordered = [code for code in UNDERTAKINGS if code in codes]
        self.para("Body Text", t("The requesting authority gives the following undertakings:"))
        values = {
            "requesting": self.state_in_text(request.requesting_state),
            "requested": self.state_in_text(request.requested_state),
        }
        texts = [_capitalised(t(UNDERTAKINGS[code]) % values) for code in ordered]
        texts += list(request.additional_undertakings)
        for index, text in enumerate(texts, start=1):
            self.para("List Item", f"{index}.\t", text)

    def closing(self) -> None:
        t, request = self.t, self.request
        self.para(
            "Closing",
            t(
                "I thank the competent authorities of %(state)s in advance for their assistance "
                "and remain at their disposal for any further information they may need. Please "
                "accept the assurances of my highest consideration."
            )
            % {"state": self.state_in_text(request.requested_state)},
        )
        signatory = request.signatory
        self.para("Signature Line", "_" * 32)
        if signatory:
            if signatory.name:
                self.para("Signature", (signatory.name, "Strong"))
            if signatory.function:
                self.para("Signature", signatory.function)
            if signatory.authority:
                self.para("Signature", signatory.authority)
        self.para("Signature", (t("(signature and official seal)"), "Emphasis"))
        self.placeholders("signature")

    def annexes(self) -> None:
        t, annexes = self.t, self.request.annexes
        self.para("Heading 1", t(ANNEXES_TITLE))
        if not annexes:
            self.para("Body Text", t("No annexes."))
            return
        for annex in annexes:
            title = annex.title
            if annex.pages:
                title = t.n(
                    "%(title)s (%(count)s page)", "%(title)s (%(count)s pages)", annex.pages
                ) % {"title": annex.title, "count": self.fmt.number(annex.pages)}
            self.para("Annex Item", "–\t", title)
            if annex.description:
                self.para("Annex Item", "\t", (annex.description, "Emphasis"))

    def appendix(self) -> None:
        if not self.appendix_texts:
            return
        self.para("Heading 1", self.t("Appendix – Text of the law"), page_break_before=True)
        for title, text in self.appendix_texts:
            self.para("Heading 2", title)
            for line in text.strip().splitlines():
                if line.strip():
                    self.para("Quote", line.strip())

    def leftover_placeholders(self) -> None:
        for anchor in list(self.pending):
            self.placeholders(anchor)

    def properties(self) -> None:
        request, properties = self.request, self.document.core_properties
        properties.title = _property(self.subject())
        ident = request.identification
        subject = ident.proceedings.subject if ident and ident.proceedings else None
        properties.subject = _property(subject or request.reference or "")
        properties.language = self.tag
        properties.author = _property((request.signatory.name if request.signatory else None) or "")
        properties.last_modified_by = properties.author
        properties.keywords = self.t("mutual legal assistance; letter of request")
        properties.category = self.t("Request for mutual legal assistance")
        properties.comments = f"mla-writer {__version__}" + (" (draft)" if self.draft else "")
        properties.identifier = _property(request.reference or "")
        moment = dt.datetime.combine(self.letter_date, dt.time(12, 0), tzinfo=dt.UTC)
        properties.created = properties.modified = moment
        properties.revision = 1
        ooxml.set_default_language(self.document, self.tag, self.script.latin_tag)
        ooxml.set_script_defaults(self.document, self.script)

    def embed(self) -> None:
        """The whole case, with the letter's date and language, for `mla check` and re-rendering."""
        stored = self.request.model_copy(
            update={
                "date": self.letter_date,
                "language": self.request.language.model_copy(update={"letter": self.fmt.language}),
            }
        )
        xml = case_xml(stored, f"mla-writer {__version__}")
        ooxml.add_custom_xml_part(self.document, xml, item_id(xml), CASE_NAMESPACE)


_POINT_ANCHORS = {
    "identification": "identification",
    "prior_contact": "prior_contact",
    "other_channels": "other_channels",
    "acknowledgement": "cover",
    "urgency": "urgency",
    "confidentiality": "confidentiality",
    "legal_basis": "legal_basis",
    "facts": "facts",
    "offences": "offences",
    "assistance": "assistance",
    "relevance": "assistance",
    "procedures": "assistance",
    "presence_of_officials": "officials",
    "language": "language",
}

_FIELD_ANCHORS = (
    ("signatory", "signature"),
    ("addressee", "heading"),
    ("reference", "heading"),
    ("requesting_state", "heading"),
    ("requested_state", "heading"),
    ("persons", "persons"),
    ("offences", "offences"),
    ("acknowledgement", "cover"),
)


def _anchor(finding: Finding) -> str:
    """Where in the letter a missing item belongs."""
    number = finding.path.item_number("assistance")
    if number is not None:
        part = finding.path.steps[2:3]
        return (
            f"item{number}.{part[0]}"
            if part in (("relevance",), ("procedures",))
            else f"item{number}"
        )
    for prefix, anchor in _FIELD_ANCHORS:
        if FieldPath.root(prefix).covers(finding.path):
            return anchor
    return _POINT_ANCHORS.get(finding.point, "assistance")


def errors_of(report: Report) -> list[Finding]:
    return [f for f in report.findings if f.severity is Severity.ERROR]


def _property(text: str) -> str:
    """A document property: Word (and python-docx) take at most 255 characters; the letter
    itself keeps the full text."""
    return text if len(text) <= 255 else text[:254] + "…"
