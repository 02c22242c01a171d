"""See dependency drift before it breaks a fresh machine: `python3 tools/drift.py [--oldest]`.

Installs, into a throwaway virtual environment, the NEWEST versions that pyproject.toml's ranges
allow (or, with --oldest, the lowest versions of the direct dependencies), the build backend
included; lists the packages whose version differs from requirements/test.txt; then runs the
whole test suite (pytest, ruff, the type check) with them. Exit code: the suite's.

A failure here on a green `main` means a release inside our ranges breaks us: fix the code (or
narrow the range), then refresh the lock with `python3 tools/lock.py`.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
import tomllib
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import lock  # noqa: E402


def _pins(text: str) -> dict[str, str]:
    return {
        m[1].lower().replace("_", "-"): m[2]
        for m in re.finditer(r"^([A-Za-z0-9_.\-]+)==(\S+)", text, re.M)
    }


def main(argv: list[str]) -> int:
    oldest = "--oldest" in argv
    with (ROOT / "pyproject.toml").open("rb") as file:
        build_requires = tomllib.load(file)["build-system"]["requires"]
    with tempfile.TemporaryDirectory(prefix="mla-drift-") as folder:
        env_dir = Path(folder) / "venv"
        venv.create(env_dir, with_pip=True)
        pip = [str(env_dir / "bin" / "python"), "-m", "pip", "install", "-q"]
        if oldest:
            requirements = Path(folder) / "oldest.txt"
            subprocess.run(
                [
                    str(lock.uv()),
                    "pip",
                    "compile",
                    "pyproject.toml",
                    "requirements/build.in",
                    "--extra",
                    "test",
                    "--resolution",
                    "lowest-direct",
                    "--python-version",
                    lock.PYTHON_VERSION,
                    "--index-url",
                    "https://pypi.org/simple",
                    "--quiet",
                    "-o",
                    str(requirements),
                ],
                check=True,
                cwd=ROOT,
            )
            subprocess.run([*pip, "-r", str(requirements)], check=True)
        else:
            subprocess.run([*pip, "--upgrade", *build_requires], check=True)
            subprocess.run([*pip, "--upgrade", f"{ROOT}[test]"], check=True)
        subprocess.run([*pip, "--no-deps", "--no-build-isolation", str(ROOT)], check=True)
        frozen = subprocess.run(
            [str(env_dir / "bin" / "python"), "-m", "pip", "freeze"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        locked = _pins((ROOT / "requirements" / "test.txt").read_text(encoding="utf-8"))
        for name, version in sorted(_pins(frozen).items()):
            if name in locked and locked[name] != version:
                print(f"{name}: {version} (locked {locked[name]})")
        return subprocess.run(
            [str(env_dir / "bin" / "python"), "-m", "pytest", "-q", "-p", "no:cacheprovider"],
            cwd=ROOT,
        ).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
