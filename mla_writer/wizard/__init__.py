"""The drafting wizard (`mla new`) and the profile editor (`mla profile`).

The only package that imports questionary and prompt_toolkit, always lazily, through
`terminal.py`. Callable from tests without a terminal: pass a `Terminal` driven by
prompt_toolkit pipe input, or a `ScriptedTerminal` with a list of answers.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from mla_writer.errors import MlaError
from mla_writer.i18n import _
from mla_writer.wizard.flow import (
    NewOptions,
    Wizard,
    WizardInterrupted,
    WizardResult,
    WizardStopped,
)
from mla_writer.wizard.profile_editor import edit_profile
from mla_writer.wizard.terminal import ScriptedTerminal, Terminal

__all__ = [
    "NewOptions",
    "NotATerminalError",
    "ScriptedTerminal",
    "Terminal",
    "Wizard",
    "WizardInterrupted",
    "WizardResult",
    "WizardStopped",
    "edit_profile",
    "require_terminal",
]


class NotATerminalError(MlaError):
    pass


def require_terminal(is_terminal: bool, environ: Mapping[str, str] = os.environ) -> None:
    """The wizard talks to a person: refuse at once in CI or when input comes from a pipe."""
    if is_terminal and not environ.get("CI"):
        return
    raise NotATerminalError(
        _(
            "mla new asks questions and needs a terminal, but there is none here (CI, or input "
            "from a pipe or file). To make a letter without questions, write a case file and use "
            "`mla render case.yaml` (or `mla batch FOLDER` for many); start from "
            "`mla example trafficking -o case.yaml`."
        )
    )
