"""The drafting wizard's story, driven with scripted answers: from nothing to a complete request,
a wrong answer corrected, an interruption and a resume, a revision from the review screen."""

from __future__ import annotations

import stat
from pathlib import Path
from typing import Any

import pytest

from mla_writer.casefile import load_case
from mla_writer.checklist import check
from mla_writer.examples import example_text
from mla_writer.model import LetterOfRequest
from mla_writer.profile import UserProfile
from mla_writer.wizard import (
    NewOptions,
    ScriptedTerminal,
    Wizard,
    WizardInterrupted,
)
from tests import wizard_script as script
from tests.conftest import run_mla


def run(answers: list[Any], tmp_path: Path, **options: Any) -> tuple[Wizard, ScriptedTerminal]:
    terminal = ScriptedTerminal(list(answers))
    wizard = Wizard(terminal, NewOptions(directory=tmp_path, **options), UserProfile())
    return wizard, terminal


def case_only(wizard: Wizard) -> LetterOfRequest:
    """Run every point (not the review) and return the request the answers make."""
    for key in script.POINTS:
        wizard.run_point(key)
    request = wizard._request()
    assert request is not None
    return request


def test_the_trafficking_answers_make_a_complete_request(tmp_path: Path) -> None:
    wizard, terminal = run(script.answers_from(), tmp_path)
    request = case_only(wizard)
    report = check(request)
    assert report.complete, [f.message for f in report.errors()]
    assert terminal.answers == []
    assert [p.name for p in request.persons][:2] == ["Dorin Cărbunaru", "Serkan Yıldızoğlu"]
    assert request.persons[2].name_latin == "Vadim Prokopenko"
    assert request.assistance[1].person == "gradinaru"  # type: ignore[union-attr]
    assert request.offences[1].law_text_annex in {a.title for a in request.annexes}
    assert request.urgency is not None and request.urgency.reason == script.URGENCY_REASON


def test_every_point_opens_with_its_checklist_title_and_guidance(tmp_path: Path) -> None:
    wizard, terminal = run(script.answers_from(), tmp_path)
    case_only(wizard)
    text = "\n".join(terminal.transcript)
    assert "Point 5 of 14 — Urgency and time limits" in text
    assert "An urgency without a reason is usually ignored" in text
    assert text.count("✓ Point") == 14


def test_the_draft_is_saved_after_every_answer_readable_by_its_owner_only(tmp_path: Path) -> None:
    answers = [*script.IDENTIFICATION[:7], KeyboardInterrupt]
    wizard, _terminal = run(answers, tmp_path)
    with pytest.raises(WizardInterrupted) as stopped:
        wizard.run()
    draft = wizard.draft
    assert draft.parent == tmp_path
    assert stat.S_IMODE(draft.stat().st_mode) == 0o600
    saved = load_case(draft)
    assert saved.identification is not None
    assert saved.identification.requesting_authority is not None
    assert saved.identification.requesting_authority.email == "mla.requests@example.md"
    assert f"mla new --resume {draft}" in stopped.value.message
    assert stopped.value.exit_code == 130


def test_urgent_without_reason_is_refused_and_only_the_reason_is_asked_again(
    tmp_path: Path,
) -> None:
    wizard, terminal = run([True, "2027-02-15", "", script.URGENCY_REASON], tmp_path)
    # the reason is required as typed; an empty answer is refused on the spot
    wizard.run_point("urgency")
    assert "An answer is needed here." in terminal.transcript
    assert wizard.data["urgency"]["reason"] == script.URGENCY_REASON


def test_a_step_answered_wrongly_reasks_only_the_wrong_fields(tmp_path: Path) -> None:
    """A deadline already past is a checklist error: the wizard says why at once; kept as it
    is, it is asked again alone when the point is checked."""
    answers = [True, "2020-01-31", "2020-01-31", script.URGENCY_REASON, "2027-02-15"]
    wizard, terminal = run(answers, tmp_path)
    wizard.run_point("urgency")
    text = "\n".join(terminal.transcript)
    assert "This point is not complete yet:" in text
    assert "The deadline 2020-01-31 is not after the letter's date" in text
    reasked = [q.message for q in terminal.asked[4:]]
    assert reasked == ["Needed by"]
    assert wizard.data["urgency"] == {
        "urgent": True,
        "deadline": "2027-02-15",
        "reason": script.URGENCY_REASON,
    }


def test_a_field_wrong_given_those_before_it_is_said_under_its_prompt(tmp_path: Path) -> None:
    """Issue 17: a check across fields (a deadline before the letter's date, a period that
    ends before it starts) is said as soon as both fields exist, not at the end of the point."""
    answers = [True, "2020-01-31", "2027-02-15", script.URGENCY_REASON]
    wizard, terminal = run(answers, tmp_path)
    wizard.run_point("urgency")
    lines = terminal.transcript
    said = lines.index(next(line for line in lines if "is not after the letter's date" in line))
    assert lines[said - 1] == "Needed by", "right under the prompt"
    assert "This point is not complete yet:" not in lines
    assert wizard.data["urgency"]["deadline"] == "2027-02-15"


def test_an_impossible_or_slashed_date_is_read_as_a_person_means_it() -> None:
    from mla_writer.wizard.interview import _accepting_day_first, day_first_to_iso

    validate = _accepting_day_first(lambda text: None)
    assert day_first_to_iso("15/02/2027") == "2027-02-15"
    assert validate("2027-02-30") == (
        "“2027-02-30” is not a day of the calendar: February 2027 has 28 days."
    )
    assert validate("2028-02-29") is None


def test_a_wrongly_typed_date_is_refused_with_the_reason(tmp_path: Path) -> None:
    # 15/02/2027 is read day first since issue 15; 31/02/2027 has the form of a day but names
    # none (issue 17: said as such, not as a wrong format); "end of March" is no date form.
    answers = [True, "31/02/2027", "end of March", "2027-02-15", script.URGENCY_REASON]
    wizard, terminal = run(answers, tmp_path)
    wizard.run_point("urgency")
    assert "“31/02/2027” is not a day of the calendar: February 2027 has 28 days." in (
        terminal.transcript
    )
    # The reason lists the forms a deadline may take.
    assert any(
        "year-month-day" in line and "within 60 days of receipt" in line
        for line in terminal.transcript
    )
    assert wizard.data["urgency"]["deadline"] == "2027-02-15"


def test_the_reason_is_asked_only_when_the_request_is_urgent(tmp_path: Path) -> None:
    wizard, terminal = run([False], tmp_path)
    wizard.run_point("urgency")
    assert [q.message for q in terminal.asked] == ["Is the request urgent, or needed by a date?"]
    assert wizard.data["urgency"] == {"urgent": False}


def test_warnings_are_shown_and_accepted_explicitly(tmp_path: Path) -> None:
    short = "The suspect took the money to Istanbul."
    answers = [short, False, "accept"]
    wizard, terminal = run(answers, tmp_path)
    wizard.run_point("facts")
    text = "\n".join(terminal.transcript)
    assert "The summary of facts is very short" in text
    assert "No persons concerned are listed" in text
    assert terminal.asked[-1].message == "Go on anyway?"


def test_the_fields_of_an_item_depend_on_its_type(tmp_path: Path) -> None:
    answers = [
        "data_preservation",
        "Example Mail Inc., 1 Example Way, Mountain View, United States",
        "e-mail account",
        "dragon.trade@example.com",
        False,
        "subscriber information",  # a list, one entry per line
        "2026-03-01",
        "2026-06-30",
        "The provider keeps the data for 90 days only.",
        True,
        "",
        False,
    ]
    wizard, terminal = run(answers, tmp_path)
    wizard.run_point("assistance")
    messages = [q.message for q in terminal.asked]
    assert "Which service provider or custodian holds the data?" in messages
    assert "Will a request for production of the data follow?" in messages
    assert "Which bank, company or office holds them (name and branch)?" not in messages
    item = wizard.data["assistance"][0]
    assert item["identifiers"] == [{"kind": "e-mail account", "value": "dragon.trade@example.com"}]
    assert item["follow_up_request"] is True


def test_interrupted_in_the_middle_then_resumed_reaches_the_same_request(tmp_path: Path) -> None:
    straight, _t = run(script.answers_from(), tmp_path / "straight")
    expected = case_only(straight)

    before = [
        *script.answers_from()[: script.answers_from().index(script.URGENCY_START[1]) + 1],
        KeyboardInterrupt,
    ]
    first, _t = run(before, tmp_path)
    with pytest.raises(WizardInterrupted):
        first.run()
    draft = first.draft
    partial = load_case(draft)
    assert partial.urgency is not None and partial.urgency.deadline is not None
    assert partial.urgency.reason is None

    # the resume starts at point 5: Enter keeps "urgent" and the date, then the reason is typed
    rest = [None, None, script.URGENCY_REASON, *script.answers_from("confidentiality")]
    resumed = Wizard(ScriptedTerminal(rest), NewOptions(resume=draft, directory=tmp_path))
    assert resumed._first_incomplete() == 4
    for point in list(script.POINTS)[4:]:
        resumed.run_point(point)
    assert resumed._request() == expected


def test_revision_from_the_review_screen_changes_one_point(tmp_path: Path) -> None:
    wizard, terminal = run(script.answers_from(), tmp_path)
    case_only(wizard)
    terminal.answers.extend(["revise", "confidentiality", "all", False, "stop"])
    with pytest.raises(Exception) as stopped:
        wizard.review()
    assert "mla new --resume" in str(stopped.value)
    revised = load_case(wizard.draft)
    assert revised.confidentiality is not None
    assert revised.confidentiality.required is False
    assert revised.confidentiality.reason is None
    assert check(revised).complete
    assert any("Review" in line for line in terminal.transcript)


def test_from_an_existing_case_every_answer_is_proposed(tmp_path: Path, trafficking) -> None:
    from mla_writer.casefile import save_case

    source = tmp_path / "old.yaml"
    save_case(trafficking, source)
    wizard = Wizard(
        ScriptedTerminal([None] * 2000),
        NewOptions(from_file=source, directory=tmp_path),
    )
    for key in script.POINTS:
        wizard.run_point(key)
    # the one answer the case did not hold: the language its answers are typed in (point 1)
    expected = trafficking.model_copy(deep=True)
    expected.language.original = "en"
    assert wizard._request() == expected
    assert source.read_text(encoding="utf-8") == source.read_text(encoding="utf-8")
    assert wizard.draft != source


def test_the_profile_fills_in_the_office(tmp_path: Path) -> None:
    from mla_writer.model.common import Authority
    from mla_writer.model.parties import Signatory

    profile = UserProfile(
        requesting_state="MD",
        requesting_authority=Authority(name="Prosecutor General's Office", email="a@example.md"),
        signatory=Signatory(name="Elena Vârtosu", function="Senior Prosecutor"),
    )
    wizard = Wizard(ScriptedTerminal([]), NewOptions(directory=tmp_path), profile)
    assert wizard.data["requesting_state"] == "MD"
    assert wizard.data["identification"]["requesting_authority"]["name"] == (
        "Prosecutor General's Office"
    )
    assert wizard.data["signatory"]["function"] == "Senior Prosecutor"


def test_long_texts_open_the_users_editor_when_editor_is_set(tmp_path: Path) -> None:
    """With $EDITOR set, the facts are written in the user's editor, not at the prompt."""
    import sys

    from mla_writer.wizard import Terminal
    from mla_writer.wizard.terminal import Kind, Question

    fake_editor = tmp_path / "editor.py"
    fake_editor.write_text(
        "import sys, pathlib\n"
        "path = pathlib.Path(sys.argv[1])\n"
        "before = path.read_text(encoding='utf-8')\n"
        "path.write_text(before + 'Second paragraph.\\n', encoding='utf-8')\n",
        encoding="utf-8",
    )
    terminal = Terminal(editor=f"{sys.executable} {fake_editor}")
    answer = terminal.ask(
        Question(Kind.LONG, "Summary of the facts", default="First paragraph.\n\n")
    )
    assert answer == "First paragraph.\n\nSecond paragraph."
    assert any("Opening your editor" in line for line in terminal.transcript)


def test_the_interface_language_is_chosen_by_option_then_profile(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import mla_writer.wizard as wizard_module
    from mla_writer.i18n import ui_language
    from mla_writer.profile import save_profile

    monkeypatch.setenv("MLA_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.chdir(tmp_path)  # drafts go to the current folder
    import mla_writer.i18n as i18n

    chosen: list[str | None] = []

    monkeypatch.setattr(i18n, "set_ui_language", lambda lang: chosen.append(lang) or "en")
    save_profile(UserProfile(ui_language="fr"))
    terminal = ScriptedTerminal([KeyboardInterrupt])
    with pytest.raises(WizardInterrupted):
        wizard_module.run_new(is_terminal=True, terminal=terminal, ui_language="ru")
    with pytest.raises(WizardInterrupted):
        wizard_module.run_new(is_terminal=True, terminal=ScriptedTerminal([KeyboardInterrupt]))
    assert chosen == ["ru", "fr"]
    assert ui_language() == "en"


def test_a_letter_language_mla_writer_cannot_write_is_refused_at_once(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from mla_writer.errors import MlaError

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("MLA_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.delenv("CI", raising=False)
    from mla_writer.wizard import run_new

    with pytest.raises(MlaError) as error:
        run_new(is_terminal=True, letter_language="Klingon", terminal=ScriptedTerminal([]))
    assert "Letters cannot be written in “Klingon” yet. Available: en" in error.value.message


@pytest.mark.parametrize("asked", ["ro", "Romanian", "xx"])
def test_an_interface_language_without_questions_is_refused_with_those_there_are(
    asked: str, tmp_path: Path
) -> None:
    """`--ui-lang ro` fell back to English in silence (issue 17): it is refused at once, before
    any question, with the languages the questions exist in."""
    result = run_mla("new", "--ui-lang", asked, "-o", tmp_path / "x.docx", cwd=tmp_path)
    assert result.returncode == 2
    assert f"The questions cannot be asked in “{asked}” yet: they are in en, es, fr, ru." in (
        result.stderr
    )
    assert not list(tmp_path.iterdir())


def test_a_point_that_depends_on_another_does_not_loop(tmp_path: Path) -> None:
    """Relevance with no item of assistance yet: nothing to ask here, so the wizard says where
    to go instead of asking nothing forever."""
    wizard, terminal = run([], tmp_path)
    wizard.run_point("relevance")
    assert any("point 10" in line for line in terminal.transcript)
    assert terminal.asked == []


def test_bad_contact_details_are_refused_at_the_prompt_with_the_case_files_message(
    tmp_path: Path,
) -> None:
    """Issue 17's trial: an e-mail without "@", a telephone number without its country code and
    "?" as an authority's name were accepted, then approved. The wizard checks each answer with
    the case file's own types, so each is refused where it is typed, and the next try is kept."""
    answers = list(script.answers_from())
    answers[3:4] = ["?", answers[3]]  # the requesting authority's name
    answers[6:7] = ["022 82", answers[6]]  # its telephone, cut short, shifted by the name above
    answers[8:9] = ["ion.rusu.procuratura.md", answers[8]]  # its e-mail
    wizard, terminal = run(answers, tmp_path)
    request = case_only(wizard)
    shown = "\n".join(terminal.transcript)
    assert "“?” stands in for a name" in shown
    assert "“022 82” cannot be dialled from abroad" in shown
    assert "“ion.rusu.procuratura.md” is not an e-mail address" in shown
    assert request.identification is not None
    authority = request.identification.requesting_authority
    assert authority is not None
    assert (authority.phone, authority.email) == ("+373 22 000 417", "mla.requests@example.md")


def test_a_national_number_is_read_as_one_of_the_authoritys_state_and_said_back(
    tmp_path: Path,
) -> None:
    """Issue 17's trial: the hint said a number without its country code is read as one of the
    authority's State, yet the prompt refused it; now the prompt reads it as case files do."""
    answers = list(script.IDENTIFICATION)
    answers[5] = "022 000 417"  # the office's telephone, typed as dialled in Moldova
    wizard, terminal = run(answers, tmp_path)
    wizard.run_point("identification")
    assert "Read as: +373 22 000 417" in terminal.transcript
    office = wizard.data["identification"]["requesting_authority"]
    assert office["phone"] == "+373 22 000 417"


def test_a_hand_written_case_file_resumed_is_not_rewritten_until_an_answer_changes_it(
    tmp_path: Path,
) -> None:
    """Issue 17: `mla new --resume case.yaml` on a hand-written file rewrote it at once (its
    comments 5 → 2, its mode 644 → 600) before anything was typed."""
    case = tmp_path / "case.yaml"
    text = "# Written by hand: keep these comments.\n" + example_text("incomplete-search")
    case.write_text(text, encoding="utf-8")
    case.chmod(0o644)
    before = case.read_bytes()
    wizard = Wizard(ScriptedTerminal([KeyboardInterrupt]), NewOptions(resume=case))
    with pytest.raises(WizardInterrupted):
        wizard.run()
    assert case.read_bytes() == before
    assert stat.S_IMODE(case.stat().st_mode) == 0o644


def test_a_resumed_hand_written_file_changes_only_the_lines_of_changed_answers(
    tmp_path: Path,
) -> None:
    """Issue 17: once an answer changes, the file keeps its comments, order and layout — only
    the changed value's line differs — and, readable by others before, it becomes private, with
    a word to the user."""
    case = tmp_path / "case.yaml"
    text = "# Written by hand: keep these comments.\n" + example_text("incomplete-search")
    case.write_text(text, encoding="utf-8")
    case.chmod(0o644)
    terminal = ScriptedTerminal([])
    wizard = Wizard(terminal, NewOptions(resume=case), UserProfile())
    wizard.ui.put(("place",), "Lviv")  # an answer typed at the prompt
    wizard.ui.put(("identification", "requesting_authority", "email"), "mla.kyiv@example.ua")
    after = case.read_text(encoding="utf-8")
    changed = [
        (old, new)
        for old, new in zip(text.splitlines(), after.splitlines(), strict=True)
        if old != new
    ]
    assert changed == [
        ("place: Kyiv", "place: Lviv"),
        ("    email: mlat@example.ua", "    email: mla.kyiv@example.ua"),
    ]
    assert stat.S_IMODE(case.stat().st_mode) == 0o600
    assert any("readable by you only" in line for line in terminal.transcript)
    assert load_case(case).place == "Lviv"


def test_a_private_resumed_file_keeps_its_mode(tmp_path: Path) -> None:
    case = tmp_path / "case.yaml"
    case.write_text(example_text("incomplete-search"), encoding="utf-8")
    case.chmod(0o400)  # the owner made it read-only for themselves
    terminal = ScriptedTerminal([])
    wizard = Wizard(terminal, NewOptions(resume=case), UserProfile())
    wizard.ui.put(("place",), "Lviv")
    assert stat.S_IMODE(case.stat().st_mode) == 0o400
    assert not any("readable by you only" in line for line in terminal.transcript)


def test_a_resumed_draft_writes_its_letter_where_the_first_run_was_told_to(
    tmp_path: Path,
) -> None:
    """Issue 17: `--resume` forgot the -o given at the start. The draft of `mla new -o
    letter.docx` is `letter.draft.yaml`; resumed without -o, the letter goes to letter.docx,
    without asking again."""
    first = Wizard(ScriptedTerminal([]), NewOptions(output=tmp_path / "letter.docx"))
    assert first.draft == tmp_path / "letter.draft.yaml"
    first.draft.write_text(example_text("trafficking"), encoding="utf-8")
    resumed = Wizard(ScriptedTerminal([]), NewOptions(resume=first.draft, directory=tmp_path))
    request = resumed._request()
    assert request is not None
    assert resumed._letter_path(request) == tmp_path / "letter.docx"


def test_the_first_person_concerned_is_proposed_the_next_ones_not(tmp_path: Path) -> None:
    """Issue 17: "Add a person concerned?" defaulted to No, though a request nearly always
    concerns someone."""
    wizard, terminal = run(script.answers_from(), tmp_path)
    case_only(wizard)
    asked = {question.message: question.default for question in terminal.asked}
    assert asked["Add a person concerned (suspect, accused, witness, victim, company)?"] is True
    assert asked["Add another person?"] is False


def test_a_date_or_a_number_typed_in_another_form_is_said_back_as_read(tmp_path: Path) -> None:
    """Issue 17: "14.10.2026" was read as 14 October in silence. Each date typed in another form
    is said back as it was read, and so is a telephone number regrouped."""
    answers = [
        "15.02.2027" if answer == "2027-02-15" else answer for answer in script.answers_from()
    ]
    answers = ["+37322000417" if answer == "+373 22 000 417" else answer for answer in answers]
    wizard, terminal = run(answers, tmp_path)
    request = case_only(wizard)
    assert "Read as: 15 February 2027" in terminal.transcript
    assert "Read as: +373 22 000 417" in terminal.transcript
    assert request.urgency is not None and str(request.urgency.deadline) == "2027-02-15"
    assert "Read as: 2026-09-15" not in "\n".join(terminal.transcript)  # typed as stored
