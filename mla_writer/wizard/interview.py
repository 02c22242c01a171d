"""The mechanics of an interview: answers stored by field path, per-field validation, repeatable
groups, and re-asking only the fields a finding points at.

The answers live in `data`, the case file as plain JSON-like data (what `LetterOfRequest`
validates). A question is identified by its path in that data, e.g. `("persons", 1, "name")`;
findings name fields the same way (`persons[2].name`), which is how a failed step re-asks exactly
the wrong fields. Step functions (steps.py) are re-run with `only` set to those fields: every
question outside them returns its current answer without asking.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import typing
from collections.abc import Callable, Iterator, Sequence
from enum import StrEnum
from functools import cache
from typing import Any

from pydantic import BaseModel, TypeAdapter, ValidationError

from mla_writer.fieldpath import FieldPath
from mla_writer.foreign.language import answer_language
from mla_writer.i18n import _, ui_language
from mla_writer.model import LetterOfRequest
from mla_writer.model.contact_details import PHONE_FIELDS, localise_phone, phone_region
from mla_writer.model.dates import impossible_day, spoken_date, typed_day
from mla_writer.places import language_name
from mla_writer.validation import error_message, model_at

# One explanation of a wrong value, one notion of which model a path is in, for case files and
# typed answers alike
from mla_writer.wizard.forms import LIST_FORM, NAMES_FORM, field_form
from mla_writer.wizard.retrace import ITEM, MORE, Path_, Retracing
from mla_writer.wizard.terminal import Kind, Question, Style, Terminal, Validator, plain


class Interview(Retracing):
    """Asks questions into `data`, saving through `on_change` after every answer."""

    def __init__(
        self,
        terminal: Terminal,
        data: dict[str, Any],
        on_change: Callable[[dict[str, Any]], None] = lambda data: None,
        *,
        root: type[BaseModel] | None = None,
    ) -> None:
        self.root = root or LetterOfRequest
        self.data = data
        self.on_change = on_change
        self.only: list[FieldPath] | None = None
        self.asked = 0
        self.pending: tuple[Question, Callable[[str], None]] | None = None
        # what the checklist says of a field just answered, given the others (set by the wizard)
        self.field_check: Callable[[Path_], str | None] = lambda path: None
        # whether the checklist needs the field, given the others (set by the wizard)
        self.field_required: Callable[[Path_], bool] = lambda path: False
        super().__init__(terminal)

    # ------------------------------------------------------------------ data by path

    def put(self, path: Path_, value: Any) -> None:
        """Store an answer; an empty one removes the field, so that it counts as unanswered."""
        empty = value is None or value == "" or value == []
        current: Any = self.data
        for index, part in enumerate(path[:-1]):
            following = path[index + 1]
            blank: Any = [] if isinstance(following, int) else {}
            if isinstance(part, int):
                while len(current) <= part:
                    current.append({})
                if not isinstance(current[part], type(blank)):
                    current[part] = blank
                current = current[part]
            else:
                if not isinstance(current.get(part), type(blank)):
                    if empty:
                        return
                    current[part] = blank
                current = current[part]
        last = path[-1]
        if isinstance(last, int):
            while len(current) <= last:
                current.append({})
            current[last] = value
        elif empty:
            current.pop(last, None)
        else:
            current[last] = value
        self.on_change(self.data)

    def remove_item(self, path: Path_) -> None:
        container = self.get(path[:-1])
        if isinstance(container, list) and isinstance(path[-1], int):
            del container[path[-1]]
            self.on_change(self.data)

    # ------------------------------------------------------------------ which questions to ask

    def wanted(self, path: Path_) -> bool:
        """Whether a question is asked on this run: always, unless re-asking particular fields."""
        if self.only is None:
            return True
        asked = FieldPath.from_loc(path)
        return any(wrong.covers(asked) or asked.covers(wrong) for wrong in self.only)

    # ------------------------------------------------------------------ questions

    def _ask(self, question: Question, *, steering: bool = False, path: Path_ = ()) -> Any:
        if self.surveyed is not None:
            return self._survey_answer(question, steering, path)
        self.live = not self._replay
        if self._replay:
            answer = self._replay.pop(0)
        else:
            if self._proposed:  # the question gone back to: its earlier answer proposed
                earlier = self._proposed.pop()
                question.default = earlier if earlier not in ("", None) else question.default
            self.asked += 1
            answer = self._terminal.ask(question)
        self.record.append(answer)
        return answer

    def text(
        self,
        path: Path_,
        message: str,
        *,
        help: str | None = None,
        long: bool = False,
        required: bool = False,
        default: str | None = None,
        check: Validator | None = None,
        current: Any = None,
    ) -> Any:
        """A text answer, checked against the model's type for that field as it is typed
        (and by `check`, for what the type alone cannot say); `current`: the answer as it was
        typed, where the field alone does not hold all of it."""
        current = current or self.get(path)
        if not self.wanted(path):
            return current
        required = required or self.field_required(path)
        shown = current if current is not None else default
        adapter = field_adapter(self._model_path(path), path[-1])
        is_date = _is_date_field(self._model_path(path), path[-1])
        region = self._phone_region(path)
        question = Question(
            Kind.LONG if long else Kind.TEXT,
            message,
            help=help if help is not None else self.help_for(path),
            default=_shown(shown),
            validate=_text_validator(adapter, required, is_date, check, region),
            form=field_form(self._model_path(path), path[-1], is_date=is_date),
            optional=not required,
        )

        def store(typed: str) -> None:
            answer = day_first_to_iso(typed) if is_date and typed else typed
            answer = localise_phone(answer, region) if region and answer else answer
            stored = _normalised(adapter, answer) if answer else None
            shown_back = _read_as(typed, stored)
            if shown_back and self.live:  # "14.10.2026" read as 14 October 2026: say so
                self.terminal.say(_("Read as: %(value)s") % {"value": shown_back}, Style.HELP)
            self.put(path, stored)

        self.pending = (question, store)  # what to do with a half-typed answer on Ctrl-C
        answer = self._ask(question, path=path)
        self.pending = None
        store(answer)
        if self.live:
            expected = self.get(("language", "original")) or self.get(("language", "letter"))
            note_language(self.terminal, answer, expected)
        problem = self.field_check(path) if answer and self.surveyed is None else None
        if problem:  # with the fields answered before ("ends before it starts"): say it now
            self.terminal.say(problem, Style.ERROR)
            question.default = answer
            self.record.pop()  # the answer asked again replaces it (Ctrl-P: the field before)
            self.pending = (question, store)
            store(self._ask(question, path=path))  # once: the point's check repeats it
            self.pending = None
        return self.get(path)

    def _phone_region(self, path: Path_) -> str | None:
        """For a telephone field, the State its national numbers belong to, as case files read
        them: the requested State for the addressee, the requesting State otherwise."""
        if path[-1] not in PHONE_FIELDS:
            return None
        state = self.get(("requested_state",) if path[0] == "addressee" else ("requesting_state",))
        return phone_region(state)

    @contextlib.contextmanager
    def together(self) -> Iterator[None]:
        """Answers stored in several steps saved once, when all are stored (a draft on disk is
        not rewritten for a state the user never gave)."""
        on_change, self.on_change = self.on_change, lambda data: None
        try:
            yield
        finally:
            self.on_change = on_change
            on_change(self.data)

    def keep_half_typed(self, typed: str) -> str | None:
        """Ctrl-C in the middle of a text answer: store what was typed if it is acceptable;
        else the reason it is not (the caller shows it with the text, so nothing is lost)."""
        if self.pending is None or not typed.strip():
            return None
        question, store = self.pending
        self.pending = None
        problem = question.validate(typed.strip()) if question.validate else None
        if problem is None:
            store(typed.strip())
        return problem

    def listed(
        self,
        path: Path_,
        message: str,
        *,
        help: str | None = None,
        default: Sequence[str] = (),
    ) -> list[str]:
        """A short list typed on one line, separated by commas (States, languages)."""
        current = self.get(path) or list(default)
        if not self.wanted(path):
            return current
        adapter = field_adapter(self._model_path(path), path[-1])

        def validate(text: str) -> str | None:
            return _problem(adapter, _split(text))

        answer = self._ask(
            Question(
                Kind.TEXT,
                message,
                help=help if help is not None else self.help_for(path),
                default=", ".join(str(v) for v in current),
                validate=validate,
                form=_(NAMES_FORM),
                optional=True,
            ),
            path=path,
        )
        self.put(path, _normalised(adapter, _split(answer)))
        return self.get(path) or []

    def lines(
        self,
        path: Path_,
        message: str,
        *,
        help: str | None = None,
        required: bool = False,
        titled: str | None = None,
    ) -> list[Any]:
        """A list typed as lines of one answer, one entry per line (as a text of several
        paragraphs is typed: Esc, then Enter, ends it). `titled`: the entries are records
        named by that field (annexes by their titles), each line one record's name; a record
        still named keeps its other fields."""
        current = list(self.get(path) or [])
        if not self.wanted(path):
            return current
        required = required or self.field_required(path)
        item_adapter = list_item_adapter(self._model_path(path), path[-1])
        if titled:
            records = {str(r.get(titled)): r for r in current if isinstance(r, dict)}
            current = list(records)
            item = list_item_type(self._model_path(path), path[-1])
            item_adapter = field_adapter(item if _is_model(item) else None, titled)
        each = _field_validator(item_adapter, required=False)

        def validate(text: str) -> str | None:
            if not text.strip():
                return _("An answer is needed here.") if required else None
            return next(filter(None, (each(line) for line in _entries(text))), None)

        answer = self._ask(
            Question(
                Kind.LONG,
                message,
                help=help if help is not None else self.help_for(path),
                default="\n".join(str(entry) for entry in current) or None,
                validate=validate,
                form=_(LIST_FORM),
                optional=not required,
            ),
            path=path,
        )
        entries = [_normalised(item_adapter, entry) for entry in _entries(answer or "")]
        if titled:
            entries = [records.get(entry) or {titled: entry} for entry in entries]
        self.put(path, entries)
        return self.get(path) or []

    def yesno(
        self, path: Path_, message: str, *, help: str | None = None, default: bool | None = None
    ) -> bool | None:
        current = self.get(path)
        if not self.wanted(path):
            return current
        answer = self._ask(
            Question(
                Kind.YESNO,
                message,
                help=help if help is not None else self.help_for(path),
                default=current if current is not None else default,
            ),
            path=path,
        )
        self.put(path, answer)
        return answer

    def choice(
        self,
        path: Path_,
        message: str,
        choices: Sequence[tuple[Any, str]],
        *,
        help: str | None = None,
        default: Any = None,
        store: Callable[[Any], Any] | None = None,
    ) -> Any:
        """A menu; `store` turns the value picked into the one the case file keeps (and the
        default is then a value of the menu, which the stored one does not say alone)."""
        current = self.get(path)
        if not self.wanted(path):
            return default if store else current
        answer = self._ask(
            Question(
                Kind.CHOICE,
                message,
                help=help if help is not None else self.help_for(path),
                default=current if current is not None and store is None else default,
                choices=choices,
            ),
            path=path,
        )
        self.put(path, store(answer) if store else answer)
        return answer

    def control(
        self,
        path: Path_,
        message: str,
        choices: Sequence[tuple[Any, str]],
        *,
        default: Any,
        help: str = "",
    ) -> Any:
        """A question that steers the interview but is not itself stored in the case file."""
        if not self.wanted(path):
            return default
        return self._ask(
            Question(Kind.CHOICE, message, help=help, default=default, choices=choices),
            steering=True,
            path=path,
        )

    def group(
        self,
        path: Path_,
        ask_item: Callable[[Path_], None],
        *,
        describe: Callable[[dict[str, Any], int], str],
        add_first: str | None,
        add_another: str,
        more_default: Callable[[], bool] = lambda: False,
    ) -> None:
        """A repeatable group: go through the existing items (keep, change or remove each),
        then offer to add another. With `add_first` None, the first item is asked at once."""
        index = 0
        while True:
            items = self.get(path)
            items = items if isinstance(items, list) else []
            if index < len(items):
                what = self.control(
                    (*path, index, ITEM),
                    describe(items[index], index),
                    [
                        ("keep", _("Keep it as it is")),
                        ("change", _("Go through its answers again")),
                        ("remove", _("Remove it")),
                    ],
                    default="keep" if self.only is None else "change",
                )
                if what == "remove":
                    self.remove_item((*path, index))
                    continue
                if what == "change":
                    ask_item((*path, index))
                index += 1
                continue
            surveying = self.surveyed is not None  # a survey lists items, it adds none
            if index == 0 and add_first is None and self.wanted(path) and not surveying:
                ask_item((*path, index))
                index += 1
                continue
            more = self.control(
                (*path, MORE),
                add_first if index == 0 and add_first else add_another,
                [(True, _("Yes")), (False, _("No"))],
                default=more_default(),
            )
            if not more:
                return
            ask_item((*path, index))
            index += 1

    # ------------------------------------------------------------------ help from the model

    def _model_path(self, path: Path_) -> type[BaseModel] | None:
        """The model class whose field the last part of `path` is."""
        return model_at(path[:-1], self.data, self.root)

    def help_for(self, path: Path_) -> str:
        """The field's own description in the model (its docstring), translated."""
        model = self._model_path(path)
        name = path[-1]
        if model is None or not isinstance(name, str) or name not in model.model_fields:
            return ""
        description = model.model_fields[name].description
        return plain(_(description)) if description else ""


def note_language(terminal: Terminal, answer: str, expected: Any) -> None:
    """A sentence typed in another language than the answers' (point 1): one line, as it is
    typed, so that a Romanian sentence does not go unremarked into an English letter."""
    found = answer_language(answer) if expected else None
    if found is None or found == expected:
        return
    terminal.say(
        _(
            "This answer looks like %(found)s, but your answers are in %(expected)s: the "
            "letter shows it as typed. Retype it in %(expected)s, or change the language "
            "of your answers (point 1)."
        )
        % {
            "found": language_name(found, ui_language()),
            "expected": language_name(str(expected), ui_language()),
        },
        Style.WARNING,
    )


def _entries(text: str) -> list[str]:
    """The entries of a list typed one per line (empty lines skipped)."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.replace(";", ",").split(",") if part.strip()]


def _shown(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


# ---------------------------------------------------------------------- per-field validation


def field_adapter(model: type[BaseModel] | None, name: str | int) -> TypeAdapter[Any] | None:
    if model is None or not isinstance(name, str) or name not in model.model_fields:
        return None
    return _adapter(model, name)


@cache
def _adapter(model: type[BaseModel], name: str) -> TypeAdapter[Any]:
    info = model.model_fields[name]
    annotation: Any = info.annotation
    if info.metadata:
        annotation = typing.Annotated[(annotation, *info.metadata)]
    return TypeAdapter(annotation)


def list_item_type(model: type[BaseModel] | None, name: str | int) -> Any:
    """For a `list[X]` field, X (None for another field)."""
    if model is None or not isinstance(name, str) or name not in model.model_fields:
        return None
    annotation = model.model_fields[name].annotation
    for candidate in (annotation, *typing.get_args(annotation)):
        if typing.get_origin(candidate) is list:
            return typing.get_args(candidate)[0]
    return None


def list_item_adapter(model: type[BaseModel] | None, name: str | int) -> TypeAdapter[Any] | None:
    """For a `list[X]` field, an adapter for one X."""
    item = list_item_type(model, name)
    return None if item is None else TypeAdapter(item)


def _is_model(kind: Any) -> bool:
    return isinstance(kind, type) and issubclass(kind, BaseModel)


def _problem(adapter: TypeAdapter[Any] | None, value: Any) -> str | None:
    if adapter is None:
        return None
    try:
        adapter.validate_python(value)
    except ValidationError as error:
        item = error.errors(include_url=False)[0]
        return error_message(item["type"], item.get("ctx") or {}, (), value, {})
    return None


def _normalised(adapter: TypeAdapter[Any] | None, value: Any) -> Any:
    """The answer as the case file stores it: `Turkey` becomes `TR`, `English` becomes `en`."""
    if adapter is None:
        return value
    try:
        return adapter.dump_python(adapter.validate_python(value), mode="json")
    except ValidationError:
        return value  # kept as typed; the step's check explains what is wrong


def _both(first: Validator, then: Validator, adapter: TypeAdapter[Any] | None) -> Validator:
    """`then` sees the normalised answer (`English` as `en`), and only if `first` accepts it."""

    def validate(text: str) -> str | None:
        problem = first(text)
        if problem is not None or not text:
            return problem
        return then(str(_normalised(adapter, text)))

    return validate


def _text_validator(
    adapter: TypeAdapter[Any] | None,
    required: bool,
    is_date: bool,
    check: Validator | None,
    region: str | None,
) -> Validator:
    """The check of a typed answer: the field's type, any form of a day for a date, `check`,
    and a telephone number without its country code read as one of `region`."""
    validate = _field_validator(adapter, required=required)
    if is_date:
        validate = _accepting_day_first(validate)
    if check is not None:
        validate = _both(validate, check, adapter)
    if region is not None:
        validate = _localising(validate, region)
    return validate


def _localising(validate: Validator, region: str) -> Validator:
    return lambda text: validate(localise_phone(text, region) if text else text)


def _field_validator(adapter: TypeAdapter[Any] | None, *, required: bool) -> Validator:
    def validate(text: str) -> str | None:
        if not text:
            return _("An answer is needed here.") if required else None
        return _problem(adapter, text)

    return validate


_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _read_as(typed: Any, stored: Any) -> str | None:
    """How a date or a telephone number typed in another form was read, for the user to see;
    None when it is stored as typed (or is neither)."""
    if not isinstance(typed, str) or not isinstance(stored, str) or typed.strip() == stored:
        return None
    if _ISO_DAY.match(stored):
        return spoken_date(dt.date.fromisoformat(stored))
    if stored.startswith("+"):
        return stored
    return None


def day_first_to_iso(text: str) -> str:
    """Accept 22.01.1988 or 22/01/1988 (day first, as written in much of the world) for
    1988-01-22, read as the case files read them (model.dates)."""
    day = typed_day(text)
    return day.isoformat() if day else text


def _accepting_day_first(validate: Validator) -> Validator:
    """Any form of a day the case files accept; a day that does not exist said as such."""

    def check(text: str) -> str | None:
        impossible = impossible_day(text)
        return str(impossible) if impossible else validate(day_first_to_iso(text))

    return check


def _is_date_field(model: type[BaseModel] | None, name: str | int) -> bool:
    if model is None or not isinstance(name, str) or name not in model.model_fields:
        return False
    annotation = model.model_fields[name].annotation
    return dt.date in (annotation, *typing.get_args(annotation))


def enum_choices(enum: type[StrEnum], labels: dict[str, str]) -> list[tuple[str, str]]:
    return [(member.value, _(labels.get(member.value, member.value))) for member in enum]
