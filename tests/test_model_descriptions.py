"""The field help the wizard and the translation files show is translatable like everything else."""

from __future__ import annotations

import importlib.util

from mla_writer.model.descriptions import DESCRIPTIONS, DOCSTRINGS
from tests.conftest import ROOT


def _tool():  # tools/ is not a package: load the generator by path
    spec = importlib.util.spec_from_file_location(
        "model_descriptions", ROOT / "tools" / "model_descriptions.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_field_description_of_the_model_is_marked_for_translation() -> None:
    """Fails after a docstring changes until `python tools/model_descriptions.py` is run."""
    assert list(DESCRIPTIONS) == _tool().descriptions()


def test_the_fields_docstrings_are_read_as_the_model_source_has_them() -> None:
    """The table the model takes its descriptions from is its source's docstrings, as of now."""
    assert _tool().docstrings() == DOCSTRINGS


def test_a_field_is_described_by_the_docstring_under_it() -> None:
    """The wizard's help and `mla schema` read descriptions from the model's fields."""
    from mla_writer.model import LetterOfRequest
    from mla_writer.model.common import NoneWithReason
    from mla_writer.states.model import StateProfile

    assert NoneWithReason.model_fields["reason"].description == (
        'Why, e.g. "the matter was raised only within our own police".'
    )
    assert all(
        LetterOfRequest.model_fields[name].description for name in ("reference", "addressee")
    )
    assert any(info.description for info in StateProfile.model_fields.values())
    schema = LetterOfRequest.model_json_schema()
    reason = schema["$defs"]["NoneWithReason"]["properties"]["reason"]
    assert reason["description"].startswith("Why, e.g.")


def test_field_descriptions_are_in_the_interface_catalog_template() -> None:
    template = (ROOT / "locales" / "mla_writer.pot").read_text(encoding="utf-8")
    assert "mla_writer/model/descriptions.py" in template
