"""Pydantic's validation errors in plain words, each located in the file where it can be.

One path from pydantic errors to problems for case files, State profiles and the wizard's answers.
"""

from __future__ import annotations

import re
import typing
from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel, ValidationError

from mla_writer.errors import Problem
from mla_writer.i18n import N_, UserText, _
from mla_writer.model import ASSISTANCE_TYPES, LetterOfRequest
from mla_writer.model.dates import impossible_day
from mla_writer.suggestions import closest
from mla_writer.yamlfile import Located, Path_, field_path


def validation_problems(
    error: ValidationError,
    data: Any,
    located: Located | None = None,
    root: type[BaseModel] = LetterOfRequest,
) -> list[Problem]:
    """The problems of a validation error in plain language, located in the file when `located`
    is given, sorted by line. Serves case files, State profiles and the wizard's answers alike."""
    located = located if located is not None else Located()
    return sorted(_problems(error, data, located, root), key=lambda p: (p.line or 0, p.column or 0))


_BRANCH = re.compile(r"^(list|dict|literal|function-\w+)\[|^[A-Z]\w*$")
"""How pydantic names the branch of a union it tried: `list[PriorContact]`, `NoneWithReason`,
`literal['none']`."""


Branch = tuple[tuple[Any, ...], str, Any]
"""A union branch in an error location: (location before it, branch name, the value there)."""


def _fits(branch: str, value: Any) -> bool:
    """Whether a union branch is the one the value's shape asks for."""
    if isinstance(value, list):
        return branch.startswith("list[")
    if isinstance(value, dict):
        return branch[0].isupper() or branch.startswith("dict[")
    return not (branch.startswith("list[") or branch.startswith("dict[") or branch[0].isupper())


def _chosen_branches(tried_per_error: list[list[Branch]]) -> dict[tuple[Any, ...], str]:
    """For each union that failed, the one branch whose errors are worth reporting: the branch
    the value's shape asks for (a list, a mapping, a word), then the one with fewest errors —
    not three messages, two of them about shapes the user never wrote."""
    tried: dict[tuple[Any, ...], dict[str, int]] = {}
    values: dict[tuple[Any, ...], Any] = {}
    for branches in tried_per_error:
        for where, branch, value in branches:
            counts = tried.setdefault(where, {})
            counts[branch] = counts.get(branch, 0) + 1
            values[where] = value
    chosen = {}
    for where, counts in tried.items():
        fitting = [b for b in counts if _fits(b, values[where])] or list(counts)
        chosen[where] = min(fitting, key=lambda branch: counts[branch])
    return chosen


def _resolve(loc: tuple[Any, ...], data: Any) -> tuple[Path_, Any, list[Branch]]:
    """Map a pydantic error location onto the data, dropping the tags pydantic inserts, and
    say which union branches the location went through."""
    path: list[str | int] = []
    branches: list[Branch] = []
    current = data
    for index, part in enumerate(loc):
        if (isinstance(current, dict) and part in current) or (
            isinstance(current, list) and isinstance(part, int) and part < len(current)
        ):
            path.append(part)
            current = current[part]
        elif isinstance(current, dict) and isinstance(part, str) and current.get("type") == part:
            continue  # the discriminated union's tag
        elif isinstance(part, str) and _BRANCH.match(part):
            branches.append((loc[:index], part, current))  # the branch of a union it tried
        else:
            path.append(part)
            current = None
    return tuple(path), current, branches


def _unwrap_models(annotation: Any) -> list[type[BaseModel]]:
    """The pydantic models an annotation can hold (through Optional, list, Annotated, unions)."""
    origin = typing.get_origin(annotation)
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    if origin is typing.Annotated:
        return _unwrap_models(typing.get_args(annotation)[0])
    found: list[type[BaseModel]] = []
    for arg in typing.get_args(annotation):
        found.extend(_unwrap_models(arg))
    return found


def _pick(candidates: list[type[BaseModel]], current: Any) -> type[BaseModel] | None:
    if len(candidates) == 1:
        return candidates[0]
    if isinstance(current, dict):
        tagged = ASSISTANCE_TYPES.get(str(current.get("type")))
        return tagged if tagged in candidates else None
    return None


def model_at(
    path: Path_, data: Any, root: type[BaseModel] = LetterOfRequest
) -> type[BaseModel] | None:
    """The model class that describes the mapping at `path` (in a `root` document)."""
    candidates: list[type[BaseModel]] = [root]
    current = data
    for part in path:
        if isinstance(part, int):
            in_range = isinstance(current, list) and part < len(current)
            current = current[part] if in_range else None
            continue
        model = _pick(candidates, current)
        if model is None or part not in model.model_fields:
            return None
        candidates = _unwrap_models(model.model_fields[part].annotation)
        current = current.get(part) if isinstance(current, dict) else None
    return _pick(candidates, current)


_MESSAGES = {
    "missing": N_("this field is required here."),
    "string_type": N_("should be text."),
    "list_type": N_(
        "should be a list: one entry per line, each starting with “- ” (or `none` where allowed)."
    ),
    "model_type": N_("should be a group of “field: value” lines, indented below this one."),
    "dict_type": N_("should be a group of “field: value” lines, indented below this one."),
    "model_attributes_type": N_(
        "should be a group of “field: value” lines, indented below this one."
    ),
    "bool_type": N_("should be true or false."),
    "bool_parsing": N_("should be true or false."),
    "int_type": N_("should be a whole number."),
    "int_parsing": N_("should be a whole number."),
    "decimal_parsing": N_(
        "should be a number such as 125000.50, without currency sign or thousands separators."
    ),
    "decimal_type": N_(
        "should be a number such as 125000.50, without currency sign or thousands separators."
    ),
    "greater_than_equal": N_("cannot be negative."),
    "date_type": N_("should be a date written year-month-day, e.g. 2026-03-14."),
    "date_parsing": N_("should be a date written year-month-day, e.g. 2026-03-14."),
    "date_from_datetime_parsing": N_("should be a date written year-month-day, e.g. 2026-03-14."),
    "date_from_datetime_inexact": N_("should be a date without a time, e.g. 2026-03-14."),
    "datetime_type": N_(
        "should be a date and time with its time zone, e.g. 2026-03-04T10:22:00+02:00."
    ),
    "datetime_parsing": N_(
        "should be a date and time with its time zone, e.g. 2026-03-04T10:22:00+02:00."
    ),
    "datetime_from_date_parsing": N_(
        "should be a date and time with its time zone, e.g. 2026-03-04T10:22:00+02:00."
    ),
    "string_too_long": N_(
        "is too long (at most %(max_length)s characters). Put long documents in an annex."
    ),
}


def _problems(
    error: ValidationError, data: Any, located: Located, root: type[BaseModel] = LetterOfRequest
) -> Iterator[Problem]:
    seen: set[tuple[Path_, str]] = set()
    resolved = [(item, *_resolve(item["loc"], data)) for item in error.errors(include_url=False)]
    chosen = _chosen_branches([branches for *_rest, branches in resolved])
    for item, path, value, branches in resolved:
        if any(chosen[where] != branch for where, branch, _v in branches):
            continue
        kind = item["type"]
        ctx = item.get("ctx") or {}
        if (path, kind) in seen:
            continue
        seen.add((path, kind))
        on_key = kind == "extra_forbidden"
        line, column = located.where(path, key=on_key)
        message = error_message(kind, ctx, path, value, data, root)
        yield Problem(message, field_path(path), line, column)


def _shown(value: Any) -> str:
    text = str(value)
    return text if len(text) <= 60 else text[:57] + "..."


def error_message(
    kind: str,
    ctx: dict[str, Any],
    path: Path_,
    value: Any,
    data: Any,
    root: type[BaseModel] = LetterOfRequest,
) -> str:
    """What a pydantic error of `kind` at `path` means, in plain words, with a fix."""
    if kind == "value_error" and isinstance(ctx.get("error"), UserText | ValueError):
        return str(ctx["error"])
    if kind == "extra_forbidden":
        return _unknown_field(path, data, root)
    if kind in ("union_tag_invalid", "union_tag_not_found"):
        return _unknown_kind(str(ctx.get("tag", "")))
    if kind in ("enum", "literal_error"):
        return _not_a_choice(str(ctx.get("expected", "")), value)
    if kind == "string_pattern_mismatch":
        if path and path[-1] == "currency":
            return _("should be a three-letter currency code in capitals, e.g. EUR, USD, MDL.")
        return _(
            "should be a short key of letters, digits, “.”, “_” or “-”, without spaces "
            "(e.g. ivanov), got “%(value)s”."
        ) % {"value": _shown(value)}
    if kind == "string_type" and isinstance(value, dict) and len(value) == 1:
        return _colon_in_text(value)
    if kind.startswith("date") and isinstance(value, str) and (impossible := impossible_day(value)):
        return str(impossible)  # 2027-02-30 has the form of a date: the day does not exist
    template = _MESSAGES.get(kind)
    if template:
        message = _(template) % ctx if "%(" in template else _(template)
        if value is not None and kind not in ("missing", "string_too_long"):
            message += " " + _("(found: “%(value)s”)") % {"value": _shown(value)}
        return message
    return str(ctx.get("error") or kind)


def _colon_in_text(value: dict[Any, Any]) -> str:
    """Text such as `Str. Independenței No: 7` that YAML read as a field and its value."""
    ((key, rest),) = value.items()
    text = f"{key}: {rest}" if rest is not None else f"{key}:"
    return _(
        "should be text, but the “: ” in it made it read as a field and its value. Put the "
        'whole text in quotes: "%(text)s"'
    ) % {"text": _shown(text)}


def _unknown_field(path: Path_, data: Any, root: type[BaseModel]) -> str:
    key = str(path[-1])
    model = model_at(path[:-1], data, root)
    allowed = sorted(model.model_fields) if model else []
    if path[-1] == "type":
        allowed = []
    suggestion = closest(key, allowed)
    if suggestion:
        return _("unknown field “%(key)s”: did you mean “%(suggestion)s”?") % {
            "key": key,
            "suggestion": suggestion,
        }
    return _("unknown field “%(key)s”. The fields allowed here are: %(allowed)s.") % {
        "key": key,
        "allowed": ", ".join(allowed),
    }


def _unknown_kind(tag: str) -> str:
    kinds = sorted(ASSISTANCE_TYPES)
    suggestion = closest(tag, kinds) if tag else ""
    if suggestion:
        return _("“type: %(tag)s” is not a kind of assistance: did you mean “%(suggestion)s”?") % {
            "tag": tag,
            "suggestion": suggestion,
        }
    return _("each item of assistance needs a “type:”, one of: %(kinds)s.") % {
        "kinds": ", ".join(kinds)
    }


def _not_a_choice(expected: str, value: Any) -> str:
    expected = expected.replace("'", "")
    choices = [c.strip() for c in expected.replace(" or ", ", ").split(",") if c.strip()]
    suggestion = closest(str(value), choices)
    hint = _(" Did you mean “%(suggestion)s”?") % {"suggestion": suggestion} if suggestion else ""
    return (
        _("“%(value)s” is not allowed here; write one of: %(expected)s.")
        % {
            "value": _shown(value),
            "expected": ", ".join(choices),
        }
        + hint
    )
