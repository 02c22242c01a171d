"""The code keeps a shape a newcomer can read: short functions and classes, no import cycles.

Every function of `mla_writer/` fits in 60 lines and every class in 400; no module imports another
that (directly or through others) imports it back, imports inside functions included. What still
breaks a limit is listed in tests/architecture-allowlist.txt, which may only shrink.
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
    return functions | {"cycle: " + " ".join(group) for group in architecture.cycles()}


def test_no_new_long_function_class_or_import_cycle() -> None:
    new = sorted(_offences() - _allowed())
    assert not new, f"over the limits (split it, or break the cycle): {new}"


def test_allowlist_lists_only_what_still_breaks_the_limits() -> None:
    fixed = sorted(_allowed() - _offences())
    assert not fixed, f"fixed, so remove from tests/architecture-allowlist.txt: {fixed}"
