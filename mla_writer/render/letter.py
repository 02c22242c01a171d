"""Builds the letter of request as a Word document, in the order a central authority expects.

A short acknowledgement form (point 4); addressee, sender and references; one-line URGENT and
CONFIDENTIAL flags pointing to their paragraphs; date and subject; then numbered paragraphs under
headings: the opening (who asks, under which instruments, what), the proceedings, facts, persons,
offences, assistance, officials, confidentiality, urgency, where to send the evidence, language,
undertakings; closing and signature; annexes. Cross-references ("see paragraph 14") are resolved
once every paragraph has its number. Each part has its writer in `mla_writer.render.sections`;
layout primitives are in `layout.py`, values and punctuation in `formatting.py`, where a draft
marks each missing item in `placement.py`. Every fixed phrase goes through the letter translator
(`t`, domain "letter"); user text is written as data, never interpreted. Layout comes from the
template's named styles only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from docx.document import Document

from mla_writer.checklist import Report
from mla_writer.i18n import LetterTranslator
from mla_writer.model import LetterOfRequest
from mla_writer.render.formatting import LetterFormat, LetterWording, typesetter
from mla_writer.render.layout import Layout, letter_script
from mla_writer.render.ooxml import W_T
from mla_writer.render.placement import MissingItems
from mla_writer.render.properties import embed_case, set_properties
from mla_writer.render.sections import (
    annexes,
    assistance,
    authorities,
    closing,
    cover,
    evidence,
    facts,
    header,
    language,
    notices,
    offences,
    officials,
    opening,
    persons,
    undertakings,
)
from mla_writer.render.sections.shared import Letter
from mla_writer.render.template import LoadedTemplate, new_document

PARTS: tuple[Callable[[Letter], None], ...] = (
    header.write_header_and_footer,
    cover.write_cover,
    opening.write_opening,
    authorities.write_proceedings,
    facts.write_facts,
    persons.write_persons,
    offences.write_offences,
    assistance.write_assistance,
    officials.write_officials,
    notices.write_confidentiality,
    notices.write_urgency,
    evidence.write_evidence,
    language.write_language,
    undertakings.write_undertakings,
    closing.write_closing,
    annexes.write_annexes,
    annexes.write_appendix,
)
"""The writers of the letter's parts, in the letter's order."""


def write_letter(letter: Letter) -> Document:
    """Every part of the letter, the placeholders no part took, then the document's properties
    and the embedded case."""
    for write_part in PARTS:
        write_part(letter)
    letter.placeholders(letter.missing.left_over())
    letter.resolve_references()
    _typeset(letter)
    letter.layout.fill_empty_cells()
    set_properties(letter)
    embed_case(letter)
    return letter.layout.document


def _typeset(letter: Letter) -> None:
    """The typography of every text of the letter's body (`formatting.typeset`): its fixed
    phrases and values, and the drafter's text, where no-break spaces cannot change a word."""
    typeset_text = typesetter(letter.fmt.language)
    for element in letter.layout.document.element.body.iter(W_T):
        text = element.text
        if text:
            typeset = typeset_text(text)
            if typeset is not text:  # most texts have nothing to set: left as they are
                element.text = typeset


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
        translated: dict[str, str] | None = None,
    ) -> None:
        t = LetterTranslator(language)
        fmt = LetterFormat(language)
        layout = Layout(new_document(template), template, letter_script(fmt), LetterWording(t))
        self.letter = Letter(
            request=request,
            layout=layout,
            t=t,
            fmt=fmt,
            draft=draft,
            date=request.date or today,
            # A draft marks every error where the missing item belongs, and comments on every
            # warning; a final letter has neither.
            missing=MissingItems(report.findings if draft else ()),
            translated=translated or {},
        )

    def build(self) -> Document:
        return write_letter(self.letter)
