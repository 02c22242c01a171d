"""The code keeps a shape a newcomer can read: short functions and classes, no import cycles.

Every function of `mla_writer/` fits in 60 lines and every class in 400; no module imports another
that (directly or through others) imports it back, imports inside functions included; a project
module is imported inside a function only when it loads a heavy library (python-docx, rich,
SQLAlchemy...), so the imports at the top of a module are its real dependencies. What still breaks
a limit is listed in tests/architecture-allowlist.txt, which may only shrink: `lazy: MODULE`
allows every lazy import of a module, `lazy: MODULE -> TARGET` one of them.
"""

from __future__ import annotations

import re
import sys

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "tools"))
import architecture

ALLOWLIST = ROOT / "tests" / "architecture-allowlist.txt"


def _allowed() -> set[str]:
    lines = ALLOWLIST.read_text(encoding="utf-8").splitlines()
    return {line for line in lines if line and not line.startswith("#")}


def _offences() -> set[str]:
    functions = {re.sub(r":\d+ (\S+) \(\d+ lines\)", r" \1", x) for x in architecture.too_long()}
    lazy = {"lazy: " + line.split(" ", 1)[1] for line in architecture.lazy_imports()}
    return functions | lazy | {"cycle: " + " ".join(group) for group in architecture.cycles()}


def _covered(offence: str, allowed: set[str]) -> bool:
    return offence in allowed or offence.split(" -> ")[0] in allowed


def test_no_new_long_function_class_or_import_cycle() -> None:
    allowed = _allowed()
    new = sorted(o for o in _offences() if not o.startswith("lazy: ") and not _covered(o, allowed))
    assert not new, f"over the limits (split it, or break the cycle): {new}"


def test_project_modules_are_imported_at_the_top_unless_they_load_a_heavy_library() -> None:
    allowed = _allowed()
    new = sorted(o for o in _offences() if o.startswith("lazy: ") and not _covered(o, allowed))
    assert not new, f"import these at the top of the module (they load no heavy library): {new}"


def test_allowlist_lists_only_what_still_breaks_the_limits() -> None:
    offences = _offences()
    fixed = sorted(
        entry
        for entry in _allowed()
        if entry not in offences and not any(o.startswith(entry + " -> ") for o in offences)
    )
    assert not fixed, f"fixed, so remove from tests/architecture-allowlist.txt: {fixed}"


def test_the_lazy_import_check_sees_what_it_must() -> None:
    """The check knows a heavy module from a light one, through other modules too."""
    heavy = architecture.heavy_modules()
    assert "mla_writer.render.letter" in heavy  # python-docx, at its top
    assert "mla_writer.register.service" in heavy  # SQLAlchemy, at its top
    assert "mla_writer.translation.xliff" in heavy  # lxml
    assert "mla_writer.translation.importing" in heavy  # through splice (ruamel.yaml)
    assert "mla_writer.checklist" in heavy  # the pydantic models: ~180 ms, not for --help
    assert "mla_writer.fieldpath" not in heavy
    assert "mla_writer.errors" not in heavy
    assert "mla_writer.cli" not in heavy  # `mla --help` loads none of them


def test_no_module_binds_a_constant_twice() -> None:
    """A constant defined twice in one module silently changes what every earlier user of the
    first definition reads (found in mla_writer/foreign/points.py: a second `_LABEL_WORDS`)."""
    import ast

    twice = []
    for path in sorted((ROOT / "mla_writer").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = [
            target.id
            for node in tree.body
            if isinstance(node, ast.Assign | ast.AnnAssign)
            for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
            if isinstance(target, ast.Name) and target.id.lstrip("_").isupper()
        ]
        twice += [
            f"{path.relative_to(ROOT)}: {name}"
            for name in sorted(set(names))
            if names.count(name) > 1
        ]
    assert twice == []
