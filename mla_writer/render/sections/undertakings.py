"""Undertakings: those the instruments relied on call for, reciprocity's, the note
on costs, and the requesting authority's own."""

from __future__ import annotations

from mla_writer.i18n import L_
from mla_writer.instruments import KNOWN_INSTRUMENTS, RECIPROCITY_UNDERTAKINGS
from mla_writer.render.formatting import capitalised, list_letter
from mla_writer.render.sections.shared import Letter

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
        "%(the_requesting_state)s undertakes to execute, in accordance with its law, any "
        "similar request made by the competent authorities %(of_requested_state)s."
    ),
    "costs": L_(
        "Should the execution of this request entail substantial or extraordinary costs, the "
        "requesting authority will consult the requested State on the terms on which it can be "
        "executed and on how the costs will be borne."
    ),
}
"""The standard undertakings, in the order the letter gives them."""


def write_undertakings(letter: Letter) -> None:
    t, layout, request = letter.t, letter.layout, letter.request
    letter.heading("undertakings")
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
    letter.numbered(
        t("The requesting authority gives the following undertakings:"),
        anchor="undertakings",
        keep_with_next=True,
    )
    values = {
        "the_requesting_state": letter.the_state(request.requesting_state),
        "of_requested_state": letter.of_state(request.requested_state),
    }
    texts = [capitalised(t(UNDERTAKINGS[code]) % values) for code in ordered]
    texts += list(request.additional_undertakings)
    for index, text in enumerate(texts):
        marker = t("(%(letter)s)") % {"letter": list_letter(index, letter.fmt.language)}
        layout.para("List Item", f"{marker}\t", text)
