"""Section 3, prior contact and other channels (points 3a and 3b): what the officers of the two
States have already discussed, and whether the request went through other channels too."""

from __future__ import annotations

from mla_writer.i18n import L_
from mla_writer.model.common import is_none_answer, none_reason
from mla_writer.render.sections.shared import Letter

CHANNELS = {
    "interpol": L_("INTERPOL"),
    "diplomatic": L_("Diplomatic channel"),
    "eurojust": L_("Eurojust"),
    "ejn": L_("European Judicial Network"),
    "direct": L_("Direct transmission to a competent authority"),
    "police_cooperation": L_("Police cooperation channel"),
    "other": L_("Other channel"),
}


def write_channels(letter: Letter) -> None:
    letter.heading("channels")
    _write_prior_contact(letter)
    letter.placeholders(letter.missing.for_part("prior_contact"))
    _write_other_channels(letter)
    letter.placeholders(letter.missing.for_part("other_channels"))


def _write_prior_contact(letter: Letter) -> None:
    t, layout, prior_contact = letter.t, letter.layout, letter.request.prior_contact
    if is_none_answer(prior_contact):
        layout.para(
            "Body Text",
            t(
                "There has been no prior contact between the authorities of the two States about this matter."
            ),
        )
        letter.reason_paragraphs(none_reason(prior_contact))
    elif isinstance(prior_contact, list):
        layout.para("Heading 2", t("Prior contact"))
        layout.para(
            "Body Text",
            t("This matter has been discussed between officers of the two States as follows:"),
        )
        for contact in prior_contact:
            when = letter.date_text(contact.date) if contact.date else ""
            layout.para("Heading 3", letter.wording.dash(when, contact.means))
            if contact.between:
                layout.field(t("Participants"), contact.between)
            if contact.summary:
                layout.field(t("Discussed or agreed"), contact.summary)


def _write_other_channels(letter: Letter) -> None:
    t, layout, other_channels = letter.t, letter.layout, letter.request.other_channels
    if is_none_answer(other_channels):
        layout.para(
            "Body Text",
            t("No copy of this request has been or is being sent through any other channel."),
        )
        letter.reason_paragraphs(none_reason(other_channels))
    elif isinstance(other_channels, list):
        layout.para("Heading 2", t("Other channels"))
        layout.para("Body Text", t("This matter has also been the subject of the following:"))
        for channel in other_channels:
            name = t(CHANNELS[channel.channel]) if channel.channel else ""
            when = letter.date_text(channel.date) if channel.date else ""
            layout.para("Heading 3", letter.wording.dash(name, when))
            if channel.reference:
                layout.field(t("Reference"), channel.reference)
            if channel.details:
                layout.field(t("Details"), channel.details)
