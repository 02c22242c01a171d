"""Whether a question may be left empty: the checklist, not the wizard, says so.

A question is marked optional, and an empty answer accepted, unless `mla check` would find an
error in its field left empty, given the answers so far (the institution that holds bank
records, their period, the reason for an urgency): one rule for the wizard and the case file.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from pydantic import ValidationError

from mla_writer.checklist import CheckContext, Severity, check
from mla_writer.fieldpath import FieldPath
from mla_writer.model import LetterOfRequest
from mla_writer.model.kinds import KINDS

Path_ = tuple[str | int, ...]


def without(data: dict[str, Any], path: Path_) -> dict[str, Any]:
    """A copy of `data` with the field at `path` left out."""
    copied = copy.deepcopy(data)
    container: Any = copied
    for part in path[:-1]:
        if isinstance(part, int):
            if not isinstance(container, list) or part >= len(container):
                return copied
        elif not isinstance(container, dict) or part not in container:
            return copied
        container = container[part]
    if isinstance(container, dict):
        container.pop(path[-1], None)
    return copied


def required_by_checklist(
    data: dict[str, Any],
    path: Path_,
    point: str,
    context: Callable[[LetterOfRequest], CheckContext],
) -> bool:
    """Whether the checklist finds an error in the field at `path` of `point` left empty."""
    if not path or not isinstance(path[-1], str) or _one_of_several(data, path):
        return False
    try:
        request = LetterOfRequest.model_validate(without(data, path))
    except ValidationError:
        return False  # another answer is wrong: the point's own check says which
    field = FieldPath.from_loc(path)
    findings = check(request, context(request)).point(point).findings
    return any(f.severity is Severity.ERROR and f.path == field for f in findings)


def _one_of_several(data: dict[str, Any], path: Path_) -> bool:
    """Whether the field is one of several that answer a requirement of its item of assistance
    and another of them, asked after it or answered already, may answer it instead (the
    questions, or else the subjects to cover)."""
    if len(path) != 3 or path[0] != "assistance" or not isinstance(path[1], int):
        return False
    items = data.get("assistance") or []
    item = items[path[1]] if path[1] < len(items) else None
    spec = KINDS.get(str(item.get("type"))) if isinstance(item, dict) else None
    if spec is None or not isinstance(item, dict):
        return False
    order = list(spec.fields)
    name = str(path[2])
    for need in spec.requirements:
        others = [other for other in need.fields if other != name]
        if name in need.fields and any(
            item.get(other)
            or (other in order and name in order and order.index(other) > order.index(name))
            for other in others
        ):
            return True
    return False
