"""YAML read safely, with the line and column of every value: the reader of case files and profiles.

Strict about shape and forgiving about style:
- only plain YAML data: no anchors/aliases, no custom tags, no duplicate keys;
- scalars stay text unless they are `null`/`true`/`false` (so `NO` stays Norway, `1.10` stays
  `1.10`, `0417` keeps its zero); the model converts text to dates and numbers where it expects them;
- every problem is reported at once, each with line, column and field path.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

import yaml

from mla_writer.errors import Problem
from mla_writer.fieldpath import FieldPath
from mla_writer.i18n import _

MAX_NESTING = 40
MAX_PARSE_DEPTH = 200  # beyond this the YAML composer's recursion can crash Python (segfault)

_BaseLoader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_PLAIN_SCALAR = "tag:yaml.org,2002:str"
_SPECIAL_SCALARS = frozenset({"<<", "="})


class _Loader(_BaseLoader):  # type: ignore[misc,valid-type]
    """The safe loader, without telling numbers, dates and booleans from text: `_scalar` reads
    every untagged value as text (null, true and false aside) whatever YAML would make of it,
    so the resolver's regular expressions, tried on every value, were work thrown away. The
    two values the resolver tags otherwise, refused by `_refused` and `_mapping` (a merge key
    `<<`, a lone `=`), are still resolved as YAML resolves them."""

    def resolve(self, kind: type, value: Any, implicit: Any) -> str:
        if kind is yaml.ScalarNode and value not in _SPECIAL_SCALARS:
            return _PLAIN_SCALAR
        return str(super().resolve(kind, value, implicit))


Path_ = tuple[str | int, ...]

_PLAIN_TAGS = {
    f"tag:yaml.org,2002:{name}"
    for name in ("str", "int", "float", "bool", "null", "timestamp", "map", "seq")
}


class Located:
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


def _nesting_limit_error_at(error: yaml.MarkedYAMLError) -> tuple[int, int] | None:
    """Where libyaml stopped at its own nesting limit, if that is what `error` says."""
    mark = error.problem_mark or error.context_mark
    if mark is not None and "nesting depth" in (error.problem or ""):
        return mark.line + 1, mark.column + 1
    return None


@cache
def _loader_limits_nesting() -> bool:
    """Whether the loader refuses deep nesting itself, before its recursion could crash Python:
    libyaml does (1,000 levels, PyYAML 6.0.4 and later), so no pass of our own is needed."""
    deep = "[" * 1_100 + "]" * 1_100
    loader = _Loader(deep)
    try:
        loader.get_single_node()
    except yaml.MarkedYAMLError as error:
        return _nesting_limit_error_at(error) is not None
    except Exception:  # the pure-Python composer's recursion, say: our pass is needed
        return False
    finally:
        loader.dispose()
    return False


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
        return _nesting_limit_error_at(error)  # else the composer reports it, with its position
    except yaml.YAMLError:
        return None  # the composer reports it, with its position
    return None


# Characters YAML refuses anywhere in a file (its reader stops with a position but no line).
_UNACCEPTABLE = re.compile(
    "[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"
)


def _control_characters(text: str) -> tuple[Any, Located]:
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


def parse_yaml(text: str) -> tuple[Any, Located]:
    """Parse YAML text into plain data and the position of every value. Never constructs objects."""
    if _UNACCEPTABLE.search(text):
        return _control_characters(text)
    located = Located()
    too_deep = None if _loader_limits_nesting() else _too_deep_at(text)
    if too_deep:
        return None, _nested_too_deeply(located, too_deep)
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
    except yaml.MarkedYAMLError as error:
        too_deep = _nesting_limit_error_at(error)
        if too_deep:
            return None, _nested_too_deeply(located, too_deep)
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


def _nested_too_deeply(located: Located, at: tuple[int, int]) -> Located:
    line, column = at
    located.problems.append(Problem(_("is nested too deeply to be a case file."), "", line, column))
    return located


def _to_data(node: yaml.Node, path: Path_, located: Located, seen: set[int], depth: int) -> Any:
    located.values[path] = (node.start_mark.line + 1, node.start_mark.column + 1)
    problem = _refused(node, path, located, seen, depth)
    if problem is not None:
        located.problems.append(problem)
        return None
    seen.add(id(node))
    if isinstance(node, yaml.MappingNode):
        return _mapping(node, path, located, seen, depth)
    if isinstance(node, yaml.SequenceNode):
        return [
            _to_data(item, (*path, index), located, seen, depth + 1)
            for index, item in enumerate(node.value)
        ]
    assert isinstance(node, yaml.ScalarNode)  # the loader makes no other kind of node
    return _scalar(node, path, located)


def _refused(
    node: yaml.Node, path: Path_, located: Located, seen: set[int], depth: int
) -> Problem | None:
    """Why a node cannot be case-file data (too deep, an alias, a tag), or None."""
    line, column = located.values[path]
    if depth > MAX_NESTING:
        return Problem(_("is nested too deeply to be a case file."), field_path(path), line, column)
    if id(node) in seen:  # an alias (of a text value too): the composer hands back the same node
        # The node's own position is the anchor's; point at the field that uses the alias.
        line, column = located.keys.get(path) or located.values.get(path[:-1], (line, column))
        return Problem(
            _(
                "uses a YAML alias (*name). Case files do not allow anchors and aliases: "
                "write the value out in full."
            ),
            field_path(path),
            line,
            column,
        )
    if node.tag not in _PLAIN_TAGS:  # `!!python/object:...` is also under tag:yaml.org,2002:
        return Problem(
            _("uses the YAML tag “%(tag)s”; case files contain plain values only: remove it.")
            % {"tag": node.tag.replace("tag:yaml.org,2002:", "!!", 1)},
            field_path(path),
            line,
            column,
        )
    return None


def _mapping(
    node: yaml.MappingNode, path: Path_, located: Located, seen: set[int], depth: int
) -> dict[str, Any]:
    mapping: dict[str, Any] = {}
    for key_node, value_node in node.value:
        key_line, key_column = key_node.start_mark.line + 1, key_node.start_mark.column + 1
        if not isinstance(key_node, yaml.ScalarNode) or key_node.tag.endswith(":merge"):
            here = field_path(path)  # written out only for a problem: most files have none
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


def _scalar(node: yaml.ScalarNode, path: Path_, located: Located) -> Any:
    value = node.value
    line, column = located.values[path]
    located.spans.append(((line, column), (node.end_mark.line + 1, node.end_mark.column + 1), path))
    if node.style is None:  # plain (unquoted) scalar: YAML 1.2 core null and booleans only
        if value in ("", "~", "null", "Null", "NULL"):
            return None
        if value in ("true", "True", "TRUE"):
            return True
        if value in ("false", "False", "FALSE"):
            return False
    return value
