"""The one adapter to the terminal UI library: a `Question` goes in, an answer comes out.

Everything the wizard asks goes through `Terminal.ask`, and everything it says through
`Terminal.say`, so that tests can drive the real prompts with prompt_toolkit pipe input, or replace
the adapter with `ScriptedTerminal` and a list of answers. questionary's own English words
(`(Y/n)`, its select hint) never reach the user: yes/no questions are selects with translated
choices and every prompt gets a translated instruction.
"""

from __future__ import annotations

import bisect
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
    form: str = ""
    """How to type the answer, in the interface language ("a date, e.g. 15.02.2027"); by
    default what the kind of question says ("one line")."""
    optional: bool = False
    """Whether Enter alone, with nothing proposed, is an answer (said with the form)."""


class GoBack(Exception):
    """The user asked for the previous question (Ctrl-P)."""


class GoToReview(Exception):
    """The user asked for the review of the answers (Ctrl-R)."""


def key_line() -> str:
    """The keys that work at every question, shown with each (tmux's and screen's prefixes,
    Ctrl-B and Ctrl-A, are left alone, and none of these keys edits the text being typed)."""
    return _("Keys: Ctrl-P back · Ctrl-R review · Ctrl-C stop and save")


def instruction(question: Question) -> str:
    """What every question says besides itself: the form of its answer, and whether it is
    optional, e.g. "(a date, e.g. 15.02.2027; optional)"."""
    if question.kind in (Kind.CHOICE, Kind.YESNO):
        return _("(use the arrow keys, then Enter)")
    form = question.form or (
        _("several lines; Esc, then Enter, to finish")
        if question.kind is Kind.LONG
        else _("one line")
    )
    if question.optional:
        return _("(%(form)s; optional)") % {"form": form}
    return _("(%(form)s)") % {"form": form}


class Style(StrEnum):
    PLAIN = ""
    TITLE = "bold"
    HELP = "fg:ansicyan"
    ERROR = "fg:ansired bold"
    WARNING = "fg:ansiyellow"
    GOOD = "fg:ansigreen"
    KEYS = "fg:ansibrightblack"


def plain(text: str) -> str:
    """Text written for case files, said at a prompt: a file value goes, with the clause that
    names it (the wizard asks with a menu, nobody types `none`: "…authority), or answer `none`."
    becomes "…authority)."), in any language; a value left elsewhere is quoted as a word."""
    text = re.sub(r"\s*\(`[^`]+`\)", "", text)
    text = re.sub(
        r"\s*[,;]\s*[^,;.:()`]*`[^`]+`[^,;.:()`]*?(\s*)(?=[.(]|$)",
        lambda match: " " if text[match.end() : match.end() + 1] == "(" else "",
        text,
    )
    return re.sub(r"`([^`]+)`", r"“\1”", text)


def terminal_width() -> int:
    """The width text is wrapped to: the terminal's, at most 100 columns for reading ease."""
    return min(shutil.get_terminal_size((100, 24)).columns - 2, 100)


def glued(text: str) -> str:
    """French punctuation kept with its word: a line never starts with " ?" or " :" (the
    space before it made unbreakable, as typographers do); "+373 22 000 417" kept whole."""
    text = re.sub(r"(?<=\d) (?=\d)", "\u00a0", text)  # and a telephone number in one piece
    return re.sub(r"(«) ", "\\1\u00a0", re.sub(r" ([?:!;»])", "\u00a0\\1", text))


def wrap(text: str, width: int | None = None) -> str:
    """Wrap each paragraph to the terminal's width (at most 100 columns) for reading ease."""
    width = width or terminal_width()
    return "\n".join(
        textwrap.fill(
            glued(line),
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
        if question.kind is Kind.LONG:
            return self._ask_long(question)
        # prompt_toolkit breaks a long question anywhere, mid-word: wrap it at words here
        question = replace(question, message=_wrapped_message(question))
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
                    instruction=" ",  # said on the question's own line (_wrapped_message)
                    qmark="?",
                ),
                self,
            ).unsafe_ask()
            return choices[picked][0]
        return self._checked(
            question,
            lambda default: questionary.text(
                question.message,
                default=default,
                qmark="?",
                reserve_space_for_menu=0,
                input_processors=[WordWrap(_prompt_width(question.message))],
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
        self.say(instruction(question), Style.HELP)
        return self._checked(
            question,
            lambda default: questionary.text(
                "",
                default=default,
                multiline=True,
                instruction="",
                qmark="›",
                input_processors=[WordWrap(_prompt_width(""), continued=True)],
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


ANSWER_ROOM = 24
"""Columns left for the answer after a question, on its last line: a longer answer (or a menu's
choice, echoed there once picked) starts on a line of its own, so prompt_toolkit never breaks a
word at the edge of the terminal."""


def _wrapped_message(question: Question) -> str:
    """The question and its instruction, wrapped at words; the answer on a line of its own
    when the last line leaves it too little room."""
    width = terminal_width()
    text = textwrap.fill(
        glued(question.message + " " + instruction(question)),
        width - 2,  # the "? " before it
        break_on_hyphens=False,
        break_long_words=False,
    )
    last = text.rsplit("\n", 1)[-1]
    # a menu's choice is echoed after the question once picked: room for the longest
    longest = max((len(label) for _value, label in _choices(question)), default=ANSWER_ROOM)
    needed = ANSWER_ROOM if question.kind is Kind.TEXT else longest
    if len(last) + needed + 3 > width:
        text += "\n"
    return text


def _prompt_width(message: str) -> int:
    """The columns questionary's prompt takes before the answer on its row: "? ", the
    message, " " (or, after a message on several lines, its last line and " ")."""
    if "\n" in message:
        return len(message.rsplit("\n", 1)[-1]) + 1
    return 2 + len(message) + 1


def soft_breaks(text: str, width: int, first: int, later: int = 0) -> dict[int, int]:
    """Where to pad a line of typed text so that the terminal, which wraps at the last column,
    breaks it between words: {index of a word that would straddle the edge: spaces before it}.
    `first` columns of the first row are taken by the prompt, `later` of the next ones."""
    pads: dict[int, int] = {}
    column, start, index = first, first, 0
    while index < len(text):
        end = index
        while end < len(text) and text[end] != " ":
            end += 1
        word = end - index
        if word and column + word > width and column > start and word <= width - later:
            pads[index] = width - column
            column = start = later
        for _char in range(max(word, 1)):  # the word, or the one space
            column += 1
            if column >= width:
                column = start = later
        index = max(end, index + 1)
    return pads


class WordWrap:
    """A prompt_toolkit input processor: the text being typed is wrapped between words (the
    terminal alone breaks "platfo|rm" at the last column)."""

    def __init__(self, prompt: int, continued: bool = False) -> None:
        self.prompt = prompt
        self.continued = continued  # a multi-line prompt indents every row like the first

    def apply_transformation(self, given: Any) -> Any:
        from prompt_toolkit.formatted_text.utils import fragment_list_to_text
        from prompt_toolkit.layout.processors import Transformation

        text = fragment_list_to_text(given.fragments)
        later = self.prompt if self.continued else 0
        first = self.prompt if given.lineno == 0 or self.continued else 0
        pads = soft_breaks(text, given.width, first, later)
        if not pads:
            return Transformation(given.fragments)
        fragments: list[Any] = []
        position = 0
        for style, piece, *rest in given.fragments:
            for char in piece:
                if position in pads:
                    fragments.append((style, " " * pads[position]))
                fragments.append((style, char, *rest))
                position += 1

        shift, shown = 0, []  # where each character (and the end of the line) is shown
        for index in range(len(text) + 1):
            shift += pads.get(index, 0)
            shown.append(index + shift)

        def to_display(index: int) -> int:
            return shown[min(index, len(text))] + max(index - len(text), 0)

        def to_source(index: int) -> int:
            return max(bisect.bisect_right(shown, index) - 1, 0)

        return Transformation(fragments, source_to_display=to_display, display_to_source=to_source)


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
