"""Where and how to send the evidence gathered, and whom to contact (point 1's contacts): the
requesting authority's address is given once, at the head of the letter."""

from __future__ import annotations

from mla_writer.i18n import L_
from mla_writer.model.common import Authority, Contact
from mla_writer.render.sections.shared import Letter


def write_evidence(letter: Letter) -> None:
    t, ident = letter.t, letter.request.identification
    letter.heading("evidence")
    requesting = ident.requesting_authority if ident else None
    sentences = [
        t(
            "The requesting authority respectfully asks that the evidence gathered, with the "
            "records of its execution, be sent to it at the address given at the head of this "
            "letter."
        )
    ]
    if requesting and requesting.email:
        sentences.append(
            t(
                "Where the law %(of_state)s allows it, an advance copy may be sent by e-mail to "
                "%(email)s."
            )
            % {
                "of_state": letter.of_state(letter.request.requested_state),
                "email": requesting.email,
            }
        )
    letter.numbered(" ".join(sentences), anchor="evidence")
    if ident is None:
        letter.placeholders(letter.missing.for_part("identification"))
        return
    entries = _contact_entries(letter, ident.requesting_authority, ident.proceeding_authority)
    entries += [_contact_entry(letter, contact, contact.authority) for contact in ident.contacts]
    if entries:
        letter.numbered(
            t("The following persons may be contacted directly about this request:"),
            keep_with_next=True,
        )
        for entry in entries:
            letter.layout.para("List Item", "–\t", entry)
    if ident.contact_inappropriate:
        letter.reasoned(_NOT_NAMED, ident.contact_inappropriate)
    letter.placeholders(letter.missing.for_part("identification"))


def _contact_entries(
    letter: Letter, requesting: Authority | None, proceeding: Authority | None
) -> list[str]:
    """The contact persons of the two authorities; the proceeding authority with its address
    (the requesting authority's is at the head of the letter)."""
    entries = []
    if requesting and requesting.contact and requesting.contact.name:
        entries.append(_contact_entry(letter, requesting.contact, requesting.name))
    if proceeding and proceeding != requesting:
        # An office at the requesting authority's address (given at the head) goes by its name.
        same_place = requesting is not None and (
            proceeding.name == requesting.name or proceeding.address == requesting.address
        )
        where = proceeding.name if same_place else letter.inline_address(proceeding)
        if proceeding.contact and proceeding.contact.name:
            entries.append(_contact_entry(letter, proceeding.contact, where))
        elif proceeding.phone or proceeding.email:
            entries.append(_contact_entry(letter, Contact(), where, proceeding))
    return entries


def _contact_entry(
    letter: Letter, contact: Contact, authority: str | None, reach: Authority | None = None
) -> str:
    """ "Name, function, authority; telephone …, e-mail …; speaks Romanian and English"."""
    t, fmt, wording = letter.t, letter.fmt, letter.wording
    who = wording.joined((contact.name, contact.function, contact.authority or authority))
    parts = [who, letter.means_of_contact(reach or contact)]
    if contact.languages:
        languages = fmt.join(fmt.language_name(code) for code in contact.languages)
        parts.append(t("speaks %(languages)s") % {"languages": languages})
    return wording.details(parts)


_NOT_NAMED = (
    L_("The officer in charge is not named, for the following reason:"),
    L_("The officer in charge is not named, because %(reason)s"),
)
"""The sentence on an officer in charge not named, before its reason (see Letter.reasoned)."""
