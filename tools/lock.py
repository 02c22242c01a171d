"""Regenerate the dependency lock: `python3 tools/lock.py`.

Writes, from the ranges in pyproject.toml:
- requirements/build.in   the build backend's requirements ([build-system] requires), for uv;
- requirements/test.txt   every package of the install, the test extras and the build, pinned with
                          hashes (what `.ci/run` and the README's test command install);
- requirements/run.txt    the same minus the test extras (what the README's quick start installs),
                          at the same versions as test.txt;
- requirements/bench.txt  the install and the `bench` extra (the peer benchmarks/batch.py times),
                          at the same versions as test.txt.

Installing from them needs nothing but Python and pip (`pip install --require-hashes -r ...`).
Writing them needs uv, which this script installs, at the version below, into a private folder
the first time. Updating the dependencies is: run this, run the test command, commit.
`python3 tools/drift.py` tries the newest versions the ranges allow, before a refresh.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REQUIREMENTS = ROOT / "requirements"
UV_VERSION = "0.13.9"
PYTHON_VERSION = "3.11"  # the oldest Python the project supports: the lock must install there


def uv() -> Path:
    """The uv executable: from PATH if it is the pinned version, else a private install."""
    home = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "mla-writer-lock"
    executable = home / "bin" / "uv"
    if not executable.exists():
        venv.create(home, with_pip=True)
        subprocess.run(
            [home / "bin" / "python", "-m", "pip", "install", "-q", f"uv=={UV_VERSION}"],
            check=True,
        )
    return executable


def build_requirements() -> list[str]:
    with (ROOT / "pyproject.toml").open("rb") as file:
        return list(tomllib.load(file)["build-system"]["requires"])


def compile_lock(output: str, *sources: str, extras: tuple[str, ...] = ()) -> None:
    command = [
        str(uv()),
        "pip",
        "compile",
        *sources,
        *(item for extra in extras for item in ("--extra", extra)),
        "--generate-hashes",
        "--universal",
        "--python-version",
        PYTHON_VERSION,
        "--index-url",
        "https://pypi.org/simple",
        "--no-progress",
        "--quiet",
        "--custom-compile-command",
        "python3 tools/lock.py",
        "-o",
        output,
    ]
    if output != "requirements/test.txt":
        command += ["--constraints", "requirements/test.txt"]
    subprocess.run(command, check=True, cwd=ROOT, env={**os.environ, "UV_NO_CONFIG": "1"})


def main() -> int:
    REQUIREMENTS.mkdir(exist_ok=True)
    (REQUIREMENTS / "build.in").write_text(
        "# The build backend's requirements, copied from pyproject.toml by tools/lock.py.\n"
        + "".join(f"{line}\n" for line in build_requirements()),
        encoding="utf-8",
    )
    compile_lock(
        "requirements/test.txt", "pyproject.toml", "requirements/build.in", extras=("test",)
    )
    compile_lock("requirements/run.txt", "pyproject.toml", "requirements/build.in")
    compile_lock(
        "requirements/bench.txt", "pyproject.toml", "requirements/build.in", extras=("bench",)
    )
    print("wrote requirements/{test,run,bench}.txt; now run the test command")
    return 0


if __name__ == "__main__":
    sys.exit(main())
