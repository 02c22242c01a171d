"""The shape of the code, measured: long functions, long classes and import cycles.

    python tools/architecture.py      list what breaks the limits (the test runs the same checks)

Limits (issue 13): no function over 60 lines and no class over 400 lines in `mla_writer/` (tables of
data are assignments, not functions, so they do not count); no import cycle between the project's
modules, counting imports made inside functions (they are real dependencies, only deferred) but not
those under `if TYPE_CHECKING:` (never executed).
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "mla_writer"
MAX_FUNCTION = 60
MAX_CLASS = 400


def _modules() -> Iterator[tuple[str, Path]]:
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        yield ".".join(parts), path


def too_long() -> list[str]:
    """`path:line name (N lines)` for every function or class over its limit."""
    found = []
    for _, path in _modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                limit = MAX_FUNCTION
            elif isinstance(node, ast.ClassDef):
                limit = MAX_CLASS
            else:
                continue
            length = (node.end_lineno or node.lineno) - node.lineno + 1
            if length > limit:
                where = path.relative_to(ROOT)
                found.append(f"{where}:{node.lineno} {node.name} ({length} lines)")
    return found


def _type_checking_block(node: ast.AST) -> bool:
    return (
        isinstance(node, ast.If)
        and isinstance(node.test, ast.Name | ast.Attribute)
        and "TYPE_CHECKING" in ast.unparse(node.test)
    )


def _imports(tree: ast.AST, module: str, known: set[str]) -> Iterator[str]:
    stack: list[ast.AST] = [tree]
    while stack:
        node = stack.pop()
        if _type_checking_block(node):
            continue
        stack.extend(ast.iter_child_nodes(node))
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            base = node.module
            if node.level:  # relative import
                base = ".".join([*module.split(".")[: -node.level], node.module])
            names = [base] + [f"{base}.{alias.name}" for alias in node.names]
        for name in names:
            if name in known and name != module:
                yield name


def import_graph() -> dict[str, set[str]]:
    modules = dict(_modules())
    known = set(modules)
    return {
        module: set(_imports(ast.parse(path.read_text(encoding="utf-8")), module, known))
        for module, path in modules.items()
    }


def cycles() -> list[list[str]]:
    """The strongly connected groups of modules (Tarjan), each a cycle or a knot of cycles."""
    graph = import_graph()
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph[node]):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    sys.setrecursionlimit(10_000)
    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(groups)


if __name__ == "__main__":
    for line in too_long():
        print(line)
    for group in cycles():
        print("cycle:", " ↔ ".join(group))
