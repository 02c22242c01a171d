"""Section 2, legal basis (point 2): the instruments the request is made under, or reciprocity."""

from __future__ import annotations

from mla_writer.instruments import KNOWN_INSTRUMENTS
from mla_writer.model.request import Instrument
from mla_writer.render.sections.shared import Letter
from mla_writer.states.proposals import instrument_title
from mla_writer.states.relations import bilateral_treaty


def write_legal_basis(letter: Letter) -> None:
    t, layout, basis = letter.t, letter.layout, letter.request.legal_basis
    letter.heading("legal_basis")
    if basis and basis.instruments:
        layout.para("Body Text", t("This request is made under:"))
        for instrument in basis.instruments:
            layout.para("List Item", "–\t", _instrument_entry(letter, instrument))
    if basis and basis.reciprocity:
        layout.para(
            "Body Text",
            t(
                "In the absence of an applicable treaty, this request is made on the basis of "
                "reciprocity; %(requesting)s undertakes to execute, in accordance with its "
                "law, a similar request from %(requested)s."
            )
            % {
                "requesting": letter.state_in_text(letter.request.requesting_state),
                "requested": letter.state_in_text(letter.request.requested_state),
            },
        )
    letter.placeholders(letter.missing.for_part("legal_basis"))


def _instrument_entry(letter: Letter, instrument: Instrument) -> str:
    """ "Title, articles." — a known instrument's title in the letter's language."""
    t = letter.t
    code = (instrument.code or "").upper()
    if instrument.title:  # the user's own title (with its date of signature) wins over the code's
        title = instrument.title
    elif code in KNOWN_INSTRUMENTS or bilateral_treaty(code):
        title = instrument_title(code, letter.fmt.language)
    else:
        title = instrument.code or ""
    if instrument.articles:
        return t("%(instrument)s, %(articles)s.") % {
            "instrument": title,
            "articles": instrument.articles,
        }
    return t("%(instrument)s.") % {"instrument": title}
