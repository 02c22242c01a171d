"""Shared fixtures: bundled examples, case files written to a temporary folder, the `mla` command."""

from __future__ import annotations

import datetime as dt
import importlib.util
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

from mla_writer.casefile import parse_case
from mla_writer.examples import example_text
from mla_writer.i18n import set_ui_language
from mla_writer.model import LetterOfRequest

ROOT = Path(__file__).resolve().parent.parent
TODAY = dt.date(2026, 11, 22)  # rules that compare with today use a fixed date in tests


@pytest.fixture(autouse=True)
def _english_interface_and_fixed_date(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests read English messages and check deadlines against a fixed day, not the calendar."""
    set_ui_language("en")
    monkeypatch.setenv("MLA_TODAY", TODAY.isoformat())


@pytest.fixture(scope="session")
def _pattern_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("pattern-cache")


@pytest.fixture(autouse=True)
def _compiled_patterns_kept_apart(monkeypatch: pytest.MonkeyPatch, _pattern_cache: Path) -> None:
    """The compiled cue patterns `mla check` keeps between runs go to a folder of the test
    session, not to the user's cache folder."""
    monkeypatch.setenv("MLA_CACHE_DIR", str(_pattern_cache))


@pytest.fixture
def trafficking() -> LetterOfRequest:
    return parse_case(example_text("trafficking"), "trafficking.yaml")


@pytest.fixture
def write_case(tmp_path: Path) -> Callable[[str, str], Path]:
    """Write YAML text to a case file in a temporary folder and return its path."""

    def write(text: str, name: str = "case.yaml") -> Path:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path

    return write


def run_mla(
    *args: str | Path,
    cwd: Path | None = None,
    input: str | None = None,
    env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run the real `mla` command (as `python -m mla_writer`) without a terminal."""
    environment = {**os.environ, "LANG": "C.UTF-8", "LANGUAGE": "", "CI": "true", **(env or {})}
    # This checkout's code, as the tests import it, wherever the command runs (an editable
    # install of another checkout would otherwise answer a command run from a temporary folder).
    environment["PYTHONPATH"] = os.pathsep.join(
        filter(None, [str(ROOT), environment.get("PYTHONPATH", "")])
    )
    return subprocess.run(
        [sys.executable, "-m", "mla_writer", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=cwd or ROOT,
        input=input,
        env=environment,
        timeout=120,
    )


def load_tool(name: str) -> ModuleType:
    """A script of tools/ as a module (tools/ is not a package), to test what it writes."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / f"{name}.py")
    assert spec and spec.loader
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    return tool
