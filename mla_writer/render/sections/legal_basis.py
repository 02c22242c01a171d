"""The instruments the request is made under, as the opening paragraph cites them (point 2)."""

from __future__ import annotations

from mla_writer.instruments import KNOWN_INSTRUMENTS
from mla_writer.model.request import Instrument
from mla_writer.render.sections.shared import Letter
from mla_writer.states.proposals import instrument_title
from mla_writer.states.relations import bilateral_treaty


def instrument_entry(letter: Letter, instrument: Instrument) -> str:
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
