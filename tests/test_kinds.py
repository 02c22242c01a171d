"""Each kind of assistance is one spec, complete: the checklist, the letter, the wizard, the schema
and the README all read it, so a kind with a gap would show the gap to a user somewhere."""

from __future__ import annotations

import importlib
import importlib.util
import pkgutil
import typing
from enum import StrEnum

import pytest

import mla_writer.model.kinds as kinds_package
from mla_writer.model import LetterOfRequest
from mla_writer.model.kinds import KINDS, KindSpec
from mla_writer.model.kinds.spec import E
from tests.conftest import ROOT, load_tool

SPECS = list(KINDS.values())
IDS = list(KINDS)
# The letter writes the end of a period with its start ("from 1 January to 31 March 2025").
WRITTEN_WITH = {"period_to": "period_from"}


def _template(domain: str) -> str:
    return (ROOT / "locales" / f"{domain}.pot").read_text(encoding="utf-8")


def _in_template(template: str, message: str) -> bool:
    escaped = message.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    flat = "".join(
        line.strip()[1:-1] for line in template.splitlines() if line.strip().startswith('"')
    )
    return f'msgid "{escaped}"' in template or escaped in flat


def _enum(annotation: object) -> type[StrEnum] | None:
    for arg in (*typing.get_args(annotation), annotation):
        if isinstance(arg, type) and issubclass(arg, StrEnum):
            return arg
    return None


def _is_bool(annotation: object) -> bool:
    return annotation is bool or bool in typing.get_args(annotation)


def test_every_module_of_the_kinds_package_is_a_registered_kind() -> None:
    modules = {m.name for m in pkgutil.iter_modules(kinds_package.__path__)} - {"spec"}
    for name in modules:
        spec = getattr(importlib.import_module(f"mla_writer.model.kinds.{name}"), "SPEC", None)
        assert isinstance(spec, KindSpec), f"mla_writer/model/kinds/{name}.py defines no SPEC"
        assert KINDS[spec.key] is spec
    assert len(modules) == len(KINDS)


def test_kinds_have_distinct_places_in_the_menu_and_other_comes_last() -> None:
    assert len({spec.position for spec in SPECS}) == len(SPECS)
    assert IDS[-1] == "other"


@pytest.mark.parametrize("spec", SPECS, ids=IDS)
def test_the_letter_writes_every_field_of_the_kind(spec: KindSpec) -> None:
    written = [entry.name for entry in spec.letter]
    assert len(written) == len(set(written)), "a field written twice"
    assert set(written) <= set(spec.fields), "the letter names a field the model lacks"
    for name in spec.fields:
        assert WRITTEN_WITH.get(name, name) in written, f"{spec.key}.{name} is not in the letter"
    for entry in spec.letter:
        annotation = spec.model.model_fields[entry.name].annotation
        if entry.choice_sentence:  # an enum whose every choice is a sentence of the letter
            choices = [c for enum, cs in spec.choices.items() for c in cs.values()]
            assert choices and all(c.letter.endswith(".") for c in choices), entry.name
        elif _is_bool(annotation):
            assert entry.sentences and all(entry.sentences), f"{entry.name}: a sentence for each"
        else:  # in sentences, never after a label: a sentence holding it, introducing it, or its
            # own (after a sentence that introduces them, where the kind gives one)
            ways = [bool(entry.prose), bool(entry.lead) and not entry.own, entry.own]
            assert ways.count(True) == 1 and not entry.sentences, f"{entry.name}: one way"
            if entry.prose:
                assert "%(value)s" in entry.prose and entry.prose.endswith("."), entry.name
            if entry.lead:
                assert entry.lead.endswith(":"), entry.name
                # a list, or the drafter's paragraphs, each then an entry of the list
                assert entry.own or typing.get_origin(annotation) is list, f"{entry.name}: a list"


@pytest.mark.parametrize("spec", SPECS, ids=IDS)
def test_the_wizard_asks_every_field_of_the_kind(spec: KindSpec) -> None:
    assert set(spec.questions) == set(spec.fields)
    assert all(question.strip() for question in spec.questions.values())
    assert spec.label.strip() and spec.item_name.strip() and spec.title.strip()
    assert set(spec.wizard_help) <= set(spec.fields)
    if spec.item_name_detail:
        name, message = spec.item_name_detail
        assert name in spec.fields and f"%({name})s" in message


@pytest.mark.parametrize("spec", SPECS, ids=IDS)
def test_every_enum_value_of_the_kind_has_a_label_for_the_wizard_and_the_letter(
    spec: KindSpec,
) -> None:
    enums = {_enum(spec.model.model_fields[name].annotation) for name in spec.fields} - {None}
    assert set(spec.choices) == enums
    for enum, choices in spec.choices.items():
        assert set(choices) == {member.value for member in enum}
        assert all(choice.interface and choice.letter for choice in choices.values())
    if spec.title_field:
        assert _enum(spec.model.model_fields[spec.title_field].annotation) in spec.choices


@pytest.mark.parametrize("spec", SPECS, ids=IDS)
def test_requirements_and_references_name_real_fields(spec: KindSpec) -> None:
    known = {*spec.fields, "description"}
    assert spec.requirements, "a kind with no requirement is never incomplete"
    assert any(requirement.severity is E for requirement in spec.requirements)
    for requirement in spec.requirements:
        assert set(requirement.fields) <= known, requirement
        assert requirement.message.msgid.strip()
    assert set(spec.person_fields) | set(spec.name_fields) <= set(spec.fields)


@pytest.mark.parametrize("spec", SPECS, ids=IDS)
def test_every_message_of_the_kind_is_in_its_catalog_template(spec: KindSpec) -> None:
    letter, interface = _template("letter"), _template("mla_writer")
    letter_messages = [spec.title]
    letter_messages += [message for entry in spec.letter for message in entry.messages]
    letter_messages += [c.letter for choices in spec.choices.values() for c in choices.values()]
    letter_messages += [
        c.title for choices in spec.choices.values() for c in choices.values() if c.title
    ]
    interface_messages = [spec.label, spec.item_name, *spec.questions.values()]
    interface_messages += [r.message.msgid for r in spec.requirements]
    letter_messages += [r.message.msgid for r in spec.requirements]  # a draft's placeholders
    interface_messages += [m for m in spec.wizard_help.values() if m]
    interface_messages += [
        c.interface for choices in spec.choices.values() for c in choices.values()
    ]
    for message in letter_messages:
        assert _in_template(letter, message), f"not in letter.pot: {message!r}"
    for message in interface_messages:
        assert _in_template(interface, message), f"not in mla_writer.pot: {message!r}"


def test_the_case_file_schema_offers_every_kind() -> None:
    schema = LetterOfRequest.model_json_schema()
    items = schema["properties"]["assistance"]["items"]
    assert set(items["discriminator"]["mapping"]) == set(IDS)
    assert [ref["$ref"].rsplit("/", 1)[-1] for ref in items["oneOf"]] == [
        spec.model.__name__ for spec in SPECS
    ]


def test_the_readme_lists_every_kind() -> None:
    """Fails until `python tools/readme_kinds.py` is run after a kind is added."""
    tool = load_tool("readme_kinds")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert tool.rewritten(readme) == readme
