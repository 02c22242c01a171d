"""Ctrl-C in any command: exit 130 and one line saying how to go on, whatever typer's version.

typer before 0.29 printed "Aborted!" and exited 1; typer 0.29 exits 130 without a word. mla-writer
catches the interrupt itself, so neither version's behaviour reaches the user.
"""

from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import ROOT

# A real SIGINT, delivered while `mla states list` is reading the profiles.
_INTERRUPTED_COMMAND = """
import signal, sys
import mla_writer.states

def interrupted(*args, **kwargs):
    signal.raise_signal(signal.SIGINT)

mla_writer.states.load_profiles = interrupted
sys.argv = ["mla", *sys.argv[1:]]
from mla_writer.cli import main
main()
"""


def _interrupted(language: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", _INTERRUPTED_COMMAND, "states", "list"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "LANG": "C.UTF-8", "LANGUAGE": language},
        timeout=60,
    )


def test_ctrl_c_exits_130_with_one_line_that_says_what_to_do() -> None:
    result = _interrupted("")
    assert result.returncode == 130
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("Interrupted.")
    assert "run the same command again" in lines[0]
    assert "Aborted" not in result.stderr and "Traceback" not in result.stderr


def test_ctrl_c_message_is_in_the_interface_language() -> None:
    result = _interrupted("fr")
    assert result.returncode == 130
    assert result.stderr.strip().startswith("Interrompu."), result.stderr


_TERMINATED_COMMAND = """
import os, signal, sys, time
import mla_writer.states

def terminated(*args, **kwargs):
    os.kill(os.getpid(), signal.SIGTERM)
    time.sleep(30)  # never reached: the signal stops the command

mla_writer.states.load_profiles = terminated
sys.argv = ["mla", "states", "list"]
from mla_writer.cli import main
main()
"""


def test_sigterm_in_any_command_exits_143_with_one_line() -> None:
    result = subprocess.run(
        [sys.executable, "-c", _TERMINATED_COMMAND],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "LANG": "C.UTF-8", "LANGUAGE": ""},
        timeout=60,
    )
    assert result.returncode == 143
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Stopped by a termination signal."), lines
