"""What the project claims of itself holds: lint, format, types, declared imports, the lock, CI.

The README's test command runs these with the rest of the suite, so `main` cannot go green with
a lint error, a new type error, an undeclared import or a lock that no longer fits pyproject.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import subprocess
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

from tests.conftest import ROOT

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
BIN = Path(sys.executable).parent


def _tool(name: str) -> object:
    spec = importlib.util.spec_from_file_location(f"{name}_tool", ROOT / "tools" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _names(requirements: list[str]) -> set[str]:
    return {canonicalize_name(Requirement(line).name) for line in requirements}


RUNTIME = _names(PYPROJECT["project"]["dependencies"])
TEST = RUNTIME | _names(PYPROJECT["project"]["optional-dependencies"]["test"])
BENCH = _names(PYPROJECT["project"]["optional-dependencies"]["bench"])
BUILD = _names(PYPROJECT["build-system"]["requires"])


def test_ruff_finds_nothing() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--no-cache", "."],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_code_is_formatted_as_ruff_formats_it() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "format", "--check", "--no-cache", "."],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_type_check_holds_its_baseline() -> None:
    """No new mypy error; an error fixed must leave tests/mypy-baseline.txt too."""
    new, fixed = _tool("typecheck").compare()  # type: ignore[attr-defined]
    assert not new, "new type errors:\n" + "\n".join(new)
    assert not fixed, "fixed (remove them from tests/mypy-baseline.txt):\n" + "\n".join(fixed)


def _third_party_imports(path: Path) -> set[str]:
    """Top-level names of every module a file imports, function-level imports included."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    own = {"mla_writer", "tests", "tools", "benchmarks", "hatch_build", "conftest"}
    # scripts of the repository that import each other by putting their folder on sys.path
    own |= {
        script.stem for folder in ("tests", "tools") for script in (ROOT / folder).rglob("*.py")
    }
    return {n for n in names if n not in sys.stdlib_module_names and n not in own}


def _undeclared(
    files: list[Path], declared: set[str], optional: frozenset[str] = frozenset()
) -> list[str]:
    """What the files import that pyproject does not declare; `optional` packages (an extra
    the test environment does not install) are declared whether installed or not."""
    distributions = packages_distributions()
    problems = []
    for path in files:
        for module in sorted(_third_party_imports(path)):
            owners = {canonicalize_name(d) for d in distributions.get(module, [])}
            if not owners and canonicalize_name(module) in optional:
                continue
            if not owners:
                problems.append(f"{path.relative_to(ROOT)}: imports {module}, not installed")
            elif not owners & declared:
                problems.append(
                    f"{path.relative_to(ROOT)}: imports {module} ({', '.join(sorted(owners))}), "
                    "not declared in pyproject.toml"
                )
    return problems


def test_the_package_declares_every_third_party_module_it_imports() -> None:
    assert _undeclared(sorted((ROOT / "mla_writer").rglob("*.py")), RUNTIME) == []


def test_tests_tools_and_build_hook_declare_what_they_import() -> None:
    files = [
        *sorted((ROOT / "tests").rglob("*.py")),
        *sorted((ROOT / "tools").glob("*.py")),
    ]
    assert _undeclared(files, TEST | BUILD) == []
    # The benchmarks may also import the `bench` extra (requirements/bench.txt).
    benchmarks = sorted((ROOT / "benchmarks").glob("*.py"))
    assert _undeclared(benchmarks, TEST | BUILD | BENCH, frozenset(BENCH)) == []
    assert _undeclared([ROOT / "hatch_build.py"], BUILD) == []


def _locked(name: str) -> dict[str, list[tuple[str, str]]]:
    """Package -> [(version, environment marker)] pinned in requirements/<name>.txt."""
    pins: dict[str, list[tuple[str, str]]] = {}
    text = (ROOT / "requirements" / name).read_text(encoding="utf-8")
    for match in re.finditer(r"^([A-Za-z0-9_.\-]+)==([^\s;\\]+)(?:\s*;\s*([^\\\n]+))?", text, re.M):
        package, version, marker = match.groups()
        pins.setdefault(canonicalize_name(package), []).append((version, (marker or "").strip()))
    assert "--hash=sha256:" in text, f"requirements/{name} has no hashes"
    return pins


@pytest.mark.parametrize(
    ("lock", "section"),
    [
        ("test.txt", "install, test extras and build"),
        ("run.txt", "install and build"),
        ("bench.txt", "install, bench extra and build"),
    ],
)
def test_the_lock_pins_every_declared_package_within_its_range(lock: str, section: str) -> None:
    pins = _locked(lock)
    requirements = [
        *PYPROJECT["project"]["dependencies"],
        *PYPROJECT["build-system"]["requires"],
        *(PYPROJECT["project"]["optional-dependencies"]["test"] if lock == "test.txt" else []),
        *(PYPROJECT["project"]["optional-dependencies"]["bench"] if lock == "bench.txt" else []),
    ]
    for line in requirements:
        requirement = Requirement(line)
        name = canonicalize_name(requirement.name)
        assert name in pins, f"{requirement.name} ({section}) is not in requirements/{lock}"
        for version, _marker in pins[name]:
            assert Version(version) in requirement.specifier, (
                f"requirements/{lock} pins {name}=={version}, outside {requirement.specifier}: "
                "run python3 tools/lock.py"
            )


def test_quick_start_lock_uses_the_same_versions_as_the_test_lock() -> None:
    test, run = _locked("test.txt"), _locked("run.txt")
    assert {name: test[name] for name in run} == run


def test_benchmark_lock_uses_the_test_lock_versions_for_what_they_share() -> None:
    test, bench = _locked("test.txt"), _locked("bench.txt")
    shared = set(test) & set(bench)
    assert {name: test[name] for name in shared} == {name: bench[name] for name in shared}


def test_build_inputs_of_the_lock_match_pyproject() -> None:
    lines = (ROOT / "requirements" / "build.in").read_text(encoding="utf-8").splitlines()
    assert [line for line in lines if not line.startswith("#")] == list(
        PYPROJECT["build-system"]["requires"]
    ), "run python3 tools/lock.py"


def _readme_commands() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quick_start = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.*?)\n```", quick_start, re.S)


def test_readme_quick_start_has_two_commands_and_ci_runs_the_second() -> None:
    commands = _readme_commands()
    assert len(commands) == 2, commands
    install_and_run, test_command = commands
    assert "requirements/run.txt" in install_and_run and "--require-hashes" in install_and_run
    assert "mla render" in install_and_run
    assert "requirements/test.txt" in test_command and "--require-hashes" in test_command
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert test_command in ci.splitlines(), "CI must run the README's test command as written"


def test_plain_pytest_collects_every_test_module_from_the_root() -> None:
    pytest_script = BIN / "pytest"
    if not pytest_script.exists():
        pytest.skip("no pytest script beside this Python")
    result = subprocess.run(
        [str(pytest_script), "--collect-only", "-q", "-p", "no:cacheprovider"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "error" not in result.stdout.splitlines()[-1].lower()
