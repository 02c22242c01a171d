"""Moving about the wizard as a prosecutor does: back to the previous question (Ctrl-P), back
from a point's first question into the previous point, the review (Ctrl-R) from anywhere, and the
key line that says so at every question."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from docx import Document

from mla_writer.casefile import load_case
from mla_writer.profile import UserProfile
from mla_writer.wizard import (
    NewOptions,
    ScriptedTerminal,
    Wizard,
    WizardInterrupted,
    WizardStopped,
)
from mla_writer.wizard.flow import _BackToPreviousPoint
from mla_writer.wizard.steps import STEPS
from mla_writer.wizard.terminal import GoBack, GoToReview, HalfTyped, key_line
from tests import wizard_script as script


def wizard_with(answers: list[Any], tmp_path: Path) -> tuple[Wizard, ScriptedTerminal]:
    terminal = ScriptedTerminal(list(answers))
    return Wizard(terminal, NewOptions(directory=tmp_path), UserProfile()), terminal


def test_back_asks_the_previous_question_again_with_its_answer_proposed(tmp_path: Path) -> None:
    ident = script.IDENTIFICATION
    # the office's name, then its address typed wrongly; at the telephone, back to the address
    answers = [*ident[:5], GoBack, ident[4].replace("26 ", "28 "), *ident[5:]]
    wizard, terminal = wizard_with(answers, tmp_path)
    wizard.run_point("identification")
    asked = [q.message for q in terminal.asked]
    address, telephone = asked[4], asked[5]
    assert asked[6:8] == [address, telephone], "the address is asked again, then the telephone"
    again = terminal.asked[6]
    assert again.default == ident[4], "the address typed before is proposed"
    assert "Back to the previous question." in terminal.transcript
    assert wizard.data["identification"]["requesting_authority"]["address"].startswith("28 ")
    assert terminal.answers == []


def test_going_back_does_not_repeat_the_questions_before_it_on_screen(tmp_path: Path) -> None:
    ident = script.IDENTIFICATION
    wizard, terminal = wizard_with([*ident[:6], GoBack, GoBack, *ident[4:]], tmp_path)
    wizard.run_point("identification")
    shown = [q.message for q in terminal.asked]
    # six answered; back at the 7th, then at the 6th again: the 5th is asked next
    assert shown[7] == shown[5] and shown[8] == shown[4]
    assert shown.count(shown[0]) == 1, "the first question is not shown again"
    assert terminal.transcript.count("Back to the previous question.") == 2


def test_back_at_a_points_first_question_returns_to_the_previous_points_last(
    tmp_path: Path,
) -> None:
    ident, prior = script.IDENTIFICATION, script.PRIOR_CONTACT
    # at point 2's first question, back: point 1's last question (the signatory's office)
    answers = [*ident, GoBack, "Prosecutor General's Office", *prior]
    wizard, terminal = wizard_with(answers, tmp_path)
    wizard.run_point("identification")
    with pytest.raises(_BackToPreviousPoint):
        wizard.run_point("prior_contact")
    wizard.run_point("identification", from_last=True)
    last_of_point_1 = terminal.asked[len(ident) - 1]
    assert terminal.asked[len(ident) + 1].message == last_of_point_1.message
    assert terminal.asked[len(ident) + 1].default == ident[-1]
    assert wizard.data["signatory"]["authority"] == "Prosecutor General's Office"


def test_the_points_are_walked_back_and_forth_in_one_run(tmp_path: Path) -> None:
    ident, prior = script.IDENTIFICATION, script.PRIOR_CONTACT
    answers = [*ident, GoBack, None, *prior, *script.answers_from("other_channels")]
    wizard, terminal = wizard_with(answers, tmp_path)
    wizard._points_from(0)
    assert terminal.answers == []
    request = wizard._request()
    assert request is not None and request.prior_contact is not None
    titles = [line for line in terminal.transcript if line.startswith("Point ")]
    assert titles[:4] == [titles[0], titles[1], titles[0], titles[1]], titles[:4]


def test_ctrl_r_goes_to_the_review_from_any_question(tmp_path: Path) -> None:
    ident = script.IDENTIFICATION
    wizard, terminal = wizard_with([*ident[:4], GoToReview], tmp_path)
    wizard._points_from(0)
    assert wizard.data["identification"]["requesting_authority"]["name"] == ident[3]
    assert terminal.answers == []


def test_every_question_shows_the_key_line(tmp_path: Path) -> None:
    wizard, terminal = wizard_with(script.answers_from(), tmp_path)
    for key in script.POINTS:
        wizard.run_point(key)
    lines = terminal.transcript
    for question in terminal.asked:
        at = lines.index(question.message)
        assert lines[at - 1] == key_line(), question.message
    assert "Ctrl-P" in key_line() and "Ctrl-R" in key_line() and "Ctrl-C" in key_line()


def test_the_review_shows_every_answer_and_changes_a_single_one(tmp_path: Path) -> None:
    wizard, terminal = wizard_with(script.answers_from(), tmp_path)
    for key in script.POINTS:
        wizard.run_point(key)
    answered = wizard.ui.survey(STEPS["identification"])
    phone = next(i for i, a in enumerate(answered) if a.shown == "+373 22 000 417")
    terminal.answers.extend(["revise", "identification", phone, "+373 22 000 499", "stop"])
    asked_before = len(terminal.asked)
    with pytest.raises(WizardStopped):
        wizard.review()
    review = "\n".join(terminal.transcript)
    assert "Your answers" in review
    # answers given with a menu are shown too (the treaty chosen), lists as written
    assert "· Which instrument? (1): European Convention on Mutual Assistance" in review
    assert "· Language of the translation: tr" in review
    assert (
        "· Name of your office (the authority presenting the request): Prosecutor General" in review
    )
    # one question asked for the change, not the 36 of point 1
    changed = [q.message for q in terminal.asked[asked_before:]]
    assert changed == [
        "What next?",
        "Which point?",
        "Which answer?",
        answered[phone].message,
        "What next?",
    ]
    assert answered[phone].path == ("identification", "requesting_authority", "phone")
    identification = load_case(wizard.draft).identification
    assert identification is not None
    assert identification.requesting_authority.phone == "+373 22 000 499"


def test_a_preview_of_the_letter_is_written_where_the_review_says(tmp_path: Path) -> None:
    wizard, terminal = wizard_with([*script.answers_from(), "preview", "stop"], tmp_path)
    for key in script.POINTS:
        wizard.run_point(key)
    with pytest.raises(WizardStopped):
        wizard.review()
    said = next(line for line in terminal.transcript if "as it stands is in" in line)
    after = terminal.transcript[terminal.transcript.index(said) + 1 :]
    assert "Review" not in after, "the path stays in sight: the review is not printed again"
    path = Path(said.split(" is in ")[1].split(" (marked")[0])
    assert path.suffix == ".docx" and path.exists()
    assert oct(path.parent.stat().st_mode & 0o777) == "0o700"
    text = "\n".join(p.text for p in Document(str(path)).paragraphs)
    assert "Kuzey Yıldızı Bankası" in text


def test_ctrl_c_keeps_the_half_typed_answer_in_the_draft(tmp_path: Path) -> None:
    ident = script.IDENTIFICATION
    wizard, _ = wizard_with([*ident[:3], HalfTyped("Procuratura Generală")], tmp_path)
    with pytest.raises(WizardInterrupted):
        wizard.run()
    office = load_case(wizard.draft).identification
    assert office is not None and office.requesting_authority.name == "Procuratura Generală"


def test_a_half_typed_answer_that_cannot_be_kept_is_shown_to_copy(tmp_path: Path) -> None:
    ident = script.IDENTIFICATION
    answers = [*ident[:5], HalfTyped("+373 22")]  # a telephone number not finished
    wizard, terminal = wizard_with(answers, tmp_path)
    with pytest.raises(WizardInterrupted):
        wizard.run()
    said = "\n".join(terminal.transcript)
    assert "What you were typing was not kept as the answer" in said
    assert terminal.transcript[-1] == "+373 22"


def test_the_language_of_the_answers_is_asked_once_and_a_sentence_in_another_is_noted(
    tmp_path: Path,
) -> None:
    ident = list(script.IDENTIFICATION)
    subject = ident.index(
        "Trafficking in human beings for the purpose of labour exploitation, committed by an "
        "organised criminal group"
    )
    ident[subject] = (
        "Trafic de ființe umane în scopul exploatării prin muncă, săvârșit de un grup "
        "criminal organizat care a recrutat victime din raionul Cahul"
    )
    wizard, terminal = wizard_with(ident, tmp_path)
    wizard.run_point("identification")
    assert terminal.asked[2].message == "The language you type your answers in"
    assert wizard.data["language"]["original"] == "en"
    notes = [line for line in terminal.transcript if line.startswith("This answer looks like")]
    assert notes == [
        "This answer looks like Romanian, but your answers are in English: the letter shows it "
        "as typed. Retype it in English, or change the language of your answers (point 1)."
    ]


def test_a_state_is_accepted_by_its_name_in_the_interface_language(tmp_path: Path) -> None:
    from mla_writer import i18n

    previous = i18n.ui_language()
    i18n.set_ui_language("fr")
    try:
        wizard, _ = wizard_with(["Moldavie", "Roumanie", None, KeyboardInterrupt], tmp_path)
        with pytest.raises(WizardInterrupted):
            wizard.run()
    finally:
        i18n.set_ui_language(previous)
    assert (wizard.data["requesting_state"], wizard.data["requested_state"]) == ("MD", "RO")


def test_an_unconfirmed_accepted_language_is_said_and_the_translation_still_proposed(
    tmp_path: Path,
) -> None:
    """Issue 17: Romania's acceptance of English is `confirmed: false` in its profile; the
    language screen says so and keeps proposing a certified translation into Romanian."""
    wizard, terminal = wizard_with([None, None, None, None, None, ""], tmp_path)
    wizard.data.update(requesting_state="MD", requested_state="RO")
    wizard.run_point("language")
    said = "\n".join(terminal.transcript)
    assert "English is not confirmed in its profile" in said
    assert any("translation into Romanian all the same" in q.message for q in terminal.asked)
    assert wizard.data["language"]["letter"] == "en"
    assert wizard.data["language"]["translation"]["language"] == "ro"
