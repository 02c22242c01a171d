"""`mla batch`: a folder of cases becomes letters; every input ends with one outcome, reported."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import docx
import pytest

from mla_writer import batch
from mla_writer.batch import Options, Outcome, safe_name
from mla_writer.examples import example_text
from tests.conftest import ROOT, run_mla

BROKEN_YAML = "reference: [unclosed\nrequested_state: TR\n"
UNKNOWN_FIELD = "schema_version: 1\nreference: X-1\nrequested_stat: TR\n"


def with_reference(text: str, reference: str) -> str:
    """An example case under another reference (the first `reference:` line is the case's)."""
    lines = text.splitlines(keepends=True)
    index = next(i for i, line in enumerate(lines) if line.startswith("reference:"))
    lines[index] = f"reference: {reference}\n"
    return "".join(lines)


@pytest.fixture
def cases(tmp_path: Path) -> Path:
    """A folder as a central authority has it: complete cases, a draft, broken files, notes."""
    folder = tmp_path / "cases"
    (folder / "turkey").mkdir(parents=True)
    (folder / "trafficking.yaml").write_text(example_text("trafficking"), encoding="utf-8")
    (folder / "turkey" / "email.yml").write_text(example_text("email-fraud"), encoding="utf-8")
    (folder / "drugs.yaml").write_text(example_text("incomplete-drugs"), encoding="utf-8")
    (folder / "broken.yaml").write_text(BROKEN_YAML, encoding="utf-8")
    (folder / "typo.yaml").write_text(UNKNOWN_FIELD, encoding="utf-8")
    (folder / "notes.txt").write_text("call the liaison officer", encoding="utf-8")
    (folder / ".~lock.trafficking.yaml#").write_text("editor lock", encoding="utf-8")
    return folder


def letter_text(path: Path) -> str:
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def by_input(entries: list[dict[str, object]]) -> dict[str, dict[str, object]]:
    return {Path(str(entry["input"])).name: entry for entry in entries}


# --------------------------------------------------------------------------- a whole folder


def test_folder_of_mixed_cases_renders_the_complete_and_reports_the_rest(
    cases: Path, tmp_path: Path
) -> None:
    letters = tmp_path / "letters"
    report = tmp_path / "report.json"

    result = run_mla("batch", cases, "-o", letters, "--report", report, "--jobs", "2")

    assert result.returncode == 1, result.stderr  # not everything could be rendered
    entries = json.loads(report.read_text(encoding="utf-8"))
    assert len(entries) == 5  # every case file, and nothing else from the folder
    assert all(set(entry) == {"input", "outcome", "output", "gaps", "error"} for entry in entries)
    found = by_input(entries)
    assert found["trafficking.yaml"]["outcome"] == "rendered"
    assert found["trafficking.yaml"]["output"] == str(letters / "PG-2026-0417-MLA-3.docx")
    assert found["email.yml"]["outcome"] == "rendered"

    drugs = found["drugs.yaml"]
    assert drugs["outcome"] == "incomplete"
    assert drugs["output"] is None
    assert drugs["gaps"], "an incomplete case lists its gaps"
    assert {"point", "field", "message"} <= set(drugs["gaps"][0])  # type: ignore[index]

    for name in ("broken.yaml", "typo.yaml"):
        assert found[name]["outcome"] == "invalid"
        assert found[name]["output"] is None
    assert "not valid YAML" in str(found["broken.yaml"]["error"])
    assert "did you mean “requested_state”" in str(found["typo.yaml"]["error"])

    # The letters are real letters of their cases; nothing else was written.
    letter = letters / "PG-2026-0417-MLA-3.docx"
    assert "PG-2026/0417/MLA-3" in letter_text(letter)
    written = sorted(p.name for p in letters.iterdir() if not p.name.startswith("."))
    assert written == sorted(Path(str(e["output"])).name for e in entries if e["output"])
    assert not any(p.name.endswith(".tmp") for p in letters.iterdir())


def test_output_without_a_terminal_is_one_plain_line_per_case_and_a_summary(
    cases: Path, tmp_path: Path
) -> None:
    result = run_mla("batch", cases, "-o", tmp_path / "letters", "--jobs", "1")

    out = result.stdout
    assert "\x1b[" not in out  # no colours, no cursor movement: fit for logs and CI
    assert "━" not in out  # no progress bar
    lines = out.splitlines()
    numbered = [line for line in lines if line.startswith("[")]
    assert len(numbered) == 5
    assert numbered[-1].startswith("[5/5]")
    assert any("rendered:" in line and "trafficking.yaml" in line for line in numbered)
    assert any("incomplete:" in line and "drugs.yaml" in line for line in numbered)
    assert any("invalid:" in line and "broken.yaml" in line for line in numbered)
    assert "5 cases: 2 rendered, 0 up to date, 1 incomplete, 2 invalid." in lines
    assert "1 other file in the folders is not a case file" in out  # notes.txt, not silently


def test_on_a_terminal_a_summary_table_ends_the_run(cases: Path, tmp_path: Path) -> None:
    pexpect = pytest.importorskip("pexpect")
    environment = {**os.environ, "LANG": "C.UTF-8", "LANGUAGE": "", "COLUMNS": "100"}
    child = pexpect.spawn(
        sys.executable,
        ["-m", "mla_writer", "batch", str(cases), "-o", str(tmp_path / "letters")],
        cwd=str(ROOT),
        env=environment,
        encoding="utf-8",
        dimensions=(40, 100),
        timeout=120,
    )
    child.logfile_read = io.StringIO()
    child.expect(pexpect.EOF)
    child.close()
    screen = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", child.logfile_read.getvalue())

    assert child.exitstatus == 1
    assert "Rendering letters" in screen  # the progress bar
    assert "incomplete: " in screen and "drugs.yaml has" in screen  # problems shown as they come
    assert "Summary" in screen
    for outcome, count in (("rendered", 2), ("up to date", 0), ("incomplete", 1), ("invalid", 2)):
        assert re.search(rf"{outcome}\s*│\s*{count}\b", screen), outcome
    assert (tmp_path / "letters" / "PG-2026-0417-MLA-3.docx").is_file()


def test_every_case_rendered_exits_zero_and_csv_report_lists_each(tmp_path: Path) -> None:
    folder = tmp_path / "cases"
    folder.mkdir()
    (folder / "a.yaml").write_text(example_text("trafficking"), encoding="utf-8")
    (folder / "b.yaml").write_text(example_text("asset-freezing"), encoding="utf-8")
    report = tmp_path / "report.csv"

    result = run_mla("batch", folder / "*.yaml", "-o", tmp_path / "out", "--report", report)

    assert result.returncode == 0, result.stdout + result.stderr
    with report.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert [row["outcome"] for row in rows] == ["rendered", "rendered"]
    assert [Path(row["input"]).name for row in rows] == ["a.yaml", "b.yaml"]
    assert all(Path(row["output"]).is_file() for row in rows)
    assert list(rows[0]) == ["input", "outcome", "output", "gaps", "error"]


def test_a_letter_in_a_language_the_facts_are_not_translated_into_is_a_gap_not_a_bad_file(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "cases"
    folder.mkdir()
    (folder / "a.yaml").write_text(example_text("trafficking"), encoding="utf-8")
    report = tmp_path / "report.json"

    result = run_mla("batch", folder, "-o", tmp_path / "out", "--lang", "fr", "--report", report)

    assert result.returncode == 1
    [entry] = json.loads(report.read_text(encoding="utf-8"))
    assert entry["outcome"] == "incomplete" and entry["output"] in (None, "")
    fields = {gap["field"] for gap in entry["gaps"]}
    assert "facts.summary" in fields and all(gap["point"] == 14 for gap in entry["gaps"])
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").glob("*.docx"))


def test_csv_report_carries_gaps_and_errors(cases: Path, tmp_path: Path) -> None:
    report = tmp_path / "report.csv"
    run_mla("batch", cases, "-o", tmp_path / "letters", "--report", report)

    with report.open(encoding="utf-8-sig", newline="") as stream:
        rows = {Path(row["input"]).name: row for row in csv.DictReader(stream)}
    assert "point 14, language.translation:" in rows["drugs.yaml"]["gaps"]
    assert rows["drugs.yaml"]["output"] == ""
    assert "not valid YAML" in rows["broken.yaml"]["error"]


def test_missing_files_and_empty_patterns_are_reported_not_skipped(tmp_path: Path) -> None:
    report = tmp_path / "report.json"
    result = run_mla(
        "batch",
        tmp_path / "nowhere.yaml",
        tmp_path / "*.yaml",
        "-o",
        tmp_path / "letters",
        "--report",
        report,
    )

    assert result.returncode == 1
    entries = json.loads(report.read_text(encoding="utf-8"))
    assert [entry["outcome"] for entry in entries] == ["invalid", "invalid"]
    assert "does not exist" in entries[0]["error"]
    assert "no file matches" in entries[1]["error"]


def test_an_empty_folder_says_nothing_was_rendered(tmp_path: Path) -> None:
    (tmp_path / "cases").mkdir()
    result = run_mla("batch", tmp_path / "cases", "-o", tmp_path / "letters")
    assert result.returncode == 1
    assert "No case files (.yaml, .yml) were found" in result.stdout


def test_report_file_must_be_json_or_csv_and_is_checked_before_any_work(
    cases: Path, tmp_path: Path
) -> None:
    result = run_mla("batch", cases, "-o", tmp_path / "letters", "--report", tmp_path / "r.txt")
    assert result.returncode == 2
    assert ".json or .csv" in result.stderr
    assert not (tmp_path / "letters").exists()


def test_report_never_replaces_a_file_that_is_not_a_report(cases: Path, tmp_path: Path) -> None:
    minutes = tmp_path / "minutes.csv"
    minutes.write_text("date,decision\n2026-11-02,open case\n", encoding="utf-8")

    result = run_mla("batch", cases, "-o", tmp_path / "letters", "--report", minutes)

    assert result.returncode == 2
    assert "already exists" in result.stderr
    assert minutes.read_text(encoding="utf-8") == "date,decision\n2026-11-02,open case\n"


# --------------------------------------------------------------------------- re-runs


def test_rerun_skips_up_to_date_letters_and_renders_edited_cases(tmp_path: Path) -> None:
    folder = tmp_path / "cases"
    folder.mkdir()
    first = folder / "turkey.yaml"
    second = folder / "cyprus.yaml"
    first.write_text(example_text("trafficking"), encoding="utf-8")
    second.write_text(example_text("asset-freezing"), encoding="utf-8")
    letters = tmp_path / "letters"
    summary = batch.run([folder], letters, jobs=1)
    assert [r.outcome for r in summary.results] == [Outcome.RENDERED, Outcome.RENDERED]
    turkey_letter = next(r.output for r in summary.results if r.input == first)
    assert turkey_letter is not None
    made = turkey_letter.stat().st_mtime_ns

    # The Cyprus case is edited after its letter was made: only it is rendered again.
    later = max(p.stat().st_mtime_ns for p in letters.iterdir()) + 1_000_000_000
    os.utime(second, ns=(later, later))
    summary = batch.run([folder], letters, jobs=1)

    outcomes = {r.input.name: r.outcome for r in summary.results}
    assert outcomes == {"cyprus.yaml": Outcome.RENDERED, "turkey.yaml": Outcome.SKIPPED}
    assert summary.succeeded  # up to date counts as success
    assert turkey_letter.stat().st_mtime_ns == made  # untouched

    # --force renders everything again.
    summary = batch.run([folder], letters, jobs=1, options=Options(force=True))
    assert {r.outcome for r in summary.results} == {Outcome.RENDERED}


def test_cli_rerun_reports_up_to_date_and_exits_zero(tmp_path: Path) -> None:
    case = tmp_path / "case.yaml"
    case.write_text(example_text("trafficking"), encoding="utf-8")
    report = tmp_path / "report.json"
    assert run_mla("batch", case, "-o", tmp_path / "out", "--report", report).returncode == 0

    again = run_mla("batch", case, "-o", tmp_path / "out", "--report", report)

    assert again.returncode == 0
    assert "up to date" in again.stdout
    entries = json.loads(report.read_text(encoding="utf-8"))  # the earlier report was replaced
    assert entries[0]["outcome"] == "skipped"
    assert entries[0]["output"] == str(tmp_path / "out" / "PG-2026-0417-MLA-3.docx")


def test_letter_made_with_other_options_is_not_up_to_date(tmp_path: Path) -> None:
    case = tmp_path / "case.yaml"
    case.write_text(example_text("incomplete-drugs"), encoding="utf-8")
    letters = tmp_path / "letters"
    drafted = batch.run([case], letters, jobs=1, options=Options(draft=True))
    assert drafted.results[0].outcome is Outcome.RENDERED
    assert drafted.results[0].gaps, "a draft still lists what the case lacks"

    final = batch.run([case], letters, jobs=1)

    assert final.results[0].outcome is Outcome.INCOMPLETE  # not "up to date": it was a draft


# --------------------------------------------------------------------------- names


def test_two_cases_with_the_same_reference_never_overwrite_each_other(tmp_path: Path) -> None:
    folder = tmp_path / "cases"
    folder.mkdir()
    for name in ("a.yaml", "b.yaml", "c.yaml"):
        (folder / name).write_text(example_text("trafficking"), encoding="utf-8")
    letters = tmp_path / "letters"

    summary = batch.run([folder], letters, jobs=2)

    outputs = [r.output.name for r in summary.results if r.output]
    assert outputs == [
        "PG-2026-0417-MLA-3.docx",
        "PG-2026-0417-MLA-3-2.docx",
        "PG-2026-0417-MLA-3-3.docx",
    ]
    assert len({p.name for p in letters.glob("*.docx")}) == 3

    # Named in another order later, each case finds its own letter again.
    (folder / "a.yaml").rename(folder / "z.yaml")
    summary = batch.run([folder / "z.yaml", folder / "b.yaml"], letters, jobs=1)
    assert [r.outcome for r in summary.results] == [Outcome.RENDERED, Outcome.SKIPPED]
    assert [r.output.name for r in summary.results if r.output] == [
        "PG-2026-0417-MLA-3-4.docx",  # a new case: the names of others stay theirs
        "PG-2026-0417-MLA-3-2.docx",
    ]


def test_a_file_mla_writer_did_not_make_is_never_replaced(tmp_path: Path) -> None:
    case = tmp_path / "case.yaml"
    case.write_text(example_text("trafficking"), encoding="utf-8")
    letters = tmp_path / "letters"
    letters.mkdir()
    signed = letters / "pg-2026-0417-mla-3.docx"  # same name but for case, as Windows sees it
    signed.write_bytes(b"the signed original")

    summary = batch.run([case], letters, jobs=1)

    assert summary.results[0].output == letters / "PG-2026-0417-MLA-3-2.docx"
    assert signed.read_bytes() == b"the signed original"


def test_name_falls_back_to_the_file_name_without_a_reference(tmp_path: Path) -> None:
    text = with_reference(example_text("trafficking"), '""')
    case = tmp_path / "Ministry request.yaml"
    case.write_text(text, encoding="utf-8")
    assert batch.case_reference(case) is None
    planner = batch.Planner(tmp_path, batch.Manifest(tmp_path))
    assert planner.name_for(case) == "Ministry_request.docx"


@pytest.mark.parametrize(
    ("reference", "expected"),
    [
        ("PG-2026/0417/MLA-3", "PG-2026-0417-MLA-3"),
        ('A:B*C?D"E<F>G|H\\I', "A-B-C-D-E-F-G-H-I"),
        ("Criminal case no. 12 ", "Criminal_case_no._12"),
        ("ends with dots...", "ends_with_dots"),
        ("CON", "_CON"),
        ("lpt1.txt", "_lpt1.txt"),
        ("Com3", "_Com3"),
        ("CONTRACT-1", "CONTRACT-1"),
        ("tab\there\nand line", "tab_here_and_line"),
        ("../../etc/passwd", "etc-passwd"),
        ("///", ""),
    ],
)
def test_safe_name(reference: str, expected: str) -> None:
    assert safe_name(reference) == expected


def test_safe_name_is_nfc_and_length_limited() -> None:
    decomposed = unicodedata.normalize("NFD", "Chișinău-Ñ")
    assert safe_name(decomposed) == unicodedata.normalize("NFC", "Chișinău-Ñ")
    long_name = safe_name("Прокуратура " * 40)
    assert len(long_name.encode("utf-8")) <= batch.MAX_STEM_BYTES
    assert not long_name.endswith(("_", ".", " "))
    long_name.encode("utf-8").decode("utf-8")  # not cut inside a character


def test_reference_in_quotes_or_with_a_comment_is_read_exactly(tmp_path: Path) -> None:
    case = tmp_path / "case.yaml"
    case.write_text('reference: "MLA #7: Oslo"  # from the register\n', encoding="utf-8")
    assert batch.case_reference(case) == "MLA #7: Oslo"
    case.write_text("reference: MLA-8 # checked\n", encoding="utf-8")
    assert batch.case_reference(case) == "MLA-8"
    case.write_text("reference: MLA-9\n", encoding="utf-8")
    assert batch.case_reference(case) == "MLA-9"
    case.write_text("reference: null\n", encoding="utf-8")
    assert batch.case_reference(case) is None
    case.write_text("reference: 'null'\n", encoding="utf-8")
    assert batch.case_reference(case) == "null"


# --------------------------------------------------------------------------- robustness


def test_a_case_that_crashes_the_renderer_does_not_stop_the_others(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import mla_writer.render

    folder = tmp_path / "cases"
    folder.mkdir()
    (folder / "a.yaml").write_text(example_text("trafficking"), encoding="utf-8")
    (folder / "b.yaml").write_text(example_text("asset-freezing"), encoding="utf-8")
    real = mla_writer.render.render_letter

    def fails_for_cyprus(request, output, **options):  # type: ignore[no-untyped-def]
        if request.requested_state == "CY":
            raise RuntimeError("simulated bug")
        return real(request, output, **options)

    monkeypatch.setattr(mla_writer.render, "render_letter", fails_for_cyprus)
    summary = batch.run([folder], tmp_path / "letters", jobs=1)

    outcomes = [(r.input.name, r.outcome) for r in summary.results]
    assert outcomes == [("a.yaml", Outcome.RENDERED), ("b.yaml", Outcome.INVALID)]
    assert "internal error (RuntimeError)" in summary.results[1].error
    assert "simulated bug" not in summary.results[1].error  # no case data from a traceback


def test_unknown_letter_language_is_refused_before_any_work(cases: Path, tmp_path: Path) -> None:
    result = run_mla("batch", cases, "-o", tmp_path / "letters", "--lang", "xx")
    assert result.returncode == 2
    assert "xx" in result.stderr
    assert not (tmp_path / "letters").exists()


def test_output_folder_that_is_a_file_is_a_plain_error(cases: Path, tmp_path: Path) -> None:
    taken = tmp_path / "letters"
    taken.write_text("not a folder", encoding="utf-8")
    result = run_mla("batch", cases, "-o", taken)
    assert result.returncode == 2
    assert "cannot be created" in result.stderr
    assert taken.read_text(encoding="utf-8") == "not a folder"


# --------------------------------------------------------------------------- start-up


def loaded_modules(*args: str) -> set[str]:
    """The modules `mla ARGS` loaded, seen from inside the process."""
    code = (
        "import sys, runpy\n"
        f"sys.argv = ['mla', *{list(args)!r}]\n"
        "try:\n"
        "    runpy.run_module('mla_writer', run_name='__main__')\n"
        "except SystemExit:\n"
        "    pass\n"
        "from mla_writer.i18n import translations\n"
        "if translations.cache_info().currsize > 1:\n"
        "    print('several-catalogs-loaded', file=sys.stderr)\n"
        "print('\\n'.join(sorted(sys.modules)), file=sys.stderr)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "LANG": "C.UTF-8", "LANGUAGE": ""},
        timeout=60,
    )
    return set(done.stderr.split())


@pytest.mark.parametrize(
    "args",
    [["--help"], ["check", "mla_writer/examples/trafficking.yaml"], ["batch", "--help"]],
)
def test_commands_that_make_no_letter_do_not_load_word_or_prompt_libraries(
    args: list[str],
) -> None:
    modules = loaded_modules(*args)
    assert "mla_writer.cli" in modules  # the command did run
    heavy = {"docx", "questionary", "prompt_toolkit"}
    assert not heavy & modules
    assert "several-catalogs-loaded" not in modules  # only the interface language's catalog


def test_benchmark_runs_as_the_readme_says(tmp_path: Path) -> None:
    """The benchmark is not timed here; this only keeps it working (3 cases instead of 1,000)."""
    figures_file = tmp_path / "figures.json"
    done = subprocess.run(
        [sys.executable, "benchmarks/batch.py", "-n", "3", "--json", str(figures_file)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "LANG": "C.UTF-8", "LANGUAGE": ""},
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    figures = json.loads(figures_file.read_text(encoding="utf-8"))
    for key in (
        "jobs1_letters_per_s",
        "jobs2_letters_per_s",
        "floor_letters_per_s",
        "jobs1_over_floor",
        "peak_mib_small",
        "peak_mib_large",
        "help_median_s",
    ):
        assert figures[key] > 0, key
    assert "jobs 1 / floor" in done.stdout
