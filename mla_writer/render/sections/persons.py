"""Persons concerned: a table of names, roles and identification details."""

from __future__ import annotations

from collections.abc import Iterable

from mla_writer.i18n import L_
from mla_writer.model import Person
from mla_writer.model.dates import DateForm
from mla_writer.render.layout import Run
from mla_writer.render.sections.shared import Letter

SEXES = {"female": L_("female"), "male": L_("male")}

ROLES = {
    "suspect": L_("Suspect"),
    "accused": L_("Accused"),
    "witness": L_("Witness"),
    "victim": L_("Victim"),
    "expert": L_("Expert"),
    "company": L_("Company"),
    "other": L_("Other person concerned"),
}


def write_persons(letter: Letter) -> None:
    t, layout, persons = letter.t, letter.layout, letter.request.persons
    letter.heading("persons")
    if not persons:
        letter.numbered(t("No person is identified at this stage."))
        letter.placeholders(letter.missing.for_part("persons"))
        return
    letter.numbered(
        t("The persons concerned by this request are the following:"),
        anchor="persons",
        keep_with_next=True,
    )
    table = layout.table(len(persons) + 1, layout.widths(2608, 1474), "Letter Table", header=True)
    for cell, label in zip(
        table[0],
        (t("Name"), t("Role"), t("Identification details")),
        strict=True,
    ):
        layout.cell_para(cell, "Table Heading", label)
    for number, (cells, person) in enumerate(zip(table[1:], persons, strict=True), start=1):
        layout.cell_para(cells[0], "Table Text", (person.name or person.name_latin or "", "Strong"))
        if person.name and person.name_latin and person.name_latin != person.name:
            layout.cell_para(cells[0], "Table Text", person.name_latin)
        layout.cell_para(cells[1], "Table Text", t(ROLES[person.role.value]))
        for line in person_details(letter, person):
            layout.cell_para(cells[2], "Table Text", *line)
        letter.placeholders(letter.missing.for_person(number), "Table Text", container=cells[2])
    letter.placeholders(letter.missing.for_part("persons"))


def person_details(letter: Letter, person: Person) -> Iterable[list[Run]]:
    """A person's identification details, one labelled line each."""
    t, fmt, wording = letter.t, letter.fmt, letter.wording

    def line(label: str, value: str) -> list[Run]:
        return [(wording.label_before_value(label), "Emphasis"), value]

    if person.aliases:
        yield line(t("Also known as"), wording.details(person.aliases))
    if person.sex:
        yield line(t("Sex"), t(SEXES[person.sex.value]))
    born = _birth(letter, person)
    if born:
        yield [born]
    if person.nationality:
        # "national of Türkiye": the State's name, never "Nationality: Türkiye".
        states = fmt.join(letter.state_in_text(code) for code in person.nationality)
        yield [t("national of %(states)s") % {"states": states}]
    for document in person.identity_documents:
        text = " ".join(part for part in (document.kind, document.number) if part)
        # Labels, not prepositions: a State's name stays in the nominative in every language.
        extras = []
        if document.issuing_state:
            extras.append(
                t("issuing State: %(state)s") % {"state": fmt.state(document.issuing_state)}
            )
        if document.expiry:
            extras.append(t("valid until: %(date)s") % {"date": letter.date_text(document.expiry)})
        if extras:
            text = t("%(document)s (%(details)s)") % {
                "document": text,
                "details": wording.details(extras),
            }
        yield line(t("Identity document"), text)
    if person.registration_number:
        yield line(t("Registration number"), person.registration_number)
    for address in person.addresses:
        yield line(t("Address"), address)
    if person.whereabouts:
        yield line(t("Whereabouts"), person.whereabouts)
    if person.notes:
        yield line(t("Other information"), person.notes)


def _birth(letter: Letter, person: Person) -> str:
    """ "born on 12 April 1981 in Cahul, Republic of Moldova", or the half that is known."""
    t = letter.t
    birth = person.date_of_birth
    date = letter.date_text(birth) if birth else ""
    place = person.place_of_birth or ""
    on_a_day = birth is not None and birth.form is DateForm.DAY
    values = {"date": date, "place": place}
    if date and place:
        return (
            t("born on %(date)s in %(place)s") if on_a_day else t("born in %(date)s, in %(place)s")
        ) % values
    if date:
        return (t("born on %(date)s") if on_a_day else t("born in %(date)s")) % values
    return t("born in %(place)s") % values if place else ""
