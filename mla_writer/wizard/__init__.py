"""The drafting wizard (`mla new`) and the profile editor (`mla profile`).

The only package that imports questionary and prompt_toolkit, always lazily, through
`terminal.py`. Callable from tests without a terminal: pass a `Terminal` driven by
prompt_toolkit pipe input, or a `ScriptedTerminal` with a list of answers.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

from mla_writer import i18n
from mla_writer.errors import MlaError
from mla_writer.i18n import LETTER_DOMAIN, _, shipped_languages
from mla_writer.places import language_code
from mla_writer.profile import check_profile_writable, load_profile, profile_path
from mla_writer.wizard.flow import NewOptions, Wizard, WizardInterrupted
from mla_writer.wizard.profile_editor import edit_profile
from mla_writer.wizard.review import WizardResult, WizardStopped
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
    "run_new",
    "run_profile",
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


def _terminal() -> Terminal:
    return Terminal(editor=os.environ.get("VISUAL") or os.environ.get("EDITOR") or None)


def _is_terminal() -> bool:
    return sys.stdin.isatty() and sys.stdout.isatty()


def _letter_language(language: str | None) -> str | None:
    """The --lang option as a code, refused at once if no letter can be written in it."""
    if language is None:
        return None
    code = language_code(language)
    available = shipped_languages(LETTER_DOMAIN)
    if code not in available:
        raise MlaError(
            _("Letters cannot be written in “%(language)s” yet. Available: %(available)s.")
            % {"language": language, "available": ", ".join(available)}
        )
    return code


def _interface_language(language: str | None) -> str | None:
    """The --ui-lang option as a code, refused at once (not silently English) without a
    catalog of questions in it."""
    if language is None:
        return None
    try:
        code = language_code(language)
    except ValueError:
        code = language
    available = shipped_languages(i18n.UI_DOMAIN)
    if code not in available:
        raise MlaError(
            _(
                "The questions cannot be asked in “%(language)s” yet: they are in %(available)s. "
                "Use --ui-lang with one of these, or leave it out."
            )
            % {"language": language, "available": ", ".join(available)}
        )
    return code


def run_new(
    *,
    from_file: Path | None = None,
    resume: Path | None = None,
    letter_language: str | None = None,
    ui_language: str | None = None,
    output: Path | None = None,
    force: bool = False,
    profile_dirs: tuple[Path, ...] = (),
    is_terminal: bool | None = None,
    terminal: Terminal | None = None,
) -> WizardResult:
    """`mla new`: refuse without a terminal, pick the languages, then run the wizard."""
    chosen = _interface_language(ui_language)
    require_terminal(_is_terminal() if is_terminal is None else is_terminal)
    profile = load_profile()
    i18n.set_ui_language(chosen or profile.ui_language)
    if from_file and resume:
        raise MlaError(
            _(
                "Use --from to start a new request from a case file, or --resume to continue a "
                "draft, not both."
            )
        )
    options = NewOptions(
        from_file=from_file,
        resume=resume,
        letter_language=_letter_language(letter_language),
        output=output,
        force=force,
        profiles=profile_dirs,
    )
    wizard = Wizard(terminal or _terminal(), options, profile)
    return wizard.run()


def run_profile(*, is_terminal: bool | None = None, terminal: Terminal | None = None) -> Path:
    """`mla profile`: edit the profile; without a terminal, say where it is and what it holds."""
    check_profile_writable()
    profile = load_profile()
    i18n.set_ui_language(profile.ui_language)
    path = profile_path()
    if not (_is_terminal() if is_terminal is None else is_terminal):
        raise NotATerminalError(
            _(
                "mla profile asks questions and needs a terminal. Your profile is the file "
                "%(path)s; you may also edit it with a text editor."
            )
            % {"path": path}
        )
    return edit_profile(terminal or _terminal(), path)
