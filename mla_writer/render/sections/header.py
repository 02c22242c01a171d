"""The page header (draft mark, our reference, URGENT and CONFIDENTIAL markings) and the footer
(page numbers, unless an office template numbers its pages itself)."""

from __future__ import annotations

import re
from typing import Any

from docx.oxml.ns import qn

import mla_writer.render.ooxml as ooxml
from mla_writer.render.layout import Run
from mla_writer.render.sections.shared import Letter


def write_header_and_footer(letter: Letter) -> None:
    section = letter.layout.document.sections[0]
    header = section.header._element
    _clear_lone_empty_paragraph(header)
    t, request = letter.t, letter.request
    if letter.draft:
        letter.layout.para("Draft Mark", t("Draft – not for signature"), container=header)
    markings = []
    if request.urgency and request.urgency.urgent:
        markings.append(t("Urgent"))
    if request.confidentiality and request.confidentiality.required:
        markings.append(t("Confidential"))
    reference = request.reference or t("[reference not given]")
    runs: list[Run] = [t("Our reference: %(reference)s") % {"reference": reference}]
    if markings:
        runs += [
            "\t\t",
            (t.p("separator between markings", " · ").join(markings), "Marking"),
        ]
    letter.layout.para("Header", *runs, container=header)
    _write_footer(letter, section.footer._element)


def _clear_lone_empty_paragraph(part: Any) -> None:
    """A new header or footer holds one empty paragraph: ours replace it; a letterhead's stay."""
    for p in part.findall(ooxml.W_P):
        if p.find(ooxml.W_R) is None and len(part.findall(ooxml.W_P)) == 1:
            part.remove(p)


def _write_footer(letter: Letter, footer: Any) -> None:
    if any("PAGE" in (i.text or "").split() for i in footer.iter(qn("w:instrText"))):
        return  # the office template numbers its pages itself
    _clear_lone_empty_paragraph(footer)
    layout = letter.layout
    target = layout.para("Footer", container=footer)
    tag, latin_tag = layout.script.language_tag, layout.script.latin_tag
    # "Page %(page)s of %(pages)s": the translated sentence decides where the fields go.
    sentence = letter.t("Page %(page)s of %(pages)s")
    for piece in re.split(r"(%\(page\)s|%\(pages\)s)", sentence):
        if piece == "%(page)s":
            ooxml.add_field(target, "PAGE", "1", tag, latin_tag)
        elif piece == "%(pages)s":
            ooxml.add_field(target, "NUMPAGES", "1", tag, latin_tag)
        elif piece:
            ooxml.add_runs(target, [(piece, None)], layout.script)
