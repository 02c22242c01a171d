"""The field help the wizard and the translation files show is translatable like everything else."""

from __future__ import annotations

import importlib.util

from mla_writer.model.descriptions import DESCRIPTIONS
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


def test_field_descriptions_are_in_the_interface_catalog_template() -> None:
    template = (ROOT / "locales" / "mla_writer.pot").read_text(encoding="utf-8")
    assert "mla_writer/model/descriptions.py" in template
