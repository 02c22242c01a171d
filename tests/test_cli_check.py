"""`mla check`, `mla schema`, `mla example` and the help: the contracts other programs and users rely on."""

from __future__ import annotations

import json
import re
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import typer.main
import yaml
from conftest import run_mla

from mla_writer.cli import app
from mla_writer.examples import example_text, list_examples

KEYS = [
    "identification",
    "prior_contact",
    "other_channels",
    "acknowledgement",
    "urgency",
    "confidentiality",
    "legal_basis",
    "facts",
    "offences",
    "assistance",
    "relevance",
    "procedures",
    "presence_of_officials",
    "language",
]

WriteCase = Callable[[str, str], Path]


def _unwrapped(text: str) -> str:
    """Help and report text with line wrapping and table borders undone."""
    return " ".join(text.replace("│", " ").split())


# --------------------------------------------------------------------------- the JSON contract


@pytest.mark.parametrize("name", ["trafficking", "incomplete-drugs"])
def test_json_report_has_the_documented_shape(name: str, write_case: WriteCase) -> None:
    path = write_case(example_text(name), "case.yaml")

    result = run_mla("check", path, "--format", "json")

    report = json.loads(result.stdout)
    # The documented keys first and in order; additions around them are allowed, and known.
    assert list(report)[:4] == ["source", "kind", "complete", "points"]
    assert set(report) - {"source", "kind", "complete", "points"} <= {"notes"}
    assert all(isinstance(note, str) and note for note in report.get("notes", []))
    assert report["source"] == str(path)
    assert report["kind"] == "case-file"
    assert isinstance(report["complete"], bool)
    assert [point["number"] for point in report["points"]] == list(range(1, 15))
    assert [point["key"] for point in report["points"]] == KEYS
    for point in report["points"]:
        assert list(point) == ["number", "key", "title", "status", "findings"]
        assert isinstance(point["title"], str) and point["title"]
        assert point["status"] in {"ok", "partial", "missing"}
        for finding in point["findings"]:
            # Issue 13: `code` and `params` beside the English `message`; issue 15: `line`
            # and `label` beside `field` when the finding has them.
            optional = [key for key in ("line", "label") if key in finding]
            assert list(finding) == ["severity", "field", *optional, "message", "code", "params"]
            assert isinstance(finding.get("line", 1), int)
            assert finding["severity"] in {"error", "warning"}
            assert isinstance(finding["field"], str) and finding["field"]
            assert isinstance(finding["message"], str) and finding["message"]
            assert finding["code"].startswith(point["key"] + ".")
            assert isinstance(finding["params"], dict)
    errors = [f for p in report["points"] for f in p["findings"] if f["severity"] == "error"]
    assert report["complete"] is (not errors)
    assert result.returncode == (0 if report["complete"] else 1)


def test_json_report_flags_an_urgent_request_without_reason(write_case: WriteCase) -> None:
    """An urgency without a reason gives the requested State nothing to weigh: the point is
    partial and the request not ready (issue 15: the briefs' reviewer and the corpus standard)."""
    text = example_text("trafficking")
    reason = text.index("  reason: |\n    The suspect Dorin")
    path = write_case(text[:reason] + text[text.index("\n\n", reason) + 1 :], "case.yaml")

    result = run_mla("check", path, "--format", "json")

    report = json.loads(result.stdout)
    urgency = report["points"][4]
    assert (urgency["number"], urgency["key"], urgency["status"]) == (5, "urgency", "partial")
    assert [(f["severity"], f["field"]) for f in urgency["findings"]] == [
        ("error", "urgency.reason")
    ]
    assert report["complete"] is False
    assert result.returncode == 1


def test_json_message_is_english_whatever_the_interface_language(write_case: WriteCase) -> None:
    """Other programs read the JSON report: its messages do not follow LANG, and `code` and
    `params` let them word a message their own way; the text report still speaks French."""
    text = example_text("trafficking")
    reason = text.index("  reason: |\n    The suspect Dorin")
    path = write_case(text[:reason] + text[text.index("\n\n", reason) + 1 :], "case.yaml")
    french = {"LANG": "fr_FR.UTF-8"}

    report = json.loads(run_mla("check", path, "--format", "json", env=french).stdout)
    shown = run_mla("check", path, env=french).stdout

    finding = report["points"][4]["findings"][0]
    assert finding == {
        "severity": "error",
        "field": "urgency.reason",
        "line": text.count("\n", 0, text.index("urgency:")) + 1,  # absent: its parent's line
        "message": "Give the reason for the urgency or time limit (custody time limit, trial "
        "date, risk of loss of evidence...): without it, it is usually not honoured.",
        "code": "urgency.reason",
        "params": {},
    }
    assert "Indiquez le motif de l'urgence" in _unwrapped(shown)


def test_json_params_hold_the_values_of_the_message(write_case: WriteCase) -> None:
    text = example_text("trafficking").replace("code: UNTOC", "code: UNTCO", 1)
    path = write_case(text, "case.yaml")

    report = json.loads(
        run_mla("check", path, "--format", "json", env={"LANG": "fr_FR.UTF-8"}).stdout
    )

    basis = next(f for f in report["points"][6]["findings"] if f["field"].endswith(".code"))
    assert basis["code"] == "legal_basis.instruments"
    assert basis["params"] == {"code": "UNTCO", "hint": "did you mean UNTOC?"}
    assert basis["message"] == "Unknown instrument code “UNTCO”: did you mean UNTOC?"


def test_markdown_report_is_a_table_of_the_14_points(write_case: WriteCase) -> None:
    path = write_case(example_text("incomplete-search"), "case.yaml")

    result = run_mla("check", path, "--format", "markdown")

    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines[0] == f"# Checklist for {path}"
    assert lines[2].startswith("**Not ready to send")
    assert lines[4] == "| # | Point | Status | What is missing |"
    rows = [line for line in lines[6:] if line.startswith("| ")]
    assert [row.split(" | ")[0] for row in rows] == [f"| {n}" for n in range(1, 15)]
    assert "| 7 | Legal basis | ✗ missing | **error** `legal_basis`:" in result.stdout
    assert "**error** `assistance[1].premises`" in rows[9]
    assert all(row.count(" | ") == 3 for row in rows)  # no unescaped | from the messages


def test_text_report_is_the_default(write_case: WriteCase) -> None:
    result = run_mla("check", write_case(example_text("trafficking"), "case.yaml"))
    assert result.returncode == 0
    assert " ✓  1. Identification of the authorities and contacts  [ok]" in result.stdout
    assert "Ready to send: every point of the checklist is answered." in result.stdout
    # The facts taken from the requested State's profile come with a reminder to confirm them,
    # and those the letter relies on that are over two years old are named.
    text = " ".join(result.stdout.split())
    assert "Confirm it with the central authority of Türkiye before sending." in text
    assert (
        "Some facts of the profile of Türkiye that this letter relies on are more than two" in text
    )
    assert "ECMA1959 (2024-06-01)" in text
    assert text.endswith("Confirm them with its central authority before sending.")


# --------------------------------------------------------------------------- unreadable input


@pytest.mark.parametrize(
    ("story", "text", "where", "says"),
    [
        (
            "malformed_yaml",
            "reference: PG-2026/0417\nurgency:\n  urgent: true\n reason: trial date\n",
            ":4:",
            "not valid YAML",
        ),
        (
            "wrong_type",
            "reference: PG-2026/0417\nurgency:\n  urgent: soon\n",
            ":3:11 [urgency.urgent]",
            "should be true or false",
        ),
        (
            "misspelt_key",
            "reference: PG-2026/0417\nconfidentiality:\n  requird: true\n",
            ":3:3 [confidentiality.requird]",
            "did you mean “required”?",
        ),
        (
            "misspelt_kind_of_assistance",
            "assistance:\n  - type: witness_statment\n",
            ":2:5 [assistance[1]]",
            "did you mean “witness_statement”?",
        ),
    ],
)
def test_unreadable_case_file_exits_2_with_file_line_and_field(
    story: str, text: str, where: str, says: str, write_case: WriteCase
) -> None:
    path = write_case(text, "case.yaml")

    result = run_mla("check", path)

    assert result.returncode == 2
    assert result.stdout == ""
    assert f"{path}{where}" in result.stderr
    assert says in result.stderr
    assert "Traceback" not in result.stderr


def test_missing_file_exits_2(tmp_path: Path) -> None:
    result = run_mla("check", tmp_path / "no-such-case.yaml")
    assert result.returncode == 2
    assert "no-such-case.yaml" in result.stderr
    assert "does not exist" in result.stderr
    assert "Traceback" not in result.stderr


def test_unknown_kind_of_file_exits_2(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("reference: x\n", encoding="utf-8")
    result = run_mla("check", path)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


def test_unknown_format_is_refused_with_the_choices(write_case: WriteCase) -> None:
    result = run_mla("check", write_case(example_text("trafficking"), "c.yaml"), "-f", "pdf")
    assert result.returncode == 2
    assert "text" in result.stderr and "json" in result.stderr and "markdown" in result.stderr


# --------------------------------------------------------------------------- help


def _commands(command: Any, path: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    """Every command and subcommand, as the words typed after `mla`."""
    if hasattr(command, "commands"):  # a group
        for name, sub in command.commands.items():
            yield (*path, name)
            yield from _commands(sub, (*path, name))


ROOT = typer.main.get_command(app)
COMMANDS = list(_commands(ROOT))


def _command(path: tuple[str, ...]) -> Any:
    command: Any = ROOT
    for name in path:
        command = command.commands[name]
    return command


def test_mla_help_lists_every_command() -> None:
    result = run_mla("--help")
    assert result.returncode == 0
    text = _unwrapped(result.stdout)
    assert "mutual legal assistance" in text
    for (name,) in [path for path in COMMANDS if len(path) == 1]:
        assert f" {name} " in text


def test_mla_without_arguments_shows_the_help() -> None:
    result = run_mla()
    text = _unwrapped(result.stdout + result.stderr)
    assert "Usage: " in text
    assert " check " in text and "mutual legal assistance" in text


@pytest.mark.parametrize("path", COMMANDS, ids=" ".join)
def test_every_command_explains_itself(path: tuple[str, ...]) -> None:
    command = _command(path)

    result = run_mla(*path, "--help")

    assert result.returncode == 0, result.stderr
    text = _unwrapped(result.stdout)
    # run as `python -m mla_writer`, the usage line names that instead of `mla`
    assert re.search(rf"Usage: \S+(?: -m mla_writer)? {' '.join(path)} ", text), text[:200]
    summary = (command.help or "").strip()
    assert len(summary.split()) >= 5, f"`mla {' '.join(path)}` has no description"
    assert " ".join(summary.split()[:5]) in text
    for parameter in command.params:
        if parameter.name != "help":
            assert getattr(parameter, "help", None), f"{parameter.name} of mla {path} has no help"


def test_version() -> None:
    result = run_mla("--version")
    assert result.returncode == 0
    assert result.stdout.startswith("mla-writer ")


# --------------------------------------------------------------------------- mla example


def test_mla_example_lists_the_bundled_cases() -> None:
    result = run_mla("example")
    assert result.returncode == 0
    for example in list_examples():
        line = next(line for line in result.stdout.splitlines() if f" {example.name} " in line)
        assert example.summary in line
        assert ("(complete)" in line) is example.complete


def test_mla_example_writes_a_private_file_and_never_overwrites(tmp_path: Path) -> None:
    target = tmp_path / "case.yaml"

    written = run_mla("example", "trafficking", "-o", target)
    assert written.returncode == 0
    assert str(target) in written.stdout
    assert target.read_text(encoding="utf-8") == example_text("trafficking")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600

    target.write_text("reference: my own work\n", encoding="utf-8")
    refused = run_mla("example", "email-fraud", "-o", target)
    assert refused.returncode == 2
    assert "--force" in refused.stderr
    assert target.read_text(encoding="utf-8") == "reference: my own work\n"

    forced = run_mla("example", "email-fraud", "-o", target, "--force")
    assert forced.returncode == 0
    assert target.read_text(encoding="utf-8") == example_text("email-fraud")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_mla_example_prints_to_the_screen_without_output() -> None:
    result = run_mla("example", "asset-freezing")
    assert result.returncode == 0
    assert result.stdout.rstrip("\n") == example_text("asset-freezing").rstrip("\n")


def test_mla_example_with_an_unknown_name_lists_the_names() -> None:
    result = run_mla("example", "trafficing")
    assert result.returncode == 2
    assert "trafficking" in result.stderr and "email-fraud" in result.stderr


# --------------------------------------------------------------------------- mla schema


@pytest.fixture(scope="module")
def schema() -> dict[str, object]:
    result = run_mla("schema")
    assert result.returncode == 0
    return json.loads(result.stdout)


def test_schema_is_a_valid_json_schema(schema: dict[str, object]) -> None:
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"


class _EditorLoader(yaml.SafeLoader):
    """YAML as an editor's language server reads it (YAML 1.2 core): dates stay text, so do
    yes/no/on/off; true/false are booleans; numbers are numbers."""


_EditorLoader.yaml_implicit_resolvers = {
    first: [
        (tag, pattern)
        for tag, pattern in resolvers
        if tag not in ("tag:yaml.org,2002:bool", "tag:yaml.org,2002:timestamp")
    ]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_EditorLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


def _as_an_editor_reads(text: str) -> dict[str, Any]:
    return yaml.load(text, Loader=_EditorLoader)  # a SafeLoader: builds plain data only


@pytest.mark.parametrize("name", [e.name for e in list_examples()])
def test_bundled_example_validates_against_the_schema(schema: dict[str, object], name: str) -> None:
    jsonschema.Draft202012Validator(schema).validate(_as_an_editor_reads(example_text(name)))


def test_schema_catches_a_misspelt_field(schema: dict[str, object]) -> None:
    data = _as_an_editor_reads(example_text("trafficking"))
    data["requested_stat"] = data.pop("requested_state")
    errors = list(jsonschema.Draft202012Validator(schema).iter_errors(data))
    assert any("requested_stat" in error.message for error in errors)


def test_schema_written_to_a_file_is_not_overwritten(tmp_path: Path) -> None:
    target = tmp_path / "mla-case.schema.json"
    assert run_mla("schema", "-o", target).returncode == 0
    json.loads(target.read_text(encoding="utf-8"))

    target.write_text("{}", encoding="utf-8")
    refused = run_mla("schema", "-o", target)
    assert refused.returncode == 2
    assert target.read_text(encoding="utf-8") == "{}"
    assert run_mla("schema", "-o", target, "--force").returncode == 0
