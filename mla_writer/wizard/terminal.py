"""The one adapter to the terminal UI library: a `Question` goes in, an answer comes out.

Everything the wizard asks goes through `Terminal.ask`, and everything it says through
`Terminal.say`, so that tests can drive the real prompts with prompt_toolkit pipe input, or replace
the adapter with `ScriptedTerminal` and a list of answers. questionary's own English words
(`(Y/n)`, its select hint) never reach the user: yes/no questions are selects with translated
choices and every prompt gets a translated instruction.
"""

from __future__ import annotations

import re
import shutil
import textwrap
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

from mla_writer.i18n import _

Validator = Callable[[str], str | None]
"""Returns None when the text is acceptable, else the reason it is not, in plain language."""


class Kind(StrEnum):
    TEXT = "text"  # one line of text
    LONG = "long"  # several paragraphs: $EDITOR when set, else multi-line input
    CHOICE = "choice"  # pick one of `choices`
    YESNO = "yesno"  # a choice between translated "Yes" and "No"


@dataclass
class Question:
    kind: Kind
    message: str
    help: str = ""
    default: Any = None
    choices: Sequence[tuple[Any, str]] = ()
    validate: Validator | None = None


class GoBack(Exception):
    """The user asked for the previous question (Ctrl-P)."""


class GoToReview(Exception):
    """The user asked for the review of the answers (Ctrl-R)."""


def key_line() -> str:
    """The keys that work at every question, shown with each (tmux's and screen's prefixes,
    Ctrl-B and Ctrl-A, are left alone, and none of these keys edits the text being typed)."""
    return _("Keys: Ctrl-P back · Ctrl-R review · Ctrl-C stop and save")


class Style(StrEnum):
    PLAIN = ""
    TITLE = "bold"
    HELP = "fg:ansicyan"
    ERROR = "fg:ansired bold"
    WARNING = "fg:ansiyellow"
    GOOD = "fg:ansigreen"
    KEYS = "fg:ansibrightblack"


def plain(text: str) -> str:
    """Text written for case files, said at a prompt: a parenthesised file value goes (the
    wizard asks with a menu), other file values are quoted as words ("answer `none`" becomes
    "answer “none”")."""
    text = re.sub(r"\s*\(`[^`]+`\)", "", text)
    return re.sub(r"`([^`]+)`", r"“\1”", text)


def terminal_width() -> int:
    """The width text is wrapped to: the terminal's, at most 100 columns for reading ease."""
    return min(shutil.get_terminal_size((100, 24)).columns - 2, 100)


def wrap(text: str, width: int | None = None) -> str:
    """Wrap each paragraph to the terminal's width (at most 100 columns) for reading ease."""
    width = width or terminal_width()
    return "\n".join(
        textwrap.fill(
            line,
            width=width,
            subsequent_indent=_indent_of(line),
            break_on_hyphens=False,  # a file name or a word with a hyphen stays whole
            break_long_words=False,
        )
        if line
        else ""
        for line in text.split("\n")
    )


def _indent_of(line: str) -> str:
    stripped = line.lstrip(" •·-")
    return " " * (len(line) - len(stripped))


@dataclass
class Terminal:
    """The real terminal, through questionary. `editor` is the command from $EDITOR, if any."""

    editor: str | None = None
    transcript: list[str] = field(default_factory=list)
    half_typed: str = ""  # the text being typed when Ctrl-C was pressed

    def say(self, text: str = "", style: Style = Style.PLAIN) -> None:
        from prompt_toolkit import print_formatted_text
        from prompt_toolkit.formatted_text import FormattedText

        shown = wrap(text)
        self.transcript.append(shown)
        print_formatted_text(FormattedText([(style.value, shown)]))

    def ask(self, question: Question) -> Any:
        """Ask one question; Ctrl-C raises KeyboardInterrupt (never swallowed into None), what
        was being typed kept in `half_typed`."""
        import questionary

        self.half_typed = ""
        if question.help:
            self.say(question.help, Style.HELP)
        self.say(key_line(), Style.KEYS)
        self.transcript.append(question.message)
        # prompt_toolkit breaks a long question anywhere, mid-word: wrap it at words here
        question = replace(question, message=_wrapped_message(question))
        if question.kind is Kind.LONG:
            return self._ask_long(question)
        if question.kind in (Kind.CHOICE, Kind.YESNO):
            choices = _choices(question)
            width = terminal_width() - 3  # the pointer's columns
            items = [
                # a menu line is cut at the edge of the terminal: long labels are wrapped here
                questionary.Choice(
                    title=textwrap.fill(
                        label, width, subsequent_indent="   ", break_on_hyphens=False
                    ),
                    value=index,
                )
                for index, (_value, label) in enumerate(choices)
            ]
            default_index = next(
                (i for i, (value, _l) in enumerate(choices) if value == question.default), 0
            )
            picked = _with_keys(
                questionary.select(
                    question.message,
                    choices=items,
                    default=items[default_index],
                    instruction=_("(use the arrow keys, then Enter)"),
                    qmark="?",
                ),
                self,
            ).unsafe_ask()
            return choices[picked][0]
        return self._checked(
            question,
            lambda default: questionary.text(
                question.message, default=default, qmark="?", reserve_space_for_menu=0
            ),
        )

    def _checked(self, question: Question, prompt: Callable[[str], Any]) -> str:
        """A text answer, checked when it is given: a refusal is said right under the prompt
        (prompt_toolkit's own shows at the bottom of the screen, far from it), and the same
        prompt comes back with what was typed, to correct."""
        default = _as_text(question.default)
        while True:
            answer = str(_with_keys(prompt(default), self).unsafe_ask()).strip()
            problem = question.validate(answer) if question.validate else None
            if problem is None:
                return answer
            self.say(problem, Style.ERROR)
            default = answer

    def _ask_long(self, question: Question) -> str:
        import questionary

        if self.editor:
            return self._edit(question)
        # The question and the hint go on their own lines, so the text gets the whole width.
        self.say(question.message, Style.TITLE)
        self.say(
            _(
                "Several paragraphs allowed: Enter starts a new line; press Esc, then Enter, to finish."
            ),
            Style.HELP,
        )
        return self._checked(
            question,
            lambda default: questionary.text(
                "", default=default, multiline=True, instruction="", qmark="›"
            ),
        )

    def _edit(self, question: Question) -> str:
        self.say(
            _("Opening your editor (%(editor)s): write, save and close it to continue.")
            % {"editor": self.editor},
            Style.HELP,
        )
        text = _as_text(question.default)
        while True:
            edited = edit_in(self.editor or "", text)
            if edited is None:  # the editor could not be started: type the text here instead
                self.say(
                    _("Your editor (%(editor)s) could not be started; type the text here instead.")
                    % {"editor": self.editor},
                    Style.ERROR,
                )
                self.editor = None
                question.default = text
                return self._ask_long(question)
            answer = edited.strip()
            problem = question.validate(answer) if question.validate else None
            if problem is None:
                return answer
            self.say(problem, Style.ERROR)
            text = answer


def _wrapped_message(question: Question) -> str:
    room = terminal_width() - (34 if question.kind in (Kind.CHOICE, Kind.YESNO) else 20)
    if len(question.message) <= room:
        return question.message
    return textwrap.fill(question.message, max(room, 30), break_on_hyphens=False)


def _with_keys(prompt: Any, terminal: Terminal) -> Any:
    """A questionary prompt that also answers the key line's keys (added last and eager, so
    they win over a select's own Ctrl-P, "move up", which the arrow keys also do)."""
    from prompt_toolkit.key_binding import KeyBindings, merge_key_bindings

    keys = KeyBindings()

    @keys.add("c-p", eager=True)
    def _back(event: Any) -> None:
        event.app.exit(exception=GoBack())

    @keys.add("c-r", eager=True)
    def _review(event: Any) -> None:
        terminal.half_typed = event.app.current_buffer.text
        event.app.exit(exception=GoToReview())

    @keys.add("c-c", eager=True)
    def _stop(event: Any) -> None:  # as prompt_toolkit's own, keeping what was being typed
        terminal.half_typed = event.app.current_buffer.text
        event.app.exit(exception=KeyboardInterrupt(), style="class:aborting")

    application = prompt.application
    application.key_bindings = merge_key_bindings([application.key_bindings, keys])
    return prompt


def edit_in(editor: str, text: str) -> str | None:
    """Let the user edit `text` in their editor; None if it cannot be started.

    The text is personal data: it goes into a private folder (0700) and file (0600), removed
    afterwards."""
    import shlex
    import subprocess
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory(prefix="mla-") as folder:
        path = Path(folder) / "text.txt"
        path.write_text(text, encoding="utf-8")
        path.chmod(0o600)
        try:
            completed = subprocess.run([*shlex.split(editor), str(path)], check=False)
        except (OSError, ValueError):
            return None
        if completed.returncode != 0:
            return None
        return path.read_text(encoding="utf-8")


def _choices(question: Question) -> Sequence[tuple[Any, str]]:
    if question.kind is Kind.YESNO:
        return ((True, _("Yes")), (False, _("No")))
    return question.choices


def _as_text(value: Any) -> str:
    if value is None:
        return ""
    return str(value)


@dataclass(frozen=True)
class HalfTyped:
    """For scripted tests: Ctrl-C pressed while `text` was being typed."""

    text: str


class ScriptRanOut(AssertionError):
    """A scripted test gave fewer answers than the wizard asked for."""


@dataclass
class ScriptedTerminal:
    """A terminal that answers from a list, for flow tests: `KeyboardInterrupt`, `GoBack` and
    `GoToReview` entries raise them, as the keys of the key line do.

    An answer is given as the user would type it (text), or as the value of a choice. Rejected
    text is reported in `transcript`, as the real terminal would show it, and the next answer
    is taken.
    """

    answers: list[Any]
    editor: str | None = None
    transcript: list[str] = field(default_factory=list)
    asked: list[Question] = field(default_factory=list)
    half_typed: str = ""

    def say(self, text: str = "", style: Style = Style.PLAIN) -> None:
        self.transcript.append(text)

    def ask(self, question: Question) -> Any:
        self.asked.append(question)
        self.transcript.append(key_line())
        self.transcript.append(question.message)
        while True:
            if not self.answers:
                raise ScriptRanOut(
                    "no answer left for: "
                    + question.message
                    + "\n"
                    + "\n".join(self.transcript[-15:])
                )
            answer = self.answers.pop(0)
            if isinstance(answer, HalfTyped):
                self.half_typed = answer.text
                raise KeyboardInterrupt
            if answer in (KeyboardInterrupt, GoBack, GoToReview):
                raise answer
            if question.kind in (Kind.CHOICE, Kind.YESNO):
                values = [value for value, _label in _choices(question)]
                if answer is None:  # Enter on the default
                    answer = question.default if question.default in values else values[0]
                if answer not in values:
                    raise ScriptRanOut(f"{answer!r} is not one of {values} for {question.message}")
                return answer
            if answer is None:  # Enter on the default
                answer = _as_text(question.default)
            answer = str(answer).strip()
            problem = question.validate(answer) if question.validate else None
            if problem is None:
                return answer
            self.transcript.append(problem)


def labels(pairs: Iterable[tuple[Any, str]]) -> list[tuple[Any, str]]:
    """Translate the labels of (value, msgid) pairs."""
    return [(value, _(label)) for value, label in pairs]
