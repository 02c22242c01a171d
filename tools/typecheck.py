"""Type check with mypy (configured in pyproject.toml) against the recorded baseline.

    python tools/typecheck.py              # exit 1 if an error appears that the baseline lacks
    python tools/typecheck.py --baseline   # rewrite tests/mypy-baseline.txt from today's errors

The baseline lists, per module, the errors accepted for now (the request kinds' types, which the
architecture work removes); each line is `path: message  [code]`, without its line number so that
edits elsewhere in a file do not disturb it. It may only shrink: an error fixed must leave it too.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BASELINE = ROOT / "tests" / "mypy-baseline.txt"
_ERROR = re.compile(r"^(?P<path>[^:\n]+):\d+(?::\d+)?: error: (?P<message>.*)$")


def current_errors() -> Counter[str]:
    """mypy's errors now, as baseline lines (with how often each occurs)."""
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--no-error-summary", "--no-pretty", "--show-error-codes"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    if result.returncode not in (0, 1):  # 2: mypy itself failed (configuration, crash)
        raise RuntimeError(f"mypy failed:\n{result.stdout}{result.stderr}")
    errors: Counter[str] = Counter()
    for line in result.stdout.splitlines():
        match = _ERROR.match(line)
        if match:
            errors[f"{match['path']}: {match['message']}"] += 1
    return errors


def baseline() -> Counter[str]:
    lines = BASELINE.read_text(encoding="utf-8").splitlines() if BASELINE.exists() else []
    return Counter(line for line in lines if line and not line.startswith("#"))


def compare() -> tuple[list[str], list[str]]:
    """(errors the baseline does not allow, baseline lines that no longer occur)."""
    now, allowed = current_errors(), baseline()
    return sorted((now - allowed).elements()), sorted((allowed - now).elements())


def main(argv: list[str]) -> int:
    if argv == ["--baseline"]:
        errors = current_errors()
        BASELINE.write_text(
            "# mypy errors accepted for now (python tools/typecheck.py --baseline); may only shrink.\n"
            + "".join(f"{line}\n" for line in sorted(errors.elements())),
            encoding="utf-8",
        )
        print(f"wrote {BASELINE.relative_to(ROOT)}: {sum(errors.values())} accepted error(s)")
        return 0
    new, fixed = compare()
    for line in new:
        print(f"new type error: {line}")
    for line in fixed:
        print(f"fixed, remove from {BASELINE.name}: {line}")
    return 1 if new or fixed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
