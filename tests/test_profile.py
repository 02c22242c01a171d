"""The user profile: defaults for every new request, in the user's config folder (never the
real home in tests: MLA_CONFIG_DIR points elsewhere)."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from mla_writer.errors import CaseFileError
from mla_writer.model.common import Authority
from mla_writer.model.parties import Signatory
from mla_writer.profile import UserProfile, config_dir, load_profile, profile_path, save_profile
from mla_writer.wizard import ScriptedTerminal, edit_profile, run_profile


@pytest.fixture(autouse=True)
def _config(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    folder = tmp_path / "config"
    monkeypatch.setenv("MLA_CONFIG_DIR", str(folder))
    return folder


def test_mla_config_dir_sets_the_folder(tmp_path: Path) -> None:
    assert config_dir() == tmp_path / "config"
    assert profile_path() == tmp_path / "config" / "profile.yaml"


def test_without_a_saved_profile_the_profile_is_empty() -> None:
    assert load_profile() == UserProfile()


def test_a_saved_profile_is_read_back_and_readable_by_its_owner_only() -> None:
    profile = UserProfile(
        requesting_state="Moldova",
        requesting_authority=Authority(name="Prosecutor General's Office", phone="+373 22 000 417"),
        signatory=Signatory(name="Elena Vârtosu", function="Senior Prosecutor"),
        letter_language="English",
    )
    path = save_profile(profile)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    again = load_profile()
    assert again == profile
    assert again.requesting_state == "MD" and again.letter_language == "en"
    assert "Elena Vârtosu" in path.read_text(encoding="utf-8")


def test_a_broken_profile_says_how_to_fix_it() -> None:
    path = profile_path()
    path.parent.mkdir(parents=True)
    path.write_text("signatory: {name: [1, 2]}\nfavourite_colour: blue\n", encoding="utf-8")
    with pytest.raises(CaseFileError) as error:
        load_profile()
    assert "mla profile" in error.value.message
    assert "favourite_colour" in error.value.message


def test_mla_profile_asks_and_saves_the_defaults() -> None:
    answers = [
        "MD",
        "Prosecutor General's Office of the Republic of Moldova",
        "26 Banulescu-Bodoni Street, MD-2005 Chișinău",
        "+373 22 000 417",
        "mla.requests@example.md",
        "",  # no usual contact person
        "Elena Vârtosu",
        "Senior Prosecutor",
        "",
        "Chișinău",
        "en",
        "",
    ]
    terminal = ScriptedTerminal(answers)
    path = edit_profile(terminal)
    assert terminal.answers == []
    saved = load_profile(path)
    assert saved.requesting_authority is not None
    assert saved.requesting_authority.email == "mla.requests@example.md"
    assert saved.signatory == Signatory(name="Elena Vârtosu", function="Senior Prosecutor")
    assert saved.place == "Chișinău"

    # run again: every answer is proposed, Enter keeps it
    edit_profile(ScriptedTerminal([None] * 12))
    assert load_profile(path) == saved


def test_mla_profile_without_a_terminal_says_where_the_file_is() -> None:
    from mla_writer.wizard import NotATerminalError

    with pytest.raises(NotATerminalError) as error:
        run_profile(is_terminal=False)
    assert str(profile_path()) in error.value.message
