"""Findings say where they are (issue 15): the line of the field in the case file (or of its
nearest parent present when the field is absent) and what it belongs to, in words."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from conftest import run_mla

from mla_writer.examples import example_text

WriteCase = Callable[..., Path]
TRAFFICKING = example_text("trafficking")


def line_of(text: str, fragment: str) -> int:
    """The line (from 1) on which `fragment` starts in `text`."""
    return text[: text.index(fragment)].count("\n") + 1


def without_first_relevance(text: str) -> str:
    start = text.index("    relevance: |\n", text.index("  - id: bank"))
    end = text.index("    procedures:", start)
    return text[:start] + text[end:]


def findings(report: dict[str, Any]) -> list[dict[str, Any]]:
    return [finding for point in report["points"] for finding in point["findings"]]


def test_missing_field_points_at_its_item_with_a_label(write_case: WriteCase) -> None:
    text = without_first_relevance(TRAFFICKING)
    path = write_case(text)

    shown = " ".join(run_mla("check", path).stdout.split())

    item_line = line_of(text, "id: bank")
    assert (
        f"! assistance[1].relevance (line {item_line}) – assistance item 1 (records of Kuzey "
        "Yıldızı Bankası A.Ş., Zeytinburnu branch, Istanbul): Explain how this item"
    ) in shown


def test_json_finding_has_line_and_label_beside_field(write_case: WriteCase) -> None:
    text = TRAFFICKING.replace(
        "    relevance: Mr Ostafi kept a notebook", "    relevance: Shows it.\n    notes_: Mr", 1
    ).replace("    notes_: Mr", "    # Mr", 1)
    path = write_case(text)

    report = json.loads(run_mla("check", path, "--format", "json").stdout)

    (brief,) = [f for f in findings(report) if f["code"] == "relevance.explained"]
    assert list(brief) == ["severity", "field", "line", "label", "message", "code", "params"]
    assert brief["field"] == "assistance[3].relevance"
    assert brief["line"] == line_of(text, "    relevance: Shows it.")
    assert brief["label"] == "assistance item 3 (statement of Pavel Ostafi)"


def test_person_and_offence_findings_are_labelled(write_case: WriteCase) -> None:
    text = TRAFFICKING.replace("    name_latin: Vadim Prokopenko\n", "", 1).replace(
        "    max_penalty: Imprisonment for up to 10 years\n", "", 1
    )
    path = write_case(text)

    report = json.loads(run_mla("check", path, "--format", "json").stdout)

    by_field = {f["field"]: f for f in findings(report)}
    person = by_field["persons[3].name_latin"]
    assert person["label"] == "person 3 (Вадим Прокопенко)"
    assert person["line"] == line_of(text, "  - id: prokopenko")
    offence = by_field["offences[2].max_penalty"]
    assert offence["label"] == "offence 2 (Money laundering)"
    assert offence["line"] == line_of(text, "  - name: Money laundering")


def test_missing_top_level_field_has_no_line(write_case: WriteCase) -> None:
    text = TRAFFICKING.replace("prior_contact:", "prior_contact_removed:", 1)
    start = text.index("prior_contact_removed:")
    end = text.index("\nother_channels:", start)
    path = write_case(text[:start] + text[end + 1 :])

    report = json.loads(run_mla("check", path, "--format", "json").stdout)

    (unanswered,) = [f for f in findings(report) if f["code"] == "prior_contact.unanswered"]
    assert "line" not in unanswered and "label" not in unanswered


def test_markdown_report_gives_line_and_label(write_case: WriteCase) -> None:
    text = without_first_relevance(TRAFFICKING)
    path = write_case(text)

    shown = run_mla("check", path, "--format", "markdown").stdout

    assert (
        f"**error** `assistance[1].relevance` (line {line_of(text, 'id: bank')}) – assistance "
        "item 1 (records of Kuzey Yıldızı Bankası A.Ş., Zeytinburnu branch, Istanbul):"
    ) in shown


def test_a_letter_made_by_mla_writer_has_labels_but_no_lines(tmp_path: Path) -> None:
    case = tmp_path / "case.yaml"
    case.write_text(without_first_relevance(TRAFFICKING), encoding="utf-8")
    letter = tmp_path / "letter.docx"
    assert run_mla("render", case, "--draft", "-o", letter).returncode == 0

    report = json.loads(run_mla("check", letter, "--format", "json").stdout)

    (gap,) = [f for f in findings(report) if f["field"] == "assistance[1].relevance"]
    assert "line" not in gap
    assert gap["label"].startswith("assistance item 1 (records of Kuzey")
