"""Persons concerned: a table of names, roles and identification details."""

from __future__ import annotations

from collections.abc import Iterable

from mla_writer.i18n import L_, LetterTranslator
from mla_writer.model import Person
from mla_writer.model.dates import DateForm
from mla_writer.model.persons import Role, Sex
from mla_writer.render.layout import Run
from mla_writer.render.sections.shared import Letter
from mla_writer.states.names import nationality_adjectives

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
    table = layout.table(len(persons) + 1, layout.widths(2381, 1814), "Letter Table", header=True)
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
        layout.cell_para(cells[1], "Table Text", role_of(t, person.role, person.sex))
        for line in person_details(letter, person):
            layout.cell_para(cells[2], "Table Text", *line)
        letter.placeholders(letter.missing.for_person(number), "Table Text", container=cells[2])
    letter.placeholders(letter.missing.for_part("persons"))


def role_of(t: LetterTranslator, role: Role, sex: Sex | None) -> str:
    """The person's role, agreed with their sex where the letter's language does ("Потерпевшая",
    "مجني عليها"); the neutral word when the case file does not give it."""
    if sex is Sex.FEMALE:
        agreed = {
            Role.SUSPECT: t.p("role of a woman", "Suspect"),
            Role.ACCUSED: t.p("role of a woman", "Accused"),
            Role.WITNESS: t.p("role of a woman", "Witness"),
            Role.VICTIM: t.p("role of a woman", "Victim"),
            Role.EXPERT: t.p("role of a woman", "Expert"),
        }
    elif sex is Sex.MALE:
        agreed = {
            Role.SUSPECT: t.p("role of a man", "Suspect"),
            Role.ACCUSED: t.p("role of a man", "Accused"),
            Role.WITNESS: t.p("role of a man", "Witness"),
            Role.VICTIM: t.p("role of a man", "Victim"),
            Role.EXPERT: t.p("role of a man", "Expert"),
        }
    else:
        agreed = {}
    return agreed.get(role) or t(ROLES[role.value])


def nationality_line(letter: Letter, person: Person) -> str:
    """ "Turkish national", « de nationalité turque », "гражданка Турецкой Республики",
    "تركية الجنسية": the adjective where the language uses one, else the States' formal names."""
    t, sex = letter.t, person.sex
    adjectives = nationality_adjectives(
        person.nationality, letter.fmt.language, sex.value if sex else None
    )
    if adjectives:
        return t.p("a person's nationalities, as adjectives", "%(adjectives)s national") % {
            "adjectives": letter.fmt.join(adjectives)
        }
    values = {"of_states": letter.fmt.join(letter.of_state(code) for code in person.nationality)}
    if sex is Sex.FEMALE:
        return (
            t.p("a woman's nationalities, by the States' names", "national %(of_states)s") % values
        )
    if sex is Sex.MALE:
        return t.p("a man's nationalities, by the States' names", "national %(of_states)s") % values
    return (
        t.p("nationalities of a person whose sex is not given", "national %(of_states)s") % values
    )


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
        yield [nationality_line(letter, person)]  # never "Nationality: Türkiye"
    for document in person.identity_documents:
        text = " ".join(part for part in (document.kind, document.number) if part)
        # Labels, not prepositions: a State's name stays in the nominative in every language.
        extras = []
        if document.issuing_state:
            extras.append(
                t("issuing State: %(state)s") % {"state": fmt.state(document.issuing_state)}
            )
        if document.expiry:
            extras.append(
                t("valid until: %(date)s")
                % {"date": letter.date_text(document.expiry, genitive=True)}
            )
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
    """ "born on 12 April 1981 in Cahul, Republic of Moldova", or the half that is known, agreed
    with the person's sex where the language does (« née le »)."""
    birth = person.date_of_birth
    date = letter.date_text(birth) if birth else ""
    place = person.place_of_birth or ""
    on_a_day = birth is not None and birth.form is DateForm.DAY
    if not date and not place:
        return ""
    key = ("date" if date else "") + ("place" if place else "") + ("_day" if on_a_day else "")
    return _born(letter.t, person.sex)[key] % {"date": date, "place": place}


def _born(t: LetterTranslator, sex: Sex | None) -> dict[str, str]:
    """The sentences saying when and where a person was born, by what is known."""
    if sex is Sex.FEMALE:
        return {
            "dateplace_day": t.p("a woman", "born on %(date)s in %(place)s"),
            "dateplace": t.p("a woman", "born in %(date)s, in %(place)s"),
            "date_day": t.p("a woman", "born on %(date)s"),
            "date": t.p("a woman", "born in %(date)s"),
            "place": t.p("a woman", "born in %(place)s"),
        }
    if sex is Sex.MALE:
        return {
            "dateplace_day": t.p("a man", "born on %(date)s in %(place)s"),
            "dateplace": t.p("a man", "born in %(date)s, in %(place)s"),
            "date_day": t.p("a man", "born on %(date)s"),
            "date": t.p("a man", "born in %(date)s"),
            "place": t.p("a man", "born in %(place)s"),
        }
    return {
        "dateplace_day": t("born on %(date)s in %(place)s"),
        "dateplace": t("born in %(date)s, in %(place)s"),
        "date_day": t("born on %(date)s"),
        "date": t("born in %(date)s"),
        "place": t("born in %(place)s"),
    }
