"""What a field path points into, in words a lawyer reads: "assistance item 3 (records of Banca
Transilvania)", "person 2 (Ion Rusu)". Shown beside a finding's path in `mla check`'s reports.

A label is a message (`M_`), translated when shown: the terminal's reports in the interface
language, the JSON report in English.
"""

from __future__ import annotations

from mla_writer.fieldpath import FieldPath
from mla_writer.message import M_, Message
from mla_writer.model.assistance import AssistanceBase
from mla_writer.model.kinds import spec_of
from mla_writer.model.request import LetterOfRequest


def label_of(path: FieldPath, request: LetterOfRequest) -> Message | None:
    """The label of the item of a top-level list that `path` lies in, if it has one."""
    listed = path.listed()
    if listed is None:
        if path.steps[:2] == ("legal_basis", "instruments") and len(path.steps) > 2:
            return _instrument(request, path.steps[2])
        return None
    name, number = listed
    if name == "assistance" and number <= len(request.assistance):
        item = request.assistance[number - 1]
        return M_("assistance item %(number)d (%(name)s)") % {
            "number": number,
            "name": _item_name(item, request),
        }
    if name == "persons" and number <= len(request.persons):
        person = request.persons[number - 1]
        return M_("person %(number)d (%(name)s)") % {
            "number": number,
            "name": person.display_name(),
        }
    if name == "offences" and number <= len(request.offences):
        offence = request.offences[number - 1]
        if offence.name:
            return M_("offence %(number)d (%(name)s)") % {"number": number, "name": offence.name}
        return M_("offence %(number)d") % {"number": number}
    return None


def _instrument(request: LetterOfRequest, index: object) -> Message | None:
    instruments = request.legal_basis.instruments if request.legal_basis else []
    if not isinstance(index, int) or index >= len(instruments):
        return None
    instrument = instruments[index]
    name = instrument.code or instrument.title
    if not name:
        return M_("instrument %(number)d") % {"number": index + 1}
    return M_("instrument %(number)d (%(name)s)") % {"number": index + 1, "name": name}


def _item_name(item: AssistanceBase, request: LetterOfRequest) -> Message:
    """How the wizard names an item: "records of Kuzey Yıldızı Bankası", "hearing of Vera
    Grădinaru" (the kind's `item_name`, with its detail or person when given)."""
    spec = spec_of(item)
    if "%(person)s" in spec.item_name:
        names = [_person_name(ref, request) for ref in _references(item, spec.person_fields)]
        shown: str | Message = ", ".join(names) or M_("a person")
        return Message(spec.item_name) % {"person": shown}
    if spec.item_name_detail and getattr(item, spec.item_name_detail[0], None):
        field, message = spec.item_name_detail
        return Message(message) % {field: str(getattr(item, field))}
    return Message(spec.item_name)


def _references(item: AssistanceBase, fields: tuple[str, ...]) -> list[str]:
    """The persons' ids an item names (`person: ivanov`, or a list, of ids or of persons heard
    on the same terms: `persons: [{person: ivanov, ...}]`)."""
    found: list[str] = []
    for name in fields:
        value = getattr(item, name, None)
        for entry in value if isinstance(value, list) else [value]:
            reference = getattr(entry, "person", entry)
            if reference:
                found.append(str(reference))
    return found


def _person_name(reference: str, request: LetterOfRequest) -> str:
    person = request.person(reference)
    return (person.name or person.name_latin or person.id) if person else reference
