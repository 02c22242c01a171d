"""The shape of the code, measured: long functions, long classes and import cycles.

    python tools/architecture.py      list what breaks the limits (the test runs the same checks)

Limits (issue 13): no function over 60 lines and no class over 400 lines in `mla_writer/` (tables of
data are assignments, not functions, so they do not count); no import cycle between the project's
modules, counting imports made inside functions (they are real dependencies, only deferred) but not
those under `if TYPE_CHECKING:` (never executed).

Imports of the project's own modules are made at the top of a module, where a reader sees the
real dependencies; only heavy third-party libraries are loaded lazily (the list is
`banned-module-level-imports` in pyproject.toml, which ruff enforces), and with them the project
modules that import one at module level. `lazy_imports()` lists the imports made inside functions
of project modules that load no heavy library, even through others: they belong at the top.
"""

from __future__ import annotations

import ast
import sys
import tomllib
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


def heavy_libraries() -> tuple[str, ...]:
    """The third-party libraries kept out of module level (ruff's banned-module-level-imports)."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    tidy = config["tool"]["ruff"]["lint"]["flake8-tidy-imports"]
    return tuple(tidy["banned-module-level-imports"])


def _is_heavy_library(name: str, heavy: tuple[str, ...]) -> bool:
    return any(name == lib or name.startswith(lib + ".") for lib in heavy)


def _module_level(tree: ast.Module) -> Iterator[ast.stmt]:
    """The statements executed on import: the module's body, into if/try blocks, not functions
    or classes' methods, not `if TYPE_CHECKING:`."""
    stack: list[ast.stmt] = list(reversed(tree.body))
    while stack:
        node = stack.pop()
        if _type_checking_block(node):
            continue
        yield node
        if isinstance(node, ast.If | ast.Try | ast.With | ast.ClassDef):
            children = [c for c in ast.iter_child_nodes(node) if isinstance(c, ast.stmt)]
            if isinstance(node, ast.Try):
                children += [s for handler in node.handlers for s in handler.body]
            stack.extend(reversed(children))


def _imported_names(node: ast.Import | ast.ImportFrom, module: str) -> list[str]:
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    base = node.module or ""
    if node.level:  # relative import
        package = module.split(".")[: -node.level] if node.level else []
        base = ".".join([*package, *([base] if base else [])])
    return [base] + [f"{base}.{alias.name}" for alias in node.names]


def _parents(name: str) -> list[str]:
    """`a.b.c` -> [`a`, `a.b`]: importing a module runs its packages' __init__ first."""
    parts = name.split(".")
    return [".".join(parts[:i]) for i in range(1, len(parts))]


COSTLY_PROJECT_MODULES = {
    "mla_writer.model": "builds the pydantic models of a case file: ~180 ms, `mla --help` needs none",
    "mla_writer.register": "the register's database, deadlines, display and charts: ~10 ms of "
    "a `mla --help` (target 90 ms) that lists its commands but runs none",
    "mla_writer.examples": "importlib.resources: ~3 ms of `mla --help`, for `mla example` only",
}
"""Project modules as slow to import as a heavy library: a command that does not need them (the
CLI's start-up, `mla --help`) imports them inside the function that does."""


def heavy_modules() -> set[str]:
    """The project modules whose import loads a heavy library or a costly project module,
    directly or through others."""
    modules = dict(_modules())
    heavy = heavy_libraries()
    loads: dict[str, set[str]] = {}
    direct: set[str] = set(COSTLY_PROJECT_MODULES)
    for module, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        targets: set[str] = set(_parents(module))
        for node in _module_level(tree):
            if isinstance(node, ast.Import | ast.ImportFrom):
                for name in _imported_names(node, module):
                    if _is_heavy_library(name, heavy):
                        direct.add(module)
                    if name in modules:
                        targets.update([name, *_parents(name)])
        loads[module] = targets & set(modules) - {module}
    found = set(direct)
    changed = True
    while changed:
        changed = False
        for module, targets in loads.items():
            if module not in found and targets & found:
                found.add(module)
                changed = True
    return found


def lazy_imports() -> list[str]:
    """`path:line module -> target` for each import, inside a function, of a project module that
    loads no heavy library: it belongs at the top of the module."""
    modules = dict(_modules())
    heavy = heavy_modules()
    found = []
    for module, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for function in ast.walk(tree):
            if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            for node in ast.walk(function):
                if not isinstance(node, ast.Import | ast.ImportFrom):
                    continue
                names = [n for n in _imported_names(node, module) if n in modules]
                light = [n for n in names if n not in heavy and n != module]
                # `from mla_writer import report` names the package and the module: judge the
                # most specific one.
                if light and not (set(names) & heavy):
                    where = path.relative_to(ROOT)
                    found.append(f"{where}:{node.lineno} {module} -> {max(light, key=len)}")
    return sorted(set(found))


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
    for line in lazy_imports():
        print("lazy import of a light module:", line)
