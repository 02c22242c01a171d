"""CONTRIBUTING.md's checklists name files and tables that exist: a newcomer following them does not
hit a dead end."""

from __future__ import annotations

import re

from tests.conftest import ROOT

GUIDE = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")


def test_every_file_the_guide_names_exists() -> None:
    named = set(re.findall(r"`((?:mla_writer|tests|tools|locales|states)/[\w./<>-]+)`", GUIDE))
    missing = []
    for path in named:
        if "<" in path:  # a pattern: its folder must exist
            path = path.split("<")[0]
        candidates = [ROOT / path, ROOT / "mla_writer" / path]
        if not any(candidate.exists() for candidate in candidates):
            missing.append(path)
    assert not missing, f"CONTRIBUTING.md names files that do not exist: {sorted(missing)}"


def test_every_table_the_guide_says_to_extend_is_where_it_says() -> None:
    for name, path in [
        ("TRIGGERS", "tests/test_checklist_rules.py"),
        ("EXPECTED_REQUIREMENTS", "tests/test_checklist_rules.py"),
        ("_LETTER_REGIONS", "mla_writer/render/formatting.py"),
        ("LANGUAGES", "mla_writer/foreign/cues.py"),
        ("LANGUAGES", "tools/golden.py"),
        ("data_version", "mla_writer/states/relations.yaml"),
    ]:
        assert name in GUIDE
        assert re.search(rf"^{name}\b", (ROOT / path).read_text(encoding="utf-8"), re.M), (
            f"{name} is no longer in {path}: update CONTRIBUTING.md"
        )
