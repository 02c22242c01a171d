"""Case files rewritten the way their author wrote them: comments, order, quoting and layout kept,
only the values that changed replaced (ruamel.yaml's round trip)."""

from __future__ import annotations

import io
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import LiteralScalarString

# Indentation styles to try, in order: the examples' (sequences indented under their key) and
# `mla`'s own saved files (sequences at the key's level).
_INDENTS = ((2, 4, 2), (2, 2, 0), (4, 4, 2), (4, 6, 4), (4, 4, 0), (3, 5, 2))


def round_trip_yaml(text: str) -> tuple[Any, Any]:
    """A ruamel.yaml round-trip loader/dumper that reproduces `text` as it is, where possible."""
    best: tuple[int, Any, Any] | None = None
    for mapping, sequence, offset in _INDENTS:
        yaml = YAML(typ="rt")
        yaml.preserve_quotes = True
        yaml.width = 4096  # never re-wrap the user's long lines
        yaml.indent(mapping=mapping, sequence=sequence, offset=offset)
        data = yaml.load(text)
        buffer = io.StringIO()
        yaml.dump(data, buffer)
        if buffer.getvalue() == text:
            return yaml, yaml.load(text)
        differing = sum(
            1
            for a, b in zip(buffer.getvalue().splitlines(), text.splitlines(), strict=False)
            if a != b
        )
        if best is None or differing < best[0]:
            best = (differing, yaml, yaml.load(text))
    assert best is not None
    return best[1], best[2]


def updated_text(text: str, before: Any, after: Any) -> str:
    """`text` (YAML whose data were `before`) with the data changed to `after`: only the values
    that differ are written; every other line stays as it was."""
    yaml, document = round_trip_yaml(text)
    document = _apply(document, before, after)
    buffer = io.StringIO()
    yaml.dump(document, buffer)
    return buffer.getvalue()


def _apply(node: Any, before: Any, after: Any) -> Any:
    if isinstance(node, dict) and isinstance(before, dict) and isinstance(after, dict):
        for key in [key for key in node if key in before and key not in after]:
            del node[key]
        for key, value in after.items():
            if key in before and before[key] == value:
                continue
            node[key] = (
                _apply(node[key], before[key], value)
                if key in node and key in before
                else _fresh(value)
            )
        return node
    same_length = isinstance(node, list) and isinstance(before, list) and isinstance(after, list)
    if same_length and len(node) == len(before) == len(after):
        for index, (was, now) in enumerate(zip(before, after, strict=True)):
            if was != now:
                node[index] = _apply(node[index], was, now)
        return node
    return _fresh(after)


def _fresh(value: Any) -> Any:
    """A new value as YAML should write it (long texts as blocks)."""
    if isinstance(value, dict):
        return CommentedMap((key, _fresh(item)) for key, item in value.items())
    if isinstance(value, list):
        return CommentedSeq(_fresh(item) for item in value)
    if isinstance(value, str) and "\n" in value:
        return LiteralScalarString(value)
    return value
