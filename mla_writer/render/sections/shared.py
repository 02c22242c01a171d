"""What the section writers share: the request, the layout, the letter's language and findings."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from mla_writer.checklist import POINTS_BY_KEY, Finding
from mla_writer.i18n import L_, LetterTranslator
from mla_writer.model import LetterOfRequest
from mla_writer.model.common import Authority
from mla_writer.model.dates import CaseDate
from mla_writer.render.formatting import LetterFormat, LetterWording, date_text, paragraphs
from mla_writer.render.layout import Layout, Run
from mla_writer.render.placement import MissingItems

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
"""The numbered sections of the letter, in order: (key, title msgid)."""

SECTION_NUMBERS = {key: number for number, (key, _title) in enumerate(SECTIONS, start=1)}


@dataclass
class Letter:
    """One letter being written: the (localized) request, where and how to write, in which
    language, whether it is a draft, the missing items to mark, and the law texts for the
    appendix."""

    request: LetterOfRequest
    layout: Layout
    t: LetterTranslator
    fmt: LetterFormat
    draft: bool
    date: dt.date
    """The letter's date: the request's own, or today's."""
    missing: MissingItems
    appendix_texts: list[tuple[str, str]] = field(default_factory=list)

    @property
    def wording(self) -> LetterWording:
        return self.layout.wording

    def heading(self, key: str) -> None:
        """The numbered heading of section `key` ("3. Prior contact and other channels")."""
        number = SECTION_NUMBERS[key]
        title = self.t(dict(SECTIONS)[key])
        self.layout.para("Heading 1", f"{number}.\t{title}")

    def placeholders(self, findings: list[Finding], style: str = "Body Text") -> None:
        """In a draft, a visible placeholder for each of `findings` (the missing items)."""
        for finding in findings:
            point = POINTS_BY_KEY[finding.point]
            text = self.t("[MISSING – point %(number)s, %(field)s: %(message)s]") % {
                "number": point.number,
                "field": finding.field,
                "message": finding.shown(self.t),  # in the letter's language, not the interface's
            }
            self.layout.para(style, (text, "Placeholder"))

    def date_text(self, value: CaseDate) -> str:
        """A date of the case (a day, a month, about a year, a range, a time limit) as written here."""
        return date_text(value, self.fmt, self.t)

    def state(self, code: str | None) -> str:
        return self.fmt.state(code) if code else self.t("[State not given]")

    def state_in_text(self, code: str | None) -> str:
        return self.fmt.state_in_text(code) if code else self.t("[State not given]")

    def person_name(self, reference: str | None) -> str:
        if not reference:
            return ""
        person = self.request.person(reference)
        return person.display_name() if person else reference

    def reason_paragraphs(self, reason: str | None) -> None:
        """The reason the drafter gave for an answer (a `none` with its why), as body text."""
        for text in paragraphs(reason or ""):
            self.layout.para("Body Text", text)

    def authority_lines(self, authority: Authority) -> list[Run]:
        """An authority's name in bold, then its address, telephone, fax and e-mail, one per line."""
        runs: list[Run] = [(authority.name or "", "Strong")]
        if authority.address:
            runs += ["\n", authority.address.strip()]
        for phone in (authority.phone, authority.second_phone):
            if phone:
                runs += ["\n", self.t("Telephone: %(phone)s") % {"phone": phone}]
        if authority.fax:
            runs += ["\n", self.t("Fax: %(fax)s") % {"fax": authority.fax}]
        if authority.email:
            runs += ["\n", self.t("E-mail: %(email)s") % {"email": authority.email}]
        return runs

    def subject(self) -> str:
        """The letter's subject line (also its title on the cover sheet and in its properties)."""
        request = self.request
        if request.title:
            return request.title
        proceedings = request.identification.proceedings if request.identification else None
        if proceedings and proceedings.reference:
            return self.t("Request for mutual legal assistance in %(reference)s") % {
                "reference": proceedings.reference
            }
        return self.t("Request for mutual legal assistance in a criminal matter")
