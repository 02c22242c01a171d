"""Every prompt the wizard can show says how to answer it and whether it may be left empty, and
comes with the key line (issue 17): walked through the fraud and trafficking requests and through
the questions of every kind of assistance."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from mla_writer.casefile import load_case
from mla_writer.checklist import Severity, check
from mla_writer.fieldpath import FieldPath
from mla_writer.model import LetterOfRequest
from mla_writer.model.kinds import KINDS
from mla_writer.profile import UserProfile
from mla_writer.wizard import NewOptions, ScriptedTerminal, Wizard
from mla_writer.wizard.interview import Interview
from mla_writer.wizard.retrace import ITEM, MORE
from mla_writer.wizard.steps import assistance_item
from mla_writer.wizard.terminal import Kind, Question, instruction, key_line
from tests import wizard_script as script

REFERENCE = Path(__file__).parent / "wizard_reference" / "fraud-md-ro.yaml"
SAMPLES = ("Some text", "2026-01-15", "+373 22 000 417", "a.b@example.md", "MD", "en", "3", "EUR")


@dataclass
class Asked:
    question: Question
    path: tuple[str | int, ...]


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[Asked]:
    """Every question the interview asks, with the field it is about."""
    seen: list[Asked] = []
    ask = Interview._ask

    def recording(self: Interview, question: Question, **options: Any) -> Any:
        if self.surveyed is None and not self.replaying:
            seen.append(Asked(copy.copy(question), options.get("path", ())))
        return ask(self, question, **options)

    monkeypatch.setattr(Interview, "_ask", recording)
    return seen


def run(answers: list[Any], tmp_path: Path) -> tuple[Wizard, ScriptedTerminal]:
    terminal = ScriptedTerminal(list(answers))
    wizard = Wizard(terminal, NewOptions(directory=tmp_path), UserProfile())
    return wizard, terminal


@dataclass
class Anything(ScriptedTerminal):
    """Answers whatever is asked: Enter where an empty answer is accepted, else the first
    sample the question accepts; menus as proposed, the kind of assistance `kind`, and no
    second entry in any group."""

    kind: str = ""
    answers: list[Any] = field(default_factory=list)

    def ask(self, question: Question) -> Any:
        self.asked.append(question)
        self.transcript += [key_line(), question.message]
        if question.kind in (Kind.CHOICE, Kind.YESNO):
            values = (
                [True, False] if question.kind is Kind.YESNO else [v for v, _l in question.choices]
            )
            if self.kind in values:
                return self.kind
            if values == [True, False] and question.message.startswith(("Add", "Ask for")):
                return False
            return question.default if question.default in values else values[0]
        check = question.validate or (lambda text: None)
        return next(text for text in ("", *SAMPLES) if check(text) is None)


def every_kinds_questions(tmp_path: Path) -> list[Question]:
    questions: list[Question] = []
    for kind in KINDS:
        terminal = Anything(kind=kind)
        wizard = Wizard(terminal, NewOptions(directory=tmp_path), UserProfile())
        wizard.data.update(
            requesting_state="MD",
            requested_state="RO",
            persons=[{"id": "rusu", "role": "suspect", "name": "Ion Rusu"}],
        )
        assistance_item(wizard.ui, ("assistance", 0))
        questions += terminal.asked
    return questions


def test_the_fraud_request_makes_the_reference_case_file(tmp_path: Path) -> None:
    wizard, terminal = run(script.FRAUD, tmp_path)
    for key in script.POINTS:
        wizard.run_point(key)
    assert terminal.answers == []
    made = wizard._request()
    assert made == load_case(REFERENCE)
    assert len(script.FRAUD) + len(script.FRAUD_END) <= 110


def test_every_question_says_how_to_answer_it_and_whether_it_is_optional(
    tmp_path: Path, asked: list[Asked]
) -> None:
    for answers in (script.FRAUD, script.answers_from()):
        wizard, _terminal = run(answers, tmp_path)
        for key in script.POINTS:
            wizard.run_point(key)
    questions = [a.question for a in asked] + every_kinds_questions(tmp_path)
    assert len({q.message for q in questions}) > 150
    for question in questions:
        said = instruction(question)
        assert said.startswith("(") and said.endswith(")"), question.message
        if question.kind in (Kind.CHOICE, Kind.YESNO):
            assert said == "(use the arrow keys, then Enter)"
            continue
        empty_accepted = question.validate is None or question.validate("") is None
        assert ("optional" in said) == empty_accepted, (question.message, said)
        form = said.removeprefix("(").removesuffix(")").removesuffix("; optional")
        assert form, question.message
        # a question says its form once, in the form's words, not in its own
        assert "(optional)" not in question.message and "year-month-day" not in question.message


def test_a_question_marked_optional_may_be_left_empty_without_an_error(
    tmp_path: Path, asked: list[Asked]
) -> None:
    """What "optional" promises: the checklist finds no error in the field left empty."""
    wizard, _terminal = run(script.FRAUD, tmp_path)
    for key in script.POINTS:
        wizard.run_point(key)
    complete = copy.deepcopy(wizard.data)
    optional = [
        a.path
        for a in asked
        if a.question.optional and a.path and a.path[-1] not in (MORE, ITEM) and a.path[-1] != 0
    ]
    assert len(optional) > 20
    wrong = []
    for path in optional:
        data = copy.deepcopy(complete)
        container: Any = data
        for part in path[:-1]:
            inside = isinstance(container, list) and isinstance(part, int) and part < len(container)
            container = container[part] if inside else (container or {}).get(part, {})
        if not isinstance(container, dict) or path[-1] not in container:
            continue  # left empty in this case already
        if (path[-1], container.get("type")) == ("questions", "witness_statement"):
            continue  # left empty, the subjects to cover are asked instead
        del container[path[-1]]
        report = check(LetterOfRequest.model_validate(data))
        field_path = FieldPath.from_loc(path)
        errors = [
            f for f in report.findings if f.severity is Severity.ERROR and f.path == field_path
        ]
        if errors:
            wrong.append(str(field_path))
    assert wrong == [], wrong


def test_every_question_comes_with_the_key_line(tmp_path: Path) -> None:
    wizard, terminal = run(script.FRAUD, tmp_path)
    for key in script.POINTS:
        wizard.run_point(key)
    transcript = terminal.transcript
    for question in terminal.asked:
        at = transcript.index(question.message)
        assert transcript[at - 1] == key_line()
        transcript = transcript[at + 1 :]
