"""`mla check` of several files and folders: one line per letter and a summary, a JSON array of
the single-letter reports, one CSV row per letter, and exit codes 0, 1 and 2 as a batch of
incoming mail needs them."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

from mla_writer.errors import ExitCode
from tests.conftest import run_mla

LETTERS = Path(__file__).parent / "foreign_letters"
COMPLETE = LETTERS / "en01_numbered_complete.txt"
ALSO_COMPLETE = LETTERS / "es02_completa.md"
WITH_GAPS = LETTERS / "fr03_courriel.txt"


def test_several_letters_give_one_line_each_and_a_summary() -> None:
    result = run_mla("check", COMPLETE, WITH_GAPS)
    assert result.returncode == ExitCode.GAPS
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["status", "gaps", "file"]
    assert lines[1].split() == ["✓", "ready", "0", str(COMPLETE)]
    assert lines[2].startswith("✗ gaps") and str(WITH_GAPS) in lines[2]
    assert "(points 1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13)" in lines[2]
    assert lines[-1] == "2 letters: 1 ready to send, 1 with gaps, 0 unreadable."


def test_every_letter_ready_exits_0() -> None:
    result = run_mla("check", COMPLETE, ALSO_COMPLETE)
    assert result.returncode == ExitCode.OK, result.stdout
    assert result.stdout.splitlines()[-1] == (
        "2 letters: 2 ready to send, 0 with gaps, 0 unreadable."
    )


def test_an_unreadable_input_exits_2_after_checking_the_others(tmp_path: Path) -> None:
    missing = tmp_path / "lost.pdf"
    result = run_mla("check", missing, COMPLETE, WITH_GAPS)
    assert result.returncode == ExitCode.INVALID
    lines = result.stdout.splitlines()
    assert lines[1].startswith("! unreadable") and lines[1].endswith(str(missing))
    message = " ".join(line.strip() for line in lines[2:6])  # its own message, indented
    assert "the file does not exist" in message
    assert any(line.startswith("✓ ready") for line in lines)
    assert lines[-1] == "3 letters: 1 ready to send, 1 with gaps, 1 unreadable."


def test_json_is_an_array_of_the_single_letter_reports_in_input_order(tmp_path: Path) -> None:
    missing = tmp_path / "lost.txt"
    result = run_mla("check", WITH_GAPS, missing, COMPLETE, "--format", "json")
    assert result.returncode == ExitCode.INVALID
    data = json.loads(result.stdout)
    assert [entry["source"] for entry in data] == [str(WITH_GAPS), str(missing), str(COMPLETE)]
    single = json.loads(run_mla("check", WITH_GAPS, "--format", "json").stdout)
    assert data[0] == single  # today's single-letter contract, unchanged
    assert set(data[1]) == {"source", "error"} and "does not exist" in data[1]["error"]
    assert data[2]["complete"] is True and len(data[2]["points"]) == 14


def test_csv_has_one_row_per_letter() -> None:
    result = run_mla("check", COMPLETE, WITH_GAPS, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert list(rows[0]) == ["source", "kind", "status", "gaps", "missing", "partial", "error"]
    assert rows[0] == {
        "source": str(COMPLETE),
        "kind": "foreign-letter",
        "status": "ready",
        "gaps": "0",
        "missing": "",
        "partial": "",
        "error": "",
    }
    assert rows[1]["status"] == "gaps" and rows[1]["gaps"] == "12"
    assert rows[1]["missing"].split() and rows[1]["partial"].split()


def test_a_folder_gives_its_letters_and_case_files_sorted_without_hidden_ones(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "incoming"
    (folder / "b").mkdir(parents=True)
    (folder / ".drafts").mkdir()
    shutil.copy(WITH_GAPS, folder / "b" / "senegal.txt")
    shutil.copy(COMPLETE, folder / "a-london.txt")
    shutil.copy(COMPLETE, folder / ".drafts" / "old.txt")
    shutil.copy(COMPLETE, folder / ".hidden.txt")
    (folder / "README.md").write_text("Letters received in November.\n", encoding="utf-8")
    (folder / "notes.odt").write_text("not a letter", encoding="utf-8")
    assert run_mla("example", "trafficking", "-o", folder / "case.yaml").returncode == 0
    result = run_mla("check", folder, "--format", "json")
    sources = [
        Path(entry["source"]).relative_to(folder).as_posix() for entry in json.loads(result.stdout)
    ]
    assert sources == ["a-london.txt", "b/senegal.txt", "case.yaml"]
    assert result.returncode == ExitCode.GAPS


def test_one_file_is_reported_exactly_as_before() -> None:
    result = run_mla("check", COMPLETE, "--format", "json")
    assert isinstance(json.loads(result.stdout), dict)
    text = run_mla("check", WITH_GAPS).stdout
    assert text.startswith(f"Checklist for {WITH_GAPS}")


def test_replies_with_several_letters_come_in_each_json_report() -> None:
    result = run_mla("check", COMPLETE, WITH_GAPS, "--format", "json", "--reply")
    data = json.loads(result.stdout)
    assert data[0]["reply"].startswith("No additional information is needed")
    assert "Dear colleagues," in data[1]["reply"]
