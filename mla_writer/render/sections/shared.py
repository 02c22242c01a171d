"""What the section writers share: the request, the layout, the letter's language and findings."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from docx.oxml.ns import qn

from mla_writer.checklist import Finding
from mla_writer.i18n import L_, LetterTranslator
from mla_writer.model import LetterOfRequest
from mla_writer.model.common import Authority, Contact
from mla_writer.model.dates import CaseDate
from mla_writer.render.formatting import (
    LetterFormat,
    LetterWording,
    closed,
    date_text,
    english_clause,
    paragraphs,
)
from mla_writer.render.layout import Layout, Run
from mla_writer.render.placement import MissingItems, draft_text
from mla_writer.severity import Severity
from mla_writer.states.names import StateForm
from mla_writer.translation.localize import unmarked

SECTIONS: tuple[tuple[str, str], ...] = (
    ("proceedings", L_("The proceedings")),
    ("facts", L_("Summary of the facts")),
    ("persons", L_("Persons concerned")),
    ("offences", L_("Offences and applicable penalties")),
    ("assistance", L_("Assistance requested")),
    ("officials", L_("Presence of officials at execution")),
    ("confidentiality", L_("Confidentiality")),
    ("urgency", L_("Urgency")),
    ("time_limit", L_("Time limit")),
    ("evidence", L_("Transmission of the evidence and contacts")),
    ("language", L_("Language and translation")),
    ("undertakings", L_("Undertakings")),
)
"""The headed parts of the letter, in order: (key, title msgid). A part with nothing to say
(no officials asked for, no urgency) has no heading."""

ANCHORS = (
    "urgency",
    "confidentiality",
    "undertakings",
    "assistance_first",
    "assistance_last",
    "evidence",
    "proceedings",
    "persons",
)
"""The paragraphs other parts refer to by number ("see paragraph 14")."""

_FIRST_MARK = 0xE000
REFERENCE_MARK = re.compile(f"[{chr(_FIRST_MARK)}-{chr(_FIRST_MARK + len(ANCHORS) - 1)}]")
"""A cross-reference not resolved yet: one private-use character per anchor, which, like the
number that replaces it, is neither a letter nor right-to-left, so that the run's script marks
(East Asian font hint, right-to-left) stay right once it is resolved."""


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
    translated: dict[str, str] = field(default_factory=dict)
    """Each text of the case as typed -> as this letter prints it (translated), for the findings
    that quote it."""
    paragraph_numbers: dict[str, int] = field(default_factory=dict)
    """The number of each numbered paragraph another part refers to, by key."""
    last_number: int = 0

    @property
    def wording(self) -> LetterWording:
        return self.layout.wording

    def heading(self, key: str) -> None:
        """The heading of part `key` ("Summary of the facts")."""
        self.layout.para("Heading 1", self.t(dict(SECTIONS)[key]), keep_with_next=True)

    def numbered(self, *runs: Run, anchor: str | None = None, keep_with_next: bool = False) -> Any:
        """The letter's next numbered paragraph; `anchor` names it for cross-references."""
        self.last_number += 1
        if anchor and anchor not in self.paragraph_numbers:
            self.paragraph_numbers[anchor] = self.last_number
        number = self.fmt.number(self.last_number)
        return self.layout.para(
            "Numbered Paragraph", f"{number}.\t", *runs, keep_with_next=keep_with_next
        )

    @staticmethod
    def ref(anchor: str) -> str:
        """The number of the paragraph named `anchor`, once it is written ("see paragraph 6")."""
        return chr(_FIRST_MARK + ANCHORS.index(anchor))

    def resolve_references(self) -> None:
        """Every cross-reference replaced by its paragraph's number."""
        for text in self.layout.document.element.body.iter(qn("w:t")):
            if text.text and REFERENCE_MARK.search(text.text):
                text.text = REFERENCE_MARK.sub(self._number_of, text.text)

    def _number_of(self, match: re.Match[str]) -> str:
        anchor = ANCHORS[ord(match.group(0)) - _FIRST_MARK]
        number = self.paragraph_numbers.get(anchor)
        return self.fmt.number(number) if number else "?"

    def placeholders(
        self, findings: list[Finding], style: str = "Body Text", container: Any = None
    ) -> None:
        """In a draft, a visible placeholder for each missing item among `findings`, and a
        comment in the margin, on the paragraph written last before them, for each warning (and
        for what concerns the case's translation, whose untranslated texts are marked where they
        print). `container`: the table cell they belong in, if not the body."""
        if not findings:  # a final letter, or a part with nothing missing
            return
        concerned = self.layout.last_paragraph(container)
        for finding in findings:
            text = draft_text(finding, self.t, self.translated)
            if finding.severity is Severity.ERROR and finding.path.steps[:1] != ("translations",):
                missing = self.t("[MISSING: %(message)s]") % {"message": text}
                self.layout.para(style, (missing, "Placeholder"), container=container)
            else:
                self.layout.comment(concerned, unmarked(text))

    def date_text(self, value: CaseDate, *, genitive: bool = False) -> str:
        """A date of the case (a day, a month, about a year, a range, a time limit) as written
        here; `genitive` where the sentence puts it after "from", "until", "no later than"."""
        return date_text(value, self.fmt, self.t, genitive=genitive)

    def state(self, code: str | None) -> str:
        return self.fmt.state(code) if code else self.t("[State not given]")

    def the_state(self, code: str | None) -> str:
        """The State's formal name as a subject: "the Republic of Türkiye", « la République de
        Türkiye », "Турецкая Республика"."""
        if not code:
            return self.t("[State not given]")
        return self.fmt.formal_state(code, StateForm.THE) or self.fmt.state_in_text(code)

    def of_state(self, code: str | None) -> str:
        """The State's formal name completing a noun: "of the Republic of Türkiye", « de la
        République de Türkiye », "Турецкой Республики", "جمهورية تركيا" (the `%(of_state)s` of
        the letter catalog's sentences)."""
        if code:
            found = self.fmt.formal_state(code, StateForm.OF)
            if found:
                return found
        name = self.fmt.state_in_text(code) if code else self.t("[State not given]")
        return self.t.p(
            "a State the table of State names lacks, completing a noun", "of %(state)s"
        ) % {"state": name}

    def person_name(self, reference: str | None) -> str:
        if not reference:
            return ""
        person = self.request.person(reference)
        return person.display_name() if person else reference

    def prose(self, lead: str | None, text: str | None = None, anchor: str | None = None) -> None:
        """A numbered paragraph: `lead` (a sentence of ours), then the user's `text`; the text's
        further paragraphs follow, indented, under the same number."""
        parts = paragraphs(text or "")
        first = " ".join(part for part in (lead, parts[0] if parts else None) if part)
        self.numbered(first, anchor=anchor)
        for part in parts[1:]:
            self.layout.para("Numbered Paragraph", "\t", part)

    def reasoned(
        self,
        leads: tuple[str, str],
        reason: str | None,
        values: dict[str, str] | None = None,
        anchor: str | None = None,
    ) -> None:
        """A request and its reason in one numbered paragraph. `leads`: the sentence ending on a
        colon before the reason ("…, for the following reason:"), and the one taking it as a
        clause ("…, because %(reason)s"), used in English where the reason's first word can be
        lowered ("because two members of the group …")."""
        colon, because = leads
        parts = paragraphs(reason or "")
        clause = english_clause(parts[0]) if parts and self.fmt.language == "en" else None
        if clause is None:
            self.prose(self.t(colon) % (values or {}), reason, anchor=anchor)
            return
        self.numbered(self.t(because) % {**(values or {}), "reason": closed(clause)}, anchor=anchor)
        for part in parts[1:]:
            self.layout.para("Numbered Paragraph", "\t", part)

    def inline_address(self, authority: Authority) -> str:
        """An authority's name and address on one line: "Office X, 4 Street, MD-2005 City"."""
        lines = [authority.name, *(authority.address or "").strip().splitlines()]
        return self.wording.joined(line.strip().rstrip(",") for line in lines if line)

    def means_of_contact(self, source: Authority | Contact) -> str:
        """ "telephone +373 22 000 417, e-mail x@example.md", as a sentence writes them."""
        t = self.t
        means = [
            source.phone and t("telephone %(phone)s") % {"phone": source.phone},
            source.second_phone and t("telephone %(phone)s") % {"phone": source.second_phone},
            source.fax and t("fax %(fax)s") % {"fax": source.fax},
            source.email and t("e-mail %(email)s") % {"email": source.email},
        ]
        return self.wording.joined(means)

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
