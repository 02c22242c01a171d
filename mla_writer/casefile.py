"""YAML case files: safe loading with a line number for every problem, saving, atomic writes.

Loading is strict about shape and forgiving about style:
- only plain YAML data: no anchors/aliases, no custom tags, no duplicate keys;
- scalars stay text unless they are `null`/`true`/`false` (so `NO` stays Norway, `1.10` stays
  `1.10`, `0417` keeps its zero); the model converts text to dates and numbers where it expects them;
- every problem is reported at once, each with file, line, column, field path and a way to fix it.
"""

from __future__ import annotations

import difflib
import errno
import os
import re
import tempfile
import typing
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from mla_writer.errors import (
    CaseFileError,
    EnvironmentProblem,
    MlaError,
    OutputExistsError,
    Problem,
)
from mla_writer.fieldpath import FieldPath
from mla_writer.i18n import N_, UserText, _
from mla_writer.inputs import InputProblem, TooLarge, read_limited
from mla_writer.model import ASSISTANCE_TYPES, LetterOfRequest

MAX_CASE_FILE_BYTES = 2 * 1024 * 1024  # a complete case with long statements is ~50 KB
MAX_NESTING = 40
MAX_PARSE_DEPTH = 200  # beyond this the YAML composer's recursion can crash Python (segfault)

_Loader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

Path_ = tuple[str | int, ...]

_PLAIN_TAGS = {
    f"tag:yaml.org,2002:{name}"
    for name in ("str", "int", "float", "bool", "null", "timestamp", "map", "seq")
}


class _Located:
    """Parsed YAML data plus where each value (and each key) stands in the file."""

    def __init__(self) -> None:
        self.values: dict[Path_, tuple[int, int]] = {}
        self.keys: dict[Path_, tuple[int, int]] = {}
        self.spans: list[tuple[tuple[int, int], tuple[int, int], Path_]] = []
        """Where each text value starts and ends (line, column), to name the field at a position."""
        self.problems: list[Problem] = []

    def field_at(self, line: int, column: int) -> str:
        """The field whose value holds the character at (line, column), if any."""
        for start, end, path in self.spans:
            if start <= (line, column) < end:
                return field_path(path)
        return ""

    def where(self, path: Path_, *, key: bool = False) -> tuple[int | None, int | None]:
        """Line and column of `path`, or of its nearest ancestor present in the file."""
        table = self.keys if key else self.values
        for depth in range(len(path), -1, -1):
            prefix = path[:depth]
            if prefix in table:
                return table[prefix]
            if prefix in self.values:
                return self.values[prefix]
        return None, None


def field_path(path: Path_) -> str:
    """`("assistance", 1, "relevance")` -> `assistance[2].relevance` (items counted from 1)."""
    return str(FieldPath.from_loc(path))


# --------------------------------------------------------------------------- reading


def read_case_text(path: Path) -> str:
    """Read a case file's text, refusing what is too large, not a regular file, not text, or
    not UTF-8."""
    try:
        data = read_limited(path, MAX_CASE_FILE_BYTES)
    except TooLarge as error:
        raise CaseFileError(
            path,
            [
                Problem(
                    _(
                        "is %(size)s MB; case files are limited to %(limit)s MB. Put long documents "
                        "in annexes and refer to them instead of pasting them in."
                    )
                    % {
                        "size": f"{error.size / 1_048_576:.1f}",
                        "limit": MAX_CASE_FILE_BYTES // 1_048_576,
                    }
                )
            ],
        ) from None
    except InputProblem as error:
        raise CaseFileError(path, [Problem(error.message)]) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise CaseFileError(
            path,
            [
                Problem(
                    _(
                        "is not saved as UTF-8 text (unexpected byte at line %(line)s). Save it "
                        "again as “UTF-8” in your editor."
                    )
                    % {"line": line},
                    line=line,
                )
            ],
        ) from None
    if "\x00" in text:
        raise CaseFileError(path, [Problem(_("is not a text file (it contains binary data)."))])
    return text


def _too_deep_at(text: str) -> tuple[int, int] | None:
    """Where lists and mappings nest deeper than MAX_PARSE_DEPTH, found without recursion."""
    depth = 0
    try:
        for event in yaml.parse(text, Loader=_Loader):
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                start = event.start_mark
                if depth > MAX_PARSE_DEPTH and start is not None:
                    return start.line + 1, start.column + 1
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
    except yaml.MarkedYAMLError as error:
        # libyaml (PyYAML 6.0.4 and later) has a nesting limit of its own, met before ours on
        # deep flow collections: the same diagnosis, whichever layer notices first.
        mark = error.problem_mark or error.context_mark
        if mark is not None and "nesting depth" in (error.problem or ""):
            return mark.line + 1, mark.column + 1
        return None  # the composer reports it, with its position
    except yaml.YAMLError:
        return None  # the composer reports it, with its position
    return None


# Characters YAML refuses anywhere in a file (its reader stops with a position but no line).
_UNACCEPTABLE = re.compile(
    "[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"
)


def _control_characters(text: str) -> tuple[Any, _Located]:
    """Parse text holding characters YAML refuses: report each with its line, column and field."""
    data, located = parse_yaml(_UNACCEPTABLE.sub(" ", text))
    for match in _UNACCEPTABLE.finditer(text):
        line = text.count("\n", 0, match.start()) + 1
        column = match.start() - (text.rfind("\n", 0, match.start()) + 1) + 1
        located.problems.append(
            Problem(
                _(
                    "contains an invisible control character (%(code)s) that a case file cannot "
                    "hold. It usually comes from pasting text from another program (a line break "
                    "from Word, for instance): retype that part or delete the character."
                )
                % {"code": f"U+{ord(match.group()):04X}"},
                located.field_at(line, column),
                line,
                column,
            )
        )
    located.problems.sort(key=lambda p: (p.line or 0, p.column or 0))
    return data, located


def parse_yaml(text: str) -> tuple[Any, _Located]:
    """Parse YAML text into plain data and the position of every value. Never constructs objects."""
    if _UNACCEPTABLE.search(text):
        return _control_characters(text)
    located = _Located()
    too_deep = _too_deep_at(text)
    if too_deep:
        line, column = too_deep
        located.problems.append(
            Problem(_("is nested too deeply to be a case file."), "", line, column)
        )
        return None, located
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        if "quoted scalar" in (error.context or "") and error.context_mark is not None:
            # An unclosed quote breaks the parse far below it: point at the quote itself.
            start = error.context_mark
            located.problems.append(
                Problem(
                    _(
                        "a quotation mark opened here is never closed, so everything after it "
                        "was read as one text. Close the quote, or remove it."
                    ),
                    line=start.line + 1,
                    column=start.column + 1,
                )
            )
            return None, located
        at_line = mark.line + 1 if mark else None
        at_column = mark.column + 1 if mark else None
        located.problems.append(
            Problem(
                _(
                    "this is not valid YAML: %(problem)s. Check the indentation (spaces, not "
                    "tabs), that every “key: value” has a space after the colon, and that text "
                    "containing “: ” or starting with a quote or “-” is put in quotes."
                )
                % {"problem": error.problem or error.context or "syntax error"},
                line=at_line,
                column=at_column,
            )
        )
        return None, located
    except yaml.YAMLError as error:
        located.problems.append(Problem(_("this is not valid YAML: %(error)s") % {"error": error}))
        return None, located
    finally:
        loader.dispose()
    if node is None:
        return {}, located
    seen: set[int] = set()
    data = _to_data(node, (), located, seen, 0)
    return data, located


def _to_data(node: yaml.Node, path: Path_, located: _Located, seen: set[int], depth: int) -> Any:
    located.values[path] = (node.start_mark.line + 1, node.start_mark.column + 1)
    line, column = located.values[path]
    here = field_path(path)
    if depth > MAX_NESTING:
        located.problems.append(
            Problem(_("is nested too deeply to be a case file."), here, line, column)
        )
        return None
    if id(node) in seen:  # an alias (of a text value too): the composer hands back the same node
        # The node's own position is the anchor's; point at the field that uses the alias.
        line, column = located.keys.get(path) or located.values.get(path[:-1], (line, column))
        located.problems.append(
            Problem(
                _(
                    "uses a YAML alias (*name). Case files do not allow anchors and aliases: "
                    "write the value out in full."
                ),
                here,
                line,
                column,
            )
        )
        return None
    seen.add(id(node))
    if node.tag not in _PLAIN_TAGS:  # `!!python/object:...` is also under tag:yaml.org,2002:
        located.problems.append(
            Problem(
                _("uses the YAML tag “%(tag)s”; case files contain plain values only: remove it.")
                % {"tag": node.tag.replace("tag:yaml.org,2002:", "!!", 1)},
                here,
                line,
                column,
            )
        )
        return None
    if isinstance(node, yaml.MappingNode):
        mapping: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key_line, key_column = key_node.start_mark.line + 1, key_node.start_mark.column + 1
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag.endswith(":merge"):
                located.problems.append(
                    Problem(_("field names must be plain words."), here, key_line, key_column)
                )
                continue
            key = key_node.value
            child = (*path, key)
            if key in mapping:
                first = located.keys[child][0]
                located.problems.append(
                    Problem(
                        _(
                            "the field “%(key)s” appears twice (first at line %(first)s); "
                            "keep one and merge what they say."
                        )
                        % {"key": key, "first": first},
                        field_path(child),
                        key_line,
                        key_column,
                    )
                )
                continue
            located.keys[child] = (key_line, key_column)
            mapping[key] = _to_data(value_node, child, located, seen, depth + 1)
        return mapping
    if isinstance(node, yaml.SequenceNode):
        return [
            _to_data(item, (*path, index), located, seen, depth + 1)
            for index, item in enumerate(node.value)
        ]
    assert isinstance(node, yaml.ScalarNode)  # the loader makes no other kind of node
    value = node.value
    located.spans.append(((line, column), (node.end_mark.line + 1, node.end_mark.column + 1), path))
    if node.style is None:  # plain (unquoted) scalar: YAML 1.2 core null and booleans only
        if value in ("", "~", "null", "Null", "NULL"):
            return None
        if value in ("true", "True", "TRUE"):
            return True
        if value in ("false", "False", "FALSE"):
            return False
    return value


def load_case(path: Path | str) -> LetterOfRequest:
    """Load and validate a case file; raise CaseFileError listing every problem."""
    path = Path(path)
    return parse_case(read_case_text(path), path)


def parse_case(text: str, source: Path | str = "<case file>") -> LetterOfRequest:
    data, located = parse_yaml(text)
    if located.problems:
        raise CaseFileError(source, located.problems)
    if data == {}:
        raise CaseFileError(
            source,
            [
                Problem(
                    _(
                        "is empty: it holds no fields. Write your case into it, or start from "
                        "`mla example trafficking -o case.yaml`."
                    )
                )
            ],
        )
    if not isinstance(data, dict):
        raise CaseFileError(
            source,
            [
                Problem(
                    _(
                        "a case file is a list of “field: value” lines (reference:, "
                        "requested_state:, ...); this file holds something else. Start from "
                        "`mla example trafficking -o case.yaml`."
                    ),
                    line=1,
                )
            ],
        )
    try:
        return LetterOfRequest.model_validate(data)
    except ValidationError as error:
        problems = sorted(
            _problems(error, data, located), key=lambda p: (p.line or 0, p.column or 0)
        )
        raise CaseFileError(source, problems) from None


def validation_problems(
    error: ValidationError,
    data: Any,
    located: _Located | None = None,
    root: type[BaseModel] = LetterOfRequest,
) -> list[Problem]:
    """The problems of a validation error in plain language, located in the file when `located`
    is given, sorted by line. Serves case files, State profiles and the wizard's answers alike."""
    located = located if located is not None else _Located()
    return sorted(_problems(error, data, located, root), key=lambda p: (p.line or 0, p.column or 0))


# --------------------------------------------------------------------------- error messages


def _resolve(loc: tuple[Any, ...], data: Any) -> tuple[Path_, Any]:
    """Map a pydantic error location onto the data, dropping union tags pydantic inserts."""
    path: list[str | int] = []
    current = data
    for part in loc:
        if (isinstance(current, dict) and part in current) or (
            isinstance(current, list) and isinstance(part, int) and part < len(current)
        ):
            path.append(part)
            current = current[part]
        elif isinstance(current, dict) and isinstance(part, str) and current.get("type") == part:
            continue  # the discriminated union's tag
        else:
            path.append(part)
            current = None
    return tuple(path), current


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


def _suggest(word: str, choices: list[str]) -> str:
    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return close[0] if close else ""


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
    error: ValidationError, data: Any, located: _Located, root: type[BaseModel] = LetterOfRequest
) -> Iterator[Problem]:
    seen: set[tuple[Path_, str]] = set()
    for item in error.errors(include_url=False):
        path, value = _resolve(item["loc"], data)
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
    if kind == "value_error" and isinstance(ctx.get("error"), UserText | ValueError):
        return str(ctx["error"])
    if kind == "extra_forbidden":
        key = str(path[-1])
        model = model_at(path[:-1], data, root)
        allowed = sorted(model.model_fields) if model else []
        if path[-1] == "type":
            allowed = []
        suggestion = _suggest(key, allowed)
        if suggestion:
            return _("unknown field “%(key)s”: did you mean “%(suggestion)s”?") % {
                "key": key,
                "suggestion": suggestion,
            }
        return _("unknown field “%(key)s”. The fields allowed here are: %(allowed)s.") % {
            "key": key,
            "allowed": ", ".join(allowed),
        }
    if kind in ("union_tag_invalid", "union_tag_not_found"):
        kinds = sorted(ASSISTANCE_TYPES)
        tag = str(ctx.get("tag", ""))
        suggestion = _suggest(tag, kinds) if tag else ""
        if suggestion:
            return _(
                "“type: %(tag)s” is not a kind of assistance: did you mean “%(suggestion)s”?"
            ) % {
                "tag": tag,
                "suggestion": suggestion,
            }
        return _("each item of assistance needs a “type:”, one of: %(kinds)s.") % {
            "kinds": ", ".join(kinds)
        }
    if kind in ("enum", "literal_error"):
        expected = str(ctx.get("expected", "")).replace("'", "")
        choices = [c.strip() for c in expected.replace(" or ", ", ").split(",") if c.strip()]
        suggestion = _suggest(str(value), choices)
        hint = (
            _(" Did you mean “%(suggestion)s”?") % {"suggestion": suggestion} if suggestion else ""
        )
        return (
            _("“%(value)s” is not allowed here; write one of: %(expected)s.")
            % {
                "value": _shown(value),
                "expected": ", ".join(choices),
            }
            + hint
        )
    if kind == "string_pattern_mismatch":
        if path and path[-1] == "currency":
            return _("should be a three-letter currency code in capitals, e.g. EUR, USD, MDL.")
        return _(
            "should be a short key of letters, digits, “.”, “_” or “-”, without spaces "
            "(e.g. ivanov), got “%(value)s”."
        ) % {"value": _shown(value)}
    template = _MESSAGES.get(kind)
    if template:
        message = _(template) % ctx if "%(" in template else _(template)
        if value is not None and kind not in ("missing", "string_too_long"):
            message += " " + _("(found: “%(value)s”)") % {"value": _shown(value)}
        return message
    return str(ctx.get("error") or kind)


# --------------------------------------------------------------------------- writing


class _Dumper(yaml.SafeDumper):
    pass


def _represent_text(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    if "\x85" in value:
        # NEXT LINE is a line break to a YAML reader, which turns it into a space or a newline
        # anywhere but in double quotes, where the dumper writes it as the escape \N.
        style: str | None = '"'
    else:
        style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _represent_text)

CASE_FILE_HEADER = N_(
    "# mla-writer case file: a request for mutual legal assistance.\n"
    "# Check it with `mla check FILE`; `mla schema` describes every field.\n"
)


def dump_case(request: LetterOfRequest) -> str:
    """The case file's YAML text (UTF-8, dates ISO 8601, long texts as blocks)."""
    data = request.model_dump(mode="json", exclude_defaults=True)
    data = {"schema_version": request.schema_version, **data}
    body = yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100, indent=2)
    return _(CASE_FILE_HEADER) + body


def atomic_write(path: Path, content: bytes, *, force: bool = False, mode: int = 0o644) -> None:
    """Write `content` to `path` completely or not at all; never replace a file unless `force`."""
    path = Path(path)
    if os.path.lexists(path) and not force:  # a dangling link is in the way too
        raise OutputExistsError(path)
    if path.is_dir():
        raise MlaError(
            _("%(path)s is a folder; give the name of a file to write.") % {"path": path}
        )
    if path.is_symlink():
        path = Path(os.path.realpath(path))  # replace what the link points to, keep the link
    directory = path.parent if str(path.parent) else Path(".")
    try:
        directory.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    except FileExistsError as error:  # a file stands where a folder of the path should be
        blocked = OSError(errno.ENOTDIR, error.strerror, error.filename)
        raise EnvironmentProblem(blocked, error.filename or directory) from None
    except OSError as error:
        raise EnvironmentProblem(error, error.filename or directory) from None
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(content)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise EnvironmentProblem(error, path) from None
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def save_case(request: LetterOfRequest, path: Path, *, force: bool = False) -> None:
    """Save a case file readable by its owner only: it holds personal data."""
    atomic_write(Path(path), dump_case(request).encode("utf-8"), force=force, mode=0o600)
