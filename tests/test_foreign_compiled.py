"""Checking someone else's letter compiles nothing it compiled before, and loads only what the
letter needs: the cues of its own language, no PDF reader for a text file."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from mla_writer.examples import example_text
from mla_writer.foreign.compiled import PatternStore
from tests.conftest import ROOT

PATTERNS = [
    (r"(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})", 0),
    (r"\b(?:urgent|urgency)\b", re.IGNORECASE | re.MULTILINE),
    (r"(?<![\w-])(?:Moldova|MOLDOVA)(?![\w-])", 0),
    (r"\bİstanbul\b|\bKELVIN\b", re.IGNORECASE),
]
TEXT = "Urgent: the hearing in ISTANBUL on 14.10.2026, not in Moldova (URGENCY, \u212aelvin)."


def _matches(pattern: re.Pattern[str]) -> list[tuple[int, int, dict[str, str | None]]]:
    return [(m.start(), m.end(), m.groupdict()) for m in pattern.finditer(TEXT)]


def test_a_pattern_read_back_from_the_cache_matches_as_a_freshly_compiled_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MLA_CACHE_DIR", str(tmp_path))
    first = PatternStore("cues-test")
    for source, flags in PATTERNS:
        first.compile(source, flags)
    first.save()
    second = PatternStore("cues-test")
    for source, flags in PATTERNS:
        cached = second.compile(source, flags)
        fresh = re.compile(source, flags)
        assert (cached.pattern, cached.flags, cached.groupindex) == (
            fresh.pattern,
            fresh.flags,
            fresh.groupindex,
        )
        assert _matches(cached) == _matches(fresh)
    assert not second.missed  # nothing compiled: all came from the cache


def test_a_damaged_cache_is_compiled_afresh_and_rewritten(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MLA_CACHE_DIR", str(tmp_path))
    store = PatternStore("cues-test")
    store.compile(*PATTERNS[0])
    store.save()
    assert store.path is not None
    store.path.write_bytes(store.path.read_bytes()[:-7])  # cut short
    again = PatternStore("cues-test")
    assert _matches(again.compile(*PATTERNS[0])) == _matches(re.compile(*PATTERNS[0]))
    assert again.missed
    again.save()
    assert PatternStore("cues-test").entries.keys() == {PATTERNS[0]}


def _probe(program: str, path: Path, cache: Path) -> Any:
    """What `program` prints (JSON) about a check of `path`, run in a fresh interpreter."""
    environment = {**os.environ, "MLA_CACHE_DIR": str(cache), "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", program, str(path)],
        capture_output=True,
        text=True,
        env=environment,
        cwd=ROOT,
        check=True,
    )
    return json.loads(done.stdout)


_PROBE = """
import json, sys
from pathlib import Path
from mla_writer.app import check_file
check_file(Path(sys.argv[1]))
print(json.dumps(sorted(m for m in ("pdfminer", "pypdf", "docx") if m in sys.modules)))
"""


def test_checking_an_english_text_letter_loads_english_cues_and_no_document_reader(
    tmp_path: Path,
) -> None:
    letter = ROOT / "tests" / "corpus" / "A" / "A01_en_lor_gb_cy.txt"
    assert _probe(_PROBE, letter, tmp_path) == []  # neither PDF reader nor python-docx
    kept = sorted(path.name for path in tmp_path.rglob("*.marshal"))
    assert kept == [
        "cities-en.marshal",
        "cues-common.marshal",
        "cues-en.marshal",
        "states-en.marshal",
    ]  # the Russian, French... cue files were never compiled


def test_a_python_whose_private_regex_compiler_differs_still_compiles_every_pattern(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The cache uses the engine's private interface; on a Python where it has changed, a check
    must still work: patterns are compiled the public way and never skipped by the prefilter."""
    from mla_writer.foreign import compiled, prefilter

    def changed(*_args: object) -> object:
        raise TypeError("compile() takes 5 arguments")

    monkeypatch.setenv("MLA_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(compiled, "_from_entry", changed)
    monkeypatch.setattr(prefilter, "_parser", SimpleNamespace(parse=changed))
    monkeypatch.setattr(prefilter, "_KNOWN", {})
    pattern = compiled.PatternStore("cues-test").compile(r"\bkept (?:strictly )?secret\b", re.I)
    assert pattern.search("The request must be KEPT strictly SECRET.")
    assert prefilter.may_match(pattern, "nothing of the kind")  # never skipped


_CASE_PROBE = """
import json, sys
from pathlib import Path
from mla_writer import report
from mla_writer.app import check_file
result, kind = check_file(Path(sys.argv[1]))
data = json.loads(report.as_json(result, sys.argv[1], kind.value))
reader = ("mla_writer.foreign.analyse", "mla_writer.foreign.cues", "pdfminer", "docx")
loaded = sorted(m for m in reader if m in sys.modules)
print(json.dumps({"loaded": loaded, "keys": sorted(data)}))
"""


def test_checking_a_case_file_loads_no_letter_reader(tmp_path: Path) -> None:
    """A case file's check (~0.4 s) does without the cue files and document readers that only
    someone else's letter needs (~50 ms), and its report has no letter's particulars."""
    case = tmp_path / "case.yaml"
    case.write_text(example_text("trafficking"), encoding="utf-8")
    probe = _probe(_CASE_PROBE, case, tmp_path)
    assert probe["loaded"] == []
    assert "letter" not in probe["keys"] and "points" in probe["keys"]
