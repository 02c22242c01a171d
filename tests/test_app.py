"""The application layer: every door (`mla render`, `mla batch`, `mla new`) takes one path —
file or answers -> request -> context and findings, once -> letter — and reads the same options.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
import typer
from conftest import run_mla
from typer.testing import CliRunner

from mla_writer import checklist
from mla_writer.app import LetterOptions, check_file, context_for, render_file
from mla_writer.batch import Options, Outcome, Task, render_case
from mla_writer.casefile import parse_case
from mla_writer.checklist import CheckContext, Severity
from mla_writer.cli import app
from mla_writer.errors import MlaError
from mla_writer.examples import example_text
from mla_writer.model import LetterOfRequest
from mla_writer.states.loader import PROFILES_ENV
from mla_writer.wizard import NewOptions, ScriptedTerminal, Wizard

Found = tuple[Severity, str, str]

BUNDLED = Path(__file__).resolve().parent.parent / "mla_writer" / "states" / "profiles"


@pytest.fixture(autouse=True)
def _no_user_configuration(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MLA_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.delenv(PROFILES_ENV, raising=False)


@pytest.fixture
def checks() -> Iterator[list[int]]:
    """How many times the checklist ran: its first rule counts its calls."""
    calls: list[int] = []
    first = checklist.RULES[0]

    def counted(request: LetterOfRequest, context: CheckContext) -> Iterable[Found]:
        calls.append(1)
        return first.function(request, context)

    checklist.RULES[0] = checklist.Rule(first.id, first.point, counted)
    try:
        yield calls
    finally:
        checklist.RULES[0] = first


def _case(tmp_path: Path, name: str = "trafficking", text: str | None = None) -> Path:
    path = tmp_path / f"{name}.yaml"
    path.write_text(text if text is not None else example_text(name), encoding="utf-8")
    return path


def _mla(*args: str | Path) -> tuple[int, str]:
    """`mla ARGS` in this process (so that the counting rule sees it): exit code and output."""
    result = CliRunner().invoke(app, [str(a) for a in args])
    if isinstance(result.exception, MlaError):
        return int(result.exception.exit_code), result.output + result.exception.message
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.output


def _incomplete(tmp_path: Path) -> Path:
    text = example_text("trafficking")
    start, end = text.index("facts:\n"), text.index("persons:")
    return _case(tmp_path, "incomplete", text[:start] + text[end:])


# --------------------------------------------------------------------------- the checklist, once


def test_a_draft_is_checked_once_and_says_how_many_items_are_missing(
    tmp_path: Path, checks: list[int]
) -> None:
    code, output = _mla("render", _incomplete(tmp_path), "-o", tmp_path / "d.docx", "--draft")
    assert code == 0, output
    assert "marked DRAFT" in output and "missing item" in output
    assert len(checks) == 1


def test_a_bilingual_draft_checks_the_request_once_for_both_letters(
    tmp_path: Path, checks: list[int]
) -> None:
    case = _case(tmp_path)
    code, output = _mla(
        "render", case, "-o", tmp_path / "b.docx", "--lang", "fr", "--draft", "--bilingual"
    )
    assert code == 0, output
    assert (tmp_path / "b.docx").exists()
    assert len(checks) == 1


def test_a_final_letter_and_a_batch_case_are_checked_once(
    tmp_path: Path, checks: list[int]
) -> None:
    rendered = render_file(_case(tmp_path), tmp_path / "final.docx")
    assert rendered.path.exists() and rendered.missing == 0
    assert len(checks) == 1
    result = render_case(Task(_incomplete(tmp_path), tmp_path / "d.docx", Options(draft=True)))
    assert result.outcome is Outcome.RENDERED and result.gaps
    assert len(checks) == 2


def test_an_incomplete_request_is_refused_with_its_report_and_nothing_written(
    tmp_path: Path, checks: list[int]
) -> None:
    code, output = _mla("render", _incomplete(tmp_path), "-o", tmp_path / "l.docx")
    assert code == 1
    assert "No letter was written" in output and "facts.summary: Summarise the facts" in output
    assert not (tmp_path / "l.docx").exists()
    assert len(checks) == 1


def test_rendering_over_the_case_file_itself_is_refused(tmp_path: Path) -> None:
    case = _case(tmp_path)
    with pytest.raises(MlaError, match="is the file being rendered"):
        render_file(case, case, LetterOptions(force=True))


# --------------------------------------------------------------------------- --profiles everywhere


def _english_letter(tmp_path: Path) -> Path:
    """Türkiye's bundled profile accepts Turkish only: an English letter is incomplete."""
    text = example_text("trafficking")
    start, end = text.index("language:\n"), text.index("signatory:")
    return _case(tmp_path, "english", text[:start] + "language:\n  letter: en\n\n" + text[end:])


def _office_accepting_english(tmp_path: Path) -> Path:
    folder = tmp_path / "office"
    folder.mkdir()
    text = (BUNDLED / "tr.yaml").read_text(encoding="utf-8")
    accepted = "\nlanguages:\n- code: en\n  source: Office test\n  as_of: 2026-11-01\n"
    (folder / "tr.yaml").write_text(text.replace("\nlanguages:\n", accepted, 1), "utf-8")
    return folder


def test_render_reads_the_office_profiles_given_with_profiles(tmp_path: Path) -> None:
    case, office = _english_letter(tmp_path), _office_accepting_english(tmp_path)
    refused = run_mla("render", case, "-o", tmp_path / "refused.docx")
    assert refused.returncode == 1
    assert "does not accept" in " ".join(refused.stdout.split())
    written = run_mla("render", case, "-o", tmp_path / "l.docx", "--profiles", office)
    assert written.returncode == 0, written.stdout + written.stderr
    assert "Letter written to" in written.stdout
    assert (tmp_path / "l.docx").exists()


def test_batch_reads_the_office_profiles_given_with_profiles(tmp_path: Path) -> None:
    cases = tmp_path / "cases"
    cases.mkdir()
    _english_letter(cases)
    office = _office_accepting_english(tmp_path)
    refused = run_mla("batch", cases, "-o", tmp_path / "a")
    assert refused.returncode == 1 and "incomplete" in refused.stdout
    done = run_mla("batch", cases, "-o", tmp_path / "b", "--profiles", office)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "1 rendered" in done.stdout


def test_a_letter_made_without_profiles_stays_up_to_date_for_the_batch() -> None:
    assert "profiles" not in Options().signature()
    assert Options(profiles=(Path("office"),)).signature()["profiles"] == [
        str(Path("office").resolve())
    ]


def test_the_wizard_checks_answers_against_the_profiles_given(tmp_path: Path) -> None:
    office = _office_accepting_english(tmp_path)
    request = parse_case(_english_letter(tmp_path).read_text("utf-8"), "english.yaml")
    wizard = Wizard(ScriptedTerminal([]), NewOptions(directory=tmp_path, profiles=(office,)))
    context = wizard._context(request)
    assert "en" in {language.code for language in context.requested_profile.languages}
    assert context == context_for(request, [office])


def test_check_file_and_render_file_agree_on_the_findings(tmp_path: Path) -> None:
    case, office = _english_letter(tmp_path), _office_accepting_english(tmp_path)
    assert not check_file(case).report.complete
    assert check_file(case, [office]).report.complete


def _commands(group: Any, prefix: str = "") -> Iterator[tuple[str, Any]]:
    """Every command of a click group (vendored by typer), by its full name."""
    for name, command in group.commands.items():
        if hasattr(command, "commands"):
            yield from _commands(command, f"{prefix}{name} ")
        else:
            yield f"{prefix}{name}", command


def test_every_command_that_reads_state_profiles_has_the_same_profiles_option() -> None:
    root = typer.main.get_command(app)
    options = {
        name: next((p for p in command.params if "--profiles" in p.opts), None)
        for name, command in _commands(root)
    }
    reading_profiles = {
        "check",
        "render",
        "batch",
        "new",
        "states list",
        "states show",
        "register add",
    }
    missing = sorted(name for name in reading_profiles if options[name] is None)
    assert not missing, f"no --profiles on: {missing}"
    helps = {getattr(options[name], "help", None) for name in reading_profiles}
    assert len(helps) == 1  # one definition, one meaning
