"""What the new user's trial of `mla new` left to fix (issue 17): a nationality written as a
lawyer writes it, time limits and examples in the interface language, no case-file keyword in a
sentence, a review that names whose answer it shows and shows it whole, and no word broken at
the edge of the terminal."""

from __future__ import annotations

import itertools
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from mla_writer import i18n
from mla_writer.checklist import POINTS_BY_KEY
from mla_writer.model.parties import Urgency
from mla_writer.places import language_code
from mla_writer.profile import UserProfile
from mla_writer.wizard import NewOptions, ScriptedTerminal, Wizard, WizardStopped
from mla_writer.wizard.steps import STEPS
from mla_writer.wizard.terminal import Kind, Question, _wrapped_message, plain, soft_breaks
from tests import wizard_script as script

REFERENCE = Path(__file__).parent / "wizard_reference" / "fraud-md-ro.yaml"


@pytest.fixture
def french() -> Iterator[None]:
    previous = i18n.ui_language()
    i18n.set_ui_language("fr")
    yield
    i18n.set_ui_language(previous)


def wizard_with(answers: list[Any], tmp_path: Path) -> tuple[Wizard, ScriptedTerminal]:
    terminal = ScriptedTerminal(list(answers))
    return Wizard(terminal, NewOptions(directory=tmp_path), UserProfile()), terminal


def test_a_nationality_written_as_an_adjective_is_stored_as_its_state(tmp_path: Path) -> None:
    witness = ["witness", "Dumitru Moraru", "", "", "Moldovan, Romanian", "", "", "", ""]
    wizard, terminal = wizard_with([script.FRAUD_FACTS, None, *witness, False], tmp_path)
    wizard.data.update(requesting_state="MD", requested_state="RO")
    STEPS["facts"](wizard.ui)
    assert terminal.answers == []
    assert wizard.data["persons"][0]["nationality"] == ["MD", "RO"]
    assert not [line for line in terminal.transcript if "is not a State I know" in line]


def test_a_time_limit_is_read_in_the_interface_language_and_explained_with_its_examples(
    french: None,
) -> None:
    urgency = Urgency.model_validate({"deadline": "dans les 60 jours suivant la réception"})
    assert str(urgency.deadline) == "within 60 days of receipt"
    with pytest.raises(ValueError) as refused:
        Urgency.model_validate({"deadline": "demain"})
    message = str(refused.value)
    assert "dans les 60 jours suivant la réception, 3 mois" in message
    assert "within" not in message and "receipt" not in message


def test_guidance_said_at_the_prompt_names_no_case_file_keyword(french: None) -> None:
    """Points 3 and 13 are menus in the wizard: "ou répondez `none`" is for case files."""
    for key in ("other_channels", "presence_of_officials", "procedures", "prior_contact"):
        said = plain(i18n._(POINTS_BY_KEY[key].guidance))
        assert "none" not in said and "`" not in said and "répondez" not in said, said
    said = plain(i18n._(POINTS_BY_KEY["presence_of_officials"].guidance))
    assert said.startswith("Indiquez si des agents") and "L'État requis doit y consentir" in said


def test_the_review_names_whose_answer_it_is_and_shows_it_whole(tmp_path: Path) -> None:
    wizard, terminal = wizard_with([*script.FRAUD, "stop"], tmp_path)
    for key in script.POINTS:
        wizard.run_point(key)
    with pytest.raises(WizardStopped):
        wizard.review()
    review = "\n".join(terminal.transcript[terminal.transcript.index("Your answers") :])
    office = "Prosecutor General's Office of the Republic of Moldova,…"
    assert f"· Postal address ({office}): 26 Mitropolit" in review
    assert (
        "· Postal address (Prosecutor's Office of Chișinău Municipality, Centru Office): "
        "15 Exemplu St." in review
    )
    assert "· Date of birth (Ion Rusu): 1984-06-12" in review
    assert "· Date of birth (Dumitru Moraru): 1980-02-03" in review
    # whole, as typed: the end of a long answer is there to be checked
    assert "and where the money went afterwards." in review
    assert "Account statements / Details of incoming and outgoing transfers" in review


@pytest.mark.parametrize("width", [60, 80, 120])
def test_typed_text_is_wrapped_between_words_at_any_width(width: int) -> None:
    typed = script.FRAUD_FACTS.split("\n")[0]
    prompt = 35
    pads = soft_breaks(typed, width, prompt)
    shown = "".join(" " * pads.get(i, 0) + char for i, char in enumerate(typed))
    rows = [(" " * prompt + shown)[i : i + width] for i in range(0, prompt + len(shown), width)]
    for row, following in itertools.pairwise(rows):
        assert row[-1] == " " or following[0] == " ", (row, following)
    assert "".join(rows).split() == (" " * prompt + typed).split()


def test_a_language_is_accepted_by_its_name_in_the_interface_language(french: None) -> None:
    """In French, "anglais" for the language of the answers or of the letter."""
    assert (language_code("anglais"), language_code("Roumain"), language_code("en")) == (
        "en",
        "ro",
        "en",
    )


def test_a_menus_choice_too_long_for_the_questions_last_line_is_echoed_on_its_own(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The trial's "(Strasbourg," lost after a long menu was answered: the choice picked is
    shown after the question, on a line of its own when it would not fit beside it."""
    monkeypatch.setattr("mla_writer.wizard.terminal.terminal_width", lambda: 78)
    title = "European Convention on Mutual Assistance in Criminal Matters (Strasbourg, 1959)"
    long = Question(Kind.CHOICE, "Which instrument?", choices=[("ECMA1959", title)])
    short = Question(Kind.YESNO, "Is the request urgent?")
    assert _wrapped_message(long) == "Which instrument? (use the arrow keys, then Enter)\n"
    assert _wrapped_message(short) == "Is the request urgent? (use the arrow keys, then Enter)"


@dataclass
class EnterEverywhere(ScriptedTerminal):
    """Goes through every answer again and keeps each one as it is (Enter)."""

    def ask(self, question: Question) -> Any:
        self.asked.append(question)
        values = [value for value, _label in question.choices]
        if question.kind is Kind.YESNO:
            return question.default
        if question.kind is Kind.CHOICE:
            if "change" in values:  # an existing item: go through its answers
                return "change"
            return question.default if question.default in values else values[0]
        return "" if question.default is None else str(question.default)


def test_a_resumed_hand_written_file_gone_through_unchanged_stays_byte_identical(
    tmp_path: Path,
) -> None:
    """Answers typed in one question and stored in two fields (a passport and its number, a
    whole period) do not rewrite a hand-written file when they are kept as they are."""
    case = tmp_path / "case.yaml"
    case.write_text(
        "# Written by hand.\n" + REFERENCE.read_text(encoding="utf-8"), encoding="utf-8"
    )
    case.chmod(0o644)
    before = case.read_bytes()
    terminal = EnterEverywhere([])
    wizard = Wizard(terminal, NewOptions(resume=case), UserProfile())
    for key in ("facts", "assistance"):
        wizard.run_point(key)
    asked = [q.message for q in terminal.asked]
    assert "Identity document and its number, if known" in asked
    assert "Period covered" in asked
    assert case.read_bytes() == before
    assert stat.S_IMODE(case.stat().st_mode) == 0o644
