"""Section 1, authorities and contacts (point 1): who asks, who transmits, who conducts the
proceedings, the proceedings themselves, and the persons to contact."""

from __future__ import annotations

from mla_writer.i18n import L_
from mla_writer.model.common import Contact
from mla_writer.model.parties import Identification, ProceedingsNature
from mla_writer.render.layout import Run
from mla_writer.render.sections.shared import Letter

NATURES = {
    ProceedingsNature.INVESTIGATION: L_("Criminal investigation"),
    ProceedingsNature.PROSECUTION: L_("Prosecution"),
    ProceedingsNature.JUDICIAL_PROCEEDINGS: L_("Judicial proceedings"),
}


def write_authorities(letter: Letter) -> None:
    t, ident = letter.t, letter.request.identification
    letter.heading("identification")
    if ident is None:
        letter.placeholders(letter.missing.for_part("identification"))
        return
    rows = _authority_rows(letter, ident)
    if rows:
        letter.layout.details_table(rows, label_width=3402)
    contacts: list[tuple[Contact, str]] = []
    for authority in (ident.requesting_authority, ident.proceeding_authority):
        if authority and authority.contact and authority.contact.name:
            contacts.append((authority.contact, authority.name or ""))
    contacts += [(contact, "") for contact in ident.contacts]
    if contacts:
        _write_contacts(letter, contacts)
    if ident.contact_inappropriate:
        letter.layout.para(
            "Body Text",
            t("The officer in charge is not named, for the following reason: %(reason)s")
            % {"reason": ident.contact_inappropriate},
        )
    letter.placeholders(letter.missing.for_part("identification"))


def _authority_rows(letter: Letter, ident: Identification) -> list[tuple[str, list[Run]]]:
    """The details table's rows: the authorities, then the proceedings."""
    t = letter.t
    rows: list[tuple[str, list[Run]]] = []
    if ident.requesting_authority:
        rows.append((t("Requesting authority"), letter.authority_lines(ident.requesting_authority)))
    if ident.transmitting_authority:
        rows.append(
            (t("Transmitting authority"), letter.authority_lines(ident.transmitting_authority))
        )
    if ident.proceeding_authority:
        rows.append(
            (
                t("Authority conducting the proceedings"),
                letter.authority_lines(ident.proceeding_authority),
            )
        )
    proceedings = ident.proceedings
    if proceedings:
        if proceedings.nature:
            rows.append((t("Nature of the proceedings"), [t(NATURES[proceedings.nature])]))
        if proceedings.reference:
            rows.append((t("Case reference"), [proceedings.reference]))
        if proceedings.opened:
            rows.append((t("Proceedings opened on"), [letter.date_text(proceedings.opened)]))
        if proceedings.subject:
            rows.append((t("Subject of the proceedings"), [proceedings.subject]))
        if proceedings.stage:
            rows.append((t("Stage of the proceedings"), [proceedings.stage]))
    return rows


def _write_contacts(letter: Letter, contacts: list[tuple[Contact, str]]) -> None:
    """The table of persons to contact: name and function, authority, telephone and e-mail."""
    t, fmt, layout = letter.t, letter.fmt, letter.layout
    layout.para(
        "Body Text Spaced",
        t("The following persons may be contacted directly about this request:"),
        keep_with_next=True,
    )
    table = layout.table(len(contacts) + 1, layout.widths(3288, 2948), "Letter Table", header=True)
    header = (t("Name and function"), t("Authority"), t("Telephone and e-mail"))
    for cell, label in zip(table[0], header, strict=True):
        layout.cell_para(cell, "Table Heading", label)
    for cells, (contact, authority_name) in zip(table[1:], contacts, strict=True):
        layout.cell_para(cells[0], "Table Text", (contact.name or "", "Strong"))
        if contact.function:
            layout.cell_para(cells[0], "Table Text", contact.function)
        layout.cell_para(cells[1], "Table Text", contact.authority or authority_name or "–")
        layout.cell_para(cells[2], "Table Text", contact.phone or contact.second_phone or "–")
        if contact.phone and contact.second_phone:
            layout.cell_para(cells[2], "Table Text", contact.second_phone)
        if contact.fax:
            layout.cell_para(cells[2], "Table Text", t("Fax: %(fax)s") % {"fax": contact.fax})
        if contact.email:
            layout.cell_para(cells[2], "Table Text", contact.email)
        if contact.languages:
            languages = fmt.join(fmt.language_name(c) for c in contact.languages)
            layout.cell_para(
                cells[0],
                "Table Text",
                (t("Languages: %(languages)s") % {"languages": languages}, "Emphasis"),
            )
