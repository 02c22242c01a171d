"""The acknowledgement of receipt (point 4): a short form at the top of the first page, which the
requested State completes and returns; the letter follows on the same page."""

from __future__ import annotations

from mla_writer.model.common import Authority
from mla_writer.render.sections.shared import Letter


def write_cover(letter: Letter) -> None:
    """The form when the request asks for one; else only what is missing about it (in a draft)."""
    if not letter.request.acknowledgement.include_form:
        letter.placeholders(letter.missing.for_part("cover"))
        return
    request, t, layout = letter.request, letter.t, letter.layout
    requesting = request.identification.requesting_authority if request.identification else None
    target = request.acknowledgement.return_to or requesting
    layout.para("Title", t("Acknowledgement of receipt"), keep_with_next=True)
    values = {
        "reference": request.reference or t("[reference not given]"),
        "date": letter.fmt.date(letter.date),
    }
    note = t(
        "Please complete this form on receipt of request %(reference)s of %(date)s and "
        "return it to:"
    )
    layout.para("Cover Note", note % values, keep_with_next=True)
    if target is not None:
        layout.para("Return Address", _return_line(letter, target), keep_with_next=True)
    letter.placeholders(letter.missing.for_part("cover"))
    form = layout.table(4, layout.widths(3402), "Form Table")
    labels = (
        t("Date of receipt"),
        t("Reference of the requested State"),
        t("Authority executing the request, contact person (telephone, e-mail)"),
        t("Place, date, signature and seal"),
    )
    for row, label in zip(form, labels, strict=True):
        layout.cell_para(row[0], "Table Heading", label)
        layout.cell_para(row[1], "Form Answer", "")
    layout.para("Notice Spacer")


def _return_line(letter: Letter, target: Authority) -> str:
    """Where the form goes, on one line: the authority and its e-mail or fax."""
    parts = [target.name, target.email or target.fax]
    return letter.wording.joined(parts)
