"""The installed `mla new` in a real pseudo-terminal (pexpect): what a user at a terminal sees."""

from __future__ import annotations

import os
import signal
import stat
import sys
from pathlib import Path

import pytest

from mla_writer.casefile import load_case, save_case
from mla_writer.checklist import check
from mla_writer.model import LetterOfRequest
from tests.conftest import ROOT

pexpect = pytest.importorskip("pexpect")

DOWN, ENTER, CTRL_C = "\x1b[B", "\r", "\x03"


def spawn(tmp_path: Path, *args: str) -> pexpect.spawn:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"CI", "EDITOR", "VISUAL", "LANGUAGE", "LC_ALL", "LC_MESSAGES"}
    }
    env.update(
        {
            "MLA_CONFIG_DIR": str(tmp_path / "config"),
            "LANG": "C.UTF-8",
            "TERM": "xterm",
            "PYTHONPATH": str(ROOT),
        }
    )
    return pexpect.spawn(
        sys.executable,
        ["-m", "mla_writer", "new", *args],
        cwd=str(tmp_path),
        env=env,
        encoding="utf-8",
        dimensions=(24, 120),
        timeout=60,
        # A terminal's closing (SIGHUP) ends the program as it would in a real one, even when
        # the tests run under `nohup`, whose ignored SIGHUP the program would otherwise inherit.
        preexec_fn=_hang_up_as_a_terminal_does,
    )


def _hang_up_as_a_terminal_does() -> None:
    signal.signal(signal.SIGHUP, signal.SIG_DFL)


def test_a_first_answer_then_ctrl_c_leaves_a_private_draft_to_resume(tmp_path: Path) -> None:
    child = spawn(tmp_path)
    child.expect_exact("Point 1 of 14")
    child.expect_exact("Your State (the requesting State)")
    child.send("Moldova" + ENTER)
    child.expect_exact("The requested State")
    child.send("Türkiye" + ENTER)
    child.expect_exact("The language you type your answers in")
    child.send(ENTER)
    child.expect_exact("Name of your office")
    child.send(CTRL_C)
    child.expect_exact("Everything you typed is saved in")
    child.expect_exact("mla new --resume")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    [draft] = tmp_path.glob("mla-draft-*.yaml")
    assert stat.S_IMODE(draft.stat().st_mode) == 0o600
    saved = load_case(draft)
    assert (saved.requesting_state, saved.requested_state) == ("MD", "TR")


def test_resuming_a_complete_draft_goes_to_the_review_and_writes_the_letter(
    tmp_path: Path, trafficking: LetterOfRequest
) -> None:
    draft = tmp_path / "draft.yaml"
    save_case(trafficking, draft)
    child = spawn(tmp_path, "--resume", "draft.yaml")
    child.expect_exact("Every point is answered")
    child.expect_exact("Ready to send")
    child.expect_exact("What next?")
    child.send(ENTER)  # Produce the letter
    child.expect_exact("Save the letter as")
    child.send(ENTER)  # the proposed name
    child.expect_exact("Done.")
    child.expect_exact("Keep your office")
    child.send(DOWN + ENTER)  # No
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    letter = tmp_path / "PG-2026-0417-MLA-3.docx"
    case_file = tmp_path / "PG-2026-0417-MLA-3.yaml"
    assert letter.stat().st_size > 10_000
    assert check(load_case(case_file)).complete
    assert not draft.exists()
    assert not (tmp_path / "config" / "profile.yaml").exists()


def test_a_closed_terminal_loses_nothing_typed(tmp_path: Path) -> None:
    """The terminal window is closed (SIGHUP) in the middle of point 1: every answer given so far
    is in the draft, and the resume starts with them."""
    child = spawn(tmp_path)
    child.expect_exact("Your State (the requesting State)")
    child.send("Moldova" + ENTER)
    child.expect_exact("The requested State")
    child.send("Türkiye" + ENTER)
    child.expect_exact("The language you type your answers in")
    child.send(ENTER)
    child.expect_exact("Name of your office")
    child.send("Prosecutor General's Office" + ENTER)
    child.expect_exact("Postal address")
    child.kill(signal.SIGHUP)
    child.expect(pexpect.EOF)
    child.close()
    [draft] = tmp_path.glob("mla-draft-*.yaml")
    saved = load_case(draft)
    assert saved.identification is not None
    assert saved.identification.requesting_authority is not None
    assert saved.identification.requesting_authority.name == "Prosecutor General's Office"

    again = spawn(tmp_path, "--resume", draft.name)
    again.expect_exact("Continuing the draft")
    again.expect_exact("Your State (the requesting State)")
    again.expect_exact("MD")
    again.send(CTRL_C)
    again.expect(pexpect.EOF)
    again.close()
    assert again.exitstatus == 130
