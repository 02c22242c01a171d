"""Going back through a step's questions (Ctrl-P) and listing a step's answers (the review).

A step (steps.py) is a function that asks its questions in order through an `Interview`. To go
back one question, the answers are put back as they were when the step started, and the step
runs again from its start with the answers given so far, silently, up to the previous question,
which is asked with its earlier answer proposed. To list a step's answers, it runs on a copy of
the answers without asking anything.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from mla_writer.fieldpath import FieldPath
from mla_writer.i18n import _
from mla_writer.wizard.terminal import Kind, Question, Style, Terminal

Path_ = tuple[str | int, ...]

MORE = "+"  # the pseudo-field of a group's "add another?" question
ITEM = "~"  # the pseudo-field of an existing item's "keep, change or remove?" question


@dataclass(frozen=True)
class Answered:
    """A question of a step with its current answer, for the review."""

    path: Path_
    message: str
    shown: Any


class Retracing:
    """The answers of a step as it runs: going back one question, listing them."""

    data: dict[str, Any]
    on_change: Callable[[dict[str, Any]], None]
    only: list[FieldPath] | None

    def __init__(self, terminal: Terminal) -> None:
        self.record: list[Any] = []  # the answers of this run of the step, in order
        self._start: dict[str, Any] = {}
        self._replay: list[Any] = []
        self._proposed: list[Any] = []  # the earlier answer of the question gone back to
        self._muted = _Muted(inner=terminal)
        self._terminal = terminal
        self.live = True  # whether the last answer was typed now (not given again by going back)
        self.surveyed: list[Answered] | None = None

    def get(self, path: Path_) -> Any:
        current: Any = self.data
        for part in path:
            if isinstance(part, int):
                if not isinstance(current, list) or part >= len(current):
                    return None
                current = current[part]
            else:
                if not isinstance(current, dict) or part not in current:
                    return None
                current = current[part]
        return current

    def survey(self, step: Callable[[Any], None]) -> list[Answered]:
        """The questions a step asks and their current answers, found by running it on a copy of
        the answers without asking anything (every existing item gone through, none added)."""
        data, on_change, only = self.data, self.on_change, self.only
        self.data, self.on_change, self.only = copy.deepcopy(data), lambda data: None, None
        self.surveyed = []
        try:
            step(self)
            return self.surveyed
        finally:
            self.data, self.on_change, self.only = data, on_change, only
            self.surveyed = None

    def _survey_answer(self, question: Question, steering: bool, path: Path_) -> Any:
        if not steering:
            assert self.surveyed is not None
            stored = self.get(path)  # not a proposal the user has not confirmed
            labels = {value: label for value, label in _choice_labels(question)}
            hashable = isinstance(stored, str | int | bool)
            shown = labels.get(stored, stored) if hashable else stored
            if hashable and stored not in labels and question.default in labels:
                shown = labels[question.default]  # a menu whose pick is stored otherwise
            if question.kind in (Kind.TEXT, Kind.LONG) and stored not in (None, ""):
                shown = question.default  # as the prompt shows it (a list: one entry a line)
            self.surveyed.append(Answered(path, question.message, shown))
            return _replayed(question)
        values = [value for value, _label in question.choices]
        if "change" in values:
            return "change"
        if path and path[-1] == MORE:
            return False
        if path and path[-1] != ITEM and self.surveyed is not None:  # a choice that steers
            labels = {value: label for value, label in question.choices}  # (a treaty, "none")
            shown = (
                labels.get(question.default) if isinstance(question.default, str | bool) else None
            )
            self.surveyed.append(Answered(path, question.message, shown))
        return question.default

    @property
    def terminal(self) -> Terminal:
        """The terminal, silent while going back through answers already given."""
        quiet = self.replaying or self.surveyed is not None
        return self._muted if quiet else self._terminal

    @terminal.setter
    def terminal(self, terminal: Terminal) -> None:
        self._terminal = terminal
        self._muted = _Muted(inner=terminal)

    @property
    def replaying(self) -> bool:
        return bool(self._replay)

    def start_step(self) -> None:
        """A step runs from its first question: remember the answers as they are now."""
        self.record, self._start = [], copy.deepcopy(self.data)

    def back(self) -> bool:
        """Prepare to run the step again up to the question before the one Ctrl-P was pressed
        at; False at the step's first question (the previous question is another point's)."""
        if not self.record:
            return False
        self._replay, self._proposed = self.record[:-1], self.record[-1:]
        for key in set(self._start) | set(self.data):  # only what the step changed
            if key not in self._start:
                del self.data[key]
            elif self.data.get(key) != self._start[key]:
                self.data[key] = copy.deepcopy(self._start[key])
        self.record = []
        return True

    def back_into(self, start: dict[str, Any], record: list[Any], end: dict[str, Any]) -> bool:
        """Prepare to run a step done earlier again, up to its last question; False (the step
        then runs from its start, every answer proposed) where another step has since changed
        what it answered: nothing typed since is undone."""
        touched = {key for key in set(start) | set(end) if start.get(key) != end.get(key)}
        if any(self.data.get(key) != end.get(key) for key in touched):
            return False
        self._start, self.record = copy.deepcopy(start), list(record)
        return self.back()

    @property
    def answers(self) -> tuple[dict[str, Any], list[Any], dict[str, Any]]:
        """What `back_into` needs to return to this step's last question later."""
        return self._start, list(self.record), copy.deepcopy(self.data)


@dataclass
class _Muted(Terminal):
    """A terminal that says nothing: the questions answered again when going back."""

    inner: Any = None

    def say(self, text: str = "", style: Style = Style.PLAIN) -> None:
        pass

    def ask(self, question: Question) -> Any:
        return self.inner.ask(question)


def _choice_labels(question: Question) -> list[tuple[Any, str]]:
    if question.kind is Kind.YESNO:
        return [(True, _("Yes")), (False, _("No"))]
    return list(question.choices) if question.kind is Kind.CHOICE else []


def _replayed(question: Question) -> Any:
    """The answer a question already answered gives again: what it shows as its default."""
    if question.kind in (Kind.TEXT, Kind.LONG):
        return "" if question.default is None else str(question.default).strip()
    return question.default
