"""Refactorings leave what users get untouched: every example letter's Word XML (English, drafts in
six languages, bilingual, pseudo-translated finals), the translator's files, the schema, and the
reports of `mla check` on the examples and on every letter of both corpora are identical to the
recorded ones. A deliberate change records new digests (`python tools/golden.py update`) in the
same commit and says why."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "tools"))
import golden


def test_every_letter_and_report_is_as_recorded(tmp_path: Path) -> None:
    golden.dump(tmp_path)
    recorded = json.loads(golden.DIGESTS.read_text(encoding="utf-8"))
    differ = golden.compare(recorded, golden.digests(tmp_path))
    assert not differ, (
        f"{len(differ)} outputs differ from tests/golden/digests.json, e.g. {differ[:8]}; "
        "dump both commits with `python tools/golden.py dump DIR` and diff them"
    )


def test_two_renders_of_one_case_are_byte_identical(tmp_path: Path) -> None:
    first, second = tmp_path / "a.docx", tmp_path / "b.docx"
    case = tmp_path / "case.yaml"
    golden._mla("example", "trafficking", "-o", case)
    golden._mla("render", case, "-o", first)
    time.sleep(2.1)  # zip dates have a two-second resolution: the clock must not show
    golden._mla("render", case, "-o", second)
    assert first.read_bytes() == second.read_bytes()
