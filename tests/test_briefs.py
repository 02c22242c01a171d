"""Ten prosecutors' case briefs, turned into case files twice, by two users who had only the README
and `mla schema` (tests/briefs/cases/ and cases2/, each with its REPORT.md): the complete ones
render a final letter carrying the facts listed from the brief before any case file was written;
the others are refused for exactly the gaps the briefs' reviewer listed."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from subprocess import CompletedProcess
from typing import Any

import docx
import pytest
import yaml
from babel.dates import format_date

from tests.conftest import ROOT, run_mla

BRIEFS = ROOT / "tests" / "briefs"
CASES = BRIEFS / "cases"  # the first user's case files, with the facts listed before them
SETS = {
    name: yaml.safe_load((BRIEFS / name / "expectations.yaml").read_text(encoding="utf-8"))
    for name in ("cases", "cases2")
}
EXPECTED = SETS["cases"]


def _each(key: str) -> list[tuple[str, str]]:
    return [(name, brief) for name, expected in SETS.items() for brief in expected[key]]


BRIEF_DAY = {"MLA_TODAY": "2026-12-06"}  # the day the briefs were written and drafted


def _letter_text(path: Path) -> str:
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    parts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    for section in document.sections:
        parts += [p.text for p in section.header.paragraphs + section.footer.paragraphs]
    text = " ".join(parts).replace("\u00a0", " ").replace("\u202f", " ")
    return re.sub(r"\s+", " ", text)


def _carries(letter: str, fact: dict[str, Any]) -> bool:
    """Whether the letter carries the fact as a reader would look for it."""
    if "text" in fact:
        wanted = re.sub(r"\s+", " ", str(fact["text"]).strip())
        if wanted in letter:
            return True
        # A telephone number is normalised (E.164, grouped the State's way): its digits remain.
        digits = re.sub(r"\D", "", wanted)
        return wanted.startswith("+") and len(digits) >= 7 and digits in re.sub(r"\D", "", letter)
    if "date" in fact:
        written = str(fact["date"])
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", written):
            day = dt.date.fromisoformat(written)
            return format_date(day, "long", locale="en_GB") in letter
        if re.fullmatch(r"\d{4}-\d{2}", written):
            year, month = map(int, written.split("-"))
            return format_date(dt.date(year, month, 1), "MMMM y", locale="en_GB") in letter
        return written in letter
    amount = float(fact["amount"])
    return f"{amount:,.2f}" in letter or f"{amount:,.0f}" in letter


def _render(cases: str, brief: str, tmp_path: Path) -> tuple[Path, CompletedProcess[str]]:
    """`mla render` of one user's case file for a brief, on the day the briefs were drafted."""
    letter = tmp_path / f"brief{brief}.docx"
    case = BRIEFS / cases / f"brief{brief}.yaml"
    return letter, run_mla("render", case, "-o", letter, env=BRIEF_DAY)


@pytest.mark.parametrize("brief", EXPECTED["final"])
def test_complete_brief_gives_a_final_letter_with_every_fact(brief: str, tmp_path: Path) -> None:
    letter, result = _render("cases", brief, tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    facts = yaml.safe_load((CASES / "facts" / f"brief{brief}.yaml").read_text(encoding="utf-8"))
    known = [
        {k: v for k, v in f.items() if k != "why"} for f in EXPECTED["not_in_letter"].get(brief, [])
    ]
    text = _letter_text(letter)
    missing = [fact for fact in facts if not _carries(text, fact) and fact not in known]
    assert not missing, f"brief {brief}: facts not in the letter: {missing}"
    assert len(facts) >= 25


@pytest.mark.parametrize(
    ("cases", "brief"), [case for case in _each("final") if case[0] != "cases"]
)
def test_complete_brief_of_the_second_user_gives_a_final_letter(
    cases: str, brief: str, tmp_path: Path
) -> None:
    letter, result = _render(cases, brief, tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert letter.exists()


@pytest.mark.parametrize(("cases", "brief"), _each("refused"))
def test_brief_with_gaps_is_refused_and_nothing_written(
    cases: str, brief: str, tmp_path: Path
) -> None:
    letter, result = _render(cases, brief, tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    assert not letter.exists()
    assert re.search(r"! \S+ \(line \d+\)", result.stdout), "the refusal names the lines to fix"


@pytest.mark.parametrize(
    ("cases", "brief"), [(name, b) for name, expected in SETS.items() for b in expected["gaps"]]
)
def test_brief_with_gaps_is_refused_for_exactly_its_gaps(cases: str, brief: str) -> None:
    """Every gap the brief's reviewer listed (INDEX.md) is an error on one of its points, and no
    other point has an error: the tool neither misses a real gap nor blocks on a false one."""
    expected = SETS[cases]
    path = BRIEFS / cases / f"brief{brief}.yaml"
    result = run_mla("check", path, "--format", "json", env=BRIEF_DAY)
    report = json.loads(result.stdout)
    errors = {
        point["key"]
        for point in report["points"]
        if any(f["severity"] == "error" for f in point["findings"])
    }
    gaps = [gap for gap in expected["gaps"][brief] if "points" in gap]
    unseen = [gap["gap"] for gap in gaps if not errors & set(gap["points"])]
    assert not unseen, f"brief {brief}: gaps not reported as errors: {unseen}"
    allowed = {point for gap in gaps for point in gap["points"]}
    assert errors <= allowed, f"brief {brief}: errors on points with no gap: {errors - allowed}"
