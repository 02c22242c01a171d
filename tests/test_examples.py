"""The bundled examples: complete ones are ready to send, the practice drafts name their gaps."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from conftest import TODAY, run_mla

from mla_writer.casefile import parse_case
from mla_writer.checklist import POINTS, CheckContext, check
from mla_writer.examples import example_text, list_examples
from mla_writer.model import LetterOfRequest

EXAMPLES = {example.name: example for example in list_examples()}
COMPLETE = sorted(name for name, example in EXAMPLES.items() if example.complete)
INCOMPLETE = sorted(name for name, example in EXAMPLES.items() if not example.complete)

# The points each practice draft leaves unfinished, and a few of the gaps it must be told about.
GAPS: dict[str, dict[str, object]] = {
    "incomplete-drugs": {
        "points": {
            3: ("other_channels", "missing"),
            5: ("urgency", "partial"),
            6: ("confidentiality", "partial"),
            9: ("offences", "partial"),
            10: ("assistance", "partial"),
            12: ("procedures", "missing"),
            14: ("language", "partial"),
        },
        "errors": [
            "other_channels",
            "urgency.reason",
            "confidentiality.reason",
            "offences[1].max_penalty",
            "assistance[2].questions",
            "assistance[1].procedures",
            "assistance[2].procedures",
            "language.translation",
        ],
    },
    "incomplete-search": {
        "points": {
            1: ("identification", "partial"),
            2: ("prior_contact", "missing"),
            7: ("legal_basis", "missing"),
            10: ("assistance", "partial"),
        },
        "errors": [
            "signatory",
            "prior_contact",
            "legal_basis",
            "assistance[1].premises",
            "assistance[1].grounds",
            "assistance[2].period_from",
            "assistance[3].person",
            "assistance[3].rights_warning",
        ],
    },
}


def _example_file(name: str, folder: Path) -> Path:
    path = folder / f"{name}.yaml"
    path.write_text(example_text(name), encoding="utf-8")
    return path


def _unwrapped(text: str) -> str:
    """The report with its line wrapping undone, to find a message as one sentence."""
    return " ".join(text.split())


def _request(name: str) -> LetterOfRequest:
    return parse_case(example_text(name), f"{name}.yaml")


def test_at_least_three_complete_examples_and_two_practice_drafts() -> None:
    assert {"trafficking", "email-fraud", "asset-freezing"} <= set(COMPLETE)
    assert set(INCOMPLETE) == set(GAPS)
    for example in EXAMPLES.values():
        assert len(example.summary) > 40, example.name


def test_examples_cover_stored_e_mail_data_and_the_freezing_of_assets() -> None:
    kinds = {name: {item.type for item in _request(name).assistance} for name in COMPLETE}
    assert "stored_data_production" in kinds["email-fraud"]
    assert {"freezing", "tracing_proceeds"} <= kinds["asset-freezing"]

    e_mail = _request("email-fraud")
    production = [item for item in e_mail.assistance if item.type == "stored_data_production"]
    assert any(item.content_justification for item in production)  # type: ignore[union-attr]
    assert all(item.preservation_reference for item in production)  # type: ignore[union-attr]
    ips = [i for item in production for i in item.identifiers if i.is_ip_address()]  # type: ignore[union-attr]
    assert ips and all(i.observed_at and i.observed_at.utcoffset() is not None for i in ips)

    freezing = next(
        item for item in _request("asset-freezing").assistance if item.type == "freezing"
    )
    assert freezing.domestic_order.annex in {a.title for a in _request("asset-freezing").annexes}  # type: ignore[union-attr]
    assert all(p.estimated_value and p.estimated_value.currency for p in freezing.property)  # type: ignore[union-attr]


@pytest.mark.parametrize("name", COMPLETE)
def test_complete_example_has_nothing_to_fix(name: str) -> None:
    report = check(_request(name), CheckContext(today=TODAY))
    assert [(f.field, f.message) for f in report.findings] == []


@pytest.mark.parametrize("name", COMPLETE)
def test_complete_example_is_ready_to_send(name: str, tmp_path: Path) -> None:
    path = _example_file(name, tmp_path)

    text = run_mla("check", path)
    assert text.returncode == 0, text.stdout + text.stderr
    assert "Ready to send" in text.stdout
    table = text.stdout.split("Legend")[0]
    assert "◐" not in table and "✗" not in table

    as_json = run_mla("check", path, "--format", "json")
    assert as_json.returncode == 0
    report = json.loads(as_json.stdout)
    assert report["complete"] is True
    assert [point["status"] for point in report["points"]] == ["ok"] * 14
    assert not [
        f for point in report["points"] for f in point["findings"] if f["severity"] == "error"
    ]


@pytest.mark.parametrize("name", INCOMPLETE)
def test_practice_draft_is_not_ready_and_json_names_its_gaps(name: str, tmp_path: Path) -> None:
    result = run_mla("check", _example_file(name, tmp_path), "--format", "json")

    assert result.returncode == 1
    report = json.loads(result.stdout)
    assert report["complete"] is False
    unfinished = {
        point["number"]: (point["key"], point["status"])
        for point in report["points"]
        if point["status"] != "ok"
    }
    assert unfinished == GAPS[name]["points"]
    errors = [
        f["field"]
        for point in report["points"]
        for f in point["findings"]
        if f["severity"] == "error"
    ]
    assert sorted(errors) == sorted(GAPS[name]["errors"])  # type: ignore[arg-type]


@pytest.mark.parametrize("name", INCOMPLETE)
def test_practice_draft_text_report_lists_each_unfinished_point(name: str, tmp_path: Path) -> None:
    result = run_mla("check", _example_file(name, tmp_path))

    assert result.returncode == 1
    assert "Not ready to send" in result.stdout
    points = GAPS[name]["points"]
    for point in POINTS:
        expected = points.get(point.number, (point.key, "ok"))  # type: ignore[attr-defined]
        assert f"{point.number:>2}. {point.title}  [{expected[1]}]" in result.stdout
    for field in GAPS[name]["errors"]:  # type: ignore[attr-defined]
        # issue 15: the path may be followed by its line and label before the message
        shown = _unwrapped(result.stdout)
        assert re.search(rf"! {re.escape(field)}( \(line \d+\))?( – [^!?]+?)?: ", shown), field


def test_drugs_draft_tells_the_prosecutor_what_a_hurried_draft_forgot(tmp_path: Path) -> None:
    out = _unwrapped(run_mla("check", _example_file("incomplete-drugs", tmp_path)).stdout)
    assert "Give the reason for the urgency" in out
    assert "Give the maximum penalty for Trafficking of narcotics." in out
    assert "Give the questions to ask" in out
    assert "accepts Dutch, French" in out  # issue 16: languages named, not coded


def test_search_draft_tells_the_prosecutor_what_a_hurried_draft_forgot(tmp_path: Path) -> None:
    out = _unwrapped(run_mla("check", _example_file("incomplete-search", tmp_path)).stdout)
    assert "Give the premises, person or vehicle to search" in out
    assert "Explain why there are grounds to believe the items are there." in out
    assert "Give the period the records or data should cover" in out
    assert "did you mean “tkachuk”?" in out
    assert "Name the treaty or convention" in out


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_example_written_out_with_mla_example_checks_the_same(name: str, tmp_path: Path) -> None:
    target = tmp_path / "my-case.yaml"
    assert run_mla("example", name, "-o", target).returncode == 0
    assert target.read_text(encoding="utf-8") == example_text(name)
    assert run_mla("check", target).returncode == (0 if EXAMPLES[name].complete else 1)


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_example_says_its_data_is_invented(name: str) -> None:
    head = example_text(name).split("schema_version")[0]
    assert "invented" in head
    assert (
        head.splitlines()[1] == f"# example-complete: {'yes' if EXAMPLES[name].complete else 'no'}"
    )
