"""The wizard driven through the real questionary prompts, with prompt_toolkit pipe input: the keys
a user presses go into the prompts, nothing of the UI library is replaced."""

from __future__ import annotations

import stat
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from prompt_toolkit.application import create_app_session
from prompt_toolkit.input import PipeInput, create_pipe_input
from prompt_toolkit.output import DummyOutput

from mla_writer.casefile import load_case, save_case
from mla_writer.model import LetterOfRequest
from mla_writer.profile import load_profile
from mla_writer.wizard import (
    NewOptions,
    ScriptedTerminal,
    Terminal,
    Wizard,
    WizardInterrupted,
    run_new,
)
from mla_writer.wizard.terminal import GoBack, GoToReview, Kind, Question, key_line
from tests import wizard_script as script
from tests.conftest import run_mla

ENTER, DOWN, UP, CTRL_C, CLEAR_LINE = "\r", "\x1b[B", "\x1b[A", "\x03", "\x15"
CTRL_P, CTRL_R = "\x10", "\x12"  # the key line's keys: previous question, review
HALF_TYPED = object()  # types "Procuratura Generală" and presses Ctrl-C before Enter
ESC_ENTER = "\x1b\r"  # ends a multi-line answer


def paste(text: str) -> str:
    """Text arrives as one bracketed paste, as from a terminal: one key event, not one per letter."""
    return "\x1b[200~" + text + "\x1b[201~" if text else ""


@dataclass
class Typist(Terminal):
    """The real terminal, with a typist at the keyboard: before each question, the keys for the
    next scripted answer go into the pipe (Ctrl-U first, to clear a proposed answer)."""

    pipe: PipeInput | None = None
    answers: list[Any] = field(default_factory=list)
    given: int = 0  # answers given, each ended by Enter (Enter alone counts too)

    def ask(self, question: Question) -> Any:
        assert self.pipe is not None
        if not self.answers:
            raise AssertionError("no answer left for: " + question.message)
        self.pipe.send_text(keys_for(question, self.answers.pop(0)))
        self.given += 1
        return super().ask(question)


def keys_for(question: Question, answer: Any) -> str:
    if answer is KeyboardInterrupt:
        return CTRL_C
    if answer is HALF_TYPED:
        return CLEAR_LINE + paste("Procuratura Generală") + CTRL_C
    if answer is GoBack or answer is GoToReview:
        return CTRL_P if answer is GoBack else CTRL_R
    if question.kind in (Kind.CHOICE, Kind.YESNO):
        values = [True, False] if question.kind is Kind.YESNO else [v for v, _ in question.choices]
        start = values.index(question.default) if question.default in values else 0
        target = start if answer is None else values.index(answer)
        moves = DOWN * (target - start) if target >= start else UP * (start - target)
        return moves + ENTER
    if answer is None:
        return ENTER if question.kind is Kind.TEXT else ESC_ENTER
    if question.kind is Kind.LONG:
        return CLEAR_LINE + paste(str(answer)) + ESC_ENTER
    if isinstance(answer, Retyped):
        return CLEAR_LINE + answer.wrong + ENTER + CLEAR_LINE + answer.right + ENTER
    return CLEAR_LINE + paste(str(answer)) + ENTER


@dataclass(frozen=True)
class Retyped:
    """A text refused as typed (wrong), then corrected (right), within one question."""

    wrong: str
    right: str


@pytest.fixture
def typist(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Typist]:
    monkeypatch.setenv("MLA_CONFIG_DIR", str(tmp_path / "config"))
    with create_pipe_input() as pipe, create_app_session(input=pipe, output=DummyOutput()):
        yield Typist(pipe=pipe)


def docx_text(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        xml = archive.read("word/document.xml").decode("utf-8")
    import re

    return re.sub(r"<[^>]+>", "", xml.replace("</w:p>", "\n"))


def test_a_complete_trafficking_case_from_nothing_to_a_letter_that_passes_check(
    typist: Typist, tmp_path: Path
) -> None:
    typist.answers = script.whole_case(keep_profile=True)
    wizard = Wizard(typist, NewOptions(directory=tmp_path))
    result = wizard.run()
    assert typist.answers == []
    assert result.letter == tmp_path / "PG-2026-0417-MLA-3.docx"
    assert result.case_file == tmp_path / "PG-2026-0417-MLA-3.yaml"
    assert stat.S_IMODE(result.case_file.stat().st_mode) == 0o600
    assert not wizard.draft.exists()  # the final case file replaces the draft
    text = docx_text(result.letter)
    assert "Kuzey Yıldızı Bankası A.Ş." in text
    assert "Vadim Prokopenko" in text
    checked = run_mla("check", result.case_file)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    # the office is kept for the next request
    profile = load_profile()
    assert profile.requesting_authority is not None
    assert profile.requesting_authority.email == "mla.requests@example.md"
    assert Wizard(typist, NewOptions(directory=tmp_path), profile).data["signatory"] == {
        "name": "Elena Vârtosu",
        "function": "Senior Prosecutor, Head of the International Legal Cooperation Section",
        "authority": "Prosecutor General's Office of the Republic of Moldova",
    }


def test_the_trials_fraud_request_reaches_its_reference_case_in_at_most_110_answers(
    typist: Typist, tmp_path: Path
) -> None:
    """Issue 17: the new user's case (a Moldovan prosecutor asks Romania for bank records and a
    witness statement), typed into the real prompts, makes the reference case file; every
    answer counted, Enter alone included, up to the letter and the profile question."""
    typist.answers = [*script.FRAUD, *script.FRAUD_END]
    result = Wizard(typist, NewOptions(directory=tmp_path)).run()
    assert typist.answers == []
    assert typist.given <= 110, typist.given
    reference = Path(__file__).parent / "wizard_reference" / "fraud-md-ro.yaml"
    assert load_case(result.case_file) == load_case(reference)
    # every question came with the key line, right before it
    said = typist.transcript
    questions = [i for i, line in enumerate(said) if i and said[i - 1] == key_line()]
    assert len(questions) == typist.given


def test_a_step_answered_wrongly_is_corrected_field_by_field(
    typist: Typist, tmp_path: Path
) -> None:
    """A day that does not exist is refused as typed; a date already past is refused by the
    checklist as soon as it is typed, and the date is asked again at once, with the reason."""
    typist.answers = [
        True,
        Retyped("31/02/2020", "2020-02-15"),
        "2027-02-15",
        script.URGENCY_REASON,
    ]
    wizard = Wizard(typist, NewOptions(directory=tmp_path))
    wizard.run_point("urgency")
    assert typist.answers == []
    lines = typist.transcript
    refused = lines.index("“31/02/2020” is not a day of the calendar: February 2020 has 29 days.")
    assert lines[refused - 1] == "Needed by", "said right under its prompt"
    shown = "\n".join(typist.transcript)
    assert "The deadline 2020-02-15 is not after the letter's date" in " ".join(shown.split())
    assert shown.count("Needed by") == 2
    assert shown.count("Why is it urgent?") == 1
    assert wizard.data["urgency"] == {
        "urgent": True,
        "deadline": "2027-02-15",
        "reason": script.URGENCY_REASON,
    }


def test_ctrl_c_in_the_middle_keeps_the_draft_and_resume_makes_the_same_letter(
    typist: Typist, tmp_path: Path
) -> None:
    everything = script.answers_from()
    stop = everything.index(script.URGENCY_START[1]) + 1
    typist.answers = [*everything[:stop], KeyboardInterrupt]
    first = Wizard(typist, NewOptions(directory=tmp_path / "a"))
    with pytest.raises(WizardInterrupted):
        first.run()
    assert first.draft.exists()

    typist.answers = [
        None,
        None,
        script.URGENCY_REASON,
        *script.answers_from("confidentiality"),
        "render",
        None,
        False,
    ]
    resumed = Wizard(typist, NewOptions(resume=first.draft, directory=tmp_path / "a"))
    letter = resumed.run()

    # the same answers without an interruption (scripted, to keep the test quick)
    straight = Wizard(
        ScriptedTerminal(script.whole_case()), NewOptions(directory=tmp_path / "b")
    ).run()
    assert letter.case_file.read_text(encoding="utf-8") == straight.case_file.read_text(
        encoding="utf-8"
    )
    assert docx_text(letter.letter) == docx_text(straight.letter)


def test_revision_from_the_review_screen_then_render(
    typist: Typist, tmp_path: Path, trafficking: LetterOfRequest
) -> None:
    """A complete draft resumes straight at the review screen; one point is revised there."""
    draft = tmp_path / "draft.yaml"
    save_case(trafficking, draft)
    typist.answers = [
        "revise",  # from the review screen
        "presence_of_officials",
        "all",  # all its questions, not one answer
        "some",
        "Radu Țurcanu",
        "Prosecutor",
        "Prosecutor's Office for Combating Organised Crime",
        "Observe the hearings of the victims",
        "He conducts the investigation and knows the facts best.",
        False,
        "render",
        None,
        False,
    ]
    result = Wizard(typist, NewOptions(resume=draft, directory=tmp_path)).run()
    assert typist.answers == []
    assert "He conducts the investigation and knows the facts best." in docx_text(result.letter)
    assert "Review" in "\n".join(typist.transcript)


def test_without_a_terminal_mla_new_stops_at_once_and_points_to_render_and_batch() -> None:
    result = run_mla("new")
    assert result.returncode == 2
    assert "mla render" in result.stderr and "mla batch" in result.stderr


def test_run_new_refuses_in_ci_even_with_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    from mla_writer.wizard import NotATerminalError

    monkeypatch.setenv("CI", "true")
    with pytest.raises(NotATerminalError):
        run_new(is_terminal=True)


def test_ctrl_p_goes_back_in_a_text_prompt_and_in_a_menu_ctrl_r_to_the_review(
    typist: Typist, tmp_path: Path
) -> None:
    """The keys of the key line, pressed in the real prompts: Ctrl-P in a text answer and in a
    menu (where questionary's own Ctrl-P would move up), Ctrl-R from a question."""
    ident = script.IDENTIFICATION
    typist.answers = [
        *ident[:4],
        GoBack,  # at the office's address: back to its name
        "Prosecutor General's Office",
        *ident[4:11],
        GoBack,  # at the menu "another authority conducts the proceedings?": back
        None,
        False,
        GoToReview,
        "stop",
    ]
    wizard = Wizard(typist, NewOptions(directory=tmp_path))
    with pytest.raises(Exception, match="mla new --resume"):
        wizard.run()
    assert typist.answers == []
    office = wizard.data["identification"]["requesting_authority"]
    assert office["name"] == "Prosecutor General's Office"
    assert office["address"] == ident[4]
    assert typist.transcript.count("Back to the previous question.") == 2
    assert any(line == "Review" for line in typist.transcript)


def test_ctrl_c_in_the_middle_of_an_answer_keeps_what_was_typed(
    typist: Typist, tmp_path: Path
) -> None:
    ident = script.IDENTIFICATION
    typist.answers = [*ident[:3], HALF_TYPED]
    wizard = Wizard(typist, NewOptions(directory=tmp_path))
    with pytest.raises(WizardInterrupted):
        wizard.run()
    office = wizard.data["identification"]["requesting_authority"]
    assert office["name"] == "Procuratura Generală"
