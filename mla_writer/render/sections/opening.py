"""The opening of the letter: addressee and sender, references, place and date, subject,
salutation and the introduction naming the proceedings."""

from __future__ import annotations

from mla_writer.i18n import L_
from mla_writer.model.parties import ProceedingsNature
from mla_writer.render.layout import Run
from mla_writer.render.sections.shared import Letter

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
"""The first sentence, by the nature of the proceedings and whether they have a reference."""


def write_opening(letter: Letter) -> None:
    request, t, layout = letter.request, letter.t, letter.layout
    requesting = request.identification.requesting_authority if request.identification else None
    rows: list[tuple[str, list[Run]]] = []
    if request.addressee:
        rows.append((t("To"), letter.authority_lines(request.addressee)))
    if requesting:
        rows.append((t("From"), letter.authority_lines(requesting)))
    rows.append((t("Our reference"), [request.reference or t("[reference not given]")]))
    rows.append((t("Your reference"), [request.requested_reference or "–"]))
    layout.details_table(rows)
    letter.placeholders(letter.missing.for_part("heading"))
    place = request.place
    date = letter.fmt.date(letter.date)
    layout.para(
        "Date Line",
        t("%(place)s, %(date)s") % {"place": place, "date": date} if place else date,
    )
    layout.para("Letter Subject", t("Subject:"), "\t", letter.subject())
    layout.para("Body Text", t("Dear Sir or Madam,"))
    layout.para("Body Text", _introduction(letter))
    layout.para(
        "Body Text",
        t(
            "The request is set out below, point by point. I would be grateful if it could be "
            "forwarded to the competent authorities for execution."
        ),
    )


def _introduction(letter: Letter) -> str:
    request, t = letter.request, letter.t
    ident = request.identification
    requesting = ident.requesting_authority if ident else None
    proceedings = ident.proceedings if ident else None
    authority = ident.proceeding_authority if ident else None
    nature = (
        proceedings.nature
        if proceedings and proceedings.nature
        else ProceedingsNature.INVESTIGATION
    )
    has_reference = bool(proceedings and proceedings.reference)
    return t(INTRODUCTION[(nature, has_reference)]) % {
        "state": letter.state_in_text(request.requested_state),
        "authority": (authority.name if authority and authority.name else "")
        or (requesting.name if requesting and requesting.name else "")
        or t("[authority not given]"),
        "reference": proceedings.reference if proceedings else "",
    }
