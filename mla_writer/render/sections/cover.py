"""The cover sheet: the acknowledgement-of-receipt form the requested State returns (point 4)."""

from __future__ import annotations

import mla_writer.render.ooxml as ooxml
from mla_writer.render.layout import Run
from mla_writer.render.sections.shared import Letter


def write_cover(letter: Letter) -> None:
    """The cover sheet when the request asks for an acknowledgement form; else only what is
    missing about it (in a draft)."""
    if not letter.request.acknowledgement.include_form:
        letter.placeholders(letter.missing.for_part("cover"))
        return
    request, t, layout = letter.request, letter.t, letter.layout
    requesting = request.identification.requesting_authority if request.identification else None
    layout.para("Title", t("Acknowledgement of receipt"))
    layout.para("Subtitle", t("Request for mutual legal assistance in a criminal matter"))
    rows: list[tuple[str, list[Run]]] = [
        (t("From"), [requesting.name or "" if requesting else ""]),
        (t("Requesting State"), [letter.state(request.requesting_state)]),
        (t("Requested State"), [letter.state(request.requested_state)]),
        (t("Our reference"), [request.reference or t("[reference not given]")]),
        (t("Date of the request"), [letter.fmt.date(letter.date)]),
        (t("Subject"), [letter.subject()]),
    ]
    layout.details_table(rows)
    letter.placeholders(letter.missing.for_part("cover"))
    layout.para(
        "Cover Note",
        t(
            "The competent authority of the requested State is kindly asked to complete "
            "this form on receipt of the request and to return it, quoting the reference "
            "above, to:"
        ),
    )
    target = request.acknowledgement.return_to or requesting
    if target is not None:
        layout.para("Return Address", *letter.authority_lines(target))
    layout.para("Notice Spacer")
    _write_form(letter)
    last = layout.para(
        "Cover Note",
        t("This form is the first page of the request; the request follows."),
    )
    ooxml.add_page_break(last, layout.script)


def _write_form(letter: Letter) -> None:
    """The form itself: a label and an empty answer cell per row."""
    t, layout = letter.t, letter.layout
    form = layout.table(6, layout.widths(3402), "Form Table")
    labels = (
        t("Date of receipt"),
        t("Reference of the requested State"),
        t("Authority executing the request"),
        t("Contact person (name, telephone, e-mail)"),
        t("Remarks"),
        t("Place, date, signature and seal"),
    )
    for row, label in zip(form, labels, strict=True):
        layout.cell_para(row[0], "Table Heading", label)
        layout.cell_para(row[1], "Form Answer", "")
