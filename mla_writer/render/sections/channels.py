"""Prior contact and other channels (points 3a and 3b), as paragraphs of the proceedings part:
what the officers of the two States have already discussed, and whether the request went through
other channels too."""

from __future__ import annotations

from mla_writer.i18n import L_
from mla_writer.model.common import is_none_answer, none_reason
from mla_writer.render.formatting import in_sentence
from mla_writer.render.sections.shared import Letter

CHANNELS = {
    "interpol": L_("through INTERPOL"),
    "diplomatic": L_("through the diplomatic channel"),
    "eurojust": L_("through Eurojust"),
    "ejn": L_("through the European Judicial Network"),
    "direct": L_("by direct transmission to a competent authority"),
    "police_cooperation": L_("through police cooperation channels"),
    "other": L_("through another channel"),
}
"""How the matter went through each channel, as the sentence on other channels says it."""


def write_prior_contact(letter: Letter) -> None:
    t, prior_contact = letter.t, letter.request.prior_contact
    if is_none_answer(prior_contact):
        letter.prose(
            t(
                "There has been no prior contact between the authorities of the two States about "
                "this matter."
            ),
            none_reason(prior_contact),
        )
    elif isinstance(prior_contact, list):
        for contact in prior_contact:
            values = {
                "date": letter.date_text(contact.date) if contact.date else "",
                "means": in_sentence(contact.means) if contact.means else "",
                "participants": contact.between or "",
            }
            key = (bool(contact.date), bool(contact.means), bool(contact.between))
            letter.prose(t(_PRIOR_CONTACT[key]) % values, contact.summary)


_PRIOR_CONTACT = {
    (True, True, True): L_(
        "On %(date)s (%(means)s), this matter was discussed between %(participants)s."
    ),
    (True, True, False): L_("On %(date)s (%(means)s), this matter was discussed."),
    (True, False, True): L_("On %(date)s, this matter was discussed between %(participants)s."),
    (True, False, False): L_("On %(date)s, this matter was discussed."),
    (False, True, True): L_("This matter has been discussed (%(means)s) between %(participants)s."),
    (False, True, False): L_("This matter has been discussed (%(means)s)."),
    (False, False, True): L_("This matter has been discussed between %(participants)s."),
    (False, False, False): L_("This matter has been discussed between officers of the two States."),
}
"""The sentence on one prior contact, by whether its date, means and participants are given."""


def write_other_channels(letter: Letter) -> None:
    t, other_channels = letter.t, letter.request.other_channels
    if is_none_answer(other_channels):
        letter.prose(
            t("No copy of this request has been or is being sent through any other channel."),
            none_reason(other_channels),
        )
    elif isinstance(other_channels, list):
        for channel in other_channels:
            how = t(CHANNELS[channel.channel or "other"])
            if channel.date:
                sentence = t("On %(date)s, this matter was also taken up %(channel)s.") % {
                    "date": letter.date_text(channel.date),
                    "channel": how,
                }
            else:
                sentence = t("This matter has also been taken up %(channel)s.") % {"channel": how}
            if channel.reference:
                sentence += " " + t("The reference there is %(reference)s.") % {
                    "reference": channel.reference
                }
            letter.prose(sentence, channel.details)
